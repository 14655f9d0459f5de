from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import File

T = TypeVar("T", bound="FinalReportForm")


@_attrs_define
class FinalReportForm:
    """The final report form: `spent` (a decimal string such as "41250.00") and `file`.

    Attributes:
        spent (Decimal): What the project spent, as a decimal string with at most two decimals. Example: 41250.00.
        file (File): The report (PDF, ODF/OOXML document or spreadsheet, PNG, JPEG).
    """

    spent: Decimal
    file: File
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spent = str(self.spent)

        file = self.file.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spent": spent,
                "file": file,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("spent", (None, str(self.spent).encode(), "text/plain")))

        files.append(("file", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        spent = Decimal(str(d.pop("spent")))

        file = File(payload=BytesIO(d.pop("file")))

        final_report_form = cls(
            spent=spent,
            file=file,
        )

        final_report_form.additional_properties = d
        return final_report_form

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
