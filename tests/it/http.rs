//! The HTTP server: health, readiness, metrics, limits on requests and connections.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use rolecall::bot::{Bot, Origin};
use rolecall::http::{self, AppState, Limits};
use rolecall::knowledge::LiveStore;
use rolecall::metrics::Metrics;
use rolecall::platform::Readiness;
use rolecall::Store;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::support::http::{get, request};

/// Far longer than any wait below needs: a guard against hanging, not a measure.
const WAIT: Duration = Duration::from_secs(20);

async fn start(readiness: Arc<Readiness>) -> (SocketAddr, Arc<Bot>) {
    start_with(readiness, Limits { max_body_bytes: 1024, timeout: Duration::from_secs(5), ..Limits::default() }).await
}

async fn start_with(readiness: Arc<Readiness>, limits: Limits) -> (SocketAddr, Arc<Bot>) {
    let knowledge = Arc::new(LiveStore::fixed(Store::embedded().unwrap()));
    let bot = Arc::new(Bot::new(knowledge, Arc::new(Metrics::new()), Duration::from_secs(30)));
    let state = AppState { bot: bot.clone(), readiness };
    let app = http::router(state, Router::new(), limits);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(http::run(listener, app, limits, std::future::pending()));
    (addr, bot)
}

/// Limits with a short wait for request heads, and at most `max_connections` connections.
fn impatient(max_connections: usize) -> Limits {
    Limits { header_timeout: Duration::from_millis(300), max_connections, ..Limits::default() }
}

/// Reads until the server closes the connection; what it sent, or `None` if it kept the
/// connection open for [`WAIT`].
async fn until_closed(stream: &mut TcpStream) -> Option<String> {
    let mut raw = Vec::new();
    match tokio::time::timeout(WAIT, stream.read_to_end(&mut raw)).await {
        Ok(_) => Some(String::from_utf8_lossy(&raw).into_owned()),
        Err(_) => None,
    }
}

#[tokio::test]
async fn health_answers_while_the_process_lives() {
    let (addr, _) = start(Arc::new(Readiness::default())).await;
    let r = get(addr, "/healthz").await;
    assert_eq!((r.status, r.body.as_str()), (200, "ok\n"));
}

#[tokio::test]
async fn readiness_waits_for_every_configured_platform() {
    let readiness = Arc::new(Readiness::default());
    readiness.expect("discord");
    readiness.expect("slack");
    let (addr, _) = start(readiness.clone()).await;
    let r = get(addr, "/readyz").await;
    assert_eq!(r.status, 503);
    assert!(r.body.contains("discord") && r.body.contains("slack"), "{}", r.body);
    readiness.set("discord", true);
    let r = get(addr, "/readyz").await;
    assert_eq!(r.status, 503);
    assert!(!r.body.contains("discord"), "{}", r.body);
    readiness.set("slack", true);
    let r = get(addr, "/readyz").await;
    assert_eq!(r.status, 200);
    assert!(r.body.contains("26 roles"), "ready means the knowledge is loaded: {}", r.body);
}

#[tokio::test]
async fn metrics_parse_and_count_console_questions() {
    let (addr, bot) = start(Arc::new(Readiness::default())).await;
    bot.ask(Origin::new("console", "what is a product owner?"));
    bot.ask(Origin::new("console", "/compare pm po"));
    bot.ask(Origin::new("console", "anyone for lunch?"));
    let r = get(addr, "/metrics").await;
    assert_eq!(r.status, 200);
    assert!(r.headers.iter().any(|(k, v)| k == "content-type" && v.starts_with("application/openmetrics-text")));
    let mut samples = std::collections::HashMap::new();
    for line in r.body.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
        let (name, value) = line.rsplit_once(' ').unwrap_or_else(|| panic!("malformed sample line {line:?}"));
        let value: f64 = value.parse().unwrap_or_else(|_| panic!("value of {line:?} is not a number"));
        assert!(name.starts_with("rolecall_"), "{line}");
        samples.insert(name.to_owned(), value);
    }
    assert_eq!(samples[r#"rolecall_questions_total{intent="define",platform="console"}"#], 1.0);
    assert_eq!(samples[r#"rolecall_questions_total{intent="compare",platform="console"}"#], 1.0);
    assert_eq!(samples[r#"rolecall_unanswered_total{platform="console"}"#], 1.0);
    assert_eq!(samples[r#"rolecall_answers_total{role="product-owner"}"#], 2.0);
    assert_eq!(samples["rolecall_answer_seconds_count"], 3.0);
    assert!(r.body.trim_end().ends_with("# EOF"), "OpenMetrics text ends with # EOF");
}

#[tokio::test]
async fn oversized_bodies_are_refused_with_413() {
    let (addr, _) = start(Arc::new(Readiness::default())).await;
    let r = request(addr, "POST", "/healthz", &[("Content-Type", "application/json")], &vec![b'x'; 4096]).await;
    assert_eq!(r.status, 413);
}

#[tokio::test]
async fn reload_counters_are_listed_at_zero_before_any_reload() {
    let (addr, _) = start(Arc::new(Readiness::default())).await;
    let body = get(addr, "/metrics").await.body;
    for outcome in ["ok", "rejected"] {
        let line = format!(r#"rolecall_knowledge_reloads_total{{outcome="{outcome}"}} 0"#);
        assert!(body.lines().any(|l| l == line), "{line:?} missing from a fresh server's metrics:\n{body}");
    }
}

#[tokio::test]
async fn a_client_that_sends_half_a_request_line_is_disconnected() {
    let (addr, _) = start_with(Arc::new(Readiness::default()), impatient(16)).await;
    let mut slow = TcpStream::connect(addr).await.unwrap();
    slow.write_all(b"GET /heal").await.unwrap();
    let sent = until_closed(&mut slow).await.expect("the server closes a connection whose request head never ends");
    assert!(!sent.contains(" 200 "), "a half request is not answered as if whole: {sent:?}");
}

#[tokio::test]
async fn an_idle_kept_alive_connection_is_closed() {
    let (addr, _) = start_with(Arc::new(Readiness::default()), impatient(16)).await;
    let mut client = TcpStream::connect(addr).await.unwrap();
    client.write_all(format!("GET /healthz HTTP/1.1\r\nHost: {addr}\r\n\r\n").as_bytes()).await.unwrap();
    let sent = until_closed(&mut client).await.expect("the server closes a kept-alive connection left idle");
    assert!(sent.starts_with("HTTP/1.1 200 ") && sent.ends_with("ok\n"), "the request was answered first: {sent:?}");
}

#[tokio::test]
async fn health_checks_are_answered_while_idle_connections_crowd_the_server() {
    let (addr, _) = start_with(Arc::new(Readiness::default()), impatient(8)).await;
    let mut idle = Vec::new();
    for _ in 0..40 {
        idle.push(TcpStream::connect(addr).await.unwrap());
    }
    let health = tokio::time::timeout(WAIT, get(addr, "/healthz")).await.expect("/healthz is answered");
    assert_eq!((health.status, health.body.as_str()), (200, "ok\n"));
    for stream in &mut idle {
        assert!(until_closed(stream).await.is_some(), "every idle connection is closed in the end");
    }
}

#[tokio::test]
async fn a_connection_beyond_the_limit_waits_until_one_closes() {
    let limits = Limits { max_connections: 2, ..Limits::default() };
    let (addr, _) = start_with(Arc::new(Readiness::default()), limits).await;
    let first = TcpStream::connect(addr).await.unwrap();
    let second = TcpStream::connect(addr).await.unwrap();
    let third = tokio::spawn(get(addr, "/healthz"));
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(!third.is_finished(), "a third connection is not served while two are open");
    drop((first, second));
    let health = tokio::time::timeout(WAIT, third).await.expect("served once the others close").unwrap();
    assert_eq!(health.status, 200);
}

#[tokio::test]
async fn the_role_map_is_served_plain_with_a_role_or_with_a_route() {
    let (addr, _) = start(Arc::new(Readiness::default())).await;
    let header = |r: &crate::support::http::Response, name: &str| {
        r.headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default()
    };
    let plain = get(addr, "/map.png").await;
    assert_eq!((plain.status, header(&plain, "content-type").as_str()), (200, "image/png"));
    assert!(plain.body.contains("PNG"), "a PNG signature");
    let role = get(addr, "/map.png?role=product-owner").await;
    let route = get(addr, "/map.png?from=associate-product-manager&to=group-product-manager").await;
    for drawn in [&role, &route] {
        assert_eq!(drawn.status, 200);
        assert_ne!(header(drawn, "content-length"), header(&plain, "content-length"), "something is drawn over it");
    }
    let again = get(addr, "/map.png?role=product-owner").await;
    assert_eq!(header(&again, "content-length"), header(&role, "content-length"));
    let unknown = get(addr, "/map.png?role=unicorn-wrangler").await;
    assert_eq!((unknown.status, unknown.body.as_str()), (404, "no role \"unicorn-wrangler\"\n"));
}
