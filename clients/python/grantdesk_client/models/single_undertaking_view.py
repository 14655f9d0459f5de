from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.control_link_view import ControlLinkView
    from ..models.organisation_ref import OrganisationRef


T = TypeVar("T", bound="SingleUndertakingView")


@_attrs_define
class SingleUndertakingView:
    """The single undertaking an organisation belongs to: every organisation reached through
    confirmed control links, and every link that touches one of them (whatever its status).

        Attributes:
            organisation_id (UUID):
            members (list[OrganisationRef]): The members, the organisation itself included, by id.
            links (list[ControlLinkView]):
    """

    organisation_id: UUID
    members: list[OrganisationRef]
    links: list[ControlLinkView]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organisation_id = str(self.organisation_id)

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organisation_id": organisation_id,
                "members": members,
                "links": links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.control_link_view import ControlLinkView  # noqa: PLC0415
        from ..models.organisation_ref import OrganisationRef  # noqa: PLC0415

        d = dict(src_dict)
        organisation_id = UUID(d.pop("organisation_id"))

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = OrganisationRef.from_dict(members_item_data)

            members.append(members_item)

        links = []
        _links = d.pop("links")
        for links_item_data in _links:
            links_item = ControlLinkView.from_dict(links_item_data)

            links.append(links_item)

        single_undertaking_view = cls(
            organisation_id=organisation_id,
            members=members,
            links=links,
        )

        single_undertaking_view.additional_properties = d
        return single_undertaking_view

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
