from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.checkpoint_view import CheckpointView


T = TypeVar("T", bound="ConsistencyProofView")


@_attrs_define
class ConsistencyProofView:
    """That the tree of `second` entries extends the tree of `first` (RFC 9162 §2.1.4): nothing
    sealed was changed or removed.

        Attributes:
            first (int):
            second (int):
            proof (list[str]): The proof, hexadecimal (empty when the sizes are equal).
            first_checkpoint (CheckpointView | None | Unset):
            second_checkpoint (CheckpointView | None | Unset):
    """

    first: int
    second: int
    proof: list[str]
    first_checkpoint: CheckpointView | None | Unset = UNSET
    second_checkpoint: CheckpointView | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.checkpoint_view import CheckpointView  # noqa: PLC0415

        first = self.first

        second = self.second

        proof = self.proof

        first_checkpoint: dict[str, Any] | None | Unset
        if isinstance(self.first_checkpoint, Unset):
            first_checkpoint = UNSET
        elif isinstance(self.first_checkpoint, CheckpointView):
            first_checkpoint = self.first_checkpoint.to_dict()
        else:
            first_checkpoint = self.first_checkpoint

        second_checkpoint: dict[str, Any] | None | Unset
        if isinstance(self.second_checkpoint, Unset):
            second_checkpoint = UNSET
        elif isinstance(self.second_checkpoint, CheckpointView):
            second_checkpoint = self.second_checkpoint.to_dict()
        else:
            second_checkpoint = self.second_checkpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first": first,
                "second": second,
                "proof": proof,
            }
        )
        if first_checkpoint is not UNSET:
            field_dict["first_checkpoint"] = first_checkpoint
        if second_checkpoint is not UNSET:
            field_dict["second_checkpoint"] = second_checkpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkpoint_view import CheckpointView  # noqa: PLC0415

        d = dict(src_dict)
        first = d.pop("first")

        second = d.pop("second")

        proof = cast(list[str], d.pop("proof"))

        def _parse_first_checkpoint(data: object) -> CheckpointView | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                first_checkpoint_type_1 = CheckpointView.from_dict(data)

                return first_checkpoint_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CheckpointView | None | Unset, data)

        first_checkpoint = _parse_first_checkpoint(d.pop("first_checkpoint", UNSET))

        def _parse_second_checkpoint(data: object) -> CheckpointView | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                second_checkpoint_type_1 = CheckpointView.from_dict(data)

                return second_checkpoint_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CheckpointView | None | Unset, data)

        second_checkpoint = _parse_second_checkpoint(d.pop("second_checkpoint", UNSET))

        consistency_proof_view = cls(
            first=first,
            second=second,
            proof=proof,
            first_checkpoint=first_checkpoint,
            second_checkpoint=second_checkpoint,
        )

        consistency_proof_view.additional_properties = d
        return consistency_proof_view

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
