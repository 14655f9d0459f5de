from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organisation_ref import OrganisationRef


T = TypeVar("T", bound="PageControlLinkViewItemsItem")


@_attrs_define
class PageControlLinkViewItemsItem:
    """A control link: `parent` controls `subsidiary`.

    Attributes:
        id (UUID):
        parent (OrganisationRef):
        subsidiary (OrganisationRef):
        criterion (str):  Example: majority_of_voting_rights.
        status (str): declared, confirmed, rejected or ended; only confirmed links make a single undertaking. Example:
            confirmed.
        declared_at (datetime.datetime):
        decided_at (datetime.datetime | None | Unset):
        reason (None | str | Unset):
    """

    id: UUID
    parent: OrganisationRef
    subsidiary: OrganisationRef
    criterion: str
    status: str
    declared_at: datetime.datetime
    decided_at: datetime.datetime | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        parent = self.parent.to_dict()

        subsidiary = self.subsidiary.to_dict()

        criterion = self.criterion

        status = self.status

        declared_at = self.declared_at.isoformat()

        decided_at: None | str | Unset
        if isinstance(self.decided_at, Unset):
            decided_at = UNSET
        elif isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "parent": parent,
                "subsidiary": subsidiary,
                "criterion": criterion,
                "status": status,
                "declared_at": declared_at,
            }
        )
        if decided_at is not UNSET:
            field_dict["decided_at"] = decided_at
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organisation_ref import OrganisationRef  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        parent = OrganisationRef.from_dict(d.pop("parent"))

        subsidiary = OrganisationRef.from_dict(d.pop("subsidiary"))

        criterion = d.pop("criterion")

        status = d.pop("status")

        declared_at = datetime.datetime.fromisoformat(d.pop("declared_at"))

        def _parse_decided_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        decided_at = _parse_decided_at(d.pop("decided_at", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        page_control_link_view_items_item = cls(
            id=id,
            parent=parent,
            subsidiary=subsidiary,
            criterion=criterion,
            status=status,
            declared_at=declared_at,
            decided_at=decided_at,
            reason=reason,
        )

        page_control_link_view_items_item.additional_properties = d
        return page_control_link_view_items_item

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
