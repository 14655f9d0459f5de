from enum import StrEnum


class OrganisationKind(StrEnum):
    COMPANY = "company"
    LOCAL_GOVERNMENT = "local_government"
    NON_PROFIT = "non_profit"
    OTHER = "other"

    def __str__(self) -> str:
        return str(self.value)
