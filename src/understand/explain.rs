//! How a message was read, for curators (`rolecall ask --explain`): the cleaned text, the roles
//! found and the words that named them, the cue words, the clause that asks, the duty matches,
//! and the reading with its confidence against the thresholds that decide silence.

use std::fmt;

use super::cues;
use super::free_text::{self, WEIGHTS};
use crate::knowledge::Store;
use crate::query::Understood;
use crate::text::split_words;

/// A message's reading, step by step.
#[derive(Debug)]
pub struct Explanation {
    pub cleaned: String,
    /// The cleaned text as it is read, where it differs: chat particles dropped, words of
    /// another language said in English ("backlog ka owner kaun hota hai" as "backlog owner
    /// who is").
    pub read_as: Option<String>,
    /// Each role found: its id, the words that named it, and whether a typo was corrected.
    pub roles: Vec<(String, String, bool)>,
    /// Each product term found, as roles are.
    pub terms: Vec<(String, String, bool)>,
    /// The cue words, in order.
    pub cues: Vec<String>,
    pub question_clause: String,
    /// The best duty matches: role id, score, and the responsibility matched.
    pub duties: Vec<(String, f32, String)>,
    /// The same for the whole message, read when the asking clause says too little; empty when
    /// the clause is the whole message.
    pub message_duties: Vec<(String, f32, String)>,
    /// A background named, by id.
    pub background: Option<String>,
    pub understood: Understood,
    /// The reading's intent, its role ids and its terms.
    pub reading: (String, Vec<String>),
}

/// Explains how `text` is read.
pub fn explain(store: &Store, text: &str) -> Explanation {
    let cleaned = super::clean::clean(text).trim().to_owned();
    let read_as = match super::clean::colloquial(&cleaned) {
        std::borrow::Cow::Owned(plain) => Some(plain),
        std::borrow::Cow::Borrowed(_) => None,
    };
    let plain = read_as.as_deref().unwrap_or(&cleaned);
    let mut buffer = String::new();
    let ws = split_words(plain, &mut buffer);
    let mentions = store.lexicon().mentions(&ws);
    let roles =
        mentions.iter().map(|m| (store[m.role].id.clone(), ws[m.start..m.end].join(" "), m.corrected)).collect();
    let terms = store
        .glossary()
        .mentions_in_text(&ws, plain, |i| mentions.iter().any(|m| (m.start..m.end).contains(&i)))
        .iter()
        .map(|m| (store[m.term].id.clone(), ws[m.start..m.end].join(" "), m.corrected))
        .collect();
    let clause = free_text::question_clause(store, plain);
    let ranking = |ranked: Vec<crate::duties::DutyMatch>| -> Vec<(String, f32, String)> {
        ranked
            .iter()
            .map(|m| {
                let role = &store[m.role];
                (role.id.clone(), m.score, role.responsibilities[m.responsibility].clone())
            })
            .collect()
    };
    let clause_words: Vec<&str> = clause.iter().map(String::as_str).collect();
    let duties = ranking(free_text::duty_ranking(store, &clause_words));
    let message_duties =
        if clause.len() < ws.len() { ranking(free_text::message_ranking(store, &ws)) } else { Vec::new() };
    let understood = super::understand(store, text);
    let mut named = understood.query.role_ids(store);
    named.extend(understood.query.terms().iter().map(|&t| format!("term {}", store[t].id)));
    let reading = (understood.query.intent().to_string(), named);
    Explanation {
        terms,
        cues: ws.iter().filter(|w| cues::is_cue(w)).map(|w| w.to_string()).collect(),
        question_clause: clause.join(" "),
        background: store.background_in(&ws).map(|b| store.backgrounds()[b].id.clone()),
        cleaned,
        read_as,
        roles,
        duties,
        message_duties,
        understood,
        reading,
    }
}

impl fmt::Display for Explanation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "cleaned text:    {}", self.cleaned)?;
        if let Some(plain) = &self.read_as {
            writeln!(f, "read as:         {plain}")?;
        }
        writeln!(f, "asking clause:   {}", self.question_clause)?;
        if self.roles.is_empty() {
            writeln!(f, "roles:           none found")?;
        }
        for (id, named, corrected) in &self.roles {
            let typo = if *corrected { " (typo corrected)" } else { "" };
            writeln!(f, "role:            {id}, named by \"{named}\"{typo}")?;
        }
        for (id, named, corrected) in &self.terms {
            let typo = if *corrected { " (typo corrected)" } else { "" };
            writeln!(f, "product term:    {id}, named by \"{named}\"{typo}")?;
        }
        if let Some(background) = &self.background {
            writeln!(f, "background:      {background}")?;
        }
        writeln!(f, "cue words:       {}", if self.cues.is_empty() { "none".into() } else { self.cues.join(", ") })?;
        for (id, score, responsibility) in &self.duties {
            writeln!(f, "duty match:      {id} {score:.2} \"{responsibility}\"")?;
        }
        for (id, score, responsibility) in &self.message_duties {
            writeln!(f, "message duty:    {id} {score:.2} \"{responsibility}\"")?;
        }
        let (intent, roles) = &self.reading;
        writeln!(f, "reading:         {intent} {}", roles.join(", "))?;
        writeln!(
            f,
            "confidence:      {:.2} (below {:.2} it is none; answered unprompted in auto-answer channels from {:.2})",
            self.understood.confidence,
            WEIGHTS.low,
            Understood::CONFIDENT
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_explanation_shows_each_step() {
        let store = Store::embedded().unwrap();
        let e = explain(&store, "<@U1> hi! quick one :wave: what does a prodct owner do?");
        assert_eq!(e.cleaned, "hi! quick one. what does a prodct owner do?");
        assert_eq!(e.roles, [("product-owner".to_owned(), "prodct owner".to_owned(), true)]);
        assert_eq!(e.reading, ("define".to_owned(), vec!["product-owner".to_owned()]));
        let text = e.to_string();
        assert!(text.contains("typo corrected") && text.contains("confidence:"), "{text}");
        assert_eq!(e.read_as, None, "plain English is read as it is");
        // words of another language are shown as they are read
        let e = explain(&store, "backlog ka owner kaun hota hai?");
        assert_eq!(e.read_as.as_deref(), Some("backlog owner who is?"));
        assert!(e.to_string().contains("read as:         backlog owner who is?"));
    }
}
