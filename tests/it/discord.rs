//! The Discord adapter, end to end: the real serenity client against the fake Discord.

use std::time::Duration;

use rolecall::config::{DiscordConfig, Secret};
use rolecall::discord::Discord;
use rolecall::platform::Services;
use rolecall::Store;
use serde_json::{json, Value};

use crate::support::fake_discord::{user, Call, FakeDiscord, BOT_ID, GUILD_ID, TOKEN};
use crate::support::platforms::{self, Tasks};

const WAIT: Duration = Duration::from_secs(10);
const AUTO_CHANNEL: u64 = 4242;

struct Running {
    fake: FakeDiscord,
    services: Services,
    platforms: Tasks,
}

fn services(store: Store) -> Services {
    platforms::services(store, Duration::from_secs(60))
}

fn config(fake: &FakeDiscord, token: &str) -> DiscordConfig {
    DiscordConfig {
        token: Secret::new(token),
        api_url: fake.api_url(),
        guild_id: Some(GUILD_ID),
        auto_answer_channels: vec![AUTO_CHANNEL],
        message_content: true,
    }
}

async fn start_with(store: Store) -> Running {
    let fake = FakeDiscord::start().await;
    let services = services(store);
    let mut platforms = Tasks::new();
    platforms::start(Box::new(Discord::new(config(&fake, TOKEN))), &services, &mut platforms)
        .await
        .expect("the bot starts");
    assert!(fake.wait_connected(WAIT).await, "the bot connected to the gateway");
    // READY is handled (commands registered) before the bot is marked ready
    for _ in 0..500 {
        if services.readiness.waiting_for().is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert!(services.readiness.waiting_for().is_empty(), "readiness follows the connection");
    Running { fake, services, platforms }
}

async fn start() -> Running {
    start_with(Store::embedded().unwrap()).await
}

impl Running {
    async fn stop(mut self) {
        self.services.closing.cancel();
        self.services.stop.cancel();
        let _ = tokio::time::timeout(WAIT, self.platforms.join_next()).await;
    }

    /// Sends an interaction and returns the callback the bot posted for it.
    async fn interact(&self, interaction: Value) -> Value {
        let id = interaction["id"].as_str().unwrap().to_owned();
        self.fake.dispatch("INTERACTION_CREATE", interaction);
        let path = format!("/api/v10/interactions/{id}/");
        let call =
            self.fake.wait_for(WAIT, |c| c.path.starts_with(&path)).await.expect("the bot answered the interaction");
        call.body
    }

    /// Sends a message and returns the bot's reply, if one comes within `wait`.
    async fn say(&self, message: Value, wait: Duration) -> Option<Call> {
        let id = message["id"].as_str().unwrap().to_owned();
        self.fake.dispatch("MESSAGE_CREATE", message);
        self.fake
            .wait_for(wait, |c| c.path.ends_with("/messages") && c.body["message_reference"]["message_id"] == json!(id))
            .await
    }
}

fn title(callback: &Value) -> &str {
    callback["data"]["embeds"][0]["title"].as_str().unwrap_or_default()
}

fn alice() -> Value {
    user(3000, "alice", false)
}

#[tokio::test]
async fn commands_are_registered_in_the_configured_guild() {
    let bot = start().await;
    let call = bot
        .fake
        .wait_for(WAIT, |c| {
            c.method == "PUT" && c.path == format!("/api/v10/applications/2000/guilds/{GUILD_ID}/commands")
        })
        .await
        .expect("commands registered in the guild");
    let names: Vec<&str> = call.body.as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["whatis", "compare", "path", "who", "ask", "roles", "help", "settings"]);
    let compare = &call.body[1]["options"];
    assert_eq!(compare[0]["name"], "first");
    assert_eq!(compare[0]["autocomplete"], true);
    assert_eq!(compare[1]["name"], "second");
    bot.stop().await;
}

#[tokio::test]
async fn every_command_is_answered() {
    let bot = start().await;
    let table = [
        ("whatis", json!([{"name": "role", "type": 3, "value": "product-owner"}]), "Product Owner"),
        (
            "compare",
            json!([{"name": "first", "type": 3, "value": "product-manager"}, {"name": "second", "type": 3, "value": "project manager"}]),
            "Product Manager vs Project Manager",
        ),
        (
            "path",
            json!([{"name": "to", "type": 3, "value": "product-leader"}, {"name": "from", "type": 3, "value": "pm"}]),
            "From Product Manager to Product Leader",
        ),
        ("who", json!([{"name": "duty", "type": 3, "value": "owns the roadmap"}]), "Who owns the roadmap?"),
        (
            "ask",
            json!([{"name": "question", "type": 3, "value": "is a PO the same as a PM?"}]),
            "Product Owner vs Product Manager",
        ),
        ("roles", json!([]), "Roles I know"),
        ("help", json!([]), "What I can do"),
    ];
    for (name, options, expected) in table {
        let callback = bot.interact(bot.fake.command(name, options)).await;
        assert_eq!(callback["type"], 4, "/{name} answers with a message");
        assert_eq!(title(&callback), expected, "/{name}");
        assert_eq!(callback["data"]["allowed_mentions"]["parse"], json!([]), "/{name} pings no one");
        assert_ne!(callback["data"]["flags"], json!(64), "/{name} is visible to the channel");
    }
    bot.stop().await;
}

#[tokio::test]
async fn unknown_roles_and_private_answers_are_ephemeral() {
    let bot = start().await;
    let unknown = bot.interact(bot.fake.command("whatis", json!([{"name": "role", "type": 3, "value": "chef"}]))).await;
    assert_eq!(title(&unknown), "I don't know that role or term");
    assert_eq!(unknown["data"]["flags"], json!(64), "unknown roles are ephemeral");
    let private = bot
        .interact(bot.fake.command(
            "whatis",
            json!([{"name": "role", "type": 3, "value": "po"}, {"name": "private", "type": 5, "value": true}]),
        ))
        .await;
    assert_eq!(private["data"]["flags"], json!(64), "private answers are ephemeral");
    bot.stop().await;
}

#[tokio::test]
async fn role_options_autocomplete_from_the_store() {
    let bot = start().await;
    let callback = bot.interact(bot.fake.autocomplete("whatis", "role", "prodcut own")).await;
    assert_eq!(callback["type"], 8);
    let choices = callback["data"]["choices"].as_array().unwrap();
    assert_eq!(choices[0]["value"], "product-owner");
    assert_eq!(choices[0]["name"], "Product Owner");
    let empty = bot.interact(bot.fake.autocomplete("compare", "first", "")).await;
    assert_eq!(empty["data"]["choices"].as_array().unwrap().len(), 25, "empty input offers the first 25");
    bot.stop().await;
}

#[tokio::test]
async fn a_button_answers_its_follow_up() {
    let bot = start().await;
    let first = bot.interact(bot.fake.command("whatis", json!([{"name": "role", "type": 3, "value": "po"}]))).await;
    let button = &first["data"]["components"][0]["components"][0];
    let custom_id = button["custom_id"].as_str().expect("follow-ups are buttons");
    let callback = bot.interact(bot.fake.button(custom_id)).await;
    assert_eq!(callback["type"], 4);
    let expected = if custom_id.contains("compare ") { " vs " } else { "" };
    assert!(title(&callback).contains(expected) && !title(&callback).is_empty(), "{custom_id} -> {}", title(&callback));
    bot.stop().await;
}

#[tokio::test]
async fn mentions_and_direct_messages_are_answered_as_replies_that_ping_no_one() {
    let bot = start().await;
    let me = user(BOT_ID, "rolecall", true);
    let mention =
        bot.fake.message(500, Some(GUILD_ID), alice(), &format!("<@{BOT_ID}> what is a scrum master?"), vec![me]);
    let reply = bot.say(mention, WAIT).await.expect("a mention is answered");
    assert_eq!(reply.body["embeds"][0]["title"], "Scrum Master");
    assert_eq!(reply.body["allowed_mentions"], json!({"parse": [], "users": [], "roles": [], "replied_user": false}));
    let dm = bot.fake.message(501, None, alice(), "pm vs po?", vec![]);
    let reply = bot.say(dm, WAIT).await.expect("a DM is answered");
    assert_eq!(reply.body["embeds"][0]["title"], "Product Manager vs Product Owner");
    bot.stop().await;
}

#[tokio::test]
async fn auto_answer_channels_get_confident_role_questions_only() {
    let bot = start().await;
    let question = bot.fake.message(AUTO_CHANNEL, Some(GUILD_ID), alice(), "what does a product owner do?", vec![]);
    assert!(bot.say(question, WAIT).await.is_some(), "a role question is answered unprompted");
    let off_topic = bot.fake.message(AUTO_CHANNEL + 1, Some(GUILD_ID), alice(), "anyone for lunch?", vec![]);
    assert!(bot.say(off_topic, Duration::from_millis(700)).await.is_none(), "off-topic gets no reply");
    let elsewhere = bot.fake.message(999, Some(GUILD_ID), alice(), "what does a product owner do?", vec![]);
    assert!(bot.say(elsewhere, Duration::from_millis(700)).await.is_none(), "other channels only when mentioned");
    bot.stop().await;
}

#[tokio::test]
async fn messages_from_bots_are_ignored() {
    let bot = start().await;
    let me = user(BOT_ID, "rolecall", true);
    let other_bot = bot.fake.message(
        500,
        Some(GUILD_ID),
        user(4000, "otherbot", true),
        &format!("<@{BOT_ID}> what is a po?"),
        vec![me.clone()],
    );
    assert!(bot.say(other_bot, Duration::from_millis(700)).await.is_none());
    let itself = bot.fake.message(AUTO_CHANNEL, Some(GUILD_ID), me, "what does a product owner do?", vec![]);
    assert!(bot.say(itself, Duration::from_millis(700)).await.is_none());
    bot.stop().await;
}

#[tokio::test]
async fn everyone_in_a_question_pings_no_one() {
    let bot = start().await;
    let me = user(BOT_ID, "rolecall", true);
    let text = format!("<@{BOT_ID}> /who pings @everyone and @here about <@3000>?");
    let reply = bot.say(bot.fake.message(500, Some(GUILD_ID), alice(), &text, vec![me]), WAIT).await.expect("answered");
    assert_eq!(reply.body["allowed_mentions"]["parse"], json!([]));
    let shown = reply.body["embeds"].to_string();
    assert!(!shown.contains("@everyone") && !shown.contains("@here") && !shown.contains("<@3000>"), "{shown}");
    bot.stop().await;
}

#[tokio::test]
async fn an_answer_too_long_for_one_field_is_split_within_limits() {
    let dir = std::env::temp_dir().join(format!("rolecall-long-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("roles")).unwrap();
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
    for name in ["product-owner.toml", "scrum-master.toml"] {
        std::fs::copy(fixture.join("roles").join(name), dir.join("roles").join(name)).unwrap();
    }
    let long = format!("\"{}\"", "prioritizes the backlog with care and attention ".repeat(19).trim());
    let po = std::fs::read_to_string(dir.join("roles/product-owner.toml")).unwrap();
    let po = po.replace("[\"prioritizes the product backlog\"]", &format!("[{long}, {long}, {long}, {long}]"));
    std::fs::write(dir.join("roles/product-owner.toml"), po).unwrap();
    let bot = start_with(Store::from_dir(&dir).expect("long fixture loads")).await;
    let brief = bot.interact(bot.fake.command("whatis", json!([{"name": "role", "type": 3, "value": "po"}]))).await;
    // the whole answer is behind the "More" button, shown only to the one who pressed it
    let buttons = brief["data"]["components"][0]["components"].as_array().unwrap();
    let more = buttons.iter().find(|b| b["label"] == "More").expect("a More button");
    let callback = bot.interact(bot.fake.button(more["custom_id"].as_str().unwrap())).await;
    assert_eq!(callback["data"]["flags"].as_u64().unwrap_or(0) & 64, 64, "ephemeral");
    let fields = callback["data"]["embeds"][0]["fields"].as_array().unwrap().clone();
    assert!(fields.iter().any(|f| f["name"] == "Key responsibilities (continued)"), "{fields:?}");
    for f in &fields {
        assert!(f["value"].as_str().unwrap().chars().count() <= 1024);
    }
    bot.stop().await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn after_a_gateway_disconnect_the_bot_reconnects_and_keeps_answering() {
    let bot = start().await;
    let connections = bot.fake.identifies() + bot.fake.resumes();
    bot.fake.drop_connection();
    let mut reconnected = false;
    for _ in 0..300 {
        if bot.fake.identifies() + bot.fake.resumes() > connections && bot.fake.wait_connected(WAIT).await {
            reconnected = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(reconnected, "the bot came back");
    let callback = bot.interact(bot.fake.command("whatis", json!([{"name": "role", "type": 3, "value": "cpo"}]))).await;
    assert_eq!(title(&callback), "Chief Product Officer");
    let metrics = bot.services.bot.metrics().encode();
    assert!(metrics.contains(r#"rolecall_platform_reconnects_total{platform="discord"} 1"#), "{metrics}");
    bot.stop().await;
}

#[tokio::test]
async fn a_rate_limited_reply_is_retried_until_it_arrives() {
    let bot = start().await;
    bot.fake.rate_limit_next(2);
    let interaction = bot.fake.command("whatis", json!([{"name": "role", "type": 3, "value": "ba"}]));
    let id = interaction["id"].as_str().unwrap().to_owned();
    bot.fake.dispatch("INTERACTION_CREATE", interaction);
    let path = format!("/api/v10/interactions/{id}/");
    let mut attempts = 0;
    for _ in 0..200 {
        attempts = bot.fake.calls().iter().filter(|c| c.path.starts_with(&path)).count();
        if attempts >= 3 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    assert_eq!(attempts, 3, "two 429s, then the reply");
    let times: Vec<_> = bot.fake.calls().into_iter().filter(|c| c.path.starts_with(&path)).map(|c| c.at).collect();
    assert!(times[1] - times[0] >= Duration::from_millis(200), "the bot waited before trying again");
    bot.stop().await;
}

#[tokio::test]
async fn a_bad_token_fails_the_start_with_one_clear_error() {
    let fake = FakeDiscord::start().await;
    let mut platforms = Tasks::new();
    let discord = Box::new(Discord::new(config(&fake, "MTAwMA.GZ2vYw.wrong-token")));
    let err = platforms::start(discord, &services(Store::embedded().unwrap()), &mut platforms)
        .await
        .expect_err("a bad token cannot start");
    assert!(err.to_string().contains("DISCORD_TOKEN"), "{err}");
    assert!(platforms.is_empty());
}

#[tokio::test]
async fn an_unreachable_discord_fails_the_start_naming_the_variables_to_check() {
    let closed = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let api_url = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let config = DiscordConfig {
        token: Secret::new(TOKEN),
        api_url: api_url.clone(),
        guild_id: None,
        auto_answer_channels: vec![],
        message_content: false,
    };
    let mut platforms = Tasks::new();
    let err = platforms::start(Box::new(Discord::new(config)), &services(Store::embedded().unwrap()), &mut platforms)
        .await
        .expect_err("nothing answers at that URL");
    let message = err.to_string();
    for part in [api_url.as_str(), "DISCORD_TOKEN", "DISCORD_API_URL"] {
        assert!(message.contains(part), "names {part}: {message}");
    }
    assert!(message.to_lowercase().contains("connection refused"), "says what went wrong: {message}");
    assert!(!message.contains("Error while sending HTTP request"), "{message}");
    assert!(platforms.is_empty());
}

#[tokio::test]
async fn refused_intents_end_the_connection_with_what_to_fix() {
    let fake = FakeDiscord::start().await;
    fake.refuse_identify(4014);
    let mut platforms = Tasks::new();
    let services = services(Store::embedded().unwrap());
    platforms::start(Box::new(Discord::new(config(&fake, TOKEN))), &services, &mut platforms)
        .await
        .expect("the token is fine");
    let ended = tokio::time::timeout(WAIT, platforms.join_next()).await.expect("no loop of retries").unwrap().unwrap();
    let err = ended.1.expect_err("the platform fails");
    assert!(err.to_string().contains("MESSAGE CONTENT INTENT"), "{err}");
    assert_eq!(fake.identifies(), 1, "not retried");
}

#[tokio::test]
async fn serve_finishes_a_reply_in_flight_on_sigterm_and_exits_0() {
    let fake = FakeDiscord::start().await;
    let mut child = fake.spawn_serve(env!("CARGO_BIN_EXE_rolecall"));
    assert!(fake.wait_connected(WAIT).await, "serve connected to the fake");
    fake.wait_for(WAIT, |c| c.method == "PUT").await.expect("ready: commands registered");
    // the first reply attempt is rate limited, so the bot is mid-reply when SIGTERM comes
    fake.rate_limit_next(1);
    let interaction = fake.command("whatis", json!([{"name": "role", "type": 3, "value": "scrum master"}]));
    let path = format!("/api/v10/interactions/{}/", interaction["id"].as_str().unwrap());
    fake.dispatch("INTERACTION_CREATE", interaction);
    fake.wait_for(WAIT, |c| c.path.starts_with(&path)).await.expect("the first attempt arrives");
    let pid = child.id().unwrap().to_string();
    std::process::Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    let status = tokio::time::timeout(WAIT, child.wait()).await.expect("exits within the bound").unwrap();
    assert!(status.success(), "exit 0 after SIGTERM: {status:?}");
    let attempts: Vec<Call> = fake.calls().into_iter().filter(|c| c.path.starts_with(&path)).collect();
    assert_eq!(attempts.len(), 2, "the reply was retried and delivered during shutdown");
    assert_eq!(attempts[1].body["data"]["embeds"][0]["title"], "Scrum Master");
}

mod http_interactions {
    use super::*;
    use crate::support::http::{request, Response};
    use ed25519_dalek::{Signer, SigningKey};
    use rolecall::discord::interactions::Interactions;
    use rolecall::http::{self, AppState, Limits};
    use rolecall::platform::Platform;

    fn key() -> SigningKey {
        SigningKey::from_bytes(&[7u8; 32])
    }

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    async fn endpoint() -> std::net::SocketAddr {
        let services = services(Store::embedded().unwrap());
        let public_key = hex(key().verifying_key().as_bytes());
        let routes = Interactions::new(public_key).routes(&services).unwrap();
        let state = AppState { bot: services.bot.clone(), readiness: services.readiness.clone() };
        let limits = Limits { max_body_bytes: 64 * 1024, timeout: WAIT, ..Limits::default() };
        let app = http::router(state, routes, limits);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(http::run(listener, app, limits, std::future::pending()));
        addr
    }

    fn now() -> String {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs().to_string()
    }

    async fn post(addr: std::net::SocketAddr, body: &Value, signer: &SigningKey, timestamp: &str) -> Response {
        let body = body.to_string();
        let signature = hex(&signer.sign(format!("{timestamp}{body}").as_bytes()).to_bytes());
        let headers = [
            ("X-Signature-Ed25519", signature.as_str()),
            ("X-Signature-Timestamp", timestamp),
            ("Content-Type", "application/json"),
        ];
        request(addr, "POST", "/discord/interactions", &headers, body.as_bytes()).await
    }

    fn ping() -> Value {
        json!({"id": "1", "application_id": "2000", "type": 1, "token": "t", "version": 1})
    }

    #[tokio::test]
    async fn a_signed_ping_gets_a_pong() {
        let addr = endpoint().await;
        let r = post(addr, &ping(), &key(), &now()).await;
        assert_eq!(r.status, 200, "{}", r.body);
        assert_eq!(serde_json::from_str::<Value>(&r.body).unwrap(), json!({"type": 1, "data": null}));
    }

    #[tokio::test]
    async fn a_signed_command_is_answered_in_the_response() {
        let addr = endpoint().await;
        let fake = FakeDiscord::start().await;
        let command = fake.command("compare", json!([{"name": "first", "type": 3, "value": "po"}, {"name": "second", "type": 3, "value": "scrum master"}]));
        let r = post(addr, &command, &key(), &now()).await;
        assert_eq!(r.status, 200, "{}", r.body);
        let response: Value = serde_json::from_str(&r.body).unwrap();
        assert_eq!(response["type"], 4);
        assert_eq!(response["data"]["embeds"][0]["title"], "Product Owner vs Scrum Master");
    }

    #[tokio::test]
    async fn forged_stale_or_unsigned_requests_are_refused_before_parsing() {
        let addr = endpoint().await;
        let forger = SigningKey::from_bytes(&[9u8; 32]);
        assert_eq!(post(addr, &ping(), &forger, &now()).await.status, 401, "forged signature");
        let stale = (now().parse::<u64>().unwrap() - 3600).to_string();
        assert_eq!(post(addr, &ping(), &key(), &stale).await.status, 401, "stale timestamp");
        let unsigned = request(addr, "POST", "/discord/interactions", &[], ping().to_string().as_bytes()).await;
        assert_eq!(unsigned.status, 401, "missing headers");
        let garbage = post(addr, &json!("not an interaction"), &key(), &now()).await;
        assert_eq!(garbage.status, 400, "a signed but unreadable body is a bad request");
    }
}

#[tokio::test]
async fn product_terms_are_explained_autocompleted_and_linked_to_their_owner() {
    let bot = start().await;
    let callback = bot.interact(bot.fake.command("whatis", json!([{"name": "role", "type": 3, "value": "prd"}]))).await;
    assert_eq!(callback["type"], 4);
    assert_eq!(title(&callback), "Product requirements document (PRD)");
    let buttons: Vec<&str> = callback["data"]["components"][0]["components"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|b| b["custom_id"].as_str())
        .collect();
    let owner = buttons.iter().find(|id| id.ends_with("whatis product-manager")).expect("a button to the owner");
    let pressed = bot.interact(bot.fake.button(owner)).await;
    assert_eq!(title(&pressed), "Product Manager");
    // roles first, then the terms
    let typed = bot.interact(bot.fake.autocomplete("whatis", "role", "product")).await;
    let values: Vec<&str> =
        typed["data"]["choices"].as_array().unwrap().iter().map(|c| c["value"].as_str().unwrap()).collect();
    let first_term = values.iter().position(|v| *v == "product-discovery").expect("terms are offered");
    assert!(values[..first_term].contains(&"product-manager"), "{values:?}");
    let prd = bot.interact(bot.fake.autocomplete("whatis", "role", "prd")).await;
    assert_eq!(prd["data"]["choices"][0]["value"], "prd");
    let mention = bot.fake.message(
        501,
        Some(GUILD_ID),
        alice(),
        &format!("<@{BOT_ID}> roadmap vs backlog?"),
        vec![user(BOT_ID, "rolecall", true)],
    );
    let reply = bot.say(mention, WAIT).await.expect("a term comparison is answered");
    assert_eq!(reply.body["embeds"][0]["title"], "Roadmap vs Product backlog");
    bot.stop().await;
}

#[tokio::test]
async fn roles_and_paths_show_the_role_map_in_their_embed() {
    let bot = start().await;
    let roles = bot.interact(bot.fake.command("roles", json!([]))).await;
    let path = bot
        .interact(bot.fake.command(
            "path",
            json!([{"name": "to", "type": 3, "value": "group pm"}, {"name": "from", "type": 3, "value": "apm"}]),
        ))
        .await;
    for callback in [&roles, &path] {
        let files = callback["_files"].as_array().expect("sent as multipart with files");
        assert_eq!(files.len(), 1, "{callback}");
        assert_eq!(files[0]["name"], "role-map.png");
        assert_eq!(files[0]["png"], true);
        assert!(files[0]["size"].as_u64().unwrap() > 10_000, "a whole picture");
        assert_eq!(callback["data"]["embeds"][0]["image"]["url"], "attachment://role-map.png");
    }
    let whatis = bot.interact(bot.fake.command("whatis", json!([{"name": "role", "type": 3, "value": "po"}]))).await;
    assert!(whatis["_files"].as_array().is_none_or(|f| f.is_empty()), "a definition stays light");
    let me = user(BOT_ID, "rolecall", true);
    let mention =
        bot.fake.message(502, Some(GUILD_ID), alice(), &format!("<@{BOT_ID}> which roles do you know?"), vec![me]);
    let reply = bot.say(mention, WAIT).await.expect("a mention is answered");
    assert_eq!(reply.body["_files"][0]["name"], "role-map.png", "a reply to a mention carries it too");
    assert_eq!(reply.body["embeds"][0]["image"]["url"], "attachment://role-map.png");
    bot.stop().await;
}
