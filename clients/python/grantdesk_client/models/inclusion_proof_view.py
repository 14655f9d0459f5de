from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.checkpoint_view import CheckpointView
    from ..models.log_entry_view import LogEntryView


T = TypeVar("T", bound="InclusionProofView")


@_attrs_define
class InclusionProofView:
    """That an entry is in the log: its leaf, the audit path to the root, and the signed
    checkpoint whose root it reaches (RFC 9162 §2.1.3).

        Attributes:
            entry (LogEntryView): One sealed entry: its index, what it records, and the exact bytes its leaf hashes.
            tree_size (int):
            proof (list[str]): The audit path, leaf side first, hexadecimal.
            checkpoint (CheckpointView): A signed checkpoint: the log had `tree_size` entries with this root.
    """

    entry: LogEntryView
    tree_size: int
    proof: list[str]
    checkpoint: CheckpointView
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entry = self.entry.to_dict()

        tree_size = self.tree_size

        proof = self.proof

        checkpoint = self.checkpoint.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entry": entry,
                "tree_size": tree_size,
                "proof": proof,
                "checkpoint": checkpoint,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkpoint_view import CheckpointView  # noqa: PLC0415
        from ..models.log_entry_view import LogEntryView  # noqa: PLC0415

        d = dict(src_dict)
        entry = LogEntryView.from_dict(d.pop("entry"))

        tree_size = d.pop("tree_size")

        proof = cast(list[str], d.pop("proof"))

        checkpoint = CheckpointView.from_dict(d.pop("checkpoint"))

        inclusion_proof_view = cls(
            entry=entry,
            tree_size=tree_size,
            proof=proof,
            checkpoint=checkpoint,
        )

        inclusion_proof_view.additional_properties = d
        return inclusion_proof_view

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
