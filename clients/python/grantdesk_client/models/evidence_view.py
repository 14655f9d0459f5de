from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EvidenceView")


@_attrs_define
class EvidenceView:
    """The evidence an organisation was verified on.

    Attributes:
        kbo_extract_reference (str):
        mandate_reference (str):
        representative_identity (str):
    """

    kbo_extract_reference: str
    mandate_reference: str
    representative_identity: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kbo_extract_reference = self.kbo_extract_reference

        mandate_reference = self.mandate_reference

        representative_identity = self.representative_identity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kbo_extract_reference": kbo_extract_reference,
                "mandate_reference": mandate_reference,
                "representative_identity": representative_identity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kbo_extract_reference = d.pop("kbo_extract_reference")

        mandate_reference = d.pop("mandate_reference")

        representative_identity = d.pop("representative_identity")

        evidence_view = cls(
            kbo_extract_reference=kbo_extract_reference,
            mandate_reference=mandate_reference,
            representative_identity=representative_identity,
        )

        evidence_view.additional_properties = d
        return evidence_view

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
