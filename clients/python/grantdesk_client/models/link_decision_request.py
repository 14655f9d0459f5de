from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LinkDecisionRequest")


@_attrs_define
class LinkDecisionRequest:
    """Staff's decision on a control link.

    Attributes:
        decision (str): confirm (a declared link), reject (a declared link) or end (a confirmed link). Example: confirm.
        reason (None | str | Unset): Why; required to reject or end. Example: Aandeelhoudersregister van 2025
            nagekeken..
    """

    decision: str
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        decision = self.decision

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "decision": decision,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision = d.pop("decision")

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        link_decision_request = cls(
            decision=decision,
            reason=reason,
        )

        return link_decision_request
