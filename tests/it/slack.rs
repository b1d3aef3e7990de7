//! The Slack adapter end to end: the real slack-morphism client against a fake Slack, in Socket
//! Mode and in HTTP mode.

use std::net::SocketAddr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::Router;
use rolecall::config::{Secret, SlackConfig};
use rolecall::http::{self, AppState, Limits};
use rolecall::platform::Services;
use rolecall::slack::signature::Verifier;
use rolecall::slack::Slack;
use rolecall::Store;
use serde_json::{json, Value};

use crate::support::fake_slack::{self, FakeSlack, BOT_USER, CHANNEL};
use crate::support::http::request;
use crate::support::platforms::{self, Tasks};

/// What a "What is a ...?" button carries.
fn whatis(role: &str) -> String {
    rolecall::commands::encode(&rolecall::answer::Action::new("whatis", [role.to_owned()]))
}

/// The adapter, started against its own fake Slack.
struct Running {
    fake: FakeSlack,
    services: Services,
    platforms: Tasks,
}

impl Running {
    /// Starts the adapter with the fake's settings, changed by `configure`; does not wait.
    async fn start(configure: impl FnOnce(&mut SlackConfig)) -> (Running, Router) {
        let fake = FakeSlack::start().await;
        let mut config = fake.config();
        configure(&mut config);
        let services = platforms::services(Store::embedded().unwrap(), Duration::from_secs(30));
        let mut platforms = Tasks::new();
        let routes =
            platforms::spawn(Box::new(Slack::new(config)), &services, &mut platforms).expect("the adapter starts");
        (Running { fake, services, platforms }, routes)
    }

    /// Socket Mode, connected and ready.
    async fn socket_mode(configure: impl FnOnce(&mut SlackConfig)) -> Running {
        let (running, _) = Running::start(configure).await;
        running.ready().await;
        running
    }

    async fn ready(&self) {
        for _ in 0..500 {
            if self.services.readiness.waiting_for().is_empty() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        panic!("Slack never became ready");
    }

    /// How many questions the bot answered on Slack, by the metrics.
    fn questions(&self) -> u64 {
        let metrics = self.services.bot.metrics().encode();
        metrics
            .lines()
            .filter(|l| l.starts_with("rolecall_questions_total{") && l.contains("platform=\"slack\""))
            .map(|l| l.rsplit(' ').next().unwrap().parse::<u64>().unwrap())
            .sum()
    }
}

fn header(message: &Value) -> &str {
    assert_eq!(message["blocks"][0]["type"], "header", "{message}");
    message["blocks"][0]["text"]["text"].as_str().unwrap()
}

/// Every section's text, in order.
fn section_texts(message: &Value) -> Vec<&str> {
    let blocks = message["blocks"].as_array().unwrap();
    blocks.iter().filter(|b| b["type"] == "section").filter_map(|b| b["text"]["text"].as_str()).collect()
}

/// The follow-up buttons: (action id, value).
fn buttons(message: &Value) -> Vec<(String, String)> {
    let blocks = message["blocks"].as_array().unwrap();
    let actions = blocks.iter().find(|b| b["type"] == "actions").expect("follow-up buttons");
    actions["elements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| (b["action_id"].as_str().unwrap().to_owned(), b["value"].as_str().unwrap().to_owned()))
        .collect()
}

#[tokio::test]
async fn socket_mode_is_ready_once_slack_says_hello() {
    let (running, _) = Running::start(|_| {}).await;
    assert_eq!(running.services.readiness.waiting_for(), ["slack"]);
    running.fake.connections(1).await;
    running.ready().await;
}

#[tokio::test]
async fn each_slash_command_is_acknowledged_with_its_answer_in_the_channel() {
    let running = Running::socket_mode(|_| {}).await;
    let fake = &running.fake;
    let table: &[(&str, &str, &str)] = &[
        ("/whatis", "po", "Product Owner"),
        ("/compare", "pm project-manager", "Product Manager vs Project Manager"),
        ("/path", "pm product-leader", "From Product Manager to Product Leader"),
        ("/who", "owns the roadmap", "Who owns the roadmap?"),
        ("/roles", "", "Roles I know"),
        ("/rolecall", "", "What I can do"),
        ("/rolecall", "is a PO the same as a PM?", "Product Owner vs Product Manager"),
    ];
    for (command, text, title) in table {
        let ack = fake.command(command, text).await;
        assert_eq!(ack["response_type"], "in_channel", "{command} {text}");
        assert_eq!(header(&ack), *title, "{command} {text}");
        assert!(ack["text"].as_str().is_some_and(|t| t.starts_with(title)), "a fallback text for notifications");
        assert!(!buttons(&ack).is_empty(), "{command} suggests what to ask next");
    }

    let brief = fake.command("/compare", "pm project-manager").await;
    assert!(section_texts(&brief)[0].starts_with("*Key difference:*"), "{brief}");
    assert!(buttons(&brief).iter().any(|(_, value)| value == "full compare product-manager project-manager"));
    let compare = fake.command("/compare", "pm project-manager --full").await;
    let sections = section_texts(&compare);
    assert!(sections[0].starts_with("*Key difference:*"), "{sections:?}");
    let blocks = compare["blocks"].as_array().unwrap();
    let focus = blocks.iter().find(|b| b["text"]["text"].as_str().is_some_and(|t| t.starts_with("*Focus*"))).unwrap();
    let columns: Vec<&str> = focus["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["text"].as_str().unwrap().lines().next().unwrap())
        .collect();
    assert_eq!(columns, ["*Product Manager*", "*Project Manager*"]);

    let path = fake.command("/path", "pm product-leader").await;
    assert!(section_texts(&path).iter().any(|s| s.starts_with("*Steps*\n1. ") && s.contains("\n2. ")));

    let help = fake.command("/rolecall", "").await;
    let help_text = section_texts(&help).join("\n");
    assert!(
        help_text.contains("/rolecall") && !help_text.contains("/help"),
        "help names Slack's commands: {help_text}"
    );
}

#[tokio::test]
async fn errors_and_unknown_roles_are_ephemeral() {
    let running = Running::socket_mode(|_| {}).await;
    let fake = &running.fake;
    let unknown = fake.command("/whatis", "unicorn-wrangler").await;
    assert_eq!(unknown["response_type"], "ephemeral");
    assert_eq!(header(&unknown), "I don't know that role or term");
    let off_topic = fake.command("/rolecall", "anyone for lunch?").await;
    assert_eq!(off_topic["response_type"], "ephemeral");
    let not_ours = fake.command("/deploy", "now").await;
    assert_eq!(not_ours["response_type"], "ephemeral");
    assert_eq!(not_ours["text"], "I don't know that command; try /rolecall.");
}

#[tokio::test]
async fn a_command_prefix_renames_every_command() {
    let running = Running::socket_mode(|c| c.command_prefix = "rc-".to_owned()).await;
    let fake = &running.fake;
    assert_eq!(header(&fake.command("/rc-whatis", "po").await), "Product Owner");
    let help = fake.command("/rc-rolecall", "").await;
    assert!(section_texts(&help).join("\n").contains("/rc-whatis ROLE"));
    let unprefixed = fake.command("/whatis", "po").await;
    assert_eq!(unprefixed["response_type"], "ephemeral");
    assert_eq!(unprefixed["text"], "I don't know that command; try /rc-rolecall.");
}

#[tokio::test]
async fn a_mention_is_answered_in_a_thread_under_it() {
    let running = Running::socket_mode(|_| {}).await;
    let fake = &running.fake;
    let text = format!("<@{BOT_USER}> what is a po?");
    fake.event(fake_slack::app_mention(CHANNEL, &text, "1700000000.000100", None)).await;
    let in_thread = format!("hey <@{BOT_USER}>, pm vs project manager?");
    fake.event(fake_slack::app_mention(CHANNEL, &in_thread, "1700000000.000300", Some("1700000000.000200"))).await;
    let posts = fake.posts(2).await;
    let by_thread = |ts: &str| posts.iter().find(|p| p["thread_ts"] == ts).unwrap_or_else(|| panic!("{posts:?}"));
    let first = by_thread("1700000000.000100");
    assert_eq!(first["channel"], CHANNEL);
    assert_eq!(header(first), "Product Owner", "the bot's own mention is not part of the question");
    assert_eq!(header(by_thread("1700000000.000200")), "Product Manager vs Project Manager", "the thread it was in");
}

#[tokio::test]
async fn a_direct_message_is_answered_in_a_thread_even_off_topic() {
    let running = Running::socket_mode(|_| {}).await;
    let fake = &running.fake;
    fake.event(fake_slack::message("DASKER", "im", "what does a scrum master do?", "1700000000.000100")).await;
    let post = &fake.posts(1).await[0];
    assert_eq!((&post["channel"], &post["thread_ts"]), (&json!("DASKER"), &json!("1700000000.000100")));
    assert_eq!(header(post), "Scrum Master");
    fake.event(fake_slack::message("DASKER", "im", "anyone for lunch?", "1700000000.000200")).await;
    assert_eq!(header(&fake.posts(2).await[1]), "I can't answer that");
}

#[tokio::test]
async fn auto_answer_channels_get_confident_role_questions_only() {
    let running = Running::socket_mode(|c| c.auto_answer_channels = vec!["CAUTO".to_owned()]).await;
    let fake = &running.fake;
    fake.event(fake_slack::message("CAUTO", "channel", "anyone for lunch?", "1700000000.000100")).await;
    fake.event(fake_slack::message("CQUIET", "channel", "what does a scrum master do?", "1700000000.000200")).await;
    fake.event(fake_slack::message("CAUTO", "channel", "what does a scrum master do?", "1700000000.000300")).await;
    let post = &fake.posts(1).await[0];
    assert_eq!((&post["channel"], &post["thread_ts"]), (&json!("CAUTO"), &json!("1700000000.000300")));
    assert_eq!(header(post), "Scrum Master");
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(fake.record().posts.len(), 1, "off-topic and unlisted channels get no reply");
}

#[tokio::test]
async fn bots_edits_and_the_bots_own_posts_get_no_reply() {
    let running = Running::socket_mode(|_| {}).await;
    let fake = &running.fake;
    let mut from_bot = fake_slack::message("DASKER", "im", "what is a po?", "1700000000.000100");
    from_bot["bot_id"] = json!("BOTHER");
    let mut own = fake_slack::message("DASKER", "im", "Product Owner", "1700000000.000200");
    own["user"] = json!(BOT_USER);
    own["bot_id"] = json!("BROLECALL");
    let mut bot_message = fake_slack::message("DASKER", "im", "what is a po?", "1700000000.000300");
    bot_message["subtype"] = json!("bot_message");
    let mut edit = fake_slack::message("DASKER", "im", "what is a po?", "1700000000.000400");
    edit["subtype"] = json!("message_changed");
    for event in [from_bot, own, bot_message, edit] {
        fake.event(event).await;
    }
    fake.event(fake_slack::message("DASKER", "im", "what is a po?", "1700000000.000500")).await;
    let post = &fake.posts(1).await[0];
    assert_eq!(post["thread_ts"], "1700000000.000500", "only the person's question is answered");
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(fake.record().posts.len(), 1);
}

#[tokio::test]
async fn replies_never_ping_anyone() {
    let running = Running::socket_mode(|_| {}).await;
    let fake = &running.fake;
    let ack = fake.command("/whatis", "<!here> <@U999> <!channel|channel> <!everyone>").await;
    let text = ack.to_string();
    assert!(text.contains("&lt;!here&gt;"), "the role is echoed, escaped: {text}");
    let mention = format!("<@{BOT_USER}> /whatis <!channel> <@U999>");
    fake.event(fake_slack::app_mention(CHANNEL, &mention, "1700000000.000100", None)).await;
    let post = fake.posts(1).await[0].to_string();
    // mentions in a message are markup, not the question: read without them
    assert!(post.contains("Which role?"), "{post}");
    for reply in [text, post] {
        assert!(!reply.contains("<!") && !reply.contains("<@"), "{reply}");
    }
}

#[tokio::test]
async fn buttons_answer_their_follow_up_in_place() {
    let running = Running::socket_mode(|_| {}).await;
    let fake = &running.fake;
    let ack = fake.command("/whatis", "po").await;
    let (action_id, value) = buttons(&ack).into_iter().next().unwrap();
    assert!(value.starts_with("compare product-owner "), "{value}");

    // under a command's answer: a new message in the channel, through the response URL
    fake.press(fake.button_press(&action_id, &value, "1700000000.000100", None, false)).await;
    let response = &fake.responses(1).await[0];
    assert_eq!((&response["response_type"], &response["replace_original"]), (&json!("in_channel"), &json!(false)));
    assert!(header(response).starts_with("Product Owner vs "), "{response}");

    // under a reply in a thread: the answer in that thread
    fake.press(fake.button_press(
        &action_id,
        &whatis("scrum-master"),
        "1700000000.000300",
        Some("1700000000.000200"),
        false,
    ))
    .await;
    let post = &fake.posts(1).await[0];
    assert_eq!((&post["channel"], &post["thread_ts"]), (&json!(CHANNEL), &json!("1700000000.000200")));
    assert_eq!(header(post), "Scrum Master");

    // on an ephemeral message: the message is replaced
    fake.press(fake.button_press(&action_id, &whatis("product-owner"), "1700000000.000400", None, true)).await;
    let replaced = &fake.responses(2).await[1];
    assert_eq!(replaced["replace_original"], true);
    assert_eq!(header(replaced), "Product Owner");
}

#[tokio::test]
async fn a_button_press_whose_response_url_is_not_slacks_is_not_followed() {
    let running = Running::socket_mode(|_| {}).await;
    let fake = &running.fake;
    let elsewhere = FakeSlack::start().await;
    let press = |url: &str| {
        let mut press = fake.button_press("follow_up_0", &whatis("scrum-master"), "1700000000.000100", None, false);
        press["response_url"] = json!(url);
        press
    };
    for url in [elsewhere.response_url(), "https://example.com/hooks.slack.com/actions/T1/1/x".to_owned()] {
        fake.press(press(&url)).await;
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(elsewhere.record().responses.is_empty(), "nothing was posted to the other host");
    assert!(fake.record().responses.is_empty());
    assert!(fake.record().posts.is_empty());
    assert_eq!(running.questions(), 0, "the presses were not answered");

    fake.press(press(&fake.response_url())).await;
    assert_eq!(header(&fake.responses(1).await[0]), "Scrum Master", "Slack's own response URL is followed");
}

#[tokio::test]
async fn the_full_answer_button_shows_the_rest_to_the_one_who_pressed_it() {
    let running = Running::socket_mode(|_| {}).await;
    let fake = &running.fake;
    let ack = fake.command("/compare", "pm project-manager").await;
    let (action_id, value) =
        buttons(&ack).into_iter().find(|(_, value)| value.starts_with("full ")).expect("a Full comparison button");
    fake.press(fake.button_press(&action_id, &value, "1700000000.000100", None, false)).await;
    let response = &fake.responses(1).await[0];
    assert_eq!(response["response_type"], "ephemeral", "only the one who asked sees the whole answer");
    let texts = section_texts(response).join("\n");
    for dimension in ["*Focus*", "*Horizon*", "*Scope*", "*Decision rights*", "*Stakeholders*", "*Success measures*"] {
        assert!(texts.contains(dimension), "every dimension, in full: {texts}");
    }
}

#[tokio::test]
async fn a_disconnect_envelope_makes_the_bot_reconnect() {
    let running = Running::socket_mode(|_| {}).await;
    let fake = &running.fake;
    fake.disconnect().await;
    fake.closed(1).await;
    let reconnects = r#"rolecall_platform_reconnects_total{platform="slack"} 1"#;
    for _ in 0..500 {
        if running.services.bot.metrics().encode().contains(reconnects) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert!(running.services.bot.metrics().encode().contains(reconnects), "the reconnection is counted");
    assert_eq!(header(&fake.command("/whatis", "po").await), "Product Owner", "answers on the new connection");
}

#[tokio::test]
async fn a_rate_limited_reply_is_sent_again_after_the_wait() {
    let running = Running::socket_mode(|_| {}).await;
    let fake = &running.fake;
    fake.rate_limit_next_post(1);
    fake.event(fake_slack::app_mention(CHANNEL, &format!("<@{BOT_USER}> what is a po?"), "1700000000.000100", None))
        .await;
    assert_eq!(header(&fake.posts(1).await[0]), "Product Owner");
    let record = fake.record();
    assert_eq!(record.rate_limited.len(), 1);
    let waited = record.posts[0].1 - record.rate_limited[0];
    assert!(waited >= Duration::from_millis(950), "Retry-After was waited out: {waited:?}");
}

#[tokio::test]
async fn a_refused_token_ends_the_task_with_what_to_fix() {
    /// How the fake refuses, what the error names, and the fix it suggests.
    type Case = (fn(&FakeSlack), &'static str, &'static str);
    let table: [Case; 2] = [
        (FakeSlack::refuse_bot_token, "SLACK_BOT_TOKEN (invalid_auth)", "OAuth & Permissions"),
        (FakeSlack::refuse_app_token, "SLACK_APP_TOKEN (invalid_auth)", "connections:write"),
    ];
    for (refuse, what, fix) in table {
        let fake = FakeSlack::start().await;
        refuse(&fake);
        let services = platforms::services(Store::embedded().unwrap(), Duration::from_secs(30));
        let mut platforms = Tasks::new();
        let _routes = platforms::spawn(Box::new(Slack::new(fake.config())), &services, &mut platforms).unwrap();
        let ended = tokio::time::timeout(Duration::from_secs(5), platforms.join_next()).await.expect("the task ends");
        let (name, result) = ended.unwrap().unwrap();
        let message = result.expect_err("a refused token is an error").to_string();
        assert_eq!(name, "slack");
        assert!(message.contains(what) && message.contains(fix), "{message}");
        assert_eq!(services.readiness.waiting_for(), ["slack"]);
    }
}

#[tokio::test]
async fn at_shutdown_a_reply_in_flight_is_delivered_and_new_events_wait_for_redelivery() {
    let mut running = Running::socket_mode(|_| {}).await;
    let fake = &running.fake;
    fake.rate_limit_next_post(1);
    fake.event(fake_slack::app_mention(CHANNEL, &format!("<@{BOT_USER}> what is a po?"), "1700000000.000100", None))
        .await;
    fake.until("the rate-limited first try", |r| (!r.rate_limited.is_empty()).then_some(())).await;

    // what serve does on SIGTERM
    let services = &running.services;
    services.closing.cancel();
    let (late, _) = fake.send("slash_commands", fake.command_payload("/whatis", "po"), true);
    assert!(fake.unacked_after(&late, Duration::from_millis(200)).await, "not taken, so Slack delivers it again");
    services.in_flight.close();
    tokio::time::timeout(Duration::from_secs(5), services.in_flight.wait()).await.expect("replies finish");
    assert_eq!(fake.record().posts.len(), 1, "the reply in flight was delivered");
    services.stop.cancel();
    let ended = tokio::time::timeout(Duration::from_secs(5), running.platforms.join_next()).await.unwrap();
    let (name, result) = ended.unwrap().unwrap();
    assert_eq!(name, "slack");
    result.expect("a requested stop is not an error");
    fake.closed(1).await;
}

// HTTP mode

const SECRET: &str = "8f742231b10e8888abcd99yyyzzz85a5";

/// HTTP mode: the adapter's routes on the bot's HTTP server, on a port of its own.
async fn http_mode() -> (Running, SocketAddr) {
    let (running, routes) = Running::start(|c| {
        c.app_token = None;
        c.signing_secret = Some(Secret::new(SECRET));
    })
    .await;
    let state = AppState { bot: running.services.bot.clone(), readiness: running.services.readiness.clone() };
    let limits = Limits { max_body_bytes: 16 * 1024, timeout: Duration::from_secs(5), ..Limits::default() };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(http::run(listener, http::router(state, routes, limits), limits, std::future::pending()));
    running.ready().await;
    (running, addr)
}

fn now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs() as i64
}

/// Posts `body` to `path`, signed with `secret` at `timestamp`.
async fn post_signed(
    addr: SocketAddr,
    path: &str,
    content_type: &str,
    body: &str,
    secret: &str,
    timestamp: i64,
) -> (u16, String) {
    let timestamp = timestamp.to_string();
    let signature = Verifier::new(Secret::new(secret)).sign(&timestamp, body.as_bytes());
    let headers = [
        ("Content-Type", content_type),
        ("X-Slack-Request-Timestamp", timestamp.as_str()),
        ("X-Slack-Signature", signature.as_str()),
    ];
    let response = request(addr, "POST", path, &headers, body.as_bytes()).await;
    (response.status, response.body)
}

const FORM: &str = "application/x-www-form-urlencoded";

fn command_form(text: &str) -> String {
    format!(
        "token=legacy&team_id=TFAKE&team_domain=fake&channel_id={CHANNEL}&channel_name=general&user_id=UASKER&user_name=asker&command=%2Fwhatis&text={text}&api_app_id=AFAKE&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fresponse&trigger_id=1.2.3"
    )
}

#[tokio::test]
async fn http_mode_answers_a_signed_slash_command_in_the_response() {
    let (_running, addr) = http_mode().await;
    let (status, body) = post_signed(addr, "/slack/commands", FORM, &command_form("po"), SECRET, now()).await;
    assert_eq!(status, 200, "{body}");
    let reply: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(reply["response_type"], "in_channel");
    assert_eq!(header(&reply), "Product Owner");
}

#[tokio::test]
async fn http_mode_answers_a_signed_event_in_a_thread() {
    let (running, addr) = http_mode().await;
    let event = fake_slack::app_mention(CHANNEL, &format!("<@{BOT_USER}> what is a po?"), "1700000000.000100", None);
    let body = running.fake.event_callback(event).to_string();
    let (status, _) = post_signed(addr, "/slack/events", "application/json", &body, SECRET, now()).await;
    assert_eq!(status, 200);
    let post = &running.fake.posts(1).await[0];
    assert_eq!(post["thread_ts"], "1700000000.000100");
    assert_eq!(header(post), "Product Owner");
}

#[tokio::test]
async fn http_mode_does_not_answer_an_event_slack_sends_again_after_a_slow_ack() {
    let (running, addr) = http_mode().await;
    let event = fake_slack::app_mention(CHANNEL, &format!("<@{BOT_USER}> what is a po?"), "1700000000.000200", None);
    let body = running.fake.event_callback(event).to_string();
    post_signed(addr, "/slack/events", "application/json", &body, SECRET, now()).await;
    running.fake.posts(1).await;
    let timestamp = now().to_string();
    let signature = Verifier::new(Secret::new(SECRET)).sign(&timestamp, body.as_bytes());
    let headers = [
        ("Content-Type", "application/json"),
        ("X-Slack-Request-Timestamp", timestamp.as_str()),
        ("X-Slack-Signature", signature.as_str()),
        ("X-Slack-Retry-Num", "1"),
        ("X-Slack-Retry-Reason", "http_timeout"),
    ];
    let retry = request(addr, "POST", "/slack/events", &headers, body.as_bytes()).await;
    assert_eq!(retry.status, 200, "the retry is acknowledged");
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(running.fake.record().posts.len(), 1, "the question is answered once");
}

#[tokio::test]
async fn http_mode_answers_a_button_press() {
    let (running, addr) = http_mode().await;
    let press = running.fake.button_press("follow_up_0", &whatis("scrum-master"), "1700000000.000100", None, false);
    let body = format!("payload={}", urlencode(&press.to_string()));
    let (status, _) = post_signed(addr, "/slack/actions", FORM, &body, SECRET, now()).await;
    assert_eq!(status, 200);
    assert_eq!(header(&running.fake.responses(1).await[0]), "Scrum Master");
}

#[tokio::test]
async fn http_mode_answers_a_replayed_request_once() {
    let (running, addr) = http_mode().await;
    let at = now();
    let event = fake_slack::app_mention(CHANNEL, &format!("<@{BOT_USER}> what is a po?"), "1700000000.000100", None);
    let event = running.fake.event_callback(event).to_string();
    let press = running.fake.button_press("follow_up_0", &whatis("scrum-master"), "1700000000.000200", None, false);
    let press = format!("payload={}", urlencode(&press.to_string()));
    let command = command_form("po");

    let (status, body) = post_signed(addr, "/slack/commands", FORM, &command, SECRET, at).await;
    assert_eq!(status, 200);
    assert_eq!(header(&serde_json::from_str(&body).unwrap()), "Product Owner");
    let (status, body) = post_signed(addr, "/slack/commands", FORM, &command, SECRET, at).await;
    assert_eq!((status, body.as_str()), (200, ""), "the replay is acknowledged with no answer");
    for (path, content_type, body) in [("/slack/events", "application/json", &event), ("/slack/actions", FORM, &press)]
    {
        for _ in 0..2 {
            let (status, _) = post_signed(addr, path, content_type, body, SECRET, at).await;
            assert_eq!(status, 200, "{path}");
        }
    }
    running.fake.posts(1).await;
    running.fake.responses(1).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(running.fake.record().posts.len(), 1, "the event is answered once");
    assert_eq!(running.fake.record().responses.len(), 1, "the button press is answered once");
    assert_eq!(running.questions(), 3);

    let (status, body) = post_signed(addr, "/slack/commands", FORM, &command, SECRET, at + 1).await;
    assert_eq!(status, 200);
    assert_eq!(header(&serde_json::from_str(&body).unwrap()), "Product Owner", "the same question, asked again");
}

#[tokio::test]
async fn http_mode_echoes_the_url_verification_challenge() {
    let (_running, addr) = http_mode().await;
    let body = r#"{"token":"legacy","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}"#;
    let (status, reply) = post_signed(addr, "/slack/events", "application/json", body, SECRET, now()).await;
    assert_eq!(status, 200);
    let reply: Value = serde_json::from_str(&reply).unwrap();
    assert_eq!(reply["challenge"], "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
}

#[tokio::test]
async fn http_mode_refuses_unsigned_forged_and_stale_requests_and_processes_nothing() {
    let (running, addr) = http_mode().await;
    let event = fake_slack::app_mention(CHANNEL, &format!("<@{BOT_USER}> what is a po?"), "1700000000.000100", None);
    let event = running.fake.event_callback(event).to_string();
    let command = command_form("po");
    for (path, content_type, body) in
        [("/slack/commands", FORM, &command), ("/slack/events", "application/json", &event)]
    {
        let forged = post_signed(addr, path, content_type, body, "not-the-secret", now()).await;
        let stale = post_signed(addr, path, content_type, body, SECRET, now() - 6 * 60).await;
        let future = post_signed(addr, path, content_type, body, SECRET, now() + 6 * 60).await;
        let unsigned = request(addr, "POST", path, &[("Content-Type", content_type)], body.as_bytes()).await;
        let no_signature = request(
            addr,
            "POST",
            path,
            &[("Content-Type", content_type), ("X-Slack-Request-Timestamp", &now().to_string())],
            body.as_bytes(),
        )
        .await;
        for (what, status) in [
            ("forged", forged.0),
            ("stale", stale.0),
            ("future", future.0),
            ("unsigned", unsigned.status),
            ("no signature", no_signature.status),
        ] {
            assert_eq!(status, 401, "{what} {path}");
        }
    }
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(running.questions(), 0, "nothing was answered");
    assert!(running.fake.record().posts.is_empty());
}

#[tokio::test]
async fn http_mode_refuses_an_oversized_body_with_413() {
    let (running, addr) = http_mode().await;
    let body = command_form(&"x".repeat(32 * 1024));
    let (status, _) = post_signed(addr, "/slack/commands", FORM, &body, SECRET, now()).await;
    assert_eq!(status, 413);
    assert_eq!(running.questions(), 0);
}

/// Percent-encodes a form value.
fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[tokio::test]
async fn product_terms_are_explained_by_command_mention_and_button() {
    let running = Running::socket_mode(|_| {}).await;
    let fake = &running.fake;
    let ack = fake.command("/whatis", "prd").await;
    assert_eq!(ack["response_type"], "in_channel");
    assert_eq!(header(&ack), "Product requirements document (PRD)");
    let values: Vec<String> = buttons(&ack).into_iter().map(|(_, value)| value).collect();
    assert!(values.contains(&whatis("product-manager")), "a button to the owning role: {values:?}");
    let (action_id, more) = buttons(&ack).into_iter().find(|(_, v)| v == "full whatis prd").expect("a More button");
    fake.press(fake.button_press(&action_id, &more, "1700000000.000100", None, false)).await;
    let whole = &fake.responses(1).await[0];
    assert!(section_texts(whole).iter().any(|s| s.starts_with("*In practice*")), "{whole}");

    let compared = fake.command("/compare", "okr kpi").await;
    assert_eq!(header(&compared), "OKR vs KPI");
    assert!(section_texts(&compared)[0].starts_with("*Key difference:*"), "{compared}");

    let text = format!("<@{BOT_USER}> sorry if obvious, what does MVP stand for?");
    fake.event(fake_slack::app_mention(CHANNEL, &text, "1700000000.000500", None)).await;
    let post = &fake.posts(1).await[0];
    assert_eq!(header(post), "Minimum viable product (MVP)");
}

#[tokio::test]
async fn roles_and_paths_upload_the_role_map_after_the_answer() {
    let running = Running::socket_mode(|_| {}).await;
    let fake = &running.fake;
    let ack = fake.command("/path", "apm group pm").await;
    assert_eq!(header(&ack), "From Associate Product Manager to Group Product Manager");
    let text = format!("<@{BOT_USER}> which roles do you know?");
    fake.event(fake_slack::app_mention(CHANNEL, &text, "1700000000.000700", None)).await;
    let uploads = fake.uploads(2).await;
    let by_thread =
        |thread: Value| uploads.iter().find(|u| u["thread_ts"] == thread).unwrap_or_else(|| panic!("{uploads:?}"));
    let under_command = by_thread(Value::Null);
    assert_eq!(under_command["channel_id"], CHANNEL);
    let in_thread = by_thread(json!("1700000000.000700"));
    for upload in [under_command, in_thread] {
        assert_eq!((&upload["name"], &upload["png"]), (&json!("role-map.png"), &json!(true)), "{upload}");
        assert_eq!(upload["size"], upload["length"], "every byte announced was sent");
    }
    let light = fake.command("/whatis", "po").await;
    assert_eq!(header(&light), "Product Owner");
    assert_eq!(fake.record().uploads.len(), 2, "a definition uploads nothing");
}

#[tokio::test]
async fn with_a_public_url_the_role_map_is_an_image_block_served_by_the_bot() {
    let running = Running::socket_mode(|c| c.public_url = Some("https://rolecall.example.com".to_owned())).await;
    let fake = &running.fake;
    let ack = fake.command("/path", "apm group pm").await;
    let image = ack["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["type"] == "image")
        .unwrap_or_else(|| panic!("an image block: {ack}"));
    assert_eq!(
        image["image_url"],
        "https://rolecall.example.com/map.png?from=associate-product-manager&to=group-product-manager"
    );
    let roles = fake.command("/roles", "").await;
    assert!(roles["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .any(|b| b["image_url"] == "https://rolecall.example.com/map.png"));
    let record = fake.record();
    assert!(record.uploads.is_empty() && record.pending.is_empty(), "nothing uploaded");
}
