from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.budget_line_dto import BudgetLineDto


T = TypeVar("T", bound="BudgetLinesRequest")


@_attrs_define
class BudgetLinesRequest:
    """A draft's budget lines, replacing the ones it has (the rest of the content stays).

    Attributes:
        budget_lines (list[BudgetLineDto]): The new lines; the requested amount becomes their exact sum.
    """

    budget_lines: list[BudgetLineDto]

    def to_dict(self) -> dict[str, Any]:
        budget_lines = []
        for budget_lines_item_data in self.budget_lines:
            budget_lines_item = budget_lines_item_data.to_dict()
            budget_lines.append(budget_lines_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "budget_lines": budget_lines,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.budget_line_dto import BudgetLineDto  # noqa: PLC0415

        d = dict(src_dict)
        budget_lines = []
        _budget_lines = d.pop("budget_lines")
        for budget_lines_item_data in _budget_lines:
            budget_lines_item = BudgetLineDto.from_dict(budget_lines_item_data)

            budget_lines.append(budget_lines_item)

        budget_lines_request = cls(
            budget_lines=budget_lines,
        )

        return budget_lines_request
