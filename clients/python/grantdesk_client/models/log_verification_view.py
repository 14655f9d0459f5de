from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.log_fault_view import LogFaultView


T = TypeVar("T", bound="LogVerificationView")


@_attrs_define
class LogVerificationView:
    """The outcome of checking the whole log.

    Attributes:
        intact (bool): `true` when every entry, node and checkpoint holds.
        entries (int):
        nodes (int):
        checkpoints (int):
        pending (int): Entries committed and not yet sealed.
        first_bad (LogFaultView | None | Unset):
    """

    intact: bool
    entries: int
    nodes: int
    checkpoints: int
    pending: int
    first_bad: LogFaultView | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.log_fault_view import LogFaultView  # noqa: PLC0415

        intact = self.intact

        entries = self.entries

        nodes = self.nodes

        checkpoints = self.checkpoints

        pending = self.pending

        first_bad: dict[str, Any] | None | Unset
        if isinstance(self.first_bad, Unset):
            first_bad = UNSET
        elif isinstance(self.first_bad, LogFaultView):
            first_bad = self.first_bad.to_dict()
        else:
            first_bad = self.first_bad

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "intact": intact,
                "entries": entries,
                "nodes": nodes,
                "checkpoints": checkpoints,
                "pending": pending,
            }
        )
        if first_bad is not UNSET:
            field_dict["first_bad"] = first_bad

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.log_fault_view import LogFaultView  # noqa: PLC0415

        d = dict(src_dict)
        intact = d.pop("intact")

        entries = d.pop("entries")

        nodes = d.pop("nodes")

        checkpoints = d.pop("checkpoints")

        pending = d.pop("pending")

        def _parse_first_bad(data: object) -> LogFaultView | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                first_bad_type_1 = LogFaultView.from_dict(data)

                return first_bad_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LogFaultView | None | Unset, data)

        first_bad = _parse_first_bad(d.pop("first_bad", UNSET))

        log_verification_view = cls(
            intact=intact,
            entries=entries,
            nodes=nodes,
            checkpoints=checkpoints,
            pending=pending,
            first_bad=first_bad,
        )

        log_verification_view.additional_properties = d
        return log_verification_view

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
