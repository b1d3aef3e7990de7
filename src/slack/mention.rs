//! The bot's own mention in message text: `<@UBOT>`, or `<@UBOT|name>` from older clients.

/// The text without the bot's mentions, with runs of whitespace made single spaces.
pub fn strip(text: &str, bot: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((at, len)) = find(rest, bot) {
        out.push_str(&rest[..at]);
        out.push(' ');
        rest = &rest[at + len..];
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether the text mentions the bot.
pub fn mentions(text: &str, bot: &str) -> bool {
    find(text, bot).is_some()
}

/// Where the first mention of `bot` starts, and its length.
fn find(text: &str, bot: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(found) = text[from..].find("<@") {
        let at = from + found;
        let inner = &text[at + 2..];
        if let Some(after) = inner.strip_prefix(bot) {
            // `<@UBOT2>` is someone else
            if after.starts_with('>') {
                return Some((at, 2 + bot.len() + 1));
            }
            if after.starts_with('|') {
                if let Some(close) = after.find('>') {
                    return Some((at, 2 + bot.len() + close + 1));
                }
            }
        }
        from = at + 2;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_bots_own_mentions_are_removed() {
        let table = [
            ("<@UBOT> what is a po?", "what is a po?"),
            ("hey <@UBOT|rolecall>, pm vs po", "hey , pm vs po"),
            ("what is a po <@UBOT>", "what is a po"),
            ("<@UBOT2> is <@U1> a po? <@UBOT>", "<@UBOT2> is <@U1> a po?"),
            ("no mention at all", "no mention at all"),
            ("broken <@UBOT|name", "broken <@UBOT|name"),
        ];
        for (text, stripped) in table {
            assert_eq!(strip(text, "UBOT"), stripped, "{text}");
        }
        assert!(mentions("hi <@UBOT>", "UBOT"));
        assert!(!mentions("hi <@UBOT2> and <@U1>", "UBOT"));
    }
}
