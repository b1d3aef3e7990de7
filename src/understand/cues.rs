//! The word lists free-text reading relies on, kept apart so they can be reviewed like data:
//! each list says what its words signal. Words are as [`crate::text::words`] gives them:
//! lowercase, apostrophes dropped.

/// Words a sentence may open with before what it asks: "hmm who keeps …", "but who does …",
/// "like is it …".
pub const OPENERS: &[&str] = &[
    "but",
    "and",
    "so",
    "ok",
    "okay",
    "anyway",
    "like",
    "hmm",
    "hm",
    "um",
    "umm",
    "uh",
    "yeah",
    "well",
    "also",
    // "wait what is this bot?"
    "wait",
    "btw",
    "hey",
    "yo",
    "eh",
    // "@pmbot who owns …" (a bot's handle that opens a line reads as the bot's name)
    "rolecall",
    "normally",
    "typically",
    "usually",
    "generally",
    "honestly",
    "basically",
    "ultimately",
    // "pls who signs off the release?", "abeg who does the wireframes?": a plea before the question
    "pls",
    "plz",
    "please",
    "kindly",
    "abeg",
    // "folks, who signs off the release?", "gente who makes the wireframes?": the people addressed
    "guys",
    "folks",
    "yall",
    "everyone",
    "everybody",
    "gente",
    "pessoal",
    // "ser who decides pricing?", "fam what's a PMM": the one addressed, as chat says it
    "ser",
    "sir",
    "fam",
    "bro",
    "bruh",
    "gm",
    // "… not their job. then who should do it?"
    "then",
];

/// Words that ask for a comparison.
pub const COMPARE: &[&str] = &[
    "vs",
    "v",
    "versus",
    "difference",
    "differences",
    "different",
    // "what does each one do differently?"
    "differently",
    "differ",
    "differs",
    "differing",
    "compare",
    "compared",
    "compares",
    "comparing",
    "comparison",
    "same",
    "between",
    "distinguish",
    "contrast",
    "similar",
    "alike",
    "diff",
    "split",
    "divide",
    "overlap",
    "overlaps",
    "overlapping",
    "distinction",
    "differentiate",
    "differentiates",
    "relate",
    "relates",
    "related",
    "separates",
    "identical",
    "interchangeable",
    "distinguishes",
    "distinguishing",
    "differentiating",
];

/// Words that ask how to get into a role.
pub const TRANSITION: &[&str] = &[
    "become",
    "becoming",
    // "how someone becomes a CPO?"
    "becomes",
    "transition",
    "transitioning",
    "move",
    "moving",
    "switch",
    "switching",
    "pivot",
    "pivoting",
    "path",
    "career",
    "promoted",
    "promotion",
    // "could I retrain to be a designer?"
    "retrain",
    "retraining",
    "reskill",
    "reskilling",
    "into",
    "progress",
    "progression",
    "route",
    // "what's the road to VP of product look like?"
    "road",
    "journey",
    "prepare",
    "grow",
    "land",
    "landing",
    "aiming",
    "jump",
    "reach",
    "reaching",
    "aspiring",
    "aspire",
    "break",
    "qualify",
    "qualifications",
    "reposition",
    "repositioning",
    "pursue",
    "pursuing",
    // "eyeing a CPO seat"
    "eyeing",
    "eying",
    // "how can I transfer to product management?"
    "transfer",
    "transferring",
    // "build toward a group PM role"
    "toward",
    "towards",
    // "looking at VP of product roles — realistic leap?"
    "leap",
];

/// Verbs after "get to" that say being allowed to, not reaching a role: "do POs get to
/// decide", "who gets to pick".
const GET_TO_VERBS: &[&str] = &[
    "decide", "do", "choose", "pick", "work", "see", "know", "have", "be", "make", "say", "own", "set", "run", "meet",
    "talk", "spend", "use", "write", "call", "approve", "sign", "veto", "define", "talking", "working", "the", "it",
    "that", "this", "them", "a", "an",
];

/// Words for a post one applies for: "get a PM job", "land a PO role".
const JOB: &[&str] =
    &["job", "jobs", "role", "roles", "position", "positions", "gig", "offer", "internship", "opening"];

/// Words that ask what a role is.
pub const DEFINE: &[&str] = &[
    "what",
    "whats",
    "explain",
    // ("need a simple explanation of a product marketing manager")
    "explanation",
    "eli5",
    "define",
    "definition",
    "definitions",
    "meaning",
    "mean",
    "means",
    "describe",
    "description",
    "role",
    "roles",
    "job",
    // "engineering manager - what's the gig?"
    "gig",
    "responsibilities",
    // "product designer responsibility is only UI?"
    "responsibility",
    "duties",
    // "kindly advise on the remit of an EM", "product designer scope: research too?"
    "remit",
    "scope",
    "mandate",
    "does",
    "do",
    "about",
    "tell",
    "who",
    "overview",
    "day",
    "life",
    "work",
    "works",
    "actually",
    "exactly",
    "purpose",
    "info",
    "information",
    "summary",
    "doing",
    "eli5",
    "desc",
    "def",
    "defn",
    "wat",
    "wut",
    "expected",
    "expectations",
    // "skills needed for a marketing manager?", "seniority ladder of a product designer?"
    "skills",
    "skill",
    "skillset",
    "competencies",
    "seniority",
];

/// Words that carry no meaning of their own in a role question.
pub const FILLER: &[&str] = &[
    "a",
    "an",
    "the",
    "is",
    "are",
    "was",
    "be",
    "of",
    "to",
    "in",
    "on",
    "for",
    "and",
    "or",
    "as",
    "it",
    "its",
    "i",
    "im",
    "me",
    "my",
    "you",
    "your",
    "we",
    "our",
    "they",
    "their",
    "them",
    "he",
    "she",
    "his",
    "her",
    "can",
    "could",
    "would",
    "should",
    "please",
    "pls",
    "hey",
    "hi",
    "hello",
    "so",
    "like",
    "just",
    "really",
    "how",
    "why",
    "when",
    "where",
    "which",
    "this",
    "that",
    "there",
    "with",
    "am",
    "us",
    "vs",
    "versus",
    "or",
    "both",
    "one",
    "other",
    "anyone",
    "someone",
    "quick",
    "question",
    "q",
    "kind",
    "typical",
    "typically",
    "usually",
    "at",
    "company",
    "team",
    "org",
    "want",
    "wanna",
    "know",
    "some",
    "any",
    "s",
    "if",
    "then",
    "than",
    "from",
    "up",
    "much",
    "many",
    "difference",
    "differences",
    "different",
    "same",
    "between",
    "thing",
    "things",
    "type",
    "does",
    "did",
    "have",
    "has",
    "show",
    "list",
    "all",
    "available",
    "every",
    "cover",
    "covers",
    "support",
    "supported",
    "tell",
    "bot",
    "use",
    "ask",
    "halp",
    // "in simple terms", "in plain words", "simply", "in a nutshell": how it should be said
    "simple",
    "simply",
    "plain",
    "terms",
    "words",
    "nutshell",
    "layman",
    "laymans",
    "english",
];

/// What cues a sentence carries, found once.
pub struct Cues<'a> {
    ws: &'a [&'a str],
    /// What each word signals, as [`kinds`] gives it.
    kinds: Vec<u8>,
    /// Where each clause of the message starts, as word indexes.
    clause_starts: Vec<usize>,
    /// Where each part after a comma starts.
    comma_starts: Vec<usize>,
    pub compare: bool,
    pub transition: bool,
    pub define: bool,
    /// Whether the question asks "who does X", once worked out: reading asks it often.
    asks_who: std::cell::OnceCell<bool>,
    /// Whether the message asks for a role by what it does, once worked out.
    names_a_role: std::cell::OnceCell<bool>,
    /// Where the first word of the message and of each clause is, as `first_word` finds it.
    openings: Vec<usize>,
    /// Where the first word of each part after a comma is.
    part_openings: Vec<usize>,
}

impl<'a> Cues<'a> {
    /// The cues in a message's words.
    pub fn new(ws: &'a [&'a str], clause_starts: Vec<usize>, comma_starts: Vec<usize>) -> Self {
        let word_kinds: Vec<u8> = ws.iter().map(|w| kinds(w)).collect();
        let has = |bit: u8| word_kinds.iter().any(|k| k & bit != 0);
        // "I just got promoted to senior PM" tells news; it does not ask how to move
        // (read only where a word of the lists or one that opens a move is: most messages
        // have none)
        let transition = has(IS_TRANSITION | OPENS_A_MOVE)
            && ((0..ws.len()).any(|i| {
                word_kinds[i] & IS_TRANSITION != 0
                    && !past_move(ws, i)
                    && !momentum(ws, i)
                    && !declined_move(ws, i)
                    && !realm(ws, i)
                    && !not_a_move(ws, i)
            })
            // "how does one get there?", "I want to be a scrum master", "making the jump to PM"
            || ws.windows(2).any(|pair| pair[0] == "get" && pair[1] == "there")
            // ("I don't want to be rude": a manner, not a post)
            || (1..ws.len()).any(|i| {
                let wish = |w: &str| matches!(w, "want" | "wanna" | "like" | "hoping" | "plan" | "aspire" | "ready");
                // ("what is it like to be a VP of product?": how the post feels, asked)
                let feels = i > 2 && ws[i - 2] == "like" && matches!(ws[i - 3], "it" | "its" | "was" | "s");
                ws[i] == "be"
                    && (matches!(ws[i - 1], "wanna" | "want") || (i > 1 && ws[i - 1] == "to" && wish(ws[i - 2]) && !feels))
                    // ("i want to be prepped", "want to be involved": a state, no post)
                    && ws.get(i + 1).is_none_or(|n| !(MANNERS.contains(n) || (n.len() > 4 && n.ends_with("ed"))))
            })
            // "how do I get to GPM?", "what does it take to get to VP", "step up to principal":
            // not "do POs get to decide the scope?"
            // ("how do I get to a proper PM role?": a post, not "get to a meeting")
            || ws.windows(3).enumerate().any(|(i, w)| {
                matches!(w[0], "get" | "getting" | "step" | "stepping" | "level" | "climb")
                    && matches!(w[1], "to" | "up")
                    // ("to get up to speed" learns, it moves nowhere)
                    && ws.get(i + 3).is_none_or(|n| *n != "speed")
                    && (!GET_TO_VERBS.contains(&w[2])
                        || (matches!(w[2], "a" | "an") && ws[i + 3..].iter().take(5).any(|j| JOB.contains(j)))
                        // ("how do you get to be a VP of product?", "how does one get to be head of product")
                        || (w[2] == "be"
                            && ws.get(i + 3).is_some_and(|n| {
                                matches!(*n, "a" | "an")
                                    || !(MANNERS.contains(n) || n.ends_with("ed") || n.ends_with("ing") || GET_TO_VERBS.contains(n))
                            })))
            })
            // "how do you work your way up to CPO?", "climbed my way up the ladder" (not "every
            // role from APM all the way up to CPO")
            || ws.windows(4).any(|w| {
                matches!(w[0], "my" | "your" | "their" | "our" | "his" | "her")
                    && w[1] == "way"
                    && w[2] == "up"
                    && matches!(w[3], "to" | "the")
            })
            // "fancy being a programme manager instead": a wish for a post
            || ws.windows(3).any(|w| {
                matches!(w[0], "fancy" | "fancied" | "fancies")
                    && matches!(w[1], "being" | "becoming")
                    && matches!(w[2], "a" | "an")
            })
            // "what should the promo case look like?"
            || ws.windows(2).any(|p| {
                p[0] == "promo" && matches!(p[1], "case" | "packet" | "cycle" | "doc" | "document" | "process" | "criteria")
            })
            // "want to go straight to director of product"
            // ("trying to get the big-co hierarchy" is to understand it)
            || ws.windows(3).enumerate().any(|(i, w)| {
                matches!(w[0], "want" | "wanting" | "wanna" | "trying" | "planning" | "plan" | "hoping")
                    && w[1] == "to"
                    && matches!(w[2], "go" | "get" | "try")
                    && !ws.get(i + 3).is_some_and(|o| {
                        matches!(*o, "the" | "a" | "an" | "it" | "this" | "that" | "my" | "our" | "them")
                    })
            })
            // "do you think I can go to a product ops role?"
            || ws.windows(4).enumerate().any(|(i, w)| {
                matches!(w[0], "can" | "could") && w[1] == "go" && w[2] == "to" && matches!(w[3], "a" | "an")
                    && ws[i + 4..].iter().take(4).any(|n| matches!(*n, "role" | "job" | "position" | "track"))
            })
            // "PO wanting to try product work, where do I even start?"
            || ws.windows(4).enumerate().any(|(i, w)| {
                w[0] == "where"
                    && matches!(w[1], "do" | "should" | "can")
                    && w[2] == "i"
                    && ws[i + 3..].iter().take(2).any(|s| matches!(*s, "start" | "begin"))
            })
            // "thinking go product side as TPM", "move over to the product side"
            || ws.windows(4).any(|w| {
                matches!(w[0], "go" | "going" | "move" | "moving" | "switch" | "switching") && w[1..].contains(&"side")
            })
            // "how to go to product manager?", "how can I go to PO?" ("how to go further to VP?")
            || ws.windows(2).enumerate().any(|(i, w)| {
                // ("go further to", "move up to": a word of the way between)
                let to = if matches!(w[1], "further" | "up" | "on" | "onwards") { i + 2 } else { i + 1 };
                matches!(w[0], "go" | "move")
                    && ws.get(to) == Some(&"to")
                    && ws[i.saturating_sub(3)..i].contains(&"how")
                    && !ws.get(to + 1).is_some_and(|n| matches!(*n, "the" | "a" | "an" | "our" | "my"))
            })
            // "what would it take to get hired as a TPM?"
            || ws.windows(3).any(|w| {
                matches!(w[0], "get" | "getting" | "be" | "being") && w[1] == "hired" && w[2] == "as"
            })
            // "what would get me to a director of product role?", "how does one end up as head of product?"
            || ws.windows(3).any(|w| {
                (matches!(w[0], "get" | "gets") && matches!(w[1], "me" | "us" | "someone" | "you") && w[2] == "to")
                    || (w[0] == "end" && w[1] == "up" && w[2] == "as")
            })
            // "is APM a realistic next step for me?"
            || ws.windows(2).any(|pair| pair[0] == "next" && matches!(pair[1], "step" | "move"))
            // "I would like to evolve to program manager"
            || ws.windows(2).any(|w| matches!(w[0], "evolve" | "evolving") && matches!(w[1], "to" | "into" | "towards"))
            // "fancy crossing over to the product side"
            || ws.windows(3).any(|w| matches!(w[0], "cross" | "crossing") && w[1] == "over" && matches!(w[2], "to" | "into"))
            // "thinking of jumping to the PM side", "hopping over into product"
            || ws.windows(2).any(|w| matches!(w[0], "jumping" | "hopping" | "hop") && matches!(w[1], "to" | "into" | "over"))
            // "how do I go from that to product owner?": a way from one post to another
            || ws.windows(2).enumerate().any(|(i, w)| {
                matches!(w[0], "go" | "going" | "get" | "getting" | "move" | "moving" | "switch" | "switching" | "step" | "jump")
                    && w[1] == "from"
                    // ("going from 2 to 8 PMs": a count that grows)
                    && !ws.get(i + 2).is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()))
                    && ws[i + 2..].iter().take(5).any(|x| matches!(*x, "to" | "into"))
            })
            // "APM to PM, how do you make that step?", "ready to take the leap"
            || ws.windows(3).any(|w| {
                matches!(w[0], "make" | "making" | "take" | "taking")
                    && matches!(w[1], "that" | "the" | "this")
                    && (matches!(w[2], "step" | "leap" | "jump") || (w[2] == "move" && w[0].starts_with("mak")))
            })
            // "how do I position myself for a VP of Product role?": readying oneself for it
            || ws.windows(3).any(|w| {
                matches!(w[0], "position" | "positioning") && matches!(w[1], "myself" | "yourself" | "ourselves") && w[2] == "for"
            })
            // "what gaps do I need to close first?": the way to a role
            || (ws.iter().any(|w| *w == "gap" || *w == "gaps")
                && ws.iter().any(|w| matches!(*w, "close" | "fill" | "closing" | "filling")))
            // "what gaps do I need to close to make VP?", "how do I make senior?", "work towards
            // principal": "make" a post, or go towards it, is reach it
            || ws.windows(2).enumerate().any(|(i, w)| {
                // ("thinking of going principal rather than managing people")
                matches!(w[0], "make" | "towards" | "toward" | "go" | "going")
                    && matches!(w[1], "vp" | "director" | "senior" | "principal" | "lead" | "head" | "group")
                    && ws.get(i + 2).is_none_or(|n| {
                        matches!(*n, "level" | "in" | "by" | "within" | "before" | "this" | "next" | "soon" | "eventually" | "one" | "pm" | "product" | "of" | "rather" | "instead" | "track")
                    })
            })
            // "how i can get APM job", "tips to land a PO role": a job search
            || ws.iter().enumerate().any(|(i, w)| {
                matches!(*w, "get" | "getting" | "land" | "find" | "finding")
                    && ws[i + 1..].iter().take(6).position(|w| JOB.contains(w)).is_some_and(|k| {
                        let after = ws.get(i + k + 2).copied();
                        // ("find out what the CPO role covers" learns what it is)
                        !ws[i + 1..i + 1 + k].iter().any(|w| {
                            matches!(*w, "their" | "his" | "her" | "the" | "my" | "your" | "out" | "what" | "which" | "how")
                        })
                            && after != Some("done")
                    })
            }));
        // "I'd like to understand it on its own, without comparing": a comparison declined
        // ("not asking for the diff", "not asking which is better": a comparison the asker
        // says they do not want)
        let not_asking = |i: usize| {
            ws[i.saturating_sub(6)..i].windows(2).any(|p| {
                matches!(p[0], "not" | "dont" | "no")
                    && matches!(p[1], "asking" | "looking" | "need" | "want" | "interested")
            })
        };
        // (read only where a word of the lists or one that opens a comparison is)
        let compare = has(IS_COMPARE | OPENS_A_COMPARISON)
            && (ws.iter().enumerate().any(|(i, w)| {
            // ("not the difference, just each one")
            let declined = |k: usize| i >= k && matches!(ws[i - k], "without" | "not" | "no");
            // ("explain each one, comparison not needed")
            let not_needed = ws.get(i + 1).is_some_and(|n| *n == "not" || *n == "unnecessary")
                && ws.get(i + 2).is_none_or(|n| matches!(*n, "needed" | "required" | "necessary" | "wanted"));
            let article = i > 0 && matches!(ws[i - 1], "the" | "a" | "any");
            // ("only PM related ones?" names a kind of role; "how are they related?" compares)
            let kind_of = *w == "related"
                && ws.get(i + 1).is_some_and(|n| *n != "to")
                && i > 0
                && !matches!(
                    ws[i - 1],
                    "are" | "is" | "how" | "closely" | "be" | "been" | "so" | "very" | "really" | "they" | "those" | "these" | "both" | "even" | "at"
                );
            // ("PO to PM switch possible in the same company?": where, not which is like which)
            let same_place = *w == "same"
                && ws.get(i + 1).is_some_and(|n| {
                    matches!(
                        *n,
                        "company" | "team" | "org" | "organisation" | "organization" | "department" | "firm" | "employer" | "place" | "day" | "time" | "week"
                    )
                });
            // ("what does each one do differently?" compares; "what should I be doing
            // differently?" asks about the asker)
            let own_way = *w == "differently"
                && !ws[i.saturating_sub(5)..i].iter().any(|b| matches!(*b, "each" | "both" | "they" | "them" | "those"));
            word_kinds[i] & IS_COMPARE != 0
                && !own_way
                && !(declined(1)
                    || (article && declined(2))
                    || not_asking(i)
                    || titles(ws, i)
                    || not_needed
                    || kind_of
                    || same_place)
        })
            // "where does the designer's job stop and the PM's start?"
            || (ws.iter().any(|w| matches!(*w, "stop" | "stops" | "end" | "ends"))
                && ws.iter().any(|w| matches!(*w, "start" | "starts" | "begin" | "begins"))
                && ws.contains(&"where"))
            // "which one is more senior?", "does a director outrank a head of product?"
            || ws.windows(2).any(|p| p[0] == "more" && matches!(p[1], "senior" | "junior"))
            || ws.iter().any(|w| matches!(*w, "outrank" | "outranks" | "higher" | "lower"))
            // "which one is more technical, TPM or PM?", "which is harder?": the two weighed
            // against each other (not "which is more responsible for …": an owner)
            || ws.iter().enumerate().any(|(i, w)| {
                *w == "which"
                    && !not_asking(i)
                    && ws[i + 1..].iter().take(4).enumerate().any(|(k, c)| {
                        let next = ws.get(i + 2 + k).copied();
                        matches!(*c, "more" | "less" | "better" | "harder" | "easier" | "bigger" | "broader")
                            && !matches!(next, Some("responsible" | "accountable" | "involved" | "in" | "likely"))
                    })
            })
            // "is a delivery manager just another name for a scrum master?"
            || ws.windows(2).any(|p| matches!(p[0], "another" | "other" | "different") && matches!(p[1], "name" | "word"))
            // "CPO and CEO: who does what?"
            || who_does_what(ws)
            // "GPM or principal PM: which one is the people manager?": which of the two it is
            || ws.windows(3).any(|w| w[0] == "which" && w[1] == "one" && matches!(w[2], "is" | "s")));
        // ("actually I am working as PM in lending": "actually" as "currently", said of oneself)
        // ("a PM at my last company for about two years": "about" as "roughly")
        let of_oneself = |i: usize| {
            (ws[i] == "actually" && ws.get(i + 1).is_some_and(|n| matches!(*n, "i" | "im" | "we" | "working")))
                || (ws[i] == "about"
                    && ws.get(i + 1).is_some_and(|n| {
                        n.bytes().next().is_some_and(|b| b.is_ascii_digit())
                            || matches!(*n, "two" | "three" | "four" | "five" | "six" | "ten" | "a" | "half")
                    })
                    && ws[i + 1..].iter().take(3).any(|n| {
                        matches!(*n, "years" | "year" | "months" | "month" | "weeks" | "yrs" | "people" | "hours")
                    }))
        };
        // ("PM life very tiring lah": what the life is, told; "a day in the life of a PM", "what's
        // PM life like" ask)
        let life_told = |i: usize| {
            ws[i] == "life"
                && !(i > 0 && matches!(ws[i - 1], "the" | "a"))
                && ws.get(i + 1).is_some_and(|n| !matches!(*n, "like" | "of" | "look" | "looks"))
        };
        // ("did the VP sign off on the Boxing Day banner?": a day named, not the role's day; "a
        // PM's day", "day to day", "all day", "a typical day", "a day in the life" ask)
        let day_named = |i: usize| {
            ws[i] == "day"
                && !ws
                    .get(i + 1)
                    .is_some_and(|n| matches!(*n, "to" | "in" | "look" | "looks" | "like" | "involve" | "involves"))
                && !(i > 0
                    && (matches!(
                        ws[i - 1],
                        "typical"
                            | "average"
                            | "normal"
                            | "regular"
                            | "usual"
                            | "their"
                            | "your"
                            | "his"
                            | "her"
                            | "its"
                            | "all"
                            | "whole"
                            | "a"
                            | "daily"
                            | "working"
                            | "work"
                    ) || ws[i - 1].ends_with('s')))
        };
        // ("we have 3 open PM roles": posts to fill, told)
        let openings = |i: usize| {
            matches!(ws[i], "role" | "roles" | "job" | "jobs")
                && ws[i.saturating_sub(4)..i].iter().any(|w| matches!(*w, "open" | "vacant" | "unfilled"))
        };
        // ("my manager at work is a program manager": where, not what the role's work is)
        let place = |i: usize| ws[i] == "work" && i > 0 && matches!(ws[i - 1], "at" | "from");
        let define = (0..ws.len()).any(|i| {
            word_kinds[i] & IS_DEFINE != 0
                && !of_oneself(i)
                && !life_told(i)
                && !day_named(i)
                && !openings(i)
                && !place(i)
        });
        let asks_who = std::cell::OnceCell::new();
        let openings = std::iter::once(0)
            .chain(clause_starts.iter().copied())
            .map(|i| Cues::first_word(ws, &word_kinds, &comma_starts, i))
            .collect();
        let part_openings = comma_starts.iter().map(|&i| Cues::first_word(ws, &word_kinds, &comma_starts, i)).collect();
        Cues {
            ws,
            kinds: word_kinds,
            clause_starts,
            comma_starts,
            compare,
            transition,
            define,
            asks_who,
            names_a_role: std::cell::OnceCell::new(),
            openings,
            part_openings,
        }
    }

    /// Where the words that ask how to get into a role are: "become", "switch", "into".
    pub fn transition_words(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.kinds.len()).filter(|&i| self.kinds[i] & IS_TRANSITION != 0)
    }

    /// Where the words that ask for a comparison are: "vs", "difference", "between".
    pub fn compare_words(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.kinds.len()).filter(|&i| self.kinds[i] & IS_COMPARE != 0)
    }

    /// Whether the word at `i` is explained by the reading without being a role, as
    /// [`is_explained`] says.
    pub fn explains(&self, i: usize) -> bool {
        self.kinds[i] & LISTED != 0
    }

    /// Whether the word at `i` asks for something, as [`is_cue`] says.
    pub fn cues_at(&self, i: usize) -> bool {
        self.kinds[i] & (IS_COMPARE | IS_TRANSITION | IS_DEFINE) != 0 || asks_owner(self.ws[i])
    }

    /// Whether the message has this word.
    pub fn has(&self, word: &str) -> bool {
        self.ws.contains(&word)
    }

    /// Whether the message has these two words in a row.
    pub fn has_pair(&self, first: &str, second: &str) -> bool {
        self.ws.windows(2).any(|pair| pair[0] == first && pair[1] == second)
    }

    /// Whether the message, or one of its clauses, starts with this word.
    pub fn starts_with(&self, word: &str) -> bool {
        self.openings.iter().any(|&k| self.ws.get(k).is_some_and(|w| *w == word))
    }

    /// Where the first word of the part starting at `i` is, after the joining words before it:
    /// "... but who does the reviews?", "ok so who …", "planning-wise, who …".
    fn first_word(ws: &[&str], word_kinds: &[u8], comma_starts: &[usize], i: usize) -> usize {
        let is = |k: usize, w: &str| ws.get(k).is_some_and(|x| *x == w);
        let mut k = i;
        while k < i + 3 {
            match ws.get(k) {
                // (the word's kinds say whether it is one of the `OPENERS`)
                Some(w) if word_kinds[k] & IS_OPENER != 0 || *w == "wise" => k += 1,
                // "I mean who owns the messaging?": the question said again
                Some(w) if *w == "i" && is(k + 1, "mean") => k += 2,
                // "hey all who …", "hi team what …": the people greeted
                Some(w)
                    if k > i
                        && matches!(ws[k - 1], "hey" | "hi" | "hello" | "yo")
                        && matches!(
                            *w,
                            "all"
                                | "everyone"
                                | "team"
                                | "folks"
                                | "guys"
                                | "yall"
                                | "people"
                                | "bot"
                                | "rolecall"
                                | "there"
                        ) =>
                {
                    k += 1
                }
                // "bot, what are you?": the bot called by name before the question
                Some(w) if matches!(*w, "bot" | "rolecall") && comma_starts.contains(&(k + 1)) => k += 1,
                Some(_) if is(k + 1, "wise") => k += 2,
                _ => break,
            }
        }
        k
    }

    /// Where guesses at the answer start, if the question ends with some: "who writes the
    /// reviews, the tech lead or someone else?" guesses from "the tech lead".
    pub fn guesses_from(&self, range: std::ops::Range<usize>) -> Option<usize> {
        const ELSE: &[&str] = &["someone", "somebody", "anyone", "another", "other", "something"];
        let or = (range.start..range.end.saturating_sub(1))
            .find(|&i| self.ws[i] == "or" && ELSE.contains(&self.ws[i + 1]))?;
        self.comma_starts.iter().rev().copied().find(|&at| at > range.start + 2 && at <= or)
    }

    /// Whether a clause or a part after a comma starts after `from` and at or before `to`.
    pub fn part_start_between(&self, from: usize, to: usize) -> bool {
        self.clause_starts.iter().chain(&self.comma_starts).any(|&at| at > from && at <= to)
    }

    /// Where the clause before the one starting at `at` starts.
    pub fn clause_before(&self, at: usize) -> Option<usize> {
        self.clause_starts.iter().copied().filter(|&start| start < at).max()
    }

    /// Where the last part after a comma inside `range` starts.
    pub fn last_comma_in(&self, range: std::ops::Range<usize>) -> Option<usize> {
        self.comma_starts.iter().copied().filter(|&c| c > range.start && c < range.end).max()
    }

    /// Whether the message, or one of its clauses, opens by asking who: "who ...", "whose ...".
    pub fn starts_with_owner_word(&self) -> bool {
        ["who", "whos", "whose"].iter().any(|w| self.starts_with(w))
    }

    /// Whether a part after a comma starts with this word ("in a big team, who runs ...").
    fn part_starts_with(&self, word: &str) -> bool {
        self.part_openings.iter().any(|&k| self.ws.get(k).is_some_and(|w| *w == word))
    }

    /// Whether the message asks for another role than the one doing the work now: "is there a
    /// dedicated role for that?", "isn't that another role's job?", "or is that on the PMs?".
    pub fn asks_for_a_role(&self) -> bool {
        let other = self.has_pair("there", "a")
            || ["separate", "dedicated", "specific", "specialist"].iter().any(|w| self.has(w))
            || self.has_pair("another", "role")
            || self.has_pair("another", "roles")
            || self.has_pair("someone", "else")
            || self.has_pair("different", "role");
        // ("is it basically the founder or a separate job?": a guess at what the role is)
        let guessed = self.has_pair("or", "separate") || self.ws.windows(3).any(|w| w == ["or", "a", "separate"]);
        other && !guessed && ["role", "roles", "job", "person", "title"].iter().any(|w| self.has(w))
    }

    /// Whether the question asks "who does X" rather than "who is X".
    pub fn asks_who(&self) -> bool {
        *self.asks_who.get_or_init(|| self.reads_asks_who())
    }

    /// [`Cues::asks_who`], worked out.
    fn reads_asks_who(&self) -> bool {
        // "on a big project who ...", "in our org who ...": a short scene set before the question
        const SCENE: &[&str] = &["in", "on", "at", "for", "with", "during", "within", "across"];
        // ("what's an OKR, for those of us who missed the memo?": "who" after people says which
        // people, it asks for no one)
        let after_scene = std::iter::once(&0).chain(&self.clause_starts).chain(&self.comma_starts).any(|&at| {
            self.ws.get(at).is_some_and(|w| SCENE.contains(w))
                && (at + 2..(at + 7).min(self.ws.len())).any(|i| {
                    matches!(self.ws[i], "who" | "whos")
                        && !matches!(
                            self.ws[i - 1],
                            "us" | "those" | "people" | "folks" | "anyone" | "everyone" | "ones"
                        )
                })
        });
        // "when a feature ships who writes the release notes?": a condition set before the
        // question ("if you know who owns it" and "once I asked who" ask nothing)
        const CONDITION: &[&str] = &["when", "whenever", "once", "if", "before", "after"];
        let after_condition = std::iter::once(&0).chain(&self.clause_starts).any(|&at| {
            self.ws.get(at).is_some_and(|w| CONDITION.contains(w))
                && (at + 2..(at + 10).min(self.ws.len())).any(|i| {
                    matches!(self.ws[i], "who" | "whos")
                        && !matches!(
                            self.ws[i - 1],
                            "know" | "knows" | "ask" | "asked" | "asks" | "see" | "tell" | "told" | "wonder" | "about"
                        )
                })
        });
        // "..., which role picks who runs each division?", "which senior IC role leads …"
        // ("which team owns the login service?" asks for one team of the company; "which team
        // member runs standup?" for a role)
        let one_team = |at: usize| {
            self.ws.get(at + 1) == Some(&"team") && !matches!(self.ws.get(at + 2), Some(&("member" | "members")))
        };
        // ("which roles are in your repertoire?": the roles the bot knows)
        let of_the_bot = |at: usize| {
            self.ws.get(at + 1) == Some(&"roles")
                && self.ws[at + 2..].iter().take(5).any(|w| matches!(*w, "you" | "your" | "u" | "ur"))
        };
        let which_role = |at: usize, also: &[&str]| {
            !of_the_bot(at)
                && self.ws.get(at).is_some_and(|w| *w == "which")
                && (self.ws.get(at + 1).is_some_and(|w| also.contains(w)) && !one_team(at)
                    || self
                        .ws
                        .iter()
                        .skip(at + 1)
                        .take(3)
                        // ("which exec owns product strategy?")
                        .any(|w| matches!(*w, "role" | "roles" | "person" | "title" | "exec" | "executive")))
        };
        // "RAID log for a project: usually maintained by whom?", "… typically owned by?"
        let by_whom = {
            // ("… done by whom generally?": a word of how often after it)
            let often = |w: &&str| {
                matches!(*w, "generally" | "usually" | "normally" | "typically" | "mostly" | "here" | "then")
            };
            let n = self.ws.len() - self.ws.iter().rev().take_while(|w| often(w)).count();
            let tail = |k: usize| n.checked_sub(k).map(|i| self.ws[i]);
            let by_at = match (tail(1), tail(2)) {
                (Some("by"), _) => Some(2),
                (Some("who" | "whom"), Some("by")) => Some(3),
                _ => None,
            };
            by_at.and_then(tail).is_some_and(|done| {
                (done.len() > 4 && done.ends_with("ed"))
                    || matches!(done, "run" | "done" | "led" | "written" | "made" | "set" | "kept" | "driven" | "owned")
            })
        };
        // "reviewing pricing changes, that's usually who?": the question word last
        // ("launch messaging who own?", "requirement gathering usually who do?": or before
        // the doing word that closes the question)
        // ("release notes who writes generally? PM or PMM?": the end of any clause counts)
        let ends_asking_who = self.clause_starts.iter().copied().chain(std::iter::once(self.ws.len())).any(|end| {
            // ("BRD who writes usually?": a word of how often after it)
            let ws = &self.ws[..end.min(self.ws.len())];
            let n = ws.len()
                - ws.iter()
                    .rev()
                    .take_while(|w| matches!(**w, "usually" | "normally" | "typically" | "generally"))
                    .count();
            let closing = |w: &str| {
                matches!(
                    w,
                    "do" | "does"
                        | "own"
                        | "owns"
                        | "handle"
                        | "handles"
                        | "run"
                        | "runs"
                        | "lead"
                        | "leads"
                        | "writes"
                        | "manages"
                        | "decides"
                        | "sets"
                        | "approves"
                        | "maintains"
                        | "facilitates"
                        | "makes"
                        | "takes"
                )
            };
            // ("… or just manage the folks who do": people said, then who they are)
            let people = |w: &str| {
                matches!(
                    w,
                    "folks"
                        | "people"
                        | "ppl"
                        | "ones"
                        | "those"
                        | "guys"
                        | "devs"
                        | "engineers"
                        | "developers"
                        | "person"
                        | "someone"
                        | "anyone"
                        | "everyone"
                        | "others"
                        | "staff"
                )
            };
            // ("standup who runs in scrum?": a setting after the doing word that closes it)
            let n = match (n.saturating_sub(4)..n).rev().find(|&p| matches!(ws[p], "in" | "at" | "on" | "within")) {
                Some(p) if p >= 3 && ws[p - 2] == "who" && closing(ws[p - 1]) => p,
                _ => n,
            };
            (n >= 3
                && matches!(ws[n - 1], "who" | "whom")
                && matches!(ws[n - 2], "s" | "is" | "usually" | "normally" | "typically" | "generally" | "mostly" | "to" | "falls"))
                || (n >= 3 && ws[n - 2] == "who" && closing(ws[n - 1]) && !people(ws[n - 3]))
                // ("brand guidelines who own does?": a doing word, then "does")
                || (n >= 4 && ws[n - 3] == "who" && ws[n - 1] == "does" && !people(ws[n - 4]))
        });
        // "I would like to ask who writes …", "may I ask who signs off?": a polite way in
        let asked_politely = self
            .ws
            .windows(3)
            .any(|w| matches!(w[0], "to" | "i" | "me") && w[1] == "ask" && matches!(w[2], "who" | "whos" | "whose"));
        // "who counts as a product leader?" asks what the role covers
        let counts_as =
            self.ws.windows(3).any(|w| w[0] == "who" && matches!(w[1], "counts" | "qualifies") && w[2] == "as");
        !counts_as
            && (after_scene
            || self.offers_someone_else()
            || after_condition
            || by_whom
            || asked_politely
            || ends_asking_who
            || self.asks_which_role()
            || self.names_a_role()
            || self.starts_with("who")
            || self.starts_with("whos")
            || self.part_starts_with("who")
            || self.part_starts_with("whos")
            // ("people whose card fails" says which people; it asks for no owner)
            || self.ws.iter().enumerate().any(|(i, w)| {
                *w == "whose"
                    && !(i > 0
                        && matches!(
                            self.ws[i - 1],
                            "people" | "users" | "customers" | "someone" | "anyone" | "those" | "ones" | "accounts"
                        ))
            })
            // "which one" and "which team" ask for an owner only where a sentence starts
            || std::iter::once(&0).chain(&self.clause_starts).any(|&at| which_role(at, &["team", "one"]))
            || self.comma_starts.iter().any(|&at| which_role(at, &[])))
    }

    /// Whether a role is offered beside "someone else" as a guess at who does something: "is
    /// the stand-up run by the PO or someone else?", "does the PM do that or another role?".
    pub fn offers_someone_else(&self) -> bool {
        self.ws.windows(3).any(|w| {
            w[0] == "or"
                && (matches!((w[1], w[2]), ("someone" | "somebody" | "anyone" | "anybody", "else"))
                    || (matches!(w[1], "another" | "other") && matches!(w[2], "role" | "person"))
                    // ("is that the PM's job or some other role?")
                    || (w[1] == "some" && matches!(w[2], "other" | "else")))
        }) || self.ws.ends_with(&["or", "someone"])
    }

    /// Whether the message asks which role does something, after the thing is told: "that's
    /// normally which role?", "what role would own that?", "which role typically owns that?".
    pub fn asks_which_role(&self) -> bool {
        // ("schedule and budget tracking, responsible role is?": the question word left out)
        // (not "can someone explain what that role is?")
        let n = self.ws.len();
        if self.ws.ends_with(&["role", "is"])
            && n > 3
            && !matches!(
                self.ws[n - 3],
                "that" | "this" | "the" | "a" | "an" | "their" | "his" | "her" | "my" | "your" | "its"
            )
        {
            return true;
        }
        // ("… sit with which role, generally?": a word of how often after it)
        const DOES: &[&str] = &[
            "would",
            "should",
            "does",
            "do",
            "normally",
            "usually",
            "typically",
            "generally",
            "mostly",
            "owns",
            "handles",
            "is",
            "s",
        ];
        // ("on product side which role handle the API specs?": the doing word left plain)
        const PLAIN: &[&str] = &[
            "handle",
            "own",
            "write",
            "run",
            "lead",
            "manage",
            "decide",
            "cover",
            "approve",
            "maintain",
            "drive",
            "suppose",
            "supposed",
            "responsible",
        ];
        // ("what kind of role normally does that?": the kind of role asked for)
        let kind_of =
            |i: usize| i >= 2 && matches!(self.ws[i - 1], "of") && matches!(self.ws[i - 2], "kind" | "type" | "sort");
        self.ws.windows(2).enumerate().any(|(i, p)| {
            // (not "what sort of role is it describing?", which asks what it is)
            let of_kind = p[0] == "of"
                && kind_of(i + 1)
                && i >= 2
                && matches!(self.ws[i - 2], "what" | "which")
                && !self.ws.get(i + 2).is_some_and(|n| matches!(*n, "is" | "s" | "are" | "was"));
            (matches!(p[0], "which" | "what") || of_kind)
                && matches!(p[1], "role" | "person" | "title")
                // ("what role leads multiple divisions?", "what role decides …")
                // ("… this is which role job?": whose job the work told before is)
                && self.ws.get(i + 2).is_none_or(|next| {
                    // ("what role normally owns launch messaging?": how often, then the doing word)
                    let often_then_does = matches!(*next, "normally" | "usually" | "typically" | "generally" | "mostly")
                        && self.ws.get(i + 3).is_some_and(|v| {
                            DOES.contains(v) || PLAIN.contains(v) || (v.len() > 3 && v.ends_with('s') && !v.ends_with("ss"))
                        });
                    often_then_does
                        || (i > 0 && (DOES.contains(next) || PLAIN.contains(next)))
                        || (p[0] == "which" && matches!(*next, "job" | "responsibility" | "task" | "area"))
                        || (next.len() > 3 && next.ends_with('s') && !next.ends_with("ss"))
                        // ("the roadmap belongs to which role, officially?")
                        || (i > 0 && next.len() > 5 && next.ends_with("ly") && self.ws.len() == i + 3)
                })
        })
    }

    /// Whether the message asks for a role by what it does or is: "what do you call the person
    /// who ...", "what's that role called?", "what's the job title for ...", "which role is the
    /// senior IC with no reports?" ("is product leader a real job title?" asks about a role).
    pub fn names_a_role(&self) -> bool {
        *self.names_a_role.get_or_init(|| self.reads_names_a_role())
    }

    /// [`Cues::names_a_role`], worked out.
    fn reads_names_a_role(&self) -> bool {
        let asks = self.starts_with("which") || self.starts_with("what") || self.starts_with("whats");
        self.has_pair("you", "call")
            // ("in Italy we call it different" names the role already asked about)
            // ("what do we call the person who …"; not "what we call PQ", a word of our own)
            || self.ws.windows(3).any(|w| {
                w[0] == "we"
                    && w[1] == "call"
                    && matches!(w[2], "the" | "a" | "an" | "someone" | "somebody" | "people" | "whoever" | "whichever")
            })
            || self.has_pair("role", "called")
            // ("they just added it to my title for the dispatch app" names the asker's own)
            || self.ws.windows(2).enumerate().any(|(i, p)| {
                // ("HR wants to use that title for the app stream": the title named before)
                // ("new title for me": the asker's own)
                p == ["title", "for"]
                    && !self.ws.get(i + 2).is_some_and(|w| matches!(*w, "me" | "us"))
                    && (i == 0
                        || !matches!(
                            self.ws[i - 1],
                            "my" | "our" | "your" | "his" | "her" | "their" | "that" | "this" | "new"
                        ))
            })
            || (self.has_pair("role", "for") && (self.has("who") || self.has("whos")))
            // ("svp of product — what's that role, is it the top?" points back at a role named)
            || (asks
                && self.ws.windows(3).any(|w| {
                    w[1] == "role" && matches!(w[2], "is" | "s") && !matches!(w[0], "that" | "this")
                }))
            // "what's usually the first role that directly manages PMs?"
            // (not "I suspect it's a title that means different things": the role said before)
            || (asks
                && self.ws.windows(2).enumerate().any(|(i, p)| {
                    matches!(p[0], "role" | "title")
                        && p[1] == "that"
                        && !(i >= 2 && matches!(self.ws[i - 2], "its" | "thats") && self.ws[i - 1] == "a")
                }))
    }

    /// Whether the message asks what the bot is or can help with, however much else it says:
    /// "what is this bot? someone added it today", "what can you help with, and what not?".
    pub fn asks_help_plainly(&self) -> bool {
        // ("what can the role bot actually do?": a word of what it is for between)
        let this_bot = self.has_pair("this", "bot")
            || self.has_pair("the", "bot")
            || self.has("rolecall")
            || self.ws.windows(3).any(|w| matches!(w[0], "this" | "the") && w[2] == "bot");
        let of_bot = ["you", "u", "bot", "rolecall"].iter().any(|w| self.has(w));
        // what a bot may be asked if it is: "are you a bot?", "are you chatgpt?"
        let being = |w: &&str| {
            matches!(*w, "bot" | "human" | "person" | "robot" | "ai" | "automated" | "real" | "chatgpt" | "gpt" | "llm")
        };
        // the bot as what a question is about: "is this bot AI-powered?", "does the bot work in
        // DMs?", "is there a way to ask the bot stuff in private?"
        // ("does the bot have a view on the Oxford comma?" asks its opinion of something else)
        const WORKINGS: &[&str] = &[
            "work",
            "works",
            "answer",
            "answers",
            "reply",
            "respond",
            "know",
            "understand",
            "speak",
            "support",
            "remember",
            "store",
            "keep",
            "log",
            "save",
            "learn",
            "run",
            "powered",
            // ("is this bot for role questions only?")
            "for",
            "ai",
            "free",
            "only",
            "also",
        ];
        // ("does this thing only do job titles?": the bot as "this thing")
        let bot_asked = self.ws.windows(3).enumerate().any(|(i, w)| {
            matches!(w[1], "this" | "the")
                // ("can I DM the rolecall bot?")
                && (matches!(w[2], "bot" | "rolecall") || (w[1] == "this" && w[2] == "thing"))
                && (matches!(w[0], "ask" | "use" | "asking" | "using" | "dm" | "message" | "ping" | "mention" | "tag")
                    || (matches!(w[0], "is" | "does" | "can" | "will")
                        && self.ws.get(i + 3).is_some_and(|n| WORKINGS.contains(n)))
                    || self.ws[..i].iter().rev().take(2).any(|b| matches!(*b, "where" | "how" | "why")))
        }) || self.ws.windows(2).any(|w| matches!(w[0], "use" | "using") && w[1] == "rolecall");
        // "is there a command syntax for asking you stuff?", "is there a command to compare two
        // roles? how is the syntax?"
        (bot_asked && !self.asks_list(self.ws.len()))
            || (of_bot && ["syntax", "command", "commands"].iter().any(|w| self.has(w)))
            || self.has("syntax")
            || (self.has("command") && (self.has_pair("is", "there") || self.has_pair("a", "command")))
            || self.questions_for_the_bot()
            // "is this bot able to answer in Japanese?"
            || self.ws.windows(3).any(|w| {
                matches!(w[0], "bot" | "rolecall" | "you") && w[1] == "able" && w[2] == "to"
            })
            // "is this thing meant for role questions? what's it for exactly?"
            || ((self.has("what") || self.has("whats"))
                && self.has_pair("it", "for")
                && (self.has_pair("this", "thing") || self.has("bot")))
            // ("this bot does what exactly?": the question word after the verb)
            || (this_bot && self.ws.windows(2).any(|w| matches!(w[0], "does" | "do") && w[1] == "what"))
            // "eh what's this thing for?"
            || ((self.has("what") || self.has("whats"))
                && self.ws.windows(3).any(|w| w == ["this", "thing", "for"]))
            // "are you a bot?", "r u a real person or automated?"
            || self.ws.windows(3).any(|w| {
                matches!(w[0], "are" | "r")
                    && w[1] == "you"
                    && (matches!(w[2], "a" | "an") || being(&w[2]))
                    && self.ws.iter().any(being)
            })
            || self.has_pair("you", "help")
            || self.has_pair("u", "help")
            || ((self.starts_with("what") || self.starts_with("whats")) && this_bot)
    }

    /// Whether the message asks which questions the bot takes: "what sort of questions can I
    /// ask you?", "does the bot only answer questions on roles?", "how should I phrase a
    /// question to the bot?" (not "what questions should I ask a PM candidate?").
    fn questions_for_the_bot(&self) -> bool {
        let bot = |w: &str| matches!(w, "you" | "bot" | "rolecall") || (w == "it" && self.has("bot"));
        let questions = self.has("question") || self.has("questions");
        questions
            && self.ws.iter().enumerate().any(|(i, w)| match *w {
                "ask" | "phrase" | "word" => self.ws[i + 1..].iter().take(5).any(|b| bot(b)),
                "answer" | "answers" | "handle" | "handles" | "take" | "takes" => {
                    self.ws[..i].iter().rev().take(2).any(|b| bot(b))
                }
                _ => false,
            })
    }

    /// Whether the message asks what the bot can do.
    pub fn asks_help(&self) -> bool {
        let about_bot = ["you", "bot", "rolecall", "this", "u"].iter().any(|w| self.has(w));
        self.helped()
            || self.has("halp")
            || self.has("commands")
            // "do I need a slash command or just a normal question?"
            || self.has_pair("slash", "command")
            // ("i can do product sense, you do estimation" asks nothing of the bot)
            || (self.can_of_bot() && (self.has("do") || self.has("ask") || self.has("answer")))
            // "what are you for?", "what are you?", "what is this thing?"
            || (self.has("what")
                && self.ws.windows(2).enumerate().any(|(i, w)| {
                    // ("what are you actually for")
                    let then = if matches!(w[1], "actually" | "even" | "really" | "exactly") {
                        self.ws.get(i + 2).copied()
                    } else {
                        Some(w[1])
                    };
                    matches!(w[0], "you" | "u") && then == Some("for")
                }))
            || (self.ws.len() <= 4 && self.starts_with("what") && (self.has_pair("are", "you") || self.has_pair("r", "u")))
            // "what are you and why are you in my channel?", "what r u exactly", "hey bot, what
            // are you exactly?", "are you chatgpt or what are you?"
            || self.ws.windows(3).enumerate().any(|(i, w)| {
                (i == 0
                    || self.comma_starts.contains(&i)
                    || self.clause_starts.contains(&i)
                    || matches!(self.ws[i - 1], "or" | "bot" | "rolecall" | "hey" | "hi" | "hello" | "so" | "ok"))
                    && w[0] == "what"
                    && matches!(w[1], "are" | "r")
                    && w[2] == "you"
                    && self.ws.get(i + 3).is_none_or(|n| matches!(*n, "and" | "exactly" | "even" | "actually"))
            })
            // "rolecall, what do you do?", "this bot can do what?": what it does, asked of it
            || ((self.has("rolecall") || self.has("bot"))
                && self.ws.windows(3).any(|w| {
                    (w[0] == "what" && matches!(w[1], "you" | "u") && w[2] == "do")
                        // ("this bot what does?")
                        || (matches!(w[0], "bot" | "rolecall") && w[1] == "what" && matches!(w[2], "does" | "do"))
                        || (w[1] == "do" && w[2] == "what" && matches!(w[0], "you" | "u" | "bot" | "rolecall" | "can"))
                } || self.ws.windows(4).any(|w| w[0] == "what" && w[1] == "do" && matches!(w[2], "you" | "u") && w[3] == "do")))
            // "is there a way to ask you to compare two roles? what's the syntax"
            || (about_bot && (self.has("syntax") || self.has("format")))
            || self.asks_how_to_use()
            // "who added a bot to #ops? what does it do": "it" is the bot once the bot is named
            // ("who added this bot, what it can do?", "hei bot, what you can do?": the words in
            // the order of a statement; "what does it actually do")
            || (self.has("bot") && self.asks_what_it_does())
            // "what does this bot do?", "what does rolecall do exactly?"
            || self.ws.windows(4).any(|w| {
                w[0] == "what"
                    && w[1] == "does"
                    && ((matches!(w[2], "this" | "the") && w[3] == "bot") || (w[2] == "rolecall" && w[3] == "do"))
            })
            || (about_bot && ["guide", "manual", "instructions", "tutorial"].iter().any(|w| self.has(w)))
            // "what is this bot for?", "what's rolecall for"
            // ("what's this pm bot for?": a word of what it is about between)
            || (self.has("rolecall")
                || self.has_pair("this", "bot")
                || self.has_pair("the", "bot")
                || self.ws.windows(3).any(|w| matches!(w[0], "this" | "the") && w[2] == "bot"))
                && (self.has("for") || (self.has("how") && self.has("ask")))
    }

    /// Whether the message asks what "it" or "you" does or can do, in either order, a word of
    /// emphasis aside: "what does it actually do", "what it can do", "what you can do".
    fn asks_what_it_does(&self) -> bool {
        let words: Vec<&str> = self
            .ws
            .iter()
            .copied()
            .filter(|w| !matches!(*w, "actually" | "even" | "exactly" | "really" | "here"))
            .collect();
        words.windows(4).any(|w| {
            w[0] == "what"
                && matches!(
                    (w[1], w[2], w[3]),
                    ("does", "it" | "rolecall", "do")
                        | ("it", "can", "do")
                        | ("can", "it", "do")
                        | ("you" | "u", "can", "do")
                        | ("it", "does", _)
                )
        })
    }

    /// Whether "help" is asked for, not told of ("I help in #support most days").
    fn helped(&self) -> bool {
        self.ws.iter().enumerate().any(|(i, w)| {
            *w == "help" && !(i > 0 && matches!(self.ws[i - 1], "i" | "we" | "they" | "also" | "and" | "often"))
        })
    }

    /// Whether "can" is said of the bot or to it: "what can you do", "can I ask you", "what
    /// can this bot do".
    fn can_of_bot(&self) -> bool {
        self.ws.iter().enumerate().any(|(i, w)| {
            *w == "can"
                && self.ws[i + 1..]
                    .iter()
                    .take(3)
                    .take_while(|b| matches!(**b, "you" | "u" | "bot" | "rolecall" | "this" | "the" | "i" | "ask"))
                    .any(|b| matches!(*b, "you" | "u" | "bot" | "rolecall" | "this"))
        })
    }

    /// "how do I use this bot?", "how does rolecall work", "how should I ask you things": the
    /// verb close after "how" and the bot close to the verb ("how do I write a cover letter?
    /// they ask 'why are you leaving'" asks no such thing).
    fn asks_how_to_use(&self) -> bool {
        let at = |words: &'static [&'static str]| {
            self.ws.iter().enumerate().filter(move |(_, w)| words.contains(*w)).map(|(i, _)| i)
        };
        const BOT: &[&str] = &["you", "bot", "rolecall", "this", "u"];
        // ("how does it work?" once the bot is named: "it" is the bot then)
        let bots = || at(BOT).chain(at(&["it"]));
        at(BOT).next().is_some()
            && at(&["how"]).any(|how| {
                at(&["use", "work", "works", "ask"])
                    .any(|verb| verb > how && verb - how <= 6 && bots().any(|bot| bot > how && bot.abs_diff(verb) <= 4))
            })
    }

    /// Whether a message of `len` words names the roles in words that also ask for help and
    /// asks for them: "what roles can I ask you about?", "which kinds of role can I ask you
    /// about?".
    pub fn asks_for_the_roles(&self, len: usize) -> bool {
        let names_roles =
            ["roles", "titles", "positions", "designations"].iter().any(|w| self.has(w)) || self.has_pair("of", "role");
        names_roles && self.asks_list(len)
    }

    /// Whether a message of `len` words asks which roles the bot knows.
    pub fn asks_list(&self, len: usize) -> bool {
        const ROLES: &[&str] = &["roles", "titles", "jobs", "positions", "designations"];
        const LISTING: &[&str] = &[
            "list",
            "show",
            "all",
            "which",
            "what",
            "know",
            "available",
            "cover",
            "covered",
            "support",
            "supported",
            "every",
            // "kindly share the roles you have info on"
            "share",
        ];
        // ("I see them every day" is a time, not every role)
        let listing = |w: &str| {
            self.ws.iter().enumerate().any(|(i, x)| {
                *x == w
                    && !self.ws.get(i + 1).is_some_and(|n| {
                        matches!(*n, "day" | "week" | "month" | "time" | "morning" | "sprint" | "quarter" | "year")
                    })
            })
        };
        // ("jobs to be done — is that a framework or what?": a term, not jobs)
        let about_roles = self.ws.iter().enumerate().any(|(i, w)| {
            ROLES.contains(w) && !(*w == "jobs" && self.ws.get(i + 1..i + 4).is_some_and(|n| n == ["to", "be", "done"]))
        }) || (["role", "title"].iter().any(|w| self.has(w))
            // ("explain the role of a DM? they cc every single email": "every" said of roles)
            && (listing("list")
                || self.ws.iter().enumerate().any(|(i, w)| {
                    matches!(*w, "every" | "all")
                        && self.ws[i + 1..].iter().take(3).any(|n| n.starts_with("role") || n.starts_with("title"))
                })
                // ("…, which looks weird" opens a remark: "which" asks only of a role or title)
                || self.ws.iter().enumerate().any(|(i, w)| {
                    let near = &self.ws[i + 1..(i + 4).min(self.ws.len())];
                    (*w == "which" && near.iter().any(|n| n.starts_with("role") || n.starts_with("title")))
                        || (matches!(*w, "role" | "title") && near.first() == Some(&"which"))
                })));
        // ("pls share the open roles on the team": openings to fill, not the roles the bot knows)
        let openings = self.ws.windows(2).any(|p| {
            matches!(p[0], "open" | "vacant" | "unfilled") && matches!(p[1], "roles" | "positions" | "jobs" | "titles")
        });
        // ("do you only cover PM stuff or also scrum master and BA? show me the full list")
        let full_list =
            self.ws.windows(2).any(|p| matches!(p[0], "full" | "whole" | "entire" | "complete") && p[1] == "list");
        (about_roles || full_list) && !openings && (len == 1 || LISTING.iter().any(|w| listing(w)))
    }
}

/// Whether a message asks how two roles split the work: "CPO and CEO: who does what?".
pub fn who_does_what(ws: &[&str]) -> bool {
    ws.windows(3).any(|w| w[0] == "who" && matches!(w[1], "does" | "do") && w[2] == "what")
        // "em vs tpm, who's who?"
        // (not "the who's who appendix": a thing so called)
        || ws.windows(2).enumerate().any(|(i, w)| {
            w[0] == "whos" && w[1] == "who" && !(i > 0 && matches!(ws[i - 1], "the" | "a" | "our" | "my" | "this"))
        })
}

/// Words that say a move already happened: "got promoted", "was promoted", "got into".
const PAST: &[&str] = &["got", "was", "were", "been", "just", "recently", "finally", "officially"];

/// Whether the move cue at `at` tells of a move that already happened.
fn past_move(ws: &[&str], at: usize) -> bool {
    // ("got roped into a pilot", "was pulled into")
    let past = |k: usize| at >= k && PAST.contains(&ws[at - k]);
    at > 0 && kinds_transition(ws[at]) && (past(1) || (ws[at] == "into" && past(2) && ws[at - 1].ends_with("ed")))
}

/// Whether the move cue at `at` is declined: "love it, not switching", "never moving".
fn declined_move(ws: &[&str], at: usize) -> bool {
    at > 0 && matches!(ws[at - 1], "not" | "never" | "no" | "dont" | "wont")
}

/// Whether the move cue at `at` is no move of the asker's:
/// "trying to reach out about a partnership": to contact someone, not to reach a role; "their
/// career growth", "engineers' promotions", "1:1s and career development": a career to look
/// after, not a move.
fn not_a_move(ws: &[&str], at: usize) -> bool {
    const OTHERS: &[&str] = &[
        "their",
        "his",
        "her",
        "engineers",
        "devs",
        "developers",
        "team",
        "teams",
        "reports",
        "people",
        "staff",
        "pms",
        "designers",
        "employees",
    ];
    // ("reach out", "not able to reach him": a person reached, not a post)
    (ws[at] == "reach"
        && ws.get(at + 1).is_some_and(|n| {
            matches!(*n, "out" | "him" | "her" | "them" | "me" | "you" | "us" | "someone" | "anyone")
        }))
        // "can u break down what a senior pm owns": explain, not break into
        || (ws[at] == "break" && ws.get(at + 1).is_some_and(|n| *n == "down"))
        // ("where does director of product sit in the career ladder?": where the post ranks)
        || (ws[at] == "career"
            && ws.get(at + 1).is_some_and(|n| matches!(*n, "ladder" | "ladders"))
            && ws[at.saturating_sub(6)..at].iter().any(|w| matches!(*w, "sit" | "sits" | "fit" | "fits" | "rank" | "ranks")))
        // ("classic scrum master move", "such a PM move": what the role's holders do, told)
        || (ws[at] == "move"
            && ws[at.saturating_sub(4)..at].iter().any(|w| matches!(*w, "classic" | "typical" | "such" | "total")))
        // "I need to move the standup", "switch the board to kanban": a thing moved
        || (matches!(ws[at], "move" | "moving" | "switch" | "switching")
            && ws.get(at + 1).is_some_and(|n| {
                matches!(*n, "the" | "our" | "my" | "it" | "this" | "that" | "them")
                    // ("can the scrum master move sprint review to Thursday?": a meeting moved)
                    || matches!(
                        *n,
                        "sprint" | "standup" | "retro" | "review" | "demo" | "planning" | "meeting" | "call" | "refinement"
                    )
            }))
        // "what goes into a release", "the effort put into discovery": things, not a person
        || (ws[at] == "into"
            && at > 0
            && matches!(ws[at - 1], "go" | "goes" | "went" | "going" | "put" | "puts" | "putting" | "built" | "baked" | "fed"))
        // "can we move sync to 3pm?": a meeting moved to another time
        || (matches!(ws[at], "move" | "moving")
            && ws.get(at + 2).is_some_and(|n| *n == "to")
            && ws.get(at + 3).is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit())))
        // "is our DM on leave today?": away, not leaving the job
        || (ws[at] == "leave" && at > 0 && ws[at - 1] == "on")
        // "pls route questions to me": things sent somewhere ("what's the route to PO?" moves)
        || (ws[at] == "route"
            && at > 0
            && !matches!(ws[at - 1], "the" | "a" | "common" | "usual" | "best" | "fastest" | "easiest" | "typical" | "normal" | "career")
            && ws.get(at + 1).is_some_and(|n| !matches!(*n, "to" | "into" | "from" | "for" | "is" | "s" | "in")))
        // ("too many moving parts": what moves is the work)
        || (ws[at] == "moving" && ws.get(at + 1).is_some_and(|n| matches!(*n, "parts" | "pieces" | "target" | "targets")))
        // "down the road", "a road trip": the road leads to a role only when it says so
        // ("why did the pm cross the road … to …": a road crossed)
        || (ws[at] == "road"
            && (ws.get(at + 1).is_none_or(|n| *n != "to") || ws[..at].iter().rev().take(2).any(|w| w.starts_with("cross"))))
        // "1:1s and career growth for the devs": looking after careers
        || (ws[at] == "career"
            && ws.get(at + 1).is_some_and(|n| matches!(*n, "growth" | "development" | "conversations" | "coaching")))
        // "my career advisor", "the career fair": a person or a place, not a move
        || (matches!(ws[at], "career" | "careers")
            && ws.get(at + 1).is_some_and(|n| {
                matches!(
                    *n,
                    "advisor" | "adviser" | "advisors" | "counselor" | "counsellor" | "fair" | "fairs" | "page" | "site" | "center" | "centre" | "office" | "services"
                )
            }))
        || (matches!(ws[at], "career" | "promotion" | "promotions" | "progression" | "growth")
            && at > 0
            && OTHERS.contains(&ws[at - 1]))
        // "can the PM jump on the 3pm?": joins a call
        || (matches!(ws[at], "jump" | "hop") && ws.get(at + 1) == Some(&"on") && ws.get(at + 2) != Some(&"to"))
        // "or did she move on?": left a job, for anywhere ("move on to PM" moves)
        || (matches!(ws[at], "move" | "moved" | "moving" | "moves")
            && ws.get(at + 1) == Some(&"on")
            && !ws.get(at + 2).is_some_and(|n| matches!(*n, "to" | "into" | "from")))
        // "asking for my career fantasies": a remark on why one asks
        || ws[at.saturating_sub(4)..at].windows(2).any(|p| p == ["asking", "for"])
        // "ten weeks into this career change": time spent, and the change already under way
        || (ws[at] == "into"
            && at > 0
            && matches!(ws[at - 1], "weeks" | "months" | "days" | "years" | "hours" | "minutes" | "week" | "month" | "year"))
        || (ws[at] == "career" && at > 0 && ws[at - 1] == "this" && ws.get(at + 1).is_some_and(|n| *n == "change"))
        // "the developers' career progression": whose career it is comes before "career"
        || (matches!(ws[at], "progression" | "growth" | "path" | "paths" | "ladder")
            && at > 1
            && ws[at - 1] == "career"
            && OTHERS.contains(&ws[at - 2]))
        // "the switch cert submission", "the move date": a noun that names something else
        // ("make the switch to PM", "the jump into product" still move)
        || (at > 0
            && matches!(ws[at], "switch" | "move" | "jump" | "pivot" | "shift" | "change" | "transfer" | "hop")
            && matches!(ws[at - 1], "the" | "a" | "this" | "that" | "our")
            && ws.get(at + 1).is_some_and(|n| {
                !matches!(
                    *n,
                    "to" | "into" | "from" | "over" | "across" | "out" | "up" | "back" | "for" | "at" | "and" | "or" | "now" | "yet"
                ) && !is_explained(n)
            }))
        // "we move containers, not features": what a business moves, its goods
        || (at > 0
            && matches!(ws[at], "move" | "moves")
            && matches!(ws[at - 1], "we" | "they")
            && ws.get(at + 1).is_some_and(|n| {
                n.len() > 3
                    && n.ends_with('s')
                    && !matches!(*n, "teams" | "roles" | "jobs" | "towards" | "forwards" | "sideways" | "pms" | "pos")
            }))
        // "the office move", "our data centre move": a move of things, named by what moves
        || (at > 0
            && matches!(ws[at], "move" | "migration" | "relocation")
            && matches!(ws[at - 1], "office" | "desk" | "house" | "warehouse" | "server" | "data" | "centre" | "center" | "cloud" | "dc" | "site"))
}

/// Whether the move cue at `at` speaks of work moving, not a person: "keeps it moving".
fn momentum(ws: &[&str], at: usize) -> bool {
    const KEPT: &[&str] = &["it", "things", "keep", "keeps", "work", "tickets"];
    // "cards stuck in 'in progress'", "tracks the team's delivery progress": work's progress
    const OF_WORK: &[&str] = &[
        "in", "delivery", "the", "their", "our", "team", "teams", "track", "tracks", "tracking", "of", "sprint",
        "project",
    ];
    at > 0 && (KEPT.contains(&ws[at - 1]) || (ws[at] == "progress" && OF_WORK.contains(&ws[at - 1])))
}

/// "in agency land", "startup land": "land" after a noun names a world, not a job landed
/// ("how do I land a PO role?", "did you land it?", "how do ppl usually land an APM spot?").
fn realm(ws: &[&str], at: usize) -> bool {
    const LANDS: &[&str] = &[
        "to",
        "i",
        "you",
        "we",
        "they",
        "can",
        "could",
        "will",
        "would",
        "finally",
        "eventually",
        "and",
        "me",
        "help",
        "actually",
        "just",
        "ever",
        "still",
        "first",
        "u",
        "cant",
        "didnt",
        "might",
        "should",
    ];
    const LANDED: &[&str] =
        &["a", "an", "the", "my", "that", "this", "one", "your", "it", "any", "some", "first", "their", "our"];
    ws[at] == "land"
        && at > 0
        && !LANDS.contains(&ws[at - 1])
        && !ws.get(at + 1).is_some_and(|next| LANDED.contains(next))
}

/// Words that celebrate or announce: a message with one of them and no question is news.
const NEWS: &[&str] = &[
    "congrats",
    "congratulations",
    "congratz",
    "grats",
    "kudos",
    "shoutout",
    "welcome",
    "welcoming",
    "fyi",
    "psa",
    "reminder",
    "announcement",
    "til",
];

/// Whether a message with no question mark tells news rather than asking: it celebrates
/// ("congrats to Priya on becoming head of product"), or tells of a move made ("I just got
/// promoted to senior PM"), and has no question word.
pub fn tells_news(ws: &[&str]) -> bool {
    const ASKING: &[&str] = &[
        "how", "what", "whats", "which", "why", "should", "can", "could", "any", "tips", "advice", "explain",
        "describe",
    ];
    // ("views welcome", "thoughts welcome": input asked for, not a welcome)
    let input_welcome = |i: usize| {
        ws[i] == "welcome"
            && i > 0
            && matches!(
                ws[i - 1],
                "views"
                    | "thoughts"
                    | "input"
                    | "inputs"
                    | "opinions"
                    | "comments"
                    | "ideas"
                    | "feedback"
                    | "suggestions"
                    | "pointers"
                    | "answers"
            )
    };
    // ("just got the offer!!! APM at a fintech": a job won)
    // ("just had my first ever interview for an APM role!!!": a step of one's job hunt taken)
    let offer = ws.windows(2).enumerate().any(|(i, w)| {
        matches!(w[0], "got" | "accepted" | "signed" | "landed" | "took" | "had" | "passed" | "aced" | "nailed")
            && matches!(w[1], "the" | "a" | "an" | "my" | "that" | "our")
            && ws[i + 2..].iter().take(3).any(|n| matches!(*n, "offer" | "job" | "callback" | "call" | "interview"))
            && !ws[i + 2..].iter().take(3).any(|n| matches!(*n, "idea" | "question" | "chat"))
    });
    let news = offer || ws.iter().enumerate().any(|(i, w)| (NEWS.contains(w) && !input_welcome(i)) || past_move(ws, i));
    // ("who writes the release announcement?" asks; "fyi for anyone who reads this" does not)
    let asks_owner = ws.first().is_some_and(|w| matches!(*w, "who" | "whos" | "whose"));
    // ("thank you all for the advice": help already given)
    let thanked = |i: usize| ws[i.saturating_sub(5)..i].iter().any(|w| matches!(*w, "thank" | "thanks" | "thx"));
    news && !asks_owner && !ws.iter().enumerate().any(|(i, w)| ASKING.contains(w) && !thanked(i))
}

/// Whether a message opens by celebrating someone and asks nothing about a role: "congrats
/// <@U…> on becoming delivery manager 🎉 party when?" asks when the party is.
pub fn celebrates(ws: &[&str]) -> bool {
    const CELEBRATE: &[&str] = &["congrats", "congratulations", "congratz", "grats", "kudos", "shoutout", "welcome"];
    const ASKING: &[&str] =
        &["how", "what", "whats", "which", "why", "should", "tips", "advice", "difference", "explain", "who", "whos"];
    // ("… rode along to watch how they use it": a clause told, not asked)
    let asks = ws.iter().enumerate().any(|(i, w)| {
        ASKING.contains(w)
            && !ws.get(i + 1).is_some_and(|n| matches!(*n, "they" | "she" | "he" | "we" | "people" | "users"))
    });
    opens_with(ws, CELEBRATE) && !asks
}

/// Whether a message invites people to something and asks nothing: "lunch & learn tomorrow,
/// 'from QA to PM', drop a 🙋 if you're coming!", "PO meetup on friday, all welcome".
pub fn invites(text: &str, ws: &[&str]) -> bool {
    let invited = ws.windows(3).any(|w| {
        matches!(
            (w[0], w[1], w[2]),
            ("if", "youre" | "you", "coming" | "joining" | "in" | "interested") | ("see", "you", "there")
        ) || matches!((w[0], w[1]), ("join", "us") | ("all", "welcome") | ("sign", "up") | ("everyone", "welcome"))
    }) || ws.contains(&"rsvp");
    // ("a vendor wants 30 min Friday, who wants to join?": company asked for)
    let along = ws.windows(4).any(|w| {
        w[0] == "who"
            && matches!(w[1], "wants" | "want" | "wanna")
            && (w[2] == "to" && matches!(w[3], "join" | "come" | "attend" | "go" | "tag")
                || (w[1] == "wanna" && matches!(w[2], "join" | "come")))
    });
    (invited && !text.contains('?')) || along
}

/// Whether the first word past a greeting or an intensifier ("hey", "many", "big") is one of
/// `words`.
fn opens_with(ws: &[&str], words: &[&str]) -> bool {
    const BEFORE: &[&str] = &["hi", "hey", "oh", "omg", "wow", "big", "huge", "many", "and"];
    ws.iter().find(|w| !BEFORE.contains(*w)).is_some_and(|w| words.contains(w))
}

/// Whether a message thanks someone and asks nothing: "many thanks <@U…> for the
/// lunch-and-learn on product management", "gracias for the help with the backlog!!".
pub fn thanks_note(text: &str, ws: &[&str]) -> bool {
    const THANKS: &[&str] = &[
        "thanks", "thank", "thx", "ty", "tysm", "gracias", "obrigado", "obrigada", "merci", "danke", "cheers", "takk",
        "tack", "grazie",
    ];
    // ("slides are up for anyone who missed it" asks nothing)
    const ASKING: &[&str] = &["what", "whats", "how", "which", "why", "explain", "describe", "difference", "vs"];
    // ("that was exactly what I needed": what was given, not asked)
    let given = |i: usize| {
        ws[i] == "what"
            && ws.get(i + 1).is_some_and(|w| matches!(*w, "i" | "we"))
            && ws.get(i + 2).is_some_and(|w| matches!(*w, "needed" | "wanted" | "was" | "were" | "meant"))
    };
    opens_with(ws, THANKS)
        && !text.contains('?')
        && !ws.iter().enumerate().any(|(i, w)| ASKING.contains(w) && !names_a_topic(ws, i) && !given(i))
}

/// Whether a message opens as a joke: "joke of the day: why did the scrum master …". Whatever
/// it asks, it asks for a laugh.
pub fn jokes(text: &str, ws: &[&str]) -> bool {
    // "why did the scrum master bring a ladder to standup? to help the team reach the sprint
    // goal": a riddle, asked and answered by the one who tells it
    let riddle = || {
        if !matches!(ws, ["why", "did" | "does" | "do" | "was" | "is" | "are", ..]) {
            return false;
        }
        let Some((_, answer)) = text.split_once('?') else { return false };
        let answer = answer.trim_start().trim_start_matches(['?', '!', ' ']);
        let first = answer.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("").to_lowercase();
        matches!(first.as_str(), "to" | "because" | "bc" | "cause" | "cos" | "coz" | "cuz") && !answer.contains('?')
    };
    // ("knock knock. who's there?": the joke's own questions)
    let knock_knock = ws.windows(2).take(3).any(|p| p == ["knock", "knock"]);
    ws.iter().take(2).any(|w| matches!(*w, "joke" | "riddle")) || riddle() || knock_knock
}

/// Whether the "vs" at `at` names a topic rather than asking: "the PO vs PM thing", "a PM vs
/// PMM debate", or a title ("the topic is PO vs PM").
fn names_a_topic(ws: &[&str], at: usize) -> bool {
    const TOPICS: &[&str] = &[
        "thing",
        "debate",
        "debates",
        "discussion",
        "talk",
        "topic",
        "session",
        "panel",
        "webinar",
        "article",
        "post",
        "thread",
        "meme",
        "memes",
        "argument",
        "drama",
    ];
    titles(ws, at) || (is_vs(ws[at]) && ws[at + 1..].iter().take(4).any(|w| TOPICS.contains(w)))
}

/// Whether the "vs" at `at` is in a title told: "the topic is PO vs PM", "a talk called PM vs PO".
fn titles(ws: &[&str], at: usize) -> bool {
    let told: Vec<&str> = ws[..at].iter().rev().take(5).copied().collect();
    is_vs(ws[at])
        && (told.windows(2).any(|p| p[0] == "is" && matches!(p[1], "topic" | "title" | "theme"))
            || told.iter().any(|w| matches!(*w, "titled" | "called")))
}

fn is_vs(word: &str) -> bool {
    matches!(word, "vs" | "versus" | "v")
}

/// Whether a message asks people for a resource, a book, a course or a firm: "can anyone
/// recommend a good book for product owners?", "anyone have a search firm for VP roles?".
pub fn wants_a_resource(ws: &[&str]) -> bool {
    const RESOURCES: &[&str] = &[
        "book",
        "books",
        "course",
        "courses",
        "podcast",
        "podcasts",
        "newsletter",
        "newsletters",
        "firm",
        "firms",
        "agency",
        "agencies",
        "bootcamp",
        "bootcamps",
        "certification",
        "certifications",
        "resources",
        "recruiter",
        "recruiters",
        "headhunter",
        "headhunters",
    ];
    const ASKING: &[&str] = &["recommend", "recommendation", "recommendations", "recs", "suggest", "suggestions"];
    let people = ws.iter().any(|w| matches!(*w, "anyone" | "anybody" | "someone" | "somebody" | "folks"));
    let asked = || {
        ws.iter().any(|w| ASKING.contains(w))
            || ws.windows(2).any(|p| matches!(p[0], "anyone" | "anybody") && matches!(p[1], "have" | "got" | "know"))
    };
    // ("most of what I find assumes …" asks nothing)
    let what = || {
        ws.iter().any(|w| matches!(*w, "whats" | "difference" | "explain"))
            || ws
                .windows(2)
                .any(|p| matches!(p[0], "what" | "how") && matches!(p[1], "is" | "are" | "does" | "do" | "s" | "can"))
    };
    // "what's the best book for a new PM?": the best of something to read or take
    let best = || {
        ws.windows(2).any(|p| {
            matches!(p[0], "best" | "favourite" | "favorite" | "fav" | "top" | "good") && RESOURCES.contains(&p[1])
        })
    };
    best() || (people && asked() && !what() && ws.iter().any(|w| RESOURCES.contains(w)))
}

/// Whether a message ends by asking if what it says is so: "APM is a glorified intern, true?",
/// "a PO is just a PM with less power, right?", "… is that accurate or am I wrong?". The claim
/// before it is the question.
pub fn checks_a_claim(text: &str, ws: &[&str]) -> bool {
    const CHECK: &[&str] = &["true", "right", "accurate", "correct", "legit", "wrong", "fair"];
    const AROUND: &[&str] =
        &["is", "s", "that", "it", "this", "so", "really", "actually", "or", "not", "am", "i", "isnt", "was", "im"];
    // ("a CPO is just a fancy VP of product, they say. Is it? …": a short question of its own
    // that checks what was said)
    let mut buffer = String::new();
    let asked_alone = text.split_inclusive('?').filter(|part| part.ends_with('?')).any(|part| {
        let sentence = part.rsplit(['.', '!', '\n']).next().unwrap_or_default();
        let words = crate::text::split_words(sentence, &mut buffer);
        (2..=4).contains(&words.len())
            && words.iter().all(|w| AROUND.contains(w) || CHECK.contains(w))
            && words.iter().any(|w| matches!(*w, "is" | "isnt" | "are"))
    });
    if asked_alone {
        return true;
    }
    if !text.trim_end().ends_with('?') {
        return false;
    }
    let tail: Vec<&str> = ws.iter().rev().take_while(|w| AROUND.contains(*w) || CHECK.contains(*w)).copied().collect();
    tail.len() < ws.len() && tail.len() <= 6 && tail.iter().any(|w| CHECK.contains(w))
}

/// Whether a message opens with the asker's own opinion ("I think the scrum master role is
/// overrated", "imo POs ..."): a remark, when no question follows.
pub fn gives_opinion(ws: &[&str]) -> bool {
    const OPINION: &[&str] = &["think", "feel", "believe", "reckon", "guess", "love", "hate", "miss"];
    const LAUGHS: &[&str] = &["lol", "lmao", "haha", "rofl"];
    let w = |i: usize| ws.get(i).copied();
    // "being a PO is just writing tickets all day lol": a joke about the role
    let laughs = ws.first().is_some_and(|w| LAUGHS.contains(w))
        || (w(0) == Some("being") && ws.last().is_some_and(|w| LAUGHS.contains(w)));
    let opens = laughs
        || matches!(w(0), Some("imo" | "imho" | "honestly" | "unpopular"))
        || (matches!(w(0), Some("i" | "we")) && w(1).is_some_and(|v| OPINION.contains(&v)))
        // "is it just me or does every PM job post want AI now 🙄": said, not asked
        || (w(0) == Some("is") && w(1) == Some("it") && w(2) == Some("just") && w(3) == Some("me"))
        || (w(0) == Some("am") && w(1) == Some("i") && w(2) == Some("the") && w(3) == Some("only"));
    // "product management is lowkey the best career": a verdict on the role
    let verdict = ws.windows(3).any(|w| {
        w[0] == "the"
            && matches!(w[1], "best" | "worst" | "hardest" | "easiest" | "coolest")
            && matches!(w[2], "career" | "job" | "role" | "gig" | "title")
    });
    (opens || verdict) && !ws.iter().any(|w| matches!(*w, "how" | "what" | "whats" | "which" | "why" | "should"))
}

/// Whether the message asks what people think of a role and nothing a reading answers: "do you
/// think the head of product role will survive the restructure?", "PM better than engineering
/// or not? opinion pls" ("what do you think a PO does?" asks what the role does).
pub fn asks_opinion(ws: &[&str]) -> bool {
    // ("every startup needs a CPO from day one. agree or disagree?")
    let asked = ws.iter().any(|w| matches!(*w, "opinion" | "opinions" | "thoughts"))
        || ws.windows(3).any(|w| w[0] == "agree" && matches!(w[1], "or" | "ama") && w[2] == "disagree")
        || ws
            .windows(2)
            .any(|w| matches!(w[0], "you" | "u" | "yall" | "ppl" | "people" | "everyone") && w[1] == "think")
        // "do you guys think …"
        || ws.windows(3).any(|w| w[0] == "you" && matches!(w[1], "guys" | "all" | "folks") && w[2] == "think");
    // ("do you think I can go to a product ops role?" asks about the asker's move)
    let of_the_asker = ws.windows(2).any(|w| w[0] == "think" && matches!(w[1], "i" | "im"));
    asked
        && !of_the_asker
        && !ws.iter().any(|w| {
            matches!(*w, "how" | "what" | "whats" | "which" | "why")
                || asks_owner(w)
                || is_compare(w)
                || kinds_transition(w)
        })
}

/// Whether the message asks which the readers themselves like better: "what do you guys
/// personally prefer, being PM or EM?", "would you rather be a PO or an SM?". Two roles weighed
/// for a purpose ("which fits a tiny team better?") are no such question.
pub fn asks_preference(ws: &[&str]) -> bool {
    let you = |w: &str| matches!(w, "you" | "u" | "yall" | "guys" | "everyone" | "folks");
    let likes = |w: &str| matches!(w, "prefer" | "rather" | "enjoy" | "personally");
    // ("views welcome, privately if you prefer": a courtesy, not a question)
    let courtesy = |at: usize| at > 0 && ws[at - 1] == "if";
    ws.windows(3).enumerate().any(|(i, w)| you(w[0]) && !courtesy(i) && (likes(w[1]) || likes(w[2])))
        || ws.len() > 1 && you(ws[ws.len() - 2]) && !courtesy(ws.len() - 2) && likes(ws[ws.len() - 1])
        || ws.windows(2).any(|w| matches!(w[0], "your" | "ur") && matches!(w[1], "favourite" | "favorite" | "fave"))
}

/// The English for a question word of Spanish, Portuguese or French that people drop into an
/// English sentence ("que es un GPM? like a manager of pms?"), said after the word `before`
/// (already read as English); none for any other word. Only words that are no English words
/// are read so.
pub fn foreign_question_word(before: Option<&str>, word: &str) -> Option<&'static str> {
    Some(match word {
        // ("quiero ser PO": "be", after a wish; "ser" alone may be "sir")
        "ser" if before.is_some_and(|b| matches!(b, "want" | "become" | "a" | "puedo" | "para" | "to")) => "be",
        "que" | "qué" | "quoi" => "what",
        "es" | "é" => "is",
        // ("um" is no article here: English says it while thinking)
        "un" | "una" | "uma" => "a",
        "hace" | "faz" => "does",
        "hacen" | "fazem" => "do",
        // ("cuál es el rol de …" asks what the role is)
        "cual" | "cuál" => "what",
        "qual" | "quel" | "quelle" => "which",
        "el" | "los" | "las" => "the",
        "de" => "of",
        "quien" | "quién" | "quem" => "who",
        "como" | "cómo" => "how",
        "diferencia" | "diferença" | "différence" => "difference",
        "entre" => "between",
        "significa" => "means",
        "mismo" | "misma" | "mesmo" | "mesma" => "same",
        "rol" | "papel" => "role",
        "encarga" => "handles",
        "paso" | "pasar" | "cambiar" => "move",
        "normalmente" => "usually",
        // ("quiero ser PO", "soy PO y quiero crecer a PM", "cómo llegar a ser head of product")
        "quiero" | "quero" => "want",
        "soy" | "sou" => "im",
        "llegar" | "crecer" | "chegar" | "crescer" => "become",
        // ("cómo te uso?", "qué puestos conoces?")
        "te" => "you",
        "uso" => "use",
        "puestos" | "cargos" => "roles",
        "conoces" => "know",
        "diferencian" => "differ",
        "equipo" => "team",
        "equipos" => "teams",
        "herramientas" => "tools",
        "procesos" => "processes",
        "producto" => "product",
        "quitar" => "remove",
        "bloqueos" => "blockers",
        "dependencias" => "dependencies",
        "ahora" => "now",
        // Norwegian and Swedish ("hva gjør en business analyst egentlig?")
        "hva" | "vad" => "what",
        "gjør" | "gör" => "does",
        "hvem" | "vem" => "who",
        "hvordan" | "hur" => "how",
        "egentlig" | "egentligen" => "actually",
        // ("cómo hago para volverme TPM?", "qué necesito para ser APM?", "qué es eso?")
        "definición" | "definicion" => "definition",
        "cambia" => "changes",
        "llego" => "become",
        "necesito" => "need",
        "estoy" => "im",
        "hago" => "do",
        "volverme" | "convertirme" => "become",
        "remover" => "remove",
        "impedimentos" => "impediments",
        "del" => "of",
        "este" | "esta" | "esto" => "this",
        "eso" => "that",
        "alguien" => "someone",
        "tiene" => "has",
        "explica" | "explicame" | "explícame" => "explain",
        // ("qué son los story points?": "son" after a question word)
        "son" if before.is_some_and(|b| b == "what") => "are",
        // Indonesian said in an English sentence ("apa itu CPO?", "TPM itu apa ya", "siapa yang
        // biasanya design UI, PM atau orang lain?", "gimana caranya jadi PO")
        "apa" => "what",
        "itu" => "is",
        "siapa" => "who",
        "gimana" | "bagaimana" | "gmn" => "how",
        "caranya" => "way",
        "jadi" => "become",
        "bedanya" | "perbedaan" => "difference",
        "beda" => "different",
        "biasanya" => "usually",
        "atau" => "or",
        "orang" => "someone",
        "lain" => "else",
        "kamu" => "you",
        "tau" | "tahu" => "know",
        "maksudnya" | "artinya" => "means",
        "kenapa" => "why",
        "kerjaan" | "pekerjaan" => "job",
        "sebenernya" | "sebenarnya" => "actually",
        "bukan" => "not",
        "dari" => "from",
        "ke" => "to",
        "yg" | "yang" => "that",
        "ini" => "this",
        "buat" | "untuk" => "for",
        "perlu" => "need",
        _ => return None,
    })
}

/// Whether a word asks a question or makes a request: "what", "how", "explain", "pls".
pub fn asks(word: &str) -> bool {
    matches!(
        word,
        "what"
            | "whats"
            | "how"
            | "which"
            | "who"
            | "whos"
            | "why"
            | "explain"
            | "pls"
            | "please"
            | "tell"
            | "define"
            | "describe"
            | "vs"
            | "versus"
            | "difference"
            | "should"
            | "can"
            | "could"
    )
}

/// How one may wish to come across, said after "want to be": "I don't want to be rude", "want
/// to be sure"; no post one moves into.
const MANNERS: &[&str] = &[
    "rude",
    "polite",
    "sure",
    "precise",
    "prepared",
    "honest",
    "clear",
    "careful",
    "wrong",
    "annoying",
    "pushy",
    "blunt",
    "harsh",
    "fair",
    "safe",
    "helpful",
    "useful",
    "nosy",
    "that",
    "mean",
    "late",
    "respectful",
    "accurate",
];

/// Something said to the bot that is not a question about roles but deserves a reply: a
/// greeting or thanks on its own, or a question about pay.
pub fn aside(ws: &[&str], role: Option<crate::knowledge::RoleRef>) -> Option<crate::query::Aside> {
    use crate::query::Aside;
    const GREETING: &[&str] = &["hi", "hey", "hello", "hiya", "heya", "yo", "howdy", "morning", "gm", "hola", "sup"];
    const THANKS: &[&str] =
        &["thanks", "thank", "thx", "ty", "tysm", "tyvm", "cheers", "thankyou", "appreciated", "appreciate", "kudos"];
    const AROUND: &[&str] = &[
        "you", "u", "bot", "rolecall", "all", "there", "everyone", "team", "folks", "so", "much", "very", "a", "lot",
        "again", "good", "great", "ok", "okay", "awesome", "nice", "perfect", "cool", "buddy", "friend", "mate",
    ];
    const AFTER_THANKS: &[&str] = &["for", "the", "help", "answer", "info", "that", "this", "it"];
    const PAY: &[&str] = &[
        "salary",
        "salaries",
        "compensation",
        "wage",
        "wages",
        "tc",
        "earn",
        "earns",
        "earning",
        "paycheck",
        "equity",
        // "what is the bonus for a head of product here?"
        "bonus",
        "bonuses",
        // on-target earnings, a sales and marketing pay figure
        "ote",
        // cost to company, as pay is quoted in India
        "ctc",
    ];
    const PAID: u8 = 1;
    const THANKED: u8 = 2;
    const GREETED: u8 = 4;
    // which of those lists each word is in, looked up once a word
    static SAID: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, u8>> = std::sync::LazyLock::new(|| {
        let mut said = rustc_hash::FxHashMap::default();
        for (list, bit) in [(PAY, PAID), (THANKS, THANKED), (GREETING, GREETED)] {
            for word in list {
                *said.entry(*word).or_insert(0) |= bit;
            }
        }
        said
    });
    // ("brand guidelines and brand equity": what a brand is worth, not anyone's pay)
    let said: Vec<u8> = ws
        .iter()
        .enumerate()
        .map(|(i, w)| match SAID.get(*w).copied().unwrap_or(0) {
            PAID if *w == "equity" && i > 0 && matches!(ws[i - 1], "brand" | "brands" | "customer") => 0,
            // ("what does the S add besides a bigger salary": pay set aside, the rest asked)
            PAID if ws[i.saturating_sub(3)..i]
                .iter()
                .any(|b| matches!(*b, "besides" | "except" | "beyond" | "apart")) =>
            {
                0
            }
            // ("… what does an APM do? asking bc the salary looked low": pay as the reason to ask)
            PAID if ws[i.saturating_sub(4)..i]
                .iter()
                .any(|b| matches!(*b, "bc" | "because" | "cause" | "cos" | "coz")) =>
            {
                0
            }
            // ("the PRD for the new earn feature": a product's name)
            PAID if *w == "earn"
                && ws.get(i + 1).is_some_and(|n| {
                    matches!(
                        *n,
                        "feature"
                            | "product"
                            | "tab"
                            | "page"
                            | "app"
                            | "program"
                            | "programme"
                            | "team"
                            | "squad"
                            // ("loyalty: earn, burn, tiers": what members do with points)
                            | "burn"
                            | "points"
                            | "miles"
                            | "rewards"
                    )
                }) =>
            {
                0
            }
            said => said,
        })
        .collect();
    let has = |bit: u8| said.iter().any(|s| s & bit != 0);
    let thanks = has(THANKED);
    let only = |list: &[&str]| {
        ws.iter().all(|w| list.contains(w) || AROUND.contains(w) || (thanks && AFTER_THANKS.contains(w)))
    };
    let how_much_paid = ws.windows(2).any(|w| w[0] == "how" && w[1] == "much")
        && ws.iter().enumerate().any(|(i, w)| {
            // ("how much hike does a PO get when promoted?": a raise)
            // ("how much do contract BAs charge a day?": a contractor's fee)
            matches!(
                *w,
                "make" | "makes" | "paid" | "pay" | "hike" | "raise" | "increment" | "bump" | "bonus" | "charge" | "charges"
            )
                // "how much we get through" is work, "how much do they get paid" is pay
                || (matches!(*w, "get" | "gets") && ws.get(i + 1).is_some_and(|n| *n == "paid"))
        });
    // "do PMs get paid more than engineers?", "are BAs paid less than POs?"
    // ("tech debt gets paid down": a debt, not pay)
    let paid_more = ws.windows(3).any(|w| {
        (matches!(w[0], "get" | "gets" | "getting" | "got")
            && w[1] == "paid"
            && !matches!(w[2], "down" | "off" | "back"))
    }) || ws.ends_with(&["paid"])
        && ws.len() >= 2
        && matches!(ws[ws.len() - 2], "get" | "gets" | "getting" | "got")
        || ws.windows(2).any(|w| w[0] == "paid" && matches!(w[1], "more" | "less" | "better" | "worse" | "well"));
    // "what's different besides the salary?" asks about the rest ("what changes between senior
    // and lead? only the salary?" too)
    // ("head of product v director — same job, different pay band?": whether the jobs are one
    // is asked, pay beside it)
    let same_job = ws
        .windows(2)
        .any(|w| matches!(w[0], "same" | "similar") && matches!(w[1], "job" | "role" | "thing" | "title" | "level"));
    let aside_from_pay = || {
        let weighs = ws.iter().any(|w| {
            matches!(
                *w,
                "between" | "difference" | "differences" | "vs" | "versus" | "differ" | "changes" | "different"
            )
        });
        ws.iter().enumerate().any(|(i, w)| {
            let before = &ws[i.saturating_sub(6)..i];
            (PAY.contains(w) || matches!(*w, "pay" | "comp"))
                && (ws[..i].iter().rev().find(|b| !matches!(**b, "the" | "a" | "their")).is_some_and(|b| {
                    // ("genuine question, not a salary negotiation": pay said not to be asked)
                    matches!(*b, "besides" | "except" | "beyond" | "than" | "from" | "apart" | "ignoring" | "not")
                        // ("how to make the move without losing salary?": pay kept, as a condition)
                        || matches!(*b, "losing" | "lose" | "cutting" | "dropping")
                        || (weighs && matches!(*b, "only" | "just" | "mostly" | "mainly"))
                })
                // "is one just the other with more equity?": the rest is the same, pay the joke
                || (weighs
                    && before.iter().any(|b| matches!(*b, "just" | "only"))
                    && before.iter().any(|b| matches!(*b, "more" | "higher" | "bigger" | "extra")))
                // "does the s stand for salary?": what a letter means, not pay
                || before.ends_with(&["stand", "for"])
                || before.ends_with(&["stands", "for"]))
        })
    };
    // "what's the BA day rate?": a contractor's pay; "pay bands for a lead PM"; "what band is a
    // PM, 7 or 8a?": the public-sector pay band asked for ("a band 6 nurse" only says who)
    let band = |w: &[&str]| matches!(w[0], "what" | "which") && matches!(w[1], "band" | "bands");
    // ("what's the scope? asking bc we're benchmarking comp bands": pay as the reason to ask)
    let reason =
        |i: usize| ws[i.saturating_sub(6)..i].iter().any(|b| matches!(*b, "bc" | "because" | "cause" | "cos" | "coz"));
    let rate = ws.windows(2).enumerate().any(|(i, w)| {
        !reason(i) && {
            band(w)
                || (matches!(w[0], "day" | "daily" | "hourly" | "contractor" | "contract" | "going" | "market")
                    && matches!(w[1], "rate" | "rates"))
                || (matches!(w[0], "pay" | "salary" | "comp")
                    && matches!(
                        w[1],
                        "band"
                            | "bands"
                            | "range"
                            | "ranges"
                            | "scale"
                            | "scales"
                            | "grade"
                            | "difference"
                            | "gap"
                            | "diff"
                            | "allowance"
                            | "allowances"
                            | "rise"
                            | "rises"
                            | "increase"
                            | "package"
                    ))
                // ("what's the pay for a cpo at a unicorn?": the pay of a role)
                || (matches!(w[0], "the" | "typical" | "average" | "usual")
                    && w[1] == "pay"
                    && ws.get(i + 2).is_some_and(|n| matches!(*n, "for" | "of" | "at" | "in" | "like")))
                // ("is tpm comp better than regular pm comp?": pay set against pay)
                || (matches!(w[0], "pay" | "comp")
                    && matches!(w[1], "better" | "higher" | "lower" | "worse" | "bigger"))
        }
    });
    // "is 55k reasonable for a BA role?": a sum weighed as pay
    let sum_weighed =
        ws.iter().any(|w| w.strip_suffix('k').is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())))
            && ws.iter().any(|w| {
                matches!(
                    *w,
                    "reasonable"
                        | "fair"
                        | "decent"
                        | "lowball"
                        | "lowballed"
                        | "underpaid"
                        | "overpaid"
                        | "competitive"
                        | "offered"
                )
            });
    // ("heard the PM makes like 2x what we make", "PMs there make 150k"): a sum made
    let makes_a_sum = ws.windows(3).any(|w| {
        matches!(w[0], "make" | "makes" | "making" | "collect" | "collects" | "collecting")
            && [w[1], w[2]]
                .iter()
                .take(if matches!(w[1], "like" | "about" | "around" | "over" | "under") { 2 } else { 1 })
                .any(|n| n.starts_with(|c: char| c.is_ascii_digit()))
    });
    // ("what does a senior pm make in atlanta?": "make" with nothing made, asked of a role)
    let what_one_makes = ws.iter().enumerate().any(|(k, w)| {
        let before = &ws[k.saturating_sub(7)..k];
        matches!(*w, "make" | "makes")
            && before.iter().any(|b| matches!(*b, "what" | "much"))
            && before.iter().any(|b| matches!(*b, "do" | "does" | "would" | "will"))
            && ws.get(k + 1).is_none_or(|n| {
                matches!(
                    *n,
                    "in" | "at"
                        | "per"
                        | "a"
                        | "annually"
                        | "yearly"
                        | "now"
                        | "here"
                        | "there"
                        | "typically"
                        | "usually"
                        | "roughly"
                        | "these"
                        | "nowadays"
                )
            })
    });
    if (has(PAID) || how_much_paid || paid_more || rate || sum_weighed || makes_a_sum || what_one_makes)
        && !same_job
        && !aside_from_pay()
    {
        Some(Aside::Salary(role))
    } else if thanks && only(THANKS) {
        Some(Aside::Thanks)
    } else if has(GREETED) && only(GREETING) {
        Some(Aside::Greeting)
    } else {
        None
    }
}

/// Whether a message complains ("why do PMs always book meetings on a friday?"): a question
/// about people's habits, not about the role.
pub fn complains(ws: &[&str]) -> bool {
    ws.first().is_some_and(|w| *w == "why") && ws.iter().any(|w| matches!(*w, "always" | "never" | "keep" | "keeps"))
}

/// Whether words name office, IT, finance or legal work that no product role owns: "who fixes
/// the office wifi", "who sets up laptops for new hires", "legal review of contracts".
pub fn back_office(ws: &[&str]) -> bool {
    const THINGS: &[&str] = &[
        "laptop",
        "laptops",
        "wifi",
        "vpn",
        "printer",
        "printers",
        "password",
        "passwords",
        "payroll",
        "invoice",
        "invoices",
        "expenses",
        "reimbursement",
        "reimbursements",
        "badge",
        "badges",
        "keycard",
        "keycards",
        "parking",
        // "who has the big meeting room booked?"
        "booked",
        "lawyer",
        "lawyers",
    ];
    // ("the payroll integration", "the invoices screen": a product built for that work)
    const BUILT: &[&str] = &[
        "integration",
        "integrations",
        "feature",
        "features",
        "vendor",
        "system",
        "api",
        "module",
        "app",
        "flow",
        "page",
        "screen",
        "export",
        "import",
        "service",
        "product",
        "data",
        "tool",
    ];
    // ("messaging for a feature like remote parking": a feature named by what it does)
    let named_feature = |i: usize| {
        ws[i.saturating_sub(4)..i].iter().any(|w| BUILT.contains(w))
            && ws[i.saturating_sub(3)..i].iter().any(|w| matches!(*w, "like" | "eg" | "called"))
    };
    // ("the project plan for the wifi upgrade": a project about that work, run like any other)
    // ("the badge reader rollout": or one word on)
    let project = |i: usize| {
        ws[i + 1..].iter().take(2).any(|n| {
            matches!(
                *n,
                "upgrade"
                    | "upgrades"
                    | "rollout"
                    | "migration"
                    | "project"
                    | "refresh"
                    | "replacement"
                    | "deployment"
                    | "install"
                    | "installation"
            )
        })
    };
    // ("the launch messaging for the new verified-listing badge": a new thing launched is a
    // feature)
    let launched = |i: usize| {
        ws[i.saturating_sub(4)..i].contains(&"new")
            && ws.iter().any(|w| {
                matches!(*w, "launch" | "launching" | "messaging" | "positioning" | "release" | "announcement")
            })
    };
    let thing = |i: usize| {
        THINGS.contains(&ws[i])
            && !ws.get(i + 1).is_some_and(|n| BUILT.contains(n))
            && !named_feature(i)
            && !project(i)
            && !launched(i)
    };
    (0..ws.len()).any(thing)
        || ws.windows(2).any(|p| p[0] == "legal" && matches!(p[1], "review" | "reviews" | "advice"))
}

/// Whether the asker wants access to something for themselves: "who should I talk to about
/// getting access to the dashboard?", "need access to the repo". A request to an admin, not a
/// question about a role.
pub fn wants_access(ws: &[&str]) -> bool {
    let asker = ws.iter().any(|w| matches!(*w, "i" | "me" | "my" | "im"));
    asker
        && ws.windows(2).enumerate().any(|(i, p)| {
            matches!(p[0], "access" | "permission" | "permissions" | "login" | "invite" | "license" | "added")
                && matches!(p[1], "to" | "for")
                && ws[i.saturating_sub(3)..i].iter().any(|w| {
                    matches!(*w, "get" | "getting" | "need" | "needs" | "request" | "requesting" | "give" | "grant")
                })
                // ("i keep getting added to her syncs": a complaint, not a request)
                && !ws[i.saturating_sub(4)..i].iter().any(|w| matches!(*w, "keep" | "keeps" | "kept"))
        })
}

/// Whether a question asks who holds a thing: "who's got build 0.9.3 on a device?", "who has
/// a spare HDMI cable?" ("who's got the final say on pricing?" holds a duty).
pub fn asks_who_holds(ws: &[&str]) -> bool {
    ws.windows(2).enumerate().any(|(i, p)| {
        // ("a nurse who got roped into …": "who" after a name of people tells of them)
        let opens = i == 0 || matches!(ws[i - 1], "so" | "ok" | "but" | "and" | "anyone" | "hey" | "guys" | "pls");
        let held = match p {
            ["whos", "got"] => 2,
            ["who", "got"] if opens => 2,
            ["who", "has"] if opens && ws.get(i + 2) == Some(&"got") => 3,
            _ => return false,
        };
        let rest = &ws[(i + held).min(ws.len())..];
        let duty = rest.iter().take(4).any(|w| {
            matches!(
                *w,
                "say"
                    | "final"
                    | "ownership"
                    | "responsibility"
                    | "authority"
                    | "call"
                    | "decision"
                    | "word"
                    | "veto"
                    | "budget"
                    | "time"
                    | "bandwidth"
                    | "capacity"
            )
        });
        !rest.is_empty() && !duty
    })
}

/// Whether the asker says they want to get in touch with whoever it is: "who owns push for the
/// Acme app? need to ask them something", "… trying to ping someone before EOD". The answer
/// they want is a person ("we need to ask customers what they want" is a duty).
pub fn to_contact(ws: &[&str]) -> bool {
    const CONTACT: &[&str] = &["ask", "ping", "dm", "message", "email", "contact", "reach", "grab"];
    const SOMEONE: &[&str] = &["them", "him", "her", "someone", "somebody", "something", "a", "about", "quickly"];
    ws.windows(4).any(|w| {
        matches!(w[0], "need" | "needs" | "want" | "have" | "gotta" | "trying")
            && w[1] == "to"
            && CONTACT.contains(&w[2])
            && SOMEONE.contains(&w[3])
    })
    // ("which team owns the widget? need contact person": a person to reach)
    || ws.windows(2).any(|w| w[0] == "contact" && matches!(w[1], "person" | "name" | "names"))
    || ws.windows(3).any(|w| w == ["point", "of", "contact"])
    // ("who am I supposed to email after the interview?": whom the asker writes to)
    || ws.windows(3).enumerate().any(|(i, w)| {
        matches!(w[0], "who" | "whom")
            && matches!(w[1], "am" | "do" | "should" | "can")
            && w[2] == "i"
            && ws[i + 3..].iter().take(3).any(|v| CONTACT.contains(v) && *v != "ask")
    })
}

/// Whether a question asks whom the asker should go to: "who do I ask?", "who's the best
/// person to talk to about a Jira license?". Mostly a particular person, for an errand.
pub fn whom_to_reach(ws: &[&str]) -> bool {
    ws.windows(4).any(|w| {
        matches!(w[0], "who" | "whom")
            && matches!(w[1], "do" | "should" | "can" | "would")
            && w[2] == "i"
            && matches!(w[3], "ask" | "talk" | "speak")
    }) || ws.windows(4).any(|w| {
        matches!(w[0], "best" | "right") && w[1] == "person" && w[2] == "to" && matches!(w[3], "ask" | "talk" | "speak")
    })
}

/// Whether the message is about one opening, not a role: where a CV goes, when applications
/// open, a job ad gone live ("who do I send my CV to?", "the PM job posting is live, pls
/// share"). Recruiting errands, not questions about what a role is.
pub fn job_errand(ws: &[&str]) -> bool {
    const PAPERS: &[&str] = &["cv", "cvs", "resume", "resumes", "application", "applications", "portfolio", "letter"];
    // ("can someone review my cover letter for a PM role?": one person's papers, to be read)
    const SENT: &[&str] =
        &["send", "submit", "email", "forward", "upload", "drop", "review", "proofread", "check", "read", "look"];
    const OPEN: &[&str] = &["open", "opens", "close", "closes", "due", "deadline", "live", "up"];
    const ADS: &[&str] = &["posting", "post", "ad", "advert", "listing", "req", "opening", "vacancy"];
    // "is the notice period for PM roles 90 days everywhere?", "do BA roles come with visa
    // sponsorship?": terms of one's employment, whatever is asked of them
    let terms_of_employment = ws.windows(2).any(|w| {
        (matches!(w[0], "notice" | "probation" | "probationary") && matches!(w[1], "period" | "periods"))
            || (matches!(w[0], "visa" | "visas") && matches!(w[1], "sponsorship" | "sponsor" | "sponsored"))
    });
    // "how many interview rounds for a PM role?", "the rounds of interviews for PO": one
    // company's hiring, not the role
    let counted = ws.windows(2).any(|w| w[0] == "how" && matches!(w[1], "many" | "long"));
    let hiring_rounds = counted
        && (ws
            .windows(2)
            .any(|w| matches!(w[0], "interview" | "interviews") && matches!(w[1], "round" | "rounds" | "stages"))
            || ws.windows(3).any(|w| {
                matches!(w[0], "rounds" | "stages")
                    && w[1] == "of"
                    && matches!(w[2], "interview" | "interviews" | "interviewing")
            }));
    // ("my PO interview at 10 got moved, what does a PO do again?" asks about the role too)
    // ("scrum master, responsibilities? HR needs them before we post it on the jobs site": what
    // the role does, asked for the ad)
    let asks_what = ws.iter().any(|w| {
        matches!(*w, "what" | "whats" | "how" | "explain" | "describe" | "responsibilities" | "duties" | "define")
    });
    // "what's the recruiter's email for the PM vacancy?": how to reach whoever hires
    // ("got a recruiter email", "every recruiter email says it": an email had, not sought)
    let reach_recruiter = ws.windows(3).any(|w| {
        matches!(w[0], "the" | "our" | "your")
            && matches!(w[1], "recruiter" | "recruiters" | "recruiting" | "hr" | "hiring")
            && matches!(w[2], "email" | "emails" | "contact" | "number" | "phone" | "address" | "name")
    });
    terms_of_employment
        || hiring_rounds
        || reach_recruiter
        || !asks_what
            && ws.iter().enumerate().any(|(i, w)| {
                let near = |list: &[&str], before: usize, after: usize| {
                    ws[i.saturating_sub(before)..(i + after + 1).min(ws.len())].iter().any(|w| list.contains(w))
                };
                // "is the recruiter call at 3?", "the interview at 10": one candidate's calendar
                let timed = |at: usize| {
                    ws.get(at).is_some_and(|w| *w == "at")
                        && ws.get(at + 1).is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
                };
                let appointment = matches!(*w, "recruiter" | "interview" | "screen" | "screening")
                    && (ws.get(i + 1).is_some_and(|n| matches!(*n, "call" | "chat" | "screen"))
                        || (i + 1..(i + 8).min(ws.len())).any(timed));
                // "it's on our careers page", "the product manager role is live": an opening
                let careers = matches!(*w, "careers" | "jobs")
                    && ws.get(i + 1).is_some_and(|n| matches!(*n, "page" | "site" | "portal" | "board"));
                // ("is the product owner role on APSJobs still open? closing date was friday")
                let posted = matches!(*w, "role" | "position" | "vacancy" | "opening")
                    && ws.get(i + 1).is_some_and(|n| matches!(*n, "is" | "s"))
                    && ws.get(i + 2).is_some_and(|n| matches!(*n, "live" | "up" | "posted"))
                    || (*w == "closing" && ws.get(i + 1).is_some_and(|n| matches!(*n, "date" | "dates")))
                    || (*w == "still" && ws.get(i + 1) == Some(&"open"));
                // "send my cv", "applications open", "is the job ad live?"
                // "has anyone heard back from the BA role at that app?": an application waiting
                let waiting = matches!(*w, "heard" | "hear" | "hearing") && ws.get(i + 1) == Some(&"back");
                appointment
                    || waiting
                    || careers
                    || posted
                    || (PAPERS.contains(w) && (near(SENT, 4, 0) || (w.starts_with("application") && near(OPEN, 0, 4))))
                    || (ADS.contains(w)
                        && i.checked_sub(1).is_some_and(|b| matches!(ws[b], "job" | "role"))
                        && near(&["live", "up", "out", "open", "closes"], 0, 3))
            })
}

/// What a word of the lists signals, as bits: each word is looked up once, not scanned for in
/// every list.
const IS_COMPARE: u8 = 1;
const IS_TRANSITION: u8 = 2;
const IS_DEFINE: u8 = 4;
const IS_FILLER: u8 = 8;
/// The bits of the four lists.
const LISTED: u8 = IS_COMPARE | IS_TRANSITION | IS_DEFINE | IS_FILLER;
/// A word that opens a move spelled out in words: "want to be", "get to", "next step".
const OPENS_A_MOVE: u8 = 16;
/// A word that opens a comparison spelled out in words: "more senior", "which one is".
const OPENS_A_COMPARISON: u8 = 32;
/// A word that may open a question before its first real word: "so", "btw", "pls".
const IS_OPENER: u8 = 64;

/// The first words of the moves [`Cues::new`] reads in more than one word.
const MOVE_OPENERS: &[&str] = &[
    "get",
    "getting",
    "want",
    "wanna",
    "wanting",
    "like",
    "hoping",
    "plan",
    "planning",
    "aspire",
    "ready",
    "trying",
    "step",
    "stepping",
    "level",
    "climb",
    "promo",
    "can",
    "could",
    "where",
    "go",
    "move",
    "be",
    "being",
    "next",
    "gap",
    "gaps",
    "make",
    "towards",
    "toward",
    "land",
    "find",
    "finding",
    "end",
    "way",
    "making",
    "take",
    "taking",
    "going",
    "cross",
    "crossing",
    "evolve",
    "evolving",
    "jumping",
    "hopping",
    "hop",
    "position",
    "positioning",
];

/// The words the comparisons [`Cues::new`] reads in more than one word open with, or hold.
const COMPARISON_OPENERS: &[&str] = &[
    "stop",
    "stops",
    "end",
    "ends",
    "more",
    "outrank",
    "outranks",
    "higher",
    "lower",
    "which",
    "another",
    "other",
    "different",
    "who",
];

static KINDS: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, u8>> = std::sync::LazyLock::new(|| {
    let mut kinds = rustc_hash::FxHashMap::default();
    for (list, bit) in [
        (COMPARE, IS_COMPARE),
        (TRANSITION, IS_TRANSITION),
        (DEFINE, IS_DEFINE),
        (FILLER, IS_FILLER),
        (MOVE_OPENERS, OPENS_A_MOVE),
        (COMPARISON_OPENERS, OPENS_A_COMPARISON),
        (OPENERS, IS_OPENER),
    ] {
        for word in list {
            *kinds.entry(*word).or_insert(0) |= bit;
        }
    }
    kinds
});

fn kinds(word: &str) -> u8 {
    KINDS.get(word).copied().unwrap_or(0)
}

/// Whether a word asks how to get into a role: "become", "switch", "jump".
pub fn kinds_transition(word: &str) -> bool {
    kinds(word) & IS_TRANSITION != 0
}

/// Whether a word asks for a comparison: "vs", "difference", "same".
pub fn is_compare(word: &str) -> bool {
    kinds(word) & IS_COMPARE != 0
}

/// Whether a word asks for something: a comparison, a move, a definition, or an owner.
pub fn is_cue(word: &str) -> bool {
    kinds(word) & (IS_COMPARE | IS_TRANSITION | IS_DEFINE) != 0 || asks_owner(word)
}

/// Whether a word asks for whoever does something: "who", "who's", "whose".
pub fn asks_owner(word: &str) -> bool {
    matches!(word, "who" | "whos" | "whose")
}

/// Whether a word is explained by the reading without being a role: a cue or filler.
pub fn is_explained(word: &str) -> bool {
    kinds(word) & LISTED != 0
}
