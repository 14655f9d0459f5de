from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachmentKindDefinition")


@_attrs_define
class AttachmentKindDefinition:
    """A kind of document the call asks for.

    Attributes:
        kind (str):  Example: application_form.
        label (str):  Example: Aanvraagformulier.
        required (bool | Unset):
    """

    kind: str
    label: str
    required: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        label = self.label

        required = self.required

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "label": label,
            }
        )
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")

        label = d.pop("label")

        required = d.pop("required", UNSET)

        attachment_kind_definition = cls(
            kind=kind,
            label=label,
            required=required,
        )

        return attachment_kind_definition
