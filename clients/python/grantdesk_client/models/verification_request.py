from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="VerificationRequest")


@_attrs_define
class VerificationRequest:
    """What staff checked before verifying an organisation.

    Attributes:
        kbo_extract_reference (str): The reference of the KBO/BCE extract showing the enterprise and its
            representatives. Example: KBO-extract 2026-12-01 0207.451.227.
        mandate_reference (str): The reference of the mandate (or council decision) that lets the registering person act
            for the organisation. Example: Gemeenteraad Genk 2026-11-20 punt 14.
        representative_identity (str): How the representative's identity was established (e.g. the eID check's
            reference). Example: eID check 2026-12-01 by the helpdesk.
    """

    kbo_extract_reference: str
    mandate_reference: str
    representative_identity: str

    def to_dict(self) -> dict[str, Any]:
        kbo_extract_reference = self.kbo_extract_reference

        mandate_reference = self.mandate_reference

        representative_identity = self.representative_identity

        field_dict: dict[str, Any] = {}

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

        verification_request = cls(
            kbo_extract_reference=kbo_extract_reference,
            mandate_reference=mandate_reference,
            representative_identity=representative_identity,
        )

        return verification_request
