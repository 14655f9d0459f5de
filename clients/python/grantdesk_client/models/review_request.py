from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.score_dto import ScoreDto


T = TypeVar("T", bound="ReviewRequest")


@_attrs_define
class ReviewRequest:
    """A review's scores (one per criterion, 0 to its maximum) and comment; saved as a draft.

    Attributes:
        scores (list[ScoreDto]):
        comment (str | Unset):
    """

    scores: list[ScoreDto]
    comment: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        scores = []
        for scores_item_data in self.scores:
            scores_item = scores_item_data.to_dict()
            scores.append(scores_item)

        comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "scores": scores,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.score_dto import ScoreDto  # noqa: PLC0415

        d = dict(src_dict)
        scores = []
        _scores = d.pop("scores")
        for scores_item_data in _scores:
            scores_item = ScoreDto.from_dict(scores_item_data)

            scores.append(scores_item)

        comment = d.pop("comment", UNSET)

        review_request = cls(
            scores=scores,
            comment=comment,
        )

        return review_request
