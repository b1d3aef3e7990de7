//! The databases the tests keep records in: a SQLite file of their own, and a PostgreSQL
//! database of their own on the server at `ROLECALL_TEST_POSTGRES_URL` (default: the local
//! server, user postgres, database test). Where that server cannot be reached, the PostgreSQL
//! half of a test is skipped with a note, except under CI (`CI` set), where it fails.
//!
//! Also: a bot kept the way `serve` keeps it, and a TCP proxy that can stop and resume, to
//! take a database away from a running bot.

#![allow(dead_code)]

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rolecall::bot::Bot;
use rolecall::knowledge::LiveStore;
use rolecall::metrics::Metrics;
use rolecall::serve::{Keep, Settings};
use rolecall::Store;
use sqlx::Connection;
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

/// The server the PostgreSQL tests use, with a database to connect to for creating others.
pub fn postgres_admin_url() -> String {
    std::env::var("ROLECALL_TEST_POSTGRES_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned())
}

/// A database for one test.
#[derive(Debug, Clone)]
pub struct TestDb {
    /// `sqlite` or `postgres`, for messages.
    pub backend: &'static str,
    pub url: String,
    /// The PostgreSQL server's host and port, to proxy.
    pub server: Option<SocketAddr>,
    /// The PostgreSQL database's name, to build other URLs to it.
    pub name: String,
}

static NEXT: AtomicU32 = AtomicU32::new(0);

/// A SQLite file in a folder of its own (the folder is created by the bot).
pub fn sqlite() -> TestDb {
    let n = NEXT.fetch_add(1, Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("rolecall-db-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let file = dir.join("kept/rolecall.sqlite");
    TestDb { backend: "sqlite", url: format!("sqlite:{}", file.display()), server: None, name: String::new() }
}

/// A fresh PostgreSQL database; `None` (with a note) when no server answers outside CI.
pub async fn postgres() -> Option<TestDb> {
    let admin_url = postgres_admin_url();
    let mut admin = match sqlx::postgres::PgConnection::connect(&admin_url).await {
        Ok(admin) => admin,
        Err(err) if std::env::var_os("CI").is_some() => {
            panic!("CI needs PostgreSQL at {admin_url} (ROLECALL_TEST_POSTGRES_URL): {err}")
        }
        Err(err) => {
            eprintln!("skipping the PostgreSQL half: no server at {admin_url} ({err})");
            return None;
        }
    };
    let prefix = "rolecall_t_";
    let own = format!("{prefix}{}_", std::process::id());
    // databases earlier test runs left behind
    let old: Vec<(String,)> = sqlx::query_as("SELECT datname FROM pg_database WHERE datname LIKE 'rolecall_t_%'")
        .fetch_all(&mut admin)
        .await
        .unwrap_or_default();
    for (name,) in old.into_iter().filter(|(name,)| !name.starts_with(&own)) {
        let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&mut admin).await;
    }
    let name = format!("{own}{}", NEXT.fetch_add(1, Ordering::SeqCst));
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut admin).await.expect("a test database");
    let mut url = url::Url::parse(&admin_url).expect("ROLECALL_TEST_POSTGRES_URL is a URL");
    url.set_path(&format!("/{name}"));
    let host = url.host_str().unwrap_or("127.0.0.1").replace("localhost", "127.0.0.1");
    let server = format!("{host}:{}", url.port().unwrap_or(5432)).parse().ok();
    Some(TestDb { backend: "postgres", url: url.to_string(), server, name })
}

impl TestDb {
    /// The same database reached through `addr` (a proxy) instead.
    pub fn via(&self, addr: SocketAddr) -> String {
        let mut url = url::Url::parse(&self.url).unwrap();
        url.set_host(Some(&addr.ip().to_string())).unwrap();
        url.set_port(Some(addr.port())).unwrap();
        url.to_string()
    }
}

/// SQLite, and PostgreSQL where it can be reached.
pub async fn backends() -> Vec<TestDb> {
    let mut all = vec![sqlite()];
    all.extend(postgres().await);
    all
}

/// A bot keeping records in `url` the way `serve` keeps them, with its writer.
pub struct Kept {
    pub bot: Arc<Bot>,
    pub metrics: Arc<Metrics>,
    stop: CancellationToken,
    writer: Option<JoinHandle<()>>,
}

/// Settings that keep records in `url`, with a cooldown of `cooldown`.
pub fn keeping_settings(url: &str, cooldown: Duration) -> Settings {
    Settings {
        cooldown,
        reload_every: None,
        shutdown_grace: Duration::from_secs(1),
        limits: Default::default(),
        keep: Some(Keep {
            database_url: url.to_owned(),
            retention: Duration::from_secs(90 * 86_400),
            keep_direct_text: false,
        }),
    }
}

impl Kept {
    /// A bot on the built-in store keeping records in `url`; it waits until the database is up.
    pub async fn start(url: &str, cooldown: Duration) -> Kept {
        let kept = Kept::start_unchecked(url, cooldown);
        kept.until_up(Duration::from_secs(5)).await;
        kept
    }

    /// The bot, without waiting for its database.
    pub fn start_unchecked(url: &str, cooldown: Duration) -> Kept {
        let knowledge = Arc::new(LiveStore::fixed(Store::embedded().unwrap()));
        let metrics = Arc::new(Metrics::new());
        let stop = CancellationToken::new();
        let (bot, writer) =
            rolecall::serve::bot(knowledge, metrics.clone(), &keeping_settings(url, cooldown), stop.clone())
                .expect("a usable database URL");
        Kept { bot: Arc::new(bot), metrics, stop, writer }
    }

    /// Waits until the bot says its database answers.
    pub async fn until_up(&self, within: Duration) {
        let until = std::time::Instant::now() + within;
        while std::time::Instant::now() < until {
            if self.bot.database().is_some_and(|(_, problem)| problem.is_none()) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!("the database never came up: {:?}", self.bot.database());
    }

    /// Stops the writer, which writes what is waiting first.
    pub async fn stop(mut self) {
        self.stop.cancel();
        if let Some(writer) = self.writer.take() {
            tokio::time::timeout(Duration::from_secs(10), writer).await.expect("the writer stops").unwrap();
        }
    }
}

/// A TCP proxy on 127.0.0.1 to `target` that can stop (closing every connection and refusing
/// new ones, as a stopped server does) and resume on the same port.
pub struct Proxy {
    pub addr: SocketAddr,
    target: SocketAddr,
    tasks: Arc<Mutex<Vec<JoinHandle<()>>>>,
}

impl Proxy {
    pub async fn start(target: SocketAddr) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let proxy = Proxy { addr: listener.local_addr().unwrap(), target, tasks: Arc::default() };
        proxy.serve(listener);
        proxy
    }

    fn serve(&self, listener: TcpListener) {
        let (target, tasks) = (self.target, self.tasks.clone());
        let accepting = tokio::spawn(async move {
            while let Ok((mut client, _)) = listener.accept().await {
                let connection = tokio::spawn(async move {
                    if let Ok(mut server) = TcpStream::connect(target).await {
                        let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                    }
                });
                tasks.lock().unwrap().push(connection);
            }
        });
        self.tasks.lock().unwrap().push(accepting);
    }

    /// Closes every connection and stops listening.
    pub fn stop(&self) {
        for task in self.tasks.lock().unwrap().drain(..) {
            task.abort();
        }
    }

    /// Listens again on the same port.
    pub async fn resume(&self) {
        for _ in 0..100 {
            if let Ok(listener) = TcpListener::bind(self.addr).await {
                self.serve(listener);
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("cannot listen on {} again", self.addr);
    }
}
