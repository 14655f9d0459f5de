from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GivingTransaction")


@_attrs_define
class GivingTransaction:
    """A paid tranche.

    Attributes:
        id (str):
        transaction_date (datetime.date): The payment's date (Brussels).
        currency (str):  Example: EUR.
        value (float): An amount in euros, written with exactly two decimals (e.g. 28800.00)
        description (str):
        provider (str): The funder's org id.
        recipient (str): The recipient's org id.
    """

    id: str
    transaction_date: datetime.date
    currency: str
    value: float
    description: str
    provider: str
    recipient: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        transaction_date = self.transaction_date.isoformat()

        currency = self.currency

        value = self.value

        description = self.description

        provider = self.provider

        recipient = self.recipient

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "transactionDate": transaction_date,
                "currency": currency,
                "value": value,
                "description": description,
                "provider": provider,
                "recipient": recipient,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        transaction_date = datetime.date.fromisoformat(d.pop("transactionDate"))

        currency = d.pop("currency")

        value = d.pop("value")

        description = d.pop("description")

        provider = d.pop("provider")

        recipient = d.pop("recipient")

        giving_transaction = cls(
            id=id,
            transaction_date=transaction_date,
            currency=currency,
            value=value,
            description=description,
            provider=provider,
            recipient=recipient,
        )

        giving_transaction.additional_properties = d
        return giving_transaction

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
