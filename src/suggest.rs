//! Roles (and product terms) near what someone typed: for autocompleting an option while it is
//! typed, and for the "did you mean" of a role the store does not have. One ranking serves both, with the one
//! typo table in [`crate::text::typo_allowance`].

use crate::knowledge::entry::TermRef;
use crate::knowledge::{RoleRef, Store};
use crate::text::{bounded_distance, phrase_key, typo_allowance};

/// Most suggestions a platform shows (Discord's limit).
pub const MAX_SUGGESTIONS: usize = 25;

/// How well a role phrase matches what was typed, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Fit {
    Exact,
    Prefix,
    WordPrefix,
    Contains,
    /// What was typed so far is a typo of the phrase's start; the edits it takes.
    TypoOfStart(usize),
    /// A typed word is a typo of one of the phrase's words ("chef" for "chief").
    TypoOfWord(usize),
}

/// Roles matching what has been typed, best first, at most `limit` (and never more than
/// [`MAX_SUGGESTIONS`]): exact names and aliases, then prefixes, word prefixes, substrings,
/// and near misses. Nothing like a role gives nothing.
pub fn roles(store: &Store, typed: &str, limit: usize) -> Vec<RoleRef> {
    ranked(store.lexicon().phrases(), typed, limit, |r| &store[r].name)
}

/// Product terms matching what has been typed, ranked as [`roles`] ranks roles.
pub fn terms(store: &Store, typed: &str, limit: usize) -> Vec<TermRef> {
    ranked(store.glossary().phrases(), typed, limit, |t| &store[t].name)
}

/// What `phrases` name, by how well their best phrase fits what was typed, then by name.
fn ranked<'s, T: Copy + PartialEq>(
    phrases: impl Iterator<Item = (&'s str, T)>,
    typed: &str,
    limit: usize,
    name: impl Fn(T) -> &'s str,
) -> Vec<T> {
    let key = phrase_key(typed);
    if key.is_empty() {
        return Vec::new();
    }
    let mut best: Vec<(Fit, T)> = Vec::new();
    for (phrase, target) in phrases {
        let Some(fit) = fit(&key, phrase) else { continue };
        match best.iter_mut().find(|(_, t)| *t == target) {
            Some(entry) => entry.0 = entry.0.min(fit),
            None => best.push((fit, target)),
        }
    }
    best.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| name(a.1).cmp(name(b.1))));
    best.into_iter().take(limit.min(MAX_SUGGESTIONS)).map(|(_, t)| t).collect()
}

/// Autocomplete: [`roles`] for what has been typed; with nothing typed, the `popular` roles
/// first, then the rest by family.
pub fn complete(store: &Store, typed: &str, popular: &[RoleRef], limit: usize) -> Vec<RoleRef> {
    let limit = limit.min(MAX_SUGGESTIONS);
    if !phrase_key(typed).is_empty() {
        return roles(store, typed, limit);
    }
    let mut out: Vec<RoleRef> = Vec::new();
    let by_family = store.by_family().into_iter().flat_map(|(_, roles)| roles).filter_map(|r| store.find(&r.id));
    for role in popular.iter().copied().chain(by_family) {
        if !out.contains(&role) {
            out.push(role);
        }
    }
    out.truncate(limit);
    out
}

fn fit(typed: &str, phrase: &str) -> Option<Fit> {
    if phrase == typed {
        return Some(Fit::Exact);
    }
    if phrase.starts_with(typed) {
        return Some(Fit::Prefix);
    }
    if phrase.split(' ').any(|w| w.starts_with(typed)) {
        return Some(Fit::WordPrefix);
    }
    if phrase.contains(typed) {
        return Some(Fit::Contains);
    }
    let typed_len = typed.chars().count();
    let start: String = phrase.chars().take(typed_len).collect();
    let allowance = typo_allowance(typed_len);
    if let Some(d) = bounded_distance(typed, &start, allowance).filter(|_| allowance > 0) {
        return Some(Fit::TypoOfStart(d));
    }
    typed
        .split(' ')
        .flat_map(|t| phrase.split(' ').map(move |p| (t, p)))
        .filter_map(|(t, p)| {
            let allowance = typo_allowance(t.chars().count().max(p.chars().count()));
            bounded_distance(t, p, allowance).filter(|_| allowance > 0 && t.chars().count() >= 3)
        })
        .min()
        .map(Fit::TypoOfWord)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(store: &Store, typed: &str) -> Vec<String> {
        roles(store, typed, 25).into_iter().map(|r| store[r].id.clone()).collect()
    }

    #[test]
    fn names_and_aliases_rank_best_first() {
        let store = Store::embedded().unwrap();
        assert_eq!(ids(&store, "po")[0], "product-owner");
        assert_eq!(ids(&store, "Product Own")[0], "product-owner");
        assert_eq!(ids(&store, "scrum")[0], "scrum-master");
        assert!(ids(&store, "manager").len() > 5);
        assert!(ids(&store, "manager").len() <= 25);
    }

    #[test]
    fn typos_still_suggest() {
        let store = Store::embedded().unwrap();
        assert_eq!(ids(&store, "prodcut owner")[0], "product-owner");
        assert_eq!(ids(&store, "scrum mastr")[0], "scrum-master");
        assert!(ids(&store, "chef").contains(&"chief-product-officer".to_owned()), "a word typo of \"chief\"");
    }

    #[test]
    fn empty_input_shows_the_most_asked_roles_first() {
        let store = Store::embedded().unwrap();
        let popular = [store.find("scrum-master").unwrap(), store.find("ceo").unwrap()];
        let roles = complete(&store, "", &popular, 25);
        assert_eq!(roles[..2], popular);
        assert_eq!(roles.len(), 25, "capped at Discord's 25 choices");
    }

    #[test]
    fn terms_are_suggested_by_name_abbreviation_and_typo() {
        let store = Store::embedded().unwrap();
        let ids = |typed: &str| -> Vec<String> {
            terms(&store, typed, 25).into_iter().map(|t| store[t].id.clone()).collect()
        };
        assert_eq!(ids("prd")[0], "prd");
        assert_eq!(ids("north st")[0], "north-star-metric");
        assert_eq!(ids("roadmpa")[0], "roadmap");
        assert!(ids("kubernetes").is_empty());
    }

    #[test]
    fn nothing_like_a_role_suggests_nothing() {
        let store = Store::embedded().unwrap();
        assert!(ids(&store, "kubernetes").is_empty());
    }
}
