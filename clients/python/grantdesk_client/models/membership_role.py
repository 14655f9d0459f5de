from enum import StrEnum


class MembershipRole(StrEnum):
    MEMBER = "member"
    REPRESENTATIVE = "representative"

    def __str__(self) -> str:
        return str(self.value)
