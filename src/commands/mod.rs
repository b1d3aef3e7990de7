//! The command catalogue: every command the bot has, one module each, holding its names,
//! arguments, help line, example, the step that builds its [`Query`] and the step that
//! composes its answer. Discord's registration, Slack's command set, `/help`, autocomplete
//! and the slash grammar all read [`CATALOGUE`]; follow-up buttons carry an [`Action`] that
//! names a command here.
//!
//! To add a command: a module beside these with its `SPEC` and `compose`, its entry in
//! [`CATALOGUE`], its [`Query`] variant and the arm that composes it in [`answer`].

pub mod ask;
pub mod compare;
pub mod follow;
pub mod help;
pub mod path;
pub mod roles;
mod spec;
pub mod term;
pub mod whatis;
pub mod who;

pub use spec::{Arg, ArgKind, Args, Spec};

use crate::answer::{echo, Action, Answer};
use crate::knowledge::Store;
use crate::query::{Aside, Query, Understood};

/// Every command, in the order help lists them and Discord registers them.
pub const CATALOGUE: [&Spec; 7] =
    [&whatis::SPEC, &compare::SPEC, &path::SPEC, &who::SPEC, &ask::SPEC, &roles::SPEC, &help::SPEC];

/// The command with this name.
pub fn named(name: &str) -> Option<&'static Spec> {
    CATALOGUE.into_iter().find(|spec| spec.name == name)
}

/// The command a typed word asks for: its name or one of its aliases, in any case.
pub fn find(word: &str) -> Option<&'static Spec> {
    let word = word.to_lowercase();
    CATALOGUE.into_iter().find(|spec| spec.name == word || spec.aliases.contains(&word.as_str()))
}

/// The command a slightly mistyped name stands for (`/roels`, `/comapre`): the one command
/// whose name or alias is within a typo of it, for names of four letters or more.
pub fn find_near(word: &str) -> Option<&'static Spec> {
    let word = word.to_lowercase();
    let len = word.chars().count();
    let reach = match len {
        0..=2 => return None,
        3..=6 => 1,
        _ => 2,
    };
    // ("/pth": a short word may only lack a letter of a four-letter name)
    let near = |name: &str| {
        name.len() >= 4 && (len > 3 || name.len() == 4) && crate::text::bounded_distance(&word, name, reach).is_some()
    };
    let mut found = CATALOGUE.into_iter().filter(|spec| near(spec.name) || spec.aliases.iter().any(|a| near(a)));
    let first = found.next()?;
    found.all(|other| std::ptr::eq(other, first)).then_some(first)
}

/// The command a Slack command name (without prefix) runs: the first with that name, so that
/// `/rolecall` is `ask` (which reads nothing after it as a request for help).
pub fn slack_named(name: &str) -> Option<&'static Spec> {
    CATALOGUE.into_iter().find(|spec| spec.slack == name)
}

/// Composes the answer to an understood question.
pub fn answer(store: &Store, understood: &Understood) -> Answer {
    let query = &understood.query;
    let mut answer = Answer::empty(query.intent(), query.role_ids(store), understood.confidence);
    answer.terms = query.terms().iter().map(|&t| store[t].id.clone()).collect();
    answer.unanswered = matches!(query, Query::None | Query::UnknownRole { .. } | Query::Aside(_))
        || matches!(query, Query::Compare { roles } if roles.len() < 2)
        || matches!(query, Query::Who { owners, .. } if owners.is_empty());
    match query {
        Query::Define { role } => whatis::compose(store, *role, understood.full, &mut answer),
        Query::DefineEach { roles } => whatis::compose_each(store, roles, &mut answer),
        Query::Compare { roles } => compare::compose(store, roles, understood.full, &mut answer),
        Query::Transition { from, to, background } => {
            path::compose(store, *from, *background, *to, understood.full, &mut answer)
        }
        Query::Who { duty, owners, term } => who::compose(store, duty, owners, *term, &mut answer),
        Query::Term { terms, .. } => term::compose(store, terms, understood.full, &mut answer),
        Query::List => roles::compose(store, &mut answer),
        Query::Help => help::compose(store, CATALOGUE.iter().map(|spec| spec.name).collect(), &mut answer),
        Query::UnknownRole { command, text, suggestions } => {
            let suggestions: Vec<_> = suggestions.iter().map(|&r| &store[r]).collect();
            unknown_role(store, *command, &echo(text), &suggestions, &mut answer)
        }
        Query::Aside(aside) => reply_aside(store, *aside, &mut answer),
        Query::None => not_understood(&mut answer),
    }
    for (_, term) in store.ambiguities().iter().enumerate().filter(|(i, _)| understood.ambiguous.contains(i)) {
        answer.notes.push(term.note.clone());
        // the other reading is the likeliest next question
        for other in term.also.iter().rev().filter_map(|id| store.role(id)) {
            answer.follow_ups.insert(0, follow::what_is(other));
        }
        answer.follow_ups.truncate(3);
    }
    answer
}

/// Answers already composed, by reading: an answer depends only on the query, its flags and
/// the store, so a batch of questions composes each distinct reading once.
#[derive(Debug, Default)]
pub struct Memo {
    /// Answers as shown, by reading and confidence (shown answers carry it).
    answers: rustc_hash::FxHashMap<(Query, bool, Vec<usize>, u32), String>,
    /// Answers as composed, by reading: composing does not depend on the confidence, so a
    /// reading met again with another confidence is only shown again.
    composed: rustc_hash::FxHashMap<(Query, bool, Vec<usize>), Answer>,
    /// Messages already read: reading depends only on the text and the store, so a batch
    /// that repeats a message reads it once.
    readings: rustc_hash::FxHashMap<String, Understood>,
}

impl Memo {
    /// Most readings kept; a batch rarely has more distinct ones.
    const MOST: usize = 4096;

    /// How `text` is understood: `read` gives it the first time, the memo after that.
    pub fn read_once(&mut self, text: &str, read: impl FnOnce() -> Understood) -> Understood {
        if let Some(understood) = self.readings.get(text) {
            return understood.clone();
        }
        if self.readings.len() >= Self::MOST {
            self.readings.clear();
        }
        let understood = read();
        self.readings.insert(text.to_owned(), understood.clone());
        understood
    }

    /// The answer to `understood`, as [`answer`] gives it, shown by `show`: composed and
    /// shown once for each reading.
    pub fn shown(&mut self, store: &Store, understood: &Understood, show: impl FnOnce(&Answer) -> String) -> String {
        // these echo the words of the question
        if matches!(understood.query, Query::Who { .. } | Query::UnknownRole { .. }) {
            return show(&answer(store, understood));
        }
        if self.answers.len() >= Self::MOST {
            self.answers.clear();
        }
        if self.composed.len() >= Self::MOST {
            self.composed.clear();
        }
        let key =
            (understood.query.clone(), understood.full, understood.ambiguous.clone(), understood.confidence.to_bits());
        if let Some(shown) = self.answers.get(&key) {
            return shown.clone();
        }
        let composed =
            self.composed.entry((key.0.clone(), key.1, key.2.clone())).or_insert_with(|| answer(store, understood));
        // shown with this reading's confidence, whichever the answer was composed with
        composed.confidence = understood.confidence;
        let shown = show(composed);
        self.answers.insert(key, shown.clone());
        shown
    }
}

fn unknown_role(
    store: &Store,
    command: crate::query::Intent,
    text: &str,
    suggestions: &[&crate::knowledge::entry::Role],
    answer: &mut Answer,
) {
    use crate::query::Intent;
    let text = text.trim();
    // `/whatis` and `/compare` take product terms too: near ones are suggested after the roles
    let terms = match command {
        Intent::Define | Intent::Compare if !text.is_empty() => crate::suggest::terms(store, text, 2),
        _ => Vec::new(),
    };
    let kind = if matches!(command, Intent::Define) { "role or term" } else { "role" };
    answer.title = if text.is_empty() { "Which role?".to_owned() } else { format!("I don't know that {kind}") };
    let near: Vec<&str> =
        suggestions.iter().map(|r| r.name.as_str()).chain(terms.iter().map(|&t| store[t].name.as_str())).collect();
    answer.summary = match (text.is_empty(), near.is_empty()) {
        (true, _) => match command {
            Intent::Transition => {
                "Name the role you want to move into, for example product leader, and the one you hold now if you like."
            }
            Intent::Compare => "Name two roles to compare, for example product owner and product manager.",
            _ => "Name a role, for example product owner.",
        }
        .to_owned(),
        (false, true) => format!("I don't know the {kind} \"{text}\"."),
        (false, false) => format!("I don't know the {kind} \"{text}\". Did you mean {}?", near.join(", or ")),
    };
    answer.follow_ups = suggestions.iter().map(|r| follow::what_is(r)).collect();
    answer.follow_ups.extend(terms.iter().map(|&t| follow::what_is_term(&store[t])));
    answer.follow_ups.truncate(3);
    answer.follow_ups.push(follow::all_roles());
    if answer.follow_ups.len() < 2 {
        answer.follow_ups.push(follow::help());
    }
}

/// A short reply to something said to the bot that it does not answer as a question.
fn reply_aside(store: &Store, aside: Aside, answer: &mut Answer) {
    let (title, summary) = match aside {
        Aside::Greeting => ("Hi!", "Ask me about product roles: what one does, how two differ, how to move into one."),
        Aside::Thanks => ("Glad to help", "Ask again any time."),
        Aside::Salary(_) => (
            "Pay is out of my scope",
            "Pay depends on the company, the country and the level, so I leave it to salary surveys. I can say what a role does and how to get there.",
        ),
        Aside::UnknownCommand => ("No such command", "Here are the commands I know."),
    };
    if aside == Aside::UnknownCommand {
        help::compose(store, CATALOGUE.iter().map(|spec| spec.name).collect(), answer);
    }
    answer.title = title.to_owned();
    answer.summary = summary.to_owned();
    answer.follow_ups = match aside {
        Aside::Salary(Some(role)) => {
            let role = &store[role];
            vec![follow::what_is(role), follow::path_into(role), follow::all_roles()]
        }
        Aside::UnknownCommand => std::mem::take(&mut answer.follow_ups),
        _ => vec![follow::all_roles(), follow::help()],
    };
}

fn not_understood(answer: &mut Answer) {
    answer.title = "I can't answer that".to_owned();
    answer.summary = "I answer questions about product roles.".to_owned();
    answer.follow_ups = vec![follow::all_roles(), follow::help()];
}

/// Reads a follow-up against a store: its role ids resolved (by id, else as a name, in case
/// the knowledge changed since the button was sent), its text as it is.
pub fn resolve(store: &Store, action: &Action) -> Understood {
    let Some(spec) = named(action.command) else { return Understood::sure(Query::None) };
    let mut args = Args::default();
    let mut values = action.values.iter();
    for arg in spec.args {
        // a text argument is the last, and takes what is left
        let value = match arg.kind {
            ArgKind::Text => values.by_ref().cloned().collect::<Vec<_>>().join(" "),
            ArgKind::Role | ArgKind::Subject | ArgKind::Origin => match values.next() {
                Some(value) => value.clone(),
                None => break,
            },
        };
        if let Err(unknown) = args.read(store, spec, arg, &value) {
            return unknown;
        }
    }
    Understood { full: action.full, ..spec.run(store, args) }
}

/// Marks an encoded action that asks for the whole answer.
const FULL: &str = "full";

/// An action as the short text a button carries: `full` when it asks for the whole answer,
/// the command name, then each value, space separated (role ids have no spaces; a text value
/// comes last).
pub fn encode(action: &Action) -> String {
    let full = action.full.then_some(FULL);
    let words = full.into_iter().chain([action.command]).chain(action.values.iter().map(String::as_str));
    words.collect::<Vec<_>>().join(" ")
}

/// The action a button carried, if it names a command of the catalogue.
pub fn decode(text: &str) -> Option<Action> {
    let text = text.trim();
    let (full, text) = match text.strip_prefix(FULL).filter(|rest| rest.starts_with(' ')) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, text),
    };
    let mut parts = text.splitn(2, ' ');
    let spec = named(parts.next()?)?;
    let rest = parts.next().unwrap_or_default().trim();
    let values: Vec<String> = match spec.takes_text() {
        true if rest.is_empty() => Vec::new(),
        true => vec![rest.to_owned()],
        false => rest.split_whitespace().map(str::to_owned).collect(),
    };
    Some(Action { full, ..Action::new(spec.name, values) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::Intent;

    #[test]
    fn roles_asked_about_one_by_one_are_each_explained() {
        let store = Store::embedded().unwrap();
        let (ba, po) = (store.find("business-analyst").unwrap(), store.find("product-owner").unwrap());
        let understood = Understood::sure(Query::DefineEach { roles: vec![ba, po] });
        let a = answer(&store, &understood);
        assert_eq!(a.intent, Intent::Define);
        assert_eq!(a.title, "Business Analyst and Product Owner");
        let headings: Vec<&str> = a.sections.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(headings, ["Business Analyst", "Product Owner"]);
        let crate::answer::Body::Text(body) = &a.sections[1].body else { panic!("a paragraph for each role") };
        assert!(body.starts_with(&store[po].summary), "each role's own summary: {body}");
        assert!(a.follow_ups.iter().any(|f| f.action.command == "compare"), "offers the comparison next");
    }

    #[test]
    fn names_and_aliases_are_unique_across_the_catalogue() {
        let mut seen = std::collections::HashSet::new();
        for spec in CATALOGUE {
            for word in std::iter::once(spec.name).chain(spec.aliases.iter().copied()) {
                assert!(seen.insert(word), "{word} names two commands");
            }
        }
    }

    #[test]
    fn every_command_fits_the_platforms_limits() {
        for spec in CATALOGUE {
            // Discord: 1 to 100 characters for descriptions, lowercase names, at most 25 options
            assert!((1..=100).contains(&spec.about.len()), "{}", spec.name);
            assert!(spec.args.len() < 25, "{}: its arguments and the private flag", spec.name);
            for arg in spec.args {
                assert!((1..=100).contains(&arg.about.len()), "{}", arg.name);
                assert!(arg.name.chars().all(|c| c.is_ascii_lowercase()), "{}", arg.name);
            }
            // a text argument takes the rest of the line, so it comes last and alone
            assert!(!spec.takes_text() || spec.args.len() == 1, "{}", spec.name);
        }
    }

    #[test]
    fn actions_survive_a_button_and_resolve() {
        let store = Store::embedded().unwrap();
        let table = [
            (Action::new("compare", ["product-manager".into(), "project-manager".into()]), Intent::Compare),
            (Action::new("path", ["product-manager".into(), "product-leader".into()]), Intent::Transition),
            (Action::new("path", ["product-leader".into()]), Intent::Transition),
            (Action::new("who", ["owns the roadmap".into()]), Intent::Who),
            (Action::new("roles", []), Intent::List),
            (Action::new("help", []), Intent::Help),
            (Action::new("compare", ["product-owner".into(), "scrum-master".into()]).in_full(), Intent::Compare),
        ];
        for (action, intent) in table {
            let carried = decode(&encode(&action)).expect("decodes");
            assert_eq!(carried, action);
            let understood = resolve(&store, &carried);
            assert_eq!((understood.query.intent(), understood.full), (intent, action.full), "{action:?}");
        }
        assert_eq!(decode("frobnicate now"), None);
        let gone = resolve(&store, &Action::new("whatis", ["unicorn-wrangler".into()]));
        assert!(matches!(gone.query, Query::UnknownRole { .. }), "a role since removed is reported, not a panic");
    }

    #[test]
    fn typed_options_and_slash_text_read_the_same() {
        let store = Store::embedded().unwrap();
        type Options = &'static [(&'static str, &'static str)];
        let table: [(&Spec, Options, &str); 5] = [
            (&whatis::SPEC, &[("role", "Product Owner")], "/whatis product owner"),
            (&compare::SPEC, &[("first", "po"), ("second", "scrum master")], "/compare po \"scrum master\""),
            (&path::SPEC, &[("to", "product-leader"), ("from", "pm")], "/path pm product-leader"),
            (&path::SPEC, &[("to", "cpo")], "/path cpo"),
            (&who::SPEC, &[("duty", "owns the roadmap")], "/who owns the roadmap"),
        ];
        for (spec, options, text) in table {
            let typed = spec.run_options(&store, |name| options.iter().find(|(n, _)| *n == name).map(|(_, v)| *v));
            assert_eq!(typed, crate::understand(&store, text), "{text}");
        }
        let unknown = whatis::SPEC.run_options(&store, |_| Some("unicorn wrangler"));
        assert!(matches!(unknown.query, Query::UnknownRole { .. }));
    }
}
