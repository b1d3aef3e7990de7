//! The follow-ups answers suggest, one constructor per kind, so that every command can point at
//! any other without the commands importing each other. Each names a catalogue command; a test
//! checks that every follow-up any answer carries runs.

use crate::answer::{Action, FollowUp};
use crate::knowledge::entry::{Role, Term};
use crate::knowledge::{RoleRef, Store};

/// "What is a Product Owner?"
pub fn what_is(role: &Role) -> FollowUp {
    FollowUp::new(crate::answer::what_is(role), Action::new("whatis", [role.id.clone()]))
}

/// "PRD, explained"
pub fn what_is_term(term: &Term) -> FollowUp {
    FollowUp::new(format!("{}, explained", term.short_name()), Action::new("whatis", [term.id.clone()]))
}

/// "Roadmap vs Backlog": two product terms side by side.
pub fn compare_terms(a: &Term, b: &Term) -> FollowUp {
    let label = format!("{} vs {}", a.short_name(), b.short_name());
    FollowUp::new(label, Action::new("compare", [a.id.clone(), b.id.clone()]))
}

/// Two roles side by side, under a label of the caller's.
pub fn compare(label: String, a: &Role, b: &Role) -> FollowUp {
    FollowUp::new(label, Action::new("compare", [a.id.clone(), b.id.clone()]))
}

/// "Compare with Scrum Master", from the role at hand.
pub fn compare_with(role: &Role, other: &Role) -> FollowUp {
    compare(format!("Compare with {}", other.name), role, other)
}

/// The path from one role to another, under a label of the caller's.
pub fn path(label: String, from: &Role, to: &Role) -> FollowUp {
    FollowUp::new(label, Action::new("path", [from.id.clone(), to.id.clone()]))
}

/// "Path to Head of Product", from the role at hand.
pub fn path_to(from: &Role, to: &Role) -> FollowUp {
    path(format!("Path to {}", to.name), from, to)
}

/// "How to become a Product Owner", from anywhere.
pub fn path_into(role: &Role) -> FollowUp {
    FollowUp::new(format!("How to become {}", crate::answer::a(&role.name)), Action::new("path", [role.id.clone()]))
}

/// "Who owns the roadmap?"
pub fn who(duty: &str) -> FollowUp {
    FollowUp::new(format!("Who {duty}?"), Action::new("who", [duty.to_owned()]))
}

/// Every role the bot knows.
pub fn all_roles() -> FollowUp {
    FollowUp::new("All roles", Action::new("roles", []))
}

/// What the bot can do.
pub fn help() -> FollowUp {
    FollowUp::new("Help", Action::new("help", []))
}

/// The usual follow-ups from a role: compare with its most related role, and the path to its
/// usual next role.
pub fn from_role(store: &Store, role: RoleRef) -> Vec<FollowUp> {
    let links = store.links(role);
    let related = links.related.first().map(|&other| compare_with(&store[role], &store[other]));
    let next = links.next_roles.first().map(|&next| path_to(&store[role], &store[next]));
    related.into_iter().chain(next).collect()
}
