//! The running bot's configuration: one typed value built at start-up from environment
//! variables, failing fast with each variable's name and what is wrong with it.

use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Every environment variable rolecall reads, with what it means. The README's table and
/// `.env.example` document exactly these (a test checks).
pub const VARIABLES: &[(&str, &str)] = &[
    ("ROLECALL_KNOWLEDGE", "knowledge folder to answer from instead of the built-in store; edits are picked up live"),
    ("ROLECALL_HTTP_ADDR", "address of the HTTP server (health, readiness, metrics, platform routes)"),
    (
        "ROLECALL_METRICS_ADDR",
        "address of its own for /metrics, /readyz and /healthz, which the public address then stops serving (but /healthz)",
    ),
    ("ROLECALL_RELOAD_SECS", "how often a knowledge folder is checked for edits; 0 turns reloading off"),
    ("ROLECALL_COOLDOWN_SECS", "per-channel pause between unprompted answers in auto-answer channels"),
    ("ROLECALL_SHUTDOWN_GRACE_SECS", "how long shutdown waits for replies in flight"),
    ("ROLECALL_MAX_BODY_BYTES", "largest HTTP request body accepted"),
    ("ROLECALL_REQUEST_TIMEOUT_SECS", "longest an HTTP request may take"),
    ("ROLECALL_HEADER_TIMEOUT_SECS", "longest an HTTP client may take to send a request head, or stay idle between requests"),
    ("ROLECALL_MAX_CONNECTIONS", "most HTTP connections open at once on each address; more wait to be accepted"),
    (
        "ROLECALL_DATABASE_URL",
        "where the bot keeps unanswered questions, votes and channel settings: sqlite:PATH (default sqlite:data/rolecall.sqlite) or postgres://USER@HOST/DB for several replicas",
    ),
    ("ROLECALL_RETENTION_DAYS", "how many days unanswered questions, votes and counts are kept (default 90)"),
    (
        "ROLECALL_KEEP_DM_TEXT",
        "true to keep the text of unanswered direct messages too (default false: only that one came)",
    ),
    ("LOG_FORMAT", "text (default) or json"),
    ("RUST_LOG", "log level and filters, e.g. info or rolecall=debug"),
    ("DISCORD_TOKEN", "bot token (three dot-separated parts, checked at start-up); turns the Discord gateway on"),
    ("DISCORD_API_URL", "REST base URL, for proxies and tests"),
    ("DISCORD_GUILD_ID", "register slash commands in this guild only (instant) instead of globally"),
    (
        "DISCORD_AUTO_ANSWER_CHANNELS",
        "comma-separated channel ids where confident role questions are answered unprompted",
    ),
    (
        "DISCORD_MESSAGE_CONTENT",
        "true to ask for the privileged message-content intent, so /settings can turn auto-answer on in any channel; on when DISCORD_AUTO_ANSWER_CHANNELS is set",
    ),
    ("DISCORD_PUBLIC_KEY", "application public key (hex); turns on POST /discord/interactions"),
    ("SLACK_BOT_TOKEN", "bot token (xoxb-); needed for any Slack mode"),
    ("SLACK_APP_TOKEN", "app-level token (xapp-) with connections:write; turns Socket Mode on"),
    ("SLACK_SIGNING_SECRET", "signing secret; turns the HTTP Events API mode on at /slack/*"),
    ("SLACK_API_URL", "Web API base URL, for tests; button replies may also go to its host"),
    ("SLACK_COMMAND_PREFIX", "prefix for slash command names, e.g. rc- for /rc-whatis"),
    (
        "SLACK_AUTO_ANSWER_CHANNELS",
        "comma-separated channel ids where confident role questions are answered unprompted",
    ),
    (
        "SLACK_SETTINGS_USERS",
        "comma-separated user ids who may change channel settings besides workspace admins and owners",
    ),
    (
        "ROLECALL_PUBLIC_URL",
        "public https:// URL of this server; Slack then shows the role map from its /map.png instead of uploading it",
    ),
    ("COLUMNS", "width the console and plain-text answers wrap to; the terminal's own width when unset"),
    ("NO_COLOR", "any value turns colour off in logs; logs are coloured only when stderr is a terminal"),
];

/// A value that must never be logged; `Debug` and `Display` print a placeholder.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The value itself, for the one place that sends it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(redacted)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(redacted)")
    }
}

/// How logs are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

/// Discord gateway settings.
#[derive(Debug, Clone, PartialEq)]
pub struct DiscordConfig {
    pub token: Secret,
    /// REST base, `https://discord.com` unless proxied.
    pub api_url: String,
    pub guild_id: Option<u64>,
    pub auto_answer_channels: Vec<u64>,
    /// Whether the gateway asks for message content, which auto-answer needs.
    pub message_content: bool,
}

/// Slack settings; at least one of Socket Mode and HTTP mode is on.
#[derive(Debug, Clone, PartialEq)]
pub struct SlackConfig {
    pub bot_token: Secret,
    /// Turns Socket Mode on.
    pub app_token: Option<Secret>,
    /// Turns the HTTP Events API mode on.
    pub signing_secret: Option<Secret>,
    pub api_url: String,
    pub command_prefix: String,
    pub auto_answer_channels: Vec<String>,
    /// Where Slack can fetch this server's `/map.png`; without it, the map is uploaded.
    pub public_url: Option<String>,
    /// Who may change channel settings besides the workspace's admins and owners.
    pub settings_users: Vec<String>,
}

/// Everything `rolecall serve` needs to know.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub knowledge: Option<PathBuf>,
    pub http_addr: SocketAddr,
    /// Where `/metrics` and `/readyz` are served instead of `http_addr`, when set.
    pub metrics_addr: Option<SocketAddr>,
    pub reload_every: Option<Duration>,
    pub cooldown: Duration,
    pub shutdown_grace: Duration,
    pub max_body_bytes: usize,
    pub request_timeout: Duration,
    pub header_timeout: Duration,
    pub max_connections: usize,
    /// Where records are kept.
    pub database_url: String,
    /// How long gaps, votes and counts are kept.
    pub retention: Duration,
    /// Whether the text of unanswered direct messages is kept.
    pub keep_direct_text: bool,
    pub log_format: LogFormat,
    pub discord: Option<DiscordConfig>,
    /// Public key for Discord's HTTP interactions.
    pub discord_public_key: Option<String>,
    pub slack: Option<SlackConfig>,
}

/// A variable that is missing or malformed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{variable}: {problem}")]
pub struct ConfigError {
    pub variable: &'static str,
    pub problem: String,
}

/// Every configuration problem found, one per line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
pub struct ConfigErrors(pub Vec<ConfigError>);

/// Reads variables through a lookup, so tests pass a map and `main` the process environment.
struct Reader<'a> {
    lookup: &'a dyn Fn(&str) -> Option<String>,
    errors: Vec<ConfigError>,
}

impl Reader<'_> {
    fn raw(&self, variable: &'static str) -> Option<String> {
        debug_assert!(VARIABLES.iter().any(|(v, _)| *v == variable), "{variable} is not documented in VARIABLES");
        (self.lookup)(variable).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
    }

    fn fail(&mut self, variable: &'static str, problem: impl Into<String>) {
        self.errors.push(ConfigError { variable, problem: problem.into() });
    }

    fn parsed<T: std::str::FromStr>(&mut self, variable: &'static str, default: T, what: &str) -> T {
        match self.raw(variable) {
            None => default,
            Some(v) => v.parse().unwrap_or_else(|_| {
                self.fail(variable, format!("{v:?} is not {what}"));
                default
            }),
        }
    }

    fn seconds(&mut self, variable: &'static str, default: u64) -> Duration {
        Duration::from_secs(self.parsed(variable, default, "a whole number of seconds"))
    }

    fn flag(&mut self, variable: &'static str, default: bool) -> bool {
        match self.raw(variable).map(|v| v.to_ascii_lowercase()).as_deref() {
            None => default,
            Some("1" | "true" | "yes" | "on") => true,
            Some("0" | "false" | "no" | "off") => false,
            Some(other) => {
                self.fail(variable, format!("{other:?} is not true or false"));
                default
            }
        }
    }

    fn url(&mut self, variable: &'static str, default: &str) -> String {
        let url = self.raw(variable).unwrap_or_else(|| default.to_owned());
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            self.fail(variable, format!("{url:?} is not an http:// or https:// URL"));
        }
        url.trim_end_matches('/').to_owned()
    }

    fn list(&mut self, variable: &'static str) -> Vec<String> {
        self.raw(variable)
            .map(|v| v.split(',').map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect())
            .unwrap_or_default()
    }

    fn token(&mut self, variable: &'static str, shape: Shape) -> Option<Secret> {
        let value = self.raw(variable)?;
        if value.chars().any(char::is_whitespace) {
            self.fail(variable, "contains whitespace; paste the token alone");
        } else if let Err(problem) = shape.check(&value) {
            self.fail(variable, problem);
        }
        Some(Secret::new(value))
    }
}

/// What a token looks like, checked before anything is sent with it.
#[derive(Debug, Clone, Copy)]
enum Shape {
    /// Slack's tokens start with their kind, such as `xoxb-`.
    Prefixed(&'static str),
    /// A Discord bot token: three base64url parts separated by dots, the first the bot's id.
    Discord,
}

impl Shape {
    fn check(self, token: &str) -> Result<(), String> {
        match self {
            Shape::Prefixed(prefix) if !token.starts_with(prefix) => Err(format!("must start with {prefix:?}")),
            Shape::Prefixed(_) => Ok(()),
            Shape::Discord => discord_token_shape(token),
        }
    }
}

/// Where a Discord bot token is found, for the problems with one that was pasted wrong.
const DISCORD_TOKEN_SOURCE: &str = "copy the bot token from the Developer Portal (Bot > Reset Token)";

/// Whether `token` looks like a Discord bot token: three dot-separated base64url parts, the
/// first of which decodes to the bot's numeric id. (Client secrets and public keys do not.)
fn discord_token_shape(token: &str) -> Result<(), String> {
    use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
    use base64::engine::DecodePaddingMode;
    use base64::Engine;

    const BASE64URL: GeneralPurpose = GeneralPurpose::new(
        &base64::alphabet::URL_SAFE,
        GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
    );
    let parts: Vec<&str> = token.split('.').collect();
    if parts.len() != 3 {
        let (n, plural) = (parts.len(), if parts.len() == 1 { "" } else { "s" });
        return Err(format!(
            "is not a bot token: it has {n} dot-separated part{plural}, a bot token has 3; {DISCORD_TOKEN_SOURCE}"
        ));
    }
    let base64url = |part: &str| {
        !part.is_empty()
            && part.trim_end_matches('=').bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    };
    if let Some(n) = parts.iter().position(|part| !base64url(part)) {
        return Err(format!("is not a bot token: part {} is not base64url; {DISCORD_TOKEN_SOURCE}", n + 1));
    }
    let id = BASE64URL.decode(parts[0]).ok().and_then(|id| String::from_utf8(id).ok());
    if !id.is_some_and(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit())) {
        return Err(format!(
            "is not a bot token: its first part does not decode to the bot's numeric id; {DISCORD_TOKEN_SOURCE}"
        ));
    }
    Ok(())
}

impl Config {
    /// Builds the configuration from the process environment (after a `.env` file, if any,
    /// has been read into it).
    pub fn from_env() -> Result<Config, ConfigErrors> {
        Config::from_lookup(&|name| std::env::var(name).ok())
    }

    /// Builds the configuration from any lookup of variable names.
    pub fn from_lookup(lookup: &dyn Fn(&str) -> Option<String>) -> Result<Config, ConfigErrors> {
        let mut r = Reader { lookup, errors: Vec::new() };
        let http_addr =
            r.parsed("ROLECALL_HTTP_ADDR", SocketAddr::from(([127, 0, 0, 1], 8080)), "an address like 127.0.0.1:8080");
        let metrics_addr = r.raw("ROLECALL_METRICS_ADDR").and_then(|v| match v.parse::<SocketAddr>() {
            Ok(addr) => Some(addr),
            Err(_) => {
                r.fail("ROLECALL_METRICS_ADDR", format!("{v:?} is not an address like 127.0.0.1:9090"));
                None
            }
        });
        if metrics_addr == Some(http_addr) {
            r.fail("ROLECALL_METRICS_ADDR", "is the same as ROLECALL_HTTP_ADDR; leave it unset to serve both there");
        }
        let reload = r.seconds("ROLECALL_RELOAD_SECS", 2);
        let log_format = match r.raw("LOG_FORMAT").as_deref() {
            None | Some("text") => LogFormat::Text,
            Some("json") => LogFormat::Json,
            Some(other) => {
                r.fail("LOG_FORMAT", format!("{other:?} is not text or json"));
                LogFormat::Text
            }
        };
        let max_body_bytes = r.parsed("ROLECALL_MAX_BODY_BYTES", 64 * 1024, "a number of bytes");
        if max_body_bytes == 0 {
            r.fail("ROLECALL_MAX_BODY_BYTES", "must be more than 0");
        }
        let header_timeout = r.seconds("ROLECALL_HEADER_TIMEOUT_SECS", 10);
        if header_timeout.is_zero() {
            r.fail("ROLECALL_HEADER_TIMEOUT_SECS", "must be more than 0");
        }
        let max_connections = r.parsed("ROLECALL_MAX_CONNECTIONS", 256, "a number of connections");
        if max_connections == 0 {
            r.fail("ROLECALL_MAX_CONNECTIONS", "must be more than 0");
        }
        let discord = match r.token("DISCORD_TOKEN", Shape::Discord) {
            Some(token) => {
                let api_url = r.url("DISCORD_API_URL", "https://discord.com");
                let guild_id = r.raw("DISCORD_GUILD_ID").and_then(|v| match v.parse::<u64>() {
                    Ok(id) if id > 0 => Some(id),
                    _ => {
                        r.fail("DISCORD_GUILD_ID", format!("{v:?} is not a guild id (a number)"));
                        None
                    }
                });
                let mut auto_answer_channels = Vec::new();
                for id in r.list("DISCORD_AUTO_ANSWER_CHANNELS") {
                    match id.parse::<u64>() {
                        Ok(n) if n > 0 => auto_answer_channels.push(n),
                        _ => r.fail("DISCORD_AUTO_ANSWER_CHANNELS", format!("{id:?} is not a channel id (a number)")),
                    }
                }
                let message_content = r.flag("DISCORD_MESSAGE_CONTENT", !auto_answer_channels.is_empty());
                Some(DiscordConfig { token, api_url, guild_id, auto_answer_channels, message_content })
            }
            None => None,
        };
        let discord_public_key = r.raw("DISCORD_PUBLIC_KEY");
        if let Some(key) = &discord_public_key {
            if key.len() != 64 || !key.chars().all(|c| c.is_ascii_hexdigit()) {
                r.fail("DISCORD_PUBLIC_KEY", "must be the 64 hex characters shown on the application's page");
            }
        }
        let bot_token = r.token("SLACK_BOT_TOKEN", Shape::Prefixed("xoxb-"));
        let app_token = r.token("SLACK_APP_TOKEN", Shape::Prefixed("xapp-"));
        let signing_secret = r.raw("SLACK_SIGNING_SECRET").map(Secret::new);
        let slack = match bot_token {
            Some(bot_token) => {
                if app_token.is_none() && signing_secret.is_none() {
                    r.fail(
                        "SLACK_BOT_TOKEN",
                        "is set, but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode) is",
                    );
                }
                Some(SlackConfig {
                    bot_token,
                    app_token,
                    signing_secret,
                    api_url: r.url("SLACK_API_URL", "https://slack.com/api"),
                    command_prefix: r.raw("SLACK_COMMAND_PREFIX").unwrap_or_default(),
                    auto_answer_channels: r.list("SLACK_AUTO_ANSWER_CHANNELS"),
                    public_url: r.raw("ROLECALL_PUBLIC_URL").is_some().then(|| r.url("ROLECALL_PUBLIC_URL", "")),
                    settings_users: r.list("SLACK_SETTINGS_USERS"),
                })
            }
            None => {
                for variable in ["SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"] {
                    if r.raw(variable).is_some() {
                        r.fail(variable, "is set, but SLACK_BOT_TOKEN is not");
                    }
                }
                None
            }
        };
        let database_url = r.raw("ROLECALL_DATABASE_URL").unwrap_or_else(|| crate::db::DEFAULT_URL.to_owned());
        if !["sqlite:", "postgres://", "postgresql://"].iter().any(|p| database_url.starts_with(p)) {
            let shown = crate::db::redacted(&database_url);
            r.fail("ROLECALL_DATABASE_URL", format!("{shown:?} is neither sqlite:PATH nor postgres://…"));
        }
        let retention_days: u64 = r.parsed("ROLECALL_RETENTION_DAYS", 90, "a whole number of days");
        if retention_days == 0 {
            r.fail("ROLECALL_RETENTION_DAYS", "must be 1 or more");
        }
        let keep_direct_text = r.flag("ROLECALL_KEEP_DM_TEXT", false);
        let config = Config {
            database_url,
            retention: Duration::from_secs(retention_days.max(1) * 86_400),
            keep_direct_text,
            knowledge: r.raw("ROLECALL_KNOWLEDGE").map(PathBuf::from),
            http_addr,
            metrics_addr,
            reload_every: (!reload.is_zero()).then_some(reload),
            cooldown: r.seconds("ROLECALL_COOLDOWN_SECS", 30),
            shutdown_grace: r.seconds("ROLECALL_SHUTDOWN_GRACE_SECS", 10),
            max_body_bytes,
            request_timeout: r.seconds("ROLECALL_REQUEST_TIMEOUT_SECS", 10),
            header_timeout,
            max_connections,
            log_format,
            discord,
            discord_public_key,
            slack,
        };
        if r.errors.is_empty() {
            Ok(config)
        } else {
            Err(ConfigErrors(r.errors))
        }
    }

    /// Whether any chat platform is configured.
    pub fn any_platform(&self) -> bool {
        self.discord.is_some() || self.discord_public_key.is_some() || self.slack.is_some()
    }

    /// Whether a platform is configured, from the environment alone, without failing on other
    /// variables: decides what `rolecall` with no arguments does.
    pub fn platform_in_env() -> bool {
        ["DISCORD_TOKEN", "DISCORD_PUBLIC_KEY", "SLACK_BOT_TOKEN"]
            .iter()
            .any(|v| std::env::var(v).is_ok_and(|s| !s.trim().is_empty()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// A token of a Discord bot token's shape: the first part is "1000", the bot's id.
    const DISCORD: &str = "MTAwMA.GZ2vYw.discord-secret-value_x";

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigErrors> {
        let map: HashMap<String, String> = vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Config::from_lookup(&move |name| map.get(name).cloned())
    }

    fn error_for(vars: &[(&str, &str)]) -> Vec<&'static str> {
        config(vars).expect_err("should fail").0.iter().map(|e| e.variable).collect()
    }

    #[test]
    fn defaults_need_no_variables() {
        let c = config(&[]).expect("no variables is fine");
        assert_eq!(c.http_addr.to_string(), "127.0.0.1:8080");
        assert_eq!(c.metrics_addr, None, "operator routes share the HTTP address unless told otherwise");
        assert!(!c.any_platform());
        assert_eq!(c.log_format, LogFormat::Text);
    }

    #[test]
    fn each_malformed_variable_is_named() {
        let table: &[(&[(&str, &str)], &str)] = &[
            (&[("ROLECALL_HTTP_ADDR", "localhost")], "ROLECALL_HTTP_ADDR"),
            (&[("ROLECALL_RELOAD_SECS", "soon")], "ROLECALL_RELOAD_SECS"),
            (&[("ROLECALL_COOLDOWN_SECS", "-1")], "ROLECALL_COOLDOWN_SECS"),
            (&[("ROLECALL_MAX_BODY_BYTES", "0")], "ROLECALL_MAX_BODY_BYTES"),
            (&[("ROLECALL_METRICS_ADDR", "localhost")], "ROLECALL_METRICS_ADDR"),
            (&[("ROLECALL_METRICS_ADDR", "127.0.0.1:8080")], "ROLECALL_METRICS_ADDR"),
            (&[("ROLECALL_HEADER_TIMEOUT_SECS", "0")], "ROLECALL_HEADER_TIMEOUT_SECS"),
            (&[("ROLECALL_MAX_CONNECTIONS", "none")], "ROLECALL_MAX_CONNECTIONS"),
            (&[("LOG_FORMAT", "yaml")], "LOG_FORMAT"),
            (&[("DISCORD_TOKEN", "abc def")], "DISCORD_TOKEN"),
            (&[("DISCORD_TOKEN", DISCORD), ("DISCORD_API_URL", "discord.com")], "DISCORD_API_URL"),
            (&[("DISCORD_TOKEN", DISCORD), ("DISCORD_GUILD_ID", "my-guild")], "DISCORD_GUILD_ID"),
            (&[("DISCORD_TOKEN", DISCORD), ("DISCORD_AUTO_ANSWER_CHANNELS", "1, two")], "DISCORD_AUTO_ANSWER_CHANNELS"),
            (&[("DISCORD_PUBLIC_KEY", "xyz")], "DISCORD_PUBLIC_KEY"),
            (&[("SLACK_BOT_TOKEN", "xapp-1"), ("SLACK_APP_TOKEN", "xapp-2")], "SLACK_BOT_TOKEN"),
            (&[("SLACK_BOT_TOKEN", "xoxb-1"), ("SLACK_APP_TOKEN", "xoxb-2")], "SLACK_APP_TOKEN"),
            (&[("SLACK_BOT_TOKEN", "xoxb-1")], "SLACK_BOT_TOKEN"),
            (&[("SLACK_APP_TOKEN", "xapp-1")], "SLACK_APP_TOKEN"),
            (
                &[("SLACK_BOT_TOKEN", "xoxb-1"), ("SLACK_SIGNING_SECRET", "s"), ("SLACK_API_URL", "ftp://x")],
                "SLACK_API_URL",
            ),
        ];
        for (vars, variable) in table {
            assert_eq!(error_for(vars), vec![*variable], "{vars:?}");
        }
    }

    #[test]
    fn a_discord_token_of_the_wrong_shape_is_refused_with_what_is_wrong() {
        let table: &[(&str, &str)] = &[
            ("abc", "it has 1 dot-separated part, a bot token has 3"),
            ("MTAwMA.GZ2vYw", "it has 2 dot-separated parts"),
            ("MTAwMA.GZ2vYw.sig.extra", "it has 4 dot-separated parts"),
            ("MTAwMA..signature", "part 2 is not base64url"),
            ("MTAwMA.GZ2vYw.sig+nature/", "part 3 is not base64url"),
            // a client secret or a word pasted before the dots
            ("Ym90.GZ2vYw.signature", "its first part does not decode to the bot's numeric id"),
            ("x.GZ2vYw.signature", "its first part does not decode to the bot's numeric id"),
        ];
        for (token, problem) in table {
            let errors = config(&[("DISCORD_TOKEN", token)]).expect_err(token).0;
            assert_eq!(errors.len(), 1, "{token}: {errors:?}");
            let message = errors[0].to_string();
            assert!(message.starts_with("DISCORD_TOKEN: is not a bot token: "), "{token}: {message}");
            assert!(message.contains(problem), "{token}: {message}");
            assert!(message.contains("Developer Portal"), "says where the right one is: {message}");
            assert!(!message.contains(token), "the token is not echoed: {message}");
        }
        for token in [DISCORD, "MTAwMA==.GZ2vYw.x", "MTIzNDU2Nzg5MDEyMzQ1Njc4.GZ2vYw.j3VupLBuE1QWZng3TMGH0z_UAwg"] {
            assert!(config(&[("DISCORD_TOKEN", token)]).is_ok(), "{token} has a bot token's shape");
        }
    }

    #[test]
    fn every_problem_is_reported_together() {
        let errors = error_for(&[("LOG_FORMAT", "xml"), ("ROLECALL_HTTP_ADDR", "nowhere")]);
        assert_eq!(errors.len(), 2);
    }

    #[test]
    fn platforms_turn_on_from_their_tokens() {
        let c = config(&[
            ("DISCORD_TOKEN", DISCORD),
            ("DISCORD_AUTO_ANSWER_CHANNELS", "11, 22"),
            ("SLACK_BOT_TOKEN", "xoxb-1"),
            ("SLACK_APP_TOKEN", "xapp-1"),
            ("SLACK_API_URL", "http://127.0.0.1:9/api/"),
        ])
        .unwrap();
        assert_eq!(c.discord.as_ref().unwrap().auto_answer_channels, vec![11, 22]);
        assert_eq!(c.discord.as_ref().unwrap().api_url, "https://discord.com");
        let slack = c.slack.unwrap();
        assert!(slack.app_token.is_some() && slack.signing_secret.is_none());
        assert_eq!(slack.api_url, "http://127.0.0.1:9/api");
    }

    #[test]
    fn secrets_never_show_in_debug_output() {
        let c = config(&[
            ("DISCORD_TOKEN", DISCORD),
            ("SLACK_BOT_TOKEN", "xoxb-slack-secret"),
            ("SLACK_SIGNING_SECRET", "signing-secret-value"),
        ])
        .unwrap();
        let debug = format!("{c:?}");
        for secret in [DISCORD, "discord-secret-value", "xoxb-slack-secret", "signing-secret-value"] {
            assert!(!debug.contains(secret), "{secret} leaked: {debug}");
        }
        assert!(debug.contains("redacted"));
    }
}
