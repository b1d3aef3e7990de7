//! Renderers that need no chat platform: plain text for the console, Markdown, and JSON.
//! Platform renderers live with their adapters and read the same [`Answer`].

use std::fmt::Write as _;

use crate::answer::{Action, Answer, Body};
use crate::commands::{self, Spec};

/// How a surface writes commands: the console's and Discord's `/whatis product-owner`, or a
/// Slack workspace's names, perhaps prefixed (`/rc-whatis`), with help and free questions on
/// one `/rolecall`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Syntax {
    /// `Some(prefix)` for Slack.
    slack: Option<String>,
}

impl Syntax {
    /// The console's and Discord's syntax.
    pub fn console() -> Syntax {
        Syntax { slack: None }
    }

    /// A Slack workspace's syntax, with the prefix its command names carry.
    pub fn slack(prefix: &str) -> Syntax {
        Syntax { slack: Some(prefix.to_owned()) }
    }

    /// The command as typed: `/whatis`, `/rc-rolecall`.
    pub fn command(&self, spec: &Spec) -> String {
        match &self.slack {
            Some(prefix) => format!("/{prefix}{}", spec.slack),
            None => format!("/{}", spec.name),
        }
    }

    /// Its usage: `/path [FROM] TO`.
    pub fn usage(&self, spec: &Spec) -> String {
        let mut out = self.command(spec);
        for arg in spec.args {
            match arg.required {
                true => write!(out, " {}", arg.shown),
                false => write!(out, " [{}]", arg.shown),
            }
            .expect("writing to a String cannot fail");
        }
        out
    }

    /// A help line: usage, what it does, and an example when it takes arguments.
    pub fn help_line(&self, spec: &Spec) -> String {
        match spec.example {
            "" => format!("{}: {}", self.usage(spec), lower_first(spec.about)),
            example => {
                format!("{}: {}, e.g. {} {example}", self.usage(spec), lower_first(spec.about), self.command(spec))
            }
        }
    }

    /// A follow-up written as a command to type: `/compare product-manager project-manager`.
    pub fn action(&self, action: &Action) -> String {
        let Some(spec) = commands::named(action.command) else { return String::new() };
        self.command(spec) + &action.arguments()
    }
}

/// The text with its first letter in lower case.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

/// The lines a section shows, as plain text: bullets, steps, or commands written in `syntax`.
pub fn items(body: &Body, syntax: &Syntax) -> Vec<String> {
    match body {
        Body::Text(text) => vec![text.clone()],
        Body::Bullets(items) | Body::Steps(items) => items.clone(),
        Body::Commands(names) => names.iter().filter_map(|n| commands::named(n)).map(|s| syntax.help_line(s)).collect(),
    }
}

/// Plain text for a terminal, wrapped to `width` columns.
pub fn plain(answer: &Answer, width: usize) -> String {
    let width = width.max(30);
    let mut out = String::new();
    out.push_str(&answer.title);
    out.push('\n');
    out.push_str(&"=".repeat(answer.title.chars().count().min(width)));
    out.push('\n');
    // the one sentence that matters comes first
    if let Some(key) = &answer.key_difference {
        wrap(&mut out, &format!("Key difference: {key}"), "", "", width);
    }
    for line in answer.summary.lines() {
        wrap(&mut out, line, "", "", width);
    }
    for note in &answer.notes {
        wrap(&mut out, &format!("Note: {note}"), "", "", width);
    }
    if let Some(table) = &answer.table {
        for row in &table.rows {
            let _ = writeln!(out, "\n{}", row.label);
            for (column, cell) in table.columns.iter().zip(&row.cells) {
                wrap(&mut out, &format!("{column}: {cell}"), "  ", "    ", width);
            }
            if let Some(note) = &row.note {
                wrap(&mut out, note, "  > ", "    ", width);
            }
        }
    }
    for section in &answer.sections {
        let _ = writeln!(out, "\n{}", section.heading);
        match &section.body {
            Body::Text(text) => wrap(&mut out, text, "  ", "  ", width),
            Body::Bullets(_) | Body::Commands(_) => {
                items(&section.body, &Syntax::console()).iter().for_each(|i| wrap(&mut out, i, "  - ", "    ", width))
            }
            Body::Steps(items) => {
                for (n, item) in items.iter().enumerate() {
                    wrap(&mut out, item, &format!("  {}. ", n + 1), "     ", width);
                }
            }
        }
    }
    if !answer.follow_ups.is_empty() {
        out.push_str("\nNext, try:\n");
        for f in answer.buttons() {
            wrap(&mut out, &format!("{}  ({})", Syntax::console().action(&f.action), f.label), "  ", "    ", width);
        }
    }
    out
}

/// Appends `text` wrapped at `width`, the first line after `first`, the rest after `rest`.
fn wrap(out: &mut String, text: &str, first: &str, rest: &str, width: usize) {
    let mut line = String::from(first);
    let mut empty = true;
    for word in text.split_whitespace() {
        if !empty && line.chars().count() + 1 + word.chars().count() > width {
            out.push_str(&line);
            out.push('\n');
            line = String::from(rest);
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    out.push_str(&line);
    out.push('\n');
}

/// Markdown, for surfaces that render it.
pub fn markdown(answer: &Answer) -> String {
    let mut out = format!("**{}**\n{}\n", escape_markdown(&answer.title), escape_markdown(&answer.summary));
    for note in &answer.notes {
        let _ = writeln!(out, "_Note: {}_", escape_markdown(note));
    }
    if let Some(key) = &answer.key_difference {
        let _ = writeln!(out, "\n**Key difference:** {}", escape_markdown(key));
    }
    if let Some(table) = &answer.table {
        let _ = writeln!(
            out,
            "\n| | {} |",
            table.columns.iter().map(|c| escape_markdown(c)).collect::<Vec<_>>().join(" | ")
        );
        let _ = writeln!(out, "|---|{}", "---|".repeat(table.columns.len()));
        for row in &table.rows {
            let cells: Vec<String> = row.cells.iter().map(|c| escape_markdown(c)).collect();
            let _ = writeln!(out, "| **{}** | {} |", row.label, cells.join(" | "));
        }
    }
    for section in &answer.sections {
        let _ = writeln!(out, "\n**{}**", escape_markdown(&section.heading));
        match &section.body {
            Body::Text(text) => {
                let _ = writeln!(out, "{}", escape_markdown(text));
            }
            Body::Bullets(_) | Body::Commands(_) => items(&section.body, &Syntax::console()).iter().for_each(|i| {
                let _ = writeln!(out, "- {}", escape_markdown(i));
            }),
            Body::Steps(items) => items.iter().enumerate().for_each(|(n, i)| {
                let _ = writeln!(out, "{}. {}", n + 1, escape_markdown(i));
            }),
        }
    }
    if !answer.follow_ups.is_empty() {
        let commands: Vec<String> =
            answer.buttons().map(|f| format!("`{}`", Syntax::console().action(&f.action))).collect();
        let _ = writeln!(out, "\n**Next:** {}", commands.join(" · "));
    }
    out
}

/// Escapes the characters Markdown would read as formatting, and the table separator.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '*' | '_' | '`' | '~' | '|' | '[' | ']' | '<' | '>' | '\\' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// One JSON object on one line: the contract of `rolecall ask --json`. Follow-ups and command
/// lists are written as console commands.
pub fn json(answer: &Answer) -> String {
    if !answer.sections.iter().any(|s| matches!(s.body, Body::Commands(_))) {
        return serde_json::to_string(answer).expect("answers always serialize");
    }
    // command lists are written as usage lines
    let mut value = serde_json::to_value(answer).expect("answers always serialize");
    for (section, json) in answer.sections.iter().zip(value["sections"].as_array_mut().into_iter().flatten()) {
        if let Body::Commands(_) = section.body {
            json["body"] = serde_json::json!({"kind": "bullets", "items": items(&section.body, &Syntax::console())});
        }
    }
    value.to_string()
}
