from enum import StrEnum


class BudgetCategory(StrEnum):
    EQUIPMENT = "equipment"
    OPERATING = "operating"
    OTHER = "other"
    PERSONNEL = "personnel"
    SUBCONTRACTING = "subcontracting"

    def __str__(self) -> str:
        return str(self.value)
