//! The HTTP server: health, readiness, metrics, limits.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use rolecall::bot::Bot;
use rolecall::http::{self, AppState, Limits};
use rolecall::knowledge::LiveStore;
use rolecall::metrics::Metrics;
use rolecall::platform::Readiness;
use rolecall::Store;

use crate::support::http::{get, request};

async fn start(readiness: Arc<Readiness>) -> (SocketAddr, Arc<Bot>) {
    let knowledge = Arc::new(LiveStore::fixed(Store::embedded().unwrap()));
    let bot = Arc::new(Bot::new(knowledge, Arc::new(Metrics::new()), Duration::from_secs(30)));
    let state = AppState { bot: bot.clone(), readiness };
    let limits = Limits { max_body_bytes: 1024, timeout: Duration::from_secs(5) };
    let app = http::router(state, Router::new(), limits);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(http::run(listener, app, std::future::pending()));
    (addr, bot)
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
    bot.ask("console", "what is a product owner?");
    bot.ask("console", "/compare pm po");
    bot.ask("console", "anyone for lunch?");
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
