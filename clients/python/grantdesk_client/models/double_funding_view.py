from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.double_funding_signal_view import DoubleFundingSignalView
    from ..models.finding_view import FindingView
    from ..models.other_funding_dto import OtherFundingDto


T = TypeVar("T", bound="DoubleFundingView")


@_attrs_define
class DoubleFundingView:
    """An application's double-funding signals: the submitted applications of its organisation and
    single undertaking in other calls, flagged ones first, and the screeners' findings.

        Attributes:
            application_id (UUID):
            period_start (datetime.date):
            period_end (datetime.date):
            signals (list[DoubleFundingSignalView]):
            other_funding (list[OtherFundingDto]): What the applicant declared of other funding asked for this same project.
            findings (list[FindingView]): Oldest first; the last one counts.
    """

    application_id: UUID
    period_start: datetime.date
    period_end: datetime.date
    signals: list[DoubleFundingSignalView]
    other_funding: list[OtherFundingDto]
    findings: list[FindingView]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = str(self.application_id)

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        signals = []
        for signals_item_data in self.signals:
            signals_item = signals_item_data.to_dict()
            signals.append(signals_item)

        other_funding = []
        for other_funding_item_data in self.other_funding:
            other_funding_item = other_funding_item_data.to_dict()
            other_funding.append(other_funding_item)

        findings = []
        for findings_item_data in self.findings:
            findings_item = findings_item_data.to_dict()
            findings.append(findings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "period_start": period_start,
                "period_end": period_end,
                "signals": signals,
                "other_funding": other_funding,
                "findings": findings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.double_funding_signal_view import DoubleFundingSignalView  # noqa: PLC0415
        from ..models.finding_view import FindingView  # noqa: PLC0415
        from ..models.other_funding_dto import OtherFundingDto  # noqa: PLC0415

        d = dict(src_dict)
        application_id = UUID(d.pop("application_id"))

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        signals = []
        _signals = d.pop("signals")
        for signals_item_data in _signals:
            signals_item = DoubleFundingSignalView.from_dict(signals_item_data)

            signals.append(signals_item)

        other_funding = []
        _other_funding = d.pop("other_funding")
        for other_funding_item_data in _other_funding:
            other_funding_item = OtherFundingDto.from_dict(other_funding_item_data)

            other_funding.append(other_funding_item)

        findings = []
        _findings = d.pop("findings")
        for findings_item_data in _findings:
            findings_item = FindingView.from_dict(findings_item_data)

            findings.append(findings_item)

        double_funding_view = cls(
            application_id=application_id,
            period_start=period_start,
            period_end=period_end,
            signals=signals,
            other_funding=other_funding,
            findings=findings,
        )

        double_funding_view.additional_properties = d
        return double_funding_view

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
