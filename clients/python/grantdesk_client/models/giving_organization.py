from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GivingOrganization")


@_attrs_define
class GivingOrganization:
    """A 360Giving organisation (recipient or funder).

    Attributes:
        id (str): org-id.guide identifier, e.g. `BE-BCE_KBO-0207451227`. Example: BE-BCE_KBO-0207451227.
        name (str):
        street_address (None | str | Unset):
        address_locality (None | str | Unset):
        postal_code (None | str | Unset):
        address_country (None | str | Unset):
    """

    id: str
    name: str
    street_address: None | str | Unset = UNSET
    address_locality: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    address_country: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        street_address: None | str | Unset
        if isinstance(self.street_address, Unset):
            street_address = UNSET
        else:
            street_address = self.street_address

        address_locality: None | str | Unset
        if isinstance(self.address_locality, Unset):
            address_locality = UNSET
        else:
            address_locality = self.address_locality

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        address_country: None | str | Unset
        if isinstance(self.address_country, Unset):
            address_country = UNSET
        else:
            address_country = self.address_country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if street_address is not UNSET:
            field_dict["streetAddress"] = street_address
        if address_locality is not UNSET:
            field_dict["addressLocality"] = address_locality
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if address_country is not UNSET:
            field_dict["addressCountry"] = address_country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_street_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        street_address = _parse_street_address(d.pop("streetAddress", UNSET))

        def _parse_address_locality(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_locality = _parse_address_locality(d.pop("addressLocality", UNSET))

        def _parse_postal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postal_code = _parse_postal_code(d.pop("postalCode", UNSET))

        def _parse_address_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_country = _parse_address_country(d.pop("addressCountry", UNSET))

        giving_organization = cls(
            id=id,
            name=name,
            street_address=street_address,
            address_locality=address_locality,
            postal_code=postal_code,
            address_country=address_country,
        )

        giving_organization.additional_properties = d
        return giving_organization

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
