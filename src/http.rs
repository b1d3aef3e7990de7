//! The HTTP server: health, readiness and metrics for operators, and the routes platforms mount
//! (Discord interactions, Slack events). Bodies are limited in size and requests in time.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use tokio::net::TcpListener;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;

use crate::bot::Bot;
use crate::platform::Readiness;

/// What the operator routes read.
#[derive(Clone, Debug)]
pub struct AppState {
    pub bot: Arc<Bot>,
    pub readiness: Arc<Readiness>,
}

/// Limits on every request.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_body_bytes: usize,
    pub timeout: Duration,
}

/// The whole HTTP surface: operator routes plus the platform routes given.
pub fn router(state: AppState, platform_routes: Router, limits: Limits) -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .with_state(state)
        .merge(platform_routes)
        .layer(RequestBodyLimitLayer::new(limits.max_body_bytes))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, limits.timeout))
}

/// Alive: the process answers at all.
async fn healthz() -> &'static str {
    "ok\n"
}

/// Ready: the knowledge is loaded and every configured platform is connected.
async fn readyz(State(state): State<AppState>) -> (StatusCode, String) {
    let store = state.bot.knowledge().store();
    let waiting = state.readiness.waiting_for();
    if waiting.is_empty() {
        (StatusCode::OK, format!("ready: {}\n", store.summary()))
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, format!("not ready: waiting for {}\n", waiting.join(", ")))
    }
}

async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "application/openmetrics-text; version=1.0.0; charset=utf-8")],
        state.bot.metrics().encode(),
    )
}

/// Serves until `shutdown` resolves, then stops taking connections and finishes the requests
/// in progress.
pub async fn run(
    listener: TcpListener,
    app: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, app).with_graceful_shutdown(shutdown).await
}
