from enum import StrEnum


class FundingStatus(StrEnum):
    GRANTED = "granted"
    REFUSED = "refused"
    REQUESTED = "requested"

    def __str__(self) -> str:
        return str(self.value)
