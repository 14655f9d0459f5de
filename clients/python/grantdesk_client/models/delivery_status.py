from enum import StrEnum


class DeliveryStatus(StrEnum):
    FAILED = "failed"
    PENDING = "pending"
    SENT = "sent"

    def __str__(self) -> str:
        return str(self.value)
