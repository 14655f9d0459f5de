from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.assignment_view import AssignmentView
    from ..models.short_of_reviewers import ShortOfReviewers


T = TypeVar("T", bound="BulkAssignView")


@_attrs_define
class BulkAssignView:
    """
    Attributes:
        assigned (list[AssignmentView]):
        short (list[ShortOfReviewers]): Applications that could not get `per_application` reviewers (too few without
            conflicts).
    """

    assigned: list[AssignmentView]
    short: list[ShortOfReviewers]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assigned = []
        for assigned_item_data in self.assigned:
            assigned_item = assigned_item_data.to_dict()
            assigned.append(assigned_item)

        short = []
        for short_item_data in self.short:
            short_item = short_item_data.to_dict()
            short.append(short_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assigned": assigned,
                "short": short,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assignment_view import AssignmentView  # noqa: PLC0415
        from ..models.short_of_reviewers import ShortOfReviewers  # noqa: PLC0415

        d = dict(src_dict)
        assigned = []
        _assigned = d.pop("assigned")
        for assigned_item_data in _assigned:
            assigned_item = AssignmentView.from_dict(assigned_item_data)

            assigned.append(assigned_item)

        short = []
        _short = d.pop("short")
        for short_item_data in _short:
            short_item = ShortOfReviewers.from_dict(short_item_data)

            short.append(short_item)

        bulk_assign_view = cls(
            assigned=assigned,
            short=short,
        )

        bulk_assign_view.additional_properties = d
        return bulk_assign_view

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
