from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PageCheckpointViewItemsItem")


@_attrs_define
class PageCheckpointViewItemsItem:
    """A signed checkpoint: the log had `tree_size` entries with this root.

    Attributes:
        origin (str): The log's name (the first line of the note). Example: grantdesk.local/audit.
        tree_size (int):
        root_hash (str): The RFC 9162 root hash, hexadecimal. Example:
            6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d.
        note (str): The C2SP `tlog-checkpoint` in a C2SP `signed-note` (Ed25519), as standard tools read it.
        verifier_key (str): The log's public key in the note format (`name+keyid+base64(0x01 ‖ key)`), to check
            `note` with.
        signed_at (datetime.datetime):
    """

    origin: str
    tree_size: int
    root_hash: str
    note: str
    verifier_key: str
    signed_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        origin = self.origin

        tree_size = self.tree_size

        root_hash = self.root_hash

        note = self.note

        verifier_key = self.verifier_key

        signed_at = self.signed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "origin": origin,
                "tree_size": tree_size,
                "root_hash": root_hash,
                "note": note,
                "verifier_key": verifier_key,
                "signed_at": signed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        origin = d.pop("origin")

        tree_size = d.pop("tree_size")

        root_hash = d.pop("root_hash")

        note = d.pop("note")

        verifier_key = d.pop("verifier_key")

        signed_at = datetime.datetime.fromisoformat(d.pop("signed_at"))

        page_checkpoint_view_items_item = cls(
            origin=origin,
            tree_size=tree_size,
            root_hash=root_hash,
            note=note,
            verifier_key=verifier_key,
            signed_at=signed_at,
        )

        page_checkpoint_view_items_item.additional_properties = d
        return page_checkpoint_view_items_item

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
