from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ReminderPreference")


@_attrs_define
class ReminderPreference:
    """Whether the account gets reminders: of a call's deadline while its organisation has a draft,
    and of a grant's final report once it is due. Other messages (receipts, decisions, payments,
    account messages) always go out.

        Attributes:
            enabled (bool):  Example: False.
    """

    enabled: bool

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "enabled": enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        reminder_preference = cls(
            enabled=enabled,
        )

        return reminder_preference
