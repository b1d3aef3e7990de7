//! Answers per intent: the right roles, curated text used where it exists, and follow-ups that
//! are real commands.

use rolecall::answer::{Body, FollowUp};
use rolecall::render::{items, Syntax};
use rolecall::{ask, commands, Answer, Intent, Query, Store};

fn store() -> Store {
    Store::embedded().expect("the built-in store loads")
}

/// A follow-up as the console writes it.
fn command(f: &FollowUp) -> String {
    Syntax::console().action(&f.action)
}

/// Every follow-up must itself be a question with an answer, read from its button or typed.
fn assert_follow_ups_run(store: &Store, answer: &Answer) {
    assert!((2..=3).contains(&answer.follow_ups.len()), "{}: {} follow-ups", answer.title, answer.follow_ups.len());
    for f in &answer.follow_ups {
        for q in [commands::resolve(store, &f.action).query, rolecall::understand(store, &command(f)).query] {
            assert!(
                !matches!(q, Query::None | Query::UnknownRole { .. }),
                "follow-up {:?} of {:?} does not run: {q:?}",
                command(f),
                answer.title
            );
        }
    }
}

/// The whole answer, as "More" or `--full` gives it.
fn full(store: &Store, question: &str) -> Answer {
    let understood = rolecall::understand(store, question);
    rolecall::answer(store, &rolecall::Understood { full: true, ..understood })
}

fn section<'a>(answer: &'a Answer, heading: &str) -> &'a Body {
    &answer.sections.iter().find(|s| s.heading == heading).unwrap_or_else(|| panic!("no section {heading}")).body
}

#[test]
fn define_gives_summary_responsibilities_and_success() {
    let store = store();
    let a = ask(&store, "/whatis po");
    assert_eq!(a.intent, Intent::Define);
    assert_eq!(a.roles, ["product-owner"]);
    assert_eq!(a.title, "Product Owner");
    assert_eq!(a.summary, store.role("product-owner").unwrap().summary);
    assert!(
        matches!(section(&a, "Key responsibilities"), Body::Bullets(items) if items.iter().any(|i| i.contains("backlog")))
    );
    section(&a, "Success measures");
    assert_follow_ups_run(&store, &a);
}

#[test]
fn curated_comparison_is_used_with_its_key_difference() {
    let store = store();
    let a = ask(&store, "is a PM the same as a project manager?");
    assert_eq!(a.intent, Intent::Compare);
    let pm = store.find("product-manager").unwrap();
    let proj = store.find("project-manager").unwrap();
    let curated = store.comparison(pm, proj).expect("curated");
    assert_eq!(a.key_difference.as_deref(), Some(curated.key_difference.as_str()));
    let (_, first_note) = curated.notes.first().expect("curated notes");
    assert!(
        matches!(section(&a, "Where they differ"), Body::Bullets(items) if items[0].ends_with(first_note.as_str())),
        "in a chat, the curated notes tell the two apart"
    );
    assert!(matches!(section(&a, "When to go to which"), Body::Bullets(items) if items[0] == curated.go_to[0].1));
    assert_follow_ups_run(&store, &a);
    let a = full(&store, "is a PM the same as a project manager?");
    let table = a.table.as_ref().expect("a full comparison has a table");
    assert_eq!(table.columns, ["Product Manager", "Project Manager"]);
    assert_eq!(table.rows.len(), 6, "one row per dimension");
    assert!(table.rows.iter().any(|r| r.note.is_some()), "curated per-dimension notes are shown");
    assert!(matches!(section(&a, "When to go to which"), Body::Bullets(items) if items[0] == curated.go_to[0].1));
    assert_follow_ups_run(&store, &a);
}

#[test]
fn comparison_columns_follow_the_question_order() {
    let store = store();
    let a = full(&store, "/compare project-manager pm");
    assert_eq!(a.table.unwrap().columns, ["Project Manager", "Product Manager"]);
    let a = ask(&store, "/compare project-manager pm");
    assert!(a.title.starts_with("Project Manager vs"), "{}", a.title);
}

#[test]
fn comparison_without_curation_is_built_from_role_fields() {
    let store = store();
    let a = full(&store, "/compare brand-manager ceo");
    let brand = store.role("brand-manager").unwrap();
    let table = a.table.as_ref().expect("table");
    assert_eq!(table.rows[0].cells[0], brand.dimensions.focus);
    let key = a.key_difference.expect("generated comparisons end with a key difference too");
    assert!(key.contains("Brand Manager") && key.contains("CEO"), "{key}");
    assert_follow_ups_run(&store, &ask(&store, "/compare brand-manager ceo"));
}

#[test]
fn curated_path_gives_changes_skills_and_steps() {
    let store = store();
    let a = ask(&store, "how do I move from product manager to product leader?");
    assert_eq!(a.intent, Intent::Transition);
    assert_eq!(a.roles, ["product-manager", "product-leader"]);
    let pm = store.find("product-manager").unwrap();
    let pl = store.find("product-leader").unwrap();
    let path = store.path(pm, pl).expect("curated");
    assert_eq!(a.summary, path.summary);
    assert!(matches!(section(&a, "Steps"), Body::Steps(steps) if path.steps.starts_with(steps) && !steps.is_empty()));
    assert_follow_ups_run(&store, &a);
    let a = full(&store, "how do I move from product manager to product leader?");
    assert!(matches!(section(&a, "Steps"), Body::Steps(steps) if *steps == path.steps), "every step in full");
    section(&a, "Skills to build");
}

#[test]
fn path_without_curation_uses_the_role_graph() {
    let store = store();
    let a = ask(&store, "/path apm group-product-manager");
    assert!(a.summary.contains("usual route"), "{}", a.summary);
    assert!(matches!(section(&a, "Steps"), Body::Steps(steps) if !steps.is_empty()));
    let b = ask(&store, "how can I become a product manager?");
    assert_eq!(b.roles, ["product-manager"]);
    assert!(
        b.follow_ups.iter().any(|f| command(f).starts_with("/path ") && command(f).ends_with(" product-manager")),
        "curated routes in are offered: {:?}",
        b.follow_ups
    );
    assert_follow_ups_run(&store, &a);
    assert_follow_ups_run(&store, &b);
}

#[test]
fn who_names_the_owner_and_why() {
    let store = store();
    let a = ask(&store, "who prioritizes the backlog?");
    assert_eq!(a.intent, Intent::Who);
    assert_eq!(a.roles[0], "product-owner");
    assert!(a.summary.contains("Product Owner") && a.summary.contains("backlog"), "{}", a.summary);
    assert_follow_ups_run(&store, &a);
}

#[test]
fn a_who_question_asked_last_keeps_its_own_words_as_the_title() {
    let store = store();
    let a = ask(&store, "the risk log on a client project: kept by whom, usually?");
    assert_eq!(a.intent, Intent::Who);
    assert_eq!(a.title, "The risk log on a client project: kept by whom, usually?");
    let b = ask(&store, "release notes for a launch, that's normally who?");
    assert_eq!(b.intent, Intent::Who);
    assert_eq!(b.title, "Release notes for a launch, that's normally who?");
    let c = ask(&store, "quick one, who owns the roadmap?");
    assert_eq!(c.title, "Who owns the roadmap?");
}

#[test]
fn tpm_answers_mention_the_other_reading() {
    let store = store();
    let a = ask(&store, "/whatis tpm");
    assert_eq!(a.roles, ["technical-product-manager"]);
    assert!(a.notes.iter().any(|n| n.to_lowercase().contains("program")), "{:?}", a.notes);
    assert!(a.follow_ups.iter().any(|f| command(f) == "/whatis program-manager"));
}

#[test]
fn list_groups_every_role_by_family() {
    let store = store();
    let a = ask(&store, "which roles do you know?");
    assert_eq!(a.intent, Intent::List);
    let listed: usize =
        a.sections.iter().map(|s| if let Body::Bullets(items) = &s.body { items.len() } else { 0 }).sum();
    assert_eq!(listed, store.roles().len());
    assert_follow_ups_run(&store, &a);
}

#[test]
fn help_lists_the_commands() {
    let store = store();
    let a = ask(&store, "/help");
    let lines = items(section(&a, "Commands"), &Syntax::console());
    assert!(lines.iter().any(|i| i.starts_with("/compare ROLE ROLE")), "{lines:?}");
    assert_eq!(lines.len(), commands::CATALOGUE.len(), "every command is listed");
    assert_follow_ups_run(&store, &a);
}

#[test]
fn unknown_role_suggests_near_roles() {
    let store = store();
    let a = ask(&store, "/whatis product ownr manager thing");
    assert_eq!(a.title, "I don't know that role or term");
    let a = ask(&store, "/whatis marketting director");
    assert!(a.summary.contains("Did you mean"), "{}", a.summary);
    assert!(a.follow_ups.iter().any(|f| command(f).starts_with("/whatis ")));
}

#[test]
fn off_topic_gets_a_pointer_not_an_answer() {
    let store = store();
    let a = ask(&store, "anyone for lunch?");
    assert_eq!(a.intent, Intent::None);
    assert!(a.roles.is_empty());
    assert!(a.follow_ups.iter().any(|f| command(f) == "/roles"), "points at the roles it knows");
}

#[test]
fn every_role_answers_every_intent_within_chat_limits() {
    let store = store();
    for role in store.roles() {
        for question in
            [format!("/whatis {}", role.id), format!("/path {}", role.id), format!("/compare {} pm", role.id)]
        {
            let a = ask(&store, &question);
            let lead = a.key_difference.as_deref().unwrap_or(&a.summary);
            assert!(!a.title.is_empty() && !lead.is_empty(), "{question}");
            for section in &a.sections {
                let longest = match &section.body {
                    Body::Text(t) => t.chars().count(),
                    Body::Bullets(items) | Body::Steps(items) => {
                        items.iter().map(|i| i.chars().count()).max().unwrap_or(0)
                    }
                    Body::Commands(_) => 0,
                };
                assert!(longest <= 1024, "{question}: section {} has an item of {longest} characters", section.heading);
            }
        }
    }
}

#[test]
fn commands_without_arguments_ask_for_them() {
    let store = store();
    for (command, title) in
        [("/whatis", "Which role?"), ("/compare", "Which role?"), ("/path", "Which role?"), ("/who", "Which duty?")]
    {
        let a = ask(&store, command);
        assert_eq!(a.title, title, "{command}");
        assert!(a.summary.contains("for example"), "{command}: {}", a.summary);
        assert!(a.unanswered, "{command} is shown only to the asker");
    }
}

#[test]
fn answers_write_no_command_syntax_in_their_prose() {
    // each surface writes commands in its own syntax, so prose must not carry one
    let store = store();
    let mut questions: Vec<String> =
        ["/help", "/roles", "/who", "/whatis", "/whatis chef", "/who flies the plane", "lunch?"]
            .map(str::to_owned)
            .to_vec();
    for role in store.roles() {
        questions.extend([
            format!("/whatis {}", role.id),
            format!("/path {}", role.id),
            format!("/compare {} pm", role.id),
        ]);
    }
    for question in &questions {
        let a = ask(&store, question);
        let mut prose = vec![a.title.clone(), a.summary.clone()];
        prose.extend(a.notes.iter().cloned().chain(a.key_difference.clone()));
        for section in &a.sections {
            match &section.body {
                Body::Text(t) => prose.push(t.clone()),
                Body::Bullets(items) | Body::Steps(items) => prose.extend(items.iter().cloned()),
                Body::Commands(_) => {}
            }
        }
        for text in prose {
            for spec in commands::CATALOGUE {
                let written = format!("/{}", spec.name);
                assert!(!text.contains(&format!("{written} ")) && !text.ends_with(&written), "{question}: {text:?}");
            }
        }
    }
}

#[test]
fn a_move_from_a_background_speaks_to_that_background() {
    let store = store();
    for question in ["I'm a backend dev, how do I become a PM?", "/path backend dev pm", "/path swe product-manager"] {
        let a = ask(&store, question);
        assert_eq!((a.intent, a.roles.clone()), (Intent::Transition, vec!["product-manager".to_owned()]), "{question}");
        assert_eq!(a.title, "From software engineering to Product Manager", "{question}");
        section(&a, "What you bring");
        assert_follow_ups_run(&store, &a);
        let more = a.more.as_ref().expect("the rest one click away");
        let pressed = rolecall::answer(&store, &commands::resolve(&store, &more.action));
        let engineering = store.backgrounds().iter().find(|b| b.id == "software-engineering").expect("a background");
        assert!(matches!(section(&pressed, "Steps"), Body::Steps(steps) if *steps == engineering.steps), "every step");
        assert_eq!(pressed.title, a.title, "the button keeps the background");
    }
}

#[test]
fn a_background_speaks_only_to_moves_into_product() {
    let store = store();
    let a = ask(&store, "/path backend dev engineering-manager");
    assert_eq!(a.roles, vec!["engineering-manager".to_owned()]);
    assert_eq!(a.title, "Becoming an Engineering Manager", "how engineers move into product says nothing here");
    assert!(a.sections.iter().all(|s| s.heading != "What you bring"));
    assert_follow_ups_run(&store, &a);
}

#[test]
fn comparisons_suggest_only_moves_people_make() {
    let store = store();
    for (i, a) in store.roles().iter().enumerate() {
        for b in &store.roles()[i + 1..] {
            let answer = ask(&store, &format!("/compare {} {}", a.id, b.id));
            for path in answer.follow_ups.iter().filter(|f| f.action.command == "path") {
                let [from, to] = [&path.action.values[0], &path.action.values[1]].map(|id| store.find(id).unwrap());
                let curated = store.path(from, to).is_some();
                assert!(curated || store[from].level < store[to].level, "{}: {}", answer.title, command(path));
            }
        }
    }
}

#[test]
fn a_term_says_what_it_is_why_it_matters_and_who_owns_it() {
    let store = store();
    for question in ["/whatis prd", "what's a PRD?"] {
        let a = ask(&store, question);
        assert_eq!(a.intent, Intent::Term, "{question}");
        assert_eq!(a.terms, ["prd"], "{question}");
        assert_eq!(a.roles.first().map(String::as_str), Some("product-manager"), "{question}: the owner comes first");
        let prd = &store[store.find_term("prd").unwrap()];
        assert_eq!(a.summary, prd.definition);
        assert!(matches!(section(&a, "Why it matters"), Body::Text(t) if *t == prd.why));
        assert!(matches!(section(&a, "Who owns it"), Body::Text(t) if t.contains("Product Manager")));
        assert_follow_ups_run(&store, &a);
        assert!(a.follow_ups.iter().any(|f| f.action.values == ["product-manager"]), "a button to the owning role");
    }
    let whole = full(&store, "/whatis prd");
    assert!(matches!(section(&whole, "In practice"), Body::Text(_)), "the full answer shows it in a team's week");
}

#[test]
fn every_term_answers_with_follow_ups_that_run() {
    let store = store();
    for term in store.terms() {
        let a = ask(&store, &format!("/whatis {}", term.id));
        assert_eq!((a.intent, a.terms.as_slice()), (Intent::Term, std::slice::from_ref(&term.id)), "{}", term.id);
        assert!(!a.roles.is_empty(), "{}: names who owns it", term.id);
        assert_follow_ups_run(&store, &a);
    }
}

#[test]
fn two_terms_side_by_side_lead_with_what_tells_them_apart() {
    let store = store();
    for question in
        ["roadmap vs backlog?", "/compare roadmap backlog", "what's the difference between a backlog and a roadmap"]
    {
        let a = ask(&store, question);
        assert_eq!(a.intent, Intent::Term, "{question}");
        let mut terms = a.terms.clone();
        terms.sort();
        assert_eq!(terms, ["backlog", "roadmap"], "{question}");
        assert!(a.key_difference.is_some(), "{question}: the curated sentence leads");
        let table = a.table.as_ref().expect("side by side");
        assert_eq!(table.columns.len(), 2);
        assert_follow_ups_run(&store, &a);
    }
}

#[test]
fn a_who_question_about_a_term_names_the_terms_owner() {
    let store = store();
    // no responsibility speaks of the Kano model: its owners come from the term
    let a = ask(&store, "who owns the kano model?");
    assert_eq!(a.intent, Intent::Who);
    let kano = store.find_term("kano-model").unwrap();
    let owners: Vec<&str> = store.term_owners(kano).iter().map(|&r| store[r].id.as_str()).collect();
    assert_eq!(a.roles, owners);
    assert!(a.summary.contains(&store[kano].name), "{}", a.summary);
    assert_follow_ups_run(&store, &a);
}

#[test]
fn a_who_answer_echoes_the_question_without_what_surrounds_it() {
    let store = Store::embedded().unwrap();
    let table = [
        ("hey all! quick one, who owns the roadmap? asking for a friend", "Who owns the roadmap?"),
        ("<@U1> which role is responsible for usability testing?", "Which role is responsible for usability testing?"),
        ("we lose deals and nobody knows why. who runs win/loss interviews?", "Who runs win/loss interviews?"),
        ("/who owns pricing", "Who owns pricing?"),
    ];
    for (question, title) in table {
        assert_eq!(rolecall::ask(&store, question).title, title, "{question}");
    }
}
