from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SignupRequest")


@_attrs_define
class SignupRequest:
    """
    Attributes:
        email (str):  Example: jan.peeters@genk.be.
        password (str): At least 12 characters. Example: a long passphrase of yours.
        display_name (str): Trimmed, not blank, at most 200 characters. Example: Jan Peeters.
    """

    email: str
    password: str
    display_name: str

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        display_name = self.display_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "password": password,
                "display_name": display_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        password = d.pop("password")

        display_name = d.pop("display_name")

        signup_request = cls(
            email=email,
            password=password,
            display_name=display_name,
        )

        return signup_request
