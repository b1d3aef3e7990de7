//! `/roles`: every role the bot knows, grouped by family.

use super::follow;
use super::spec::{Args, Spec};
use crate::answer::{bullets, Answer, Picture};
use crate::knowledge::Store;
use crate::query::{Intent, Query, Understood};

pub const SPEC: Spec = Spec {
    name: "roles",
    aliases: &["list"],
    slack: "roles",
    about: "Every role I know, by family",
    args: &[],
    example: "",
    intent: Intent::List,
    build,
};

fn build(_: &Store, args: Args) -> Option<Understood> {
    Some(args.sure(Query::List))
}

pub fn compose(store: &Store, answer: &mut Answer) {
    answer.title = "Roles I know".to_owned();
    answer.summary = format!("{} roles, grouped by family. Ask what any of them is.", store.roles().len());
    for (family, roles) in store.by_family() {
        answer.sections.push(bullets(family.label(), roles.iter().map(|r| format!("{} ({})", r.name, r.id))));
    }
    // the pair newcomers mix up most
    let (pm, project) = (store.role("product-manager"), store.role("project-manager"));
    answer.follow_ups = pm.map(follow::what_is).into_iter().collect();
    if let (Some(pm), Some(project)) = (pm, project) {
        answer.follow_ups.push(follow::compare(format!("Compare {} and {}", pm.name, project.name), pm, project));
    }
    answer.follow_ups.push(follow::help());
    answer.picture = Some(Picture::Map);
}
