//! Text normalisation shared by the store's indexes and the question parser, so that an alias
//! written by a curator and the words a user types are reduced to the same form.

/// Splits text into lowercase words: letters and digits only, apostrophes dropped inside a word
/// (`what's` -> `whats`), everything else a separator (so `ux/ui` and `product-owner` split).
pub fn words(text: &str) -> Vec<String> {
    let mut buffer = String::new();
    split_words(text, &mut buffer).into_iter().map(str::to_owned).collect()
}

/// [`words`], written into `buffer` a space apart and borrowed from it: one copy of the text
/// holds every word of it (reading a message splits it into words first of all).
pub fn split_words<'b>(text: &str, buffer: &'b mut String) -> Vec<&'b str> {
    buffer.clear();
    // (room for the words of most texts at once: one a chat shortening lengthens or a letter
    // that lowercases longer takes a little more)
    buffer.reserve(text.len() + 8);
    let count = if text.is_ascii() { ascii_words_into(text, buffer) } else { words_into(text, buffer) };
    if count == 0 {
        return Vec::new();
    }
    let mut out = Vec::with_capacity(count);
    let mut start = 0;
    for (at, b) in buffer.bytes().enumerate() {
        if b == b' ' {
            out.push(&buffer[start..at]);
            start = at + 1;
        }
    }
    out.push(&buffer[start..]);
    out
}

/// Writes the words of `text` into `buffer` a space apart, as [`words`] finds them; how many
/// there are.
fn words_into(text: &str, buffer: &mut String) -> usize {
    let mut count = 0;
    // where the word being read starts in the buffer, while one is
    let mut word: Option<usize> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_alphanumeric() {
            if word.is_none() {
                word = Some(start_word(buffer, count));
            }
            if c.is_ascii() {
                buffer.push(c.to_ascii_lowercase());
            } else {
                buffer.extend(c.to_lowercase());
            }
        } else if matches!(c, '\'' | '’') && word.is_some() && chars.peek().is_some_and(|n| n.is_alphanumeric()) {
            // an apostrophe inside a word joins its halves
        } else if let Some(start) = word.take() {
            spell_out(buffer, start);
            count += 1;
        }
    }
    if let Some(start) = word {
        spell_out(buffer, start);
        count += 1;
    }
    count
}

/// [`words_into`] for text that is all ASCII, as most messages are: each word is found whole
/// and copied once.
fn ascii_words_into(text: &str, buffer: &mut String) -> usize {
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut at = 0;
    while at < bytes.len() {
        if !bytes[at].is_ascii_alphanumeric() {
            at += 1;
            continue;
        }
        let start = start_word(buffer, count);
        let mut run = at;
        loop {
            while bytes.get(at).is_some_and(u8::is_ascii_alphanumeric) {
                at += 1;
            }
            // an apostrophe inside a word joins its halves
            if bytes.get(at) == Some(&b'\'') && bytes.get(at + 1).is_some_and(u8::is_ascii_alphanumeric) {
                buffer.push_str(&text[run..at]);
                at += 1;
                run = at;
                continue;
            }
            break;
        }
        buffer.push_str(&text[run..at]);
        buffer[start..].make_ascii_lowercase();
        spell_out(buffer, start);
        count += 1;
    }
    count
}

/// Where a word about to be written into `buffer` starts, after a space when others are there.
fn start_word(buffer: &mut String, written: usize) -> usize {
    if written > 0 {
        buffer.push(' ');
    }
    buffer.len()
}

/// The word at the end of `buffer`, from `start`, as it is spelled out when chat shortens it:
/// "what do u call …", "who'd run it".
fn spell_out(buffer: &mut String, start: usize) {
    let meant = match &buffer[start..] {
        "u" => "you",
        // "who'd run it", "who'll decide": who asks all the same
        "whod" | "wholl" => "who",
        // "wht is a spike?": the usual slips of the thumb
        "wht" | "waht" | "whta" | "wt" => "what",
        // "product ops manager — wtf is that": a rude "what" is a "what"
        "wtf" | "wth" => "what",
        // ("@rolecall whatis delivery manager": the command's name typed as a word)
        "wahts" | "whts" | "whatis" => "whats",
        // "wots a TPM": "what" as it is said in British chat
        "wot" => "what",
        "wots" | "wats" => "whats",
        "diffrence" | "differnce" | "diference" | "difrence" | "diffrance" | "differance" => "difference",
        "diffrent" | "differnt" | "diferent" => "different",
        "seperates" | "seprates" => "separates",
        "seperate" => "separate",
        _ => return,
    };
    buffer.truncate(start);
    buffer.push_str(meant);
}

/// How many words [`words`] would find, without building them.
pub fn count_words(text: &str) -> usize {
    if text.is_ascii() {
        return count_ascii_words(text.as_bytes());
    }
    let mut count = 0;
    let mut in_word = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_alphanumeric() {
            if !in_word {
                count += 1;
                in_word = true;
            }
        } else if matches!(c, '\'' | '’') && in_word && chars.peek().is_some_and(|n| n.is_alphanumeric()) {
            // an apostrophe inside a word joins its halves
        } else {
            in_word = false;
        }
    }
    count
}

/// [`count_words`] of text that is all ASCII, byte by byte.
fn count_ascii_words(text: &[u8]) -> usize {
    let mut count = 0;
    let mut in_word = false;
    for (i, &c) in text.iter().enumerate() {
        if c.is_ascii_alphanumeric() {
            if !in_word {
                count += 1;
                in_word = true;
            }
        } else if c == b'\'' && in_word && text.get(i + 1).is_some_and(u8::is_ascii_alphanumeric) {
            // an apostrophe inside a word joins its halves
        } else {
            in_word = false;
        }
    }
    count
}

/// The form a word is indexed under: the discipline's name stands for its practitioner
/// ("product management" asks about the product manager).
pub fn canonical_word(word: &str) -> &str {
    match word {
        "management" | "managers" => "manager",
        "leadership" | "leaders" => "leader",
        "ownership" | "owners" => "owner",
        "programme" => "program",
        "prod" => "product",
        // title words as people shorten them
        "dir" => "director",
        "sr" | "snr" => "senior",
        "assoc" => "associate",
        "grp" => "group",
        "mktg" | "mkt" | "mkting" => "marketing",
        "mgr" | "mngr" | "mgmt" | "mgrs" | "mngrs" => "manager",
        "mstr" | "mastr" => "master",
        _ => word,
    }
}

/// A phrase reduced to its index key: canonical words joined by single spaces.
pub fn phrase_key(text: &str) -> String {
    words(text).iter().map(|w| canonical_word(w)).collect::<Vec<_>>().join(" ")
}

/// Edit distance with adjacent transpositions counted as one edit, giving up (returning
/// `None`) as soon as it must exceed `max`.
pub fn bounded_distance(a: &str, b: &str, max: usize) -> Option<usize> {
    // the characters on the stack: a word longer than the table is never within reach
    let mut a_chars = ['\0'; MOST_CHARS];
    let mut b_chars = ['\0'; MOST_CHARS];
    let a = chars_into(a, &mut a_chars)?;
    let b = chars_into(b, &mut b_chars)?;
    bounded_distance_chars(a, b, max)
}

/// The characters of `text` written into `buffer`; `None` when they do not fit.
fn chars_into<'b>(text: &str, buffer: &'b mut [char]) -> Option<&'b [char]> {
    let mut count = 0;
    for c in text.chars() {
        *buffer.get_mut(count)? = c;
        count += 1;
    }
    Some(&buffer[..count])
}

/// Most characters of a word that [`bounded_distance`] measures.
const MOST_CHARS: usize = 40;

/// [`bounded_distance`] over characters already split, with no allocation: the hot path of
/// typo correction. Words longer than 40 characters are never within reach.
pub fn bounded_distance_chars(a: &[char], b: &[char], max: usize) -> Option<usize> {
    const CAP: usize = MOST_CHARS;
    if a.len() > CAP || b.len() > CAP || a.len().abs_diff(b.len()) > max {
        return None;
    }
    let width = b.len() + 1;
    // three rows of the table, turned in place: the row before last, the last, the current
    let mut rows = [[0u8; CAP + 1]; 3];
    for (j, cell) in rows[1].iter_mut().enumerate() {
        *cell = j as u8;
    }
    let (mut before, mut previous, mut current) = (0, 1, 2);
    for i in 1..=a.len() {
        rows[current][0] = i as u8;
        let mut row_min = i;
        for j in 1..width {
            let cost = u8::from(a[i - 1] != b[j - 1]);
            let mut d = (rows[previous][j] + 1).min(rows[current][j - 1] + 1).min(rows[previous][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(rows[before][j - 2] + 1);
            }
            rows[current][j] = d;
            row_min = row_min.min(usize::from(d));
        }
        if row_min > max {
            return None;
        }
        (before, previous, current) = (previous, current, before);
    }
    let d = usize::from(rows[previous][b.len()]);
    (d <= max).then_some(d)
}

/// The words in a text as a reader counts them: runs of characters between spaces that hold a
/// letter (a step number or a bullet is not a word).
pub fn words_in(text: &str) -> usize {
    if text.is_ascii() {
        return ascii_words_in(text.as_bytes());
    }
    text.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count()
}

/// [`words_in`] of text that is all ASCII, byte by byte.
fn ascii_words_in(text: &[u8]) -> usize {
    let mut count = 0;
    let mut lettered = false;
    for &b in text {
        // the ASCII characters `char::is_whitespace` takes
        if matches!(b, b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | b' ') {
            count += usize::from(lettered);
            lettered = false;
        } else if b.is_ascii_alphabetic() {
            lettered = true;
        }
    }
    count + usize::from(lettered)
}

/// The longest prefix of `text` with at most `max` characters (never splitting one).
pub fn prefix(text: &str, max: usize) -> &str {
    // (a text of no more bytes than that has no more characters either)
    if text.len() <= max {
        return text;
    }
    match text.char_indices().nth(max) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

/// `text` cut to at most `max` characters, ending with an ellipsis when cut.
pub fn clip(text: &str, max: usize) -> String {
    let kept = prefix(text, max);
    if kept.len() == text.len() {
        return text.to_owned();
    }
    let mut out = prefix(kept, max.saturating_sub(1)).to_owned();
    out.push('…');
    out
}

/// Hex (either case) to bytes; `None` when it is not hex.
pub fn decode_hex(hex: &str) -> Option<Vec<u8>> {
    if hex.len() % 2 != 0 {
        return None;
    }
    (0..hex.len()).step_by(2).map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok()).collect()
}

/// How many typing mistakes a word of this length may carry and still be recognised:
/// none in short words, where one edit makes another real word.
pub fn typo_allowance(len: usize) -> usize {
    match len {
        0..=4 => 0,
        5..=7 => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_on_punctuation_and_keep_contractions() {
        let table: &[(&str, &[&str])] = &[
            ("What's a PO?", &["whats", "a", "po"]),
            ("product-owner", &["product", "owner"]),
            ("UX/UI designer", &["ux", "ui", "designer"]),
            ("  ", &[]),
            ("'quoted' words", &["quoted", "words"]),
            ("Ünïcode ROLE", &["ünïcode", "role"]),
            // chat shortenings and slips read as the word meant
            ("wht is u", &["what", "is", "you"]),
            ("what seperates them", &["what", "separates", "them"]),
        ];
        for (input, expected) in table {
            assert_eq!(words(input), *expected, "input {input:?}");
        }
    }

    #[test]
    fn counting_words_agrees_with_splitting_them() {
        for text in ["What's a PO?", "product-owner", "  ", "'quoted' words", "it's  a  ü-test", "don't'"] {
            assert_eq!(count_words(text), words(text).len(), "{text:?}");
        }
    }

    #[test]
    fn phrase_keys_fold_disciplines_into_roles() {
        assert_eq!(phrase_key("Product Management"), "product manager");
        assert_eq!(phrase_key("product-leadership"), "product leader");
        assert_eq!(phrase_key("Programme Manager"), "program manager");
        assert_eq!(phrase_key("Sr. Product Manager"), "senior product manager");
        assert_eq!(phrase_key("dir of product"), "director of product");
    }

    #[test]
    fn distance_counts_transpositions_once_and_stops_early() {
        let table = [
            ("prodcut", "product", 2, Some(1)),
            ("projct", "project", 2, Some(1)),
            ("principle", "principal", 2, Some(2)),
            ("busines", "business", 1, Some(1)),
            ("runner", "manager", 1, None),
            ("abc", "abc", 0, Some(0)),
            ("kitten", "sitting", 2, None),
        ];
        for (a, b, max, expected) in table {
            assert_eq!(bounded_distance(a, b, max), expected, "{a} vs {b}");
        }
    }
}
