from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeadlineView")


@_attrs_define
class DeadlineView:
    """A deadline: the same instant in the call's zone and in UTC.

    Attributes:
        at (str): Local time in the call's zone, with its offset. Example: 2023-08-31T10:00:00+02:00.
        utc (datetime.datetime):  Example: 2023-08-31T08:00:00Z.
        time_zone (str):  Example: Europe/Brussels.
    """

    at: str
    utc: datetime.datetime
    time_zone: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at = self.at

        utc = self.utc.isoformat()

        time_zone = self.time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at": at,
                "utc": utc,
                "time_zone": time_zone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        at = d.pop("at")

        utc = datetime.datetime.fromisoformat(d.pop("utc"))

        time_zone = d.pop("time_zone")

        deadline_view = cls(
            at=at,
            utc=utc,
            time_zone=time_zone,
        )

        deadline_view.additional_properties = d
        return deadline_view

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
