from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.organisation_kind import OrganisationKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_dto import AddressDto
    from ..models.verification_view import VerificationView


T = TypeVar("T", bound="PageOrganisationViewItemsItem")


@_attrs_define
class PageOrganisationViewItemsItem:
    """
    Attributes:
        id (UUID):
        name (str):
        kbo (str): Ten digits. Example: 0207451227.
        kbo_formatted (str):  Example: 0207.451.227.
        kind (OrganisationKind): What kind of body an organisation is.
        address (AddressDto):
        created_at (datetime.datetime):
        verification (None | Unset | VerificationView):
    """

    id: UUID
    name: str
    kbo: str
    kbo_formatted: str
    kind: OrganisationKind
    address: AddressDto
    created_at: datetime.datetime
    verification: None | Unset | VerificationView = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.verification_view import VerificationView  # noqa: PLC0415

        id = str(self.id)

        name = self.name

        kbo = self.kbo

        kbo_formatted = self.kbo_formatted

        kind = self.kind.value

        address = self.address.to_dict()

        created_at = self.created_at.isoformat()

        verification: dict[str, Any] | None | Unset
        if isinstance(self.verification, Unset):
            verification = UNSET
        elif isinstance(self.verification, VerificationView):
            verification = self.verification.to_dict()
        else:
            verification = self.verification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "kbo": kbo,
                "kbo_formatted": kbo_formatted,
                "kind": kind,
                "address": address,
                "created_at": created_at,
            }
        )
        if verification is not UNSET:
            field_dict["verification"] = verification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address_dto import AddressDto  # noqa: PLC0415
        from ..models.verification_view import VerificationView  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        kbo = d.pop("kbo")

        kbo_formatted = d.pop("kbo_formatted")

        kind = OrganisationKind(d.pop("kind"))

        address = AddressDto.from_dict(d.pop("address"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_verification(data: object) -> None | Unset | VerificationView:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                verification_type_1 = VerificationView.from_dict(data)

                return verification_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VerificationView, data)

        verification = _parse_verification(d.pop("verification", UNSET))

        page_organisation_view_items_item = cls(
            id=id,
            name=name,
            kbo=kbo,
            kbo_formatted=kbo_formatted,
            kind=kind,
            address=address,
            created_at=created_at,
            verification=verification,
        )

        page_organisation_view_items_item.additional_properties = d
        return page_organisation_view_items_item

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
