//! Matching a duty ("who prioritizes the backlog?") against the responsibilities of every role.
//!
//! Words are reduced to stems, with the synonyms that matter for duties folded together, and
//! weighted by how rare they are across all responsibilities, so "backlog" counts for more
//! than "team".

use std::collections::HashMap;

use crate::model::Role;
use crate::text::words;

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
];

/// Words too common to say anything about a duty.
const STOPWORDS: &[&str] = &[
    "who", "whos", "whom", "whose", "which", "what", "the", "a", "an", "of", "for", "to", "and", "or", "is", "are",
    "be", "on", "at", "by", "with", "our", "my", "their", "its", "it", "this", "that", "these", "those", "your", "we",
    "i", "they", "them", "from", "into", "about", "as", "all", "any", "here", "there", "s",
];

/// Synonyms folded into one stem before stemming.
fn synonym(word: &str) -> Option<&'static str> {
    Some(match word {
        "prioritize" | "prioritizes" | "prioritise" | "prioritises" | "prioritizing" | "prioritising"
        | "prioritization" | "prioritisation" | "priorities" | "priority" | "ranks" | "rank" | "orders" => "priorit",
        "impediment" | "impediments" | "blocker" | "blockers" | "obstacle" | "obstacles" | "blockages" => "imped",
        "standup" | "standups" | "stand" => "standup",
        "roadmap" | "roadmaps" => "roadmap",
        "requirement" | "requirements" | "specs" | "spec" | "specifications" => "requir",
        "gather" | "gathers" | "gathering" | "collect" | "collects" | "elicit" | "elicits" | "capture" | "captures" => {
            "gather"
        }
        "hire" | "hires" | "hiring" | "recruit" | "recruits" | "recruiting" => "hire",
        "budget" | "budgets" | "budgeting" | "cost" | "costs" => "budget",
        "schedule" | "schedules" | "timeline" | "timelines" | "deadline" | "deadlines" => "schedul",
        "strategy" | "strategies" | "strategic" => "strateg",
        "customer" | "customers" | "user" | "users" | "client" | "clients" => "custom",
        "remove" | "removes" | "removing" | "clear" | "clears" | "unblock" | "unblocks" => "remov",
        "facilitate" | "facilitates" | "facilitating" | "runs" | "run" | "running" | "hosts" | "host" => "facilit",
        "launch" | "launches" | "launching" | "gtm" => "launch",
        "messaging" | "message" | "messages" => "messag",
        "positioning" | "position" | "positions" => "position",
        "company" | "companys" | "organization" | "organisation" | "business" | "businesses" => "compan",
        "prd" | "prds" => "requir",
        "retro" | "retros" | "retrospective" | "retrospectives" => "retro",
        "executive" | "executives" | "exec" | "execs" | "suite" | "board" => "execut",
        "funding" | "fund" | "funds" | "fundraising" | "investors" | "investor" => "fund",
        "tool" | "tools" | "tooling" => "tool",
        "talk" | "talks" | "speak" | "speaks" | "interview" | "interviews" | "interviewing" => "interview",
        "1on1" | "1on1s" | "1s" | "oneonones" => "oneonone",
        "engineer" | "engineers" | "developers" | "developer" | "devs" | "dev" => "engineer",
        "gen" | "generation" | "generate" | "generates" => "generat",
        "release" | "releases" | "ship" | "ships" | "shipping" => "release",
        "kpi" | "kpis" | "metric" | "metrics" | "okr" | "okrs" => "metric",
        _ => return None,
    })
}

/// Reduces a word to its duty stem, or `None` when it carries no meaning for duties.
pub(crate) fn stem(word: &str) -> Option<String> {
    if OWNERSHIP.contains(&word) || STOPWORDS.contains(&word) || word.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    if let Some(s) = synonym(word) {
        return Some(s.to_owned());
    }
    const SUFFIXES: &[&str] = &[
        "izations", "ization", "ations", "ation", "izing", "izes", "ized", "ize", "ings", "ing", "ies", "es", "ed", "s",
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
    Some(stem.to_owned())
}

/// The stems of a piece of text, in order, joining compounds ("stand up", "all hands", "go to
/// market") first.
pub fn stems(text_words: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text_words.len() {
        let w = text_words[i].as_str();
        let next = text_words.get(i + 1).map(String::as_str);
        let compound = match (w, next) {
            ("stand", Some("up")) => Some("standup"),
            ("road", Some("map")) => Some("roadmap"),
            ("all", Some("hands")) => Some("allhands"),
            ("hands", Some("on")) => Some("handson"),
            ("one", Some("on")) if text_words.get(i + 2).is_some_and(|w| w == "one" || w == "ones") => {
                i += 1;
                Some("oneonone")
            }
            _ => None,
        };
        if let Some(compound) = compound {
            out.push(compound.to_owned());
            i += 2;
            continue;
        }
        if w == "go" && next == Some("to") && text_words.get(i + 2).map(String::as_str) == Some("market") {
            out.push("launch".to_owned());
            i += 3;
            continue;
        }
        out.extend(stem(w));
        i += 1;
    }
    out.dedup();
    out
}

/// One responsibility of one role, as stems.
#[derive(Debug, PartialEq)]
struct Duty {
    role: usize,
    index: usize,
    stems: Vec<String>,
}

/// A role whose responsibilities match a duty.
#[derive(Debug, Clone, PartialEq)]
pub struct DutyMatch {
    pub role: usize,
    /// Index of the best-matching responsibility in the role's list.
    pub responsibility: usize,
    /// Share of the question's weight that the responsibility covers, 0 to 1.
    pub score: f32,
}

/// Every responsibility of every role, stemmed and weighted.
#[derive(Debug, PartialEq)]
pub struct DutyIndex {
    duties: Vec<Duty>,
    weights: HashMap<String, f32>,
    /// The weight of a word no responsibility uses: as rare as a word can be.
    unknown: f32,
}

impl DutyIndex {
    pub(crate) fn new(roles: &[Role]) -> DutyIndex {
        let mut duties = Vec::new();
        for (role, r) in roles.iter().enumerate() {
            for (index, text) in r.responsibilities.iter().enumerate() {
                duties.push(Duty { role, index, stems: stems(&words(text)) });
            }
        }
        let mut counts: HashMap<String, usize> = HashMap::new();
        for duty in &duties {
            for s in &duty.stems {
                *counts.entry(s.clone()).or_default() += 1;
            }
        }
        let total = duties.len().max(1) as f32;
        let weights = counts.into_iter().map(|(s, n)| (s, (1.0 + total / n as f32).ln())).collect();
        DutyIndex { duties, weights, unknown: (1.0 + total).ln() }
    }

    /// How much a stem says about a duty: rare stems say more. A stem no responsibility uses
    /// is what the question is about, so missing it costs as much as any stem can.
    fn weight(&self, stem: &str) -> f32 {
        self.weights.get(stem).copied().unwrap_or(self.unknown)
    }

    /// The roles whose responsibilities cover the duty in these words, best first, one entry
    /// per role, only those covering at least half the weight the best one covers.
    pub fn rank(&self, question_words: &[String]) -> Vec<DutyMatch> {
        let query = stems(question_words);
        let total: f32 = query.iter().map(|s| self.weight(s)).sum();
        if total <= 0.0 {
            return Vec::new();
        }
        // per role: the best single responsibility (share of the question covered, then share
        // of the responsibility the question explains, to prefer the most specific duty), and
        // which question stems any of its responsibilities cover, for questions naming two duties
        struct Best {
            score: f32,
            specificity: f32,
            index: usize,
            covered: Vec<bool>,
        }
        let mut best: HashMap<usize, Best> = HashMap::new();
        for duty in &self.duties {
            let hits: Vec<bool> = query.iter().map(|s| duty.stems.contains(s)).collect();
            let matched: f32 = query.iter().zip(&hits).filter(|(_, &hit)| hit).map(|(s, _)| self.weight(s)).sum();
            if matched <= 0.0 {
                continue;
            }
            let own: f32 = duty.stems.iter().map(|s| self.weight(s)).sum();
            let (score, specificity) = (matched / total, matched / own.max(f32::EPSILON));
            let entry = best.entry(duty.role).or_insert(Best {
                score: 0.0,
                specificity: 0.0,
                index: duty.index,
                covered: vec![false; query.len()],
            });
            if (score, specificity) > (entry.score, entry.specificity) {
                (entry.score, entry.specificity, entry.index) = (score, specificity, duty.index);
            }
            entry.covered.iter_mut().zip(&hits).for_each(|(c, &hit)| *c |= hit);
        }
        let mut ranked: Vec<(usize, (f32, f32, usize))> = best
            .into_iter()
            .map(|(role, b)| {
                let union: f32 = query.iter().zip(&b.covered).filter(|(_, &c)| c).map(|(s, _)| self.weight(s)).sum();
                // a question answered by two duties of one role counts, a little less than one duty
                (role, (b.score.max(0.9 * union / total), b.specificity, b.index))
            })
            .collect();
        ranked.sort_by(|a, b| {
            (b.1 .0, b.1 .1).partial_cmp(&(a.1 .0, a.1 .1)).unwrap_or(std::cmp::Ordering::Equal).then(a.0.cmp(&b.0))
        });
        let top = ranked.first().map(|r| r.1 .0).unwrap_or(0.0);
        ranked
            .into_iter()
            .filter(|r| r.1 .0 >= top * 0.5)
            .take(3)
            .map(|(role, (score, _, responsibility))| DutyMatch { role, responsibility, score })
            .collect()
    }
}
