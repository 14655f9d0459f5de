from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.counted_award_view import CountedAwardView
    from ..models.declared_aid_view import DeclaredAidView


T = TypeVar("T", bound="RegulationPositionView")


@_attrs_define
class RegulationPositionView:
    """Where the single undertaking stands under one de minimis regulation, counted as the check at
    award counts: every award here in a call with a ceiling (held or made) and every declared
    aid, in the window.

        Attributes:
            regulation (str):  Example: EU 2023/2831.
            ceiling (Decimal):  Example: 300000.00.
            window_from (datetime.date):
            window_to (datetime.date):
            awarded (Decimal): Awarded (or held) here, in calls with a ceiling, to any member, in the window. Example:
                50000.00.
            declared (Decimal): Declared by the members (other granting authorities), in the window, each once. Example:
                100000.00.
            headroom (Decimal): What is left under the ceiling. Example: 150000.00.
            awards (list[CountedAwardView]):
            declarations (list[DeclaredAidView]):
    """

    regulation: str
    ceiling: Decimal
    window_from: datetime.date
    window_to: datetime.date
    awarded: Decimal
    declared: Decimal
    headroom: Decimal
    awards: list[CountedAwardView]
    declarations: list[DeclaredAidView]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        regulation = self.regulation

        ceiling = str(self.ceiling)

        window_from = self.window_from.isoformat()

        window_to = self.window_to.isoformat()

        awarded = str(self.awarded)

        declared = str(self.declared)

        headroom = str(self.headroom)

        awards = []
        for awards_item_data in self.awards:
            awards_item = awards_item_data.to_dict()
            awards.append(awards_item)

        declarations = []
        for declarations_item_data in self.declarations:
            declarations_item = declarations_item_data.to_dict()
            declarations.append(declarations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "regulation": regulation,
                "ceiling": ceiling,
                "window_from": window_from,
                "window_to": window_to,
                "awarded": awarded,
                "declared": declared,
                "headroom": headroom,
                "awards": awards,
                "declarations": declarations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.counted_award_view import CountedAwardView  # noqa: PLC0415
        from ..models.declared_aid_view import DeclaredAidView  # noqa: PLC0415

        d = dict(src_dict)
        regulation = d.pop("regulation")

        ceiling = Decimal(str(d.pop("ceiling")))

        window_from = datetime.date.fromisoformat(d.pop("window_from"))

        window_to = datetime.date.fromisoformat(d.pop("window_to"))

        awarded = Decimal(str(d.pop("awarded")))

        declared = Decimal(str(d.pop("declared")))

        headroom = Decimal(str(d.pop("headroom")))

        awards = []
        _awards = d.pop("awards")
        for awards_item_data in _awards:
            awards_item = CountedAwardView.from_dict(awards_item_data)

            awards.append(awards_item)

        declarations = []
        _declarations = d.pop("declarations")
        for declarations_item_data in _declarations:
            declarations_item = DeclaredAidView.from_dict(declarations_item_data)

            declarations.append(declarations_item)

        regulation_position_view = cls(
            regulation=regulation,
            ceiling=ceiling,
            window_from=window_from,
            window_to=window_to,
            awarded=awarded,
            declared=declared,
            headroom=headroom,
            awards=awards,
            declarations=declarations,
        )

        regulation_position_view.additional_properties = d
        return regulation_position_view

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
