from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaymentView")


@_attrs_define
class PaymentView:
    """
    Attributes:
        id (UUID):
        grant_id (UUID):
        tranche (int):
        amount (Decimal):  Example: 28800.00.
        vek_transfer_id (UUID): The VEK transfer (the VAK transfer has the payment's id).
        paid_at (datetime.datetime):
    """

    id: UUID
    grant_id: UUID
    tranche: int
    amount: Decimal
    vek_transfer_id: UUID
    paid_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        grant_id = str(self.grant_id)

        tranche = self.tranche

        amount = str(self.amount)

        vek_transfer_id = str(self.vek_transfer_id)

        paid_at = self.paid_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "grant_id": grant_id,
                "tranche": tranche,
                "amount": amount,
                "vek_transfer_id": vek_transfer_id,
                "paid_at": paid_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        grant_id = UUID(d.pop("grant_id"))

        tranche = d.pop("tranche")

        amount = Decimal(str(d.pop("amount")))

        vek_transfer_id = UUID(d.pop("vek_transfer_id"))

        paid_at = datetime.datetime.fromisoformat(d.pop("paid_at"))

        payment_view = cls(
            id=id,
            grant_id=grant_id,
            tranche=tranche,
            amount=amount,
            vek_transfer_id=vek_transfer_id,
            paid_at=paid_at,
        )

        payment_view.additional_properties = d
        return payment_view

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
