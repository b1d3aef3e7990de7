//! Any input at all gets an answer without a panic, and the answer stays bounded however long
//! the input (speed itself is measured in `benches/core.rs`, not asserted here).

use proptest::prelude::*;
use rolecall::{ask, render, Store};

fn store() -> &'static Store {
    static STORE: std::sync::OnceLock<Store> = std::sync::OnceLock::new();
    STORE.get_or_init(|| Store::embedded().expect("the built-in store loads"))
}

/// The most an answer may weigh as JSON, whatever was asked: input is echoed only in part.
const BOUND: usize = 16 * 1024;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_unicode_never_panics_and_answers_in_bound(text in "\\PC{0,2000}") {
        let answer = ask(store(), &text);
        prop_assert!(!answer.title.is_empty());
        prop_assert!(render::json(&answer).len() < BOUND);
    }

    #[test]
    fn role_words_in_any_order_never_panic(words in prop::collection::vec(
        prop::sample::select(vec!["/compare", "/path", "/whatis", "/who", "pm", "po", "tpm", "vs", "from", "to", "who",
            "owns", "\"", "product", "manager", "owner", "prodcut", "become", "?", "is", "a", "the", "é", "😀"]), 0..40)) {
        let text = words.join(" ");
        let answer = ask(store(), &text);
        prop_assert!(!answer.title.is_empty());
        prop_assert!((0.0..=1.0).contains(&answer.confidence), "confidence {}", answer.confidence);
    }

    #[test]
    fn confidence_stays_within_zero_and_one(words in prop::collection::vec(
        prop::sample::select(vec!["thanks", "po", "merged", "the", "notes", "our", "pm", "is", "out", "today", "lunch",
            "release", "deploy", "broke", "staging", "again", "friday", "team"]), 1..25)) {
        let answer = ask(store(), &words.join(" "));
        prop_assert!((0.0..=1.0).contains(&answer.confidence), "confidence {}", answer.confidence);
    }

    #[test]
    fn very_long_input_is_bounded(repeat in 1usize..50, chunk in "[a-z ]{1,200}") {
        let text = chunk.repeat(repeat * 20);
        let answer = ask(store(), &text);
        prop_assert!(render::json(&answer).len() < BOUND, "{} bytes", render::json(&answer).len());
    }
}
