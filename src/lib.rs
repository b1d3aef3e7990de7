//! rolecall answers questions about product-management and product-leadership roles, from a
//! curated knowledge store that a team reviews like code.
//!
//! The core is pure and synchronous: `text -> Query -> Answer`, over an immutable [`Store`].
//! Surfaces (the console, and chat platforms) only convert input, call the core, render the
//! [`Answer`] and send it.
//!
//! # Layout
//! The core, bottom up:
//! - [`text`]: word splitting and normalisation shared by indexes and the parser.
//! - [`knowledge`]: the typed entries, parsing one file, the checked and indexed store
//!   (embedded in the binary), and the live store a running bot reloads.
//! - [`lexicon`]: finding role mentions in free text; [`duties`]: matching "who owns X"
//!   against role responsibilities; [`suggest`]: roles near what was typed.
//! - [`query`]: the typed question, over resolved role references.
//! - [`understand`]: text to [`Query`]: the slash grammar, command arguments, free text, cues.
//! - [`commands`]: the command catalogue, one module per command: names, arguments, help,
//!   and the steps from arguments to [`Query`] and from [`Query`] to [`Answer`].
//! - [`answer`]: the [`Answer`] every command composes.
//! - [`render`]: plain text, Markdown and JSON, and how each surface writes commands.
//! - [`map`]: the role map as a picture (SVG and PNG), plain or with a role or a route drawn over.
//!
//! Running it, top down:
//! - [`serve`]: `rolecall serve`: platforms, HTTP server, reloads and graceful shutdown.
//! - [`discord`] and [`slack`]: the adapters, each a [`platform::Platform`].
//! - [`platform`]: the contract platforms implement: services handed in, routes, start, errors.
//! - [`http`]: the HTTP server: health, readiness, metrics and platform routes.
//! - [`bot`]: chat behaviour shared by every platform: when to answer, cooldowns, metrics, logs.
//! - [`config`]: the typed configuration, from environment variables; [`metrics`]: counters.
//! - [`eval`]: scoring the bot on a labelled question file.

pub mod answer;
pub mod bot;
pub mod cause;
pub mod channels;
pub mod commands;
pub mod config;
pub mod db;
pub mod discord;
pub mod duties;
pub mod eval;
pub mod feedback;
pub mod http;
pub mod knowledge;
pub mod lexicon;
pub mod map;
pub mod metrics;
pub mod platform;
pub mod query;
pub mod redact;
pub mod render;
pub mod replay;
pub mod serve;
pub mod slack;
pub mod suggest;
pub mod text;
pub mod understand;

pub use answer::Answer;
pub use commands::{answer, Memo};
pub use knowledge::{LoadError, Store};
pub use query::{Intent, Query, Understood};
pub use understand::understand;

/// Understands a question and answers it: the whole core in one call.
pub fn ask(store: &Store, question: &str) -> Answer {
    let understood = understand(store, question);
    tracing::trace!(intent = %understood.query.intent(), confidence = understood.confidence, "understood");
    answer(store, &understood)
}
