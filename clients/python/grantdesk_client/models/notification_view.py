from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_view_facts import NotificationViewFacts


T = TypeVar("T", bound="NotificationView")


@_attrs_define
class NotificationView:
    """A message in the reader's inbox, written in their language.

    Attributes:
        id (UUID):
        kind (str): What it is: submission_receipt, question_answered, decision_letter, payment_made,
            final_report_verdict, invitation, password_reset, membership_ended,
            organisation_verified, organisation_claim_rejected, webhook_disabled, objection_lodged,
            objection_ruled, grant_cancelled. Example: submission_receipt.
        subject (str):  Example: Ontvangstbewijs EXP-2023-0001: uw aanvraag is ingediend.
        text (str): The message as plain text.
        facts (NotificationViewFacts): The facts it was written from (ids, numbers, amounts as decimal strings), for
            clients
            that act on it. A password reset's code is not repeated here: it is in the mail only.
        created_at (datetime.datetime):
        organisation_id (None | Unset | UUID): The organisation it concerns (its members see it while they are members).
        read_at (datetime.datetime | None | Unset): When the reader marked it read; unread messages come first.
    """

    id: UUID
    kind: str
    subject: str
    text: str
    facts: NotificationViewFacts
    created_at: datetime.datetime
    organisation_id: None | Unset | UUID = UNSET
    read_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        kind = self.kind

        subject = self.subject

        text = self.text

        facts = self.facts.to_dict()

        created_at = self.created_at.isoformat()

        organisation_id: None | str | Unset
        if isinstance(self.organisation_id, Unset):
            organisation_id = UNSET
        elif isinstance(self.organisation_id, UUID):
            organisation_id = str(self.organisation_id)
        else:
            organisation_id = self.organisation_id

        read_at: None | str | Unset
        if isinstance(self.read_at, Unset):
            read_at = UNSET
        elif isinstance(self.read_at, datetime.datetime):
            read_at = self.read_at.isoformat()
        else:
            read_at = self.read_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "subject": subject,
                "text": text,
                "facts": facts,
                "created_at": created_at,
            }
        )
        if organisation_id is not UNSET:
            field_dict["organisation_id"] = organisation_id
        if read_at is not UNSET:
            field_dict["read_at"] = read_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_view_facts import NotificationViewFacts  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        kind = d.pop("kind")

        subject = d.pop("subject")

        text = d.pop("text")

        facts = NotificationViewFacts.from_dict(d.pop("facts"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_organisation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                organisation_id_type_0 = UUID(data)

                return organisation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        organisation_id = _parse_organisation_id(d.pop("organisation_id", UNSET))

        def _parse_read_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                read_at_type_0 = datetime.datetime.fromisoformat(data)

                return read_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        read_at = _parse_read_at(d.pop("read_at", UNSET))

        notification_view = cls(
            id=id,
            kind=kind,
            subject=subject,
            text=text,
            facts=facts,
            created_at=created_at,
            organisation_id=organisation_id,
            read_at=read_at,
        )

        notification_view.additional_properties = d
        return notification_view

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
