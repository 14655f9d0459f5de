//! Writing a notification in its reader's language: the words come from the Project Fluent
//! catalogues in `api/locales/<language>/notifications.ftl`, the layout from the minijinja
//! templates in `api/templates/`; amounts and instants are written by the domain
//! ([`format_money`], [`format_instant`]) from the exact values in the payload. No sentence is
//! put together in code.

use std::sync::LazyLock;

use chrono::{DateTime, NaiveDate, Utc};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use grantdesk_domain::{format_instant, format_money, Language, Money, Tz};
use grantdesk_persistence::notifications::Notification;
use serde_json::Value;

/// The catalogue of each language, as written in the source tree: the notifications' words,
/// the problem details' and the rules' (worded in a request's language by the `localize`
/// middleware).
pub const CATALOGUES: [(Language, &str); 3] = [
    (
        Language::Dutch,
        concat!(
            include_str!("../../locales/nl/notifications.ftl"),
            "\n",
            include_str!("../../locales/nl/problems.ftl"),
            "\n",
            include_str!("../../locales/nl/rules.ftl")
        ),
    ),
    (
        Language::French,
        concat!(
            include_str!("../../locales/fr/notifications.ftl"),
            "\n",
            include_str!("../../locales/fr/problems.ftl"),
            "\n",
            include_str!("../../locales/fr/rules.ftl")
        ),
    ),
    (
        Language::English,
        concat!(
            include_str!("../../locales/en/notifications.ftl"),
            "\n",
            include_str!("../../locales/en/problems.ftl"),
            "\n",
            include_str!("../../locales/en/rules.ftl")
        ),
    ),
];

const TEXT_TEMPLATE: &str = include_str!("../../templates/mail.txt.j2");
const HTML_TEMPLATE: &str = include_str!("../../templates/mail.html.j2");

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<Vec<(Language, Bundle)>> = LazyLock::new(|| {
    CATALOGUES
        .iter()
        .map(|(language, source)| {
            let id = language
                .as_str()
                .parse()
                .expect("a language code is a language identifier");
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // the text goes to mail and JSON, where Unicode isolation marks are noise
            bundle.set_use_isolating(false);
            let resource = FluentResource::try_new((*source).to_owned())
                .unwrap_or_else(|(_, e)| panic!("{} catalogue: {e:?}", language.as_str()));
            bundle
                .add_resource(resource)
                .unwrap_or_else(|e| panic!("{} catalogue: {e:?}", language.as_str()));
            (*language, bundle)
        })
        .collect()
});

static TEMPLATES: LazyLock<minijinja::Environment<'static>> = LazyLock::new(|| {
    let mut env = minijinja::Environment::new();
    // the HTML template is escaped (its name ends in .html.j2 ... by our own rule below)
    env.set_auto_escape_callback(|name| {
        if name.ends_with(".html.j2") {
            minijinja::AutoEscape::Html
        } else {
            minijinja::AutoEscape::None
        }
    });
    env.add_template("mail.txt.j2", TEXT_TEMPLATE)
        .expect("the text template parses");
    env.add_template("mail.html.j2", HTML_TEMPLATE)
        .expect("the HTML template parses");
    env
});

/// Why a notification could not be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RenderError {
    #[error("no message {key:?} in the {language} catalogue")]
    MissingMessage { key: String, language: &'static str },
    #[error("message {key:?} in {language}: {detail}")]
    Message {
        key: String,
        language: &'static str,
        detail: String,
    },
    #[error("the payload of a {kind} notification lacks {field}")]
    MissingField { kind: String, field: &'static str },
    #[error("no way to write a notification of kind {0:?}")]
    UnknownKind(String),
    #[error("template: {0}")]
    Template(String),
}

/// The rule `code` (a [`grantdesk_domain::Rule`]'s) worded in `language` from its values, by
/// name: the catalogue's `rule-<code>`.
pub fn rule_text<'a>(
    language: Language,
    code: &str,
    params: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Option<String> {
    let mut args = FluentArgs::new();
    for (name, value) in params {
        args.set(name, value);
    }
    text(language, &format!("rule-{code}"), &args).ok()
}

/// One message of `language`'s catalogue with `args`.
pub fn text(language: Language, key: &str, args: &FluentArgs<'_>) -> Result<String, RenderError> {
    let bundle = &BUNDLES
        .iter()
        .find(|(l, _)| *l == language)
        .expect("every language has a catalogue")
        .1;
    let missing = || RenderError::MissingMessage {
        key: key.to_owned(),
        language: language.as_str(),
    };
    let pattern = bundle
        .get_message(key)
        .and_then(|m| m.value())
        .ok_or_else(missing)?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(args), &mut errors);
    if let Some(e) = errors.first() {
        return Err(RenderError::Message {
            key: key.to_owned(),
            language: language.as_str(),
            detail: format!("{e:?}"),
        });
    }
    Ok(text.into_owned())
}

/// How a fact is read from a payload (a JSON pointer) and written.
#[derive(Debug, Clone, Copy)]
enum Field {
    Text(&'static str),
    Money(&'static str),
    Instant(&'static str),
    Date(&'static str),
    /// A decision's wire name, written as the catalogue's `decision-<name>`.
    Decision(&'static str),
}

impl Field {
    fn pointer(self) -> &'static str {
        match self {
            Field::Text(p) | Field::Money(p) | Field::Instant(p) | Field::Date(p) => p,
            Field::Decision(p) => p,
        }
    }

    /// The fact written for `language`; `None` when the payload has none (`null` or absent).
    fn write(
        self,
        payload: &Value,
        language: Language,
        zone: Tz,
    ) -> Result<Option<String>, String> {
        let value = match payload.pointer(self.pointer()) {
            None | Some(Value::Null) => return Ok(None),
            Some(v) => v,
        };
        let as_text = || match value {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        Ok(Some(match self {
            Field::Text(_) => as_text(),
            Field::Money(_) => format_money(
                Money::parse(&as_text()).map_err(|e| e.to_string())?,
                language,
            ),
            Field::Instant(_) => {
                let t: DateTime<Utc> = as_text().parse().map_err(|e| format!("{e}"))?;
                format_instant(t, zone, language)
            }
            Field::Date(_) => {
                let d: NaiveDate = as_text().parse().map_err(|e| format!("{e}"))?;
                d.format("%d/%m/%Y").to_string()
            }
            Field::Decision(_) => text(
                language,
                &format!("decision-{}", as_text()),
                &FluentArgs::new(),
            )
            .map_err(|e| e.to_string())?,
        }))
    }
}

/// How one kind of notification is written: the placeables of its subject and body, and the
/// facts listed under the body (label key, field).
struct Kind {
    name: &'static str,
    /// The body's message is `<name>-<decision>-body` for a payload with this decision, else
    /// `<name>-body`.
    body_by: Option<&'static str>,
    args: &'static [(&'static str, Field)],
    facts: &'static [(&'static str, Field)],
    /// Payload fields that go by mail only (a password reset's code): the inbox writes the
    /// kind's `<name>-inbox-body` without them and does not show them among the facts.
    secrets: &'static [&'static str],
    /// A reminder: its mail says how to stop reminders and carries a one-click unsubscribe
    /// link (RFC 8058).
    reminder: bool,
}

/// Where a notification is read: its e-mail, or the inbox of the application.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Medium {
    Mail,
    Inbox,
}

const KINDS: &[Kind] = &[
    Kind {
        name: "submission_receipt",
        body_by: None,
        args: &[
            ("number", Field::Text("/receipt/number")),
            ("title", Field::Text("/application/title")),
            ("call", Field::Text("/call/reference")),
            ("received_at", Field::Instant("/receipt/received_at")),
        ],
        facts: &[
            ("fact-call", Field::Text("/call/title")),
            ("fact-application", Field::Text("/application/title")),
            ("fact-receipt-number", Field::Text("/receipt/number")),
            ("fact-received-at", Field::Instant("/receipt/received_at")),
            ("fact-digest", Field::Text("/receipt/sha256")),
        ],
        secrets: &[],
        reminder: false,
    },
    Kind {
        name: "decision_letter",
        body_by: Some("/decision"),
        args: &[
            ("call", Field::Text("/call/reference")),
            ("title", Field::Text("/application/title")),
            ("awarded", Field::Money("/awarded")),
        ],
        facts: &[
            ("fact-call", Field::Text("/call/title")),
            ("fact-application", Field::Text("/application/title")),
            (
                "fact-receipt-number",
                Field::Text("/application/receipt_number"),
            ),
            ("fact-decision", Field::Decision("/decision")),
            ("fact-requested", Field::Money("/requested")),
            ("fact-awarded", Field::Money("/awarded")),
            ("fact-accept-by", Field::Instant("/acceptance_due")),
            ("fact-motivation", Field::Text("/motivation")),
            ("fact-start-date", Field::Date("/start_date")),
        ],
        secrets: &[],
        reminder: false,
    },
    Kind {
        name: "objection_lodged",
        body_by: None,
        args: &[
            ("call", Field::Text("/call/reference")),
            ("title", Field::Text("/application/title")),
            ("lodged_at", Field::Instant("/lodged_at")),
        ],
        facts: &[
            ("fact-call", Field::Text("/call/title")),
            ("fact-application", Field::Text("/application/title")),
            ("fact-lodged-at", Field::Instant("/lodged_at")),
            ("fact-grounds", Field::Text("/grounds")),
        ],
        secrets: &[],
        reminder: false,
    },
    Kind {
        name: "objection_ruled",
        body_by: Some("/ruling"),
        args: &[
            ("call", Field::Text("/call/reference")),
            ("title", Field::Text("/application/title")),
        ],
        facts: &[
            ("fact-call", Field::Text("/call/title")),
            ("fact-application", Field::Text("/application/title")),
            ("fact-motivation", Field::Text("/motivation")),
            ("fact-awarded", Field::Money("/awarded")),
            ("fact-accept-by", Field::Instant("/acceptance_due")),
        ],
        secrets: &[],
        reminder: false,
    },
    Kind {
        name: "invitation",
        body_by: None,
        args: &[
            ("organisation", Field::Text("/organisation_name")),
            ("expires_at", Field::Instant("/expires_at")),
        ],
        facts: &[
            ("fact-organisation", Field::Text("/organisation_name")),
            ("fact-expires-at", Field::Instant("/expires_at")),
        ],
        secrets: &[],
        reminder: false,
    },
    Kind {
        name: "password_reset",
        body_by: None,
        args: &[
            ("token", Field::Text("/token")),
            ("expires_at", Field::Instant("/expires_at")),
        ],
        facts: &[],
        secrets: &["token"],
        reminder: false,
    },
    Kind {
        name: "membership_ended",
        body_by: None,
        args: &[("organisation", Field::Text("/organisation_name"))],
        facts: &[("fact-organisation", Field::Text("/organisation_name"))],
        secrets: &[],
        reminder: false,
    },
    Kind {
        name: "organisation_verified",
        body_by: None,
        args: &[
            ("organisation", Field::Text("/organisation_name")),
            ("kbo", Field::Text("/kbo")),
        ],
        facts: &[
            ("fact-organisation", Field::Text("/organisation_name")),
            ("fact-enterprise-number", Field::Text("/kbo")),
        ],
        secrets: &[],
        reminder: false,
    },
    Kind {
        name: "organisation_claim_rejected",
        body_by: None,
        args: &[
            ("organisation", Field::Text("/organisation_name")),
            ("kbo", Field::Text("/kbo")),
        ],
        facts: &[
            ("fact-organisation", Field::Text("/organisation_name")),
            ("fact-enterprise-number", Field::Text("/kbo")),
            ("fact-reason", Field::Text("/reason")),
        ],
        secrets: &[],
        reminder: false,
    },
    Kind {
        name: "question_answered",
        body_by: None,
        args: &[("call", Field::Text("/call/reference"))],
        facts: &[
            ("fact-call", Field::Text("/call/title")),
            ("fact-question", Field::Text("/question")),
            ("fact-answer", Field::Text("/answer")),
        ],
        secrets: &[],
        reminder: false,
    },
    Kind {
        name: "payment_made",
        body_by: None,
        args: &[
            ("call", Field::Text("/call/reference")),
            ("tranche", Field::Text("/tranche")),
            ("amount", Field::Money("/amount")),
            ("paid_on", Field::Date("/paid_on")),
        ],
        facts: &[
            ("fact-call", Field::Text("/call/title")),
            ("fact-tranche", Field::Text("/tranche")),
            ("fact-amount-paid", Field::Money("/amount")),
            ("fact-paid-on", Field::Date("/paid_on")),
        ],
        secrets: &[],
        reminder: false,
    },
    Kind {
        name: "grant_cancelled",
        body_by: None,
        args: &[
            ("call", Field::Text("/call/reference")),
            ("kept", Field::Money("/kept")),
            ("recovery", Field::Money("/recovery")),
        ],
        facts: &[
            ("fact-call", Field::Text("/call/title")),
            ("fact-kept", Field::Money("/kept")),
            ("fact-recovery", Field::Money("/recovery")),
            ("fact-motivation", Field::Text("/motivation")),
        ],
        secrets: &[],
        reminder: false,
    },
    Kind {
        name: "final_report_verdict",
        body_by: Some("/verdict"),
        args: &[
            ("call", Field::Text("/call/reference")),
            ("accepted_spend", Field::Money("/accepted_spend")),
        ],
        facts: &[
            ("fact-call", Field::Text("/call/title")),
            ("fact-reported-spend", Field::Money("/reported_spend")),
            ("fact-accepted-spend", Field::Money("/accepted_spend")),
            ("fact-motivation", Field::Text("/motivation")),
        ],
        secrets: &[],
        reminder: false,
    },
    Kind {
        name: "webhook_disabled",
        body_by: None,
        args: &[("url", Field::Text("/url"))],
        facts: &[
            ("fact-endpoint", Field::Text("/url")),
            ("fact-reason", Field::Text("/reason")),
        ],
        secrets: &[],
        reminder: false,
    },
    Kind {
        name: "deadline_reminder",
        body_by: None,
        args: &[
            ("call", Field::Text("/call/reference")),
            ("title", Field::Text("/application/title")),
            ("deadline", Field::Instant("/deadline")),
        ],
        facts: &[
            ("fact-call", Field::Text("/call/title")),
            ("fact-application", Field::Text("/application/title")),
            ("fact-deadline", Field::Instant("/deadline")),
        ],
        secrets: &[],
        reminder: true,
    },
    Kind {
        name: "final_report_due",
        body_by: None,
        args: &[
            ("call", Field::Text("/call/reference")),
            ("end_date", Field::Date("/end_date")),
        ],
        facts: &[
            ("fact-call", Field::Text("/call/title")),
            ("fact-end-date", Field::Date("/end_date")),
        ],
        secrets: &[],
        reminder: true,
    },
];

/// Whether notifications of `kind` are reminders (which a person may turn off).
pub fn is_reminder(kind: &str) -> bool {
    spec(kind).is_ok_and(|k| k.reminder)
}

/// The kinds of notification grantdesk writes.
pub fn kinds() -> impl Iterator<Item = &'static str> {
    KINDS.iter().map(|k| k.name)
}

/// A notification written out: its subject, and its body as plain text and as HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

struct FactView {
    label: String,
    value: String,
}

fn spec(kind: &str) -> Result<&'static Kind, RenderError> {
    KINDS
        .iter()
        .find(|k| k.name == kind)
        .ok_or_else(|| RenderError::UnknownKind(kind.to_owned()))
}

/// The facts of a payload the inbox shows: all but the kind's secrets.
pub fn inbox_facts(kind: &str, payload: &Value) -> Value {
    let mut facts = payload.clone();
    if let (Ok(spec), Some(o)) = (spec(kind), facts.as_object_mut()) {
        for secret in spec.secrets {
            o.remove(*secret);
        }
    }
    facts
}

/// Writes a notification of `kind` with `payload` in `language`, for `medium`.
pub fn render(
    kind: &str,
    payload: &Value,
    language: Language,
    medium: Medium,
) -> Result<Rendered, RenderError> {
    let spec = spec(kind)?;
    let inbox_facts_only;
    let (payload, inbox_variant) = match medium {
        Medium::Inbox if !spec.secrets.is_empty() => {
            inbox_facts_only = inbox_facts(kind, payload);
            (&inbox_facts_only, true)
        }
        _ => (payload, false),
    };
    let zone: Tz = payload
        .pointer("/zone")
        .and_then(Value::as_str)
        .and_then(|z| z.parse().ok())
        .unwrap_or(chrono_tz::Europe::Brussels);
    let bad = |field: Field, detail: String| RenderError::Message {
        key: kind.to_owned(),
        language: language.as_str(),
        detail: format!("{}: {detail}", field.pointer()),
    };
    let mut args = FluentArgs::new();
    for (name, field) in spec.args {
        if let Some(value) = field
            .write(payload, language, zone)
            .map_err(|e| bad(*field, e))?
        {
            args.set(*name, value);
        }
    }
    let body_key = match spec.body_by {
        None if inbox_variant => format!("{kind}-inbox-body"),
        None => format!("{kind}-body"),
        Some(pointer) => {
            let variant = payload.pointer(pointer).and_then(Value::as_str).ok_or(
                RenderError::MissingField {
                    kind: kind.to_owned(),
                    field: pointer,
                },
            )?;
            format!("{kind}-{variant}-body")
        }
    };
    let subject = text(language, &format!("{kind}-subject"), &args)?;
    let body = text(language, &body_key, &args)?;
    let mut facts = Vec::new();
    for (label, field) in spec.facts {
        if let Some(value) = field
            .write(payload, language, zone)
            .map_err(|e| bad(*field, e))?
        {
            facts.push(FactView {
                label: text(language, label, &FluentArgs::new())?,
                value,
            });
        }
    }
    let none = FluentArgs::new();
    let context = minijinja::context! {
        language => language.as_str(),
        subject => &subject,
        greeting => text(language, "greeting", &none)?,
        body => &body,
        facts => facts
            .iter()
            .map(|f| {
                minijinja::Value::from_pairs([
                    ("label", minijinja::Value::from(f.label.as_str())),
                    ("value", minijinja::Value::from(f.value.as_str())),
                ])
            })
            .collect::<minijinja::Value>(),
        footer => text(language, "footer", &none)?,
        unsubscribe => if spec.reminder {
            Some(text(language, "reminder-footer", &none)?)
        } else {
            None
        },
    };
    let write = |name: &str| {
        TEMPLATES
            .get_template(name)
            .and_then(|t| t.render(&context))
            .map_err(|e| RenderError::Template(e.to_string()))
    };
    Ok(Rendered {
        text: write("mail.txt.j2")?,
        html: write("mail.html.j2")?,
        subject,
    })
}

/// Writes a stored notification's e-mail, in the language it was addressed in.
pub fn render_mail(n: &Notification) -> Result<Rendered, RenderError> {
    render(&n.kind, &n.payload, n.language, Medium::Mail)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::collections::BTreeSet;

    fn keys(source: &str) -> BTreeSet<String> {
        let resource = FluentResource::try_new(source.to_owned()).expect("parses");
        resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_message_exists_in_every_language() {
        let (_, dutch) = CATALOGUES[0];
        let reference = keys(dutch);
        assert!(reference.len() > 20, "{reference:?}");
        for (language, source) in CATALOGUES {
            let found = keys(source);
            let missing: Vec<_> = reference.difference(&found).collect();
            let extra: Vec<_> = found.difference(&reference).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{}: missing {missing:?}, not in Dutch {extra:?}",
                language.as_str()
            );
        }
        // and every kind has its subject and body (each decision's) in them
        for kind in kinds() {
            assert!(reference.contains(&format!("{kind}-subject")), "{kind}");
        }
        for decision in ["selected", "reserve", "rejected", "not_eligible"] {
            assert!(reference.contains(&format!("decision_letter-{decision}-body")));
            assert!(reference.contains(&format!("decision-{decision}")));
        }
    }

    fn receipt() -> Value {
        json!({
            "call": {"id": "c", "reference": "EXP-2023", "title": "Expertenpool"},
            "application": {"id": "a", "title": "Klimaatplan <Genk> & co"},
            "receipt": {"number": "EXP-2023-0007", "received_at": "2023-08-31T07:59:59.5Z",
                        "sha256": "ab".repeat(32)},
            "zone": "Europe/Brussels",
        })
    }

    #[test]
    fn a_receipt_is_written_in_each_language_with_its_number_instant_and_digest() {
        for (language, received) in [
            (Language::Dutch, "31 augustus 2023 om 09:59:59 CEST"),
            (Language::French, "31 août 2023 à 09:59:59 CEST"),
            (Language::English, "31 August 2023 at 09:59:59 CEST"),
        ] {
            let r = render("submission_receipt", &receipt(), language, Medium::Mail).unwrap();
            assert!(r.subject.contains("EXP-2023-0007"), "{}", r.subject);
            assert!(r.text.contains(received), "{}", r.text);
            assert!(r.text.contains(&"ab".repeat(32)));
            assert!(r.html.contains(&"ab".repeat(32)));
            assert!(!r.text.contains('\u{2068}'), "no isolation marks");
            // the text is text; the HTML escapes what the applicant typed
            assert!(r.text.contains("Klimaatplan <Genk> & co"));
            assert!(r.html.contains("Klimaatplan &lt;Genk&gt; &amp; co"));
            assert!(r.html.contains(&format!("lang=\"{}\"", language.as_str())));
        }
        let nl = render(
            "submission_receipt",
            &receipt(),
            Language::Dutch,
            Medium::Mail,
        )
        .unwrap();
        assert!(nl.text.starts_with("Goedendag,"), "{}", nl.text);
        assert!(
            nl.text.contains("Ontvangstbewijs: EXP-2023-0007"),
            "{}",
            nl.text
        );
    }

    #[test]
    fn a_decision_letter_says_the_amount_as_each_language_writes_it() {
        let letter = |decision: &str, awarded: Value| {
            json!({
                "call": {"reference": "EXP-2023", "title": "Expertenpool"},
                "application": {"title": "Plan", "receipt_number": "EXP-2023-0001"},
                "decision": decision, "awarded": awarded, "requested": "80000.00",
                "motivation": "Sterk plan", "start_date": "2023-11-01",
            })
        };
        let selected = letter("selected", json!("75000.50"));
        let nl = render("decision_letter", &selected, Language::Dutch, Medium::Mail).unwrap();
        assert!(nl.text.contains("€ 75.000,50"), "{}", nl.text);
        assert!(
            nl.text.contains("Gevraagd bedrag: € 80.000,00"),
            "{}",
            nl.text
        );
        assert!(nl.text.contains("01/11/2023"));
        let fr = render("decision_letter", &selected, Language::French, Medium::Mail).unwrap();
        assert!(fr.text.contains("75\u{202F}000,50\u{A0}€"), "{}", fr.text);
        let en = render(
            "decision_letter",
            &selected,
            Language::English,
            Medium::Mail,
        )
        .unwrap();
        assert!(en.text.contains("€75,000.50"), "{}", en.text);
        for decision in ["reserve", "rejected", "not_eligible"] {
            let r = render(
                "decision_letter",
                &letter(decision, Value::Null),
                Language::English,
                Medium::Mail,
            )
            .unwrap();
            assert!(!r.text.contains("Amount awarded"), "{}", r.text);
            assert!(r.text.contains("Motivation: Sterk plan"));
        }
        let unknown = render(
            "decision_letter",
            &letter("maybe", Value::Null),
            Language::Dutch,
            Medium::Mail,
        );
        assert!(matches!(unknown, Err(RenderError::MissingMessage { .. })));
    }

    #[test]
    fn every_kind_renders_in_every_language_from_the_payload_its_writer_gives() {
        let payloads = [
            ("submission_receipt", receipt()),
            (
                "invitation",
                json!({"organisation_name": "Stad Genk", "expires_at": "2026-12-16T10:00:00Z"}),
            ),
            (
                "password_reset",
                json!({"token": "t0k3n", "expires_at": "2026-12-02T11:00:00Z"}),
            ),
            (
                "membership_ended",
                json!({"organisation_name": "Stad Genk", "reason": "left"}),
            ),
            (
                "organisation_verified",
                json!({"organisation_name": "Stad Genk", "kbo": "0207.451.227"}),
            ),
            (
                "question_answered",
                json!({"call": {"id": "c", "reference": "EXP-2023", "title": "Expertenpool"},
                       "question_id": "q", "question": "Mag een OCMW indienen?",
                       "answer": "Ja, als lokaal bestuur."}),
            ),
            (
                "payment_made",
                json!({"grant_id": "g", "call": {"id": "c", "reference": "EXP-2023",
                       "title": "Expertenpool"}, "organisation_id": "o", "tranche": 1,
                       "amount": "30000.00", "paid_at": "2023-11-01T09:00:00Z",
                       "paid_on": "2023-11-01"}),
            ),
            (
                "grant_cancelled",
                json!({"grant_id": "g", "call": {"id": "c", "reference": "EXP-2023",
                       "title": "Expertenpool"}, "organisation_id": "o", "kept": "5000.00",
                       "recovery": "23800.00", "motivation": "Het project werd niet uitgevoerd"}),
            ),
            (
                "final_report_verdict",
                json!({"grant_id": "g", "call": {"id": "c", "reference": "EXP-2023",
                       "title": "Expertenpool"}, "organisation_id": "o", "version": 1,
                       "verdict": "accepted", "reported_spend": "59000.00",
                       "accepted_spend": "58000.00", "motivation": "Eén factuur buiten periode"}),
            ),
            (
                "final_report_verdict",
                json!({"grant_id": "g", "call": {"id": "c", "reference": "EXP-2023",
                       "title": "Expertenpool"}, "organisation_id": "o", "version": 1,
                       "verdict": "rejected", "reported_spend": "59000.00",
                       "accepted_spend": null, "motivation": "Geen bewijsstukken"}),
            ),
            (
                "webhook_disabled",
                json!({"endpoint_id": "2f0e6f1c-7c55-4d55-9d0e-0d2b1f3f9a11",
                       "url": "https://finance.example.be/hooks",
                       "reason": "disabled after 5 messages in a row failed every attempt"}),
            ),
            (
                "organisation_claim_rejected",
                json!({"organisation_name": "Stad Genk", "kbo": "0207.451.227",
                       "reason": "no mandate"}),
            ),
            (
                "objection_lodged",
                json!({"call": {"id": "c", "reference": "EXP-2023", "title": "Expertenpool"},
                       "application": {"id": "a", "title": "Expertenpool Limburg"},
                       "lodged_at": "2023-11-02T09:00:00Z", "grounds": "Bijlage 3 genegeerd"}),
            ),
            (
                "objection_ruled",
                json!({"call": {"id": "c", "reference": "EXP-2023", "title": "Expertenpool"},
                       "application": {"id": "a", "title": "Expertenpool Limburg"},
                       "ruling": "upheld", "outcome": "offered", "awarded": "50000.00",
                       "acceptance_due": "2023-12-02T23:00:00Z", "motivation": "Terecht"}),
            ),
            (
                "objection_ruled",
                json!({"call": {"id": "c", "reference": "EXP-2023", "title": "Expertenpool"},
                       "application": {"id": "a", "title": "Expertenpool Limburg"},
                       "ruling": "upheld", "outcome": "reserve", "awarded": null,
                       "acceptance_due": null, "motivation": "Terecht, geen middelen vrij"}),
            ),
            (
                "objection_ruled",
                json!({"call": {"id": "c", "reference": "EXP-2023", "title": "Expertenpool"},
                       "application": {"id": "a", "title": "Expertenpool Limburg"},
                       "ruling": "rejected", "awarded": null, "motivation": "Ongegrond"}),
            ),
            (
                "objection_ruled",
                json!({"call": {"id": "c", "reference": "EXP-2023", "title": "Expertenpool"},
                       "application": {"id": "a", "title": "Expertenpool Limburg"},
                       "ruling": "inadmissible", "awarded": null, "motivation": "Te laat"}),
            ),
        ];
        for (kind, payload) in &payloads {
            for (language, _) in CATALOGUES {
                for medium in [Medium::Mail, Medium::Inbox] {
                    let r = render(kind, payload, language, medium)
                        .unwrap_or_else(|e| panic!("{kind} in {}: {e}", language.as_str()));
                    assert!(!r.subject.is_empty() && !r.text.is_empty());
                }
            }
        }
        assert!(matches!(
            render("postcard", &json!({}), Language::Dutch, Medium::Mail),
            Err(RenderError::UnknownKind(_))
        ));
        // a placeable the payload does not give is an error, not a "{$token}" in a mail
        let lacking = render(
            "password_reset",
            &json!({}),
            Language::English,
            Medium::Mail,
        );
        assert!(
            matches!(lacking, Err(RenderError::Message { .. })),
            "{lacking:?}"
        );
        // the inbox never writes a secret the mail carries
        let reset = json!({"token": "t0k3n", "expires_at": "2026-12-02T11:00:00Z"});
        let inbox = render("password_reset", &reset, Language::English, Medium::Inbox).unwrap();
        assert!(!inbox.text.contains("t0k3n") && !inbox.html.contains("t0k3n"));
        assert_eq!(
            inbox_facts("password_reset", &reset),
            json!({"expires_at": "2026-12-02T11:00:00Z"})
        );
        let mail = render("password_reset", &reset, Language::English, Medium::Mail).unwrap();
        assert!(mail.text.contains("t0k3n"));
    }
}
