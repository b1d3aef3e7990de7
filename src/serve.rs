//! `rolecall serve`: every configured platform side by side in one process, plus the HTTP
//! server, with live knowledge reloads and a graceful shutdown.
//!
//! [`run`] takes what it works on as arguments (the bound listeners, the loaded knowledge, the
//! platforms and the shutdown signal), so tests drive it on port 0 with fake platforms, and
//! only `main` reads the environment, the disk and the signals.

use std::collections::HashMap;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use tokio::net::TcpListener;
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

use crate::bot::{Bot, Keeping};
use crate::channels::Channels;
use crate::config::Config;
use crate::db::journal::Writer;
use crate::db::{Database, Health, Journal};
use crate::http::{self, AppState, Limits};
use crate::knowledge::{LiveStore, Reload};
use crate::metrics::Metrics;
use crate::platform::{Platform, PlatformError, Services};

/// Most time given to platforms to close their connections after replies are done.
const CLOSE_TIMEOUT: Duration = Duration::from_secs(5);

/// Where and how long records are kept.
#[derive(Debug, Clone)]
pub struct Keep {
    /// `sqlite:…` or `postgres://…`.
    pub database_url: String,
    /// How long gaps, votes and counts are kept.
    pub retention: Duration,
    /// Whether the text of unanswered direct messages is kept.
    pub keep_direct_text: bool,
}

/// What [`run`] needs from the configuration, besides the platforms.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Per-channel pause between unprompted answers in auto-answer channels.
    pub cooldown: Duration,
    /// How often a knowledge folder is checked for edits; `None` never.
    pub reload_every: Option<Duration>,
    /// How long shutdown waits for replies in flight.
    pub shutdown_grace: Duration,
    /// Limits on every HTTP request.
    pub limits: Limits,
    /// The database records are kept in; none keeps nothing.
    pub keep: Option<Keep>,
}

impl From<&Config> for Settings {
    fn from(config: &Config) -> Settings {
        Settings {
            cooldown: config.cooldown,
            reload_every: config.reload_every,
            shutdown_grace: config.shutdown_grace,
            limits: Limits {
                max_body_bytes: config.max_body_bytes,
                timeout: config.request_timeout,
                header_timeout: config.header_timeout,
                max_connections: config.max_connections,
            },
            keep: Some(Keep {
                database_url: config.database_url.clone(),
                retention: config.retention,
                keep_direct_text: config.keep_direct_text,
            }),
        }
    }
}

/// Where [`run`] serves HTTP: the public address, and the operator routes' own, if any.
#[derive(Debug)]
pub struct Listeners {
    /// Platform routes and `/healthz`; `/readyz` and `/metrics` too when `metrics` is `None`.
    pub http: TcpListener,
    /// `/healthz`, `/readyz` and `/metrics`, kept off the public address.
    pub metrics: Option<TcpListener>,
}

impl From<TcpListener> for Listeners {
    /// Everything on one address.
    fn from(http: TcpListener) -> Listeners {
        Listeners { http, metrics: None }
    }
}

/// The platforms `config` turns on, not started yet.
pub fn platforms(config: &Config) -> Vec<Box<dyn Platform>> {
    let mut platforms: Vec<Box<dyn Platform>> = Vec::new();
    if let Some(discord) = &config.discord {
        platforms.push(Box::new(crate::discord::Discord::new(discord.clone())));
    }
    if let Some(key) = &config.discord_public_key {
        platforms.push(Box::new(crate::discord::interactions::Interactions::new(key.clone())));
    }
    if let Some(slack) = &config.slack {
        platforms.push(Box::new(crate::slack::Slack::new(slack.clone())));
    }
    platforms
}

/// Why [`run`] ended other than by the shutdown signal.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// A platform could not mount its routes, or could not start.
    #[error("could not start: {0}")]
    Start(PlatformError),
    /// A started platform's connection ended with an error.
    #[error("stopped serving: {0}")]
    Platform(PlatformError),
    /// The database URL cannot be used.
    #[error("ROLECALL_DATABASE_URL: {0}")]
    Database(#[from] crate::db::UrlError),
    /// A started platform's connection ended without being asked to.
    #[error("{platform} stopped unexpectedly")]
    Stopped {
        /// The platform's name.
        platform: &'static str,
    },
    /// A platform's task panicked (the panic itself is printed where it happened).
    #[error("{platform} panicked")]
    Panicked {
        /// The platform's name.
        platform: &'static str,
    },
}

/// Serves `platforms` and the HTTP server on `listeners`, answering from `knowledge`, until
/// `shutdown` resolves (`Ok`) or a platform fails to start or stops (`Err`, naming it).
///
/// Each platform's readiness and routes are set before the first request, then platforms start
/// side by side. Shutdown stops taking new events, gives replies in flight
/// `settings.shutdown_grace` to finish, then closes the connections and the HTTP server.
pub async fn run(
    listeners: impl Into<Listeners>,
    knowledge: Arc<LiveStore>,
    mut platforms: Vec<Box<dyn Platform>>,
    settings: Settings,
    shutdown: impl Future<Output = ()> + Send,
) -> Result<(), ServeError> {
    let metrics = Arc::new(Metrics::new());
    let writer_stop = CancellationToken::new();
    let (bot, writer) = bot(knowledge.clone(), metrics, &settings, writer_stop.clone())?;
    let services = Services::new(Arc::new(bot));

    // before the server answers, so /readyz waits for platforms still starting
    let mut routes = Router::new();
    for platform in &mut platforms {
        if platform.gates_readiness() {
            services.readiness.expect(platform.name());
        }
        routes = routes.merge(platform.routes(&services).map_err(ServeError::Start)?);
    }
    if platforms.is_empty() {
        tracing::warn!("no chat platform configured; serving health and metrics only");
    } else if !platforms.iter().any(|p| p.gates_readiness()) {
        tracing::info!("no gateway platform configured; serving HTTP routes only");
    }

    if let Some(every) = settings.reload_every.filter(|_| knowledge.dir().is_some()) {
        tokio::spawn(reload_loop(knowledge.clone(), services.bot.metrics().clone(), every, services.stop.clone()));
    }

    let listeners = listeners.into();
    let state = AppState { bot: services.bot.clone(), readiness: services.readiness.clone() };
    let limits = settings.limits;
    let mut servers = JoinSet::new();
    let mut serve_http = |listener: TcpListener, app: Router, what: &'static str| {
        if let Ok(addr) = listener.local_addr() {
            tracing::info!(%addr, "HTTP server listening ({what})");
        }
        let stop = services.closing.clone();
        servers.spawn(http::run(listener, app, limits, async move { stop.cancelled().await }));
    };
    match listeners.metrics {
        None => {
            serve_http(listeners.http, http::router(state, routes, limits), "health, readiness, metrics, platforms")
        }
        Some(metrics) => {
            serve_http(listeners.http, http::public_router(state.bot.clone(), routes, limits), "health, platforms");
            serve_http(metrics, http::operator_router(state, limits), "health, readiness, metrics");
        }
    }

    let mut tasks = JoinSet::new();
    let mut names = HashMap::new();
    for platform in platforms {
        let name = platform.name();
        let task = tasks.spawn(launch(platform, services.clone()));
        names.insert(task.id(), name);
    }

    let failure = tokio::select! {
        _ = shutdown => None,
        Some(ended) = tasks.join_next_with_id() => Some(match ended {
            Ok((id, Ok(()))) => ServeError::Stopped { platform: names[&id] },
            Ok((_, Err(err))) => err,
            Err(panic) => ServeError::Panicked { platform: names[&panic.id()] },
        }),
    };
    match failure {
        None => tracing::info!("shutting down: finishing replies in flight"),
        Some(_) => tracing::info!("a platform failed; shutting down: finishing replies in flight"),
    }
    services.closing.cancel();
    services.in_flight.close();
    if tokio::time::timeout(settings.shutdown_grace, services.in_flight.wait()).await.is_err() {
        tracing::warn!(grace = ?settings.shutdown_grace, "replies still in flight when the grace period ended");
    }
    services.stop.cancel();
    let closing = async {
        while let Some(ended) = tasks.join_next_with_id().await {
            if let Ok((id, Err(err))) = ended {
                tracing::warn!("{} did not close cleanly: {err}", names[&id]);
            }
        }
    };
    if tokio::time::timeout(CLOSE_TIMEOUT, closing).await.is_err() {
        tracing::warn!("a platform did not close in time");
    }
    let _ = tokio::time::timeout(CLOSE_TIMEOUT, servers.join_all()).await;
    // the last records of the replies just finished are written before the process ends
    writer_stop.cancel();
    if let Some(writer) = writer {
        let _ = tokio::time::timeout(CLOSE_TIMEOUT, writer).await;
    }
    match failure {
        None => {
            tracing::info!("stopped");
            Ok(())
        }
        Some(err) => Err(err),
    }
}

/// The bot `serve` runs: answering from `knowledge`, and, when `settings.keep` names a database,
/// keeping records there through a journal whose writer runs until `stop` (its task is returned,
/// to wait for its last writes).
pub fn bot(
    knowledge: Arc<LiveStore>,
    metrics: Arc<Metrics>,
    settings: &Settings,
    stop: CancellationToken,
) -> Result<(Bot, Option<tokio::task::JoinHandle<()>>), crate::db::UrlError> {
    let bot = Bot::new(knowledge, metrics.clone(), settings.cooldown);
    let Some(keep) = &settings.keep else { return Ok((bot, None)) };
    let database = Database::open(&keep.database_url)?;
    tracing::info!(database = database.shown(), "keeping records");
    let health = Arc::new(Health::new(metrics.clone()));
    let channels = Arc::new(Channels::default());
    let writer = Writer {
        database: database.clone(),
        health: health.clone(),
        metrics,
        channels: channels.clone(),
        retention: keep.retention,
    };
    let (journal, task) = Journal::start(writer, stop);
    let keeping = Keeping { database, journal, health, keep_direct_text: keep.keep_direct_text };
    Ok((bot.keeping(keeping, channels), Some(task)))
}

/// One platform's life: start it, then keep its connection until `services.stop`. Asked to stop
/// while still starting, it gives up the start.
async fn launch(platform: Box<dyn Platform>, services: Services) -> Result<(), ServeError> {
    let name = platform.name();
    let starting = platform.start(services.clone());
    let running = tokio::select! {
        _ = services.stop.cancelled() => return Ok(()),
        started = starting => started.map_err(ServeError::Start)?,
    };
    tracing::debug!(platform = name, "started");
    running.await.map_err(ServeError::Platform)
}

/// Checks the knowledge folder for edits until stopped.
async fn reload_loop(knowledge: Arc<LiveStore>, metrics: Arc<Metrics>, every: Duration, stop: CancellationToken) {
    let mut ticks = tokio::time::interval(every);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = stop.cancelled() => return,
            _ = ticks.tick() => {}
        }
        let checked = knowledge.clone();
        // a stop never waits for a reload in progress
        let outcome = tokio::select! {
            _ = stop.cancelled() => return,
            outcome = tokio::task::spawn_blocking(move || checked.reload_if_changed()) => outcome,
        };
        let Ok(outcome) = outcome else { continue };
        match outcome {
            Reload::Unchanged => {}
            Reload::Reloaded => {
                metrics.reloaded("ok");
                tracing::info!(store = %knowledge.store().summary(), "knowledge reloaded");
            }
            Reload::Rejected(err) => {
                metrics.reloaded("rejected");
                log_rejection(&err);
            }
        }
    }
}

/// Most problems logged for one file when an edit is rejected; `rolecall validate` lists all.
const LOGGED_PER_FILE: usize = 5;

/// Logs why an edit was rejected.
fn log_rejection(err: &crate::knowledge::LoadError) {
    for line in rejection_lines(err) {
        tracing::warn!(problem = %line, "knowledge edit rejected; keeping the last good store");
    }
}

/// What a rejection logs: a handful of problems a file, and how many more there are.
fn rejection_lines(err: &crate::knowledge::LoadError) -> Vec<String> {
    let mut files: Vec<&str> = err.problems.iter().map(|p| p.file.as_str()).collect();
    files.dedup();
    let mut lines = Vec::new();
    for file in files {
        let problems: Vec<_> = err.problems.iter().filter(|p| p.file == file).collect();
        lines.extend(problems.iter().take(LOGGED_PER_FILE).map(ToString::to_string));
        if problems.len() > LOGGED_PER_FILE {
            let more = problems.len() - LOGGED_PER_FILE;
            lines.push(format!("{file}: {more} more problems; `rolecall validate` lists them all"));
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rejected_file_logs_a_handful_of_its_problems() {
        let dir = std::env::temp_dir().join(format!("rolecall-many-problems-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("roles")).unwrap();
        let keys: String = (0..400).map(|i| format!("unknown_{i} = \"x\"\n")).collect();
        std::fs::write(dir.join("roles/noisy.toml"), keys).unwrap();
        let err = crate::knowledge::Store::from_dir(&dir).expect_err("the file is rejected");
        assert!(err.problems.len() > 100, "every problem is still known: {}", err.problems.len());
        let lines = rejection_lines(&err);
        assert!(lines.len() <= LOGGED_PER_FILE + 2, "{lines:#?}");
        assert!(lines.iter().any(|l| l.contains("more problems") && l.contains("rolecall validate")), "{lines:#?}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn each_configured_platform_is_built_and_only_those() {
        /// Variables set, and the platforms they turn on.
        type Case<'a> = (&'a [(&'a str, &'a str)], &'a [&'a str]);
        let key = "ab".repeat(32);
        let table: &[Case] = &[
            (&[], &[]),
            (&[("DISCORD_TOKEN", "MTAwMA.GZ2vYw.x")], &["discord"]),
            (&[("DISCORD_PUBLIC_KEY", &key)], &["discord-interactions"]),
            (&[("SLACK_BOT_TOKEN", "xoxb-1"), ("SLACK_SIGNING_SECRET", "s")], &["slack"]),
            (
                &[("DISCORD_TOKEN", "MTAwMA.GZ2vYw.x"), ("SLACK_BOT_TOKEN", "xoxb-1"), ("SLACK_APP_TOKEN", "xapp-1")],
                &["discord", "slack"],
            ),
        ];
        for (vars, names) in table {
            let config = Config::from_lookup(&|name| vars.iter().find(|(v, _)| *v == name).map(|(_, x)| x.to_string()))
                .expect("a valid configuration");
            let built: Vec<&str> = platforms(&config).iter().map(|p| p.name()).collect();
            assert_eq!(built, *names, "{vars:?}");
        }
    }
}
