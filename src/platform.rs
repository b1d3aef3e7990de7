//! The contract between `serve` and the chat platforms: what a platform is handed
//! ([`Services`]), what it offers ([`Platform`]: routes, a connection) and how it fails
//! ([`PlatformError`]). It sits below the adapters, so they depend on it and on nothing that
//! runs them.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

use axum::Router;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::bot::Bot;

/// What every platform is handed: the bot, where to report its connection, and the shutdown
/// signals.
#[derive(Clone, Debug)]
pub struct Services {
    /// The chat behaviour shared by every platform.
    pub bot: Arc<Bot>,
    /// Where the platform says whether it is connected.
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

/// Whether each configured platform is connected; the bot is ready when all are.
#[derive(Debug, Default)]
pub struct Readiness {
    platforms: Mutex<Vec<(&'static str, bool)>>,
}

impl Readiness {
    /// Adds a platform that must connect before the bot is ready.
    pub fn expect(&self, platform: &'static str) {
        let mut platforms = self.platforms.lock().expect("no panics while holding the lock");
        if !platforms.iter().any(|(p, _)| *p == platform) {
            platforms.push((platform, false));
        }
    }

    /// Records that a platform connected or lost its connection.
    pub fn set(&self, platform: &'static str, connected: bool) {
        let mut platforms = self.platforms.lock().expect("no panics while holding the lock");
        match platforms.iter_mut().find(|(p, _)| *p == platform) {
            Some(entry) => entry.1 = connected,
            None => platforms.push((platform, connected)),
        }
    }

    /// The platforms not connected yet.
    pub fn waiting_for(&self) -> Vec<&'static str> {
        let platforms = self.platforms.lock().expect("no panics while holding the lock");
        platforms.iter().filter(|(_, up)| !up).map(|(p, _)| *p).collect()
    }
}

/// A boxed future that can be spawned: the trait returns these to stay object-safe.
pub type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send + 'static>>;

/// A started platform's connection, kept until `services.stop` is cancelled: `Ok(())` once
/// asked to stop, or the error that ended it.
pub type Running = BoxFuture<Result<(), PlatformError>>;

/// A platform starting up: credentials checked and connection opened, then its [`Running`].
pub type Starting = BoxFuture<Result<Running, PlatformError>>;

/// A chat platform `serve` runs: Discord's gateway, Slack, or a test's fake.
///
/// `serve` calls, in order: [`gates_readiness`](Platform::gates_readiness) and
/// [`routes`](Platform::routes) before the HTTP server takes requests, so `/readyz` never
/// says ready too early; then [`start`](Platform::start), side by side with the other
/// platforms; then it awaits the [`Running`] it got until shutdown.
pub trait Platform: Send {
    /// The name in logs, metrics, readiness and errors, such as `"slack"`.
    fn name(&self) -> &'static str;

    /// Whether the bot is ready only once this platform reports itself connected, with
    /// `services.readiness.set(self.name(), true)`. False for platforms with routes only.
    fn gates_readiness(&self) -> bool {
        true
    }

    /// The HTTP routes the platform serves on the bot's server; none by default. Called once,
    /// before [`start`](Platform::start) and with the same services.
    fn routes(&mut self, services: &Services) -> Result<Router, PlatformError> {
        let _ = services;
        Ok(Router::new())
    }

    /// Checks the platform's credentials and opens its connection, so a bad token fails the
    /// start with one clear line instead of a loop of retries. The [`Running`] it resolves to
    /// keeps the connection until `services.stop` is cancelled; events that arrive once
    /// `services.closing` is cancelled are not taken.
    fn start(self: Box<Self>, services: Services) -> Starting;
}

/// Why a platform could not start, or stopped: which platform, and what to fix, in one line.
#[derive(Debug, thiserror::Error)]
pub enum PlatformError {
    /// The platform refused a credential or what a setting asks for.
    #[error("{platform} refused {variable}{}: {fix}", code.as_deref().map(|c| format!(" ({c})")).unwrap_or_default())]
    Refused {
        /// The platform's name.
        platform: &'static str,
        /// The variable that holds what was refused, such as `DISCORD_TOKEN`.
        variable: &'static str,
        /// The platform's reason, when it gives one (Slack's `invalid_auth`).
        code: Option<String>,
        /// What the operator does about it.
        fix: &'static str,
    },
    /// The platform's API did not answer at the configured URL, so a credential could not be
    /// checked.
    #[error("cannot reach {platform} at {url} to check {checking} ({reason}); check {variable} and the network")]
    Unreachable {
        /// The platform's name.
        platform: &'static str,
        /// The URL that did not answer.
        url: String,
        /// The variable holding the credential that was being checked, such as `DISCORD_TOKEN`.
        checking: &'static str,
        /// The variable that sets the URL.
        variable: &'static str,
        /// What went wrong on the way.
        reason: String,
    },
    /// Anything else, said as a sentence.
    #[error("{platform}: {reason}")]
    Other {
        /// The platform's name.
        platform: &'static str,
        /// What happened, in a sentence.
        reason: String,
    },
}

impl PlatformError {
    /// The platform that failed.
    pub fn platform(&self) -> &'static str {
        match self {
            PlatformError::Refused { platform, .. }
            | PlatformError::Unreachable { platform, .. }
            | PlatformError::Other { platform, .. } => platform,
        }
    }

    /// Why a request never got an answer, said by the innermost error (`Connection refused`,
    /// a DNS failure), not by the wrappers around it.
    pub fn cause(err: &(dyn std::error::Error + 'static)) -> String {
        crate::cause::innermost(err)
    }

    /// Any other failure of `platform`.
    pub fn other(platform: &'static str, reason: impl std::fmt::Display) -> PlatformError {
        PlatformError::Other { platform, reason: reason.to_string() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_error_names_the_platform_and_what_to_fix() {
        let table = [
            (
                PlatformError::Refused {
                    platform: "slack",
                    variable: "SLACK_BOT_TOKEN",
                    code: Some("invalid_auth".to_owned()),
                    fix: "use the Bot User OAuth Token",
                },
                "slack refused SLACK_BOT_TOKEN (invalid_auth): use the Bot User OAuth Token",
            ),
            (
                PlatformError::Refused { platform: "discord", variable: "DISCORD_TOKEN", code: None, fix: "reset it" },
                "discord refused DISCORD_TOKEN: reset it",
            ),
            (
                PlatformError::Unreachable {
                    platform: "slack",
                    url: "http://127.0.0.1:9".to_owned(),
                    checking: "SLACK_BOT_TOKEN",
                    variable: "SLACK_API_URL",
                    reason: "connection refused".to_owned(),
                },
                "cannot reach slack at http://127.0.0.1:9 to check SLACK_BOT_TOKEN (connection refused); check SLACK_API_URL and the network",
            ),
            (PlatformError::other("discord", "the client stopped"), "discord: the client stopped"),
        ];
        for (err, expected) in table {
            assert_eq!(err.to_string(), expected);
            assert!(expected.contains(err.platform()));
        }
    }

    #[test]
    fn the_cause_is_the_innermost_error() {
        #[derive(Debug, thiserror::Error)]
        #[error("Error while sending HTTP request.")]
        struct Wrapper(#[source] std::io::Error);
        let refused = std::io::Error::new(std::io::ErrorKind::ConnectionRefused, "Connection refused (os error 111)");
        assert_eq!(PlatformError::cause(&Wrapper(refused)), "Connection refused (os error 111)");
    }

    #[test]
    fn readiness_waits_for_expected_platforms_until_they_connect() {
        let readiness = Readiness::default();
        readiness.expect("discord");
        readiness.expect("discord");
        assert_eq!(readiness.waiting_for(), ["discord"]);
        readiness.set("discord", true);
        assert!(readiness.waiting_for().is_empty());
        readiness.set("discord", false);
        assert_eq!(readiness.waiting_for(), ["discord"]);
    }
}
