from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aid_declaration_dto import AidDeclarationDto
    from ..models.application_view_answers import ApplicationViewAnswers
    from ..models.attachment_view import AttachmentView
    from ..models.budget_line_view import BudgetLineView
    from ..models.contact_dto import ContactDto
    from ..models.field_error import FieldError
    from ..models.organisation_ref import OrganisationRef
    from ..models.other_funding_dto import OtherFundingDto
    from ..models.receipt_view import ReceiptView
    from ..models.screening_view import ScreeningView


T = TypeVar("T", bound="ApplicationView")


@_attrs_define
class ApplicationView:
    """
    Attributes:
        id (UUID):
        call_id (UUID):
        call_reference (str):  Example: EXP23.
        lead_organisation (OrganisationRef):
        status (str): draft, submitted or withdrawn. Example: draft.
        track (int):
        title (str):
        summary (str):
        answers (ApplicationViewAnswers):
        partners (list[str]):  Example: ['0207.451.227'].
        budget_lines (list[BudgetLineView]):
        requested_amount (Decimal): The exact sum of the budget lines. Example: 48000.00.
        other_funding (list[OtherFundingDto]): Other funding asked for this same project.
        attachments (list[AttachmentView]):
        missing (list[FieldError]): What still stops a submission (empty when it can be submitted).
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        contact (ContactDto | None | Unset):
        aid_declarations (list[AidDeclarationDto] | None | Unset): The other de minimis aid declared (absent until
            declared).
        latest_receipt (None | ReceiptView | Unset):
        screening (None | ScreeningView | Unset):
    """

    id: UUID
    call_id: UUID
    call_reference: str
    lead_organisation: OrganisationRef
    status: str
    track: int
    title: str
    summary: str
    answers: ApplicationViewAnswers
    partners: list[str]
    budget_lines: list[BudgetLineView]
    requested_amount: Decimal
    other_funding: list[OtherFundingDto]
    attachments: list[AttachmentView]
    missing: list[FieldError]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    contact: ContactDto | None | Unset = UNSET
    aid_declarations: list[AidDeclarationDto] | None | Unset = UNSET
    latest_receipt: None | ReceiptView | Unset = UNSET
    screening: None | ScreeningView | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_dto import ContactDto  # noqa: PLC0415
        from ..models.receipt_view import ReceiptView  # noqa: PLC0415
        from ..models.screening_view import ScreeningView  # noqa: PLC0415

        id = str(self.id)

        call_id = str(self.call_id)

        call_reference = self.call_reference

        lead_organisation = self.lead_organisation.to_dict()

        status = self.status

        track = self.track

        title = self.title

        summary = self.summary

        answers = self.answers.to_dict()

        partners = self.partners

        budget_lines = []
        for budget_lines_item_data in self.budget_lines:
            budget_lines_item = budget_lines_item_data.to_dict()
            budget_lines.append(budget_lines_item)

        requested_amount = str(self.requested_amount)

        other_funding = []
        for other_funding_item_data in self.other_funding:
            other_funding_item = other_funding_item_data.to_dict()
            other_funding.append(other_funding_item)

        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

        missing = []
        for missing_item_data in self.missing:
            missing_item = missing_item_data.to_dict()
            missing.append(missing_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        contact: dict[str, Any] | None | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, ContactDto):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        aid_declarations: list[dict[str, Any]] | None | Unset
        if isinstance(self.aid_declarations, Unset):
            aid_declarations = UNSET
        elif isinstance(self.aid_declarations, list):
            aid_declarations = []
            for aid_declarations_type_0_item_data in self.aid_declarations:
                aid_declarations_type_0_item = aid_declarations_type_0_item_data.to_dict()
                aid_declarations.append(aid_declarations_type_0_item)

        else:
            aid_declarations = self.aid_declarations

        latest_receipt: dict[str, Any] | None | Unset
        if isinstance(self.latest_receipt, Unset):
            latest_receipt = UNSET
        elif isinstance(self.latest_receipt, ReceiptView):
            latest_receipt = self.latest_receipt.to_dict()
        else:
            latest_receipt = self.latest_receipt

        screening: dict[str, Any] | None | Unset
        if isinstance(self.screening, Unset):
            screening = UNSET
        elif isinstance(self.screening, ScreeningView):
            screening = self.screening.to_dict()
        else:
            screening = self.screening

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "call_id": call_id,
                "call_reference": call_reference,
                "lead_organisation": lead_organisation,
                "status": status,
                "track": track,
                "title": title,
                "summary": summary,
                "answers": answers,
                "partners": partners,
                "budget_lines": budget_lines,
                "requested_amount": requested_amount,
                "other_funding": other_funding,
                "attachments": attachments,
                "missing": missing,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if contact is not UNSET:
            field_dict["contact"] = contact
        if aid_declarations is not UNSET:
            field_dict["aid_declarations"] = aid_declarations
        if latest_receipt is not UNSET:
            field_dict["latest_receipt"] = latest_receipt
        if screening is not UNSET:
            field_dict["screening"] = screening

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aid_declaration_dto import AidDeclarationDto  # noqa: PLC0415
        from ..models.application_view_answers import ApplicationViewAnswers  # noqa: PLC0415
        from ..models.attachment_view import AttachmentView  # noqa: PLC0415
        from ..models.budget_line_view import BudgetLineView  # noqa: PLC0415
        from ..models.contact_dto import ContactDto  # noqa: PLC0415
        from ..models.field_error import FieldError  # noqa: PLC0415
        from ..models.organisation_ref import OrganisationRef  # noqa: PLC0415
        from ..models.other_funding_dto import OtherFundingDto  # noqa: PLC0415
        from ..models.receipt_view import ReceiptView  # noqa: PLC0415
        from ..models.screening_view import ScreeningView  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        call_id = UUID(d.pop("call_id"))

        call_reference = d.pop("call_reference")

        lead_organisation = OrganisationRef.from_dict(d.pop("lead_organisation"))

        status = d.pop("status")

        track = d.pop("track")

        title = d.pop("title")

        summary = d.pop("summary")

        answers = ApplicationViewAnswers.from_dict(d.pop("answers"))

        partners = cast(list[str], d.pop("partners"))

        budget_lines = []
        _budget_lines = d.pop("budget_lines")
        for budget_lines_item_data in _budget_lines:
            budget_lines_item = BudgetLineView.from_dict(budget_lines_item_data)

            budget_lines.append(budget_lines_item)

        requested_amount = Decimal(str(d.pop("requested_amount")))

        other_funding = []
        _other_funding = d.pop("other_funding")
        for other_funding_item_data in _other_funding:
            other_funding_item = OtherFundingDto.from_dict(other_funding_item_data)

            other_funding.append(other_funding_item)

        attachments = []
        _attachments = d.pop("attachments")
        for attachments_item_data in _attachments:
            attachments_item = AttachmentView.from_dict(attachments_item_data)

            attachments.append(attachments_item)

        missing = []
        _missing = d.pop("missing")
        for missing_item_data in _missing:
            missing_item = FieldError.from_dict(missing_item_data)

            missing.append(missing_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_contact(data: object) -> ContactDto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_type_1 = ContactDto.from_dict(data)

                return contact_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactDto | None | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))

        def _parse_aid_declarations(data: object) -> list[AidDeclarationDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                aid_declarations_type_0 = []
                _aid_declarations_type_0 = data
                for aid_declarations_type_0_item_data in _aid_declarations_type_0:
                    aid_declarations_type_0_item = AidDeclarationDto.from_dict(aid_declarations_type_0_item_data)

                    aid_declarations_type_0.append(aid_declarations_type_0_item)

                return aid_declarations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AidDeclarationDto] | None | Unset, data)

        aid_declarations = _parse_aid_declarations(d.pop("aid_declarations", UNSET))

        def _parse_latest_receipt(data: object) -> None | ReceiptView | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latest_receipt_type_1 = ReceiptView.from_dict(data)

                return latest_receipt_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReceiptView | Unset, data)

        latest_receipt = _parse_latest_receipt(d.pop("latest_receipt", UNSET))

        def _parse_screening(data: object) -> None | ScreeningView | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                screening_type_1 = ScreeningView.from_dict(data)

                return screening_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScreeningView | Unset, data)

        screening = _parse_screening(d.pop("screening", UNSET))

        application_view = cls(
            id=id,
            call_id=call_id,
            call_reference=call_reference,
            lead_organisation=lead_organisation,
            status=status,
            track=track,
            title=title,
            summary=summary,
            answers=answers,
            partners=partners,
            budget_lines=budget_lines,
            requested_amount=requested_amount,
            other_funding=other_funding,
            attachments=attachments,
            missing=missing,
            created_at=created_at,
            updated_at=updated_at,
            contact=contact,
            aid_declarations=aid_declarations,
            latest_receipt=latest_receipt,
            screening=screening,
        )

        application_view.additional_properties = d
        return application_view

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
