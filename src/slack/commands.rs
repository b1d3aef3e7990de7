//! The slash commands rolecall has in a Slack workspace: the catalogue's Slack names, after a
//! prefix such as `rc-` when the workspace needs one.

use crate::commands::{self, Spec, CATALOGUE};
use crate::render::Syntax;

/// The settings command's name after the prefix; outside the catalogue, as it asks nothing
/// about roles.
pub const SETTINGS: &str = "rolecall-settings";

/// The workspace's command names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Commands {
    prefix: String,
}

impl Commands {
    pub fn new(prefix: &str) -> Commands {
        Commands { prefix: prefix.to_owned() }
    }

    /// Every command name as the workspace registers it, e.g. `/rc-whatis`, once each.
    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for spec in CATALOGUE {
            let name = self.syntax().command(spec);
            if !names.contains(&name) {
                names.push(name);
            }
        }
        names
    }

    /// The catalogue command a slash command runs, or `None` when it is not one of rolecall's.
    pub fn spec(&self, command: &str) -> Option<&'static Spec> {
        let name = command.trim().strip_prefix('/')?.strip_prefix(self.prefix.as_str())?;
        commands::slack_named(name)
    }

    /// The admins' settings command, as the workspace names it: `/rolecall-settings`.
    pub fn settings(&self) -> String {
        format!("/{}{SETTINGS}", self.prefix)
    }

    /// Whether a slash command is the settings command.
    pub fn is_settings(&self, command: &str) -> bool {
        command.trim() == self.settings()
    }

    /// How answers write commands in this workspace.
    pub fn syntax(&self) -> Syntax {
        Syntax::slack(&self.prefix)
    }

    /// The help command, as the workspace names it.
    pub fn help(&self) -> String {
        self.syntax().command(&commands::help::SPEC)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_workspace_command_runs_its_catalogue_command() {
        let table: &[(&str, &str, Option<&str>)] = &[
            ("", "/whatis", Some("whatis")),
            ("", "/compare", Some("compare")),
            ("", "/path", Some("path")),
            ("", "/who", Some("who")),
            ("", "/roles", Some("roles")),
            ("", "/rolecall", Some("ask")),
            ("", "/deploy", None),
            ("", "/help", None),
            ("rc-", "/rc-whatis", Some("whatis")),
            ("rc-", "/rc-rolecall", Some("ask")),
            ("rc-", "/whatis", None),
            ("rc-", "/rc-help", None),
        ];
        for (prefix, command, name) in table {
            let got = Commands::new(prefix).spec(command).map(|s| s.name);
            assert_eq!(got, *name, "{prefix:?} {command}");
        }
    }

    #[test]
    fn the_workspace_has_one_command_per_slack_name() {
        let prefixed = Commands::new("rc-");
        assert_eq!(prefixed.names(), ["/rc-whatis", "/rc-compare", "/rc-path", "/rc-who", "/rc-rolecall", "/rc-roles"]);
        assert_eq!(prefixed.help(), "/rc-rolecall");
        assert_eq!(prefixed.settings(), "/rc-rolecall-settings");
        assert!(prefixed.is_settings("/rc-rolecall-settings") && !prefixed.is_settings("/rolecall-settings"));
    }
}
