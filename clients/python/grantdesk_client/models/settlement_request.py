from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="SettlementRequest")


@_attrs_define
class SettlementRequest:
    """Settle a grant; `transfer_id` is the idempotency key.

    Attributes:
        transfer_id (UUID):
    """

    transfer_id: UUID

    def to_dict(self) -> dict[str, Any]:
        transfer_id = str(self.transfer_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "transfer_id": transfer_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transfer_id = UUID(d.pop("transfer_id"))

        settlement_request = cls(
            transfer_id=transfer_id,
        )

        return settlement_request
