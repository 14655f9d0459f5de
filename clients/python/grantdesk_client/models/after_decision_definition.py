from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AfterDecisionDefinition")


@_attrs_define
class AfterDecisionDefinition:
    """What a call sets for the time after its decision: the periods (in days, counted as Belgian
    law counts them: from the day after the letter, a last day on a weekend or legal holiday
    runs on to the next working day), the reserve list, partial awards.

        Attributes:
            acceptance_days (int | Unset): Days to accept or renounce an award, after its letter or offer (1 to 365; 30).
                Default: 30. Example: 30.
            objection_days (int | Unset): Days to lodge an objection after the decision letter (1 to 365; 30). Default: 30.
                Example: 30.
            reserve_days (int | Unset): Days after the selection is final during which freed money is offered to the reserve
                list (1 to 365; 365). Default: 365. Example: 365.
            reserve_threshold (Decimal | Unset): The lowest score (0 to 100, two decimals) that puts an eligible application
                that did
                not fit the budget on the reserve list ("0.00": every scored one). Default: Decimal('0.00'). Example: 60.00.
            partial_awards (bool | Unset): Whether the first in line may be offered less than it asked when nobody fits
                whole. Default: False.
    """

    acceptance_days: int | Unset = 30
    objection_days: int | Unset = 30
    reserve_days: int | Unset = 365
    reserve_threshold: Decimal | Unset = Decimal("0.00")
    partial_awards: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        acceptance_days = self.acceptance_days

        objection_days = self.objection_days

        reserve_days = self.reserve_days

        reserve_threshold: str | Unset = UNSET
        if not isinstance(self.reserve_threshold, Unset):
            reserve_threshold = str(self.reserve_threshold)

        partial_awards = self.partial_awards

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if acceptance_days is not UNSET:
            field_dict["acceptance_days"] = acceptance_days
        if objection_days is not UNSET:
            field_dict["objection_days"] = objection_days
        if reserve_days is not UNSET:
            field_dict["reserve_days"] = reserve_days
        if reserve_threshold is not UNSET:
            field_dict["reserve_threshold"] = reserve_threshold
        if partial_awards is not UNSET:
            field_dict["partial_awards"] = partial_awards

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acceptance_days = d.pop("acceptance_days", UNSET)

        objection_days = d.pop("objection_days", UNSET)

        reserve_days = d.pop("reserve_days", UNSET)

        _reserve_threshold = d.pop("reserve_threshold", UNSET)
        reserve_threshold: Decimal | Unset
        if isinstance(_reserve_threshold, Unset):
            reserve_threshold = UNSET
        else:
            reserve_threshold = Decimal(str(_reserve_threshold))

        partial_awards = d.pop("partial_awards", UNSET)

        after_decision_definition = cls(
            acceptance_days=acceptance_days,
            objection_days=objection_days,
            reserve_days=reserve_days,
            reserve_threshold=reserve_threshold,
            partial_awards=partial_awards,
        )

        return after_decision_definition
