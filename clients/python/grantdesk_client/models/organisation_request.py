from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.organisation_kind import OrganisationKind

if TYPE_CHECKING:
    from ..models.address_dto import AddressDto


T = TypeVar("T", bound="OrganisationRequest")


@_attrs_define
class OrganisationRequest:
    """An organisation to register; the one who registers it becomes its first member.

    Attributes:
        name (str):  Example: Stad Genk.
        kbo (str): Belgian enterprise number (KBO/BCE), 10 digits with a mod-97 check; "0207.451.227",
            "BE0207451227" and "0207451227" are all accepted. Example: 0207.451.227.
        kind (OrganisationKind): What kind of body an organisation is.
        address (AddressDto):
    """

    name: str
    kbo: str
    kind: OrganisationKind
    address: AddressDto

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        kbo = self.kbo

        kind = self.kind.value

        address = self.address.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "kbo": kbo,
                "kind": kind,
                "address": address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address_dto import AddressDto  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        kbo = d.pop("kbo")

        kind = OrganisationKind(d.pop("kind"))

        address = AddressDto.from_dict(d.pop("address"))

        organisation_request = cls(
            name=name,
            kbo=kbo,
            kind=kind,
            address=address,
        )

        return organisation_request
