from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.budget_category import BudgetCategory

T = TypeVar("T", bound="BudgetLineDto")


@_attrs_define
class BudgetLineDto:
    """
    Attributes:
        category (BudgetCategory): What a budget line pays for.
        description (str):  Example: Expert coaching, 40 days.
        amount (Decimal): A decimal string with at most two decimals (never a JSON number). Example: 24000.00.
    """

    category: BudgetCategory
    description: str
    amount: Decimal

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        description = self.description

        amount = str(self.amount)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "category": category,
                "description": description,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = BudgetCategory(d.pop("category"))

        description = d.pop("description")

        amount = Decimal(str(d.pop("amount")))

        budget_line_dto = cls(
            category=category,
            description=description,
            amount=amount,
        )

        return budget_line_dto
