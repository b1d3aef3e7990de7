//! `rolecall serve`: every configured platform side by side in one process, plus the HTTP
//! server, with live knowledge reloads and a graceful shutdown.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use axum::Router;
use tokio::net::TcpListener;
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::bot::Bot;
use crate::config::Config;
use crate::knowledge::{Knowledge, Reload};
use crate::metrics::Metrics;
use crate::server::{self, AppState, Limits, Readiness};

/// What every platform adapter is handed: the bot, where to report its connection, and the
/// shutdown signals.
#[derive(Clone, Debug)]
pub struct Services {
    pub bot: Arc<Bot>,
    pub readiness: Arc<Readiness>,
    /// Replies in flight; shutdown waits for them. Hold a token while replying.
    pub in_flight: TaskTracker,
    /// Cancelled when shutdown begins: take no new events.
    pub closing: CancellationToken,
    /// Cancelled once replies in flight are done: close connections.
    pub stop: CancellationToken,
}

impl Services {
    /// Services for a bot that is starting: nothing in flight, no shutdown yet.
    pub fn new(bot: Arc<Bot>) -> Services {
        Services {
            bot,
            readiness: Arc::new(Readiness::default()),
            in_flight: TaskTracker::new(),
            closing: CancellationToken::new(),
            stop: CancellationToken::new(),
        }
    }
}

/// A platform's long-running connection, ending with `Ok` only when asked to stop.
pub type PlatformTasks = JoinSet<(&'static str, anyhow::Result<()>)>;

/// Most time given to platforms to close their connections after replies are done.
const CLOSE_TIMEOUT: Duration = Duration::from_secs(5);

/// Runs until `shutdown` resolves (a signal, in `main`), or until a platform fails.
pub async fn run(config: Config, shutdown: impl Future<Output = ()> + Send) -> anyhow::Result<()> {
    let knowledge = Arc::new(Knowledge::load(config.knowledge.clone()).map_err(|err| {
        for problem in &err.problems {
            tracing::error!(%problem, "knowledge problem");
        }
        anyhow::anyhow!("the knowledge store has {} problem(s)", err.problems.len())
    })?);
    let metrics = Arc::new(Metrics::new());
    let services = Services::new(Arc::new(Bot::new(knowledge.clone(), metrics, config.cooldown)));
    let mut platforms = PlatformTasks::new();
    let mut routes = Router::new();
    start_platforms(&config, &services, &mut platforms, &mut routes).await?;
    if platforms.is_empty() && routes.has_routes() {
        tracing::info!("no gateway platform configured; serving HTTP routes only");
    } else if platforms.is_empty() {
        tracing::warn!("no chat platform configured; serving health and metrics only");
    }

    if let Some(every) = config.reload_every.filter(|_| knowledge.dir().is_some()) {
        tokio::spawn(reload_loop(knowledge.clone(), services.bot.metrics().clone(), every, services.stop.clone()));
    }

    let listener = TcpListener::bind(config.http_addr)
        .await
        .with_context(|| format!("cannot listen on {} (ROLECALL_HTTP_ADDR)", config.http_addr))?;
    tracing::info!(addr = %listener.local_addr()?, "HTTP server listening");
    let state = AppState { bot: services.bot.clone(), readiness: services.readiness.clone() };
    let limits = Limits { max_body_bytes: config.max_body_bytes, timeout: config.request_timeout };
    let http_stop = services.closing.clone();
    let http = tokio::spawn(server::run(listener, server::router(state, routes, limits), async move {
        http_stop.cancelled().await
    }));

    let failure = tokio::select! {
        _ = shutdown => None,
        Some(ended) = platforms.join_next() => Some(match ended {
            Ok((name, Ok(()))) => anyhow::anyhow!("{name} stopped unexpectedly"),
            Ok((name, Err(err))) => err.context(format!("{name} failed")),
            Err(panic) => anyhow::anyhow!("a platform task panicked: {panic}"),
        }),
    };
    match &failure {
        None => tracing::info!("shutting down: finishing replies in flight"),
        Some(err) => tracing::error!("{err:#}"),
    }
    services.closing.cancel();
    services.in_flight.close();
    if tokio::time::timeout(config.shutdown_grace, services.in_flight.wait()).await.is_err() {
        tracing::warn!(grace = ?config.shutdown_grace, "replies still in flight when the grace period ended");
    }
    services.stop.cancel();
    let closing = async {
        while let Some(ended) = platforms.join_next().await {
            if let Ok((name, Err(err))) = ended {
                tracing::warn!("{name} did not close cleanly: {err:#}");
            }
        }
    };
    if tokio::time::timeout(CLOSE_TIMEOUT, closing).await.is_err() {
        tracing::warn!("a platform did not close in time");
    }
    let _ = tokio::time::timeout(CLOSE_TIMEOUT, http).await;
    match failure {
        None => {
            tracing::info!("stopped");
            Ok(())
        }
        Some(err) => Err(err),
    }
}

/// Starts each configured platform: long-running connections go into `platforms`, HTTP routes
/// into `routes`. A platform that cannot start fails the whole start, by name.
async fn start_platforms(
    config: &Config,
    services: &Services,
    platforms: &mut PlatformTasks,
    routes: &mut Router,
) -> anyhow::Result<()> {
    if let Some(discord) = &config.discord {
        crate::discord::start(discord, services, platforms).await.context("discord could not start")?;
    }
    if let Some(key) = &config.discord_public_key {
        let interactions = crate::discord::interactions::routes(key, services.bot.clone())?;
        *routes = std::mem::take(routes).merge(interactions);
    }
    if let Some(slack) = &config.slack {
        crate::slack::start(slack, services, platforms, routes).await.context("slack")?;
    }
    Ok(())
}

/// Checks the knowledge folder for edits until stopped.
async fn reload_loop(knowledge: Arc<Knowledge>, metrics: Arc<Metrics>, every: Duration, stop: CancellationToken) {
    let mut ticks = tokio::time::interval(every);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = stop.cancelled() => return,
            _ = ticks.tick() => {}
        }
        let checked = knowledge.clone();
        let Ok(outcome) = tokio::task::spawn_blocking(move || checked.reload_if_changed()).await else { continue };
        match outcome {
            Reload::Unchanged => {}
            Reload::Reloaded => {
                metrics.reloaded("ok");
                tracing::info!(store = %knowledge.store().summary(), "knowledge reloaded");
            }
            Reload::Rejected(err) => {
                metrics.reloaded("rejected");
                for problem in &err.problems {
                    tracing::warn!(%problem, "knowledge edit rejected; keeping the last good store");
                }
            }
        }
    }
}
