//! Benchmark data: fills an article's VAK ledger with transfers through the project's own
//! ledger code (`grantdesk_persistence::ledger::post_transfer`), in batches of one write
//! transaction each. Used by `bench/run.sh` to measure balance reads with 10k and 1M
//! transfers in the ledger.
//!
//! The transfers alternate CREDIT (source -> available) and REVERSE (available -> source) of
//! the same amount, so the article's available balance is unchanged after an even number.

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
    #[arg(long)]
    transfers: u64,
    /// Budget article code (must exist for the year)
    #[arg(long)]
    article: String,
    /// Budget year
    #[arg(long)]
    year: i32,
    /// Transfers per write transaction
    #[arg(long, default_value_t = 10_000)]
    batch: u64,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
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
