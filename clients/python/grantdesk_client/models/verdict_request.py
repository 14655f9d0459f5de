from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="VerdictRequest")


@_attrs_define
class VerdictRequest:
    """The admin's verdict on the latest final report.

    Attributes:
        verdict (str): accepted or rejected. Example: accepted.
        accepted_spend (Decimal | None | Unset): What is accepted of the reported spend; at most the reported amount,
            which is the
            default. Only with an acceptance. Example: 41250.00.
        motivation (None | str | Unset): Why; required when rejecting or accepting less than reported.
    """

    verdict: str
    accepted_spend: Decimal | None | Unset = UNSET
    motivation: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        verdict = self.verdict

        accepted_spend: None | str | Unset
        if isinstance(self.accepted_spend, Unset):
            accepted_spend = UNSET
        elif isinstance(self.accepted_spend, Decimal):
            accepted_spend = str(self.accepted_spend)
        else:
            accepted_spend = self.accepted_spend

        motivation: None | str | Unset
        if isinstance(self.motivation, Unset):
            motivation = UNSET
        else:
            motivation = self.motivation

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "verdict": verdict,
            }
        )
        if accepted_spend is not UNSET:
            field_dict["accepted_spend"] = accepted_spend
        if motivation is not UNSET:
            field_dict["motivation"] = motivation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        verdict = d.pop("verdict")

        def _parse_accepted_spend(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                accepted_spend_type_0 = Decimal(str(data))

                return accepted_spend_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        accepted_spend = _parse_accepted_spend(d.pop("accepted_spend", UNSET))

        def _parse_motivation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        motivation = _parse_motivation(d.pop("motivation", UNSET))

        verdict_request = cls(
            verdict=verdict,
            accepted_spend=accepted_spend,
            motivation=motivation,
        )

        return verdict_request
