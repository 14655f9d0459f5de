from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GateView")


@_attrs_define
class GateView:
    """One approval gate's evidence, as the published note shows it.

    Attributes:
        gate (str):  Example: if_advice.
        label (str):  Example: finance inspectorate advice (Inspectie van Financiën).
        reference (str):  Example: GDR/2023002349.
        date (datetime.date):  Example: 2023-06-15.
        verdict (str):  Example: favourable.
        recorded_at (datetime.datetime):
        recorded_by (None | str | Unset): Who recorded it (shown to staff only).
    """

    gate: str
    label: str
    reference: str
    date: datetime.date
    verdict: str
    recorded_at: datetime.datetime
    recorded_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gate = self.gate

        label = self.label

        reference = self.reference

        date = self.date.isoformat()

        verdict = self.verdict

        recorded_at = self.recorded_at.isoformat()

        recorded_by: None | str | Unset
        if isinstance(self.recorded_by, Unset):
            recorded_by = UNSET
        else:
            recorded_by = self.recorded_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gate": gate,
                "label": label,
                "reference": reference,
                "date": date,
                "verdict": verdict,
                "recorded_at": recorded_at,
            }
        )
        if recorded_by is not UNSET:
            field_dict["recorded_by"] = recorded_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gate = d.pop("gate")

        label = d.pop("label")

        reference = d.pop("reference")

        date = datetime.date.fromisoformat(d.pop("date"))

        verdict = d.pop("verdict")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))

        def _parse_recorded_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recorded_by = _parse_recorded_by(d.pop("recorded_by", UNSET))

        gate_view = cls(
            gate=gate,
            label=label,
            reference=reference,
            date=date,
            verdict=verdict,
            recorded_at=recorded_at,
            recorded_by=recorded_by,
        )

        gate_view.additional_properties = d
        return gate_view

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
