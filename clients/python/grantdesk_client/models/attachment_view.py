from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AttachmentView")


@_attrs_define
class AttachmentView:
    """
    Attributes:
        id (UUID):
        kind (str):  Example: application_form.
        file_name (str):  Example: aanvraagformulier.pdf.
        media_type (str):  Example: application/pdf.
        size_bytes (int):
        sha256 (str): SHA-256 of the content (lowercase hex).
        uploaded_at (datetime.datetime):
        href (str): Where to download it.
    """

    id: UUID
    kind: str
    file_name: str
    media_type: str
    size_bytes: int
    sha256: str
    uploaded_at: datetime.datetime
    href: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        kind = self.kind

        file_name = self.file_name

        media_type = self.media_type

        size_bytes = self.size_bytes

        sha256 = self.sha256

        uploaded_at = self.uploaded_at.isoformat()

        href = self.href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "file_name": file_name,
                "media_type": media_type,
                "size_bytes": size_bytes,
                "sha256": sha256,
                "uploaded_at": uploaded_at,
                "href": href,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        kind = d.pop("kind")

        file_name = d.pop("file_name")

        media_type = d.pop("media_type")

        size_bytes = d.pop("size_bytes")

        sha256 = d.pop("sha256")

        uploaded_at = datetime.datetime.fromisoformat(d.pop("uploaded_at"))

        href = d.pop("href")

        attachment_view = cls(
            id=id,
            kind=kind,
            file_name=file_name,
            media_type=media_type,
            size_bytes=size_bytes,
            sha256=sha256,
            uploaded_at=uploaded_at,
            href=href,
        )

        attachment_view.additional_properties = d
        return attachment_view

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
