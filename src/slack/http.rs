//! The HTTP Events API mode, for running behind a load balancer: Slack's requests to
//! `/slack/events`, `/slack/commands` and `/slack/actions`. Each is refused with 401, and
//! nothing in it processed, unless its signature is valid within the 5-minute window; one sent
//! again within the window is acknowledged with 200 and not answered again.

use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Form, Json, Router};
use serde::Deserialize;
use slack_morphism::prelude::{SlackCommandEvent, SlackCommandEventResponse, SlackInteractionEvent, SlackPushEvent};

use super::handler::Handler;
use super::signature::Verifier;
use crate::replay::Replays;

/// The three routes, behind the signature check.
pub fn routes(handler: Arc<Handler>, verifier: Verifier) -> Router {
    let gate = Arc::new(Gate { verifier, replays: Replays::new(super::signature::WINDOW_SECS) });
    Router::new()
        .route("/slack/events", post(events))
        .route("/slack/commands", post(commands))
        .route("/slack/actions", post(actions))
        .route_layer(middleware::from_fn_with_state(gate, verified))
        .with_state(handler)
}

/// What a request passes before it is handled: its signature, and not having been taken before.
struct Gate {
    verifier: Verifier,
    replays: Replays,
}

/// Reads the body (413 past the server's limit), checks its signature against the clock and
/// that it was not taken before, and only then hands the request on. A request sent again gets
/// 200, so that Slack does not send it once more, and nothing else.
async fn verified(State(gate): State<Arc<Gate>>, parts: Parts, body: Bytes, next: Next) -> Response {
    let header = |name: &str| parts.headers.get(name).and_then(|v| v.to_str().ok());
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    let signed =
        match gate.verifier.verify(header("x-slack-request-timestamp"), header("x-slack-signature"), &body, now) {
            Ok(signed) => signed,
            Err(err) => {
                tracing::warn!(path = parts.uri.path(), "refused a request as not from Slack: {err}");
                return (StatusCode::UNAUTHORIZED, "not signed by Slack\n").into_response();
            }
        };
    if !gate.replays.first(signed.digest, signed.timestamp, now) {
        tracing::warn!(path = parts.uri.path(), "a signed request sent again; it was answered the first time");
        return StatusCode::OK.into_response();
    }
    next.run(Request::from_parts(parts, Body::from(body))).await
}

/// Slash commands: the answer is the response, as Slack waits 3 seconds for it.
async fn commands(
    State(handler): State<Arc<Handler>>,
    Form(event): Form<SlackCommandEvent>,
) -> Json<SlackCommandEventResponse> {
    Json(handler.command(&event).await)
}

/// Button presses arrive as a form with one field, the JSON payload.
#[derive(Deserialize)]
struct ActionForm {
    payload: String,
}

async fn actions(State(handler): State<Arc<Handler>>, Form(form): Form<ActionForm>) -> StatusCode {
    match serde_json::from_str::<SlackInteractionEvent>(&form.payload) {
        Ok(event) => {
            handler.action(event);
            StatusCode::OK
        }
        Err(err) => {
            tracing::warn!("a Slack interaction payload that does not parse: {err}");
            StatusCode::BAD_REQUEST
        }
    }
}

/// Events: `url_verification` when the URL is saved in the app's settings, then callbacks,
/// acknowledged at once and answered in the background. Slack sends an event again when its
/// acknowledgement was slow; that one was received already, so answering it would repeat.
async fn events(
    State(handler): State<Arc<Handler>>,
    headers: HeaderMap,
    Json(event): Json<SlackPushEvent>,
) -> Response {
    let retry_reason = headers.get("x-slack-retry-reason").and_then(|v| v.to_str().ok());
    if headers.contains_key("x-slack-retry-num") && retry_reason == Some("http_timeout") {
        tracing::debug!("skipped an event Slack sent again after a slow acknowledgement");
        return StatusCode::OK.into_response();
    }
    match event {
        SlackPushEvent::UrlVerification(check) => {
            Json(serde_json::json!({ "challenge": check.challenge })).into_response()
        }
        SlackPushEvent::EventCallback(callback) => {
            handler.event(callback).await;
            StatusCode::OK.into_response()
        }
        SlackPushEvent::AppRateLimited(_) => {
            tracing::warn!("Slack is holding back events: the app went over its events rate limit");
            StatusCode::OK.into_response()
        }
    }
}
