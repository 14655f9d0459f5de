from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invitation_status import InvitationStatus

T = TypeVar("T", bound="InvitationView")


@_attrs_define
class InvitationView:
    """An invitation, as the organisation's representative and its invitee see it.

    Attributes:
        id (UUID):
        organisation_id (UUID):
        organisation_name (str):  Example: Stad Genk.
        email (str): The address invited (trimmed, lower-cased). Example: colleague@genk.be.
        created_at (datetime.datetime):
        expires_at (datetime.datetime):
        status (InvitationStatus): Where an invitation stands (an expired one is no longer listed).
    """

    id: UUID
    organisation_id: UUID
    organisation_name: str
    email: str
    created_at: datetime.datetime
    expires_at: datetime.datetime
    status: InvitationStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        organisation_id = str(self.organisation_id)

        organisation_name = self.organisation_name

        email = self.email

        created_at = self.created_at.isoformat()

        expires_at = self.expires_at.isoformat()

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organisation_id": organisation_id,
                "organisation_name": organisation_name,
                "email": email,
                "created_at": created_at,
                "expires_at": expires_at,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        organisation_id = UUID(d.pop("organisation_id"))

        organisation_name = d.pop("organisation_name")

        email = d.pop("email")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        status = InvitationStatus(d.pop("status"))

        invitation_view = cls(
            id=id,
            organisation_id=organisation_id,
            organisation_name=organisation_name,
            email=email,
            created_at=created_at,
            expires_at=expires_at,
            status=status,
        )

        invitation_view.additional_properties = d
        return invitation_view

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
