from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegulationRequest")


@_attrs_define
class RegulationRequest:
    """A regulation to add (admin): a de minimis one with its ceiling and period, or a block
    exemption.

        Attributes:
            code (str): Its code, unique (at most 40 characters). Example: EU 2030/1234.
            regime (str): de_minimis, sgei_de_minimis or block_exempted. Example: de_minimis.
            title (str):  Example: Commission Regulation (EU) 2030/1234 on de minimis aid.
            source (str): Where its text is (an ELI or EUR-Lex address). Example:
                http://data.europa.eu/eli/reg/2030/1234/oj.
            valid_from (datetime.date): The first day of awards it applies to.
            ceiling (Decimal | None | Unset): De minimis regimes: the most a single undertaking may receive in the period.
                Example: 300000.00.
            period_years (int | None | Unset): De minimis regimes: the rolling period in years (1 to 10). Example: 3.
            valid_until (datetime.date | None | Unset): The last day of awards it applies to, if it ends.
    """

    code: str
    regime: str
    title: str
    source: str
    valid_from: datetime.date
    ceiling: Decimal | None | Unset = UNSET
    period_years: int | None | Unset = UNSET
    valid_until: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        regime = self.regime

        title = self.title

        source = self.source

        valid_from = self.valid_from.isoformat()

        ceiling: None | str | Unset
        if isinstance(self.ceiling, Unset):
            ceiling = UNSET
        elif isinstance(self.ceiling, Decimal):
            ceiling = str(self.ceiling)
        else:
            ceiling = self.ceiling

        period_years: int | None | Unset
        if isinstance(self.period_years, Unset):
            period_years = UNSET
        else:
            period_years = self.period_years

        valid_until: None | str | Unset
        if isinstance(self.valid_until, Unset):
            valid_until = UNSET
        elif isinstance(self.valid_until, datetime.date):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "regime": regime,
                "title": title,
                "source": source,
                "valid_from": valid_from,
            }
        )
        if ceiling is not UNSET:
            field_dict["ceiling"] = ceiling
        if period_years is not UNSET:
            field_dict["period_years"] = period_years
        if valid_until is not UNSET:
            field_dict["valid_until"] = valid_until

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        regime = d.pop("regime")

        title = d.pop("title")

        source = d.pop("source")

        valid_from = datetime.date.fromisoformat(d.pop("valid_from"))

        def _parse_ceiling(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ceiling_type_0 = Decimal(str(data))

                return ceiling_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        ceiling = _parse_ceiling(d.pop("ceiling", UNSET))

        def _parse_period_years(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        period_years = _parse_period_years(d.pop("period_years", UNSET))

        def _parse_valid_until(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_until_type_0 = datetime.date.fromisoformat(data)

                return valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        valid_until = _parse_valid_until(d.pop("valid_until", UNSET))

        regulation_request = cls(
            code=code,
            regime=regime,
            title=title,
            source=source,
            valid_from=valid_from,
            ceiling=ceiling,
            period_years=period_years,
            valid_until=valid_until,
        )

        return regulation_request
