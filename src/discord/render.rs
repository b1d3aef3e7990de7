//! An [`Answer`] as a Discord message: embeds and follow-up buttons, within every limit Discord
//! enforces, so nothing is left for Discord to reject.

use serenity::all::{ButtonStyle, CreateActionRow, CreateButton, CreateEmbed, CreateEmbedFooter};

use crate::answer::{Answer, Body};
use crate::render::{items, Syntax};

/// Discord's limits on one message.
pub mod limits {
    pub const TITLE: usize = 256;
    pub const DESCRIPTION: usize = 4096;
    pub const FIELD_NAME: usize = 256;
    pub const FIELD_VALUE: usize = 1024;
    pub const FIELDS: usize = 25;
    pub const FOOTER: usize = 2048;
    /// All text of all embeds of one message together.
    pub const TOTAL: usize = 6000;
    pub const BUTTON_LABEL: usize = 80;
    pub const CUSTOM_ID: usize = 100;
    pub const BUTTONS_PER_ROW: usize = 5;
}

/// Marks a button's custom id as a follow-up: `rc:compare product-manager product-owner`.
pub const FOLLOW_UP_PREFIX: &str = "rc:";

/// How a vote button's custom id starts, before the vote it carries.
pub const VOTE_PREFIX: &str = "rv:";

/// A zero-width space: an "empty" field name or value, which Discord does not allow outright.
const BLANK: &str = "\u{200b}";

/// One embed field.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub name: String,
    pub value: String,
    pub inline: bool,
}

/// An embed, as plain data, so limits can be checked and tested before building it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Embed {
    pub title: String,
    pub description: String,
    pub fields: Vec<Field>,
    pub footer: String,
}

impl Embed {
    /// The characters Discord counts toward the 6000 limit.
    pub fn size(&self) -> usize {
        let count = |s: &str| s.chars().count();
        count(&self.title)
            + count(&self.description)
            + count(&self.footer)
            + self.fields.iter().map(|f| count(&f.name) + count(&f.value)).sum::<usize>()
    }
}

/// A follow-up button.
#[derive(Debug, Clone, PartialEq)]
pub struct Button {
    pub label: String,
    pub custom_id: String,
}

/// A whole message: one embed and its buttons.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub embed: Embed,
    pub buttons: Vec<Button>,
    /// "Helpful" and "Not helpful", in a row of their own; none on answers that did not answer.
    pub votes: Vec<Button>,
}

impl Reply {
    /// The embed, for serenity.
    pub fn create_embed(&self) -> CreateEmbed {
        let e = &self.embed;
        let mut embed = CreateEmbed::new().title(&e.title).colour(0x5865f2);
        if !e.description.is_empty() {
            embed = embed.description(&e.description);
        }
        embed = embed.fields(e.fields.iter().map(|f| (f.name.clone(), f.value.clone(), f.inline)));
        if !e.footer.is_empty() {
            embed = embed.footer(CreateEmbedFooter::new(&e.footer));
        }
        embed
    }

    /// The buttons, for serenity: follow-ups in rows of five, then the votes.
    pub fn create_components(&self) -> Vec<CreateActionRow> {
        let row = |buttons: &[Button], style: ButtonStyle| {
            CreateActionRow::Buttons(
                buttons.iter().map(|b| CreateButton::new(&b.custom_id).label(&b.label).style(style)).collect(),
            )
        };
        let mut rows: Vec<CreateActionRow> =
            self.buttons.chunks(limits::BUTTONS_PER_ROW).map(|r| row(r, ButtonStyle::Secondary)).collect();
        if !self.votes.is_empty() {
            rows.push(row(&self.votes, ButtonStyle::Primary));
        }
        rows
    }
}

/// Escapes text for Discord: Markdown that would reformat it, and mentions that would ping
/// (allowed mentions are off too; this keeps the text from even looking like a ping).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '*' | '_' | '`' | '~' | '|' | '>' | '\\' | '#' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            '@' => out.push_str("@\u{200b}"),
            '<' => out.push_str("<\u{200b}"),
            _ => out.push(c),
        }
    }
    out
}

pub use crate::text::clip;

/// Splits a value that is too long for one field into pieces, at line or word breaks.
fn pieces(value: &str, max: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for line in value.split_inclusive('\n') {
        for word in line.split_inclusive(' ') {
            if current.chars().count() + word.chars().count() > max && !current.is_empty() {
                out.push(current.trim_end().to_owned());
                current = String::new();
            }
            current.push_str(&clip(word, max));
        }
    }
    if !current.trim().is_empty() {
        out.push(current.trim_end().to_owned());
    }
    out
}

/// Adds a field, split over several when the value is longer than a field takes.
fn push_field(fields: &mut Vec<Field>, name: &str, value: &str, inline: bool) {
    let value = if value.trim().is_empty() { BLANK.to_owned() } else { value.to_owned() };
    for (i, piece) in pieces(&value, limits::FIELD_VALUE).into_iter().enumerate() {
        let name = if i == 0 {
            clip(name, limits::FIELD_NAME)
        } else {
            clip(&format!("{name} (continued)"), limits::FIELD_NAME)
        };
        fields.push(Field { name, value: piece, inline });
    }
}

fn body_text(body: &Body) -> String {
    let lines = items(body, &Syntax::console());
    match body {
        Body::Text(_) => lines.iter().map(|l| escape(l)).collect(),
        Body::Bullets(_) | Body::Commands(_) => {
            lines.iter().map(|i| format!("• {}", escape(i))).collect::<Vec<_>>().join("\n")
        }
        Body::Steps(_) => {
            lines.iter().enumerate().map(|(n, i)| format!("{}. {}", n + 1, escape(i))).collect::<Vec<_>>().join("\n")
        }
    }
}

/// Renders an answer as one Discord message.
pub fn render(answer: &Answer) -> Reply {
    let mut description = String::new();
    if let Some(key) = &answer.key_difference {
        description.push_str(&format!("**Key difference:** {}\n\n", escape(key)));
    }
    description.push_str(&escape(&answer.summary));
    for note in &answer.notes {
        description.push_str(&format!("\n\n_Note: {}_", escape(note)));
    }
    let mut fields = Vec::new();
    if let Some(table) = &answer.table {
        // side by side: one inline field per role, and a third column (the curated note, or
        // blank) so every dimension starts a new row of three
        for row in &table.rows {
            for (column, cell) in table.columns.iter().zip(&row.cells) {
                push_field(&mut fields, &format!("{} · {}", row.label, column), &escape(cell), true);
            }
            if table.columns.len() == 2 {
                let note = row.note.as_deref().map(escape).unwrap_or_else(|| BLANK.to_owned());
                let name = if row.note.is_some() { "How they differ" } else { BLANK };
                push_field(&mut fields, name, &note, true);
            }
        }
    }
    for section in &answer.sections {
        push_field(&mut fields, &escape(&section.heading), &body_text(&section.body), false);
    }
    let footer =
        if answer.sources.is_empty() { String::new() } else { format!("Sources: {}", answer.sources.join("; ")) };
    let mut embed = Embed {
        title: clip(&escape(&answer.title), limits::TITLE),
        description: clip(&description, limits::DESCRIPTION),
        fields,
        footer: clip(&footer, limits::FOOTER),
    };
    fit(&mut embed);
    let buttons = answer
        .buttons()
        .map(|f| Button {
            label: clip(&f.label, limits::BUTTON_LABEL),
            custom_id: format!("{FOLLOW_UP_PREFIX}{}", crate::commands::encode(&f.action)),
        })
        .filter(|b| b.custom_id.chars().count() <= limits::CUSTOM_ID)
        .take(limits::BUTTONS_PER_ROW)
        .collect();
    let votes = crate::feedback::Vote::buttons(answer)
        .into_iter()
        .flatten()
        .map(|vote| Button { label: vote.label().to_owned(), custom_id: format!("{VOTE_PREFIX}{}", vote.encode()) })
        .filter(|b| b.custom_id.chars().count() <= limits::CUSTOM_ID)
        .collect();
    Reply { embed, buttons, votes }
}

/// Drops what does not fit: the footer first, then fields from the end, marking the cut.
fn fit(embed: &mut Embed) {
    const CUT: &str = "Shortened to fit Discord; ask a narrower question for the rest.";
    if embed.fields.len() > limits::FIELDS {
        embed.fields.truncate(limits::FIELDS - 1);
        embed.fields.push(Field { name: "More".to_owned(), value: CUT.to_owned(), inline: false });
    }
    if embed.size() > limits::TOTAL {
        embed.footer.clear();
    }
    let mut cut = false;
    while embed.size() + if cut { 0 } else { CUT.len() + 4 } > limits::TOTAL && !embed.fields.is_empty() {
        embed.fields.pop();
        cut = true;
    }
    if cut {
        embed.fields.push(Field { name: "More".to_owned(), value: CUT.to_owned(), inline: false });
    }
    while embed.size() > limits::TOTAL {
        let keep = embed.description.chars().count().saturating_sub(embed.size() - limits::TOTAL + 1);
        embed.description = clip(&embed.description, keep);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Store;

    fn reply(question: &str) -> Reply {
        render(&crate::ask(&Store::embedded().unwrap(), question))
    }

    fn assert_within_limits(r: &Reply) {
        let e = &r.embed;
        assert!(e.title.chars().count() <= limits::TITLE);
        assert!(e.description.chars().count() <= limits::DESCRIPTION);
        assert!(e.fields.len() <= limits::FIELDS, "{} fields", e.fields.len());
        for f in &e.fields {
            assert!(!f.name.is_empty() && f.name.chars().count() <= limits::FIELD_NAME);
            assert!(!f.value.is_empty() && f.value.chars().count() <= limits::FIELD_VALUE, "{}", f.name);
        }
        assert!(e.size() <= limits::TOTAL, "{} characters", e.size());
        for b in &r.buttons {
            assert!(
                b.label.chars().count() <= limits::BUTTON_LABEL && b.custom_id.chars().count() <= limits::CUSTOM_ID
            );
        }
    }

    #[test]
    fn comparisons_line_up_by_dimension_with_the_key_difference_on_top() {
        let r = reply("/compare pm project-manager --full");
        assert!(r.embed.description.starts_with("**Key difference:**"));
        let names: Vec<&str> = r.embed.fields.iter().take(3).map(|f| f.name.as_str()).collect();
        assert_eq!(names[..2], ["Focus · Product Manager", "Focus · Project Manager"]);
        assert!([BLANK, "How they differ"].contains(&names[2]), "the curated note, or a blank third column");
        assert!(r.embed.fields[..18].iter().all(|f| f.inline), "six rows of three inline fields");
        assert_within_limits(&r);
    }

    #[test]
    fn paths_are_numbered_steps_and_follow_ups_are_buttons() {
        let r = reply("/path pm product-leader");
        let steps = r.embed.fields.iter().find(|f| f.name == "Steps").expect("steps field");
        assert!(steps.value.starts_with("1. "));
        assert!(r.buttons.iter().all(|b| b.custom_id.starts_with(FOLLOW_UP_PREFIX)));
        assert!(!r.buttons.is_empty());
        assert_within_limits(&r);
    }

    #[test]
    fn every_answer_fits_discord() {
        let store = Store::embedded().unwrap();
        for role in store.roles() {
            for q in [
                format!("/whatis {} --full", role.id),
                format!("/compare {} pm --full", role.id),
                format!("/path {} --full", role.id),
                format!("/compare {} pm", role.id),
            ] {
                assert_within_limits(&render(&crate::ask(&store, &q)));
            }
        }
        assert_within_limits(&reply("/roles"));
        assert_within_limits(&reply("/compare pm po project-manager"));
    }

    #[test]
    fn overlong_text_is_split_across_fields() {
        let mut answer = crate::ask(&Store::embedded().unwrap(), "/whatis po --full");
        answer.sections.truncate(1);
        answer.sections[0].body = Body::Text("word ".repeat(500));
        let r = render(&answer);
        let parts: Vec<&Field> = r.embed.fields.iter().filter(|f| f.name.starts_with("Focus")).collect();
        assert_eq!(parts.len(), 3, "2500 characters take three fields");
        assert_eq!(parts[1].name, "Focus (continued)");
        assert_within_limits(&r);
    }

    #[test]
    fn answers_too_big_for_a_message_are_trimmed_and_say_so() {
        let mut answer = crate::ask(&Store::embedded().unwrap(), "/whatis po");
        answer.summary = "long ".repeat(900);
        for _ in 0..30 {
            answer.sections.push(answer.sections[0].clone());
        }
        let r = render(&answer);
        assert_eq!(r.embed.fields.last().unwrap().name, "More", "the cut is marked");
        assert_within_limits(&r);
    }

    #[test]
    fn echoed_text_cannot_ping_or_format() {
        let escaped = escape("@everyone <@123> **bold** @here");
        assert!(!escaped.contains("@everyone") && !escaped.contains("<@1") && !escaped.contains("@here"));
        assert!(escaped.contains("\\*\\*bold\\*\\*"));
        let r = reply("/who pings @everyone and <@&42>");
        assert!(!r.embed.title.contains("@everyone"), "{}", r.embed.title);
    }
}
