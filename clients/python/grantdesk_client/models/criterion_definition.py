from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CriterionDefinition")


@_attrs_define
class CriterionDefinition:
    """An assessment criterion: reviewers score it from 0 to `max_score`; `weight` says how much
    it counts in the review's 0-100 score.

        Attributes:
            key (str):  Example: expertise.
            name (str):  Example: Specifieke expertise.
            weight (int):  Example: 3.
            max_score (int):  Example: 10.
            description (str | Unset):
    """

    key: str
    name: str
    weight: int
    max_score: int
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        weight = self.weight

        max_score = self.max_score

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "name": name,
                "weight": weight,
                "max_score": max_score,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        name = d.pop("name")

        weight = d.pop("weight")

        max_score = d.pop("max_score")

        description = d.pop("description", UNSET)

        criterion_definition = cls(
            key=key,
            name=name,
            weight=weight,
            max_score=max_score,
            description=description,
        )

        return criterion_definition
