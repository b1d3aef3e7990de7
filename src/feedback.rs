//! "Helpful" / "Not helpful" on an answer: which answers carry the two buttons, and the short
//! text a button carries so that a press says what it is about without any state kept.

use crate::answer::Answer;
use crate::query::Intent;

/// How a vote button's value starts; follow-up buttons never start so.
pub const PREFIX: &str = "vote";

/// What the two buttons say.
pub const HELPFUL: &str = "Helpful";
pub const NOT_HELPFUL: &str = "Not helpful";

/// The private reply to a vote.
pub const THANKS: &str = "Thanks for the feedback: the curators read it.";

/// Most roles or terms a vote names: an answer is about one to a handful.
const MOST_NAMED: usize = 8;

/// A vote on an answer, counted against what the answer is about: its intent and its roles or
/// terms (`subject`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vote {
    pub helpful: bool,
    pub intent: String,
    pub subject: Vec<String>,
}

impl Vote {
    /// The two votes an answer's buttons carry, helpful first; none for answers that did not
    /// answer (off-topic, unknown role) or only show the help.
    pub fn buttons(answer: &Answer) -> Option<[Vote; 2]> {
        if answer.unanswered || matches!(answer.intent, Intent::None | Intent::Help) {
            return None;
        }
        let subject = if answer.intent == Intent::Term { &answer.terms } else { &answer.roles };
        let vote = |helpful| Vote {
            helpful,
            intent: answer.intent.as_str().to_owned(),
            subject: subject.iter().take(MOST_NAMED).cloned().collect(),
        };
        Some([vote(true), vote(false)])
    }

    /// The answer it is about, as one line: `compare product-owner product-manager`.
    pub fn answer_key(&self) -> String {
        std::iter::once(self.intent.as_str())
            .chain(self.subject.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// What the button says.
    pub fn label(&self) -> &'static str {
        if self.helpful {
            HELPFUL
        } else {
            NOT_HELPFUL
        }
    }

    /// The button's value: `vote + compare product-owner product-manager` (`-` for not helpful).
    pub fn encode(&self) -> String {
        format!("{PREFIX} {} {}", if self.helpful { '+' } else { '-' }, self.answer_key())
    }

    /// The vote a button carried; `None` for anything else.
    pub fn decode(value: &str) -> Option<Vote> {
        let mut words = value.split_whitespace();
        if words.next()? != PREFIX {
            return None;
        }
        let helpful = match words.next()? {
            "+" => true,
            "-" => false,
            _ => return None,
        };
        let intent = words.next()?;
        let known = [Intent::Define, Intent::Compare, Intent::Transition, Intent::Who, Intent::List, Intent::Term];
        if !known.iter().any(|i| i.as_str() == intent) {
            return None;
        }
        let subject: Vec<String> = words.map(str::to_owned).collect();
        let fair = |id: &String| id.len() <= 64 && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if subject.len() > MOST_NAMED || !subject.iter().all(fair) {
            return None;
        }
        Some(Vote { helpful, intent: intent.to_owned(), subject })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Store;

    fn answer(question: &str) -> Answer {
        let store = Store::embedded().unwrap();
        crate::commands::answer(&store, &crate::understand::understand(&store, question))
    }

    #[test]
    fn answers_carry_votes_about_what_they_answer() {
        let [helpful, not] = Vote::buttons(&answer("po vs pm?")).expect("a comparison is voted on");
        assert!(helpful.helpful && !not.helpful);
        assert_eq!(helpful.answer_key(), "compare product-owner product-manager");
        let [term, _] = Vote::buttons(&answer("what's an OKR?")).expect("a term is voted on");
        assert_eq!(term.intent, "term");
        assert!(term.subject.iter().any(|t| t.contains("okr")), "{term:?}");
    }

    #[test]
    fn answers_that_do_not_answer_carry_none() {
        for question in ["anyone for lunch?", "/help", "/whatis chief wizard"] {
            assert!(Vote::buttons(&answer(question)).is_none(), "{question}");
        }
    }

    #[test]
    fn a_vote_survives_its_button_and_nothing_else_passes_for_one() {
        for vote in Vote::buttons(&answer("what does a scrum master do?")).unwrap() {
            assert_eq!(Vote::decode(&vote.encode()), Some(vote));
        }
        for value in ["", "vote", "vote + ", "vote ? define po", "vote + none", "compare a b", "vote + define <@U1>"] {
            assert_eq!(Vote::decode(value), None, "{value:?}");
        }
    }
}
