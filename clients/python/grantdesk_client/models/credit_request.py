from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditRequest")


@_attrs_define
class CreditRequest:
    """Credits an article with (part of) its appropriation. `transfer_id` makes it idempotent:
    replaying the same id and payload has one effect and returns the same answer.

        Attributes:
            transfer_id (UUID):
            amount (Decimal):  Example: 750000.00.
            reference (str):  Example: Begroting 2023, initieel krediet.
            credit_type (str | Unset): VAK (vastleggingskrediet, commitment credit; the default) or VEK
                (vereffeningskrediet,
                payment credit). Default: 'VAK'. Example: VAK.
    """

    transfer_id: UUID
    amount: Decimal
    reference: str
    credit_type: str | Unset = "VAK"

    def to_dict(self) -> dict[str, Any]:
        transfer_id = str(self.transfer_id)

        amount = str(self.amount)

        reference = self.reference

        credit_type = self.credit_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "transfer_id": transfer_id,
                "amount": amount,
                "reference": reference,
            }
        )
        if credit_type is not UNSET:
            field_dict["credit_type"] = credit_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transfer_id = UUID(d.pop("transfer_id"))

        amount = Decimal(str(d.pop("amount")))

        reference = d.pop("reference")

        credit_type = d.pop("credit_type", UNSET)

        credit_request = cls(
            transfer_id=transfer_id,
            amount=amount,
            reference=reference,
            credit_type=credit_type,
        )

        return credit_request
