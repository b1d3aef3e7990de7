//! `/who DUTY`: which roles own a duty, best first, each with the responsibility that matched.

use super::follow;
use super::spec::{Arg, ArgKind, Args, Spec};
use crate::answer::{bullets, echo, Answer};
use crate::knowledge::entry::TermRef;
use crate::knowledge::Store;
use crate::query::{Intent, Owner, Query, Understood};
use crate::text::split_words;

pub const SPEC: Spec = Spec {
    name: "who",
    aliases: &["owner", "owns"],
    slack: "who",
    about: "Which role owns a duty",
    args: &[Arg {
        name: "duty",
        shown: "DUTY",
        kind: ArgKind::Text,
        required: true,
        about: "The duty, e.g. owns the roadmap",
    }],
    example: "owns the roadmap",
    intent: Intent::Who,
    build,
};

/// Every role whose responsibilities cover the duty: a command asks for owners, so even weak
/// matches are worth showing.
fn build(store: &Store, args: Args) -> Option<Understood> {
    let owners = store.duties().rank(&split_words(&args.text, &mut String::new())).iter().map(|m| m.owner()).collect();
    let duty = args.text.clone();
    Some(args.sure(Query::Who { duty, owners, term: None }))
}

pub fn compose(store: &Store, duty: &str, owners: &[Owner], term: Option<TermRef>, answer: &mut Answer) {
    let duty = echo(duty.trim().trim_end_matches('?'));
    // ("RAID log: usually kept by whom?", "release notes, that's usually who?": the question
    // word comes last, and the question stands as it is)
    let asks_last = duty.split_whitespace().rev().take(3).any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        w == "whom" || w == "who"
    });
    answer.title = match duty.split_whitespace().next().map(str::to_lowercase).as_deref() {
        Some("who") => format!("Who {}?", duty.split_once(' ').map_or("", |(_, rest)| rest)),
        Some(first) if asks_last || matches!(first, "whose" | "which" | "what" | "whos" | "who's") => {
            let mut chars = duty.chars();
            let first = chars.next().map(|c| c.to_uppercase().to_string()).unwrap_or_default();
            format!("{first}{}?", chars.as_str())
        }
        _ => format!("Who {duty}?"),
    };
    if duty.trim().is_empty() {
        answer.title = "Which duty?".to_owned();
        answer.summary = format!("Name a duty, for example: {}.", SPEC.example);
        answer.follow_ups = vec![follow::who(SPEC.example), follow::help()];
        return;
    }
    let Some(first) = owners.first() else {
        answer.summary = "No role in my knowledge owns that duty.".to_owned();
        answer.follow_ups = vec![follow::all_roles(), follow::help()];
        return;
    };
    let why = |owner: &Owner| {
        let role = &store[owner.role];
        let responsibility =
            owner.responsibility.and_then(|i| role.responsibilities.get(i)).or(role.responsibilities.first());
        format!("The {} {}.", role.name, responsibility.map(|r| r.trim_end_matches('.')).unwrap_or_default())
    };
    let lead = &store[first.role];
    // "who writes the PRD?": the owners come from the term, and the term says what it is
    if let Some(term) = term {
        let t = &store[term];
        let roles: Vec<_> = owners.iter().map(|o| o.role).collect();
        answer.summary = format!("{} {}: {}", super::term::owned_by(store, &roles), t.title(), t.definition);
        answer.follow_ups = vec![follow::what_is(lead), follow::what_is_term(t), follow::all_roles()];
        answer.sources = t.sources.clone();
        return;
    }
    answer.summary = match owners.len() {
        1 => format!("Usually the {}. {}", lead.name, why(first)),
        _ => format!("Usually the {}, with others involved. {}", lead.name, why(first)),
    };
    if owners.len() > 1 {
        answer.sections.push(bullets("Also involved", owners[1..].iter().map(why)));
    }
    answer.follow_ups = vec![follow::what_is(lead)];
    match owners.get(1) {
        Some(second) => answer.follow_ups.push(follow::compare_with(lead, &store[second.role])),
        None => answer.follow_ups.extend(follow::from_role(store, first.role).into_iter().take(1)),
    }
    answer.follow_ups.push(follow::all_roles());
    answer.sources = lead.sources.clone();
}
