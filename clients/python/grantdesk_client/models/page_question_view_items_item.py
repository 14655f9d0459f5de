from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PageQuestionViewItemsItem")


@_attrs_define
class PageQuestionViewItemsItem:
    """A question about a call. Who asked is shown to staff and to the asker only.

    Attributes:
        id (UUID):
        call_id (UUID):
        question (str):
        asked_at (datetime.datetime):
        published (bool):
        answer (None | str | Unset):
        answered_at (datetime.datetime | None | Unset):
        asked_by (None | Unset | UUID):
    """

    id: UUID
    call_id: UUID
    question: str
    asked_at: datetime.datetime
    published: bool
    answer: None | str | Unset = UNSET
    answered_at: datetime.datetime | None | Unset = UNSET
    asked_by: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        call_id = str(self.call_id)

        question = self.question

        asked_at = self.asked_at.isoformat()

        published = self.published

        answer: None | str | Unset
        if isinstance(self.answer, Unset):
            answer = UNSET
        else:
            answer = self.answer

        answered_at: None | str | Unset
        if isinstance(self.answered_at, Unset):
            answered_at = UNSET
        elif isinstance(self.answered_at, datetime.datetime):
            answered_at = self.answered_at.isoformat()
        else:
            answered_at = self.answered_at

        asked_by: None | str | Unset
        if isinstance(self.asked_by, Unset):
            asked_by = UNSET
        elif isinstance(self.asked_by, UUID):
            asked_by = str(self.asked_by)
        else:
            asked_by = self.asked_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "call_id": call_id,
                "question": question,
                "asked_at": asked_at,
                "published": published,
            }
        )
        if answer is not UNSET:
            field_dict["answer"] = answer
        if answered_at is not UNSET:
            field_dict["answered_at"] = answered_at
        if asked_by is not UNSET:
            field_dict["asked_by"] = asked_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        call_id = UUID(d.pop("call_id"))

        question = d.pop("question")

        asked_at = datetime.datetime.fromisoformat(d.pop("asked_at"))

        published = d.pop("published")

        def _parse_answer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        answer = _parse_answer(d.pop("answer", UNSET))

        def _parse_answered_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                answered_at_type_0 = datetime.datetime.fromisoformat(data)

                return answered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        answered_at = _parse_answered_at(d.pop("answered_at", UNSET))

        def _parse_asked_by(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                asked_by_type_0 = UUID(data)

                return asked_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        asked_by = _parse_asked_by(d.pop("asked_by", UNSET))

        page_question_view_items_item = cls(
            id=id,
            call_id=call_id,
            question=question,
            asked_at=asked_at,
            published=published,
            answer=answer,
            answered_at=answered_at,
            asked_by=asked_by,
        )

        page_question_view_items_item.additional_properties = d
        return page_question_view_items_item

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
