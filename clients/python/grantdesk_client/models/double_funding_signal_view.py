from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.organisation_ref import OrganisationRef


T = TypeVar("T", bound="DoubleFundingSignalView")


@_attrs_define
class DoubleFundingSignalView:
    """Another application of the organisation or its single undertaking, compared.

    Attributes:
        application_id (UUID):
        call_reference (str):  Example: EXP24.
        organisation (OrganisationRef):
        granted (bool): Whether a grant was made on it.
        period_start (datetime.date):
        period_end (datetime.date):
        overlap (bool): Whether the periods share a day.
        title_similarity (int): Similarity of the titles, summaries and budget lines, 0 to 1000 (per mille; the cosine
            of character trigrams, case and accents folded). Example: 1000.
        summary_similarity (int):  Example: 930.
        budget_similarity (int):  Example: 1000.
        flagged (bool): Overlapping and alike (a similarity of 600 or more): to look at.
    """

    application_id: UUID
    call_reference: str
    organisation: OrganisationRef
    granted: bool
    period_start: datetime.date
    period_end: datetime.date
    overlap: bool
    title_similarity: int
    summary_similarity: int
    budget_similarity: int
    flagged: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = str(self.application_id)

        call_reference = self.call_reference

        organisation = self.organisation.to_dict()

        granted = self.granted

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        overlap = self.overlap

        title_similarity = self.title_similarity

        summary_similarity = self.summary_similarity

        budget_similarity = self.budget_similarity

        flagged = self.flagged

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "call_reference": call_reference,
                "organisation": organisation,
                "granted": granted,
                "period_start": period_start,
                "period_end": period_end,
                "overlap": overlap,
                "title_similarity": title_similarity,
                "summary_similarity": summary_similarity,
                "budget_similarity": budget_similarity,
                "flagged": flagged,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organisation_ref import OrganisationRef  # noqa: PLC0415

        d = dict(src_dict)
        application_id = UUID(d.pop("application_id"))

        call_reference = d.pop("call_reference")

        organisation = OrganisationRef.from_dict(d.pop("organisation"))

        granted = d.pop("granted")

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        overlap = d.pop("overlap")

        title_similarity = d.pop("title_similarity")

        summary_similarity = d.pop("summary_similarity")

        budget_similarity = d.pop("budget_similarity")

        flagged = d.pop("flagged")

        double_funding_signal_view = cls(
            application_id=application_id,
            call_reference=call_reference,
            organisation=organisation,
            granted=granted,
            period_start=period_start,
            period_end=period_end,
            overlap=overlap,
            title_similarity=title_similarity,
            summary_similarity=summary_similarity,
            budget_similarity=budget_similarity,
            flagged=flagged,
        )

        double_funding_signal_view.additional_properties = d
        return double_funding_signal_view

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
