//! Answers fit a chat: every definition, every comparison of two roles (curated or built), and
//! every path, rendered for each surface, shows at most the words the design allows. Buttons and
//! the sources line are navigation and citation, not counted; everything else is.

use rolecall::answer::{words_in, Answer, COMPARE_WORDS, DEFINE_WORDS, PATH_WORDS};
use rolecall::render::{markdown, plain, Syntax};
use rolecall::{ask, Intent, Store};
use serde_json::Value;

/// The words each surface shows of an answer: plain text, Markdown, a Discord embed, Slack
/// blocks.
fn shown(answer: &Answer) -> [(&'static str, usize); 4] {
    let plain = plain(answer, 80);
    let plain = plain.split("\nNext, try:").next().unwrap_or_default();
    let markdown = markdown(answer);
    let markdown = markdown.split("\n**Next:**").next().unwrap_or_default();
    let embed = rolecall::discord::render::render(answer).embed;
    let discord = words_in(&embed.title)
        + words_in(&embed.description)
        + embed.fields.iter().map(|f| words_in(&f.name) + words_in(&f.value)).sum::<usize>();
    let blocks = serde_json::to_value(rolecall::slack::render::message(answer, &Syntax::slack(""))).unwrap();
    let mut slack = 0;
    for block in blocks["blocks"].as_array().unwrap() {
        let mut texts = vec![&block["text"]["text"]];
        texts.extend(block["fields"].as_array().into_iter().flatten().map(|f| &f["text"]));
        if block["type"] != "actions" {
            texts.extend(block["elements"].as_array().into_iter().flatten().map(|e| &e["text"]));
        }
        for text in texts.into_iter().filter_map(Value::as_str).filter(|t| !t.starts_with("Sources:")) {
            // Slack shows its escapes as the characters they stand for
            slack += words_in(&text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"));
        }
    }
    [("plain", words_in(plain)), ("markdown", words_in(markdown)), ("discord", discord), ("slack", slack)]
}

fn assert_fits(store: &Store, question: &str, intent: Intent, limit: usize) {
    let answer = ask(store, question);
    assert_eq!(answer.intent, intent, "{question}");
    assert!(answer.more.is_some(), "{question}: the whole answer is one click away");
    for (surface, words) in shown(&answer) {
        assert!(words <= limit, "{question} shows {words} words on {surface}, more than {limit}");
    }
}

#[test]
fn every_definition_fits_in_90_words() {
    let store = Store::embedded().unwrap();
    for role in store.roles() {
        assert_fits(&store, &format!("/whatis {}", role.id), Intent::Define, DEFINE_WORDS);
    }
}

#[test]
fn every_comparison_of_two_roles_fits_in_120_words() {
    let store = Store::embedded().unwrap();
    let roles = store.roles();
    for (i, a) in roles.iter().enumerate() {
        for b in &roles[i + 1..] {
            assert_fits(&store, &format!("/compare {} {}", a.id, b.id), Intent::Compare, COMPARE_WORDS);
        }
    }
}

#[test]
fn every_path_fits_in_120_words() {
    let store = Store::embedded().unwrap();
    let mut questions: Vec<String> =
        store.curated_paths().map(|(from, to)| format!("/path {} {}", store[from].id, store[to].id)).collect();
    for role in store.roles() {
        questions.push(format!("/path {}", role.id));
        for next in store.roles().iter().filter(|other| other.level > role.level).take(3) {
            questions.push(format!("/path {} {}", role.id, next.id));
        }
    }
    for question in questions {
        assert_fits(&store, &question, Intent::Transition, PATH_WORDS);
    }
}

#[test]
fn the_full_answer_keeps_what_the_chat_sized_one_leaves_out() {
    let store = Store::embedded().unwrap();
    let brief = ask(&store, "/compare pm po");
    let full = ask(&store, "/compare pm po --full");
    assert!(brief.table.is_none() && full.table.is_some(), "every dimension, side by side, in full");
    assert!(full.more.is_none(), "nothing more to show");
    assert!(full.visible_words() > brief.visible_words());
    let more = brief.more.expect("a button for the rest");
    assert_eq!(more.label, "Full comparison");
    let pressed = rolecall::commands::resolve(&store, &more.action);
    assert_eq!(rolecall::answer(&store, &pressed), full, "the button gives the full answer");
}

#[test]
fn every_term_fits_in_90_words() {
    let store = Store::embedded().unwrap();
    for term in store.terms() {
        assert_fits(&store, &format!("/whatis {}", term.id), Intent::Term, DEFINE_WORDS);
    }
}

#[test]
fn every_pair_of_terms_told_apart_or_related_fits_in_120_words() {
    let store = Store::embedded().unwrap();
    for term in store.terms() {
        let related = store.term_related(store.find_term(&term.id).unwrap()).iter().map(|&t| store[t].id.clone());
        for other in term.versus.iter().map(|(id, _)| id.clone()).chain(related) {
            assert_fits(&store, &format!("/compare {} {}", term.id, other), Intent::Term, COMPARE_WORDS);
        }
    }
}
