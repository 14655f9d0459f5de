from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegulationView")


@_attrs_define
class RegulationView:
    """A regulation a call's aid can rely on.

    Attributes:
        code (str):  Example: EU 2023/2831.
        regime (str):  Example: de_minimis.
        title (str):
        source (str):  Example: http://data.europa.eu/eli/reg/2023/2831/oj.
        valid_from (datetime.date):
        added_by (str): `system:migrate` for the regulations the installation knows.
        added_at (datetime.datetime):
        ceiling (Decimal | None | Unset):  Example: 300000.00.
        period_years (int | None | Unset):  Example: 3.
        valid_until (datetime.date | None | Unset):
    """

    code: str
    regime: str
    title: str
    source: str
    valid_from: datetime.date
    added_by: str
    added_at: datetime.datetime
    ceiling: Decimal | None | Unset = UNSET
    period_years: int | None | Unset = UNSET
    valid_until: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        regime = self.regime

        title = self.title

        source = self.source

        valid_from = self.valid_from.isoformat()

        added_by = self.added_by

        added_at = self.added_at.isoformat()

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
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "regime": regime,
                "title": title,
                "source": source,
                "valid_from": valid_from,
                "added_by": added_by,
                "added_at": added_at,
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

        added_by = d.pop("added_by")

        added_at = datetime.datetime.fromisoformat(d.pop("added_at"))

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

        regulation_view = cls(
            code=code,
            regime=regime,
            title=title,
            source=source,
            valid_from=valid_from,
            added_by=added_by,
            added_at=added_at,
            ceiling=ceiling,
            period_years=period_years,
            valid_until=valid_until,
        )

        regulation_view.additional_properties = d
        return regulation_view

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
