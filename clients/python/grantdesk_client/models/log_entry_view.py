from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LogEntryView")


@_attrs_define
class LogEntryView:
    """One sealed entry: its index, what it records, and the exact bytes its leaf hashes.

    Attributes:
        index (int):
        entry_id (UUID): The audit entry (`GET /audit`).
        action (str):  Example: application.submit.
        target_type (str):
        target_id (str):
        at (datetime.datetime):
        leaf (str): The leaf's bytes, base64 (the leaf hash is SHA-256(0x00 ‖ these bytes)). Personal data
            is not in them: an entry seals a salted commitment to it.
        leaf_hash (str): SHA-256(0x00 ‖ leaf), hexadecimal.
        sealed_at (datetime.datetime):
    """

    index: int
    entry_id: UUID
    action: str
    target_type: str
    target_id: str
    at: datetime.datetime
    leaf: str
    leaf_hash: str
    sealed_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        entry_id = str(self.entry_id)

        action = self.action

        target_type = self.target_type

        target_id = self.target_id

        at = self.at.isoformat()

        leaf = self.leaf

        leaf_hash = self.leaf_hash

        sealed_at = self.sealed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "entry_id": entry_id,
                "action": action,
                "target_type": target_type,
                "target_id": target_id,
                "at": at,
                "leaf": leaf,
                "leaf_hash": leaf_hash,
                "sealed_at": sealed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        entry_id = UUID(d.pop("entry_id"))

        action = d.pop("action")

        target_type = d.pop("target_type")

        target_id = d.pop("target_id")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        leaf = d.pop("leaf")

        leaf_hash = d.pop("leaf_hash")

        sealed_at = datetime.datetime.fromisoformat(d.pop("sealed_at"))

        log_entry_view = cls(
            index=index,
            entry_id=entry_id,
            action=action,
            target_type=target_type,
            target_id=target_id,
            at=at,
            leaf=leaf,
            leaf_hash=leaf_hash,
            sealed_at=sealed_at,
        )

        log_entry_view.additional_properties = d
        return log_entry_view

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
