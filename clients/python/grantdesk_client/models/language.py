from enum import StrEnum


class Language(StrEnum):
    EN = "en"
    FR = "fr"
    NL = "nl"

    def __str__(self) -> str:
        return str(self.value)
