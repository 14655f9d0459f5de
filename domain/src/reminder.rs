//! Reminders (issue #13): before a call's deadline, organisations with an unsubmitted draft are
//! reminded at configurable offsets (by default a week and a day before); after a grant's period
//! ends without a final report, its organisation is told that the report is due.
//!
//! A reminder is sent once per (subject, instant it is about, offset), whoever runs the job:
//! every server process runs it, and the database's unique key on that triple decides which
//! process writes it. Offsets that were missed (no server ran at the time) are not made up
//! for when a nearer one is due: only the nearest offset that has passed is sent, so a draft
//! started the evening before the deadline gets one reminder, not three.
//!
//! A reminder mail carries a one-click unsubscribe link (RFC 8058); the token in it is an
//! HMAC of the account's id, so the link needs no state and cannot be made for another account.

use std::time::Duration;

use chrono::{DateTime, NaiveDate, Utc};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use uuid::Uuid;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;

/// The longest offset there is: a year before the deadline.
pub const MAX_OFFSET: Duration = Duration::from_secs(366 * 24 * 3600);

/// Offsets before a deadline at which drafts are reminded, nearest last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderOffsets(Vec<Duration>);

impl Default for ReminderOffsets {
    /// A week and a day before.
    fn default() -> Self {
        ReminderOffsets(vec![
            Duration::from_secs(7 * 24 * 3600),
            Duration::from_secs(24 * 3600),
        ])
    }
}

impl ReminderOffsets {
    /// Reads a comma-separated list of offsets, each a whole number with its unit: `d` (days),
    /// `h` (hours) or `m` (minutes), e.g. `14d,3d,12h`. An empty list turns deadline reminders
    /// off. Each is more than zero and at most a year; duplicates count once.
    pub fn parse(text: &str) -> Result<ReminderOffsets, String> {
        let mut offsets = Vec::new();
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let unit = part.chars().next_back().unwrap_or('?');
            let number = &part[..part.len() - unit.len_utf8()];
            let seconds: u64 = match unit {
                'd' => 24 * 3600,
                'h' => 3600,
                'm' => 60,
                _ => {
                    return Err(format!(
                        "{part:?}: an offset ends in d (days), h (hours) or m (minutes), as in 7d"
                    ))
                }
            };
            let n: u64 = number.parse().map_err(|_| {
                format!("{part:?}: an offset is a whole number and a unit, as in 7d")
            })?;
            let offset = Duration::from_secs(n.saturating_mul(seconds));
            if n == 0 || offset > MAX_OFFSET {
                return Err(format!(
                    "{part:?}: an offset is more than zero and at most 366 days"
                ));
            }
            offsets.push(offset);
        }
        offsets.sort_unstable_by(|a, b| b.cmp(a));
        offsets.dedup();
        Ok(ReminderOffsets(offsets))
    }

    /// The offsets, the farthest first.
    pub fn as_slice(&self) -> &[Duration] {
        &self.0
    }

    /// The farthest offset (zero when there is none): drafts of calls whose deadline is further
    /// away than this are not due for anything.
    pub fn horizon(&self) -> Duration {
        self.0.first().copied().unwrap_or_default()
    }

    /// The offset a draft is due to be reminded at, at `now`, for a deadline at `deadline`: the
    /// nearest offset whose instant (`deadline - offset`) has come; none at or after the
    /// deadline (a reminder of a passed deadline helps no one) or before the farthest offset.
    pub fn due(&self, deadline: DateTime<Utc>, now: DateTime<Utc>) -> Option<Duration> {
        if now >= deadline {
            return None;
        }
        let left = (deadline - now).to_std().ok()?;
        self.0.iter().rev().copied().find(|offset| left <= *offset)
    }
}

/// Whether a grant that ran until `end` (its last day) and has no final report is due for the
/// final-report reminder on `today` (both dates in the call's zone): from the day after its end.
pub fn final_report_due(end: NaiveDate, today: NaiveDate) -> bool {
    today > end
}

/// The key unsubscribe tokens are made with, derived from a server secret (so that one secret
/// is configured, and a token is no use as anything else).
#[derive(Clone)]
pub struct UnsubscribeKey([u8; 32]);

impl std::fmt::Debug for UnsubscribeKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("UnsubscribeKey(..)")
    }
}

type HmacSha256 = Hmac<Sha256>;

impl UnsubscribeKey {
    /// The key derived from `secret` (HMAC-SHA256 of a fixed label under the secret).
    pub fn derive(secret: &[u8]) -> UnsubscribeKey {
        let mut mac = HmacSha256::new_from_slice(secret).expect("HMAC takes a key of any size");
        mac.update(b"grantdesk reminders unsubscribe v1");
        UnsubscribeKey(mac.finalize().into_bytes().into())
    }

    fn mac(&self, user: Uuid) -> HmacSha256 {
        let mut mac = HmacSha256::new_from_slice(&self.0).expect("HMAC takes a key of any size");
        mac.update(user.as_bytes());
        mac
    }

    /// The token of `user`'s unsubscribe link: `<user id>.<MAC, base64url>`.
    pub fn token(&self, user: Uuid) -> String {
        let tag = self.mac(user).finalize().into_bytes();
        format!("{}.{}", user.simple(), URL_SAFE_NO_PAD.encode(tag))
    }

    /// The account a token was made for; `None` for a token this key did not make (compared
    /// in constant time).
    pub fn check(&self, token: &str) -> Option<Uuid> {
        let (user, tag) = token.split_once('.')?;
        let user = Uuid::try_parse(user).ok()?;
        let tag = URL_SAFE_NO_PAD.decode(tag).ok()?;
        self.mac(user).verify_slice(&tag).ok()?;
        Some(user)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn days(n: u64) -> Duration {
        Duration::from_secs(n * 24 * 3600)
    }

    #[test]
    fn offsets_are_read_with_their_units_and_refused_with_a_reason() {
        let offsets = ReminderOffsets::parse("1d, 14d,12h,1d,90m").unwrap();
        assert_eq!(
            offsets.as_slice(),
            [
                days(14),
                days(1),
                Duration::from_secs(12 * 3600),
                Duration::from_secs(90 * 60)
            ]
        );
        assert_eq!(offsets.horizon(), days(14));
        assert_eq!(ReminderOffsets::parse("").unwrap().as_slice(), []);
        assert_eq!(
            ReminderOffsets::parse(" ").unwrap().horizon(),
            Duration::ZERO
        );
        assert_eq!(
            ReminderOffsets::default().as_slice(),
            [days(7), days(1)],
            "a week and a day"
        );
        for bad in [
            "7",
            "7w",
            "d",
            "0d",
            "-1d",
            "1.5d",
            "367d",
            "99999999999999999d",
            "é",
        ] {
            let err = ReminderOffsets::parse(bad).unwrap_err();
            assert!(err.contains("offset"), "{bad}: {err}");
        }
    }

    #[test]
    fn the_nearest_offset_that_has_come_is_due_and_nothing_at_or_after_the_deadline() {
        let offsets = ReminderOffsets::default();
        let deadline = Utc.with_ymd_and_hms(2023, 8, 31, 8, 0, 0).unwrap();
        let at = |t| offsets.due(deadline, t);
        let second = chrono::Duration::seconds(1);
        let week = chrono::Duration::days(7);
        let day = chrono::Duration::days(1);
        assert_eq!(at(deadline - week - second), None, "before the farthest");
        assert_eq!(at(deadline - week), Some(days(7)), "exactly a week before");
        assert_eq!(at(deadline - day - second), Some(days(7)));
        assert_eq!(at(deadline - day), Some(days(1)));
        assert_eq!(at(deadline - second), Some(days(1)));
        assert_eq!(at(deadline), None, "at the deadline");
        assert_eq!(at(deadline + second), None);
        // a draft that is first seen an hour before: one reminder, the nearest
        assert_eq!(at(deadline - chrono::Duration::hours(1)), Some(days(1)));
        assert_eq!(
            ReminderOffsets::parse("")
                .unwrap()
                .due(deadline, deadline - day),
            None
        );
    }

    #[test]
    fn the_final_report_is_due_from_the_day_after_the_grants_end() {
        let end = NaiveDate::from_ymd_opt(2024, 10, 31).unwrap();
        assert!(!final_report_due(end, end));
        assert!(final_report_due(end, end.succ_opt().unwrap()));
        assert!(!final_report_due(end, end.pred_opt().unwrap()));
    }

    #[test]
    fn an_unsubscribe_token_names_its_account_and_cannot_be_made_for_another() {
        let key = UnsubscribeKey::derive(b"a secret of at least thirty-two bytes!");
        let (alice, bob) = (Uuid::new_v4(), Uuid::new_v4());
        let token = key.token(alice);
        assert_eq!(key.check(&token), Some(alice));
        assert_eq!(key.token(alice), token, "the same link every time");
        // another account's id with alice's tag, a changed tag, another key, rubbish
        let tag = token.split_once('.').unwrap().1;
        assert_eq!(key.check(&format!("{}.{tag}", bob.simple())), None);
        let mut changed = token.clone();
        let last = changed.pop().unwrap();
        changed.push(if last == 'A' { 'B' } else { 'A' });
        assert_eq!(key.check(&changed), None);
        let other = UnsubscribeKey::derive(b"another secret of thirty-two bytes long");
        assert_eq!(other.check(&token), None);
        for bad in ["", ".", "x.y", &alice.to_string(), &format!("{alice}.")] {
            assert_eq!(key.check(bad), None, "{bad:?}");
        }
        assert_eq!(format!("{key:?}"), "UnsubscribeKey(..)");
    }
}
