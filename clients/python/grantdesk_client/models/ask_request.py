from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AskRequest")


@_attrs_define
class AskRequest:
    """
    Attributes:
        question (str):  Example: Mogen we de subsidie gebruiken voor de opleiding van onze medewerkers?.
    """

    question: str

    def to_dict(self) -> dict[str, Any]:
        question = self.question

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "question": question,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        question = d.pop("question")

        ask_request = cls(
            question=question,
        )

        return ask_request
