from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.organisation_ref import OrganisationRef
    from ..models.regulation_position_view import RegulationPositionView


T = TypeVar("T", bound="AidPositionView")


@_attrs_define
class AidPositionView:
    """An organisation's own view of its aid: its single undertaking and, per de minimis
    regulation, the window ending on `on` and what is left.

        Attributes:
            organisation_id (UUID):
            on (datetime.date):
            members (list[OrganisationRef]):
            regulations (list[RegulationPositionView]):
    """

    organisation_id: UUID
    on: datetime.date
    members: list[OrganisationRef]
    regulations: list[RegulationPositionView]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organisation_id = str(self.organisation_id)

        on = self.on.isoformat()

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        regulations = []
        for regulations_item_data in self.regulations:
            regulations_item = regulations_item_data.to_dict()
            regulations.append(regulations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organisation_id": organisation_id,
                "on": on,
                "members": members,
                "regulations": regulations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organisation_ref import OrganisationRef  # noqa: PLC0415
        from ..models.regulation_position_view import RegulationPositionView  # noqa: PLC0415

        d = dict(src_dict)
        organisation_id = UUID(d.pop("organisation_id"))

        on = datetime.date.fromisoformat(d.pop("on"))

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = OrganisationRef.from_dict(members_item_data)

            members.append(members_item)

        regulations = []
        _regulations = d.pop("regulations")
        for regulations_item_data in _regulations:
            regulations_item = RegulationPositionView.from_dict(regulations_item_data)

            regulations.append(regulations_item)

        aid_position_view = cls(
            organisation_id=organisation_id,
            on=on,
            members=members,
            regulations=regulations,
        )

        aid_position_view.additional_properties = d
        return aid_position_view

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
