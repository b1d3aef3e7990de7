//! Chat markup removed before a message is read: quoted lines (someone else's words), user,
//! channel and group mentions (`<@U123>`, `<#C1|general>`, `<!here>`, `@rolecall`), links (the
//! label of a Slack link is kept), and emoji shortcodes (`:thinking_face:`). Formatting marks
//! (`*bold*`, `` `code` ``, `_it_`) need nothing: word splitting treats them as spaces.

/// Whether a character must never reach an answer that echoes the question: a control
/// character, or an invisible mark that reorders text (bidirectional overrides and isolates).
fn unseen(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A quoted line that runs on into a question with no mark between them, with a full stop
/// put where the question opens: the last word that opens a question ("what", "how", "wait",
/// "sorry" …) after a few words of quote, when the line ends asking and has no mark before.
fn quote_then_question(line: &str) -> Option<String> {
    const OPENS: &[&str] = &[
        "what", "whats", "what's", "how", "hows", "how's", "why", "which", "who", "whos", "who's", "wait", "sorry",
        "hmm", "um", "uh",
    ];
    let body = line.trim_end();
    if !body.ends_with('?') {
        return None;
    }
    let words: Vec<(usize, &str)> = body
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let opens = |w: &str| OPENS.iter().any(|o| w.eq_ignore_ascii_case(o));
    let (mut k, _) = words.iter().enumerate().skip(4).rev().find(|(_, (_, w))| opens(w))?;
    // ("… friday sorry what's a …": the words that lead into the question go with it)
    while k > 4 && (opens(words[k - 1].1) || matches!(words[k - 1].1, "ok" | "okay" | "so")) {
        k -= 1;
    }
    let at = words[k].0;
    // (a mark already parts them, or the word goes on from the one before: "decide what to build")
    let before = words[k - 1].1;
    let marked = words[..k].iter().any(|(_, w)| w.ends_with(['.', '?', '!', ',', ';', ':']));
    let joined = matches!(
        before.to_ascii_lowercase().as_str(),
        "and"
            | "or"
            | "so"
            | "but"
            | "know"
            | "decide"
            | "decides"
            | "see"
            | "is"
            | "of"
            | "about"
            | "on"
            | "wonder"
            | "asks"
            | "asked"
            | "ask"
    );
    (!marked && !joined).then(|| format!("{}. {}", body[..at].trim_end(), &body[at..]))
}

/// The text of a message without its markup, control characters (a tab or a carriage return
/// reads as a space) or text-reordering marks.
pub fn clean(text: &str) -> String {
    // (an unseen character is a control character or beyond ASCII)
    let maybe_unseen = text.bytes().any(|b| (b.is_ascii_control() && b != b'\n') || !b.is_ascii());
    // ("¿qué roles conoces?": the mark that opens a Spanish question says nothing the closing
    // one does not, and would hide the word after it)
    let opening_mark = |c: char| matches!(c, '¿' | '¡');
    if maybe_unseen && text.contains(|c: char| unseen(c) || opening_mark(c)) {
        let seen: String = text
            .chars()
            .filter_map(|c| {
                if opening_mark(c) {
                    None
                } else if !unseen(c) {
                    Some(c)
                } else if c.is_control() {
                    Some(' ')
                } else {
                    None
                }
            })
            .collect();
        return clean(&seen);
    }
    if let Some(joined) = initials(text).or_else(|| spelled(text)) {
        return clean(&joined);
    }
    // most messages carry no markup at all
    let markup = |b: u8| matches!(b, b'<' | b'>' | b'@' | b':' | b'/' | b'\n' | b'#');
    if !text.bytes().any(markup) && !text.contains("www.") {
        return text.to_owned();
    }
    let lines: Vec<&str> = text.lines().collect();
    let quoted = |line: &&str| line.trim_start().starts_with('>') || line.trim_start().starts_with("&gt;");
    // a message that is all quote is the question itself (someone pasted it)
    let kept: Vec<&str> =
        if lines.iter().all(quoted) { lines } else { lines.into_iter().filter(|l| !quoted(l)).collect() };
    // ("> our CPO wants the deck before board what does a CPO do?": a quote and the question
    // after it on one line, their break lost, part where the question opens)
    let parted = match kept.as_slice() {
        [line] if quoted(line) => quote_then_question(line),
        _ => None,
    };
    let kept = match &parted {
        Some(parted) => vec![parted.as_str()],
        None => kept,
    };
    let mut out = String::with_capacity(text.len());
    for line in kept {
        let mut cleaned = String::with_capacity(line.len());
        push_line(&mut cleaned, line.trim_start().trim_start_matches('>'));
        let cleaned = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
        if cleaned.is_empty() {
            continue;
        }
        // lines stay lines: a line break ends a clause
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&cleaned);
    }
    out
}

/// The name that stands in for a person mentioned as the subject of a question.
const SOMEONE: &str = "Someone";

/// Whether the line so far is a verb that opens a question about whoever is mentioned next:
/// "is <@U123> still our PO?", "did <@U456> leave?".
fn asks_of_someone(out: &str) -> bool {
    let line = out.rsplit('\n').next().unwrap_or_default().trim();
    // ("does anyone know if <@U789> is the hiring manager?": whoever "if" asks about)
    let last = line.rsplit(char::is_whitespace).next().unwrap_or_default();
    ["is", "was", "does", "did", "has", "will", "isnt", "wasnt"].iter().any(|verb| line.eq_ignore_ascii_case(verb))
        || (line.len() > last.len() && ["if", "whether"].iter().any(|word| last.eq_ignore_ascii_case(word)))
}

/// Whether the line so far ends by using whoever is mentioned next: "how do I use <@U123>?".
fn uses(out: &str) -> bool {
    let last = out.rsplit('\n').next().unwrap_or_default().split_whitespace().next_back();
    last.is_some_and(|word| word.eq_ignore_ascii_case("use") || word.eq_ignore_ascii_case("using"))
}

/// Whether the line so far ends by seeing whoever is mentioned next, and what follows speaks of
/// it as a thing: "first time seeing <@U123> here — what does it do?" is the bot.
fn seen_as_a_thing(out: &str, after: &str) -> bool {
    let last = out.rsplit('\n').next().unwrap_or_default().split_whitespace().next_back();
    last.is_some_and(|word| {
        ["seeing", "saw", "see", "noticed", "spotted"].iter().any(|verb| word.eq_ignore_ascii_case(verb))
    }) && after.split('\n').next().unwrap_or_default().split(|c: char| !c.is_alphanumeric()).any(|w| w == "it")
}

/// Appends a line without its mentions, links and shortcodes.
fn push_line(out: &mut String, line: &str) {
    let mut rest = line;
    while !rest.is_empty() {
        if let Some(inner) = rest.strip_prefix('<') {
            if let Some(end) = inner.find('>') {
                let (tag, after) = (&inner[..end], &inner[end + 1..]);
                // a Slack link keeps its label; mentions and bare links go
                if tag.starts_with("http") || tag.starts_with("mailto:") {
                    if let Some((_, label)) = tag.split_once('|') {
                        out.push_str(label);
                    }
                } else if tag.starts_with('@') && (uses(out) || seen_as_a_thing(out, after)) {
                    // "how do I use <@U123>?": whoever is used is the bot
                    out.push_str("rolecall");
                } else if tag.starts_with('@') && asks_of_someone(out) {
                    // "is <@U123> still our PO?" asks about a person: a name stands in for them
                    out.push_str(SOMEONE);
                } else if !(tag.starts_with('@') || tag.starts_with('#') || tag.starts_with('!')) {
                    out.push('<');
                    out.push_str(tag);
                    out.push('>');
                }
                out.push(' ');
                rest = after;
                continue;
            }
        }
        let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let (word, after) = rest.split_at(word_end);
        let named = word.trim_end_matches(|c: char| ",.;!?)".contains(c));
        // ("hey @rolecall, …" addresses it)
        const OF_IT: &[&str] = &[
            "use", "using", "ask", "asking", "tag", "tagging", "mention", "does", "do", "is", "can", "will", "about",
            "with",
        ];
        let of_it = || {
            let said_before = out.rsplit('\n').next().unwrap_or_default().split_whitespace().next_back();
            said_before.is_some_and(|before| OF_IT.iter().any(|verb| before.eq_ignore_ascii_case(verb)))
        };
        // ("I've just noticed @rolecall has been added": the bot told of, inside a sentence)
        let told_of = |after: &str| {
            after.split_whitespace().next().is_some_and(|next| {
                ["has", "was", "got", "seems", "just", "joined"].iter().any(|v| next.eq_ignore_ascii_case(v))
            })
        };
        // ("what is @ProductBot?": a handle that says it is a bot)
        let a_bot = named.len() > 4 && named.starts_with('@') && named[1..].to_ascii_lowercase().ends_with("bot");
        // ("@pmbot what do you do?": a bot's handle that opens a line is the "you" the line
        // asks of)
        let opens = || out.rsplit('\n').next().is_some_and(|line| line.trim().is_empty());
        let of_you = || {
            let line = after.split('\n').next().unwrap_or_default();
            line.split(|c: char| !c.is_alphanumeric())
                .any(|w| ["you", "u", "your"].iter().any(|y| w.eq_ignore_ascii_case(y)))
        };
        if a_bot && opens() && of_you() {
            out.push_str("rolecall");
            out.push_str(&word[named.len()..]);
        } else if (named.eq_ignore_ascii_case("@rolecall") || a_bot) && (of_it() || (!opens() && told_of(after))) {
            // "how do I use @rolecall?": the bot named inside a sentence is a word of it
            out.push_str("rolecall");
            out.push_str(&word[named.len()..]);
        } else if !is_markup(word) {
            out.push_str(word);
        } else if is_shortcodes(word) && !after.trim().is_empty() && out.trim_end().ends_with(char::is_alphanumeric) {
            // an emoji between words ends a sentence: "building an org chart :memo: who do
            // GPMs report to?"
            out.truncate(out.trim_end().len());
            out.push('.');
        }
        match after.chars().next() {
            Some(space) => {
                out.push(' ');
                rest = &after[space.len_utf8()..];
            }
            None => rest = after,
        }
    }
}

/// The text with initials written with dots as one word ("p.o." and "V.P." read as "po" and
/// "VP"); `None` when it has none. A time ("3 p.m.") stays as written.
fn initials(text: &str) -> Option<String> {
    let dotted = |w: &[u8]| w[0].is_ascii_alphabetic() && w[1] == b'.' && w[2].is_ascii_alphabetic();
    if !text.as_bytes().windows(3).any(dotted) {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let letter = |j: usize| chars.get(j).is_some_and(|c| c.is_alphabetic());
    let word_char = |j: usize| chars.get(j).is_some_and(|c| c.is_alphanumeric());
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let starts_word = i == 0 || !(word_char(i - 1) || chars[i - 1] == '.');
        let mut end = i;
        while starts_word && letter(end) && chars.get(end + 1) == Some(&'.') {
            end += 2;
        }
        // "p.o" without the last dot
        if end > i && letter(end) && !word_char(end + 1) {
            end += 1;
        }
        let after_number = out.trim_end().ends_with(|c: char| c.is_ascii_digit());
        if end >= i + 3 && !word_char(end) && !after_number {
            out.extend(chars[i..end].iter().filter(|c| c.is_alphabetic()));
            i = end;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    (out.len() != text.len()).then_some(out)
}

/// Letters as a voice typing tool writes them when they are said one by one: "pee em" for "PM".
/// Only a run with a name that is no English word (pee, bee, dee, tee, vee) is read as letters.
const LETTER_NAMES: &[(&str, char)] = &[
    ("ay", 'A'),
    ("bee", 'B'),
    ("see", 'C'),
    ("dee", 'D'),
    ("ee", 'E'),
    ("em", 'M'),
    ("oh", 'O'),
    ("pee", 'P'),
    ("are", 'R'),
    ("ess", 'S'),
    ("tee", 'T'),
    ("vee", 'V'),
];

/// The text with letters said one by one written as one word ("B A" and "pee em" read as "BA"
/// and "PM"; "pee ems" as "PMs"); `None` when it has none.
fn spelled(text: &str) -> Option<String> {
    // (most messages have neither two capitals alone in a row nor a letter's name)
    let bytes = text.as_bytes();
    let letters = |w: &[u8]| {
        (w[1] == b' ' && w[0].is_ascii_uppercase() && w[2].is_ascii_uppercase() && !w[3].is_ascii_alphanumeric())
            || (&w[1..] == b"ee " && matches!(w[0] | 0x20, b'p' | b'b' | b'd' | b't' | b'v'))
    };
    // (the last letters, closed by the end of the text)
    let n = bytes.len();
    let last = n >= 3 && letters(&[bytes[n - 3], bytes[n - 2], bytes[n - 1], b' ']);
    if !(last || bytes.windows(4).any(letters)) {
        return None;
    }
    let tokens: Vec<&str> = text.split(' ').collect();
    // each word as the letter it stands for, with the letters closing it ("ems" is "M" and "s")
    let letter = |token: &str| -> Option<(char, &'static str)> {
        if token.len() == 1 && token.as_bytes()[0].is_ascii_uppercase() {
            return Some((token.as_bytes()[0] as char, ""));
        }
        let lower = token.to_ascii_lowercase();
        let named = |name: &str| LETTER_NAMES.iter().find(|(n, _)| *n == name).map(|&(_, c)| c);
        named(&lower).map(|c| (c, "")).or_else(|| lower.strip_suffix('s').and_then(named).map(|c| (c, "s")))
    };
    let unmistakable = |token: &str| {
        let lower = token.trim_end_matches('s').to_ascii_lowercase();
        ["pee", "bee", "dee", "tee", "vee"].contains(&lower.as_str())
    };
    let mut out: Vec<String> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let mut end = i;
        let mut word = String::new();
        let mut closing = "";
        // (a mark or a plural closes the run)
        while let Some(token) = tokens.get(end) {
            let bare = core(token);
            // ("B A I think": "I" that goes on to speak is the speaker)
            let speaks = bare == "I" && bare.len() == token.len() && end + 1 < tokens.len() && word.len() < 3;
            let Some((c, plural)) = letter(bare).filter(|_| !speaks) else { break };
            word.push(c);
            end += 1;
            if bare.len() < token.len() || !plural.is_empty() {
                closing = &token[bare.len() - plural.len()..];
                break;
            }
        }
        let capitals = tokens[i..end].iter().all(|t| core(t).len() == 1);
        let said = tokens[i..end].iter().any(|t| unmistakable(core(t)));
        // ("I" in a run of two is the speaker: "so I A/B tested it")
        if end >= i + 2 && (capitals || said) && !tokens[i..end].iter().any(|t| core(t) == "I" && end - i < 3) {
            out.push(word + closing);
            i = end;
        } else {
            out.push(tokens[i].to_owned());
            i += 1;
        }
    }
    let joined = out.join(" ");
    (joined != text).then_some(joined)
}

/// Whether a word is markup: a link, an `@mention`, or a run of `:shortcodes:`.
fn is_markup(word: &str) -> bool {
    let trimmed = word.trim_end_matches(|c: char| ",.;!?)".contains(c));
    trimmed.starts_with("http://")
        || trimmed.starts_with("https://")
        || trimmed.starts_with("www.")
        || (trimmed.starts_with('@') && trimmed.len() > 1)
        // a channel named in plain text: "added it to #product-leaders" ("#1 priority" stays)
        || trimmed.strip_prefix('#').is_some_and(|name| name.starts_with(|c: char| c.is_ascii_alphabetic()))
        || is_shortcodes(trimmed)
}

/// `:smile:` or `:+1::tada:`.
fn is_shortcodes(word: &str) -> bool {
    word.len() > 2
        && word.starts_with(':')
        && word.ends_with(':')
        && word.split(':').all(|code| code.chars().all(|c| c.is_ascii_alphanumeric() || "_+-".contains(c)))
}

/// Words said at the end of a clause for tone alone, as people in Singapore and Malaysia say
/// them: "PO do what one lah?", "spike is what ah?".
const PARTICLES: &[&str] = &["lah", "leh", "lor", "meh", "hor", "liao", "ah"];

/// Doing words after which a last "one" only closes the question: "who own one?", "this bot do
/// what one?".
const BEFORE_ONE: &[&str] = &[
    "do", "does", "did", "own", "owns", "handle", "handles", "run", "runs", "lead", "leads", "decide", "decides",
    "cover", "covers", "write", "writes", "what", "who",
];

/// A word without the marks that close it.
fn core(token: &str) -> &str {
    token.trim_end_matches(['?', '.', '!', ','])
}

/// What a role or person is said to have: "who job" is "whose job".
const HELD: &[&str] = &["job", "jobs", "responsibility", "task", "duty", "role"];

/// Words of Tagalog that people in the Philippines mix into English at work ("Taglish"): the
/// English each stands for, or "" for a word said for tone ("po", "naman") or one English needs
/// no word for ("ng": "of").
const TAGALOG: &[(&str, &str)] = &[
    ("sino", "who"),
    ("sinong", "which"),
    // "vp of product ba ay people manager?": "ay" links a thing to what it is
    ("ay", "is"),
    // "sino may charger?": who has one
    ("may", "has"),
    ("ano-anong", "which"),
    ("ano-ano", "which"),
    ("pareho", "same"),
    ("parehas", "same"),
    ("sila", "they"),
    ("magiging", "become"),
    ("ma-promote", "get promoted"),
    ("mapromote", "get promoted"),
    ("kaya", "can"),
    ("mong", "you"),
    ("sa", "in"),
    ("dito", "here"),
    ("pero", "but"),
    ("hindi", "not"),
    ("yan", "that"),
    ("ito", "this"),
    ("ko", ""),
    ("ano", "what"),
    ("anong", "what"),
    ("pano", "how"),
    ("paano", "how"),
    ("papaano", "how"),
    ("pinagkaiba", "difference"),
    ("pagkakaiba", "difference"),
    ("kaibahan", "difference"),
    ("kaibhan", "difference"),
    ("nagkakaiba", "differ"),
    ("magkaiba", "different"),
    ("magkakaiba", "different"),
    ("maging", "become"),
    ("mag", "become"),
    ("dapat", "should"),
    ("yun", "that"),
    ("lumipat", "move"),
    ("makalipat", "move"),
    ("makakalipat", "move"),
    ("ginagawa", "does"),
    ("gumagawa", "does"),
    ("gumagana", "work"),
    ("sabihin", "meaning"),
    ("gamitin", "use"),
    ("lahat", "all"),
    ("pwede", "can"),
    ("kailangan", "need"),
    ("ka", "you"),
    ("mo", "you"),
    ("trabaho", "job"),
    ("yung", "the"),
    ("ang", "the"),
    ("at", "and"),
    ("ako", "I"),
    ("ng", ""),
    ("ibig", ""),
    ("naiiba", "differ"),
    ("nagsa", ""),
    ("nag", ""),
    ("itanong", "I ask"),
    ("kinocompute", "computed"),
    ("pa-explain", "please explain"),
    ("pag", "when"),
    ("tapos", "done"),
    ("siya", "it"),
    ("sa'yo", "you"),
    ("sayo", "you"),
    ("po", ""),
    ("ba", ""),
    ("naman", ""),
    ("lang", ""),
    ("daw", ""),
    ("nga", ""),
    ("talaga", ""),
    ("kasi", ""),
];

/// Words of French that people in Canada, France or Belgium mix into English at work, as
/// [`TAGALOG`]: "c'est quoi un PO?", "la liste svp". ("quel", "différence" and "entre", which
/// no English word is, are read in any message by `cues::foreign_question_word`.)
const FRENCH: &[(&str, &str)] = &[
    ("qui", "who"),
    ("quoi", "what is"),
    ("exactement", "exactly"),
    ("vraiment", "really"),
    ("concrètement", "actually"),
    ("c'est", ""),
    ("c", ""),
    ("qu'est-ce", "what is"),
    ("que", ""),
    ("qu'un", "a"),
    ("qu'une", "a"),
    ("comment", "how"),
    ("quels", "which"),
    ("quelles", "which"),
    ("devenir", "become"),
    ("passer", "move to"),
    ("fait", "does"),
    ("ce", "this"),
    ("font", "do"),
    ("gère", "manages"),
    ("écrit", "writes"),
    ("rôle", "role"),
    ("rôles", "roles"),
    ("liste", "list"),
    ("définition", "definition"),
    ("et", "and"),
    ("ou", "or"),
    ("le", "the"),
    ("la", "the"),
    ("les", "the"),
    ("un", "a"),
    ("une", "a"),
    ("d'un", "of a"),
    ("d'une", "of a"),
    ("de", "of"),
    ("du", "of the"),
    ("des", "of the"),
    ("je", "I"),
    ("suis", "am"),
    ("est", "is"),
    ("pour", "for"),
    ("ça", "it"),
    ("marche", "works"),
    ("svp", ""),
    ("merci", ""),
];

/// Words of Swahili and Sheng that people in Kenya and Tanzania mix into English at work, as
/// [`TAGALOG`]: "PO ni nini?", "nataka kuwa BA".
const SWAHILI: &[(&str, &str)] = &[
    ("nini", "what"),
    ("ni", "is"),
    ("nani", "who"),
    // ("PO ni role gani?": what role the PO is)
    ("gani", "what"),
    ("kwa", "in"),
    ("aje", "how"),
    ("vipi", "how"),
    ("kuwa", "become"),
    ("nataka", "I want to"),
    ("niko", "I'm"),
    ("hufanya", "does"),
    ("anafanya", "does"),
    ("inamaanisha", "means"),
    ("haswa", "exactly"),
    ("wewe", "you"),
    ("na", "and"),
    ("ama", "or"),
    ("hii", "this"),
    ("inafanya", "does"),
    ("maana", "meaning"),
    ("ya", "of"),
    ("kazi", "job"),
    ("tofauti", "difference"),
    ("kweli", "really"),
    ("unaweza", "can you"),
    ("kuna", "there is"),
    ("mtu", "someone"),
    ("tafadhali", ""),
    // ("asante sana for the help yesterday": thanks, said in Swahili)
    ("asante", "thanks"),
    ("sana", ""),
    ("kwani", ""),
    ("sasa", ""),
    ("niaje", ""),
];

/// Words of Hebrew, written in Latin letters, that people in Israel mix into English at work,
/// as [`TAGALOG`]: "ma ze PRD?".
const HEBREW: &[(&str, &str)] = &[
    ("ma", "what"),
    ("ze", "is"),
    ("zot", "is"),
    ("mi", "who"),
    ("eich", "how"),
    ("yalla", ""),
    ("sababa", ""),
    ("achla", ""),
    ("beseder", ""),
    ("toda", ""),
];

/// Words of Vietnamese that people in Vietnam mix into English at work, as [`TAGALOG`]: "PO là
/// gì ạ?" ("PO is what?"), "PO với PM khác gì nhau?" ("PO and PM different what?"). ("em" is "I"
/// unless a word joins it to another: "em là BA"; "em với pm" may name an engineering manager.)
const VIETNAMESE: &[(&str, &str)] = &[
    ("là", "is"),
    ("gì", "what"),
    ("khác", "different"),
    ("nhau", ""),
    ("với", "and"),
    ("và", "and"),
    ("ai", "who"),
    ("làm", "does"),
    ("ạ", ""),
    ("ơi", ""),
    ("nhé", ""),
    ("vậy", ""),
    ("hả", ""),
    ("thì", ""),
    ("em", "I"),
    ("anh", ""),
    ("chị", ""),
    ("muốn", "want to"),
    ("chuyển", "move"),
    ("sang", "to"),
    ("qua", "to"),
    ("lên", "move up to"),
    ("thành", "become"),
    ("đang", "currently"),
    ("cần", "need"),
    ("hỏi", "ask"),
    ("cho", ""),
    ("nghĩa", "means"),
    ("sao", "how"),
    ("thế", "how"),
    ("như", ""),
    ("nào", "which"),
    ("những", ""),
    ("các", ""),
    ("của", "of"),
    ("trong", "in"),
    ("hay", "or"),
    ("hoặc", "or"),
    ("được", "can"),
    ("không", ""),
    ("ko", ""),
    ("để", "to"),
    ("trở", ""),
    ("mọi", ""),
    ("người", ""),
    ("việc", "work"),
    ("viết", "writes"),
    ("quyết", ""),
    ("định", "decides"),
    ("quản", ""),
    ("lý", "manages"),
    ("phụ", ""),
    ("trách", "owns"),
    ("chịu", ""),
    ("nhiệm", "responsible"),
    ("danh", ""),
    ("sách", "list"),
    ("dùng", "use"),
    ("hiện", "currently"),
    ("thấy", "see"),
    ("biết", "know"),
    ("này", "this"),
    ("gõ", "type"),
    ("cách", "how"),
    ("dẫn", "help"),
    ("hướng", ""),
    ("nữa", ""),
    ("rồi", ""),
];

/// Words of Turkish that people in Turkey mix into English at work, as [`TAGALOG`]: "APM nedir?"
/// ("APM what is?"), "PM ile PO arasında ne fark var?" ("PM and PO between what difference?").
/// An English word with a Turkish ending after an apostrophe reads as the word with the English
/// the ending says ([`TURKISH_ENDINGS`]).
const TURKISH: &[(&str, &str)] = &[
    ("ne", "what"),
    ("nedir", "what is"),
    ("kim", "who"),
    ("kimin", "whose"),
    ("nasıl", "how"),
    ("mi", ""),
    ("mı", ""),
    ("mu", ""),
    ("mü", ""),
    ("ile", "and"),
    ("ve", "and"),
    ("fark", "difference"),
    ("farkı", "difference"),
    ("farklı", "different"),
    ("var", ""),
    ("yapar", "does"),
    ("yapıyo", "does"),
    ("yapıyor", "does"),
    ("iş", "job"),
    ("işi", "job"),
    ("hocam", ""),
    ("abi", ""),
    ("arkadaşlar", ""),
    ("selam", ""),
    ("ya", ""),
    ("yani", ""),
    ("bi", ""),
    ("bu", "this"),
    ("açıkçası", ""),
    ("gibi", ""),
    ("sadece", "just"),
    ("tam", "exactly"),
    ("bizde", ""),
    ("diye", ""),
    ("varmış", ""),
    ("falan", ""),
    ("sanki", ""),
    ("olmak", "become"),
    ("olunur", "become"),
    ("olur", ""),
    ("olarak", "as"),
    ("istiyorum", "want to"),
    ("istiyom", "want to"),
    ("arasında", "between"),
    ("arasındaki", "between"),
    ("hangi", "which"),
    ("hangisi", "which"),
    ("rol", "role"),
    ("rolü", "role"),
    ("rolünü", "role"),
    // ("brand manager'ın işi ne oluyor?", "… geçiş nasıl olur?", "RAID log kim tutar?")
    ("rolün", "role"),
    ("oluyor", "is"),
    ("neler", "what are"),
    ("sorumlulukları", "responsibilities"),
    ("sorumluluğunda", "responsibility"),
    ("sorumlu", "responsible"),
    ("geçiş", "move"),
    ("geçmek", "move"),
    ("geçerim", "move"),
    ("geçsem", "move"),
    ("girilir", "get into"),
    ("yükselmek", "move up"),
    ("için", "to"),
    ("lazım", "need"),
    ("gerekir", "need"),
    ("yürütür", "runs"),
    ("tutar", "keeps"),
    ("sağlar", "ensures"),
    ("koordine", "coordinate"),
    ("etmek", ""),
    ("yöneten", "manages"),
    ("demek", "means"),
    ("sen", "you"),
    ("müşterilerle", "with customers"),
    ("görüşmelerini", "interviews"),
    ("rolleri", "roles"),
    // ("hangi rolleri biliyorsun?": which roles do you know)
    ("biliyorsun", "do you know"),
    ("biliyor", "knows"),
    ("listele", "list"),
    ("roller", "roles"),
    ("gerek", "need"),
    ("yeni", "new"),
    ("geçilir", "move"),
    ("yazar", "writes"),
    ("yazıyo", "writes"),
    ("yönetir", "manages"),
    ("yönetiyo", "manages"),
    ("karar", "decides"),
    ("verir", ""),
    ("aynı", "same"),
    ("ayni", "same"),
    ("şey", "thing"),
    ("sey", "thing"),
    ("ikisi", "both"),
    ("yoksa", "or"),
    ("değil", "not"),
    ("kişi", "person"),
    ("ben", "I"),
    ("benim", "my"),
    ("anlatır", "explain"),
    ("mısın", ""),
    ("kısaca", ""),
    ("genelde", "usually"),
    ("normalde", "usually"),
    ("ürün", "product"),
    ("proje", "project"),
    ("listeler", "list"),
    ("tüm", "all"),
    ("kullanılır", "used"),
    ("kullanılıyo", "used"),
    ("kullanılıyor", "used"),
];

/// Turkish endings after an apostrophe ("PM'e", "QA'dan", "EM'im"), each with the English said
/// before and after the word: "to PM", "from QA", "EM here" (the asker's own, as "director of
/// product here" says). Endings of a possessive, an object, a place or a plural add nothing.
const TURKISH_ENDINGS: &[(&str, &str, &str)] = &[
    ("e", "to", ""),
    ("a", "to", ""),
    ("ye", "to", ""),
    ("ya", "to", ""),
    ("den", "from", ""),
    ("dan", "from", ""),
    ("ten", "from", ""),
    ("tan", "from", ""),
    ("im", "", "here"),
    ("ım", "", "here"),
    ("um", "", "here"),
    ("üm", "", "here"),
    ("yim", "", "here"),
    ("yım", "", "here"),
    ("in", "", ""),
    ("ın", "", ""),
    ("un", "", ""),
    ("ün", "", ""),
    ("nin", "", ""),
    ("nın", "", ""),
    ("i", "", ""),
    ("ı", "", ""),
    ("u", "", ""),
    ("ü", "", ""),
    ("yi", "", ""),
    ("yı", "", ""),
    ("de", "", ""),
    ("da", "", ""),
    ("te", "", ""),
    ("ta", "", ""),
    ("ler", "", ""),
    ("lar", "", ""),
];

/// Words of Hindi, written in Latin letters, that people in India mix into English at work
/// ("Hinglish"), as [`TAGALOG`]: "PMM kya hota hai?" ("PMM what is?"), "PO aur PM me kya farak
/// hai" ("PO and PM what difference"), "BA se PO kaise bane" ("BA to PO how become"), "senior PM
/// hu" ("senior PM here": the asker's own, as "director of product here" says), "release notes
/// kaun likhta hai" ("release notes who writes"); and a few words of Telugu said the same way
/// ("scrum master ante enti?": "scrum master is what?").
const HINDI: &[(&str, &str)] = &[
    ("kya", "what"),
    ("hai", ""),
    ("h", ""),
    ("hota", "is"),
    ("hoti", "is"),
    ("hote", "is"),
    ("ka", ""),
    ("ki", ""),
    ("ke", ""),
    ("kaam", "job"),
    ("aur", "and"),
    ("me", ""),
    ("mein", ""),
    ("farak", "difference"),
    ("farq", "difference"),
    ("fark", "difference"),
    ("alag", "different"),
    ("kaise", "how"),
    ("bane", "become"),
    ("banu", "become"),
    ("bante", "become"),
    ("banna", "become"),
    ("banne", "become"),
    ("bana", "become"),
    ("ban", "become"),
    ("banta", "become"),
    ("se", "to"),
    ("mai", "I'm"),
    ("hu", "here"),
    ("hoon", "here"),
    ("hun", "here"),
    ("kaun", "who"),
    ("kiska", "whose"),
    ("kiski", "whose"),
    ("kiske", "whose"),
    ("karta", "does"),
    ("karti", "does"),
    ("karte", "does"),
    ("likhta", "writes"),
    ("banata", "makes"),
    ("chalata", "runs"),
    ("dekhta", "handles"),
    ("leta", "takes"),
    ("yaar", ""),
    ("bhai", ""),
    ("accha", ""),
    ("na", ""),
    ("toh", ""),
    ("bas", ""),
    ("sirf", "just"),
    ("matlab", "means"),
    ("samjhao", "explain"),
    ("batao", "tell"),
    ("ye", "this"),
    ("yeh", "this"),
    ("kare", ""),
    ("karu", ""),
    ("karna", ""),
    ("padega", ""),
    ("chahiye", "need"),
    ("saal", "years"),
    ("abhi", "now"),
    ("ek", "one"),
    ("hi", ""),
    ("sab", "all"),
    ("konse", "which"),
    ("kaunse", "which"),
    // ("tum kaunse roles ke baare mein jaante ho?": which roles do you know about)
    ("baare", "about"),
    ("jaante", "know"),
    ("jaanta", "know"),
    ("jaanti", "know"),
    ("sakta", "can"),
    ("sakti", "can"),
    ("samjha", "explain"),
    ("tujhse", "you"),
    ("tumse", "you"),
    ("aapse", "you"),
    ("pooch", "ask"),
    ("poochh", "ask"),
    ("sakte", "can"),
    ("pooch", "ask"),
    ("sakte", "can"),
    ("pata", "know"),
    ("jaye", "go"),
    ("jaate", "go"),
    ("kehte", "call"),
    ("ya", "or"),
    // ("wireframes banana kis ka kaam hai?": "kis" before "ka" asks whose, else which)
    ("kis", "which"),
    // ("X kise kehte hain?", "X kis ko kehte hain?": what is called X)
    ("kise", "what"),
    ("kisko", "what"),
    ("ko", ""),
    ("aati", "comes"),
    ("aata", "comes"),
    ("banun", "become"),
    ("bano", "become"),
    ("tum", "you"),
    ("aap", "you"),
    ("ho", ""),
    ("hain", ""),
    ("jana", "go"),
    ("chahta", "want to"),
    ("chahti", "want to"),
    ("taraf", "towards"),
    ("ab", "now"),
    // ("PR/FAQ wala doc": the one that is)
    ("wala", ""),
    ("wali", ""),
    ("wale", ""),
    ("kitne", "how many"),
    ("tujhe", "you"),
    ("tumhe", "you"),
    ("aapko", "you"),
    ("dikha", "show"),
    ("dikhao", "show"),
    ("baar", "time"),
    ("naya", "new"),
    ("nayi", "new"),
    ("yaha", "here"),
    ("yahan", "here"),
    ("tak", "to"),
    ("pahuchu", "reach"),
    ("pahunchu", "reach"),
    ("pahuche", "reach"),
    ("pahunche", "reach"),
    ("main", "I'm"),
    // Telugu, said beside it in Hyderabad or Chennai: "X ante enti?" is "X is what?"
    ("ante", "is"),
    ("enti", "what"),
    ("emiti", "what"),
    ("ra", ""),
    ("ela", "how"),
    ("avvali", "become"),
    ("cheppandi", "tell"),
    ("evaru", "who"),
    ("chestaru", "does"),
];

/// Words of Portuguese that people in Brazil or Portugal mix into English at work, as
/// [`TAGALOG`]: "sou BA há 3 anos, como faço pra virar PO?", "quem é responsável pela marca?".
/// ("quem", "como", "sou" and "quero", which no English word is, are read in any message by
/// `cues::foreign_question_word`.)
const PORTUGUESE: &[(&str, &str)] = &[
    // ("ordenar o backlog": the article; "o que é …?" is "what is …?")
    ("o", "the"),
    ("um", "a"),
    ("e", "and"),
    ("ou", "or"),
    ("em", "in"),
    ("no", "in"),
    ("que", "that"),
    ("da", "of the"),
    ("das", "of the"),
    ("pela", "for the"),
    ("pelo", "for the"),
    ("pra", "to"),
    ("para", "to"),
    ("com", "with"),
    ("há", "for"),
    ("anos", "years"),
    ("hoje", "today"),
    ("aqui", "here"),
    ("já", "already"),
    ("não", "not"),
    ("vc", "you"),
    ("você", "you"),
    ("alguém", "anyone"),
    ("galera", "guys"),
    ("pessoal", "folks"),
    ("gente", "folks"),
    ("esse", "this"),
    ("essa", "this"),
    ("isso", "this"),
    ("tipo", "like"),
    ("né", ""),
    ("aí", ""),
    ("quais", "which"),
    ("competências", "skills"),
    ("passo", "move"),
    ("chega", "get"),
    ("coordenar", "coordinate"),
    ("vários", "several"),
    ("projetos", "projects"),
    ("relacionados", "related"),
    ("objetivo", "goal"),
    ("mesmo", "same"),
    ("responsável", "responsible"),
    ("faço", "do i"),
    ("fez", "made"),
    ("faz", "does"),
    ("quer", "wants to"),
    ("virar", "become"),
    ("virou", "became"),
    ("entrar", "get into"),
    ("ir", "go"),
    ("lado", "side"),
    ("mudar", "move"),
    ("transição", "transition"),
    ("dicas", "tips"),
    ("onde", "where"),
    ("começo", "do i start"),
    ("começar", "start"),
    ("trabalho", "i work"),
    ("trabalha", "works"),
    ("dados", "data"),
    ("engenheiro", "engineer"),
    ("engenheira", "engineer"),
    ("costuma", "usually"),
    ("cuidar", "handle"),
    ("cuida", "handles"),
    ("ferramentas", "tools"),
    ("responsável", "responsible"),
    ("responsabilidade", "responsibility"),
    ("ordenar", "order"),
    ("priorizar", "prioritize"),
    ("identidade", "identity"),
    ("marca", "brand"),
    ("campanhas", "campaigns"),
    ("cargo", "role"),
    ("cobre", "cover"),
    ("conhece", "know"),
    ("lista", "list"),
    ("usar", "use"),
    ("posso", "can i"),
    ("perguntar", "ask"),
    ("adicionou", "added"),
    ("canal", "channel"),
    ("entendi", "understood"),
    ("nada", "anything"),
    ("ouvi", "heard"),
    ("dizer", ""),
    ("ganha", "earns"),
    ("ganham", "earn"),
    ("salário", "salary"),
    ("verdade", "true"),
    ("parabéns", "congrats"),
    ("explica", "explain"),
    ("significado", "meaning"),
    ("priorização", "prioritization"),
    ("coisa", "thing"),
    ("obrigado", "thanks"),
    ("obrigada", "thanks"),
    ("consigo", "do i get"),
    ("vaga", "opening"),
    ("saindo", "coming out of"),
    ("faculdade", "college"),
    ("aceita", "accepts"),
    ("montar", "put together"),
    ("preciso", "i need to"),
    ("exatamente", "exactly"),
    ("nosso", "our"),
    ("nossa", "our"),
    ("tenho", "i have"),
    ("implementar", "implement"),
];

/// Chinese words, as pinyin, that people in China or Singapore mix into English at work, as
/// [`TAGALOG`]: "feature flag is shenme", "PO zenme become ne".
const CHINESE: &[(&str, &str)] = &[
    ("shenme", "what"),
    ("zenme", "how"),
    ("zenmeyang", "how"),
    ("weishenme", "why"),
    ("shei", "who"),
    ("sheide", "whose"),
    ("laoban", "boss"),
    ("xiexie", "thanks"),
    ("haode", "ok"),
    // (particles that close a question)
    ("ne", ""),
    ("ma", ""),
];

/// Nigerian Pidgin words, as said in English: "wetin PM dey do?", "abeg who sabi the
/// difference", "how I fit become PO".
const PIDGIN: &[(&str, &str)] = &[
    ("wetin", "what"),
    // (only right after "wetin": "wetin be PMM")
    ("be", "is"),
    // (a particle where it closes a clause: "wetin be PMM na?")
    ("na", "is"),
    ("shey", "is"),
    ("abeg", "please"),
    ("dey", ""),
    ("una", "you"),
    ("sabi", "know"),
    ("wey", "who"),
    ("dem", "they"),
    ("fit", "can"),
    ("dis", "this"),
    ("dat", "that"),
    ("oga", "boss"),
    ("wahala", "trouble"),
    ("sha", ""),
    // ("you be our designer abi?": "right?")
    ("abi", ""),
    ("sef", ""),
    ("o", ""),
    ("ehn", ""),
];

/// Indonesian words, as people in Jakarta say them in English at work, as [`TAGALOG`]:
/// "program manager itu ngapain sih?", "apa bedanya group PM sama lead PM?", "role apa yang
/// bikin wireframe?", "gimana cara pake rolecall?".
const INDONESIAN: &[(&str, &str)] = &[
    ("apa", "what"),
    ("ngapain", "does what"),
    ("siapa", "who"),
    ("gimana", "how"),
    ("bagaimana", "how"),
    ("gmn", "how"),
    ("cara", "to"),
    ("caranya", "to"),
    ("bedanya", "the difference"),
    ("beda", "different"),
    ("perbedaan", "the difference"),
    ("yang", "that"),
    ("ini", "this"),
    ("itu", ""),
    ("tuh", ""),
    ("nih", ""),
    ("sih", ""),
    ("dong", ""),
    ("deh", ""),
    ("kok", ""),
    ("ya", ""),
    ("kan", ""),
    ("loh", ""),
    ("aja", ""),
    ("nya", ""),
    ("kak", ""),
    ("mas", ""),
    ("mbak", ""),
    ("bang", ""),
    ("gan", ""),
    ("dan", "and"),
    ("atau", "or"),
    ("sama", "and"),
    ("dengan", "with"),
    ("aku", "i"),
    ("saya", "i"),
    ("gue", "i"),
    ("gw", "i"),
    ("kamu", "you"),
    ("lo", "you"),
    ("lu", "you"),
    ("kita", "we"),
    ("kami", "we"),
    ("mau", "want to"),
    ("pengen", "want to"),
    ("ingin", "want to"),
    ("pindah", "move"),
    ("jadi", "become"),
    ("menjadi", "become"),
    ("naik", "move up"),
    ("tahun", "years"),
    ("bulan", "months"),
    ("ke", "to"),
    ("dari", "from"),
    ("di", "in"),
    ("buat", "for"),
    ("untuk", "for"),
    ("perlu", "need to"),
    ("harus", "must"),
    ("belajar", "learn"),
    ("dulu", "first"),
    ("kalau", "if"),
    ("kalo", "if"),
    ("tim", "team"),
    ("peran", "role"),
    ("posisi", "position"),
    ("tugas", "job"),
    ("tugasnya", "job"),
    ("kerjaan", "job"),
    ("kerjaannya", "job"),
    ("artinya", "means"),
    ("maksudnya", "i mean"),
    ("persisnya", "exactly"),
    ("sebenarnya", "actually"),
    ("sebenernya", "actually"),
    ("bisa", "can"),
    ("tau", "know"),
    ("tahu", "know"),
    ("ga", "not"),
    ("gak", "not"),
    ("nggak", "not"),
    ("enggak", "not"),
    ("tidak", "not"),
    ("udah", "already"),
    ("sudah", "already"),
    ("lagi", ""),
    ("bikin", "makes"),
    ("membuat", "makes"),
    ("nulis", "writes"),
    ("pegang", "handles"),
    ("ngurus", "handles"),
    ("ngurusin", "handles"),
    ("jalanin", "runs"),
    ("mimpin", "leads"),
    ("nentuin", "decides"),
    ("pake", "use"),
    ("pakai", "use"),
    ("nunjukin", "show"),
    ("sebelum", "before"),
    ("masuk", "goes to"),
    ("kayak", "like"),
    ("daftar", "list"),
    ("semua", "all"),
    ("makasih", "thanks"),
    ("terima", "thank"),
    ("kasih", "you"),
    ("baru", "new"),
    ("anak-anak", "folks"),
    ("temen-temen", "folks"),
];

/// Italian words, as said in English at work, as [`TAGALOG`]: "qualcuno sa cosa fa un product
/// ops manager?", "cosa vuol dire MVP?", "mi dai la lista dei ruoli che conosci?".
const ITALIAN: &[(&str, &str)] = &[
    ("qualcuno", "anyone"),
    ("sa", "knows"),
    ("sapete", "do you know"),
    ("cosa", "what"),
    ("che", "that"),
    ("chi", "who"),
    ("come", "how"),
    ("qual", "what"),
    ("quale", "which"),
    ("perché", "why"),
    ("fa", "does"),
    ("fanno", "do"),
    ("un", "a"),
    ("uno", "a"),
    ("una", "a"),
    ("il", "the"),
    ("lo", "the"),
    ("la", "the"),
    ("gli", "the"),
    ("le", "the"),
    ("di", "of"),
    ("del", "of the"),
    ("della", "of the"),
    ("dei", "of the"),
    ("degli", "of the"),
    ("delle", "of the"),
    ("e", "and"),
    ("o", "or"),
    ("tra", "between"),
    ("fra", "between"),
    ("con", "with"),
    ("per", "to"),
    ("in", "in"),
    ("è", "is"),
    ("sono", "i am"),
    ("vuol", "does"),
    ("dire", "mean"),
    ("significa", "means"),
    ("mi", "me"),
    ("dai", "give"),
    ("lista", "list"),
    ("elenco", "list"),
    ("ruolo", "role"),
    ("ruoli", "roles"),
    ("conosci", "you know"),
    ("differenza", "difference"),
    ("diventare", "become"),
    ("passare", "move"),
    ("lavoro", "job"),
    ("gestisce", "manages"),
    ("scrive", "writes"),
    ("decide", "decides"),
    ("si", ""),
    ("occupa", "handles"),
    ("ciao", "hi"),
    ("ragazzi", "guys"),
    ("grazie", "thanks"),
    ("scusate", "sorry"),
    ("allora", ""),
    ("cioè", "i mean"),
    ("quindi", "so"),
    ("boh", ""),
    ("ma", "but"),
    ("anche", "also"),
    ("esattamente", "exactly"),
];

/// Spanish, as people in Mexico or Colombia write it at work with English role names, as
/// [`TAGALOG`]: "soy BA desde hace 4 años, cómo le hago para pasarme a PM?", "a quién le toca
/// coordinar dependencias?", "qué rol escribe las historias de usuario?". (Single question
/// words are read in any message by `cues::foreign_question_word`.)
const SPANISH: &[(&str, &str)] = &[
    ("qué", "what"),
    // Rioplatense: "qué sos vos?", "cómo funcionás?", "me lo explicás?"
    ("sos", "are"),
    ("vos", "you"),
    ("funcionás", "work"),
    ("funciona", "works"),
    ("tenés", "have"),
    ("comandos", "commands"),
    ("explicás", "explain"),
    ("llega", "get"),
    ("ser", "be"),
    ("define", "defines"),
    ("visión", "vision"),
    ("compañía", "company"),
    ("empresa", "company"),
    ("toda", "whole"),
    ("relevar", "gather"),
    ("coordina", "coordinates"),
    ("varios", "several"),
    ("equipos", "teams"),
    ("mismo", "same"),
    ("objetivo", "goal"),
    ("exactamente", "exactly"),
    ("calcula", "calculated"),
    ("que", "that"),
    ("quién", "who"),
    ("quien", "who"),
    ("cómo", "how"),
    ("como", "as"),
    ("cuál", "what"),
    ("cuánto", "how long"),
    ("cuántos", "how many"),
    ("el", "the"),
    ("la", "the"),
    ("los", "the"),
    ("las", "the"),
    ("un", "a"),
    ("una", "a"),
    ("o", "or"),
    ("de", "of"),
    ("del", "of the"),
    ("al", "to the"),
    ("en", "in"),
    ("con", "with"),
    ("sin", "without"),
    ("por", "for"),
    ("para", "for"),
    ("entre", "between"),
    ("es", "is"),
    ("son", "are"),
    ("está", "is"),
    ("hay", "is there"),
    ("soy", "i am"),
    ("estoy", "i am"),
    ("tu", "your"),
    ("mi", "my"),
    ("su", "their"),
    ("se", ""),
    ("le", ""),
    ("lo", ""),
    ("ya", "already"),
    ("aquí", "here"),
    ("actualmente", "currently"),
    ("años", "years"),
    ("rol", "role"),
    ("puesto", "role"),
    ("puestos", "roles"),
    ("equipo", "team"),
    ("equipos", "teams"),
    ("proyectos", "projects"),
    ("producto", "product"),
    ("escribe", "writes"),
    ("hace", "does"),
    ("hago", "do i"),
    ("quita", "removes"),
    ("toca", "job is it to"),
    ("corresponde", "owns"),
    ("coordinar", "coordinate"),
    ("dependencias", "dependencies"),
    ("impedimentos", "impediments"),
    ("historias", "user stories"),
    ("historia", "user story"),
    ("mapeo", "mapping"),
    ("procesos", "processes"),
    ("análisis", "analysis"),
    ("brechas", "gaps"),
    ("documento", "document"),
    ("requerimientos", "requirements"),
    ("requisitos", "requirements"),
    ("proveedor", "vendor"),
    ("pagos", "payments"),
    ("tienes", "do you have"),
    ("tiene", "has"),
    ("tengo", "i have"),
    ("lista", "list"),
    ("sabe", "knows"),
    ("sabes", "know"),
    ("conoces", "do you know"),
    ("responsabilidades", "responsibilities"),
    ("responsabilidad", "responsibility"),
    ("así", "like that"),
    ("explicar", "explain"),
    ("pueden", "can you"),
    ("algo", "something"),
    ("alguien", "anyone"),
    ("puedes", "can you"),
    ("hacer", "do"),
    ("usa", "use"),
    ("usar", "use"),
    ("ser", "be"),
    ("pasarme", "move"),
    ("moverme", "move"),
    ("muevo", "move"),
    ("cambiarme", "move"),
    ("brinco", "jump"),
    ("salto", "jump"),
    ("dar", "make"),
    ("pasos", "steps"),
    ("recomiendan", "recommend"),
    ("consejos", "tips"),
    ("transición", "transition"),
    ("preparo", "prepare"),
    ("entrar", "get into"),
    ("ofrecieron", "offered"),
    ("tarda", "takes"),
    ("demostrar", "show"),
    ("deuda", "debt"),
    ("técnica", "technical"),
    ("quiere", "does"),
    ("decir", "mean"),
    ("viste", "did you see"),
    ("fue", "went"),
    ("vacaciones", "vacation"),
    ("apunta", "up for"),
    ("mejor", "best"),
    ("hola", "hi"),
    ("buenas", "hi"),
    ("gracias", "thanks"),
    ("oigan", "hey"),
    ("pregunta", "question"),
    ("rápida", "quick"),
    ("normalmente", "usually"),
    ("mucho", "a lot"),
    ("pero", "but"),
    ("nunca", "never"),
];

/// Polish, as said at work in Warsaw or Kraków around English role names, which take Polish
/// endings ("z delivery managera na product ownera"), as [`TAGALOG`]: "co robi principal
/// PM?", "co to jest PRD?", "jak przejść z BA na PO?".
const POLISH: &[(&str, &str)] = &[
    ("co", "what"),
    ("robi", "does"),
    ("robią", "do"),
    ("jest", "is"),
    ("czym", "what"),
    ("zajmuje", "does"),
    ("się", ""),
    ("kto", "who"),
    ("jak", "how"),
    ("przejść", "move"),
    ("przejsc", "move"),
    ("zostać", "become"),
    ("zostac", "become"),
    ("z", "from"),
    ("na", "to"),
    ("jaka", "what"),
    ("różnica", "difference"),
    ("roznica", "difference"),
    ("między", "between"),
    ("miedzy", "between"),
    ("czy", "is"),
    ("pokaż", "show"),
    ("pokaz", "show"),
    ("listę", "list"),
    ("liste", "list"),
    ("ról", "roles"),
    ("ktoś", "anyone"),
    ("ktos", "anyone"),
    ("ma", "has"),
    ("dostęp", "access"),
    ("dostep", "access"),
    ("managera", "manager"),
    ("managerem", "manager"),
    ("ownera", "owner"),
    ("ownerem", "owner"),
    ("mastera", "master"),
    ("masterem", "master"),
    ("designera", "designer"),
    ("designerem", "designer"),
    ("analysta", "analyst"),
    ("analystą", "analyst"),
    ("powinien", "should"),
    ("powinna", "should"),
    ("ustalać", "set"),
    ("ustala", "sets"),
    ("kolejność", "order"),
    ("backlogu", "backlog"),
    ("prowadzi", "runs"),
    ("pisze", "writes"),
    ("nas", "here"),
    ("u", ""),
    ("odpowiada", "is responsible"),
    ("odpowiadają", "are responsible"),
    ("za", "for"),
    ("zbieranie", "gathering"),
    ("zbiera", "gathers"),
    ("wymagań", "requirements"),
    ("wymagan", "requirements"),
    ("wymagania", "requirements"),
    ("analizę", "analysis"),
    ("analize", "analysis"),
    ("analiza", "analysis"),
    ("procesów", "of processes"),
    ("procesow", "of processes"),
    ("klienta", "client"),
    ("dba", "takes care"),
    ("o", "of"),
    ("zespołu", "of the team"),
    ("zespolu", "of the team"),
    ("zespół", "team"),
    ("zespol", "team"),
    ("zespołem", "team"),
    ("zespolem", "team"),
    ("rytm", "cadence"),
    ("dostarczania", "of delivery"),
    ("w", "in"),
    ("scrumie", "scrum"),
    ("akceptuje", "accepts"),
    ("jako", "as"),
    ("decyduje", "decides"),
    ("wchodzi", "goes"),
    ("następnego", "next"),
    ("nastepnego", "next"),
    ("sprintu", "sprint"),
    ("jakie", "what"),
    ("jaki", "what"),
    ("jaką", "what"),
    ("znasz", "do you know"),
    ("znaczy", "does it mean"),
    ("różni", "differs"),
    ("rozni", "differs"),
    ("od", "from"),
    ("zwykłego", "regular"),
    ("zwyklego", "regular"),
    ("zwykły", "regular"),
    ("zwykly", "regular"),
    ("nie", "not"),
    ("ale", "but"),
    ("jestem", "I am"),
    ("chcę", "I want"),
    ("chce", "I want"),
    ("chciałbym", "I would like"),
    ("chcialbym", "I would like"),
    ("możesz", "can you"),
    ("mozesz", "can you"),
    ("wyjaśnić", "explain"),
    ("wyjasnic", "explain"),
    ("wytłumaczyć", "explain"),
    ("wytlumaczyc", "explain"),
    ("tworzy", "creates"),
    ("roadmapę", "roadmap"),
    ("roadmape", "roadmap"),
    ("zarządza", "manages"),
    ("zarzadza", "manages"),
    ("która", "which"),
    ("ktora", "which"),
    ("który", "which"),
    ("ktory", "which"),
    ("którą", "which"),
    ("rola", "role"),
    ("role", "roles"),
    ("rolę", "role"),
    ("rolą", "role"),
    ("pomóc", "help"),
    ("umiesz", "can you do"),
    ("robisz", "do you do"),
    ("dzięki", "thanks"),
    ("cześć", "hi"),
    ("hej", "hi"),
];

/// Words of Bengali written in Latin letters that people in Bangladesh and West Bengal mix into
/// English at work ("Banglish"), as [`TAGALOG`]: "PRD mane ki?" ("PRD means what?"), "kivabe
/// scrum master hobo?" ("how scrum master become?"), "retro ke facilitate kore?" ("retro who
/// facilitate does?"). "theke" between two roles reads "to", as Hindi's "se" does.
const BANGLA: &[(&str, &str)] = &[
    ("ki", "what"),
    ("ke", "who"),
    ("kar", "whose"),
    ("kon", "which"),
    ("kivabe", "how"),
    ("kibhabe", "how"),
    ("kemon", "how"),
    ("mane", "means"),
    ("bujhay", "means"),
    ("bolte", ""),
    ("kake", "what is"),
    ("bole", ""),
    ("jinish", "thing"),
    ("ta", ""),
    ("ti", ""),
    ("er", ""),
    ("e", ""),
    ("gula", ""),
    ("egula", "these"),
    ("kaj", "job"),
    ("kaaj", "job"),
    ("dayitto", "responsibility"),
    ("kore", "does"),
    ("koro", "do"),
    ("kori", "do"),
    ("korbo", "do"),
    ("korte", "do"),
    ("kora", "do"),
    ("korar", ""),
    ("kotha", ""),
    ("eki", "same"),
    ("ar", "and"),
    ("naki", "or"),
    ("theke", "to"),
    ("bhai", ""),
    ("vai", ""),
    ("apu", ""),
    ("ami", "I"),
    ("amar", "my"),
    ("amader", "our"),
    ("amra", "we"),
    ("tumi", "you"),
    ("apni", "you"),
    ("jano", "know"),
    ("janen", "know"),
    ("hobo", "become"),
    ("hote", "become"),
    ("hoite", "become"),
    ("chai", "want"),
    ("ashole", "actually"),
    ("ekhon", "now"),
    ("shudhu", "only"),
    ("lagbe", "need"),
    ("lage", "need"),
    ("ekta", "a"),
    ("banabe", "makes"),
    ("banay", "makes"),
    ("dekhe", "looks after"),
    ("hisebe", "as"),
    ("bochor", "years"),
    ("kintu", "but"),
    ("ei", "this"),
    ("aj", "today"),
    ("chuti", "off"),
    ("bolo", "tell"),
];

/// Words of Dutch that people in the Netherlands and Flanders mix into English at work, as
/// [`TAGALOG`]: "wat is een PO?" ("what is a PO?"), "hoe word ik APM?" ("how become I APM?"),
/// "wie schrijft de user stories?" ("who writes the user stories?"). ("of", Dutch for "or", is
/// left as English: "head of product".)
const DUTCH: &[(&str, &str)] = &[
    ("wat", "what"),
    ("een", "a"),
    ("het", "the"),
    ("de", "the"),
    ("hoe", "how"),
    ("wie", "who"),
    ("welke", "which"),
    ("welk", "which"),
    ("waarom", "why"),
    ("wanneer", "when"),
    ("ik", "I"),
    ("jij", "you"),
    ("je", "you"),
    ("jullie", "you"),
    ("wij", "we"),
    ("mijn", "my"),
    ("onze", "our"),
    ("ons", "our"),
    ("iemand", "someone"),
    ("deze", "this"),
    ("dit", "this"),
    ("dat", "that"),
    ("word", "become"),
    ("wordt", "becomes"),
    ("worden", "become"),
    ("doet", "does"),
    ("doen", "do"),
    ("gebruik", "use"),
    ("gebruiken", "use"),
    ("verschil", "difference"),
    ("tussen", "between"),
    ("en", "and"),
    ("rol", "role"),
    ("rollen", "roles"),
    ("ken", "know"),
    ("kent", "know"),
    ("weet", "knows"),
    ("kan", "can"),
    ("kun", "can"),
    ("kunnen", "can"),
    ("wil", "want"),
    ("van", "of"),
    ("naar", "to"),
    ("voor", "for"),
    ("bij", "at"),
    ("zijn", "are"),
    ("niet", "not"),
    ("maar", "but"),
    ("ook", "also"),
    ("eigenlijk", "actually"),
    ("precies", "exactly"),
    ("verantwoordelijk", "responsible"),
    ("schrijft", "writes"),
    ("beslist", "decides"),
    ("bepaalt", "decides"),
    ("uitleggen", "explain"),
    ("betekent", "means"),
    ("overstappen", "switch"),
    ("graag", ""),
    ("toch", ""),
    ("nou", ""),
    ("hoor", ""),
    ("gewoon", ""),
    ("bedankt", "thanks"),
    ("hoi", "hi"),
    ("goedemorgen", "good morning"),
];

/// German, as said at work in Munich or Stuttgart around English role names, as [`TAGALOG`]:
/// "was ist eine definition of done genau?", "wer entscheidet eigentlich the order of the
/// backlog?", "was macht ein scrum master?".
const GERMAN: &[(&str, &str)] = &[
    ("was", "what"),
    ("ist", "is"),
    ("sind", "are"),
    ("ein", "a"),
    ("eine", "a"),
    ("einen", "a"),
    ("einem", "a"),
    ("der", "the"),
    ("die", "the"),
    ("das", "the"),
    ("den", "the"),
    ("dem", "the"),
    ("wer", "who"),
    ("wie", "how"),
    ("macht", "does"),
    ("machen", "do"),
    ("genau", "exactly"),
    ("eigentlich", "actually"),
    ("entscheidet", "decides"),
    ("schreibt", "writes"),
    ("und", "and"),
    ("oder", "or"),
    ("zwischen", "between"),
    ("unterschied", "difference"),
    ("ich", "I"),
    ("bin", "am"),
    ("werde", "become"),
    ("welche", "which"),
    ("rolle", "role"),
    ("rollen", "roles"),
    ("kennst", "know"),
    ("kannst", "can"),
    ("du", "you"),
    ("mir", "me"),
    ("für", "for"),
    ("von", "from"),
    ("zu", "to"),
    ("bedeutet", "means"),
    ("heißt", "means"),
    ("zuständig", "responsible"),
    ("verantwortlich", "responsible"),
    ("erklären", "explain"),
    ("kurze", "quick"),
    ("frage", "question"),
    ("bitte", ""),
    ("danke", "thanks"),
    ("hallo", "hi"),
    ("moin", "hi"),
    ("servus", "hi"),
];

/// The languages whose words [`colloquial`] reads as English, in a message that says a word
/// only that language has.
const MIXED: &[&[(&str, &str)]] = &[
    TAGALOG, FRENCH, SWAHILI, HEBREW, VIETNAMESE, TURKISH, HINDI, PIDGIN, PORTUGUESE, CHINESE, INDONESIAN, ITALIAN,
    SPANISH, POLISH, DUTCH, GERMAN, BANGLA,
];

/// Which of [`MIXED`] a word says a message mixes in, as a bit of each (none: 0): a word only
/// that language has.
fn only_in(word: &str) -> u32 {
    // (Vietnamese words with their marks: no English word has them)
    if !word.is_ascii() {
        return match word {
            "là" | "gì" | "ạ" | "ơi" | "nhé" | "khác" | "muốn" | "chuyển" | "vậy" | "được" | "không" | "của"
            | "những" | "hỏi" | "nào" | "làm" | "với" | "và" | "thì" | "cần" | "đang" => 16,
            "nasıl" | "arasında" | "arasındaki" | "farkı" | "değil" | "mı" | "için" | "lazım" | "geçmek" | "geçiş"
            | "işi" | "sorumlulukları" | "geçerim" | "geçsem" | "yükselmek" | "yürütür" | "sağlar" | "rolün"
            | "sorumluluğunda" | "şirketin" | "şirket" | "müşterilerle" | "yöneten" | "çalışıyorum" => 32,
            "já" | "não" | "você" | "alguém" | "faço" | "né" | "aí" | "diferença" | "parabéns" | "responsável"
            | "transição" | "priorização" | "começo" | "é" | "há" | "salário" => 256,
            "perché" | "cioè" => 2048,
            "qué" | "quién" | "cómo" | "cuál" | "cuánto" | "cuántos" | "aquí" | "años" | "está" | "análisis"
            | "transición" | "técnica" | "rápida" => 4096,
            "przejść" | "zostać" | "różnica" | "między" | "pokaż" | "listę" | "ról" | "ktoś" | "dostęp" | "robią"
            | "się" | "dzięki" | "cześć" | "analystą" | "ustalać" | "kolejność" | "wymagań" | "różni" | "zespołu"
            | "następnego" | "zwykłego" | "procesów" | "analizę" | "możesz" | "wyjaśnić" | "zarządza" | "która"
            | "który" | "którą" | "chcę" | "chciałbym" | "rolę" | "roadmapę" | "zespół" | "zespołem"
            | "wytłumaczyć" | "pomóc" => 8192,
            "für" | "heißt" | "zuständig" | "erklären" | "über" | "können" | "möchte" | "würde" => 32768,
            _ => 0,
        };
    }
    let w = word.as_bytes();
    if !(2..=12).contains(&w.len()) {
        return 0;
    }
    let mut lower = [0u8; 12];
    for (l, c) in lower.iter_mut().zip(w) {
        *l = c.to_ascii_lowercase();
    }
    ONLY_IN.get(&lower[..w.len()]).copied().unwrap_or(0)
}

/// The words of [`only_in`] by the bit of the language only it has, looked up at once.
const ONLY_IN_WORDS: &[(u32, &[&str])] = &[
    (
        1,
        &[
            "sino",
            "ano",
            "anong",
            "pano",
            "paano",
            "yung",
            "naman",
            "lang",
            "kasi",
            "mga",
            "namin",
            "natin",
            "salamat",
            "pwede",
            "talaga",
            "ginagawa",
            "ako",
            "kami",
            "daw",
            "sana",
            "opo",
            "nung",
            "kung",
            "ng",
            "pinagkaiba",
            "kaibahan",
            "maging",
            "nila",
            "sinong",
            "yun",
            "nun",
            "dapat",
            "kanino",
            "ano-anong",
            "ano-ano",
            "dito",
            "bukas",
            "pareho",
            "parehas",
            "sila",
            "magiging",
            "kailangan",
            "nabasa",
            "ko",
            "yan",
            "pero",
        ],
    ),
    (
        2,
        &[
            "c'est",
            "quoi",
            "qu'est-ce",
            "bonjour",
            "merci",
            "je",
            "suis",
            "quels",
            "quelle",
            "quelles",
            "devenir",
            "avec",
            "salut",
            "aussi",
            "fait",
            "qui",
            "est-ce",
            "pourquoi",
        ],
    ),
    (
        4,
        &[
            "nini",
            "nani",
            "gani",
            "kuwa",
            "nataka",
            "tafadhali",
            "asante",
            "kwani",
            "niaje",
            "hufanya",
            "wewe",
            "inamaanisha",
            "haswa",
            "vipi",
            "aje",
            "niko",
            "hii",
            "inafanya",
            "maana",
            "kazi",
            "tofauti",
            "kweli",
            "unaweza",
            "kuna",
            "mtu",
        ],
    ),
    (8, &["ze", "zot", "eich", "yalla", "sababa", "achla", "beseder", "toda"]),
    (
        32,
        &[
            "nedir",
            "olunur",
            "istiyorum",
            "hocam",
            "abi",
            "kim",
            "kimin",
            "hangi",
            "olmak",
            "yapar",
            "yani",
            "fark",
            "oluyor",
            "neler",
            "girilir",
            "gerekir",
            "tutar",
            "demek",
        ],
    ),
    (
        64,
        &[
            "kya",
            "hai",
            "kaunse",
            "konse",
            "baare",
            "jaante",
            "kaise",
            "kaun",
            "kiska",
            "kiski",
            "hota",
            "hoti",
            "farak",
            "farq",
            "banna",
            "banu",
            "yaar",
            "bhai",
            "matlab",
            "hu",
            "karta",
            "aur",
            "nahi",
            "accha",
            "batao",
            "chahiye",
            "kuch",
            "kis",
            "chahta",
            "kehte",
            "banun",
            "taraf",
            "kitne",
            "tujhe",
            "dikhao",
            "pahuchu",
            "pahunchu",
            "enti",
            "emiti",
            "avvali",
            "cheppandi",
            "evaru",
            "chestaru",
        ],
    ),
    (128, &["wetin", "abeg", "una", "sabi", "dey", "wahala", "oga", "shey", "wey", "sef", "ehn", "abi"]),
    (
        1024,
        &[
            "ngapain",
            "siapa",
            "gimana",
            "bagaimana",
            "gmn",
            "caranya",
            "bedanya",
            "perbedaan",
            "yang",
            "itu",
            "tuh",
            "nih",
            "sih",
            "dong",
            "aku",
            "saya",
            "gue",
            "gw",
            "kamu",
            "kita",
            "mau",
            "pengen",
            "pindah",
            "jadi",
            "menjadi",
            "untuk",
            "perlu",
            "harus",
            "belajar",
            "kalau",
            "kalo",
            "tugasnya",
            "kerjaan",
            "artinya",
            "maksudnya",
            "persisnya",
            "sebenarnya",
            "sebenernya",
            "bisa",
            "gak",
            "nggak",
            "enggak",
            "tidak",
            "udah",
            "sudah",
            "bikin",
            "membuat",
            "nulis",
            "ngurus",
            "ngurusin",
            "jalanin",
            "nentuin",
            "pake",
            "pakai",
            "nunjukin",
            "sebelum",
            "kayak",
            "makasih",
            "apa",
            "dong",
            "ini",
        ],
    ),
    (
        2048,
        &[
            "qualcuno",
            "sapete",
            "fa",
            "che",
            "quale",
            "fanno",
            "della",
            "degli",
            "delle",
            "sono",
            "vuol",
            "significa",
            "conosci",
            "ruolo",
            "ruoli",
            "differenza",
            "diventare",
            "passare",
            "lavoro",
            "gestisce",
            "ragazzi",
            "grazie",
            "scusate",
            "allora",
            "quindi",
            "esattamente",
            "elenco",
        ],
    ),
    (
        4096,
        &[
            "soy",
            "puesto",
            "puestos",
            "escribe",
            "hago",
            "quita",
            "toca",
            "corresponde",
            "coordinar",
            "dependencias",
            "impedimentos",
            "historias",
            "mapeo",
            "brechas",
            "requerimientos",
            "requisitos",
            "tienes",
            "puedes",
            "pasarme",
            "moverme",
            "muevo",
            "cambiarme",
            "brinco",
            "recomiendan",
            "consejos",
            "preparo",
            "ofrecieron",
            "tarda",
            "deuda",
            "quiere",
            "viste",
            "vacaciones",
            "apunta",
            "hola",
            "oigan",
            "pregunta",
            "actualmente",
            "quien",
            "hay",
            "alguien",
            "gracias",
            "equipo",
            "equipos",
        ],
    ),
    (
        8192,
        &[
            "robi",
            "jest",
            "czym",
            "zajmuje",
            "kto",
            "przejsc",
            "zostac",
            "roznica",
            "miedzy",
            "pokaz",
            "liste",
            "ktos",
            "dostep",
            "managera",
            "managerem",
            "ownera",
            "ownerem",
            "mastera",
            "masterem",
            "designera",
            "designerem",
            "analysta",
            "hej",
            "powinien",
            "powinna",
            "backlogu",
            "prowadzi",
            "pisze",
            "odpowiada",
            "wymagan",
            "zespolu",
            "dostarczania",
            "akceptuje",
            "decyduje",
            "wchodzi",
            "nastepnego",
            "jakie",
            "znasz",
            "znaczy",
            "rozni",
            "zwyklego",
            "scrumie",
            "sprintu",
            "klienta",
            "procesow",
            "jestem",
            "chcialbym",
            "mozesz",
            "wyjasnic",
            "zarzadza",
            "ktora",
            "ktory",
        ],
    ),
    (
        16384,
        &[
            "een",
            "hoe",
            "ik",
            "deze",
            "gebruik",
            "gebruiken",
            "doet",
            "verschil",
            "tussen",
            "welke",
            "wordt",
            "jij",
            "jullie",
            "naar",
            "het",
            "bij",
            "onze",
            "zijn",
            "niet",
            "maar",
            "ook",
            "graag",
            "bedankt",
            "goedemorgen",
            "eigenlijk",
            "schrijft",
            "beslist",
            "bepaalt",
            "kunnen",
            "worden",
            "uitleggen",
            "betekent",
            "waarom",
            "wanneer",
            "iemand",
            "mijn",
            "wij",
            "weet",
            "overstappen",
        ],
    ),
    (
        32768,
        &[
            "ist",
            "ein",
            "eine",
            "einen",
            "macht",
            "wie",
            "sind",
            "einem",
            "wer",
            "genau",
            "eigentlich",
            "entscheidet",
            "schreibt",
            "und",
            "oder",
            "zwischen",
            "unterschied",
            "ich",
            "werde",
            "welche",
            "kennst",
            "kannst",
            "bedeutet",
            "verantwortlich",
            "kurze",
            "frage",
            "bitte",
            "danke",
            "moin",
            "servus",
        ],
    ),
    (512, &["shenme", "zenme", "zenmeyang", "weishenme", "shei", "sheide", "laoban", "xiexie", "haode"]),
    (
        256,
        &[
            "vc",
            "quem",
            "qual",
            "quais",
            "sou",
            "quero",
            "virar",
            "virou",
            "pra",
            "esse",
            "essa",
            "isso",
            "galera",
            "obrigado",
            "obrigada",
            "hoje",
            "dicas",
            "ouvi",
            "ganha",
            "faz",
            "fazem",
            "papel",
            "com",
            "ou",
            "mas",
            "tipo",
            "quer",
            "costuma",
            "cuidar",
            "ferramentas",
            "cobre",
            "trabalho",
            "engenheiro",
            "engenheira",
            "consigo",
            "vaga",
            "saindo",
            "faculdade",
            "aceita",
            "preciso",
            "exatamente",
            "nosso",
            "nossa",
            "tenho",
        ],
    ),
    (
        65536,
        &[
            "kore", "korbo", "korte", "kivabe", "kibhabe", "hobo", "hoite", "theke", "jinish", "kaj", "dayitto", "eki",
            "naki", "ami", "amar", "amader", "tumi", "jano", "bujhay", "bujhi", "kake", "ashole", "korar", "kon",
            "kemon", "shudhu", "ekta", "egula", "gula", "sobai", "kichu", "hoy", "hoise", "korsi", "kortese", "lagbe",
            "jonno", "mane", "apni", "ekhon",
        ],
    ),
];

static ONLY_IN: std::sync::LazyLock<rustc_hash::FxHashMap<&'static [u8], u32>> = std::sync::LazyLock::new(|| {
    // (a word two languages have says either: "abi" is Turkish and Pidgin)
    let mut only_in = rustc_hash::FxHashMap::default();
    for &(bit, words) in ONLY_IN_WORDS {
        for w in words {
            *only_in.entry(w.as_bytes()).or_insert(0) |= bit;
        }
    }
    only_in
});

/// Words after which "po" or "ba" is the role itself, in any voice: "our po", "a ba or a po".
const BEFORE_A_ROLE: &[&str] = &[
    "a", "an", "the", "our", "my", "your", "their", "his", "her", "as", "to", "into", "from", "vs", "versus", "and",
    "or", "new", "senior", "junior", "lead", "is", "be", "become", "becoming", "being", "what", "whats", "what's",
    "who", "whos", "who's", "which", "each", "every", "any", "no", "one", "per", "of", "for", "with", "by", "like",
    "than", "about", "explain", "define", "not",
];

/// Words after which "po" closing a clause is the role: "is he a po?", "or the po?".
const BEFORE_A_CLOSING_ROLE: &[&str] = &[
    "a", "an", "the", "our", "my", "your", "their", "his", "her", "as", "to", "into", "from", "vs", "versus", "and",
    "or", "new", "senior", "junior", "lead", "be", "become", "becoming", "being", "no", "per", "than", "not",
];

/// How a word of a message is said in plain English, by [`change`].
#[derive(Clone, Copy, PartialEq)]
enum Plain {
    /// The word goes; the mark closing it stays.
    Dropped,
    /// "who" reads "whose".
    Whose,
    /// The word reads as this English word.
    Said(&'static str),
    /// A word with a Turkish ending: the English said before and after the word, which stops
    /// at this many bytes ("PM'e" is "to PM").
    Ending(&'static str, &'static str, usize),
    /// A word said after the word it belongs to, read as this English word before that one
    /// ("jira me?" is "in jira?").
    Before(&'static str),
}

/// How `token`, between the words `before` and `next`, is said in plain English; none when as
/// it is. `mixed`: the languages of [`MIXED`] the message mixes in, a bit each.
fn change(before: Option<&str>, token: &str, next: Option<&str>, mixed: u32) -> Option<Plain> {
    let word = core(token);
    let is = |w: &str, words: &[&str]| words.iter().any(|x| core(w).eq_ignore_ascii_case(x));
    let role_word = || before.is_some_and(|b| b.len() == core(b).len() && is(b, BEFORE_A_ROLE));
    // whether the word closes a clause: last, before a mark, or before one of `words`
    let closed_by = |words: &[&str]| next.is_none_or(|n| is(n, words)) || word.len() < token.len();
    // (capitals say a role: "PO", "BA", "SVP")
    let capitals = || word.len() > 1 && word.chars().all(|c| c.is_uppercase() || !c.is_alphabetic());
    // ("PM'e geçmek": an English word with a Turkish ending)
    if mixed & 32 != 0 {
        if let Some((stem, ending)) = word.split_once(['\'', '’']) {
            let ending = ending.to_lowercase();
            if let Some(&(_, before, after)) = TURKISH_ENDINGS.iter().find(|(e, _, _)| *e == ending) {
                return Some(Plain::Ending(before, after, stem.len()));
            }
        }
    }
    if mixed != 0 && !capitals() {
        let word = word.replace('’', "'").to_lowercase();
        let said = MIXED
            .iter()
            .enumerate()
            .filter(|(k, _)| mixed & (1 << k) != 0)
            .find_map(|(_, words)| words.iter().find(|(w, _)| *w == word.as_str()).map(|&(_, english)| english));
        // ("en fait, who …": "actually")
        if mixed & 2 != 0 && word == "en" && next.is_some_and(|n| core(n).eq_ignore_ascii_case("fait")) {
            return Some(Plain::Dropped);
        }
        if mixed & 2 != 0 && word == "fait" && before.is_some_and(|b| core(b).eq_ignore_ascii_case("en")) {
            return Some(Plain::Said("actually"));
        }
        // ("welke rollen ken je?": "do you know", the one asked after the verb)
        const KNOW: &[&str] = &["ken", "kent", "weet"];
        if mixed & 16384 != 0 && KNOW.contains(&word.as_str()) && next.is_some_and(|n| matches!(core(n), "je" | "jij"))
        {
            return Some(Plain::Said("do you know"));
        }
        if mixed & 16384 != 0
            && matches!(word.as_str(), "je" | "jij")
            && before.is_some_and(|b| KNOW.iter().any(|k| core(b).eq_ignore_ascii_case(k)))
        {
            return Some(Plain::Dropped);
        }
        // ("de quem é a responsabilidade …?" is "whose responsibility is it …?")
        if mixed & 256 != 0 && word == "de" && next.is_some_and(|n| core(n).eq_ignore_ascii_case("quem")) {
            return Some(Plain::Dropped);
        }
        if mixed & 256 != 0 && word == "quem" && before.is_some_and(|b| core(b).eq_ignore_ascii_case("de")) {
            return Some(Plain::Said("whose"));
        }
        // ("o PM do time de pagamentos": "time" is the team, after a word that says whose)
        let of_a_team =
            |w: &str| matches!(core(w).to_lowercase().as_str(), "do" | "no" | "meu" | "nosso" | "o" | "seu");
        if mixed & 256 != 0 && word == "time" && before.is_some_and(of_a_team) {
            return Some(Plain::Said("team"));
        }
        if mixed & 256 != 0 && word == "o" && next.is_some_and(|n| core(n).eq_ignore_ascii_case("que")) {
            return Some(Plain::Dropped);
        }
        if mixed & 256 != 0 && word == "do" && next.is_some_and(|n| core(n).eq_ignore_ascii_case("time")) {
            return Some(Plain::Said("of the"));
        }
        if mixed & 1024 != 0 {
            let next_is = |w: &str| next.is_some_and(|n| core(n).eq_ignore_ascii_case(w));
            let before_is = |words: &[&str]| before.is_some_and(|b| is(b, words));
            // ("apa itu PRD?", "PRD itu apa?": "is" beside "apa"; elsewhere "itu" goes)
            if word == "itu" && (next_is("apa") || before_is(&["apa"])) {
                return Some(Plain::Said("is"));
            }
            // ("role apa yang bikin wireframe?" is "which role makes wireframes?")
            if matches!(word.as_str(), "role" | "peran" | "posisi") && next_is("apa") {
                return Some(Plain::Said("which role"));
            }
            if word == "apa" && before_is(&["role", "peran", "posisi"]) {
                return Some(Plain::Dropped);
            }
            // ("siapa yang pegang backlog?": who; "ada yang tau …?": anyone)
            // ("apa aja yang bisa kamu bantu?": what the bot can help with; "role mana yang
            // harusnya bantu" asks who should help, not for help)
            if matches!(word.as_str(), "bantu" | "membantu") && before_is(&["kamu", "lo", "lu", "anda"]) {
                return Some(Plain::Said("help"));
            }
            // ("udah 3 tahun jadi PM": three years as PM, a role held)
            if word == "jadi" && before_is(&["tahun", "bulan", "thn"]) {
                return Some(Plain::Said("as"));
            }
            // ("apa aja yang bisa kamu bantu?": "what can you help with?")
            if word == "yang" && before_is(&["siapa", "apa", "ada", "aja"]) {
                return Some(Plain::Dropped);
            }
            if word == "ada" && next_is("yang") {
                return Some(Plain::Said("anyone"));
            }
            // ("PO sama PM sama gak?": "same" where it closes the question)
            if word == "sama" && closed_by(&["gak", "ga", "nggak", "enggak", "tidak", "aja", "kah", "ya"]) {
                return Some(Plain::Said("same"));
            }
            // ("… sama gak?": "or not" after "same")
            if matches!(word.as_str(), "gak" | "ga" | "nggak" | "enggak" | "tidak") && before_is(&["sama"]) {
                return Some(Plain::Said("or not"));
            }
        }
        // ("kaun kaun se roles cover karte ho?": "which roles do you cover?")
        if mixed & 64 != 0 {
            let next_is = |w: &str| next.is_some_and(|n| core(n).eq_ignore_ascii_case(w));
            let before_is = |w: &str| before.is_some_and(|b| core(b).eq_ignore_ascii_case(w));
            match word.as_str() {
                "kaun" if next_is("kaun") => return Some(Plain::Dropped),
                "kaun" if before_is("kaun") => return Some(Plain::Said("which")),
                "se" if before_is("kaun") => return Some(Plain::Dropped),
                "karte" | "karti" if next_is("ho") => return Some(Plain::Said("do you")),
                // ("spike kya hota hai jira me?": "me" closing a clause says "in" the word before
                // it)
                "me" | "mein"
                    if before.is_some_and(|b| core(b).len() == b.len())
                        && (next.is_none() || token.len() > core(token).len()) =>
                {
                    return Some(Plain::Before("in"));
                }
                _ => {}
            }
        }
        // ("co to jest PRD?": "to" says nothing between "co" and "jest")
        if mixed & 8192 != 0 && word == "to" && before.is_some_and(|b| matches!(core(b), "co" | "Co" | "czym")) {
            return Some(Plain::Dropped);
        }
        if mixed & 4096 != 0 {
            if let Some(plain) = spanish_in_context(before, &word, next) {
                return Some(plain);
            }
        }
        if let Some(english) = said {
            // ("can someone explain po?": "po" closing a clause is a particle, unless it follows a
            // word that names a role)
            if word == "po" && closed_by(&[]) && mixed & 1 != 0 && before.is_some_and(|b| !is(b, BEFORE_A_CLOSING_ROLE))
            {
                return Some(Plain::Dropped);
            }
            // ("our po", "a ba or a po" is the role)
            if matches!(word.as_str(), "po" | "ba") && role_word() {
                return None;
            }
            // ("em là BA" is "I am BA"; "em với pm" may be an engineering manager)
            let joins = |n: &str| {
                matches!(core(n).to_lowercase().as_str(), "với" | "và" | "hay" | "hoặc" | "or" | "and" | "vs")
            };
            if word == "em" && (role_word() || next.is_some_and(joins)) {
                return None;
            }
            // ("ano yung MVP?", "ano po yan?": after "ano", "yung" says "is" and "yan" "is that",
            // as "what is MVP?")
            let after_ano = before.is_some_and(|b| core(b).eq_ignore_ascii_case("ano")) && mixed & 1 != 0;
            if after_ano && matches!(word.as_str(), "yung" | "yan" | "yun" | "ito" | "ang") {
                return Some(Plain::Said(if matches!(word.as_str(), "yung" | "ang") { "is" } else { "is that" }));
            }
            // ("apm po ako, …", "product owner ako sa POS": "ako" after what one is, says "here")
            // ("pano po ako magiging PM?": "I" before what the asker does)
            if word == "ako"
                && !next.is_some_and(|n| {
                    matches!(
                        core(n).to_lowercase().as_str(),
                        "magiging"
                            | "maging"
                            | "mag"
                            | "lumipat"
                            | "makalipat"
                            | "makakalipat"
                            | "ma-promote"
                            | "mapromote"
                    )
                })
            {
                return Some(Plain::Said("here"));
            }
            // ("o que é PMM?" asks what; "ouvi dizer que PM ganha …" is "heard that PM earns …")
            if word == "que"
                && mixed & 256 != 0
                && before.is_none_or(|b| core(b).eq_ignore_ascii_case("o") || core(b).len() < b.len())
            {
                return Some(Plain::Said("what"));
            }
            // ("roadmap kis ki responsibility hai?", "kis ka kaam hai?": whose)
            if word == "kis" && next.is_some_and(|n| matches!(core(n).to_lowercase().as_str(), "ka" | "ki" | "ke")) {
                return Some(Plain::Said("whose"));
            }
            if word == "kis" && next.is_some_and(|n| core(n).eq_ignore_ascii_case("ko")) {
                return Some(Plain::Said("what"));
            }
            if word == "kehte"
                && before.is_some_and(|b| matches!(core(b).to_lowercase().as_str(), "ko" | "kise" | "kisko"))
            {
                return Some(Plain::Said("is"));
            }
            // ("kano model kya hai?": "hai" says "is" right after "kya", as "what is")
            if word == "hai" && before.is_some_and(|b| core(b).eq_ignore_ascii_case("kya")) {
                return Some(Plain::Said("is"));
            }
            // ("wetin be PMM na?": "be" says "is" after "wetin"; "na" closing a clause is a particle)
            // ("who be the QA for payments?": "is" after "who"; "you be our designer abi?": "are")
            if word == "be" {
                let before = before.map(|b| core(b).to_lowercase());
                return match before.as_deref() {
                    Some("wetin" | "who") => Some(Plain::Said("is")),
                    Some("you") => Some(Plain::Said("are")),
                    _ => None,
                };
            }
            if word == "na" && english == "is" && (closed_by(&[]) || before.is_none()) {
                return Some(Plain::Dropped);
            }
            // ("svp of product": "svp" is "please" only where it closes what is asked)
            if word == "svp" && !closed_by(&["merci", "lol", "thanks", "stp"]) {
                return None;
            }
            return Some(if english.is_empty() { Plain::Dropped } else { Plain::Said(english) });
        }
    }
    // (every other word looked for is two to four letters long)
    if !(2..=4).contains(&word.len()) {
        return None;
    }
    // ("what is a GPM svp", "how does it work svp?": the French "please" that closes a message
    // after anything but a word that names a role; "reports to the svp" is the role)
    if word == "svp" && next.is_none() && before.is_some_and(|b| !is(b, BEFORE_A_ROLE)) {
        return Some(Plain::Dropped);
    }
    // ("is a PO same as a PM ama?": the Swahili "or", where it closes a question, asks
    // whether it is so)
    if word == "ama" && before.is_some() && closed_by(&[]) && word.len() < token.len() {
        return Some(Plain::Dropped);
    }
    // ("PO and BA sama or not?": the Malay "same", where it closes a question)
    if word.eq_ignore_ascii_case("sama") && before.is_some() && closed_by(&["or", "anot", "not", "ah", "lah", "meh"]) {
        return Some(Plain::Said("same"));
    }
    // ("role desc po pls": thanks or a please closes "po" too)
    let closes = closed_by(if word == "po" { &["pls", "plz", "please", "thanks", "thx", "ty"] } else { &[] });
    let after_a_word = before.is_some_and(|b| !core(b).is_empty());
    // ("what's a delivery manager po": "po" that closes a question after a role's name is said
    // for respect)
    let respect = word == "po"
        && before.is_some_and(|b| b.len() == core(b).len() && b.len() > 1 && b.chars().all(char::is_alphabetic))
        && !role_word();
    if closes
        && after_a_word
        && (is(word, PARTICLES)
            || respect
            || (word.eq_ignore_ascii_case("one") && before.is_some_and(|b| is(b, BEFORE_ONE))))
    {
        Some(Plain::Dropped)
    } else if word.len() == token.len() && word.eq_ignore_ascii_case("who") && next.is_some_and(|n| is(n, HELD)) {
        Some(Plain::Whose)
    } else {
        None
    }
}

/// How a Spanish word reads by the words beside it, where that differs from [`SPANISH`]:
/// "a" is "to" after a move ("pasarme a PM", "de APM a PM"), "a quién le toca" is "whose job
/// is it to", "historias de usuario" is "user stories", "deuda técnica" is "technical debt".
fn spanish_in_context(before: Option<&str>, word: &str, next: Option<&str>) -> Option<Plain> {
    let low = |w: Option<&str>| w.map(|w| core(w).to_lowercase());
    let (before_word, next_word) = (low(before), low(next));
    let (b, n) = (before_word.as_deref(), next_word.as_deref());
    // (a role's letters: "APM", "PM")
    let capitals = |w: Option<&str>| {
        w.map(core).is_some_and(|w| w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()))
    };
    let opens = before.is_none_or(|w| core(w).len() < w.len())
        || b.is_some_and(|b| matches!(b, "y" | "pero" | "oye" | "bueno" | "sabe" | "sabes" | "saben" | "pregunta"));
    const MOVES: &[&str] =
        &["pasarme", "moverme", "muevo", "cambiarme", "pasar", "mover", "cambiar", "llegar", "subir", "ir"];
    Some(match word {
        "a" if n.is_some_and(|n| matches!(n, "quién" | "quien" | "qué" | "que")) => Plain::Dropped,
        "a" if b.is_some_and(|b| MOVES.contains(&b)) || capitals(before) => Plain::Said("to"),
        "quién" | "quien" if b == Some("a") => Plain::Said("whose"),
        "qué" | "que" | "q" if n.is_some_and(|n| matches!(n, "rol" | "puesto")) => Plain::Said("which"),
        "de" if capitals(next)
            || b.is_some_and(|b| matches!(b, "brinco" | "salto" | "paso" | "cambio") || MOVES.contains(&b)) =>
        {
            Plain::Said("from")
        }
        "de" if n.is_some_and(|n| n.starts_with("usuario")) => Plain::Dropped,
        "usuario" | "usuarios" if b == Some("de") => Plain::Dropped,
        "deuda" if n == Some("técnica") => Plain::Said("technical debt"),
        "técnica" if b == Some("deuda") => Plain::Dropped,
        "desde" if n == Some("hace") => Plain::Dropped,
        "hace" if b == Some("desde") => Plain::Said("for"),
        "se" if n == Some("apunta") => Plain::Said("is"),
        "para"
            if n.is_some_and(|n| n.ends_with("ar") || n.ends_with("er") || n.ends_with("ir") || n.ends_with("me")) =>
        {
            Plain::Said("to")
        }
        "me" if n.is_some_and(|n| {
            matches!(n, "muevo" | "preparo" | "recomiendan" | "ofrecieron" | "late" | "interesa" | "gustaría" | "toca")
        }) =>
        {
            Plain::Dropped
        }
        // ("q roles tienes?", "como le hago …?": a question word where a clause opens; "como
        // product manager" is "as")
        "q" | "como" if opens => Plain::Said(if word == "q" { "what" } else { "how" }),
        // ("es como un PM junior?": a guess at what it is like)
        "como" if matches!(b, Some("es" | "sería" | "seria")) => Plain::Said("like"),
        // ("explicar que es un EM": what it is, anywhere)
        "que" if opens || n == Some("es") => Plain::Said("what"),
        _ => return None,
    })
}

/// The languages of [`MIXED`] a message mixes in, a bit each (most messages: none).
fn mixed_in(text: &str) -> u32 {
    text.split_ascii_whitespace().fold(0, |mixed, w| mixed | only_in(core(w)))
}

/// The words of a text a space apart, each with how it is said in plain English.
fn changes(text: &str, mixed: u32) -> impl Iterator<Item = (&str, Option<Plain>)> {
    let mut tokens = text.split(' ').peekable();
    let mut before = None;
    std::iter::from_fn(move || {
        let token = tokens.next()?;
        let plain = change(before, token, tokens.peek().copied(), mixed);
        // (a "po" said for politeness stands between no two words: "ano po yan" is "ano yan")
        // ("ano ba ang NPS?": nor a "ba" that asks)
        if !(plain == Some(Plain::Dropped)
            && (core(token).eq_ignore_ascii_case("po") || core(token).eq_ignore_ascii_case("ba")))
        {
            before = Some(token);
        }
        Some((token, plain))
    })
}

/// The text with colloquial forms said as plain English: a particle that closes a clause for
/// tone ("who should facilitate ah?") is dropped and its mark kept, a closing "one" after a
/// doing word goes ("who do one?"), "who job" reads "whose job", and in a message that mixes
/// Tagalog in, its question words read as English ("sino po ang …" as "who the …"). Text with
/// none of them comes back as it is (most messages: looked for without copying anything).
pub fn colloquial(text: &str) -> std::borrow::Cow<'_, str> {
    let mixed = mixed_in(text);
    if changes(text, mixed).all(|(_, plain)| plain.is_none()) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for (i, (token, plain)) in changes(text, mixed).enumerate() {
        if plain == Some(Plain::Dropped) {
            // the mark stays with the word before ("gì, anh lead": a mark of its own stays too)
            let mark = &token[core(token).len()..];
            if !mark.is_empty() {
                out.truncate(core(&out).len());
                out.push_str(mark);
            }
            continue;
        }
        if i > 0 && !out.is_empty() {
            out.push(' ');
        }
        match plain {
            Some(Plain::Whose) => out.push_str("whose"),
            Some(Plain::Said(english)) => {
                out.push_str(english);
                out.push_str(&token[core(token).len()..]);
            }
            Some(Plain::Before(english)) => {
                out.pop();
                let start = out.rfind(' ').map_or(0, |at| at + 1);
                out.insert_str(start, english);
                out.insert(start + english.len(), ' ');
                out.push_str(&token[core(token).len()..]);
            }
            Some(Plain::Ending(before, after, stem)) => {
                for part in [before, &token[..stem], after] {
                    if !part.is_empty() {
                        out.push_str(part);
                        out.push(' ');
                    }
                }
                out.pop();
                out.push_str(&token[core(token).len()..]);
            }
            _ => out.push_str(token),
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::{clean, colloquial};

    #[test]
    fn markup_is_removed_and_words_are_kept() {
        let table = [
            ("<@U02ABCDEF> what is a po?", "what is a po?"),
            ("someone added you to #product-leaders, what can you do?", "someone added you to what can you do?"),
            ("the #1 priority for a PO?", "the #1 priority for a PO?"),
            // a person mentioned as the subject of a question is someone, by name
            ("is <@U02ABCDEF> still our PO?", "is Someone still our PO?"),
            ("anyone know if <@U02ABCDEF> is the PO now?", "anyone know if Someone is the PO now?"),
            ("how do I use @rolecall?", "how do I use rolecall?"),
            (
                "just noticed @rolecall has joined, what does it do?",
                "just noticed rolecall has joined, what does it do?",
            ),
            // a mention that is used, or a handle that says it is a bot, is the bot
            ("how do I use <@U0XYZ>? just tag it?", "how do I use rolecall ? just tag it?"),
            ("¿qué es un PO?", "qué es un PO?"),
            // (or is seen, and spoken of as a thing)
            ("first time seeing <@U0XYZ> here, what does it do?", "first time seeing rolecall here, what does it do?"),
            ("what is @RolesBot and what can it do?", "what is rolecall and what can it do?"),
            ("can I ask @helperbot stuff?", "can I ask rolecall stuff?"),
            ("@rolecall what is a PO?", "what is a PO?"),
            ("@pmbot what do you do?", "rolecall what do you do?"),
            ("@pmbot who owns the roadmap?", "who owns the roadmap?"),
            ("what does <@U02ABCDEF> do", "what does do"),
            ("hey @rolecall, pm vs po :thinking_face:", "hey pm vs po"),
            ("> we need a PO\nwho owns the roadmap?", "who owns the roadmap?"),
            ("see <https://example.com/doc|the PM doc> please", "see the PM doc please"),
            ("what is a scrum master https://x.io/a?b", "what is a scrum master"),
            ("<!here> <#C123|general> is a *PO* the same as a `PM`?", "is a *PO* the same as a `PM`?"),
            ("> only a quote about a PO", "only a quote about a PO"),
            // a quote run on into a question, its line break lost, parts where the question opens
            (
                "> the SM is out friday sorry what's a scrum master?",
                "the SM is out friday. sorry what's a scrum master?",
            ),
            ("> PMs decide what to build?", "PMs decide what to build?"),
            ("> we hired a PO, who knew. how is that different?", "we hired a PO, who knew. how is that different?"),
            ("time is 10:30 now", "time is 10:30 now"),
            (":wave::tada: hi", "hi"),
            ("new here :wave: who runs retros?", "new here. who runs retros?"),
            // initials with dots are one word; a time is not initials
            ("/whatis p.o.", "/whatis po"),
            ("is the V.P. the same as a c.p.o?", "is the VP the same as a cpo?"),
            ("standup moved to 3 p.m. today", "standup moved to 3 p.m. today"),
            ("see config.yaml or a.b", "see config.yaml or ab"),
            // letters said one by one are one word; the speaker's "I" is not a letter
            ("is a B A the same as a P O?", "is a BA the same as a PO?"),
            ("what's a pee em and do pee ems code?", "what's a PM and do PMs code?"),
            ("so B A I think", "so BA I think"),
            ("what does R A C I stand for? R A C I", "what does RACI stand for? RACI"),
            ("I see them every day", "I see them every day"),
            // control characters and text-reordering marks never reach an echoed title
            ("who owns\u{1b} the roadmap\u{7}?", "who owns the roadmap ?"),
            ("who\tsigns \u{202e}off\u{202c} releases?\r", "who signs off releases?"),
        ];
        for (raw, cleaned) in table {
            let got = clean(raw);
            assert_eq!(got.split_whitespace().collect::<Vec<_>>().join(" "), cleaned, "{raw:?}");
        }
    }

    #[test]
    fn colloquial_forms_read_as_plain_english() {
        let table = [
            ("sprint retro who should facilitate ah", "sprint retro who should facilitate"),
            ("spike is what ah? kanban thing lah.", "spike is what? kanban thing."),
            ("requirement gathering usually who do one?", "requirement gathering usually who do?"),
            ("remove blockers is who job", "remove blockers is whose job"),
            ("this one is who job? updating the roadmap", "this one is whose job? updating the roadmap"),
            // a particle that opens, or a word of its own, stays
            ("ah ok, who runs the retro?", "ah ok, who runs the retro?"),
            ("which one?", "which one?"),
            ("who owns this one", "who owns this one"),
            ("the PM is who? the job is hers", "the PM is who? the job is hers"),
            ("SM and delivery lead sama anot", "SM and delivery lead same anot"),
            ("is the PO and BA sama?", "is the PO and BA same?"),
            ("thanks PM-sama", "thanks PM-sama"),
            // Tagalog mixed in reads as English; "po" for respect goes, "our po" stays
            ("sino po ang may-ari ng roadmap?", "who the may-ari roadmap?"),
            ("pano po ba maging scrum master?", "how become scrum master?"),
            ("salamat po, sino ang PO natin?", "salamat, who the PO natin?"),
            ("salamat, nasaan ang our po?", "salamat, nasaan the our po?"),
            ("what's a delivery manager po?", "what's a delivery manager?"),
            // "ano yung" asks what a thing is; "ako" closing a clause says where the asker is;
            // "po" closing a clause after a verb is a particle
            ("ano yung MVP sa product?", "what is MVP in product?"),
            ("BA po ako, pano po ako magiging PO?", "BA here, how I become PO?"),
            ("can someone explain po? nabasa ko lang", "can someone explain? nabasa"),
            ("we need a po", "we need a po"),
            ("pm -> po, how long?", "pm -> po, how long?"),
            // Vietnamese mixed in; "em" is the asker only before another Vietnamese word
            ("PO với PM khác gì nhau ạ?", "PO and PM different what?"),
            ("em là BA, muốn chuyển sang PO", "I is BA, want to move to PO"),
            ("technical debt là gì, anh lead nói", "technical debt is what, lead nói"),
            ("em với pm khác gì", "em and pm different what"),
            // Turkish mixed in; an English word with a Turkish ending
            ("QA'dan PM'e nasıl geçilir?", "from QA to PM how move?"),
            ("EM'im, TPM olmak istiyorum", "EM here, TPM become want to"),
            ("PM ile PO farkı nedir", "PM and PO difference what is"),
            ("the PO's backlog", "the PO's backlog"),
            // French mixed in
            ("le PRD, c'est quoi exactement?", "the PRD, what is exactly?"),
            // Hindi mixed in
            ("PMM kya hota hai bhai?", "PMM what is?"),
            // "hai" right after "kya" is "is"; elsewhere it goes
            ("MVP kya hai?", "MVP what is?"),
            ("senior PM hu, GPM kaise banu", "senior PM here, GPM how become"),
            // Nigerian Pidgin mixed in; "be" says "is" only after "wetin", "na" closing is a particle
            ("wetin be APM na?", "what is APM?"),
            ("abeg how I fit become BA", "please how I can become BA"),
            ("na who dey run standup", "who run standup"),
            ("I dey learn how to be a PO", "I learn how to be a PO"),
            // Indonesian mixed in: "itu" is "is" only beside "apa"; "role apa" asks which role
            ("apa itu OKR?", "what is OKR?"),
            ("scrum master itu ngapain sih?", "scrum master does what?"),
            ("role apa yang nulis user story?", "which role writes user story?"),
            ("PO sama BA sama gak?", "PO and BA same or not?"),
            // Spanish mixed in: "a" is "to" after a move, "historias de usuario" are user stories
            ("soy BA, cómo me muevo a PO?", "i am BA, how move to PO?"),
            ("qué rol escribe las historias de usuario?", "which role writes the user stories?"),
            ("a quién le toca la retro?", "whose job is it to the retro?"),
            ("qué es deuda técnica?", "what is technical debt?"),
            // Polish mixed in: "to" goes only between "co" and "jest"
            ("co to jest OKR?", "what is OKR?"),
            ("jak przejść z BA na PO", "how move from BA to PO"),
            // Italian mixed in
            ("qualcuno sa cosa fa un BA?", "anyone knows what does a BA?"),
        ];
        for (said, plain) in table {
            assert_eq!(colloquial(said), plain, "{said:?}");
        }
    }
}
