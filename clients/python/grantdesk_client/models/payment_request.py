from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="PaymentRequest")


@_attrs_define
class PaymentRequest:
    """Pays one tranche of a grant. `transfer_id` is the idempotency key.

    Attributes:
        transfer_id (UUID):
        tranche (int): The tranche's number (1-based). Example: 1.
    """

    transfer_id: UUID
    tranche: int

    def to_dict(self) -> dict[str, Any]:
        transfer_id = str(self.transfer_id)

        tranche = self.tranche

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "transfer_id": transfer_id,
                "tranche": tranche,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transfer_id = UUID(d.pop("transfer_id"))

        tranche = d.pop("tranche")

        payment_request = cls(
            transfer_id=transfer_id,
            tranche=tranche,
        )

        return payment_request
