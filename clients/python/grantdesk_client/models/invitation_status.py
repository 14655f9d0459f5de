from enum import StrEnum


class InvitationStatus(StrEnum):
    ACCEPTED = "accepted"
    DECLINED = "declined"
    PENDING = "pending"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
