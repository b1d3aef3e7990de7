//! Reading a command's role arguments: all of them from the text after a slash command, or one
//! from a typed option. Every word must belong to a role; what does not is reported with the
//! nearest roles as suggestions.

use crate::knowledge::{RoleRef, Store};
use crate::lexicon::Mention;
use crate::suggest;
use crate::text::words;

/// Most suggestions offered for a role the store does not have.
const SUGGESTIONS: usize = 3;

/// Words allowed between role names in arguments: `pm and po`, `from ba to po`.
const JOINERS: &[&str] = &["and", "vs", "v", "versus", "or", "to", "from", "with", "a", "an", "the", "between", "into"];

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

/// Every role named in argument text, in order. Each quoted part is one group and the unquoted
/// rest one more, so `"delivery manager" "project manager"` reads as two roles.
pub fn roles(store: &Store, text: &str) -> Result<Vec<Mention>, Unknown> {
    let mut found = Vec::new();
    for group in groups(text) {
        let ws = words(&group);
        let mentions = store.lexicon().mentions(&ws);
        let unknown = uncovered(&ws, &mentions);
        if !unknown.is_empty() {
            let text = if mentions.is_empty() { group.trim().to_owned() } else { unknown.join(" ") };
            let suggestions = suggest::roles(store, &text, SUGGESTIONS);
            return Err(Unknown { text, suggestions });
        }
        found.extend(mentions);
    }
    Ok(found)
}

/// Splits arguments into groups: each quoted part, then the unquoted rest.
fn groups(args: &str) -> Vec<String> {
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

/// Words not covered by any mention, except joining words.
fn uncovered(ws: &[String], mentions: &[Mention]) -> Vec<String> {
    ws.iter()
        .enumerate()
        .filter(|(i, w)| !mentions.iter().any(|m| (m.start..m.end).contains(i)) && !JOINERS.contains(&w.as_str()))
        .map(|(_, w)| w.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_option_resolves_by_id_name_alias_or_typo() {
        let store = Store::embedded().unwrap();
        let po = store.find("product-owner").unwrap();
        for text in ["product-owner", "po", "Product Owner", "prodct ownerr", " po "] {
            assert_eq!(role(&store, text), Ok(Resolved { role: po, ambiguity: None }), "{text:?}");
        }
        let unknown = role(&store, "chef").expect_err("chef is no role");
        assert_eq!(unknown.text, "chef");
        assert!(!unknown.suggestions.is_empty(), "a near miss is suggested");
    }

    #[test]
    fn quoted_groups_keep_names_of_several_words_apart() {
        let store = Store::embedded().unwrap();
        let found = roles(&store, "\"delivery manager\" \"project manager\"").unwrap();
        let ids: Vec<&str> = found.iter().map(|m| store[m.role].id.as_str()).collect();
        assert_eq!(ids, ["delivery-manager", "project-manager"]);
    }
}
