//! The HTTP server: health, readiness and metrics for operators, and the routes platforms mount
//! (Discord interactions, Slack events). Bodies are limited in size and requests in time;
//! connections are limited in number, and one that sends no complete request head in time, or
//! stays idle between requests too long, is closed.
//!
//! The operator routes are served with the platform routes on one address, or, when the
//! operator gives them an address of their own, apart from them ([`public_router`] and
//! [`operator_router`]).

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Query, State};
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
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

/// Limits on every connection and request.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest request body accepted; larger ones get 413.
    pub max_body_bytes: usize,
    /// Longest a request may take once its head is read; slower ones get 408.
    pub timeout: Duration,
    /// Longest the server waits for a request head, from when it starts waiting for one: on a
    /// new connection, and on a kept-alive one after each response. A client that sends a
    /// partial head, or nothing, is disconnected then.
    pub header_timeout: Duration,
    /// Most connections open at once on one address; more wait in the listen queue until one
    /// closes.
    pub max_connections: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_body_bytes: 64 * 1024,
            timeout: Duration::from_secs(10),
            header_timeout: Duration::from_secs(10),
            max_connections: 256,
        }
    }
}

/// The whole HTTP surface on one address: operator routes, the role map, and the platform
/// routes given.
pub fn router(state: AppState, platform_routes: Router, limits: Limits) -> Router {
    let pictures = picture_routes(state.bot.clone());
    limited(operator_routes(state).merge(pictures).merge(platform_routes), limits)
}

/// The public surface when the operator routes have an address of their own: the platform
/// routes and `/healthz` (for the container's health check and load balancers), but neither
/// `/readyz` nor `/metrics`.
pub fn public_router(bot: Arc<Bot>, platform_routes: Router, limits: Limits) -> Router {
    let public = Router::new().route("/healthz", get(healthz)).merge(picture_routes(bot));
    limited(public.merge(platform_routes), limits)
}

/// `GET /map.png`: the role map, plain, with `?role=ID` drawn over it, or with the route
/// `?from=ID&to=ID`; Slack shows it in an image block when the operator gives a public URL.
fn picture_routes(bot: Arc<Bot>) -> Router {
    Router::new().route("/map.png", get(map_png)).with_state(bot)
}

/// What `/map.png` is asked to draw.
#[derive(Debug, serde::Deserialize)]
struct MapQuery {
    role: Option<String>,
    from: Option<String>,
    to: Option<String>,
}

async fn map_png(State(bot): State<Arc<Bot>>, Query(query): Query<MapQuery>) -> axum::response::Response {
    use crate::map::Highlight;
    let drawn = bot.map(|store| {
        let find = |id: &Option<String>| id.as_deref().map(|id| store.find(id).ok_or(id.to_owned())).transpose();
        Ok::<_, String>(match (find(&query.role)?, find(&query.from)?, find(&query.to)?) {
            (Some(role), _, _) | (None, None, Some(role)) => Highlight::Role(role),
            (None, Some(from), Some(to)) => Highlight::Route(crate::map::route(store, from, to)),
            (None, Some(from), None) => Highlight::Role(from),
            (None, None, None) => Highlight::None,
        })
    });
    match drawn {
        Ok(png) => {
            let headers = [(header::CONTENT_TYPE, "image/png"), (header::CACHE_CONTROL, "public, max-age=300")];
            (headers, png.to_vec()).into_response()
        }
        Err(crate::map::Drawing::Unknown(id)) => (StatusCode::NOT_FOUND, format!("no role {id:?}\n")).into_response(),
        Err(crate::map::Drawing::Failed(err)) => {
            tracing::warn!(%err, "the role map could not be drawn");
            (StatusCode::INTERNAL_SERVER_ERROR, "the map could not be drawn\n").into_response()
        }
    }
}

/// The operator surface on an address of its own: `/healthz`, `/readyz` and `/metrics`.
pub fn operator_router(state: AppState, limits: Limits) -> Router {
    limited(operator_routes(state), limits)
}

fn operator_routes(state: AppState) -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .with_state(state)
}

fn limited(routes: Router, limits: Limits) -> Router {
    routes
        .layer(RequestBodyLimitLayer::new(limits.max_body_bytes))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, limits.timeout))
}

/// Alive: the process answers at all.
async fn healthz() -> &'static str {
    "ok\n"
}

/// Ready: the knowledge is loaded and every configured platform is connected. The database is
/// named on a line of its own; one that does not answer does not make the bot unready, as
/// answers do not wait for it, but the line says why it is down.
async fn readyz(State(state): State<AppState>) -> (StatusCode, String) {
    let store = state.bot.knowledge().store();
    let waiting = state.readiness.waiting_for();
    let database = match state.bot.database() {
        None => String::new(),
        Some((shown, None)) => format!("database: up ({shown})\n"),
        Some((shown, Some(problem))) => {
            format!("database: down ({shown}: {problem}); answers go on, and records wait in memory to be written\n")
        }
    };
    if waiting.is_empty() {
        (StatusCode::OK, format!("ready: {}\n{database}", store.summary()))
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, format!("not ready: waiting for {}\n{database}", waiting.join(", ")))
    }
}

async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "application/openmetrics-text; version=1.0.0; charset=utf-8")],
        state.bot.metrics().encode(),
    )
}

/// Serves `app` on `listener` until `shutdown` resolves, then stops taking connections and
/// finishes the requests in progress.
///
/// At most `limits.max_connections` connections are open at once: the next one is accepted
/// when one closes, so a crowd of idle clients cannot use up the process's file descriptors.
/// hyper closes a connection that sends no complete request head within
/// `limits.header_timeout`, which also bounds how long a kept-alive connection may sit idle.
pub async fn run(
    listener: TcpListener,
    app: Router,
    limits: Limits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) {
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new()).header_read_timeout(limits.header_timeout).keep_alive(true);
    let service = TowerToHyperService::new(app);
    let open = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let graceful = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            _ = &mut shutdown => break,
            permit = open.clone().acquire_owned() => permit.expect("the semaphore is never closed"),
        };
        let accepted = tokio::select! {
            _ = &mut shutdown => break,
            accepted = listener.accept() => accepted,
        };
        let stream = match accepted {
            Ok((stream, _)) => stream,
            Err(err) => {
                // out of file descriptors, most likely: give connections time to close
                tracing::warn!(%err, "cannot accept a connection");
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        let connection = graceful.watch(http.serve_connection(TokioIo::new(stream), service.clone()));
        tokio::spawn(async move {
            if let Err(err) = connection.await {
                tracing::debug!(%err, "HTTP connection ended with an error");
            }
            drop(permit);
        });
    }
    drop(listener);
    graceful.shutdown().await;
}
