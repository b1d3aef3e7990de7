//! Answers as Slack Block Kit: a header, the key difference on top of a comparison, the summary,
//! comparisons as two-column section fields aligned by dimension, steps as a numbered list,
//! follow-ups as buttons, and a plain `text` fallback for notifications.
//!
//! Every Slack limit is enforced here rather than left to Slack to reject, and all text is
//! escaped so that nothing in a reply, echoed user text included, can ping anyone.

use slack_morphism::prelude::{
    SlackActionId, SlackActionsBlock, SlackBlock, SlackBlockButtonElement, SlackBlockMarkDownText, SlackBlockPlainText,
    SlackBlockText, SlackContextBlock, SlackHeaderBlock, SlackMessageContent, SlackSectionBlock,
};

use crate::answer::{Answer, Body};
use crate::render::{items, Syntax};

/// Most blocks in one message.
pub const MAX_BLOCKS: usize = 50;
/// Most characters in a section's text (and in any text object).
pub const MAX_SECTION_TEXT: usize = 3000;
/// Most fields in one section.
pub const MAX_FIELDS: usize = 10;
/// Most characters in one section field.
pub const MAX_FIELD_TEXT: usize = 2000;
/// Most characters in a header.
pub const MAX_HEADER_TEXT: usize = 150;
/// Most characters on a button.
pub const MAX_BUTTON_TEXT: usize = 75;
/// Most characters in a button's action id.
pub const MAX_ACTION_ID: usize = 255;
/// Most characters in a button's value.
pub const MAX_BUTTON_VALUE: usize = 2000;
/// Most elements in a context block.
pub const MAX_CONTEXT_ELEMENTS: usize = 10;
/// Most characters of the `text` fallback; Slack cuts at 40,000, notifications show far less.
pub const MAX_FALLBACK_TEXT: usize = 3000;

/// How the action id of a follow-up button starts; its position follows, since action ids
/// must differ within a message.
pub const FOLLOW_UP_ACTION: &str = "follow_up_";

/// How the action ids of the "Helpful" / "Not helpful" buttons start.
pub const VOTE_ACTION: &str = "vote_";

/// The whole reply to an answer: blocks, and the `text` notifications and old clients show.
/// Commands the answer lists are written in the workspace's `syntax`.
pub fn message(answer: &Answer, syntax: &Syntax) -> SlackMessageContent {
    let text = |raw: &str| escape(raw);
    let mut blocks: Vec<SlackBlock> = Vec::new();
    blocks.push(SlackHeaderBlock::new(plain(cut(text(&answer.title), MAX_HEADER_TEXT)).into()).into());
    if let Some(key) = &answer.key_difference {
        blocks.push(section(format!("*Key difference:* {}", text(key))));
    }
    if !answer.summary.is_empty() {
        blocks.push(section(text(&answer.summary)));
    }
    if !answer.notes.is_empty() {
        let notes = answer.notes.iter().map(|note| format!("_Note:_ {}", text(note)));
        blocks.push(context(notes));
    }
    if let Some(table) = &answer.table {
        for row in &table.rows {
            let mut heading = format!("*{}*", text(&row.label));
            if let Some(note) = &row.note {
                heading.push('\n');
                heading.push_str(&text(note));
            }
            let fields = table
                .columns
                .iter()
                .zip(&row.cells)
                .take(MAX_FIELDS)
                .map(|(column, cell)| mrkdwn(cut(format!("*{}*\n{}", text(column), text(cell)), MAX_FIELD_TEXT)))
                .collect();
            blocks.push(
                SlackSectionBlock::new().with_text(mrkdwn(cut(heading, MAX_SECTION_TEXT))).with_fields(fields).into(),
            );
        }
    }
    for part in &answer.sections {
        let lines = items(&part.body, syntax);
        let body = match &part.body {
            Body::Text(_) => lines.iter().map(|l| text(l)).collect(),
            Body::Bullets(_) | Body::Commands(_) => {
                lines.iter().map(|item| format!("• {}", text(item))).collect::<Vec<_>>().join("\n")
            }
            Body::Steps(_) => lines
                .iter()
                .enumerate()
                .map(|(n, item)| format!("{}. {}", n + 1, text(item)))
                .collect::<Vec<_>>()
                .join("\n"),
        };
        blocks.push(section(format!("*{}*\n{body}", text(&part.heading))));
    }
    if !answer.sources.is_empty() {
        let sources: Vec<String> = answer.sources.iter().map(|s| text(s)).collect();
        blocks.push(context([format!("Sources: {}", sources.join(" · "))]));
    }
    let buttons = follow_ups(answer);
    blocks.truncate(MAX_BLOCKS - usize::from(buttons.is_some()));
    blocks.extend(buttons);
    let fallback = match answer.summary.is_empty() {
        true => text(&answer.title),
        false => format!("{}: {}", text(&answer.title), text(&answer.summary)),
    };
    SlackMessageContent::new().with_text(cut(fallback, MAX_FALLBACK_TEXT)).with_blocks(blocks)
}

/// Follow-ups as buttons whose value is the action itself, so a press needs no stored state;
/// then "Helpful" and "Not helpful", whose value is the vote.
fn follow_ups(answer: &Answer) -> Option<SlackBlock> {
    let votes = crate::feedback::Vote::buttons(answer).into_iter().flatten().enumerate().map(|(n, vote)| {
        SlackBlockButtonElement::new(plain(vote.label().to_owned()).into())
            .with_action_id(SlackActionId(format!("{VOTE_ACTION}{n}")))
            .with_value(vote.encode())
            .into()
    });
    let buttons: Vec<_> = answer
        .buttons()
        .map(|f| (f, crate::commands::encode(&f.action)))
        .filter(|(_, value)| value.chars().count() <= MAX_BUTTON_VALUE)
        .enumerate()
        .map(|(n, (f, value))| {
            let action_id = format!("{FOLLOW_UP_ACTION}{n}");
            debug_assert!(action_id.len() <= MAX_ACTION_ID);
            SlackBlockButtonElement::new(plain(cut(escape(&f.label), MAX_BUTTON_TEXT)).into())
                .with_action_id(SlackActionId(action_id))
                .with_value(value)
                .into()
        })
        .chain(votes)
        .collect();
    (!buttons.is_empty()).then(|| SlackActionsBlock::new(buttons).into())
}

fn section(text: String) -> SlackBlock {
    SlackSectionBlock::new().with_text(mrkdwn(cut(text, MAX_SECTION_TEXT))).into()
}

fn context(items: impl IntoIterator<Item = String>) -> SlackBlock {
    let elements = items
        .into_iter()
        .take(MAX_CONTEXT_ELEMENTS)
        .map(|item| SlackBlockMarkDownText::new(cut(item, MAX_SECTION_TEXT)).with_verbatim(true).into())
        .collect();
    SlackContextBlock::new(elements).into()
}

/// Markdown text that Slack shows as written: `verbatim` stops it from turning words into
/// links or mentions.
fn mrkdwn(text: String) -> SlackBlockText {
    SlackBlockMarkDownText::new(text).with_verbatim(true).into()
}

fn plain(text: String) -> SlackBlockPlainText {
    SlackBlockPlainText::new(text)
}

/// Escapes text for Slack: `&`, `<` and `>` as Slack asks, which turns `<!everyone>`,
/// `<!here>`, `<!channel>` and `<@U123>` into plain text; a zero-width space after the `@` of a
/// bare `@here`, `@channel` or `@everyone` keeps any client setting from reading them as pings.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '@' if ["here", "channel", "everyone"]
                .iter()
                .any(|word| text[at + 1..].get(..word.len()).is_some_and(|s| s.eq_ignore_ascii_case(word))) =>
            {
                out.push_str("@\u{200B}")
            }
            c => out.push(c),
        }
    }
    out
}

/// At most `max` characters of escaped text, ending in "…" when cut, never inside an entity.
fn cut(text: String, max: usize) -> String {
    if crate::text::prefix(&text, max).len() == text.len() {
        return text;
    }
    // leave room for the ellipsis
    let mut end = crate::text::prefix(&text, max.saturating_sub(1)).len();
    if let Some(amp) = text[..end].rfind('&') {
        if !text[amp..end].contains(';') {
            end = amp;
        }
    }
    let mut out = String::with_capacity(end + 3);
    out.push_str(&text[..end]);
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::{Action, FollowUp, Row, Section, Table};
    use crate::query::Intent;
    use serde_json::Value;

    fn answer() -> Answer {
        Answer {
            intent: Intent::Compare,
            roles: vec!["product-manager".into(), "project-manager".into()],
            terms: Vec::new(),
            confidence: 1.0,
            unanswered: false,
            title: "Product Manager vs Project Manager".into(),
            summary: "Two roles.".into(),
            table: Some(Table {
                columns: vec!["Product Manager".into(), "Project Manager".into()],
                rows: vec![
                    Row {
                        label: "Focus".into(),
                        cells: vec!["why and what".into(), "how and when".into()],
                        note: None,
                    },
                    Row {
                        label: "Horizon".into(),
                        cells: vec!["quarters".into(), "the project".into()],
                        note: Some("Outcomes outlive projects.".into()),
                    },
                ],
            }),
            sections: vec![Section { heading: "Steps".into(), body: Body::Steps(vec!["Learn".into(), "Do".into()]) }],
            key_difference: Some("One owns the problem, the other the plan.".into()),
            notes: vec![],
            follow_ups: vec![FollowUp::new(
                "What is a Product Manager?",
                Action::new("whatis", ["product-manager".into()]),
            )],
            more: None,
            sources: vec!["Article".into()],
            picture: None,
        }
    }

    fn json(content: &SlackMessageContent) -> Value {
        serde_json::to_value(content).unwrap()
    }

    fn texts(block: &Value) -> Vec<String> {
        let mut out = Vec::new();
        for key in ["text", "fields", "elements"] {
            match &block[key] {
                Value::Object(o) => out.extend(o.get("text").and_then(Value::as_str).map(str::to_owned)),
                Value::Array(items) => out.extend(
                    items.iter().filter_map(|i| i["text"].as_str().or(i["text"]["text"].as_str())).map(str::to_owned),
                ),
                _ => {}
            }
        }
        out
    }

    #[test]
    fn a_comparison_reads_key_difference_first_then_dimensions_side_by_side() {
        let blocks = json(&message(&answer(), &Syntax::slack("")))["blocks"].as_array().unwrap().clone();
        assert_eq!(blocks[0]["type"], "header");
        assert_eq!(blocks[0]["text"]["text"], "Product Manager vs Project Manager");
        assert!(texts(&blocks[1])[0].starts_with("*Key difference:* One owns"), "{:?}", blocks[1]);
        let focus = blocks.iter().find(|b| texts(b).first().is_some_and(|t| t == "*Focus*")).expect("a Focus section");
        let fields: Vec<&str> =
            focus["fields"].as_array().unwrap().iter().map(|f| f["text"].as_str().unwrap()).collect();
        assert_eq!(fields, ["*Product Manager*\nwhy and what", "*Project Manager*\nhow and when"]);
        let horizon = blocks.iter().find(|b| texts(b).first().is_some_and(|t| t.starts_with("*Horizon*"))).unwrap();
        assert!(texts(horizon)[0].contains("Outcomes outlive projects."), "the curated note sits with its dimension");
        let steps = blocks.iter().find(|b| texts(b).first().is_some_and(|t| t.starts_with("*Steps*"))).unwrap();
        assert_eq!(texts(steps)[0], "*Steps*\n1. Learn\n2. Do");
        let actions = blocks.last().unwrap();
        assert_eq!(actions["type"], "actions");
        assert_eq!(actions["elements"][0]["value"], "whatis product-manager");
        assert_eq!(actions["elements"][0]["action_id"], "follow_up_0");
    }

    #[test]
    fn the_fallback_text_is_the_title_and_summary() {
        let content = message(&answer(), &Syntax::slack(""));
        assert_eq!(content.text.as_deref(), Some("Product Manager vs Project Manager: Two roles."));
    }

    #[test]
    fn every_slack_limit_holds_for_an_oversized_answer() {
        let long = "word & <b> ".repeat(1000);
        let mut big = answer();
        big.title = long.clone();
        big.summary = long.clone();
        big.key_difference = Some(long.clone());
        big.notes = vec![long.clone(); 20];
        big.sources = vec![long.clone(); 5];
        let table = big.table.as_mut().unwrap();
        table.columns = (0..12).map(|n| format!("Role {n} {long}")).collect();
        table.rows = (0..30)
            .map(|n| Row { label: format!("Dimension {n}"), cells: vec![long.clone(); 12], note: Some(long.clone()) })
            .collect();
        big.sections =
            (0..30).map(|_| Section { heading: long.clone(), body: Body::Bullets(vec![long.clone(); 9]) }).collect();
        big.follow_ups = vec![
            FollowUp::new(long.clone(), Action::new("whatis", ["product-owner".into()])),
            FollowUp::new("Too long to carry", Action::new("who", ["x".repeat(MAX_BUTTON_VALUE + 1)])),
        ];
        let value = json(&message(&big, &Syntax::slack("")));
        let blocks = value["blocks"].as_array().unwrap();
        assert_eq!(blocks.len(), MAX_BLOCKS);
        assert_eq!(blocks.last().unwrap()["type"], "actions", "the buttons survive the cut");
        let chars = |v: &Value| v.as_str().unwrap().chars().count();
        assert!(chars(&value["text"]) <= MAX_FALLBACK_TEXT);
        for block in blocks {
            match block["type"].as_str().unwrap() {
                "header" => assert!(chars(&block["text"]["text"]) <= MAX_HEADER_TEXT),
                "section" => {
                    assert!(chars(&block["text"]["text"]) <= MAX_SECTION_TEXT);
                    if let Some(fields) = block["fields"].as_array() {
                        assert!(fields.len() <= MAX_FIELDS);
                        assert!(fields.iter().all(|f| chars(&f["text"]) <= MAX_FIELD_TEXT));
                    }
                }
                "context" => {
                    let elements = block["elements"].as_array().unwrap();
                    assert!(elements.len() <= MAX_CONTEXT_ELEMENTS);
                    assert!(elements.iter().all(|e| chars(&e["text"]) <= MAX_SECTION_TEXT));
                }
                "actions" => {
                    let buttons = block["elements"].as_array().unwrap();
                    let kind = |prefix: &str| {
                        buttons.iter().filter(|b| b["action_id"].as_str().unwrap().starts_with(prefix)).count()
                    };
                    assert_eq!(kind(FOLLOW_UP_ACTION), 1, "a command too long for a button value is left out");
                    assert_eq!(kind(VOTE_ACTION), 2, "helpful and not helpful");
                    for b in buttons {
                        assert!(chars(&b["text"]["text"]) <= MAX_BUTTON_TEXT);
                        assert!(chars(&b["action_id"]) <= MAX_ACTION_ID);
                        assert!(chars(&b["value"]) <= MAX_BUTTON_VALUE);
                    }
                }
                other => panic!("unexpected block {other}"),
            }
        }
        let all = value.to_string();
        assert!(
            !all.contains("<b>") && !all.contains("&am…") && !all.contains("&l…"),
            "escaped, and never cut inside an entity"
        );
    }

    #[test]
    fn echoed_text_can_ping_nobody() {
        let table = [
            ("who owns <!channel> now", "who owns &lt;!channel&gt; now"),
            ("<!here|here> and <!everyone>", "&lt;!here|here&gt; and &lt;!everyone&gt;"),
            ("ask <@U024BE7LH> & co", "ask &lt;@U024BE7LH&gt; &amp; co"),
            ("hey @here and @Channel", "hey @\u{200B}here and @\u{200B}Channel"),
            ("mail me@example.com", "mail me@example.com"),
        ];
        for (raw, escaped) in table {
            assert_eq!(escape(raw), escaped);
        }
        let mut a = answer();
        a.title = "Who owns <!channel>?".into();
        a.summary = "Asked by <@U1>".into();
        let all = json(&message(&a, &Syntax::slack(""))).to_string();
        assert!(!all.contains("<!") && !all.contains("<@"), "{all}");
    }

    #[test]
    fn listed_commands_use_the_workspace_names() {
        let mut a = answer();
        a.sections = vec![Section { heading: "Commands".into(), body: Body::Commands(vec!["whatis", "help"]) }];
        let all = json(&message(&a, &Syntax::slack("rc-"))).to_string();
        assert!(all.contains("/rc-whatis ROLE|TERM: what a role or a product term is"), "{all}");
        assert!(all.contains("/rc-rolecall: what I can do"), "{all}");
        assert!(all.contains("\"value\":\"whatis product-manager\""), "button values are typed actions, not commands");
    }
}
