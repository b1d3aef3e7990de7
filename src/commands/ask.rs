//! `/ask QUESTION`: any question in free text, read as a message would be. On Slack this is
//! `/rolecall`, where nothing after it asks for help.

use super::spec::{Arg, ArgKind, Args, Spec};
use crate::knowledge::Store;
use crate::query::{Intent, Query, Understood};
use crate::understand::free_text;

pub const SPEC: Spec = Spec {
    name: "ask",
    aliases: &["rolecall"],
    slack: "rolecall",
    about: "Ask anything about product roles",
    args: &[Arg {
        name: "question",
        shown: "QUESTION",
        kind: ArgKind::Text,
        required: true,
        about: "e.g. is a PO the same as a PM?",
    }],
    example: "is a PO the same as a PM?",
    intent: Intent::None,
    build,
};

fn build(store: &Store, args: Args) -> Option<Understood> {
    Some(match args.text.trim() {
        "" => args.sure(Query::Help),
        question => free_text::read(store, question),
    })
}
