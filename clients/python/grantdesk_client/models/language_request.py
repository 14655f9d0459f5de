from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.language import Language

T = TypeVar("T", bound="LanguageRequest")


@_attrs_define
class LanguageRequest:
    """The language to write to the account in.

    Attributes:
        language (Language): A language grantdesk writes in: Dutch (the default), French, English.
    """

    language: Language

    def to_dict(self) -> dict[str, Any]:
        language = self.language.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "language": language,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        language = Language(d.pop("language"))

        language_request = cls(
            language=language,
        )

        return language_request
