from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeclaredAidView")


@_attrs_define
class DeclaredAidView:
    """Aid a member declared in a submitted application.

    Attributes:
        authority (str): Who granted it. Example: Agentschap Innoveren & Ondernemen.
        granted_on (datetime.date): The day the legal right to it was conferred (not after today, in Brussels). Example:
            2025-05-12.
        amount (Decimal): A decimal string with at most two decimals, above zero. Example: 20000.00.
        regulation (str): The regulation it was granted under. Example: EU 2023/2831.
        organisation_id (UUID):
    """

    authority: str
    granted_on: datetime.date
    amount: Decimal
    regulation: str
    organisation_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authority = self.authority

        granted_on = self.granted_on.isoformat()

        amount = str(self.amount)

        regulation = self.regulation

        organisation_id = str(self.organisation_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authority": authority,
                "granted_on": granted_on,
                "amount": amount,
                "regulation": regulation,
                "organisation_id": organisation_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authority = d.pop("authority")

        granted_on = datetime.date.fromisoformat(d.pop("granted_on"))

        amount = Decimal(str(d.pop("amount")))

        regulation = d.pop("regulation")

        organisation_id = UUID(d.pop("organisation_id"))

        declared_aid_view = cls(
            authority=authority,
            granted_on=granted_on,
            amount=amount,
            regulation=regulation,
            organisation_id=organisation_id,
        )

        declared_aid_view.additional_properties = d
        return declared_aid_view

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
