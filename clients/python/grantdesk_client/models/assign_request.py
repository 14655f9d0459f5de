from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="AssignRequest")


@_attrs_define
class AssignRequest:
    """
    Attributes:
        reviewer_id (UUID):
    """

    reviewer_id: UUID

    def to_dict(self) -> dict[str, Any]:
        reviewer_id = str(self.reviewer_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reviewer_id": reviewer_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reviewer_id = UUID(d.pop("reviewer_id"))

        assign_request = cls(
            reviewer_id=reviewer_id,
        )

        return assign_request
