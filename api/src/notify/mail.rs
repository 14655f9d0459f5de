//! E-mail over SMTP with `lettre`: a relay given by URL (`smtp://host:port` plain,
//! `smtp://host?tls=required` with STARTTLS, `smtps://host` with TLS, credentials as
//! `user:password@`), a sender address, and each notification as one message with a plain-text
//! and an HTML part. The message's `Message-ID` is the notification's id: sending it again
//! (after a crash between sending and recording it as sent) sends the same id, so the
//! receiver's mail system and the reader can tell a repeat from a new message.
//!
//! A reminder also carries `List-Unsubscribe` with a one-click link (RFC 8058, with
//! `List-Unsubscribe-Post`): the account's own, signed ([`UnsubscribeKey`]), under the server's
//! public address.

use grantdesk_domain::UnsubscribeKey;
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use uuid::Uuid;

use super::render::Rendered;

/// Where mail goes and whom it is from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailSettings {
    /// The relay, e.g. `smtp://127.0.0.1:2525` or `smtps://user:pass@relay.example:465`.
    pub smtp_url: String,
    /// The sender, e.g. `grantdesk <noreply@subsidies.example>`.
    pub from: String,
    /// The server's address as its readers reach it (`GRANTDESK_PUBLIC_URL`), e.g.
    /// `https://subsidies.example`: the unsubscribe links start with it.
    pub public_url: String,
}

/// A configured mail transport.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    public_url: String,
    unsubscribe: UnsubscribeKey,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer").field("from", &self.from).finish()
    }
}

impl MailSettings {
    /// The sender, parsed; why the relay URL or the sender cannot be used. Needs no runtime
    /// (checked when the configuration is read).
    pub fn check(&self) -> Result<Mailbox, String> {
        AsyncSmtpTransport::<Tokio1Executor>::from_url(&self.smtp_url)
            .map_err(|e| format!("GRANTDESK_SMTP_URL: {e}"))?;
        self.from
            .parse()
            .map_err(|e| format!("GRANTDESK_MAIL_FROM {:?}: {e}", self.from))
    }
}

impl Mailer {
    /// A transport for `settings` (its connection pool runs on the Tokio runtime, which must
    /// be running), signing unsubscribe links with `unsubscribe`; an unusable URL or sender is
    /// an error.
    pub fn new(settings: &MailSettings, unsubscribe: UnsubscribeKey) -> Result<Mailer, String> {
        let from = settings.check()?;
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(&settings.smtp_url)
            .map_err(|e| format!("GRANTDESK_SMTP_URL: {e}"))?
            .timeout(Some(std::time::Duration::from_secs(30)))
            .build();
        Ok(Mailer {
            transport,
            from,
            public_url: settings.public_url.trim_end_matches('/').to_owned(),
            unsubscribe,
        })
    }

    /// The one-click unsubscribe link of account `user`.
    pub fn unsubscribe_url(&self, user: Uuid) -> String {
        format!(
            "{}/api/v1/unsubscribe?token={}",
            self.public_url,
            self.unsubscribe.token(user)
        )
    }

    /// The `Message-ID` of notification `id`: `<id@the sender's domain>`.
    pub fn message_id(&self, id: Uuid) -> String {
        format!("<{id}@{}>", self.from.email.domain())
    }

    /// Sends one notification to `to`, with a one-click `unsubscribe` link if given. The error
    /// is the relay's answer (or why there was none).
    pub async fn send(
        &self,
        id: Uuid,
        to: &str,
        rendered: &Rendered,
        unsubscribe: Option<&str>,
    ) -> Result<(), String> {
        let to: Mailbox = to.parse().map_err(|e| format!("address {to:?}: {e}"))?;
        let mut message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(rendered.subject.clone())
            .message_id(Some(self.message_id(id)));
        if let Some(link) = unsubscribe {
            message = message
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe"),
                    format!("<{link}>"),
                ))
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                    "List-Unsubscribe=One-Click".to_owned(),
                ));
        }
        let message = message
            .multipart(MultiPart::alternative_plain_html(
                rendered.text.clone(),
                rendered.html.clone(),
            ))
            .map_err(|e| format!("message: {e}"))?;
        self.transport
            .send(message)
            .await
            .map(|_| ())
            .map_err(|e| format!("SMTP: {e}"))
    }
}
