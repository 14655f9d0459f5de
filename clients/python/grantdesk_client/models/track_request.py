from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackRequest")


@_attrs_define
class TrackRequest:
    """
    Attributes:
        name (str):  Example: Individuele ondersteuning van lokale besturen.
        budget (Decimal | None | Unset): Optional budget reserved for this track. Example: 250000.00.
    """

    name: str
    budget: Decimal | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        budget: None | str | Unset
        if isinstance(self.budget, Unset):
            budget = UNSET
        elif isinstance(self.budget, Decimal):
            budget = str(self.budget)
        else:
            budget = self.budget

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if budget is not UNSET:
            field_dict["budget"] = budget

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_budget(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                budget_type_0 = Decimal(str(data))

                return budget_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        budget = _parse_budget(d.pop("budget", UNSET))

        track_request = cls(
            name=name,
            budget=budget,
        )

        return track_request
