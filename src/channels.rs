//! Channel settings an admin makes from the chat: whether the bot answers confident questions
//! unprompted in a channel, and its cooldown there. The configured lists and cooldown are the
//! defaults; a setting made in a channel overrides them for that channel.
//!
//! [`Channels`] holds them in memory, so reading one never waits on the database; the database
//! keeps them for restarts and other replicas, and is read back now and then.

use std::collections::HashMap;
use std::fmt::Write;
use std::sync::RwLock;
use std::time::Duration;

/// Longest cooldown that can be set: a day.
pub const MAX_COOLDOWN: Duration = Duration::from_secs(86_400);

/// A channel: its platform, its server or workspace, and its id.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Key {
    pub platform: String,
    /// The Discord server or Slack workspace.
    pub scope: String,
    pub channel: String,
}

impl Key {
    pub fn new(platform: &str, scope: &str, channel: &str) -> Key {
        Key { platform: platform.to_owned(), scope: scope.to_owned(), channel: channel.to_owned() }
    }
}

/// What was set for a channel; `None` leaves the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Stored {
    pub auto_answer: Option<bool>,
    pub cooldown: Option<Duration>,
    /// When it was set, in Unix seconds: the later of two settings wins.
    pub updated_at: i64,
}

/// A stored setting and its channel, as the database returns them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub key: Key,
    pub stored: Stored,
}

/// How the bot behaves in a channel, settings and defaults together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Effective {
    pub auto_answer: bool,
    pub cooldown: Duration,
}

impl Effective {
    /// What the bot does in the channel, in a sentence or two.
    pub fn describe(&self) -> String {
        let mut text = String::new();
        if self.auto_answer {
            let _ = write!(
                text,
                "Auto-answer is on in this channel: I answer confident questions about product roles without being \
                 asked, at most once every {}.",
                seconds(self.cooldown)
            );
        } else {
            text.push_str("Auto-answer is off in this channel: I answer when mentioned or asked with a command.");
            if self.cooldown > Duration::ZERO {
                let _ = write!(text, " Its cooldown, when on, is {}.", seconds(self.cooldown));
            }
        }
        text
    }
}

fn seconds(d: Duration) -> String {
    match d.as_secs() {
        1 => "second".to_owned(),
        s if s % 3600 == 0 && s > 0 => format!("{} h", s / 3600),
        s if s % 60 == 0 && s > 0 => format!("{} min", s / 60),
        s => format!("{s} s"),
    }
}

/// A change an admin asks for; an empty one only shows the settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Change {
    pub auto_answer: Option<bool>,
    pub cooldown: Option<Duration>,
}

impl Change {
    /// Whether it changes nothing.
    pub fn is_empty(&self) -> bool {
        self.auto_answer.is_none() && self.cooldown.is_none()
    }

    /// A cooldown in whole seconds, refused past [`MAX_COOLDOWN`].
    pub fn cooldown_secs(secs: i64) -> Result<Duration, String> {
        match u64::try_from(secs) {
            Ok(s) if Duration::from_secs(s) <= MAX_COOLDOWN => Ok(Duration::from_secs(s)),
            _ => Err(format!("A cooldown is 0 to {} seconds.", MAX_COOLDOWN.as_secs())),
        }
    }

    /// Reads a settings command's text: `on`, `off`, `cooldown 60`, `on 120`, `60s`, `5m`, or
    /// nothing to show the settings.
    pub fn parse(text: &str) -> Result<Change, String> {
        let mut change = Change::default();
        for word in text.split_whitespace().map(str::to_ascii_lowercase) {
            match word.as_str() {
                "on" | "enable" | "enabled" | "yes" | "true" => change.auto_answer = Some(true),
                "off" | "disable" | "disabled" | "no" | "false" => change.auto_answer = Some(false),
                "cooldown" | "auto-answer" | "autoanswer" | "auto" | "answer" | "=" | "status" | "show" => {}
                other => change.cooldown = Some(Self::cooldown_secs(duration(other).ok_or_else(|| usage(other))?)?),
            }
        }
        Ok(change)
    }
}

/// `60`, `60s`, `5m`, `1h` in seconds.
fn duration(word: &str) -> Option<i64> {
    let (number, unit) = match word.find(|c: char| !c.is_ascii_digit()) {
        Some(at) => word.split_at(at),
        None => (word, ""),
    };
    let n: i64 = number.parse().ok()?;
    let scale = match unit {
        "" | "s" | "sec" | "secs" | "seconds" => 1,
        "m" | "min" | "mins" | "minutes" => 60,
        "h" | "hour" | "hours" => 3600,
        _ => return None,
    };
    n.checked_mul(scale)
}

fn usage(word: &str) -> String {
    format!(
        "I don't know {word:?} as a setting. Try `on`, `off`, `cooldown 60` (seconds), or nothing to see this \
         channel's settings."
    )
}

/// Every channel's settings made from the chat, in memory.
#[derive(Debug, Default)]
pub struct Channels {
    stored: RwLock<HashMap<Key, Stored>>,
}

impl Channels {
    /// How the bot behaves in `key`, given the configured defaults.
    pub fn effective(&self, key: &Key, auto_answer: bool, cooldown: Duration) -> Effective {
        let stored = self.stored.read().expect("no panics while holding the lock").get(key).copied();
        let stored = stored.unwrap_or_default();
        Effective {
            auto_answer: stored.auto_answer.unwrap_or(auto_answer),
            cooldown: stored.cooldown.unwrap_or(cooldown),
        }
    }

    /// Applies a change made at `now` (Unix seconds) and returns what is stored for the channel.
    pub fn apply(&self, key: &Key, change: Change, now: i64) -> Stored {
        let mut all = self.stored.write().expect("no panics while holding the lock");
        let stored = all.entry(key.clone()).or_default();
        stored.auto_answer = change.auto_answer.or(stored.auto_answer);
        stored.cooldown = change.cooldown.or(stored.cooldown);
        stored.updated_at = stored.updated_at.max(now);
        *stored
    }

    /// Takes what the database holds, where it is newer than what is known here (another
    /// replica's change); a change made here and not written yet is kept.
    pub fn merge(&self, rows: Vec<Row>) {
        let mut all = self.stored.write().expect("no panics while holding the lock");
        for row in rows {
            let known = all.entry(row.key).or_default();
            if row.stored.updated_at >= known.updated_at {
                *known = row.stored;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_commands_are_read_with_clear_errors() {
        let on = Change { auto_answer: Some(true), cooldown: None };
        let table: &[(&str, Result<Change, &str>)] = &[
            ("", Ok(Change::default())),
            ("on", Ok(on)),
            ("OFF", Ok(Change { auto_answer: Some(false), cooldown: None })),
            ("cooldown 90", Ok(Change { auto_answer: None, cooldown: Some(Duration::from_secs(90)) })),
            ("on 5m", Ok(Change { auto_answer: Some(true), cooldown: Some(Duration::from_secs(300)) })),
            ("auto-answer = on", Ok(on)),
            ("maybe", Err("\"maybe\"")),
            ("cooldown 2d", Err("\"2d\"")),
            ("cooldown 100000", Err("0 to 86400 seconds")),
        ];
        for (text, expected) in table {
            match (Change::parse(text), expected) {
                (Ok(change), Ok(expected)) => assert_eq!(change, *expected, "{text}"),
                (Err(err), Err(part)) => assert!(err.contains(part), "{text}: {err}"),
                (got, expected) => panic!("{text}: {got:?}, expected {expected:?}"),
            }
        }
    }

    #[test]
    fn a_setting_overrides_the_defaults_in_its_channel_only() {
        let channels = Channels::default();
        let here = Key::new("slack", "T1", "C1");
        let there = Key::new("slack", "T1", "C2");
        let default = Duration::from_secs(30);
        assert!(!channels.effective(&here, false, default).auto_answer);
        channels.apply(&here, Change::parse("on 2m").unwrap(), 100);
        assert_eq!(
            channels.effective(&here, false, default),
            Effective { auto_answer: true, cooldown: Duration::from_secs(120) }
        );
        assert_eq!(channels.effective(&there, false, default), Effective { auto_answer: false, cooldown: default });
        channels.apply(&here, Change::parse("off").unwrap(), 101);
        assert_eq!(channels.effective(&here, true, default).cooldown, Duration::from_secs(120), "the cooldown stays");
        assert!(!channels.effective(&here, true, default).auto_answer);
    }

    #[test]
    fn newer_settings_win_when_merged() {
        let channels = Channels::default();
        let key = Key::new("discord", "G1", "42");
        channels.apply(&key, Change::parse("on").unwrap(), 200);
        let older = Stored { auto_answer: Some(false), cooldown: None, updated_at: 100 };
        channels.merge(vec![Row { key: key.clone(), stored: older }]);
        assert!(channels.effective(&key, false, Duration::ZERO).auto_answer, "a change not yet written stays");
        let newer = Stored { auto_answer: Some(false), cooldown: None, updated_at: 300 };
        channels.merge(vec![Row { key: key.clone(), stored: newer }]);
        assert!(!channels.effective(&key, true, Duration::ZERO).auto_answer, "another replica's later change");
    }

    #[test]
    fn settings_are_described_in_a_sentence() {
        let on = Effective { auto_answer: true, cooldown: Duration::from_secs(120) };
        assert!(on.describe().contains("on in this channel") && on.describe().contains("2 min"), "{}", on.describe());
        let off = Effective { auto_answer: false, cooldown: Duration::ZERO };
        assert!(off.describe().starts_with("Auto-answer is off"), "{}", off.describe());
    }
}
