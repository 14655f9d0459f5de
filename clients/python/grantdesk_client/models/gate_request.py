from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GateRequest")


@_attrs_define
class GateRequest:
    """Evidence for an approval gate.

    Attributes:
        reference (str): The document's reference, e.g. "GDR/2023002349". Example: GDR/2023002349.
        date (datetime.date): The date of the advice, agreement or decision: at the latest today in the call's zone, a
            four-digit year. Example: 2023-06-15.
        verdict (str):  Example: favourable.
    """

    reference: str
    date: datetime.date
    verdict: str

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        date = self.date.isoformat()

        verdict = self.verdict

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reference": reference,
                "date": date,
                "verdict": verdict,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference = d.pop("reference")

        date = datetime.date.fromisoformat(d.pop("date"))

        verdict = d.pop("verdict")

        gate_request = cls(
            reference=reference,
            date=date,
            verdict=verdict,
        )

        return gate_request
