from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PageStaffUserViewItemsItem")


@_attrs_define
class PageStaffUserViewItemsItem:
    """
    Attributes:
        id (UUID):
        email (str):
        display_name (str):
        role (str):  Example: reviewer.
        affiliations (list[str]): Enterprise numbers (formatted).
        active (bool): A disabled account cannot sign in, and its tokens stopped working when it was disabled.
    """

    id: UUID
    email: str
    display_name: str
    role: str
    affiliations: list[str]
    active: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        email = self.email

        display_name = self.display_name

        role = self.role

        affiliations = self.affiliations

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "display_name": display_name,
                "role": role,
                "affiliations": affiliations,
                "active": active,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        email = d.pop("email")

        display_name = d.pop("display_name")

        role = d.pop("role")

        affiliations = cast(list[str], d.pop("affiliations"))

        active = d.pop("active")

        page_staff_user_view_items_item = cls(
            id=id,
            email=email,
            display_name=display_name,
            role=role,
            affiliations=affiliations,
            active=active,
        )

        page_staff_user_view_items_item.additional_properties = d
        return page_staff_user_view_items_item

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
