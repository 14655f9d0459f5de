from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.broken_link_view import BrokenLinkView
    from ..models.log_verification_view import LogVerificationView


T = TypeVar("T", bound="AuditVerification")


@_attrs_define
class AuditVerification:
    """The result of checking the audit trail: the hash chain (the records written before the
    verifiable log replaced it, #16) and the log.

        Attributes:
            intact (bool): `true` when every link of the chain and everything in the log holds.
            checked (int): Chained records checked.
            unchained (int): Records outside the chain (written before it began, or since the log replaced it).
            log (LogVerificationView): The outcome of checking the whole log.
            first_broken (BrokenLinkView | None | Unset):
    """

    intact: bool
    checked: int
    unchained: int
    log: LogVerificationView
    first_broken: BrokenLinkView | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.broken_link_view import BrokenLinkView  # noqa: PLC0415

        intact = self.intact

        checked = self.checked

        unchained = self.unchained

        log = self.log.to_dict()

        first_broken: dict[str, Any] | None | Unset
        if isinstance(self.first_broken, Unset):
            first_broken = UNSET
        elif isinstance(self.first_broken, BrokenLinkView):
            first_broken = self.first_broken.to_dict()
        else:
            first_broken = self.first_broken

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "intact": intact,
                "checked": checked,
                "unchained": unchained,
                "log": log,
            }
        )
        if first_broken is not UNSET:
            field_dict["first_broken"] = first_broken

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.broken_link_view import BrokenLinkView  # noqa: PLC0415
        from ..models.log_verification_view import LogVerificationView  # noqa: PLC0415

        d = dict(src_dict)
        intact = d.pop("intact")

        checked = d.pop("checked")

        unchained = d.pop("unchained")

        log = LogVerificationView.from_dict(d.pop("log"))

        def _parse_first_broken(data: object) -> BrokenLinkView | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                first_broken_type_1 = BrokenLinkView.from_dict(data)

                return first_broken_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BrokenLinkView | None | Unset, data)

        first_broken = _parse_first_broken(d.pop("first_broken", UNSET))

        audit_verification = cls(
            intact=intact,
            checked=checked,
            unchained=unchained,
            log=log,
            first_broken=first_broken,
        )

        audit_verification.additional_properties = d
        return audit_verification

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
