from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FindingView")


@_attrs_define
class FindingView:
    """A finding as recorded.

    Attributes:
        id (UUID):
        finding (str):  Example: suspected.
        note (str):
        recorded_by (str):
        recorded_at (datetime.datetime):
    """

    id: UUID
    finding: str
    note: str
    recorded_by: str
    recorded_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        finding = self.finding

        note = self.note

        recorded_by = self.recorded_by

        recorded_at = self.recorded_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "finding": finding,
                "note": note,
                "recorded_by": recorded_by,
                "recorded_at": recorded_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        finding = d.pop("finding")

        note = d.pop("note")

        recorded_by = d.pop("recorded_by")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))

        finding_view = cls(
            id=id,
            finding=finding,
            note=note,
            recorded_by=recorded_by,
            recorded_at=recorded_at,
        )

        finding_view.additional_properties = d
        return finding_view

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
