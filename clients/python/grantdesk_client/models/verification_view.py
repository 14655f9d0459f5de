from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.verification_status import VerificationStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evidence_view import EvidenceView


T = TypeVar("T", bound="VerificationView")


@_attrs_define
class VerificationView:
    """Whether staff verified the organisation's claim on its enterprise number (shown to its
    members and to staff; not to reviewers).

        Attributes:
            status (VerificationStatus): Where an organisation's claim on its enterprise number stands: `unverified` (a
                claim, not
                checked yet: it may apply, it is paid nothing), `verified` (staff checked the evidence),
                `rejected`.
            decided_at (datetime.datetime | None | Unset): When it was verified or rejected.
            evidence (EvidenceView | None | Unset):
            reason (None | str | Unset): Why the claim was rejected.
    """

    status: VerificationStatus
    decided_at: datetime.datetime | None | Unset = UNSET
    evidence: EvidenceView | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.evidence_view import EvidenceView  # noqa: PLC0415

        status = self.status.value

        decided_at: None | str | Unset
        if isinstance(self.decided_at, Unset):
            decided_at = UNSET
        elif isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        evidence: dict[str, Any] | None | Unset
        if isinstance(self.evidence, Unset):
            evidence = UNSET
        elif isinstance(self.evidence, EvidenceView):
            evidence = self.evidence.to_dict()
        else:
            evidence = self.evidence

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if decided_at is not UNSET:
            field_dict["decided_at"] = decided_at
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evidence_view import EvidenceView  # noqa: PLC0415

        d = dict(src_dict)
        status = VerificationStatus(d.pop("status"))

        def _parse_decided_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        decided_at = _parse_decided_at(d.pop("decided_at", UNSET))

        def _parse_evidence(data: object) -> EvidenceView | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                evidence_type_1 = EvidenceView.from_dict(data)

                return evidence_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EvidenceView | None | Unset, data)

        evidence = _parse_evidence(d.pop("evidence", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        verification_view = cls(
            status=status,
            decided_at=decided_at,
            evidence=evidence,
            reason=reason,
        )

        verification_view.additional_properties = d
        return verification_view

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
