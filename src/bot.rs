//! How the bot behaves in a chat, whatever the platform: when it answers, when it stays quiet,
//! and what it counts and logs. Adapters turn platform events into a [`Message`] and send back
//! the [`Answer`] this returns, rendered for their platform.

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::answer::Answer;
use crate::channels::{Change, Channels, Effective, Key};
use crate::commands::answer;
use crate::db::{Database, Health, Journal, Record};
use crate::feedback::Vote;
use crate::knowledge::LiveStore;
use crate::knowledge::Store;
use crate::metrics::Metrics;
use crate::query::Understood;
use crate::replay::Replays;
use crate::understand::understand;

/// How long, in seconds, this process remembers an event it took, for when no database can
/// say: Slack retries within minutes.
const DELIVERY_WINDOW: i64 = 3600;

/// How a message reached the bot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// A slash command or a button: always answered.
    Command,
    /// A message that mentions the bot: always answered.
    Mention,
    /// A direct message: always answered.
    Direct,
    /// A message in a channel, not addressed to the bot.
    Channel,
}

/// Who asked, as far as what the bot keeps is concerned: the platform, whether it was a direct
/// message, and the text (a command's, as typed) that a question it cannot answer is kept as.
#[derive(Debug, Clone, Copy)]
pub struct Origin<'a> {
    /// `discord`, `slack` or `console`: for metrics and logs.
    pub platform: &'static str,
    pub direct: bool,
    pub text: &'a str,
}

impl<'a> Origin<'a> {
    /// A question asked in a channel or a command.
    pub fn new(platform: &'static str, text: &'a str) -> Origin<'a> {
        Origin { platform, direct: false, text }
    }
}

/// A chat message, as far as the bot cares.
#[derive(Debug, Clone)]
pub struct Message<'a> {
    /// `discord`, `slack` or `console`: for metrics and logs.
    pub platform: &'static str,
    /// The Discord server or Slack workspace, for channel settings.
    pub scope: &'a str,
    /// Where it was posted, for the per-channel cooldown.
    pub channel: &'a str,
    /// The text, with any mention of the bot already removed.
    pub text: &'a str,
    pub reach: Reach,
    /// Whether a bot (this one included) wrote it.
    pub from_bot: bool,
    /// Whether the configuration lists the channel as one where the bot answers confident role
    /// questions unprompted; a setting made from the chat overrides it.
    pub auto_answer: bool,
}

/// The database the bot keeps records in, and how.
#[derive(Debug)]
pub struct Keeping {
    pub database: Database,
    pub journal: Journal,
    pub health: Arc<Health>,
    /// Whether the text of unanswered direct messages is kept.
    pub keep_direct_text: bool,
}

/// The bot: the live store, the metrics, and the memory of when it last spoke unprompted.
#[derive(Debug)]
pub struct Bot {
    knowledge: Arc<LiveStore>,
    metrics: Arc<Metrics>,
    cooldown: Duration,
    last_unprompted: Mutex<HashMap<String, Instant>>,
    /// How often each role was asked about, for suggestions on an empty autocomplete.
    asked: Mutex<HashMap<String, u64>>,
    maps: crate::map::MapCache,
    channels: Arc<Channels>,
    /// Events taken by this process, when the database cannot say.
    deliveries: Replays,
    keeping: Option<Keeping>,
}

impl Bot {
    pub fn new(knowledge: Arc<LiveStore>, metrics: Arc<Metrics>, cooldown: Duration) -> Bot {
        Bot {
            knowledge,
            metrics,
            cooldown,
            last_unprompted: Mutex::new(HashMap::new()),
            asked: Mutex::new(HashMap::new()),
            maps: crate::map::MapCache::default(),
            channels: Arc::default(),
            deliveries: Replays::new(DELIVERY_WINDOW),
            keeping: None,
        }
    }

    /// The bot, keeping records in a database; `channels` is the settings cache its journal
    /// reads back into.
    pub fn keeping(self, keeping: Keeping, channels: Arc<Channels>) -> Bot {
        Bot { keeping: Some(keeping), channels, ..self }
    }

    /// The database, when records are kept: its URL without password, and why it does not
    /// answer, when it does not.
    pub fn database(&self) -> Option<(&str, Option<String>)> {
        self.keeping.as_ref().map(|k| (k.database.shown(), k.health.problem()))
    }

    /// The PNG of the picture an answer carries, drawn once per store; `None` when the answer
    /// has none, or when drawing failed (logged: the answer goes out without it).
    pub fn picture(&self, answer: &Answer) -> Option<Arc<Vec<u8>>> {
        let store = self.knowledge.store();
        let highlight = crate::map::Highlight::of(&store, answer.picture.as_ref()?);
        self.maps.png(&store, &highlight).map_err(|err| tracing::warn!(%err, "the role map could not be drawn")).ok()
    }

    /// The PNG of the map with what `highlight` reads from the store in use now drawn over it;
    /// a role id it does not know is named back.
    pub fn map(
        &self,
        highlight: impl FnOnce(&Store) -> Result<crate::map::Highlight, String>,
    ) -> Result<Arc<Vec<u8>>, crate::map::Drawing> {
        let store = self.knowledge.store();
        let highlight = highlight(&store).map_err(crate::map::Drawing::Unknown)?;
        self.maps.png(&store, &highlight).map_err(crate::map::Drawing::Failed)
    }

    /// The live knowledge.
    pub fn knowledge(&self) -> &Arc<LiveStore> {
        &self.knowledge
    }

    /// The metrics it records into.
    pub fn metrics(&self) -> &Arc<Metrics> {
        &self.metrics
    }

    /// Answers a question put to the bot directly, counting and logging it.
    pub fn ask(&self, origin: Origin<'_>) -> Answer {
        self.respond(origin, |store| understand(store, origin.text))
    }

    /// Answers a question the platform has already read into a query (typed command options,
    /// a button's action), against the store in use now, counting and logging it.
    pub fn respond(&self, origin: Origin<'_>, read: impl FnOnce(&Store) -> Understood) -> Answer {
        let started = Instant::now();
        let store = self.knowledge.store();
        let answer = answer(&store, &read(&store));
        self.record(origin, &answer, started);
        answer
    }

    /// The roles asked about most, most first.
    pub fn most_asked(&self, count: usize) -> Vec<String> {
        let asked = self.asked.lock().expect("no panics while holding the lock");
        let mut roles: Vec<(&String, &u64)> = asked.iter().collect();
        roles.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        roles.into_iter().take(count).map(|(id, _)| id.clone()).collect()
    }

    fn record(&self, origin: Origin<'_>, answer: &Answer, started: Instant) {
        let took = started.elapsed();
        let platform = origin.platform;
        self.metrics.record(platform, answer, took);
        {
            let mut asked = self.asked.lock().expect("no panics while holding the lock");
            for role in &answer.roles {
                *asked.entry(role.clone()).or_default() += 1;
            }
        }
        tracing::info!(
            platform,
            intent = answer.intent.as_str(),
            roles = %answer.roles.join(","),
            latency_us = took.as_micros() as u64,
            "answered"
        );
        let Some(keeping) = &self.keeping else { return };
        let at = crate::db::unix_now();
        if answer.unanswered || answer.intent == crate::query::Intent::None {
            let text = (!origin.direct || keeping.keep_direct_text).then(|| crate::redact::redact(origin.text));
            keeping.journal.keep(Record::Gap {
                at,
                platform,
                direct: origin.direct,
                text,
                intent: answer.intent.as_str(),
                confidence: answer.confidence,
            });
            return;
        }
        let roles = answer.roles.iter().map(|id| ("role", id));
        for (kind, id) in roles.chain(answer.terms.iter().map(|id| ("term", id))) {
            keeping.journal.keep(Record::Asked { at, kind, id: id.clone() });
        }
    }

    /// Decides whether a message gets an answer, and composes it: messages addressed to the
    /// bot always do; in auto-answer channels only confident role questions, at most once per
    /// cooldown per channel (shared with other replicas through the database); bots never.
    pub async fn on_message(&self, message: &Message<'_>, now: Instant) -> Option<Answer> {
        if message.from_bot {
            return None;
        }
        let origin = Origin { platform: message.platform, direct: message.reach == Reach::Direct, text: message.text };
        match message.reach {
            Reach::Command | Reach::Mention | Reach::Direct => Some(self.ask(origin)),
            Reach::Channel => {
                let key = Key::new(message.platform, message.scope, message.channel);
                let here = self.channels.effective(&key, message.auto_answer, self.cooldown);
                if !here.auto_answer {
                    return None;
                }
                let started = Instant::now();
                let store = self.knowledge.store();
                let understood = understand(&store, message.text);
                if !understood.is_confident() {
                    return None;
                }
                if !self.take_cooldown(&key, here.cooldown, now).await {
                    tracing::debug!(platform = message.platform, "cooling down; question left to people");
                    return None;
                }
                let answer = answer(&store, &understood);
                self.record(origin, &answer, started);
                Some(answer)
            }
        }
    }

    /// Takes the channel's cooldown: false when it is still running, here or, with a database,
    /// on another replica. A database that does not answer in time leaves it to this process.
    async fn take_cooldown(&self, key: &Key, cooldown: Duration, now: Instant) -> bool {
        let local = format!("{}:{}:{}", key.platform, key.scope, key.channel);
        {
            let mut last = self.last_unprompted.lock().expect("no panics while holding the lock");
            if last.get(&local).is_some_and(|&at| now.saturating_duration_since(at) < cooldown) {
                return false;
            }
            last.insert(local, now);
        }
        let Some(keeping) = self.keeping.as_ref().filter(|k| k.health.is_up()) else { return true };
        let now_ms = crate::db::unix_now_ms();
        let until_ms = now_ms + cooldown.as_millis() as i64;
        let channel = format!("{}:{}", key.scope, key.channel);
        let claim = keeping.database.claim_cooldown(key.platform.as_str(), &channel, now_ms, until_ms);
        self.decide(keeping, claim).await
    }

    /// Whether an event (Slack's `event_id`) is taken for the first time, by this process or,
    /// with a database, by any replica: an event delivered again is answered once.
    pub async fn first_delivery(&self, platform: &str, id: &str) -> bool {
        use sha2::Digest;
        let digest: [u8; 32] = sha2::Sha256::digest(format!("{platform}\0{id}").as_bytes()).into();
        let now = crate::db::unix_now();
        if !self.deliveries.first(digest, now, now) {
            return false;
        }
        let Some(keeping) = self.keeping.as_ref().filter(|k| k.health.is_up()) else { return true };
        self.decide(keeping, keeping.database.first_delivery(platform, id, now)).await
    }

    /// A shared decision, or `true` (go ahead) when the database fails or is slow.
    async fn decide(&self, keeping: &Keeping, query: impl Future<Output = Result<bool, sqlx::Error>>) -> bool {
        match tokio::time::timeout(crate::db::DECISION_TIMEOUT, query).await {
            Ok(Ok(decided)) => {
                keeping.health.ok();
                decided
            }
            Ok(Err(err)) => {
                keeping.health.failed(&err);
                true
            }
            Err(_) => {
                tracing::debug!("the database was slow to decide; this process decided alone");
                true
            }
        }
    }

    /// Counts a vote on an answer: kept once a person an answer when there is a database,
    /// counted as it comes otherwise.
    pub fn vote(&self, platform: &'static str, user: &str, vote: Vote) {
        match &self.keeping {
            Some(keeping) => {
                keeping.journal.keep(Record::Vote { at: crate::db::unix_now(), platform, user: user.to_owned(), vote })
            }
            None => self.metrics.feedback(&vote),
        }
        tracing::info!(platform, "feedback on an answer");
    }

    /// How the bot behaves in a channel; `auto_answer` is the configured default.
    pub fn channel(&self, key: &Key, auto_answer: bool) -> Effective {
        self.channels.effective(key, auto_answer, self.cooldown)
    }

    /// Applies a setting an admin made in a channel, at once for this process, and keeps it
    /// for restarts and other replicas; returns how the bot now behaves there.
    pub fn set_channel(&self, key: &Key, change: Change, auto_answer: bool) -> Effective {
        let stored = self.channels.apply(key, change, crate::db::unix_now());
        if let Some(keeping) = &self.keeping {
            keeping.journal.keep(Record::Setting { key: key.clone(), stored });
        }
        tracing::info!(platform = %key.platform, channel = %key.channel, ?change, "channel settings changed from the chat");
        self.channel(key, auto_answer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Store;
    use crate::query::Intent;

    fn bot() -> Bot {
        let knowledge = Arc::new(LiveStore::fixed(Store::embedded().unwrap()));
        Bot::new(knowledge, Arc::new(Metrics::new()), Duration::from_secs(30))
    }

    fn message(text: &str, reach: Reach, auto_answer: bool) -> Message<'_> {
        Message { platform: "test", scope: "T1", channel: "C1", text, reach, from_bot: false, auto_answer }
    }

    #[tokio::test]
    async fn addressed_messages_are_always_answered_even_off_topic() {
        let bot = bot();
        for reach in [Reach::Command, Reach::Mention, Reach::Direct] {
            let a =
                bot.on_message(&message("anyone for lunch?", reach, false), Instant::now()).await.expect("answered");
            assert_eq!(a.intent, Intent::None, "off-topic gets the short pointer");
        }
    }

    #[tokio::test]
    async fn channel_messages_need_an_auto_answer_channel_and_confidence() {
        let bot = bot();
        let now = Instant::now();
        assert!(bot.on_message(&message("what does a product owner do?", Reach::Channel, false), now).await.is_none());
        assert!(bot.on_message(&message("anyone for lunch?", Reach::Channel, true), now).await.is_none());
        assert!(bot.on_message(&message("thanks PO, merged", Reach::Channel, true), now).await.is_none());
        let a = bot.on_message(&message("what does a product owner do?", Reach::Channel, true), now).await;
        assert_eq!(a.map(|a| a.roles), Some(vec!["product-owner".to_owned()]));
    }

    #[tokio::test]
    async fn cooldown_limits_unprompted_answers_per_channel() {
        let bot = bot();
        let now = Instant::now();
        let q = "scrum master vs product owner?";
        assert!(bot.on_message(&message(q, Reach::Channel, true), now).await.is_some());
        assert!(bot.on_message(&message(q, Reach::Channel, true), now + Duration::from_secs(5)).await.is_none());
        let other = Message { channel: "C2", ..message(q, Reach::Channel, true) };
        assert!(
            bot.on_message(&other, now + Duration::from_secs(5)).await.is_some(),
            "other channels are not held back"
        );
        assert!(bot.on_message(&message(q, Reach::Channel, true), now + Duration::from_secs(31)).await.is_some());
        assert!(
            bot.on_message(&message(q, Reach::Mention, true), now + Duration::from_secs(32)).await.is_some(),
            "a mention is answered during a cooldown"
        );
    }

    #[tokio::test]
    async fn bots_are_ignored() {
        let bot = bot();
        let from_bot = Message { from_bot: true, ..message("what is a po?", Reach::Mention, true) };
        assert!(bot.on_message(&from_bot, Instant::now()).await.is_none());
    }

    #[test]
    fn answered_questions_are_counted() {
        let bot = bot();
        bot.ask(Origin::new("console", "what is a po?"));
        bot.ask(Origin::new("console", "anyone for lunch?"));
        let text = bot.metrics().encode();
        assert!(text.contains(r#"rolecall_questions_total{intent="define",platform="console"} 1"#), "{text}");
        assert!(text.contains(r#"rolecall_unanswered_total{platform="console"} 1"#), "{text}");
        assert!(text.contains(r#"rolecall_answers_total{role="product-owner"} 1"#), "{text}");
    }
}
