//! What is left of a message before the bot keeps it: no user or channel mentions, e-mail
//! addresses, links or long runs of digits (phone numbers, account and ticket numbers), so a
//! kept question says what was asked and not who asked it.

/// Fewest digits in a run (separators such as `-`, `.` and spaces aside) that is removed.
pub const LONG_DIGITS: usize = 5;

/// `text` with mentions, addresses, links and long digit runs taken out, and its spaces
/// collapsed.
pub fn redact(text: &str) -> String {
    let without_markup = drop_angle_tokens(text);
    let mut kept: Vec<&str> = Vec::new();
    // digit-only words waiting to see whether they add up to a long run
    let mut digits: Vec<&str> = Vec::new();
    let mut run = 0;
    for word in without_markup.split_whitespace() {
        if is_numeric(word) {
            digits.push(word);
            run += digit_count(word);
            continue;
        }
        if run < LONG_DIGITS {
            kept.append(&mut digits);
        }
        digits.clear();
        run = 0;
        if !is_private(word) {
            kept.push(word);
        }
    }
    if run < LONG_DIGITS {
        kept.append(&mut digits);
    }
    kept.join(" ")
}

/// Removes the `<...>` tokens both platforms use for mentions, channels and links (`<@U123>`,
/// `<#C1|general>`, `<!here>`, `<https://…|label>`, `<@!123>`, `<:emoji:1>`); other angle
/// brackets stay.
fn drop_angle_tokens(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let inner = &rest[open + 1..];
        match inner.find('>') {
            Some(close) if is_markup(&inner[..close]) => {
                out.push(' ');
                rest = &inner[close + 1..];
            }
            _ => {
                out.push('<');
                rest = inner;
            }
        }
    }
    out.push_str(rest);
    out
}

fn is_markup(inner: &str) -> bool {
    let starts = ["@", "#", "!", ":", "a:", "t:", "http://", "https://", "mailto:", "tel:"];
    starts.iter().any(|s| inner.starts_with(s)) || inner.contains("://")
}

/// A word that names a person, an address or a link on its own: `@alice`, `bob@example.com`,
/// `https://…`, `www.…`.
fn is_private(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    word.contains('@') || lower.contains("://") || lower.starts_with("www.") || digit_count(word) >= LONG_DIGITS
}

/// A word of digits and the separators of phone and account numbers only.
fn is_numeric(word: &str) -> bool {
    let core = word.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '?' | '!'));
    !core.is_empty()
        && core.chars().any(|c| c.is_ascii_digit())
        && core.chars().all(|c| c.is_ascii_digit() || matches!(c, '-' | '.' | '(' | ')' | '+' | '/'))
}

fn digit_count(word: &str) -> usize {
    word.chars().filter(char::is_ascii_digit).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_addresses_links_and_long_numbers_are_removed() {
        let table = [
            ("<@U02ABCDEF> what does a pm do?", "what does a pm do?"),
            ("hey <@!1234567> and <@&99> in <#C01|general>: what's a PO?", "hey and in : what's a PO?"),
            ("ask @maria or maria.lopez@example.com about it", "ask or about it"),
            ("see <https://wiki.example.com/pm|our wiki page> or https://x.io/a?b=1", "see or"),
            ("www.example.com says the BA writes specs", "says the BA writes specs"),
            ("call me on 555 123 4567 or +44 (20) 7946-0958", "call me on or"),
            ("ticket PROJ-123456 is stuck", "ticket is stuck"),
            (":wave: <!here> who owns the roadmap", ":wave: who owns the roadmap"),
        ];
        for (text, kept) in table {
            assert_eq!(redact(text), kept, "{text}");
        }
    }

    #[test]
    fn ordinary_numbers_and_brackets_stay() {
        let table = [
            ("a team of 12 on 3 squads, who plans Q3 2025?", "a team of 12 on 3 squads, who plans Q3 2025?"),
            ("is a PO <= a PM?", "is a PO <= a PM?"),
            ("  spaced   out  ", "spaced out"),
        ];
        for (text, kept) in table {
            assert_eq!(redact(text), kept, "{text}");
        }
    }
}
