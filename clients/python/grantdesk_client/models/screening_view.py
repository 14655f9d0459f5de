from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ScreeningView")


@_attrs_define
class ScreeningView:
    """An eligibility verdict: who screened the application, when, and (when not eligible) why.

    Attributes:
        application_id (UUID):
        verdict (str): eligible or not_eligible. Example: eligible.
        reason (str):
        screened_by (str): The actor who screened, e.g. `user:<id>`. Example: user:7f6c1f7e-8b7a-4d0e-9a53-2b1f0c9d4e21.
        screened_at (datetime.datetime):
    """

    application_id: UUID
    verdict: str
    reason: str
    screened_by: str
    screened_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = str(self.application_id)

        verdict = self.verdict

        reason = self.reason

        screened_by = self.screened_by

        screened_at = self.screened_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "verdict": verdict,
                "reason": reason,
                "screened_by": screened_by,
                "screened_at": screened_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = UUID(d.pop("application_id"))

        verdict = d.pop("verdict")

        reason = d.pop("reason")

        screened_by = d.pop("screened_by")

        screened_at = datetime.datetime.fromisoformat(d.pop("screened_at"))

        screening_view = cls(
            application_id=application_id,
            verdict=verdict,
            reason=reason,
            screened_by=screened_by,
            screened_at=screened_at,
        )

        screening_view.additional_properties = d
        return screening_view

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
