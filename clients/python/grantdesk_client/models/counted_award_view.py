from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CountedAwardView")


@_attrs_define
class CountedAwardView:
    """An award counted under a regulation's ceiling.

    Attributes:
        application_id (UUID): The application awarded (its grant, once the selection is final, has the same id).
        organisation_id (UUID): The member of the single undertaking it went to.
        call_reference (str):  Example: EXP23.
        regulation (str): The regulation of its call. Example: EU 2023/2831.
        award_date (datetime.date): The Brussels day it counts from: the selection's end (while the selection runs, the
            day
            it was held), or the offer from the reserve list.
        amount (Decimal):  Example: 50000.00.
    """

    application_id: UUID
    organisation_id: UUID
    call_reference: str
    regulation: str
    award_date: datetime.date
    amount: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = str(self.application_id)

        organisation_id = str(self.organisation_id)

        call_reference = self.call_reference

        regulation = self.regulation

        award_date = self.award_date.isoformat()

        amount = str(self.amount)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "organisation_id": organisation_id,
                "call_reference": call_reference,
                "regulation": regulation,
                "award_date": award_date,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = UUID(d.pop("application_id"))

        organisation_id = UUID(d.pop("organisation_id"))

        call_reference = d.pop("call_reference")

        regulation = d.pop("regulation")

        award_date = datetime.date.fromisoformat(d.pop("award_date"))

        amount = Decimal(str(d.pop("amount")))

        counted_award_view = cls(
            application_id=application_id,
            organisation_id=organisation_id,
            call_reference=call_reference,
            regulation=regulation,
            award_date=award_date,
            amount=amount,
        )

        counted_award_view.additional_properties = d
        return counted_award_view

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
