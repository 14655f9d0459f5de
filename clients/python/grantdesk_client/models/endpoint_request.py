from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.event_type import EventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointRequest")


@_attrs_define
class EndpointRequest:
    """A new endpoint. An applicant registers one for an organisation it represents (its events
    only); an admin for one organisation or, without `organisation_id`, for every event.

        Attributes:
            url (str): Where deliveries are posted: `https`, a public host (see the README on private
                networks). Example: https://finance.genk.be/hooks/grantdesk.
            event_types (list[EventType]): The events to receive (at least one). Example: ['application.submitted',
                'application.decided'].
            organisation_id (None | Unset | UUID): The organisation whose events it receives (required for applicants).
            description (None | str | Unset): What it is for, for its owner (at most 500 characters). Example: Boekhouding:
                subsidiedossiers.
    """

    url: str
    event_types: list[EventType]
    organisation_id: None | Unset | UUID = UNSET
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        event_types = []
        for event_types_item_data in self.event_types:
            event_types_item = event_types_item_data.value
            event_types.append(event_types_item)

        organisation_id: None | str | Unset
        if isinstance(self.organisation_id, Unset):
            organisation_id = UNSET
        elif isinstance(self.organisation_id, UUID):
            organisation_id = str(self.organisation_id)
        else:
            organisation_id = self.organisation_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
                "event_types": event_types,
            }
        )
        if organisation_id is not UNSET:
            field_dict["organisation_id"] = organisation_id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        event_types = []
        _event_types = d.pop("event_types")
        for event_types_item_data in _event_types:
            event_types_item = EventType(event_types_item_data)

            event_types.append(event_types_item)

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

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        endpoint_request = cls(
            url=url,
            event_types=event_types,
            organisation_id=organisation_id,
            description=description,
        )

        return endpoint_request
