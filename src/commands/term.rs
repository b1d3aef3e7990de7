//! Product terms, as `/whatis` and `/compare` answer them: what a term means, why it matters
//! and who usually owns it; two terms side by side, the sentence that tells them apart first.

use super::follow;
use crate::answer::{names, text, Action, Answer, FollowUp, Row, Table, COMPARE_WORDS, DEFINE_WORDS};
use crate::knowledge::entry::TermRef;
use crate::knowledge::{RoleRef, Store};

/// "Usually the Product Owner, with the Product Manager and the Business Analyst."
pub fn owned_by(store: &Store, owners: &[RoleRef]) -> String {
    let the = |r: &RoleRef| format!("the {}", store[*r].name);
    match owners {
        [] => "No one role owns it; the whole team shares it.".to_owned(),
        [only] => format!("Usually {}.", the(only)),
        [first, rest @ ..] => {
            let rest: Vec<String> = rest.iter().map(the).collect();
            format!("Usually {}, with {}.", the(first), rest.join(" and "))
        }
    }
}

/// One term explained, or two side by side.
pub fn compose(store: &Store, terms: &[TermRef], full: bool, answer: &mut Answer) {
    match terms {
        [one] => explain(store, *one, full, answer),
        [a, b, ..] => side_by_side(store, *a, *b, full, answer),
        [] => {}
    }
}

/// One term: in a chat, what it is, why it matters and who owns it, within [`DEFINE_WORDS`];
/// in full, also how it shows up in a team's week and the terms around it.
fn explain(store: &Store, term: TermRef, full: bool, answer: &mut Answer) {
    let t = &store[term];
    let owners = store.term_owners(term);
    answer.title = t.title();
    answer.summary = t.definition.clone();
    answer.sections.push(text("Why it matters", &t.why));
    answer.sections.push(text("Who owns it", &owned_by(store, owners)));
    answer.sources = t.sources.clone();
    answer.follow_ups = owners.first().map(|&r| follow::what_is(&store[r])).into_iter().collect();
    // the term it is most often confused with, else the nearest related one
    let versus = t.versus.iter().find_map(|(id, _)| store.find_term(id));
    match versus {
        Some(other) => answer.follow_ups.push(follow::compare_terms(&store[term], &store[other])),
        None => answer.follow_ups.extend(store.term_related(term).first().map(|&r| follow::what_is_term(&store[r]))),
    }
    if !full {
        answer.more = Some(FollowUp::new("More", follow::what_is_term(t).action.in_full()));
        answer.fit(DEFINE_WORDS);
        return;
    }
    answer.sections.push(text("In practice", &t.example));
    let related: Vec<&str> = store.term_related(term).iter().map(|&r| store[r].name.as_str()).collect();
    if !related.is_empty() {
        answer.sections.push(text("Related terms", &related.join(", ")));
    }
}

/// Two terms: the sentence that tells them apart, then each one's meaning and owners, within
/// [`COMPARE_WORDS`]; in full, also why each matters and how it shows up.
fn side_by_side(store: &Store, a: TermRef, b: TermRef, full: bool, answer: &mut Answer) {
    let (ta, tb) = (&store[a], &store[b]);
    answer.title = format!("{} vs {}", ta.short_name(), tb.short_name());
    answer.key_difference = store.term_versus(a, b).map(str::to_owned);
    let row = |label: &str, cell: &dyn Fn(TermRef) -> String| Row {
        label: label.to_owned(),
        cells: vec![cell(a), cell(b)],
        note: None,
    };
    let mut rows = vec![
        row("What it is", &|t| store[t].definition.clone()),
        row("Who owns it", &|t| names(store, store.term_owners(t))),
    ];
    if full {
        rows.push(row("Why it matters", &|t| store[t].why.clone()));
        rows.push(row("In practice", &|t| store[t].example.clone()));
    }
    answer.table = Some(Table { columns: vec![ta.title(), tb.title()], rows });
    answer.sources = crate::answer::merged(&ta.sources, &tb.sources);
    answer.follow_ups = vec![follow::what_is_term(ta), follow::what_is_term(tb)];
    if let Some(&owner) = store.term_owners(a).first() {
        answer.follow_ups.push(follow::what_is(&store[owner]));
    }
    if !full {
        let action = Action::new("compare", [ta.id.clone(), tb.id.clone()]).in_full();
        answer.more = Some(FollowUp::new("Full comparison", action));
        answer.fit(COMPARE_WORDS);
    }
}
