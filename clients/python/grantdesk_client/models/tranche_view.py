from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrancheView")


@_attrs_define
class TrancheView:
    """
    Attributes:
        number (int): 1-based.
        label (str):  Example: advance.
        percent (int):  Example: 60.
        trigger (str): start or final_report. Example: start.
        amount (Decimal): What the tranche pays; the last is the committed amount minus what was paid before it.
            Example: 28800.00.
        paid_at (datetime.datetime | None | Unset):
        payment_id (None | Unset | UUID):
    """

    number: int
    label: str
    percent: int
    trigger: str
    amount: Decimal
    paid_at: datetime.datetime | None | Unset = UNSET
    payment_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        label = self.label

        percent = self.percent

        trigger = self.trigger

        amount = str(self.amount)

        paid_at: None | str | Unset
        if isinstance(self.paid_at, Unset):
            paid_at = UNSET
        elif isinstance(self.paid_at, datetime.datetime):
            paid_at = self.paid_at.isoformat()
        else:
            paid_at = self.paid_at

        payment_id: None | str | Unset
        if isinstance(self.payment_id, Unset):
            payment_id = UNSET
        elif isinstance(self.payment_id, UUID):
            payment_id = str(self.payment_id)
        else:
            payment_id = self.payment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "label": label,
                "percent": percent,
                "trigger": trigger,
                "amount": amount,
            }
        )
        if paid_at is not UNSET:
            field_dict["paid_at"] = paid_at
        if payment_id is not UNSET:
            field_dict["payment_id"] = payment_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        label = d.pop("label")

        percent = d.pop("percent")

        trigger = d.pop("trigger")

        amount = Decimal(str(d.pop("amount")))

        def _parse_paid_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paid_at_type_0 = datetime.datetime.fromisoformat(data)

                return paid_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        paid_at = _parse_paid_at(d.pop("paid_at", UNSET))

        def _parse_payment_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payment_id_type_0 = UUID(data)

                return payment_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        payment_id = _parse_payment_id(d.pop("payment_id", UNSET))

        tranche_view = cls(
            number=number,
            label=label,
            percent=percent,
            trigger=trigger,
            amount=amount,
            paid_at=paid_at,
            payment_id=payment_id,
        )

        tranche_view.additional_properties = d
        return tranche_view

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
