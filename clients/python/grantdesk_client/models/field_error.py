from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_error_params_type_0 import FieldErrorParamsType0


T = TypeVar("T", bound="FieldError")


@_attrs_define
class FieldError:
    """One invalid field of a request. The rejected value is never echoed back.

    Example:
        {'code': 'length', 'field': 'tracks[1].name', 'message': 'must be 1 to 200 characters', 'params': {'max': '200',
            'min': '1'}}

    Attributes:
        field (str): The field's path in the request, e.g. `budget` or `tracks[1].name`.
        code (str): A stable code: the rule the value breaks (`length`, `positive`, `unknown_track`, ...,
            with its values in `params`), or how the request is malformed (`invalid`, `required`,
            `unknown_field`, `control_character`).
        message (str): The rule in words, in the request's language (`Accept-Language`: `nl`, `fr`, `en`).
        params (FieldErrorParamsType0 | None | Unset): The values the rule names, by name, as strings (`{"min": "1",
            "max": "200"}`), for a
            client that words the rule itself. Present for every rule of a field's content.
    """

    field: str
    code: str
    message: str
    params: FieldErrorParamsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.field_error_params_type_0 import FieldErrorParamsType0  # noqa: PLC0415

        field = self.field

        code = self.code

        message = self.message

        params: dict[str, Any] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, FieldErrorParamsType0):
            params = self.params.to_dict()
        else:
            params = self.params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "code": code,
                "message": message,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_error_params_type_0 import FieldErrorParamsType0  # noqa: PLC0415

        d = dict(src_dict)
        field = d.pop("field")

        code = d.pop("code")

        message = d.pop("message")

        def _parse_params(data: object) -> FieldErrorParamsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = FieldErrorParamsType0.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FieldErrorParamsType0 | None | Unset, data)

        params = _parse_params(d.pop("params", UNSET))

        field_error = cls(
            field=field,
            code=code,
            message=message,
            params=params,
        )

        field_error.additional_properties = d
        return field_error

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
