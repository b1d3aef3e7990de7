//! `serve::run` itself, on a port of its own, with fake platforms and the built-in knowledge:
//! readiness, platform routes, start-up failures and the graceful shutdown.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use axum::routing::get as route_get;
use axum::Router;
use rolecall::http::Limits;
use rolecall::knowledge::LiveStore;
use rolecall::platform::{Platform, PlatformError, Running, Services, Starting};
use rolecall::serve::{self, Listeners, ServeError, Settings};
use rolecall::Store;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::support::http::get;

const WAIT: Duration = Duration::from_secs(5);

/// A platform that connects when the test says so, or refuses to start.
struct FakePlatform {
    /// Resolves when the test lets the platform connect; `None` refuses the start.
    connect: Option<oneshot::Receiver<()>>,
    /// Set once the platform closed its connection on `services.stop`.
    closed: Arc<AtomicBool>,
}

impl Platform for FakePlatform {
    fn name(&self) -> &'static str {
        "fake"
    }

    fn routes(&mut self, _: &Services) -> Result<Router, PlatformError> {
        Ok(Router::new().route("/fake", route_get(|| async { "fake route\n" })))
    }

    fn start(self: Box<Self>, services: Services) -> Starting {
        Box::pin(async move {
            let Some(connect) = self.connect else {
                return Err(PlatformError::Refused {
                    platform: "fake",
                    variable: "FAKE_TOKEN",
                    code: Some("invalid_auth".to_owned()),
                    fix: "paste the fake token again",
                });
            };
            let closed = self.closed;
            let running: Running = Box::pin(async move {
                tokio::select! {
                    _ = services.stop.cancelled() => {}
                    _ = connect => {
                        services.readiness.set("fake", true);
                        services.stop.cancelled().await;
                    }
                }
                closed.store(true, Ordering::SeqCst);
                Ok(())
            });
            Ok(running)
        })
    }
}

fn settings() -> Settings {
    Settings {
        cooldown: Duration::ZERO,
        reload_every: None,
        shutdown_grace: Duration::from_secs(1),
        limits: Limits { max_body_bytes: 16 * 1024, timeout: WAIT, ..Limits::default() },
        keep: None,
    }
}

/// `serve::run` in a task, on 127.0.0.1:0, until `shutdown` resolves.
async fn serve(
    platforms: Vec<Box<dyn Platform>>,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> (SocketAddr, JoinHandle<Result<(), ServeError>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let knowledge = Arc::new(LiveStore::fixed(Store::embedded().unwrap()));
    (addr, tokio::spawn(serve::run(listener, knowledge, platforms, settings(), shutdown)))
}

#[tokio::test]
async fn serve_is_ready_once_its_platforms_connect_and_returns_ok_on_shutdown() {
    let (connect, connected) = oneshot::channel();
    let (shutdown, shutdown_requested) = oneshot::channel::<()>();
    let closed = Arc::new(AtomicBool::new(false));
    let fake = FakePlatform { connect: Some(connected), closed: closed.clone() };
    let (addr, served) = serve(vec![Box::new(fake)], async move {
        let _ = shutdown_requested.await;
    })
    .await;

    assert_eq!(get(addr, "/healthz").await.status, 200);
    let waiting = get(addr, "/readyz").await;
    assert_eq!(waiting.status, 503, "{}", waiting.body);
    assert!(waiting.body.contains("waiting for fake"), "{}", waiting.body);
    assert_eq!(get(addr, "/fake").await.body, "fake route\n", "the platform's routes are served");

    connect.send(()).unwrap();
    let mut ready = waiting;
    for _ in 0..200 {
        ready = get(addr, "/readyz").await;
        if ready.status == 200 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert_eq!(ready.status, 200, "{}", ready.body);
    assert!(ready.body.contains("26 roles"), "ready means the knowledge is loaded: {}", ready.body);

    shutdown.send(()).unwrap();
    let result = tokio::time::timeout(WAIT, served).await.expect("run returns after shutdown").unwrap();
    assert!(result.is_ok(), "{result:?}");
    assert!(closed.load(Ordering::SeqCst), "the platform was told to stop");
}

#[tokio::test]
async fn a_platform_that_cannot_start_makes_serve_fail_naming_it() {
    let fake = FakePlatform { connect: None, closed: Arc::new(AtomicBool::new(false)) };
    let (_, served) = serve(vec![Box::new(fake)], std::future::pending()).await;
    let err = tokio::time::timeout(WAIT, served)
        .await
        .expect("run returns without a shutdown signal")
        .unwrap()
        .expect_err("a platform that cannot start fails serve");
    assert!(matches!(&err, ServeError::Start(e) if e.platform() == "fake"), "{err:?}");
    let message = err.to_string();
    assert!(message.contains("fake refused FAKE_TOKEN (invalid_auth): paste the fake token again"), "{message}");
}

#[tokio::test]
async fn with_a_metrics_address_operator_routes_leave_the_public_one() {
    let public = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let operator = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let (public_addr, operator_addr) = (public.local_addr().unwrap(), operator.local_addr().unwrap());
    let (_connect, connected) = oneshot::channel();
    let fake = FakePlatform { connect: Some(connected), closed: Arc::new(AtomicBool::new(false)) };
    let knowledge = Arc::new(LiveStore::fixed(Store::embedded().unwrap()));
    let listeners = Listeners { http: public, metrics: Some(operator) };
    let (shutdown, shutdown_requested) = oneshot::channel::<()>();
    let served = tokio::spawn(serve::run(listeners, knowledge, vec![Box::new(fake)], settings(), async move {
        let _ = shutdown_requested.await;
    }));

    let status = |addr, path| async move { get(addr, path).await.status };
    assert_eq!(status(public_addr, "/fake").await, 200, "platform routes stay on the public address");
    assert_eq!(status(public_addr, "/healthz").await, 200, "the health check still finds the public address");
    assert_eq!(status(public_addr, "/metrics").await, 404, "metrics are not public");
    assert_eq!(status(public_addr, "/readyz").await, 404, "readiness is not public");

    let metrics = get(operator_addr, "/metrics").await;
    assert_eq!(metrics.status, 200);
    assert!(metrics.body.contains("rolecall_answer_seconds_count 0"), "{}", metrics.body);
    let waiting = get(operator_addr, "/readyz").await;
    assert_eq!(waiting.status, 503, "{}", waiting.body);
    assert!(waiting.body.contains("waiting for fake"), "{}", waiting.body);
    assert_eq!(status(operator_addr, "/healthz").await, 200);
    assert_eq!(status(operator_addr, "/fake").await, 404, "platform routes are not on the operator address");

    shutdown.send(()).unwrap();
    let result = tokio::time::timeout(WAIT, served).await.expect("run returns after shutdown").unwrap();
    assert!(result.is_ok(), "{result:?}");
}
