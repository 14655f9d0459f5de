from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegisterEntry")


@_attrs_define
class RegisterEntry:
    """One award in the subsidy register: the fields a public register publishes.

    Attributes:
        grant_id (UUID):
        beneficiary_name (str):  Example: Stad Genk.
        enterprise_number (str): The beneficiary's enterprise number (KBO/BCE). Example: 0207.451.227.
        amount_awarded (Decimal): The amount awarded (the commitment), a decimal string. Example: 50000.00.
        award_date (datetime.date): The day the legal right was conferred (the decision letter, or the offer from the
            reserve list), in Brussels.
        budget_article (str):  Example: SJ0-1SMC2GA-WT.
        budget_year (int):
        purpose (str): What the money is for: the project's title. Example: Expertenpool Limburg.
        call_reference (str):  Example: EXP23.
        aid_regime (str): not_state_aid, de_minimis, sgei_de_minimis or block_exempted. Example: de_minimis.
        legal_basis (None | str | Unset): The government decision the call rests on (its approval's reference), if
            recorded. Example: VR 2023 0707 DOC.0815.
        regulation (None | str | Unset): The regulation the aid relies on (de minimis and block-exempted aid). Example:
            EU 2023/2831.
        gber_article (None | str | Unset): The GBER article (block-exempted aid).
    """

    grant_id: UUID
    beneficiary_name: str
    enterprise_number: str
    amount_awarded: Decimal
    award_date: datetime.date
    budget_article: str
    budget_year: int
    purpose: str
    call_reference: str
    aid_regime: str
    legal_basis: None | str | Unset = UNSET
    regulation: None | str | Unset = UNSET
    gber_article: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_id = str(self.grant_id)

        beneficiary_name = self.beneficiary_name

        enterprise_number = self.enterprise_number

        amount_awarded = str(self.amount_awarded)

        award_date = self.award_date.isoformat()

        budget_article = self.budget_article

        budget_year = self.budget_year

        purpose = self.purpose

        call_reference = self.call_reference

        aid_regime = self.aid_regime

        legal_basis: None | str | Unset
        if isinstance(self.legal_basis, Unset):
            legal_basis = UNSET
        else:
            legal_basis = self.legal_basis

        regulation: None | str | Unset
        if isinstance(self.regulation, Unset):
            regulation = UNSET
        else:
            regulation = self.regulation

        gber_article: None | str | Unset
        if isinstance(self.gber_article, Unset):
            gber_article = UNSET
        else:
            gber_article = self.gber_article

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_id": grant_id,
                "beneficiary_name": beneficiary_name,
                "enterprise_number": enterprise_number,
                "amount_awarded": amount_awarded,
                "award_date": award_date,
                "budget_article": budget_article,
                "budget_year": budget_year,
                "purpose": purpose,
                "call_reference": call_reference,
                "aid_regime": aid_regime,
            }
        )
        if legal_basis is not UNSET:
            field_dict["legal_basis"] = legal_basis
        if regulation is not UNSET:
            field_dict["regulation"] = regulation
        if gber_article is not UNSET:
            field_dict["gber_article"] = gber_article

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grant_id = UUID(d.pop("grant_id"))

        beneficiary_name = d.pop("beneficiary_name")

        enterprise_number = d.pop("enterprise_number")

        amount_awarded = Decimal(str(d.pop("amount_awarded")))

        award_date = datetime.date.fromisoformat(d.pop("award_date"))

        budget_article = d.pop("budget_article")

        budget_year = d.pop("budget_year")

        purpose = d.pop("purpose")

        call_reference = d.pop("call_reference")

        aid_regime = d.pop("aid_regime")

        def _parse_legal_basis(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        legal_basis = _parse_legal_basis(d.pop("legal_basis", UNSET))

        def _parse_regulation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        regulation = _parse_regulation(d.pop("regulation", UNSET))

        def _parse_gber_article(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gber_article = _parse_gber_article(d.pop("gber_article", UNSET))

        register_entry = cls(
            grant_id=grant_id,
            beneficiary_name=beneficiary_name,
            enterprise_number=enterprise_number,
            amount_awarded=amount_awarded,
            award_date=award_date,
            budget_article=budget_article,
            budget_year=budget_year,
            purpose=purpose,
            call_reference=call_reference,
            aid_regime=aid_regime,
            legal_basis=legal_basis,
            regulation=regulation,
            gber_article=gber_article,
        )

        register_entry.additional_properties = d
        return register_entry

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
