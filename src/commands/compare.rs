//! `/compare ROLE ROLE`: two or three roles side by side on every dimension, the one sentence
//! that tells them apart, and when to go to which.

use super::follow;
use super::spec::{Arg, ArgKind, Args, Spec};
use crate::answer::{
    bullets, capitalized, clause, first_sentence, merged, Action, Answer, FollowUp, Row, Table, COMPARE_WORDS,
};
use crate::knowledge::entry::{Dimension, Role};
use crate::knowledge::{RoleRef, Store};
use crate::query::{Intent, Query, Understood};

/// Most roles one comparison puts side by side.
pub const MAX_COMPARED: usize = 3;

pub const SPEC: Spec = Spec {
    name: "compare",
    aliases: &["vs", "diff", "difference"],
    slack: "compare",
    about: "Two roles, or two product terms, side by side",
    args: &[
        Arg { name: "first", shown: "ROLE", kind: ArgKind::Subject, required: true, about: "The first role (or term)" },
        Arg {
            name: "second",
            shown: "ROLE",
            kind: ArgKind::Subject,
            required: true,
            about: "The second role (or term)",
        },
        Arg { name: "third", shown: "ROLE", kind: ArgKind::Subject, required: false, about: "A third role, if any" },
    ],
    example: "pm project-manager",
    intent: Intent::Compare,
    build,
};

/// Two roles or more are compared; with one, the answer asks which to compare it with.
fn build(store: &Store, args: Args) -> Option<Understood> {
    let query = match args.roles.as_slice() {
        // `/compare roadmap backlog`: two product terms
        [] if !args.terms.is_empty() => Query::about_terms(store, args.terms.iter().take(2).copied().collect()),
        [] => return None,
        // one role: the answer asks for the second
        roles => Query::Compare { roles: roles.iter().take(MAX_COMPARED).copied().collect() },
    };
    Some(args.sure(query))
}

/// Roles side by side: in a chat, the key difference, the dimensions where they differ most
/// and whom to go to for what, within [`COMPARE_WORDS`]; in full, every dimension.
pub fn compose(store: &Store, refs: &[RoleRef], full: bool, answer: &mut Answer) {
    if let [only] = refs {
        let role = &store[*only];
        answer.title = format!("Compare {} with which role?", role.name);
        answer.summary = format!("Name a second role to compare with {}.", crate::answer::a(&role.name));
        answer.follow_ups =
            store.links(*only).related.iter().take(3).map(|&other| follow::compare_with(role, &store[other])).collect();
        return;
    }
    let roles: Vec<&Role> = refs.iter().map(|&r| &store[r]).collect();
    let curated = match refs {
        [a, b] => store.comparison(*a, *b),
        _ => None,
    };
    let role_names: Vec<&str> = roles.iter().map(|r| r.name.as_str()).collect();
    answer.title = role_names.join(" vs ");
    if full {
        answer.summary = roles.iter().map(|r| format!("{}: {}", r.name, r.summary)).collect::<Vec<_>>().join("\n");
    }
    let rows: Vec<Row> = Dimension::ALL
        .iter()
        .map(|&d| Row {
            label: d.label().to_owned(),
            cells: roles.iter().map(|r| r.dimensions.get(d).to_owned()).collect(),
            note: curated.and_then(|c| c.notes.iter().find(|(nd, _)| *nd == d)).map(|(_, n)| n.clone()),
        })
        .collect();
    if !full {
        answer.sections.push(bullets("Where they differ", differences(&roles, &rows)));
    } else {
        answer.table = Some(Table { columns: role_names.iter().map(|n| n.to_string()).collect(), rows });
    }
    // a chat has room for one duty a role; the full answer gives two
    let shown_duties = if full { 2 } else { 1 };
    let go_to: Vec<String> = roles
        .iter()
        .map(|r| match curated.and_then(|c| c.go_to.iter().find(|(id, _)| id == &r.id)) {
            Some((_, text)) => text.clone(),
            None => format!(
                "Go to the {} for: {}.",
                r.name,
                r.responsibilities[..shown_duties.min(r.responsibilities.len())].join("; ")
            ),
        })
        .collect();
    answer.sections.push(bullets("When to go to which", go_to));
    answer.key_difference = Some(match curated {
        Some(c) => c.key_difference.clone(),
        None => {
            // in a chat, only the head of each focus: what comes before its first colon
            let focus = |r: &Role| {
                let focus = clause(&r.dimensions.focus);
                if full {
                    focus
                } else {
                    focus.split(':').next().unwrap_or_default().trim().to_owned()
                }
            };
            let parts: Vec<String> = roles.iter().map(|r| format!("the {} focuses on {}", r.name, focus(r))).collect();
            let sentence = match parts.as_slice() {
                [a, b] => format!("{a}, while {b}."),
                _ => format!("{}.", parts.join("; ")),
            };
            capitalized(&sentence)
        }
    });
    answer.follow_ups = roles.iter().take(2).map(|r| follow::what_is(r)).collect();
    // a move between the two where people make one: a curated path, or up a level; roles side
    // by side at one level are not a career step
    if let ([a, b, ..], [ra, rb, ..]) = (refs, &roles[..]) {
        let curated_move = [(*a, *b), (*b, *a)].into_iter().find(|&(from, to)| store.path(from, to).is_some());
        let upward = match ra.level.cmp(&rb.level) {
            std::cmp::Ordering::Less => Some((*a, *b)),
            std::cmp::Ordering::Greater => Some((*b, *a)),
            std::cmp::Ordering::Equal => None,
        };
        match curated_move.or(upward) {
            Some((from, to)) => {
                let (from, to) = (&store[from], &store[to]);
                answer.follow_ups.push(follow::path(format!("Path from {} to {}", from.name, to.name), from, to));
            }
            None => answer.follow_ups.push(follow::all_roles()),
        }
    }
    answer.sources = match curated {
        Some(c) => c.sources.clone(),
        None => roles.iter().fold(Vec::new(), |all, r| merged(&all, &r.sources)),
    };
    if !full {
        let all = Action::new(SPEC.name, roles.iter().map(|r| r.id.clone()));
        answer.more = Some(FollowUp::new("Full comparison", all.in_full()));
        answer.fit(COMPARE_WORDS);
    }
}

/// Most dimensions a chat-sized comparison shows.
const SHOWN_DIMENSIONS: usize = 4;

/// The dimensions where the roles differ most, one line each: the curated note where there is
/// one; otherwise each role's first sentence, for the dimensions whose texts share the fewest
/// words.
fn differences(roles: &[&Role], rows: &[Row]) -> Vec<String> {
    let noted: Vec<String> = rows
        .iter()
        .filter_map(|r| r.note.as_ref().map(|n| format!("{}: {n}", r.label)))
        .take(SHOWN_DIMENSIONS)
        .collect();
    if !noted.is_empty() {
        return noted;
    }
    let mut ranked: Vec<(f32, &Row)> = rows.iter().map(|row| (overlap(&row.cells), row)).collect();
    ranked.sort_by(|a, b| a.0.total_cmp(&b.0));
    ranked
        .into_iter()
        .map(|(_, row)| row)
        .take(2)
        .map(|row| {
            let cells: Vec<String> = roles
                .iter()
                .zip(&row.cells)
                .map(|(role, cell)| format!("{}: {}", role.name, first_sentence(cell).trim_end_matches('.')))
                .collect();
            format!("{}. {}.", row.label, cells.join("; "))
        })
        .collect()
}

/// How many words the texts share, as a share of all their words: 0 when nothing is shared.
fn overlap(texts: &[String]) -> f32 {
    // each distinct word once, with a bit for each text that holds it (a comparison has a
    // text for each of a few roles)
    const MOST_TEXTS: usize = 31;
    // (room at once for about as many words as the texts hold: a word and a space take some
    // five bytes)
    let room = texts.iter().map(|t| t.len() / 5).sum();
    let mut held: rustc_hash::FxHashMap<&str, u32> =
        rustc_hash::FxHashMap::with_capacity_and_hasher(room, Default::default());
    for (i, text) in texts.iter().enumerate().take(MOST_TEXTS) {
        for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
            *held.entry(word).or_insert(0) |= 1 << i;
        }
    }
    let every_text = (1u32 << texts.len().min(MOST_TEXTS)) - 1;
    let shared = held.values().filter(|&&bits| bits == every_text).count();
    shared as f32 / held.len().max(1) as f32
}
