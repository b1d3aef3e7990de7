//! Finding role and product-term mentions inside free text: by name, alias or ambiguous term,
//! longest phrase first, on word boundaries, tolerant of plurals, "management"-style forms and typos.

use std::collections::HashMap;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::knowledge::entry::Ambiguity;
use crate::knowledge::entry::TermRef;
use crate::knowledge::RoleRef;
use crate::text::{bounded_distance_chars, canonical_word, typo_allowance};

/// What a phrase in the lexicon points at.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Target {
    Role(RoleRef),
    /// An ambiguous term: its index in the store's terms, and the role it reads as by default.
    Ambiguity {
        term: usize,
        role: RoleRef,
    },
}

/// A role found in a question.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mention {
    /// The role named.
    pub role: RoleRef,
    /// Index of the ambiguous term the user wrote, if it was one.
    pub ambiguity: Option<usize>,
    /// The words it covers: `start..end`.
    pub start: usize,
    pub end: usize,
    /// Whether a typo had to be corrected to find it.
    pub corrected: bool,
}

/// Phrases indexed for matching in free text: whole phrases by key, the words they use, and
/// the longer words a typo can be corrected to. Roles and product terms each keep one.
#[derive(Debug, PartialEq)]
struct Phrases<T> {
    phrases: FxHashMap<String, T>,
    /// Every phrase and every start of one, in words ("product", "product manager"), with
    /// what the words name when they are a whole phrase: matching stops lengthening a phrase
    /// as soon as no phrase starts so, rather than trying every length.
    starts: FxHashMap<String, Option<T>>,
    /// Every word that occurs in some phrase.
    vocabulary: FxHashSet<String>,
    /// Words long enough to be recognised through a typo, with their characters and letters.
    typo_targets: Vec<(String, Vec<char>, u32)>,
    /// The typo targets by first letter and by second letter, as indexes into `typo_targets`:
    /// a typo keeps one of the two, so only those sharing one are tried. Each list is in
    /// order of length, so only targets of a reachable length are looked at.
    by_first: FxHashMap<char, Targets>,
    by_second: FxHashMap<char, Targets>,
    longest: usize,
    /// Which index this is, for the corrections each thread remembers.
    id: IndexId,
}

/// A number of its own for each index made: the corrections remembered are the index's own.
#[derive(Debug)]
struct IndexId(u64);

impl IndexId {
    fn next() -> IndexId {
        static MADE: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        IndexId(MADE.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
    }
}

/// Indexes are equal by their phrases, whatever their numbers.
impl PartialEq for IndexId {
    fn eq(&self, _: &IndexId) -> bool {
        true
    }
}

thread_local! {
    /// The typo corrections worked out on this thread, by index and word: the nearest target,
    /// if one is.
    static CORRECTIONS: std::cell::RefCell<FxHashMap<u64, FxHashMap<String, Option<usize>>>> =
        std::cell::RefCell::default();
}

/// Most corrections a thread remembers for one index before it starts again.
const MOST_CORRECTIONS: usize = 50_000;

/// Typo targets that share a letter, in order of length, with where each length starts.
#[derive(Debug, Default, PartialEq)]
struct Targets {
    /// Indexes into `typo_targets`, shortest first.
    by_length: Vec<usize>,
    /// For each length up to one past [`MAX_TYPO_CHARS`], where the targets at least that long
    /// start in `by_length`.
    starts: Vec<usize>,
}

impl Targets {
    /// The targets, given as indexes with their lengths.
    fn new(mut targets: Vec<(usize, usize)>) -> Targets {
        targets.sort_by_key(|&(_, len)| len);
        let starts = (0..=MAX_TYPO_CHARS + 1).map(|l| targets.partition_point(|&(_, len)| len < l)).collect();
        Targets { by_length: targets.into_iter().map(|(i, _)| i).collect(), starts }
    }

    /// The targets whose length is within `allowance` of `len`: no other is within reach (nor
    /// any longer than the distance measures).
    fn of_length(&self, len: usize, allowance: usize) -> &[usize] {
        let start = |l: usize| self.starts[l.min(MAX_TYPO_CHARS + 1)];
        let (from, to) = (start(len.saturating_sub(allowance)), start(len + allowance + 1));
        &self.by_length[from..to.max(from)]
    }
}

/// The letters a word uses, as bits: a to z, and one bit for any other character.
fn letters(word: &str) -> u32 {
    word.chars().fold(0, |set, c| match c {
        'a'..='z' => set | 1 << (c as u32 - 'a' as u32),
        _ => set | 1 << 26,
    })
}

/// Longest word a typo is looked for in, in characters: as long as the distance measures.
const MAX_TYPO_CHARS: usize = 40;

/// Short words that read as the start of a role phrase too easily to be typo-corrected.
const NEVER_CORRECTED: &[&str] =
    &["owned", "owning", "manage", "managed", "managing", "leads", "leading", "produce", "produced"];

impl<T: Copy> Phrases<T> {
    fn new(phrases: FxHashMap<String, T>) -> Phrases<T> {
        let vocabulary: FxHashSet<String> = phrases.keys().flat_map(|k| k.split(' ')).map(str::to_owned).collect();
        let mut typo_targets: Vec<(String, Vec<char>, u32)> = vocabulary
            .iter()
            .filter(|w| w.chars().count() >= 5)
            .map(|w| (w.clone(), w.chars().collect(), letters(w)))
            .collect();
        typo_targets.sort();
        let mut by_first: FxHashMap<char, Vec<(usize, usize)>> = FxHashMap::default();
        let mut by_second: FxHashMap<char, Vec<(usize, usize)>> = FxHashMap::default();
        for (i, (_, chars, _)) in typo_targets.iter().enumerate() {
            by_first.entry(chars[0]).or_default().push((i, chars.len()));
            by_second.entry(chars[1]).or_default().push((i, chars.len()));
        }
        let by_first = by_first.into_iter().map(|(c, targets)| (c, Targets::new(targets))).collect();
        let by_second = by_second.into_iter().map(|(c, targets)| (c, Targets::new(targets))).collect();
        let longest = phrases.keys().map(|k| k.split(' ').count()).max().unwrap_or(1);
        let mut starts: FxHashMap<String, Option<T>> = FxHashMap::default();
        for (key, &target) in &phrases {
            for (end, _) in key.match_indices(' ') {
                starts.entry(key[..end].to_owned()).or_insert(None);
            }
            starts.insert(key.clone(), Some(target));
        }
        Phrases { phrases, starts, vocabulary, typo_targets, by_first, by_second, longest, id: IndexId::next() }
    }

    /// The index's reading of one word: itself, its singular or canonical form, or the
    /// phrase word it is a typo of; `true` when a typo was corrected. Then whether the reading
    /// is a phrase word at all (matching looks for phrases among those only).
    fn read<'w>(&'w self, word: &'w str) -> ((&'w str, bool), bool) {
        let canonical = canonical_word(word);
        if self.vocabulary.contains(canonical) {
            return ((canonical, false), true);
        }
        if let Some(singular) = canonical.strip_suffix('s') {
            let singular = canonical_word(singular);
            if self.vocabulary.contains(singular) {
                return ((singular, false), true);
            }
            // "stories" -> "story"
            if let Some(stem) = singular.strip_suffix("ie") {
                if let Some(found) = self.vocabulary.get(&format!("{stem}y")) {
                    return ((found.as_str(), false), true);
                }
            }
        }
        // (typos are corrected to phrase words only)
        if let Some(fixed) = self.correct(canonical) {
            return ((fixed, true), true);
        }
        ((canonical, false), false)
    }

    /// [`Phrases::read`], or the word as it is when it is `taken` by something else: such a
    /// word is part of no phrase found.
    fn read_unless<'w>(&'w self, word: &'w str, taken: bool) -> ((&'w str, bool), bool) {
        match taken {
            true => ((word, false), false),
            false => self.read(word),
        }
    }

    /// The one phrase word this is a typo of, if exactly one is nearest: worked out once on
    /// each thread, as chat repeats its words.
    fn correct(&self, word: &str) -> Option<&str> {
        // (a word of four bytes has four characters at most, too few to carry a typo)
        if word.len() < 5 {
            return None;
        }
        let allowance = typo_allowance(word.chars().count());
        if allowance == 0 || NEVER_CORRECTED.contains(&word) || !word.chars().all(char::is_alphabetic) {
            return None;
        }
        let known = CORRECTIONS.with_borrow(|all| all.get(&self.id.0).and_then(|words| words.get(word).copied()));
        let target = known.unwrap_or_else(|| {
            let target = self.nearest(word, allowance);
            CORRECTIONS.with_borrow_mut(|all| {
                let words = all.entry(self.id.0).or_default();
                if words.len() >= MOST_CORRECTIONS {
                    words.clear();
                }
                words.insert(word.to_owned(), target);
            });
            target
        });
        target.map(|i| self.typo_targets[i].0.as_str())
    }

    /// The typo target `word` is nearest, as an index into `typo_targets`, if exactly one is.
    fn nearest(&self, word: &str, allowance: usize) -> Option<usize> {
        // the characters, on the stack: a word too long for the distance is near no target
        let mut buffer = ['\0'; MAX_TYPO_CHARS];
        let mut count = 0;
        for c in word.chars() {
            *buffer.get_mut(count)? = c;
            count += 1;
        }
        let chars = &buffer[..count];
        // "operating" is a word of its own, not a typo of "operation"
        let ing = word.ends_with("ing");
        let mut best: Option<(usize, usize)> = None;
        let mut tied = false;
        let word_letters = letters(word);
        // typos rarely hit both of the first two letters: the targets sharing the first, then
        // those sharing only the second
        let same_first = self.by_first.get(&chars[0]).map_or(&[][..], |t| t.of_length(chars.len(), allowance)).iter();
        let same_second = chars
            .get(1)
            .and_then(|second| self.by_second.get(second))
            .map_or(&[][..], |t| t.of_length(chars.len(), allowance))
            .iter()
            .filter(|&&i| self.typo_targets[i].1[0] != chars[0]);
        for &i in same_first.chain(same_second) {
            let (target, target_chars, target_letters) = &self.typo_targets[i];
            let limit = allowance.min(typo_allowance(target_chars.len()).max(1));
            if chars.len().abs_diff(target_chars.len()) > limit {
                continue;
            }
            // each letter one word has and the other lacks takes an edit of its own
            let missing =
                (word_letters & !target_letters).count_ones().max((target_letters & !word_letters).count_ones());
            if missing as usize > limit {
                continue;
            }
            if ing && !target.ends_with("ing") {
                continue;
            }
            let Some(d) = bounded_distance_chars(chars, target_chars, limit) else { continue };
            match best {
                Some((b, _)) if d > b => {}
                Some((b, _)) if d == b => tied = true,
                _ => {
                    best = Some((d, i));
                    tied = false;
                }
            }
        }
        best.filter(|_| !tied).map(|(_, i)| i)
    }

    /// Every phrase in words already read, left to right, longest first, never overlapping,
    /// skipping the words `taken` says belong to something else: (target, start, end,
    /// corrected).
    fn find(
        &self,
        read: &[(&str, bool)],
        phrase_words: &[bool],
        taken: impl Fn(usize) -> bool,
    ) -> Vec<(T, usize, usize, bool)> {
        let mut found = Vec::new();
        let mut start = 0;
        let mut key = String::new();
        // how many words from each on are phrase words: a phrase is made of them only
        let mut known = vec![0; read.len() + 1];
        for at in (0..read.len()).rev() {
            if !taken(at) && phrase_words[at] {
                known[at] = known[at + 1] + 1;
            }
        }
        while start < read.len() {
            let mut matched = None;
            // the longest phrase from here: lengthened a word at a time while some phrase
            // starts with the words so far (the words of `known` are none of them taken)
            key.clear();
            for len in 1..=self.longest.min(known[start]) {
                if len > 1 {
                    key.push(' ');
                }
                key.push_str(read[start + len - 1].0);
                let Some(&whole) = self.starts.get(&key) else { break };
                let Some(target) = whole else { continue };
                let corrected = read[start..start + len].iter().any(|(_, c)| *c);
                // a lone corrected short word is more likely another word than a phrase
                if corrected && len == 1 && key.len() < 7 {
                    continue;
                }
                matched = Some((target, len, corrected));
            }
            match matched {
                Some((target, len, corrected)) => {
                    found.push((target, start, start + len, corrected));
                    start += len;
                }
                None => start += 1,
            }
        }
        found
    }
}

/// Every phrase that names a role, indexed for matching.
#[derive(Debug, PartialEq)]
pub struct Lexicon {
    index: Phrases<Target>,
}

impl Lexicon {
    /// Builds the lexicon from the store's alias index (phrase key -> role) and its terms.
    pub(crate) fn new(
        aliases: &HashMap<String, RoleRef>,
        terms: &[Ambiguity],
        ids: &HashMap<String, RoleRef>,
    ) -> Lexicon {
        let mut phrases: FxHashMap<String, Target> =
            aliases.iter().map(|(k, &v)| (k.clone(), Target::Role(v))).collect();
        for (i, term) in terms.iter().enumerate() {
            if let Some(&role) = ids.get(&term.role) {
                phrases.insert(crate::text::phrase_key(&term.term), Target::Ambiguity { term: i, role });
            }
        }
        Lexicon { index: Phrases::new(phrases) }
    }

    /// Every role mention in these words (from [`crate::text::words`]), left to right,
    /// longest phrase first, never overlapping.
    pub fn mentions(&self, words: &[&str]) -> Vec<Mention> {
        let (read, phrase_words): (Vec<(&str, bool)>, Vec<bool>) = words.iter().map(|w| self.index.read(w)).unzip();
        let mut found: Vec<Mention> = self
            .index
            .find(&read, &phrase_words, |_| false)
            .into_iter()
            .map(|(target, start, end, corrected)| {
                let (role, ambiguity) = target.role();
                Mention { role, ambiguity, start, end, corrected }
            })
            .collect();
        self.share_heads(&read, &mut found);
        self.borrow_heads(&read, &mut found);
        found
    }

    /// "senior pm to principal?", "director of product: how do I get to VP level?": a title
    /// word standing alone names a role with the rest of a role phrase said nearby.
    fn borrow_heads(&self, read: &[(&str, bool)], found: &mut Vec<Mention>) {
        const TITLES: &[&str] =
            &["associate", "junior", "senior", "lead", "group", "principal", "director", "head", "vp", "svp", "chief"];
        const ARTICLES: &[&str] = &["a", "an", "the", "this", "that", "these", "those"];
        const POSSESSIVES: &[&str] = &["my", "our", "your", "his", "her", "their"];
        if found.is_empty() {
            return;
        }
        let mut borrowed = Vec::new();
        for (at, &(word, corrected)) in read.iter().enumerate() {
            if !TITLES.contains(&word) || found.iter().any(|f| (f.start..f.end).contains(&at)) {
                continue;
            }
            // only where a role is expected: "to principal", "or lead?", "aiming for VP"
            const SLOTS: &[&str] = &[
                "to", "into", "for", "from", "or", "and", "vs", "versus", "v", "a", "an", "as", "become", "reach",
                "make", "towards", "toward", // "wanting to go principal instead of managing people"
                "go", "going", // ("head of product now, want be VP somewhere bigger")
                "be",
            ];
            // "lead the team", "senior leadership", "lead my team": a verb or an adjective
            let next = read.get(at + 1).map(|r| r.0);
            const SLOT_NOUNS: &[&str] = &["level", "levels", "role", "roles", "position", "title", "track"];
            // ("my manager mentioned the principal track": a title with the post it names)
            let the_post =
                at > 0 && read[at - 1].0 == "the" && next.is_some_and(|n| matches!(n, "track" | "level" | "levels"));
            // ("director of product -> VP": right after another role, an arrow or a slash between)
            // (not a word read as a title by its spelling: "product manager directly")
            // (a role of two words or more: "marketing director" is another job)
            let after_role = !corrected && found.iter().any(|f| f.end == at && f.end - f.start >= 2);
            // ("where does principal fit relative to both?": a title asked about where it sits)
            let placed =
                at > 0 && read[at - 1].0 == "does" && next.is_some_and(|n| matches!(n, "fit" | "sit" | "fall"));
            if at == 0 || !(SLOTS.contains(&read[at - 1].0) || the_post || after_role || placed) {
                continue;
            }
            // ("is it a people leader role or more of a senior IC?": a grade of other work)
            const OTHER_WORK: &[&str] = &[
                "ic",
                "ics",
                "individual",
                "engineer",
                "engineers",
                "dev",
                "devs",
                "developer",
                "developers",
                "leader",
                "leaders",
                "leadership",
                "stakeholder",
                "stakeholders",
                "staff",
                "hire",
                "hires",
                "people",
            ];
            if next.is_some_and(|n| OTHER_WORK.contains(&n)) {
                continue;
            }
            // ("how do I make senior?", not "we make senior decisions")
            let made = matches!(read[at - 1].0, "make" | "towards" | "toward");
            const AFTER_MADE: &[&str] =
                &["level", "in", "by", "within", "before", "this", "next", "soon", "eventually", "one"];
            if made && next.is_some_and(|n| !AFTER_MADE.contains(&n)) {
                continue;
            }
            if next.is_some_and(|n| {
                ARTICLES.contains(&n)
                    || (self.index.vocabulary.contains(n) && !SLOT_NOUNS.contains(&n))
                    || (word == "lead" && POSSESSIVES.contains(&n))
            }) {
                continue;
            }
            // nearest phrase first; its words after the first, or all of them ("pm")
            let mut sources: Vec<&Mention> = found.iter().collect();
            sources.sort_by_key(|m| m.start.abs_diff(at));
            // ("i'm a principal pm. how do I go from principal to GPM?": the same role again;
            // "from principal to GPM": a title of the product ladder when no phrase lends one)
            let lend = |head: &str| match self.index.phrases.get(&format!("{word} {head}")) {
                Some(&Target::Role(role)) => Some(role),
                _ => None,
            };
            let named = sources
                .iter()
                .find_map(|m| {
                    let phrase: Vec<&str> = read[m.start..m.end].iter().map(|r| r.0).collect();
                    let heads = [&phrase[1..], &phrase[..]];
                    heads.iter().filter(|head| !head.is_empty()).find_map(|head| lend(&head.join(" ")))
                })
                .or_else(|| {
                    // ("a junior doctor", "senior developer": a title of another job)
                    let alone = next.is_none_or(|n| {
                        matches!(
                            n,
                            "to" | "into"
                                | "or"
                                | "and"
                                | "vs"
                                | "then"
                                | "level"
                                | "next"
                                | "now"
                                | "eventually"
                                // ("… to director? asking bc …", "… to director, how long?": the
                                // next words ask on, the title stands alone)
                                | "how"
                                | "what"
                                | "asking"
                                | "any"
                                | "tips"
                        )
                    });
                    // ("path from lead PM to director?": the product ladder's director, where a
                    // move goes)
                    let goal = matches!(read[at - 1].0, "to" | "into" | "become" | "be") || after_role;
                    alone.then(|| lend("pm").or_else(|| goal.then(|| lend("of product")).flatten())).flatten()
                });
            if let Some(role) = named {
                borrowed.push(Mention { role, ambiguity: None, start: at, end: at + 1, corrected });
            }
        }
        found.extend(borrowed);
        found.sort_by_key(|m| m.start);
    }

    /// "delivery and project managers", "vp and svp of product", "project vs program vs
    /// product manager": a word joined to a role phrase, that names a role with the rest of
    /// that phrase, is a mention of its own.
    fn share_heads(&self, read: &[(&str, bool)], found: &mut Vec<Mention>) {
        const JOINERS: &[&str] = &["and", "or", "vs", "v", "versus"];
        let phrases: Vec<Mention> = found.iter().copied().filter(|m| m.end - m.start >= 2).collect();
        for m in phrases {
            let tail: Vec<&str> = read[m.start + 1..m.end].iter().map(|r| r.0).collect();
            // walk left over "X and Y and <phrase>" while each word names a role with the tail
            let mut at = m.start;
            while at >= 2 && JOINERS.contains(&read[at - 1].0) {
                let word = at - 2;
                if found.iter().any(|f| (f.start..f.end).contains(&word)) {
                    break;
                }
                let key = format!("{} {}", read[word].0, tail.join(" "));
                let Some(&target) = self.index.phrases.get(&key) else { break };
                let (role, ambiguity) = target.role();
                found.push(Mention { role, ambiguity, start: word, end: word + 1, corrected: read[word].1 });
                at = word;
            }
        }
        found.sort_by_key(|m| m.start);
    }

    /// Every phrase and the role it names, for suggestions.
    pub(crate) fn phrases(&self) -> impl Iterator<Item = (&str, RoleRef)> {
        self.index.phrases.iter().map(|(k, t)| (k.as_str(), t.role().0))
    }
}

impl Target {
    /// The role a phrase names, and the ambiguous term it was, if it was one.
    fn role(self) -> (RoleRef, Option<usize>) {
        match self {
            Target::Role(role) => (role, None),
            Target::Ambiguity { term, role } => (role, Some(term)),
        }
    }
}

/// A product term found in a question.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TermMention {
    pub term: TermRef,
    /// The words it covers: `start..end`.
    pub start: usize,
    pub end: usize,
    /// Whether a typo had to be corrected to find it.
    pub corrected: bool,
}

/// Every phrase that names a product term, indexed for matching like the roles.
#[derive(Debug, PartialEq)]
pub struct Glossary {
    index: Phrases<TermRef>,
    /// Phrase key -> the one way of writing it that names a term in free text ("SAFe").
    written: FxHashMap<String, String>,
}

impl Glossary {
    /// Builds the glossary from the store's term index (phrase key -> term).
    pub(crate) fn new(keys: &HashMap<String, TermRef>, written: HashMap<String, String>) -> Glossary {
        Glossary {
            index: Phrases::new(keys.iter().map(|(k, &t)| (k.clone(), t)).collect()),
            written: written.into_iter().collect(),
        }
    }

    /// [`Glossary::mentions`] in free text: a word that names a term only as written ("SAFe",
    /// never "safe") counts where `text` writes it so.
    pub fn mentions_in_text(&self, words: &[&str], text: &str, taken: impl Fn(usize) -> bool) -> Vec<TermMention> {
        let mut found = self.mentions(words, taken);
        if !self.written.is_empty() {
            // written forms are one word each
            found.retain(|m| {
                m.end - m.start != 1
                    || self.written.get(canonical_word(words[m.start])).is_none_or(|spelled| {
                        text.split(|c: char| !c.is_alphanumeric()).any(|token| token == spelled.as_str())
                    })
            });
        }
        found
    }

    /// Every term mention in these words, left to right, longest phrase first, leaving out
    /// the words `taken` (those that name a role).
    pub fn mentions(&self, words: &[&str], taken: impl Fn(usize) -> bool) -> Vec<TermMention> {
        // (a word taken by something else is part of no term: it needs no reading)
        let (read, phrase_words): (Vec<(&str, bool)>, Vec<bool>) = words
            .iter()
            .enumerate()
            .map(|(at, &w)| match self.index.read_unless(w, taken(at)) {
                // "person" is not a typo of "persona", nor "personal": a word that a term word
                // merely extends or cuts short is a word of its own
                ((fixed, true), _) if fixed.starts_with(w) || w.starts_with(fixed) => {
                    ((w, false), self.index.vocabulary.contains(w))
                }
                reading => reading,
            })
            .unzip();
        self.index
            .find(&read, &phrase_words, taken)
            .into_iter()
            .map(|(term, start, end, corrected)| TermMention { term, start, end, corrected })
            .collect()
    }

    /// Every phrase and the term it names, for suggestions.
    pub(crate) fn phrases(&self) -> impl Iterator<Item = (&str, TermRef)> {
        self.index.phrases.iter().map(|(k, &t)| (k.as_str(), t))
    }
}
