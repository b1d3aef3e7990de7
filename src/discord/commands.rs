//! The slash commands, registered from the catalogue, and how any interaction (command,
//! autocomplete, button) is answered. Shared by the gateway and the HTTP interactions endpoint.
//! Options reach the core typed, and buttons carry typed actions.

use serenity::all::{
    CommandDataOption, CommandDataOptionValue, CommandInteraction, CommandOptionType, ComponentInteraction,
    CreateAllowedMentions, CreateAttachment, CreateAutocompleteResponse, CreateCommand, CreateCommandOption,
    CreateInteractionResponse, CreateInteractionResponseMessage, Interaction, MessageFlags, Permissions,
};

use super::render::{clip, render, FOLLOW_UP_PREFIX, VOTE_PREFIX};
use crate::answer::Answer;
use crate::bot::{Bot, Origin};
use crate::channels::{Change, Key};
use crate::commands::{self, Arg, ArgKind, Spec, CATALOGUE};
use crate::feedback::{Vote, THANKS};
use crate::suggest::{self, MAX_SUGGESTIONS};

const PLATFORM: &str = "discord";

/// Longest text a text option takes.
const MAX_TEXT_OPTION: u16 = 300;

fn option(arg: &Arg) -> CreateCommandOption {
    match arg.kind {
        ArgKind::Role | ArgKind::Subject | ArgKind::Origin => {
            CreateCommandOption::new(CommandOptionType::String, arg.name, arg.about)
                .required(arg.required)
                .set_autocomplete(true)
        }
        ArgKind::Text => CreateCommandOption::new(CommandOptionType::String, arg.name, arg.about)
            .required(arg.required)
            .max_length(MAX_TEXT_OPTION),
    }
}

fn private_option() -> CreateCommandOption {
    CreateCommandOption::new(CommandOptionType::Boolean, "private", "Only you see the answer")
}

/// The registration of one command of the catalogue: its options, required ones first as
/// Discord demands, then the private flag every command has.
pub fn definition(spec: &Spec) -> CreateCommand {
    let required = spec.args.iter().filter(|a| a.required);
    let optional = spec.args.iter().filter(|a| !a.required);
    let options = required.chain(optional).map(option).chain([private_option()]);
    CreateCommand::new(spec.name).description(spec.about).set_options(options.collect())
}

/// The admins' command, outside the catalogue: it asks nothing about roles.
pub const SETTINGS: &str = "settings";

/// `/settings`: auto-answer and its cooldown in the current channel, for members who may
/// manage the server (Discord hides it from others and refuses it in direct messages).
pub fn settings_definition() -> CreateCommand {
    let auto_answer = CreateCommandOption::new(
        CommandOptionType::String,
        "auto_answer",
        "Answer confident questions about product roles here without being asked",
    )
    .add_string_choice("on", "on")
    .add_string_choice("off", "off");
    let cooldown = CreateCommandOption::new(
        CommandOptionType::Integer,
        "cooldown",
        "Seconds between unprompted answers in this channel",
    )
    .min_int_value(0)
    .max_int_value(crate::channels::MAX_COOLDOWN.as_secs());
    CreateCommand::new(SETTINGS)
        .description("Show or change how rolecall behaves in this channel (server managers)")
        .default_member_permissions(Permissions::MANAGE_GUILD)
        .dm_permission(false)
        .set_options(vec![auto_answer, cooldown])
}

/// Every command the bot registers: the whole catalogue, and `/settings`.
pub fn definitions() -> Vec<CreateCommand> {
    CATALOGUE.iter().map(|spec| definition(spec)).chain([settings_definition()]).collect()
}

/// What the place an interaction arrived through can do: attach files, and answer unprompted
/// (the gateway, with the configured auto-answer channels and the message-content intent).
#[derive(Debug, Clone, Default)]
pub struct Surface {
    pub files: Files,
    pub auto_answer_channels: Vec<u64>,
    pub message_content: bool,
}

/// The text a command is kept as when the bot cannot answer it: `/name value value`.
fn typed(name: &str, options: &[CommandDataOption]) -> String {
    let values = options.iter().filter_map(|o| o.value.as_str());
    std::iter::once(format!("/{name}")).chain(values.map(str::to_owned)).collect::<Vec<_>>().join(" ")
}

fn string<'a>(options: &'a [CommandDataOption], name: &str) -> Option<&'a str> {
    options.iter().find(|o| o.name == name).and_then(|o| o.value.as_str()).map(str::trim).filter(|s| !s.is_empty())
}

fn flag(options: &[CommandDataOption], name: &str) -> bool {
    options.iter().any(|o| o.name == name && matches!(o.value, CommandDataOptionValue::Boolean(true)))
}

/// The file name the role map is attached under.
pub const MAP_FILE: &str = "role-map.png";

/// Whether answers may carry the role map as an attachment: over the gateway the callback is
/// sent as a request of its own, which can carry files; an HTTP interaction is answered in the
/// response body, which here carries JSON only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Files {
    Attach,
    #[default]
    None,
}

/// A message carrying an answer, private when asked or when the bot could not answer, with the
/// role map in its embed when the answer has one and files can be sent.
fn answer_message(bot: &Bot, answer: &Answer, private: bool, files: Files) -> CreateInteractionResponseMessage {
    let reply = render(answer);
    let mut embed = reply.create_embed();
    let mut message = CreateInteractionResponseMessage::new();
    if let Some(png) = (files == Files::Attach).then(|| bot.picture(answer)).flatten() {
        embed = embed.image(format!("attachment://{MAP_FILE}"));
        message = message.add_file(CreateAttachment::bytes(png.to_vec(), MAP_FILE));
    }
    message
        .embed(embed)
        .components(reply.create_components())
        .ephemeral(private || answer.unanswered)
        .allowed_mentions(CreateAllowedMentions::new())
}

/// The response to any interaction; `None` for kinds the bot does not use.
pub fn respond(bot: &Bot, interaction: &Interaction, surface: &Surface) -> Option<CreateInteractionResponse> {
    match interaction {
        Interaction::Ping(_) => Some(CreateInteractionResponse::Pong),
        Interaction::Command(command) if command.data.name == SETTINGS => Some(settings(bot, command, surface)),
        Interaction::Command(command) => Some(respond_to_command(bot, command, surface.files)),
        Interaction::Autocomplete(command) => Some(autocomplete(bot, command)),
        Interaction::Component(component) => respond_to_button(bot, component, surface.files),
        _ => None,
    }
}

/// A private reply of plain text.
fn private(text: String) -> CreateInteractionResponse {
    CreateInteractionResponse::Message(
        CreateInteractionResponseMessage::new()
            .content(text)
            .ephemeral(true)
            .allowed_mentions(CreateAllowedMentions::new()),
    )
}

/// `/settings`: shows the channel's settings, or changes them for a member who may manage the
/// server. Discord enforces that through the command's default permissions; the member's
/// permissions in the interaction are checked again, as a server can grant the command wider.
fn settings(bot: &Bot, command: &CommandInteraction, surface: &Surface) -> CreateInteractionResponse {
    let Some(guild) = command.guild_id else {
        return private("Settings are made in a server channel, not in direct messages.".to_owned());
    };
    let options = &command.data.options;
    let mut change = Change::default();
    if let Some(on) = string(options, "auto_answer") {
        change.auto_answer = Some(on == "on");
    }
    if let Some(secs) = options.iter().find(|o| o.name == "cooldown").and_then(|o| o.value.as_i64()) {
        match Change::cooldown_secs(secs) {
            Ok(cooldown) => change.cooldown = Some(cooldown),
            Err(problem) => return private(problem),
        }
    }
    let key = Key::new(PLATFORM, &guild.get().to_string(), &command.channel_id.get().to_string());
    let default = surface.auto_answer_channels.contains(&command.channel_id.get());
    if change.is_empty() {
        return private(bot.channel(&key, default).describe());
    }
    let may = command.member.as_ref().and_then(|m| m.permissions).is_some_and(|p| p.manage_guild());
    if !may {
        return private("Only members who can manage this server change its settings.".to_owned());
    }
    let now = bot.set_channel(&key, change, default);
    let mut text = now.describe();
    if now.auto_answer && !surface.message_content {
        text.push_str(
            " Note: this bot does not read messages it is not mentioned in (the operator turns on \
             DISCORD_MESSAGE_CONTENT and the Message Content intent), so for now it answers only mentions here.",
        );
    }
    private(text)
}

/// A command's typed options go to the core as they are: no text is built to be read again.
fn respond_to_command(bot: &Bot, command: &CommandInteraction, files: Files) -> CreateInteractionResponse {
    let options = &command.data.options;
    let message = match commands::named(&command.data.name) {
        Some(spec) => {
            let said = typed(&command.data.name, options);
            let origin = Origin { direct: command.guild_id.is_none(), ..Origin::new(PLATFORM, &said) };
            let answer = bot.respond(origin, |store| spec.run_options(store, |name| string(options, name)));
            answer_message(bot, &answer, flag(options, "private"), files)
        }
        None => CreateInteractionResponseMessage::new()
            .content("I don't have that command any more; try /help.")
            .ephemeral(true)
            .allowed_mentions(CreateAllowedMentions::new()),
    };
    CreateInteractionResponse::Message(message)
}

/// Role suggestions for the option being typed; for an option that also takes a product term
/// (`/whatis`), the terms after the roles.
fn autocomplete(bot: &Bot, command: &CommandInteraction) -> CreateInteractionResponse {
    let focused = command.data.autocomplete();
    let typed = focused.as_ref().map(|o| o.value).unwrap_or_default();
    let takes_terms = commands::named(&command.data.name)
        .and_then(|spec| spec.args.iter().find(|a| focused.as_ref().is_some_and(|f| f.name == a.name)))
        .is_some_and(|arg| arg.kind == ArgKind::Subject);
    let store = bot.knowledge().store();
    let popular: Vec<_> = bot.most_asked(MAX_SUGGESTIONS).iter().filter_map(|id| store.find(id)).collect();
    let roles = suggest::complete(&store, typed, &popular, MAX_SUGGESTIONS);
    let terms = match takes_terms {
        true => suggest::terms(&store, typed, MAX_SUGGESTIONS - roles.len()),
        false => Vec::new(),
    };
    let choices = roles
        .iter()
        .map(|&r| (store[r].name.clone(), &store[r].id))
        .chain(terms.iter().map(|&t| (store[t].title(), &store[t].id)));
    let mut response = CreateAutocompleteResponse::new();
    for (name, id) in choices {
        response = response.add_string_choice(clip(&name, 100), id.clone());
    }
    CreateInteractionResponse::Autocomplete(response)
}

/// A button: a follow-up, whose custom id carries the action to answer, or a vote, counted and
/// thanked privately. No state is kept for either.
fn respond_to_button(bot: &Bot, component: &ComponentInteraction, files: Files) -> Option<CreateInteractionResponse> {
    if let Some(vote) = component.data.custom_id.strip_prefix(VOTE_PREFIX).and_then(Vote::decode) {
        bot.vote(PLATFORM, &component.user.id.get().to_string(), vote);
        return Some(private(THANKS.to_owned()));
    }
    let encoded = component.data.custom_id.strip_prefix(FOLLOW_UP_PREFIX)?;
    let action = commands::decode(encoded)?;
    // the whole answer is for the one who asked for it, not a second post in the channel
    let private = action.full || component.message.flags.is_some_and(|f| f.contains(MessageFlags::EPHEMERAL));
    let said = format!("/{encoded}");
    let origin = Origin { direct: component.guild_id.is_none(), ..Origin::new(PLATFORM, &said) };
    let answer = bot.respond(origin, |store| commands::resolve(store, &action));
    Some(CreateInteractionResponse::Message(answer_message(bot, &answer, private, files)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_of_the_catalogue_is_registered_with_its_options() {
        let registered: Vec<serde_json::Value> =
            definitions().iter().map(|c| serde_json::to_value(c).unwrap()).collect();
        assert_eq!(registered.len(), CATALOGUE.len() + 1, "the catalogue and /settings");
        for (json, spec) in registered.iter().zip(CATALOGUE) {
            assert_eq!(json["name"], spec.name);
            assert_eq!(json["description"], spec.about);
            let options = json["options"].as_array().unwrap();
            let names: Vec<&str> = options.iter().map(|o| o["name"].as_str().unwrap()).collect();
            assert_eq!(names.len(), spec.args.len() + 1, "{}: its arguments and the private flag", spec.name);
            assert_eq!(names.last(), Some(&"private"));
            let required: Vec<bool> = options.iter().map(|o| o["required"].as_bool().unwrap_or(false)).collect();
            assert!(required.windows(2).all(|w| w[0] || !w[1]), "{}: required options come first", spec.name);
            for arg in spec.args {
                let o = options.iter().find(|o| o["name"] == arg.name).expect("registered");
                let completes = matches!(arg.kind, ArgKind::Role | ArgKind::Subject | ArgKind::Origin);
                assert_eq!(o["autocomplete"].as_bool().unwrap_or(false), completes, "{}", arg.name);
            }
        }
    }

    #[test]
    fn settings_are_for_server_managers_in_servers_only() {
        let json = serde_json::to_value(settings_definition()).unwrap();
        assert_eq!(json["name"], SETTINGS);
        assert_eq!(json["default_member_permissions"], Permissions::MANAGE_GUILD.bits().to_string());
        assert_eq!(json["dm_permission"], false);
        let names: Vec<&str> =
            json["options"].as_array().unwrap().iter().map(|o| o["name"].as_str().unwrap()).collect();
        assert_eq!(names, ["auto_answer", "cooldown"]);
    }
}
