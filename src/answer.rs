//! What the bot says, before any platform shapes it: the [`Answer`] every command composes,
//! and the small helpers the commands share to compose one.

use serde::Serialize;

use crate::knowledge::entry::Role;
use crate::knowledge::{RoleRef, Store};
use crate::query::Intent;

/// What the bot says, before any platform shapes it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Answer {
    pub intent: Intent,
    /// The ids of the roles involved, as in [`Query::roles`](crate::Query::roles).
    pub roles: Vec<String>,
    /// The ids of the product terms asked about (intent `term`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<String>,
    pub confidence: f32,
    /// True when the bot could not answer as asked and says so instead (off-topic, unknown
    /// role, no owner for a duty): platforms show these only to the asker.
    pub unanswered: bool,
    pub title: String,
    pub summary: String,
    /// Side by side, for comparisons.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub table: Option<Table>,
    pub sections: Vec<Section>,
    /// The one sentence that tells two compared roles apart; renderers show it prominently.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_difference: Option<String>,
    /// Caveats such as the other reading of an ambiguous term.
    pub notes: Vec<String>,
    /// Two or three questions the user could ask next.
    pub follow_ups: Vec<FollowUp>,
    /// The whole answer, when this one is cut to fit a chat: a "More" button.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub more: Option<FollowUp>,
    pub sources: Vec<String>,
    /// The role map that goes with the answer, where a surface can show a picture.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub picture: Option<Picture>,
}

/// Which role map goes with an answer, by role ids: the whole map, or the route of a move
/// drawn over it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Picture {
    Map,
    Route(Vec<String>),
}

/// A titled part of an answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Section {
    pub heading: String,
    pub body: Body,
}

impl Section {
    /// How many words the section shows, as [`Answer::visible_words`] counts them.
    fn visible_words(&self) -> usize {
        words_in(&self.heading)
            + match &self.body {
                Body::Text(text) => words_in(text),
                Body::Bullets(items) | Body::Steps(items) => items.iter().map(|i| words_in(i)).sum(),
                // a usage line is about a dozen words; help is not cut to fit
                Body::Commands(names) => 12 * names.len(),
            }
    }
}

/// The content of a section.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "lowercase", tag = "kind", content = "items")]
pub enum Body {
    Text(String),
    /// Unordered points.
    Bullets(Vec<String>),
    /// Ordered steps.
    Steps(Vec<String>),
    /// Commands of the catalogue, by name: each surface writes their usage in its own syntax.
    Commands(Vec<&'static str>),
}

/// A comparison: one column per role, one row per dimension.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
}

/// One dimension of a comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub label: String,
    pub cells: Vec<String>,
    /// A curated note on how the two differ on this dimension.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A follow-up: what its button says, and the question it asks. In JSON, the question is
/// the command to type: `{"label": ..., "command": "/compare a b"}`.
#[derive(Debug, Clone, PartialEq)]
pub struct FollowUp {
    /// What a button says: "Compare with Project Manager".
    pub label: String,
    pub action: Action,
}

impl Serialize for FollowUp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = serializer.serialize_struct("FollowUp", 2)?;
        out.serialize_field("command", &Typed(&self.action))?;
        out.serialize_field("label", &self.label)?;
        out.end()
    }
}

/// An action as the console types it, written straight into the serializer's text rather
/// than into a string of its own first.
struct Typed<'a>(&'a Action);

impl Serialize for Typed<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self.0)
    }
}

/// A question to ask next, typed: a catalogue command and its argument values (role ids, or
/// text). Buttons carry it; each surface writes it in its own syntax.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Action {
    /// The command's name in the catalogue.
    pub command: &'static str,
    /// The argument values, in the order the command takes them.
    pub values: Vec<String>,
    /// Whether it asks for the whole answer rather than the chat-sized one.
    pub full: bool,
}

/// The action as typed in the console: `/compare product-manager project-manager --full`.
impl std::fmt::Display for Action {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "/{}", self.command)?;
        self.write_arguments(f)
    }
}

impl Action {
    pub fn new(command: &'static str, values: impl IntoIterator<Item = String>) -> Action {
        Action { command, values: values.into_iter().collect(), full: false }
    }

    /// What is typed after the command's name: each value, then `--full` when it asks for the
    /// whole answer.
    pub fn arguments(&self) -> String {
        let mut out = String::new();
        self.write_arguments(&mut out).expect("a string takes any text");
        out
    }

    /// [`Action::arguments`], written into `out`.
    fn write_arguments(&self, out: &mut impl std::fmt::Write) -> std::fmt::Result {
        for value in &self.values {
            out.write_char(' ')?;
            out.write_str(value)?;
        }
        if self.full {
            out.write_str(" --full")?;
        }
        Ok(())
    }

    /// The same question, asking for the whole answer.
    pub fn in_full(mut self) -> Action {
        self.full = true;
        self
    }
}

impl FollowUp {
    pub fn new(label: impl Into<String>, action: Action) -> Self {
        FollowUp { label: label.into(), action }
    }
}

impl Answer {
    /// An empty answer to a question with this intent, roles and confidence.
    pub fn empty(intent: Intent, roles: Vec<String>, confidence: f32) -> Answer {
        Answer {
            intent,
            roles,
            terms: Vec::new(),
            confidence,
            unanswered: false,
            title: String::new(),
            summary: String::new(),
            table: None,
            sections: Vec::new(),
            key_difference: None,
            notes: Vec::new(),
            follow_ups: Vec::new(),
            more: None,
            sources: Vec::new(),
            picture: None,
        }
    }

    /// The follow-ups, then the "More" button if there is one: every button an answer shows.
    pub fn buttons(&self) -> impl Iterator<Item = &FollowUp> {
        self.follow_ups.iter().chain(&self.more)
    }

    /// The words the answer shows: everything but its buttons and sources (navigation and
    /// citation), counting the "Key difference:" label surfaces put before the key difference.
    pub fn visible_words(&self) -> usize {
        let mut count = words_in(&self.title) + words_in(&self.summary);
        count += self.notes.iter().map(|n| 1 + words_in(n)).sum::<usize>();
        count += self.key_difference.as_deref().map(|k| 2 + words_in(k)).unwrap_or(0);
        if let Some(table) = &self.table {
            count += table.columns.iter().map(|c| words_in(c)).sum::<usize>();
            for row in &table.rows {
                count += words_in(&row.label) + row.cells.iter().map(|c| words_in(c)).sum::<usize>();
                count += row.note.as_deref().map(words_in).unwrap_or(0);
            }
        }
        count + self.sections.iter().map(Section::visible_words).sum::<usize>()
    }

    /// Cuts the answer until it shows at most `limit` words: the last point of the first list
    /// that has more than one (commands put what they would give up first), then whole
    /// sections from the end, then the summary's last sentences.
    pub fn fit(&mut self, limit: usize) {
        let mut shown = self.visible_words();
        while shown > limit {
            let first = self.sections.iter_mut().find_map(|s| match &mut s.body {
                Body::Bullets(items) | Body::Steps(items) if items.len() > 1 => Some(items),
                _ => None,
            });
            if let Some(items) = first {
                shown -= items.pop().map(|item| words_in(&item)).unwrap_or(0);
            } else if let Some(section) = self.sections.pop() {
                // (the words counted are a sum: what goes is taken off it)
                shown -= section.visible_words();
            } else {
                let before = words_in(&self.summary);
                match self.summary.trim_end_matches('.').rfind(". ") {
                    Some(end) => self.summary.truncate(end + 1),
                    None => return,
                }
                shown = shown - before + words_in(&self.summary);
            }
        }
    }
}

/// Most words a definition shows in a chat.
pub const DEFINE_WORDS: usize = 90;
/// Most words a comparison shows in a chat.
pub const COMPARE_WORDS: usize = 120;
/// Most words a path shows in a chat.
pub const PATH_WORDS: usize = 120;

pub use crate::text::words_in;

/// The first sentence of a text.
pub fn first_sentence(text: &str) -> &str {
    match text.find(". ") {
        Some(end) => &text[..=end],
        None => text,
    }
}

/// A section of prose.
pub fn text(heading: &str, body: &str) -> Section {
    Section { heading: heading.to_owned(), body: Body::Text(body.to_owned()) }
}

/// A section of points.
pub fn bullets(heading: &str, items: impl IntoIterator<Item = String>) -> Section {
    Section { heading: heading.to_owned(), body: Body::Bullets(items.into_iter().collect()) }
}

/// The names of roles, joined by commas.
pub fn names(store: &Store, roles: &[RoleRef]) -> String {
    roles.iter().map(|&r| store[r].name.as_str()).collect::<Vec<_>>().join(", ")
}

/// User text quoted back in an answer, cut to a length that fits any title.
pub fn echo(text: &str) -> String {
    crate::text::clip(text, 120)
}

/// The text with its first letter in upper case.
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Drops a sentence's final full stop and lowers its first letter, to embed it in another.
pub fn clause(sentence: &str) -> String {
    let trimmed = sentence.trim().trim_end_matches('.');
    let mut chars = trimmed.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Two source lists as one, without repeats.
pub fn merged(a: &[String], b: &[String]) -> Vec<String> {
    let mut out = a.to_vec();
    for s in b {
        if !out.contains(s) {
            out.push(s.clone());
        }
    }
    out
}

/// A name with its indefinite article: "a Product Owner", "an Engineering Manager".
pub fn a(name: &str) -> String {
    let first_word = name.split_whitespace().next().unwrap_or_default();
    // an abbreviation is read letter by letter: "an SVP", "a CEO"
    let spelled = first_word.len() > 1 && first_word.chars().all(|c| c.is_ascii_uppercase());
    let sounds = if spelled { "AEFHILMNORSX" } else { "AEIOUaeiou" };
    let vowel = first_word.chars().next().is_some_and(|c| sounds.contains(c));
    format!("{} {name}", if vowel { "an" } else { "a" })
}

/// The label of a follow-up that defines a role.
pub fn what_is(role: &Role) -> String {
    format!("What is {}?", a(&role.name))
}

#[cfg(test)]
mod tests {
    #[test]
    fn articles_follow_the_sound_of_the_name() {
        let table = [
            ("Product Owner", "a Product Owner"),
            ("Engineering Manager", "an Engineering Manager"),
            ("Associate Product Manager", "an Associate Product Manager"),
            ("SVP of Product", "an SVP of Product"),
            ("VP of Product", "a VP of Product"),
            ("CEO", "a CEO"),
        ];
        for (name, expected) in table {
            assert_eq!(super::a(name), expected);
        }
    }
}
