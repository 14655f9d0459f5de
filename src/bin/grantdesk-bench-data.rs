//! Benchmark data: fills an article's VAK ledger with transfers through the project's own
//! ledger code (`grantdesk_persistence::ledger::post_transfer`), in batches of one write
//! transaction each. Used by `bench/run.sh` to measure balance reads with 10k and 1M
//! transfers in the ledger.
//!
//! The transfers alternate CREDIT (source -> available) and REVERSE (available -> source) of
//! the same amount, so the article's available balance is unchanged after an even number.
//!
//! `--log-entries N` fills the audit log instead (issue #16): audit entries written through the
//! project's own `audit::record` until the log holds N, sealed with `log::seal` in batches and
//! one checkpoint signed at the end (with `GRANTDESK_LOG_KEY` / `GRANTDESK_LOG_ORIGIN`, the
//! server's key), to measure inclusion-proof reads at 10k and 1M entries.

use std::time::Instant;

use chrono::Utc;
use clap::Parser;
use grantdesk_domain::{
    AccountKind, BudgetArticle, BudgetYear, CreditType, Money, TransferCode, TransferSpec,
};
use grantdesk_persistence::ledger::{self, LedgerWriteError};
use uuid::Uuid;

#[derive(Parser, Debug)]
#[command(about = "Posts N ledger transfers on an article for benchmarks")]
struct Args {
    /// sqlite://path or postgres://... (the schema is migrated if needed)
    #[arg(long, env = "DATABASE_URL")]
    database_url: String,
    /// How many transfers to post
    #[arg(long, default_value_t = 0)]
    transfers: u64,
    /// Budget article code (must exist for the year; with --transfers)
    #[arg(long, default_value = "BEN-0000001-WT")]
    article: String,
    /// Budget year (with --transfers)
    #[arg(long, default_value_t = 2023)]
    year: i32,
    /// Fill the audit log until it holds this many sealed entries (instead of transfers)
    #[arg(long)]
    log_entries: Option<u64>,
    /// Transfers per write transaction
    #[arg(long, default_value_t = 10_000)]
    batch: u64,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    if let Some(n) = args.log_entries {
        return fill_log(&args, n);
    }
    let article = BudgetArticle::parse(&args.article).map_err(|e| anyhow::anyhow!("{e}"))?;
    let year = BudgetYear::new(args.year).map_err(|e| anyhow::anyhow!("{e}"))?;
    let db = grantdesk::startup::open_database(&args.database_url, 1)?;
    let (source, available) = db.write(|c| -> Result<_, LedgerWriteError> {
        let ledger_id = ledger::ledger_id(c, &article, year, CreditType::Vak)?;
        let source = ledger::find_account(c, ledger_id, AccountKind::ArticleSource, None)?;
        let available = ledger::find_account(c, ledger_id, AccountKind::ArticleAvailable, None)?;
        Ok((source.id, available.id))
    })?;
    let amount = Money::from_cents(100).map_err(|e| anyhow::anyhow!("{e}"))?;
    let started = Instant::now();
    let mut done: u64 = 0;
    while done < args.transfers {
        let n = args.batch.min(args.transfers - done);
        let first = done;
        db.write(|c| -> Result<(), LedgerWriteError> {
            let now = Utc::now();
            for i in first..first + n {
                let credit = i % 2 == 0;
                let (debit_account, credit_account, code) = if credit {
                    (source, available, TransferCode::Credit)
                } else {
                    (available, source, TransferCode::Reverse)
                };
                let r = ledger::post_transfer(
                    c,
                    &TransferSpec {
                        id: Uuid::new_v4(),
                        debit_account,
                        credit_account,
                        amount,
                        code,
                        reference: format!("bench transfer {i}"),
                        actor: "bench".to_owned(),
                    },
                    now,
                )?;
                if r.transfer.refusal.is_some() {
                    return Err(LedgerWriteError::Store(
                        grantdesk_persistence::StoreError::Conflict(format!(
                            "transfer {i} refused: {:?}",
                            r.transfer.refusal
                        )),
                    ));
                }
            }
            Ok(())
        })?;
        done += n;
        let secs = started.elapsed().as_secs_f64();
        eprintln!(
            "posted {done}/{} transfers in {secs:.1}s ({:.0}/s)",
            args.transfers,
            done as f64 / secs.max(1e-9)
        );
    }
    println!(
        "{{\"transfers\":{done},\"seconds\":{:.3}}}",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Writes audit entries until the log holds `target` and seals them (see the module's doc).
fn fill_log(args: &Args, target: u64) -> anyhow::Result<()> {
    use grantdesk_domain::checkpoint::LogKey;
    use grantdesk_persistence::{audit, log, StoreError};
    let origin = std::env::var("GRANTDESK_LOG_ORIGIN")
        .unwrap_or_else(|_| grantdesk::config::DEFAULT_LOG_ORIGIN.to_owned());
    let seed = std::env::var("GRANTDESK_LOG_KEY")
        .map_err(|_| anyhow::anyhow!("GRANTDESK_LOG_KEY: the server's log key"))?;
    let key = LogKey::from_base64_seed(&origin, &seed).map_err(|e| anyhow::anyhow!("{e}"))?;
    let db = grantdesk::startup::open_database(&args.database_url, 1)?;
    let started = Instant::now();
    let have = db.read(log::tree_size)? + db.read(log::pending_count)? as u64;
    let mut written = 0;
    let mut left = target.saturating_sub(have);
    while left > 0 {
        let n = args.batch.min(left);
        let first = have + written;
        db.write(|c| -> Result<(), StoreError> {
            let now = Utc::now();
            for i in first..first + n {
                audit::record(
                    c,
                    "user:bench",
                    "call.update",
                    ("call", &format!("bench-{i}")),
                    Some(serde_json::json!({"status": "draft", "i": i})),
                    Some(serde_json::json!({"status": "draft", "i": i, "budget": "1000.00"})),
                    now,
                )?;
            }
            Ok(())
        })?;
        // sealed as the sequencer would, in large batches, unsigned until the last
        let last = n == left;
        db.write(|c| log::seal(c, &key, Utc::now(), n as i64, last))?;
        written += n;
        left -= n;
        let secs = started.elapsed().as_secs_f64();
        eprintln!(
            "wrote and sealed {written}/{} entries in {secs:.1}s ({:.0}/s)",
            target.saturating_sub(have),
            written as f64 / secs.max(1e-9)
        );
    }
    // whatever else waited (a server's own entries), sealed and signed
    db.write(|c| log::seal(c, &key, Utc::now(), i64::MAX, true))?;
    let size = db.read(log::tree_size)?;
    println!(
        "{{\"log_entries\":{size},\"written\":{written},\"seconds\":{:.3}}}",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
