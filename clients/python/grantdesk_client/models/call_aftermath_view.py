from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.track_aftermath_view import TrackAftermathView


T = TypeVar("T", bound="CallAftermathView")


@_attrs_define
class CallAftermathView:
    """A call after its decision: its figures and each track's.

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
        call_id (UUID):
        tracks (list[TrackAftermathView]):
    """

    offered: Decimal
    accepted: Decimal
    pending: Decimal
    renounced: Decimal
    expired: Decimal
    reoffered: Decimal
    reserve_waiting: Decimal
    reserve_waiting_count: int
    call_id: UUID
    tracks: list[TrackAftermathView]
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

        call_id = str(self.call_id)

        tracks = []
        for tracks_item_data in self.tracks:
            tracks_item = tracks_item_data.to_dict()
            tracks.append(tracks_item)

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
                "call_id": call_id,
                "tracks": tracks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.track_aftermath_view import TrackAftermathView  # noqa: PLC0415

        d = dict(src_dict)
        offered = Decimal(str(d.pop("offered")))

        accepted = Decimal(str(d.pop("accepted")))

        pending = Decimal(str(d.pop("pending")))

        renounced = Decimal(str(d.pop("renounced")))

        expired = Decimal(str(d.pop("expired")))

        reoffered = Decimal(str(d.pop("reoffered")))

        reserve_waiting = Decimal(str(d.pop("reserve_waiting")))

        reserve_waiting_count = d.pop("reserve_waiting_count")

        call_id = UUID(d.pop("call_id"))

        tracks = []
        _tracks = d.pop("tracks")
        for tracks_item_data in _tracks:
            tracks_item = TrackAftermathView.from_dict(tracks_item_data)

            tracks.append(tracks_item)

        call_aftermath_view = cls(
            offered=offered,
            accepted=accepted,
            pending=pending,
            renounced=renounced,
            expired=expired,
            reoffered=reoffered,
            reserve_waiting=reserve_waiting,
            reserve_waiting_count=reserve_waiting_count,
            call_id=call_id,
            tracks=tracks,
        )

        call_aftermath_view.additional_properties = d
        return call_aftermath_view

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
