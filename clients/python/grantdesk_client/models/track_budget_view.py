from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackBudgetView")


@_attrs_define
class TrackBudgetView:
    """A track's money; tracks without a budget of their own draw on the call's.

    Attributes:
        number (int):
        name (str):
        awarded (Decimal): Committed to this track's grants (finalised awards). Example: 0.00.
        held (Decimal): Held by this track's provisional awards (tracks with a budget of their own). Example: 0.00.
        paid (Decimal): Paid to this track's grantees (net of recoveries). Example: 0.00.
        released_from_grants (Decimal): Released from this track's grants at settlement. Example: 0.00.
        freed (Decimal): Freed by this track's awards that were renounced or not accepted in time. Example: 0.00.
        budget (Decimal | None | Unset):  Example: 250000.00.
        remaining (Decimal | None | Unset): Left of the track's own budget (null for tracks without one). Example:
            250000.00.
    """

    number: int
    name: str
    awarded: Decimal
    held: Decimal
    paid: Decimal
    released_from_grants: Decimal
    freed: Decimal
    budget: Decimal | None | Unset = UNSET
    remaining: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        name = self.name

        awarded = str(self.awarded)

        held = str(self.held)

        paid = str(self.paid)

        released_from_grants = str(self.released_from_grants)

        freed = str(self.freed)

        budget: None | str | Unset
        if isinstance(self.budget, Unset):
            budget = UNSET
        elif isinstance(self.budget, Decimal):
            budget = str(self.budget)
        else:
            budget = self.budget

        remaining: None | str | Unset
        if isinstance(self.remaining, Unset):
            remaining = UNSET
        elif isinstance(self.remaining, Decimal):
            remaining = str(self.remaining)
        else:
            remaining = self.remaining

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "name": name,
                "awarded": awarded,
                "held": held,
                "paid": paid,
                "released_from_grants": released_from_grants,
                "freed": freed,
            }
        )
        if budget is not UNSET:
            field_dict["budget"] = budget
        if remaining is not UNSET:
            field_dict["remaining"] = remaining

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        name = d.pop("name")

        awarded = Decimal(str(d.pop("awarded")))

        held = Decimal(str(d.pop("held")))

        paid = Decimal(str(d.pop("paid")))

        released_from_grants = Decimal(str(d.pop("released_from_grants")))

        freed = Decimal(str(d.pop("freed")))

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

        def _parse_remaining(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                remaining_type_0 = Decimal(str(data))

                return remaining_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        remaining = _parse_remaining(d.pop("remaining", UNSET))

        track_budget_view = cls(
            number=number,
            name=name,
            awarded=awarded,
            held=held,
            paid=paid,
            released_from_grants=released_from_grants,
            freed=freed,
            budget=budget,
            remaining=remaining,
        )

        track_budget_view.additional_properties = d
        return track_budget_view

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
