//! `grantdesk`: serve (the default), migrate, seed, openapi, user create.

use std::io::{BufRead, IsTerminal};
use std::net::TcpListener;
use std::sync::Arc;

use anyhow::Context;
use clap::{Parser, Subcommand};
use grantdesk::config::Settings;
use grantdesk::{seed, startup};
use grantdesk_api::auth::Role;
use grantdesk_api::notify::reminders::ReminderJob;
use grantdesk_api::services::after_decision::ExpiryJob;
use grantdesk_api::services::log::Sequencer;
use grantdesk_api::SystemClock;
use grantdesk_domain::Clock;

/// The server's allocator: mimalloc, in place of the C library's (glibc's `malloc` and its
/// consolidation took about 7 % of the server's CPU during a deadline surge; bench/RESULTS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "grantdesk",
    version,
    about = "Government project calls, from approval to the start of the funded projects"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the HTTP server (the default). Migrates first; in demo mode also seeds.
    Serve {
        /// Do not seed demo data (same as GRANTDESK_DEMO=false).
        #[arg(long)]
        no_demo: bool,
    },
    /// Run the database migrations and exit.
    Migrate,
    /// Seed the demo data (reference call, practice call, demo accounts) and exit.
    Seed,
    /// Print the OpenAPI document (or write it to a file).
    Openapi {
        #[arg(long, short)]
        output: Option<std::path::PathBuf>,
    },
    /// The audit trail.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Write the reminders that are due, deliver the notifications (mail, with
    /// GRANTDESK_SMTP_URL) and webhook messages that are due, once, and exit: what every
    /// server does continuously.
    Deliver,
    /// Manage users.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Check the hash chain; exits 1 and names the first broken record when it does not hold.
    Verify,
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create a user. The password is read from GRANTDESK_PASSWORD or from standard input.
    Create {
        #[arg(long)]
        email: String,
        /// admin, finance, reviewer, applicant or auditor
        #[arg(long)]
        role: String,
        #[arg(long)]
        name: String,
        /// An enterprise number (KBO) the user works for; repeat for several. Reviewers are in
        /// conflict with applications whose lead or partner is one of them.
        #[arg(long = "affiliation")]
        affiliations: Vec<String>,
    },
}

fn init_tracing() {
    use tracing_subscriber::EnvFilter;
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,actix_web=info"));
    let json = std::env::var("GRANTDESK_LOG_FORMAT").is_ok_and(|f| f == "json");
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if json {
        builder.json().init();
    } else {
        builder.init();
    }
}

fn main() -> anyhow::Result<()> {
    init_tracing();
    let cli = Cli::parse();
    let mut settings = Settings::from_env()?;
    match cli.command.unwrap_or(Command::Serve { no_demo: false }) {
        Command::Serve { no_demo } => {
            if no_demo {
                settings.demo = false;
            }
            serve(settings)
        }
        Command::Migrate => {
            let db = startup::open_database(&settings.database_url, 1)?;
            println!(
                "migrated {} ({})",
                settings.database_url,
                db.backend().name()
            );
            Ok(())
        }
        Command::Deliver => deliver(settings),
        Command::Seed => {
            let db = startup::open_database(&settings.database_url, 2)?;
            let created = seed::seed_demo(&db, SystemClock.now())?;
            print_accounts(&created);
            Ok(())
        }
        Command::Openapi { output } => {
            let json = grantdesk_openapi::openapi_json();
            match output {
                Some(path) => std::fs::write(&path, json)
                    .with_context(|| format!("cannot write {}", path.display()))?,
                None => print!("{json}"),
            }
            Ok(())
        }
        Command::Audit {
            command: AuditCommand::Verify,
        } => {
            let verifier = match std::env::var("GRANTDESK_LOG_VERIFIER_KEY") {
                Ok(v) if !v.trim().is_empty() => v
                    .parse::<grantdesk_domain::checkpoint::VerifierKey>()
                    .map_err(|e| anyhow::anyhow!("GRANTDESK_LOG_VERIFIER_KEY: {e}"))?,
                _ => settings.existing_log_key()?.verifier(),
            };
            let db = startup::open_database(&settings.database_url, 1)?;
            // one snapshot for both (the sequencers of running servers may seal meanwhile)
            let (chain, log) = db.snapshot(|c| {
                Ok::<_, anyhow::Error>((
                    grantdesk_persistence::audit::verify(c)?,
                    grantdesk_persistence::log::verify(c, &verifier)?,
                ))
            })?;
            let mut intact = true;
            match chain.first_broken {
                None => println!(
                    "hash chain intact: {} records checked (the log's first entries; {} others)",
                    chain.checked, chain.unchained
                ),
                Some(b) => {
                    intact = false;
                    println!(
                        "hash chain BROKEN at record {} (id {}): {}; {} records before it hold",
                        b.chain_seq, b.id, b.reason, chain.checked
                    )
                }
            }
            match log.first_bad {
                None => println!(
                    "audit log intact: {} entries, {} tree hashes and {} checkpoints checked \
                     against {}; {} entries not sealed yet",
                    log.entries, log.nodes, log.checkpoints, verifier.name, log.pending
                ),
                Some(f) => {
                    intact = false;
                    println!(
                        "audit log BROKEN at {} {}{}: {}",
                        f.kind,
                        f.at,
                        f.entry_id
                            .map(|id| format!(" (entry {id})"))
                            .unwrap_or_default(),
                        f.reason
                    )
                }
            }
            if intact {
                Ok(())
            } else {
                std::process::exit(1)
            }
        }
        Command::User {
            command:
                UserCommand::Create {
                    email,
                    role,
                    name,
                    affiliations,
                },
        } => {
            let affiliations = affiliations
                .iter()
                .map(|k| grantdesk_domain::Kbo::parse(k).map_err(|e| anyhow::anyhow!("{k}: {e}")))
                .collect::<anyhow::Result<Vec<_>>>()?;
            let role = Role::parse(&role).with_context(|| {
                format!("unknown role {role:?}: admin, finance, reviewer, applicant or auditor")
            })?;
            let password = match std::env::var("GRANTDESK_PASSWORD") {
                Ok(p) => p,
                Err(_) => {
                    if std::io::stdin().is_terminal() {
                        eprint!("password for {email}: ");
                    }
                    let mut line = String::new();
                    std::io::stdin().lock().read_line(&mut line)?;
                    line.trim_end_matches(['\n', '\r']).to_owned()
                }
            };
            let db = startup::open_database(&settings.database_url, 1)?;
            if seed::create_user(&db, &email, &password, role, &name, SystemClock.now())? {
                seed::add_affiliations(&db, &email, &affiliations, SystemClock.now())?;
                println!("created {} user {email}", role.as_str());
                Ok(())
            } else {
                anyhow::bail!("a user with email {email} already exists")
            }
        }
    }
}

fn print_accounts(created: &[(Role, &str, &str)]) {
    if created.is_empty() {
        println!("demo accounts (created earlier):");
        for (role, email, password) in seed::DEMO_ACCOUNTS {
            println!("  {:<10} {email:<28} {password}", role.as_str());
        }
    } else {
        println!("demo accounts:");
        for (role, email, password) in created {
            println!("  {:<10} {email:<28} {password}", role.as_str());
        }
    }
}

#[actix_web::main]
async fn deliver(settings: Settings) -> anyhow::Result<()> {
    if settings.mail.is_none() {
        println!("mail is off (GRANTDESK_SMTP_URL unset): delivering webhooks only");
    }
    let secret = settings.resolve_jwt_secret()?;
    let db = startup::open_database(&settings.database_url, 2)?;
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let reminded = ReminderJob::new(db.clone(), clock.clone(), settings.reminders.clone())
        .run_once()
        .await?;
    println!(
        "wrote {} deadline and {} final-report reminder(s): {} message(s)",
        reminded.deadlines, reminded.final_reports, reminded.messages
    );
    let expired = ExpiryJob::new(db.clone(), clock.clone(), settings.reminders.interval)
        .run_once()
        .await?;
    println!("{expired} award(s) not accepted within their period expired");
    let worker = startup::delivery_worker(
        db,
        clock,
        settings.mail.as_ref().map(|m| (m, secret.as_slice())),
        &settings.delivery,
        &settings.webhooks,
    )?;
    let done = worker.drain().await?;
    println!(
        "delivered {} message(s); {} failed and will be retried; {} parked after their last attempt",
        done.sent, done.failed, done.parked
    );
    Ok(())
}

#[actix_web::main]
async fn serve(settings: Settings) -> anyhow::Result<()> {
    let secret = settings.resolve_jwt_secret()?;
    let log_key = Arc::new(settings.resolve_log_key()?);
    let blobs = settings.blob_location(std::env::vars())?;
    let db = startup::open_database(&settings.database_url, settings.max_connections)?;
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    if settings.demo {
        let created = {
            let db = db.clone();
            let now = clock.now();
            actix_web::web::block(move || seed::seed_demo(&db, now)).await??
        };
        println!("grantdesk demo mode (GRANTDESK_DEMO=false or --no-demo turns it off)");
        print_accounts(&created);
    }
    let worker = startup::delivery_worker(
        db.clone(),
        clock.clone(),
        settings.mail.as_ref().map(|m| (m, secret.as_slice())),
        &settings.delivery,
        &settings.webhooks,
    )?;
    let reminders = ReminderJob::new(db.clone(), clock.clone(), settings.reminders.clone());
    // awards not answered within their period expire (every process; safe with several)
    let expiry = ExpiryJob::new(db.clone(), clock.clone(), settings.reminders.interval);
    // committed audit entries are sealed into the log (every process; one seals at a time)
    let sequencer = Sequencer::new(
        db.clone(),
        clock.clone(),
        log_key.clone(),
        settings.log.seal_interval,
        settings.log.checkpoint_interval,
    );
    match &settings.mail {
        Some(mail) => println!("delivering mail through {}", redacted(&mail.smtp_url)),
        None => println!("mail is off (GRANTDESK_SMTP_URL unset): messages stay in the inbox"),
    }
    let state = startup::app_state(
        db,
        clock,
        startup::StateOptions {
            jwt_secret: &secret,
            token_ttl_seconds: settings.token_ttl_seconds,
            blobs: blobs.clone(),
            max_upload_bytes: settings.max_upload_bytes,
            bodies: settings.bodies,
            exports: settings.exports.clone(),
            oidc: startup::oidc_verifier(settings.oidc.clone()).await?,
            rate_limits: settings.rate_limits.clone(),
            webhook_addresses: settings.webhooks.private,
            log_key: log_key.clone(),
        },
    )?;
    // the worker yields to this server's requests
    worker.yielding_to(state.load.clone()).spawn();
    reminders.spawn();
    expiry.spawn();
    sequencer.spawn();
    println!("files stored in {blobs}");
    println!(
        "audit log {} (checkpoints signed by {})",
        log_key.name(),
        log_key.verifier_key()
    );
    if let Some(oidc) = &settings.oidc {
        println!(
            "also accepting access tokens of the identity provider {} (audience {})",
            oidc.issuer, oidc.audience
        );
    }
    let metrics_listener = match &settings.metrics_bind {
        Some(bind) => {
            let l = TcpListener::bind(bind)
                .with_context(|| format!("cannot listen on {bind} (GRANTDESK_METRICS_BIND)"))?;
            println!("metrics on http://{}/metrics", l.local_addr()?);
            Some(l)
        }
        None => None,
    };
    let listener = TcpListener::bind(&settings.bind)
        .with_context(|| format!("cannot listen on {}", settings.bind))?;
    let addr = listener.local_addr()?;
    println!(
        "grantdesk listening on http://{addr} (API under /api/v1, docs at http://{addr}/docs/)"
    );
    tracing::info!(%addr, backend = settings.database_url.split(':').next().unwrap_or(""), "listening");
    startup::run_with_metrics_listener(listener, state, metrics_listener)?.await?;
    Ok(())
}

/// A relay URL without its password, for the log.
fn redacted(url: &str) -> String {
    match (url.split_once("://"), url.rfind('@')) {
        (Some((scheme, _)), Some(at)) => format!("{scheme}://***{}", &url[at..]),
        _ => url.to_owned(),
    }
}
