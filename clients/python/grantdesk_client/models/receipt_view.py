from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.receipt_view_snapshot_type_0 import ReceiptViewSnapshotType0


T = TypeVar("T", bound="ReceiptView")


@_attrs_define
class ReceiptView:
    """The proof of a submission.

    Attributes:
        number (str): Unique within the call, e.g. "EXP23-0007". Example: EXP23-0007.
        application_id (UUID):
        received_at (str): The instant the server received the submission, in the call's zone with its offset. Example:
            2023-08-31T09:59:59.123456+02:00.
        received_at_utc (datetime.datetime):
        digest (str): SHA-256 (hex) of the canonical JSON snapshot of what was submitted.
        snapshot (None | ReceiptViewSnapshotType0 | Unset): The frozen snapshot (only when one receipt is fetched).
        log_entry_id (None | Unset | UUID): The submission's entry in the audit log: its inclusion proof is
            `GET /applications/{id}/receipts/{number}/proof` once sealed (within about a second).
            None for receipts issued before the log.
    """

    number: str
    application_id: UUID
    received_at: str
    received_at_utc: datetime.datetime
    digest: str
    snapshot: None | ReceiptViewSnapshotType0 | Unset = UNSET
    log_entry_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.receipt_view_snapshot_type_0 import ReceiptViewSnapshotType0  # noqa: PLC0415

        number = self.number

        application_id = str(self.application_id)

        received_at = self.received_at

        received_at_utc = self.received_at_utc.isoformat()

        digest = self.digest

        snapshot: dict[str, Any] | None | Unset
        if isinstance(self.snapshot, Unset):
            snapshot = UNSET
        elif isinstance(self.snapshot, ReceiptViewSnapshotType0):
            snapshot = self.snapshot.to_dict()
        else:
            snapshot = self.snapshot

        log_entry_id: None | str | Unset
        if isinstance(self.log_entry_id, Unset):
            log_entry_id = UNSET
        elif isinstance(self.log_entry_id, UUID):
            log_entry_id = str(self.log_entry_id)
        else:
            log_entry_id = self.log_entry_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "application_id": application_id,
                "received_at": received_at,
                "received_at_utc": received_at_utc,
                "digest": digest,
            }
        )
        if snapshot is not UNSET:
            field_dict["snapshot"] = snapshot
        if log_entry_id is not UNSET:
            field_dict["log_entry_id"] = log_entry_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.receipt_view_snapshot_type_0 import ReceiptViewSnapshotType0  # noqa: PLC0415

        d = dict(src_dict)
        number = d.pop("number")

        application_id = UUID(d.pop("application_id"))

        received_at = d.pop("received_at")

        received_at_utc = datetime.datetime.fromisoformat(d.pop("received_at_utc"))

        digest = d.pop("digest")

        def _parse_snapshot(data: object) -> None | ReceiptViewSnapshotType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                snapshot_type_0 = ReceiptViewSnapshotType0.from_dict(data)

                return snapshot_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReceiptViewSnapshotType0 | Unset, data)

        snapshot = _parse_snapshot(d.pop("snapshot", UNSET))

        def _parse_log_entry_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                log_entry_id_type_0 = UUID(data)

                return log_entry_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        log_entry_id = _parse_log_entry_id(d.pop("log_entry_id", UNSET))

        receipt_view = cls(
            number=number,
            application_id=application_id,
            received_at=received_at,
            received_at_utc=received_at_utc,
            digest=digest,
            snapshot=snapshot,
            log_entry_id=log_entry_id,
        )

        receipt_view.additional_properties = d
        return receipt_view

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
