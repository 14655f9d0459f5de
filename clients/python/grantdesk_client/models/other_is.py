from enum import StrEnum


class OtherIs(StrEnum):
    PARENT = "parent"
    SUBSIDIARY = "subsidiary"

    def __str__(self) -> str:
        return str(self.value)
