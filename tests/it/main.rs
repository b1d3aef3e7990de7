//! Integration tests, built as one binary: the public API, the command line, the HTTP server,
//! and the platform adapters driven end to end against fakes started on 127.0.0.1.

mod answers;
mod chat_size;
mod cli;
mod curation;
mod database;
mod discord;
mod docs;
mod http;
mod knowledge;
mod map;
mod properties;
mod serve;
mod slack;
mod support;
