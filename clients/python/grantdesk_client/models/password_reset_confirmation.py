from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PasswordResetConfirmation")


@_attrs_define
class PasswordResetConfirmation:
    """Sets a new password with the one-time token of a reset.

    Attributes:
        token (str):
        new_password (str): At least 12 characters.
    """

    token: str
    new_password: str

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        new_password = self.new_password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "token": token,
                "new_password": new_password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token")

        new_password = d.pop("new_password")

        password_reset_confirmation = cls(
            token=token,
            new_password=new_password,
        )

        return password_reset_confirmation
