"""Run openapi-python-client with one addition: `"type": "string", "format": "decimal"` becomes
`decimal.Decimal`.

openapi-python-client maps string formats it knows (date, date-time, uuid, binary) to Python
types and treats every other format as a plain `str`; its templates can be overridden
(`--custom-template-path`) but the Python type of a property is chosen in code. This wrapper
registers a `DecimalProperty` for the "decimal" format (rendered by
templates/property_templates/decimal_property.py.jinja: `Decimal(str(value))` when parsing,
`str(amount)` when writing) and then runs the generator's own command line unchanged. It is
called by ../generate.sh, with the pinned generator (requirements-gen.txt): run that, not this.
"""

from __future__ import annotations

import decimal
import sys
from typing import Any, ClassVar

from attrs import define, field
from openapi_python_client import schema as oai
from openapi_python_client.parser import properties as _properties
from openapi_python_client.parser.errors import PropertyError
from openapi_python_client.parser.properties.protocol import PropertyProtocol, Value, convert_example
from openapi_python_client.strings import PythonCode, PythonIdentifier


@define
class DecimalProperty(PropertyProtocol):
    """A property of type decimal.Decimal, a decimal string in JSON."""

    name: oai.UntrustedString
    required: bool
    default: Value | None
    python_name: PythonIdentifier
    description: oai.UntrustedString | None
    example: oai.UntrustedString | None = field(converter=convert_example)

    _type_string: ClassVar[str] = "Decimal"
    _json_type_string: ClassVar[str] = "str"
    template: ClassVar[str] = "decimal_property.py.jinja"

    @classmethod
    def build(
        cls,
        name: oai.UntrustedString,
        required: bool,
        default: Any,
        python_name: PythonIdentifier,
        description: oai.UntrustedString | None,
        example: Any,
    ) -> DecimalProperty | PropertyError:
        checked_default = cls.convert_value(default)
        if isinstance(checked_default, PropertyError):
            return checked_default
        return DecimalProperty(
            name=name,
            required=required,
            default=checked_default,
            python_name=python_name,
            description=description,
            example=example,
        )

    @classmethod
    def convert_value(cls, value: Any) -> Value | PropertyError | None:
        if isinstance(value, Value) or value is None:
            return value
        if isinstance(value, str):
            try:
                decimal.Decimal(value)
            except decimal.InvalidOperation:
                return PropertyError(f"Invalid decimal: {value!r}")
            return Value(python_code=PythonCode(f"Decimal({value!r})"), raw_value=value)
        return PropertyError(f"Cannot convert {value!r} to a decimal (decimals are strings)")

    def get_imports(self, *, prefix: str) -> set[str]:
        imports = super().get_imports(prefix=prefix)
        imports.add("from decimal import Decimal")
        return imports


_string_based_property = _properties._string_based_property


def _string_or_decimal_property(name, required, data, config):  # type: ignore[no-untyped-def]
    if data.schema_format == "decimal":
        return DecimalProperty.build(
            name=name,
            required=required,
            default=data.default,
            python_name=PythonIdentifier(value=name, prefix=config.field_prefix),
            description=data.description,
            example=data.example,
        )
    return _string_based_property(name=name, required=required, data=data, config=config)


_properties._string_based_property = _string_or_decimal_property

if __name__ == "__main__":
    from openapi_python_client.cli import app

    sys.exit(app())
