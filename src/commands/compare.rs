//! `/compare ROLE ROLE`: two or three roles side by side on every dimension, the one sentence
//! that tells them apart, and when to go to which.

use super::follow;
use super::spec::{Arg, ArgKind, Args, Spec};
use crate::answer::{bullets, capitalized, clause, merged, Answer, Row, Table};
use crate::knowledge::entry::{Dimension, Role};
use crate::knowledge::{RoleRef, Store};
use crate::query::{Intent, Query, Understood};

/// Most roles one comparison puts side by side.
pub const MAX_COMPARED: usize = 3;

pub const SPEC: Spec = Spec {
    name: "compare",
    aliases: &["vs", "diff", "difference"],
    slack: "compare",
    about: "Two roles side by side",
    args: &[
        Arg { name: "first", shown: "ROLE", kind: ArgKind::Role, required: true, about: "The first role" },
        Arg { name: "second", shown: "ROLE", kind: ArgKind::Role, required: true, about: "The second role" },
        Arg { name: "third", shown: "ROLE", kind: ArgKind::Role, required: false, about: "A third role, if any" },
    ],
    example: "pm project-manager",
    intent: Intent::Compare,
    build,
};

/// Two roles or more are compared; one role named twice is defined.
fn build(_: &Store, args: Args) -> Option<Understood> {
    let query = match args.roles.as_slice() {
        [] => return None,
        [role] => Query::Define { role: *role },
        roles => Query::Compare { roles: roles.iter().take(MAX_COMPARED).copied().collect() },
    };
    Some(args.sure(query))
}

pub fn compose(store: &Store, refs: &[RoleRef], answer: &mut Answer) {
    let roles: Vec<&Role> = refs.iter().map(|&r| &store[r]).collect();
    let curated = match refs {
        [a, b] => store.comparison(*a, *b),
        _ => None,
    };
    let role_names: Vec<&str> = roles.iter().map(|r| r.name.as_str()).collect();
    answer.title = role_names.join(" vs ");
    answer.summary = roles.iter().map(|r| format!("{}: {}", r.name, r.summary)).collect::<Vec<_>>().join("\n");
    let rows = Dimension::ALL
        .iter()
        .map(|&d| Row {
            label: d.label().to_owned(),
            cells: roles.iter().map(|r| r.dimensions.get(d).to_owned()).collect(),
            note: curated.and_then(|c| c.notes.iter().find(|(nd, _)| *nd == d)).map(|(_, n)| n.clone()),
        })
        .collect();
    answer.table = Some(Table { columns: role_names.iter().map(|n| n.to_string()).collect(), rows });
    let go_to: Vec<String> = roles
        .iter()
        .map(|r| match curated.and_then(|c| c.go_to.iter().find(|(id, _)| id == &r.id)) {
            Some((_, text)) => text.clone(),
            None => format!(
                "Go to the {} for: {}.",
                r.name,
                r.responsibilities[..2.min(r.responsibilities.len())].join("; ")
            ),
        })
        .collect();
    answer.sections.push(bullets("When to go to which", go_to));
    answer.key_difference = Some(match curated {
        Some(c) => c.key_difference.clone(),
        None => {
            let parts: Vec<String> =
                roles.iter().map(|r| format!("the {} focuses on {}", r.name, clause(&r.dimensions.focus))).collect();
            let sentence = match parts.as_slice() {
                [a, b] => format!("{a}, while {b}."),
                _ => format!("{}.", parts.join("; ")),
            };
            capitalized(&sentence)
        }
    });
    answer.follow_ups = roles.iter().take(2).map(|r| follow::what_is(r)).collect();
    if let [a, b, ..] = roles[..] {
        let (from, to) = if a.level <= b.level { (a, b) } else { (b, a) };
        answer.follow_ups.push(follow::path(format!("Path from {} to {}", from.name, to.name), from, to));
    }
    answer.sources = match curated {
        Some(c) => c.sources.clone(),
        None => roles.iter().fold(Vec::new(), |all, r| merged(&all, &r.sources)),
    };
}
