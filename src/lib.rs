//! rolecall answers questions about product-management and product-leadership roles, from a
//! curated knowledge store that a team reviews like code.
//!
//! The core is pure and synchronous: `text -> Query -> Answer`, over an immutable [`Store`].
//! Surfaces (the console, and chat platforms) only convert input, call the core, render the
//! [`Answer`] and send it.
//!
//! # Layout
//! - [`model`]: the typed knowledge: roles, comparisons, paths, terms.
//! - [`load`]: reading one knowledge file, with every problem reported.
//! - [`store`]: the loaded store, checked across files and indexed; embedded in the binary.
//! - [`text`]: word splitting and normalisation shared by indexes and the parser.
//! - [`lexicon`]: finding role mentions in free text.
//! - [`duties`]: matching "who owns X" against role responsibilities.
//! - [`query`]: the typed question.
//! - [`understand`]: text to [`Query`].
//! - [`answer`]: [`Query`] to [`Answer`].
//! - [`render`]: plain text, Markdown and JSON renderers.
//! - [`complete`]: role suggestions for autocompleting command options.
//! - [`bot`]: chat behaviour shared by every platform: when to answer, cooldowns, metrics, logs.
//! - [`knowledge`]: the live store of a running bot, reloaded when curators edit it.
//! - [`config`]: the typed configuration, from environment variables.
//! - [`metrics`]: Prometheus counters.
//! - [`platform`]: the contract platforms implement: services handed in, routes, start, errors.
//! - [`server`]: the HTTP server: health, readiness, metrics and platform routes.
//! - [`discord`]: the Discord adapter: gateway, slash commands over HTTP, embeds.
//! - [`serve`]: `rolecall serve`: platforms, HTTP server, reloads and graceful shutdown.
//! - [`slack`]: the Slack adapter: Socket Mode and HTTP mode, Block Kit answers.

pub mod answer;
pub mod bot;
pub mod commands;
pub mod config;
pub mod discord;
pub mod duties;
pub mod knowledge;
pub mod lexicon;
pub mod load;
pub mod metrics;
pub mod model;
pub mod platform;
pub mod query;
pub mod render;
pub mod serve;
pub mod server;
pub mod slack;
pub mod store;
pub mod suggest;
pub mod text;
pub mod understand;

pub use answer::Answer;
pub use commands::answer;
pub use query::{Intent, Query, Understood};
pub use store::{LoadError, Store};
pub use understand::understand;

/// Understands a question and answers it: the whole core in one call.
pub fn ask(store: &Store, question: &str) -> Answer {
    let understood = understand(store, question);
    tracing::trace!(intent = %understood.query.intent(), confidence = understood.confidence, "understood");
    answer(store, &understood)
}
