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

use axum::Router;
use slack_morphism::errors::SlackClientError;
use slack_morphism::prelude::{SlackClient, SlackClientHyperConnector, SlackHyperClient};

use crate::config::SlackConfig;
use crate::platform::{Platform, PlatformError, Running, Services, Starting};
use handler::Handler;
use signature::Verifier;

/// The platform's name in metrics, logs and readiness.
pub const PLATFORM: &str = "slack";

/// Slack as a [`Platform`]: the HTTP mode's routes when a signing secret is set, a Socket Mode
/// connection when an app token is set. Both modes share one handler, so what the bot learns
/// about itself at start-up serves them both.
#[derive(Debug)]
pub struct Slack {
    config: SlackConfig,
    handler: Option<Arc<Handler>>,
}

impl Slack {
    /// Slack for these settings; nothing is sent to Slack before [`Platform::start`].
    pub fn new(config: SlackConfig) -> Slack {
        Slack { config, handler: None }
    }

    /// The handler, made on first use with the services the platform is given.
    fn handler(&mut self, services: &Services) -> Result<Arc<Handler>, PlatformError> {
        if let Some(handler) = &self.handler {
            return Ok(handler.clone());
        }
        let handler = Arc::new(Handler::new(&self.config, Arc::new(client(&self.config.api_url)?), services.clone()));
        self.handler = Some(handler.clone());
        Ok(handler)
    }
}

impl Platform for Slack {
    fn name(&self) -> &'static str {
        PLATFORM
    }

    fn routes(&mut self, services: &Services) -> Result<Router, PlatformError> {
        let Some(secret) = self.config.signing_secret.clone() else { return Ok(Router::new()) };
        let routes = http::routes(self.handler(services)?, Verifier::new(secret));
        tracing::info!("Slack HTTP mode at /slack/events, /slack/commands and /slack/actions");
        Ok(routes)
    }

    /// Checks the bot token (`auth.test`) and, with an app token, opens the Socket Mode
    /// connection, which is closed when `services.stop` is cancelled.
    fn start(mut self: Box<Self>, services: Services) -> Starting {
        Box::pin(async move {
            let handler = self.handler(&services)?;
            let api_url = &self.config.api_url;
            handler.identify().await.map_err(|err| {
                refused(
                    "SLACK_BOT_TOKEN",
                    err,
                    api_url,
                    "use the Bot User OAuth Token (xoxb-) from the app's OAuth & Permissions page",
                )
            })?;
            let listener = match &self.config.app_token {
                Some(app_token) => Some(socket::connect(&handler, app_token, api_url).await?),
                None => {
                    // HTTP mode needs no connection: ready as soon as the token is known good
                    services.readiness.set(PLATFORM, true);
                    None
                }
            };
            let running: Running = Box::pin(async move {
                services.stop.cancelled().await;
                if let Some(listener) = listener {
                    listener.shutdown().await;
                    tracing::info!("closed the Slack Socket Mode connection");
                }
                Ok(())
            });
            Ok(running)
        })
    }
}

/// A Web API client that speaks HTTPS to Slack, and plain HTTP to a test's fake.
fn client(api_url: &str) -> Result<SlackHyperClient, PlatformError> {
    let connector = hyper_rustls::HttpsConnectorBuilder::new()
        .with_native_roots()
        .map_err(|err| {
            PlatformError::other(
                PLATFORM,
                format_args!("cannot load the system's CA certificates, which Slack's HTTPS needs: {err}"),
            )
        })?
        .https_or_http()
        .enable_http2()
        .build();
    Ok(SlackClient::new(SlackClientHyperConnector::from(connector).with_slack_api_url(api_url)))
}

/// The start-up error for a token Slack refused, or for a Slack that cannot be reached.
fn refused(variable: &'static str, err: SlackClientError, api_url: &str, fix: &'static str) -> PlatformError {
    match err {
        SlackClientError::ApiError(api) => {
            PlatformError::Refused { platform: PLATFORM, variable, code: Some(api.code), fix }
        }
        other => PlatformError::Unreachable {
            platform: PLATFORM,
            url: api_url.to_owned(),
            checking: variable,
            variable: "SLACK_API_URL",
            reason: PlatformError::cause(&other),
        },
    }
}
