//! Discord latency and memory, on loopback against the fake Discord the tests use:
//! from an INTERACTION_CREATE leaving the fake gateway to the callback POST reaching the fake
//! (median and 99th percentile over 1000 interactions), and the resident memory of
//! `rolecall serve` connected and idle. Run: `cargo bench --bench discord`.

#[path = "../tests/it/support/fake_discord.rs"]
#[allow(dead_code)]
mod fake_discord;

use std::time::{Duration, Instant};

use fake_discord::FakeDiscord;
use serde_json::json;

const INTERACTIONS: usize = 1000;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

#[tokio::main]
async fn main() {
    let fake = FakeDiscord::start().await;
    let mut child = fake.spawn_serve(env!("CARGO_BIN_EXE_rolecall"));
    assert!(fake.wait_connected(Duration::from_secs(10)).await, "connected");
    fake.wait_for(Duration::from_secs(10), |c| c.method == "PUT").await.expect("ready");
    tokio::time::sleep(Duration::from_secs(2)).await;
    let rss = std::fs::read_to_string(format!("/proc/{}/status", child.id().unwrap()))
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmRSS:")).map(|l| l.trim_start_matches("VmRSS:").trim().to_owned())
        })
        .unwrap_or_else(|| "unknown".to_owned());
    println!("rolecall serve, connected and idle: VmRSS {rss}");

    let questions = ["product-owner", "scrum master", "cpo", "pm", "business analyst"];
    let mut latencies = Vec::with_capacity(INTERACTIONS);
    for i in 0..INTERACTIONS {
        let role = questions[i % questions.len()];
        let interaction = fake.command("whatis", json!([{"name": "role", "type": 3, "value": role}]));
        let path = format!("/api/v10/interactions/{}/", interaction["id"].as_str().unwrap());
        let sent = Instant::now();
        fake.dispatch("INTERACTION_CREATE", interaction);
        let call = fake.wait_for(Duration::from_secs(5), |c| c.path.starts_with(&path)).await.expect("answered");
        latencies.push(call.at.duration_since(sent));
    }
    latencies.sort();
    println!(
        "INTERACTION_CREATE -> callback over {INTERACTIONS}: median {:?}, p99 {:?}, max {:?}",
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.99),
        latencies[latencies.len() - 1]
    );
    let _ = child.kill().await;
}
