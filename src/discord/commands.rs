//! The slash commands, registered from the catalogue, and how any interaction (command,
//! autocomplete, button) is answered. Shared by the gateway and the HTTP interactions endpoint.
//! Options reach the core typed, and buttons carry typed actions.

use serenity::all::{
    CommandDataOption, CommandDataOptionValue, CommandInteraction, CommandOptionType, ComponentInteraction,
    CreateAllowedMentions, CreateAttachment, CreateAutocompleteResponse, CreateCommand, CreateCommandOption,
    CreateInteractionResponse, CreateInteractionResponseMessage, Interaction, MessageFlags,
};

use super::render::{clip, render, FOLLOW_UP_PREFIX};
use crate::answer::Answer;
use crate::bot::Bot;
use crate::commands::{self, Arg, ArgKind, Spec, CATALOGUE};
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

/// Every command the bot registers: the whole catalogue.
pub fn definitions() -> Vec<CreateCommand> {
    CATALOGUE.iter().map(|spec| definition(spec)).collect()
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Files {
    Attach,
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
pub fn respond(bot: &Bot, interaction: &Interaction, files: Files) -> Option<CreateInteractionResponse> {
    match interaction {
        Interaction::Ping(_) => Some(CreateInteractionResponse::Pong),
        Interaction::Command(command) => Some(respond_to_command(bot, command, files)),
        Interaction::Autocomplete(command) => Some(autocomplete(bot, command)),
        Interaction::Component(component) => respond_to_button(bot, component, files),
        _ => None,
    }
}

/// A command's typed options go to the core as they are: no text is built to be read again.
fn respond_to_command(bot: &Bot, command: &CommandInteraction, files: Files) -> CreateInteractionResponse {
    let options = &command.data.options;
    let message = match commands::named(&command.data.name) {
        Some(spec) => {
            let answer = bot.respond(PLATFORM, |store| spec.run_options(store, |name| string(options, name)));
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

/// A follow-up button: its custom id carries the action to answer, so no state is kept.
fn respond_to_button(bot: &Bot, component: &ComponentInteraction, files: Files) -> Option<CreateInteractionResponse> {
    let action = commands::decode(component.data.custom_id.strip_prefix(FOLLOW_UP_PREFIX)?)?;
    // the whole answer is for the one who asked for it, not a second post in the channel
    let private = action.full || component.message.flags.is_some_and(|f| f.contains(MessageFlags::EPHEMERAL));
    let answer = bot.respond(PLATFORM, |store| commands::resolve(store, &action));
    Some(CreateInteractionResponse::Message(answer_message(bot, &answer, private, files)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_of_the_catalogue_is_registered_with_its_options() {
        let registered: Vec<serde_json::Value> =
            definitions().iter().map(|c| serde_json::to_value(c).unwrap()).collect();
        assert_eq!(registered.len(), CATALOGUE.len());
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
}
