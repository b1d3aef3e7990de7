//! The background writer: what the bot keeps is handed to a [`Journal`] and written by one
//! task, off the reply path. While the database is down, records wait in memory (up to
//! [`MOST_WAITING`]) and are retried; one that cannot wait is counted as dropped, never lost
//! without a trace. The same task migrates the schema, reads channel settings back for other
//! replicas' changes, and purges what is past the retention.

use std::collections::VecDeque;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use super::{unix_now, voter_hash, Database, Health, DAY};
use crate::channels::{Channels, Key, Stored};
use crate::feedback::Vote;
use crate::metrics::Metrics;

/// Most records waiting in memory for the database; past it the oldest is dropped and counted.
pub const MOST_WAITING: usize = 10_000;

/// The hand-over between replies and the writer.
const QUEUE: usize = 1_024;

/// First wait before trying a database that failed again; it doubles up to [`LONGEST_WAIT`].
const FIRST_WAIT: Duration = Duration::from_millis(200);
const LONGEST_WAIT: Duration = Duration::from_secs(10);

/// How often channel settings are read back, for changes other replicas made.
const SETTINGS_EVERY: Duration = Duration::from_secs(30);

/// How often old records are purged.
const PURGE_EVERY: Duration = Duration::from_secs(3600);

/// Longest a stopping writer tries to write what is still waiting.
const FLUSH_TIMEOUT: Duration = Duration::from_secs(3);

/// Something the bot keeps.
#[derive(Debug, Clone, PartialEq)]
pub enum Record {
    /// A message addressed to the bot, or a command, that it could not answer; `text` is
    /// already redacted, and `None` for a direct message unless those are kept.
    Gap { at: i64, platform: &'static str, direct: bool, text: Option<String>, intent: &'static str, confidence: f32 },
    /// A role (`kind` "role") or product term ("term") an answer was about.
    Asked { at: i64, kind: &'static str, id: String },
    /// A vote; `user` is hashed with the salt before it is written, and kept nowhere.
    Vote { at: i64, platform: &'static str, user: String, vote: Vote },
    /// A channel setting made from the chat.
    Setting { key: Key, stored: Stored },
}

/// Where records are handed to the writer; cheap to clone.
#[derive(Debug, Clone)]
pub struct Journal {
    queue: mpsc::Sender<Record>,
    metrics: Arc<Metrics>,
}

/// What the writer works with.
#[derive(Debug)]
pub struct Writer {
    pub database: Database,
    pub health: Arc<Health>,
    pub metrics: Arc<Metrics>,
    pub channels: Arc<Channels>,
    /// How long gaps, votes and counts are kept.
    pub retention: Duration,
}

impl Journal {
    /// Starts the writer; it runs until `stop`, then tries for a moment to write what waits.
    pub fn start(writer: Writer, stop: CancellationToken) -> (Journal, JoinHandle<()>) {
        let (queue, records) = mpsc::channel(QUEUE);
        let journal = Journal { queue, metrics: writer.metrics.clone() };
        let task = tokio::spawn(writer.run(records, stop));
        (journal, task)
    }

    /// Hands a record over; never waits. When the hand-over is full, it is counted as dropped.
    pub fn keep(&self, record: Record) {
        if self.queue.try_send(record).is_err() {
            self.metrics.database_write("dropped");
        }
    }
}

impl Writer {
    async fn run(self, mut records: mpsc::Receiver<Record>, stop: CancellationToken) {
        let mut waiting: VecDeque<Record> = VecDeque::new();
        let mut salt: Option<String> = None;
        let mut wait = FIRST_WAIT;
        let mut settings_due = tokio::time::Instant::now();
        let mut purge_due = tokio::time::Instant::now();
        loop {
            if salt.is_none() {
                match self.database.migrate().await {
                    Ok(s) => {
                        self.health.ok();
                        tracing::info!(database = self.database.shown(), "database ready");
                        salt = Some(s);
                    }
                    Err(err) => self.health.failed(&err),
                }
            }
            if let Some(salt) = &salt {
                let now = tokio::time::Instant::now();
                if now >= settings_due {
                    settings_due = now + SETTINGS_EVERY;
                    match self.database.channel_settings().await {
                        Ok(rows) => {
                            self.channels.merge(rows);
                            self.health.ok();
                        }
                        Err(err) => self.health.failed(&err),
                    }
                }
                if now >= purge_due {
                    purge_due = now + PURGE_EVERY;
                    match self.database.purge(unix_now(), self.retention).await {
                        Ok(0) => self.health.ok(),
                        Ok(gone) => {
                            self.health.ok();
                            tracing::info!(rows = gone, "purged records past the retention");
                        }
                        Err(err) => self.health.failed(&err),
                    }
                }
                match self.write_waiting(&mut waiting, salt).await {
                    Ok(()) => wait = FIRST_WAIT,
                    Err(err) => self.health.failed(&err),
                }
            }
            let healthy = salt.is_some() && waiting.is_empty();
            let pause = if healthy { SETTINGS_EVERY } else { wait };
            if !healthy {
                wait = (wait * 2).min(LONGEST_WAIT);
            }
            tokio::select! {
                _ = stop.cancelled() => break,
                got = records.recv() => match got {
                    Some(record) => self.wait_with(&mut waiting, record),
                    None => break,
                },
                _ = tokio::time::sleep(pause) => {}
            }
            while let Ok(record) = records.try_recv() {
                self.wait_with(&mut waiting, record);
            }
        }
        // what is still handed over or waiting gets one more chance
        records.close();
        while let Some(record) = records.recv().await {
            self.wait_with(&mut waiting, record);
        }
        if let Some(salt) = &salt {
            let _ = tokio::time::timeout(FLUSH_TIMEOUT, self.write_waiting(&mut waiting, salt)).await;
        }
        if !waiting.is_empty() {
            tracing::warn!(records = waiting.len(), "records not written before stopping");
            for _ in 0..waiting.len() {
                self.metrics.database_write("dropped");
            }
        }
        self.database.close().await;
    }

    fn wait_with(&self, waiting: &mut VecDeque<Record>, record: Record) {
        if waiting.len() >= MOST_WAITING {
            waiting.pop_front();
            self.metrics.database_write("dropped");
        }
        waiting.push_back(record);
    }

    /// Writes what waits, oldest first, stopping at the first failure (that record is
    /// retried later).
    async fn write_waiting(&self, waiting: &mut VecDeque<Record>, salt: &str) -> Result<(), sqlx::Error> {
        while let Some(record) = waiting.front() {
            match self.write(record, salt).await {
                Ok(()) => {
                    waiting.pop_front();
                    self.health.ok();
                    self.metrics.database_write("written");
                }
                Err(err) => {
                    self.metrics.database_write("retried");
                    return Err(err);
                }
            }
        }
        Ok(())
    }

    async fn write(&self, record: &Record, salt: &str) -> Result<(), sqlx::Error> {
        let pool = self.database.pool();
        match record {
            Record::Gap { at, platform, direct, text, intent, confidence } => {
                sqlx::query(
                    "INSERT INTO gaps (at, platform, direct, text, intent, confidence) VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(*at)
                .bind(*platform)
                .bind(i64::from(*direct))
                .bind(text.clone())
                .bind(*intent)
                .bind(f64::from(*confidence))
                .execute(pool)
                .await?;
            }
            Record::Asked { at, kind, id } => {
                sqlx::query(
                    "INSERT INTO asked (day, kind, id, count) VALUES ($1, $2, $3, 1) \
                     ON CONFLICT (day, kind, id) DO UPDATE SET count = asked.count + 1",
                )
                .bind(at.div_euclid(DAY))
                .bind(*kind)
                .bind(id.as_str())
                .execute(pool)
                .await?;
            }
            Record::Vote { at, platform, user, vote } => {
                let key = vote.answer_key();
                let voter = voter_hash(salt, platform, user, &key);
                let counted = sqlx::query(
                    "INSERT INTO votes (voter, intent, subject, helpful, at) VALUES ($1, $2, $3, $4, $5) \
                     ON CONFLICT (voter) DO NOTHING",
                )
                .bind(voter)
                .bind(vote.intent.as_str())
                .bind(vote.subject.join(" "))
                .bind(i64::from(vote.helpful))
                .bind(*at)
                .execute(pool)
                .await?;
                if counted.rows_affected() == 1 {
                    self.metrics.feedback(vote);
                }
            }
            Record::Setting { key, stored } => {
                sqlx::query(
                    "INSERT INTO channel_settings (platform, scope, channel, auto_answer, cooldown_secs, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (platform, scope, channel) DO UPDATE SET \
                     auto_answer = excluded.auto_answer, cooldown_secs = excluded.cooldown_secs, \
                     updated_at = excluded.updated_at",
                )
                .bind(key.platform.as_str())
                .bind(key.scope.as_str())
                .bind(key.channel.as_str())
                .bind(stored.auto_answer.map(i64::from))
                .bind(stored.cooldown.map(|c| c.as_secs() as i64))
                .bind(stored.updated_at)
                .execute(pool)
                .await?;
            }
        }
        Ok(())
    }
}
