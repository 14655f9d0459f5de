from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InvitationAccepted")


@_attrs_define
class InvitationAccepted:
    """The answer to an invitation request: the same whether or not an account has the address,
    and whether or not it is a member already (it never tells which).

        Attributes:
            detail (str):  Example: the invitation is recorded: if the address is (or becomes) that of an applicant account
                that is not a member yet, its holder finds the invitation at GET /api/v1/me/invitations and may accept or
                decline it until it expires.
            expires_at (datetime.datetime): Until when the invitation may be answered (14 days).
    """

    detail: str
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail = self.detail

        expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detail": detail,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        detail = d.pop("detail")

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        invitation_accepted = cls(
            detail=detail,
            expires_at=expires_at,
        )

        invitation_accepted.additional_properties = d
        return invitation_accepted

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
