from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RejectionRequest")


@_attrs_define
class RejectionRequest:
    """Why a claim is rejected (told to its members).

    Attributes:
        reason (str):  Example: The mandate does not name the applicant.
    """

    reason: str

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        rejection_request = cls(
            reason=reason,
        )

        return rejection_request
