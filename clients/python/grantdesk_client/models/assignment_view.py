from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssignmentView")


@_attrs_define
class AssignmentView:
    """
    Attributes:
        id (UUID):
        application_id (UUID):
        reviewer_id (UUID):
        status (str): active or conflict_declared. Example: active.
        assigned_at (datetime.datetime):
        conflict_reason (None | str | Unset):
    """

    id: UUID
    application_id: UUID
    reviewer_id: UUID
    status: str
    assigned_at: datetime.datetime
    conflict_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        application_id = str(self.application_id)

        reviewer_id = str(self.reviewer_id)

        status = self.status

        assigned_at = self.assigned_at.isoformat()

        conflict_reason: None | str | Unset
        if isinstance(self.conflict_reason, Unset):
            conflict_reason = UNSET
        else:
            conflict_reason = self.conflict_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "application_id": application_id,
                "reviewer_id": reviewer_id,
                "status": status,
                "assigned_at": assigned_at,
            }
        )
        if conflict_reason is not UNSET:
            field_dict["conflict_reason"] = conflict_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        application_id = UUID(d.pop("application_id"))

        reviewer_id = UUID(d.pop("reviewer_id"))

        status = d.pop("status")

        assigned_at = datetime.datetime.fromisoformat(d.pop("assigned_at"))

        def _parse_conflict_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conflict_reason = _parse_conflict_reason(d.pop("conflict_reason", UNSET))

        assignment_view = cls(
            id=id,
            application_id=application_id,
            reviewer_id=reviewer_id,
            status=status,
            assigned_at=assigned_at,
            conflict_reason=conflict_reason,
        )

        assignment_view.additional_properties = d
        return assignment_view

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
