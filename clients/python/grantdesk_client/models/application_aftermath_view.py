from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.acceptance_view import AcceptanceView
    from ..models.decision_view import DecisionView
    from ..models.objection_view import ObjectionView
    from ..models.reserve_place_view import ReservePlaceView


T = TypeVar("T", bound="ApplicationAftermathView")


@_attrs_define
class ApplicationAftermathView:
    """One application after the decision: every decision on it (the latest is current), its
    place on the reserve list, its grant's acceptance and its objection.

        Attributes:
            application_id (UUID):
            decisions (list[DecisionView]):
            reserve_place (None | ReservePlaceView | Unset):
            acceptance (AcceptanceView | None | Unset):
            objection (None | ObjectionView | Unset):
    """

    application_id: UUID
    decisions: list[DecisionView]
    reserve_place: None | ReservePlaceView | Unset = UNSET
    acceptance: AcceptanceView | None | Unset = UNSET
    objection: None | ObjectionView | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.acceptance_view import AcceptanceView  # noqa: PLC0415
        from ..models.objection_view import ObjectionView  # noqa: PLC0415
        from ..models.reserve_place_view import ReservePlaceView  # noqa: PLC0415

        application_id = str(self.application_id)

        decisions = []
        for decisions_item_data in self.decisions:
            decisions_item = decisions_item_data.to_dict()
            decisions.append(decisions_item)

        reserve_place: dict[str, Any] | None | Unset
        if isinstance(self.reserve_place, Unset):
            reserve_place = UNSET
        elif isinstance(self.reserve_place, ReservePlaceView):
            reserve_place = self.reserve_place.to_dict()
        else:
            reserve_place = self.reserve_place

        acceptance: dict[str, Any] | None | Unset
        if isinstance(self.acceptance, Unset):
            acceptance = UNSET
        elif isinstance(self.acceptance, AcceptanceView):
            acceptance = self.acceptance.to_dict()
        else:
            acceptance = self.acceptance

        objection: dict[str, Any] | None | Unset
        if isinstance(self.objection, Unset):
            objection = UNSET
        elif isinstance(self.objection, ObjectionView):
            objection = self.objection.to_dict()
        else:
            objection = self.objection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "decisions": decisions,
            }
        )
        if reserve_place is not UNSET:
            field_dict["reserve_place"] = reserve_place
        if acceptance is not UNSET:
            field_dict["acceptance"] = acceptance
        if objection is not UNSET:
            field_dict["objection"] = objection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.acceptance_view import AcceptanceView  # noqa: PLC0415
        from ..models.decision_view import DecisionView  # noqa: PLC0415
        from ..models.objection_view import ObjectionView  # noqa: PLC0415
        from ..models.reserve_place_view import ReservePlaceView  # noqa: PLC0415

        d = dict(src_dict)
        application_id = UUID(d.pop("application_id"))

        decisions = []
        _decisions = d.pop("decisions")
        for decisions_item_data in _decisions:
            decisions_item = DecisionView.from_dict(decisions_item_data)

            decisions.append(decisions_item)

        def _parse_reserve_place(data: object) -> None | ReservePlaceView | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reserve_place_type_1 = ReservePlaceView.from_dict(data)

                return reserve_place_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReservePlaceView | Unset, data)

        reserve_place = _parse_reserve_place(d.pop("reserve_place", UNSET))

        def _parse_acceptance(data: object) -> AcceptanceView | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                acceptance_type_1 = AcceptanceView.from_dict(data)

                return acceptance_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AcceptanceView | None | Unset, data)

        acceptance = _parse_acceptance(d.pop("acceptance", UNSET))

        def _parse_objection(data: object) -> None | ObjectionView | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                objection_type_1 = ObjectionView.from_dict(data)

                return objection_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ObjectionView | Unset, data)

        objection = _parse_objection(d.pop("objection", UNSET))

        application_aftermath_view = cls(
            application_id=application_id,
            decisions=decisions,
            reserve_place=reserve_place,
            acceptance=acceptance,
            objection=objection,
        )

        application_aftermath_view.additional_properties = d
        return application_aftermath_view

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
