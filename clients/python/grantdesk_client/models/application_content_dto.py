from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aid_declaration_dto import AidDeclarationDto
    from ..models.application_content_dto_answers import ApplicationContentDtoAnswers
    from ..models.budget_line_dto import BudgetLineDto
    from ..models.contact_dto import ContactDto
    from ..models.other_funding_dto import OtherFundingDto


T = TypeVar("T", bound="ApplicationContentDto")


@_attrs_define
class ApplicationContentDto:
    """What the lead organisation writes; `PUT` replaces all of it.

    Attributes:
        track (int): One of the call's track numbers. Example: 1.
        title (str | Unset):  Example: Expertenpool Limburg.
        summary (str | Unset):
        answers (ApplicationContentDtoAnswers | Unset): Answers by question key. Example: {'expertise': 'Twintig jaar
            ervaring ...'}.
        partners (list[str] | Unset): Partner organisations by enterprise number (not the lead). Example:
            ['0207.451.227'].
        contact (ContactDto | None | Unset):
        budget_lines (list[BudgetLineDto] | Unset):
        aid_declarations (list[AidDeclarationDto] | None | Unset): In a call whose aid regime has a ceiling (de
            minimis): the other de minimis aid the
            applicant and its single undertaking received in the three years before; required
            before submission (`[]` declares none), refused in other calls.
        other_funding (list[OtherFundingDto] | Unset): Other funding asked for this same project.
    """

    track: int
    title: str | Unset = UNSET
    summary: str | Unset = UNSET
    answers: ApplicationContentDtoAnswers | Unset = UNSET
    partners: list[str] | Unset = UNSET
    contact: ContactDto | None | Unset = UNSET
    budget_lines: list[BudgetLineDto] | Unset = UNSET
    aid_declarations: list[AidDeclarationDto] | None | Unset = UNSET
    other_funding: list[OtherFundingDto] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_dto import ContactDto  # noqa: PLC0415

        track = self.track

        title = self.title

        summary = self.summary

        answers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.answers, Unset):
            answers = self.answers.to_dict()

        partners: list[str] | Unset = UNSET
        if not isinstance(self.partners, Unset):
            partners = self.partners

        contact: dict[str, Any] | None | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, ContactDto):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        budget_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.budget_lines, Unset):
            budget_lines = []
            for budget_lines_item_data in self.budget_lines:
                budget_lines_item = budget_lines_item_data.to_dict()
                budget_lines.append(budget_lines_item)

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

        other_funding: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.other_funding, Unset):
            other_funding = []
            for other_funding_item_data in self.other_funding:
                other_funding_item = other_funding_item_data.to_dict()
                other_funding.append(other_funding_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "track": track,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if summary is not UNSET:
            field_dict["summary"] = summary
        if answers is not UNSET:
            field_dict["answers"] = answers
        if partners is not UNSET:
            field_dict["partners"] = partners
        if contact is not UNSET:
            field_dict["contact"] = contact
        if budget_lines is not UNSET:
            field_dict["budget_lines"] = budget_lines
        if aid_declarations is not UNSET:
            field_dict["aid_declarations"] = aid_declarations
        if other_funding is not UNSET:
            field_dict["other_funding"] = other_funding

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aid_declaration_dto import AidDeclarationDto  # noqa: PLC0415
        from ..models.application_content_dto_answers import ApplicationContentDtoAnswers  # noqa: PLC0415
        from ..models.budget_line_dto import BudgetLineDto  # noqa: PLC0415
        from ..models.contact_dto import ContactDto  # noqa: PLC0415
        from ..models.other_funding_dto import OtherFundingDto  # noqa: PLC0415

        d = dict(src_dict)
        track = d.pop("track")

        title = d.pop("title", UNSET)

        summary = d.pop("summary", UNSET)

        _answers = d.pop("answers", UNSET)
        answers: ApplicationContentDtoAnswers | Unset
        if isinstance(_answers, Unset):
            answers = UNSET
        else:
            answers = ApplicationContentDtoAnswers.from_dict(_answers)

        partners = cast(list[str], d.pop("partners", UNSET))

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

        _budget_lines = d.pop("budget_lines", UNSET)
        budget_lines: list[BudgetLineDto] | Unset = UNSET
        if _budget_lines is not UNSET:
            budget_lines = []
            for budget_lines_item_data in _budget_lines:
                budget_lines_item = BudgetLineDto.from_dict(budget_lines_item_data)

                budget_lines.append(budget_lines_item)

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

        _other_funding = d.pop("other_funding", UNSET)
        other_funding: list[OtherFundingDto] | Unset = UNSET
        if _other_funding is not UNSET:
            other_funding = []
            for other_funding_item_data in _other_funding:
                other_funding_item = OtherFundingDto.from_dict(other_funding_item_data)

                other_funding.append(other_funding_item)

        application_content_dto = cls(
            track=track,
            title=title,
            summary=summary,
            answers=answers,
            partners=partners,
            contact=contact,
            budget_lines=budget_lines,
            aid_declarations=aid_declarations,
            other_funding=other_funding,
        )

        return application_content_dto
