//! Speed of the Slack adapter in Socket Mode: from a slash command envelope's arrival to its ack
//! carrying the answer, over 1000 commands on loopback against the tests' fake Slack. Prints
//! the median and the 99th percentile; the target is a 99th percentile under 5 ms.

#[path = "../tests/it/support/fake_slack.rs"]
mod fake_slack;

use std::sync::Arc;
use std::time::Duration;

use rolecall::bot::Bot;
use rolecall::knowledge::LiveStore;
use rolecall::metrics::Metrics;
use rolecall::platform::{Platform, Services};
use rolecall::slack::Slack;
use rolecall::Store;

use fake_slack::FakeSlack;

/// Commands measured, in turn: every kind of answer, and an unknown role.
const COMMANDS: &[(&str, &str)] = &[
    ("/whatis", "po"),
    ("/compare", "pm project-manager"),
    ("/path", "pm product-leader"),
    ("/who", "owns the roadmap"),
    ("/roles", ""),
    ("/rolecall", "is a PO the same as a PM?"),
    ("/whatis", "unicorn-wrangler"),
    ("/rolecall", ""),
];

const MEASURED: usize = 1000;
const WARM_UP: usize = 100;

#[tokio::main]
async fn main() {
    let fake = FakeSlack::start().await;
    let knowledge = Arc::new(LiveStore::fixed(Store::embedded().expect("the built-in store loads")));
    let services = Services::new(Arc::new(Bot::new(knowledge, Arc::new(Metrics::new()), Duration::from_secs(30))));
    let slack = Box::new(Slack::new(fake.config()));
    services.readiness.expect(slack.name());
    let running = slack.start(services.clone()).await.unwrap_or_else(|err| panic!("the adapter starts: {err}"));
    tokio::spawn(running);
    while !services.readiness.waiting_for().is_empty() {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }

    let mut took = Vec::with_capacity(MEASURED);
    for (n, (command, text)) in COMMANDS.iter().cycle().take(WARM_UP + MEASURED).enumerate() {
        let (ack, latency) = fake.command_timed(command, text).await;
        assert!(ack["blocks"].is_array(), "every ack carries its answer");
        if n >= WARM_UP {
            took.push(latency);
        }
    }
    took.sort();
    let percentile = |p: usize| took[(took.len() * p / 100).min(took.len() - 1)];
    println!(
        "slack socket mode, envelope to ack with the answer, {MEASURED} commands: median {:?}, p99 {:?}, max {:?}",
        percentile(50),
        percentile(99),
        took[took.len() - 1]
    );
    services.stop.cancel();
}
