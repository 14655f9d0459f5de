from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.budget_category import BudgetCategory

T = TypeVar("T", bound="BudgetLineView")


@_attrs_define
class BudgetLineView:
    """
    Attributes:
        category (BudgetCategory): What a budget line pays for.
        description (str):
        amount (Decimal):  Example: 24000.00.
    """

    category: BudgetCategory
    description: str
    amount: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        description = self.description

        amount = str(self.amount)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        budget_line_view = cls(
            category=category,
            description=description,
            amount=amount,
        )

        budget_line_view.additional_properties = d
        return budget_line_view

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
