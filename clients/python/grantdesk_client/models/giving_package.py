from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.giving_grant import GivingGrant
    from ..models.giving_publisher import GivingPublisher


T = TypeVar("T", bound="GivingPackage")


@_attrs_define
class GivingPackage:
    """A 360Giving data package (360-giving-package-schema.json, standard 1.4.3).

    Attributes:
        grants (list[GivingGrant]):
        version (str):  Example: 1.4.
        title (str):
        description (str):
        identifier (str):
        issued (datetime.datetime):
        publisher (GivingPublisher):
        license_ (str): The data licence's URI.
    """

    grants: list[GivingGrant]
    version: str
    title: str
    description: str
    identifier: str
    issued: datetime.datetime
    publisher: GivingPublisher
    license_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grants = []
        for grants_item_data in self.grants:
            grants_item = grants_item_data.to_dict()
            grants.append(grants_item)

        version = self.version

        title = self.title

        description = self.description

        identifier = self.identifier

        issued = self.issued.isoformat()

        publisher = self.publisher.to_dict()

        license_ = self.license_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grants": grants,
                "version": version,
                "title": title,
                "description": description,
                "identifier": identifier,
                "issued": issued,
                "publisher": publisher,
                "license": license_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.giving_grant import GivingGrant  # noqa: PLC0415
        from ..models.giving_publisher import GivingPublisher  # noqa: PLC0415

        d = dict(src_dict)
        grants = []
        _grants = d.pop("grants")
        for grants_item_data in _grants:
            grants_item = GivingGrant.from_dict(grants_item_data)

            grants.append(grants_item)

        version = d.pop("version")

        title = d.pop("title")

        description = d.pop("description")

        identifier = d.pop("identifier")

        issued = datetime.datetime.fromisoformat(d.pop("issued"))

        publisher = GivingPublisher.from_dict(d.pop("publisher"))

        license_ = d.pop("license")

        giving_package = cls(
            grants=grants,
            version=version,
            title=title,
            description=description,
            identifier=identifier,
            issued=issued,
            publisher=publisher,
            license_=license_,
        )

        giving_package.additional_properties = d
        return giving_package

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
