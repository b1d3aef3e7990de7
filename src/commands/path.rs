//! `/path [FROM] TO`: how to move into a role, from another or from anywhere: what changes,
//! the skills to build and concrete steps. A curated path wins; otherwise one is built from the
//! role fields and the route through the usual next roles.

use std::collections::VecDeque;

use super::follow;
use super::spec::{Arg, ArgKind, Args, Spec};
use crate::answer::{a, bullets, clause, merged, names, Action, Answer, Body, FollowUp, Section, PATH_WORDS};
use crate::knowledge::entry::{Dimension, Family};
use crate::knowledge::{RoleRef, Store};
use crate::query::{Intent, Query, Understood};

const SKILLS: &str = "Skills to build";
const STEPS: &str = "Steps";

pub const SPEC: Spec = Spec {
    name: "path",
    aliases: &["transition", "become", "career"],
    slack: "path",
    about: "How to move into a role",
    args: &[
        Arg {
            name: "from",
            shown: "FROM",
            kind: ArgKind::Origin,
            required: false,
            about: "The role you have now, or where you come from (e.g. software engineering)",
        },
        Arg { name: "to", shown: "TO", kind: ArgKind::Role, required: true, about: "The role you want" },
    ],
    example: "pm product-leader",
    intent: Intent::Transition,
    build,
};

/// One role is where the asker wants to go; two are from and to.
fn build(_: &Store, args: Args) -> Option<Understood> {
    let query = match args.roles.as_slice() {
        [] => return None,
        [to] => Query::Transition { from: None, to: *to, background: args.background },
        [from, to, ..] => Query::Transition { from: Some(*from), to: *to, background: None },
    };
    Some(args.sure(query))
}

/// A move into a role: in a chat, the summary, what changes and the first steps, within
/// [`PATH_WORDS`]; in full, also the skills to build and every step.
/// The move starts at `from`, a role, or at `background`, an index into the store's
/// backgrounds, or anywhere.
pub fn compose(
    store: &Store,
    from: Option<RoleRef>,
    background: Option<usize>,
    to: RoleRef,
    full: bool,
    answer: &mut Answer,
) {
    let target = &store[to];
    let steps = match from {
        Some(from) => crate::map::route(store, from, to),
        None => vec![to],
    };
    answer.picture = Some(crate::answer::Picture::Route(steps.iter().map(|&r| store[r].id.clone()).collect()));
    // a role the asker holds says more than a background; a background tells how to move into
    // product, so it speaks only to moves into a product role
    let into_product = matches!(target.family, Family::Product | Family::Leadership);
    let background = background.filter(|_| from.is_none() && into_product).and_then(|b| store.backgrounds().get(b));
    answer.title = match (from, background) {
        (Some(from), _) => format!("From {} to {}", store[from].name, target.name),
        (None, Some(background)) => format!("From {} to {}", background.name.to_lowercase(), target.name),
        (None, None) => format!("Becoming {}", a(&target.name)),
    };
    if let Some(background) = background {
        answer.summary = background.summary.clone();
        answer.sections.push(bullets("What you bring", background.brings.iter().cloned()));
        answer.sections.push(bullets("What to build", background.to_build.iter().cloned()));
        answer.sections.push(Section { heading: STEPS.to_owned(), body: Body::Steps(background.steps.clone()) });
        answer.sources = background.sources.clone();
    } else if let Some(path) = from.and_then(|f| store.path(f, to)) {
        answer.summary = path.summary.clone();
        answer.sections.push(bullets("What changes", path.what_changes.iter().cloned()));
        answer.sections.push(bullets(SKILLS, path.skills.iter().cloned()));
        answer.sections.push(Section { heading: STEPS.to_owned(), body: Body::Steps(path.steps.clone()) });
        answer.sources = path.sources.clone();
    } else {
        generated(store, from, to, answer);
    }
    let mut follow_ups = vec![follow::what_is(target)];
    if let Some(from) = from {
        let from = &store[from];
        follow_ups.push(follow::compare(format!("Compare {} with {}", from.name, target.name), from, target));
    } else {
        // curated routes into the role are the most useful next question
        let mut ins: Vec<RoleRef> = store.curated_paths().filter(|&(_, into)| into == to).map(|(f, _)| f).collect();
        ins.sort_by(|a, b| store[*a].id.cmp(&store[*b].id));
        for origin in ins.into_iter().take(2) {
            let origin = &store[origin];
            follow_ups.push(follow::path(format!("Path from {}", origin.name), origin, target));
        }
    }
    if follow_ups.len() < 3 {
        if let Some(&next) = store.links(to).next_roles.first() {
            follow_ups.push(follow::path_to(target, &store[next]));
        }
    }
    // a role with no curated route in and none after it: the role most like it
    if follow_ups.len() < 2 {
        if let Some(&other) = store.links(to).related.iter().find(|&&r| Some(r) != from) {
            follow_ups.push(follow::compare_with(target, &store[other]));
        }
    }
    answer.follow_ups = follow_ups;
    if !full {
        let origin = match (from, background) {
            (Some(from), _) => Some(store[from].id.clone()),
            (None, Some(background)) => Some(background.id.clone()),
            (None, None) => None,
        };
        let values = origin.into_iter().chain([target.id.clone()]);
        answer.more = Some(FollowUp::new("More", Action::new(SPEC.name, values).in_full()));
        brief(answer);
    }
}

/// The chat-sized path: skills left for the full answer, two changes and three steps at most.
fn brief(answer: &mut Answer) {
    answer.sections.retain(|s| s.heading != SKILLS);
    for section in &mut answer.sections {
        if let Body::Bullets(items) | Body::Steps(items) = &mut section.body {
            items.truncate(if section.heading == STEPS { 3 } else { 2 });
        }
    }
    answer.fit(PATH_WORDS);
}

/// The shortest chain of usual next roles from one role to another, both included.
fn route(store: &Store, from: RoleRef, to: RoleRef) -> Option<Vec<RoleRef>> {
    let mut came_from: Vec<Option<RoleRef>> = vec![None; store.roles().len()];
    let mut queue = VecDeque::from([from]);
    came_from[from.index()] = Some(from);
    while let Some(at) = queue.pop_front() {
        if at == to {
            let mut chain = vec![to];
            let mut step = to;
            while step != from {
                step = came_from[step.index()]?;
                chain.push(step);
            }
            chain.reverse();
            return Some(chain);
        }
        for &next in &store.links(at).next_roles {
            if came_from[next.index()].is_none() {
                came_from[next.index()] = Some(at);
                queue.push_back(next);
            }
        }
    }
    None
}

/// A path built from the role fields, for pairs no curator has described.
fn generated(store: &Store, from_ref: Option<RoleRef>, to_ref: RoleRef, answer: &mut Answer) {
    let from = from_ref.map(|f| &store[f]);
    let to = &store[to_ref];
    let chain = from_ref.and_then(|f| route(store, f, to_ref));
    answer.summary = match (from, &chain) {
        (Some(from), Some(chain)) if chain.len() > 2 => format!(
            "The usual route from {} to {} runs through {}.",
            from.name,
            to.name,
            names(store, &chain[1..chain.len() - 1])
        ),
        (Some(_), _) => to.summary.clone(),
        (None, _) => format!("What {} is, and how people get there. {}", a(&to.name), to.summary),
    };
    let mut changes = Vec::new();
    if let Some(from) = from {
        for d in [Dimension::Focus, Dimension::Scope, Dimension::Decisions] {
            changes.push(format!("{}: {}", d.label(), to.dimensions.get(d)));
        }
        if from.family != to.family {
            changes.push(format!(
                "You move from the {} family to {}.",
                from.family.label().to_lowercase(),
                to.family.label().to_lowercase()
            ));
        }
    } else {
        changes.push(format!("Focus: {}", to.dimensions.focus));
        changes.push(format!("Scope: {}", to.dimensions.scope));
    }
    answer.sections.push(bullets("What changes", changes));
    let skills: Vec<String> =
        to.skills.iter().filter(|s| from.is_none_or(|f| !f.skills.contains(s))).cloned().collect();
    answer.sections.push(bullets(SKILLS, if skills.is_empty() { to.skills.clone() } else { skills }));
    let mut steps = Vec::new();
    let duties: Vec<&str> = to.responsibilities.iter().take(2).map(String::as_str).collect();
    steps.push(format!("Take on {} work where you are now: the role {}.", to.name, duties.join(", and ")));
    let previous = &store.links(to_ref).previous;
    match (&chain, from_ref) {
        (Some(chain), _) if chain.len() > 2 => {
            steps.push(format!("Follow the usual route: {}.", names(store, chain).replace(", ", " -> ")))
        }
        (_, None) if !previous.is_empty() => {
            steps.push(format!("Most people arrive from one of these roles: {}.", names(store, previous)))
        }
        _ => {}
    }
    let success = clause(&to.dimensions.success);
    let measures = success.strip_prefix("measured by ").unwrap_or(&success);
    steps.push(format!("Build a track record on what {} is measured by: {measures}.", a(&to.name)));
    steps.push(format!("Find {} to mentor you and ask for feedback on your gaps.", a(&to.name)));
    answer.sections.push(Section { heading: STEPS.to_owned(), body: Body::Steps(steps) });
    answer.sources = match from {
        Some(from) => merged(&from.sources, &to.sources),
        None => to.sources.clone(),
    };
}
