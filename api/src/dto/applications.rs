use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use grantdesk_domain::aid::Declaration;
use grantdesk_domain::double_funding::{FundingStatus, OtherFunding};
use grantdesk_domain::{ApplicationContent, BudgetCategory, BudgetLine, ContactPerson, Kbo, Money};
use grantdesk_persistence::applications::{ApplicationRecord, Attachment, Receipt};
use grantdesk_persistence::organisations::Organisation;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;
use validator::Validate;

use crate::error::FieldError;

// The schema of the domain's `BudgetCategory` (the domain knows nothing of OpenAPI); a unit test
// keeps the two spellings equal.
/// What a budget line pays for.
#[derive(Debug, Clone, Copy, ToSchema)]
#[schema(as = BudgetCategory, rename_all = "snake_case")]
#[allow(dead_code)]
pub enum BudgetCategorySchema {
    Personnel,
    Operating,
    Equipment,
    Subcontracting,
    Other,
}

#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetLineDto {
    /// personnel, operating, equipment, subcontracting or other.
    #[schema(value_type = BudgetCategorySchema, example = "personnel")]
    pub category: BudgetCategory,
    #[schema(example = "Expert coaching, 40 days", max_length = 500)]
    pub description: String,
    /// A decimal string with at most two decimals (never a JSON number).
    #[schema(value_type = String, format = "decimal", example = "24000.00", pattern = r"^[0-9]{1,12}(\.[0-9]{1,2})?$")]
    pub amount: Money,
}

#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ContactDto {
    #[schema(example = "Jan Peeters", max_length = 200)]
    pub name: String,
    #[schema(example = "jan.peeters@genk.be", format = Email)]
    pub email: String,
    #[schema(example = "+32 89 65 44 11")]
    pub phone: Option<String>,
}

/// De minimis aid received from another granting authority (or under another regulation) in the
/// three years before the application.
#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AidDeclarationDto {
    /// Who granted it.
    #[schema(example = "Agentschap Innoveren & Ondernemen", max_length = 300)]
    pub authority: String,
    /// The day the legal right to it was conferred (not after today, in Brussels).
    #[schema(example = "2025-05-12")]
    pub granted_on: chrono::NaiveDate,
    /// A decimal string with at most two decimals, above zero.
    #[schema(value_type = String, format = "decimal", example = "20000.00", pattern = r"^[0-9]{1,12}(\.[0-9]{1,2})?$")]
    pub amount: Money,
    /// The regulation it was granted under.
    #[schema(example = "EU 2023/2831", max_length = 40)]
    pub regulation: String,
}

impl From<AidDeclarationDto> for Declaration {
    fn from(d: AidDeclarationDto) -> Self {
        Declaration {
            authority: d.authority,
            granted_on: d.granted_on,
            amount: d.amount,
            regulation: d.regulation,
        }
    }
}

impl From<&Declaration> for AidDeclarationDto {
    fn from(d: &Declaration) -> Self {
        AidDeclarationDto {
            authority: d.authority.clone(),
            granted_on: d.granted_on,
            amount: d.amount,
            regulation: d.regulation.clone(),
        }
    }
}

/// Where a request for other funding stands.
#[derive(Debug, Clone, Copy, ToSchema)]
#[schema(as = FundingStatus, rename_all = "snake_case")]
#[allow(dead_code)]
pub enum FundingStatusSchema {
    Requested,
    Granted,
    Refused,
}

/// Other funding asked for this same project, from another funder.
#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OtherFundingDto {
    #[schema(example = "Fonds Sociale Impuls", max_length = 300)]
    pub funder: String,
    /// A decimal string with at most two decimals, above zero.
    #[schema(value_type = String, format = "decimal", example = "15000.00", pattern = r"^[0-9]{1,12}(\.[0-9]{1,2})?$")]
    pub amount: Money,
    /// requested, granted or refused.
    #[schema(value_type = FundingStatusSchema, example = "requested")]
    pub status: FundingStatus,
}

impl From<OtherFundingDto> for OtherFunding {
    fn from(f: OtherFundingDto) -> Self {
        OtherFunding {
            funder: f.funder,
            amount: f.amount,
            status: f.status,
        }
    }
}

impl From<&OtherFunding> for OtherFundingDto {
    fn from(f: &OtherFunding) -> Self {
        OtherFundingDto {
            funder: f.funder.clone(),
            amount: f.amount,
            status: f.status,
        }
    }
}

/// What the lead organisation writes; `PUT` replaces all of it.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ApplicationContentDto {
    /// One of the call's track numbers.
    #[schema(example = 1, minimum = 1)]
    pub track: u8,
    #[serde(default)]
    #[schema(example = "Expertenpool Limburg", max_length = 300)]
    pub title: String,
    #[serde(default)]
    #[schema(max_length = 5000)]
    pub summary: String,
    /// Answers by question key.
    #[serde(default)]
    #[schema(example = json!({"expertise": "Twintig jaar ervaring ..."}))]
    pub answers: BTreeMap<String, String>,
    /// Partner organisations by enterprise number (not the lead).
    #[serde(default)]
    #[schema(value_type = Vec<String>, example = json!(["0207.451.227"]))]
    pub partners: Vec<Kbo>,
    #[serde(default)]
    pub contact: Option<ContactDto>,
    #[serde(default)]
    pub budget_lines: Vec<BudgetLineDto>,
    /// In a call whose aid regime has a ceiling (de minimis): the other de minimis aid the
    /// applicant and its single undertaking received in the three years before; required
    /// before submission (`[]` declares none), refused in other calls.
    #[serde(default)]
    pub aid_declarations: Option<Vec<AidDeclarationDto>>,
    /// Other funding asked for this same project.
    #[serde(default)]
    pub other_funding: Vec<OtherFundingDto>,
}

impl ApplicationContentDto {
    pub fn into_content(self) -> ApplicationContent {
        ApplicationContent {
            track: self.track,
            title: self.title,
            summary: self.summary,
            answers: self.answers,
            partners: self.partners,
            contact: self.contact.map(|c| ContactPerson {
                name: c.name,
                email: c.email,
                phone: c.phone,
            }),
            budget_lines: BudgetLinesRequest {
                budget_lines: self.budget_lines,
            }
            .into_lines(),
            aid_declarations: self
                .aid_declarations
                .map(|list| list.into_iter().map(Declaration::from).collect()),
            other_funding: self.other_funding.into_iter().map(Into::into).collect(),
        }
        .normalised()
    }
}

/// A draft's budget lines, replacing the ones it has (the rest of the content stays).
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetLinesRequest {
    /// The new lines; the requested amount becomes their exact sum.
    pub budget_lines: Vec<BudgetLineDto>,
}

impl BudgetLinesRequest {
    pub fn into_lines(self) -> Vec<BudgetLine> {
        self.budget_lines
            .into_iter()
            .map(|l| BudgetLine {
                category: l.category,
                description: l.description,
                amount: l.amount,
            })
            .collect()
    }
}

/// A new draft: the lead organisation and the content (the same fields as an edit).
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateApplicationRequest {
    /// The lead organisation (you must be a member).
    pub organisation_id: Uuid,
    #[schema(example = 1, minimum = 1)]
    pub track: u8,
    #[serde(default)]
    #[schema(example = "Expertenpool Limburg", max_length = 300)]
    pub title: String,
    #[serde(default)]
    #[schema(max_length = 5000)]
    pub summary: String,
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
    #[serde(default)]
    #[schema(value_type = Vec<String>, example = json!(["0207.451.227"]))]
    pub partners: Vec<Kbo>,
    #[serde(default)]
    pub contact: Option<ContactDto>,
    #[serde(default)]
    pub budget_lines: Vec<BudgetLineDto>,
    #[serde(default)]
    pub aid_declarations: Option<Vec<AidDeclarationDto>>,
    #[serde(default)]
    pub other_funding: Vec<OtherFundingDto>,
}

impl CreateApplicationRequest {
    pub fn split(self) -> (Uuid, ApplicationContentDto) {
        (
            self.organisation_id,
            ApplicationContentDto {
                track: self.track,
                title: self.title,
                summary: self.summary,
                answers: self.answers,
                partners: self.partners,
                contact: self.contact,
                budget_lines: self.budget_lines,
                aid_declarations: self.aid_declarations,
                other_funding: self.other_funding,
            },
        )
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OrganisationRef {
    pub id: Uuid,
    pub name: String,
    #[schema(example = "0207.451.227")]
    pub kbo: String,
}

impl From<&Organisation> for OrganisationRef {
    fn from(o: &Organisation) -> Self {
        OrganisationRef {
            id: o.id,
            name: o.name.clone(),
            kbo: o.kbo.formatted(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AttachmentView {
    pub id: Uuid,
    #[schema(example = "application_form")]
    pub kind: String,
    #[schema(example = "aanvraagformulier.pdf")]
    pub file_name: String,
    #[schema(example = "application/pdf")]
    pub media_type: String,
    pub size_bytes: i64,
    /// SHA-256 of the content (lowercase hex).
    pub sha256: String,
    pub uploaded_at: DateTime<Utc>,
    /// Where to download it.
    pub href: String,
}

impl From<&Attachment> for AttachmentView {
    fn from(a: &Attachment) -> Self {
        AttachmentView {
            id: a.id,
            kind: a.kind.clone(),
            file_name: a.file_name.clone(),
            media_type: a.media_type.clone(),
            size_bytes: a.size_bytes,
            sha256: a.sha256.clone(),
            uploaded_at: a.uploaded_at,
            href: format!(
                "/api/v1/applications/{}/attachments/{}",
                a.application_id, a.id
            ),
        }
    }
}

/// The proof of a submission.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReceiptView {
    /// Unique within the call, e.g. "EXP23-0007".
    #[schema(example = "EXP23-0007")]
    pub number: String,
    pub application_id: Uuid,
    /// The instant the server received the submission, in the call's zone with its offset.
    #[schema(example = "2023-08-31T09:59:59.123456+02:00")]
    pub received_at: String,
    pub received_at_utc: DateTime<Utc>,
    /// SHA-256 (hex) of the canonical JSON snapshot of what was submitted.
    pub digest: String,
    /// The frozen snapshot (only when one receipt is fetched).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub snapshot: Option<serde_json::Value>,
    /// The submission's entry in the audit log: its inclusion proof is
    /// `GET /applications/{id}/receipts/{number}/proof` once sealed (within about a second).
    /// None for receipts issued before the log.
    pub log_entry_id: Option<Uuid>,
}

impl ReceiptView {
    pub fn new(r: &Receipt, zone: chrono_tz::Tz, with_snapshot: bool) -> Self {
        ReceiptView {
            number: r.number.clone(),
            application_id: r.application_id,
            received_at: r
                .received_at
                .with_timezone(&zone)
                .to_rfc3339_opts(chrono::SecondsFormat::AutoSi, false),
            received_at_utc: r.received_at,
            digest: r.digest.clone(),
            snapshot: with_snapshot
                .then(|| serde_json::from_str(&r.snapshot).ok())
                .flatten(),
            log_entry_id: r.log_entry_id,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ApplicationView {
    pub id: Uuid,
    pub call_id: Uuid,
    #[schema(example = "EXP23")]
    pub call_reference: String,
    pub lead_organisation: OrganisationRef,
    /// draft, submitted or withdrawn.
    #[schema(example = "draft")]
    pub status: String,
    pub track: u8,
    pub title: String,
    pub summary: String,
    pub answers: BTreeMap<String, String>,
    #[schema(example = json!(["0207.451.227"]))]
    pub partners: Vec<String>,
    pub contact: Option<ContactDto>,
    pub budget_lines: Vec<BudgetLineView>,
    /// The exact sum of the budget lines.
    #[schema(
        format = "decimal",
        example = "48000.00",
        pattern = r"^[0-9]{1,12}\.[0-9]{2}$"
    )]
    pub requested_amount: String,
    /// The other de minimis aid declared (absent until declared).
    pub aid_declarations: Option<Vec<AidDeclarationDto>>,
    /// Other funding asked for this same project.
    pub other_funding: Vec<OtherFundingDto>,
    pub attachments: Vec<AttachmentView>,
    /// The last receipt (what is assessed when submitted).
    pub latest_receipt: Option<ReceiptView>,
    /// What still stops a submission (empty when it can be submitted).
    pub missing: Vec<FieldError>,
    /// The latest eligibility screening (verdict, reason, by, at): shown to admins and
    /// auditors once the application is screened, absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub screening: Option<crate::dto::assessment::ScreeningView>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BudgetLineView {
    #[schema(value_type = BudgetCategorySchema, example = "personnel")]
    pub category: String,
    pub description: String,
    #[schema(
        format = "decimal",
        example = "24000.00",
        pattern = r"^[0-9]{1,12}\.[0-9]{2}$"
    )]
    pub amount: String,
}

pub struct ApplicationParts<'a> {
    pub record: &'a ApplicationRecord,
    pub call_reference: &'a str,
    pub zone: chrono_tz::Tz,
    pub lead: &'a Organisation,
    pub attachments: &'a [Attachment],
    pub latest_receipt: Option<&'a Receipt>,
    pub missing: Vec<FieldError>,
}

impl From<ApplicationParts<'_>> for ApplicationView {
    fn from(p: ApplicationParts<'_>) -> Self {
        let c = &p.record.content;
        ApplicationView {
            id: p.record.id,
            call_id: p.record.call_id,
            call_reference: p.call_reference.to_owned(),
            lead_organisation: p.lead.into(),
            status: p.record.status.as_str().to_owned(),
            track: c.track,
            title: c.title.clone(),
            summary: c.summary.clone(),
            answers: c.answers.clone(),
            partners: c.partners.iter().map(Kbo::formatted).collect(),
            contact: c.contact.as_ref().map(|c| ContactDto {
                name: c.name.clone(),
                email: c.email.clone(),
                phone: c.phone.clone(),
            }),
            budget_lines: c
                .budget_lines
                .iter()
                .map(|l| BudgetLineView {
                    category: l.category.as_str().to_owned(),
                    description: l.description.clone(),
                    amount: l.amount.to_string(),
                })
                .collect(),
            requested_amount: p.record.requested.to_string(),
            aid_declarations: c
                .aid_declarations
                .as_ref()
                .map(|list| list.iter().map(AidDeclarationDto::from).collect()),
            other_funding: c.other_funding.iter().map(OtherFundingDto::from).collect(),
            attachments: p.attachments.iter().map(AttachmentView::from).collect(),
            latest_receipt: p.latest_receipt.map(|r| ReceiptView::new(r, p.zone, false)),
            missing: p.missing,
            screening: None,
            created_at: p.record.created_at,
            updated_at: p.record.updated_at,
        }
    }
}

/// A short line per application in listings.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApplicationSummary {
    pub id: Uuid,
    pub call_id: Uuid,
    pub lead_organisation_id: Uuid,
    #[schema(example = "submitted")]
    pub status: String,
    pub track: u8,
    pub title: String,
    #[schema(
        format = "decimal",
        example = "48000.00",
        pattern = r"^[0-9]{1,12}\.[0-9]{2}$"
    )]
    pub requested_amount: String,
    #[schema(example = "EXP23-0007")]
    pub receipt_number: Option<String>,
    pub received_at_utc: Option<DateTime<Utc>>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ApplicationListQuery {
    pub call_id: Option<Uuid>,
    pub track: Option<u8>,
    /// draft, submitted or withdrawn.
    pub status: Option<String>,
    pub organisation_id: Option<Uuid>,
    #[param(minimum = 1, default = 1)]
    pub page: Option<u32>,
    #[param(minimum = 1, maximum = 100, default = 20)]
    pub per_page: Option<u32>,
}

/// The multipart form of an upload: `kind` (one of the call's attachment kinds, or "annex")
/// and `file`.
#[derive(Debug, ToSchema)]
#[allow(dead_code)]
pub struct UploadForm {
    #[schema(example = "application_form")]
    pub kind: String,
    #[schema(value_type = String, format = Binary)]
    pub file: Vec<u8>,
}

#[cfg(test)]
mod schema_tests {
    use super::*;

    fn enum_values<T: utoipa::PartialSchema>() -> Vec<String> {
        let schema = serde_json::to_value(T::schema()).unwrap();
        schema["enum"]
            .as_array()
            .unwrap_or_else(|| panic!("not an enum: {schema}"))
            .iter()
            .map(|v| v.as_str().unwrap().to_owned())
            .collect()
    }

    #[test]
    fn the_budget_category_schema_lists_exactly_the_domain_spellings() {
        let domain: Vec<String> = BudgetCategory::ALL
            .iter()
            .map(|c| c.as_str().to_owned())
            .collect();
        assert_eq!(enum_values::<BudgetCategorySchema>(), domain);
    }

    #[test]
    fn the_funding_status_schema_lists_exactly_the_domain_spellings() {
        let domain: Vec<String> = FundingStatus::ALL
            .iter()
            .map(|c| c.as_str().to_owned())
            .collect();
        assert_eq!(enum_values::<FundingStatusSchema>(), domain);
    }
}
