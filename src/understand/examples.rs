//! The example questions curators list in knowledge entries (`examples = [...]`), read as the
//! bot reads any message: each must be answered by the entry that lists it. A question the
//! bot missed becomes a fix without touching code: add it as an example, add the words it
//! needs, and `rolecall validate` says whether the entry now answers it.

use crate::knowledge::entry::TermRef;
use crate::knowledge::parse::Problem;
use crate::knowledge::{RoleRef, Store};
use crate::query::Query;

/// What an example must be read as to count as answered by its entry.
enum Entry {
    Role(RoleRef),
    Term(TermRef),
    Comparison(RoleRef, RoleRef),
    Path(RoleRef, RoleRef),
    Background(usize),
}

impl Entry {
    /// Whether a reading answers from this entry.
    fn answers(&self, query: &Query) -> bool {
        match (self, query) {
            (Entry::Role(r), Query::Define { role }) => role == r,
            (Entry::Role(r), Query::Transition { to, .. }) => to == r,
            (Entry::Role(r), Query::Compare { roles }) => roles.contains(r),
            (Entry::Role(r), Query::Who { owners, .. }) => owners.first().is_some_and(|o| o.role == *r),
            (Entry::Term(t), Query::Term { terms, .. }) => terms.contains(t),
            (Entry::Term(t), Query::Who { term, .. }) => term.as_ref() == Some(t),
            (Entry::Comparison(a, b), Query::Compare { roles }) => {
                roles.len() == 2 && roles.contains(a) && roles.contains(b)
            }
            (Entry::Path(a, b), Query::Transition { from, to, .. }) => *from == Some(*a) && to == b,
            (Entry::Background(b), Query::Transition { background, .. }) => *background == Some(*b),
            _ => false,
        }
    }
}

/// Every example no entry-reading answers, as a problem on the file that lists it; `root` is
/// how the knowledge folder is named in the problems (`knowledge`).
pub fn problems(store: &Store, root: &str) -> Vec<Problem> {
    let mut listed: Vec<(String, Entry, &[String])> = Vec::new();
    for role in store.roles() {
        if let Some(r) = store.find(&role.id) {
            listed.push((format!("{root}/roles/{}.toml", role.id), Entry::Role(r), &role.examples));
        }
    }
    for term in store.terms() {
        if let Some(t) = store.find_term(&term.id) {
            listed.push((format!("{root}/terms/{}.toml", term.id), Entry::Term(t), &term.examples));
        }
    }
    for comparison in store.comparisons() {
        let [a, b] = &comparison.roles;
        if let (Some(ra), Some(rb)) = (store.find(a), store.find(b)) {
            listed.push((format!("{root}/comparisons/{a}--{b}.toml"), Entry::Comparison(ra, rb), &comparison.examples));
        }
    }
    for (from, to) in store.curated_paths() {
        if let Some(path) = store.path(from, to) {
            let file = format!("{root}/paths/{}--{}.toml", path.from, path.to);
            listed.push((file, Entry::Path(from, to), &path.examples));
        }
    }
    for (i, background) in store.backgrounds().iter().enumerate() {
        listed.push((format!("{root}/backgrounds/{}.toml", background.id), Entry::Background(i), &background.examples));
    }
    let mut out = Vec::new();
    for (file, entry, examples) in listed {
        for (n, example) in examples.iter().enumerate() {
            let query = super::understand(store, example).query;
            if !entry.answers(&query) {
                let mut reading = query.role_ids(store);
                reading.extend(query.terms().iter().map(|&t| format!("term {}", store[t].id)));
                let read = format!("{} {}", query.intent(), reading.join(", "));
                out.push(Problem::field(
                    &file,
                    &format!("examples[{n}]"),
                    format!(
                        "{example:?} is read as {}, not answered by this entry; `rolecall ask --explain` shows why",
                        read.trim()
                    ),
                ));
            }
        }
    }
    out.sort_by(|a, b| a.file.cmp(&b.file));
    out
}
