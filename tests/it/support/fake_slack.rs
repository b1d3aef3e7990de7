//! A fake Slack on 127.0.0.1 for the Slack adapter's tests and benchmark, speaking the real
//! protocols: the Web API methods the adapter calls (`auth.test`, `apps.connections.open`,
//! `users.info`, `chat.postMessage`, with a 429 and `Retry-After` on demand), response URLs, and a Socket Mode
//! WebSocket that says hello, sends envelopes with `envelope_id` and `accepts_response_payload`,
//! reads their acks and can send `disconnect`.

// the benchmark includes this file too, and uses only part of it
#![allow(dead_code)]

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{any, post};
use axum::{Json, Router};
use futures_util::{SinkExt, StreamExt};
use rolecall::config::{Secret, SlackConfig};
use serde_json::{json, Value};
use tokio::net::TcpListener;
use tokio::sync::{mpsc, watch};
use tokio_tungstenite::tungstenite::Message as Frame;

/// The bot's user id, as `auth.test` tells it.
pub const BOT_USER: &str = "UROLECALL";
/// The channel commands run in.
pub const CHANNEL: &str = "CGENERAL";
/// The user who asks.
pub const USER: &str = "UASKER";
/// A workspace admin, as `users.info` tells it.
pub const ADMIN: &str = "UADMIN";

/// How long the fake waits for the adapter before the test fails.
const PATIENCE: Duration = Duration::from_secs(5);

/// What the adapter did to the fake.
#[derive(Default)]
pub struct Record {
    /// Bodies of accepted `chat.postMessage` calls, with when they arrived.
    pub posts: Vec<(Value, Instant)>,
    /// When `chat.postMessage` calls were answered with 429.
    pub rate_limited: Vec<Instant>,
    /// Bodies posted to response URLs.
    pub responses: Vec<Value>,
    /// Acks by envelope id, with when they arrived.
    pub acks: HashMap<String, (Value, Instant)>,
    /// Socket Mode connections greeted with hello.
    pub connections: usize,
    /// Socket Mode connections that ended.
    pub closed: usize,
    /// Files shared with `files.completeUploadExternal`: the file's name, size and whether it
    /// is a PNG, from the first two steps, with the channel, thread and title it was shared in.
    pub uploads: Vec<Value>,
    /// Files asked for or sent but not yet shared, by file id.
    pub pending: HashMap<String, Value>,
}

struct Shared {
    record: Mutex<Record>,
    changed: watch::Sender<u64>,
    base: String,
    ws_url: String,
    refuse_bot_token: AtomicBool,
    refuse_app_token: AtomicBool,
    /// The `Retry-After` for the next `chat.postMessage`, answered with 429 once.
    rate_limit_next_post: Mutex<Option<u64>>,
    /// The newest Socket Mode connection's outbox.
    socket: Mutex<Option<mpsc::UnboundedSender<Frame>>>,
    next_id: AtomicU64,
}

impl Shared {
    fn record(&self) -> MutexGuard<'_, Record> {
        self.record.lock().unwrap()
    }

    fn update(&self, change: impl FnOnce(&mut Record)) {
        change(&mut self.record());
        self.changed.send_modify(|version| *version += 1);
    }

    fn next(&self) -> u64 {
        self.next_id.fetch_add(1, Ordering::Relaxed)
    }
}

/// A running fake Slack.
pub struct FakeSlack {
    shared: Arc<Shared>,
}

impl FakeSlack {
    /// Starts the Web API and the Socket Mode server on ports of their own.
    pub async fn start() -> FakeSlack {
        let web = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let socket = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let shared = Arc::new(Shared {
            record: Mutex::new(Record::default()),
            changed: watch::channel(0).0,
            base: format!("http://{}", web.local_addr().unwrap()),
            ws_url: format!("ws://{}/link", socket.local_addr().unwrap()),
            refuse_bot_token: AtomicBool::new(false),
            refuse_app_token: AtomicBool::new(false),
            rate_limit_next_post: Mutex::new(None),
            socket: Mutex::new(None),
            next_id: AtomicU64::new(1),
        });
        let app = Router::new()
            .route("/api/{method}", any(web_api))
            .route("/response/{id}", post(response_url))
            .route("/upload/{id}", post(upload_bytes))
            .with_state(shared.clone());
        tokio::spawn(async move { axum::serve(web, app).await });
        tokio::spawn(socket_server(socket, shared.clone()));
        FakeSlack { shared }
    }

    /// Settings for Socket Mode against this fake.
    pub fn config(&self) -> SlackConfig {
        SlackConfig {
            bot_token: Secret::new("xoxb-fake"),
            app_token: Some(Secret::new("xapp-fake")),
            signing_secret: None,
            api_url: format!("{}/api", self.shared.base),
            command_prefix: String::new(),
            auto_answer_channels: Vec::new(),
            public_url: None,
            settings_users: Vec::new(),
        }
    }

    /// Makes `auth.test` answer `invalid_auth`.
    pub fn refuse_bot_token(&self) {
        self.shared.refuse_bot_token.store(true, Ordering::Relaxed);
    }

    /// Makes `apps.connections.open` answer `invalid_auth`.
    pub fn refuse_app_token(&self) {
        self.shared.refuse_app_token.store(true, Ordering::Relaxed);
    }

    /// Answers the next `chat.postMessage` with 429 and this `Retry-After`.
    pub fn rate_limit_next_post(&self, retry_after_secs: u64) {
        *self.shared.rate_limit_next_post.lock().unwrap() = Some(retry_after_secs);
    }

    /// What the adapter did so far.
    pub fn record(&self) -> MutexGuard<'_, Record> {
        self.shared.record()
    }

    /// Waits until `check` finds what it looks for in the record.
    pub async fn until<T>(&self, what: &str, mut check: impl FnMut(&Record) -> Option<T>) -> T {
        let mut changed = self.shared.changed.subscribe();
        let deadline = tokio::time::Instant::now() + PATIENCE;
        loop {
            if let Some(found) = check(&self.shared.record()) {
                return found;
            }
            if tokio::time::timeout_at(deadline, changed.changed()).await.is_err() {
                panic!("the fake Slack waited {PATIENCE:?} for {what}");
            }
        }
    }

    /// The first `n` accepted `chat.postMessage` bodies, once there are that many.
    /// The first `n` files shared, waiting for them.
    pub async fn uploads(&self, n: usize) -> Vec<Value> {
        self.until(&format!("{n} shared files"), |r| {
            (r.uploads.len() >= n).then(|| r.uploads.iter().take(n).cloned().collect())
        })
        .await
    }

    pub async fn posts(&self, n: usize) -> Vec<Value> {
        self.until(&format!("{n} chat.postMessage calls"), |r| {
            (r.posts.len() >= n).then(|| r.posts.iter().take(n).map(|(body, _)| body.clone()).collect())
        })
        .await
    }

    /// The first `n` bodies posted to response URLs, once there are that many.
    pub async fn responses(&self, n: usize) -> Vec<Value> {
        self.until(&format!("{n} response URL posts"), |r| (r.responses.len() >= n).then(|| r.responses[..n].to_vec()))
            .await
    }

    /// Waits for the `n`th Socket Mode connection.
    pub async fn connections(&self, n: usize) {
        self.until(&format!("connection {n}"), |r| (r.connections >= n).then_some(())).await
    }

    /// Waits until `n` Socket Mode connections have ended.
    pub async fn closed(&self, n: usize) {
        self.until(&format!("{n} closed connections"), |r| (r.closed >= n).then_some(())).await
    }

    /// Sends a frame on the newest connection.
    fn frame(&self, frame: Value) {
        let socket = self.shared.socket.lock().unwrap().clone().expect("the adapter is connected");
        socket.send(Frame::text(frame.to_string())).expect("the connection is open");
    }

    /// Sends an envelope and returns its id and when it left.
    pub fn send(&self, kind: &str, payload: Value, accepts_response_payload: bool) -> (String, Instant) {
        let id = format!("envelope-{}", self.shared.next());
        let envelope = json!({
            "envelope_id": id,
            "type": kind,
            "payload": payload,
            "accepts_response_payload": accepts_response_payload,
            "retry_attempt": 0,
            "retry_reason": "",
        });
        let sent = Instant::now();
        self.frame(envelope);
        (id, sent)
    }

    /// The ack of an envelope, once it comes, with when it came.
    pub async fn ack(&self, id: &str) -> (Value, Instant) {
        self.until(&format!("the ack of {id}"), |r| r.acks.get(id).cloned()).await
    }

    /// Whether an envelope is still unacknowledged after `wait`.
    pub async fn unacked_after(&self, id: &str, wait: Duration) -> bool {
        tokio::time::sleep(wait).await;
        !self.shared.record().acks.contains_key(id)
    }

    /// Runs a slash command over Socket Mode; returns the ack's payload and how long the ack took.
    pub async fn command_timed(&self, command: &str, text: &str) -> (Value, Duration) {
        let (id, sent) = self.send("slash_commands", self.command_payload(command, text), true);
        let (ack, at) = self.ack(&id).await;
        (ack["payload"].clone(), at - sent)
    }

    /// Runs a slash command over Socket Mode; returns the ack's payload.
    pub async fn command(&self, command: &str, text: &str) -> Value {
        self.command_timed(command, text).await.0
    }

    /// Runs a slash command as `user` in `channel` over Socket Mode; returns the ack's payload.
    pub async fn command_by(&self, user: &str, channel: &str, command: &str, text: &str) -> Value {
        let mut payload = self.command_payload(command, text);
        payload["user_id"] = json!(user);
        payload["channel_id"] = json!(channel);
        let (id, _) = self.send("slash_commands", payload, true);
        self.ack(&id).await.0["payload"].clone()
    }

    /// A slash command's payload, as Slack sends it.
    pub fn command_payload(&self, command: &str, text: &str) -> Value {
        json!({
            "token": "legacy-token",
            "team_id": "TFAKE",
            "team_domain": "fake",
            "channel_id": CHANNEL,
            "channel_name": "general",
            "user_id": USER,
            "user_name": "asker",
            "command": command,
            "text": text,
            "api_app_id": "AFAKE",
            "is_enterprise_install": "false",
            "response_url": self.response_url(),
            "trigger_id": "13345224609.738474920.8088930838d88f008e0",
        })
    }

    /// Sends an Events API event over Socket Mode; returns the ack.
    pub async fn event(&self, event: Value) -> Value {
        let (id, _) = self.send("events_api", self.event_callback(event), false);
        self.ack(&id).await.0
    }

    /// An event wrapped as Slack wraps it.
    pub fn event_callback(&self, event: Value) -> Value {
        json!({
            "token": "legacy-token",
            "team_id": "TFAKE",
            "api_app_id": "AFAKE",
            "event": event,
            "type": "event_callback",
            "event_id": format!("Ev{}", self.shared.next()),
            "event_time": 1_700_000_000,
            "authorizations": [{"team_id": "TFAKE", "user_id": BOT_USER, "is_bot": true, "is_enterprise_install": false}],
            "is_ext_shared_channel": false,
        })
    }

    /// Presses a button over Socket Mode; returns the ack.
    pub async fn press(&self, payload: Value) -> Value {
        let (id, _) = self.send("interactive", payload, false);
        self.ack(&id).await.0
    }

    /// A `block_actions` payload for pressing a button with `action_id` and `value` on a
    /// message at `ts`, in the thread `thread_ts` if any, ephemeral or not.
    pub fn button_press(
        &self,
        action_id: &str,
        value: &str,
        ts: &str,
        thread_ts: Option<&str>,
        ephemeral: bool,
    ) -> Value {
        let mut message = json!({"type": "message", "ts": ts, "text": "an answer", "bot_id": "BROLECALL"});
        if let Some(thread_ts) = thread_ts {
            message["thread_ts"] = json!(thread_ts);
        }
        json!({
            "type": "block_actions",
            "user": {"id": USER, "username": "asker", "name": "asker", "team_id": "TFAKE"},
            "api_app_id": "AFAKE",
            "token": "legacy-token",
            "container": {"type": "message", "message_ts": ts, "channel_id": CHANNEL, "is_ephemeral": ephemeral},
            "trigger_id": "13345224609.738474920.8088930838d88f008e0",
            "team": {"id": "TFAKE", "domain": "fake"},
            "channel": {"id": CHANNEL, "name": "general"},
            "message": message,
            "response_url": self.response_url(),
            "actions": [{
                "action_id": action_id,
                "block_id": "follow-ups",
                "text": {"type": "plain_text", "text": "a follow-up", "emoji": true},
                "value": value,
                "type": "button",
                "action_ts": "1700000000.000900",
            }],
        })
    }

    /// Sends Slack's `disconnect`, and waits for the adapter to connect again.
    pub async fn disconnect(&self) {
        let before = self.shared.record().connections;
        self.frame(json!({"type": "disconnect", "reason": "refresh_requested", "debug_info": {"host": "fake"}}));
        self.connections(before + 1).await;
    }

    /// A new response URL on this fake.
    pub fn response_url(&self) -> String {
        format!("{}/response/{}", self.shared.base, self.shared.next())
    }
}

/// An `app_mention` event.
pub fn app_mention(channel: &str, text: &str, ts: &str, thread_ts: Option<&str>) -> Value {
    let mut event = json!({
        "type": "app_mention", "user": USER, "text": text, "ts": ts, "channel": channel, "event_ts": ts,
    });
    if let Some(thread_ts) = thread_ts {
        event["thread_ts"] = json!(thread_ts);
    }
    event
}

/// A `message` event: `channel_type` is `im` for direct messages, `channel` otherwise.
pub fn message(channel: &str, channel_type: &str, text: &str, ts: &str) -> Value {
    json!({
        "type": "message", "channel": channel, "channel_type": channel_type, "user": USER, "text": text, "ts": ts,
        "event_ts": ts,
    })
}

/// The Web API: the methods the adapter calls, Slack's way (HTTP 200 with `ok: false` for errors).
async fn web_api(
    State(shared): State<Arc<Shared>>,
    Path(method): Path<String>,
    RawQuery(query): RawQuery,
    body: Bytes,
) -> Response {
    let refused = json!({"ok": false, "error": "invalid_auth"});
    match method.as_str() {
        "auth.test" if shared.refuse_bot_token.load(Ordering::Relaxed) => Json(refused).into_response(),
        "auth.test" => Json(json!({
            "ok": true, "url": "https://fake.slack.com/", "team": "Fake", "user": "rolecall", "team_id": "TFAKE",
            "user_id": BOT_USER, "bot_id": "BROLECALL",
        }))
        .into_response(),
        "apps.connections.open" if shared.refuse_app_token.load(Ordering::Relaxed) => Json(refused).into_response(),
        "apps.connections.open" => Json(json!({"ok": true, "url": shared.ws_url})).into_response(),
        "chat.postMessage" => {
            let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
            if let Some(retry_after) = shared.rate_limit_next_post.lock().unwrap().take() {
                shared.update(|r| r.rate_limited.push(Instant::now()));
                let headers = [("retry-after", retry_after.to_string())];
                return (StatusCode::TOO_MANY_REQUESTS, headers, Json(json!({"ok": false, "error": "ratelimited"})))
                    .into_response();
            }
            let ts = format!("1700000001.{:06}", shared.next());
            let reply =
                json!({"ok": true, "channel": body["channel"], "ts": ts, "message": {"ts": ts, "text": body["text"]}});
            shared.update(|r| r.posts.push((body, Instant::now())));
            Json(reply).into_response()
        }
        // the file upload flow: an upload URL on this fake, the bytes, then sharing the file
        "files.getUploadURLExternal" => {
            let query = query.unwrap_or_default();
            let param = |key: &str| {
                query.split('&').find_map(|kv| kv.strip_prefix(&format!("{key}="))).unwrap_or_default().to_owned()
            };
            let id = format!("F{:06}", shared.next());
            let file = json!({"name": param("filename"), "length": param("length").parse::<u64>().unwrap_or(0)});
            shared.update(|r| {
                r.pending.insert(id.clone(), file);
            });
            Json(json!({"ok": true, "upload_url": format!("{}/upload/{id}", shared.base), "file_id": id}))
                .into_response()
        }
        "files.completeUploadExternal" => {
            let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
            let id = body["files"][0]["id"].as_str().unwrap_or_default().to_owned();
            let Some(mut file) = shared.record().pending.get(&id).cloned() else {
                return Json(json!({"ok": false, "error": "file_not_found"})).into_response();
            };
            for key in ["channel_id", "thread_ts"] {
                file[key] = body[key].clone();
            }
            file["title"] = body["files"][0]["title"].clone();
            shared.update(|r| {
                r.pending.remove(&id);
                r.uploads.push(file);
            });
            Json(json!({"ok": true, "files": [{"id": id}]})).into_response()
        }
        // who is a workspace admin: ADMIN only
        "users.info" => {
            let query = query.unwrap_or_default();
            let user = query.split('&').find_map(|kv| kv.strip_prefix("user=")).unwrap_or_default().to_owned();
            let admin = user == ADMIN;
            Json(json!({"ok": true, "user": {"id": user, "team_id": "TFAKE", "name": "someone", "is_admin": admin, "is_owner": false}}))
                .into_response()
        }
        _ => Json(json!({"ok": false, "error": "unknown_method"})).into_response(),
    }
}

async fn upload_bytes(State(shared): State<Arc<Shared>>, Path(id): Path<String>, body: Bytes) -> Response {
    let found = shared.record().pending.contains_key(&id);
    if !found {
        return (StatusCode::NOT_FOUND, "no such upload").into_response();
    }
    shared.update(|r| {
        if let Some(file) = r.pending.get_mut(&id) {
            file["size"] = json!(body.len());
            file["png"] = json!(body.starts_with(b"\x89PNG"));
        }
    });
    (StatusCode::OK, "OK").into_response()
}

async fn response_url(State(shared): State<Arc<Shared>>, body: Bytes) -> Json<Value> {
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    shared.update(|r| r.responses.push(body));
    Json(json!({"ok": true}))
}

/// Socket Mode: each connection gets hello, then whatever the test sends; acks are recorded.
async fn socket_server(listener: TcpListener, shared: Arc<Shared>) {
    while let Ok((stream, _)) = listener.accept().await {
        let shared = shared.clone();
        tokio::spawn(async move {
            let Ok(socket) = tokio_tungstenite::accept_async(stream).await else { return };
            let (mut sink, mut frames) = socket.split();
            let (outbox, mut outgoing) = mpsc::unbounded_channel::<Frame>();
            let hello = json!({
                "type": "hello",
                "num_connections": 1,
                "debug_info": {"host": "fake", "build_number": 1, "approximate_connection_time": 18060},
                "connection_info": {"app_id": "AFAKE"},
            });
            outbox.send(Frame::text(hello.to_string())).unwrap();
            *shared.socket.lock().unwrap() = Some(outbox);
            shared.update(|r| r.connections += 1);
            let writer = tokio::spawn(async move {
                while let Some(frame) = outgoing.recv().await {
                    if sink.send(frame).await.is_err() {
                        break;
                    }
                }
            });
            while let Some(Ok(frame)) = frames.next().await {
                match frame {
                    Frame::Text(text) => {
                        let arrived = Instant::now();
                        let Ok(ack) = serde_json::from_str::<Value>(text.as_str()) else { continue };
                        if let Some(id) = ack["envelope_id"].as_str().map(str::to_owned) {
                            shared.update(|r| {
                                r.acks.insert(id, (ack, arrived));
                            });
                        }
                    }
                    Frame::Close(_) => break,
                    _ => {}
                }
            }
            writer.abort();
            shared.update(|r| r.closed += 1);
        });
    }
}
