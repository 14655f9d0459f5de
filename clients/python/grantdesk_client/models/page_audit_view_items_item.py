from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.page_audit_view_items_item_after_type_0 import PageAuditViewItemsItemAfterType0
    from ..models.page_audit_view_items_item_before_type_0 import PageAuditViewItemsItemBeforeType0


T = TypeVar("T", bound="PageAuditViewItemsItem")


@_attrs_define
class PageAuditViewItemsItem:
    """One change: who, when, what, and the target before and after.

    Attributes:
        id (UUID):
        at (datetime.datetime):
        actor (str):
        action (str):  Example: call.open.
        target_type (str):  Example: call.
        target_id (str):
        before (None | PageAuditViewItemsItemBeforeType0 | Unset):
        after (None | PageAuditViewItemsItemAfterType0 | Unset):
    """

    id: UUID
    at: datetime.datetime
    actor: str
    action: str
    target_type: str
    target_id: str
    before: None | PageAuditViewItemsItemBeforeType0 | Unset = UNSET
    after: None | PageAuditViewItemsItemAfterType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.page_audit_view_items_item_after_type_0 import PageAuditViewItemsItemAfterType0  # noqa: PLC0415
        from ..models.page_audit_view_items_item_before_type_0 import PageAuditViewItemsItemBeforeType0  # noqa: PLC0415

        id = str(self.id)

        at = self.at.isoformat()

        actor = self.actor

        action = self.action

        target_type = self.target_type

        target_id = self.target_id

        before: dict[str, Any] | None | Unset
        if isinstance(self.before, Unset):
            before = UNSET
        elif isinstance(self.before, PageAuditViewItemsItemBeforeType0):
            before = self.before.to_dict()
        else:
            before = self.before

        after: dict[str, Any] | None | Unset
        if isinstance(self.after, Unset):
            after = UNSET
        elif isinstance(self.after, PageAuditViewItemsItemAfterType0):
            after = self.after.to_dict()
        else:
            after = self.after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "at": at,
                "actor": actor,
                "action": action,
                "target_type": target_type,
                "target_id": target_id,
            }
        )
        if before is not UNSET:
            field_dict["before"] = before
        if after is not UNSET:
            field_dict["after"] = after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.page_audit_view_items_item_after_type_0 import PageAuditViewItemsItemAfterType0  # noqa: PLC0415
        from ..models.page_audit_view_items_item_before_type_0 import PageAuditViewItemsItemBeforeType0  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        actor = d.pop("actor")

        action = d.pop("action")

        target_type = d.pop("target_type")

        target_id = d.pop("target_id")

        def _parse_before(data: object) -> None | PageAuditViewItemsItemBeforeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                before_type_0 = PageAuditViewItemsItemBeforeType0.from_dict(data)

                return before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PageAuditViewItemsItemBeforeType0 | Unset, data)

        before = _parse_before(d.pop("before", UNSET))

        def _parse_after(data: object) -> None | PageAuditViewItemsItemAfterType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                after_type_0 = PageAuditViewItemsItemAfterType0.from_dict(data)

                return after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PageAuditViewItemsItemAfterType0 | Unset, data)

        after = _parse_after(d.pop("after", UNSET))

        page_audit_view_items_item = cls(
            id=id,
            at=at,
            actor=actor,
            action=action,
            target_type=target_type,
            target_id=target_id,
            before=before,
            after=after,
        )

        page_audit_view_items_item.additional_properties = d
        return page_audit_view_items_item

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
