//! Slash commands over HTTP: `POST /discord/interactions`. Stateless, so any number of
//! instances can sit behind a load balancer. Nothing is parsed before the Ed25519 signature
//! of the timestamp and body checks out.

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use serenity::all::Interaction;
use serenity::interactions_endpoint::Verifier;

use super::commands;
use crate::bot::Bot;
use crate::platform::{Platform, PlatformError, Running, Services, Starting};

/// Oldest request timestamp accepted; older ones may be replays.
const MAX_AGE: Duration = Duration::from_secs(300);

#[derive(Clone)]
struct Endpoint {
    bot: Arc<Bot>,
    verifier: Arc<Verifier>,
}

/// A public key that is not a valid Ed25519 key.
#[derive(Debug, thiserror::Error)]
#[error("DISCORD_PUBLIC_KEY is not a valid Ed25519 public key")]
pub struct BadPublicKey;

/// The route, checking signatures with the application's public key (64 hex characters).
pub fn routes(public_key: &str, bot: Arc<Bot>) -> Result<Router, BadPublicKey> {
    let bytes = crate::text::decode_hex(public_key).ok_or(BadPublicKey)?;
    let key: [u8; 32] = bytes.try_into().map_err(|_| BadPublicKey)?;
    let verifier = Verifier::try_new(key).map_err(|_| BadPublicKey)?;
    let endpoint = Endpoint { bot, verifier: Arc::new(verifier) };
    Ok(Router::new().route("/discord/interactions", post(interaction)).with_state(endpoint))
}

/// The endpoint as a [`Platform`] of routes only: it holds no connection, so readiness does not
/// wait for it, and it has nothing to close.
#[derive(Debug)]
pub struct Interactions {
    public_key: String,
}

impl Interactions {
    /// The endpoint for the application's public key (`DISCORD_PUBLIC_KEY`, 64 hex characters).
    pub fn new(public_key: String) -> Interactions {
        Interactions { public_key }
    }
}

impl Platform for Interactions {
    fn name(&self) -> &'static str {
        "discord-interactions"
    }

    fn gates_readiness(&self) -> bool {
        false
    }

    fn routes(&mut self, services: &Services) -> Result<Router, PlatformError> {
        routes(&self.public_key, services.bot.clone()).map_err(|err| PlatformError::other(self.name(), err))
    }

    fn start(self: Box<Self>, services: Services) -> Starting {
        let running: Running = Box::pin(async move {
            services.stop.cancelled().await;
            Ok(())
        });
        Box::pin(async move { Ok(running) })
    }
}

fn unauthorized(why: &'static str) -> Response {
    tracing::warn!(why, "Discord interaction refused");
    (StatusCode::UNAUTHORIZED, why).into_response()
}

/// Whether a signed timestamp (seconds since the epoch) is recent enough.
fn fresh(timestamp: &str, now: SystemTime) -> bool {
    let Ok(seconds) = timestamp.parse::<u64>() else { return false };
    let now = now.duration_since(UNIX_EPOCH).unwrap_or_default().as_secs();
    now.abs_diff(seconds) <= MAX_AGE.as_secs()
}

async fn interaction(State(endpoint): State<Endpoint>, headers: HeaderMap, body: Bytes) -> Response {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let (Some(signature), Some(timestamp)) = (header("x-signature-ed25519"), header("x-signature-timestamp")) else {
        return unauthorized("missing signature headers");
    };
    if !fresh(timestamp, SystemTime::now()) {
        return unauthorized("stale timestamp");
    }
    if endpoint.verifier.verify(signature, timestamp, &body).is_err() {
        return unauthorized("bad signature");
    }
    let interaction: Interaction = match serde_json::from_slice(&body) {
        Ok(interaction) => interaction,
        Err(err) => {
            tracing::warn!("unreadable Discord interaction: {err}");
            return (StatusCode::BAD_REQUEST, "unreadable interaction").into_response();
        }
    };
    match commands::respond(&endpoint.bot, &interaction, &commands::Surface::default()) {
        Some(response) => Json(response).into_response(),
        None => (StatusCode::BAD_REQUEST, "unsupported interaction").into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_older_than_five_minutes_are_stale() {
        let now = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert!(fresh("1700000000", now));
        assert!(fresh("1699999750", now));
        assert!(!fresh("1699999000", now));
        assert!(!fresh("soon", now));
    }

    #[test]
    fn malformed_public_keys_are_refused() {
        let knowledge = Arc::new(crate::knowledge::LiveStore::fixed(crate::Store::embedded().unwrap()));
        let bot = Arc::new(Bot::new(knowledge, Default::default(), Duration::ZERO));
        assert!(routes("zz", bot.clone()).is_err());
        assert!(routes(&"ab".repeat(31), bot).is_err());
    }
}
