from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuestionDefinition")


@_attrs_define
class QuestionDefinition:
    """A question of the call's application form.

    Attributes:
        key (str): 1-40 of a-z, 0-9 and "_", starting with a letter. Example: target_group.
        label (str):  Example: Which local governments do you support?.
        max_length (int): Longest answer, in characters (1-20000). Example: 2000.
        required (bool | Unset):
    """

    key: str
    label: str
    max_length: int
    required: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        label = self.label

        max_length = self.max_length

        required = self.required

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "label": label,
                "max_length": max_length,
            }
        )
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        label = d.pop("label")

        max_length = d.pop("max_length")

        required = d.pop("required", UNSET)

        question_definition = cls(
            key=key,
            label=label,
            max_length=max_length,
            required=required,
        )

        return question_definition
