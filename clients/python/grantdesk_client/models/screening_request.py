from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScreeningRequest")


@_attrs_define
class ScreeningRequest:
    """
    Attributes:
        verdict (str): eligible or not_eligible. Example: eligible.
        reason (str | Unset): Required when not eligible.
    """

    verdict: str
    reason: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        verdict = self.verdict

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "verdict": verdict,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        verdict = d.pop("verdict")

        reason = d.pop("reason", UNSET)

        screening_request = cls(
            verdict=verdict,
            reason=reason,
        )

        return screening_request
