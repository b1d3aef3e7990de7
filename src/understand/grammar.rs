//! The slash grammar: `/NAME ARGUMENTS`, where NAME is a command of the catalogue (or one of
//! its aliases) and the arguments are read as the command's [`Arg`](crate::commands::Arg)s
//! say: roles, or text.

use super::arguments;
use crate::commands::{self, ArgKind, Args, Spec};
use crate::knowledge::Store;
use crate::query::Understood;

/// Reads a slash command (the text after `/`); `None` when its first word is no command, so
/// the caller can read the whole as free text.
pub fn read(store: &Store, command: &str) -> Option<Understood> {
    let (name, rest) = command.split_once(char::is_whitespace).unwrap_or((command, ""));
    let spec = commands::find(name).or_else(|| commands::find_near(name))?;
    // ("/rolecall list", "/rolecall compare pm po": another command named first is that command)
    // (by its own name, or alone: "/rolecall what is a PO" is a question)
    let (inner, after) = rest.trim().split_once(char::is_whitespace).unwrap_or((rest.trim(), ""));
    let other = commands::find(inner).filter(|other| after.is_empty() || other.name.eq_ignore_ascii_case(inner));
    if spec.takes_text() && other.is_some_and(|other| !other.takes_text()) {
        return read(store, rest.trim());
    }
    Some(run(store, spec, rest))
}

/// The flag that asks for the whole answer, as typed (phones turn `--` into a dash).
const FULL_FLAGS: &[&str] = &["--full", "—full", "–full"];

/// Runs a command on the text typed after its name; `--full` anywhere asks for the whole
/// answer rather than the chat-sized one.
pub fn run(store: &Store, spec: &Spec, rest: &str) -> Understood {
    let full = rest.split_whitespace().any(|w| FULL_FLAGS.contains(&w));
    let kept: Vec<&str> = rest.split_whitespace().filter(|w| !FULL_FLAGS.contains(w)).collect();
    let understood = read_args(store, spec, &kept.join(" "));
    Understood { full, ..understood }
}

fn read_args(store: &Store, spec: &Spec, rest: &str) -> Understood {
    let rest = rest.trim();
    let mut args = Args::default();
    if spec.takes_text() {
        args.text = rest.to_owned();
    } else if spec.args.is_empty() {
        // `/roles please`: nothing to read
    } else {
        let takes_origin = spec.args.iter().any(|a| a.kind == ArgKind::Origin);
        let takes_terms = spec.args.iter().any(|a| a.kind == ArgKind::Subject);
        let found = match arguments::roles(store, rest) {
            // `/path backend dev pm`: the words that name no role may name where the asker comes from
            Err(unknown) if takes_origin && store.find_background(&unknown.text).is_some() => {
                args.background = store.find_background(&unknown.text);
                arguments::roles(store, &rest.to_lowercase().replacen(&unknown.text, " ", 1))
            }
            // `/path qa engineer -> pm`: an origin the store has no entry for still leaves the move
            Err(unknown) if takes_origin => arguments::last_role(store, rest).map(|m| vec![m]).ok_or(unknown),
            found => found,
        };
        match found {
            Ok(mentions) => mentions.into_iter().for_each(|m| args.push_role(m.role, m.ambiguity)),
            // `/whatis prd`, `/compare roadmap backlog`: the words name product terms
            Err(_) if takes_terms && arguments::terms(store, rest).is_some() => {
                args.push_terms(arguments::terms(store, rest).unwrap_or_default())
            }
            Err(unknown) => return spec.unknown(unknown.text, unknown.suggestions),
        }
    }
    spec.run(store, args)
}
