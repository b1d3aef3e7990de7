//! Counters an operator scrapes from `GET /metrics`, in the Prometheus text format.

use std::time::Duration;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;

use crate::answer::Answer;
use crate::query::Intent;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct QuestionLabels {
    intent: String,
    platform: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RoleLabels {
    role: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct PlatformLabels {
    platform: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct OutcomeLabels {
    outcome: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct VoteLabels {
    vote: String,
    intent: String,
}

/// The bot's metrics. Cheap to share: every field is a handle.
#[derive(Debug)]
pub struct Metrics {
    registry: Registry,
    questions: Family<QuestionLabels, Counter>,
    answers: Family<RoleLabels, Counter>,
    unanswered: Family<PlatformLabels, Counter>,
    latency: Histogram,
    reconnects: Family<PlatformLabels, Counter>,
    reloads: Family<OutcomeLabels, Counter>,
    feedback: Family<VoteLabels, Counter>,
    database_up: Gauge,
    database_errors: Counter,
    database_writes: Family<OutcomeLabels, Counter>,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}

impl Metrics {
    pub fn new() -> Metrics {
        let mut registry = Registry::with_prefix("rolecall");
        let questions = Family::<QuestionLabels, Counter>::default();
        let answers = Family::<RoleLabels, Counter>::default();
        let unanswered = Family::<PlatformLabels, Counter>::default();
        // 5 µs up to about 1.3 s
        let latency = Histogram::new(exponential_buckets(0.000_005, 4.0, 10));
        let reconnects = Family::<PlatformLabels, Counter>::default();
        let reloads = Family::<OutcomeLabels, Counter>::default();
        registry.register("questions", "Questions answered, by intent and platform", questions.clone());
        registry.register("answers", "Answers by the roles they are about", answers.clone());
        registry.register("unanswered", "Questions the bot could not answer (intent none)", unanswered.clone());
        registry.register("answer_seconds", "Time to understand and answer a question", latency.clone());
        registry.register("platform_reconnects", "Reconnections to a chat platform", reconnects.clone());
        registry.register("knowledge_reloads", "Knowledge store reloads, by outcome (ok or rejected)", reloads.clone());
        let feedback = Family::<VoteLabels, Counter>::default();
        let database_up = Gauge::default();
        let database_errors = Counter::default();
        let database_writes = Family::<OutcomeLabels, Counter>::default();
        registry.register(
            "feedback",
            "Votes on answers, once a person an answer, by vote (helpful or not_helpful) and intent",
            feedback.clone(),
        );
        registry.register("database_up", "1 while the database answers, 0 while it does not", database_up.clone());
        registry.register("database_errors", "Database queries that failed", database_errors.clone());
        registry.register(
            "database_writes",
            "Records the bot keeps, by outcome: written, retried (a failed attempt, tried again) or dropped",
            database_writes.clone(),
        );
        // listed at 0 from the start, so a dashboard or alert on them has a series before the
        // first reload
        for outcome in ["ok", "rejected"] {
            let _ = reloads.get_or_create(&OutcomeLabels { outcome: outcome.to_owned() });
        }
        for outcome in ["written", "retried", "dropped"] {
            let _ = database_writes.get_or_create(&OutcomeLabels { outcome: outcome.to_owned() });
        }
        Metrics {
            registry,
            questions,
            answers,
            unanswered,
            latency,
            reconnects,
            reloads,
            feedback,
            database_up,
            database_errors,
            database_writes,
        }
    }

    /// Counts one answered question.
    pub fn record(&self, platform: &str, answer: &Answer, took: Duration) {
        self.questions
            .get_or_create(&QuestionLabels { intent: answer.intent.as_str().to_owned(), platform: platform.to_owned() })
            .inc();
        for role in &answer.roles {
            self.answers.get_or_create(&RoleLabels { role: role.clone() }).inc();
        }
        if answer.intent == Intent::None {
            self.unanswered.get_or_create(&PlatformLabels { platform: platform.to_owned() }).inc();
        }
        self.latency.observe(took.as_secs_f64());
    }

    /// Counts a reconnection to a platform.
    pub fn reconnected(&self, platform: &str) {
        self.reconnects.get_or_create(&PlatformLabels { platform: platform.to_owned() }).inc();
    }

    /// Counts a knowledge reload; `outcome` is `ok` or `rejected`.
    pub fn reloaded(&self, outcome: &str) {
        self.reloads.get_or_create(&OutcomeLabels { outcome: outcome.to_owned() }).inc();
    }

    /// Counts a vote, the first time a person votes on an answer.
    pub fn feedback(&self, vote: &crate::feedback::Vote) {
        let label = if vote.helpful { "helpful" } else { "not_helpful" };
        self.feedback.get_or_create(&VoteLabels { vote: label.to_owned(), intent: vote.intent.clone() }).inc();
    }

    /// Whether the database answers.
    pub fn database_up(&self, up: bool) {
        self.database_up.set(i64::from(up));
    }

    /// Counts a failed database query.
    pub fn database_error(&self) {
        self.database_errors.inc();
    }

    /// Counts a record written, a write retried, or a record dropped.
    pub fn database_write(&self, outcome: &str) {
        self.database_writes.get_or_create(&OutcomeLabels { outcome: outcome.to_owned() }).inc();
    }

    /// The Prometheus text exposition of every metric.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        prometheus_client::encoding::text::encode(&mut out, &self.registry).expect("writing to a String cannot fail");
        out
    }
}
