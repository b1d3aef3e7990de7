//! `/whatis ROLE`: what a role is: its focus, key responsibilities, success measures, skills
//! and where it leads. Given a product term instead, [`super::term`] explains it.

use super::follow;
use super::spec::{Arg, ArgKind, Args, Spec};
use crate::answer::{bullets, names, text, Answer, FollowUp, DEFINE_WORDS};
use crate::knowledge::{RoleRef, Store};
use crate::query::{Intent, Query, Understood};

pub const SPEC: Spec = Spec {
    name: "whatis",
    aliases: &["what", "define", "role", "describe", "term", "glossary"],
    slack: "whatis",
    about: "What a role or a product term is: focus, duties, who owns it",
    args: &[Arg {
        name: "role",
        shown: "ROLE|TERM",
        kind: ArgKind::Subject,
        required: true,
        about: "The role or product term, e.g. product owner, prd",
    }],
    example: "product-owner",
    intent: Intent::Define,
    build,
};

/// A role is defined; failing that, a product term is explained.
fn build(store: &Store, args: Args) -> Option<Understood> {
    if let Some(&role) = args.roles.first() {
        return Some(args.sure(Query::Define { role }));
    }
    let term = *args.terms.first()?;
    Some(args.sure(Query::about_terms(store, vec![term])))
}

/// What each of several roles is, one after the other: each summary and first duties, within
/// [`DEFINE_WORDS`] for each role, and a button to compare them.
pub fn compose_each(store: &Store, roles: &[RoleRef], answer: &mut Answer) {
    let all: Vec<&crate::knowledge::entry::Role> = roles.iter().map(|&r| &store[r]).collect();
    answer.title = match all.as_slice() {
        [a, b] => format!("{} and {}", a.name, b.name),
        _ => names(store, roles),
    };
    for r in &all {
        let duties: Vec<&str> = r.responsibilities.iter().take(2).map(String::as_str).collect();
        answer.sections.push(text(&r.name, &format!("{} Key duties: {}.", r.summary, duties.join("; "))));
        answer.follow_ups.push(follow::what_is(r));
        answer.sources.extend(r.sources.iter().filter(|s| !answer.sources.contains(s)).cloned().collect::<Vec<_>>());
    }
    if let [a, b, ..] = all.as_slice() {
        answer.follow_ups.push(follow::compare(format!("Compare {} and {}", a.name, b.name), a, b));
    }
    answer.fit(DEFINE_WORDS * all.len());
}

/// What a role is: in a chat, the summary, its first duties and how it is measured, within
/// [`DEFINE_WORDS`]; in full, also its focus, skills and career.
pub fn compose(store: &Store, role: RoleRef, full: bool, answer: &mut Answer) {
    let r = &store[role];
    answer.title = r.name.clone();
    answer.summary = r.summary.clone();
    answer.follow_ups = follow::from_role(store, role);
    answer.follow_ups.push(follow::all_roles());
    answer.sources = r.sources.clone();
    if !full {
        answer.sections.push(bullets("Key responsibilities", r.responsibilities.iter().take(3).cloned()));
        answer.sections.push(text("Success measures", &r.dimensions.success));
        answer.more = Some(FollowUp::new("More", follow::what_is(r).action.in_full()));
        answer.fit(DEFINE_WORDS);
        return;
    }
    answer.sections.push(text("Focus", &r.dimensions.focus));
    answer.sections.push(bullets("Key responsibilities", r.responsibilities.iter().take(5).cloned()));
    answer.sections.push(text("Success measures", &r.dimensions.success));
    answer.sections.push(bullets("Key skills", r.skills.iter().take(6).cloned()));
    let links = store.links(role);
    let mut career = Vec::new();
    if !links.reports_to.is_empty() {
        career.push(format!("Usually reports to: {}", names(store, &links.reports_to)));
    }
    if !links.next_roles.is_empty() {
        career.push(format!("Typical next roles: {}", names(store, &links.next_roles)));
    }
    if !career.is_empty() {
        answer.sections.push(bullets("Career", career));
    }
}
