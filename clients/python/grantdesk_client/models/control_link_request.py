from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.other_is import OtherIs

T = TypeVar("T", bound="ControlLinkRequest")


@_attrs_define
class ControlLinkRequest:
    """A control link declared by an organisation's representative.

    Attributes:
        other_kbo (str): The other organisation's enterprise number (registered here and verified by staff). Example:
            0207.451.227.
        other_is (OtherIs): What the other organisation of a declared link is to the declaring one.
        criterion (str): majority_of_voting_rights, appoints_majority_of_board, dominant_influence or
            controls_votes_by_agreement (Regulation (EU) 2023/2831, article 2(2)). Example: majority_of_voting_rights.
    """

    other_kbo: str
    other_is: OtherIs
    criterion: str

    def to_dict(self) -> dict[str, Any]:
        other_kbo = self.other_kbo

        other_is = self.other_is.value

        criterion = self.criterion

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "other_kbo": other_kbo,
                "other_is": other_is,
                "criterion": criterion,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        other_kbo = d.pop("other_kbo")

        other_is = OtherIs(d.pop("other_is"))

        criterion = d.pop("criterion")

        control_link_request = cls(
            other_kbo=other_kbo,
            other_is=other_is,
            criterion=criterion,
        )

        return control_link_request
