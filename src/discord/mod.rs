//! Discord: slash commands with autocomplete, answers to mentions, DMs and auto-answer
//! channels over the gateway (serenity), and slash commands over HTTP.

pub mod commands;
pub mod interactions;
pub mod render;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use serenity::all::{
    ClientBuilder, ConnectionStage, Context, CreateAllowedMentions, CreateAttachment, CreateInteractionResponse,
    CreateMessage, EventHandler, GatewayIntents, GuildId, HttpBuilder, Interaction, Message as DiscordMessage, Ready,
    ResumedEvent, ShardStageUpdateEvent, UserId,
};
use serenity::async_trait;
use serenity::http::{Http, HttpError};

use crate::bot::{Message, Reach};
use crate::config::DiscordConfig;
use crate::platform::{Platform, PlatformError, Running, Services, Starting};

const PLATFORM: &str = "discord";

/// The official REST base; anything else is a proxy (or a test's fake).
const DISCORD: &str = "https://discord.com";

/// Permissions the bot needs: view channels, send messages (and in threads), embed links,
/// read message history (to reply to a message).
const PERMISSIONS: u64 = 1024 | 2048 | 16384 | 65536 | 274_877_906_944;

/// How often a reply rate-limited with 429 is tried again before giving up.
const RATE_LIMIT_TRIES: u32 = 5;

/// What to do about a refused token.
const TOKEN_FIX: &str = "copy the bot token again from the Developer Portal (Bot > Reset Token)";

/// The gateway intents the bot needs: guild and direct messages (mentions and DMs carry their
/// text without privileges); the privileged message-content intent only when auto-answer may
/// be on somewhere, where the bot reads messages not addressed to it.
pub fn intents(config: &DiscordConfig) -> GatewayIntents {
    let mut intents = GatewayIntents::GUILDS | GatewayIntents::GUILD_MESSAGES | GatewayIntents::DIRECT_MESSAGES;
    if config.message_content {
        intents |= GatewayIntents::MESSAGE_CONTENT;
    }
    intents
}

/// The REST client: through `DISCORD_API_URL` when it is not Discord itself. serenity's rate
/// limiter always calls discord.com, so with a proxy it is off and [`send`] retries 429s.
pub fn http_client(config: &DiscordConfig) -> Http {
    let builder = HttpBuilder::new(config.token.expose());
    if config.api_url == DISCORD {
        builder.build()
    } else {
        builder.proxy(config.api_url.clone()).ratelimiter_disabled(true).build()
    }
}

/// The URL that adds the bot to a server with the scopes and permissions it needs.
pub fn invite_url(application_id: u64) -> String {
    format!(
        "https://discord.com/oauth2/authorize?client_id={application_id}&scope=bot%20applications.commands&permissions={PERMISSIONS}"
    )
}

/// The Discord gateway as a [`Platform`]: slash commands, mentions, DMs and auto-answer
/// channels over one connection.
#[derive(Debug)]
pub struct Discord {
    config: DiscordConfig,
}

impl Discord {
    /// The gateway platform for these settings; nothing connects before [`Platform::start`].
    pub fn new(config: DiscordConfig) -> Discord {
        Discord { config }
    }
}

impl Platform for Discord {
    fn name(&self) -> &'static str {
        PLATFORM
    }

    /// Checks the token first, so a bad one fails the start with one clear line instead of a
    /// loop of retries; then builds the client, whose connection runs until `services.stop`.
    fn start(self: Box<Self>, services: Services) -> Starting {
        Box::pin(async move {
            let config = self.config;
            if let Err(err) = http_client(&config).get_current_user().await {
                return Err(match unsuccessful_status(&err) {
                    Some(401) => bad_token(),
                    Some(status) => PlatformError::other(
                        PLATFORM,
                        format_args!(
                            "checking DISCORD_TOKEN at {} got HTTP {status}; check DISCORD_API_URL",
                            config.api_url
                        ),
                    ),
                    None => PlatformError::Unreachable {
                        platform: PLATFORM,
                        url: config.api_url.clone(),
                        checking: "DISCORD_TOKEN",
                        variable: "DISCORD_API_URL",
                        reason: PlatformError::cause(&err),
                    },
                });
            }
            let http = http_client(&config);
            let intents = intents(&config);
            let handler = Handler {
                services: services.clone(),
                config,
                me: OnceLock::new(),
                connected_before: AtomicBool::new(false),
            };
            let mut client = ClientBuilder::new_with_http(http, intents)
                .event_handler(handler)
                .await
                .map_err(|err| PlatformError::other(PLATFORM, format_args!("the client did not start: {err}")))?;
            let shards = client.shard_manager.clone();
            let stop = services.stop.clone();
            tokio::spawn(async move {
                stop.cancelled().await;
                shards.shutdown_all().await;
            });
            let running: Running = Box::pin(async move { client.start().await.map_err(gateway_error) });
            Ok(running)
        })
    }
}

/// The error for a token Discord refused, at start-up or on the gateway.
fn bad_token() -> PlatformError {
    PlatformError::Refused { platform: PLATFORM, variable: "DISCORD_TOKEN", code: None, fix: TOKEN_FIX }
}

/// What ended the gateway connection, with what to fix when the operator can.
fn gateway_error(err: serenity::Error) -> PlatformError {
    use serenity::gateway::GatewayError;
    match err {
        serenity::Error::Gateway(GatewayError::InvalidAuthentication) => bad_token(),
        serenity::Error::Gateway(GatewayError::DisallowedGatewayIntents | GatewayError::InvalidGatewayIntents) => {
            PlatformError::Refused {
                platform: PLATFORM,
                variable: "DISCORD_AUTO_ANSWER_CHANNELS",
                code: Some("the gateway refused the message content intent".to_owned()),
                fix: "enable MESSAGE CONTENT INTENT under Bot > Privileged Gateway Intents, or clear DISCORD_AUTO_ANSWER_CHANNELS",
            }
        }
        other => PlatformError::other(PLATFORM, format_args!("the client stopped: {other}")),
    }
}

/// The HTTP status of a failed REST call, if it got that far.
fn unsuccessful_status(err: &serenity::Error) -> Option<u16> {
    match err {
        serenity::Error::Http(HttpError::UnsuccessfulRequest(response)) => Some(response.status_code.as_u16()),
        _ => None,
    }
}

/// Sends a request, waiting and trying again while Discord answers 429. (With serenity's rate
/// limiter on, it never sees a 429; with a proxy the limiter is off and this takes its place.)
pub async fn send<T, F, Fut>(mut attempt: F) -> serenity::Result<T>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = serenity::Result<T>>,
{
    let mut wait = Duration::from_millis(250);
    for _ in 1..RATE_LIMIT_TRIES {
        match attempt().await {
            Err(err) if unsuccessful_status(&err) == Some(429) => {
                tracing::warn!(wait_ms = wait.as_millis() as u64, "Discord rate limit; trying again");
                tokio::time::sleep(wait).await;
                wait *= 2;
            }
            other => return other,
        }
    }
    attempt().await
}

/// The gateway event handler: converts events, asks the bot, sends the reply.
struct Handler {
    services: Services,
    config: DiscordConfig,
    me: OnceLock<UserId>,
    connected_before: AtomicBool,
}

impl Handler {
    /// The gateway: files attach, and auto-answer works where the configuration allows.
    fn surface(&self) -> commands::Surface {
        commands::Surface {
            files: commands::Files::Attach,
            auto_answer_channels: self.config.auto_answer_channels.clone(),
            message_content: self.config.message_content,
        }
    }

    fn connected(&self) {
        self.services.readiness.set(PLATFORM, true);
        if self.connected_before.swap(true, Ordering::SeqCst) {
            self.services.bot.metrics().reconnected(PLATFORM);
        }
    }
}

/// The text of a message without mentions of the bot.
fn without_mention(content: &str, me: UserId) -> String {
    content.replace(&format!("<@{me}>"), " ").replace(&format!("<@!{me}>"), " ").trim().to_owned()
}

#[async_trait]
impl EventHandler for Handler {
    async fn ready(&self, ctx: Context, ready: Ready) {
        let _ = self.me.set(ready.user.id);
        let commands = commands::definitions();
        let registered = match self.config.guild_id {
            Some(guild) => GuildId::new(guild).set_commands(&ctx.http, commands).await,
            None => serenity::all::Command::set_global_commands(&ctx.http, commands).await,
        };
        match registered {
            Ok(list) => {
                tracing::info!(commands = list.len(), guild = ?self.config.guild_id, "slash commands registered")
            }
            Err(err) => tracing::error!("registering slash commands failed: {err}"),
        }
        tracing::info!(user = %ready.user.name, invite = %invite_url(ready.application.id.get()), "connected to Discord");
        self.connected();
    }

    async fn resume(&self, _ctx: Context, _event: ResumedEvent) {
        self.connected();
    }

    async fn shard_stage_update(&self, _ctx: Context, event: ShardStageUpdateEvent) {
        if event.old == ConnectionStage::Connected && event.new != ConnectionStage::Connected {
            tracing::warn!(stage = ?event.new, "Discord connection lost; reconnecting");
            self.services.readiness.set(PLATFORM, false);
        }
    }

    async fn message(&self, ctx: Context, msg: DiscordMessage) {
        if self.services.closing.is_cancelled() {
            return;
        }
        let Some(&me) = self.me.get() else { return };
        let _in_flight = self.services.in_flight.token();
        let reach = if msg.guild_id.is_none() {
            Reach::Direct
        } else if msg.mentions_user_id(me) {
            Reach::Mention
        } else {
            Reach::Channel
        };
        let text = without_mention(&msg.content, me);
        let channel = msg.channel_id.get().to_string();
        let scope = msg.guild_id.map_or_else(|| "direct".to_owned(), |g| g.get().to_string());
        let message = Message {
            platform: PLATFORM,
            scope: &scope,
            channel: &channel,
            text: &text,
            reach,
            from_bot: msg.author.bot || msg.author.id == me,
            auto_answer: self.config.auto_answer_channels.contains(&msg.channel_id.get()),
        };
        let Some(answer) = self.services.bot.on_message(&message, Instant::now()).await else { return };
        let reply = render::render(&answer);
        let picture = self.services.bot.picture(&answer);
        let sent = send(|| {
            let mut embed = reply.create_embed();
            let mut message = CreateMessage::new();
            if let Some(png) = &picture {
                embed = embed.image(format!("attachment://{}", commands::MAP_FILE));
                message = message.add_file(CreateAttachment::bytes(png.to_vec(), commands::MAP_FILE));
            }
            let message = message
                .embed(embed)
                .components(reply.create_components())
                .reference_message(&msg)
                .allowed_mentions(CreateAllowedMentions::new().replied_user(false));
            msg.channel_id.send_message(&ctx.http, message)
        })
        .await;
        if let Err(err) = sent {
            tracing::error!("replying on Discord failed: {err}");
        }
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        if self.services.closing.is_cancelled() {
            return;
        }
        let _in_flight = self.services.in_flight.token();
        let Some(response) = commands::respond(&self.services.bot, &interaction, &self.surface()) else {
            return;
        };
        let sent = send(|| create_response(&ctx, &interaction, response.clone())).await;
        if let Err(err) = sent {
            tracing::error!("answering a Discord interaction failed: {err}");
        }
    }
}

async fn create_response(
    ctx: &Context,
    interaction: &Interaction,
    response: CreateInteractionResponse,
) -> serenity::Result<()> {
    match interaction {
        Interaction::Command(i) | Interaction::Autocomplete(i) => i.create_response(&ctx.http, response).await,
        Interaction::Component(i) => i.create_response(&ctx.http, response).await,
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Secret;

    fn config(channels: Vec<u64>) -> DiscordConfig {
        DiscordConfig {
            token: Secret::new("t"),
            api_url: DISCORD.to_owned(),
            guild_id: None,
            message_content: !channels.is_empty(),
            auto_answer_channels: channels,
        }
    }

    #[test]
    fn message_content_is_asked_for_only_with_auto_answer_channels() {
        assert!(!intents(&config(vec![])).contains(GatewayIntents::MESSAGE_CONTENT));
        assert!(intents(&config(vec![42])).contains(GatewayIntents::MESSAGE_CONTENT));
    }

    #[test]
    fn invite_url_asks_for_bot_and_commands_scopes() {
        let url = invite_url(123);
        assert!(url.contains("client_id=123") && url.contains("scope=bot%20applications.commands"), "{url}");
    }

    #[test]
    fn mentions_of_the_bot_are_removed_from_the_question() {
        assert_eq!(without_mention("<@42> what is a po?", UserId::new(42)), "what is a po?");
        assert_eq!(without_mention("hey <@!42>, pm vs po", UserId::new(42)), "hey  , pm vs po");
    }
}
