from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CancellationRequest")


@_attrs_define
class CancellationRequest:
    """Cancel a grant (withdraw it); `transfer_id` is the idempotency key.

    Attributes:
        transfer_id (UUID):
        motivation (str): Why the grant is cancelled (1 to 20,000 characters); the organisation reads it. Example: Het
            project werd niet opgestart; de organisatie werd ontbonden..
        kept (Decimal | None | Unset): What the grantee keeps of what was paid (costs made in good faith before the
            cancellation), at most what was paid; by default nothing: everything paid is recovered. Example: 0.00.
    """

    transfer_id: UUID
    motivation: str
    kept: Decimal | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        transfer_id = str(self.transfer_id)

        motivation = self.motivation

        kept: None | str | Unset
        if isinstance(self.kept, Unset):
            kept = UNSET
        elif isinstance(self.kept, Decimal):
            kept = str(self.kept)
        else:
            kept = self.kept

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "transfer_id": transfer_id,
                "motivation": motivation,
            }
        )
        if kept is not UNSET:
            field_dict["kept"] = kept

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transfer_id = UUID(d.pop("transfer_id"))

        motivation = d.pop("motivation")

        def _parse_kept(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kept_type_0 = Decimal(str(data))

                return kept_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        kept = _parse_kept(d.pop("kept", UNSET))

        cancellation_request = cls(
            transfer_id=transfer_id,
            motivation=motivation,
            kept=kept,
        )

        return cancellation_request
