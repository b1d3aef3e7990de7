//! `/help`: what the bot does, and every command with an example.

use super::follow;
use super::spec::{Args, Spec};
use crate::answer::{Answer, Body, Section};
use crate::knowledge::Store;
use crate::query::{Intent, Query, Understood};

pub const SPEC: Spec = Spec {
    name: "help",
    aliases: &["start", "commands"],
    // Slack's `/rolecall` with nothing after it
    slack: "rolecall",
    about: "What I can do",
    args: &[],
    example: "",
    intent: Intent::Help,
    build,
};

fn build(_: &Store, args: Args) -> Option<Understood> {
    Some(args.sure(Query::Help))
}

/// The help answer, listing the `commands` of the catalogue by name.
pub fn compose(store: &Store, commands: Vec<&'static str>, answer: &mut Answer) {
    answer.title = "What I can do".to_owned();
    answer.summary = "I answer questions about product-management and product-leadership roles. Use a command, or just ask, e.g. \"is a PO the same as a PM?\"".to_owned();
    answer.sections.push(Section { heading: "Commands".to_owned(), body: Body::Commands(commands) });
    answer.follow_ups = vec![follow::all_roles()];
    let (pm, po) = (store.role("product-manager"), store.role("product-owner"));
    answer.follow_ups.extend(po.map(follow::what_is));
    if let (Some(pm), Some(po)) = (pm, po) {
        answer.follow_ups.push(follow::compare(format!("Compare {} and {}", pm.name, po.name), pm, po));
    }
}
