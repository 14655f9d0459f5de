from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.acceptance_view import AcceptanceView


T = TypeVar("T", bound="ReservePlaceView")


@_attrs_define
class ReservePlaceView:
    """A place on a call's reserve list.

    Attributes:
        application_id (UUID):
        track (int):
        rank (int): 1 for the first in line on the track.
        amount (Decimal): What it would be awarded: what it asked, within the call's cap per project. Example: 45000.00.
        status (str): waiting, offered (then `acceptance` says how it was answered), passed_over (money was
            offered to it but the check at award refused it: its single undertaking had too little
            of its de minimis ceiling left; the audit trail's `reserve.pass_over` gives the figures)
            or closed (the reserve period ended before money came free for it). Example: waiting.
        placed_at (datetime.datetime):
        until (datetime.datetime): The end of the call's reserve period.
        offered_at (datetime.datetime | None | Unset):
        acceptance (AcceptanceView | None | Unset):
    """

    application_id: UUID
    track: int
    rank: int
    amount: Decimal
    status: str
    placed_at: datetime.datetime
    until: datetime.datetime
    offered_at: datetime.datetime | None | Unset = UNSET
    acceptance: AcceptanceView | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.acceptance_view import AcceptanceView  # noqa: PLC0415

        application_id = str(self.application_id)

        track = self.track

        rank = self.rank

        amount = str(self.amount)

        status = self.status

        placed_at = self.placed_at.isoformat()

        until = self.until.isoformat()

        offered_at: None | str | Unset
        if isinstance(self.offered_at, Unset):
            offered_at = UNSET
        elif isinstance(self.offered_at, datetime.datetime):
            offered_at = self.offered_at.isoformat()
        else:
            offered_at = self.offered_at

        acceptance: dict[str, Any] | None | Unset
        if isinstance(self.acceptance, Unset):
            acceptance = UNSET
        elif isinstance(self.acceptance, AcceptanceView):
            acceptance = self.acceptance.to_dict()
        else:
            acceptance = self.acceptance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "track": track,
                "rank": rank,
                "amount": amount,
                "status": status,
                "placed_at": placed_at,
                "until": until,
            }
        )
        if offered_at is not UNSET:
            field_dict["offered_at"] = offered_at
        if acceptance is not UNSET:
            field_dict["acceptance"] = acceptance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.acceptance_view import AcceptanceView  # noqa: PLC0415

        d = dict(src_dict)
        application_id = UUID(d.pop("application_id"))

        track = d.pop("track")

        rank = d.pop("rank")

        amount = Decimal(str(d.pop("amount")))

        status = d.pop("status")

        placed_at = datetime.datetime.fromisoformat(d.pop("placed_at"))

        until = datetime.datetime.fromisoformat(d.pop("until"))

        def _parse_offered_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                offered_at_type_0 = datetime.datetime.fromisoformat(data)

                return offered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        offered_at = _parse_offered_at(d.pop("offered_at", UNSET))

        def _parse_acceptance(data: object) -> AcceptanceView | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                acceptance_type_1 = AcceptanceView.from_dict(data)

                return acceptance_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AcceptanceView | None | Unset, data)

        acceptance = _parse_acceptance(d.pop("acceptance", UNSET))

        reserve_place_view = cls(
            application_id=application_id,
            track=track,
            rank=rank,
            amount=amount,
            status=status,
            placed_at=placed_at,
            until=until,
            offered_at=offered_at,
            acceptance=acceptance,
        )

        reserve_place_view.additional_properties = d
        return reserve_place_view

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
