from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deadline_view import DeadlineView


T = TypeVar("T", bound="DeadlineChangeView")


@_attrs_define
class DeadlineChangeView:
    """
    Attributes:
        deadline (DeadlineView): A deadline: the same instant in the call's zone and in UTC.
        reason (str):
        changed_at (datetime.datetime):
        previous (DeadlineView | None | Unset):
        changed_by (None | str | Unset):
    """

    deadline: DeadlineView
    reason: str
    changed_at: datetime.datetime
    previous: DeadlineView | None | Unset = UNSET
    changed_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.deadline_view import DeadlineView  # noqa: PLC0415

        deadline = self.deadline.to_dict()

        reason = self.reason

        changed_at = self.changed_at.isoformat()

        previous: dict[str, Any] | None | Unset
        if isinstance(self.previous, Unset):
            previous = UNSET
        elif isinstance(self.previous, DeadlineView):
            previous = self.previous.to_dict()
        else:
            previous = self.previous

        changed_by: None | str | Unset
        if isinstance(self.changed_by, Unset):
            changed_by = UNSET
        else:
            changed_by = self.changed_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deadline": deadline,
                "reason": reason,
                "changed_at": changed_at,
            }
        )
        if previous is not UNSET:
            field_dict["previous"] = previous
        if changed_by is not UNSET:
            field_dict["changed_by"] = changed_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deadline_view import DeadlineView  # noqa: PLC0415

        d = dict(src_dict)
        deadline = DeadlineView.from_dict(d.pop("deadline"))

        reason = d.pop("reason")

        changed_at = datetime.datetime.fromisoformat(d.pop("changed_at"))

        def _parse_previous(data: object) -> DeadlineView | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                previous_type_1 = DeadlineView.from_dict(data)

                return previous_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeadlineView | None | Unset, data)

        previous = _parse_previous(d.pop("previous", UNSET))

        def _parse_changed_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        changed_by = _parse_changed_by(d.pop("changed_by", UNSET))

        deadline_change_view = cls(
            deadline=deadline,
            reason=reason,
            changed_at=changed_at,
            previous=previous,
            changed_by=changed_by,
        )

        deadline_change_view.additional_properties = d
        return deadline_change_view

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
