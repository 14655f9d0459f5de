from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membership_role import MembershipRole

T = TypeVar("T", bound="MembershipView")


@_attrs_define
class MembershipView:
    """The membership an accepted invitation began.

    Attributes:
        organisation_id (UUID):
        user_id (UUID):
        role (MembershipRole): What a member is in an organisation: its one representative (invites, removes members,
            hands the role on) or a member.
        added_at (datetime.datetime):
    """

    organisation_id: UUID
    user_id: UUID
    role: MembershipRole
    added_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organisation_id = str(self.organisation_id)

        user_id = str(self.user_id)

        role = self.role.value

        added_at = self.added_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organisation_id": organisation_id,
                "user_id": user_id,
                "role": role,
                "added_at": added_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organisation_id = UUID(d.pop("organisation_id"))

        user_id = UUID(d.pop("user_id"))

        role = MembershipRole(d.pop("role"))

        added_at = datetime.datetime.fromisoformat(d.pop("added_at"))

        membership_view = cls(
            organisation_id=organisation_id,
            user_id=user_id,
            role=role,
            added_at=added_at,
        )

        membership_view.additional_properties = d
        return membership_view

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
