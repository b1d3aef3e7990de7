//! Role suggestions while someone types a role, for autocompleting command options.

use crate::model::Role;
use crate::store::Store;
use crate::text::{bounded_distance, phrase_key};

/// Most suggestions a platform shows (Discord's limit).
pub const MAX_SUGGESTIONS: usize = 25;

/// Roles matching what has been typed so far, best first: exact names and aliases, then
/// prefixes, then word prefixes, then substrings, then near misses. With nothing typed, the
/// `popular` roles come first, then the rest by family.
pub fn complete_roles<'s>(store: &'s Store, typed: &str, popular: &[String], limit: usize) -> Vec<&'s Role> {
    let key = phrase_key(typed);
    let limit = limit.min(MAX_SUGGESTIONS);
    if key.is_empty() {
        let mut out: Vec<&Role> = popular.iter().filter_map(|id| store.role(id)).collect();
        for (_, roles) in store.by_family() {
            for role in roles {
                if !out.iter().any(|r| r.id == role.id) {
                    out.push(role);
                }
            }
        }
        out.truncate(limit);
        return out;
    }
    let mut best: Vec<(usize, usize)> = Vec::new(); // (score, role index)
    for (phrase, role) in store.lexicon().phrases() {
        let Some(score) = score(&key, phrase) else { continue };
        match best.iter_mut().find(|(_, r)| *r == role) {
            Some(entry) => entry.0 = entry.0.min(score),
            None => best.push((score, role)),
        }
    }
    best.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| store.role_at(a.1).name.cmp(&store.role_at(b.1).name)));
    best.into_iter().take(limit).map(|(_, r)| store.role_at(r)).collect()
}

/// How well a phrase matches what was typed; lower is better, `None` is no match.
fn score(typed: &str, phrase: &str) -> Option<usize> {
    if phrase == typed {
        return Some(0);
    }
    if phrase.starts_with(typed) {
        return Some(1);
    }
    if phrase.split(' ').any(|w| w.starts_with(typed)) {
        return Some(2);
    }
    if phrase.contains(typed) {
        return Some(3);
    }
    // a typo in what was typed so far: compare with the phrase's start of the same length
    let prefix: String = phrase.chars().take(typed.chars().count()).collect();
    let allowance = match typed.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    };
    bounded_distance(typed, &prefix, allowance).filter(|_| allowance > 0).map(|d| 4 + d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(store: &Store, typed: &str) -> Vec<String> {
        complete_roles(store, typed, &[], 25).iter().map(|r| r.id.clone()).collect()
    }

    #[test]
    fn suggestions_rank_names_and_aliases_best_first() {
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
    }

    #[test]
    fn empty_input_shows_the_most_asked_roles_first() {
        let store = Store::embedded().unwrap();
        let popular = vec!["scrum-master".to_owned(), "ceo".to_owned()];
        let roles = complete_roles(&store, "", &popular, 25);
        assert_eq!(roles[0].id, "scrum-master");
        assert_eq!(roles[1].id, "ceo");
        assert_eq!(roles.len(), 25, "capped at Discord's 25 choices");
    }

    #[test]
    fn nothing_like_a_role_suggests_nothing() {
        let store = Store::embedded().unwrap();
        assert!(ids(&store, "kubernetes").is_empty());
    }
}
