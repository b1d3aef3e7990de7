//! What the bot keeps, in SQLite (a file, the default) or PostgreSQL (shared by replicas):
//! the questions it could not answer, votes on answers, how often each role and term is asked
//! about, channel settings made from the chat, and the cooldowns and deliveries replicas share.
//!
//! One code path serves both: sqlx's `Any` driver, the same migrations (`migrations/`), and
//! SQL both dialects read alike (`$1` parameters, `ON CONFLICT`, `BIGINT`).
//!
//! The database never holds up a reply. Records go through the [`Journal`], written in the
//! background and retried while the database is down; the decisions replicas share (a
//! channel's cooldown, whether an event was taken already) wait for it at most
//! [`DECISION_TIMEOUT`], then the process decides alone. [`Health`] says whether it is up, for
//! `/readyz`, `/metrics` and the logs (once a change).
//!
//! # Layout
//! - this file: opening and migrating, [`Health`], and the shared decisions;
//! - [`journal`]: the background writer and what it writes;
//! - [`report`]: what `rolecall gaps` reads back.

pub mod journal;
pub mod report;

use std::borrow::Cow;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use sqlx::any::AnyPoolOptions;
use sqlx::migrate::{Migration, MigrationSource, MigrationType, Migrator};
use sqlx::AnyPool;

use crate::metrics::Metrics;

pub use journal::{Journal, Record};

/// Longest a reply waits on a decision replicas share before the process decides alone: long
/// enough for a busy database to answer before Slack's first retry (a second or more after the
/// event), short enough that a reply never waits long on a database that is away.
pub const DECISION_TIMEOUT: Duration = Duration::from_secs(1);

/// Longest a connection may take to open or to come free.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(3);

/// The database file when none is configured, relative to the working directory.
pub const DEFAULT_URL: &str = "sqlite:data/rolecall.sqlite";

/// Which database a URL names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A database URL that cannot be used, said with what to write instead.
#[derive(Debug, thiserror::Error)]
pub enum UrlError {
    #[error("{0:?} is neither a sqlite: nor a postgres:// URL")]
    Scheme(String),
    #[error("cannot create the folder {folder} for the database file: {source}")]
    Folder { folder: String, source: std::io::Error },
    #[error("{0}")]
    Options(sqlx::Error),
}

/// The file a `sqlite:` URL names, if it names one (not `:memory:`).
pub fn sqlite_file(url: &str) -> Option<std::path::PathBuf> {
    let path = url.strip_prefix("sqlite:")?.trim_start_matches("//").split('?').next()?;
    (!path.is_empty() && path != ":memory:").then(|| std::path::PathBuf::from(path))
}

/// The URL as sqlx takes it, and its backend: a SQLite file is created when missing, in a
/// folder created when missing.
pub fn prepare_url(url: &str) -> Result<(Backend, String), UrlError> {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        return Ok((Backend::Postgres, url.to_owned()));
    }
    if !url.starts_with("sqlite:") {
        return Err(UrlError::Scheme(redacted(url)));
    }
    let Some(path) = sqlite_file(url) else { return Ok((Backend::Sqlite, url.to_owned())) };
    if let Some(folder) = Path::new(&path).parent().filter(|f| !f.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder)
            .map_err(|source| UrlError::Folder { folder: folder.display().to_string(), source })?;
    }
    let url = if url.contains("mode=") {
        url.to_owned()
    } else {
        format!("{url}{}mode=rwc", if url.contains('?') { '&' } else { '?' })
    };
    Ok((Backend::Sqlite, url))
}

/// A URL fit for logs: any password replaced.
pub fn redacted(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        _ => url.to_owned(),
    }
}

/// The database: a pool that connects when first used, so a database that is down at start-up
/// delays nothing.
#[derive(Debug, Clone)]
pub struct Database {
    pool: AnyPool,
    backend: Backend,
    /// The URL without its password, for logs and `/readyz`.
    shown: String,
}

impl Database {
    /// A pool for `url`; nothing connects yet.
    pub fn open(url: &str) -> Result<Database, UrlError> {
        sqlx::any::install_default_drivers();
        let (backend, url) = prepare_url(url)?;
        let max = if backend == Backend::Sqlite { 2 } else { 4 };
        let pool = AnyPoolOptions::new()
            .max_connections(max)
            .acquire_timeout(ACQUIRE_TIMEOUT)
            .connect_lazy(&url)
            .map_err(UrlError::Options)?;
        Ok(Database { pool, backend, shown: redacted(&url) })
    }

    /// Which database it is.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The URL, without its password.
    pub fn shown(&self) -> &str {
        &self.shown
    }

    /// The pool: for the queries of this module's parts, and for tools that read the tables.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Brings the schema up to date (each replica may; sqlx takes a lock) and returns the salt
    /// of vote hashes, made on the first start and shared from then on.
    pub async fn migrate(&self) -> Result<String, sqlx::Error> {
        let migrator = Migrator::new(Embedded).await?;
        migrator.run(&self.pool).await?;
        let mut fresh = [0u8; 32];
        getrandom::getrandom(&mut fresh).map_err(|err| sqlx::Error::Protocol(format!("no random salt: {err}")))?;
        sqlx::query("INSERT INTO meta (name, value) VALUES ('vote-salt', $1) ON CONFLICT (name) DO NOTHING")
            .bind(hex(&fresh))
            .execute(&self.pool)
            .await?;
        let (salt,): (String,) =
            sqlx::query_as("SELECT value FROM meta WHERE name = 'vote-salt'").fetch_one(&self.pool).await?;
        Ok(salt)
    }

    /// Takes the cooldown of `channel` until `until_ms` if it has run out by `now_ms`: true
    /// when this process may answer.
    pub async fn claim_cooldown(
        &self,
        platform: &str,
        channel: &str,
        now_ms: i64,
        until_ms: i64,
    ) -> Result<bool, sqlx::Error> {
        let claimed = sqlx::query(
            "INSERT INTO cooldowns (platform, channel, until_ms) VALUES ($1, $2, $3) \
             ON CONFLICT (platform, channel) DO UPDATE SET until_ms = excluded.until_ms \
             WHERE cooldowns.until_ms <= $4",
        )
        .bind(platform)
        .bind(channel)
        .bind(until_ms)
        .bind(now_ms)
        .execute(&self.pool)
        .await?;
        Ok(claimed.rows_affected() == 1)
    }

    /// Notes that the event `id` was taken: true the first time, by any replica.
    pub async fn first_delivery(&self, platform: &str, id: &str, now: i64) -> Result<bool, sqlx::Error> {
        let taken = sqlx::query("INSERT INTO deliveries (platform, id, at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
            .bind(platform)
            .bind(id)
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(taken.rows_affected() == 1)
    }

    /// Every channel setting made from the chat.
    pub async fn channel_settings(&self) -> Result<Vec<crate::channels::Row>, sqlx::Error> {
        let rows: Vec<SettingRow> = sqlx::query_as(
            "SELECT platform, scope, channel, auto_answer, cooldown_secs, updated_at FROM channel_settings",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(platform, scope, channel, auto_answer, cooldown, updated_at)| crate::channels::Row {
                key: crate::channels::Key { platform, scope, channel },
                stored: crate::channels::Stored {
                    auto_answer: auto_answer.map(|a| a != 0),
                    cooldown: cooldown.map(|s| Duration::from_secs(s.max(0) as u64)),
                    updated_at,
                },
            })
            .collect())
    }

    /// Forgets what is older than `retention` (gaps, votes, counts) and deliveries older than
    /// an hour; returns how many rows went.
    pub async fn purge(&self, now: i64, retention: Duration) -> Result<u64, sqlx::Error> {
        let before = now - retention.as_secs() as i64;
        let mut gone = 0;
        for sql in ["DELETE FROM gaps WHERE at < $1", "DELETE FROM votes WHERE at < $1"] {
            gone += sqlx::query(sql).bind(before).execute(&self.pool).await?.rows_affected();
        }
        gone += sqlx::query("DELETE FROM asked WHERE day < $1")
            .bind(before.div_euclid(DAY))
            .execute(&self.pool)
            .await?
            .rows_affected();
        gone += sqlx::query("DELETE FROM deliveries WHERE at < $1")
            .bind(now - 3600)
            .execute(&self.pool)
            .await?
            .rows_affected();
        Ok(gone)
    }

    /// Closes the pool's connections.
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// A row of `channel_settings`: platform, scope, channel, auto-answer, cooldown, when.
type SettingRow = (String, String, String, Option<i64>, Option<i64>, i64);

/// Seconds in a day.
pub const DAY: i64 = 86_400;

/// Now, in Unix seconds.
pub fn unix_now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

/// Now, in Unix milliseconds.
pub fn unix_now_ms() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis() as i64)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The hash a vote is kept under: of the salt, the platform, the person and the answer, so a
/// second vote by the same person on the same answer lands on the same row, and the row does
/// not say who voted.
pub fn voter_hash(salt: &str, platform: &str, user: &str, answer_key: &str) -> String {
    use sha2::Digest;
    let mut hash = sha2::Sha256::new();
    for part in [salt, platform, user, answer_key] {
        hash.update(part.as_bytes());
        hash.update([0]);
    }
    hex(&hash.finalize())
}

/// The migrations, built into the binary.
#[derive(Debug)]
struct Embedded;

/// Each migration: its version, what it does, and its SQL.
const MIGRATIONS: &[(i64, &str, &str)] = &[(1, "curator loop", include_str!("../../migrations/0001_curator_loop.sql"))];

impl<'s> MigrationSource<'s> for Embedded {
    fn resolve(
        self,
    ) -> std::pin::Pin<
        Box<dyn std::future::Future<Output = Result<Vec<Migration>, sqlx::error::BoxDynError>> + Send + 's>,
    > {
        Box::pin(async {
            Ok(MIGRATIONS
                .iter()
                .map(|&(version, description, sql)| {
                    Migration::new(
                        version,
                        Cow::Borrowed(description),
                        MigrationType::Simple,
                        Cow::Borrowed(sql),
                        false,
                    )
                })
                .collect())
        })
    }
}

/// Whether the database answers, and why not when it does not: logged once a change, shown
/// by `/readyz` and `/metrics`.
#[derive(Debug)]
pub struct Health {
    up: AtomicBool,
    /// Whether the database's failure was logged and its return not yet.
    down_logged: AtomicBool,
    problem: Mutex<Option<String>>,
    metrics: Arc<Metrics>,
}

impl Health {
    /// Not known to be up until the first success.
    pub fn new(metrics: Arc<Metrics>) -> Health {
        metrics.database_up(false);
        Health {
            up: AtomicBool::new(false),
            down_logged: AtomicBool::new(false),
            problem: Mutex::new(Some("not connected yet".to_owned())),
            metrics,
        }
    }

    /// A query succeeded.
    pub fn ok(&self) {
        if !self.up.swap(true, Ordering::SeqCst) {
            *self.problem.lock().expect("no panics while holding the lock") = None;
            self.metrics.database_up(true);
            if self.down_logged.swap(false, Ordering::SeqCst) {
                tracing::info!("the database answers again; records kept meanwhile are being written");
            }
        }
    }

    /// A query failed: counted every time, logged once until the database answers again.
    pub fn failed(&self, err: &sqlx::Error) {
        let cause = crate::cause::innermost(err);
        self.metrics.database_error();
        *self.problem.lock().expect("no panics while holding the lock") = Some(cause.clone());
        self.up.store(false, Ordering::SeqCst);
        self.metrics.database_up(false);
        if !self.down_logged.swap(true, Ordering::SeqCst) {
            tracing::error!(
                error = %cause,
                "the database does not answer; replies go on, and records wait in memory to be written"
            );
        }
    }

    /// Whether the last query succeeded.
    pub fn is_up(&self) -> bool {
        self.up.load(Ordering::SeqCst)
    }

    /// Why it is down, when it is.
    pub fn problem(&self) -> Option<String> {
        if self.is_up() {
            return None;
        }
        self.problem.lock().expect("no panics while holding the lock").clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_read_for_their_backend_and_files_are_created() {
        let dir = std::env::temp_dir().join(format!("rolecall-url-{}", std::process::id()));
        let file = dir.join("nested/rolecall.sqlite");
        let (backend, url) = prepare_url(&format!("sqlite:{}", file.display())).unwrap();
        assert_eq!(backend, Backend::Sqlite);
        assert!(url.ends_with("?mode=rwc"), "{url}");
        assert!(file.parent().unwrap().is_dir(), "the folder is made");
        assert_eq!(prepare_url("postgres://u:p@h/db").unwrap().0, Backend::Postgres);
        let err = prepare_url("mysql://u:secret@h/db").unwrap_err().to_string();
        assert!(err.contains("neither") && !err.contains("secret"), "{err}");
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn passwords_never_reach_the_logs() {
        assert_eq!(redacted("postgres://rolecall:hunter2@db:5432/rc"), "postgres://rolecall:***@db:5432/rc");
        assert_eq!(redacted("sqlite:data/rolecall.sqlite"), "sqlite:data/rolecall.sqlite");
    }

    #[test]
    fn a_voter_hash_is_stable_and_names_no_one() {
        let a = voter_hash("salt", "slack", "U123", "define product-owner");
        assert_eq!(a, voter_hash("salt", "slack", "U123", "define product-owner"));
        assert_ne!(a, voter_hash("salt", "slack", "U124", "define product-owner"));
        assert_ne!(a, voter_hash("other", "slack", "U123", "define product-owner"));
        assert!(!a.contains("U123") && a.len() == 64);
    }
}
