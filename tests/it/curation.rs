//! The curator loop end to end, against the fake platforms, on SQLite and on PostgreSQL:
//! settings made from the chat, votes on answers, replicas answering a retried Slack event
//! once, and a bot that keeps answering while its database is stopped.

use std::net::SocketAddr;
use std::time::Duration;

use rolecall::config::{DiscordConfig, Secret};
use rolecall::discord::Discord;
use rolecall::platform::Services;
use rolecall::slack::signature::Verifier;
use rolecall::slack::Slack;
use serde_json::{json, Value};

use crate::support::databases::{backends, postgres, Kept, Proxy, TestDb};
use crate::support::fake_discord::{user, FakeDiscord, GUILD_ID, TOKEN};
use crate::support::fake_slack::{self, FakeSlack, ADMIN, BOT_USER, CHANNEL, USER};
use crate::support::http::{get, request};
use crate::support::platforms::{self, Tasks};

const WAIT: Duration = Duration::from_secs(10);
const QUIET: Duration = Duration::from_millis(700);

/// Slack in Socket Mode against its fake, answering through `services`.
async fn slack(services: &Services) -> (FakeSlack, Tasks) {
    let fake = FakeSlack::start().await;
    let mut tasks = Tasks::new();
    platforms::start(Box::new(Slack::new(fake.config())), services, &mut tasks).await.expect("Slack starts");
    fake.connections(1).await;
    (fake, tasks)
}

#[tokio::test]
async fn a_slack_admin_turns_auto_answer_on_from_the_chat_and_the_running_bot_answers_there() {
    for db in backends().await {
        let kept = Kept::start(&db.url, Duration::from_secs(30)).await;
        let services = Services::new(kept.bot.clone());
        let (fake, _tasks) = slack(&services).await;
        let question = |ts: &str| fake_slack::message("CTEAM", "channel", "what does a product owner do?", ts);

        fake.event(question("1700000000.000100")).await;
        tokio::time::sleep(QUIET).await;
        assert!(fake.record().posts.is_empty(), "{}: not an auto-answer channel yet", db.backend);

        let refused = fake.command_by(USER, "CTEAM", "/rolecall-settings", "on").await;
        assert_eq!(refused["response_type"], "ephemeral");
        assert!(refused["text"].as_str().unwrap().contains("Only workspace admins"), "{refused}");
        let wrong = fake.command_by(ADMIN, "CTEAM", "/rolecall-settings", "sometimes").await;
        assert!(wrong["text"].as_str().unwrap().contains("\"sometimes\""), "{wrong}");

        let done = fake.command_by(ADMIN, "CTEAM", "/rolecall-settings", "on cooldown 120").await;
        assert_eq!(done["response_type"], "ephemeral", "settings replies are for the admin only");
        let text = done["text"].as_str().unwrap();
        assert!(text.contains("Auto-answer is on") && text.contains("2 min"), "{text}");

        fake.event(question("1700000000.000200")).await;
        let post = &fake.posts(1).await[0];
        assert_eq!((&post["channel"], &post["thread_ts"]), (&json!("CTEAM"), &json!("1700000000.000200")));
        fake.event(question("1700000000.000300")).await;
        tokio::time::sleep(QUIET).await;
        assert_eq!(fake.record().posts.len(), 1, "{}: the cooldown set holds back the next one", db.backend);

        let shown = fake.command_by(USER, "CTEAM", "/rolecall-settings", "").await;
        assert!(shown["text"].as_str().unwrap().contains("Auto-answer is on"), "anyone may look: {shown}");
        let elsewhere = fake.command_by(USER, CHANNEL, "/rolecall-settings", "").await;
        assert!(elsewhere["text"].as_str().unwrap().contains("off in this channel"), "{elsewhere}");
        services.stop.cancel();
        kept.stop().await;
    }
}

/// Discord's gateway against its fake, answering through `services`; auto-answer is on
/// nowhere until a setting says so.
async fn discord(services: &Services) -> (FakeDiscord, Tasks) {
    let fake = FakeDiscord::start().await;
    let config = DiscordConfig {
        token: Secret::new(TOKEN),
        api_url: fake.api_url(),
        guild_id: Some(GUILD_ID),
        auto_answer_channels: vec![],
        message_content: true,
    };
    let mut tasks = Tasks::new();
    platforms::start(Box::new(Discord::new(config)), services, &mut tasks).await.expect("Discord starts");
    assert!(fake.wait_connected(WAIT).await);
    for _ in 0..500 {
        if services.readiness.waiting_for().is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    (fake, tasks)
}

/// Sends an interaction; returns the callback the bot posted for it.
async fn interact(fake: &FakeDiscord, interaction: Value) -> Value {
    let path = format!("/api/v10/interactions/{}/", interaction["id"].as_str().unwrap());
    fake.dispatch("INTERACTION_CREATE", interaction);
    fake.wait_for(WAIT, |c| c.path.starts_with(&path)).await.expect("the bot answered the interaction").body
}

/// Sends a message in the interactions' channel; whether the bot replied within `wait`.
async fn replied(fake: &FakeDiscord, text: &str, wait: Duration) -> bool {
    let message = fake.message(8000, Some(GUILD_ID), user(3000, "alice", false), text, vec![]);
    let id = message["id"].clone();
    fake.dispatch("MESSAGE_CREATE", message);
    fake.wait_for(wait, |c| c.path.ends_with("/messages") && c.body["message_reference"]["message_id"] == id)
        .await
        .is_some()
}

#[tokio::test]
async fn a_discord_server_manager_turns_auto_answer_on_from_the_chat_and_the_running_bot_answers_there() {
    for db in backends().await {
        let kept = Kept::start(&db.url, Duration::from_secs(30)).await;
        let services = Services::new(kept.bot.clone());
        let (fake, _tasks) = discord(&services).await;
        assert!(!replied(&fake, "what does a product owner do?", QUIET).await, "not an auto-answer channel yet");

        let on = json!([{"name": "auto_answer", "type": 3, "value": "on"}]);
        let refused = interact(&fake, fake.command_by_member("settings", on.clone(), "0")).await;
        assert_eq!(refused["data"]["flags"], 64, "private");
        assert!(refused["data"]["content"].as_str().unwrap().contains("Only members who can manage"), "{refused}");
        assert!(!replied(&fake, "what does a scrum master do?", QUIET).await);

        // 32: Manage Server
        let done = interact(&fake, fake.command_by_member("settings", on, "32")).await;
        assert_eq!(done["data"]["flags"], 64, "private");
        assert!(done["data"]["content"].as_str().unwrap().contains("Auto-answer is on"), "{done}");
        assert!(replied(&fake, "what does a product owner do?", WAIT).await, "{}: answered unprompted", db.backend);
        assert!(!replied(&fake, "anyone for lunch?", QUIET).await, "only confident role questions");

        let off = json!([{"name": "auto_answer", "type": 3, "value": "off"}]);
        interact(&fake, fake.command_by_member("settings", off, "32")).await;
        tokio::time::sleep(Duration::from_secs(1)).await;
        assert!(!replied(&fake, "what does a business analyst do?", QUIET).await, "off again");
        services.stop.cancel();
        kept.stop().await;
    }
}

/// Waits until the metrics say `line`.
async fn until_metric(kept: &Kept, line: &str) {
    for _ in 0..200 {
        if kept.metrics.encode().contains(line) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("the metrics never said {line}: {}", kept.metrics.encode());
}

#[tokio::test]
async fn votes_on_both_platforms_are_thanked_privately_and_counted_once_a_person() {
    for db in backends().await {
        let kept = Kept::start(&db.url, Duration::from_secs(30)).await;
        let services = Services::new(kept.bot.clone());

        let (slack, _slack_tasks) = slack(&services).await;
        let answer = slack.command("/whatis", "scrum master").await;
        let actions = answer["blocks"].as_array().unwrap().iter().find(|b| b["type"] == "actions").unwrap().clone();
        let labels: Vec<&str> =
            actions["elements"].as_array().unwrap().iter().map(|b| b["text"]["text"].as_str().unwrap()).collect();
        assert!(labels.ends_with(&["Helpful", "Not helpful"]), "{labels:?}");
        let not_helpful = actions["elements"].as_array().unwrap().last().unwrap().clone();
        let press = slack.button_press(
            not_helpful["action_id"].as_str().unwrap(),
            not_helpful["value"].as_str().unwrap(),
            "1700000000.000500",
            None,
            false,
        );
        slack.press(press.clone()).await;
        slack.press(press).await;
        let thanks = slack.responses(2).await;
        for reply in &thanks {
            assert_eq!(reply["response_type"], "ephemeral", "{reply}");
            assert_eq!(reply["text"], rolecall::feedback::THANKS);
        }

        let (discord, _discord_tasks) = discord(&services).await;
        let callback = interact(
            &discord,
            discord.command("whatis", json!([{"name": "role", "type": 3, "value": "scrum master"}])),
        )
        .await;
        let rows = callback["data"]["components"].as_array().unwrap();
        let votes = rows.last().unwrap()["components"].as_array().unwrap();
        let ids: Vec<&str> = votes.iter().map(|b| b["custom_id"].as_str().unwrap()).collect();
        assert_eq!(ids, ["rv:vote + define scrum-master", "rv:vote - define scrum-master"]);
        let thanked = interact(&discord, discord.button(ids[1])).await;
        assert_eq!(thanked["data"]["flags"], 64, "private");
        assert_eq!(thanked["data"]["content"], rolecall::feedback::THANKS);

        // two presses by one Slack user, one by a Discord user
        until_metric(&kept, r#"rolecall_feedback_total{vote="not_helpful",intent="define"} 2"#).await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert!(kept.metrics.encode().contains(r#"rolecall_feedback_total{vote="not_helpful",intent="define"} 2"#));
        services.stop.cancel();
        kept.stop().await;
    }
}

const SECRET: &str = "curation-signing-secret";

/// `rolecall serve` in Slack's HTTP mode against `fake`, keeping records in `database`.
struct Served {
    child: tokio::process::Child,
    addr: SocketAddr,
}

impl Served {
    async fn start(fake: &FakeSlack, database: &str) -> Served {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let addr: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
        let child = tokio::process::Command::new(env!("CARGO_BIN_EXE_rolecall"))
            .arg("serve")
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("SLACK_BOT_TOKEN", "xoxb-fake")
            .env("SLACK_SIGNING_SECRET", SECRET)
            .env("SLACK_API_URL", fake.config().api_url)
            .env("ROLECALL_HTTP_ADDR", addr.to_string())
            .env("ROLECALL_DATABASE_URL", database)
            .env("RUST_LOG", "warn")
            .kill_on_drop(true)
            .spawn()
            .expect("rolecall serve runs");
        let served = Served { child, addr };
        served.until_ready("database: up", WAIT).await;
        served
    }

    /// Waits until `/readyz` is 200 and says `what`; returns its body.
    async fn until_ready(&self, what: &str, within: Duration) -> String {
        let until = std::time::Instant::now() + within;
        let mut last = String::new();
        while std::time::Instant::now() < until {
            if tokio::net::TcpStream::connect(self.addr).await.is_ok() {
                if let Ok(response) = tokio::time::timeout(Duration::from_secs(2), get(self.addr, "/readyz")).await {
                    if response.status == 200 && response.body.contains(what) {
                        return response.body;
                    }
                    last = response.body;
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("/readyz never said {what:?}: {last}");
    }

    /// Delivers an event callback, signed now, with Slack's retry headers when `retry` is set.
    async fn deliver(&self, callback: &Value, retry: Option<u32>) -> u16 {
        let body = callback.to_string();
        let timestamp =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs().to_string();
        let signature = Verifier::new(Secret::new(SECRET)).sign(&timestamp, body.as_bytes());
        let retry_num = retry.map(|n| n.to_string()).unwrap_or_default();
        let mut headers = vec![
            ("Content-Type", "application/json"),
            ("X-Slack-Request-Timestamp", timestamp.as_str()),
            ("X-Slack-Signature", signature.as_str()),
        ];
        if retry.is_some() {
            headers.push(("X-Slack-Retry-Num", retry_num.as_str()));
            headers.push(("X-Slack-Retry-Reason", "http_error"));
        }
        request(self.addr, "POST", "/slack/events", &headers, body.as_bytes()).await.status
    }

    /// Stops it as an operator does, with SIGTERM: replies in flight and records waiting are
    /// finished first.
    async fn stop(mut self) {
        if let Some(pid) = self.child.id() {
            let _ = std::process::Command::new("kill").args(["-TERM", &pid.to_string()]).status();
        }
        let exited = tokio::time::timeout(WAIT, self.child.wait()).await;
        assert!(matches!(exited, Ok(Ok(status)) if status.success()), "serve stops cleanly on SIGTERM: {exited:?}");
    }
}

fn mention(fake: &FakeSlack, text: &str, ts: &str) -> Value {
    fake.event_callback(fake_slack::app_mention(CHANNEL, &format!("<@{BOT_USER}> {text}"), ts, None))
}

#[tokio::test]
async fn two_serve_processes_on_one_database_answer_a_slack_event_retried_to_each_exactly_once() {
    let mut dbs: Vec<TestDb> = Vec::new();
    dbs.extend(postgres().await);
    dbs.push(crate::support::databases::sqlite());
    for db in dbs {
        let fake = FakeSlack::start().await;
        let (a, b) = (Served::start(&fake, &db.url).await, Served::start(&fake, &db.url).await);
        let event = mention(&fake, "what does a product owner do?", "1700000000.000100");
        let (first, retried) = tokio::join!(a.deliver(&event, None), b.deliver(&event, Some(1)));
        assert_eq!((first, retried), (200, 200), "both acknowledged");
        // a later retry, signed anew, passes the signature check and meets the delivery record
        tokio::time::sleep(Duration::from_millis(1100)).await;
        assert_eq!(a.deliver(&event, Some(2)).await, 200);
        let posts = fake.posts(1).await;
        assert_eq!(posts[0]["thread_ts"], "1700000000.000100");
        tokio::time::sleep(Duration::from_secs(1)).await;
        assert_eq!(fake.record().posts.len(), 1, "{}: answered exactly once", db.backend);

        let other = mention(&fake, "what does a scrum master do?", "1700000000.000200");
        assert_eq!(b.deliver(&other, None).await, 200);
        assert_eq!(fake.posts(2).await.len(), 2, "another event is answered");
        a.stop().await;
        b.stop().await;
    }
}

#[tokio::test]
async fn serve_keeps_answering_while_postgresql_is_stopped_and_readyz_says_why() {
    let Some(db) = postgres().await else { return };
    let proxy = Proxy::start(db.server.expect("a server address")).await;
    let fake = FakeSlack::start().await;
    let served = Served::start(&fake, &db.via(proxy.addr)).await;
    proxy.stop();

    assert_eq!(served.deliver(&mention(&fake, "what does a product owner do?", "1700000000.000100"), None).await, 200);
    assert_eq!(served.deliver(&mention(&fake, "what does a dragon tamer do?", "1700000000.000200"), None).await, 200);
    // Each event is answered in its own task, so the two replies may arrive in either order.
    let mut threads: Vec<String> =
        fake.posts(2).await.iter().map(|post| post["thread_ts"].as_str().unwrap_or_default().to_owned()).collect();
    threads.sort();
    assert_eq!(threads, ["1700000000.000100", "1700000000.000200"], "answers go on");

    let ready = served.until_ready("database: down (", WAIT).await;
    assert!(ready.starts_with("ready:"), "{ready}");
    let metrics = get(served.addr, "/metrics").await.body;
    assert!(metrics.contains("rolecall_database_up 0"), "{metrics}");

    proxy.resume().await;
    served.until_ready("database: up", Duration::from_secs(30)).await;
    let metrics = get(served.addr, "/metrics").await.body;
    assert!(metrics.contains("rolecall_database_up 1"), "{metrics}");
    served.stop().await;
    let gaps = std::process::Command::new(env!("CARGO_BIN_EXE_rolecall"))
        .args(["gaps", "--json", "--database", &db.url])
        .output()
        .unwrap();
    let report = String::from_utf8(gaps.stdout).unwrap();
    assert!(report.contains("what does a dragon tamer do"), "the question missed while it was down is kept: {report}");
}
