from enum import StrEnum


class EventType(StrEnum):
    APPLICATION_DECIDED = "application.decided"
    APPLICATION_SUBMITTED = "application.submitted"
    AWARD_ANSWERED = "award.answered"
    FINAL_REPORT_DECIDED = "final_report.decided"
    GRANT_CANCELLED = "grant.cancelled"
    OBJECTION_LODGED = "objection.lodged"
    OBJECTION_RULED = "objection.ruled"
    ORGANISATION_CLAIM_REJECTED = "organisation.claim_rejected"
    ORGANISATION_VERIFIED = "organisation.verified"
    PAYMENT_MADE = "payment.made"
    WEBHOOK_TEST = "webhook.test"

    def __str__(self) -> str:
        return str(self.value)
