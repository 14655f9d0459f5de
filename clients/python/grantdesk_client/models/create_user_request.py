from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUserRequest")


@_attrs_define
class CreateUserRequest:
    """A staff account (reviewers with their affiliations, for conflicts of interest).

    Attributes:
        email (str):  Example: assessor@vvsg.be.
        password (str): At least 12 characters.
        role (str): admin, finance, reviewer, applicant or auditor. Example: reviewer.
        display_name (str): Trimmed, not blank, at most 200 characters. Example: An Assessor.
        affiliations (list[str] | Unset): Enterprise numbers the user works for (VVSG: 0451.857.573 ...): a reviewer is
            in
            conflict with any application whose lead or partner is one of them. Example: ['0207.451.227'].
    """

    email: str
    password: str
    role: str
    display_name: str
    affiliations: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        role = self.role

        display_name = self.display_name

        affiliations: list[str] | Unset = UNSET
        if not isinstance(self.affiliations, Unset):
            affiliations = self.affiliations

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "password": password,
                "role": role,
                "display_name": display_name,
            }
        )
        if affiliations is not UNSET:
            field_dict["affiliations"] = affiliations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        password = d.pop("password")

        role = d.pop("role")

        display_name = d.pop("display_name")

        affiliations = cast(list[str], d.pop("affiliations", UNSET))

        create_user_request = cls(
            email=email,
            password=password,
            role=role,
            display_name=display_name,
            affiliations=affiliations,
        )

        return create_user_request
