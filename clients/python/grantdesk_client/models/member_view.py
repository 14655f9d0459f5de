from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membership_role import MembershipRole

T = TypeVar("T", bound="MemberView")


@_attrs_define
class MemberView:
    """
    Attributes:
        user_id (UUID):
        email (str):
        display_name (str):
        role (MembershipRole): What a member is in an organisation: its one representative (invites, removes members,
            hands the role on) or a member.
        added_at (datetime.datetime): Since when (the current membership; an earlier one that ended is not shown).
    """

    user_id: UUID
    email: str
    display_name: str
    role: MembershipRole
    added_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = str(self.user_id)

        email = self.email

        display_name = self.display_name

        role = self.role.value

        added_at = self.added_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "email": email,
                "display_name": display_name,
                "role": role,
                "added_at": added_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = UUID(d.pop("user_id"))

        email = d.pop("email")

        display_name = d.pop("display_name")

        role = MembershipRole(d.pop("role"))

        added_at = datetime.datetime.fromisoformat(d.pop("added_at"))

        member_view = cls(
            user_id=user_id,
            email=email,
            display_name=display_name,
            role=role,
            added_at=added_at,
        )

        member_view.additional_properties = d
        return member_view

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
