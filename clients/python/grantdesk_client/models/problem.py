from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_error import FieldError
    from ..models.problem_params_type_0 import ProblemParamsType0


T = TypeVar("T", bound="Problem")


@_attrs_define
class Problem:
    """An RFC 9457 problem document. `type` is stable per kind of problem; `title` is its human
    name; `detail` says what happened in this case.

        Example:
            {'detail': 'the budget agreement (begrotingsakkoord) cannot be recorded before the finance inspectorate advice
                (Inspectie van Financiën) [gate if_advice]', 'gate': 'if_advice', 'status': 409, 'title': 'Approval gate out of
                order', 'type': '/problems/gate-out-of-order'}

        Attributes:
            type_ (str):
            title (str):
            status (int):
            detail (str):
            errors (list[FieldError] | None | Unset): Per-field errors of a validation problem.
            gate (None | str | Unset): The approval gate a refusal is about (`if_advice`, `budget_agreement`,
                `government_approval`).
            available (Decimal | None | Unset): What was available, for an insufficient-funds refusal (decimal string).
                Example: 1000.00.
            requested (Decimal | None | Unset): What was requested, for an insufficient-funds refusal (decimal string).
                Example: 1500.00.
            deadline (None | str | Unset): The deadline a refusal is about, in the call's zone with its offset.
            rule (None | str | Unset): The rule a refused command broke (`call_transition`, `overpayment`, ...; see
                `domain/src/rule.rs`), where the detail is that rule in words.
            params (None | ProblemParamsType0 | Unset): The values `rule` names, by name, as strings: a client can word the
                refusal itself.
    """

    type_: str
    title: str
    status: int
    detail: str
    errors: list[FieldError] | None | Unset = UNSET
    gate: None | str | Unset = UNSET
    available: Decimal | None | Unset = UNSET
    requested: Decimal | None | Unset = UNSET
    deadline: None | str | Unset = UNSET
    rule: None | str | Unset = UNSET
    params: None | ProblemParamsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.problem_params_type_0 import ProblemParamsType0  # noqa: PLC0415

        type_ = self.type_

        title = self.title

        status = self.status

        detail = self.detail

        errors: list[dict[str, Any]] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)

        else:
            errors = self.errors

        gate: None | str | Unset
        if isinstance(self.gate, Unset):
            gate = UNSET
        else:
            gate = self.gate

        available: None | str | Unset
        if isinstance(self.available, Unset):
            available = UNSET
        elif isinstance(self.available, Decimal):
            available = str(self.available)
        else:
            available = self.available

        requested: None | str | Unset
        if isinstance(self.requested, Unset):
            requested = UNSET
        elif isinstance(self.requested, Decimal):
            requested = str(self.requested)
        else:
            requested = self.requested

        deadline: None | str | Unset
        if isinstance(self.deadline, Unset):
            deadline = UNSET
        else:
            deadline = self.deadline

        rule: None | str | Unset
        if isinstance(self.rule, Unset):
            rule = UNSET
        else:
            rule = self.rule

        params: dict[str, Any] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, ProblemParamsType0):
            params = self.params.to_dict()
        else:
            params = self.params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
                "status": status,
                "detail": detail,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors
        if gate is not UNSET:
            field_dict["gate"] = gate
        if available is not UNSET:
            field_dict["available"] = available
        if requested is not UNSET:
            field_dict["requested"] = requested
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if rule is not UNSET:
            field_dict["rule"] = rule
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_error import FieldError  # noqa: PLC0415
        from ..models.problem_params_type_0 import ProblemParamsType0  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        title = d.pop("title")

        status = d.pop("status")

        detail = d.pop("detail")

        def _parse_errors(data: object) -> list[FieldError] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                errors_type_0 = []
                _errors_type_0 = data
                for errors_type_0_item_data in _errors_type_0:
                    errors_type_0_item = FieldError.from_dict(errors_type_0_item_data)

                    errors_type_0.append(errors_type_0_item)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FieldError] | None | Unset, data)

        errors = _parse_errors(d.pop("errors", UNSET))

        def _parse_gate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gate = _parse_gate(d.pop("gate", UNSET))

        def _parse_available(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                available_type_0 = Decimal(str(data))

                return available_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        available = _parse_available(d.pop("available", UNSET))

        def _parse_requested(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                requested_type_0 = Decimal(str(data))

                return requested_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        requested = _parse_requested(d.pop("requested", UNSET))

        def _parse_deadline(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deadline = _parse_deadline(d.pop("deadline", UNSET))

        def _parse_rule(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rule = _parse_rule(d.pop("rule", UNSET))

        def _parse_params(data: object) -> None | ProblemParamsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = ProblemParamsType0.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProblemParamsType0 | Unset, data)

        params = _parse_params(d.pop("params", UNSET))

        problem = cls(
            type_=type_,
            title=title,
            status=status,
            detail=detail,
            errors=errors,
            gate=gate,
            available=available,
            requested=requested,
            deadline=deadline,
            rule=rule,
            params=params,
        )

        problem.additional_properties = d
        return problem

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
