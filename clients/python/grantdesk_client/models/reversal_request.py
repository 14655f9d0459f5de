from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="ReversalRequest")


@_attrs_define
class ReversalRequest:
    """Reverses a credit with a new transfer (a mistake is corrected, never edited).

    Attributes:
        transfer_id (UUID): The id of the reversing transfer (idempotency key).
        reference (str):  Example: Credit booked twice.
    """

    transfer_id: UUID
    reference: str

    def to_dict(self) -> dict[str, Any]:
        transfer_id = str(self.transfer_id)

        reference = self.reference

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "transfer_id": transfer_id,
                "reference": reference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transfer_id = UUID(d.pop("transfer_id"))

        reference = d.pop("reference")

        reversal_request = cls(
            transfer_id=transfer_id,
            reference=reference,
        )

        return reversal_request
