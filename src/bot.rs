//! How the bot behaves in a chat, whatever the platform: when it answers, when it stays quiet,
//! and what it counts and logs. Adapters turn platform events into a [`Message`] and send back
//! the [`Answer`] this returns, rendered for their platform.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::answer::Answer;
use crate::commands::answer;
use crate::knowledge::LiveStore;
use crate::knowledge::Store;
use crate::metrics::Metrics;
use crate::query::Understood;
use crate::understand::understand;

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

/// A chat message, as far as the bot cares.
#[derive(Debug, Clone)]
pub struct Message<'a> {
    /// `discord`, `slack` or `console`: for metrics and logs.
    pub platform: &'static str,
    /// Where it was posted, for the per-channel cooldown.
    pub channel: &'a str,
    /// The text, with any mention of the bot already removed.
    pub text: &'a str,
    pub reach: Reach,
    /// Whether a bot (this one included) wrote it.
    pub from_bot: bool,
    /// Whether the channel is one where the bot answers confident role questions unprompted.
    pub auto_answer: bool,
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
        }
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
    pub fn ask(&self, platform: &'static str, text: &str) -> Answer {
        self.respond(platform, |store| understand(store, text))
    }

    /// Answers a question the platform has already read into a query (typed command options,
    /// a button's action), against the store in use now, counting and logging it.
    pub fn respond(&self, platform: &'static str, read: impl FnOnce(&Store) -> Understood) -> Answer {
        let started = Instant::now();
        let store = self.knowledge.store();
        let answer = answer(&store, &read(&store));
        self.record(platform, &answer, started);
        answer
    }

    /// The roles asked about most, most first.
    pub fn most_asked(&self, count: usize) -> Vec<String> {
        let asked = self.asked.lock().expect("no panics while holding the lock");
        let mut roles: Vec<(&String, &u64)> = asked.iter().collect();
        roles.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        roles.into_iter().take(count).map(|(id, _)| id.clone()).collect()
    }

    fn record(&self, platform: &'static str, answer: &Answer, started: Instant) {
        let took = started.elapsed();
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
    }

    /// Decides whether a message gets an answer, and composes it: messages addressed to the
    /// bot always do; in auto-answer channels only confident role questions, at most once per
    /// cooldown per channel; bots never.
    pub fn on_message(&self, message: &Message<'_>, now: Instant) -> Option<Answer> {
        if message.from_bot {
            return None;
        }
        match message.reach {
            Reach::Command | Reach::Mention | Reach::Direct => Some(self.ask(message.platform, message.text)),
            Reach::Channel if !message.auto_answer => None,
            Reach::Channel => {
                let started = Instant::now();
                let store = self.knowledge.store();
                let understood = understand(&store, message.text);
                if !understood.is_confident() {
                    return None;
                }
                let key = format!("{}:{}", message.platform, message.channel);
                {
                    let mut last = self.last_unprompted.lock().expect("no panics while holding the lock");
                    if last.get(&key).is_some_and(|&at| now.saturating_duration_since(at) < self.cooldown) {
                        tracing::debug!(platform = message.platform, "cooling down; question left to people");
                        return None;
                    }
                    last.insert(key, now);
                }
                let answer = answer(&store, &understood);
                self.record(message.platform, &answer, started);
                Some(answer)
            }
        }
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
        Message { platform: "test", channel: "C1", text, reach, from_bot: false, auto_answer }
    }

    #[test]
    fn addressed_messages_are_always_answered_even_off_topic() {
        let bot = bot();
        for reach in [Reach::Command, Reach::Mention, Reach::Direct] {
            let a = bot.on_message(&message("anyone for lunch?", reach, false), Instant::now()).expect("answered");
            assert_eq!(a.intent, Intent::None, "off-topic gets the short pointer");
        }
    }

    #[test]
    fn channel_messages_need_an_auto_answer_channel_and_confidence() {
        let bot = bot();
        let now = Instant::now();
        assert!(bot.on_message(&message("what does a product owner do?", Reach::Channel, false), now).is_none());
        assert!(bot.on_message(&message("anyone for lunch?", Reach::Channel, true), now).is_none());
        assert!(bot.on_message(&message("thanks PO, merged", Reach::Channel, true), now).is_none());
        let a = bot.on_message(&message("what does a product owner do?", Reach::Channel, true), now);
        assert_eq!(a.map(|a| a.roles), Some(vec!["product-owner".to_owned()]));
    }

    #[test]
    fn cooldown_limits_unprompted_answers_per_channel() {
        let bot = bot();
        let now = Instant::now();
        let q = "scrum master vs product owner?";
        assert!(bot.on_message(&message(q, Reach::Channel, true), now).is_some());
        assert!(bot.on_message(&message(q, Reach::Channel, true), now + Duration::from_secs(5)).is_none());
        let other = Message { channel: "C2", ..message(q, Reach::Channel, true) };
        assert!(bot.on_message(&other, now + Duration::from_secs(5)).is_some(), "other channels are not held back");
        assert!(bot.on_message(&message(q, Reach::Channel, true), now + Duration::from_secs(31)).is_some());
        assert!(
            bot.on_message(&message(q, Reach::Mention, true), now + Duration::from_secs(32)).is_some(),
            "a mention is answered during a cooldown"
        );
    }

    #[test]
    fn bots_are_ignored() {
        let bot = bot();
        let from_bot = Message { from_bot: true, ..message("what is a po?", Reach::Mention, true) };
        assert!(bot.on_message(&from_bot, Instant::now()).is_none());
    }

    #[test]
    fn answered_questions_are_counted() {
        let bot = bot();
        bot.ask("console", "what is a po?");
        bot.ask("console", "anyone for lunch?");
        let text = bot.metrics().encode();
        assert!(text.contains(r#"rolecall_questions_total{intent="define",platform="console"} 1"#), "{text}");
        assert!(text.contains(r#"rolecall_unanswered_total{platform="console"} 1"#), "{text}");
        assert!(text.contains(r#"rolecall_answers_total{role="product-owner"} 1"#), "{text}");
    }
}
