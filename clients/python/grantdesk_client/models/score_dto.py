from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ScoreDto")


@_attrs_define
class ScoreDto:
    """
    Attributes:
        criterion (str):  Example: expertise.
        score (int):  Example: 7.
    """

    criterion: str
    score: int

    def to_dict(self) -> dict[str, Any]:
        criterion = self.criterion

        score = self.score

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "criterion": criterion,
                "score": score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        criterion = d.pop("criterion")

        score = d.pop("score")

        score_dto = cls(
            criterion=criterion,
            score=score,
        )

        return score_dto
