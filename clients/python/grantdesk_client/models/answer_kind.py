from enum import StrEnum


class AnswerKind(StrEnum):
    ACCEPT = "accept"
    RENOUNCE = "renounce"

    def __str__(self) -> str:
        return str(self.value)
