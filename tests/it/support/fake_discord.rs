//! A fake Discord on 127.0.0.1: the REST routes the bot calls and a gateway speaking the real
//! protocol (HELLO, IDENTIFY, READY, heartbeats, RESUME, dispatches), written for these tests.
//! It records every REST call so tests can assert on what the bot sent.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio::net::TcpListener;
use tokio::sync::{mpsc, Notify};
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::Message as Ws;

/// A token of a bot token's shape (`rolecall serve` checks it): its first part is `BOT_ID`.
pub const TOKEN: &str = "MTAwMA.GZ2vYw.fake-bot-token";
pub const BOT_ID: u64 = 1000;
pub const APP_ID: u64 = 2000;
pub const GUILD_ID: u64 = 7000;

/// One REST call the bot made.
#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    pub path: String,
    pub body: Value,
    /// When it arrived.
    pub at: std::time::Instant,
}

enum ToGateway {
    Dispatch(String, Value),
    Drop,
}

#[derive(Default)]
struct Shared {
    gateway_url: Mutex<String>,
    calls: Mutex<Vec<Call>>,
    changed: Notify,
    /// How many of the next reply POSTs are answered 429.
    rate_limits: AtomicU32,
    connection: Mutex<Option<mpsc::UnboundedSender<ToGateway>>>,
    identifies: AtomicU32,
    resumes: AtomicU32,
    /// Close code to answer IDENTIFY with instead of READY (4004 bad token, 4014 intents).
    refuse_identify: Mutex<Option<u16>>,
    sequence: AtomicU64,
    ids: AtomicU64,
}

/// The fake, running until dropped with the test's runtime.
#[derive(Clone)]
pub struct FakeDiscord {
    pub rest: SocketAddr,
    shared: Arc<Shared>,
}

pub fn user(id: u64, name: &str, bot: bool) -> Value {
    json!({"id": id.to_string(), "username": name, "discriminator": "0", "global_name": null, "avatar": null, "bot": bot})
}

impl FakeDiscord {
    pub async fn start() -> FakeDiscord {
        let shared = Arc::new(Shared::default());
        let gateway = TcpListener::bind("127.0.0.1:0").await.unwrap();
        *shared.gateway_url.lock().unwrap() = format!("ws://{}", gateway.local_addr().unwrap());
        tokio::spawn(run_gateway(gateway, shared.clone()));
        let app = Router::new()
            .route("/api/v10/users/@me", get(current_user))
            .route("/api/v10/gateway", get(gateway_url))
            .route("/api/v10/applications/{app}/commands", put(register))
            .route("/api/v10/applications/{app}/guilds/{guild}/commands", put(register))
            .route("/api/v10/interactions/{id}/{token}/callback", post(reply))
            .route("/api/v10/channels/{channel}/messages", post(reply))
            .fallback(unknown)
            .with_state(shared.clone());
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let rest = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await });
        FakeDiscord { rest, shared }
    }

    /// Starts `rolecall serve` (the binary at `exe`) connected to this fake, with only Discord
    /// configured and its HTTP server on a free port.
    pub fn spawn_serve(&self, exe: &str) -> tokio::process::Child {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        tokio::process::Command::new(exe)
            .arg("serve")
            .env("DISCORD_TOKEN", TOKEN)
            .env("DISCORD_API_URL", self.api_url())
            .env("DISCORD_GUILD_ID", GUILD_ID.to_string())
            .env("ROLECALL_HTTP_ADDR", format!("127.0.0.1:{port}"))
            .env(
                "ROLECALL_DATABASE_URL",
                format!("sqlite:{}", std::env::temp_dir().join(format!("rolecall-serve-{port}/r.sqlite")).display()),
            )
            .env("RUST_LOG", "warn")
            .env_remove("SLACK_BOT_TOKEN")
            .env_remove("DISCORD_PUBLIC_KEY")
            .kill_on_drop(true)
            .spawn()
            .expect("rolecall runs")
    }

    /// The value for `DISCORD_API_URL`.
    pub fn api_url(&self) -> String {
        format!("http://{}", self.rest)
    }

    /// Answers the next `n` reply POSTs with 429 and a `retry_after`.
    pub fn rate_limit_next(&self, n: u32) {
        self.shared.rate_limits.store(n, Ordering::SeqCst);
    }

    /// Closes the gateway with this code when the bot identifies.
    pub fn refuse_identify(&self, code: u16) {
        *self.shared.refuse_identify.lock().unwrap() = Some(code);
    }

    pub fn identifies(&self) -> u32 {
        self.shared.identifies.load(Ordering::SeqCst)
    }

    pub fn resumes(&self) -> u32 {
        self.shared.resumes.load(Ordering::SeqCst)
    }

    /// Every REST call so far.
    pub fn calls(&self) -> Vec<Call> {
        self.shared.calls.lock().unwrap().clone()
    }

    /// Waits until a call matching `pred` has arrived, or `timeout` passed.
    pub async fn wait_for(&self, timeout: Duration, pred: impl Fn(&Call) -> bool) -> Option<Call> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let changed = self.shared.changed.notified();
            if let Some(call) = self.shared.calls.lock().unwrap().iter().rev().find(|c| pred(c)) {
                return Some(call.clone());
            }
            if tokio::time::timeout_at(deadline, changed).await.is_err() {
                return None;
            }
        }
    }

    /// Waits until a bot is connected and has been sent READY.
    pub async fn wait_connected(&self, timeout: Duration) -> bool {
        let deadline = tokio::time::Instant::now() + timeout;
        while tokio::time::Instant::now() < deadline {
            if self.shared.connection.lock().unwrap().is_some() && self.identifies() + self.resumes() > 0 {
                return true;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        false
    }

    /// Sends a dispatch event to the connected bot.
    pub fn dispatch(&self, name: &str, data: Value) {
        let connection = self.shared.connection.lock().unwrap();
        let sender = connection.as_ref().expect("a bot is connected");
        sender.send(ToGateway::Dispatch(name.to_owned(), data)).expect("the connection is open");
    }

    /// Drops the gateway connection as a network failure would.
    pub fn drop_connection(&self) {
        if let Some(sender) = self.shared.connection.lock().unwrap().take() {
            let _ = sender.send(ToGateway::Drop);
        }
    }

    fn next_id(&self) -> u64 {
        9_000_000 + self.shared.ids.fetch_add(1, Ordering::SeqCst)
    }

    /// A MESSAGE_CREATE payload; `guild` is `None` for a DM.
    pub fn message(
        &self,
        channel: u64,
        guild: Option<u64>,
        author: Value,
        content: &str,
        mentions: Vec<Value>,
    ) -> Value {
        let mut message = json!({
            "id": self.next_id().to_string(),
            "channel_id": channel.to_string(),
            "author": author,
            "content": content,
            "timestamp": "2026-11-22T10:00:00.000000+00:00",
            "edited_timestamp": null,
            "tts": false,
            "mention_everyone": content.contains("@everyone"),
            "mentions": mentions,
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "pinned": false,
            "type": 0,
        });
        if let Some(guild) = guild {
            message["guild_id"] = json!(guild.to_string());
        }
        message
    }

    fn interaction(&self, kind: u8, data: Value) -> Value {
        let id = self.next_id();
        json!({
            "id": id.to_string(),
            "application_id": APP_ID.to_string(),
            "type": kind,
            "data": data,
            "guild_id": GUILD_ID.to_string(),
            "channel_id": "8000",
            "user": user(3000, "alice", false),
            "token": format!("token-{id}"),
            "version": 1,
            "app_permissions": "0",
            "locale": "en-US",
            "guild_locale": "en-US",
            "entitlements": [],
            "authorizing_integration_owners": {},
            "context": 0,
            "attachment_size_limit": 8_388_608,
        })
    }

    /// An application command interaction (type 2) with these options.
    pub fn command(&self, name: &str, options: Value) -> Value {
        self.interaction(2, json!({"id": "6000", "name": name, "type": 1, "options": options}))
    }

    /// An application command interaction run by a member of the guild with these permissions
    /// (a decimal bit set, as Discord sends them: "32" is Manage Server).
    pub fn command_by_member(&self, name: &str, options: Value, permissions: &str) -> Value {
        let mut interaction = self.command(name, options);
        let user = interaction["user"].take();
        interaction.as_object_mut().unwrap().remove("user");
        interaction["member"] = json!({
            "user": user, "roles": [], "joined_at": "2024-01-01T00:00:00.000000+00:00", "deaf": false,
            "mute": false, "flags": 0, "pending": false, "permissions": permissions,
        });
        interaction
    }

    /// An autocomplete interaction (type 4) with the focused option.
    pub fn autocomplete(&self, name: &str, option: &str, typed: &str) -> Value {
        let options = json!([{"name": option, "type": 3, "value": typed, "focused": true}]);
        self.interaction(4, json!({"id": "6000", "name": name, "type": 1, "options": options}))
    }

    /// A button press (type 3) on a message the bot sent.
    pub fn button(&self, custom_id: &str) -> Value {
        let mut message = self.message(8000, Some(GUILD_ID), user(BOT_ID, "rolecall", true), "", vec![]);
        message["flags"] = json!(0);
        let mut interaction = self.interaction(3, json!({"custom_id": custom_id, "component_type": 2}));
        interaction["message"] = message;
        interaction
    }
}

async fn record(shared: &Shared, method: &Method, uri: &Uri, body: Value) {
    let call = Call { method: method.to_string(), path: uri.path().to_owned(), body, at: std::time::Instant::now() };
    shared.calls.lock().unwrap().push(call);
    shared.changed.notify_waiters();
}

fn authorized(headers: &HeaderMap) -> bool {
    headers.get("authorization").and_then(|v| v.to_str().ok()) == Some(&format!("Bot {TOKEN}"))
}

async fn current_user(headers: HeaderMap) -> Response {
    if !authorized(&headers) {
        return (StatusCode::UNAUTHORIZED, Json(json!({"message": "401: Unauthorized", "code": 0}))).into_response();
    }
    Json(user(BOT_ID, "rolecall", true)).into_response()
}

async fn gateway_url(State(shared): State<Arc<Shared>>) -> Json<Value> {
    Json(json!({"url": shared.gateway_url.lock().unwrap().clone()}))
}

async fn register(State(shared): State<Arc<Shared>>, method: Method, uri: Uri, Json(body): Json<Value>) -> Json<Value> {
    record(&shared, &method, &uri, body.clone()).await;
    let commands: Vec<Value> = body
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .enumerate()
        .map(|(i, mut c)| {
            c["id"] = json!((6000 + i).to_string());
            c["application_id"] = json!(APP_ID.to_string());
            c["version"] = json!("1");
            c["type"] = json!(1);
            c["default_member_permissions"] = json!(null);
            c
        })
        .collect();
    Json(Value::Array(commands))
}

/// Where `needle` starts in `hay`, from `from` on.
fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|at| at + from)
}

/// A request body as Discord reads it: JSON, or multipart form data with the JSON in its
/// `payload_json` part and files beside it, listed under `_files` (name, size, whether PNG).
fn read_body(headers: &HeaderMap, bytes: &[u8]) -> Value {
    let kind = headers.get("content-type").and_then(|v| v.to_str().ok()).unwrap_or_default();
    let Some(boundary) = kind.split("boundary=").nth(1).map(|b| b.trim_matches('"')) else {
        return serde_json::from_slice(bytes).unwrap_or(Value::Null);
    };
    let marker = format!("--{boundary}");
    let mut payload = json!({});
    let mut files = Vec::new();
    let mut at = 0;
    while let Some(start) = find(bytes, marker.as_bytes(), at) {
        let part_start = start + marker.len();
        let end = find(bytes, marker.as_bytes(), part_start).unwrap_or(bytes.len());
        let part = &bytes[part_start..end];
        if let Some(split) = find(part, b"\r\n\r\n", 0) {
            let head = String::from_utf8_lossy(&part[..split]).to_string();
            let body = part[split + 4..].strip_suffix(b"\r\n").unwrap_or(&part[split + 4..]);
            let field = |key: &str| {
                head.split(&format!("{key}=\"")).nth(1).and_then(|v| v.split('"').next()).map(str::to_owned)
            };
            match (field("name").as_deref(), field("filename")) {
                (Some("payload_json"), _) => payload = serde_json::from_slice(body).unwrap_or(Value::Null),
                (_, Some(filename)) => {
                    files.push(json!({"name": filename, "size": body.len(), "png": body.starts_with(b"\x89PNG")}))
                }
                _ => {}
            }
        }
        at = end;
    }
    payload["_files"] = Value::Array(files);
    payload
}

async fn reply(
    State(shared): State<Arc<Shared>>,
    method: Method,
    uri: Uri,
    Path(_): Path<Vec<String>>,
    headers: HeaderMap,
    bytes: axum::body::Bytes,
) -> Response {
    let body = read_body(&headers, &bytes);
    let limited = shared.rate_limits.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1)).is_ok();
    record(&shared, &method, &uri, body.clone()).await;
    if limited {
        let limit = json!({"message": "You are being rate limited.", "retry_after": 0.2, "global": false});
        return (StatusCode::TOO_MANY_REQUESTS, [("retry-after", "1")], Json(limit)).into_response();
    }
    if uri.path().ends_with("/callback") {
        return StatusCode::NO_CONTENT.into_response();
    }
    let channel = uri.path().split('/').nth(4).unwrap_or("0").to_owned();
    let mut message = json!({
        "id": "99", "channel_id": channel, "author": user(BOT_ID, "rolecall", true), "content": "",
        "timestamp": "2026-11-22T10:00:01.000000+00:00", "edited_timestamp": null, "tts": false,
        "mention_everyone": false, "mentions": [], "mention_roles": [], "attachments": [], "embeds": [],
        "pinned": false, "type": 19,
    });
    message["embeds"] = body.get("embeds").cloned().unwrap_or(json!([]));
    Json(message).into_response()
}

async fn unknown(method: Method, uri: Uri) -> Response {
    (StatusCode::NOT_FOUND, format!("the fake has no {method} {uri}")).into_response()
}

async fn run_gateway(listener: TcpListener, shared: Arc<Shared>) {
    while let Ok((stream, _)) = listener.accept().await {
        let shared = shared.clone();
        tokio::spawn(async move {
            if let Ok(ws) = tokio_tungstenite::accept_async(stream).await {
                connection(ws, shared).await;
            }
        });
    }
}

fn frame(value: Value) -> Ws {
    Ws::text(value.to_string())
}

async fn connection(ws: tokio_tungstenite::WebSocketStream<tokio::net::TcpStream>, shared: Arc<Shared>) {
    let (mut out, mut incoming) = ws.split();
    let (tx, mut rx) = mpsc::unbounded_channel();
    if out.send(frame(json!({"op": 10, "d": {"heartbeat_interval": 41250}}))).await.is_err() {
        return;
    }
    let next = |shared: &Shared| shared.sequence.fetch_add(1, Ordering::SeqCst) + 1;
    loop {
        tokio::select! {
            command = rx.recv() => match command {
                Some(ToGateway::Dispatch(name, data)) => {
                    let event = json!({"op": 0, "s": next(&shared), "t": name, "d": data});
                    if out.send(frame(event)).await.is_err() { return; }
                }
                Some(ToGateway::Drop) | None => {
                    let close = CloseFrame { code: CloseCode::from(4000), reason: "fake network failure".into() };
                    let _ = out.send(Ws::Close(Some(close))).await;
                    return;
                }
            },
            received = incoming.next() => {
                let Some(Ok(Ws::Text(text))) = received else { return };
                let Ok(payload) = serde_json::from_str::<Value>(&text) else { continue };
                match payload["op"].as_u64() {
                    Some(1) => { let _ = out.send(frame(json!({"op": 11}))).await; }
                    Some(2) => {
                        shared.identifies.fetch_add(1, Ordering::SeqCst);
                        let refuse = *shared.refuse_identify.lock().unwrap();
                        if let Some(code) = refuse {
                            let close = CloseFrame { code: CloseCode::from(code), reason: "refused".into() };
                            let _ = out.send(Ws::Close(Some(close))).await;
                            return;
                        }
                        let ready = json!({
                            "v": 10,
                            "user": user(BOT_ID, "rolecall", true),
                            "guilds": [],
                            "session_id": "session-1",
                            "resume_gateway_url": shared.gateway_url.lock().unwrap().clone(),
                            "shard": [0, 1],
                            "application": {"id": APP_ID.to_string(), "flags": 0},
                        });
                        let event = json!({"op": 0, "s": next(&shared), "t": "READY", "d": ready});
                        if out.send(frame(event)).await.is_err() { return; }
                        *shared.connection.lock().unwrap() = Some(tx.clone());
                    }
                    Some(6) => {
                        shared.resumes.fetch_add(1, Ordering::SeqCst);
                        let event = json!({"op": 0, "s": next(&shared), "t": "RESUMED", "d": {}});
                        if out.send(frame(event)).await.is_err() { return; }
                        *shared.connection.lock().unwrap() = Some(tx.clone());
                    }
                    _ => {}
                }
            }
        }
    }
}
