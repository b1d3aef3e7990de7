//! What `rolecall gaps` shows a curator: the questions the bot could not answer, grouped, with
//! the closest reading it found; the answers voted not helpful most; the roles and terms asked
//! about most.

use std::collections::HashMap;
use std::fmt;

use serde::Serialize;

use super::{Database, DAY};
use crate::knowledge::Store;

/// Most groups of each kind a report lists.
pub const MOST_LISTED: usize = 25;

/// The curator's report for a period.
#[derive(Debug, Serialize)]
pub struct Report {
    /// The start of the period, in Unix seconds.
    pub since: i64,
    /// Unanswered messages grouped by their normalised text, most asked first.
    pub gaps: Vec<Gap>,
    /// Direct messages not answered, whose text is not kept.
    pub unkept_direct: u64,
    /// Answers by their votes, most "not helpful" first.
    pub votes: Vec<Rated>,
    /// The roles and terms asked about most.
    pub asked: Vec<Asked>,
}

/// One unanswered question, as often as it was asked.
#[derive(Debug, Serialize)]
pub struct Gap {
    /// Lowercase words without punctuation: what groups the messages.
    pub text: String,
    pub count: u64,
    pub platforms: Vec<String>,
    /// How the bot reads it now, from `--explain`: the closest reading and its confidence.
    pub reading: String,
}

/// Votes on one answer.
#[derive(Debug, Serialize)]
pub struct Rated {
    /// The answer: its intent and its roles or terms.
    pub answer: String,
    pub helpful: u64,
    pub not_helpful: u64,
}

/// How often a role or term was asked about.
#[derive(Debug, Serialize)]
pub struct Asked {
    /// `role` or `term`.
    pub kind: String,
    pub id: String,
    pub count: u64,
}

/// Groups messages that differ only in case, spacing or punctuation: lowercase words, with
/// the apostrophes inside them, one space apart.
pub fn normalise(text: &str) -> String {
    let lower = text.to_lowercase();
    let kept: String =
        lower.chars().map(|c| if c.is_alphanumeric() || c == '\'' || c == '’' { c } else { ' ' }).collect();
    let words: Vec<&str> = kept.split_whitespace().map(|w| w.trim_matches(|c| c == '\'' || c == '’')).collect();
    words.into_iter().filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

impl Report {
    /// Reads the period from `since` (Unix seconds), reading each gap again against `store`.
    pub async fn read(database: &Database, store: &Store, since: i64) -> Result<Report, sqlx::Error> {
        let pool = database.pool();
        let rows: Vec<(Option<String>, String)> =
            sqlx::query_as("SELECT text, platform FROM gaps WHERE at >= $1").bind(since).fetch_all(pool).await?;
        let mut groups: HashMap<String, (u64, Vec<String>)> = HashMap::new();
        let mut unkept_direct = 0;
        for (text, platform) in rows {
            let Some(text) = text.map(|t| normalise(&t)).filter(|t| !t.is_empty()) else {
                unkept_direct += 1;
                continue;
            };
            let group = groups.entry(text).or_default();
            group.0 += 1;
            if !group.1.contains(&platform) {
                group.1.push(platform);
            }
        }
        let mut gaps: Vec<Gap> = groups
            .into_iter()
            .map(|(text, (count, mut platforms))| {
                platforms.sort();
                Gap { reading: closest_reading(store, &text), text, count, platforms }
            })
            .collect();
        gaps.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.text.cmp(&b.text)));
        gaps.truncate(MOST_LISTED);

        let rows: Vec<(String, String, i64, i64)> = sqlx::query_as(
            "SELECT intent, subject, CAST(SUM(helpful) AS BIGINT), CAST(SUM(1 - helpful) AS BIGINT) \
             FROM votes WHERE at >= $1 GROUP BY intent, subject",
        )
        .bind(since)
        .fetch_all(pool)
        .await?;
        let mut votes: Vec<Rated> = rows
            .into_iter()
            .map(|(intent, subject, helpful, not_helpful)| Rated {
                answer: format!("{intent} {subject}").trim().to_owned(),
                helpful: helpful.max(0) as u64,
                not_helpful: not_helpful.max(0) as u64,
            })
            .collect();
        votes.sort_by(|a, b| {
            b.not_helpful.cmp(&a.not_helpful).then(a.helpful.cmp(&b.helpful)).then_with(|| a.answer.cmp(&b.answer))
        });
        votes.truncate(MOST_LISTED);

        let rows: Vec<(String, String, i64)> =
            sqlx::query_as("SELECT kind, id, CAST(SUM(count) AS BIGINT) FROM asked WHERE day >= $1 GROUP BY kind, id")
                .bind(since.div_euclid(DAY))
                .fetch_all(pool)
                .await?;
        let mut asked: Vec<Asked> =
            rows.into_iter().map(|(kind, id, count)| Asked { kind, id, count: count.max(0) as u64 }).collect();
        asked.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.id.cmp(&b.id)));
        asked.truncate(MOST_LISTED);
        Ok(Report { since, gaps, unkept_direct, votes, asked })
    }
}

/// The reading `--explain` gives, in one line: the intent it came closest to, the roles or
/// terms it found, the best duty match, and the confidence.
fn closest_reading(store: &Store, text: &str) -> String {
    let explained = crate::understand::explain::explain(store, text);
    let (intent, named) = &explained.reading;
    let mut parts = vec![intent.clone()];
    if !named.is_empty() {
        parts.push(named.join(", "));
    } else {
        let found: Vec<&str> =
            explained.roles.iter().map(|r| r.0.as_str()).chain(explained.terms.iter().map(|t| t.0.as_str())).collect();
        if !found.is_empty() {
            parts.push(format!("found {}", found.join(", ")));
        }
    }
    if let Some((role, score, _)) = explained.duties.first() {
        parts.push(format!("nearest duty {role} {score:.2}"));
    }
    parts.push(format!("confidence {:.2}", explained.understood.confidence));
    parts.join("; ")
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "Unanswered questions ({} kinds):", self.gaps.len())?;
        if self.gaps.is_empty() {
            writeln!(f, "  none")?;
        }
        for gap in &self.gaps {
            writeln!(f, "  {:>4}×  {}", gap.count, gap.text)?;
            writeln!(f, "         read as: {}  [{}]", gap.reading, gap.platforms.join(", "))?;
        }
        if self.unkept_direct > 0 {
            writeln!(f, "  {:>4}×  (direct messages; their text is not kept)", self.unkept_direct)?;
        }
        writeln!(f, "\nAnswers by votes, least helpful first:")?;
        if self.votes.is_empty() {
            writeln!(f, "  none")?;
        }
        for rated in &self.votes {
            writeln!(f, "  {:>4} not helpful  {:>4} helpful  {}", rated.not_helpful, rated.helpful, rated.answer)?;
        }
        writeln!(f, "\nAsked about most:")?;
        if self.asked.is_empty() {
            writeln!(f, "  none")?;
        }
        for asked in &self.asked {
            writeln!(f, "  {:>4}×  {} {}", asked.count, asked.kind, asked.id)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_differing_in_case_spacing_or_end_punctuation_group_together() {
        assert_eq!(normalise("  What's a  CHAPTER lead?? "), "what's a chapter lead");
        assert_eq!(normalise("what's a chapter-lead"), "what's a chapter lead");
        assert_eq!(normalise("is it (the PO), 'really'?"), "is it the po really");
    }
}
