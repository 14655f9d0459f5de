from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.page_organisation_view_items_item import PageOrganisationViewItemsItem


T = TypeVar("T", bound="PageOrganisationView")


@_attrs_define
class PageOrganisationView:
    """One page of a listing.

    Attributes:
        items (list[PageOrganisationViewItemsItem]):
        page (int):
        per_page (int):
        total (int): How many items match in all.
    """

    items: list[PageOrganisationViewItemsItem]
    page: int
    per_page: int
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        page = self.page

        per_page = self.per_page

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "page": page,
                "per_page": per_page,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.page_organisation_view_items_item import PageOrganisationViewItemsItem  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = PageOrganisationViewItemsItem.from_dict(items_item_data)

            items.append(items_item)

        page = d.pop("page")

        per_page = d.pop("per_page")

        total = d.pop("total")

        page_organisation_view = cls(
            items=items,
            page=page,
            per_page=per_page,
            total=total,
        )

        page_organisation_view.additional_properties = d
        return page_organisation_view

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
