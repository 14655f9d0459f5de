from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ExtendDeadlineRequest")


@_attrs_define
class ExtendDeadlineRequest:
    """Extends an open call's deadline to a later instant.

    Attributes:
        deadline (str): Local time in the call's zone ("2023-09-15T10:00") or RFC 3339 with offset; a whole
            second later than the deadline shown. Example: 2023-09-15T10:00.
        reason (str):  Example: Extended on request of the association of cities.
    """

    deadline: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        deadline = self.deadline

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "deadline": deadline,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deadline = d.pop("deadline")

        reason = d.pop("reason")

        extend_deadline_request = cls(
            deadline=deadline,
            reason=reason,
        )

        return extend_deadline_request
