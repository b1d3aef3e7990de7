//! What a command is made of: its names, its arguments, its help line and example, and the
//! step that turns its resolved arguments into a [`Query`]. Every surface derives what it
//! needs from these: Discord's registration and options, Slack's command set, `/help`, the
//! slash grammar and autocomplete.

use crate::knowledge::entry::TermRef;
use crate::knowledge::{RoleRef, Store};
use crate::query::{Intent, Query, Understood};
use crate::understand::arguments;

/// What kind of value an argument takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgKind {
    /// A role: an id, name or alias, autocompleted where the platform can.
    Role,
    /// A role, or a product term ("prd"): what `/whatis` and `/compare` take.
    Subject,
    /// Free text, taken as typed.
    Text,
    /// Where someone comes from: a role, or a background that is not one ("software
    /// engineering").
    Origin,
}

/// One argument of a command.
#[derive(Debug, Clone, Copy)]
pub struct Arg {
    /// The option name on Discord, and the key a value is looked up by.
    pub name: &'static str,
    /// How usage lines show it: `ROLE`, `DUTY`.
    pub shown: &'static str,
    pub kind: ArgKind,
    pub required: bool,
    /// What to put in it, with an example; Discord shows it under the option.
    pub about: &'static str,
}

/// A command: everything about it that is not how it composes its answer.
#[derive(Debug)]
pub struct Spec {
    /// The name typed after `/`, and registered on Discord.
    pub name: &'static str,
    /// Other words the slash grammar accepts for it (`/define`, `/vs`).
    pub aliases: &'static [&'static str],
    /// Its name in a Slack workspace (before any prefix). Slack has one command for help and
    /// free questions, so two commands can share a name there.
    pub slack: &'static str,
    /// What it does, in a few words: the help line and the platforms' descriptions.
    pub about: &'static str,
    /// Its arguments, in the order they are typed.
    pub args: &'static [Arg],
    /// Arguments for the example in help, as typed after the name.
    pub example: &'static str,
    /// The intent it answers; an argument error is reported under it.
    pub intent: Intent,
    /// Turns resolved arguments into a reading; `None` when a required argument is missing.
    pub build: fn(&Store, Args) -> Option<Understood>,
}

/// A command's arguments, resolved: role arguments to roles (in the order of [`Spec::args`],
/// missing optional ones left out, repeats dropped), and any text argument as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Args {
    pub roles: Vec<RoleRef>,
    /// Product terms a subject argument named, in order, without repeats.
    pub terms: Vec<TermRef>,
    pub text: String,
    /// Ambiguous terms the role arguments were written as.
    pub ambiguous: Vec<usize>,
    /// A background an origin argument named, as an index into the store's backgrounds.
    pub background: Option<usize>,
}

impl Args {
    /// Adds a role, unless it is already there.
    pub(crate) fn push_role(&mut self, role: RoleRef, ambiguity: Option<usize>) {
        if !self.roles.contains(&role) {
            self.roles.push(role);
        }
        if let Some(ambiguity) = ambiguity.filter(|a| !self.ambiguous.contains(a)) {
            self.ambiguous.push(ambiguity);
        }
    }

    /// Adds product terms, leaving out repeats.
    pub(crate) fn push_terms(&mut self, terms: impl IntoIterator<Item = TermRef>) {
        for term in terms {
            if !self.terms.contains(&term) {
                self.terms.push(term);
            }
        }
    }

    /// Reads one typed value into the argument it is for: text as it is, a role (or, for an
    /// origin, a background) resolved; a value that names none is the unknown-role reading.
    pub(crate) fn read(&mut self, store: &Store, spec: &Spec, arg: &Arg, text: &str) -> Result<(), Understood> {
        if arg.kind == ArgKind::Text {
            self.text = text.to_owned();
            return Ok(());
        }
        match arguments::role(store, text) {
            Ok(found) => self.push_role(found.role, found.ambiguity),
            Err(unknown) => match arg.kind {
                ArgKind::Origin if store.find_background(text).is_some() => {
                    self.background = store.find_background(text)
                }
                ArgKind::Subject if arguments::terms(store, text).is_some() => {
                    self.push_terms(arguments::terms(store, text).unwrap_or_default())
                }
                _ => return Err(spec.unknown(unknown.text, unknown.suggestions)),
            },
        }
        Ok(())
    }

    /// A certain reading of `query`, carrying the terms the roles were written as.
    pub fn sure(self, query: Query) -> Understood {
        Understood { query, confidence: 1.0, ambiguous: self.ambiguous, full: false }
    }
}

impl Spec {
    /// Whether any argument takes text.
    pub fn takes_text(&self) -> bool {
        self.args.iter().any(|a| a.kind == ArgKind::Text)
    }

    /// Runs the command on resolved arguments.
    pub fn run(&self, store: &Store, args: Args) -> Understood {
        (self.build)(store, args).unwrap_or_else(|| self.unknown(String::new(), Vec::new()))
    }

    /// The reading for an argument that names no role the store has.
    pub fn unknown(&self, text: String, suggestions: Vec<RoleRef>) -> Understood {
        Understood::sure(Query::UnknownRole { command: self.intent, text, suggestions })
    }

    /// Runs the command on typed option values, looked up by argument name (Discord's slash
    /// command options). Role values are resolved one option at a time.
    pub fn run_options<'v>(&self, store: &Store, value: impl Fn(&str) -> Option<&'v str>) -> Understood {
        let mut args = Args::default();
        for arg in self.args {
            let Some(text) = value(arg.name).map(str::trim).filter(|t| !t.is_empty()) else { continue };
            if let Err(unknown) = args.read(store, self, arg, text) {
                return unknown;
            }
        }
        self.run(store, args)
    }
}
