//! What the Slack adapter does with each thing Slack sends, as thin functions over [`Bot`]:
//! a slash command becomes its answer; a mention, a direct message or a message in an
//! auto-answer channel becomes a reply in a thread; a button press answers its follow-up.
//! Socket Mode and HTTP mode both call these.
//!
//! [`Bot`]: crate::bot::Bot

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Instant;

use slack_morphism::errors::SlackClientError;
use slack_morphism::prelude::{
    SlackApiFilesComplete, SlackApiFilesCompleteUploadExternalRequest, SlackApiFilesGetUploadUrlExternalRequest,
    SlackApiFilesUploadViaUrlRequest, SlackApiToken, SlackApiUsersInfoRequest, SlackBlock, SlackChannelId,
    SlackCommandEvent, SlackCommandEventResponse, SlackEventCallbackBody, SlackHyperClient, SlackImageBlock,
    SlackImageUrlOrFile, SlackInteractionActionContainer, SlackInteractionBlockActionsEvent, SlackInteractionEvent,
    SlackMessageContent, SlackMessageResponseType, SlackPushEventCallback, SlackTs, SlackUserId,
};

use super::commands::Commands;
use super::reply::{Destination, Reply, ResponseUrls, Visibility};
use super::{mention, render, PLATFORM};
use crate::answer::Answer;
use crate::bot::{Message, Origin, Reach};
use crate::channels::{Change, Key};
use crate::commands;
use crate::config::SlackConfig;
use crate::feedback::{Vote, THANKS};
use crate::platform::Services;
use crate::understand::grammar;

/// The adapter's state: the bot and its services, the Web API client, and who the bot is.
#[derive(Debug)]
pub struct Handler {
    services: Services,
    client: Arc<SlackHyperClient>,
    token: SlackApiToken,
    commands: Commands,
    auto_answer_channels: Vec<String>,
    /// Where a button press's `response_url` may point.
    response_urls: ResponseUrls,
    /// The bot's user id, learned from `auth.test`, to strip its mention from questions.
    bot_user: OnceLock<String>,
    /// Socket Mode hellos so far: every one after the first is a reconnection.
    hellos: AtomicU64,
    /// Where Slack can fetch `/map.png`; without it, role maps are uploaded as files.
    public_url: Option<String>,
    /// Who may change channel settings besides the workspace's admins and owners.
    settings_users: Vec<String>,
}

/// A message event that may deserve an answer, in the terms [`Bot`](crate::bot::Bot) uses.
struct Incoming {
    channel: String,
    thread_ts: String,
    text: String,
    reach: Reach,
    from_bot: bool,
}

impl Handler {
    pub fn new(config: &SlackConfig, client: Arc<SlackHyperClient>, services: Services) -> Handler {
        Handler {
            services,
            client,
            token: SlackApiToken::new(config.bot_token.expose().into()),
            commands: Commands::new(&config.command_prefix),
            auto_answer_channels: config.auto_answer_channels.clone(),
            response_urls: ResponseUrls::new(&config.api_url),
            bot_user: OnceLock::new(),
            hellos: AtomicU64::new(0),
            public_url: config.public_url.clone(),
            settings_users: config.settings_users.clone(),
        }
    }

    /// The message for an answer, with its role map as an image block when Slack can fetch the
    /// picture from this server.
    fn message(&self, answer: &Answer) -> SlackMessageContent {
        let mut content = render::message(answer, &self.commands.syntax());
        if let (Some(base), Some(picture)) = (&self.public_url, &answer.picture) {
            let blocks = content.blocks.get_or_insert_with(Vec::new);
            let url = url::Url::parse(&format!("{base}/{}", crate::map::address(picture)));
            if let (Ok(url), true) = (url, blocks.len() < render::MAX_BLOCKS) {
                let image = SlackImageUrlOrFile::ImageUrl { image_url: url };
                // above the buttons
                let at = blocks.iter().position(|b| matches!(b, SlackBlock::Actions(_))).unwrap_or(blocks.len());
                blocks.insert(at, SlackImageBlock::new(image, "Map of product roles".to_owned()).into());
            }
        }
        content
    }

    /// Uploads an answer's role map to a channel (in a thread, when given), after the answer,
    /// when Slack cannot fetch it from this server; in the background, tracked like a reply.
    fn upload_picture(&self, answer: &Answer, channel: String, thread_ts: Option<String>) {
        if self.public_url.is_some() || answer.picture.is_none() {
            return;
        }
        let Some(png) = self.services.bot.picture(answer) else { return };
        let (client, token) = (self.client.clone(), self.token.clone());
        let title = answer.title.clone();
        self.services.in_flight.spawn(async move {
            if let Err(err) = upload(&client, &token, &png, &title, channel, thread_ts).await {
                tracing::error!("the role map was not uploaded to Slack: {err}");
            }
        });
    }

    /// The Web API client.
    pub fn client(&self) -> &Arc<SlackHyperClient> {
        &self.client
    }

    /// The bot and the process's readiness and shutdown signals.
    pub fn services(&self) -> &Services {
        &self.services
    }

    /// Asks Slack who the bot is (`auth.test`), which also checks the bot token.
    pub async fn identify(&self) -> Result<(), SlackClientError> {
        let me = self.client.open_session(&self.token).auth_test().await?;
        tracing::info!(user = %me.user_id.0, team = %me.team, "Slack accepted the bot token");
        let _ = self.bot_user.set(me.user_id.0);
        Ok(())
    }

    /// Counts a Socket Mode hello: Slack is ready, and after the first hello, reconnected.
    pub fn hello(&self) {
        if self.hellos.fetch_add(1, Ordering::Relaxed) == 0 {
            tracing::info!("connected to Slack (Socket Mode)");
        } else {
            self.services.bot.metrics().reconnected(PLATFORM);
            tracing::info!("reconnected to Slack (Socket Mode)");
        }
        self.services.readiness.set(PLATFORM, true);
    }

    /// Whether shutdown has begun, after which no new event is taken.
    pub fn closing(&self) -> bool {
        self.services.closing.is_cancelled()
    }

    /// The reply to a slash command: the answer itself, so that it is in the acknowledgement
    /// Slack waits 3 seconds for. Visible in the channel, except errors and unknown roles.
    pub async fn command(&self, event: &SlackCommandEvent) -> SlackCommandEventResponse {
        let _composing = self.services.in_flight.token();
        let text = event.text.as_deref().unwrap_or_default();
        if self.commands.is_settings(&event.command.0) {
            let reply = self.settings(event, text).await;
            return SlackCommandEventResponse::new(SlackMessageContent::new().with_text(reply))
                .with_response_type(SlackMessageResponseType::Ephemeral);
        }
        let Some(spec) = self.commands.spec(&event.command.0) else {
            tracing::warn!(command = %event.command.0, "a slash command that is not rolecall's; check SLACK_COMMAND_PREFIX");
            let sentence = format!("I don't know that command; try {}.", self.commands.help());
            return SlackCommandEventResponse::new(SlackMessageContent::new().with_text(sentence))
                .with_response_type(SlackMessageResponseType::Ephemeral);
        };
        let said = format!("{} {text}", event.command.0);
        let origin = Origin { direct: event.channel_id.0.starts_with('D'), ..Origin::new(PLATFORM, &said) };
        let answer = self.services.bot.respond(origin, |store| grammar::run(store, spec, text));
        let response_type =
            if answer.unanswered { SlackMessageResponseType::Ephemeral } else { SlackMessageResponseType::InChannel };
        if !answer.unanswered {
            self.upload_picture(&answer, event.channel_id.0.clone(), None);
        }
        SlackCommandEventResponse::new(self.message(&answer)).with_response_type(response_type)
    }

    /// The settings command: shows the channel's settings, or changes them for a workspace
    /// admin or owner, or a user the operator lists; the reply is for the asker only.
    async fn settings(&self, event: &SlackCommandEvent, text: &str) -> String {
        let change = match Change::parse(text) {
            Ok(change) => change,
            Err(problem) => return problem,
        };
        let key = Key::new(PLATFORM, &event.team_id.0, &event.channel_id.0);
        let default = self.auto_answer_channels.contains(&event.channel_id.0);
        if change.is_empty() {
            return self.services.bot.channel(&key, default).describe();
        }
        if !self.may_change_settings(&event.user_id.0).await {
            return "Only workspace admins and owners, and the people the operator lists, change these settings."
                .to_owned();
        }
        self.services.bot.set_channel(&key, change, default).describe()
    }

    /// Whether a user may change settings: listed by the operator, or a workspace admin or
    /// owner by `users.info`. A Slack that does not answer says no.
    async fn may_change_settings(&self, user: &str) -> bool {
        if self.settings_users.iter().any(|u| u == user) {
            return true;
        }
        let request = SlackApiUsersInfoRequest::new(SlackUserId(user.to_owned()));
        let session = self.client.open_session(&self.token);
        let asked = session.users_info(&request);
        match tokio::time::timeout(std::time::Duration::from_secs(2), asked).await {
            Ok(Ok(info)) => {
                let flags = &info.user.flags;
                [flags.is_admin, flags.is_owner, flags.is_primary_owner].contains(&Some(true))
            }
            Ok(Err(err)) => {
                tracing::warn!("cannot tell whether a user is a workspace admin (users.info needs users:read): {err}");
                false
            }
            Err(_) => {
                tracing::warn!("Slack was slow to say whether a user is a workspace admin");
                false
            }
        }
    }

    /// Answers a pushed event in a thread under the message, when the bot should: mentions and
    /// direct messages always, auto-answer channels when confident; never bots or edits, and
    /// never an event taken before, by this process or another replica.
    pub async fn event(&self, callback: SlackPushEventCallback) {
        let _composing = self.services.in_flight.token();
        if !self.services.bot.first_delivery(PLATFORM, &callback.event_id.0).await {
            tracing::debug!("an event delivered again; it was taken the first time");
            return;
        }
        let scope = callback.team_id.0.clone();
        let Some(incoming) = self.incoming(callback.event) else { return };
        let message = Message {
            platform: PLATFORM,
            scope: &scope,
            channel: &incoming.channel,
            text: &incoming.text,
            reach: incoming.reach,
            from_bot: incoming.from_bot,
            auto_answer: self.auto_answer_channels.contains(&incoming.channel),
        };
        let Some(answer) = self.services.bot.on_message(&message, Instant::now()).await else { return };
        let content = self.message(&answer);
        self.upload_picture(&answer, incoming.channel.clone(), Some(incoming.thread_ts.clone()));
        let destination =
            Destination::Thread { channel: SlackChannelId(incoming.channel), thread_ts: SlackTs(incoming.thread_ts) };
        self.send(Reply { destination, content });
    }

    /// Answers the follow-up a pressed button carries, where its message is: replacing an
    /// ephemeral message, in the thread of a reply, or as a new message under a command's answer.
    /// A press whose response URL is not Slack's is refused whole, with a warning.
    pub fn action(&self, event: SlackInteractionEvent) {
        let SlackInteractionEvent::BlockActions(event) = event else { return };
        if let Some(vote) = event
            .actions
            .iter()
            .flatten()
            .find(|action| action.action_id.0.starts_with(render::VOTE_ACTION))
            .and_then(|action| Vote::decode(action.value.as_deref()?))
        {
            self.vote(&event, vote);
            return;
        }
        let Some(action) = event
            .actions
            .iter()
            .flatten()
            .find(|action| action.action_id.0.starts_with(render::FOLLOW_UP_ACTION))
            .and_then(|action| commands::decode(action.value.as_deref()?))
        else {
            return;
        };
        if let Some(url) = event.response_url.as_ref().filter(|url| !self.response_urls.allows(&url.0)) {
            // the host only: the rest of a response URL is a credential
            let host = url.0.host_str().unwrap_or_default();
            tracing::warn!(scheme = url.0.scheme(), host, "refused a button press whose response URL is not Slack's");
            return;
        }
        let _composing = self.services.in_flight.token();
        let said = format!("/{}", commands::encode(&action));
        let direct = event.channel.as_ref().is_some_and(|c| c.id.0.starts_with('D'));
        let origin = Origin { direct, ..Origin::new(PLATFORM, &said) };
        let answer = self.services.bot.respond(origin, |store| commands::resolve(store, &action));
        let Some(destination) = button_destination(&event, &answer, action.full) else {
            tracing::warn!("a button press with neither a response URL nor a channel; nowhere to answer");
            return;
        };
        if let Destination::Thread { channel, thread_ts } = &destination {
            self.upload_picture(&answer, channel.0.clone(), Some(thread_ts.0.clone()));
        }
        self.send(Reply { destination, content: self.message(&answer) });
    }

    /// Counts a vote and thanks the voter privately, through the response URL.
    fn vote(&self, event: &SlackInteractionBlockActionsEvent, vote: Vote) {
        let Some(user) = &event.user else {
            tracing::warn!("a vote with no user; not counted");
            return;
        };
        self.services.bot.vote(PLATFORM, &user.id.0, vote);
        let Some(url) = event.response_url.clone().filter(|url| self.response_urls.allows(&url.0)) else { return };
        let content = SlackMessageContent::new().with_text(THANKS.to_owned());
        self.send(Reply { destination: Destination::ResponseUrl { url, visibility: Visibility::Ephemeral }, content });
    }

    /// The message in an event, if it is one the bot may answer.
    fn incoming(&self, body: SlackEventCallbackBody) -> Option<Incoming> {
        let bot = self.bot_user.get().map(String::as_str);
        let strip = |text: &str| match bot {
            Some(bot) => mention::strip(text, bot),
            None => text.trim().to_owned(),
        };
        match body {
            SlackEventCallbackBody::AppMention(event) if event.edited.is_none() => Some(Incoming {
                thread_ts: event.origin.thread_ts.unwrap_or(event.origin.ts).0,
                text: strip(event.content.text.as_deref().unwrap_or_default()),
                from_bot: bot == Some(event.user.0.as_str()),
                channel: event.channel.0,
                reach: Reach::Mention,
            }),
            // edits, joins, bot posts and the like carry a subtype; only fresh human messages count
            SlackEventCallbackBody::Message(event) if event.subtype.is_none() => {
                let text = event.content.and_then(|c| c.text).unwrap_or_default();
                let direct = event.origin.channel_type.as_ref().is_some_and(|t| t.0 == "im");
                if !direct && bot.is_some_and(|bot| mention::mentions(&text, bot)) {
                    // its app_mention event is the one answered
                    return None;
                }
                Some(Incoming {
                    channel: event.origin.channel?.0,
                    thread_ts: event.origin.thread_ts.unwrap_or(event.origin.ts).0,
                    text: strip(&text),
                    reach: if direct { Reach::Direct } else { Reach::Channel },
                    from_bot: event.sender.bot_id.is_some()
                        || bot.is_some_and(|b| event.sender.user.is_some_and(|u| u.0 == b)),
                })
            }
            _ => None,
        }
    }

    /// Delivers a reply in the background, tracked so that shutdown waits for it.
    fn send(&self, reply: Reply) {
        let client = self.client.clone();
        let token = self.token.clone();
        self.services.in_flight.spawn(async move {
            if let Err(err) = reply.deliver(&client, &token).await {
                tracing::error!("a Slack reply was not delivered: {err}");
            }
        });
    }
}

/// Slack's file upload: ask for an upload URL, send the bytes there, then share the file in
/// the channel (and thread).
async fn upload(
    client: &SlackHyperClient,
    token: &SlackApiToken,
    png: &[u8],
    title: &str,
    channel: String,
    thread_ts: Option<String>,
) -> Result<(), SlackClientError> {
    let session = client.open_session(token);
    let file = crate::discord::commands::MAP_FILE;
    let target = session
        .get_upload_url_external(
            &SlackApiFilesGetUploadUrlExternalRequest::new(file.to_owned(), png.len())
                .with_alt_txt("Map of product roles".to_owned()),
        )
        .await?;
    session
        .files_upload_via_url(&SlackApiFilesUploadViaUrlRequest::new(
            target.upload_url,
            png.to_vec(),
            "image/png".to_owned(),
        ))
        .await?;
    let shared = SlackApiFilesComplete::new(target.file_id).with_title(title.to_owned());
    let request = SlackApiFilesCompleteUploadExternalRequest::new(vec![shared])
        .with_channel_id(SlackChannelId(channel))
        .opt_thread_ts(thread_ts.map(SlackTs));
    session.files_complete_upload_external(&request).await?;
    Ok(())
}

/// Where the answer to a button press goes. An ephemeral message can only be replaced through
/// its response URL; a reply in a thread (the bot's own, so it can post there) gets the answer
/// in that thread; a command's answer, top-level and perhaps in a channel the bot has not
/// joined, gets a new message through the response URL.
/// The whole answer (`full`) under a command's answer goes to the asker only.
fn button_destination(event: &SlackInteractionBlockActionsEvent, answer: &Answer, full: bool) -> Option<Destination> {
    let (message_ts, container_channel, ephemeral) = match &event.container {
        SlackInteractionActionContainer::Message(c) => {
            (Some(c.message_ts.clone()), c.channel_id.clone(), c.is_ephemeral == Some(true))
        }
        _ => (None, None, false),
    };
    let channel = container_channel.or_else(|| event.channel.as_ref().map(|c| c.id.clone()));
    let in_thread =
        event.message.as_ref().and_then(|m| m.origin.thread_ts.clone().filter(|thread| *thread != m.origin.ts));
    let response_url = event.response_url.clone();
    match (ephemeral, in_thread, channel, response_url) {
        (true, _, _, Some(url)) => Some(Destination::ResponseUrl { url, visibility: Visibility::ReplaceOriginal }),
        (false, Some(thread_ts), Some(channel), _) => Some(Destination::Thread { channel, thread_ts }),
        (false, None, _, Some(url)) => {
            let visibility = if answer.unanswered || full { Visibility::Ephemeral } else { Visibility::InChannel };
            Some(Destination::ResponseUrl { url, visibility })
        }
        (false, _, Some(channel), None) => message_ts.map(|thread_ts| Destination::Thread { channel, thread_ts }),
        _ => None,
    }
}
