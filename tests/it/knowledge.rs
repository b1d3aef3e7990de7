//! The knowledge store: the real one is complete and clean, and each validation rule reports
//! the file and field of a broken fixture store.

use std::path::{Path, PathBuf};

use rolecall::Store;

/// The role ids that tools and tests outside the code rely on (DESIGN.md).
const CANONICAL: &[&str] = &[
    "product-manager",
    "associate-product-manager",
    "senior-product-manager",
    "lead-product-manager",
    "group-product-manager",
    "principal-product-manager",
    "technical-product-manager",
    "product-owner",
    "product-leader",
    "head-of-product",
    "director-of-product",
    "vp-of-product",
    "svp-of-product",
    "chief-product-officer",
    "product-marketing-manager",
    "product-operations-manager",
    "product-designer",
    "project-manager",
    "program-manager",
    "delivery-manager",
    "business-analyst",
    "scrum-master",
    "engineering-manager",
    "brand-manager",
    "marketing-manager",
    "ceo",
];

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// The problems a fixture store has, as the lines `rolecall validate` prints.
fn problems(name: &str) -> Vec<String> {
    match Store::from_dir(&fixture(name)) {
        Ok(_) => panic!("fixture {name} loaded without problems"),
        Err(err) => err.problems.iter().map(ToString::to_string).collect(),
    }
}

/// Asserts some problem mentions the file, the place and the words given.
fn assert_problem(name: &str, file: &str, place: &str, words: &str) {
    let all = problems(name);
    assert!(
        all.iter().any(|p| p.contains(file) && p.contains(place) && p.contains(words)),
        "no problem in {name} names {file}, {place} and {words:?}; got {all:#?}"
    );
}

#[test]
fn real_store_is_clean_and_covers_every_canonical_role() {
    let store = Store::from_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge"))
        .unwrap_or_else(|e| panic!("{:#?}", e.problems.iter().map(ToString::to_string).collect::<Vec<_>>()));
    for id in CANONICAL {
        let role = store.role(id).unwrap_or_else(|| panic!("knowledge/roles/{id}.toml is missing"));
        assert!(!role.aliases.is_empty() || role.name.split(' ').count() == 1, "{id} has no aliases");
        assert!(role.responsibilities.len() >= 3, "{id} lists too few responsibilities");
    }
}

#[test]
fn real_store_has_the_curated_comparisons_and_paths() {
    let store = Store::embedded().expect("the built-in store loads");
    let index = |id: &str| store.find(id).unwrap_or_else(|| panic!("{id} missing"));
    for (a, b) in [
        ("product-manager", "project-manager"),
        ("product-manager", "product-leader"),
        ("product-manager", "product-owner"),
        ("product-marketing-manager", "marketing-manager"),
        ("product-owner", "scrum-master"),
        ("project-manager", "program-manager"),
        ("group-product-manager", "principal-product-manager"),
    ] {
        let c = store.comparison(index(b), index(a)).unwrap_or_else(|| panic!("no curated comparison {a} vs {b}"));
        assert_eq!(c.go_to.len(), 2, "{a} vs {b} says when to go to which");
    }
    for (from, to) in [
        ("product-manager", "product-leader"),
        ("project-manager", "product-manager"),
        ("business-analyst", "product-manager"),
        ("associate-product-manager", "product-manager"),
    ] {
        let p = store.path(index(from), index(to)).unwrap_or_else(|| panic!("no curated path {from} -> {to}"));
        assert!(p.steps.len() >= 3, "path {from} -> {to} has concrete steps");
    }
    let tpm = store.ambiguities().iter().find(|t| t.term == "tpm").expect("tpm is a term");
    assert_eq!(tpm.role, "technical-product-manager");
    assert!(tpm.also.contains(&"program-manager".to_owned()));
}

#[test]
fn embedded_store_equals_the_folder_it_was_built_from() {
    let embedded = Store::embedded().expect("the built-in store loads");
    let folder = Store::from_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge")).expect("the folder loads");
    assert_eq!(embedded, folder);
}

#[test]
fn aliases_match_ignoring_case_punctuation_and_hyphens() {
    let store = Store::embedded().expect("the built-in store loads");
    for (text, id) in [
        ("PO", "product-owner"),
        ("Product-Owner", "product-owner"),
        ("vp product", "vp-of-product"),
        ("UX/UI designer", "product-designer"),
        ("product ops", "product-operations-manager"),
        ("Product Management", "product-manager"),
    ] {
        assert_eq!(store.find_alias(text).map(|r| store[r].id.as_str()), Some(id), "{text}");
    }
}

#[test]
fn role_graph_is_resolved_both_ways() {
    let store = Store::embedded().expect("the built-in store loads");
    let pm = store.find("product-manager").unwrap();
    let apm = store.find("associate-product-manager").unwrap();
    assert!(store.links(apm).next_roles.contains(&pm));
    assert!(store.links(pm).previous.contains(&apm), "previous roles are the reverse of next roles");
}

#[test]
fn valid_fixture_loads() {
    let store = Store::from_dir(&fixture("valid")).expect("valid fixture loads");
    assert_eq!(store.summary(), "2 roles, 1 comparisons, 1 paths, 0 ambiguous terms, 0 backgrounds, 0 product terms");
}

#[test]
fn toml_syntax_error_names_the_line() {
    assert_problem("syntax-error", "roles/scrum-master.toml", "line 6", "invalid TOML");
}

#[test]
fn unknown_field_is_named() {
    assert_problem("unknown-field", "roles/product-owner.toml", "field \"salary\"", "not a known field");
}

#[test]
fn missing_required_field_is_named() {
    assert_problem("missing-field", "roles/product-owner.toml", "field \"summary\"", "is required");
}

#[test]
fn empty_text_is_rejected() {
    assert_problem("empty-text", "roles/product-owner.toml", "field \"dimensions.scope\"", "must not be empty");
}

#[test]
fn id_must_match_file_name() {
    assert_problem("id-mismatch", "roles/product-owner.toml", "field \"id\"", "file name");
}

#[test]
fn alias_claimed_by_two_roles_is_rejected() {
    assert_problem(
        "duplicate-alias",
        "roles/scrum-master.toml",
        "field \"aliases[1]\"",
        "already claimed by role \"product-owner\"",
    );
}

#[test]
fn background_alias_that_names_a_role_is_rejected() {
    assert_problem("background-clash", "backgrounds/agile-coaching.toml", "field \"aliases[1]\"", "already names role");
}

#[test]
fn reference_to_missing_role_is_rejected() {
    assert_problem(
        "missing-reference",
        "roles/product-owner.toml",
        "field \"reports_to[0]\"",
        "\"chief-backlog-officer\", which is not a role",
    );
}

#[test]
fn comparison_of_unknown_role_is_rejected() {
    assert_problem(
        "comparison-unknown-role",
        "comparisons/product-owner--agile-coach.toml",
        "field \"roles[1]\"",
        "not a role",
    );
}

#[test]
fn path_to_unknown_role_is_rejected() {
    assert_problem(
        "path-unknown-role",
        "paths/product-owner--release-train-engineer.toml",
        "field \"to\"",
        "not a role",
    );
}

#[test]
fn text_longer_than_a_chat_field_is_rejected() {
    assert_problem("too-long", "roles/product-owner.toml", "field \"summary\"", "at most 1024");
}

#[test]
fn family_outside_the_vocabulary_is_rejected() {
    assert_problem("unknown-family", "roles/product-owner.toml", "field \"family\"", "\"wizardry\" is not one of");
}

#[test]
fn term_that_is_already_an_alias_is_rejected() {
    assert_problem("term-clash", "ambiguous/po.toml", "field \"term\"", "already an alias");
}

#[test]
fn the_same_pair_compared_twice_is_rejected() {
    assert_problem("duplicate-comparison", "comparisons/", "", "already compared in another file");
}

#[test]
fn every_problem_is_reported_at_once() {
    let all = problems("many-problems");
    assert_eq!(all.len(), 3, "{all:#?}");
}

/// Lowercase words of a text, apostrophes kept inside words.
fn plain_words(text: &str) -> Vec<String> {
    let text = text.to_lowercase().replace('’', "'");
    text.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn no_knowledge_text_copies_seven_words_from_the_source_material() {
    // the articles the facts come from sit beside the repository when they are there at all
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let seeds_dir = root.join("../shared/seeds");
    let Ok(entries) = std::fs::read_dir(&seeds_dir) else {
        eprintln!("no source material at {}: nothing to compare against", seeds_dir.display());
        return;
    };
    const RUN: usize = 7;
    let mut seen = std::collections::HashSet::new();
    for entry in entries.flatten() {
        let words = plain_words(&std::fs::read_to_string(entry.path()).unwrap_or_default());
        seen.extend(words.windows(RUN).map(|w| w.join(" ")));
    }
    let mut copied = Vec::new();
    for path in crate::support::files_under("knowledge") {
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        // citations name the articles by their titles, which the articles contain
        let text: String =
            text.lines().filter(|l| !l.trim_start().starts_with("sources")).collect::<Vec<_>>().join("\n");
        let words = plain_words(&text);
        for run in words.windows(RUN).map(|w| w.join(" ")).filter(|run| seen.contains(run)) {
            copied.push(format!("{}: \"{run}\"", path.display()));
        }
    }
    assert!(copied.is_empty(), "text copied from the source material:\n{}", copied.join("\n"));
}

#[test]
fn product_term_problems_are_named_with_their_file_and_field() {
    let name = "vocabulary-problems";
    assert_problem(name, "terms/backlog.toml", "field \"aliases[0]\"", "already names role \"product-owner\"");
    assert_problem(name, "terms/backlog.toml", "field \"aliases[1]\"", "is the ambiguous term \"pso\"");
    assert_problem(name, "terms/sprint.toml", "field \"aliases[0]\"", "already names term \"backlog\"");
    // a spelling kept as written is one word with a capital: lower case would match everyday words
    assert_problem(name, "terms/sprint.toml", "field \"written[0]\"", "must be one word with a capital letter");
    assert_problem(name, "terms/sprint.toml", "field \"written[1]\"", "must be one word with a capital letter");
    assert_problem(name, "terms/backlog.toml", "field \"why\"", "must not be empty");
    assert_problem(
        name,
        "terms/backlog.toml",
        "field \"owners[1]\"",
        "\"release-train-engineer\", which is not a role",
    );
    assert_problem(name, "terms/backlog.toml", "field \"related[1]\"", "\"velocity\", which is not a term");
    assert_problem(name, "terms/backlog.toml", "field \"versus.roadmap\"", "which is not a term");
    assert_problem(name, "terms/sprint.toml", "field \"definition\"", "words; at most 40");
    assert_problem(name, "terms/sprint.toml", "field \"owners\"", "must not be empty");
    assert_problem(name, "terms/sprint.toml", "field \"related[0]\"", "cannot name itself");
}

#[test]
fn real_store_explains_the_terms_newcomers_ask_about_most() {
    let store = Store::embedded().expect("the built-in store loads");
    assert!(store.terms().len() >= 50, "{} terms", store.terms().len());
    for id in ["roadmap", "backlog", "prd", "mvp", "okr", "kpi", "user-story", "sprint", "retrospective", "raci"] {
        let term = store.find_term(id).unwrap_or_else(|| panic!("knowledge/terms/{id}.toml is missing"));
        assert!(!store.term_owners(term).is_empty(), "{id} names who owns it");
    }
    let backlog = store.find_term("backlog").unwrap();
    let roadmap = store.find_term("roadmap").unwrap();
    assert!(store.term_versus(roadmap, backlog).is_some(), "roadmap vs backlog is told apart, in either order");
}

#[test]
fn every_example_question_in_the_real_store_is_answered_by_its_entry() {
    let store = Store::embedded().expect("the built-in store loads");
    let problems = rolecall::understand::examples::problems(&store, "knowledge");
    assert!(problems.is_empty(), "{:#?}", problems.iter().map(ToString::to_string).collect::<Vec<_>>());
    let listed = store.roles().iter().map(|r| r.examples.len()).sum::<usize>()
        + store.terms().iter().map(|t| t.examples.len()).sum::<usize>();
    assert!(listed > 0, "the store lists examples to check");
}
