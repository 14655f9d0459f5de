from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VerdictView")


@_attrs_define
class VerdictView:
    """
    Attributes:
        verdict (str): accepted or rejected. Example: accepted.
        motivation (str):
        decided_by (str):
        decided_at (datetime.datetime):
        accepted_spend (Decimal | None | Unset): What was accepted of the reported spend (accepted reports only).
            Example: 41250.00.
    """

    verdict: str
    motivation: str
    decided_by: str
    decided_at: datetime.datetime
    accepted_spend: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verdict = self.verdict

        motivation = self.motivation

        decided_by = self.decided_by

        decided_at = self.decided_at.isoformat()

        accepted_spend: None | str | Unset
        if isinstance(self.accepted_spend, Unset):
            accepted_spend = UNSET
        elif isinstance(self.accepted_spend, Decimal):
            accepted_spend = str(self.accepted_spend)
        else:
            accepted_spend = self.accepted_spend

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "verdict": verdict,
                "motivation": motivation,
                "decided_by": decided_by,
                "decided_at": decided_at,
            }
        )
        if accepted_spend is not UNSET:
            field_dict["accepted_spend"] = accepted_spend

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        verdict = d.pop("verdict")

        motivation = d.pop("motivation")

        decided_by = d.pop("decided_by")

        decided_at = datetime.datetime.fromisoformat(d.pop("decided_at"))

        def _parse_accepted_spend(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                accepted_spend_type_0 = Decimal(str(data))

                return accepted_spend_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        accepted_spend = _parse_accepted_spend(d.pop("accepted_spend", UNSET))

        verdict_view = cls(
            verdict=verdict,
            motivation=motivation,
            decided_by=decided_by,
            decided_at=decided_at,
            accepted_spend=accepted_spend,
        )

        verdict_view.additional_properties = d
        return verdict_view

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
