from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SettlementView")


@_attrs_define
class SettlementView:
    """
    Attributes:
        id (UUID):
        grant_id (UUID):
        report_id (UUID): The accepted final report.
        accepted_spend (Decimal):  Example: 41250.00.
        paid_before (Decimal): Paid before the settlement (the advances). Example: 28800.00.
        balance (Decimal): Paid now: min(committed, accepted spend) − paid before, when positive. Example: 12450.00.
        recovery (Decimal): Booked back when the advances exceeded what is due. Example: 0.00.
        release (Decimal): Decommitted back to the article's available credit: committed − min(committed, accepted
            spend). Example: 6750.00.
        settled_by (str):
        settled_at (datetime.datetime):
    """

    id: UUID
    grant_id: UUID
    report_id: UUID
    accepted_spend: Decimal
    paid_before: Decimal
    balance: Decimal
    recovery: Decimal
    release: Decimal
    settled_by: str
    settled_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        grant_id = str(self.grant_id)

        report_id = str(self.report_id)

        accepted_spend = str(self.accepted_spend)

        paid_before = str(self.paid_before)

        balance = str(self.balance)

        recovery = str(self.recovery)

        release = str(self.release)

        settled_by = self.settled_by

        settled_at = self.settled_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "grant_id": grant_id,
                "report_id": report_id,
                "accepted_spend": accepted_spend,
                "paid_before": paid_before,
                "balance": balance,
                "recovery": recovery,
                "release": release,
                "settled_by": settled_by,
                "settled_at": settled_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        grant_id = UUID(d.pop("grant_id"))

        report_id = UUID(d.pop("report_id"))

        accepted_spend = Decimal(str(d.pop("accepted_spend")))

        paid_before = Decimal(str(d.pop("paid_before")))

        balance = Decimal(str(d.pop("balance")))

        recovery = Decimal(str(d.pop("recovery")))

        release = Decimal(str(d.pop("release")))

        settled_by = d.pop("settled_by")

        settled_at = datetime.datetime.fromisoformat(d.pop("settled_at"))

        settlement_view = cls(
            id=id,
            grant_id=grant_id,
            report_id=report_id,
            accepted_spend=accepted_spend,
            paid_before=paid_before,
            balance=balance,
            recovery=recovery,
            release=release,
            settled_by=settled_by,
            settled_at=settled_at,
        )

        settlement_view.additional_properties = d
        return settlement_view

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
