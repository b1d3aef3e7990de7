//! What the bot keeps, on SQLite and on PostgreSQL: unanswered questions (redacted) as
//! `rolecall gaps` lists them, votes once a person an answer, channel settings across
//! restarts and replicas, cooldowns and deliveries replicas share, the retention, and answers
//! that go on while the database is away.

use std::time::{Duration, Instant};

use rolecall::bot::{Message, Origin, Reach};
use rolecall::channels::{Change, Key};
use rolecall::feedback::Vote;
use serde_json::Value;

use crate::support::databases::{backends, postgres, Kept, Proxy};

/// Runs `rolecall gaps` on a database; returns its output.
fn run_gaps(url: &str, json: bool) -> String {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_rolecall"));
    command.args(["gaps", "--since", "1d", "--database", url]).env_remove("ROLECALL_DATABASE_URL");
    if json {
        command.arg("--json");
    }
    let out = command.output().expect("rolecall runs");
    assert!(out.status.success(), "rolecall gaps failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn report(url: &str) -> Value {
    serde_json::from_str(&run_gaps(url, true)).expect("rolecall gaps --json prints JSON")
}

fn vote(helpful: bool, question: &str) -> Vote {
    let store = rolecall::Store::embedded().unwrap();
    let [yes, no] = Vote::buttons(&rolecall::ask(&store, question)).expect("a votable answer");
    if helpful {
        yes
    } else {
        no
    }
}

#[tokio::test]
async fn a_missed_question_is_kept_without_mentions_addresses_or_numbers_and_listed_by_gaps() {
    for db in backends().await {
        let kept = Kept::start(&db.url, Duration::ZERO).await;
        let bot = &kept.bot;
        bot.ask(Origin::new("slack", "<@U02ABCDEF> what does a Chief Wizard do? ask maria@example.com"));
        bot.ask(Origin::new("discord", "<@123456789> what does a chief wizard do?? ask bob@example.org"));
        bot.ask(Origin::new("slack", "call 555 123 4567 about the zebra budget"));
        bot.ask(Origin { direct: true, ..Origin::new("slack", "my salary is a secret, what is a unicorn lead") });
        bot.ask(Origin::new("slack", "what does a product owner do?"));
        kept.stop().await;

        let report = report(&db.url);
        // (the report's own "since" is a clock reading, whose digits may hold any number)
        let mut said = report.clone();
        said.as_object_mut().expect("the report is an object").remove("since");
        let all = said.to_string();
        for private in ["U02ABCDEF", "123456789", "maria", "example.com", "bob@", "555", "4567", "salary"] {
            assert!(!all.contains(private), "{}: {private:?} was kept: {all}", db.backend);
        }
        let gaps = report["gaps"].as_array().unwrap();
        let wizard = gaps.iter().find(|g| g["text"].as_str().unwrap().contains("chief wizard")).expect("kept");
        assert_eq!(wizard["count"], 2, "{}: the two askings are one group: {all}", db.backend);
        assert_eq!(wizard["platforms"], serde_json::json!(["discord", "slack"]));
        assert!(wizard["reading"].as_str().unwrap().contains("confidence"), "{wizard}");
        assert!(gaps.iter().any(|g| g["text"] == "call about the zebra budget"), "{}: {all}", db.backend);
        assert_eq!(report["unkept_direct"], 1, "a direct message counts, its text is not kept");
        assert_eq!(gaps.len(), 2, "{}: answered questions are no gaps: {all}", db.backend);
        let asked = report["asked"].as_array().unwrap();
        assert!(asked.iter().any(|a| a["id"] == "product-owner" && a["kind"] == "role" && a["count"] == 1), "{all}");

        let text = run_gaps(&db.url, false);
        assert!(text.contains("2×  what does a chief wizard do ask") && text.contains("read as:"), "{text}");
    }
}

#[tokio::test]
async fn a_vote_counts_once_per_person_per_answer_and_names_no_one() {
    for db in backends().await {
        let kept = Kept::start(&db.url, Duration::ZERO).await;
        let bot = &kept.bot;
        bot.vote("slack", "UALICE", vote(false, "what does a po do?"));
        bot.vote("slack", "UALICE", vote(false, "what does a po do?"));
        bot.vote("slack", "UALICE", vote(true, "what does a po do?"));
        bot.vote("discord", "UALICE", vote(true, "what does a po do?"));
        bot.vote("slack", "UBOB", vote(false, "what does a po do?"));
        bot.vote("slack", "UALICE", vote(true, "po vs pm?"));
        let metrics = kept.metrics.clone();
        kept.stop().await;

        let report = report(&db.url);
        let votes = report["votes"].as_array().unwrap();
        let po = votes.iter().find(|v| v["answer"] == "define product-owner").expect("votes on the PO answer");
        assert_eq!((po["not_helpful"].as_u64(), po["helpful"].as_u64()), (Some(2), Some(1)), "{}: {po}", db.backend);
        assert_eq!(votes[0]["answer"], "define product-owner", "least helpful first");
        let text = metrics.encode();
        assert!(text.contains(r#"rolecall_feedback_total{vote="not_helpful",intent="define"} 2"#), "{text}");
        assert!(text.contains(r#"rolecall_feedback_total{vote="helpful",intent="define"} 1"#), "{text}");
        assert!(text.contains(r#"rolecall_feedback_total{vote="helpful",intent="compare"} 1"#), "{text}");

        let database = rolecall::db::Database::open(&db.url).unwrap();
        let voters: Vec<(String,)> =
            sqlx::query_as("SELECT voter FROM votes").fetch_all(database.pool()).await.unwrap();
        assert_eq!(voters.len(), 4);
        assert!(voters.iter().all(|(v,)| !v.contains("UALICE") && !v.contains("UBOB") && v.len() == 64));
        database.close().await;
    }
}

fn channel_message<'a>(channel: &'a str, text: &'a str, configured: bool) -> Message<'a> {
    Message {
        platform: "slack",
        scope: "T1",
        channel,
        text,
        reach: Reach::Channel,
        from_bot: false,
        auto_answer: configured,
    }
}

#[tokio::test]
async fn a_setting_made_from_chat_survives_a_restart_and_reaches_other_replicas() {
    for db in backends().await {
        let first = Kept::start(&db.url, Duration::from_secs(30)).await;
        let key = Key::new("slack", "T1", "CTEAM");
        let question = channel_message("CTEAM", "what does a product owner do?", false);
        assert!(first.bot.on_message(&question, Instant::now()).await.is_none(), "off by default");
        let on = first.bot.set_channel(&key, Change::parse("on 45").unwrap(), false);
        assert!(on.auto_answer && on.cooldown == Duration::from_secs(45));
        assert!(first.bot.on_message(&question, Instant::now()).await.is_some(), "on at once in the running bot");
        first.stop().await;

        let restarted = Kept::start(&db.url, Duration::from_secs(30)).await;
        let mut seen = restarted.bot.channel(&key, false);
        for _ in 0..100 {
            if seen.auto_answer {
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
            seen = restarted.bot.channel(&key, false);
        }
        assert!(seen.auto_answer, "{}: the setting is read back", db.backend);
        assert_eq!(seen.cooldown, Duration::from_secs(45));
        assert!(!restarted.bot.channel(&Key::new("slack", "T1", "COTHER"), false).auto_answer, "only that channel");
        restarted.stop().await;
    }
}

#[tokio::test]
async fn replicas_share_cooldowns_and_take_a_delivered_event_once() {
    for db in backends().await {
        let a = Kept::start(&db.url, Duration::from_secs(60)).await;
        let b = Kept::start(&db.url, Duration::from_secs(60)).await;
        let question = channel_message("CAUTO", "what does a scrum master do?", true);
        assert!(a.bot.on_message(&question, Instant::now()).await.is_some(), "{}: the first answer", db.backend);
        assert!(b.bot.on_message(&question, Instant::now()).await.is_none(), "{}: the other replica waits", db.backend);
        let elsewhere = channel_message("COTHER", "what does a scrum master do?", true);
        assert!(b.bot.on_message(&elsewhere, Instant::now()).await.is_some(), "other channels are not held back");

        assert!(a.bot.first_delivery("slack", "Ev0001").await);
        assert!(!b.bot.first_delivery("slack", "Ev0001").await, "{}: taken by the other replica", db.backend);
        assert!(!a.bot.first_delivery("slack", "Ev0001").await, "taken here");
        assert!(b.bot.first_delivery("slack", "Ev0002").await);
        a.stop().await;
        b.stop().await;
    }
}

#[tokio::test]
async fn records_past_the_retention_are_purged() {
    use rolecall::db::{unix_now, Database, DAY};
    for db in backends().await {
        let kept = Kept::start(&db.url, Duration::ZERO).await;
        kept.bot.ask(Origin::new("slack", "what is a chief wizard"));
        kept.stop().await;
        let database = Database::open(&db.url).unwrap();
        database.migrate().await.unwrap();
        sqlx::query("INSERT INTO gaps (at, platform, direct, text, intent, confidence) VALUES ($1, 'slack', 0, 'an old question', 'none', 0.0)")
            .bind(unix_now() - 100 * DAY)
            .execute(database.pool())
            .await
            .unwrap();
        let gone = database.purge(unix_now(), Duration::from_secs(90 * DAY as u64)).await.unwrap();
        assert_eq!(gone, 1, "{}: only the old row goes", db.backend);
        let all = report(&db.url).to_string();
        assert!(all.contains("chief wizard") && !all.contains("old question"), "{all}");
        database.close().await;
    }
}

#[tokio::test]
async fn answers_flow_while_postgresql_is_away_and_records_are_written_when_it_is_back() {
    let Some(db) = postgres().await else { return };
    let proxy = Proxy::start(db.server.expect("a server address")).await;
    let kept = Kept::start(&db.via(proxy.addr), Duration::from_secs(60)).await;
    proxy.stop();

    let started = Instant::now();
    let answer = kept.bot.ask(Origin::new("slack", "what does a product owner do?"));
    assert_eq!(answer.roles, ["product-owner"], "answers go on");
    kept.bot.ask(Origin::new("slack", "what does a dragon tamer do?"));
    let question = channel_message("CAUTO", "what does a scrum master do?", true);
    assert!(kept.bot.on_message(&question, Instant::now()).await.is_some(), "decided alone");
    assert!(kept.bot.first_delivery("slack", "EvAway").await, "decided alone");
    // (two shared decisions, each waiting at most the decision timeout)
    let longest = 2 * rolecall::db::DECISION_TIMEOUT + Duration::from_millis(500);
    assert!(started.elapsed() < longest, "nothing waited long: {:?}", started.elapsed());

    let mut problem = None;
    for _ in 0..100 {
        problem = kept.bot.database().and_then(|(_, p)| p);
        if problem.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(problem.is_some(), "the bot knows the database is away");
    let text = kept.metrics.encode();
    assert!(text.contains("rolecall_database_up 0"), "{text}");

    proxy.resume().await;
    kept.until_up(Duration::from_secs(30)).await;
    kept.stop().await;
    let all = report(&db.url).to_string();
    assert!(all.contains("what does a dragon tamer do"), "kept while away, written when back: {all}");
}
