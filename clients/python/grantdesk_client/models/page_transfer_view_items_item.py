from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PageTransferViewItemsItem")


@_attrs_define
class PageTransferViewItemsItem:
    """A transfer on the ledger.

    Attributes:
        id (UUID):
        ledger_id (UUID):
        debit_account_id (UUID):
        credit_account_id (UUID):
        amount (Decimal):  Example: 750000.00.
        code (str):  Example: RESERVE.
        reference (str):
        actor (str):
        status (str): `posted` (money moved) or `refused` (stays refused on replay). Example: posted.
        created_at (datetime.datetime):
        refusal (None | str | Unset):
    """

    id: UUID
    ledger_id: UUID
    debit_account_id: UUID
    credit_account_id: UUID
    amount: Decimal
    code: str
    reference: str
    actor: str
    status: str
    created_at: datetime.datetime
    refusal: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        ledger_id = str(self.ledger_id)

        debit_account_id = str(self.debit_account_id)

        credit_account_id = str(self.credit_account_id)

        amount = str(self.amount)

        code = self.code

        reference = self.reference

        actor = self.actor

        status = self.status

        created_at = self.created_at.isoformat()

        refusal: None | str | Unset
        if isinstance(self.refusal, Unset):
            refusal = UNSET
        else:
            refusal = self.refusal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ledger_id": ledger_id,
                "debit_account_id": debit_account_id,
                "credit_account_id": credit_account_id,
                "amount": amount,
                "code": code,
                "reference": reference,
                "actor": actor,
                "status": status,
                "created_at": created_at,
            }
        )
        if refusal is not UNSET:
            field_dict["refusal"] = refusal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        ledger_id = UUID(d.pop("ledger_id"))

        debit_account_id = UUID(d.pop("debit_account_id"))

        credit_account_id = UUID(d.pop("credit_account_id"))

        amount = Decimal(str(d.pop("amount")))

        code = d.pop("code")

        reference = d.pop("reference")

        actor = d.pop("actor")

        status = d.pop("status")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_refusal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refusal = _parse_refusal(d.pop("refusal", UNSET))

        page_transfer_view_items_item = cls(
            id=id,
            ledger_id=ledger_id,
            debit_account_id=debit_account_id,
            credit_account_id=credit_account_id,
            amount=amount,
            code=code,
            reference=reference,
            actor=actor,
            status=status,
            created_at=created_at,
            refusal=refusal,
        )

        page_transfer_view_items_item.additional_properties = d
        return page_transfer_view_items_item

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
