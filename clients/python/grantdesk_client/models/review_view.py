from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.score_dto import ScoreDto


T = TypeVar("T", bound="ReviewView")


@_attrs_define
class ReviewView:
    """
    Attributes:
        id (UUID):
        assignment_id (UUID):
        application_id (UUID):
        reviewer_id (UUID):
        scores (list[ScoreDto]):
        comment (str):
        status (str): draft or submitted. Example: submitted.
        score (Decimal | None | Unset): The review's 0-100 score (two decimals), once submitted. Example: 72.50.
        submitted_at (datetime.datetime | None | Unset):
    """

    id: UUID
    assignment_id: UUID
    application_id: UUID
    reviewer_id: UUID
    scores: list[ScoreDto]
    comment: str
    status: str
    score: Decimal | None | Unset = UNSET
    submitted_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        assignment_id = str(self.assignment_id)

        application_id = str(self.application_id)

        reviewer_id = str(self.reviewer_id)

        scores = []
        for scores_item_data in self.scores:
            scores_item = scores_item_data.to_dict()
            scores.append(scores_item)

        comment = self.comment

        status = self.status

        score: None | str | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        elif isinstance(self.score, Decimal):
            score = str(self.score)
        else:
            score = self.score

        submitted_at: None | str | Unset
        if isinstance(self.submitted_at, Unset):
            submitted_at = UNSET
        elif isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "assignment_id": assignment_id,
                "application_id": application_id,
                "reviewer_id": reviewer_id,
                "scores": scores,
                "comment": comment,
                "status": status,
            }
        )
        if score is not UNSET:
            field_dict["score"] = score
        if submitted_at is not UNSET:
            field_dict["submitted_at"] = submitted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.score_dto import ScoreDto  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        assignment_id = UUID(d.pop("assignment_id"))

        application_id = UUID(d.pop("application_id"))

        reviewer_id = UUID(d.pop("reviewer_id"))

        scores = []
        _scores = d.pop("scores")
        for scores_item_data in _scores:
            scores_item = ScoreDto.from_dict(scores_item_data)

            scores.append(scores_item)

        comment = d.pop("comment")

        status = d.pop("status")

        def _parse_score(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                score_type_0 = Decimal(str(data))

                return score_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        def _parse_submitted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)

                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at", UNSET))

        review_view = cls(
            id=id,
            assignment_id=assignment_id,
            application_id=application_id,
            reviewer_id=reviewer_id,
            scores=scores,
            comment=comment,
            status=status,
            score=score,
            submitted_at=submitted_at,
        )

        review_view.additional_properties = d
        return review_view

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
