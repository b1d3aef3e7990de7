//! Matching a duty ("who prioritizes the backlog?") against the responsibilities of every role.
//!
//! Words are reduced to stems, with the synonyms that matter for duties folded together, and
//! weighted by how rare they are across all responsibilities, so "backlog" counts for more
//! than "team".

use rustc_hash::{FxHashMap, FxHashSet};

use crate::knowledge::entry::Role;
use crate::knowledge::RoleRef;
use crate::query::Owner;
use crate::text::split_words;

/// Words that say "whose duty is it" rather than what the duty is.
const OWNERSHIP: &[&str] = &[
    "own",
    "owns",
    "owned",
    "owning",
    "owner",
    "responsible",
    "responsibility",
    "accountable",
    "accountability",
    "charge",
    "handle",
    "handles",
    "handled",
    "handling",
    "job",
    "duty",
    "task",
    "in",
    "does",
    "do",
    "doing",
    "usually",
    "typically",
    "normally",
    "should",
    "would",
    "will",
    "can",
    "take",
    "takes",
    "care",
    "looks",
    "look",
    "after",
    "main",
    "mainly",
    "primarily",
    "person",
    "role",
    "one",
    // "who's supposed to", "who has to", "who gets to", "who is meant to"
    "supposed",
    // ("which role suppose to write …": the same, said plain)
    "suppose",
    "meant",
    "expected",
    "has",
    "have",
    "get",
    "gets",
    "need",
    "want",
    "wants",
    "wanted",
    "needs",
    "ought",
    "generally",
    "mostly",
    // "who is on the hook for it"
    "hook",
    // "who defines the roadmap": whose it is
    "defines",
    "define",
    // "on a typical product team": any team, not a duty
    "typical",
    "normal",
    "usual",
];

/// Words too common to say anything about a duty.
const STOPWORDS: &[&str] = &[
    "who",
    "whos",
    "whom",
    "whose",
    "which",
    "what",
    "the",
    "a",
    "an",
    "of",
    "for",
    "to",
    "and",
    "or",
    "is",
    "are",
    "be",
    "on",
    "at",
    "by",
    "with",
    "our",
    "my",
    "their",
    "its",
    "it",
    "this",
    "that",
    "these",
    "those",
    "your",
    "we",
    "i",
    "they",
    "them",
    "from",
    "into",
    "against",
    "about",
    "as",
    "all",
    // ("who is hiring more engineers?": how many, not which work)
    "more",
    "any",
    "here",
    "there",
    "s",
    // chat fillers: "who coordinates like 6 teams", "who basically just signs off"
    "like",
    "kinda",
    "sorta",
    "basically",
    "actually",
    "really",
    "just",
    "literally",
    "pls",
    "please",
    // ("kindly advise", "please revert": asking politely)
    "kindly",
    "advise",
    "revert",
    "needful",
    "lol",
    "exactly",
    "even",
    "also",
    "very",
    "super",
    "u",
    "ur",
    // words for anything at all: "which items go into the sprint", "who does this stuff"
    "item",
    "items",
    "thing",
    "things",
    "stuff",
    "use",
    "uses",
    "using",
    "go",
    "goes",
    "going",
    // the particle of a phrasal verb: "works out", "figure out", "sends out"
    "out",
    // "that kind of project": what kind says nothing
    "kind",
    "sort",
    // "product included", "everything": the scope said loosely
    "include",
    "included",
    "includes",
    "including",
    "everything",
    // "looks after the brand itself": emphasis ("itself" in a duty is the role)
    "itself",
    "themselves",
    "himself",
    "herself",
];

/// The ownership words and stopwords in one set: stemming looks every word up in it.
static SAYS_NOTHING: std::sync::LazyLock<FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| OWNERSHIP.iter().chain(STOPWORDS).copied().collect());

/// Synonyms folded into one stem before stemming.
fn synonym(word: &str) -> Option<&'static str> {
    Some(match word {
        "prioritize" | "prioritizes" | "prioritise" | "prioritises" | "prioritizing" | "prioritising"
        | "prioritization" | "prioritisation" | "priorities" | "priority" | "ranks" | "rank" | "ranking" | "orders"
        | "order" | "ordering" | "sequence" | "sequencing" => "priorit",
        "train" | "trains" | "training" | "enable" | "enables" | "enabling" | "enablement" | "equip" | "equips" => {
            "enabl"
        }
        "mockup" | "mockups" | "wireframe" | "wireframes" | "prototype" | "prototypes" | "prototyping" => "mockup",
        "impediment" | "impediments" | "blocker" | "blockers" | "obstacle" | "obstacles" | "blockages" => "imped",
        "standup" | "standups" | "stand" | "huddle" | "huddles" => "standup",
        "roadmap" | "roadmaps" => "roadmap",
        "requirement" | "requirements" | "specs" | "spec" | "specifications" => "requir",
        "gather" | "gathers" | "gathering" | "collect" | "collects" | "elicit" | "elicits" | "capture" | "captures" => {
            "gather"
        }
        "hire" | "hires" | "hiring" | "recruit" | "recruits" | "recruiting" => "hire",
        "budget" | "budgets" | "budgeting" | "cost" | "costs" | "money" | "spend" | "spending" => "budget",
        "schedule" | "schedules" | "timeline" | "timelines" | "deadline" | "deadlines" => "schedul",
        "strategy" | "strategies" | "strategic" => "strateg",
        // "delivery cadence", "the team's rhythm": how steadily work ships
        "pace" | "cadence" | "cadences" | "rhythm" | "tempo" => "pace",
        "customer" | "customers" | "user" | "users" | "client" | "clients" => "custom",
        "remove" | "removes" | "removing" | "clear" | "clears" | "unblock" | "unblocks" => "remov",
        "facilitate" | "facilitates" | "facilitating" | "runs" | "run" | "running" | "hosts" | "host" => "facilit",
        "launch" | "launches" | "launching" | "gtm" => "launch",
        "messaging" | "message" | "messages" => "messag",
        "positioning" | "position" | "positions" => "position",
        "company" | "companys" | "organization" | "organisation" | "business" | "businesses" => "compan",
        "prd" | "prds" => "requir",
        "retro" | "retros" | "retrospective" | "retrospectives" | "lookback" | "lookbacks" => "retro",
        "ceremony" | "ceremonies" | "event" | "events" | "rituals" | "meetings" => "event",
        "executive" | "executives" | "exec" | "execs" | "suite" | "board" => "execut",
        "funding" | "fund" | "funds" | "fundraising" | "fundraise" | "fundraiser" | "investors" | "investor" => "fund",
        "tool" | "tools" | "tooling" => "tool",
        "consistent" | "consistency" | "consistently" | "inconsistent" | "inconsistency" | "inconsistencies" => {
            "consist"
        }
        "talk" | "talks" | "speak" | "speaks" | "interview" | "interviews" | "interviewing" => "interview",
        "1on1" | "1on1s" | "1s" | "oneonones" => "oneonone",
        "engineer" | "engineers" | "developers" | "developer" | "devs" | "dev" => "engineer",
        "gen" | "generation" | "generate" | "generates" => "generat",
        "release" | "releases" | "ship" | "ships" | "shipping" => "release",
        "kpi" | "kpis" | "metric" | "metrics" | "okr" | "okrs" => "metric",
        // verbs people use for the same work
        "make" | "makes" | "making" | "made" | "create" | "creates" | "creating" | "produce" | "produces"
        | "producing" | "draw" | "draws" | "drawing" => "creat",
        "write" | "writes" | "writing" | "written" | "draft" | "drafts" | "drafting" | "prep" | "preps" | "prepare"
        | "prepares" | "preparing" | "author" | "authors" => "writ",
        "decide" | "decides" | "deciding" | "decision" | "decisions" | "choose" | "chooses" | "choosing" | "pick"
        | "picks" => "decid",
        "coordinate" | "coordinates" | "coordinating" | "coordination" | "orchestrate" | "orchestrates" | "juggle"
        | "sync" | "synced" | "syncing" | "synchronize" | "synchronizes" | "juggles" => "coordinat",
        "maintain" | "maintains" | "maintaining" | "keep" | "keeps" | "keeping" | "update" | "updates" | "updating" => {
            "maintain"
        }
        "log" | "logs" | "register" | "registers" | "tracker" => "log",
        "protect" | "protects" | "protecting" | "shield" | "shields" | "shielding" | "guard" | "guards" => "protect",
        "interruption" | "interruptions" | "distraction" | "distractions" | "disruption" | "disruptions" => "interrupt",
        "coach" | "coaches" | "coaching" | "mentor" | "mentors" | "mentoring" => "coach",
        // ("career growth" is careers grown)
        "grow" | "grows" | "growing" | "growth" => "grow",
        "staff" | "staffed" | "staffing" | "headcount" => "hire",
        "estimate" | "estimates" | "estimation" | "estimations" | "sizing" => "estimat",
        "feasible" | "feasibility" => "feasib",
        "competitor" | "competitors" | "competitive" | "competition" => "compet",
        "battlecard" | "battlecards" | "onepager" | "onepagers" | "cheatsheet" | "cheatsheets" | "collateral" => {
            "collateral"
        }
        "date" | "dates" | "eta" | "etas" | "milestone" | "milestones" | "slip" | "slips" | "slipping" | "slipped"
        | "delay" | "delays" | "delayed" => "schedul",
        "risk" | "risks" | "raid" => "risk",
        "process" | "processes" | "workflow" | "workflows" => "process",
        "vision" | "visions" | "mission" | "missions" => "mission",
        "chair" | "chairs" | "chairing" => "facilit",
        "jira" | "productboard" | "confluence" | "notion" | "stack" => "tool",
        "experiment" | "experiments" | "experimentation" => "experiment",
        // everyday words for the things duties are about
        "logo" | "logos" | "colors" | "colours" | "font" | "fonts" | "typography" | "palette" => "brand",
        "newsletter" | "newsletters" | "emails" | "email" => "email",
        "conference" | "conferences" | "booth" | "booths" | "meetup" | "meetups" | "expo" | "webinar" | "webinars" => {
            "webinar"
        }
        "paged" | "paging" | "pager" | "oncall" => "oncall",
        "postmortem" | "postmortems" | "writeup" | "writeups" => "postmortem",
        "cap" | "caps" | "capping" | "limit" | "limits" | "limiting" => "limit",
        "accessibility" | "accessible" | "a11y" | "contrast" => "accessib",
        "beta" | "betas" | "pilot" | "pilots" | "preview" | "previews" => "beta",
        "sunset" | "sunsets" | "sunsetting" | "deprecate" | "deprecates" | "deprecation" | "deprecations"
        | "retire" | "retires" | "retired" | "retiring" => "deprecat",
        "sketch" | "sketches" | "clickable" | "layout" | "layouts" => "mockup",
        "tradeoff" | "tradeoffs" | "drop" | "drops" | "dropping" | "cut" | "cuts" | "cutting" | "descope"
        | "descoping" | "descoped" => "tradeoff",
        "promote" | "promotes" | "promoted" | "promotion" | "promotions" | "promo" | "promos" => "promot",
        "done" | "finished" | "complete" | "completed" => "finish",
        "ensure" | "ensures" | "ensuring" => "ensur",
        "build" | "builds" | "building" | "built" => "build",
        "approve" | "approves" | "approved" | "approving" | "approval" | "approvals" | "accept" | "accepts"
        | "accepted" | "accepting" | "signoff" => "approv",
        "blameless" => "postmortem",
        "checklist" | "checklists" | "criteria" => "criteria",
        "perf" | "performance" => "perform",
        // a body of related projects, however people name it
        "program" | "programs" | "programme" | "programmes" | "initiative" | "initiatives" | "workstreams" => "program",
        "cross" | "across" | "multi" => "cross",
        "boss" | "bosses" | "supervise" | "supervises" | "supervising" => "manag",
        // how many: "6 teams", "several projects", "a handful of squads"
        "several" | "multiple" | "many" | "numerous" | "handful" | "dozen" | "dozens" | "two" | "three" | "four"
        | "five" | "six" | "seven" | "eight" | "nine" | "ten" => "sever",
        _ => return None,
    })
}

/// The synonym of `base` with an "e" added ("polic" as "police"), spelled in a buffer on the
/// stack: ranking stems every word of every question.
fn synonym_with_e(base: &str) -> Option<&'static str> {
    let mut buffer = [0u8; 32];
    let spelled = buffer.get_mut(..=base.len())?;
    spelled[..base.len()].copy_from_slice(base.as_bytes());
    spelled[base.len()] = b'e';
    synonym(std::str::from_utf8(spelled).ok()?)
}

/// Reduces a word to its duty stem, or `None` when it carries no meaning for duties.
pub(crate) fn stem(word: &str) -> Option<&str> {
    // (stemming tries many suffixes against many synonyms, and chat repeats its words: each
    // thread remembers how every word it met stems)
    let known = STEMS.with_borrow(|stems| stems.get(word).copied());
    let stemmed = known.unwrap_or_else(|| {
        let stemmed = stem_afresh(word);
        STEMS.with_borrow_mut(|stems| {
            if stems.len() >= MOST_STEMS {
                stems.clear();
            }
            stems.insert(word.to_owned(), stemmed);
        });
        stemmed
    });
    match stemmed {
        Stemmed::Nothing => None,
        Stemmed::Start(len) => Some(&word[..len]),
        Stemmed::Synonym(s) => Some(s),
    }
}

/// How a word stems: to nothing, to a start of itself, or to a synonym's stem.
#[derive(Debug, Clone, Copy)]
enum Stemmed {
    Nothing,
    Start(usize),
    Synonym(&'static str),
}

thread_local! {
    /// How each word met on this thread stems.
    static STEMS: std::cell::RefCell<FxHashMap<String, Stemmed>> = std::cell::RefCell::default();
}

/// Most words a thread remembers the stems of before it starts again.
const MOST_STEMS: usize = 50_000;

/// [`stem`], worked out.
fn stem_afresh(word: &str) -> Stemmed {
    if SAYS_NOTHING.contains(word) {
        return Stemmed::Nothing;
    }
    // a count of things ("6 teams") says several; a year or a time says nothing
    if word.chars().all(|c| c.is_ascii_digit()) {
        return match word.parse::<u32>() {
            Ok(2..=99) => Stemmed::Synonym("sever"),
            _ => Stemmed::Nothing,
        };
    }
    if let Some(s) = synonym(word) {
        return Stemmed::Synonym(s);
    }
    // inflected forms of a synonym fold with it: "trained" as "train", "policed" as "police"
    const INFLECTIONS: &[&str] = &["ing", "ed", "es", "s", "d"];
    for suffix in INFLECTIONS {
        if let Some(base) = word.strip_suffix(suffix).filter(|b| b.len() >= 3) {
            if let Some(s) = synonym(base).or_else(|| synonym_with_e(base)) {
                return Stemmed::Synonym(s);
            }
        }
    }
    const SUFFIXES: &[&str] = &[
        "izations", "ization", "isations", "isation", "ations", "ation", "izing", "izes", "ized", "ize", "ings", "ing",
        "ies", "es", "ed", "s",
    ];
    let mut stem = word;
    for suffix in SUFFIXES {
        if let Some(rest) = word.strip_suffix(suffix) {
            if rest.chars().count() >= 3 {
                stem = rest;
                break;
            }
        }
    }
    let stem = match stem.strip_suffix('e').or_else(|| stem.strip_suffix('y')) {
        Some(rest) if rest.chars().count() >= 3 => rest,
        _ => stem,
    };
    // "planning" and "plans", "mapping" and "maps": one stem
    let bytes = stem.as_bytes();
    let stem = match bytes {
        [.., a, b] if a == b && !b"lsfzeo".contains(a) && stem.len() < word.len() && stem.len() >= 4 => {
            &stem[..stem.len() - 1]
        }
        _ => stem,
    };
    Stemmed::Start(stem.len())
}

thread_local! {
    /// The question stems each duty covers, as bit sets, for [`DutyIndex::rank_up_to`]: kept
    /// on each thread so that a ranking does not zero a mask for every duty, and all zero
    /// between rankings.
    static DUTY_MASKS: std::cell::RefCell<Vec<u64>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The stems of a piece of text, in order, joining compounds ("stand up", "all hands", "go to
/// market") first.
pub fn stems<'w>(text_words: &[&'w str]) -> Vec<&'w str> {
    let mut out = every_stem(text_words);
    out.dedup();
    out
}

/// How many words of a piece of text say something of a duty, synonyms each counted:
/// "wireframes and a clickable prototype" says three things of one duty.
pub fn duty_words(text_words: &[&str]) -> usize {
    every_stem(text_words).len()
}

/// The stems of a piece of text, in order, a stem repeated as often as words say it.
fn every_stem<'w>(text_words: &[&'w str]) -> Vec<&'w str> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text_words.len() {
        let w = text_words[i];
        let next = text_words.get(i + 1).copied();
        let compound = match (w, next) {
            ("stand", Some("up")) => Some("standup"),
            ("road", Some("map")) => Some("roadmap"),
            ("all", Some("hands")) => Some("allhands"),
            ("hands", Some("on")) => Some("handson"),
            ("on", Some("call")) => Some("oncall"),
            ("cheat", Some("sheet" | "sheets")) => Some("collateral"),
            ("one", Some("pager" | "pagers")) => Some("collateral"),
            ("a", Some("b")) => Some("experiment"),
            ("put" | "puts" | "putting", Some("together")) => Some("creat"),
            ("trade", Some("show" | "shows")) => Some("webinar"),
            ("screen", Some("reader" | "readers")) => Some("accessib"),
            ("post", Some("mortem" | "mortems")) => Some("postmortem"),
            ("write", Some("up" | "ups")) => Some("postmortem"),
            ("early", Some("access")) => Some("beta"),
            ("go" | "goes" | "going", Some("live")) => Some("release"),
            ("turn" | "turns" | "shut" | "shuts", Some("off" | "down")) => Some("deprecat"),
            // phrasal verbs mean something their verb alone does not
            ("hand" | "hands" | "handing", Some("off" | "over")) => Some("handoff"),
            ("hand" | "hands" | "handing", Some("out")) => Some("distribut"),
            // "our ways of working": how a team works, its process
            ("way" | "ways", Some("of")) if text_words.get(i + 2).is_some_and(|w| matches!(*w, "working" | "work")) => {
                out.extend(stem("process"));
                i += 3;
                continue;
            }
            // "who owns the marketing plan overall": the whole of what is named, said last (not
            // "the overall strategy")
            ("overall", None) => {
                i += 1;
                continue;
            }
            // "who makes sure stuff ships": whose job it is, said, not a thing made
            ("make" | "makes" | "making" | "made", Some("sure")) => {
                i += 2;
                continue;
            }
            // "budget and schedule sit with which role?", "that lies with the PO": whose it is,
            // said, not a thing done
            ("sit" | "sits" | "lie" | "lies" | "rest" | "rests", Some("with")) => {
                i += 2;
                continue;
            }
            // who gets the last word: "final say", "makes the call", "calls the shots"
            // ("who has the final say on everything?": the last word above all, the CEO's)
            ("final" | "last", Some("say" | "word" | "call")) => {
                out.push("final");
                Some("decid")
            }
            // "the final hiring call": the decision, about what the word between names
            ("final" | "last", Some(_))
                if text_words.get(i + 2).is_some_and(|w| matches!(*w, "call" | "say" | "decision")) =>
            {
                out.push("decid");
                out.extend(stem(text_words[i + 1]));
                i += 3;
                continue;
            }
            // "makes the call", "make that call", "calls the shots"
            ("make" | "makes" | "making" | "call" | "calls" | "calling", Some("the" | "that" | "this" | "those"))
                if text_words.get(i + 2).is_some_and(|w| matches!(*w, "call" | "calls" | "shots")) =>
            {
                i += 1;
                Some("decid")
            }
            ("make" | "makes" | "making", Some("call" | "calls")) => Some("decid"),
            ("say", Some("no")) => Some("priorit"),
            // "who signs off on stories": approves them
            ("sign" | "signs" | "signing", Some("off")) => Some("approv"),
            ("trade", Some("off" | "offs")) => Some("tradeoff"),
            ("look", Some("back")) => Some("retro"),
            ("one", Some("on")) if text_words.get(i + 2).is_some_and(|w| *w == "one" || *w == "ones") => {
                i += 1;
                Some("oneonone")
            }
            _ => None,
        };
        // "the roadmap for a single product": how many, not a duty ("single sign-on" is one)
        if w == "single" && next != Some("sign") {
            i += 1;
            continue;
        }
        // "whose call is it?", "whose decision": asks who owns it, names no duty
        if matches!(w, "whose" | "whos") && matches!(next, Some("call" | "decision" | "responsibility" | "problem")) {
            i += 2;
            continue;
        }
        if let Some(compound) = compound {
            out.push(compound);
            i += 2;
            continue;
        }
        // "the yearly review", "annual reviews": a review of someone's performance
        if matches!(w, "yearly" | "annual" | "midyear") && matches!(next, Some("review" | "reviews")) {
            out.push("perform");
            i += 1;
            continue;
        }
        // "drinks after 5", "ordering in 10 mins": a time, not a count
        let number = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
        let timed = number(w)
            && (i > 0 && matches!(text_words[i - 1], "at" | "after" | "before" | "by" | "until" | "till")
                || next.is_some_and(|n| {
                    matches!(n, "min" | "mins" | "minutes" | "hour" | "hours" | "hrs" | "am" | "pm" | "ish")
                }));
        if timed {
            i += 1;
            continue;
        }
        // "who's up for drinks": who is willing, not a duty set up
        if w == "up" && next == Some("for") {
            i += 2;
            continue;
        }
        // "who keeps an eye on the budget": tracks it
        if matches!(w, "keep" | "keeps" | "keeping")
            && next == Some("an")
            && text_words.get(i + 2).is_some_and(|w| *w == "eye")
            && text_words.get(i + 3).is_some_and(|w| *w == "on")
        {
            out.push("track");
            i += 4;
            continue;
        }
        // "who'd knock up a prototype", "whip up the mockups": makes them, quickly
        if matches!(w, "knock" | "knocks" | "knocking" | "whip" | "whips" | "whipping") && next == Some("up") {
            out.extend(stem("creates"));
            i += 2;
            continue;
        }
        // "day to day" says how often, not what: "who manages the engineers day to day"
        if w == "day" && next == Some("to") && text_words.get(i + 2).copied() == Some("day") {
            i += 3;
            continue;
        }
        if w == "go" && next == Some("to") && text_words.get(i + 2).copied() == Some("market") {
            out.push("launch");
            i += 3;
            continue;
        }
        out.extend(stem(w));
        i += 1;
    }
    out
}

/// One responsibility of one role, as stem ids.
#[derive(Debug, PartialEq)]
struct Duty {
    role: RoleRef,
    index: usize,
    /// The summed weight of its stems.
    weight: f32,
    /// The people it is done for or with, as `people` gives them.
    people: u8,
}

/// The groups of colleagues a text speaks of, as bits: engineers, product managers, designers,
/// directors. "the engineers' performance reviews" and "performance reviews for its PMs" are
/// two duties of two roles.
fn people(text_words: &[&str]) -> u8 {
    let mut groups = 0;
    for (i, w) in text_words.iter().enumerate() {
        let next = text_words.get(i + 1).copied();
        groups |= match *w {
            "engineer" | "engineers" | "engineering" | "developer" | "developers" | "dev" | "devs" => 1,
            "pm" | "pms" | "apm" | "apms" => 2,
            "product" if matches!(next, Some("manager" | "managers")) => 2,
            "designer" | "designers" => 4,
            "director" | "directors" => 8,
            _ => 0,
        };
    }
    groups
}

/// How much a duty done for other colleagues than those the question names counts.
const OTHER_PEOPLE: f32 = 0.6;

/// A role whose responsibilities match a duty.
#[derive(Debug, Clone, PartialEq)]
pub struct DutyMatch {
    pub role: RoleRef,
    /// Index of the best-matching responsibility in the role's list.
    pub responsibility: usize,
    /// Share of the question's weight that the responsibility covers, 0 to 1.
    pub score: f32,
    /// How much of the question it covers, as the summed weight of the words matched: two
    /// rare words are strong evidence however long the question around them is.
    pub evidence: f32,
}

impl DutyMatch {
    /// The role as the owner of the duty, with the responsibility that matched.
    pub fn owner(&self) -> Owner {
        Owner { role: self.role, responsibility: Some(self.responsibility) }
    }
}

/// Most roles a ranking names.
const RANKED: usize = 3;

/// Every responsibility of every role, stemmed, weighted and indexed by stem.
#[derive(Debug, PartialEq)]
pub struct DutyIndex {
    duties: Vec<Duty>,
    /// Stem -> its id, an index into `weights` and `postings`.
    ids: FxHashMap<String, usize>,
    weights: Vec<f32>,
    /// For each stem id, the duties that use it.
    postings: Vec<Vec<usize>>,
    /// The weight of a word no responsibility uses: as rare as a word can be.
    unknown: f32,
    /// One more than the highest role number a duty has.
    roles: usize,
}

/// Most stems of a question that are matched; a real question has far fewer.
const MAX_QUERY_STEMS: usize = 64;

/// How much a question word no duty uses counts, against the rarest word a duty uses.
const UNKNOWN_WEIGHT: f32 = 0.6;

impl DutyIndex {
    pub(crate) fn new(roles: &[Role]) -> DutyIndex {
        let texts =
            roles.iter().enumerate().map(|(role, r)| (role, r.responsibilities.iter().map(String::as_str).collect()));
        DutyIndex::of_texts(texts)
    }

    /// An index of what each role is, rather than what it does: its summary, focus and scope,
    /// for questions that describe a role and ask its name ("what do you call the person who
    /// manages PMs but is still hands-on?"). A match's `responsibility` is then the index of
    /// that text, not of a responsibility.
    pub(crate) fn profiles(roles: &[Role]) -> DutyIndex {
        let texts = roles.iter().enumerate().map(|(role, r)| {
            (role, vec![r.summary.as_str(), r.dimensions.focus.as_str(), r.dimensions.scope.as_str()])
        });
        DutyIndex::of_texts(texts)
    }

    /// The index of each role's texts, given by the role's position in the store.
    fn of_texts<'t>(roles: impl Iterator<Item = (usize, Vec<&'t str>)>) -> DutyIndex {
        let mut ids: FxHashMap<String, usize> = FxHashMap::default();
        let mut postings: Vec<Vec<usize>> = Vec::new();
        let mut duties = Vec::new();
        let mut duty_stems = Vec::new();
        let mut buffer = String::new();
        for (role, texts) in roles {
            for (index, text) in texts.into_iter().enumerate() {
                let text_words = split_words(text, &mut buffer);
                let mut stem_ids: Vec<usize> = stems(&text_words)
                    .into_iter()
                    .map(|s| {
                        let next = ids.len();
                        *ids.entry(s.to_owned()).or_insert(next)
                    })
                    .collect();
                stem_ids.sort_unstable();
                stem_ids.dedup();
                postings.resize(ids.len(), Vec::new());
                for &id in &stem_ids {
                    postings[id].push(duties.len());
                }
                duties.push(Duty { role: RoleRef(role), index, weight: 0.0, people: people(&text_words) });
                duty_stems.push(stem_ids);
            }
        }
        let total = duties.len().max(1) as f32;
        let weights: Vec<f32> = postings.iter().map(|p| (1.0 + total / p.len() as f32).ln()).collect();
        for (duty, stem_ids) in duties.iter_mut().zip(&duty_stems) {
            duty.weight = stem_ids.iter().map(|&id| weights[id]).sum();
        }
        let roles = duties.iter().map(|d| d.role.0 + 1).max().unwrap_or(0);
        DutyIndex { duties, ids, weights, postings, unknown: UNKNOWN_WEIGHT * (1.0 + total).ln(), roles }
    }

    /// The roles whose responsibilities cover the duty in these words, best first, one entry
    /// per role, only those covering at least half the weight the best one covers.
    pub fn rank(&self, question_words: &[&str]) -> Vec<DutyMatch> {
        self.rank_weighing_unknown(question_words, 1.0)
    }

    /// `rank`, with words no duty uses counting `unknown` times as much: a whole message
    /// around a question holds more chatter than the question does.
    pub fn rank_weighing_unknown(&self, question_words: &[&str], unknown: f32) -> Vec<DutyMatch> {
        self.rank_up_to(question_words, unknown, RANKED)
    }

    /// `rank_weighing_unknown`, keeping up to `most` roles.
    pub fn rank_up_to(&self, question_words: &[&str], unknown: f32, most: usize) -> Vec<DutyMatch> {
        let asked_people = people(question_words);
        let mut query = stems(question_words);
        query.sort_unstable();
        query.dedup();
        query.truncate(MAX_QUERY_STEMS);
        // each stem: its id if responsibilities use it, and how much it says (rare stems say
        // more; a stem no responsibility uses is what the question is about, so it costs most)
        let query: Vec<(Option<usize>, f32)> = query
            .iter()
            .map(|s| match self.ids.get(*s) {
                Some(&id) => (Some(id), self.weights[id]),
                None => (None, self.unknown * unknown),
            })
            .collect();
        let total: f32 = query.iter().map(|q| q.1).sum();
        if total <= 0.0 {
            return Vec::new();
        }
        // which question stems each duty covers, as a bit set, for the duties using any
        // (room for every duty at once: it grows no more while the postings are read)
        let mut hits: Vec<(usize, u64)> = Vec::with_capacity(self.duties.len());
        DUTY_MASKS.with_borrow_mut(|masks| {
            if masks.len() < self.duties.len() {
                masks.resize(self.duties.len(), 0);
            }
            for (bit, (id, _)) in query.iter().enumerate() {
                for &duty in id.map(|id| self.postings[id].as_slice()).unwrap_or_default() {
                    if masks[duty] == 0 {
                        hits.push((duty, 0));
                    }
                    masks[duty] |= 1 << bit;
                }
            }
            // (each mask taken back to zero for the next ranking)
            for (duty, mask) in &mut hits {
                *mask = std::mem::take(&mut masks[*duty]);
            }
        });
        // (the bits set, lowest first)
        let weight_of = |mut mask: u64| -> f32 {
            let mut weight = 0.0;
            while mask != 0 {
                weight += query[mask.trailing_zeros() as usize].1;
                mask &= mask - 1;
            }
            weight
        };
        // per role: the best single responsibility (share of the question covered, then share
        // of the responsibility the question explains, to prefer the most specific duty), and
        // which question stems any of its responsibilities cover, for questions naming two duties
        // (by the role's number: the ranking below does not depend on the roles' order)
        let mut best: Vec<Option<(f32, f32, usize, u64)>> = vec![None; self.roles];
        for &(d, mask) in &hits {
            let duty = &self.duties[d];
            let mut matched = weight_of(mask);
            let for_others = asked_people != 0 && duty.people != 0 && asked_people & duty.people == 0;
            if for_others {
                matched *= OTHER_PEOPLE;
            }
            let (score, specificity) = (matched / total, matched / duty.weight.max(f32::EPSILON));
            let entry = best[duty.role.0].get_or_insert((0.0, 0.0, duty.index, 0));
            if (score, specificity, std::cmp::Reverse(duty.index)) > (entry.0, entry.1, std::cmp::Reverse(entry.2)) {
                (entry.0, entry.1, entry.2) = (score, specificity, duty.index);
            }
            if !for_others {
                entry.3 |= mask;
            }
        }
        let mut ranked: Vec<(RoleRef, (f32, f32, usize))> = best
            .into_iter()
            .enumerate()
            .filter_map(|(role, found)| {
                let (score, specificity, index, covered) = found?;
                // a question answered by two duties of one role counts, a little less than one duty
                Some((RoleRef(role), (score.max(0.9 * weight_of(covered) / total), specificity, index)))
            })
            .collect();
        ranked.sort_by(|a, b| {
            (b.1 .0, b.1 .1).partial_cmp(&(a.1 .0, a.1 .1)).unwrap_or(std::cmp::Ordering::Equal).then(a.0.cmp(&b.0))
        });
        let top = ranked.first().map(|r| r.1 .0).unwrap_or(0.0);
        ranked
            .into_iter()
            .filter(|r| r.1 .0 >= top * 0.5)
            .take(most)
            .map(|(role, (score, _, responsibility))| DutyMatch {
                role,
                responsibility,
                score,
                evidence: score * total,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems_of(text: &str) -> Vec<String> {
        stems(&crate::text::split_words(text, &mut String::new())).into_iter().map(str::to_owned).collect()
    }

    #[test]
    fn everyday_phrases_fold_into_the_duty_they_name() {
        let table: &[(&str, &[&str])] = &[
            ("who makes the call on what we cut", &["decid", "tradeoff"]),
            ("who has the final say", &["final", "decid"]),
            ("who makes that call in a product team", &["decid", "product", "team"]),
            ("who makes calls on scope", &["decid", "scop"]),
            ("who calls the shots on scope", &["decid", "scop"]),
            ("who has to say no to sales", &["priorit", "sal"]),
            ("who runs the look back after a sprint", &["facilit", "retro", "sprint"]),
            ("who sketches the layouts", &["mockup"]),
            ("who decides promotions", &["decid", "promot"]),
            ("who coordinates like 6 teams", &["coordinat", "sever", "team"]),
            ("whose call is the release date", &["release", "schedul"]),
            ("who manages the devs day to day", &["manag", "engineer"]),
            ("who sends out the survey", &["send", "surve"]),
            ("who's up for a retro", &["retro"]),
            ("who keeps an eye on the budget", &["track", "budget"]),
            ("who'd knock up a prototype", &["creat", "mockup"]),
            ("who sets up the dashboards", &["set", "up", "dashboard"]),
            // a preposition names no duty: "spend against the budget" is the budget
            ("who tracks spend against the budget", &["track", "budget"]),
        ];
        for (text, expected) in table {
            assert_eq!(stems_of(text), *expected, "{text}");
        }
    }

    #[test]
    fn fillers_and_ownership_words_say_nothing_about_a_duty() {
        assert!(stems_of("who is basically just really responsible for it lol").is_empty());
    }
}
