//! Turning what a person typed, a slash command or free text, into a typed [`Query`].

use crate::lexicon::Mention;
use crate::query::{Intent, Query, Understood};
use crate::store::Store;
use crate::text::{bounded_distance, words};

/// Below this confidence a free-text reading is dropped and the question is `none`.
const LOW: f32 = 0.5;

/// Most roles one comparison puts side by side.
const MAX_COMPARED: usize = 3;

/// Longest input read, in characters; a chat message is far shorter.
const MAX_INPUT: usize = 4000;

/// Words that ask for a comparison.
const COMPARE: &[&str] = &[
    "vs",
    "v",
    "versus",
    "difference",
    "differences",
    "different",
    "differ",
    "differs",
    "differing",
    "compare",
    "compared",
    "comparing",
    "comparison",
    "same",
    "between",
    "distinguish",
    "contrast",
    "similar",
    "alike",
];

/// Words that ask how to get into a role.
const TRANSITION: &[&str] = &[
    "become",
    "becoming",
    "transition",
    "transitioning",
    "move",
    "moving",
    "switch",
    "switching",
    "pivot",
    "pivoting",
    "path",
    "career",
    "promoted",
    "promotion",
    "into",
    "progress",
    "progression",
    "route",
    "journey",
    "prepare",
    "grow",
    "land",
    "break",
    "qualify",
    "qualifications",
];

/// Words that ask what a role is.
const DEFINE: &[&str] = &[
    "what",
    "whats",
    "explain",
    "define",
    "definition",
    "meaning",
    "mean",
    "means",
    "describe",
    "description",
    "role",
    "roles",
    "job",
    "responsibilities",
    "duties",
    "does",
    "do",
    "about",
    "tell",
    "who",
    "overview",
    "day",
    "life",
    "work",
    "works",
    "actually",
    "exactly",
    "purpose",
    "info",
    "information",
    "summary",
    "doing",
];

/// Words that carry no meaning of their own in a role question.
const FILLER: &[&str] = &[
    "a",
    "an",
    "the",
    "is",
    "are",
    "was",
    "be",
    "of",
    "to",
    "in",
    "on",
    "for",
    "and",
    "or",
    "as",
    "it",
    "its",
    "i",
    "im",
    "me",
    "my",
    "you",
    "your",
    "we",
    "our",
    "they",
    "their",
    "them",
    "he",
    "she",
    "his",
    "her",
    "can",
    "could",
    "would",
    "should",
    "please",
    "pls",
    "hey",
    "hi",
    "hello",
    "so",
    "like",
    "just",
    "really",
    "how",
    "why",
    "when",
    "where",
    "which",
    "this",
    "that",
    "there",
    "with",
    "am",
    "us",
    "vs",
    "versus",
    "or",
    "both",
    "one",
    "other",
    "anyone",
    "someone",
    "quick",
    "question",
    "q",
    "kind",
    "typical",
    "typically",
    "usually",
    "at",
    "company",
    "team",
    "org",
    "want",
    "wanna",
    "know",
    "some",
    "any",
    "s",
    "if",
    "then",
    "than",
    "from",
    "up",
    "much",
    "many",
    "difference",
    "differences",
    "different",
    "same",
    "between",
    "thing",
    "things",
    "type",
    "does",
    "did",
    "have",
    "has",
    "show",
    "list",
    "all",
    "available",
    "every",
    "cover",
    "covers",
    "support",
    "supported",
    "tell",
    "bot",
    "use",
    "ask",
    "halp",
];

/// Reads a question: a slash command when it starts with `/`, free text otherwise.
pub fn understand(store: &Store, text: &str) -> Understood {
    let text = crate::text::prefix(text.trim(), MAX_INPUT);
    match text.strip_prefix('/') {
        Some(command) => slash(store, command),
        None => free_text(store, text),
    }
}

fn sure(query: Query, terms: Vec<String>) -> Understood {
    Understood { query, confidence: 1.0, terms }
}

fn none() -> Understood {
    Understood { query: Query::None, confidence: 1.0, terms: Vec::new() }
}

/// A slash command: `/whatis ROLE`, `/compare A B`, `/path [FROM] TO`, `/who DUTY`, `/roles`,
/// `/help`, `/ask TEXT`. Any other command word is read as free text.
fn slash(store: &Store, command: &str) -> Understood {
    let (name, args) = command.split_once(char::is_whitespace).unwrap_or((command, ""));
    let args = args.trim();
    let intent = match name.to_lowercase().as_str() {
        "whatis" | "what" | "define" | "role" | "describe" => Intent::Define,
        "compare" | "vs" | "diff" | "difference" => Intent::Compare,
        "path" | "transition" | "become" | "career" => Intent::Transition,
        "who" | "owner" | "owns" => Intent::Who,
        "roles" | "list" => Intent::List,
        "help" | "start" | "commands" => Intent::Help,
        "ask" | "rolecall" => {
            return if args.is_empty() { sure(Query::Help, Vec::new()) } else { free_text(store, args) };
        }
        _ => return free_text(store, command),
    };
    match intent {
        Intent::List => sure(Query::List, Vec::new()),
        Intent::Help => sure(Query::Help, Vec::new()),
        Intent::Who => {
            let ws = words(args);
            let roles = store.duties().rank(&ws).into_iter().map(|m| store.role_at(m.role).id.clone()).collect();
            sure(Query::Who { duty: args.to_owned(), roles }, Vec::new())
        }
        _ => role_command(store, intent, args),
    }
}

/// `/whatis`, `/compare` and `/path`: arguments that should all be roles.
fn role_command(store: &Store, intent: Intent, args: &str) -> Understood {
    let mut roles = Vec::new();
    let mut terms = Vec::new();
    for group in argument_groups(args) {
        let ws = words(&group);
        let mentions = store.lexicon().mentions(&ws);
        let unknown = uncovered(&ws, &mentions);
        if !unknown.is_empty() {
            let text = if mentions.is_empty() { group.clone() } else { unknown.join(" ") };
            return sure(Query::UnknownRole { intent, suggestions: suggest(store, &text), text }, Vec::new());
        }
        for m in mentions {
            note_term(store, &m, &mut terms);
            let id = store.role_at(m.role).id.clone();
            if !roles.contains(&id) {
                roles.push(id);
            }
        }
    }
    let query = match (intent, roles.as_slice()) {
        (_, []) => Query::UnknownRole { intent, text: args.to_owned(), suggestions: Vec::new() },
        (Intent::Compare, [_, _, ..]) => Query::Compare { roles: roles.iter().take(MAX_COMPARED).cloned().collect() },
        (Intent::Transition, [to]) => Query::Transition { from: None, to: to.clone() },
        (Intent::Transition, [from, to, ..]) => Query::Transition { from: Some(from.clone()), to: to.clone() },
        (_, [role, ..]) => Query::Define { role: role.clone() },
    };
    sure(query, terms)
}

/// Splits command arguments into groups: each quoted part is one group, and the unquoted rest
/// is one more, so `"delivery manager" "project manager"` reads as two roles.
fn argument_groups(args: &str) -> Vec<String> {
    let mut groups = Vec::new();
    let mut rest = String::new();
    let mut quoted: Option<String> = None;
    for c in args.chars() {
        match (&mut quoted, c) {
            (None, '"' | '“' | '”') => quoted = Some(String::new()),
            (Some(q), '"' | '“' | '”') => {
                groups.push(std::mem::take(q));
                quoted = None;
            }
            (Some(q), c) => q.push(c),
            (None, c) => rest.push(c),
        }
    }
    if let Some(q) = quoted {
        rest.push_str(&q);
    }
    if !rest.trim().is_empty() {
        groups.push(rest);
    }
    groups.retain(|g| !g.trim().is_empty());
    groups
}

/// Words not covered by any mention, except joining words such as "and" or "to".
fn uncovered(ws: &[String], mentions: &[Mention]) -> Vec<String> {
    const JOINERS: &[&str] =
        &["and", "vs", "v", "versus", "or", "to", "from", "with", "a", "an", "the", "between", "into"];
    ws.iter()
        .enumerate()
        .filter(|(i, w)| !mentions.iter().any(|m| (m.start..m.end).contains(i)) && !JOINERS.contains(&w.as_str()))
        .map(|(_, w)| w.clone())
        .collect()
}

/// The roles whose names or aliases are nearest to an unknown text, best first.
pub fn suggest(store: &Store, text: &str) -> Vec<String> {
    let key = crate::text::phrase_key(text);
    if key.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(usize, usize)> = Vec::new();
    let key_words: Vec<&str> = key.split(' ').collect();
    for (phrase, role) in store.lexicon().phrases() {
        let distance = bounded_distance(&key, phrase, 64).unwrap_or(usize::MAX);
        let shared = phrase.split(' ').filter(|w| key_words.contains(w)).count();
        let score = distance.saturating_sub(shared * 4);
        match scored.iter_mut().find(|(r, _)| *r == role) {
            Some(entry) => entry.1 = entry.1.min(score),
            None => scored.push((role, score)),
        }
    }
    scored.sort_by_key(|&(role, score)| (score, role));
    scored.into_iter().take(3).map(|(role, _)| store.role_at(role).id.clone()).collect()
}

fn note_term(store: &Store, mention: &Mention, terms: &mut Vec<String>) {
    if let Some(t) = mention.term {
        let term = &store.terms()[t].term;
        if !terms.contains(term) {
            terms.push(term.clone());
        }
    }
}

/// What cues a sentence carries, found once.
struct Cues<'a> {
    ws: &'a [String],
    compare: bool,
    transition: bool,
    define: bool,
}

impl<'a> Cues<'a> {
    fn new(ws: &'a [String]) -> Self {
        let has = |list: &[&str]| ws.iter().any(|w| list.contains(&w.as_str()));
        Cues { ws, compare: has(COMPARE), transition: has(TRANSITION), define: has(DEFINE) }
    }

    fn has(&self, word: &str) -> bool {
        self.ws.iter().any(|w| w == word)
    }

    fn starts_with(&self, word: &str) -> bool {
        self.ws.first().is_some_and(|w| w == word)
    }

    /// Whether the question asks "who does X" rather than "who is X".
    fn asks_who(&self) -> bool {
        self.starts_with("who")
            || self.starts_with("whos")
            || self.has("whose")
            || (self.starts_with("which")
                && self.ws.get(1).is_some_and(|w| matches!(w.as_str(), "role" | "roles" | "person" | "team" | "one")))
    }

    fn asks_help(&self) -> bool {
        let about_bot = ["you", "bot", "rolecall", "this", "u"].iter().any(|w| self.has(w));
        self.has("help")
            || self.has("halp")
            || self.has("commands")
            || (self.has("can") && about_bot && (self.has("do") || self.has("ask")))
            || (self.has("how") && (self.has("use") || self.has("work") || self.has("works")) && about_bot)
    }
}

fn free_text(store: &Store, text: &str) -> Understood {
    let ws = words(text);
    if ws.is_empty() {
        return none();
    }
    let mentions = store.lexicon().mentions(&ws);
    let mut terms = Vec::new();
    let mut roles: Vec<(usize, usize)> = Vec::new(); // (role, first word index)
    for m in &mentions {
        note_term(store, m, &mut terms);
        if !roles.iter().any(|(r, _)| *r == m.role) {
            roles.push((m.role, m.start));
        }
    }
    let cues = Cues::new(&ws);
    // words the reading does not explain: the more there are, the less sure it is
    let leftover = ws
        .iter()
        .enumerate()
        .filter(|(i, w)| {
            let w = w.as_str();
            !mentions.iter().any(|m| (m.start..m.end).contains(i))
                && !FILLER.contains(&w)
                && !DEFINE.contains(&w)
                && !COMPARE.contains(&w)
                && !TRANSITION.contains(&w)
        })
        .count() as f32;
    let corrected = mentions.iter().any(|m| m.corrected);
    let id = |i: usize| store.role_at(roles[i].0).id.clone();

    let (query, confidence) = match roles.len() {
        0 => return no_role(store, &cues, &ws, leftover, text),
        1 => one_role(store, &cues, &ws, id(0), roles[0].1, leftover, text),
        _ => {
            let (first_at, second_at) = (roles[0].1, roles[1].1);
            let between = &ws[first_at..second_at];
            // "from X to Y" reads as a move whatever the verb; "X to Y" unless it asks to compare
            let from_to =
                first_at > 0 && ws[first_at - 1] == "from" && between.iter().any(|w| w == "to" || w == "into");
            let x_to_y = between.iter().any(|w| w == "to" || w == "into") && !cues.compare;
            // "is a PO (just / the same as / a kind of) a PM?"
            let is_x_y = matches!(ws[0].as_str(), "is" | "are" | "isnt" | "arent" | "does" | "do") && first_at <= 2;
            let compared = || Query::Compare {
                roles: roles.iter().take(MAX_COMPARED).map(|r| store.role_at(r.0).id.clone()).collect(),
            };
            if cues.compare && !from_to {
                (compared(), 0.95)
            } else if cues.transition || from_to || x_to_y {
                let (from, to) = transition_order(&ws, first_at, second_at);
                (Query::Transition { from: Some(id(from)), to: id(to) }, 0.9 - 0.1 * leftover)
            } else if cues.asks_who() {
                let (owners, _) = who_roles(store, &ws, Some(&[roles[0].0, roles[1].0]));
                (Query::Who { duty: text.to_owned(), roles: owners }, 0.8)
            } else if is_x_y {
                (compared(), 0.85 - 0.05 * leftover)
            } else if cues.has("or") || cues.has("and") {
                (compared(), 0.8 - 0.1 * leftover)
            } else {
                (compared(), 0.7 - 0.2 * leftover)
            }
        }
    };
    let confidence = if corrected { confidence - 0.1 } else { confidence };
    if confidence < LOW {
        return Understood { query: Query::None, confidence: 1.0 - confidence, terms: Vec::new() };
    }
    Understood { query, confidence: confidence.min(1.0), terms }
}

/// Which of two mentioned roles is the origin and which the target, as word indexes into
/// `roles` (0 or 1): "from X" marks the origin, "to"/"become"/"into" before a role the target.
fn transition_order(ws: &[String], first_at: usize, second_at: usize) -> (usize, usize) {
    let before = |at: usize, cue: &[&str]| at > 0 && ws[..at].last().is_some_and(|w| cue.contains(&w.as_str()));
    let from_words = ["from"];
    if before(second_at, &from_words) {
        return (1, 0);
    }
    if before(first_at, &from_words) {
        return (0, 1);
    }
    let target_cues = ["to", "become", "becoming", "into", "be", "as"];
    let first_cue = ws.iter().position(|w| target_cues.contains(&w.as_str()));
    match first_cue {
        Some(cue) if cue < first_at => (1, 0),
        _ => (0, 1),
    }
}

fn one_role(
    store: &Store,
    cues: &Cues,
    ws: &[String],
    role: String,
    at: usize,
    leftover: f32,
    text: &str,
) -> (Query, f32) {
    let before = word_before(ws, at);
    // "what comes after X", "career path for an X", "how can an X get promoted": X is where
    // the person stands, and the usual next role is where they are going
    let from_here = before == Some("from")
        || (before == Some("after") && (cues.has("comes") || cues.has("next") || cues.has("then")))
        || (before == Some("for") && ["path", "career", "progression", "route"].iter().any(|w| cues.has(w)))
        || ws[at..].iter().any(|w| w == "promoted");
    // "from <not a role> to X": a move into X
    let into = matches!(before, Some("to" | "into" | "become")) && ws[..at].iter().any(|w| w == "from");
    if cues.transition || from_here || into {
        if from_here && !into {
            let index = store.index_of(&role).expect("mentioned roles exist");
            if let Some(&next) = store.links(index).next_roles.first() {
                return (
                    Query::Transition { from: Some(role), to: store.role_at(next).id.clone() },
                    0.8 - 0.1 * leftover,
                );
            }
        }
        return (Query::Transition { from: None, to: role }, 0.9 - 0.15 * leftover);
    }
    if cues.asks_who() {
        let is_word = |w: &String| matches!(w.as_str(), "is" | "are" | "s" | "was");
        let asks_identity = cues.starts_with("whos") || ws.get(1).is_some_and(is_word);
        let defines = asks_identity && (at <= 3 || cues.has("what"));
        if !defines {
            let (owners, _) = who_roles(store, ws, None);
            if !owners.is_empty() {
                return (Query::Who { duty: text.trim().to_owned(), roles: owners }, 0.85);
            }
        }
        return (Query::Define { role }, 0.85 - 0.15 * leftover);
    }
    if cues.define || cues.compare {
        return (Query::Define { role }, 0.9 - 0.1 * leftover);
    }
    // a bare role name ("product owner?") is a question; a role in a sentence is chatter
    (Query::Define { role }, 0.8 - 0.35 * leftover)
}

/// The word before position `at`, skipping articles and possessives.
fn word_before(ws: &[String], at: usize) -> Option<&str> {
    ws[..at].iter().rev().map(String::as_str).find(|w| !matches!(*w, "a" | "an" | "the" | "my" | "our" | "your"))
}

/// The owners of the duty in these words; when `among` is given and some of those roles own
/// it, only those. Also the best match's score.
fn who_roles(store: &Store, ws: &[String], among: Option<&[usize]>) -> (Vec<String>, f32) {
    let ranked = store.duties().rank(ws);
    let best = ranked.first().map(|m| m.score).unwrap_or(0.0);
    let strong: Vec<_> = ranked.iter().filter(|m| m.score >= 0.5).collect();
    let picked: Vec<usize> = match among {
        Some(among) => {
            let inside: Vec<usize> = strong.iter().map(|m| m.role).filter(|r| among.contains(r)).collect();
            if inside.is_empty() {
                among.to_vec()
            } else {
                inside
            }
        }
        None => strong.iter().map(|m| m.role).collect(),
    };
    (picked.into_iter().map(|r| store.role_at(r).id.clone()).collect(), best)
}

fn no_role(store: &Store, cues: &Cues, ws: &[String], leftover: f32, text: &str) -> Understood {
    if cues.asks_help() && leftover <= 2.0 {
        return Understood { query: Query::Help, confidence: 0.9, terms: Vec::new() };
    }
    let about_roles = ["roles", "titles", "jobs", "positions"].iter().any(|w| cues.has(w))
        || (cues.has("role") && (cues.has("which") || cues.has("list")));
    let listing =
        ["list", "show", "all", "which", "what", "know", "available", "cover", "support", "supported", "every"];
    if about_roles && (ws.len() == 1 || ws.iter().any(|w| listing.contains(&w.as_str()))) && leftover <= 2.0 {
        return Understood { query: Query::List, confidence: 0.9, terms: Vec::new() };
    }
    if cues.asks_who() {
        let (roles, best) = who_roles(store, ws, None);
        if best >= 0.55 {
            return Understood {
                query: Query::Who { duty: text.trim().to_owned(), roles },
                confidence: 0.5 + best / 2.0,
                terms: Vec::new(),
            };
        }
        return none();
    }
    none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    fn read(store: &Store, text: &str) -> (Intent, Vec<String>) {
        let u = understand(store, text);
        (u.query.intent(), u.query.roles())
    }

    #[test]
    fn questions_become_intents_and_roles() {
        use Intent::*;
        let store = Store::embedded().expect("the built-in store loads");
        let table: &[(&str, Intent, &[&str])] = &[
            // slash commands
            ("/whatis po", Define, &["product-owner"]),
            ("/whatis Product-Owner", Define, &["product-owner"]),
            ("/compare pm project-manager", Compare, &["product-manager", "project-manager"]),
            ("/compare \"delivery manager\" \"project manager\"", Compare, &["delivery-manager", "project-manager"]),
            ("/compare scrum master product owner", Compare, &["scrum-master", "product-owner"]),
            ("/path pm product-leader", Transition, &["product-manager", "product-leader"]),
            ("/path cpo", Transition, &["chief-product-officer"]),
            ("/who owns the roadmap", Who, &["product-manager"]),
            ("/roles", List, &[]),
            ("/help", Help, &[]),
            ("/ask is a PO the same as a PM?", Compare, &["product-owner", "product-manager"]),
            // free text
            ("what is a po?", Define, &["product-owner"]),
            ("is a PO the same as a PM?", Compare, &["product-owner", "product-manager"]),
            ("how do I get into product management?", Transition, &["product-manager"]),
            ("who removes impediments for the scrum team?", Who, &["scrum-master"]),
            ("product owners vs scrum masters", Compare, &["product-owner", "scrum-master"]),
            (
                "difference between product leadership and product management",
                Compare,
                &["product-leader", "product-manager"],
            ),
            ("PM versus PMM", Compare, &["product-manager", "product-marketing-manager"]),
            ("pm or po, which one do I need?", Compare, &["product-manager", "product-owner"]),
            ("product manager compared to program manager", Compare, &["product-manager", "program-manager"]),
            ("I'm a BA, how do I become a PO?", Transition, &["business-analyst", "product-owner"]),
            ("how do I go from product leader back to pm", Transition, &["product-leader", "product-manager"]),
            ("who is the cpo", Define, &["chief-product-officer"]),
            ("tell me about engineering managers", Define, &["engineering-manager"]),
            // typos, scaled to word length
            ("what does a prodcut owner do", Define, &["product-owner"]),
            ("projct manager vs product manager", Compare, &["project-manager", "product-manager"]),
            ("what is a principle product manager", Define, &["principal-product-manager"]),
            ("whats a scrum mastr", Define, &["scrum-master"]),
            // ambiguous term: default reading
            ("what is a tpm", Define, &["technical-product-manager"]),
            // off-topic, including role-shaped questions about other things
            ("what is kubernetes?", None, &[]),
            ("difference between TCP and UDP?", None, &[]),
            ("how do I become a better cook?", None, &[]),
            ("who broke staging?", None, &[]),
            ("what does npm do", None, &[]),
            ("our pm is out today", None, &[]),
            ("", None, &[]),
            ("???", None, &[]),
        ];
        for (text, intent, roles) in table {
            let (got_intent, mut got_roles) = read(&store, text);
            if *intent == Who {
                got_roles.truncate(1); // best owner first; others may follow
            }
            assert_eq!((got_intent, got_roles), (*intent, roles.iter().map(|r| r.to_string()).collect()), "{text:?}");
        }
    }

    #[test]
    fn role_words_inside_other_words_are_not_roles() {
        let store = Store::embedded().expect("the built-in store loads");
        for text in ["what is npm", "what is an spa", "who uses emacs", "what is a baseline"] {
            assert_eq!(understand(&store, text).query, Query::None, "{text:?}");
        }
    }

    #[test]
    fn unknown_role_in_a_command_gets_suggestions() {
        let store = Store::embedded().expect("the built-in store loads");
        let u = understand(&store, "/whatis chef");
        match u.query {
            Query::UnknownRole { text, suggestions, .. } => {
                assert_eq!(text, "chef");
                assert!(!suggestions.is_empty());
            }
            other => panic!("expected an unknown role, got {other:?}"),
        }
        let u = understand(&store, "/whatis prodct ownerr");
        assert_eq!(u.query.roles(), vec!["product-owner"], "typos in commands are forgiven too");
    }

    #[test]
    fn slash_commands_and_free_text_agree() {
        let store = Store::embedded().expect("the built-in store loads");
        for (command, text) in [
            ("/whatis po", "what is a po?"),
            ("/compare pm po", "pm vs po"),
            ("/path pm product-leader", "how do I move from pm to product leader"),
        ] {
            assert_eq!(read(&store, command), read(&store, text), "{command} vs {text}");
        }
    }

    #[test]
    fn confidence_separates_questions_from_chatter() {
        let store = Store::embedded().expect("the built-in store loads");
        assert!(understand(&store, "what does a product owner do?").is_confident());
        assert!(understand(&store, "scrum master vs product owner").is_confident());
        assert!(!understand(&store, "thanks PO, merged the release notes").is_confident());
        assert!(!understand(&store, "happy friday everyone").is_confident());
    }
}
