from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ObjectionAttachmentView")


@_attrs_define
class ObjectionAttachmentView:
    """A document attached to an objection.

    Attributes:
        id (UUID):
        file_name (str):  Example: bijlage-3-begroting.pdf.
        media_type (str):  Example: application/pdf.
        size_bytes (int):
        sha256 (str): SHA-256 of the content (lowercase hex).
        uploaded_at (datetime.datetime):
        href (str): Where to download it.
        description (None | str | Unset):  Example: Bijlage 3 van de aanvraag, die de beoordeling miste.
    """

    id: UUID
    file_name: str
    media_type: str
    size_bytes: int
    sha256: str
    uploaded_at: datetime.datetime
    href: str
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        file_name = self.file_name

        media_type = self.media_type

        size_bytes = self.size_bytes

        sha256 = self.sha256

        uploaded_at = self.uploaded_at.isoformat()

        href = self.href

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "file_name": file_name,
                "media_type": media_type,
                "size_bytes": size_bytes,
                "sha256": sha256,
                "uploaded_at": uploaded_at,
                "href": href,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        file_name = d.pop("file_name")

        media_type = d.pop("media_type")

        size_bytes = d.pop("size_bytes")

        sha256 = d.pop("sha256")

        uploaded_at = datetime.datetime.fromisoformat(d.pop("uploaded_at"))

        href = d.pop("href")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        objection_attachment_view = cls(
            id=id,
            file_name=file_name,
            media_type=media_type,
            size_bytes=size_bytes,
            sha256=sha256,
            uploaded_at=uploaded_at,
            href=href,
            description=description,
        )

        objection_attachment_view.additional_properties = d
        return objection_attachment_view

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
