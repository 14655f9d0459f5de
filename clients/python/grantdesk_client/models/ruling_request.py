from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RulingRequest")


@_attrs_define
class RulingRequest:
    """Staff's ruling on an objection.

    Attributes:
        ruling (str): inadmissible, rejected or upheld. Example: upheld.
        motivation (str):  Example: Bijlage 3 werd bij de beoordeling over het hoofd gezien..
        awarded (Decimal | None | Unset): Upheld, for an application without a grant: the award it is decided again with
            (within
            what it asked and the cap per project). Offered when that much is free where it would
            draw from; otherwise the application joins the reserve list at its rank. Example: 50000.00.
    """

    ruling: str
    motivation: str
    awarded: Decimal | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ruling = self.ruling

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
                "ruling": ruling,
                "motivation": motivation,
            }
        )
        if awarded is not UNSET:
            field_dict["awarded"] = awarded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ruling = d.pop("ruling")

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

        ruling_request = cls(
            ruling=ruling,
            motivation=motivation,
            awarded=awarded,
        )

        return ruling_request
