from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CancellationView")


@_attrs_define
class CancellationView:
    """A grant's cancellation.

    Attributes:
        id (UUID): The client's id (idempotency key).
        grant_id (UUID):
        motivation (str):
        paid_before (Decimal): Paid before the cancellation. Example: 30000.00.
        kept (Decimal): What the grantee keeps of it. Example: 0.00.
        recovery (Decimal): Booked back: what was paid and not kept. Example: 30000.00.
        release (Decimal): Decommitted: everything not kept. Example: 50000.00.
        released_to (str): Where the release went: `reserve` (freed to the account the award came from and
            offered to the call's reserve list) or `article` (the budget article's credit). Example: reserve.
        cancelled_by (str):
        cancelled_at (datetime.datetime):
    """

    id: UUID
    grant_id: UUID
    motivation: str
    paid_before: Decimal
    kept: Decimal
    recovery: Decimal
    release: Decimal
    released_to: str
    cancelled_by: str
    cancelled_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        grant_id = str(self.grant_id)

        motivation = self.motivation

        paid_before = str(self.paid_before)

        kept = str(self.kept)

        recovery = str(self.recovery)

        release = str(self.release)

        released_to = self.released_to

        cancelled_by = self.cancelled_by

        cancelled_at = self.cancelled_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "grant_id": grant_id,
                "motivation": motivation,
                "paid_before": paid_before,
                "kept": kept,
                "recovery": recovery,
                "release": release,
                "released_to": released_to,
                "cancelled_by": cancelled_by,
                "cancelled_at": cancelled_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        grant_id = UUID(d.pop("grant_id"))

        motivation = d.pop("motivation")

        paid_before = Decimal(str(d.pop("paid_before")))

        kept = Decimal(str(d.pop("kept")))

        recovery = Decimal(str(d.pop("recovery")))

        release = Decimal(str(d.pop("release")))

        released_to = d.pop("released_to")

        cancelled_by = d.pop("cancelled_by")

        cancelled_at = datetime.datetime.fromisoformat(d.pop("cancelled_at"))

        cancellation_view = cls(
            id=id,
            grant_id=grant_id,
            motivation=motivation,
            paid_before=paid_before,
            kept=kept,
            recovery=recovery,
            release=release,
            released_to=released_to,
            cancelled_by=cancelled_by,
            cancelled_at=cancelled_at,
        )

        cancellation_view.additional_properties = d
        return cancellation_view

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
