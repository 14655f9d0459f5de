from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateArticleRequest")


@_attrs_define
class CreateArticleRequest:
    """A budget article for one budget year.

    Attributes:
        code (str):  Example: SJ0-1SMC2GA-WT.
        budget_year (int):  Example: 2023.
        description (str): A name: trimmed, not blank, at most 500 characters. Example: Preventie van gewelddadige
            radicalisering.
    """

    code: str
    budget_year: int
    description: str

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        budget_year = self.budget_year

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "budget_year": budget_year,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        budget_year = d.pop("budget_year")

        description = d.pop("description")

        create_article_request = cls(
            code=code,
            budget_year=budget_year,
            description=description,
        )

        return create_article_request
