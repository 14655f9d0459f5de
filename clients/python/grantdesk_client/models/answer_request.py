from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnswerRequest")


@_attrs_define
class AnswerRequest:
    """
    Attributes:
        answer (str):
        publish (bool | Unset): Publish the question and answer to every user of the call (without the asker). Default:
            True.
    """

    answer: str
    publish: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        answer = self.answer

        publish = self.publish

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "answer": answer,
            }
        )
        if publish is not UNSET:
            field_dict["publish"] = publish

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        answer = d.pop("answer")

        publish = d.pop("publish", UNSET)

        answer_request = cls(
            answer=answer,
            publish=publish,
        )

        return answer_request
