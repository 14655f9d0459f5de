from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TrancheDefinition")


@_attrs_define
class TrancheDefinition:
    """A tranche of a grant's payment schedule.

    Attributes:
        label (str):  Example: advance.
        percent (int):  Example: 60.
        trigger (str): start (payable from the start date) or final_report (after the final report). Example: start.
    """

    label: str
    percent: int
    trigger: str

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        percent = self.percent

        trigger = self.trigger

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "label": label,
                "percent": percent,
                "trigger": trigger,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        percent = d.pop("percent")

        trigger = d.pop("trigger")

        tranche_definition = cls(
            label=label,
            percent=percent,
            trigger=trigger,
        )

        return tranche_definition
