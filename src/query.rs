//! The typed form of a question: what the user wants, with the roles already resolved.

use std::fmt;

use serde::Serialize;

use crate::model::RoleId;

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
            Intent::None => "none",
        }
    }
}

impl fmt::Display for Intent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A question, understood.
#[derive(Debug, Clone, PartialEq)]
pub enum Query {
    /// What a role is.
    Define { role: RoleId },
    /// How two or three roles differ, in the order asked.
    Compare { roles: Vec<RoleId> },
    /// How to move into a role, from another or from anywhere.
    Transition { from: Option<RoleId>, to: RoleId },
    /// Which roles own a duty, best first (empty when none does).
    Who { duty: String, roles: Vec<RoleId> },
    /// Which roles the bot knows.
    List,
    /// What the bot can do.
    Help,
    /// A command named a role the store does not have.
    UnknownRole { intent: Intent, text: String, suggestions: Vec<RoleId> },
    /// Not a question about roles.
    None,
}

impl Query {
    /// The intent this query answers.
    pub fn intent(&self) -> Intent {
        match self {
            Query::Define { .. } => Intent::Define,
            Query::Compare { .. } => Intent::Compare,
            Query::Transition { .. } => Intent::Transition,
            Query::Who { .. } => Intent::Who,
            Query::List => Intent::List,
            Query::Help => Intent::Help,
            Query::UnknownRole { intent, .. } => *intent,
            Query::None => Intent::None,
        }
    }

    /// The roles involved, as the JSON contract lists them: defined or compared roles,
    /// `[from, to]` or `[to]` for transitions, owners best first for `who`.
    pub fn roles(&self) -> Vec<RoleId> {
        match self {
            Query::Define { role } => vec![role.clone()],
            Query::Compare { roles } => roles.clone(),
            Query::Transition { from, to } => from.iter().chain([to]).cloned().collect(),
            Query::Who { roles, .. } => roles.clone(),
            Query::List | Query::Help | Query::UnknownRole { .. } | Query::None => Vec::new(),
        }
    }
}

/// A query with how sure the parser is of it, and the ambiguous terms the user wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct Understood {
    pub query: Query,
    /// 0 to 1. Slash commands are 1; in channels the bot answers unprompted only when sure.
    pub confidence: f32,
    /// Ambiguous terms (such as `tpm`) the question used, by their text.
    pub terms: Vec<String>,
}

impl Understood {
    /// Confidence at or above which the bot answers unprompted in a channel.
    pub const CONFIDENT: f32 = 0.75;

    /// Whether the bot should speak up in a channel where nobody addressed it.
    pub fn is_confident(&self) -> bool {
        self.query.intent() != Intent::None && self.confidence >= Self::CONFIDENT
    }
}
