from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddressDto")


@_attrs_define
class AddressDto:
    """
    Attributes:
        street (str):  Example: Havermarkt 10.
        postal_code (str):  Example: 3500.
        city (str):  Example: Hasselt.
        country (str | Unset): ISO 3166 two-letter code. Default: 'BE'. Example: BE.
    """

    street: str
    postal_code: str
    city: str
    country: str | Unset = "BE"

    def to_dict(self) -> dict[str, Any]:
        street = self.street

        postal_code = self.postal_code

        city = self.city

        country = self.country

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "street": street,
                "postal_code": postal_code,
                "city": city,
            }
        )
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        street = d.pop("street")

        postal_code = d.pop("postal_code")

        city = d.pop("city")

        country = d.pop("country", UNSET)

        address_dto = cls(
            street=street,
            postal_code=postal_code,
            city=city,
            country=country,
        )

        return address_dto
