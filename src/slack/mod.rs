//! The Slack adapter: Socket Mode by default (no public URL needed), the HTTP Events API mode
//! for operators behind a load balancer, or both. Slash commands are answered in their
//! acknowledgement; mentions, direct messages and confident questions in auto-answer channels
//! get a reply in a thread; follow-up buttons answer in place.
//!
//! # Layout
//! - [`commands`]: the workspace's slash command names and the question each asks the core.
//! - [`handler`]: what each event becomes, as thin functions over [`Bot`](crate::bot::Bot).
//! - [`render`]: answers as Block Kit, with Slack's limits and escaping.
//! - [`reply`]: delivering a reply, waiting out rate limits.
//! - [`signature`]: checking HTTP requests' signatures.
//! - [`http`]: the HTTP mode's routes.
//! - `socket`: the Socket Mode callbacks; `mention`: the bot's mention in message text.

pub mod commands;
pub mod handler;
pub mod http;
mod mention;
pub mod render;
pub mod reply;
pub mod signature;
mod socket;

use std::sync::Arc;

use anyhow::Context as _;
use axum::Router;
use slack_morphism::errors::SlackClientError;
use slack_morphism::prelude::{SlackClient, SlackClientHyperConnector, SlackHyperClient};

use crate::config::{Secret, SlackConfig};
use crate::serve::{PlatformTasks, Services};
use handler::Handler;
use signature::Verifier;

/// The platform's name in metrics, logs and readiness.
pub const PLATFORM: &str = "slack";

/// Starts Slack: mounts the HTTP mode's routes when a signing secret is set, and spawns the
/// task that checks the tokens, keeps the Socket Mode connection when an app token is set, and
/// ends when `services.stop` is cancelled (or with an error that says what to fix).
pub async fn start(
    config: &SlackConfig,
    services: &Services,
    platforms: &mut PlatformTasks,
    routes: &mut Router,
) -> anyhow::Result<()> {
    let handler = Arc::new(Handler::new(config, Arc::new(client(&config.api_url)?), services.clone()));
    services.readiness.expect(PLATFORM);
    if let Some(secret) = &config.signing_secret {
        let slack_routes = http::routes(handler.clone(), Verifier::new(secret.clone()));
        *routes = std::mem::take(routes).merge(slack_routes);
        tracing::info!("Slack HTTP mode at /slack/events, /slack/commands and /slack/actions");
    }
    let app_token = config.app_token.clone();
    let api_url = config.api_url.clone();
    platforms.spawn(async move { (PLATFORM, run(handler, app_token, api_url).await) });
    Ok(())
}

/// The platform task: connect, then wait for the stop signal and close the connection.
async fn run(handler: Arc<Handler>, app_token: Option<Secret>, api_url: String) -> anyhow::Result<()> {
    let stop = handler.services().stop.clone();
    let connect = async {
        handler.identify().await.map_err(|err| {
            refused(
                "SLACK_BOT_TOKEN",
                err,
                &api_url,
                "use the Bot User OAuth Token (xoxb-) from the app's OAuth & Permissions page",
            )
        })?;
        match &app_token {
            Some(app_token) => socket::connect(&handler, app_token, &api_url).await.map(Some),
            None => {
                // HTTP mode needs no connection: ready as soon as the token is known good
                handler.services().readiness.set(PLATFORM, true);
                Ok(None)
            }
        }
    };
    let listener = tokio::select! {
        _ = stop.cancelled() => return Ok(()),
        connected = connect => connected?,
    };
    stop.cancelled().await;
    if let Some(listener) = listener {
        listener.shutdown().await;
        tracing::info!("closed the Slack Socket Mode connection");
    }
    Ok(())
}

/// A Web API client that speaks HTTPS to Slack, and plain HTTP to a test's fake.
fn client(api_url: &str) -> anyhow::Result<SlackHyperClient> {
    let connector = hyper_rustls::HttpsConnectorBuilder::new()
        .with_native_roots()
        .context("cannot load the system's CA certificates, which Slack's HTTPS needs")?
        .https_or_http()
        .enable_http2()
        .build();
    Ok(SlackClient::new(SlackClientHyperConnector::from(connector).with_slack_api_url(api_url)))
}

/// The start-up error for a token Slack refused, or for a Slack that cannot be reached.
fn refused(variable: &str, err: SlackClientError, api_url: &str, fix: &str) -> anyhow::Error {
    match err {
        SlackClientError::ApiError(api) => anyhow::anyhow!("Slack refused {variable} ({}): {fix}", api.code),
        other => anyhow::anyhow!("cannot reach Slack at {api_url} ({other}); check SLACK_API_URL and the network"),
    }
}
