//! Connections, the pool, migrations and transactions: the one place where the two backends
//! differ. Everything else in this crate is written once against [`DbConn`].

use std::cell::RefCell;
use std::sync::Arc;
use std::time::{Duration, Instant};

use diesel::connection::{AnsiTransactionManager, SimpleConnection, TransactionManager};
use diesel::prelude::*;
use diesel::query_builder::{AsChangeset, AstPass, QueryFragment, QueryId};
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

pub(crate) const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../migrations/sqlite");
pub(crate) const PG_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../migrations/postgres");

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
                plans_independent_of_bound_values();
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

/// Has every SQLite connection the process opens from now on keep its statements prepared:
/// SQLite's query planner stability guarantee (`SQLITE_DBCONFIG_ENABLE_QPSG`), set by an
/// automatic extension, which SQLite runs on each connection it opens (diesel does not hand
/// out the connection's handle).
///
/// Without it, SQLite (3.50) marks a statement for preparing again whenever a parameter it
/// planned with is bound anew: every `LIMIT ?` (diesel's `.first()`, so most of the lookups on
/// a write's path) and every `column = ?` that it matched against a partial index's `WHERE`. A
/// cached statement was then compiled again on each run; in the SQLite de minimis awards
/// benchmark (issue #15) that was 18 % of the writer thread's time. With the guarantee, plans
/// do not depend on bound values: the queries that must use a partial index name its
/// condition's value in their SQL ([`crate::queue`], the notifications' listings).
/// The process never runs `ANALYZE`, so there are no statistics whose use this gives up.
fn plans_independent_of_bound_values() {
    static REGISTERED: std::sync::Once = std::sync::Once::new();
    REGISTERED.call_once(|| {
        // SAFETY: `sqlite3_auto_extension` only records the function pointer (SQLite keeps the
        // list under its own mutex); the function has the signature SQLite calls it with.
        unsafe {
            libsqlite3_sys::sqlite3_auto_extension(Some(enable_qpsg));
        }
    });
}

/// The automatic extension of [`plans_independent_of_bound_values`]. It never fails the
/// opening of a connection: without the guarantee a connection is slower, not wrong.
unsafe extern "C" fn enable_qpsg(
    db: *mut libsqlite3_sys::sqlite3,
    _error: *mut *mut std::os::raw::c_char,
    _api: *const libsqlite3_sys::sqlite3_api_routines,
) -> std::os::raw::c_int {
    // SAFETY: SQLite calls this with the connection it is opening; `sqlite3_db_config` with
    // ENABLE_QPSG takes an int (1: on) and an int pointer for the new setting (may be null).
    unsafe {
        libsqlite3_sys::sqlite3_db_config(
            db,
            libsqlite3_sys::SQLITE_DBCONFIG_ENABLE_QPSG,
            1 as std::os::raw::c_int,
            std::ptr::null_mut::<std::os::raw::c_int>(),
        );
    }
    libsqlite3_sys::SQLITE_OK
}

/// `value` in the statement's SQL as a string literal, not a bound parameter: for a condition
/// that must match a partial index's `WHERE` (`delivery_status = 'pending'`), which SQLite
/// proves from the statement's text alone (see [`plans_independent_of_bound_values`]). Only for
/// the process's own names (an enum's `as_str`), never for input. Unlike `diesel::dsl::sql`,
/// the statement stays cached (under its SQL text, which holds the value).
pub(crate) fn literal(value: &'static str) -> Literal {
    debug_assert!(!value.contains('\''), "a name with a quote: {value}");
    Literal(value)
}

/// See [`literal`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Literal(&'static str);

impl Expression for Literal {
    type SqlType = diesel::sql_types::Text;
}

impl<QS> diesel::AppearsOnTable<QS> for Literal {}

impl<QS> diesel::SelectableExpression<QS> for Literal {}

impl<GB> diesel::expression::ValidGrouping<GB> for Literal {
    type IsAggregate = diesel::expression::is_aggregate::Never;
}

impl QueryId for Literal {
    type QueryId = ();
    // no type-based cache key: the statement cache keys it by its SQL text, value included
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<DB: diesel::backend::Backend> QueryFragment<DB> for Literal {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, DB>) -> QueryResult<()> {
        out.push_sql("'");
        out.push_sql(self.0);
        out.push_sql("'");
        Ok(())
    }
}

/// How long a pooled connection that was last used without an error is handed out again
/// without asking the database first (`SELECT 1`). Under load a connection is checked out
/// hundreds of times a second: a round trip each time was one of every submission's ~19
/// (issue #16's surge). A connection idle for longer, or whose last use failed, is asked.
const KNOWN_GOOD_FOR: Duration = Duration::from_secs(1);

/// A connection in the pool and when it was last known to work ([`KNOWN_GOOD_FOR`]).
pub struct Pooled {
    conn: DbConn,
    known_good: Option<Instant>,
}

impl Pooled {
    /// Records how its last use went: a failure (whatever its cause) has the pool ask the
    /// database before it hands the connection out again, and drop it if that fails too.
    fn used(&mut self, ok: bool) {
        self.known_good = ok.then(Instant::now);
    }
}

impl std::ops::Deref for Pooled {
    type Target = DbConn;
    fn deref(&self) -> &DbConn {
        &self.conn
    }
}

impl std::ops::DerefMut for Pooled {
    fn deref_mut(&mut self) -> &mut DbConn {
        &mut self.conn
    }
}

/// The pool's manager: [`DbConnManager`]'s connections, validated on checkout only when they
/// are not known to be good ([`KNOWN_GOOD_FOR`]).
#[derive(Debug, Clone)]
pub struct PoolManager(DbConnManager);

impl ManageConnection for PoolManager {
    type Connection = Pooled;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<Pooled, r2d2::Error> {
        Ok(Pooled {
            conn: self.0.connect()?,
            known_good: Some(Instant::now()),
        })
    }

    fn is_valid(&self, pooled: &mut Pooled) -> Result<(), r2d2::Error> {
        if pooled
            .known_good
            .is_some_and(|at| at.elapsed() < KNOWN_GOOD_FOR)
        {
            return Ok(());
        }
        self.0.is_valid(&mut pooled.conn)?;
        pooled.known_good = Some(Instant::now());
        Ok(())
    }

    fn has_broken(&self, _pooled: &mut Pooled) -> bool {
        false
    }
}

/// A PostgreSQL connection that listens to a channel ([`Db::listen`]).
pub struct Listener {
    conn: DbConn,
}

impl Listener {
    /// Whether notifications arrived since the last call: reads what the connection's socket
    /// holds, never waits. An error means the connection is lost (listen again).
    pub fn heard(&mut self) -> Result<bool, StoreError> {
        let DbConn::Pg(conn) = &mut self.conn else {
            return Ok(false);
        };
        let mut any = false;
        for notification in conn.notifications_iter() {
            notification?;
            any = true;
        }
        Ok(any)
    }

    /// The listening connection, for a read after a notification.
    pub fn conn(&mut self) -> &mut DbConn {
        &mut self.conn
    }
}

pub type Pool = r2d2::Pool<PoolManager>;
pub type PooledConn = r2d2::PooledConnection<PoolManager>;

/// A pool of connections plus the backend it talks to.
#[derive(Clone)]
pub struct Db {
    pool: Pool,
    backend: Backend,
    url: Arc<str>,
    /// SQLite only: the process's one writer (see [`SqliteWriter`]).
    writer: Option<Arc<SqliteWriter>>,
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
            .build(PoolManager(DbConnManager::new(url)))
            .map_err(|e| StoreError::Unavailable(format!("cannot connect to the database: {e}")))?;
        let writer = match backend {
            Backend::Sqlite => Some(Arc::new(SqliteWriter::start(DbConnManager::new(url))?)),
            Backend::Postgres => None,
        };
        Ok(Db {
            pool,
            backend,
            url: url.into(),
            writer,
        })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The most connections the pool opens (`GRANTDESK_DB_POOL_SIZE`).
    pub fn max_connections(&self) -> u32 {
        self.pool.max_size()
    }

    /// How long the pool lets a caller wait for a connection before it gives up.
    pub fn connection_timeout(&self) -> Duration {
        self.pool.connection_timeout()
    }

    /// Whether a write runs on the process's one writer thread (SQLite) rather than on a
    /// pooled connection (PostgreSQL).
    pub fn has_writer(&self) -> bool {
        self.writer.is_some()
    }

    /// PostgreSQL only: a connection of its own (outside the pool) listening to `channel`;
    /// `None` on SQLite, which has no notifications.
    pub fn listen(&self, channel: &str) -> Result<Option<Listener>, StoreError> {
        if self.backend != Backend::Postgres {
            return Ok(None);
        }
        let mut conn = diesel::PgConnection::establish(&self.url)
            .map_err(|e| StoreError::Unavailable(format!("cannot connect to listen: {e}")))?;
        diesel::sql_query(format!("LISTEN {channel}")).execute(&mut conn)?;
        Ok(Some(Listener {
            conn: DbConn::Pg(conn),
        }))
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
        self.with_conn(|c| c.batch_execute("SELECT 1").map_err(StoreError::from))
    }

    /// Runs `f` on a pooled connection and records how it went, so that the pool asks the
    /// database before it hands out a connection whose last use failed ([`KNOWN_GOOD_FOR`]).
    fn with_conn<T, E>(&self, f: impl FnOnce(&mut DbConn) -> Result<T, E>) -> Result<T, E>
    where
        E: From<StoreError>,
    {
        let mut pooled = self.conn()?;
        let outcome = f(&mut pooled);
        pooled.used(outcome.is_ok());
        outcome
    }

    /// Runs `f` in one write transaction (see [`write_transaction`]). On SQLite it runs on the
    /// process's writer thread, after the writes queued before it (see [`SqliteWriter`]); the
    /// caller waits for it, holding no pooled connection that readers need.
    pub fn write<T, E>(&self, f: impl FnOnce(&mut DbConn) -> Result<T, E> + Send) -> Result<T, E>
    where
        T: Send,
        E: From<StoreError> + From<diesel::result::Error> + Send,
    {
        match &self.writer {
            Some(writer) => writer.write(f),
            None => self.with_conn(|c| write_transaction(c, f)),
        }
    }

    /// Runs `f`, one statement, on a pooled connection without a transaction around it (a
    /// single statement is its own snapshot): for the reads on every request's path.
    pub fn read_statement<T, E>(&self, f: impl FnOnce(&mut DbConn) -> Result<T, E>) -> Result<T, E>
    where
        E: From<StoreError>,
    {
        self.with_conn(f)
    }

    /// Runs `f` in one read transaction. On SQLite (WAL) that is one snapshot; on PostgreSQL
    /// it is `READ COMMITTED`, where each statement sees what was committed when it began: for
    /// statements that must agree with each other, [`snapshot`](Self::snapshot).
    pub fn read<T, E>(&self, f: impl FnOnce(&mut DbConn) -> Result<T, E>) -> Result<T, E>
    where
        E: From<StoreError> + From<diesel::result::Error>,
    {
        self.with_conn(|c| c.transaction(f))
    }

    /// Runs `f` in one read-only transaction that sees one snapshot of the database throughout
    /// (PostgreSQL: `REPEATABLE READ, READ ONLY`; SQLite: a deferred transaction, whose first
    /// read fixes its snapshot in WAL mode): for readers whose statements must agree with each
    /// other while writers commit, such as the log's full check while a sequencer seals (read
    /// apart, the leaves could stop at 31 and the checkpoints reach 32).
    pub fn snapshot<T, E>(&self, f: impl FnOnce(&mut DbConn) -> Result<T, E>) -> Result<T, E>
    where
        E: From<StoreError> + From<diesel::result::Error>,
    {
        self.with_conn(|conn| {
            begin(
                conn,
                "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY",
                "BEGIN DEFERRED",
            )?;
            let outcome = f(conn);
            // nothing was written: a commit and a rollback end it alike
            match (outcome, end(conn, false)) {
                (Ok(v), Ok(())) => Ok(v),
                (Ok(_), Err(e)) => Err(e.into()),
                (Err(e), _) => Err(e),
            }
        })
    }
}

/// SQLite's writers: one thread with one connection, running the process's write transactions
/// one after another, in the order they were queued. SQLite has one write lock per database, so
/// writers take turns anyway; how they take turns is what this is about:
/// - Writers that each run `BEGIN IMMEDIATE` on their own thread and find the lock taken sleep
///   in SQLite's busy handler with a growing back-off (1, 2, 5, ... 100 ms): the lock then sits
///   idle between writers, and an unlucky writer waits far longer than its turn (the surge and
///   awards benchmarks showed p99 ≈ 10-20 × p50).
/// - Writers queueing on a mutex hand the lock from thread to thread: every turn waits for the
///   next thread to be woken and scheduled, which on a busy machine costs more than the
///   transaction itself.
/// - One thread runs the queued transactions back to back, the caller waiting for its own.
///   Its one connection also keeps its page cache: SQLite drops a connection's cache whenever
///   another connection has written, so writers taking turns on pooled connections re-read
///   every page they touch.
///
/// The busy timeout stays, for writers of other processes (`grantdesk migrate`, `seed`, a
/// second server).
struct SqliteWriter {
    /// a pool of one thread: `install` runs a closure on it and waits for the result, so a
    /// transaction may borrow from its caller's stack (a plain channel would need `'static`)
    thread: rayon_core::ThreadPool,
    /// opens the writer thread's connection (see [`WRITER_CONNECTION`])
    manager: DbConnManager,
}

thread_local! {
    /// A writer thread's one connection, opened on first use and again after a failure. Each
    /// [`SqliteWriter`] is a thread of its own, so each database has its own; only its thread
    /// ever touches it, and it is closed when the thread ends with its `Db`.
    static WRITER_CONNECTION: RefCell<Option<DbConn>> = const { RefCell::new(None) };
}

impl SqliteWriter {
    fn start(manager: DbConnManager) -> Result<SqliteWriter, StoreError> {
        let thread = rayon_core::ThreadPoolBuilder::new()
            .num_threads(1)
            .thread_name(|_| "sqlite-writer".to_owned())
            .build()
            .map_err(|e| StoreError::Unavailable(format!("cannot start the writer thread: {e}")))?;
        Ok(SqliteWriter { thread, manager })
    }

    fn write<T, E>(&self, f: impl FnOnce(&mut DbConn) -> Result<T, E> + Send) -> Result<T, E>
    where
        T: Send,
        E: From<StoreError> + From<diesel::result::Error> + Send,
    {
        // what the transaction logs belongs to the request that queued it
        let span = tracing::Span::current();
        self.thread.install(move || {
            let _entered = span.enter();
            WRITER_CONNECTION.with_borrow_mut(|slot| {
                let conn = match slot {
                    Some(conn) => conn,
                    None => slot.insert(self.manager.connect().map_err(|e| {
                        StoreError::Unavailable(format!("the database is unavailable: {e}"))
                    })?),
                };
                match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    write_transaction(conn, f)
                })) {
                    Ok(outcome) => {
                        // a commit or rollback that failed can leave the connection inside a
                        // transaction (or its transaction state broken): never hand that to
                        // the next writer
                        if !is_idle(conn) {
                            *slot = None;
                        }
                        outcome
                    }
                    Err(panic) => {
                        // a transaction panicked while open: close the connection now (which
                        // rolls the transaction back and frees the write lock), let the next
                        // writer open a fresh one, and hand the panic to the caller
                        *slot = None;
                        std::panic::resume_unwind(panic)
                    }
                }
            })
        })
    }
}

/// Whether no transaction is open on the connection.
fn is_idle(conn: &mut DbConn) -> bool {
    let depth = match conn {
        DbConn::Pg(c) => AnsiTransactionManager::transaction_manager_status_mut(c)
            .transaction_depth()
            .map(|d| d.is_none()),
        DbConn::Sqlite(c) => AnsiTransactionManager::transaction_manager_status_mut(c)
            .transaction_depth()
            .map(|d| d.is_none()),
    };
    depth.unwrap_or(false)
}

/// Runs the pending migrations on one connection.
pub fn migrate(conn: &mut DbConn) -> Result<usize, StoreError> {
    let ran = match conn {
        DbConn::Pg(c) => c.run_pending_migrations(PG_MIGRATIONS).map(|v| v.len()),
        DbConn::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS).map(|v| v.len()),
    };
    let ran = ran.map_err(|e| StoreError::Unavailable(format!("migration failed: {e}")))?;
    // the regulations the domain knows, where missing (data, not schema: a later release may
    // know more)
    crate::aid::install_known(conn, chrono::Utc::now())?;
    Ok(ran)
}

thread_local! {
    /// Set by a write that changes an account's standing, read when its transaction commits.
    static ACCOUNTS_CHANGED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// How many transactions of this process that changed an account's standing have committed.
static ACCOUNT_CHANGES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Marks the running write transaction as one that changes an account's standing (token
/// version, role, enabled flag, a token signed out): when it commits, [`account_changes`]
/// moves on.
pub(crate) fn mark_accounts_changed() {
    ACCOUNTS_CHANGED.with(|c| c.set(true));
}

/// How many transactions of this process that changed an account's standing have committed:
/// what this process remembers of accounts is stale once this moves on (other processes'
/// changes move the database's account epoch on, see `users::account_epoch`).
pub fn account_changes() -> u64 {
    ACCOUNT_CHANGES.load(std::sync::atomic::Ordering::SeqCst)
}

/// Begins a transaction on `conn` with the backend's own `BEGIN` (diesel's transaction manager
/// keeps track of it, as for `transaction`).
fn begin(conn: &mut DbConn, pg: &str, sqlite: &str) -> QueryResult<()> {
    match conn {
        DbConn::Pg(c) => AnsiTransactionManager::begin_transaction_sql(c, pg),
        DbConn::Sqlite(c) => AnsiTransactionManager::begin_transaction_sql(c, sqlite),
    }
}

/// Ends the transaction [`begin`] began: commits it, or rolls it back.
fn end(conn: &mut DbConn, commit: bool) -> QueryResult<()> {
    match (commit, conn) {
        (true, DbConn::Pg(c)) => AnsiTransactionManager::commit_transaction(c),
        (true, DbConn::Sqlite(c)) => AnsiTransactionManager::commit_transaction(c),
        (false, DbConn::Pg(c)) => AnsiTransactionManager::rollback_transaction(c),
        (false, DbConn::Sqlite(c)) => AnsiTransactionManager::rollback_transaction(c),
    }
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
    match begin(
        conn,
        "BEGIN ISOLATION LEVEL READ COMMITTED",
        "BEGIN IMMEDIATE",
    ) {
        Ok(()) => {}
        Err(diesel::result::Error::AlreadyInTransaction) => return conn.transaction(f),
        Err(e) => return Err(e.into()),
    }
    ACCOUNTS_CHANGED.with(|c| c.set(false));
    let outcome = f(conn);
    let accounts_changed = ACCOUNTS_CHANGED.with(|c| c.replace(false));
    let finished = end(conn, outcome.is_ok());
    match (outcome, finished) {
        (Ok(v), Ok(())) => {
            if accounts_changed {
                ACCOUNT_CHANGES.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            }
            Ok(v)
        }
        (Ok(_), Err(e)) => Err(e.into()),
        (Err(e), _) => Err(e),
    }
}

/// `UPDATE table SET changes WHERE filter`, kept prepared. diesel prepares every `UPDATE` anew
/// on each run, so that one cached statement can never serve two shapes of SQL (a changeset
/// leaves out its `None` fields); the hot paths (a submission, the audit chain, the ledger) run
/// the same few updates in every transaction, and preparing them was a tenth of the SQLite
/// writer's time in the deadline-surge profile. This renders the same SQL as
/// `diesel::update(table).filter(filter).set(changes)` but lets the statement cache keep it,
/// under its SQL text (no type-based key), so two shapes are still two statements.
pub struct CachedUpdate<F, V, W> {
    from: F,
    set: V,
    filter: W,
}

/// See [`CachedUpdate`].
pub fn cached_update<T, C, W>(
    table: T,
    changes: C,
    filter: W,
) -> CachedUpdate<T::FromClause, C::Changeset, W>
where
    T: Table,
    C: AsChangeset<Target = T>,
{
    CachedUpdate {
        from: table.from_clause(),
        set: changes.as_changeset(),
        filter,
    }
}

impl<F, V, W> QueryId for CachedUpdate<F, V, W> {
    type QueryId = ();
    // no type-based cache key: the statement cache keys it by its SQL text
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<F, V, W, DB> QueryFragment<DB> for CachedUpdate<F, V, W>
where
    DB: diesel::backend::Backend,
    F: QueryFragment<DB>,
    V: QueryFragment<DB>,
    W: QueryFragment<DB>,
{
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, DB>) -> QueryResult<()> {
        out.push_sql("UPDATE ");
        self.from.walk_ast(out.reborrow())?;
        out.push_sql(" SET ");
        self.set.walk_ast(out.reborrow())?;
        out.push_sql(" WHERE ");
        self.filter.walk_ast(out.reborrow())
    }
}

impl<F, V, W, Conn> RunQueryDsl<Conn> for CachedUpdate<F, V, W> {}

impl<F, V, W> CachedUpdate<F, V, W> {
    /// The same update, answering `returning` for each row it changed (`UPDATE … RETURNING`,
    /// kept prepared the same way): what a transaction needs next, in the update's round trip.
    pub fn returning<R: Expression>(self, returning: R) -> CachedUpdateReturning<F, V, W, R> {
        CachedUpdateReturning {
            update: self,
            returning,
        }
    }
}

/// See [`CachedUpdate::returning`].
pub struct CachedUpdateReturning<F, V, W, R> {
    update: CachedUpdate<F, V, W>,
    returning: R,
}

impl<F, V, W, R> QueryId for CachedUpdateReturning<F, V, W, R> {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<F, V, W, R, DB> QueryFragment<DB> for CachedUpdateReturning<F, V, W, R>
where
    DB: diesel::backend::Backend,
    F: QueryFragment<DB>,
    V: QueryFragment<DB>,
    W: QueryFragment<DB>,
    R: QueryFragment<DB>,
{
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, DB>) -> QueryResult<()> {
        self.update.walk_ast(out.reborrow())?;
        out.push_sql(" RETURNING ");
        self.returning.walk_ast(out.reborrow())
    }
}

impl<F, V, W, R: Expression> diesel::query_builder::Query for CachedUpdateReturning<F, V, W, R> {
    type SqlType = R::SqlType;
}

impl<F, V, W, R, Conn> RunQueryDsl<Conn> for CachedUpdateReturning<F, V, W, R> {}

/// The longest list [`one_of`] keeps prepared: each length is a statement of its own, and a
/// long list is rare (a whole call's applications) and costly to keep.
const ONE_OF_KEPT_UP_TO: usize = 8;

/// `column IN (?, …)`, kept prepared for lists of up to [`ONE_OF_KEPT_UP_TO`] values (under its
/// SQL text, one statement per length). diesel's `eq_any` prepares such a statement anew on
/// every run on SQLite; the check at award reads a single undertaking's (one to a few members')
/// links, counted awards and declarations this way in every de minimis decision (issue #15).
/// An empty list matches nothing.
pub fn one_of<C, T>(column: C, values: Vec<T>) -> OneOf<C, T> {
    OneOf { column, values }
}

/// See [`one_of`].
#[derive(Debug, Clone)]
pub struct OneOf<C, T> {
    column: C,
    values: Vec<T>,
}

impl<C, T> Expression for OneOf<C, T> {
    type SqlType = diesel::sql_types::Bool;
}

impl<C: diesel::AppearsOnTable<QS>, T, QS> diesel::AppearsOnTable<QS> for OneOf<C, T> {}

impl<C: diesel::SelectableExpression<QS>, T, QS> diesel::SelectableExpression<QS> for OneOf<C, T> {}

impl<C: diesel::expression::ValidGrouping<GB>, T, GB> diesel::expression::ValidGrouping<GB>
    for OneOf<C, T>
{
    type IsAggregate = C::IsAggregate;
}

impl<C, T> QueryId for OneOf<C, T> {
    type QueryId = ();
    // no type-based cache key: the statement cache keys it by its SQL text (the list's length)
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<C, T, DB> QueryFragment<DB> for OneOf<C, T>
where
    DB: diesel::backend::Backend + diesel::sql_types::HasSqlType<C::SqlType>,
    C: Expression + QueryFragment<DB>,
    T: diesel::serialize::ToSql<C::SqlType, DB>,
{
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, DB>) -> QueryResult<()> {
        if self.values.len() > ONE_OF_KEPT_UP_TO {
            out.unsafe_to_cache_prepared();
        }
        if self.values.is_empty() {
            out.push_sql("1=0");
            return Ok(());
        }
        self.column.walk_ast(out.reborrow())?;
        out.push_sql(" IN (");
        for (i, value) in self.values.iter().enumerate() {
            if i > 0 {
                out.push_sql(", ");
            }
            out.push_bind_param::<C::SqlType, T>(value)?;
        }
        out.push_sql(")");
        Ok(())
    }
}

/// `INSERT INTO table (columns) VALUES (values)`, kept prepared (see [`CachedUpdate`]; diesel
/// prepares an `INSERT` of a struct with optional fields anew on each run). `values` is a tuple
/// of bound values (`x.into_sql::<Text>()`), one per name in `columns`, in the same order.
pub struct CachedInsert<F, V> {
    into: F,
    columns: &'static [&'static str],
    values: V,
}

/// See [`CachedInsert`].
pub fn cached_insert<T: Table, V>(
    table: T,
    columns: &'static [&'static str],
    values: V,
) -> CachedInsert<T::FromClause, V> {
    CachedInsert {
        into: table.from_clause(),
        columns,
        values,
    }
}

impl<F, V> QueryId for CachedInsert<F, V> {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<F, V, DB> QueryFragment<DB> for CachedInsert<F, V>
where
    DB: diesel::backend::Backend,
    F: QueryFragment<DB>,
    V: QueryFragment<DB>,
{
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, DB>) -> QueryResult<()> {
        out.push_sql("INSERT INTO ");
        self.into.walk_ast(out.reborrow())?;
        out.push_sql(" (");
        for (i, column) in self.columns.iter().enumerate() {
            if i > 0 {
                out.push_sql(", ");
            }
            out.push_identifier(column)?;
        }
        out.push_sql(") VALUES (");
        self.values.walk_ast(out.reborrow())?;
        out.push_sql(")");
        Ok(())
    }
}

impl<F, V, Conn> RunQueryDsl<Conn> for CachedInsert<F, V> {}

/// Inserts a transaction writes but never reads back, sent together at the end of its work:
/// on PostgreSQL as one statement (`WITH w0 AS (INSERT ...), w1 AS (INSERT ...) INSERT ...`,
/// one round trip instead of one each, #16); on SQLite (in process, no round trips) one after
/// the other. Every sub-statement of the PostgreSQL statement runs on the same snapshot and the
/// foreign keys are checked at its end, so one insert may refer to a row another inserts. A
/// failure of any of them fails the statement (and so the transaction) as the insert alone
/// would.
///
/// Made and sent by [`with_inserts`]: what is added is written before it returns.
pub struct Inserts {
    pending: Pending,
}

enum Pending {
    Pg(Vec<Box<dyn QueryFragment<diesel::pg::Pg> + Send>>),
    Sqlite(Vec<Box<dyn QueryFragment<diesel::sqlite::Sqlite> + Send>>),
}

impl Inserts {
    /// Adds `insert` (a statement with owned binds, e.g. a [`cached_insert`] of
    /// `value.into_sql::<Text>()`s or a `diesel::insert_into` of owned values).
    pub fn add<Q>(&mut self, insert: Q)
    where
        Q: QueryFragment<diesel::pg::Pg> + QueryFragment<diesel::sqlite::Sqlite> + Send + 'static,
    {
        match &mut self.pending {
            Pending::Pg(pending) => pending.push(Box::new(insert)),
            Pending::Sqlite(pending) => pending.push(Box::new(insert)),
        }
    }
}

/// Runs `f` with an [`Inserts`] and then sends what it added, before returning `f`'s result
/// (nothing is sent when `f` fails: its transaction is rolled back anyway).
pub fn with_inserts<T, E>(
    conn: &mut DbConn,
    f: impl FnOnce(&mut DbConn, &mut Inserts) -> Result<T, E>,
) -> Result<T, E>
where
    E: From<StoreError>,
{
    let mut inserts = Inserts {
        pending: match conn {
            DbConn::Pg(_) => Pending::Pg(Vec::new()),
            DbConn::Sqlite(_) => Pending::Sqlite(Vec::new()),
        },
    };
    let out = f(conn, &mut inserts)?;
    let sent = match (&mut *conn, inserts.pending) {
        (DbConn::Pg(pg), Pending::Pg(pending)) if !pending.is_empty() => {
            pg.execute_returning_count(&Chained(pending)).map(drop)
        }
        (DbConn::Sqlite(sqlite), Pending::Sqlite(pending)) => {
            pending.into_iter().try_for_each(|insert| {
                sqlite
                    .execute_returning_count(&Chained(vec![insert]))
                    .map(drop)
            })
        }
        _ => Ok(()),
    };
    sent.map_err(StoreError::from)?;
    Ok(out)
}

/// Statements as one: `WITH w0 AS (s0), ... s_last` (see [`Inserts`]); one is itself.
struct Chained<DB: diesel::backend::Backend>(Vec<Box<dyn QueryFragment<DB> + Send>>);

impl<DB: diesel::backend::Backend> QueryId for Chained<DB> {
    type QueryId = ();
    // kept prepared under its SQL text: each number and shape of inserts is its own statement
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<DB: diesel::backend::Backend> QueryFragment<DB> for Chained<DB> {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, DB>) -> QueryResult<()> {
        let Some((last, rest)) = self.0.split_last() else {
            return Ok(());
        };
        for (i, statement) in rest.iter().enumerate() {
            out.push_sql(if i == 0 { "WITH " } else { ", " });
            out.push_identifier(&format!("w{i}"))?;
            out.push_sql(" AS (");
            statement.walk_ast(out.reborrow())?;
            out.push_sql(")");
        }
        if !rest.is_empty() {
            out.push_sql(" ");
        }
        last.walk_ast(out.reborrow())
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

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use diesel::sql_types::BigInt;
    use std::sync::Mutex;

    #[derive(QueryableByName)]
    struct Count {
        #[diesel(sql_type = BigInt)]
        n: i64,
    }

    fn sqlite_db(dir: &tempfile::TempDir) -> Db {
        let url = dir.path().join("writer.db").display().to_string();
        let db = Db::connect(&url, 4).unwrap();
        db.conn()
            .unwrap()
            .batch_execute("CREATE TABLE t (v INTEGER NOT NULL)")
            .unwrap();
        db
    }

    #[derive(QueryableByName)]
    struct PlanLine {
        #[diesel(sql_type = diesel::sql_types::Text)]
        detail: String,
    }

    /// SQLite's plan for `sql` with its one parameter bound to `value`.
    fn plan(c: &mut DbConn, sql: &str, value: &str) -> Result<String, StoreError> {
        let lines = diesel::sql_query(format!("EXPLAIN QUERY PLAN {sql}"))
            .bind::<diesel::sql_types::Text, _>(value)
            .load::<PlanLine>(c)?;
        Ok(lines
            .into_iter()
            .map(|l| l.detail)
            .collect::<Vec<_>>()
            .join("; "))
    }

    #[test]
    fn sqlite_plans_do_not_depend_on_bound_values_and_literals_reach_partial_indexes() {
        let dir = tempfile::tempdir().unwrap();
        let db = sqlite_db(&dir);
        db.conn()
            .unwrap()
            .batch_execute(
                "CREATE TABLE q (s TEXT NOT NULL, due INTEGER NOT NULL);
                 CREATE INDEX q_due ON q (due) WHERE s = 'pending';",
            )
            .unwrap();
        // a bound value is not looked at when planning (so the statement is never compiled
        // again for a new value): it cannot prove the partial index's condition, on the
        // pool's connections and on the writer's alike
        let bound = "SELECT due FROM q WHERE s = ? AND due <= 5 ORDER BY due";
        let pooled = plan(&mut db.conn().unwrap(), bound, "pending").unwrap();
        let written = db.write(|c| plan(c, bound, "pending")).unwrap();
        for p in [&pooled, &written] {
            assert!(p.contains("SCAN q"), "{p}");
            assert!(!p.contains("q_due"), "{p}");
        }
        // the condition in the SQL reaches the index
        let literal =
            diesel::debug_query::<diesel::sqlite::Sqlite, _>(&literal("pending")).to_string();
        assert!(literal.starts_with("'pending'"), "{literal}");
        let named = "SELECT due FROM q WHERE s = 'pending' AND due <= ? ORDER BY due";
        let p = db.write(|c| plan(c, named, "5")).unwrap();
        assert!(p.contains("INDEX q_due"), "{p}");
    }

    fn insert(c: &mut DbConn, v: i64) -> Result<(), StoreError> {
        diesel::sql_query("INSERT INTO t (v) VALUES (?)")
            .bind::<BigInt, _>(v)
            .execute(c)?;
        Ok(())
    }

    fn rows(db: &Db) -> i64 {
        let mut c = db.conn().unwrap();
        diesel::sql_query("SELECT COUNT(*) AS n FROM t")
            .get_result::<Count>(&mut **c)
            .unwrap()
            .n
    }

    #[test]
    fn sqlite_writers_share_one_connection_that_readers_see_committed() {
        let dir = tempfile::tempdir().unwrap();
        let db = sqlite_db(&dir);
        // a TEMP table lives on one connection only: the second writer sees the first's
        db.write(|c| {
            c.batch_execute("CREATE TEMP TABLE mine (x INTEGER)")?;
            insert(c, 1)
        })
        .unwrap();
        db.write(|c| {
            c.batch_execute("INSERT INTO mine (x) VALUES (1)")?;
            insert(c, 2)
        })
        .unwrap();
        assert_eq!(rows(&db), 2);
    }

    /// What diesel's instrumentation reports of the connection's statements, as `pick` reads
    /// each event.
    fn record(
        c: &mut DbConn,
        pick: fn(&diesel::connection::InstrumentationEvent<'_>) -> Option<String>,
    ) -> Arc<Mutex<Vec<String>>> {
        use diesel::connection::{Instrumentation, InstrumentationEvent};
        let seen = Arc::new(Mutex::new(Vec::new()));
        let sink = seen.clone();
        let hook = move |event: InstrumentationEvent<'_>| {
            if let Some(sql) = pick(&event) {
                sink.lock().unwrap().push(sql);
            }
        };
        c.set_instrumentation(Box::new(hook) as Box<dyn Instrumentation>);
        seen
    }

    /// The SQL of every statement the connection prepares and caches.
    fn record_caching(c: &mut DbConn) -> Arc<Mutex<Vec<String>>> {
        use diesel::connection::InstrumentationEvent;
        record(c, |event| match event {
            InstrumentationEvent::CacheQuery { sql, .. } => Some(sql.to_string()),
            _ => None,
        })
    }

    /// Every statement the connection starts.
    pub(crate) fn record_statements(c: &mut DbConn) -> Arc<Mutex<Vec<String>>> {
        use diesel::connection::InstrumentationEvent;
        record(c, |event| match event {
            InstrumentationEvent::StartQuery { query, .. } => Some(query.to_string()),
            _ => None,
        })
    }

    #[test]
    fn a_pooled_connection_is_asked_select_1_only_when_idle_or_after_a_failed_use() {
        let dir = tempfile::tempdir().unwrap();
        let url = dir.path().join("pool.db").display().to_string();
        // one connection: every checkout hands out the same one
        let db = Db::connect(&url, 1).unwrap();
        let started = record_statements(&mut db.conn().unwrap());
        let asked = || {
            let mut seen = started.lock().unwrap();
            let n = seen.iter().filter(|q| q.as_str() == "SELECT 1").count();
            seen.clear();
            n
        };
        let read = |fail: bool| {
            db.read_statement(|c| {
                c.batch_execute("SELECT 2")?;
                if fail {
                    return Err(StoreError::Conflict("refused".into()));
                }
                Ok(())
            })
        };
        read(false).unwrap();
        read(false).unwrap();
        assert_eq!(
            asked(),
            0,
            "a connection just used without an error is handed out as is"
        );
        read(true).unwrap_err();
        assert_eq!(asked(), 0);
        read(false).unwrap();
        assert_eq!(
            asked(),
            1,
            "after a failed use the pool asks the database first"
        );
        read(false).unwrap();
        assert_eq!(asked(), 0);
        std::thread::sleep(KNOWN_GOOD_FOR + Duration::from_millis(50));
        read(false).unwrap();
        assert_eq!(asked(), 1, "a connection idle for longer is asked first");
    }

    diesel::table! {
        t2 (id) {
            id -> BigInt,
            v -> BigInt,
            w -> BigInt,
        }
    }

    #[derive(AsChangeset)]
    #[diesel(table_name = t2)]
    struct Change {
        v: Option<i64>,
        w: Option<i64>,
    }

    #[test]
    fn cached_updates_are_prepared_once_per_distinct_sql_and_apply_exactly() {
        let dir = tempfile::tempdir().unwrap();
        let db = sqlite_db(&dir);
        let mut c = db.conn().unwrap();
        c.batch_execute(
            "CREATE TABLE t2 (id INTEGER PRIMARY KEY, v INTEGER NOT NULL, w INTEGER NOT NULL); \
             INSERT INTO t2 VALUES (1, 0, 0), (2, 0, 0)",
        )
        .unwrap();
        let cached = record_caching(&mut c);
        let read = |c: &mut DbConn, id: i64| -> (i64, i64) {
            t2::table.find(id).select((t2::v, t2::w)).first(c).unwrap()
        };
        // diesel on its own prepares an UPDATE anew every time: nothing is cached
        for _ in 0..3 {
            diesel::update(t2::table.find(1_i64))
                .set(t2::v.eq(t2::v + 1))
                .execute(&mut **c)
                .unwrap();
        }
        assert!(cached.lock().unwrap().is_empty());
        // the same through cached_update: prepared and cached once, then reused; only the
        // filtered row changes
        for _ in 0..3 {
            cached_update(t2::table, t2::v.eq(t2::v + 1), t2::id.eq(1_i64))
                .execute(&mut **c)
                .unwrap();
        }
        assert_eq!(
            cached.lock().unwrap().len(),
            1,
            "{:?}",
            cached.lock().unwrap()
        );
        assert_eq!(read(&mut c, 1), (6, 0));
        assert_eq!(read(&mut c, 2), (0, 0));
        // a changeset whose SQL depends on its values (a `None` field is left out): each shape
        // is its own cached statement, and each run sets exactly what it says
        let before = cached.lock().unwrap().len();
        let changes = [
            (Some(10), Some(20)),
            (Some(11), None),
            (None, Some(21)),
            (Some(12), Some(22)),
        ];
        let mut expected = read(&mut c, 2);
        for (v, w) in changes {
            cached_update(t2::table, &Change { v, w }, t2::id.eq(2_i64))
                .execute(&mut **c)
                .unwrap();
            expected = (v.unwrap_or(expected.0), w.unwrap_or(expected.1));
            assert_eq!(read(&mut c, 2), expected);
        }
        assert_eq!(read(&mut c, 2), (12, 22));
        assert_eq!(read(&mut c, 1), (6, 0));
        let updates: Vec<String> = cached.lock().unwrap()[before..]
            .iter()
            .filter(|sql| sql.starts_with("UPDATE"))
            .cloned()
            .collect();
        assert_eq!(updates.len(), 3, "three shapes of SQL: {updates:#?}");
    }

    #[test]
    fn one_of_and_literal_statements_are_prepared_once_and_match_exactly() {
        diesel::table! { t4 (id) { id -> BigInt, k -> Text, } }
        let dir = tempfile::tempdir().unwrap();
        let db = sqlite_db(&dir);
        let mut c = db.conn().unwrap();
        c.batch_execute(
            "CREATE TABLE t4 (id INTEGER PRIMARY KEY, k TEXT NOT NULL); \
             INSERT INTO t4 VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd'), (5, 'e'), (6, 'f'), \
               (7, 'g'), (8, 'h'), (9, 'i'), (10, 'j')",
        )
        .unwrap();
        let cached = record_caching(&mut c);
        let caches = || cached.lock().unwrap().len();
        let ids = |c: &mut DbConn, keys: &[&str]| -> Vec<i64> {
            t4::table
                .filter(one_of(t4::k, keys.iter().map(|k| k.to_string()).collect()))
                .order(t4::id)
                .select(t4::id)
                .load(c)
                .unwrap()
        };
        // diesel's eq_any: an IN list is prepared anew on every run, never cached
        for _ in 0..3 {
            let got: Vec<i64> = t4::table
                .filter(t4::k.eq_any(["a", "c"]))
                .select(t4::id)
                .load(&mut **c)
                .unwrap();
            assert_eq!(got.len(), 2);
        }
        assert_eq!(caches(), 0, "{:?}", cached.lock().unwrap());
        // one_of: one cached statement per length, reused with other values
        assert_eq!(ids(&mut c, &["a", "c"]), [1, 3]);
        assert_eq!(ids(&mut c, &["j", "b"]), [2, 10]);
        assert_eq!(ids(&mut c, &["b", "zz"]), [2]);
        assert_eq!(caches(), 1, "{:?}", cached.lock().unwrap());
        assert_eq!(
            ids(&mut c, &["a", "b", "c", "d", "e", "f", "g", "h"]),
            [1, 2, 3, 4, 5, 6, 7, 8]
        );
        assert_eq!(caches(), 2, "{:?}", cached.lock().unwrap());
        // a longer list is prepared for its run only; an empty one matches nothing
        let nine = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
        assert_eq!(ids(&mut c, &nine), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
        assert_eq!(ids(&mut c, &nine), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
        assert_eq!(ids(&mut c, &[]), Vec::<i64>::new());
        let kept = caches();
        // the two lengths, and the empty list's `1=0`
        assert_eq!(kept, 3, "{:?}", cached.lock().unwrap());
        assert!(cached
            .lock()
            .unwrap()
            .iter()
            .all(|sql| !sql.contains("?, ?, ?, ?, ?, ?, ?, ?, ?")));
        // a literal is in the SQL and the statement is kept too
        for _ in 0..3 {
            let got: Vec<i64> = t4::table
                .filter(t4::k.eq(literal("d")))
                .select(t4::id)
                .load(&mut **c)
                .unwrap();
            assert_eq!(got, [4]);
        }
        let sqls = cached.lock().unwrap()[kept..].to_vec();
        assert_eq!(sqls.len(), 1, "{sqls:?}");
        assert!(sqls[0].contains("= 'd'"), "{sqls:?}");
    }

    #[test]
    fn cached_inserts_are_prepared_once_and_store_what_they_are_given() {
        use diesel::sql_types::{BigInt, Nullable};
        let dir = tempfile::tempdir().unwrap();
        let db = sqlite_db(&dir);
        let mut c = db.conn().unwrap();
        c.batch_execute("CREATE TABLE t3 (id INTEGER PRIMARY KEY, v INTEGER NOT NULL, w INTEGER)")
            .unwrap();
        let cached = record_caching(&mut c);
        let rows = [
            (1_i64, 10_i64, Some(100_i64)),
            (2, 20, None),
            (3, 30, Some(300)),
        ];
        for (id, v, w) in &rows {
            cached_insert(
                t3::table,
                &["id", "v", "w"],
                (
                    id.into_sql::<BigInt>(),
                    v.into_sql::<BigInt>(),
                    w.into_sql::<Nullable<BigInt>>(),
                ),
            )
            .execute(&mut **c)
            .unwrap();
        }
        let inserts: Vec<String> = cached.lock().unwrap().clone();
        assert_eq!(inserts.len(), 1, "{inserts:?}");
        assert!(inserts[0].starts_with("INSERT INTO"), "{inserts:?}");
        let stored: Vec<(i64, i64, Option<i64>)> = t3::table.order(t3::id).load(&mut **c).unwrap();
        assert_eq!(stored, rows);
    }

    diesel::table! {
        t3 (id) {
            id -> BigInt,
            v -> BigInt,
            w -> Nullable<BigInt>,
        }
    }

    #[test]
    fn a_failed_or_panicking_sqlite_writer_leaves_nothing_and_the_next_writer_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let db = sqlite_db(&dir);
        let failed: Result<(), StoreError> = db.write(|c| {
            insert(c, 1)?;
            Err(StoreError::Unavailable("refused after a write".into()))
        });
        assert!(failed.is_err());
        assert_eq!(rows(&db), 0, "the failed writer's row was rolled back");

        let panicked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let _ = db.write(|c| -> Result<(), StoreError> {
                insert(c, 2)?;
                panic!("a bug in a handler");
            });
        }));
        assert!(panicked.is_err());
        // the panicking writer's transaction was never committed, and its connection (still
        // inside that transaction) was closed rather than handed to the next writer
        db.write(|c| insert(c, 3)).unwrap();
        assert_eq!(rows(&db), 1);
        let mut c = db.conn().unwrap();
        let threes = diesel::sql_query("SELECT COUNT(*) AS n FROM t WHERE v = 3")
            .get_result::<Count>(&mut **c)
            .unwrap()
            .n;
        assert_eq!(threes, 1);
    }

    /// `TEST_DATABASE_URL`'s PostgreSQL (a fresh database of its own) or, without it, an
    /// SQLite file, with one connection: what a test creates on it is there for its next use.
    pub(crate) fn db_under_test(dir: &tempfile::TempDir) -> Db {
        match std::env::var("TEST_DATABASE_URL") {
            Ok(url) if Backend::of_url(&url) == Backend::Postgres => {
                let name = format!("grantdesk_db_unit_{}", uuid::Uuid::new_v4().simple());
                let mut admin = diesel::PgConnection::establish(&url).unwrap();
                admin
                    .batch_execute(&format!("CREATE DATABASE \"{name}\""))
                    .unwrap();
                let base = url.rsplit_once('/').unwrap().0;
                Db::connect(&format!("{base}/{name}"), 1).unwrap()
            }
            _ => Db::connect(&dir.path().join("inserts.db").display().to_string(), 1).unwrap(),
        }
    }

    #[test]
    fn inserts_go_in_one_statement_on_postgres_and_a_failing_one_writes_none() {
        use diesel::sql_types::Text;
        diesel::table! { parents (id) { id -> Text, } }
        diesel::table! { children (id) { id -> Text, parent_id -> Text, } }
        let dir = tempfile::tempdir().unwrap();
        let db = db_under_test(&dir);
        db.write(|c| {
            c.batch_execute(
                "CREATE TABLE parents (id TEXT PRIMARY KEY); \
                 CREATE TABLE children (id TEXT PRIMARY KEY, \
                   parent_id TEXT NOT NULL REFERENCES parents (id))",
            )
            .map_err(StoreError::from)
        })
        .unwrap();
        let parent =
            |id: &str| cached_insert(parents::table, &["id"], (id.to_owned().into_sql::<Text>(),));
        let child = |id: &str, of: &str| {
            diesel::insert_into(children::table).values((
                children::id.eq(id.to_owned()),
                children::parent_id.eq(of.to_owned()),
            ))
        };
        let count = |table: &str| {
            db.read_statement(|c| {
                diesel::sql_query(format!("SELECT COUNT(*) AS n FROM {table}"))
                    .get_result::<Count>(c)
                    .map(|r| r.n)
                    .map_err(StoreError::from)
            })
            .unwrap()
        };

        // a child refers to the parent inserted beside it: on PostgreSQL one statement (its
        // foreign key checked at the statement's end), on SQLite one after the other
        let statements = db
            .write(|c| {
                let seen = record_statements(c);
                with_inserts(c, |_, inserts| {
                    inserts.add(parent("p1"));
                    inserts.add(child("c1", "p1"));
                    inserts.add(child("c2", "p1"));
                    Ok::<_, StoreError>(())
                })?;
                let seen = seen.lock().unwrap().clone();
                Ok::<_, StoreError>(seen)
            })
            .unwrap();
        let inserts: Vec<&String> = statements.iter().filter(|s| s.contains("INSERT")).collect();
        match db.backend() {
            Backend::Postgres => {
                assert_eq!(inserts.len(), 1, "{statements:?}");
                assert!(
                    inserts[0].starts_with("WITH \"w0\" AS (INSERT"),
                    "{inserts:?}"
                );
            }
            Backend::Sqlite => assert_eq!(inserts.len(), 3, "{statements:?}"),
        }
        assert_eq!((count("parents"), count("children")), (1, 2));

        // one of them fails (the parent exists): the transaction writes none of them
        let failed = db.write(|c| {
            with_inserts(c, |_, inserts| {
                inserts.add(child("c3", "p1"));
                inserts.add(parent("p1"));
                Ok::<_, StoreError>(())
            })
        });
        assert!(failed.is_err());
        // and so does a child whose parent is nowhere
        let failed = db.write(|c| {
            with_inserts(c, |_, inserts| {
                inserts.add(parent("p2"));
                inserts.add(child("c4", "p3"));
                Ok::<_, StoreError>(())
            })
        });
        assert!(failed.is_err());
        // what fails before its inserts are sent sends none
        let failed = db.write(|c| {
            with_inserts(c, |_, inserts| {
                inserts.add(parent("p4"));
                Err::<(), _>(StoreError::Conflict("refused".into()))
            })
        });
        assert!(failed.is_err());
        assert_eq!((count("parents"), count("children")), (1, 2));
    }

    #[test]
    fn an_update_returns_what_it_is_asked_for_each_row_it_changed_and_nothing_else() {
        use diesel::sql_types::Text;
        diesel::table! { counted (id) { id -> BigInt, v -> BigInt, } }
        diesel::define_sql_function!(fn nextval(sequence: Text) -> BigInt);
        let dir = tempfile::tempdir().unwrap();
        let db = db_under_test(&dir);
        let pg = db.backend() == Backend::Postgres;
        db.write(|c| {
            c.batch_execute(
                "CREATE TABLE counted (id BIGINT PRIMARY KEY, v BIGINT NOT NULL); \
                 INSERT INTO counted VALUES (1, 0)",
            )?;
            if pg {
                c.batch_execute("CREATE SEQUENCE numbers")?;
            }
            Ok::<_, StoreError>(())
        })
        .unwrap();
        let bump = |id: i64, version: i64| {
            cached_update(
                counted::table,
                counted::v.eq(counted::v + 1),
                counted::id.eq(id).and(counted::v.eq(version)),
            )
        };
        // the row changed: its new value, in the update's own statement
        let (answer, statements) = db
            .write(|c| {
                let seen = record_statements(c);
                let v: i64 = bump(1, 0).returning(counted::v * 10).get_result(c)?;
                let seen = seen.lock().unwrap().clone();
                Ok::<_, StoreError>((v, seen))
            })
            .unwrap();
        assert_eq!(answer, 10);
        assert_eq!(statements.len(), 1, "{statements:?}");
        let sql = statements[0].split(" -- binds").next().unwrap();
        assert!(
            sql.starts_with("UPDATE ")
                && (sql.ends_with("RETURNING (\"counted\".\"v\" * $4)")
                    || sql.ends_with("RETURNING (`counted`.`v` * ?)")),
            "{statements:?}"
        );
        // no row changed (a version someone else moved on): nothing answered
        let none: Option<i64> = db
            .write(|c| {
                Ok::<_, StoreError>(bump(1, 0).returning(counted::v).get_result(c).optional()?)
            })
            .unwrap();
        assert_eq!(none, None);
        if pg {
            // a sequence in RETURNING moves only for a changed row: the refused update above
            // and this one took no number, the next change takes the first
            let (none, first) = db
                .write(|c| {
                    let DbConn::Pg(conn) = c else { unreachable!() };
                    let none: Option<i64> = bump(1, 0)
                        .returning(nextval("numbers".to_owned()))
                        .get_result(conn)
                        .optional()?;
                    let first: i64 = bump(1, 1)
                        .returning(nextval("numbers".to_owned()))
                        .get_result(conn)?;
                    Ok::<_, StoreError>((none, first))
                })
                .unwrap();
            assert_eq!((none, first), (None, 1));
        }
    }
}
