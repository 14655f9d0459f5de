from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="FindingRequest")


@_attrs_define
class FindingRequest:
    """A screener's finding on an application's double-funding signals.

    Attributes:
        finding (str): no_double_funding, suspected or confirmed. Example: suspected.
        note (str): What was checked (1 to 5,000 characters). Example: Zelfde kosten ingediend bij EXP24; gevraagd aan
            de aanvrager..
    """

    finding: str
    note: str

    def to_dict(self) -> dict[str, Any]:
        finding = self.finding

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "finding": finding,
                "note": note,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        finding = d.pop("finding")

        note = d.pop("note")

        finding_request = cls(
            finding=finding,
            note=note,
        )

        return finding_request
