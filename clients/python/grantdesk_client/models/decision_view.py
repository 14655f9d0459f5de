from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DecisionView")


@_attrs_define
class DecisionView:
    """
    Attributes:
        application_id (UUID):
        kind (str):  Example: selected.
        motivation (str):
        decided_at (datetime.datetime):
        awarded (Decimal | None | Unset):  Example: 48000.00.
        hold_transfer_id (None | Unset | UUID): The ledger hold of a selected award (pending until the selection is
            finalised).
    """

    application_id: UUID
    kind: str
    motivation: str
    decided_at: datetime.datetime
    awarded: Decimal | None | Unset = UNSET
    hold_transfer_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = str(self.application_id)

        kind = self.kind

        motivation = self.motivation

        decided_at = self.decided_at.isoformat()

        awarded: None | str | Unset
        if isinstance(self.awarded, Unset):
            awarded = UNSET
        elif isinstance(self.awarded, Decimal):
            awarded = str(self.awarded)
        else:
            awarded = self.awarded

        hold_transfer_id: None | str | Unset
        if isinstance(self.hold_transfer_id, Unset):
            hold_transfer_id = UNSET
        elif isinstance(self.hold_transfer_id, UUID):
            hold_transfer_id = str(self.hold_transfer_id)
        else:
            hold_transfer_id = self.hold_transfer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "kind": kind,
                "motivation": motivation,
                "decided_at": decided_at,
            }
        )
        if awarded is not UNSET:
            field_dict["awarded"] = awarded
        if hold_transfer_id is not UNSET:
            field_dict["hold_transfer_id"] = hold_transfer_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = UUID(d.pop("application_id"))

        kind = d.pop("kind")

        motivation = d.pop("motivation")

        decided_at = datetime.datetime.fromisoformat(d.pop("decided_at"))

        def _parse_awarded(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                awarded_type_0 = Decimal(str(data))

                return awarded_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        awarded = _parse_awarded(d.pop("awarded", UNSET))

        def _parse_hold_transfer_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                hold_transfer_id_type_0 = UUID(data)

                return hold_transfer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        hold_transfer_id = _parse_hold_transfer_id(d.pop("hold_transfer_id", UNSET))

        decision_view = cls(
            application_id=application_id,
            kind=kind,
            motivation=motivation,
            decided_at=decided_at,
            awarded=awarded,
            hold_transfer_id=hold_transfer_id,
        )

        decision_view.additional_properties = d
        return decision_view

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
