from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.giving_dates import GivingDates
    from ..models.giving_organization import GivingOrganization
    from ..models.giving_programme import GivingProgramme
    from ..models.giving_transaction import GivingTransaction


T = TypeVar("T", bound="GivingGrant")


@_attrs_define
class GivingGrant:
    """One grant in the 360Giving Data Standard 1.4.

    Attributes:
        id (str): The configured prefix followed by the grant's id. Example:
            360G-grantdesk-0b6f3c1e-0000-4000-8000-000000000001.
        title (str): The application's title.
        description (str): The application's summary (its title when it has none).
        currency (str):  Example: EUR.
        amount_awarded (float): An amount in euros, written with exactly two decimals (e.g. 28800.00)
        amount_disbursed (float): An amount in euros, written with exactly two decimals (e.g. 28800.00)
        award_date (datetime.date): The date (Brussels) the selection was finalised.
        from_open_call (str):  Example: Yes.
        recipient_organization (list[GivingOrganization]):
        funding_organization (list[GivingOrganization]):
        grant_programme (list[GivingProgramme]):
        planned_dates (list[GivingDates]):
        disbursement_transaction (list[GivingTransaction]): The payments of the grant's tranches, and a recovery at
            settlement as a negative
            transaction.
    """

    id: str
    title: str
    description: str
    currency: str
    amount_awarded: float
    amount_disbursed: float
    award_date: datetime.date
    from_open_call: str
    recipient_organization: list[GivingOrganization]
    funding_organization: list[GivingOrganization]
    grant_programme: list[GivingProgramme]
    planned_dates: list[GivingDates]
    disbursement_transaction: list[GivingTransaction]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        description = self.description

        currency = self.currency

        amount_awarded = self.amount_awarded

        amount_disbursed = self.amount_disbursed

        award_date = self.award_date.isoformat()

        from_open_call = self.from_open_call

        recipient_organization = []
        for recipient_organization_item_data in self.recipient_organization:
            recipient_organization_item = recipient_organization_item_data.to_dict()
            recipient_organization.append(recipient_organization_item)

        funding_organization = []
        for funding_organization_item_data in self.funding_organization:
            funding_organization_item = funding_organization_item_data.to_dict()
            funding_organization.append(funding_organization_item)

        grant_programme = []
        for grant_programme_item_data in self.grant_programme:
            grant_programme_item = grant_programme_item_data.to_dict()
            grant_programme.append(grant_programme_item)

        planned_dates = []
        for planned_dates_item_data in self.planned_dates:
            planned_dates_item = planned_dates_item_data.to_dict()
            planned_dates.append(planned_dates_item)

        disbursement_transaction = []
        for disbursement_transaction_item_data in self.disbursement_transaction:
            disbursement_transaction_item = disbursement_transaction_item_data.to_dict()
            disbursement_transaction.append(disbursement_transaction_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "description": description,
                "currency": currency,
                "amountAwarded": amount_awarded,
                "amountDisbursed": amount_disbursed,
                "awardDate": award_date,
                "fromOpenCall": from_open_call,
                "recipientOrganization": recipient_organization,
                "fundingOrganization": funding_organization,
                "grantProgramme": grant_programme,
                "plannedDates": planned_dates,
                "disbursementTransaction": disbursement_transaction,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.giving_dates import GivingDates  # noqa: PLC0415
        from ..models.giving_organization import GivingOrganization  # noqa: PLC0415
        from ..models.giving_programme import GivingProgramme  # noqa: PLC0415
        from ..models.giving_transaction import GivingTransaction  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        description = d.pop("description")

        currency = d.pop("currency")

        amount_awarded = d.pop("amountAwarded")

        amount_disbursed = d.pop("amountDisbursed")

        award_date = datetime.date.fromisoformat(d.pop("awardDate"))

        from_open_call = d.pop("fromOpenCall")

        recipient_organization = []
        _recipient_organization = d.pop("recipientOrganization")
        for recipient_organization_item_data in _recipient_organization:
            recipient_organization_item = GivingOrganization.from_dict(recipient_organization_item_data)

            recipient_organization.append(recipient_organization_item)

        funding_organization = []
        _funding_organization = d.pop("fundingOrganization")
        for funding_organization_item_data in _funding_organization:
            funding_organization_item = GivingOrganization.from_dict(funding_organization_item_data)

            funding_organization.append(funding_organization_item)

        grant_programme = []
        _grant_programme = d.pop("grantProgramme")
        for grant_programme_item_data in _grant_programme:
            grant_programme_item = GivingProgramme.from_dict(grant_programme_item_data)

            grant_programme.append(grant_programme_item)

        planned_dates = []
        _planned_dates = d.pop("plannedDates")
        for planned_dates_item_data in _planned_dates:
            planned_dates_item = GivingDates.from_dict(planned_dates_item_data)

            planned_dates.append(planned_dates_item)

        disbursement_transaction = []
        _disbursement_transaction = d.pop("disbursementTransaction")
        for disbursement_transaction_item_data in _disbursement_transaction:
            disbursement_transaction_item = GivingTransaction.from_dict(disbursement_transaction_item_data)

            disbursement_transaction.append(disbursement_transaction_item)

        giving_grant = cls(
            id=id,
            title=title,
            description=description,
            currency=currency,
            amount_awarded=amount_awarded,
            amount_disbursed=amount_disbursed,
            award_date=award_date,
            from_open_call=from_open_call,
            recipient_organization=recipient_organization,
            funding_organization=funding_organization,
            grant_programme=grant_programme,
            planned_dates=planned_dates,
            disbursement_transaction=disbursement_transaction,
        )

        giving_grant.additional_properties = d
        return giving_grant

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
