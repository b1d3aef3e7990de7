//! Reading a command's role arguments: all of them from the text after a slash command, or one
//! from a typed option. Every word must belong to a role; what does not is reported with the
//! nearest roles as suggestions.

use crate::knowledge::entry::TermRef;
use crate::knowledge::{RoleRef, Store};
use crate::lexicon::Mention;
use crate::suggest;
use crate::text::{bounded_distance, phrase_key, split_words, typo_allowance};

/// Most suggestions offered for a role the store does not have.
const SUGGESTIONS: usize = 3;

/// Words allowed between role names in arguments: `pm and po`, `from ba to po`.
/// Politeness, and the bot addressed, are no argument either: `/path cs agent -> po pls`,
/// `/whatis scrum-master thx bot`.
const JOINERS: &[&str] = &[
    "and", "vs", "v", "versus", "or", "to", "from", "with", "a", "an", "the", "between", "into", "pls", "plz",
    "please", "kindly", "thanks", "thx", "ty", "tysm", "cheers", "bot", "rolecall",
];

/// A role argument, resolved: the role, and the ambiguous term it was written as, if any.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Resolved {
    pub role: RoleRef,
    pub ambiguity: Option<usize>,
}

/// Argument text that names no role: the part that does not, and the nearest roles.
#[derive(Debug, Clone, PartialEq)]
pub struct Unknown {
    pub text: String,
    pub suggestions: Vec<RoleRef>,
}

/// The role one option value names: its id, or the first role its words name when every word
/// belongs to one (`product owner`, `prodct ownr`).
pub fn role(store: &Store, text: &str) -> Result<Resolved, Unknown> {
    if let Some(role) = store.find(text.trim()) {
        return Ok(Resolved { role, ambiguity: None });
    }
    match roles(store, text)?.first() {
        Some(m) => Ok(Resolved { role: m.role, ambiguity: m.ambiguity }),
        None => Err(Unknown { text: text.trim().to_owned(), suggestions: Vec::new() }),
    }
}

/// Every role named in argument text, in order. Each quoted part is a group of its own, so
/// `"delivery manager" "project manager"` reads as two roles.
pub fn roles(store: &Store, text: &str) -> Result<Vec<Mention>, Unknown> {
    let mut found = Vec::new();
    let mut buffer = String::new();
    for group in groups(text) {
        let mut group = glossed(store, &group).unwrap_or(group);
        let mut ws = split_words(&group, &mut buffer);
        let mut mentions = store.lexicon().mentions(&ws);
        let mut unknown = uncovered(&ws, &mentions);
        // "/compare projectmanager programmanager": names written as one word
        if let Some(names) = (!unknown.is_empty()).then(|| unjoined(store, &group)).flatten() {
            group = names;
            ws = split_words(&group, &mut buffer);
            mentions = store.lexicon().mentions(&ws);
            unknown = uncovered(&ws, &mentions);
        }
        // "/whatis scrm master": a typo in a word too short to correct alone, read against
        // whole role names
        if let Some(role) = (!unknown.is_empty()).then(|| misspelled(store, &group)).flatten() {
            found.push(Mention { role, ambiguity: None, start: 0, end: ws.len(), corrected: true });
            continue;
        }
        if !unknown.is_empty() {
            let text = if mentions.is_empty() { group.trim().to_owned() } else { unknown.join(" ") };
            let suggestions = suggest::roles(store, &text, SUGGESTIONS);
            return Err(Unknown { text, suggestions });
        }
        found.extend(mentions);
    }
    Ok(found)
}

/// The one role named last in argument text whose earlier words name no role, not even
/// misspelled: `qa engineer -> pm`. Those words say where the asker starts, somewhere the store
/// has no entry for.
pub fn last_role(store: &Store, text: &str) -> Option<Mention> {
    let mut buffer = String::new();
    let ws = split_words(text, &mut buffer);
    let mentions = store.lexicon().mentions(&ws);
    let [last] = mentions.as_slice() else { return None };
    let trailing = ws[last.end..].iter().all(|w| JOINERS.contains(w));
    let before = ws[..last.start].join(" ");
    (last.start > 0 && trailing && misspelled(store, &before).is_none()).then_some(*last)
}

/// The one role whose name or alias the whole text is a typo of, when exactly one is nearest:
/// an edit for every six letters or so.
fn misspelled(store: &Store, text: &str) -> Option<RoleRef> {
    let key = phrase_key(text);
    let allowance = typo_allowance(key.chars().count());
    let mut best: Option<(usize, RoleRef)> = None;
    let mut tied = false;
    for (phrase, role) in store.lexicon().phrases() {
        let limit = allowance.min(typo_allowance(phrase.chars().count()));
        let Some(d) = bounded_distance(&key, phrase, limit) else { continue };
        match best {
            Some((b, r)) if d == b && r != role => tied = true,
            Some((b, _)) if d >= b => {}
            _ => (best, tied) = (Some((d, role)), false),
        }
    }
    best.filter(|_| !tied).map(|(_, role)| role)
}

/// The product terms argument text names, in order, when every word belongs to one (joining
/// words aside): `prd`, `roadmap vs backlog`, `north star metric`. `None` when any word names
/// no term.
pub fn terms(store: &Store, text: &str) -> Option<Vec<TermRef>> {
    // ids as buttons and autocomplete give them: `beta release-notes`
    let ids: Option<Vec<TermRef>> = text.split_whitespace().map(|id| store.find_term(id)).collect();
    if let Some(ids) = ids.filter(|ids| !ids.is_empty()) {
        return Some(ids);
    }
    let mut buffer = String::new();
    let ws = split_words(text, &mut buffer);
    let mentions = store.glossary().mentions(&ws, |_| false);
    let covered = |i: usize| mentions.iter().any(|m| (m.start..m.end).contains(&i));
    let all = (0..ws.len()).all(|i| covered(i) || JOINERS.contains(&ws[i]));
    let mut found: Vec<TermRef> = Vec::new();
    for m in &mentions {
        if !found.contains(&m.term) {
            found.push(m.term);
        }
    }
    (all && !found.is_empty()).then_some(found)
}

/// Splits arguments into groups, in the order typed: each quoted part, and each run of text
/// between quotes.
fn groups(args: &str) -> Vec<String> {
    let mut groups = vec![String::new()];
    for c in args.chars() {
        // a quote opens or closes a group: either way, what follows is a new one
        if matches!(c, '"' | '“' | '”') {
            groups.push(String::new());
        } else if let Some(group) = groups.last_mut() {
            group.push(c);
        }
    }
    groups.retain(|g| !g.trim().is_empty());
    groups
}

/// The role name in brackets after a short form the store does not know: `DM (delivery mgr)`,
/// `PgM (program manager)`. The bracket says what the short form means.
fn glossed(store: &Store, group: &str) -> Option<String> {
    let (outside, rest) = group.split_once('(')?;
    let (inside, after) = rest.split_once(')')?;
    let (mut short_buffer, mut inner_buffer) = (String::new(), String::new());
    let short = split_words(outside, &mut short_buffer);
    let inner = split_words(inside, &mut inner_buffer);
    let mentions = store.lexicon().mentions(&inner);
    let names_all = !mentions.is_empty() && uncovered(&inner, &mentions).is_empty();
    let unknown_short = (1..=2).contains(&short.len()) && store.lexicon().mentions(&short).is_empty();
    (names_all && unknown_short && split_words(after, &mut String::new()).iter().all(|w| JOINERS.contains(w)))
        .then(|| inside.to_owned())
}

/// The group with each role name written as one word (`projectmanager`, `Scrum-Master`) written
/// as the name; `None` when it has none.
fn unjoined(store: &Store, group: &str) -> Option<String> {
    let squeeze =
        |text: &str| -> String { text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect() };
    let mut changed = false;
    let words: Vec<String> = group
        .split_whitespace()
        .map(|word| {
            let squeezed = squeeze(word);
            let named = (squeezed.len() >= 6)
                .then(|| {
                    store.roles().iter().find(|role| {
                        std::iter::once(&role.name)
                            .chain(&role.aliases)
                            .any(|name| name.contains(|c: char| !c.is_alphanumeric()) && squeeze(name) == squeezed)
                    })
                })
                .flatten();
            match named {
                Some(role) => {
                    changed = true;
                    role.name.clone()
                }
                None => word.to_owned(),
            }
        })
        .collect();
    changed.then(|| words.join(" "))
}

/// Words not covered by any mention, except joining words.
fn uncovered<'w>(ws: &[&'w str], mentions: &[Mention]) -> Vec<&'w str> {
    ws.iter()
        .enumerate()
        .filter(|(i, w)| !mentions.iter().any(|m| (m.start..m.end).contains(i)) && !JOINERS.contains(w))
        .map(|(_, &w)| w)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_option_resolves_by_id_name_alias_or_typo() {
        let store = Store::embedded().unwrap();
        let po = store.find("product-owner").unwrap();
        for text in ["product-owner", "po", "Product Owner", "prodct ownerr", " po ", "prodct ownr"] {
            assert_eq!(role(&store, text), Ok(Resolved { role: po, ambiguity: None }), "{text:?}");
        }
        let sm = store.find("scrum-master").unwrap();
        assert_eq!(role(&store, "scrm master").map(|r| r.role), Ok(sm), "a short word misspelled");
        let unknown = role(&store, "chef").expect_err("chef is no role");
        assert_eq!(unknown.text, "chef");
        assert!(!unknown.suggestions.is_empty(), "a near miss is suggested");
    }

    #[test]
    fn quoted_groups_keep_names_of_several_words_apart() {
        let store = Store::embedded().unwrap();
        let ids = |text: &str| -> Vec<String> {
            roles(&store, text).unwrap().iter().map(|m| store[m.role].id.clone()).collect()
        };
        assert_eq!(ids("\"delivery manager\" \"project manager\""), ["delivery-manager", "project-manager"]);
        assert_eq!(ids("po \"scrum master\""), ["product-owner", "scrum-master"], "in the order typed");
    }

    #[test]
    fn a_bracket_glosses_a_short_form_and_politeness_is_no_argument() {
        let store = Store::embedded().unwrap();
        let ids = |text: &str| -> Vec<String> {
            roles(&store, text).unwrap().iter().map(|m| store[m.role].id.clone()).collect()
        };
        assert_eq!(ids("DM (delivery mgr) ??"), ["delivery-manager"]);
        assert_eq!(ids("scrum mstr po pls"), ["scrum-master", "product-owner"]);
        assert_eq!(ids("delivery-manager ty bot"), ["delivery-manager"]);
        let unknown = roles(&store, "DM (chef)").expect_err("a bracket that names no role explains nothing");
        assert_eq!(unknown.text, "DM (chef)", "reported as typed");
    }

    #[test]
    fn a_role_name_written_as_one_word_is_the_role() {
        let store = Store::embedded().unwrap();
        let ids = |text: &str| -> Vec<String> {
            roles(&store, text).unwrap().iter().map(|m| store[m.role].id.clone()).collect()
        };
        assert_eq!(ids("deliverymanager ScrumMaster"), ["delivery-manager", "scrum-master"]);
        assert_eq!(ids("productowner -> groupPM"), ["product-owner", "group-product-manager"]);
        assert!(roles(&store, "managerproject").is_err(), "the words of a name in another order name nothing");
    }
}
