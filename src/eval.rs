//! Scoring the bot on a labelled question file: one JSON object a line, with the question,
//! the intent it should be read as, and its roles. Curators run it (`rolecall eval FILE`) to
//! check that an edit answers what it should and breaks nothing.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Deserialize;

use crate::knowledge::Store;
use crate::query::Intent;

/// One labelled question.
#[derive(Debug, Clone, Deserialize)]
pub struct Case {
    pub question: String,
    /// `define`, `compare`, `transition`, `who`, `list`, `help`, `term` or `none`.
    pub intent: String,
    #[serde(default)]
    pub roles: Vec<String>,
    /// For `term`: the term ids asked about; the first must be among those answered.
    #[serde(default)]
    pub terms: Vec<String>,
    /// `term` marks a question about product vocabulary in sets labelled before the bot knew
    /// terms (their intent says `none`): it is scored as `term`.
    #[serde(default)]
    pub kind: Option<String>,
}

impl Case {
    /// The intent the question should be read as.
    pub fn expected(&self) -> &str {
        match self.kind.as_deref() {
            Some("term") => "term",
            _ => &self.intent,
        }
    }
}

/// A labelled file that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct BadCase {
    pub line: usize,
    pub message: String,
}

/// Reads the labelled questions of a file's text; blank lines are skipped.
pub fn parse(text: &str) -> Result<Vec<Case>, BadCase> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| serde_json::from_str(l).map_err(|e| BadCase { line: n + 1, message: e.to_string() }))
        .collect()
}

/// How the bot did: hits and totals by intent, and every miss with what it answered.
#[derive(Debug, Default)]
pub struct Report {
    pub by_intent: BTreeMap<String, (usize, usize)>,
    pub misses: Vec<(Case, Intent, Vec<String>, Vec<String>)>,
}

impl Report {
    /// Questions answered as labelled.
    pub fn hits(&self) -> usize {
        self.by_intent.values().map(|v| v.0).sum()
    }

    /// Questions in all.
    pub fn total(&self) -> usize {
        self.by_intent.values().map(|v| v.1).sum()
    }

    /// The report as text: each miss, then accuracy by intent and in all.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for (case, intent, roles, terms) in &self.misses {
            let (want, got) = match case.expected() {
                "term" => (&case.terms, terms),
                _ => (&case.roles, roles),
            };
            let _ = writeln!(
                out,
                "MISS {:?}: want {} {:?}, got {} {:?}",
                case.question,
                case.expected(),
                want,
                intent,
                got
            );
        }
        for (intent, (hits, total)) in &self.by_intent {
            let _ = writeln!(out, "{intent:<12} {hits:>4}/{total:<4} {:>5.1}%", percent(*hits, *total));
        }
        let _ = writeln!(out, "accuracy {}/{} = {:.1}%", self.hits(), self.total(), percent(self.hits(), self.total()));
        out
    }
}

fn percent(hits: usize, total: usize) -> f64 {
    100.0 * hits as f64 / total.max(1) as f64
}

/// Whether an answer matches its label: the same roles for a definition or comparison (in any
/// order), the same roles in order for a move, the labelled owner among the owners for `who`,
/// the labelled term among the terms for `term`, and the intent alone for the rest.
pub fn matches(case: &Case, intent: Intent, roles: &[String], terms: &[String]) -> bool {
    if intent.as_str() != case.expected() {
        return false;
    }
    match intent {
        Intent::Define | Intent::Compare => {
            let mut want = case.roles.clone();
            let mut got = roles.to_vec();
            want.sort();
            got.sort();
            want == got
        }
        Intent::Transition => case.roles == roles,
        Intent::Who => case.roles.first().is_some_and(|r| roles.contains(r)),
        Intent::Term => case.terms.first().is_none_or(|t| terms.contains(t)),
        Intent::List | Intent::Help | Intent::None => true,
    }
}

/// Asks every question and scores the answers.
pub fn run(store: &Store, cases: Vec<Case>) -> Report {
    let mut report = Report::default();
    for case in cases {
        let answer = crate::ask(store, &case.question);
        let entry = report.by_intent.entry(case.expected().to_owned()).or_default();
        entry.1 += 1;
        if matches(&case, answer.intent, &answer.roles, &answer.terms) {
            entry.0 += 1;
        } else {
            report.misses.push((case, answer.intent, answer.roles, answer.terms));
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_matched_by_the_rules_of_each_intent() {
        let ids = |roles: &[&str]| roles.iter().map(|r| r.to_string()).collect::<Vec<_>>();
        let case = |intent: &str, roles: &[&str]| Case {
            question: String::new(),
            intent: intent.to_owned(),
            roles: ids(roles),
            terms: Vec::new(),
            kind: None,
        };
        assert!(matches(&case("compare", &["a", "b"]), Intent::Compare, &ids(&["b", "a"]), &[]));
        assert!(!matches(&case("transition", &["a", "b"]), Intent::Transition, &ids(&["b", "a"]), &[]));
        assert!(matches(&case("who", &["a"]), Intent::Who, &ids(&["b", "a"]), &[]));
        assert!(!matches(&case("define", &["a"]), Intent::Compare, &ids(&["a"]), &[]));
        assert!(matches(&case("none", &[]), Intent::None, &[], &[]));
        let term = Case { terms: ids(&["okr", "kpi"]), ..case("term", &[]) };
        assert!(matches(&term, Intent::Term, &ids(&["head-of-product"]), &ids(&["okr", "kpi"])));
        assert!(!matches(&term, Intent::Term, &[], &ids(&["kpi"])), "the first term asked about must be answered");
        let marked = Case { kind: Some("term".to_owned()), ..case("none", &[]) };
        assert!(matches(&marked, Intent::Term, &[], &[]) && !matches(&marked, Intent::None, &[], &[]));
    }

    #[test]
    fn a_bad_line_is_named() {
        let err = parse("{\"question\": \"q\", \"intent\": \"none\"}\n\nnot json\n").unwrap_err();
        assert_eq!(err.line, 3);
    }
}
