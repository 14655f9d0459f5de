from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MeView")


@_attrs_define
class MeView:
    """
    Attributes:
        id (UUID):
        email (str):
        role (str):  Example: applicant.
        organisations (list[UUID]): The organisations the account is a member of now (read at this request, not from the
            token).
        token_expires_at (int): When the token expires (seconds since the epoch).
    """

    id: UUID
    email: str
    role: str
    organisations: list[UUID]
    token_expires_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        email = self.email

        role = self.role

        organisations = []
        for organisations_item_data in self.organisations:
            organisations_item = str(organisations_item_data)
            organisations.append(organisations_item)

        token_expires_at = self.token_expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "role": role,
                "organisations": organisations,
                "token_expires_at": token_expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        email = d.pop("email")

        role = d.pop("role")

        organisations = []
        _organisations = d.pop("organisations")
        for organisations_item_data in _organisations:
            organisations_item = UUID(organisations_item_data)

            organisations.append(organisations_item)

        token_expires_at = d.pop("token_expires_at")

        me_view = cls(
            id=id,
            email=email,
            role=role,
            organisations=organisations,
            token_expires_at=token_expires_at,
        )

        me_view.additional_properties = d
        return me_view

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
