from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ArticleBalance")


@_attrs_define
class ArticleBalance:
    """One ledger's figures for an article and year, exact to the cent, from running totals.

    Attributes:
        credit_type (str):  Example: VAK.
        credit (Decimal): Credited (net of reversals). Example: 750000.00.
        reserved_for_calls (Decimal): Reserved for open calls (net of releases). Example: 750000.00.
        committed (Decimal): Committed to grants (VAK; before releases at settlement, net of awards renounced or not
            accepted in time). Example: 0.00.
        paid (Decimal): Liquidated (VAK) or paid (VEK) to grantees, net of recoveries. Example: 0.00.
        recovered (Decimal): Booked back from grantees whose advances exceeded what was due. Example: 0.00.
        released (Decimal): Given back to the article: `released_from_calls` + `released_from_grants`. Example: 0.00.
        released_from_calls (Decimal): Call budgets given back (cancelled calls). Example: 0.00.
        released_from_grants (Decimal): Commitments released when grants were settled for less than committed. Example:
            0.00.
        available (Decimal): Still available on the article: for new calls (VAK) or payments (VEK). Example: 0.00.
    """

    credit_type: str
    credit: Decimal
    reserved_for_calls: Decimal
    committed: Decimal
    paid: Decimal
    recovered: Decimal
    released: Decimal
    released_from_calls: Decimal
    released_from_grants: Decimal
    available: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credit_type = self.credit_type

        credit = str(self.credit)

        reserved_for_calls = str(self.reserved_for_calls)

        committed = str(self.committed)

        paid = str(self.paid)

        recovered = str(self.recovered)

        released = str(self.released)

        released_from_calls = str(self.released_from_calls)

        released_from_grants = str(self.released_from_grants)

        available = str(self.available)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credit_type": credit_type,
                "credit": credit,
                "reserved_for_calls": reserved_for_calls,
                "committed": committed,
                "paid": paid,
                "recovered": recovered,
                "released": released,
                "released_from_calls": released_from_calls,
                "released_from_grants": released_from_grants,
                "available": available,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credit_type = d.pop("credit_type")

        credit = Decimal(str(d.pop("credit")))

        reserved_for_calls = Decimal(str(d.pop("reserved_for_calls")))

        committed = Decimal(str(d.pop("committed")))

        paid = Decimal(str(d.pop("paid")))

        recovered = Decimal(str(d.pop("recovered")))

        released = Decimal(str(d.pop("released")))

        released_from_calls = Decimal(str(d.pop("released_from_calls")))

        released_from_grants = Decimal(str(d.pop("released_from_grants")))

        available = Decimal(str(d.pop("available")))

        article_balance = cls(
            credit_type=credit_type,
            credit=credit,
            reserved_for_calls=reserved_for_calls,
            committed=committed,
            paid=paid,
            recovered=recovered,
            released=released,
            released_from_calls=released_from_calls,
            released_from_grants=released_from_grants,
            available=available,
        )

        article_balance.additional_properties = d
        return article_balance

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
