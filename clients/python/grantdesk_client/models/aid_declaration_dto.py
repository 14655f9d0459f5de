from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AidDeclarationDto")


@_attrs_define
class AidDeclarationDto:
    """De minimis aid received from another granting authority (or under another regulation) in the
    three years before the application.

        Attributes:
            authority (str): Who granted it. Example: Agentschap Innoveren & Ondernemen.
            granted_on (datetime.date): The day the legal right to it was conferred (not after today, in Brussels). Example:
                2025-05-12.
            amount (Decimal): A decimal string with at most two decimals, above zero. Example: 20000.00.
            regulation (str): The regulation it was granted under. Example: EU 2023/2831.
    """

    authority: str
    granted_on: datetime.date
    amount: Decimal
    regulation: str

    def to_dict(self) -> dict[str, Any]:
        authority = self.authority

        granted_on = self.granted_on.isoformat()

        amount = str(self.amount)

        regulation = self.regulation

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "authority": authority,
                "granted_on": granted_on,
                "amount": amount,
                "regulation": regulation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authority = d.pop("authority")

        granted_on = datetime.date.fromisoformat(d.pop("granted_on"))

        amount = Decimal(str(d.pop("amount")))

        regulation = d.pop("regulation")

        aid_declaration_dto = cls(
            authority=authority,
            granted_on=granted_on,
            amount=amount,
            regulation=regulation,
        )

        return aid_declaration_dto
