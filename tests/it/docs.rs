//! Every environment variable the code reads is documented, in the README's table and in
//! `.env.example`.

use rolecall::config::VARIABLES;

fn read(file: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).expect(file)
}

#[test]
fn every_variable_is_in_the_readme_and_env_example() {
    let readme = read("README.md");
    let example = read(".env.example");
    for (name, _) in VARIABLES {
        assert!(readme.contains(&format!("| `{name}` |")), "README.md's configuration table lacks {name}");
        assert!(example.contains(&format!("{name}=")), ".env.example lacks {name}");
    }
}

#[test]
fn the_code_reads_no_variable_outside_the_list() {
    for path in crate::support::files_under("src") {
        let text = std::fs::read_to_string(&path).unwrap();
        // every quoted NAME_LIKE_THIS is a variable name candidate
        for piece in text.split('"').skip(1).step_by(2) {
            let looks_like_variable = piece.len() > 3
                && piece.contains('_')
                && piece.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
            // set by cargo at build time, not read at run time
            let build_time = ["OUT_DIR", "CARGO_MANIFEST_DIR"].contains(&piece);
            if looks_like_variable && !build_time {
                assert!(
                    VARIABLES.iter().any(|(v, _)| *v == piece),
                    "{} reads {piece}, which config::VARIABLES does not document",
                    path.display()
                );
            }
        }
    }
}

/// The slash commands of a Slack manifest: each command with its other fields.
fn manifest_commands(manifest: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut commands: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for line in manifest.lines().map(str::trim) {
        if let Some(name) = line.strip_prefix("- command: ") {
            commands.push((name.to_owned(), Vec::new()));
        } else if let (Some((_, fields)), Some((key, value))) = (commands.last_mut(), line.split_once(": ")) {
            if ["description", "usage_hint"].contains(&key) {
                fields.push((key.to_owned(), value.trim_matches('"').to_owned()));
            }
        }
    }
    commands
}

#[test]
fn the_slack_manifest_matches_the_command_catalogue() {
    let manifest = read("slack/manifest.yml");
    let listed = manifest_commands(&manifest);
    let names: Vec<&str> = listed.iter().map(|(name, _)| name.as_str()).collect();
    let commands = rolecall::slack::commands::Commands::default();
    let settings = commands.settings();
    let expected: Vec<String> = commands.names().into_iter().chain([settings.clone()]).collect();
    assert_eq!(names, expected, "slack/manifest.yml's commands: the catalogue, then the settings command");
    for (name, fields) in listed.iter().filter(|(name, _)| *name != settings) {
        let spec = rolecall::commands::slack_named(&name[1..]).expect("a catalogue command");
        let field = |key: &str| fields.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
        assert_eq!(field("description"), Some(spec.about), "{name}'s description");
        let hint = Some(spec.example).filter(|e| !e.is_empty());
        assert_eq!(field("usage_hint"), hint, "{name}'s usage hint is its example");
    }
    for scope in ["commands", "app_mentions:read", "chat:write", "im:history", "users:read"] {
        assert!(manifest.contains(&format!("- {scope}\n")), "slack/manifest.yml lacks the {scope} scope");
    }
    assert!(manifest.contains("socket_mode_enabled: true"), "Socket Mode is the default");
}
