//! The slash commands, and how any interaction (command, autocomplete, button) is answered.
//! Shared by the gateway and the HTTP interactions endpoint; each command is a thin mapping to
//! the core's text form, so `/whatis role:po` and "what is a po?" agree.

use std::time::Instant;

use serenity::all::{
    CommandDataOption, CommandDataOptionValue, CommandInteraction, CommandOptionType, ComponentInteraction,
    CreateAllowedMentions, CreateAutocompleteResponse, CreateCommand, CreateCommandOption, CreateInteractionResponse,
    CreateInteractionResponseMessage, Interaction, MessageFlags,
};

use super::render::{clip, render, FOLLOW_UP_PREFIX};
use crate::bot::{Bot, Message, Reach};
use crate::complete::{complete_roles, MAX_SUGGESTIONS};

/// A role option, autocompleted from the store.
fn role_option(name: &str, description: &str, required: bool) -> CreateCommandOption {
    CreateCommandOption::new(CommandOptionType::String, name, description).required(required).set_autocomplete(true)
}

fn private_option() -> CreateCommandOption {
    CreateCommandOption::new(CommandOptionType::Boolean, "private", "Only you see the answer")
}

fn text_option(name: &str, description: &str) -> CreateCommandOption {
    CreateCommandOption::new(CommandOptionType::String, name, description).required(true).max_length(300)
}

/// Every command the bot registers.
pub fn definitions() -> Vec<CreateCommand> {
    vec![
        CreateCommand::new("whatis")
            .description("What a role is: focus, responsibilities, success measures")
            .add_option(role_option("role", "The role, e.g. product owner", true))
            .add_option(private_option()),
        CreateCommand::new("compare")
            .description("Two roles side by side")
            .add_option(role_option("first", "The first role", true))
            .add_option(role_option("second", "The second role", true))
            .add_option(private_option()),
        CreateCommand::new("path")
            .description("How to move into a role")
            .add_option(role_option("to", "The role you want", true))
            .add_option(role_option("from", "The role you have now", false))
            .add_option(private_option()),
        CreateCommand::new("who")
            .description("Which role owns a duty")
            .add_option(text_option("duty", "The duty, e.g. owns the roadmap"))
            .add_option(private_option()),
        CreateCommand::new("ask")
            .description("Ask anything about product roles")
            .add_option(text_option("question", "e.g. is a PO the same as a PM?"))
            .add_option(private_option()),
        CreateCommand::new("roles").description("Every role I know, by family").add_option(private_option()),
        CreateCommand::new("help").description("What I can do").add_option(private_option()),
    ]
}

fn string<'a>(options: &'a [CommandDataOption], name: &str) -> Option<&'a str> {
    options.iter().find(|o| o.name == name).and_then(|o| o.value.as_str()).map(str::trim).filter(|s| !s.is_empty())
}

fn flag(options: &[CommandDataOption], name: &str) -> bool {
    options.iter().any(|o| o.name == name && matches!(o.value, CommandDataOptionValue::Boolean(true)))
}

/// Quotes a role option so that a name of several words stays one argument.
fn quoted(value: &str) -> String {
    format!("\"{}\"", value.replace('"', ""))
}

/// The question a command asks, in the core's text form, or `None` for a command this bot
/// does not have.
pub fn command_text(name: &str, options: &[CommandDataOption]) -> Option<String> {
    let arg = |n: &str| string(options, n).unwrap_or_default();
    Some(match name {
        "whatis" => format!("/whatis {}", quoted(arg("role"))),
        "compare" => format!("/compare {} {}", quoted(arg("first")), quoted(arg("second"))),
        "path" => match string(options, "from") {
            Some(from) => format!("/path {} {}", quoted(from), quoted(arg("to"))),
            None => format!("/path {}", quoted(arg("to"))),
        },
        "who" => format!("/who {}", arg("duty")),
        "ask" => format!("/ask {}", arg("question")),
        "roles" => "/roles".to_owned(),
        "help" => "/help".to_owned(),
        _ => return None,
    })
}

/// A message answering `text`, private when asked or when the bot could not answer.
fn answer_message(bot: &Bot, text: &str, private: bool) -> CreateInteractionResponseMessage {
    let message =
        Message { platform: "discord", channel: "", text, reach: Reach::Command, from_bot: false, auto_answer: false };
    let answer = bot.on_message(&message, Instant::now()).expect("commands are always answered");
    let reply = render(&answer);
    CreateInteractionResponseMessage::new()
        .embed(reply.create_embed())
        .components(reply.create_components())
        .ephemeral(private || answer.unanswered)
        .allowed_mentions(CreateAllowedMentions::new())
}

/// The response to any interaction; `None` for kinds the bot does not use.
pub fn respond(bot: &Bot, interaction: &Interaction) -> Option<CreateInteractionResponse> {
    match interaction {
        Interaction::Ping(_) => Some(CreateInteractionResponse::Pong),
        Interaction::Command(command) => Some(respond_to_command(bot, command)),
        Interaction::Autocomplete(command) => Some(autocomplete(bot, command)),
        Interaction::Component(component) => respond_to_button(bot, component),
        _ => None,
    }
}

fn respond_to_command(bot: &Bot, command: &CommandInteraction) -> CreateInteractionResponse {
    let options = &command.data.options;
    let message = match command_text(&command.data.name, options) {
        Some(text) => answer_message(bot, &text, flag(options, "private")),
        None => CreateInteractionResponseMessage::new()
            .content("I don't have that command any more; try /help.")
            .ephemeral(true)
            .allowed_mentions(CreateAllowedMentions::new()),
    };
    CreateInteractionResponse::Message(message)
}

/// Role suggestions for the option being typed.
fn autocomplete(bot: &Bot, command: &CommandInteraction) -> CreateInteractionResponse {
    let typed = command.data.autocomplete().map(|o| o.value).unwrap_or_default();
    let store = bot.knowledge().store();
    let popular = bot.most_asked(MAX_SUGGESTIONS);
    let mut response = CreateAutocompleteResponse::new();
    for role in complete_roles(&store, typed, &popular, MAX_SUGGESTIONS) {
        response = response.add_string_choice(clip(&role.name, 100), role.id.clone());
    }
    CreateInteractionResponse::Autocomplete(response)
}

/// A follow-up button: its custom id carries the command to answer, so no state is kept.
fn respond_to_button(bot: &Bot, component: &ComponentInteraction) -> Option<CreateInteractionResponse> {
    let command = component.data.custom_id.strip_prefix(FOLLOW_UP_PREFIX)?;
    let private = component.message.flags.is_some_and(|f| f.contains(MessageFlags::EPHEMERAL));
    Some(CreateInteractionResponse::Message(answer_message(bot, command, private)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(json: serde_json::Value) -> Vec<CommandDataOption> {
        serde_json::from_value(json).expect("options parse")
    }

    #[test]
    fn commands_map_to_the_core_text_form() {
        let table = [
            (
                "whatis",
                serde_json::json!([{"name": "role", "type": 3, "value": "product owner"}]),
                "/whatis \"product owner\"",
            ),
            (
                "compare",
                serde_json::json!([{"name": "first", "type": 3, "value": "pm"}, {"name": "second", "type": 3, "value": "po"}]),
                "/compare \"pm\" \"po\"",
            ),
            ("path", serde_json::json!([{"name": "to", "type": 3, "value": "cpo"}]), "/path \"cpo\""),
            (
                "path",
                serde_json::json!([{"name": "to", "type": 3, "value": "cpo"}, {"name": "from", "type": 3, "value": "pm"}]),
                "/path \"pm\" \"cpo\"",
            ),
            (
                "who",
                serde_json::json!([{"name": "duty", "type": 3, "value": "owns the roadmap"}]),
                "/who owns the roadmap",
            ),
            ("roles", serde_json::json!([{"name": "private", "type": 5, "value": true}]), "/roles"),
        ];
        for (name, opts, text) in table {
            assert_eq!(command_text(name, &options(opts)).as_deref(), Some(text));
        }
        assert_eq!(command_text("frobnicate", &[]), None);
    }

    #[test]
    fn every_registered_command_maps_to_a_question() {
        for command in definitions() {
            let json = serde_json::to_value(&command).unwrap();
            let name = json["name"].as_str().unwrap();
            assert!(command_text(name, &[]).is_some(), "{name} has no mapping");
            let names: Vec<&str> =
                json["options"].as_array().unwrap().iter().map(|o| o["name"].as_str().unwrap()).collect();
            assert!(names.contains(&"private"), "{name} has a private flag");
        }
    }
}
