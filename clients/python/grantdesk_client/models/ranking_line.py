from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RankingLine")


@_attrs_define
class RankingLine:
    """One line of a track's ranking.

    Attributes:
        rank (int):
        track (int):
        application_id (UUID):
        receipt_number (str):  Example: EXP23-0007.
        received_at (datetime.datetime):
        lead_organisation (str):
        title (str):
        requested_amount (Decimal):  Example: 48000.00.
        reviews_submitted (int): Submitted reviews / assigned reviewers.
        reviewers_assigned (int):
        score (Decimal | None | Unset): The weighted mean over submitted reviews (0-100, two decimals); null without
            reviews. Example: 72.50.
        decision (None | str | Unset): The current decision, if any. Example: selected.
        awarded (Decimal | None | Unset):  Example: 48000.00.
    """

    rank: int
    track: int
    application_id: UUID
    receipt_number: str
    received_at: datetime.datetime
    lead_organisation: str
    title: str
    requested_amount: Decimal
    reviews_submitted: int
    reviewers_assigned: int
    score: Decimal | None | Unset = UNSET
    decision: None | str | Unset = UNSET
    awarded: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rank = self.rank

        track = self.track

        application_id = str(self.application_id)

        receipt_number = self.receipt_number

        received_at = self.received_at.isoformat()

        lead_organisation = self.lead_organisation

        title = self.title

        requested_amount = str(self.requested_amount)

        reviews_submitted = self.reviews_submitted

        reviewers_assigned = self.reviewers_assigned

        score: None | str | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        elif isinstance(self.score, Decimal):
            score = str(self.score)
        else:
            score = self.score

        decision: None | str | Unset
        if isinstance(self.decision, Unset):
            decision = UNSET
        else:
            decision = self.decision

        awarded: None | str | Unset
        if isinstance(self.awarded, Unset):
            awarded = UNSET
        elif isinstance(self.awarded, Decimal):
            awarded = str(self.awarded)
        else:
            awarded = self.awarded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rank": rank,
                "track": track,
                "application_id": application_id,
                "receipt_number": receipt_number,
                "received_at": received_at,
                "lead_organisation": lead_organisation,
                "title": title,
                "requested_amount": requested_amount,
                "reviews_submitted": reviews_submitted,
                "reviewers_assigned": reviewers_assigned,
            }
        )
        if score is not UNSET:
            field_dict["score"] = score
        if decision is not UNSET:
            field_dict["decision"] = decision
        if awarded is not UNSET:
            field_dict["awarded"] = awarded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rank = d.pop("rank")

        track = d.pop("track")

        application_id = UUID(d.pop("application_id"))

        receipt_number = d.pop("receipt_number")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        lead_organisation = d.pop("lead_organisation")

        title = d.pop("title")

        requested_amount = Decimal(str(d.pop("requested_amount")))

        reviews_submitted = d.pop("reviews_submitted")

        reviewers_assigned = d.pop("reviewers_assigned")

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

        def _parse_decision(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision = _parse_decision(d.pop("decision", UNSET))

        def _parse_awarded(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                awarded_type_0 = Decimal(str(data))

                return awarded_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        awarded = _parse_awarded(d.pop("awarded", UNSET))

        ranking_line = cls(
            rank=rank,
            track=track,
            application_id=application_id,
            receipt_number=receipt_number,
            received_at=received_at,
            lead_organisation=lead_organisation,
            title=title,
            requested_amount=requested_amount,
            reviews_submitted=reviews_submitted,
            reviewers_assigned=reviewers_assigned,
            score=score,
            decision=decision,
            awarded=awarded,
        )

        ranking_line.additional_properties = d
        return ranking_line

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
