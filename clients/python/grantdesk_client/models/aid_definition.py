from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AidDefinition")


@_attrs_define
class AidDefinition:
    """What a call's grants are under the state-aid rules; every field has its default (not state
    aid).

        Attributes:
            regime (str | Unset): not_state_aid (the default: for example local governments acting as public
                authorities), de_minimis, sgei_de_minimis or block_exempted. Default: 'not_state_aid'. Example: de_minimis.
            regulation (None | str | Unset): The code of the regulation the aid relies on (one of `GET /aid-regulations` of
                the
                regime); required except for not_state_aid. Example: EU 2023/2831.
            gber_article (None | str | Unset): The GBER article a block-exempted call relies on (required for block_exempted
                only). Example: art. 53.
            cap_to_headroom (bool | Unset): De minimis regimes: an award over a single undertaking's ceiling is capped to
                what is
                left (its headroom) instead of refused. Default: False.
    """

    regime: str | Unset = "not_state_aid"
    regulation: None | str | Unset = UNSET
    gber_article: None | str | Unset = UNSET
    cap_to_headroom: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        regime = self.regime

        regulation: None | str | Unset
        if isinstance(self.regulation, Unset):
            regulation = UNSET
        else:
            regulation = self.regulation

        gber_article: None | str | Unset
        if isinstance(self.gber_article, Unset):
            gber_article = UNSET
        else:
            gber_article = self.gber_article

        cap_to_headroom = self.cap_to_headroom

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if regime is not UNSET:
            field_dict["regime"] = regime
        if regulation is not UNSET:
            field_dict["regulation"] = regulation
        if gber_article is not UNSET:
            field_dict["gber_article"] = gber_article
        if cap_to_headroom is not UNSET:
            field_dict["cap_to_headroom"] = cap_to_headroom

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        regime = d.pop("regime", UNSET)

        def _parse_regulation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        regulation = _parse_regulation(d.pop("regulation", UNSET))

        def _parse_gber_article(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gber_article = _parse_gber_article(d.pop("gber_article", UNSET))

        cap_to_headroom = d.pop("cap_to_headroom", UNSET)

        aid_definition = cls(
            regime=regime,
            regulation=regulation,
            gber_article=gber_article,
            cap_to_headroom=cap_to_headroom,
        )

        return aid_definition
