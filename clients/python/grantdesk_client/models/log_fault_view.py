from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LogFaultView")


@_attrs_define
class LogFaultView:
    """
    Attributes:
        kind (str): `entry`, `node` or `checkpoint`.
        at (str): The entry's index, the node's `level/index`, or the checkpoint's tree size.
        reason (str):
        entry_id (None | str | Unset):
    """

    kind: str
    at: str
    reason: str
    entry_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        at = self.at

        reason = self.reason

        entry_id: None | str | Unset
        if isinstance(self.entry_id, Unset):
            entry_id = UNSET
        else:
            entry_id = self.entry_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "at": at,
                "reason": reason,
            }
        )
        if entry_id is not UNSET:
            field_dict["entry_id"] = entry_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")

        at = d.pop("at")

        reason = d.pop("reason")

        def _parse_entry_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entry_id = _parse_entry_id(d.pop("entry_id", UNSET))

        log_fault_view = cls(
            kind=kind,
            at=at,
            reason=reason,
            entry_id=entry_id,
        )

        log_fault_view.additional_properties = d
        return log_fault_view

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
