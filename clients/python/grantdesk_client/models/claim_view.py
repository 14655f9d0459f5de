from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.organisation_view import OrganisationView


T = TypeVar("T", bound="ClaimView")


@_attrs_define
class ClaimView:
    """A claim on an enterprise number, listed by number and then oldest first (claims on one
    number are next to each other).

        Attributes:
            organisation (OrganisationView):
            competing_claims (int): How many other unverified claims there are on the same enterprise number.
    """

    organisation: OrganisationView
    competing_claims: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organisation = self.organisation.to_dict()

        competing_claims = self.competing_claims

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organisation": organisation,
                "competing_claims": competing_claims,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organisation_view import OrganisationView  # noqa: PLC0415

        d = dict(src_dict)
        organisation = OrganisationView.from_dict(d.pop("organisation"))

        competing_claims = d.pop("competing_claims")

        claim_view = cls(
            organisation=organisation,
            competing_claims=competing_claims,
        )

        claim_view.additional_properties = d
        return claim_view

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
