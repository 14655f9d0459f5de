from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TrackAftermathView")


@_attrs_define
class TrackAftermathView:
    """One track's figures after the decision.

    Attributes:
        offered (Decimal): Every award made: by the selection and afterwards (accepted + pending + renounced +
            expired). Example: 750000.00.
        accepted (Decimal):  Example: 700000.00.
        pending (Decimal):  Example: 0.00.
        renounced (Decimal):  Example: 50000.00.
        expired (Decimal):  Example: 0.00.
        reoffered (Decimal): Awards made after the selection: from the reserve list, or on an upheld objection. Example:
            50000.00.
        reserve_waiting (Decimal): What the reserve list's places still waiting ask. Example: 45000.00.
        reserve_waiting_count (int):
        number (int):
        name (str):
    """

    offered: Decimal
    accepted: Decimal
    pending: Decimal
    renounced: Decimal
    expired: Decimal
    reoffered: Decimal
    reserve_waiting: Decimal
    reserve_waiting_count: int
    number: int
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offered = str(self.offered)

        accepted = str(self.accepted)

        pending = str(self.pending)

        renounced = str(self.renounced)

        expired = str(self.expired)

        reoffered = str(self.reoffered)

        reserve_waiting = str(self.reserve_waiting)

        reserve_waiting_count = self.reserve_waiting_count

        number = self.number

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "offered": offered,
                "accepted": accepted,
                "pending": pending,
                "renounced": renounced,
                "expired": expired,
                "reoffered": reoffered,
                "reserve_waiting": reserve_waiting,
                "reserve_waiting_count": reserve_waiting_count,
                "number": number,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        offered = Decimal(str(d.pop("offered")))

        accepted = Decimal(str(d.pop("accepted")))

        pending = Decimal(str(d.pop("pending")))

        renounced = Decimal(str(d.pop("renounced")))

        expired = Decimal(str(d.pop("expired")))

        reoffered = Decimal(str(d.pop("reoffered")))

        reserve_waiting = Decimal(str(d.pop("reserve_waiting")))

        reserve_waiting_count = d.pop("reserve_waiting_count")

        number = d.pop("number")

        name = d.pop("name")

        track_aftermath_view = cls(
            offered=offered,
            accepted=accepted,
            pending=pending,
            renounced=renounced,
            expired=expired,
            reoffered=reoffered,
            reserve_waiting=reserve_waiting,
            reserve_waiting_count=reserve_waiting_count,
            number=number,
            name=name,
        )

        track_aftermath_view.additional_properties = d
        return track_aftermath_view

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
