//! Demo data: the reference call of DOMAIN.md (seed document 000), a practice call open for 30
//! days, and one account per role. Idempotent: what exists is left alone.

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};
use grantdesk_api::auth::{hash_password, Role};
use grantdesk_api::services::calls::reserve_budget;
use grantdesk_api::ApiError;
use grantdesk_domain::{
    AccountKind, AttachmentRequirement, BudgetArticle, BudgetYear, Call, CallDraft, CallQuestion,
    CreditType, Criterion, Deadline, Gate, GateEvidence, Money, TrackDraft, TransferCode,
    TransferSpec, Tz, Verdict,
};
use grantdesk_persistence::calls::{self, CallFilter, Visibility};
use grantdesk_persistence::{audit, ledger, users, Db, DbConn, StoreError};
use uuid::Uuid;

pub const ARTICLE: &str = "SJ0-1SMC2GA-WT";
pub const REFERENCE_CALL: &str = "EXP23";
pub const PRACTICE_CALL: &str = "PRACTICE";
const SEED_ACTOR: &str = "seed";

/// The demo accounts: (role, email, password). Demo mode only.
pub const DEMO_ACCOUNTS: [(Role, &str, &str); 5] = [
    (Role::Admin, "admin@grantdesk.local", "demo-admin-password"),
    (
        Role::Finance,
        "finance@grantdesk.local",
        "demo-finance-password",
    ),
    (
        Role::Reviewer,
        "reviewer@grantdesk.local",
        "demo-reviewer-password",
    ),
    (
        Role::Applicant,
        "applicant@grantdesk.local",
        "demo-applicant-password",
    ),
    (
        Role::Auditor,
        "auditor@grantdesk.local",
        "demo-auditor-password",
    ),
];

fn brussels() -> Tz {
    Tz::Europe__Brussels
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    brussels()
        .with_ymd_and_hms(y, m, d, h, 0, 0)
        .single()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_default()
}

fn money(s: &str) -> Money {
    Money::parse(s).unwrap_or_default()
}

/// Creates a user unless the email exists. Returns whether it was created.
pub fn create_user(
    db: &Db,
    email: &str,
    password: &str,
    role: Role,
    display_name: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<bool> {
    let hash = hash_password(password)?;
    let created = db.write(|c| -> Result<bool, StoreError> {
        if users::find_by_email(c, email)?.is_some() {
            return Ok(false);
        }
        let user = users::insert(
            c,
            &users::NewUser {
                email,
                password_hash: &hash,
                role,
                display_name,
                language: Default::default(),
            },
            now,
        )?;
        audit::record(
            c,
            SEED_ACTOR,
            "user.create",
            ("user", &user.id.to_string()),
            None,
            Some(serde_json::json!({"email": user.email, "role": user.role})),
            now,
        )?;
        Ok(true)
    })?;
    Ok(created)
}

/// Records the enterprise numbers a user works for (reviewers' conflicts of interest).
pub fn add_affiliations(
    db: &Db,
    email: &str,
    affiliations: &[grantdesk_domain::Kbo],
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    db.write(|c| -> Result<(), StoreError> {
        let user = users::find_by_email(c, email)?.ok_or(StoreError::NotFound)?;
        for kbo in affiliations {
            grantdesk_persistence::assessment::add_affiliation(
                c,
                user.id,
                kbo.as_str(),
                "cli",
                now,
            )?;
        }
        Ok(())
    })?;
    Ok(())
}

fn find_call(
    c: &mut DbConn,
    reference: &str,
    now: DateTime<Utc>,
) -> Result<Option<Call>, StoreError> {
    let filter = CallFilter {
        visibility: Visibility::All,
        status: None,
        article: None,
        budget_year: None,
        text: Some(reference.to_lowercase()),
        now,
    };
    let (found, _) = calls::list(c, &filter, 0, 100)?;
    Ok(found
        .into_iter()
        .map(|r| r.call)
        .find(|call| call.reference == reference))
}

fn credit_article(
    c: &mut DbConn,
    article: &BudgetArticle,
    year: BudgetYear,
    amount: Money,
    reference: &str,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let ledger_id = ledger::ledger_id(c, article, year, CreditType::Vak)?;
    let source = ledger::find_account(c, ledger_id, AccountKind::ArticleSource, None)?;
    let available = ledger::find_account(c, ledger_id, AccountKind::ArticleAvailable, None)?;
    ledger::post_transfer(
        c,
        &TransferSpec {
            // one id per (article, year, reference): re-seeding replays instead of crediting twice
            id: Uuid::new_v5(
                &Uuid::NAMESPACE_URL,
                format!(
                    "grantdesk:seed:credit:{}:{}:{reference}",
                    article.as_str(),
                    year.value()
                )
                .as_bytes(),
            ),
            debit_account: source.id,
            credit_account: available.id,
            amount,
            code: TransferCode::Credit,
            reference: reference.to_owned(),
            actor: SEED_ACTOR.to_owned(),
        },
        now,
    )?;
    Ok(())
}

/// The reference call's definition (seed 000_833e4ee62e14df0e.txt).
pub fn reference_call_draft() -> Result<CallDraft, ApiError> {
    let deadline = Deadline::from_local(
        date(2023, 8, 31).and_hms_opt(10, 0, 0).unwrap_or_default(),
        brussels(),
    )
    .map_err(|e| ApiError::Internal(e.to_string()))?;
    Ok(CallDraft {
        reference: REFERENCE_CALL.into(),
        title: "Expertenpool ter ondersteuning van lokale besturen in het kader van de preventie \
                van gewelddadige radicalisering en extremisme"
            .into(),
        description: "Lokale besturen kunnen beroep doen op deskundigen om een antwoord te bieden \
                      op pijnpunten, signalen en problemen rond gewelddadige radicalisering en \
                      extremisme. Aanvullend op de algemene ondersteuning door de VVSG, die ook \
                      deelneemt aan de beoordeling van de aanvragen. Bijlagen: toelichting \
                      projectoproep, aanvraagformulier, advies IF, begrotingsakkoord."
            .into(),
        policy_link: Some(
            "Vlaams actieplan ter preventie van gewelddadige radicalisering, extremisme, \
             terrorisme en polarisatie (21 mei 2021), doelstelling 4, actie 4.3: \"We voorzien \
             in gespecialiseerde expertise om lokale problematieken aan te pakken\""
                .into(),
        ),
        budget: money("750000.00"),
        article: BudgetArticle::parse(ARTICLE).map_err(|e| ApiError::Internal(e.to_string()))?,
        budget_year: BudgetYear::new(2023).map_err(|e| ApiError::Internal(e.to_string()))?,
        cap_per_project: None,
        tracks: vec![
            TrackDraft {
                name: "Eén-op-één ondersteuning van lokale besturen in kader van gewelddadige \
                       radicalisering/extremisme"
                    .into(),
                budget: None,
            },
            TrackDraft {
                name: "Veilige en vertrouwde omgevingen".into(),
                budget: None,
            },
            TrackDraft {
                name: "Ondersteuning in aanpak van online extremisme".into(),
                budget: None,
            },
        ],
        deadline,
        start_date: date(2024, 11, 1),
        questions: reference_questions(),
        attachment_kinds: vec![AttachmentRequirement {
            kind: "application_form".into(),
            label: "Aanvraagformulier projectoproep".into(),
            required: true,
        }],
        criteria: reference_criteria(),
        // the note: a 60 % advance at the start, the balance after the final report
        payment_schedule: grantdesk_domain::default_schedule(),
        grant_months: 12,
        after_decision: Default::default(),
        // local governments acting as public authorities: not state aid
        aid: Default::default(),
    })
}

/// How assessors (VVSG among them) score an application.
fn reference_criteria() -> Vec<Criterion> {
    let c = |key: &str, name: &str, weight: u32| Criterion {
        key: key.into(),
        name: name.into(),
        description: String::new(),
        weight,
        max_score: 10,
    };
    vec![
        c(
            "expertise",
            "Specifieke expertise inzake gewelddadige radicalisering",
            3,
        ),
        c("approach", "Aanpak op maat van lokale besturen", 2),
        c(
            "complementarity",
            "Aanvullend op de ondersteuning door de VVSG",
            1,
        ),
    ]
}

/// The application form's questions (the call's guidelines ask for expertise, approach and how
/// the offer complements the VVSG's general support).
fn reference_questions() -> Vec<CallQuestion> {
    let q = |key: &str, label: &str, required: bool, max_length: u32| CallQuestion {
        key: key.into(),
        label: label.into(),
        required,
        max_length,
    };
    vec![
        q(
            "expertise",
            "Welke specifieke expertise brengt uw organisatie in?",
            true,
            4000,
        ),
        q(
            "approach",
            "Hoe ondersteunt u lokale besturen concreet?",
            true,
            4000,
        ),
        q(
            "complement_vvsg",
            "Hoe is uw aanbod aanvullend op de algemene ondersteuning door de VVSG?",
            false,
            2000,
        ),
    ]
}

/// The three approval gates of the reference call, each at its own date.
fn reference_gates() -> Vec<(GateEvidence, DateTime<Utc>)> {
    let evidence = |gate, reference: &str, on: NaiveDate| GateEvidence {
        gate,
        reference: reference.into(),
        date: on,
        verdict: Verdict::Favourable,
        recorded_by: SEED_ACTOR.into(),
        recorded_at: DateTime::<Utc>::default(),
    };
    vec![
        (
            evidence(Gate::IfAdvice, "GDR/2023002349", date(2023, 6, 15)),
            at(2023, 6, 16, 9),
        ),
        (
            evidence(
                Gate::BudgetAgreement,
                "Begrotingsakkoord 26/06/2023",
                date(2023, 6, 26),
            ),
            at(2023, 6, 27, 9),
        ),
        (
            // The note asks the Flemish Government for approval; the decision's reference and
            // date are not in the seed document: this is the demo's stand-in.
            evidence(
                Gate::GovernmentApproval,
                "VR 2023 0707 (nota Expertenpool)",
                date(2023, 7, 7),
            ),
            at(2023, 7, 7, 14),
        ),
    ]
}

fn seed_reference_call(db: &Db, now: DateTime<Utc>) -> Result<(), ApiError> {
    db.write(|c| {
        if find_call(c, REFERENCE_CALL, now)?.is_some() {
            return Ok(());
        }
        let article =
            BudgetArticle::parse(ARTICLE).map_err(|e| ApiError::Internal(e.to_string()))?;
        let year = BudgetYear::new(2023).map_err(|e| ApiError::Internal(e.to_string()))?;
        let created = at(2023, 6, 1, 9);
        match ledger::create_article(
            c,
            &article,
            year,
            "Binnenlands Bestuur: preventie van gewelddadige radicalisering en extremisme",
            SEED_ACTOR,
            created,
        ) {
            Ok(_) | Err(StoreError::Conflict(_)) => {}
            Err(e) => return Err(e.into()),
        }
        credit_article(
            c,
            &article,
            year,
            money("750000.00"),
            "Begroting 2023 - initieel krediet",
            created,
        )?;
        let mut call = Call::create(Uuid::new_v4(), reference_call_draft()?, SEED_ACTOR, created)?;
        for (mut evidence, when) in reference_gates() {
            evidence.recorded_at = when;
            call.record_gate(evidence)?;
        }
        let launched = at(2023, 7, 10, 9);
        call.open(launched)?;
        reserve_budget(c, &call, SEED_ACTOR, launched)?;
        calls::insert(c, &call, SEED_ACTOR, launched)?;
        audit::record(
            c,
            SEED_ACTOR,
            "call.seed",
            ("call", &call.id.to_string()),
            None,
            Some(serde_json::json!({"reference": call.reference, "status": call.status.as_str()})),
            now,
        )?;
        Ok(())
    })
}

/// A call open for 30 days from `now`, on its own article, for client developers to try.
fn seed_practice_call(db: &Db, now: DateTime<Utc>) -> Result<(), ApiError> {
    db.write(|c| {
        if find_call(c, PRACTICE_CALL, now)?.is_some() {
            return Ok(());
        }
        let year = BudgetYear::new(now.with_timezone(&brussels()).year())
            .map_err(|e| ApiError::Internal(e.to_string()))?;
        let article = BudgetArticle::parse("XX0-1PRACTI-WT")
            .map_err(|e| ApiError::Internal(e.to_string()))?;
        match ledger::create_article(
            c,
            &article,
            year,
            "Practice article (demo)",
            SEED_ACTOR,
            now,
        ) {
            Ok(_) | Err(StoreError::Conflict(_)) => {}
            Err(e) => return Err(e.into()),
        }
        credit_article(
            c,
            &article,
            year,
            money("200000.00"),
            "Practice credit",
            now,
        )?;
        let local_deadline = (now + Duration::days(30))
            .with_timezone(&brussels())
            .date_naive();
        let deadline = Deadline::from_local(
            local_deadline.and_hms_opt(10, 0, 0).unwrap_or_default(),
            brussels(),
        )
        .map_err(|e| ApiError::Internal(e.to_string()))?;
        let draft = CallDraft {
            reference: PRACTICE_CALL.into(),
            title: "Practice call (demo data: try the API here)".into(),
            description: "A call that is open for 30 days after the server was first started, so \
                          that client developers can draft and submit applications."
                .into(),
            policy_link: None,
            budget: money("100000.00"),
            article,
            budget_year: year,
            cap_per_project: Some(money("20000.00")),
            tracks: vec![
                TrackDraft {
                    name: "Practice track A".into(),
                    budget: Some(money("60000.00")),
                },
                TrackDraft {
                    name: "Practice track B".into(),
                    budget: Some(money("40000.00")),
                },
            ],
            deadline,
            start_date: local_deadline + Duration::days(60),
            questions: reference_questions(),
            attachment_kinds: vec![AttachmentRequirement {
                kind: "application_form".into(),
                label: "Application form".into(),
                required: true,
            }],
            criteria: reference_criteria(),
            payment_schedule: Vec::new(),
            grant_months: 12,
            after_decision: Default::default(),
            aid: Default::default(),
        };
        let mut call = Call::create(Uuid::new_v4(), draft, SEED_ACTOR, now)?;
        for gate in [
            Gate::IfAdvice,
            Gate::BudgetAgreement,
            Gate::GovernmentApproval,
        ] {
            call.record_gate(GateEvidence {
                gate,
                reference: format!("PRACTICE/{}", gate.as_str()),
                date: now.date_naive(),
                verdict: Verdict::Favourable,
                recorded_by: SEED_ACTOR.into(),
                recorded_at: now,
            })?;
        }
        call.open(now)?;
        reserve_budget(c, &call, SEED_ACTOR, now)?;
        calls::insert(c, &call, SEED_ACTOR, now)?;
        Ok(())
    })
}

/// Seeds everything; returns the demo accounts that were created now.
pub fn seed_demo(
    db: &Db,
    now: DateTime<Utc>,
) -> anyhow::Result<Vec<(Role, &'static str, &'static str)>> {
    let mut created = Vec::new();
    for (role, email, password) in DEMO_ACCOUNTS {
        let name = format!("Demo {}", role.as_str());
        if create_user(db, email, password, role, &name, now)? {
            created.push((role, email, password));
        }
    }
    seed_reference_call(db, now).map_err(|e| anyhow::anyhow!("seeding the reference call: {e}"))?;
    seed_practice_call(db, now).map_err(|e| anyhow::anyhow!("seeding the practice call: {e}"))?;
    Ok(created)
}
