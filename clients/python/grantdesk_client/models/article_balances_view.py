from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article_balance import ArticleBalance


T = TypeVar("T", bound="ArticleBalancesView")


@_attrs_define
class ArticleBalancesView:
    """
    Attributes:
        code (str):  Example: SJ0-1SMC2GA-WT.
        budget_year (int):  Example: 2023.
        description (str):
        balances (list[ArticleBalance]): VAK and VEK.
        at (datetime.datetime | None | Unset): The instant asked for with `?at=` (the balances are then recomputed from
            the transfers
            recorded at or before it); absent for the current running totals.
    """

    code: str
    budget_year: int
    description: str
    balances: list[ArticleBalance]
    at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        budget_year = self.budget_year

        description = self.description

        balances = []
        for balances_item_data in self.balances:
            balances_item = balances_item_data.to_dict()
            balances.append(balances_item)

        at: None | str | Unset
        if isinstance(self.at, Unset):
            at = UNSET
        elif isinstance(self.at, datetime.datetime):
            at = self.at.isoformat()
        else:
            at = self.at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "budget_year": budget_year,
                "description": description,
                "balances": balances,
            }
        )
        if at is not UNSET:
            field_dict["at"] = at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_balance import ArticleBalance  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        budget_year = d.pop("budget_year")

        description = d.pop("description")

        balances = []
        _balances = d.pop("balances")
        for balances_item_data in _balances:
            balances_item = ArticleBalance.from_dict(balances_item_data)

            balances.append(balances_item)

        def _parse_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                at_type_0 = datetime.datetime.fromisoformat(data)

                return at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        at = _parse_at(d.pop("at", UNSET))

        article_balances_view = cls(
            code=code,
            budget_year=budget_year,
            description=description,
            balances=balances,
            at=at,
        )

        article_balances_view.additional_properties = d
        return article_balances_view

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
