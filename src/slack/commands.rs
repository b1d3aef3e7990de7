//! The slash commands rolecall has in a workspace, and the question each one asks the core:
//! `/whatis po` reaches the core as "/whatis po", whatever prefix the workspace gives the names.

use std::borrow::Cow;

/// Commands the core knows that have a Slack command of the same name.
const SHARED: [&str; 5] = ["whatis", "compare", "path", "who", "roles"];

/// The Slack command for help and free questions (the core's `/help` is not a Slack command).
const ROLECALL: &str = "rolecall";

/// The workspace's command names: the core's, after a prefix such as `rc-` (empty by default).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Commands {
    prefix: String,
}

impl Commands {
    pub fn new(prefix: &str) -> Commands {
        Commands { prefix: prefix.to_owned() }
    }

    /// Every command name as the workspace registers it, e.g. `/rc-whatis`.
    pub fn names(&self) -> Vec<String> {
        SHARED.iter().chain([&ROLECALL]).map(|name| format!("/{}{name}", self.prefix)).collect()
    }

    /// The question a slash command asks, or `None` when the command is not one of rolecall's.
    /// `/rolecall` alone is help; with text it is a free question.
    pub fn question(&self, command: &str, text: &str) -> Option<String> {
        let name = command.trim().strip_prefix('/')?.strip_prefix(self.prefix.as_str())?;
        let text = text.trim();
        match name {
            ROLECALL if text.is_empty() => Some("/help".to_owned()),
            ROLECALL => Some(text.to_owned()),
            _ if SHARED.contains(&name) && text.is_empty() => Some(format!("/{name}")),
            _ if SHARED.contains(&name) => Some(format!("/{name} {text}")),
            _ => None,
        }
    }

    /// The help command, as the workspace names it.
    pub fn help(&self) -> String {
        format!("/{}{ROLECALL}", self.prefix)
    }

    /// The text with the core's command names (`/whatis`, `/help`) written as this workspace's
    /// (`/rc-whatis`, `/rc-rolecall`), so that what an answer suggests can be typed as it reads.
    pub fn localize<'t>(&self, text: &'t str) -> Cow<'t, str> {
        if !text.contains('/') || (self.prefix.is_empty() && !text.contains("/help")) {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len() + 16);
        let mut rest = text;
        let mut previous: Option<char> = None;
        while let Some(slash) = rest.find('/') {
            let (before, after) = rest.split_at(slash);
            out.push_str(before);
            previous = before.chars().last().or(previous);
            let name_len =
                after[1..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '-')).unwrap_or(after.len() - 1);
            let name = &after[1..1 + name_len];
            let starts_word = previous.is_none_or(|c| c.is_whitespace() || "(\"'`“‘".contains(c));
            let renamed = match name {
                "help" => Some(ROLECALL),
                _ if SHARED.contains(&name) => Some(name),
                _ => None,
            };
            match renamed.filter(|_| starts_word) {
                Some(renamed) => {
                    out.push('/');
                    out.push_str(&self.prefix);
                    out.push_str(renamed);
                }
                None => out.push_str(&after[..1 + name_len]),
            }
            previous = after[..1 + name_len].chars().last();
            rest = &after[1 + name_len..];
        }
        out.push_str(rest);
        Cow::Owned(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_command_asks_the_core_the_same_question() {
        let table: &[(&str, &str, &str, Option<&str>)] = &[
            ("", "/whatis", "po", Some("/whatis po")),
            ("", "/compare", " pm  project-manager ", Some("/compare pm  project-manager")),
            ("", "/path", "pm product-leader", Some("/path pm product-leader")),
            ("", "/who", "owns the roadmap", Some("/who owns the roadmap")),
            ("", "/roles", "", Some("/roles")),
            ("", "/whatis", "", Some("/whatis")),
            ("", "/rolecall", "", Some("/help")),
            ("", "/rolecall", "is a PO the same as a PM?", Some("is a PO the same as a PM?")),
            ("", "/deploy", "now", None),
            ("rc-", "/rc-whatis", "po", Some("/whatis po")),
            ("rc-", "/rc-rolecall", "  ", Some("/help")),
            ("rc-", "/whatis", "po", None),
            ("rc-", "/rc-help", "", None),
        ];
        for (prefix, command, text, question) in table {
            let got = Commands::new(prefix).question(command, text);
            assert_eq!(got.as_deref(), *question, "{prefix:?} {command} {text:?}");
        }
    }

    #[test]
    fn answers_suggest_the_commands_the_workspace_has() {
        let plain = Commands::new("");
        assert_eq!(plain.localize("Try /roles or /help."), "Try /roles or /rolecall.");
        assert!(matches!(plain.localize("Try /roles."), Cow::Borrowed(_)), "nothing to rename");
        let prefixed = Commands::new("rc-");
        assert_eq!(
            prefixed.localize("/whatis ROLE: what a role is: /whatis product-owner"),
            "/rc-whatis ROLE: what a role is: /rc-whatis product-owner"
        );
        assert_eq!(prefixed.localize("(/path pm cpo) and \"/who owns x\""), "(/rc-path pm cpo) and \"/rc-who owns x\"");
        assert_eq!(
            prefixed.localize("and/or, https://example.com/roles, /rolesx, /deploy"),
            "and/or, https://example.com/roles, /rolesx, /deploy",
            "only whole command names at the start of a word"
        );
        assert_eq!(prefixed.names()[0], "/rc-whatis");
        assert_eq!(prefixed.help(), "/rc-rolecall");
    }
}
