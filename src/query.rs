//! The typed form of a question: what the user wants, with every role already resolved to a
//! [`RoleRef`] of the store it was read against.

use std::fmt;

use serde::Serialize;

use crate::knowledge::entry::TermRef;
use crate::knowledge::{RoleRef, Store};

/// What a question asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Intent {
    Define,
    Compare,
    Transition,
    Who,
    List,
    Help,
    Term,
    None,
}

impl Intent {
    /// The name used in JSON and metrics.
    pub fn as_str(self) -> &'static str {
        match self {
            Intent::Define => "define",
            Intent::Compare => "compare",
            Intent::Transition => "transition",
            Intent::Who => "who",
            Intent::List => "list",
            Intent::Help => "help",
            Intent::Term => "term",
            Intent::None => "none",
        }
    }
}

impl fmt::Display for Intent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A role that owns a duty, and the responsibility of the role the duty was matched to (none
/// when the role was named in the question but owns nothing that matches).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Owner {
    pub role: RoleRef,
    /// Index into the role's `responsibilities`.
    pub responsibility: Option<usize>,
}

/// A question, understood.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Query {
    /// What a role is.
    Define { role: RoleRef },
    /// What each of two or three roles is, asked one by one rather than compared ("what is a
    /// scrum master, and separately what is a PO?").
    DefineEach { roles: Vec<RoleRef> },
    /// How two or three roles differ, in the order asked.
    Compare { roles: Vec<RoleRef> },
    /// How to move into a role, from another, from a background that is not a role (an index
    /// into [`Store::backgrounds`]), or from anywhere.
    Transition { from: Option<RoleRef>, to: RoleRef, background: Option<usize> },
    /// Which roles own a duty, best first (empty when none does), as the duty was matched;
    /// `term` is the product term the duty is about when its owners were found through it
    /// ("who writes the PRD?").
    Who { duty: String, owners: Vec<Owner>, term: Option<TermRef> },
    /// What one product term means, or how two differ, with the roles that own them, best
    /// first.
    Term { terms: Vec<TermRef>, owners: Vec<RoleRef> },
    /// Which roles the bot knows.
    List,
    /// What the bot can do.
    Help,
    /// A command named a role the store does not have (or none at all: `text` is empty). Not
    /// answered, so its intent is `none`; `command` is the intent the command would have had.
    UnknownRole { command: Intent, text: String, suggestions: Vec<RoleRef> },
    /// Not a question about roles, but something addressed to the bot that deserves a short
    /// reply of its own. Intent `none`: it is never said unprompted.
    Aside(Aside),
    /// Not a question about roles.
    None,
}

/// Something said to the bot that is not a question it answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Aside {
    /// "hi", "hello rolecall".
    Greeting,
    /// "thanks!", "ty".
    Thanks,
    /// "how much does a PM earn?": pay, about this role if one was named.
    Salary(Option<RoleRef>),
    /// A slash command that does not exist: `/foo`.
    UnknownCommand,
}

impl Query {
    /// The intent this query answers.
    pub fn intent(&self) -> Intent {
        match self {
            Query::Define { .. } | Query::DefineEach { .. } => Intent::Define,
            Query::Compare { .. } => Intent::Compare,
            Query::Transition { .. } => Intent::Transition,
            Query::Who { .. } => Intent::Who,
            Query::Term { .. } => Intent::Term,
            Query::List => Intent::List,
            Query::Help => Intent::Help,
            Query::UnknownRole { .. } | Query::Aside(_) | Query::None => Intent::None,
        }
    }

    /// The roles involved, as the JSON contract lists them: defined or compared roles,
    /// `[from, to]` or `[to]` for transitions, owners best first for `who`.
    pub fn roles(&self) -> Vec<RoleRef> {
        match self {
            Query::Define { role } => vec![*role],
            Query::Compare { roles } | Query::DefineEach { roles } => roles.clone(),
            Query::Transition { from, to, .. } => from.iter().chain([to]).copied().collect(),
            Query::Who { owners, .. } => owners.iter().map(|o| o.role).collect(),
            Query::Term { owners, .. } => owners.clone(),
            Query::List | Query::Help | Query::UnknownRole { .. } | Query::Aside(_) | Query::None => Vec::new(),
        }
    }

    /// A question about these product terms, with their owners, the first term's first.
    pub fn about_terms(store: &Store, terms: Vec<TermRef>) -> Query {
        let mut owners: Vec<RoleRef> = Vec::new();
        for &term in &terms {
            for &role in store.term_owners(term) {
                if !owners.contains(&role) {
                    owners.push(role);
                }
            }
        }
        Query::Term { terms, owners }
    }

    /// The product terms asked about.
    pub fn terms(&self) -> &[TermRef] {
        match self {
            Query::Term { terms, .. } => terms,
            _ => &[],
        }
    }

    /// [`Query::roles`] as role ids.
    pub fn role_ids(&self, store: &Store) -> Vec<String> {
        self.roles().into_iter().map(|r| store[r].id.clone()).collect()
    }
}

/// A query with how sure the parser is of it, and the ambiguous terms the user wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct Understood {
    pub query: Query,
    /// 0 to 1. Slash commands are 1; in channels the bot answers unprompted only when sure.
    pub confidence: f32,
    /// Ambiguous terms (such as `tpm`) the question used, as indexes into
    /// [`Store::ambiguities`].
    pub ambiguous: Vec<usize>,
    /// Whether the whole answer is wanted, not the chat-sized one (`--full`, a "More" button).
    pub full: bool,
}

impl Understood {
    /// Confidence at or above which the bot answers unprompted in a channel.
    pub const CONFIDENT: f32 = 0.75;

    /// A reading that leaves no doubt: a command, or a button.
    pub fn sure(query: Query) -> Understood {
        Understood { query, confidence: 1.0, ambiguous: Vec::new(), full: false }
    }

    /// Whether the bot should speak up in a channel where nobody addressed it.
    pub fn is_confident(&self) -> bool {
        self.query.intent() != Intent::None && self.confidence >= Self::CONFIDENT
    }
}
