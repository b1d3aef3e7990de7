//! Reading one knowledge file into the typed model, collecting every problem in it rather than
//! stopping at the first, so a curator fixes a file in one pass.

use std::fmt;

use toml::{Table, Value};

use super::entry::{Ambiguity, Background, CareerPath, Comparison, Dimension, Dimensions, Family, Level, Role, Term};

/// The longest text a field may hold: what a Discord embed field takes.
pub const MAX_TEXT: usize = 1024;

/// One thing wrong with the knowledge store, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file, as the curator knows it (`knowledge/roles/po.toml`).
    pub file: String,
    /// Where in the file: `field "summary"`, `line 3`, or nothing for the file as a whole.
    pub place: Option<String>,
    pub message: String,
}

impl Problem {
    pub(crate) fn field(file: &str, field: &str, message: impl Into<String>) -> Self {
        Problem { file: file.to_owned(), place: Some(format!("field {field:?}")), message: message.into() }
    }

    pub(crate) fn file(file: &str, message: impl Into<String>) -> Self {
        Problem { file: file.to_owned(), place: None, message: message.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.place {
            Some(place) => write!(f, "{}: {}: {}", self.file, place, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Parses TOML text, reporting a syntax error with its line.
pub(crate) fn parse_table(file: &str, text: &str, problems: &mut Vec<Problem>) -> Option<Table> {
    match text.parse::<Table>() {
        Ok(table) => Some(table),
        Err(err) => {
            let line = err
                .span()
                .map(|span| text.as_bytes()[..span.start.min(text.len())].iter().filter(|&&b| b == b'\n').count() + 1);
            let message = err.message().trim().to_owned();
            problems.push(Problem {
                file: file.to_owned(),
                place: line.map(|l| format!("line {l}")),
                message: format!("invalid TOML: {message}"),
            });
            None
        }
    }
}

/// Takes fields out of a table one by one, recording what is missing, mistyped, empty or too
/// long; whatever is left at the end is an unknown field.
struct Fields<'a> {
    file: &'a str,
    prefix: String,
    table: Table,
    problems: &'a mut Vec<Problem>,
}

impl<'a> Fields<'a> {
    fn new(file: &'a str, table: Table, problems: &'a mut Vec<Problem>) -> Self {
        Fields { file, prefix: String::new(), table, problems }
    }

    fn name(&self, key: &str) -> String {
        format!("{}{key}", self.prefix)
    }

    fn report(&mut self, key: &str, message: impl Into<String>) {
        let name = self.name(key);
        self.problems.push(Problem::field(self.file, &name, message));
    }

    fn check_text(&mut self, key: &str, text: &str) -> bool {
        if text.trim().is_empty() {
            self.report(key, "must not be empty");
            false
        } else if text.chars().count() > MAX_TEXT {
            self.report(key, format!("is {} characters; at most {MAX_TEXT} fit in a chat field", text.chars().count()));
            false
        } else {
            true
        }
    }

    /// A required, non-empty string.
    fn text(&mut self, key: &str) -> String {
        match self.table.remove(key) {
            None => {
                self.report(key, "is required");
                String::new()
            }
            Some(Value::String(s)) => {
                self.check_text(key, &s);
                s.trim().to_owned()
            }
            Some(other) => {
                self.report(key, format!("must be a string, not {}", other.type_str()));
                String::new()
            }
        }
    }

    /// An optional string: absent is `None`, present must be non-empty.
    fn optional_text(&mut self, key: &str) -> Option<String> {
        self.table.contains_key(key).then(|| self.text(key)).filter(|t| !t.is_empty())
    }

    /// Reports a text longer than `most` words: a field that must read at a glance in a chat.
    fn at_most_words(&mut self, key: &str, text: &str, most: usize) {
        let count = crate::text::words_in(text);
        if count > most {
            self.report(key, format!("is {count} words; at most {most} read at a glance in a chat"));
        }
    }

    /// An optional list of non-empty strings: absent is empty.
    fn optional_list(&mut self, key: &str) -> Vec<String> {
        if self.table.contains_key(key) {
            self.list(key, false)
        } else {
            Vec::new()
        }
    }

    /// A required list of non-empty strings; `non_empty` also requires at least one item.
    fn list(&mut self, key: &str, non_empty: bool) -> Vec<String> {
        let items = match self.table.remove(key) {
            None => {
                self.report(key, "is required");
                return Vec::new();
            }
            Some(Value::Array(items)) => items,
            Some(other) => {
                self.report(key, format!("must be a list of strings, not {}", other.type_str()));
                return Vec::new();
            }
        };
        if non_empty && items.is_empty() {
            self.report(key, "must not be empty");
        }
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.into_iter().enumerate() {
            let item_key = format!("{key}[{i}]");
            match item {
                Value::String(s) => {
                    if self.check_text(&item_key, &s) {
                        out.push(s.trim().to_owned());
                    }
                }
                other => self.report(&item_key, format!("must be a string, not {}", other.type_str())),
            }
        }
        out
    }

    /// A required word from a closed vocabulary.
    fn word<T>(&mut self, key: &str, parse: fn(&str) -> Option<T>, expected: fn() -> String) -> Option<T> {
        let word = self.text(key);
        if word.is_empty() {
            return None;
        }
        let value = parse(&word);
        if value.is_none() {
            self.report(key, format!("{word:?} is not one of: {}", expected()));
        }
        value
    }

    /// A required sub-table, read with the same rules under `key.`.
    fn table<T>(&mut self, key: &str, read: impl FnOnce(&mut Fields<'_>) -> T) -> Option<T> {
        let table = match self.table.remove(key) {
            None => {
                self.report(key, "is required");
                return None;
            }
            Some(Value::Table(table)) => table,
            Some(other) => {
                self.report(key, format!("must be a table, not {}", other.type_str()));
                return None;
            }
        };
        let mut inner =
            Fields { file: self.file, prefix: format!("{}{key}.", self.prefix), table, problems: self.problems };
        let value = read(&mut inner);
        inner.finish();
        Some(value)
    }

    /// Reports every field nobody asked for.
    fn finish(self) {
        for key in self.table.keys() {
            let name = format!("{}{key}", self.prefix);
            self.problems.push(Problem::field(self.file, &name, "is not a known field"));
        }
    }
}

/// Reads a role file. `id` is the file name without `.toml`.
pub(crate) fn role(file: &str, id: &str, table: Table, problems: &mut Vec<Problem>) -> Role {
    let mut f = Fields::new(file, table, problems);
    let file_id = f.text("id");
    if !file_id.is_empty() && file_id != id {
        f.report("id", format!("is {file_id:?} but the file name says {id:?}; they must match"));
    }
    let role = Role {
        id: id.to_owned(),
        name: f.text("name"),
        aliases: f.list("aliases", false),
        family: f.word("family", Family::parse, Family::expected).unwrap_or(Family::Product),
        level: f.word("level", Level::parse, Level::expected).unwrap_or(Level::Mid),
        summary: f.text("summary"),
        dimensions: f
            .table("dimensions", |d| {
                let mut dims = Dimensions::default();
                for dimension in Dimension::ALL {
                    *dims.get_mut(dimension) = d.text(dimension.key());
                }
                dims
            })
            .unwrap_or_default(),
        responsibilities: f.list("responsibilities", true),
        skills: f.list("skills", true),
        reports_to: f.list("reports_to", false),
        next_roles: f.list("next_roles", false),
        related: f.list("related", false),
        sources: f.list("sources", true),
        examples: f.optional_list("examples"),
    };
    f.finish();
    role
}

/// Reads a comparison file.
pub(crate) fn comparison(file: &str, table: Table, problems: &mut Vec<Problem>) -> Comparison {
    let mut f = Fields::new(file, table, problems);
    let roles = f.list("roles", true);
    if roles.len() != 2 && !roles.is_empty() {
        f.report("roles", format!("must name exactly two roles, not {}", roles.len()));
    }
    let key_difference = f.text("key_difference");
    let notes = match f.table.contains_key("dimensions") {
        true => f
            .table("dimensions", |d| {
                let present: Vec<Dimension> =
                    Dimension::ALL.into_iter().filter(|dim| d.table.contains_key(dim.key())).collect();
                present.into_iter().map(|dim| (dim, d.text(dim.key()))).collect()
            })
            .unwrap_or_default(),
        false => Vec::new(),
    };
    let go_to = f
        .table("go_to", |g| {
            let keys: Vec<String> = g.table.keys().cloned().collect();
            keys.into_iter()
                .map(|key| {
                    let text = g.text(&key);
                    (key, text)
                })
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let sources = f.list("sources", true);
    let examples = f.optional_list("examples");
    f.finish();
    let mut pair = roles.into_iter().chain(std::iter::repeat(String::new()));
    let roles = [pair.next().unwrap_or_default(), pair.next().unwrap_or_default()];
    Comparison { roles, key_difference, notes, go_to, sources, examples }
}

/// Reads a transition path file.
pub(crate) fn path(file: &str, table: Table, problems: &mut Vec<Problem>) -> CareerPath {
    let mut f = Fields::new(file, table, problems);
    let path = CareerPath {
        from: f.text("from"),
        to: f.text("to"),
        summary: f.text("summary"),
        what_changes: f.list("what_changes", true),
        skills: f.list("skills", true),
        steps: f.list("steps", true),
        sources: f.list("sources", true),
        examples: f.optional_list("examples"),
    };
    f.finish();
    path
}

/// Reads a background file.
pub(crate) fn background(file: &str, table: Table, problems: &mut Vec<Problem>) -> Background {
    let mut f = Fields::new(file, table, problems);
    let background = Background {
        id: f.text("id"),
        name: f.text("name"),
        aliases: f.list("aliases", true),
        summary: f.text("summary"),
        brings: f.list("brings", true),
        to_build: f.list("to_build", true),
        steps: f.list("steps", true),
        sources: f.list("sources", true),
        examples: f.optional_list("examples"),
    };
    f.finish();
    background
}

/// Most words in each sentence field of a product term, so that a term's answer fits a chat.
pub const TERM_SENTENCE_WORDS: usize = 40;

/// Reads a product-term file. `id` is the file name without `.toml`.
pub(crate) fn vocabulary(file: &str, id: &str, table: Table, problems: &mut Vec<Problem>) -> Term {
    let mut f = Fields::new(file, table, problems);
    let file_id = f.text("id");
    if !file_id.is_empty() && file_id != id {
        f.report("id", format!("is {file_id:?} but the file name says {id:?}; they must match"));
    }
    let mut term = Term {
        id: id.to_owned(),
        name: f.text("name"),
        abbreviation: f.optional_text("abbreviation"),
        aliases: f.list("aliases", false),
        written: f.optional_list("written"),
        definition: f.text("definition"),
        why: f.text("why"),
        owners: f.list("owners", true),
        related: f.list("related", false),
        example: f.text("example"),
        versus: Vec::new(),
        sources: f.list("sources", true),
        examples: f.optional_list("examples"),
    };
    if f.table.contains_key("versus") {
        term.versus = f
            .table("versus", |v| {
                let keys: Vec<String> = v.table.keys().cloned().collect();
                keys.into_iter()
                    .map(|key| {
                        let text = v.text(&key);
                        v.at_most_words(&key, &text, TERM_SENTENCE_WORDS);
                        (key, text)
                    })
                    .collect()
            })
            .unwrap_or_default();
    }
    for (key, text) in [("definition", &term.definition), ("why", &term.why), ("example", &term.example)] {
        f.at_most_words(key, text, TERM_SENTENCE_WORDS);
    }
    f.finish();
    term
}

/// Reads an ambiguous-term file.
pub(crate) fn term(file: &str, table: Table, problems: &mut Vec<Problem>) -> Ambiguity {
    let mut f = Fields::new(file, table, problems);
    let term =
        Ambiguity { term: f.text("term"), role: f.text("role"), also: f.list("also", true), note: f.text("note") };
    f.finish();
    term
}
