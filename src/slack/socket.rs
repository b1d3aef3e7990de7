//! Socket Mode: Slack's events over a WebSocket the bot opens, so no public URL is needed.
//! slack-morphism's listener calls the functions here with each envelope, and acknowledges it
//! with what they return once they return: slash commands carry their answer in the ack.

use std::sync::Arc;

use axum::http::StatusCode;
use slack_morphism::prelude::{
    SlackApiAppsConnectionOpenRequest, SlackApiToken, SlackClientEventsListenerEnvironment, SlackClientEventsUserState,
    SlackClientHyperHttpsConnector, SlackClientSocketModeConfig, SlackClientSocketModeListener, SlackCommandEvent,
    SlackCommandEventResponse, SlackHyperClient, SlackInteractionEvent, SlackPushEventCallback,
    SlackSocketModeListenerCallbacks, UserCallbackResult,
};

use super::handler::Handler;
use super::{refused, PLATFORM};
use crate::config::Secret;
use crate::platform::PlatformError;

/// A running Socket Mode connection.
pub type Listener = SlackClientSocketModeListener<SlackClientHyperHttpsConnector>;

/// Returned for envelopes that arrive once shutdown has begun: they are left unacknowledged,
/// so Slack delivers them again, to another connection or after the restart.
#[derive(Debug, thiserror::Error)]
#[error("shutting down; left for Slack to deliver again")]
struct Closing;

/// Checks the app token and opens the connection; events flow until the listener shuts down.
pub async fn connect(handler: &Arc<Handler>, app_token: &Secret, api_url: &str) -> Result<Listener, PlatformError> {
    let token = SlackApiToken::new(app_token.expose().into());
    // the listener retries a refused token forever, quietly; one call here makes start-up fail
    handler
        .client()
        .open_session(&token)
        .apps_connections_open(&SlackApiAppsConnectionOpenRequest::new())
        .await
        .map_err(|err| {
            refused(
                "SLACK_APP_TOKEN",
                err,
                api_url,
                "create an app-level token with the connections:write scope under Basic Information, App-Level Tokens",
            )
        })?;
    let environment = SlackClientEventsListenerEnvironment::new(handler.client().clone())
        .with_error_handler(on_error)
        .with_user_state(handler.clone());
    let callbacks = SlackSocketModeListenerCallbacks::new()
        // a closure, as the crate does not export the hello event's type to name it
        .with_hello_events(|_, _, state| async move { stored(&state).await.hello() })
        .with_command_events(on_command)
        .with_push_events(on_push)
        .with_interaction_events(on_interaction);
    // one connection per process: more processes give more connections
    let config = SlackClientSocketModeConfig::new().with_max_connections_count(1);
    let listener = Listener::new(&config, Arc::new(environment), callbacks);
    listener
        .listen_for(&token)
        .await
        .map_err(|err| PlatformError::other(PLATFORM, format_args!("cannot open the Socket Mode connection: {err}")))?;
    listener.start().await;
    Ok(listener)
}

/// The handler, which the listener keeps for the callbacks (they are plain functions).
async fn stored(state: &SlackClientEventsUserState) -> Arc<Handler> {
    state.read().await.get_user_state::<Arc<Handler>>().expect("the handler is stored with the listener").clone()
}

/// The handler, unless shutdown has begun and the envelope is to be left for redelivery.
async fn taking(state: &SlackClientEventsUserState) -> Result<Arc<Handler>, Closing> {
    let handler = stored(state).await;
    if handler.closing() {
        return Err(Closing);
    }
    Ok(handler)
}

async fn on_command(
    event: SlackCommandEvent,
    _: Arc<SlackHyperClient>,
    state: SlackClientEventsUserState,
) -> UserCallbackResult<SlackCommandEventResponse> {
    Ok(taking(&state).await?.command(&event).await)
}

async fn on_push(
    event: SlackPushEventCallback,
    _: Arc<SlackHyperClient>,
    state: SlackClientEventsUserState,
) -> UserCallbackResult<()> {
    taking(&state).await?.event(event).await;
    Ok(())
}

async fn on_interaction(
    event: SlackInteractionEvent,
    _: Arc<SlackHyperClient>,
    state: SlackClientEventsUserState,
) -> UserCallbackResult<()> {
    taking(&state).await?.action(event);
    Ok(())
}

/// Decides whether an envelope whose callback failed is acknowledged: a success status acks it.
fn on_error(
    err: Box<dyn std::error::Error + Send + Sync + 'static>,
    _: Arc<SlackHyperClient>,
    _: SlackClientEventsUserState,
) -> StatusCode {
    if err.is::<Closing>() {
        return StatusCode::SERVICE_UNAVAILABLE;
    }
    tracing::warn!("Slack Socket Mode: {err}");
    StatusCode::OK
}
