from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ObjectionRequest")


@_attrs_define
class ObjectionRequest:
    """An objection (bezwaar) against an application's decision.

    Attributes:
        grounds (str): Why the decision is wrong (1 to 20,000 characters). Example: De score op criterium 2 negeert
            bijlage 3 van onze aanvraag..
    """

    grounds: str

    def to_dict(self) -> dict[str, Any]:
        grounds = self.grounds

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "grounds": grounds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grounds = d.pop("grounds")

        objection_request = cls(
            grounds=grounds,
        )

        return objection_request
