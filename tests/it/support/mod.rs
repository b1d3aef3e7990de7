//! Helpers shared by the integration tests.

pub mod fake_discord;
pub mod fake_slack;
pub mod http;
pub mod platforms;
