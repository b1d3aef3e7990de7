//! Composing a platform-neutral [`Answer`] from an understood question and the store.

use serde::Serialize;

use crate::model::{Dimension, Role};
use crate::query::{Intent, Query, Understood};
use crate::store::Store;

/// What the bot says, before any platform shapes it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Answer {
    pub intent: Intent,
    /// The roles involved, as in [`Query::roles`].
    pub roles: Vec<String>,
    pub confidence: f32,
    /// True when the bot could not answer as asked and says so instead (off-topic, unknown
    /// role, no owner for a duty): platforms show these only to the asker.
    pub unanswered: bool,
    pub title: String,
    pub summary: String,
    /// Side by side, for comparisons.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub table: Option<Table>,
    pub sections: Vec<Section>,
    /// The one sentence that tells two compared roles apart; renderers show it prominently.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_difference: Option<String>,
    /// Caveats such as the other reading of an ambiguous term.
    pub notes: Vec<String>,
    /// Two or three commands the user could run next.
    pub follow_ups: Vec<FollowUp>,
    pub sources: Vec<String>,
}

/// A titled part of an answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Section {
    pub heading: String,
    pub body: Body,
}

/// The content of a section.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "lowercase", tag = "kind", content = "items")]
pub enum Body {
    Text(String),
    /// Unordered points.
    Bullets(Vec<String>),
    /// Ordered steps.
    Steps(Vec<String>),
}

/// A comparison: one column per role, one row per dimension.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
}

/// One dimension of a comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub label: String,
    pub cells: Vec<String>,
    /// A curated note on how the two differ on this dimension.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A follow-up question, as the command that asks it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FollowUp {
    /// What a button says: "Compare with Project Manager".
    pub label: String,
    /// The command it runs: "/compare product-manager project-manager".
    pub command: String,
}

impl FollowUp {
    fn new(label: impl Into<String>, command: impl Into<String>) -> Self {
        FollowUp { label: label.into(), command: command.into() }
    }
}

/// Composes the answer to an understood question.
pub fn answer(store: &Store, understood: &Understood) -> Answer {
    let query = &understood.query;
    let mut answer = Answer {
        intent: query.intent(),
        roles: query.roles(),
        confidence: understood.confidence,
        unanswered: matches!(query, Query::None | Query::UnknownRole { .. })
            || matches!(query, Query::Who { roles, .. } if roles.is_empty()),
        title: String::new(),
        summary: String::new(),
        table: None,
        sections: Vec::new(),
        key_difference: None,
        notes: Vec::new(),
        follow_ups: Vec::new(),
        sources: Vec::new(),
    };
    let role = |id: &str| store.role(id).expect("queries name existing roles");
    match query {
        Query::Define { role: id } => define(store, role(id), &mut answer),
        Query::Compare { roles } => compare(store, &roles.iter().map(|id| role(id)).collect::<Vec<_>>(), &mut answer),
        Query::Transition { from, to } => transition(store, from.as_deref().map(role), role(to), &mut answer),
        Query::Who { duty, roles } => who(store, duty, roles, &mut answer),
        Query::List => list(store, &mut answer),
        Query::Help => help(&mut answer),
        Query::UnknownRole { text, suggestions, .. } => unknown_role(store, text, suggestions, &mut answer),
        Query::None => not_understood(&mut answer),
    }
    for term in store.terms().iter().filter(|t| understood.terms.contains(&t.term)) {
        answer.notes.push(term.note.clone());
        // the other reading is the likeliest next question
        for other in term.also.iter().rev() {
            let other = role(other);
            let follow_up = FollowUp::new(format!("What is a {}?", other.name), format!("/whatis {}", other.id));
            answer.follow_ups.insert(0, follow_up);
        }
        answer.follow_ups.truncate(3);
    }
    answer
}

fn text(heading: &str, body: &str) -> Section {
    Section { heading: heading.to_owned(), body: Body::Text(body.to_owned()) }
}

fn bullets(heading: &str, items: impl IntoIterator<Item = String>) -> Section {
    Section { heading: heading.to_owned(), body: Body::Bullets(items.into_iter().collect()) }
}

fn names(store: &Store, indexes: &[usize]) -> String {
    indexes.iter().map(|&i| store.role_at(i).name.as_str()).collect::<Vec<_>>().join(", ")
}

/// The usual follow-ups from a role: compare with the most related role, path to the usual
/// next role.
fn role_follow_ups(store: &Store, role: &Role, skip: &[&str]) -> Vec<FollowUp> {
    let index = store.index_of(&role.id).expect("role is in the store");
    let links = store.links(index);
    let mut out = Vec::new();
    if let Some(&related) = links.related.iter().find(|&&r| !skip.contains(&store.role_at(r).id.as_str())) {
        let related = store.role_at(related);
        out.push(FollowUp::new(
            format!("Compare with {}", related.name),
            format!("/compare {} {}", role.id, related.id),
        ));
    }
    if let Some(&next) = links.next_roles.iter().find(|&&r| !skip.contains(&store.role_at(r).id.as_str())) {
        let next = store.role_at(next);
        out.push(FollowUp::new(format!("Path to {}", next.name), format!("/path {} {}", role.id, next.id)));
    }
    out
}

fn define(store: &Store, role: &Role, answer: &mut Answer) {
    answer.title = role.name.clone();
    answer.summary = role.summary.clone();
    answer.sections.push(text("Focus", &role.dimensions.focus));
    answer.sections.push(bullets("Key responsibilities", role.responsibilities.iter().take(5).cloned()));
    answer.sections.push(text("Success measures", &role.dimensions.success));
    answer.sections.push(bullets("Key skills", role.skills.iter().take(6).cloned()));
    let index = store.index_of(&role.id).expect("role is in the store");
    let links = store.links(index);
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
    answer.follow_ups = role_follow_ups(store, role, &[]);
    answer.follow_ups.push(FollowUp::new("All roles", "/roles"));
    answer.sources = role.sources.clone();
}

/// User text quoted back in an answer, cut to a length that fits any title.
fn echo(text: &str) -> String {
    crate::text::clip(text, 120)
}

/// The text with its first letter in upper case.
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Drops a sentence's final full stop and lowers its first letter, to embed it in another.
fn clause(sentence: &str) -> String {
    let trimmed = sentence.trim().trim_end_matches('.');
    let mut chars = trimmed.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn compare(store: &Store, roles: &[&Role], answer: &mut Answer) {
    let curated = match roles {
        [a, b] => store.comparison(store.index_of(&a.id).expect("in store"), store.index_of(&b.id).expect("in store")),
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
    answer.follow_ups = roles
        .iter()
        .take(2)
        .map(|r| FollowUp::new(format!("What is a {}?", r.name), format!("/whatis {}", r.id)))
        .collect();
    let (from, to) = if roles[0].level <= roles[1].level { (roles[0], roles[1]) } else { (roles[1], roles[0]) };
    answer
        .follow_ups
        .push(FollowUp::new(format!("Path from {} to {}", from.name, to.name), format!("/path {} {}", from.id, to.id)));
    answer.sources = match curated {
        Some(c) => c.sources.clone(),
        None => roles.iter().fold(Vec::new(), |all, r| merged(&all, &r.sources)),
    };
}

fn merged(a: &[String], b: &[String]) -> Vec<String> {
    let mut out = a.to_vec();
    for s in b {
        if !out.contains(s) {
            out.push(s.clone());
        }
    }
    out
}

/// The shortest chain of usual next roles from one role to another, both included.
fn route(store: &Store, from: usize, to: usize) -> Option<Vec<usize>> {
    let mut came_from = vec![usize::MAX; store.roles().len()];
    let mut queue = std::collections::VecDeque::from([from]);
    came_from[from] = from;
    while let Some(at) = queue.pop_front() {
        if at == to {
            let mut chain = vec![to];
            while *chain.last().expect("not empty") != from {
                chain.push(came_from[*chain.last().expect("not empty")]);
            }
            chain.reverse();
            return Some(chain);
        }
        for &next in &store.links(at).next_roles {
            if came_from[next] == usize::MAX {
                came_from[next] = at;
                queue.push_back(next);
            }
        }
    }
    None
}

fn transition(store: &Store, from: Option<&Role>, to: &Role, answer: &mut Answer) {
    let ito = store.index_of(&to.id).expect("in store");
    let ifrom = from.map(|f| store.index_of(&f.id).expect("in store"));
    answer.title = match from {
        Some(from) => format!("From {} to {}", from.name, to.name),
        None => format!("Becoming a {}", to.name),
    };
    if let Some(path) = ifrom.and_then(|f| store.path(f, ito)) {
        answer.summary = path.summary.clone();
        answer.sections.push(bullets("What changes", path.what_changes.iter().cloned()));
        answer.sections.push(bullets("Skills to build", path.skills.iter().cloned()));
        answer.sections.push(Section { heading: "Steps".to_owned(), body: Body::Steps(path.steps.clone()) });
        answer.sources = path.sources.clone();
    } else {
        generated_transition(store, from, ifrom, to, ito, answer);
    }
    let mut follow_ups = vec![FollowUp::new(format!("What is a {}?", to.name), format!("/whatis {}", to.id))];
    if let Some(from) = from {
        follow_ups.push(FollowUp::new(
            format!("Compare {} with {}", from.name, to.name),
            format!("/compare {} {}", from.id, to.id),
        ));
    } else {
        // curated routes into the role are the most useful next question
        let mut ins: Vec<_> = store.paths().filter(|p| p.to == to.id).map(|p| p.from.clone()).collect();
        ins.sort();
        for id in ins.into_iter().take(2) {
            let name = &store.role(&id).expect("paths name existing roles").name;
            follow_ups.push(FollowUp::new(format!("Path from {name}"), format!("/path {id} {}", to.id)));
        }
    }
    if follow_ups.len() < 3 {
        if let Some(&next) = store.links(ito).next_roles.first() {
            let next = store.role_at(next);
            follow_ups.push(FollowUp::new(format!("Path to {}", next.name), format!("/path {} {}", to.id, next.id)));
        }
    }
    answer.follow_ups = follow_ups;
}

fn generated_transition(
    store: &Store,
    from: Option<&Role>,
    ifrom: Option<usize>,
    to: &Role,
    ito: usize,
    answer: &mut Answer,
) {
    let chain = ifrom.and_then(|f| route(store, f, ito));
    answer.summary = match (from, &chain) {
        (Some(from), Some(chain)) if chain.len() > 2 => format!(
            "The usual route from {} to {} runs through {}.",
            from.name,
            to.name,
            names(store, &chain[1..chain.len() - 1])
        ),
        (Some(_), _) => to.summary.clone(),
        (None, _) => format!("What a {} is, and how people get there. {}", to.name, to.summary),
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
    answer.sections.push(bullets("Skills to build", if skills.is_empty() { to.skills.clone() } else { skills }));
    let mut steps = Vec::new();
    let duties: Vec<&str> = to.responsibilities.iter().take(2).map(String::as_str).collect();
    steps.push(format!("Take on {} work where you are now: the role {}.", to.name, duties.join(", and ")));
    match (&chain, ifrom) {
        (Some(chain), _) if chain.len() > 2 => {
            steps.push(format!("Follow the usual route: {}.", names(store, chain).replace(", ", " -> ")))
        }
        (_, None) if !store.links(ito).previous.is_empty() => steps
            .push(format!("Most people arrive from one of these roles: {}.", names(store, &store.links(ito).previous))),
        _ => {}
    }
    let success = clause(&to.dimensions.success);
    let measures = success.strip_prefix("measured by ").unwrap_or(&success);
    steps.push(format!("Build a track record on what a {} is measured by: {measures}.", to.name));
    steps.push(format!("Find a {} to mentor you and ask for feedback on your gaps.", to.name));
    answer.sections.push(Section { heading: "Steps".to_owned(), body: Body::Steps(steps) });
    answer.sources = match from {
        Some(from) => merged(&from.sources, &to.sources),
        None => to.sources.clone(),
    };
}

fn who(store: &Store, duty: &str, roles: &[String], answer: &mut Answer) {
    let duty = echo(duty.trim().trim_end_matches('?'));
    answer.title = format!("Who {}?", duty.strip_prefix("who ").unwrap_or(&duty));
    if duty.trim().is_empty() {
        answer.title = "Which duty?".to_owned();
        answer.summary = "Name a duty, for example: /who owns the roadmap".to_owned();
        answer.follow_ups =
            vec![FollowUp::new("Who owns the roadmap?", "/who owns the roadmap"), FollowUp::new("Help", "/help")];
        return;
    }
    let owners: Vec<&Role> = roles.iter().filter_map(|id| store.role(id)).collect();
    let Some(first) = owners.first() else {
        answer.summary = "No role in my knowledge owns that duty. Try /roles to see the roles I know.".to_owned();
        answer.follow_ups = vec![FollowUp::new("All roles", "/roles"), FollowUp::new("Help", "/help")];
        return;
    };
    let ranked = store.duties().rank(&crate::text::words(&duty));
    let why = |role: &Role| {
        let index = store.index_of(&role.id).expect("in store");
        let responsibility = ranked
            .iter()
            .find(|m| m.role == index)
            .map(|m| role.responsibilities[m.responsibility].as_str())
            .unwrap_or(&role.responsibilities[0]);
        format!("The {} {}.", role.name, responsibility.trim_end_matches('.'))
    };
    answer.summary = match owners.len() {
        1 => format!("Usually the {}. {}", first.name, why(first)),
        _ => format!("Usually the {}, with others involved. {}", first.name, why(first)),
    };
    if owners.len() > 1 {
        answer.sections.push(bullets("Also involved", owners[1..].iter().map(|r| why(r))));
    }
    answer.follow_ups = vec![FollowUp::new(format!("What is a {}?", first.name), format!("/whatis {}", first.id))];
    if let Some(second) = owners.get(1) {
        answer.follow_ups.push(FollowUp::new(
            format!("Compare with {}", second.name),
            format!("/compare {} {}", first.id, second.id),
        ));
    } else {
        answer.follow_ups.extend(role_follow_ups(store, first, &[]).into_iter().take(1));
    }
    answer.follow_ups.push(FollowUp::new("All roles", "/roles"));
    answer.sources = first.sources.clone();
}

fn list(store: &Store, answer: &mut Answer) {
    answer.title = "Roles I know".to_owned();
    answer.summary = format!("{} roles, grouped by family. Ask /whatis with any of them.", store.roles().len());
    for (family, roles) in store.by_family() {
        answer.sections.push(bullets(family.label(), roles.iter().map(|r| format!("{} ({})", r.name, r.id))));
    }
    answer.follow_ups = vec![
        FollowUp::new("What is a Product Manager?", "/whatis product-manager"),
        FollowUp::new("Compare Product Manager and Project Manager", "/compare product-manager project-manager"),
        FollowUp::new("Help", "/help"),
    ];
}

/// The commands, with an example each; also what `/help` shows on every platform.
pub const COMMANDS: &[(&str, &str)] = &[
    ("/whatis ROLE", "what a role is: /whatis product-owner"),
    ("/compare ROLE ROLE", "two roles side by side: /compare pm project-manager"),
    ("/path [FROM] TO", "how to move into a role: /path pm product-leader"),
    ("/who DUTY", "which role owns a duty: /who owns the roadmap"),
    ("/roles", "every role I know, by family"),
    ("/help", "this help"),
];

fn help(answer: &mut Answer) {
    answer.title = "What I can do".to_owned();
    answer.summary =
        "I answer questions about product-management and product-leadership roles. Use a command, or just ask, e.g. \"is a PO the same as a PM?\"".to_owned();
    answer.sections.push(bullets("Commands", COMMANDS.iter().map(|(c, what)| format!("{c}: {what}"))));
    answer.follow_ups = vec![
        FollowUp::new("All roles", "/roles"),
        FollowUp::new("What is a Product Owner?", "/whatis product-owner"),
        FollowUp::new("Compare Product Manager and Product Owner", "/compare product-manager product-owner"),
    ];
}

fn unknown_role(store: &Store, text: &str, suggestions: &[String], answer: &mut Answer) {
    let text = echo(text);
    answer.title = if text.trim().is_empty() { "Which role?" } else { "I don't know that role" }.to_owned();
    let known: Vec<&Role> = suggestions.iter().filter_map(|id| store.role(id)).collect();
    answer.summary = match (text.trim().is_empty(), known.is_empty()) {
        (true, _) => "Name one, for example: /whatis product-owner".to_owned(),
        (false, true) => format!("I don't know the role \"{}\". Try /roles to see the roles I know.", text.trim()),
        (false, false) => format!(
            "I don't know the role \"{}\". Did you mean {}?",
            text.trim(),
            known.iter().map(|r| r.name.as_str()).collect::<Vec<_>>().join(", or ")
        ),
    };
    answer.follow_ups =
        known.iter().map(|r| FollowUp::new(format!("What is a {}?", r.name), format!("/whatis {}", r.id))).collect();
    answer.follow_ups.push(FollowUp::new("All roles", "/roles"));
}

fn not_understood(answer: &mut Answer) {
    answer.title = "I can't answer that".to_owned();
    answer.summary = "I answer questions about product roles. Try /roles or /help.".to_owned();
    answer.follow_ups = vec![FollowUp::new("All roles", "/roles"), FollowUp::new("Help", "/help")];
}
