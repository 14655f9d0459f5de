from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.endpoint_status import EndpointStatus
from ..models.event_type import EventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointView")


@_attrs_define
class EndpointView:
    """An endpoint (its secret is never shown again after it was made).

    Attributes:
        id (UUID):
        url (str):  Example: https://finance.genk.be/hooks/grantdesk.
        description (str):
        event_types (list[EventType]):
        status (EndpointStatus): Whether an endpoint receives deliveries: active, or disabled (by its owner, an admin,
            or
            because its deliveries kept failing; its messages wait until it is enabled again).
        consecutive_failures (int): Messages that failed every attempt, in a row.
        created_by (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        organisation_id (None | Unset | UUID): The organisation whose events it receives; null: an admin's endpoint,
            every event.
        disabled_reason (None | str | Unset): Why it was disabled.
    """

    id: UUID
    url: str
    description: str
    event_types: list[EventType]
    status: EndpointStatus
    consecutive_failures: int
    created_by: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    organisation_id: None | Unset | UUID = UNSET
    disabled_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        url = self.url

        description = self.description

        event_types = []
        for event_types_item_data in self.event_types:
            event_types_item = event_types_item_data.value
            event_types.append(event_types_item)

        status = self.status.value

        consecutive_failures = self.consecutive_failures

        created_by = str(self.created_by)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        organisation_id: None | str | Unset
        if isinstance(self.organisation_id, Unset):
            organisation_id = UNSET
        elif isinstance(self.organisation_id, UUID):
            organisation_id = str(self.organisation_id)
        else:
            organisation_id = self.organisation_id

        disabled_reason: None | str | Unset
        if isinstance(self.disabled_reason, Unset):
            disabled_reason = UNSET
        else:
            disabled_reason = self.disabled_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "description": description,
                "event_types": event_types,
                "status": status,
                "consecutive_failures": consecutive_failures,
                "created_by": created_by,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if organisation_id is not UNSET:
            field_dict["organisation_id"] = organisation_id
        if disabled_reason is not UNSET:
            field_dict["disabled_reason"] = disabled_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        url = d.pop("url")

        description = d.pop("description")

        event_types = []
        _event_types = d.pop("event_types")
        for event_types_item_data in _event_types:
            event_types_item = EventType(event_types_item_data)

            event_types.append(event_types_item)

        status = EndpointStatus(d.pop("status"))

        consecutive_failures = d.pop("consecutive_failures")

        created_by = UUID(d.pop("created_by"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_organisation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                organisation_id_type_0 = UUID(data)

                return organisation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        organisation_id = _parse_organisation_id(d.pop("organisation_id", UNSET))

        def _parse_disabled_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        disabled_reason = _parse_disabled_reason(d.pop("disabled_reason", UNSET))

        endpoint_view = cls(
            id=id,
            url=url,
            description=description,
            event_types=event_types,
            status=status,
            consecutive_failures=consecutive_failures,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
            organisation_id=organisation_id,
            disabled_reason=disabled_reason,
        )

        endpoint_view.additional_properties = d
        return endpoint_view

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
