//! Connections, the pool, migrations and transactions: the one place where the two backends
//! differ. Everything else in this crate is written once against [`DbConn`].

use std::sync::{Arc, Mutex};
use std::time::Duration;

use diesel::connection::{AnsiTransactionManager, SimpleConnection, TransactionManager};
use diesel::prelude::*;
use diesel::r2d2::{self, ManageConnection};
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

use crate::StoreError;

/// One connection to either backend; queries are written once against this enum.
#[derive(diesel::MultiConnection)]
pub enum DbConn {
    Pg(diesel::PgConnection),
    Sqlite(diesel::SqliteConnection),
}

/// Which database a URL points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Postgres,
    Sqlite,
}

impl Backend {
    /// `postgres://` and `postgresql://` URLs are PostgreSQL; anything else is an SQLite path
    /// (with or without a `sqlite://` prefix).
    pub fn of_url(url: &str) -> Backend {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            Backend::Sqlite
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Backend::Postgres => "postgresql",
            Backend::Sqlite => "sqlite",
        }
    }
}

/// The SQLite file path for a URL (`sqlite://data/x.db`, `sqlite:data/x.db` or a bare path).
pub fn sqlite_path(url: &str) -> &str {
    url.strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
        .unwrap_or(url)
}

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../migrations/sqlite");
const PG_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../migrations/postgres");

/// How long an SQLite writer waits for the write lock before giving up.
const SQLITE_BUSY_TIMEOUT_MS: u32 = 30_000;

/// Opens connections for r2d2, choosing the backend from the URL scheme so that a stopped
/// PostgreSQL reports its own error (the derived `establish` would hide it).
#[derive(Debug, Clone)]
pub struct DbConnManager {
    url: String,
    backend: Backend,
}

impl DbConnManager {
    pub fn new(url: &str) -> Self {
        Self {
            url: url.to_owned(),
            backend: Backend::of_url(url),
        }
    }
}

impl ManageConnection for DbConnManager {
    type Connection = DbConn;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<DbConn, r2d2::Error> {
        match self.backend {
            Backend::Postgres => diesel::PgConnection::establish(&self.url)
                .map(DbConn::Pg)
                .map_err(r2d2::Error::ConnectionError),
            Backend::Sqlite => {
                let mut conn = diesel::SqliteConnection::establish(sqlite_path(&self.url))
                    .map_err(r2d2::Error::ConnectionError)?;
                // busy_timeout first, so that the other statements wait for a lock too
                conn.batch_execute(&format!(
                    "PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}; PRAGMA journal_mode = WAL; \
                     PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;"
                ))
                .map_err(r2d2::Error::QueryError)?;
                Ok(DbConn::Sqlite(conn))
            }
        }
    }

    fn is_valid(&self, conn: &mut DbConn) -> Result<(), r2d2::Error> {
        conn.batch_execute("SELECT 1")
            .map_err(r2d2::Error::QueryError)
    }

    fn has_broken(&self, _conn: &mut DbConn) -> bool {
        false
    }
}

pub type Pool = r2d2::Pool<DbConnManager>;
pub type PooledConn = r2d2::PooledConnection<DbConnManager>;

/// A pool of connections plus the backend it talks to.
#[derive(Clone)]
pub struct Db {
    pool: Pool,
    backend: Backend,
    /// SQLite only: the process's writers queue here, in order, for the database's single
    /// write lock. Without it they would all run `BEGIN IMMEDIATE` and, finding the lock taken,
    /// sleep in SQLite's busy handler with a growing back-off (1, 2, 5, ... 100 ms): the lock
    /// then sits idle between writers, and an unlucky writer waits far longer than its turn
    /// (the surge and awards benchmarks showed p99 ≈ 10-20 × p50). The busy timeout stays, for
    /// writers of other processes (`grantdesk migrate`, `seed`, a second server).
    write_gate: Option<Arc<Mutex<()>>>,
}

impl Db {
    /// Connects (creating the SQLite file and its folder if needed). Does not migrate.
    pub fn connect(url: &str, max_connections: u32) -> Result<Db, StoreError> {
        let backend = Backend::of_url(url);
        if backend == Backend::Sqlite {
            let path = std::path::Path::new(sqlite_path(url));
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|e| {
                    StoreError::Unavailable(format!("cannot create {}: {e}", dir.display()))
                })?;
            }
        }
        let pool = r2d2::Pool::builder()
            .max_size(max_connections)
            // open connections lazily: many first connections at once would queue on the
            // SQLite file's lock while it switches to WAL
            .min_idle(Some(1))
            .connection_timeout(Duration::from_secs(5))
            .build(DbConnManager::new(url))
            .map_err(|e| StoreError::Unavailable(format!("cannot connect to the database: {e}")))?;
        let write_gate = (backend == Backend::Sqlite).then(|| Arc::new(Mutex::new(())));
        Ok(Db {
            pool,
            backend,
            write_gate,
        })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// A connection from the pool; a database that cannot be reached is `Unavailable`.
    pub fn conn(&self) -> Result<PooledConn, StoreError> {
        self.pool
            .get()
            .map_err(|e| StoreError::Unavailable(format!("the database is unavailable: {e}")))
    }

    /// Runs the pending migrations of this backend; returns how many ran.
    pub fn migrate(&self) -> Result<usize, StoreError> {
        let mut conn = self.conn()?;
        migrate(&mut conn)
    }

    /// `SELECT 1`, for the readiness probe.
    pub fn ping(&self) -> Result<(), StoreError> {
        let mut conn = self.conn()?;
        conn.batch_execute("SELECT 1").map_err(StoreError::from)
    }

    /// Runs `f` in one write transaction (see [`write_transaction`]). On SQLite the writers of
    /// this process first queue on the write gate, before taking a connection from the pool, so
    /// that waiting writers never hold connections that readers need.
    pub fn write<T, E>(&self, f: impl FnOnce(&mut DbConn) -> Result<T, E>) -> Result<T, E>
    where
        E: From<StoreError> + From<diesel::result::Error>,
    {
        // a writer that panicked released the lock by unwinding; its transaction rolled back
        // with its connection, so the gate itself (it guards nothing but turns) is still sound
        let _turn = self
            .write_gate
            .as_ref()
            .map(|gate| gate.lock().unwrap_or_else(|poisoned| poisoned.into_inner()));
        let mut conn = self.conn()?;
        write_transaction(&mut conn, f)
    }

    /// Runs `f` in one read transaction, so that everything it reads is one snapshot.
    pub fn read<T, E>(&self, f: impl FnOnce(&mut DbConn) -> Result<T, E>) -> Result<T, E>
    where
        E: From<StoreError> + From<diesel::result::Error>,
    {
        let mut conn = self.conn()?;
        let conn: &mut DbConn = &mut conn;
        conn.transaction(f)
    }
}

/// Runs the pending migrations on one connection.
pub fn migrate(conn: &mut DbConn) -> Result<usize, StoreError> {
    let ran = match conn {
        DbConn::Pg(c) => c.run_pending_migrations(PG_MIGRATIONS).map(|v| v.len()),
        DbConn::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS).map(|v| v.len()),
    };
    ran.map_err(|e| StoreError::Unavailable(format!("migration failed: {e}")))
}

/// Runs `f` in a write transaction: `BEGIN IMMEDIATE` on SQLite (the write lock is taken up
/// front, so a read-then-write never fails half-way with a stale snapshot), `READ COMMITTED`
/// on PostgreSQL (writers meet at row locks; the ledger's guarded `UPDATE`s re-check their
/// condition on the newest row version). Commits when `f` returns `Ok`, rolls back otherwise.
/// Inside an already open transaction (tests) it nests as a savepoint.
pub fn write_transaction<T, E>(
    conn: &mut DbConn,
    f: impl FnOnce(&mut DbConn) -> Result<T, E>,
) -> Result<T, E>
where
    E: From<diesel::result::Error>,
{
    let begun = match conn {
        DbConn::Pg(c) => {
            AnsiTransactionManager::begin_transaction_sql(c, "BEGIN ISOLATION LEVEL READ COMMITTED")
        }
        DbConn::Sqlite(c) => AnsiTransactionManager::begin_transaction_sql(c, "BEGIN IMMEDIATE"),
    };
    match begun {
        Ok(()) => {}
        Err(diesel::result::Error::AlreadyInTransaction) => return conn.transaction(f),
        Err(e) => return Err(e.into()),
    }
    let outcome = f(conn);
    let finished = match (&outcome, &mut *conn) {
        (Ok(_), DbConn::Pg(c)) => AnsiTransactionManager::commit_transaction(c),
        (Ok(_), DbConn::Sqlite(c)) => AnsiTransactionManager::commit_transaction(c),
        (Err(_), DbConn::Pg(c)) => AnsiTransactionManager::rollback_transaction(c),
        (Err(_), DbConn::Sqlite(c)) => AnsiTransactionManager::rollback_transaction(c),
    };
    match (outcome, finished) {
        (Ok(v), Ok(())) => Ok(v),
        (Ok(_), Err(e)) => Err(e.into()),
        (Err(e), _) => Err(e),
    }
}

/// Takes a PostgreSQL row lock with `sql` (a `SELECT ... WHERE id = $1 FOR UPDATE` or `FOR
/// SHARE` of this crate's own), binding `id`. READ COMMITTED writers that read a row and decide
/// on what they read take it first, so that a concurrent writer of the same row waits and the
/// reads after the lock see its committed result. On SQLite a write transaction holds the whole
/// database from its `BEGIN IMMEDIATE`, so there is nothing to do.
pub(crate) fn pg_row_lock(
    conn: &mut DbConn,
    sql: &'static str,
    id: &str,
) -> Result<(), StoreError> {
    if let DbConn::Pg(pg) = conn {
        diesel::sql_query(sql)
            .bind::<diesel::sql_types::Text, _>(id)
            .execute(pg)?;
    }
    Ok(())
}
