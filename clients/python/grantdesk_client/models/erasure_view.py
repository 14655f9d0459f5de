from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ErasureView")


@_attrs_define
class ErasureView:
    """What an erasure did.

    Attributes:
        id (UUID): The erasure's id (in the audit trail as `personal_data.erase`).
        user_id (UUID):
        entries_erased (int): Audit entries whose personal data was erased now (their sealed facts, commitments and
            proofs stay; reading them shows `[erased]` where a personal value was).
        erased_at (datetime.datetime):
    """

    id: UUID
    user_id: UUID
    entries_erased: int
    erased_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        user_id = str(self.user_id)

        entries_erased = self.entries_erased

        erased_at = self.erased_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "entries_erased": entries_erased,
                "erased_at": erased_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        user_id = UUID(d.pop("user_id"))

        entries_erased = d.pop("entries_erased")

        erased_at = datetime.datetime.fromisoformat(d.pop("erased_at"))

        erasure_view = cls(
            id=id,
            user_id=user_id,
            entries_erased=entries_erased,
            erased_at=erased_at,
        )

        erasure_view.additional_properties = d
        return erasure_view

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
