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
    from ..models.verdict_view import VerdictView


T = TypeVar("T", bound="FinalReportView")


@_attrs_define
class FinalReportView:
    """
    Attributes:
        id (UUID):
        grant_id (UUID):
        version (int): 1-based; a rejected report is followed by a new version.
        spent (Decimal):  Example: 41250.00.
        file_name (str):
        media_type (str):  Example: application/pdf.
        size_bytes (int):
        sha256 (str):
        href (str): Where the document is downloaded.
        submitted_at (datetime.datetime):
        status (str): submitted (awaiting a verdict), accepted or rejected. Example: submitted.
        verdict (None | Unset | VerdictView):
    """

    id: UUID
    grant_id: UUID
    version: int
    spent: Decimal
    file_name: str
    media_type: str
    size_bytes: int
    sha256: str
    href: str
    submitted_at: datetime.datetime
    status: str
    verdict: None | Unset | VerdictView = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.verdict_view import VerdictView  # noqa: PLC0415

        id = str(self.id)

        grant_id = str(self.grant_id)

        version = self.version

        spent = str(self.spent)

        file_name = self.file_name

        media_type = self.media_type

        size_bytes = self.size_bytes

        sha256 = self.sha256

        href = self.href

        submitted_at = self.submitted_at.isoformat()

        status = self.status

        verdict: dict[str, Any] | None | Unset
        if isinstance(self.verdict, Unset):
            verdict = UNSET
        elif isinstance(self.verdict, VerdictView):
            verdict = self.verdict.to_dict()
        else:
            verdict = self.verdict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "grant_id": grant_id,
                "version": version,
                "spent": spent,
                "file_name": file_name,
                "media_type": media_type,
                "size_bytes": size_bytes,
                "sha256": sha256,
                "href": href,
                "submitted_at": submitted_at,
                "status": status,
            }
        )
        if verdict is not UNSET:
            field_dict["verdict"] = verdict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.verdict_view import VerdictView  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        grant_id = UUID(d.pop("grant_id"))

        version = d.pop("version")

        spent = Decimal(str(d.pop("spent")))

        file_name = d.pop("file_name")

        media_type = d.pop("media_type")

        size_bytes = d.pop("size_bytes")

        sha256 = d.pop("sha256")

        href = d.pop("href")

        submitted_at = datetime.datetime.fromisoformat(d.pop("submitted_at"))

        status = d.pop("status")

        def _parse_verdict(data: object) -> None | Unset | VerdictView:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                verdict_type_1 = VerdictView.from_dict(data)

                return verdict_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VerdictView, data)

        verdict = _parse_verdict(d.pop("verdict", UNSET))

        final_report_view = cls(
            id=id,
            grant_id=grant_id,
            version=version,
            spent=spent,
            file_name=file_name,
            media_type=media_type,
            size_bytes=size_bytes,
            sha256=sha256,
            href=href,
            submitted_at=submitted_at,
            status=status,
            verdict=verdict,
        )

        final_report_view.additional_properties = d
        return final_report_view

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
