//! Speed of the core: understanding and answering a mix of questions, loading the built-in
//! store, and `rolecall ask` as a whole process.

use std::hint::black_box;
use std::process::Command;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rolecall::{ask, Store};

/// A mix of every intent, slash commands and free text, typos and chatter.
const MIX: &[&str] = &[
    "/whatis po",
    "/compare pm project-manager",
    "/path pm product-leader",
    "/who owns the roadmap",
    "/roles",
    "what does a scrum master do?",
    "is a BA the same as a PO?",
    "how do I become a head of product?",
    "who removes impediments for the team?",
    "whats a prodcut owner",
    "difference between a delivery manager and a program manager",
    "how do I move from project manager to product manager",
    "what is kubernetes?",
    "anyone for lunch?",
    "what can this bot do?",
    "tpm vs pm",
];

/// Product-term questions, and chatter and role questions that mention a term.
const TERMS: &[&str] = &[
    "/whatis prd",
    "what's an OKR?",
    "roadmap vs backlog — what's the difference?",
    "who writes the PRD?",
    "what does a PO do with the backlog?",
    "sprint planning moved to 3pm",
    "what does MVP stand for",
    "what is docker?",
];

fn core(c: &mut Criterion) {
    let store = Store::embedded().expect("the built-in store loads");
    let mut group = c.benchmark_group("core");
    group.throughput(Throughput::Elements(MIX.len() as u64));
    group.bench_function("understand_and_answer_mix", |b| {
        b.iter(|| {
            for q in MIX {
                black_box(ask(&store, black_box(q)));
            }
        })
    });
    group.throughput(Throughput::Elements(TERMS.len() as u64));
    group.bench_function("understand_and_answer_terms", |b| {
        b.iter(|| {
            for q in TERMS {
                black_box(ask(&store, black_box(q)));
            }
        })
    });
    group.finish();
    c.bench_function("load_embedded_store", |b| b.iter(|| black_box(Store::embedded().expect("loads"))));
}

/// Drawing the role map: the whole map, and a route over it, as PNG (uncached).
fn map(c: &mut Criterion) {
    use rolecall::map::{self, Highlight};
    let store = Store::embedded().expect("the built-in store loads");
    let mut group = c.benchmark_group("map");
    group.sample_size(20);
    group.bench_function("full_map_png", |b| b.iter(|| black_box(map::png(&store, &Highlight::None).expect("draws"))));
    let route = map::route(
        &store,
        store.find("associate-product-manager").expect("a role"),
        store.find("chief-product-officer").expect("a role"),
    );
    group.bench_function("route_png", |b| {
        b.iter(|| black_box(map::png(&store, &Highlight::Route(route.clone())).expect("draws")))
    });
    group.finish();
}

fn process(c: &mut Criterion) {
    let mut group = c.benchmark_group("process");
    group.sample_size(30);
    group.bench_function("rolecall_ask", |b| {
        b.iter(|| {
            let out = Command::new(env!("CARGO_BIN_EXE_rolecall"))
                .args(["ask", "--json", "is a PO the same as a PM?"])
                .output()
                .expect("runs");
            assert!(out.status.success());
        })
    });
    group.finish();
}

criterion_group!(benches, core, map, process);
criterion_main!(benches);
