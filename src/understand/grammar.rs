//! The slash grammar: `/NAME ARGUMENTS`, where NAME is a command of the catalogue (or one of
//! its aliases) and the arguments are read as the command's [`Arg`](crate::commands::Arg)s
//! say: roles, or text.

use super::arguments;
use crate::commands::{self, Args, Spec};
use crate::knowledge::Store;
use crate::query::Understood;

/// Reads a slash command (the text after `/`); `None` when its first word is no command, so
/// the caller can read the whole as free text.
pub fn read(store: &Store, command: &str) -> Option<Understood> {
    let (name, rest) = command.split_once(char::is_whitespace).unwrap_or((command, ""));
    let spec = commands::find(name)?;
    Some(run(store, spec, rest))
}

/// Runs a command on the text typed after its name.
pub fn run(store: &Store, spec: &Spec, rest: &str) -> Understood {
    let rest = rest.trim();
    let mut args = Args::default();
    if spec.takes_text() {
        args.text = rest.to_owned();
    } else if spec.args.is_empty() {
        // `/roles please`: nothing to read
    } else {
        match arguments::roles(store, rest) {
            Ok(mentions) => mentions.into_iter().for_each(|m| args.push_role(m.role, m.ambiguity)),
            Err(unknown) => return spec.unknown(unknown.text, unknown.suggestions),
        }
    }
    spec.run(store, args)
}
