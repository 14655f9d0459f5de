from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SecretView")


@_attrs_define
class SecretView:
    """A signing secret, shown once: when the endpoint is made and when it is rotated.

    Attributes:
        secret (str): `whsec_` and the base64 of 32 random bytes: verify `webhook-signature` with it
            (HMAC-SHA256 over `{webhook-id}.{webhook-timestamp}.{body}`, Standard Webhooks). Example:
            whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD.
        previous_secrets_retire_at (datetime.datetime | None | Unset): Until when the secrets it replaced keep signing
            beside it (after a rotation).
    """

    secret: str
    previous_secrets_retire_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        secret = self.secret

        previous_secrets_retire_at: None | str | Unset
        if isinstance(self.previous_secrets_retire_at, Unset):
            previous_secrets_retire_at = UNSET
        elif isinstance(self.previous_secrets_retire_at, datetime.datetime):
            previous_secrets_retire_at = self.previous_secrets_retire_at.isoformat()
        else:
            previous_secrets_retire_at = self.previous_secrets_retire_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "secret": secret,
            }
        )
        if previous_secrets_retire_at is not UNSET:
            field_dict["previous_secrets_retire_at"] = previous_secrets_retire_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        secret = d.pop("secret")

        def _parse_previous_secrets_retire_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                previous_secrets_retire_at_type_0 = datetime.datetime.fromisoformat(data)

                return previous_secrets_retire_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        previous_secrets_retire_at = _parse_previous_secrets_retire_at(d.pop("previous_secrets_retire_at", UNSET))

        secret_view = cls(
            secret=secret,
            previous_secrets_retire_at=previous_secrets_retire_at,
        )

        secret_view.additional_properties = d
        return secret_view

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
