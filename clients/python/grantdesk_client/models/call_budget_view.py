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
    from ..models.track_budget_view import TrackBudgetView


T = TypeVar("T", bound="CallBudgetView")


@_attrs_define
class CallBudgetView:
    """What a call's money looks like on the ledger.

    Attributes:
        call_id (UUID):
        budget (Decimal):  Example: 750000.00.
        reserved (Decimal): Reserved on the article when the call opened (net of releases). Example: 750000.00.
        awarded (Decimal): Committed to grants (by the finalised selection and accepted reserve offers), net of
            awards freed again. Example: 0.00.
        held (Decimal): Held by provisional awards (decisions not yet finalised). Example: 0.00.
        paid (Decimal): Paid to its grantees (net of recoveries). Example: 0.00.
        released (Decimal): Given back to the article (e.g. when the call was cancelled). Example: 0.00.
        released_from_grants (Decimal): Released from its grants' commitments at settlement (back to the article).
            Example: 0.00.
        freed (Decimal): Freed by awards renounced or not accepted in time: back to the call's (or the track's)
            account, for the reserve list (`awarded` is net of it). Example: 0.00.
        remaining (Decimal): Still available for awards (the call's and its tracks' own budgets). Example: 750000.00.
        tracks (list[TrackBudgetView]):
        at (datetime.datetime | None | Unset): The instant asked for with `?at=`; absent for the current running totals.
    """

    call_id: UUID
    budget: Decimal
    reserved: Decimal
    awarded: Decimal
    held: Decimal
    paid: Decimal
    released: Decimal
    released_from_grants: Decimal
    freed: Decimal
    remaining: Decimal
    tracks: list[TrackBudgetView]
    at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = str(self.call_id)

        budget = str(self.budget)

        reserved = str(self.reserved)

        awarded = str(self.awarded)

        held = str(self.held)

        paid = str(self.paid)

        released = str(self.released)

        released_from_grants = str(self.released_from_grants)

        freed = str(self.freed)

        remaining = str(self.remaining)

        tracks = []
        for tracks_item_data in self.tracks:
            tracks_item = tracks_item_data.to_dict()
            tracks.append(tracks_item)

        at: None | str | Unset
        if isinstance(self.at, Unset):
            at = UNSET
        elif isinstance(self.at, datetime.datetime):
            at = self.at.isoformat()
        else:
            at = self.at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "budget": budget,
                "reserved": reserved,
                "awarded": awarded,
                "held": held,
                "paid": paid,
                "released": released,
                "released_from_grants": released_from_grants,
                "freed": freed,
                "remaining": remaining,
                "tracks": tracks,
            }
        )
        if at is not UNSET:
            field_dict["at"] = at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.track_budget_view import TrackBudgetView  # noqa: PLC0415

        d = dict(src_dict)
        call_id = UUID(d.pop("call_id"))

        budget = Decimal(str(d.pop("budget")))

        reserved = Decimal(str(d.pop("reserved")))

        awarded = Decimal(str(d.pop("awarded")))

        held = Decimal(str(d.pop("held")))

        paid = Decimal(str(d.pop("paid")))

        released = Decimal(str(d.pop("released")))

        released_from_grants = Decimal(str(d.pop("released_from_grants")))

        freed = Decimal(str(d.pop("freed")))

        remaining = Decimal(str(d.pop("remaining")))

        tracks = []
        _tracks = d.pop("tracks")
        for tracks_item_data in _tracks:
            tracks_item = TrackBudgetView.from_dict(tracks_item_data)

            tracks.append(tracks_item)

        def _parse_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                at_type_0 = datetime.datetime.fromisoformat(data)

                return at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        at = _parse_at(d.pop("at", UNSET))

        call_budget_view = cls(
            call_id=call_id,
            budget=budget,
            reserved=reserved,
            awarded=awarded,
            held=held,
            paid=paid,
            released=released,
            released_from_grants=released_from_grants,
            freed=freed,
            remaining=remaining,
            tracks=tracks,
            at=at,
        )

        call_budget_view.additional_properties = d
        return call_budget_view

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
