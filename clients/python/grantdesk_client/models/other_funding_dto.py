from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.funding_status import FundingStatus

T = TypeVar("T", bound="OtherFundingDto")


@_attrs_define
class OtherFundingDto:
    """Other funding asked for this same project, from another funder.

    Attributes:
        funder (str):  Example: Fonds Sociale Impuls.
        amount (Decimal): A decimal string with at most two decimals, above zero. Example: 15000.00.
        status (FundingStatus): Where a request for other funding stands.
    """

    funder: str
    amount: Decimal
    status: FundingStatus

    def to_dict(self) -> dict[str, Any]:
        funder = self.funder

        amount = str(self.amount)

        status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "funder": funder,
                "amount": amount,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        funder = d.pop("funder")

        amount = Decimal(str(d.pop("amount")))

        status = FundingStatus(d.pop("status"))

        other_funding_dto = cls(
            funder=funder,
            amount=amount,
            status=status,
        )

        return other_funding_dto
