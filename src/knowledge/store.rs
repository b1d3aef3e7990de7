//! The knowledge store: every knowledge file loaded, checked across files, and indexed for
//! lookups by id, alias, pair and duty. Immutable once built; a new edit builds a new store.

use std::collections::{HashMap, HashSet};
use std::path::Path as FsPath;

use super::entry::{Ambiguity, Background, CareerPath, Comparison, Family, Role, RoleRef, Term, TermRef};
use super::parse::{self, Problem};
use crate::duties::DutyIndex;
use crate::lexicon::{Glossary, Lexicon};
use crate::text::phrase_key;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// The folders of a knowledge store, in the order they are read.
const FOLDERS: [&str; 6] = ["roles", "comparisons", "paths", "ambiguous", "backgrounds", "terms"];

/// A knowledge store that could not be loaded, with every problem found.
#[derive(Debug, thiserror::Error)]
#[error("the knowledge store has {} problem(s), the first: {}", .problems.len(), .problems[0])]
pub struct LoadError {
    pub problems: Vec<Problem>,
}

/// Largest knowledge file read: an entry is a few kilobytes, so anything near this is a
/// mistake, and is refused before it costs memory to parse.
pub const MAX_FILE_BYTES: u64 = 256 * 1024;

/// A knowledge file's text, if it is a regular file of at most [`MAX_FILE_BYTES`]: a named pipe
/// or a device is never opened (reading one could wait for ever), and a file that grows while
/// read is cut at the limit and refused.
fn read_bounded(path: &FsPath) -> Result<String, String> {
    use std::io::Read;
    let meta = std::fs::metadata(path).map_err(|err| format!("cannot read the file: {err}"))?;
    if !meta.is_file() {
        return Err("is not a regular file".to_owned());
    }
    let too_big = || format!("is larger than {} KiB, the most a knowledge file may be", MAX_FILE_BYTES / 1024);
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big());
    }
    let file = std::fs::File::open(path).map_err(|err| format!("cannot read the file: {err}"))?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(|err| format!("cannot read the file: {err}"))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big());
    }
    String::from_utf8(bytes).map_err(|_| "is not UTF-8 text".to_owned())
}

/// One knowledge file, before parsing.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The name shown in problems, such as `knowledge/roles/po.toml`.
    pub display: String,
    /// The folder under the store root: `roles`, `comparisons`, `paths` or `ambiguous`.
    pub folder: String,
    /// The file name without `.toml`.
    pub stem: String,
    pub text: String,
}

/// Links from one role to others.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Links {
    pub reports_to: Vec<RoleRef>,
    pub next_roles: Vec<RoleRef>,
    pub related: Vec<RoleRef>,
    /// Roles whose `next_roles` name this one: where people usually come from.
    pub previous: Vec<RoleRef>,
}

/// The loaded, checked and indexed knowledge.
#[derive(Debug, PartialEq)]
pub struct Store {
    roles: Vec<Role>,
    links: Vec<Links>,
    by_id: HashMap<String, RoleRef>,
    by_alias: HashMap<String, RoleRef>,
    comparisons: HashMap<(RoleRef, RoleRef), Comparison>,
    paths: HashMap<(RoleRef, RoleRef), CareerPath>,
    ambiguities: Vec<Ambiguity>,
    backgrounds: Vec<Background>,
    /// Phrase key of a background's id, name or alias -> its index.
    background_keys: HashMap<String, usize>,
    /// Most words in a background phrase.
    background_longest: usize,
    lexicon: Lexicon,
    duties: DutyIndex,
    /// What each role is (summary, focus, scope), for questions that describe a role.
    profiles: DutyIndex,
    terms: Vec<Term>,
    term_by_id: HashMap<String, TermRef>,
    /// Each term's owners, resolved, best first.
    term_owners: Vec<Vec<RoleRef>>,
    /// Each term's related terms, resolved.
    term_related: Vec<Vec<TermRef>>,
    glossary: Glossary,
}

impl Store {
    /// The store compiled into the binary from the repository's `knowledge/` folder.
    pub fn embedded() -> Result<Store, LoadError> {
        let files = embedded::EMBEDDED.iter().filter_map(|(name, text)| {
            let (folder, file) = name.split_once('/')?;
            Some(SourceFile {
                display: format!("knowledge/{name}"),
                folder: folder.to_owned(),
                stem: file.strip_suffix(".toml")?.to_owned(),
                text: (*text).to_owned(),
            })
        });
        Store::from_files(files.collect())
    }

    /// Reads a knowledge folder from disk.
    pub fn from_dir(dir: &FsPath) -> Result<Store, LoadError> {
        let mut files = Vec::new();
        let mut problems = Vec::new();
        if !dir.is_dir() {
            problems.push(Problem::file(&dir.display().to_string(), "is not a readable folder"));
            return Err(LoadError { problems });
        }
        for folder in FOLDERS {
            let sub = dir.join(folder);
            let entries = match std::fs::read_dir(&sub) {
                Ok(entries) => entries,
                Err(_) if folder != "roles" => continue,
                Err(err) => {
                    problems.push(Problem::file(&sub.display().to_string(), format!("cannot read the folder: {err}")));
                    continue;
                }
            };
            let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
            paths.sort();
            for path in paths.into_iter().filter(|p| p.extension().is_some_and(|e| e == "toml")) {
                let display = path.display().to_string();
                let stem = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
                match read_bounded(&path) {
                    Ok(text) => files.push(SourceFile { display, folder: folder.to_owned(), stem, text }),
                    Err(why) => problems.push(Problem::file(&display, why)),
                }
            }
        }
        match Store::from_files(files) {
            Ok(store) if problems.is_empty() => Ok(store),
            Ok(_) => Err(LoadError { problems }),
            Err(err) => {
                problems.extend(err.problems);
                Err(LoadError { problems })
            }
        }
    }

    /// Parses, checks and indexes a set of knowledge files.
    pub fn from_files(files: Vec<SourceFile>) -> Result<Store, LoadError> {
        let mut problems = Vec::new();
        let mut roles = Vec::new();
        let mut comparisons = Vec::new();
        let mut paths = Vec::new();
        let mut terms = Vec::new();
        let mut backgrounds = Vec::new();
        let mut vocabulary = Vec::new();
        // roles whose files do not parse: references to them are not reported again
        let mut unreadable = HashSet::new();
        for file in &files {
            let name = file.display.as_str();
            let Some(table) = parse::parse_table(name, &file.text, &mut problems) else {
                if file.folder == "roles" {
                    unreadable.insert(file.stem.clone());
                }
                continue;
            };
            match file.folder.as_str() {
                "roles" => {
                    if !is_id(&file.stem) {
                        problems.push(Problem::file(
                            name,
                            "the file name must be a role id: lowercase letters, digits and hyphens",
                        ));
                    }
                    roles.push((name, parse::role(name, &file.stem, table, &mut problems)));
                }
                "comparisons" => comparisons.push((file, parse::comparison(name, table, &mut problems))),
                "paths" => paths.push((file, parse::path(name, table, &mut problems))),
                "ambiguous" => terms.push((file, parse::term(name, table, &mut problems))),
                "backgrounds" => backgrounds.push((file, parse::background(name, table, &mut problems))),
                "terms" => {
                    if !is_id(&file.stem) {
                        problems.push(Problem::file(
                            name,
                            "the file name must be a term id: lowercase letters, digits and hyphens",
                        ));
                    }
                    vocabulary.push((name, parse::vocabulary(name, &file.stem, table, &mut problems)));
                }
                other => problems.push(Problem::file(name, format!("{other:?} is not a knowledge folder"))),
            }
        }
        if roles.is_empty() && problems.is_empty() {
            problems.push(Problem::file("roles/", "the store has no roles"));
        }

        roles.sort_by(|a, b| a.1.id.cmp(&b.1.id));
        let mut by_id = HashMap::new();
        for (i, (file, role)) in roles.iter().enumerate() {
            if by_id.insert(role.id.clone(), RoleRef(i)).is_some() {
                problems.push(Problem::field(file, "id", format!("{:?} is already the id of another role", role.id)));
            }
        }
        let resolve = |file: &str, field: &str, id: &str, problems: &mut Vec<Problem>| -> Option<RoleRef> {
            let found = by_id.get(id).copied();
            if found.is_none() && !id.is_empty() && !unreadable.contains(id) {
                problems.push(Problem::field(file, field, format!("names {id:?}, which is not a role")));
            }
            found
        };

        let mut by_alias: HashMap<String, RoleRef> = HashMap::new();
        let mut links = vec![Links::default(); roles.len()];
        for (i, (file, role)) in roles.iter().enumerate() {
            let phrases = [(&"id", &role.id), (&"name", &role.name)]
                .into_iter()
                .map(|(field, text)| (field.to_string(), text.as_str()))
                .chain(role.aliases.iter().enumerate().map(|(n, a)| (format!("aliases[{n}]"), a.as_str())));
            for (field, text) in phrases {
                let key = phrase_key(text);
                if key.is_empty() {
                    problems.push(Problem::field(file, &field, "has no letters or digits to match"));
                    continue;
                }
                match by_alias.get(&key) {
                    Some(&other) if other != RoleRef(i) => problems.push(Problem::field(
                        file,
                        &field,
                        format!("{text:?} is already claimed by role {:?}", roles[other.0].1.id),
                    )),
                    _ => {
                        by_alias.insert(key, RoleRef(i));
                    }
                }
            }
            let lists =
                [("reports_to", &role.reports_to), ("next_roles", &role.next_roles), ("related", &role.related)];
            for (field, ids) in lists {
                let mut seen = HashSet::new();
                for (n, id) in ids.iter().enumerate() {
                    let place = format!("{field}[{n}]");
                    if id == &role.id {
                        problems.push(Problem::field(file, &place, "a role cannot name itself"));
                    } else if !seen.insert(id) {
                        problems.push(Problem::field(file, &place, format!("names {id:?} twice")));
                    } else if let Some(j) = resolve(file, &place, id, &mut problems) {
                        match field {
                            "reports_to" => links[i].reports_to.push(j),
                            "next_roles" => links[i].next_roles.push(j),
                            _ => links[i].related.push(j),
                        }
                    }
                }
            }
        }
        for i in 0..links.len() {
            for j in links[i].next_roles.clone() {
                links[j.0].previous.push(RoleRef(i));
            }
        }

        let mut comparison_index = HashMap::new();
        for (file, mut comparison) in comparisons {
            let name = file.display.as_str();
            let [a, b] = comparison.roles.clone();
            let expected = format!("{a}--{b}");
            if !a.is_empty() && !b.is_empty() && file.stem != expected {
                problems.push(Problem::file(name, format!("the file name must be {expected}.toml, after its roles")));
            }
            if !a.is_empty() && a == b {
                problems.push(Problem::field(name, "roles", "must name two different roles"));
            }
            let ia = resolve(name, "roles[0]", &a, &mut problems);
            let ib = resolve(name, "roles[1]", &b, &mut problems);
            for (role, _) in &comparison.go_to {
                if role != &a && role != &b {
                    problems.push(Problem::field(
                        name,
                        &format!("go_to.{role}"),
                        format!("{role:?} is not one of the compared roles"),
                    ));
                }
            }
            for role in [&a, &b] {
                if !role.is_empty() && !comparison.go_to.iter().any(|(r, _)| r == role) {
                    problems.push(Problem::field(
                        name,
                        &format!("go_to.{role}"),
                        "is required: say when to go to this role",
                    ));
                }
            }
            comparison.go_to.sort_by_key(|(r, _)| r != &a);
            if let (Some(ia), Some(ib)) = (ia, ib) {
                if comparison_index.insert(pair(ia, ib), comparison).is_some() {
                    problems.push(Problem::file(name, format!("{a} and {b} are already compared in another file")));
                }
            }
        }

        let mut path_index = HashMap::new();
        for (file, path) in paths {
            let name = file.display.as_str();
            let expected = format!("{}--{}", path.from, path.to);
            if !path.from.is_empty() && !path.to.is_empty() && file.stem != expected {
                problems.push(Problem::file(name, format!("the file name must be {expected}.toml, after its roles")));
            }
            if !path.from.is_empty() && path.from == path.to {
                problems.push(Problem::field(name, "to", "must differ from \"from\""));
            }
            let from = resolve(name, "from", &path.from, &mut problems);
            let to = resolve(name, "to", &path.to, &mut problems);
            if let (Some(from), Some(to)) = (from, to) {
                if path_index.insert((from, to), path).is_some() {
                    problems.push(Problem::file(name, "this path is already described in another file"));
                }
            }
        }

        let mut term_list = Vec::new();
        for (file, term) in terms {
            let name = file.display.as_str();
            let key = phrase_key(&term.term);
            if !term.term.is_empty() && file.stem != term.term {
                problems.push(Problem::field(
                    name,
                    "term",
                    format!("is {:?} but the file name says {:?}; they must match", term.term, file.stem),
                ));
            }
            if let Some(&owner) = by_alias.get(&key) {
                problems.push(Problem::field(
                    name,
                    "term",
                    format!("{:?} is already an alias of role {:?}", term.term, roles[owner.0].1.id),
                ));
            }
            resolve(name, "role", &term.role, &mut problems);
            for (n, id) in term.also.iter().enumerate() {
                if id == &term.role {
                    problems.push(Problem::field(name, &format!("also[{n}]"), "repeats the default reading"));
                }
                resolve(name, &format!("also[{n}]"), id, &mut problems);
            }
            term_list.push(term);
        }

        let mut background_keys: HashMap<String, usize> = HashMap::new();
        let mut background_list = Vec::new();
        for (file, background) in backgrounds {
            let name = file.display.as_str();
            if !background.id.is_empty() && file.stem != background.id {
                problems.push(Problem::field(name, "id", "must equal the file name"));
            }
            let index = background_list.len();
            let phrases = [("id".to_owned(), &background.id), ("name".to_owned(), &background.name)]
                .into_iter()
                .chain(background.aliases.iter().enumerate().map(|(n, a)| (format!("aliases[{n}]"), a)));
            for (field, text) in phrases {
                let key = phrase_key(text);
                if let Some(&role) = by_alias.get(&key) {
                    let role = &roles[role.0].1.id;
                    problems.push(Problem::field(name, &field, format!("{text:?} already names role {role:?}")));
                } else if background_keys.get(&key).is_some_and(|&other| other != index) {
                    problems.push(Problem::field(name, &field, format!("{text:?} already names another background")));
                } else if !key.is_empty() {
                    background_keys.insert(key, index);
                }
            }
            background_list.push(background);
        }
        let background_longest = background_keys.keys().map(|k| k.split(' ').count()).max().unwrap_or(0);

        let role_ids: Vec<&str> = roles.iter().map(|(_, role)| role.id.as_str()).collect();
        let glossary =
            Glossaries::check(vocabulary, &by_alias, &role_ids, &term_list, &background_keys, &mut problems, &resolve);

        if !problems.is_empty() {
            tracing::debug!(problems = problems.len(), "knowledge store rejected");
            return Err(LoadError { problems });
        }
        let roles: Vec<Role> = roles.into_iter().map(|(_, role)| role).collect();
        let lexicon = Lexicon::new(&by_alias, &term_list, &by_id);
        let duties = DutyIndex::new(&roles);
        let profiles = DutyIndex::profiles(&roles);
        tracing::debug!(
            roles = roles.len(),
            comparisons = comparison_index.len(),
            paths = path_index.len(),
            "knowledge store loaded"
        );
        Ok(Store {
            terms: glossary.terms,
            term_by_id: glossary.by_id,
            term_owners: glossary.owners,
            term_related: glossary.related,
            glossary: Glossary::new(&glossary.keys, glossary.written),
            roles,
            links,
            by_id,
            by_alias,
            comparisons: comparison_index,
            paths: path_index,
            ambiguities: term_list,
            backgrounds: background_list,
            background_keys,
            background_longest,
            lexicon,
            duties,
            profiles,
        })
    }

    /// Every role, sorted by id.
    pub fn roles(&self) -> &[Role] {
        &self.roles
    }

    /// The reference of a role id.
    pub fn find(&self, id: &str) -> Option<RoleRef> {
        self.by_id.get(id).copied()
    }

    /// The role with this id.
    pub fn role(&self, id: &str) -> Option<&Role> {
        self.find(id).map(|r| &self[r])
    }

    /// The role whose id, name or alias this text is, ignoring case, punctuation and hyphens.
    pub fn find_alias(&self, text: &str) -> Option<RoleRef> {
        self.by_alias.get(&phrase_key(text)).copied()
    }

    /// The links of a role to others.
    pub fn links(&self, role: RoleRef) -> &Links {
        &self.links[role.0]
    }

    /// The curated comparison of two roles, in either order.
    pub fn comparison(&self, a: RoleRef, b: RoleRef) -> Option<&Comparison> {
        self.comparisons.get(&pair(a, b))
    }

    /// The curated path from one role to another.
    pub fn path(&self, from: RoleRef, to: RoleRef) -> Option<&CareerPath> {
        self.paths.get(&(from, to))
    }

    /// Every curated comparison, in no particular order.
    pub fn comparisons(&self) -> impl Iterator<Item = &Comparison> + '_ {
        self.comparisons.values()
    }

    /// The ends of every curated path, from and to, in no particular order.
    pub fn curated_paths(&self) -> impl Iterator<Item = (RoleRef, RoleRef)> + '_ {
        self.paths.keys().copied()
    }

    /// Every ambiguous term.
    pub fn ambiguities(&self) -> &[Ambiguity] {
        &self.ambiguities
    }

    /// Every background, in file order.
    pub fn backgrounds(&self) -> &[Background] {
        &self.backgrounds
    }

    /// The background whose id, name or alias this text is.
    pub fn find_background(&self, text: &str) -> Option<usize> {
        self.background_keys.get(&phrase_key(text)).copied()
    }

    /// The first background these words name, longest phrase first ("backend dev").
    pub fn background_in(&self, words: &[&str]) -> Option<usize> {
        let words: Vec<&str> = words.iter().map(|w| crate::text::canonical_word(w)).collect();
        for start in 0..words.len() {
            for len in (1..=self.background_longest.min(words.len() - start)).rev() {
                if let Some(&found) = self.background_keys.get(&words[start..start + len].join(" ")) {
                    return Some(found);
                }
            }
        }
        None
    }

    /// Roles grouped by family, in family order, each group sorted by level then name.
    pub fn by_family(&self) -> Vec<(Family, Vec<&Role>)> {
        Family::ALL
            .iter()
            .map(|&family| {
                let mut roles: Vec<&Role> = self.roles.iter().filter(|r| r.family == family).collect();
                roles.sort_by(|a, b| (a.level, &a.name).cmp(&(b.level, &b.name)));
                (family, roles)
            })
            .filter(|(_, roles)| !roles.is_empty())
            .collect()
    }

    /// A one-line count of what the store holds.
    pub fn summary(&self) -> String {
        format!(
            "{} roles, {} comparisons, {} paths, {} ambiguous terms, {} backgrounds, {} product terms",
            self.roles.len(),
            self.comparisons.len(),
            self.paths.len(),
            self.ambiguities.len(),
            self.backgrounds.len(),
            self.terms.len()
        )
    }

    /// The phrases that name roles.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    pub fn duties(&self) -> &DutyIndex {
        &self.duties
    }

    /// The index of what each role is, rather than what it does.
    pub fn profiles(&self) -> &DutyIndex {
        &self.profiles
    }

    /// Every product term, sorted by id.
    pub fn terms(&self) -> &[Term] {
        &self.terms
    }

    /// The reference of a term id.
    pub fn find_term(&self, id: &str) -> Option<TermRef> {
        self.term_by_id.get(id).copied()
    }

    /// The roles that own a term, best first.
    pub fn term_owners(&self, term: TermRef) -> &[RoleRef] {
        &self.term_owners[term.0]
    }

    /// The terms related to a term.
    pub fn term_related(&self, term: TermRef) -> &[TermRef] {
        &self.term_related[term.0]
    }

    /// The sentence that tells two terms apart, from whichever of them holds it.
    pub fn term_versus(&self, a: TermRef, b: TermRef) -> Option<&str> {
        let note = |x: TermRef, y: TermRef| {
            self[x].versus.iter().find(|(id, _)| *id == self[y].id).map(|(_, text)| text.as_str())
        };
        note(a, b).or_else(|| note(b, a))
    }

    /// The phrases that name product terms.
    pub fn glossary(&self) -> &Glossary {
        &self.glossary
    }
}

impl std::ops::Index<TermRef> for Store {
    type Output = Term;

    fn index(&self, term: TermRef) -> &Term {
        &self.terms[term.0]
    }
}

/// The product terms of a store, checked against each other and against the roles.
struct Glossaries {
    terms: Vec<Term>,
    by_id: HashMap<String, TermRef>,
    owners: Vec<Vec<RoleRef>>,
    related: Vec<Vec<TermRef>>,
    /// Phrase key of a term's id, name, abbreviation or alias -> the term.
    keys: HashMap<String, TermRef>,
    /// Phrase key of a spelling that names a term only as written -> that spelling.
    written: HashMap<String, String>,
}

impl Glossaries {
    /// Checks the term files: ids unique, every phrase naming one thing only (no role, no
    /// ambiguous term, no background, no other term), owners that are roles, related terms
    /// and comparisons that exist, and each comparison written once.
    fn check(
        mut files: Vec<(&str, Term)>,
        role_keys: &HashMap<String, RoleRef>,
        role_ids: &[&str],
        ambiguities: &[Ambiguity],
        background_keys: &HashMap<String, usize>,
        problems: &mut Vec<Problem>,
        resolve: &impl Fn(&str, &str, &str, &mut Vec<Problem>) -> Option<RoleRef>,
    ) -> Glossaries {
        files.sort_by(|a, b| a.1.id.cmp(&b.1.id));
        let mut by_id = HashMap::new();
        for (i, (file, term)) in files.iter().enumerate() {
            if by_id.insert(term.id.clone(), TermRef(i)).is_some() {
                problems.push(Problem::field(file, "id", format!("{:?} is already the id of another term", term.id)));
            }
        }
        let ambiguous: HashMap<String, &str> =
            ambiguities.iter().map(|a| (phrase_key(&a.term), a.term.as_str())).collect();
        let mut keys: HashMap<String, TermRef> = HashMap::new();
        let mut written: HashMap<String, String> = HashMap::new();
        let mut owners = Vec::with_capacity(files.len());
        let mut related = Vec::with_capacity(files.len());
        for (i, (file, term)) in files.iter().enumerate() {
            let phrases = [("id".to_owned(), &term.id), ("name".to_owned(), &term.name)]
                .into_iter()
                .chain(term.abbreviation.iter().map(|a| ("abbreviation".to_owned(), a)))
                .chain(term.aliases.iter().enumerate().map(|(n, a)| (format!("aliases[{n}]"), a)))
                .chain(term.written.iter().enumerate().map(|(n, a)| (format!("written[{n}]"), a)));
            for (field, text) in phrases {
                let key = phrase_key(text);
                let exact = field.starts_with("written");
                if exact {
                    written.insert(key.clone(), text.clone());
                }
                let clash = if key.is_empty() {
                    Some("has no letters or digits to match".to_owned())
                } else if exact && (text.contains(|c: char| !c.is_alphanumeric()) || text.to_lowercase() == *text) {
                    Some(format!("{text:?} must be one word with a capital letter, as people write it"))
                } else if let Some(&role) = role_keys.get(&key) {
                    Some(format!("{text:?} already names role {:?}", role_ids[role.0]))
                } else if let Some(word) = ambiguous.get(&key) {
                    Some(format!("{text:?} is the ambiguous term {word:?}"))
                } else if background_keys.contains_key(&key) {
                    Some(format!("{text:?} already names a background"))
                } else {
                    match keys.get(&key) {
                        Some(&other) if other != TermRef(i) => {
                            Some(format!("{text:?} already names term {:?}", files[other.0].1.id))
                        }
                        _ => None,
                    }
                };
                match clash {
                    Some(message) => problems.push(Problem::field(file, &field, message)),
                    None => {
                        keys.insert(key, TermRef(i));
                    }
                }
            }
            let mut mine = Vec::new();
            for (n, id) in term.owners.iter().enumerate() {
                let place = format!("owners[{n}]");
                if let Some(role) = resolve(file, &place, id, problems) {
                    if mine.contains(&role) {
                        problems.push(Problem::field(file, &place, format!("names {id:?} twice")));
                    } else {
                        mine.push(role);
                    }
                }
            }
            owners.push(mine);
            let mut linked = Vec::new();
            for (n, id) in term.related.iter().enumerate() {
                let place = format!("related[{n}]");
                match by_id.get(id) {
                    _ if id == &term.id => problems.push(Problem::field(file, &place, "a term cannot name itself")),
                    Some(other) if linked.contains(other) => {
                        problems.push(Problem::field(file, &place, format!("names {id:?} twice")))
                    }
                    Some(&other) => linked.push(other),
                    None => problems.push(Problem::field(file, &place, format!("names {id:?}, which is not a term"))),
                }
            }
            related.push(linked);
            for (id, _) in &term.versus {
                let place = format!("versus.{id}");
                match by_id.get(id) {
                    _ if id == &term.id => {
                        problems.push(Problem::field(file, &place, "a term cannot be compared with itself"))
                    }
                    Some(other)
                        if files[other.0].1.versus.iter().any(|(back, _)| back == &term.id) && term.id > *id =>
                    {
                        problems.push(Problem::field(
                            file,
                            &place,
                            format!("{id:?} already tells the two apart; keep one of the two sentences"),
                        ))
                    }
                    Some(_) => {}
                    None => problems.push(Problem::field(file, &place, format!("names {id:?}, which is not a term"))),
                }
            }
        }
        let terms = files.into_iter().map(|(_, term)| term).collect();
        Glossaries { terms, by_id, owners, related, keys, written }
    }
}

impl std::ops::Index<RoleRef> for Store {
    type Output = Role;

    fn index(&self, role: RoleRef) -> &Role {
        &self.roles[role.0]
    }
}

/// An unordered pair of roles.
fn pair(a: RoleRef, b: RoleRef) -> (RoleRef, RoleRef) {
    (a.min(b), a.max(b))
}

/// Whether a file name is a valid role id.
fn is_id(stem: &str) -> bool {
    !stem.is_empty() && stem.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}
