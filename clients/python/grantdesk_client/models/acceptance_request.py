from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.answer_kind import AnswerKind

T = TypeVar("T", bound="AcceptanceRequest")


@_attrs_define
class AcceptanceRequest:
    """Accept or renounce a grant.

    Attributes:
        answer (AnswerKind): The representative's answer to an award.
    """

    answer: AnswerKind

    def to_dict(self) -> dict[str, Any]:
        answer = self.answer.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "answer": answer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        answer = AnswerKind(d.pop("answer"))

        acceptance_request = cls(
            answer=answer,
        )

        return acceptance_request
