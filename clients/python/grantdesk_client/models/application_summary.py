from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationSummary")


@_attrs_define
class ApplicationSummary:
    """A short line per application in listings.

    Attributes:
        id (UUID):
        call_id (UUID):
        lead_organisation_id (UUID):
        status (str):  Example: submitted.
        track (int):
        title (str):
        requested_amount (Decimal):  Example: 48000.00.
        updated_at (datetime.datetime):
        receipt_number (None | str | Unset):  Example: EXP23-0007.
        received_at_utc (datetime.datetime | None | Unset):
    """

    id: UUID
    call_id: UUID
    lead_organisation_id: UUID
    status: str
    track: int
    title: str
    requested_amount: Decimal
    updated_at: datetime.datetime
    receipt_number: None | str | Unset = UNSET
    received_at_utc: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        call_id = str(self.call_id)

        lead_organisation_id = str(self.lead_organisation_id)

        status = self.status

        track = self.track

        title = self.title

        requested_amount = str(self.requested_amount)

        updated_at = self.updated_at.isoformat()

        receipt_number: None | str | Unset
        if isinstance(self.receipt_number, Unset):
            receipt_number = UNSET
        else:
            receipt_number = self.receipt_number

        received_at_utc: None | str | Unset
        if isinstance(self.received_at_utc, Unset):
            received_at_utc = UNSET
        elif isinstance(self.received_at_utc, datetime.datetime):
            received_at_utc = self.received_at_utc.isoformat()
        else:
            received_at_utc = self.received_at_utc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "call_id": call_id,
                "lead_organisation_id": lead_organisation_id,
                "status": status,
                "track": track,
                "title": title,
                "requested_amount": requested_amount,
                "updated_at": updated_at,
            }
        )
        if receipt_number is not UNSET:
            field_dict["receipt_number"] = receipt_number
        if received_at_utc is not UNSET:
            field_dict["received_at_utc"] = received_at_utc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        call_id = UUID(d.pop("call_id"))

        lead_organisation_id = UUID(d.pop("lead_organisation_id"))

        status = d.pop("status")

        track = d.pop("track")

        title = d.pop("title")

        requested_amount = Decimal(str(d.pop("requested_amount")))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_receipt_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        receipt_number = _parse_receipt_number(d.pop("receipt_number", UNSET))

        def _parse_received_at_utc(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                received_at_utc_type_0 = datetime.datetime.fromisoformat(data)

                return received_at_utc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        received_at_utc = _parse_received_at_utc(d.pop("received_at_utc", UNSET))

        application_summary = cls(
            id=id,
            call_id=call_id,
            lead_organisation_id=lead_organisation_id,
            status=status,
            track=track,
            title=title,
            requested_amount=requested_amount,
            updated_at=updated_at,
            receipt_number=receipt_number,
            received_at_utc=received_at_utc,
        )

        application_summary.additional_properties = d
        return application_summary

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
