from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_status import DeliveryStatus
from ..models.event_type import EventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attempt_view import AttemptView
    from ..models.page_webhook_message_view_items_item_payload import PageWebhookMessageViewItemsItemPayload


T = TypeVar("T", bound="PageWebhookMessageViewItemsItem")


@_attrs_define
class PageWebhookMessageViewItemsItem:
    """A message for an endpoint and how its delivery went.

    Attributes:
        id (str): The `webhook-id` (the same on every attempt and replay). Example:
            msg_5f0c6a0d3b5a4c2e9b1d7f3a2e4c6b8d.
        event_type (EventType): What an endpoint subscribes to.
        payload (PageWebhookMessageViewItemsItemPayload): The body as it is posted.
        created_at (datetime.datetime):
        status (DeliveryStatus): Where a message's delivery stands: pending (waiting for its next attempt), sent, or
            failed
            (parked after its last attempt, until staff retry it).
        attempts (int):
        log (list[AttemptView]): Every attempt, oldest first.
        next_attempt_at (datetime.datetime | None | Unset):
        last_error (None | str | Unset):
        sent_at (datetime.datetime | None | Unset):
    """

    id: str
    event_type: EventType
    payload: PageWebhookMessageViewItemsItemPayload
    created_at: datetime.datetime
    status: DeliveryStatus
    attempts: int
    log: list[AttemptView]
    next_attempt_at: datetime.datetime | None | Unset = UNSET
    last_error: None | str | Unset = UNSET
    sent_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event_type = self.event_type.value

        payload = self.payload.to_dict()

        created_at = self.created_at.isoformat()

        status = self.status.value

        attempts = self.attempts

        log = []
        for log_item_data in self.log:
            log_item = log_item_data.to_dict()
            log.append(log_item)

        next_attempt_at: None | str | Unset
        if isinstance(self.next_attempt_at, Unset):
            next_attempt_at = UNSET
        elif isinstance(self.next_attempt_at, datetime.datetime):
            next_attempt_at = self.next_attempt_at.isoformat()
        else:
            next_attempt_at = self.next_attempt_at

        last_error: None | str | Unset
        if isinstance(self.last_error, Unset):
            last_error = UNSET
        else:
            last_error = self.last_error

        sent_at: None | str | Unset
        if isinstance(self.sent_at, Unset):
            sent_at = UNSET
        elif isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "event_type": event_type,
                "payload": payload,
                "created_at": created_at,
                "status": status,
                "attempts": attempts,
                "log": log,
            }
        )
        if next_attempt_at is not UNSET:
            field_dict["next_attempt_at"] = next_attempt_at
        if last_error is not UNSET:
            field_dict["last_error"] = last_error
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attempt_view import AttemptView  # noqa: PLC0415
        from ..models.page_webhook_message_view_items_item_payload import PageWebhookMessageViewItemsItemPayload  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        event_type = EventType(d.pop("event_type"))

        payload = PageWebhookMessageViewItemsItemPayload.from_dict(d.pop("payload"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        status = DeliveryStatus(d.pop("status"))

        attempts = d.pop("attempts")

        log = []
        _log = d.pop("log")
        for log_item_data in _log:
            log_item = AttemptView.from_dict(log_item_data)

            log.append(log_item)

        def _parse_next_attempt_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_attempt_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_attempt_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_attempt_at = _parse_next_attempt_at(d.pop("next_attempt_at", UNSET))

        def _parse_last_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_error = _parse_last_error(d.pop("last_error", UNSET))

        def _parse_sent_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sent_at_type_0 = datetime.datetime.fromisoformat(data)

                return sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        sent_at = _parse_sent_at(d.pop("sent_at", UNSET))

        page_webhook_message_view_items_item = cls(
            id=id,
            event_type=event_type,
            payload=payload,
            created_at=created_at,
            status=status,
            attempts=attempts,
            log=log,
            next_attempt_at=next_attempt_at,
            last_error=last_error,
            sent_at=sent_at,
        )

        page_webhook_message_view_items_item.additional_properties = d
        return page_webhook_message_view_items_item

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
