from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ErasureRequest")


@_attrs_define
class ErasureRequest:
    """Erase a person's personal data from the audit trail (GDPR article 17), where no legal
    retention applies: the admin states on what ground.

        Attributes:
            reason (str): The request and its lawful ground (1 to 2,000 characters), e.g. the data subject's
                request of a date with its reference. Example: Verzoek van de betrokkene van 2 december 2026 (ref.
                AVG-2026-041); geen bewaarplicht..
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

        erasure_request = cls(
            reason=reason,
        )

        return erasure_request
