from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.objection_attachment_view import ObjectionAttachmentView


T = TypeVar("T", bound="ObjectionView")


@_attrs_define
class ObjectionView:
    """An objection and, once made, its ruling.

    Attributes:
        id (UUID):
        application_id (UUID):
        call_id (UUID):
        organisation_id (UUID):
        grounds (str):
        attachments (list[ObjectionAttachmentView]): The documents lodged with it, oldest first.
        lodged_at (datetime.datetime):
        due (str): The end of the period it was lodged in, in the call's zone. Example: 2023-11-21T00:00:00+01:00.
        ruling (None | str | Unset): inadmissible, rejected or upheld; null until staff rule. Example: upheld.
        motivation (None | str | Unset):
        outcome (None | str | Unset): What an upheld objection led to: offered (an award from money that was free) or
            reserve (no money was free: the application joined the reserve list). Example: reserve.
        ruled_at (datetime.datetime | None | Unset):
    """

    id: UUID
    application_id: UUID
    call_id: UUID
    organisation_id: UUID
    grounds: str
    attachments: list[ObjectionAttachmentView]
    lodged_at: datetime.datetime
    due: str
    ruling: None | str | Unset = UNSET
    motivation: None | str | Unset = UNSET
    outcome: None | str | Unset = UNSET
    ruled_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        application_id = str(self.application_id)

        call_id = str(self.call_id)

        organisation_id = str(self.organisation_id)

        grounds = self.grounds

        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

        lodged_at = self.lodged_at.isoformat()

        due = self.due

        ruling: None | str | Unset
        if isinstance(self.ruling, Unset):
            ruling = UNSET
        else:
            ruling = self.ruling

        motivation: None | str | Unset
        if isinstance(self.motivation, Unset):
            motivation = UNSET
        else:
            motivation = self.motivation

        outcome: None | str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        else:
            outcome = self.outcome

        ruled_at: None | str | Unset
        if isinstance(self.ruled_at, Unset):
            ruled_at = UNSET
        elif isinstance(self.ruled_at, datetime.datetime):
            ruled_at = self.ruled_at.isoformat()
        else:
            ruled_at = self.ruled_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "application_id": application_id,
                "call_id": call_id,
                "organisation_id": organisation_id,
                "grounds": grounds,
                "attachments": attachments,
                "lodged_at": lodged_at,
                "due": due,
            }
        )
        if ruling is not UNSET:
            field_dict["ruling"] = ruling
        if motivation is not UNSET:
            field_dict["motivation"] = motivation
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if ruled_at is not UNSET:
            field_dict["ruled_at"] = ruled_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.objection_attachment_view import ObjectionAttachmentView  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        application_id = UUID(d.pop("application_id"))

        call_id = UUID(d.pop("call_id"))

        organisation_id = UUID(d.pop("organisation_id"))

        grounds = d.pop("grounds")

        attachments = []
        _attachments = d.pop("attachments")
        for attachments_item_data in _attachments:
            attachments_item = ObjectionAttachmentView.from_dict(attachments_item_data)

            attachments.append(attachments_item)

        lodged_at = datetime.datetime.fromisoformat(d.pop("lodged_at"))

        due = d.pop("due")

        def _parse_ruling(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ruling = _parse_ruling(d.pop("ruling", UNSET))

        def _parse_motivation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        motivation = _parse_motivation(d.pop("motivation", UNSET))

        def _parse_outcome(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))

        def _parse_ruled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ruled_at_type_0 = datetime.datetime.fromisoformat(data)

                return ruled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ruled_at = _parse_ruled_at(d.pop("ruled_at", UNSET))

        objection_view = cls(
            id=id,
            application_id=application_id,
            call_id=call_id,
            organisation_id=organisation_id,
            grounds=grounds,
            attachments=attachments,
            lodged_at=lodged_at,
            due=due,
            ruling=ruling,
            motivation=motivation,
            outcome=outcome,
            ruled_at=ruled_at,
        )

        objection_view.additional_properties = d
        return objection_view

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
