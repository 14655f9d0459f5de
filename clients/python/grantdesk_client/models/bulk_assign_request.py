from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkAssignRequest")


@_attrs_define
class BulkAssignRequest:
    """Assigns reviewers to every eligible application of a call (or of one track), round robin,
    skipping conflicts and existing assignments, until each has `per_application` reviewers.

        Attributes:
            reviewer_ids (list[UUID]):
            per_application (int):  Example: 3.
            track (int | None | Unset):
    """

    reviewer_ids: list[UUID]
    per_application: int
    track: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reviewer_ids = []
        for reviewer_ids_item_data in self.reviewer_ids:
            reviewer_ids_item = str(reviewer_ids_item_data)
            reviewer_ids.append(reviewer_ids_item)

        per_application = self.per_application

        track: int | None | Unset
        if isinstance(self.track, Unset):
            track = UNSET
        else:
            track = self.track

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reviewer_ids": reviewer_ids,
                "per_application": per_application,
            }
        )
        if track is not UNSET:
            field_dict["track"] = track

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reviewer_ids = []
        _reviewer_ids = d.pop("reviewer_ids")
        for reviewer_ids_item_data in _reviewer_ids:
            reviewer_ids_item = UUID(reviewer_ids_item_data)

            reviewer_ids.append(reviewer_ids_item)

        per_application = d.pop("per_application")

        def _parse_track(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        track = _parse_track(d.pop("track", UNSET))

        bulk_assign_request = cls(
            reviewer_ids=reviewer_ids,
            per_application=per_application,
            track=track,
        )

        return bulk_assign_request
