from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AcceptanceView")


@_attrs_define
class AcceptanceView:
    """Where a grant's award stands with its organisation.

    Attributes:
        status (str): pending, accepted, renounced or expired. Example: pending.
        offered_at (datetime.datetime): The decision letter's (or the reserve offer's) instant: the award date.
        due (str): The end of the period to answer, in the call's zone: an answer at or after it is
            refused, and the award expires. Example: 2024-11-21T00:00:00+01:00.
        from_reserve (bool): Offered from the reserve list (its hold is committed when it is accepted).
        partial (bool): Offered less than the application asked (a partial award from the reserve).
        answered_at (datetime.datetime | None | Unset):
    """

    status: str
    offered_at: datetime.datetime
    due: str
    from_reserve: bool
    partial: bool
    answered_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        offered_at = self.offered_at.isoformat()

        due = self.due

        from_reserve = self.from_reserve

        partial = self.partial

        answered_at: None | str | Unset
        if isinstance(self.answered_at, Unset):
            answered_at = UNSET
        elif isinstance(self.answered_at, datetime.datetime):
            answered_at = self.answered_at.isoformat()
        else:
            answered_at = self.answered_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "offered_at": offered_at,
                "due": due,
                "from_reserve": from_reserve,
                "partial": partial,
            }
        )
        if answered_at is not UNSET:
            field_dict["answered_at"] = answered_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        offered_at = datetime.datetime.fromisoformat(d.pop("offered_at"))

        due = d.pop("due")

        from_reserve = d.pop("from_reserve")

        partial = d.pop("partial")

        def _parse_answered_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                answered_at_type_0 = datetime.datetime.fromisoformat(data)

                return answered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        answered_at = _parse_answered_at(d.pop("answered_at", UNSET))

        acceptance_view = cls(
            status=status,
            offered_at=offered_at,
            due=due,
            from_reserve=from_reserve,
            partial=partial,
            answered_at=answered_at,
        )

        acceptance_view.additional_properties = d
        return acceptance_view

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
