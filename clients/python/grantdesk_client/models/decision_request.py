from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DecisionRequest")


@_attrs_define
class DecisionRequest:
    """
    Attributes:
        kind (str): selected, reserve or rejected. Example: selected.
        motivation (str):  Example: Sterke expertise, duidelijke aanpak.
        awarded (Decimal | None | Unset): For selected: at most the requested amount and the cap. Example: 48000.00.
    """

    kind: str
    motivation: str
    awarded: Decimal | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        motivation = self.motivation

        awarded: None | str | Unset
        if isinstance(self.awarded, Unset):
            awarded = UNSET
        elif isinstance(self.awarded, Decimal):
            awarded = str(self.awarded)
        else:
            awarded = self.awarded

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "motivation": motivation,
            }
        )
        if awarded is not UNSET:
            field_dict["awarded"] = awarded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")

        motivation = d.pop("motivation")

        def _parse_awarded(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                awarded_type_0 = Decimal(str(data))

                return awarded_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        awarded = _parse_awarded(d.pop("awarded", UNSET))

        decision_request = cls(
            kind=kind,
            motivation=motivation,
            awarded=awarded,
        )

        return decision_request
