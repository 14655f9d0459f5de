"""Contains all the data models used in inputs/outputs"""

from .acceptance_request import AcceptanceRequest
from .acceptance_view import AcceptanceView
from .address_dto import AddressDto
from .after_decision_definition import AfterDecisionDefinition
from .aftermath_view import AftermathView
from .aid_declaration_dto import AidDeclarationDto
from .aid_definition import AidDefinition
from .aid_position_view import AidPositionView
from .answer_kind import AnswerKind
from .answer_request import AnswerRequest
from .application_aftermath_view import ApplicationAftermathView
from .application_content_dto import ApplicationContentDto
from .application_content_dto_answers import ApplicationContentDtoAnswers
from .application_summary import ApplicationSummary
from .application_view import ApplicationView
from .application_view_answers import ApplicationViewAnswers
from .article_balance import ArticleBalance
from .article_balances_view import ArticleBalancesView
from .article_view import ArticleView
from .ask_request import AskRequest
from .assign_request import AssignRequest
from .assignment_view import AssignmentView
from .attachment_kind_definition import AttachmentKindDefinition
from .attachment_view import AttachmentView
from .attempt_view import AttemptView
from .audit_verification import AuditVerification
from .audit_view import AuditView
from .audit_view_after_type_0 import AuditViewAfterType0
from .audit_view_before_type_0 import AuditViewBeforeType0
from .broken_link_view import BrokenLinkView
from .budget_category import BudgetCategory
from .budget_line_dto import BudgetLineDto
from .budget_line_view import BudgetLineView
from .budget_lines_request import BudgetLinesRequest
from .bulk_assign_request import BulkAssignRequest
from .bulk_assign_view import BulkAssignView
from .bulk_decision_item import BulkDecisionItem
from .bulk_decision_request import BulkDecisionRequest
from .call_aftermath_view import CallAftermathView
from .call_budget_view import CallBudgetView
from .call_request import CallRequest
from .call_view import CallView
from .cancel_request import CancelRequest
from .cancellation_request import CancellationRequest
from .cancellation_view import CancellationView
from .checkpoint_view import CheckpointView
from .claim_view import ClaimView
from .conflict_request import ConflictRequest
from .consistency_proof_view import ConsistencyProofView
from .contact_dto import ContactDto
from .control_link_request import ControlLinkRequest
from .control_link_view import ControlLinkView
from .counted_award_view import CountedAwardView
from .create_application_request import CreateApplicationRequest
from .create_application_request_answers import CreateApplicationRequestAnswers
from .create_article_request import CreateArticleRequest
from .create_user_request import CreateUserRequest
from .credit_request import CreditRequest
from .criterion_definition import CriterionDefinition
from .deadline_change_view import DeadlineChangeView
from .deadline_view import DeadlineView
from .decision_request import DecisionRequest
from .decision_view import DecisionView
from .declared_aid_view import DeclaredAidView
from .delivery_status import DeliveryStatus
from .delivery_view import DeliveryView
from .double_funding_signal_view import DoubleFundingSignalView
from .double_funding_view import DoubleFundingView
from .endpoint_created import EndpointCreated
from .endpoint_request import EndpointRequest
from .endpoint_status import EndpointStatus
from .endpoint_view import EndpointView
from .erasure_request import ErasureRequest
from .erasure_view import ErasureView
from .event_type import EventType
from .evidence_view import EvidenceView
from .extend_deadline_request import ExtendDeadlineRequest
from .field_error import FieldError
from .field_error_params_type_0 import FieldErrorParamsType0
from .final_report_form import FinalReportForm
from .final_report_view import FinalReportView
from .finding_request import FindingRequest
from .finding_view import FindingView
from .funding_status import FundingStatus
from .gate_request import GateRequest
from .gate_view import GateView
from .giving_dates import GivingDates
from .giving_grant import GivingGrant
from .giving_organization import GivingOrganization
from .giving_package import GivingPackage
from .giving_programme import GivingProgramme
from .giving_publisher import GivingPublisher
from .giving_transaction import GivingTransaction
from .grant_view import GrantView
from .health import Health
from .inbox_page import InboxPage
from .inclusion_proof_view import InclusionProofView
from .invitation_accepted import InvitationAccepted
from .invitation_request import InvitationRequest
from .invitation_status import InvitationStatus
from .invitation_view import InvitationView
from .language import Language
from .language_request import LanguageRequest
from .language_view import LanguageView
from .link_decision_request import LinkDecisionRequest
from .log_entry_view import LogEntryView
from .log_fault_view import LogFaultView
from .log_verification_view import LogVerificationView
from .me_view import MeView
from .member_view import MemberView
from .membership_role import MembershipRole
from .membership_view import MembershipView
from .notification_view import NotificationView
from .notification_view_facts import NotificationViewFacts
from .objection_attachment_view import ObjectionAttachmentView
from .objection_request import ObjectionRequest
from .objection_upload_form import ObjectionUploadForm
from .objection_view import ObjectionView
from .organisation_kind import OrganisationKind
from .organisation_ref import OrganisationRef
from .organisation_request import OrganisationRequest
from .organisation_view import OrganisationView
from .other_funding_dto import OtherFundingDto
from .other_is import OtherIs
from .page_application_summary import PageApplicationSummary
from .page_application_summary_items_item import PageApplicationSummaryItemsItem
from .page_article_view import PageArticleView
from .page_article_view_items_item import PageArticleViewItemsItem
from .page_audit_view import PageAuditView
from .page_audit_view_items_item import PageAuditViewItemsItem
from .page_audit_view_items_item_after_type_0 import PageAuditViewItemsItemAfterType0
from .page_audit_view_items_item_before_type_0 import PageAuditViewItemsItemBeforeType0
from .page_call_view import PageCallView
from .page_call_view_items_item import PageCallViewItemsItem
from .page_checkpoint_view import PageCheckpointView
from .page_checkpoint_view_items_item import PageCheckpointViewItemsItem
from .page_claim_view import PageClaimView
from .page_claim_view_items_item import PageClaimViewItemsItem
from .page_control_link_view import PageControlLinkView
from .page_control_link_view_items_item import PageControlLinkViewItemsItem
from .page_delivery_view import PageDeliveryView
from .page_delivery_view_items_item import PageDeliveryViewItemsItem
from .page_endpoint_view import PageEndpointView
from .page_endpoint_view_items_item import PageEndpointViewItemsItem
from .page_grant_view import PageGrantView
from .page_grant_view_items_item import PageGrantViewItemsItem
from .page_log_entry_view import PageLogEntryView
from .page_log_entry_view_items_item import PageLogEntryViewItemsItem
from .page_organisation_view import PageOrganisationView
from .page_organisation_view_items_item import PageOrganisationViewItemsItem
from .page_question_view import PageQuestionView
from .page_question_view_items_item import PageQuestionViewItemsItem
from .page_staff_user_view import PageStaffUserView
from .page_staff_user_view_items_item import PageStaffUserViewItemsItem
from .page_transfer_view import PageTransferView
from .page_transfer_view_items_item import PageTransferViewItemsItem
from .page_webhook_message_view import PageWebhookMessageView
from .page_webhook_message_view_items_item import PageWebhookMessageViewItemsItem
from .page_webhook_message_view_items_item_payload import PageWebhookMessageViewItemsItemPayload
from .password_change_request import PasswordChangeRequest
from .password_reset_accepted import PasswordResetAccepted
from .password_reset_confirmation import PasswordResetConfirmation
from .password_reset_request import PasswordResetRequest
from .payment_request import PaymentRequest
from .payment_view import PaymentView
from .problem import Problem
from .problem_params_type_0 import ProblemParamsType0
from .question_definition import QuestionDefinition
from .question_view import QuestionView
from .ranking_line import RankingLine
from .receipt_view import ReceiptView
from .receipt_view_snapshot_type_0 import ReceiptViewSnapshotType0
from .register_entry import RegisterEntry
from .regulation_position_view import RegulationPositionView
from .regulation_request import RegulationRequest
from .regulation_view import RegulationView
from .rejection_request import RejectionRequest
from .reminder_preference import ReminderPreference
from .representative_request import RepresentativeRequest
from .reserve_place_view import ReservePlaceView
from .reversal_request import ReversalRequest
from .review_request import ReviewRequest
from .review_view import ReviewView
from .role_change_request import RoleChangeRequest
from .ruling_request import RulingRequest
from .score_dto import ScoreDto
from .screening_request import ScreeningRequest
from .screening_view import ScreeningView
from .secret_view import SecretView
from .settlement_request import SettlementRequest
from .settlement_view import SettlementView
from .short_of_reviewers import ShortOfReviewers
from .signup_request import SignupRequest
from .single_undertaking_view import SingleUndertakingView
from .staff_user_view import StaffUserView
from .token_request import TokenRequest
from .token_response import TokenResponse
from .track_aftermath_view import TrackAftermathView
from .track_budget_view import TrackBudgetView
from .track_request import TrackRequest
from .track_view import TrackView
from .tranche_definition import TrancheDefinition
from .tranche_view import TrancheView
from .transfer_view import TransferView
from .upload_form import UploadForm
from .user_view import UserView
from .verdict_request import VerdictRequest
from .verdict_view import VerdictView
from .verification_request import VerificationRequest
from .verification_status import VerificationStatus
from .verification_view import VerificationView
from .webhook_message_view import WebhookMessageView
from .webhook_message_view_payload import WebhookMessageViewPayload

__all__ = (
    "AcceptanceRequest",
    "AcceptanceView",
    "AddressDto",
    "AfterDecisionDefinition",
    "AftermathView",
    "AidDeclarationDto",
    "AidDefinition",
    "AidPositionView",
    "AnswerKind",
    "AnswerRequest",
    "ApplicationAftermathView",
    "ApplicationContentDto",
    "ApplicationContentDtoAnswers",
    "ApplicationSummary",
    "ApplicationView",
    "ApplicationViewAnswers",
    "ArticleBalance",
    "ArticleBalancesView",
    "ArticleView",
    "AskRequest",
    "AssignmentView",
    "AssignRequest",
    "AttachmentKindDefinition",
    "AttachmentView",
    "AttemptView",
    "AuditVerification",
    "AuditView",
    "AuditViewAfterType0",
    "AuditViewBeforeType0",
    "BrokenLinkView",
    "BudgetCategory",
    "BudgetLineDto",
    "BudgetLinesRequest",
    "BudgetLineView",
    "BulkAssignRequest",
    "BulkAssignView",
    "BulkDecisionItem",
    "BulkDecisionRequest",
    "CallAftermathView",
    "CallBudgetView",
    "CallRequest",
    "CallView",
    "CancellationRequest",
    "CancellationView",
    "CancelRequest",
    "CheckpointView",
    "ClaimView",
    "ConflictRequest",
    "ConsistencyProofView",
    "ContactDto",
    "ControlLinkRequest",
    "ControlLinkView",
    "CountedAwardView",
    "CreateApplicationRequest",
    "CreateApplicationRequestAnswers",
    "CreateArticleRequest",
    "CreateUserRequest",
    "CreditRequest",
    "CriterionDefinition",
    "DeadlineChangeView",
    "DeadlineView",
    "DecisionRequest",
    "DecisionView",
    "DeclaredAidView",
    "DeliveryStatus",
    "DeliveryView",
    "DoubleFundingSignalView",
    "DoubleFundingView",
    "EndpointCreated",
    "EndpointRequest",
    "EndpointStatus",
    "EndpointView",
    "ErasureRequest",
    "ErasureView",
    "EventType",
    "EvidenceView",
    "ExtendDeadlineRequest",
    "FieldError",
    "FieldErrorParamsType0",
    "FinalReportForm",
    "FinalReportView",
    "FindingRequest",
    "FindingView",
    "FundingStatus",
    "GateRequest",
    "GateView",
    "GivingDates",
    "GivingGrant",
    "GivingOrganization",
    "GivingPackage",
    "GivingProgramme",
    "GivingPublisher",
    "GivingTransaction",
    "GrantView",
    "Health",
    "InboxPage",
    "InclusionProofView",
    "InvitationAccepted",
    "InvitationRequest",
    "InvitationStatus",
    "InvitationView",
    "Language",
    "LanguageRequest",
    "LanguageView",
    "LinkDecisionRequest",
    "LogEntryView",
    "LogFaultView",
    "LogVerificationView",
    "MembershipRole",
    "MembershipView",
    "MemberView",
    "MeView",
    "NotificationView",
    "NotificationViewFacts",
    "ObjectionAttachmentView",
    "ObjectionRequest",
    "ObjectionUploadForm",
    "ObjectionView",
    "OrganisationKind",
    "OrganisationRef",
    "OrganisationRequest",
    "OrganisationView",
    "OtherFundingDto",
    "OtherIs",
    "PageApplicationSummary",
    "PageApplicationSummaryItemsItem",
    "PageArticleView",
    "PageArticleViewItemsItem",
    "PageAuditView",
    "PageAuditViewItemsItem",
    "PageAuditViewItemsItemAfterType0",
    "PageAuditViewItemsItemBeforeType0",
    "PageCallView",
    "PageCallViewItemsItem",
    "PageCheckpointView",
    "PageCheckpointViewItemsItem",
    "PageClaimView",
    "PageClaimViewItemsItem",
    "PageControlLinkView",
    "PageControlLinkViewItemsItem",
    "PageDeliveryView",
    "PageDeliveryViewItemsItem",
    "PageEndpointView",
    "PageEndpointViewItemsItem",
    "PageGrantView",
    "PageGrantViewItemsItem",
    "PageLogEntryView",
    "PageLogEntryViewItemsItem",
    "PageOrganisationView",
    "PageOrganisationViewItemsItem",
    "PageQuestionView",
    "PageQuestionViewItemsItem",
    "PageStaffUserView",
    "PageStaffUserViewItemsItem",
    "PageTransferView",
    "PageTransferViewItemsItem",
    "PageWebhookMessageView",
    "PageWebhookMessageViewItemsItem",
    "PageWebhookMessageViewItemsItemPayload",
    "PasswordChangeRequest",
    "PasswordResetAccepted",
    "PasswordResetConfirmation",
    "PasswordResetRequest",
    "PaymentRequest",
    "PaymentView",
    "Problem",
    "ProblemParamsType0",
    "QuestionDefinition",
    "QuestionView",
    "RankingLine",
    "ReceiptView",
    "ReceiptViewSnapshotType0",
    "RegisterEntry",
    "RegulationPositionView",
    "RegulationRequest",
    "RegulationView",
    "RejectionRequest",
    "ReminderPreference",
    "RepresentativeRequest",
    "ReservePlaceView",
    "ReversalRequest",
    "ReviewRequest",
    "ReviewView",
    "RoleChangeRequest",
    "RulingRequest",
    "ScoreDto",
    "ScreeningRequest",
    "ScreeningView",
    "SecretView",
    "SettlementRequest",
    "SettlementView",
    "ShortOfReviewers",
    "SignupRequest",
    "SingleUndertakingView",
    "StaffUserView",
    "TokenRequest",
    "TokenResponse",
    "TrackAftermathView",
    "TrackBudgetView",
    "TrackRequest",
    "TrackView",
    "TrancheDefinition",
    "TrancheView",
    "TransferView",
    "UploadForm",
    "UserView",
    "VerdictRequest",
    "VerdictView",
    "VerificationRequest",
    "VerificationStatus",
    "VerificationView",
    "WebhookMessageView",
    "WebhookMessageViewPayload",
)
