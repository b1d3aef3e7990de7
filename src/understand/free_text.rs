//! Reading a message written as people write in chat: which roles it names, what its cue words
//! ask for, and how sure the reading is. Every number the reading uses is in [`WEIGHTS`], with
//! the reason for it.

use super::cues::{self, Cues};
use crate::commands::compare::MAX_COMPARED;
use crate::knowledge::{RoleRef, Store};
use crate::lexicon::{Mention, TermMention};
use crate::query::{Owner, Query, Understood};
use crate::text::{count_words, split_words};

/// How sure one kind of reading starts, and what each word it cannot explain costs.
#[derive(Debug, Clone, Copy)]
pub struct Weight {
    pub base: f32,
    pub per_leftover: f32,
}

impl Weight {
    const fn new(base: f32, per_leftover: f32) -> Weight {
        Weight { base, per_leftover }
    }

    fn at(self, leftover: f32) -> f32 {
        self.base - self.per_leftover * leftover
    }
}

/// Every number free-text reading uses. Confidence runs from 0 to 1; the bot answers
/// unprompted from [`Understood::CONFIDENT`] and drops a reading below `low`.
#[derive(Debug)]
pub struct Weights {
    /// Below this a reading is dropped and the message is `none`: a guess is worse than
    /// silence in a channel, and "I can't answer that" is the honest reply when addressed.
    pub low: f32,
    /// A typo had to be corrected to find a role: a little less sure, since a near miss of a
    /// role word is sometimes another word.
    pub corrected: f32,
    /// Two roles and a comparison cue ("vs", "difference"): the plainest comparison there is.
    pub compare_cue: f32,
    /// Two roles and a move cue ("become", "from X to Y"): clear, unless many words are left.
    pub two_role_move: Weight,
    /// Two roles in a "who ..." question: the owner of a duty, among or beside those roles.
    pub two_role_who: f32,
    /// "is a PO (the same as / a kind of) a PM?": a comparison without a comparison word.
    pub is_x_y: Weight,
    /// Two roles joined by "or"/"and": most likely a comparison.
    pub x_or_y: Weight,
    /// Two roles and no cue at all: a comparison only if little else is said.
    pub two_roles_bare: Weight,
    /// One role, read as where the asker stands ("what comes after X"): moving to its usual
    /// next role, a step more of interpretation than a direct move.
    pub from_here: Weight,
    /// One role and a move cue ("how do I become a PO").
    pub one_role_move: Weight,
    /// "who ..." naming one role and a duty it owns.
    pub one_role_who: f32,
    /// "who is the CPO": asks what the role is.
    pub who_is: Weight,
    /// One role and a definition cue ("what does a PO do").
    pub define_cue: Weight,
    /// One role and no cue: a bare name ("product owner?") is a question; a role inside a
    /// sentence is usually chatter, so every extra word costs a lot.
    pub one_role_bare: Weight,
    /// Help or list requests with no role: sure when short.
    pub help_or_list: f32,
    /// Most unexplained words a help or list request may carry.
    pub help_or_list_leftover: f32,
    /// A duty's match score at which a role counts as an owner.
    pub owner: f32,
    /// The best duty match needed to read a role-less "who ..." as a duty question.
    pub who_duty: f32,
    /// The best duty match of a who question that a guess at a job outside the roles here
    /// does not silence: the role that plainly does the work is the answer.
    pub guessed_wrong: f32,
    /// A weaker best match still reads as the duty's owner when it is this many times the
    /// second best: one role clearly owns it even if the question uses words no
    /// responsibility has.
    pub who_margin: f32,
    /// The least a best match may score to be read through the margin.
    pub who_floor: f32,
    /// When no role leads by the margin, the least the two best may score to be named
    /// together, as owners that depend on the team ("the PM or the PO").
    pub who_shared_floor: f32,
    /// The confidence of such a shared reading: answered when addressed, never unprompted.
    pub who_shared: f32,
    /// Or the least weight of question words it must match to be read through the margin:
    /// about two words that few responsibilities use, however many words surround them.
    pub who_evidence: f32,
    /// A product term with a cue that asks what it means ("what's a PRD?", "what does MVP
    /// stand for"): as sure as a role's definition.
    pub term_cue: Weight,
    /// A product term alone ("MVP?"): answered when addressed, but a bare word in a channel
    /// is as often a reply to someone as a question, so not unprompted.
    pub term_bare: f32,
    /// "who writes the PRD?": no responsibility matched, but the term's owners are known.
    pub term_who: f32,
    /// A role asked for by a description of it: answered when addressed, never unprompted,
    /// since a description is read more loosely than a duty.
    pub described: f32,
    /// How far the role a description fits best must lead the next.
    pub described_margin: f32,
    /// Most unexplained words a reading with a move or definition cue is charged for: past
    /// a couple, extra words around a clear question are context ("with no tech background"),
    /// not doubt about what is asked.
    pub cued_leftover_cap: f32,
}

/// The weights in use.
pub const WEIGHTS: Weights = Weights {
    low: 0.5,
    corrected: 0.1,
    compare_cue: 0.95,
    two_role_move: Weight::new(0.9, 0.1),
    two_role_who: 0.8,
    is_x_y: Weight::new(0.85, 0.05),
    x_or_y: Weight::new(0.8, 0.1),
    two_roles_bare: Weight::new(0.7, 0.2),
    from_here: Weight::new(0.8, 0.1),
    one_role_move: Weight::new(0.9, 0.15),
    one_role_who: 0.85,
    who_is: Weight::new(0.85, 0.15),
    define_cue: Weight::new(0.9, 0.1),
    one_role_bare: Weight::new(0.8, 0.35),
    help_or_list: 0.9,
    help_or_list_leftover: 3.0,
    owner: 0.5,
    who_duty: 0.55,
    guessed_wrong: 0.85,
    who_margin: 1.5,
    who_floor: 0.28,
    who_shared_floor: 0.3,
    who_shared: 0.65,
    who_evidence: 10.0,
    cued_leftover_cap: 2.0,
    term_cue: Weight::new(0.9, 0.1),
    term_bare: 0.7,
    term_who: 0.8,
    described: 0.7,
    described_margin: 1.25,
};

fn none() -> Understood {
    Understood::sure(Query::None)
}

/// Reads free text.
pub fn read(store: &Store, text: &str) -> Understood {
    let w = &WEIGHTS;
    // ("who do one ah?" reads "who do?")
    let plain = super::clean::colloquial(text);
    let text = &*plain;
    let mut buffer = String::new();
    let mut ws = split_words(text, &mut buffer);
    if ws.is_empty() {
        return none();
    }
    // "que es un PR-FAQ?", "qual a diferença entre PO e PM?": question words of Spanish,
    // Portuguese or French said in an English sentence
    for i in 0..ws.len() {
        let before = i.checked_sub(1).map(|k| ws[k]);
        if let Some(english) = cues::foreign_question_word(before, ws[i]) {
            ws[i] = english;
        }
    }
    // ("loop in the PMM, not the marketing manager … how are those different?": a role set
    // aside is one of those a comparison points back at)
    let compares_back = compares_by_pointing(&ws);
    let possessives = possessives(text);
    let mut mentions: Vec<Mention> = store
        .lexicon()
        .mentions(&ws)
        .into_iter()
        .filter(|m| {
            !used_as_verb(&ws, m)
                && !another_kind(&ws, m)
                && (compares_back || !negated(&ws, m))
                && !used_as_time(&ws, m)
                && !seniority_as_people(&ws, m)
                && !text_message(&ws, m)
                && !said_for_them(&ws, m)
                && !so_much(&ws, m)
                // ("2pm is not ok for PM-san": an honorific makes the title a person's name)
                && !ws.get(m.end).is_some_and(|w| matches!(*w, "san" | "sama"))
                // ("what's this pm bot for?": what a bot is about; "PM tooling": what it serves)
                && !ws.get(m.end).is_some_and(|w| matches!(*w, "bot" | "bots" | "tooling" | "tools" | "stack" | "templates"))
                && !of_one_person(&possessives, &ws, m)
                && !a_purchase_order(&ws, m)
                && !point_of_sale(&ws, m)
                && !held_now(&ws, m)
                && !people_of_a_team(&ws, m)
                && !standing_in(&ws, m)
                // ("4 related projects, who coordinates all of em?": "em" is "them")
                && !(ws[m.start] == "em"
                    && m.start >= 2
                    && ws[m.start - 1] == "of"
                    && matches!(ws[m.start - 2], "all" | "both" | "some" | "each" | "any" | "most" | "none" | "one" | "few" | "many"))
        })
        .collect();
    graded_by_its_maker(store, &ws, &mut mentions);
    // ("a pm of pms", "a project manager for PMs": the people a role serves, said right after it)
    let served: Vec<bool> = (0..mentions.len())
        .map(|k| {
            let m = &mentions[k];
            // ("is it like devops but for PMs?": for whom, in a guess)
            let in_a_guess = m.start >= 2
                && ws[m.start - 1] == "for"
                && ws[m.start.saturating_sub(6)..m.start].iter().any(|w| matches!(*w, "like" | "basically" | "kinda"));
            // ("a Head of Product above all the pms": the people a role named before sits over)
            let mut back = ws[..m.start].iter().rev().skip_while(|w| matches!(**w, "all" | "the" | "our" | "their"));
            let ranked_over = k > 0
                && back.next().is_some_and(|w| matches!(*w, "above" | "over" | "below" | "under"))
                && mentions[k - 1].role != m.role
                && m.start - mentions[k - 1].end <= 4
                // ("are principal PMs above or below group PMs?": where one stands, asked)
                && !ws[mentions[k - 1].end..m.start].iter().any(|w| matches!(*w, "or" | "and"));
            // ("is it like staff engineer but for PM?": "but for" says whom, one or many)
            (in_a_guess && ws[m.start - 2] == "but")
                || ws[m.end - 1].ends_with('s')
                    && (in_a_guess
                        || ranked_over
                        || k > 0
                            && m.start == mentions[k - 1].end + 1
                            && matches!(ws[mentions[k - 1].end], "of" | "for"))
        })
        .collect();
    if served.contains(&true) {
        let mut k = 0;
        mentions.retain(|_| {
            k += 1;
            !served[k - 1]
        });
    }
    // "tpm x pm, what changes?": an "x" between two roles sets them side by side ("APM y PM,
    // qué cambia?": the Spanish "and" too)
    for pair in mentions.windows(2) {
        let joins = ws[pair[0].end] == "x" || (ws[pair[0].end] == "y" && pair[0].start == 0);
        if pair[1].start == pair[0].end + 1 && joins && pair[0].role != pair[1].role {
            ws[pair[0].end] = "vs";
        }
    }
    // ("what even is that role, who needs that many layers": a "who" that asks no one)
    for i in 0..ws.len() {
        let rhetorical = ws[i] == "who"
            && ws.get(i + 1).is_some_and(|w| matches!(*w, "needs" | "has" | "wants"))
            && ws.get(i + 2).is_some_and(|w| matches!(*w, "that" | "so"))
            && ws.get(i + 3).is_some_and(|w| matches!(*w, "many" | "much"));
        if rhetorical {
            ws[i] = "so";
        }
    }
    let ws = ws;
    // ("I'm a PM — project, not product", "as a PM (project not product lol)": the letters said
    // to mean the project manager)
    if let (Some(product), Some(project)) = (store.find("product-manager"), store.find("project-manager")) {
        for m in mentions.iter_mut().filter(|m| m.role == product && matches!(ws[m.start], "pm" | "pms")) {
            let after = &ws[m.end..(m.end + 6).min(ws.len())];
            let said = after.iter().position(|w| *w == "project").is_some_and(|k| {
                after[k + 1..]
                    .iter()
                    .take(3)
                    .position(|w| *w == "not")
                    .is_some_and(|j| after[k + 2 + j..].first() == Some(&"product"))
            });
            if said {
                m.role = project;
            }
        }
    }
    // "is an APM just a junior PM?": a role set beside a junior version of itself is weighed
    // against the role the junior one grows into
    for i in 0..mentions.len() {
        let m = mentions[i];
        let junior = matches!(ws[m.start], "junior" | "jr") && m.end > m.start + 1;
        if junior && mentions.iter().any(|o| o.role == m.role && o.start != m.start) {
            if let Some(grown) = store.lexicon().mentions(&ws[m.start + 1..m.end]).first() {
                if grown.start == 0 && grown.end == m.end - m.start - 1 {
                    mentions[i].role = grown.role;
                }
            }
        }
    }
    // "is it marketing or something else?", "too marketing for PM roles": a field named as a
    // kind of work beside a role, not a role of its own
    // ("split the marketing budget": a field named before the thing it qualifies)
    let other_roles = mentions.iter().any(|m| !is_field(&ws, m));
    mentions.retain(|m| !is_field(&ws, m) || field_as_role(&ws, m) || !(other_roles || qualifies(&ws, m)));
    // "head of product at a startup (so, the only PM lol). how do I land a director role?": a
    // role named in brackets is an aside beside those named outside them
    let bracketed = brackets(text);
    // "tpm (technical program manager) vs EM": a bracket right after an ambiguous name says
    // which role it means
    for b in &bracketed {
        let Some(meant) = mentions.iter().find(|m| b.contains(&m.start)).map(|m| m.role) else { continue };
        // ("PM (project manager, not product)": a bracket that opens with a role restates it)
        let opens = mentions.iter().any(|m| m.start == b.start && m.role == meant);
        // ("TPM vs PM? (technical product manager)": a role named before glosses the one named
        // earlier)
        if mentions.iter().any(|m| m.end < b.start && m.role == meant) {
            continue;
        }
        if let Some(glossed) = mentions.iter_mut().find(|m| m.end == b.start && (m.ambiguity.is_some() || opens)) {
            (glossed.role, glossed.ambiguity) = (meant, None);
        }
    }
    // ("move into core product (pm)": a bracket that holds only a role names what the words
    // before it mean, and is no aside)
    let names_the_words_before = |b: &std::ops::Range<usize>| {
        let only = mentions.iter().any(|m| m.start == b.start && m.end == b.end);
        only && b.start > 0 && !mentions.iter().any(|m| m.end == b.start)
    };
    let asides: Vec<_> = bracketed.iter().filter(|b| !names_the_words_before(b)).cloned().collect();
    // ("(marketing manager on paper)": the asker's own role, told aside, stays)
    keep_others(&mut mentions, |m| asides.iter().any(|b| b.contains(&m.start)) && !holds(&ws, &(m.start..m.end)));
    // "what does a head of product cover at a small company, like 4 PMs total?": people
    // counted are the size of a team, beside the role asked about
    keep_others(&mut mentions, |m| counted(&ws, m));
    // "at a company with no CPO, what does a head of product do?": a role said to be absent
    keep_others(&mut mentions, |m| {
        let before = |k: usize| m.start.checked_sub(k).map(|i| ws[i]);
        matches!(before(1), Some("no" | "without"))
            || (matches!(before(1), Some("a" | "an" | "the")) && before(2) == Some("without"))
    });
    // "what does a chief of staff to the CPO do?": the role served by another job
    mentions.retain(|m| {
        let before = |k: usize| m.start.checked_sub(k).map(|i| ws[i]);
        !(matches!(before(1), Some("the" | "a" | "our"))
            && matches!(before(2), Some("to" | "for"))
            && matches!(before(3), Some("staff" | "assistant" | "ea" | "pa" | "secretary" | "advisor" | "adviser")))
    });
    // "explain product ops to me like I'm a designer": the role the listener is asked to be
    keep_others(&mut mentions, |m| {
        let before: Vec<&str> = ws[..m.start].iter().rev().take(4).copied().collect();
        // ("if I'm a PO at my co-op, how do I …": where the asker stands; "as if I'm a" pretends)
        let as_if = before.windows(2).take(3).any(|p| p == ["if", "as"]);
        matches!(before.as_slice(), ["a" | "an", "im" | "am", "like" | "if" | "i", ..])
            && before.iter().take(4).any(|w| *w == "like" || (*w == "if" && as_if))
    });
    // "does a GPM still do PM work?": a kind of work named after a role
    keep_others(&mut mentions, |m| {
        // ("how do I get into PO work?": the work one moves into is the role; "how do the PM and
        // the designer work together?": "work" is what the two do)
        let into = m.start > 0 && matches!(ws[m.start - 1], "into" | "to" | "towards" | "toward");
        let together = ws.get(m.end + 1).is_some_and(|w| matches!(*w, "together" | "with" | "alongside"));
        // ("start doing PM-ish stuff": work like the role's)
        let like = ws.get(m.end).is_some_and(|w| *w == "ish");
        (like || ws.get(m.end).is_some_and(|w| matches!(*w, "work" | "stuff" | "tasks" | "skills" | "mindset" | "hat")))
            && !into
            && !holds(&ws, &(m.start..m.end))
            && !together
    });
    // "our PMs kept leaving, i'd like to go for head of product": the team's people, beside
    // the role asked about
    keep_others(&mut mentions, |m| {
        m.start > 0
            && matches!(ws[m.start - 1], "our" | "my" | "their")
            && ws[m.end - 1].ends_with('s')
            && ws.get(m.end).is_some_and(|w| w.ends_with("ed") || matches!(*w, "kept" | "keep" | "left"))
    });
    // "my EM suggested the TPM path, how do I switch?": someone the asker knows, who said
    // something, beside the role asked about
    keep_others(&mut mentions, |m| {
        m.start > 0
            && matches!(ws[m.start - 1], "our" | "my" | "his" | "her")
            && ws.get(m.end).is_some_and(|w| {
                matches!(
                    *w,
                    "suggested"
                        | "suggests"
                        | "said"
                        | "says"
                        | "told"
                        | "recommended"
                        | "recommends"
                        | "advised"
                        | "mentioned"
                        | "thinks"
                        | "reckons"
                        | "encouraged"
                        | "pushed"
                )
            })
    });
    // "want to move into product leadership, something like director of product": a move's end
    // said again more precisely
    if mentions.len() >= 2 && ws.iter().any(|w| cues::kinds_transition(w)) {
        let refined: Vec<usize> = mentions
            .windows(2)
            .filter(|p| {
                p[0].role != p[1].role
                    && p[1].start > p[0].end
                    && p[1].start <= p[0].end + 4
                    && matches!(ws[p[1].start - 1], "like" | "specifically" | "ideally" | "probably" | "eg" | "ie")
                    && !holds(&ws, &(p[0].start..p[0].end))
            })
            .map(|p| p[0].start)
            .collect();
        keep_others(&mut mentions, |m| refined.contains(&m.start));
    }
    // "a senior PM who wants to start managing PMs as a GPM": the people a role manages are
    // not a role of the move
    keep_others(&mut mentions, |m| managed(&ws, m));
    // ("who coaches the APMs and manages a team of PMs?": every role named is managed, and the
    // question asks for whoever does the managing)
    let several = mentions.first().is_some_and(|first| mentions.iter().any(|m| m.role != first.role));
    if several && mentions.iter().all(|m| managed(&ws, m)) && matches!(ws[0], "who" | "whos") {
        mentions.clear();
    }
    // "does anyone know when the new engineering manager joins?": one person arriving
    mentions.retain(|m| {
        let before = |k: usize| m.start.checked_sub(k).map(|i| ws[i]);
        let arrives = |w: &&str| {
            matches!(
                *w,
                "join"
                    | "joins"
                    | "joining"
                    | "start"
                    | "starts"
                    | "starting"
                    | "arrive"
                    | "arrives"
                    | "arriving"
                    | "onboard"
                    | "onboards"
            )
        };
        let person = matches!(before(1), Some("new" | "incoming"))
            && matches!(before(2), Some("the" | "our" | "my" | "your" | "their"))
            && !ws.get(m.end).is_some_and(|w| matches!(*w, "role" | "roles" | "position" | "title" | "job"))
            && ws[m.end..].iter().take(4).any(arrives);
        // "does anyone know if the cpo will join the all-hands?": one person at one event
        let attends = matches!(before(1), Some("the" | "our" | "my" | "your"))
            && matches!(ws.get(m.end).copied(), Some("will" | "is" | "s" | "wont" | "isnt" | "can"))
            && ws.get(m.end + 1).is_some_and(|w| {
                matches!(
                    *w,
                    "join"
                        | "joining"
                        | "attend"
                        | "attending"
                        | "come"
                        | "coming"
                        | "present"
                        | "presenting"
                        | "speak"
                        | "speaking"
                        | "host"
                        | "hosting"
                )
            });
        // ("what time is the town hall? is the cpo presenting?": the same, asked the other way)
        let attends_asked = matches!(before(1), Some("the" | "our"))
            && matches!(before(2), Some("is" | "will" | "isnt"))
            && ws.get(m.end).is_some_and(|w| {
                matches!(*w, "presenting" | "joining" | "attending" | "coming" | "speaking" | "hosting")
            });
        !person && !attends && !attends_asked
    });
    // "what does a senior PM do, besides being a PM for longer?": a role set aside is not asked about
    keep_others(&mut mentions, |m| {
        ws[m.start.saturating_sub(3)..m.start]
            .iter()
            .any(|w| matches!(*w, "besides" | "beyond" | "except" | "excluding"))
    });
    let parts = clauses(text);
    // ("hot take: every PO secretly wants to be a designer", "… is not dead. just saying."): an
    // opinion said, and nothing asked
    if says_an_opinion(&ws) && !parts.iter().any(|p| sounds_asked(p, &ws)) {
        return none();
    }
    // ("recruiter from optum just hit me up for a BA role. anyone worked with them?": a
    // recruiter's approach about an opening, with nothing asked of the role itself)
    let recruiting = ws.iter().any(|w| matches!(*w, "recruiter" | "recruiters" | "headhunter" | "headhunters"));
    let an_opening = mentions
        .iter()
        .any(|m| ws.get(m.end).is_some_and(|n| matches!(*n, "role" | "roles" | "position" | "positions" | "opening")));
    let asks_of_role = ws.iter().any(|w| {
        matches!(
            *w,
            "what"
                | "whats"
                | "explain"
                | "define"
                | "mean"
                | "means"
                | "meaning"
                | "does"
                | "difference"
                | "how"
                | "vs"
                | "become"
                | "which"
                | "who"
        )
    });
    if recruiting && an_opening && !asks_of_role {
        return none();
    }
    // "what time is the PM sync tomorrow?", "the recruiter for the APM req": a role naming
    // a meeting, an opening or an event is no role asked about ("day in the life of a
    // director of product? meetings all day?" names the role, then the meetings)
    let mut cues = Cues::new(&ws, parts.iter().map(|p| p.start).collect(), comma_starts(text));
    if cues.asks_who() && covers_for_a_name(&text.split_whitespace().collect::<Vec<_>>()) {
        return none();
    }
    let moving = cues.transition_words().next().is_some();
    // ("the project manager, program manager and delivery manager": a role named next is no event)
    let starts: Vec<usize> = mentions.iter().map(|m| m.start).collect();
    mentions.retain(|m| {
        let same_clause = parts.iter().any(|p| p.range.contains(&(m.end - 1)) && p.range.contains(&m.end));
        !(same_clause && !starts.contains(&m.end) && names_an_event(&ws, m, moving))
    });
    // "bouncing between clients": "between" weighs only the roles it stands among
    // ("the line between them": roles pointed at)
    let between_nothing = |i: usize| {
        ws[i] == "between"
            && !mentions.iter().any(|m| m.start > i && m.start <= i + 3)
            && !ws.get(i + 1).is_some_and(|w| matches!(*w, "them" | "those" | "these" | "the" | "both" | "each"))
    };
    let compare_words: Vec<usize> = cues.compare_words().collect();
    if cues.compare && !compare_words.is_empty() && compare_words.into_iter().all(between_nothing) {
        cues.compare = false;
    }
    // "I report to the head of product, how do I become a director?", "do designers report to
    // the PM?": the role someone reports to is where they sit, not a role asked about
    keep_others(&mut mentions, |m| {
        let mut i = m.start;
        while i > 0 && matches!(ws[i - 1], "the" | "a" | "an" | "my" | "our" | "their") {
            i -= 1;
        }
        i >= 2
            && ws[i - 1] == "to"
            && matches!(ws[i - 2], "report" | "reports" | "reporting" | "answer" | "answers")
            // ("does a brand manager report to the marketing manager? how do they differ")
            && !cues.compare
    });
    let mut ambiguous = Vec::new();
    for m in &mentions {
        if let Some(ambiguity) = m.ambiguity.filter(|a| !ambiguous.contains(a)) {
            ambiguous.push(ambiguity);
        }
    }
    // (role, first word index) and the words of that first mention
    let (mut roles, mut spans) = distinct_roles(mentions.iter());
    let names_role = |p: &Clause| mentions.iter().any(|m| p.range.contains(&m.start));
    // "three PMs walk into a bar": "into" moves a person only into a role or a field
    let moves: Vec<usize> = cues.transition_words().collect();
    // ("a team that's moving to agile": a move to a way of working, a place or a tool is no
    // move between roles)
    let into_nothing = |&i: &usize| {
        let field = |w: &&str| matches!(*w, "product" | "tech" | "management" | "leadership");
        if ws[i] == "into" {
            return !mentions.iter().any(|m| m.start > i && m.start <= i + 3) && !ws[i + 1..].iter().take(3).any(field);
        }
        let to = matches!(ws[i], "moving" | "move" | "switching" | "switch" | "transitioning" | "transition")
            && ws.get(i + 1).is_some_and(|w| *w == "to");
        // (within its clause: "moving to kanban. PO or SM, which do we need?")
        let end = parts.iter().find(|p| p.range.contains(&i)).map_or(ws.len(), |p| p.range.end).min(i + 7);
        to && !mentions.iter().any(|m| m.start > i + 1 && m.start < end)
            && !ws[(i + 2).min(end)..end].iter().any(|w| {
                field(w)
                    || matches!(
                        *w,
                        "role"
                            | "roles"
                            | "position"
                            | "job"
                            | "track"
                            | "side"
                            | "senior"
                            | "lead"
                            | "managing"
                            | "people"
                    )
            })
    };
    if !moves.is_empty() && moves.iter().all(into_nothing) {
        cues.transition = false;
    }
    let asks = asking_clause(&parts, &ws, &mentions, |i| cues.cues_at(i));
    if let Some(roles) = asked_one_by_one(&parts, &ws, &mentions) {
        return Understood {
            query: Query::DefineEach { roles },
            confidence: w.compare_cue,
            ambiguous: Vec::new(),
            full: false,
        };
    }
    // "me: product ops for 2 years. goal: PM. how??": a role set as a goal is a move
    let goal = mentions.iter().any(|m| {
        ws[m.start.saturating_sub(3)..m.start].iter().any(|w| matches!(*w, "goal" | "goals" | "dream" | "aim"))
    });
    if goal && !cues.compare {
        cues.transition = true;
    }
    // "any advice for going from engineering manager to product?": the asking clause goes from
    // a role to somewhere ("what's expected from a PM to …" is no move)
    let from_role_to = mentions.iter().any(|m| {
        let before = |k: usize| m.start.checked_sub(k).map(|i| ws[i]);
        asks.contains(&m.start)
            && before(1) == Some("from")
            && !matches!(
                before(2),
                Some(
                    "expected"
                        | "expect"
                        | "expects"
                        | "want"
                        | "wants"
                        | "need"
                        | "needs"
                        | "different"
                        | "apart"
                        | "away"
                )
            )
            && ws.get(m.end).is_some_and(|w| *w == "to" || *w == "into")
    });
    // "engineering manager looking to go to the product side, and to head of product": a wish
    // to go somewhere named
    let wants_to_go = ws.windows(4).enumerate().any(|(i, w)| {
        matches!(w[0], "looking" | "want" | "wanting" | "hoping" | "planning" | "trying" | "like")
            && w[1] == "to"
            && matches!(w[2], "go" | "get" | "step" | "head")
            && matches!(w[3], "to" | "into" | "for" | "up")
            && (mentions.iter().any(|m| m.start > i + 3 && m.start <= i + 10)
                || ws[i + 4..].iter().take(3).any(|w| *w == "product"))
    });
    // "can I apply for APM directly?": applying for a post is a move into it
    // ("is it possible to change to product owner?")
    let applies = ws.windows(2).enumerate().any(|(i, w)| {
        // ("how can I pass to product manager?": a move said as one would in Spanish)
        (matches!(w[0], "apply" | "applying" | "change" | "changing" | "shift" | "shifting")
            && matches!(w[1], "for" | "to")
            || (matches!(w[0], "pass" | "passing") && matches!(w[1], "to" | "into")))
            && mentions.iter().any(|m| m.start >= i + 2 && m.start <= i + 4)
    });
    // "how long before I can be a full PM?": the role one may be, once ready
    let may_be = ws.windows(4).enumerate().any(|(i, w)| {
        matches!(w[0], "i" | "you" | "u" | "we" | "one")
            && matches!(w[1], "can" | "could")
            && w[2] == "be"
            && matches!(w[3], "a" | "an")
            && i > 0
            && matches!(ws[i - 1], "before" | "until" | "till" | "til" | "so")
            && mentions.iter().any(|m| m.start >= i + 4 && m.start <= i + 5)
    });
    // "thinking about going program manager", "wanna go PM eventually": to go a role is to
    // move into it
    // ("thinking about going for delivery manager next")
    let goes_role = ws.windows(2).enumerate().any(|(i, w)| {
        matches!(w[0], "go" | "going" | "goin")
            && mentions.iter().any(|m| m.start == i + 1 || (w[1] == "for" && m.start == i + 2))
    });
    if (from_role_to || wants_to_go || applies || may_be || goes_role) && !cues.compare {
        cues.transition = true;
    }
    // "thinking about brand management as a career. what does a brand manager do exactly?": a
    // move told in a remark, beside a question that asks what a role named in it is
    // ("my title changed from UI designer to product designer. what's expected of a product
    // designer?", "can u describe the EM role? people keep asking if I want to go that route":
    // the move told is a remark, and the role is read where the question names it)
    let told_from = ws[..asks.start].contains(&"from");
    if (cues.transition || told_from) && asks != (0..ws.len()) {
        let question = after_filler(&ws[asks.clone()]);
        const WHAT: &[&str] = &["what", "whats", "wat", "wut", "explain", "describe", "define"];
        // ("hi bot, can you describe …", "pls explain …")
        let what = question.iter().take(5).any(|w| WHAT.contains(w));
        // ("… said 'product operations manager' and i nodded. what is that role??": or points
        // back at the one role named before it)
        // ("new role on the careers page: product operations manager. can someone describe it?")
        let points_back = roles.len() == 1
            && (question
                .windows(2)
                .any(|p| matches!(p[0], "that" | "this") && matches!(p[1], "role" | "job" | "title" | "position"))
                || question.iter().enumerate().any(|(i, w)| {
                    WHAT.contains(w) && question[i + 1..].iter().take(2).any(|p| matches!(*p, "it" | "that" | "this"))
                }));
        let names = mentions.iter().any(|m| asks.contains(&m.start)) || points_back;
        // ("what's a program manager do. trying to figure out …": asked without its mark)
        // (where no other clause asks with a mark)
        let marked = parts.iter().any(|p| p.question);
        let asked = parts.iter().any(|p| p.range == asks && (p.question || (!marked && sounds_asked(p, &ws))));
        if what && names && asked && !Cues::new(question, Vec::new(), Vec::new()).transition {
            cues.transition = false;
            for ((role, _), span) in roles.iter().zip(spans.iter_mut()) {
                if let Some(m) = mentions.iter().find(|m| m.role == *role && asks.contains(&m.start)) {
                    *span = m.start..m.end;
                }
            }
        }
    }
    // words the reading does not explain: the more there are, the less sure it is
    let leftover = ws[asks.clone()]
        .iter()
        .enumerate()
        .filter(|&(i, _)| !covered(&mentions, asks.start + i) && !cues.explains(asks.start + i))
        .count() as f32;
    let corrected = mentions.iter().any(|m| m.corrected);
    // "how many PMs do we have": a count of people, not a question about the role
    // ("what's a good ratio of PMs to engineers?", "how many devs per PM?": a staffing figure)
    let counts_people = ws
        .windows(2)
        .enumerate()
        .any(|(i, pair)| pair[0] == "how" && pair[1] == "many" && mentions.iter().any(|m| m.start == i + 2))
        || (ws.iter().any(|w| *w == "ratio" || *w == "ratios") && !mentions.is_empty())
        || ws.windows(2).enumerate().any(|(i, pair)| {
            pair[1] == "per"
                && matches!(pair[0], "engineers" | "devs" | "developers" | "designers" | "people" | "heads")
                && mentions.iter().any(|m| m.start == i + 2 || m.start == i + 3)
        });
    // "the head of product role is open again": a statement about the role, not a question
    let about_role =
        mentions.first().is_some_and(|m| m.start == 1 && matches!(ws[0], "the" | "our" | "my" | "their" | "your"))
            && !ws.iter().any(|w| cues::asks(w));
    // "someone said APM is just a glorified intern, true?": a claim about the role, to check
    // (what the role is, not what one person in it did: "our PO is out today, right?")
    let says_what_it_is = mentions.iter().any(|m| {
        let one_person = m.start > 0 && matches!(ws[m.start - 1], "our" | "my" | "your" | "their" | "new");
        let is = ws.get(m.end).is_some_and(|w| matches!(*w, "is" | "are" | "s" | "isnt" | "arent"));
        let kind = ws.get(m.end + 1).is_some_and(|w| {
            matches!(
                *w,
                "just"
                    | "basically"
                    | "really"
                    | "a"
                    | "an"
                    | "more"
                    | "only"
                    | "mostly"
                    | "the"
                    | "same"
                    | "like"
                    | "simply"
                    | "essentially"
                    | "literally"
                    | "kind"
                    | "sort"
                    | "not"
                    | "no"
            )
        });
        !one_person && is && kind
    });
    // "director of product here. whats the gap between me and VP product?": how far the asker
    // stands from a role is a move to make
    if ws.windows(3).any(|w| w[0] == "between" && matches!(w[1], "me" | "myself") && w[2] == "and") {
        cues.compare = false;
        cues.transition = true;
    }
    let claim = says_what_it_is && cues::checks_a_claim(text, &ws);
    if claim {
        if roles.len() >= 2 {
            cues.compare = true;
        } else {
            cues.define = true;
        }
    }
    // ("PM or designer first? opinions pls" weighs two roles)
    let remark =
        (!claim && !asks_outside_quotes(text) && (cues::tells_news(&ws) || cues::gives_opinion(&ws) || about_role))
            || (cues::asks_opinion(&ws) && roles.len() < 2)
            || cues::asks_preference(&ws);
    // "what is the role of the recruiter when we hire PMs?": another job's role is asked about
    // ("what does a recruiter look for in a PM resume?": what another job does)
    let other_jobs_role = (2..ws.len()).any(|j| {
        let role_of = j > 2 && matches!(ws[j - 3], "role" | "job" | "part") && ws[j - 2] == "of";
        let does = matches!(ws[j - 2], "does" | "do" | "would" | "will" | "should") && j == 2
            || (j > 2
                && matches!(ws[j - 3], "what" | "whats")
                && matches!(ws[j - 2], "does" | "do" | "would" | "will" | "should"));
        (role_of || does)
            && matches!(ws[j - 1], "a" | "an" | "the")
            && other_job_at(&ws, j)
            && !mentions.iter().any(|m| m.start < j)
    });
    // ("who does the CTO report to now?": whom another job reports to)
    let other_jobs_role = other_jobs_role
        || (mentions.is_empty()
            && (0..ws.len()).any(|j| {
                other_job_at(&ws, j)
                    && ws[j + 1..].iter().take(3).any(|w| matches!(*w, "report" | "reports" | "reporting"))
            }));
    // "is priya their product owner or the brand lead?": which role one person holds
    let of_one_person = ws.len() > 3
        && matches!(ws[0], "is" | "was")
        && matches!(ws[2], "their" | "our" | "your" | "his" | "her" | "my")
        && !matches!(ws[1], "it" | "this" | "that" | "there" | "a" | "an" | "the")
        && !cues::is_explained(ws[1])
        && mentions.first().is_some_and(|m| m.start == 3);
    if counts_people
        || of_one_person
        || other_jobs_role
        || remark
        || cues::celebrates(&ws)
        || cues::invites(text, &ws)
        || cues::jokes(text, &ws)
        || cues::wants_a_resource(&ws)
        || cues::complains(&ws)
        || cues::wants_access(&ws)
        || cues::asks_who_holds(&ws)
        || cues::job_errand(&ws)
        || about_people_at_work(text, &ws, &mentions, &cues, &asks)
    {
        return none();
    }
    // ("Director of Product vs Head of Product, same level or no? negotiating my day rate": pay
    // told beside a comparison asked is context; pay is read in the questions alone)
    let mut asked_roles = mentions.iter().filter(|m| asks.contains(&m.start)).map(|m| m.role);
    let compares_roles = cues.compare
        && asked_roles.next().is_some_and(|first| asked_roles.any(|r| r != first))
        // (a question that runs on from a remark: "one is head of product, the other director of
        // product. how are those two different?" is asked in the clause it ends)
        && parts.iter().any(|p| p.question && p.range.start < asks.end && asks.start < p.range.end);
    // ("product ops manager sounds like an admin job but the salary is high. what is the real
    // work of this role": pay told in a remark, what the role is asked after it)
    let asked = &ws[asks.clone()];
    let asks_what_it_is = asks != (0..ws.len())
        && asked.iter().any(|w| matches!(*w, "what" | "whats" | "explain" | "describe"))
        && (asked.iter().any(|w| matches!(*w, "do" | "does" | "work" | "role" | "job" | "responsibilities" | "duties"))
            // ("What is a Chief Product Officer? it came up on the digital equity panel")
            || matches!(asked, ["what", "is" | "s", "a" | "an", ..] | ["whats", "a" | "an", ..]))
        && (names_by_pointing(asked) || mentions.iter().any(|m| asks.contains(&m.start)));
    // ("what are launch tiers? someone said the earn launch is tier 2": pay in a remark beside a
    // question about a term is no question about pay)
    let names_no_role = mentions.is_empty() && parts.iter().any(|p| p.question);
    let in_questions = || {
        let asked: Vec<&str> =
            parts.iter().filter(|p| p.question).flat_map(|p| ws[p.range.clone()].iter().copied()).collect();
        cues::aside(&asked, mentions.first().map(|m| m.role))
    };
    // ("marketing manager for 4 yrs, how do i switch to product marketing? pmm roles pay better
    // in cyber apparently": pay told after a move asked)
    let moves_asked = asks != (0..ws.len())
        && parts.iter().any(|p| p.question && p.range == asks)
        && asked.iter().any(|w| cues::kinds_transition(w));
    let aside = if compares_roles || moves_asked {
        in_questions()
    } else if asks_what_it_is {
        cues::aside(asked, mentions.first().map(|m| m.role))
    } else {
        match cues::aside(&ws, mentions.first().map(|m| m.role)) {
            Some(crate::understand::Aside::Salary(_)) if names_no_role => in_questions(),
            aside => aside,
        }
    };
    if let Some(aside) = aside {
        return Understood::sure(Query::Aside(aside));
    }
    // (thanks alone get thanks back; thanks for something said, no question, get nothing)
    if cues::thanks_note(text, &ws) {
        return none();
    }
    // "what's a PRD?", "roadmap vs backlog?": a question about product vocabulary
    // ("what is an agile coach responsible for?", "the role of a data scientist in a squad":
    // a term in another job's title, or beside a question about another job, is no question)
    let another_job = |m: &TermMention| {
        ws.get(m.end).is_some_and(|w| {
            matches!(*w, "coach" | "coaches" | "consultant" | "consultants" | "specialist" | "trainer" | "evangelist")
        }) || (3..m.start).any(|j| {
            ws[j - 3] == "role" && ws[j - 2] == "of" && matches!(ws[j - 1], "a" | "an" | "the") && other_job_at(&ws, j)
        })
    };
    let mut terms = store.glossary().mentions_in_text(&ws, text, |i| covered(&mentions, i));
    terms.retain(|m| !another_job(m));
    if let Some(understood) = term_question(store, &ws, &parts, &mentions, &terms, &cues) {
        return understood;
    }
    // "what do you call the person who manages PMs but is still hands-on?": a role asked for
    // by what it is, when what it does names no duty clearly
    if asks_how_to_use_a_command(text, &ws) && ws.iter().any(|w| *w == "how" || *w == "syntax") {
        return Understood { query: Query::Help, confidence: w.help_or_list, ambiguous: Vec::new(), full: false };
    }
    // ("what is product designer role, is it just UI?" asks about the role it names)
    let role_word_named =
        mentions.iter().any(|m| ws.get(m.end).is_some_and(|w| matches!(*w, "role" | "job" | "title")));
    if cues.names_a_role() && !role_word_named {
        if let Some(understood) = described_role(store, &ws[asks.clone()], text) {
            return understood;
        }
    }
    // "what positions do you cover? only pm stuff or also exec titles?": the roles the bot
    // knows, asked of the bot, with a role named only as an example
    // ("thank you in advance" addresses no one in particular)
    let of_the_bot = ws.iter().enumerate().any(|(i, w)| {
        let thanks = i > 0 && matches!(ws[i - 1], "thank" | "thx" | "see");
        matches!(*w, "you" | "u" | "ya" | "bot" | "rolecall") && !thanks
            // "what roles are in your database?"
            || (matches!(*w, "your" | "ur") && ws.get(i + 1).is_some_and(|n| matches!(*n, "database" | "db" | "list" | "knowledge" | "brain" | "head" | "memory")))
            // "does this thing know every pm title?"
            || (*w == "thing" && i > 0 && ws[i - 1] == "this")
            // "which product roles are covered here?"
            || (*w == "here" && i > 0 && matches!(ws[i - 1], "covered" | "supported" | "known" | "available"))
            // "what roles are in there?": in whatever the bot holds
            || (*w == "there"
                && i >= 2
                && ws[i - 1] == "in"
                && ws[..i].iter().rev().take(4).any(|b| matches!(*b, "roles" | "titles")))
            // "which roles are covered?": asked of whatever covers them
            || (matches!(*w, "covered" | "supported")
                && i >= 2
                && matches!(ws[i - 1], "are" | "r")
                && matches!(ws[i - 2], "roles" | "titles" | "jobs"))
    });
    // "how do I use this bot? do I have to @ it or …": a question of its own that asks for help
    // (`of_bot`: only a question that names the bot: a bare "help?" after a question about a
    // role asks about the role)
    let help_in_question = |of_bot: bool| {
        parts.iter().any(|p| {
            let clause = &ws[p.range.clone()];
            sounds_asked(p, &ws)
                && (!of_bot || clause.iter().any(|w| matches!(*w, "you" | "bot" | "rolecall")))
                && asks_help_alone(clause)
        })
    };
    let help_asked = || help_in_question(false);
    // ("can you describe what a PO does, and separately an SM? the vendor uses both titles":
    // the roles' names told in a remark ask for no list)
    const LIST_NOUNS: &[&str] = &["roles", "titles", "jobs", "positions", "designations", "role", "title", "list"];
    let names_list = |p: &Clause| ws[p.range.clone()].iter().any(|w| LIST_NOUNS.contains(w));
    let list_told_aside = parts.iter().any(|p| sounds_asked(p, &ws))
        && parts.iter().filter(|p| names_list(p)).all(|p| !sounds_asked(p, &ws));
    // ("what can this bot do? only explain roles or also sprints?": help asked first)
    // ("can you list all the roles you cover? po, sm, ba etc?": roles offered as examples, in
    // a part of their own)
    let as_examples = !mentions.is_empty()
        && mentions.iter().all(|m| {
            parts.iter().filter(|p| p.range.contains(&m.start)).all(|p| {
                p.range.clone().all(|i| {
                    covered(&mentions, i) || matches!(ws[i], "etc" | "and" | "or" | "like" | "eg" | "such" | "as")
                })
            })
        });
    // ("do you cover roles like SM and BA too, or only PM types?": examples of the roles asked
    // about, after "like")
    // ("does rolecall cover only PM roles or also scrum master, BA etc?": the last followed by
    // "etc")
    let as_examples = as_examples
        || mentions.last().is_some_and(|m| ws.get(m.end) == Some(&"etc"))
        || mentions.first().is_some_and(|m| {
            ws[m.start.saturating_sub(3)..m.start].iter().any(|w| matches!(*w, "like" | "eg" | "including"))
                && ws.iter().any(|w| matches!(*w, "roles" | "titles" | "jobs"))
        });
    // ("is this bot only for product roles? which ones does it actually cover": which, of them)
    let asks_which_covered = parts.iter().any(|p| {
        let words = &ws[p.range.clone()];
        sounds_asked(p, &ws)
            && matches!(words.first(), Some(&("which" | "what")))
            && words
                .iter()
                .any(|w| matches!(*w, "cover" | "covers" | "covered" | "support" | "supports" | "know" | "knows"))
    });
    // ("is this the bot that explains product jobs? what kinds of questions can I ask it": what
    // it can be asked is help)
    let asks_what_to_ask = ws.windows(3).any(|p| {
        matches!(p[0], "kind" | "kinds" | "sort" | "sorts" | "type" | "types") && p[1] == "of" && p[2] == "questions"
    });
    if of_the_bot
        && !asks_what_to_ask
        && cues.asks_list(ws.len())
        && !list_told_aside
        && (!cues.compare || as_examples)
        && !cues.transition
        && (roles.len() <= 2 || as_examples)
        && !(roles.is_empty() && help_asked() && !asks_which_covered)
    {
        return Understood { query: Query::List, confidence: w.help_or_list, ambiguous: Vec::new(), full: false };
    }
    // "how do I use rolecall? I typed `rolecall pm` and nothing happened": help asked in a
    // question of its own that names the bot, with roles named only in what is told around it
    // ("comms asked me the difference between a marketing manager and a PMM. anyone / the bot able
    // to help?": the help asked for is with the comparison)
    if !roles.is_empty()
        && !parts.iter().any(|p| sounds_asked(p, &ws) && names_role(p))
        && (!cues.compare || roles.len() < 2)
        && help_in_question(true)
    {
        return Understood { query: Query::Help, confidence: w.help_or_list, ambiguous: Vec::new(), full: false };
    }
    // "what is a lakehouse? our pm keeps saying it": the question asks about another word, and
    // the role is only mentioned around it
    // ("vp of product -> CPO. what are the steps?": the way between two roles named before)
    let two_roles = roles.iter().skip(1).any(|r| *r != roles[0]);
    let asks_elsewhere = parts.iter().any(|p| {
        p.question
            && !names_role(p)
            && asks_about_other(&ws[p.range.clone()])
            && !(two_roles && asks_the_way(&ws[p.range.clone()]))
    })
        && !parts.iter().any(|p| p.question && names_role(p))
        // ("group pm looking to step up to director. whats the gap?": the question is about the move)
        && !cues.transition
        // ("what is rolecall? just got added here" asks about the bot)
        && (!roles.is_empty() || !help_asked());
    if asks_elsewhere {
        return none();
    }

    // "what is a head of product? the CEO's assistant asked me": a question about one role,
    // with another only mentioned in a remark beside it
    let mut asked = mentions.iter().filter(|m| asks.contains(&m.start)).map(|m| m.role);
    // ("what does a BA do? and separately, what's a delivery manager?" asks about both)
    let one_by_one = cues.define && !cues.compare && ws.iter().any(|w| ONE_BY_ONE.contains(w));
    let only = asked.next().filter(|first| asked.all(|r| r == *first) && !one_by_one);
    // ("senior PM — what do they do that a normal PM doesn't?": the plain role the question
    // measures by is not what it asks about; the role named before it is)
    let only = only.filter(|&r| {
        !mentions.iter().any(|m| {
            m.role == r
                && asks.contains(&m.start)
                && yardstick(&ws, &(m.start..m.end))
                && mentions.iter().any(|o| o.start < asks.start && o.role != r)
        })
    });
    // (a clause that only opens as a question does, with no question mark, asks when it is the
    // one such clause and compares nothing: "ok dumb q but what does a GPM do. the org chart …")
    let asked_once = !cues.compare && parts.iter().filter(|p| sounds_asked(p, &ws)).count() == 1;
    let asks_a_question = parts.iter().any(|p| p.range == asks && (p.question || (asked_once && sounds_asked(p, &ws))));
    // "saw a posting for a TPM. what is that role exactly, more engineer or more PM?": the
    // question points back at the role named before it
    // ("my new manager is a group product manager. is that basically a manager of PMs?")
    let clause = &ws[asks.clone()];
    // ("like is it a PM who can code, or …?": a filler before the question)
    let clause = after_filler(clause);
    // ("the redesign has a project manager now. what's their job?")
    let points_back = names_by_pointing(clause)
        || clause.windows(2).any(|p| matches!(p[0], "their" | "his" | "her") && matches!(p[1], "job" | "role"))
        || (clause.len() >= 2
            && matches!(clause[0], "is" | "isnt" | "so" | "was")
            && matches!(clause[1], "that" | "it" | "this" | "thats" | "its"));
    let named_before = mentions.iter().rev().find(|m| m.start < asks.start).map(|m| m.role);
    let only = match named_before {
        Some(role) if points_back && asks_a_question && !cues.compare => Some(role),
        _ => only,
    };
    // "how is the CEO's job different from a head of product? our founder acts like the PM":
    // the roles the question compares are those in the clause that asks
    // ("… differ from a VP of product? or a director of product for that matter?": a short
    // question after it that adds a role asks the same of it)
    let added = parts.iter().find(|p| p.range.start == asks.end).map(|p| p.range.clone()).filter(|next| {
        let words = &ws[next.clone()];
        let opens = matches!(words.first(), Some(&("or" | "and" | "plus" | "also")))
            || words.starts_with(&["what", "about"])
            || words.starts_with(&["how", "about"]);
        const FILLER: &[&str] = &[
            "or", "and", "plus", "also", "what", "how", "about", "a", "an", "the", "for", "that", "matter", "too",
            "as", "well", "even", "vs", "then",
        ];
        opens
            && mentions.iter().any(|m| next.contains(&m.start))
            && (next.start..next.end).all(|i| covered(&mentions, i) || FILLER.contains(&ws[i]))
    });
    let in_asked = |at: usize| asks.contains(&at) || added.as_ref().is_some_and(|r| r.contains(&at));
    let (in_question, _) = distinct_roles(mentions.iter().filter(|m| in_asked(m.start)));
    if in_question.len() >= 2
        && roles.len() > in_question.len()
        && asks_a_question
        && (cues.compare || tells_apart(&ws))
    {
        spans = in_question
            .iter()
            .map(|(r, _)| spans[roles.iter().position(|(x, _)| x == r).unwrap_or(0)].clone())
            .collect();
        roles = in_question;
    }
    // "product ops vs product manager — is ops just admin work for PMs?": two roles set side by
    // side to open the message are what its question weighs
    let opens_with_pair = mentions.windows(2).any(|p| {
        p[0].start <= 1
            && p[0].role != p[1].role
            && p[1].start == p[0].end + 1
            && matches!(ws[p[0].end], "vs" | "versus" | "v")
    });
    if let Some(keep) = only.and_then(|role| roles.iter().position(|(r, _)| *r == role)) {
        if roles.len() >= 2 && asks_a_question && !cues.transition && !opens_with_pair {
            roles = vec![roles[keep]];
            spans = vec![spans[keep].clone()];
        }
    }
    // "I'd love to move into a TPM role. or would I have to start over as an APM?": a role
    // named after the move asked for, and not held, is no end of it
    // ("going from EM to product? thinking TPM specifically": the role asked about is where
    // the move starts, and the later one is where it goes)
    if let (true, Some(asked), [_, _]) = (cues.transition, only, roles.as_slice()) {
        let target = mentions.iter().filter(|m| m.role == asked && asks.contains(&m.start)).all(|m| {
            let span = m.start..m.end;
            !holds(&ws, &span) && word_before(&ws, m.start) != Some("from")
        });
        // ("how do i get into product marketing? coming from a marketing manager job": where
        // the move starts, told after it)
        let after = mentions.iter().filter(|m| m.role != asked).all(|m| {
            m.start >= asks.end
                && !holds(&ws, &(m.start..m.end))
                && !ws[m.start.saturating_sub(3)..m.start].contains(&"from")
        });
        if target && after {
            if let Some(keep) = roles.iter().position(|(r, _)| *r == asked) {
                roles = vec![roles[keep]];
                spans = vec![spans[keep].clone()];
            }
        }
    }
    // "EM vs PM: who has more say in the sprint?", "who is above, head of product or director
    // of product?": which of two roles stands higher weighs one against the other
    let stands_higher = roles.len() >= 2 && outranks(&ws);
    if let [(_, _), (_, _)] = roles.as_slice() {
        let between = &ws[spans[0].end.min(spans[1].start)..spans[1].start];
        // ("EM and PM... who's the boss of who?": or with "and", where they open the message)
        let opening = spans[0].start == 0 && spans[1].start <= spans[0].end + 2;
        let side_by_side = !between.is_empty()
            && between
                .iter()
                .all(|w| matches!(*w, "or" | "vs" | "versus" | "v" | "a" | "an" | "the") || (opening && *w == "and"));
        if side_by_side && !cues.transition && stands_higher {
            cues.compare = true;
        }
    }
    // "the PM approves the devs' time off here. whose call should that be?": the role is the
    // one doing it now, in a remark; the question asks for the owner
    let owner_asked = ws[asks.clone()].iter().any(|w| cues::asks_owner(w)) || cues.offers_someone_else();
    let asks_owner = asks_a_question && (owner_asked || cues.asks_which_role());
    let remark_only = !mentions.iter().any(|m| asks.contains(&m.start)) && roles.len() == 1;
    // "the pm builds the sales deck here. is there a dedicated role for that?": the role named
    // does it now; the question asks which role should
    // ("what do product leaders do? is it a specific role?" asks about the role named)
    // ("when people say 'product leader' what do they mean, is that a specific role?" too)
    let asks_about_named = cues.starts_with("what")
        || cues.starts_with("whats")
        || ["mean", "means", "meaning"].iter().any(|w| cues.has(w))
        // ("… say 'product leader', what role is that meant to be?")
        || ws.windows(2).any(|p| matches!(p[0], "that" | "it" | "this") && matches!(p[1], "meant" | "supposed"));
    let other_role = cues.asks_for_a_role() && roles.len() == 1 && !asks_about_named;
    // "who writes the perf reviews, the tech lead, the pm, or someone else?", "who sketches the
    // layouts? the pm?": roles offered as guesses at the owner the question asks for
    // ("… next? pm or eng lead?": a short question may guess at another job beside a role)
    let guesses_in = |range: std::ops::Range<usize>, question: bool| {
        let others = ws[range.clone()]
            .iter()
            .enumerate()
            .filter(|&(i, w)| !covered(&mentions, range.start + i) && !GUESS_WORDS.contains(w))
            .count();
        mentions.iter().any(|m| range.contains(&m.start))
            && (others == 0 || (question && others <= 2 && ws[range.clone()].contains(&"or")))
    };
    let guessed_clause = parts.iter().any(|p| p.range.start >= asks.end && guesses_in(p.range.clone(), p.question))
        // ("who usually writes the PRD, PM or eng?": the guesses after a comma that closes the question)
        || cues.last_comma_in(asks.clone()).is_some_and(|at| {
            let question = parts.iter().any(|p| p.range == asks && p.question);
            !mentions.iter().any(|m| m.start < at && asks.contains(&m.start))
                // ("after UAT who decides …, is that the PO?": or after a short scene)
                && {
                    let asked = after_filler(&ws[asks.start..at]);
                    let scene = asked.first().is_some_and(|w| matches!(*w, "after" | "before" | "during" | "once"));
                    let who = |w: &&str| matches!(*w, "who" | "whos" | "whose");
                    asked.first().is_some_and(who) || (scene && asked.iter().take(3).any(who))
                }
                && guesses_in(at..asks.end, question)
        });
    let or_else = cues.has("or") && (cues.has("else") || cues.has("another"));
    // "who writes down what's expected at each level, like senior vs principal?": roles given as
    // examples of what the duty covers
    let examples = owner_asked
        && cues.starts_with_owner_word()
        && mentions
            .first()
            .is_some_and(|m| ws[..m.start].iter().rev().take(3).any(|w| matches!(*w, "like" | "eg" | "including")));
    let guesses = owner_asked && (guessed_clause || or_else || examples) && roles.len() <= 3;
    if ((asks_owner && remark_only) || other_role || guesses) && !cues.transition && !cues.compare {
        let told = without_roles(&ws, &mentions);
        // ("who writes the PRD, PM or eng?": the guesses after the last comma are no part of the duty)
        let asks = match cues.last_comma_in(asks.clone()) {
            Some(at) if guesses && mentions.iter().any(|m| m.start >= at && m.start <= at + 2) => asks.start..at,
            _ => asks,
        };
        let mut understood = no_role(store, &cues, &told, asks.clone(), leftover, &terms, text);
        if guesses {
            let mut guessed: Vec<RoleRef> = roles.iter().map(|(r, _)| *r).collect();
            // ("… weekly status reports? pm, po, someone else?": "pm" guesses either manager)
            if mentions.iter().any(|m| m.end == m.start + 1 && ws[m.start] == "pm") {
                guessed.extend(store.find("project-manager"));
            }
            let ranked = store.duties().rank_up_to(&told[asks], 1.0, store.roles().len());
            first_guess(&ranked, &guessed, &mut understood.query);
        }
        return understood;
    }
    // "would a delivery manager or a project manager be the better fit to run it?", "what does
    // an SM do that a PO doesn't?": two roles weighed as a choice, or one set against the other
    // ("principal PM or group PM, which path suits me?": a choice between two ways to go is
    // weighed, not a move from one to the other)
    if spans.len() >= 2
        && ((!cues.transition && weighs_two(&ws, &asks, &spans[0], &spans[1]))
            || (!holds(&ws, &spans[0]) && !holds(&ws, &spans[1]) && chooses_between(&ws, &asks, &spans[0], &spans[1])))
    {
        cues.compare = true;
    }
    // "what's the head of product's job when there's also a CEO?": a role named in a condition
    // after the question is context
    if let [(_, first_at), (_, second_at), ..] = roles.as_slice() {
        let (first_at, second_at) = (*first_at, *second_at);
        const CONDITION: &[&str] = &["when", "whenever", "if", "while", "because", "since", "where", "unless"];
        // ("engineering mgr, what's their job now that we got PMs too?")
        let conditional = ws[first_at..second_at].iter().any(|w| CONDITION.contains(w))
            || ws[first_at..second_at].windows(2).any(|p| p == ["now", "that"]);
        // "is a GPM a manager of PMs?": a role named as the object of another is not compared
        // ("what does a cpo do, are they the boss of all the pms?")
        let of_at = ws[..second_at].iter().rposition(|w| !matches!(*w, "all" | "the" | "our" | "every")).unwrap_or(0);
        let object = ws[of_at] == "of"
            && ws[first_at..of_at].iter().any(|w| matches!(*w, "manager" | "head" | "lead" | "boss" | "bosses"));
        // "when there's no CPO, what does a VP of product do?": a condition set before the question
        let leading = CONDITION.contains(&ws[0]) && cues.part_start_between(first_at, second_at) && roles.len() == 2;
        if !cues.compare && !cues.transition {
            if spans.len() == 2 && (yardstick(&ws, &spans[1]) || guessed_kind(&ws, &spans[0], &spans[1])) {
                cues.define = true;
                roles.truncate(1);
                spans.truncate(1);
            } else if conditional && cues.define || object {
                roles.truncate(1);
                spans.truncate(1);
            } else if leading && cues.define {
                roles.remove(0);
                spans.remove(0);
            }
        }
    }
    // "who does our CPO report to these days, Mark or the board?": particular people
    // ("who is above, Head of Product or Director of Product?": capitals of a role's name)
    // ("who is doing the release notes this time, Rahul or Sneha?", "is @ana the PO on it or is
    // it Rita?": particular people, offered by name)
    // (the words that name roles, which are no names of people)
    let named = || -> Vec<&str> { mentions.iter().flat_map(|m| &ws[m.start..m.end]).copied().collect() };
    // (the cheap test first: few messages ask of people)
    if (cues.asks_who() || !roles.is_empty()) && asks_of_people(&ws) && offers_a_name(text, &named()) {
        return none();
    }
    if cues.asks_who() && !roles.is_empty() {
        // ("who is our CPO reporting to these days, the CEO or the chairman?": one person)
        if offers_a_name(text, &named()) || (roles.len() >= 2 && about_a_person(&ws, &spans[0])) {
            return none();
        }
    }
    let (query, confidence) = match roles.as_slice() {
        // (whatever the questions after it say)
        [] if help_asked() => {
            return Understood { query: Query::Help, confidence: w.help_or_list, ambiguous: Vec::new(), full: false };
        }
        [] => return no_role(store, &cues, &ws, asks, leftover, &terms, text),
        [(role, _)] => {
            // ("our CPO wants coffee. what does a CPO do?": the role as the question names it)
            let about_one = || about_a_person(&ws, &spans[0]) || asks_opinion_of(&ws, &spans[0]);
            let span = if asks.contains(&spans[0].start) || !about_one() {
                spans[0].clone()
            } else {
                mentions
                    .iter()
                    .find(|m| m.role == *role && asks.contains(&m.start))
                    .map_or(spans[0].clone(), |m| m.start..m.end)
            };
            one_role(store, &cues, &ws, asks.end.max(span.end), *role, &span, leftover, text)
        }
        [(first, first_at), (second, second_at), ..] => {
            let (first_at, second_at) = (*first_at, *second_at);
            let between = &ws[first_at..second_at];
            // "from X to Y" and "X -> Y" read as a move whatever the verb; "X to Y" unless it
            // asks to compare
            let arrow = arrows(text).any(|a| a > first_at && a <= second_at);
            // ("from IC product manager to head of product": a word of kind between)
            let from_at = |at: usize| {
                (at > 0 && ws[at - 1] == "from")
                    || (at > 1
                        && ws[at - 2] == "from"
                        && (KIND.contains(&ws[at - 1]) || matches!(ws[at - 1], "ic" | "being" | "just")))
            };
            let from_first = from_at(first_at);
            // ("currently a PO … how do I step up from product owner to product manager?": the
            // way told by a later mention of the first role)
            let told_again = || {
                mentions.iter().filter(|a| a.role == *first && a.start > first_at && from_at(a.start)).any(|a| {
                    mentions.iter().any(|b| {
                        b.role == *second
                            && b.start > a.end
                            && b.start <= a.end + 2
                            && matches!(ws[a.end], "to" | "into")
                    })
                })
            };
            let from_to = (from_first && between.iter().any(|w| *w == "to" || *w == "into")) || arrow || told_again();
            // "I'm a project manager and want to become a program manager: what's different?"
            let holder = holds(&ws, &spans[0]) || holds(&ws, &spans[1]);
            // ("who does a head of product report to, the CEO or a CPO?": whom one reports to is no move)
            let reported =
                |k: usize| k > 0 && matches!(between[k - 1], "report" | "reports" | "reporting" | "answer" | "answers");
            let x_to_y = (0..between.len()).any(|k| (between[k] == "to" && !reported(k)) || between[k] == "into")
                && !cues.compare;
            // "is a PO (just / the same as / a kind of) a PM?"
            let is_x_y = matches!(ws[0], "is" | "are" | "isnt" | "arent" | "does" | "do") && first_at <= 2;
            // "PL vs PM: is a PL just a fancy senior PM?": the two roles "vs" joins are compared
            let is_vs = |w: &&str| matches!(*w, "vs" | "versus" | "v");
            let single_vs = ws.iter().filter(|w| is_vs(w)).count() == 1;
            let joined = ws.iter().position(is_vs).filter(|_| single_vs).and_then(|k| {
                let left = mentions.iter().rev().find(|m| m.end == k)?;
                let right = mentions.iter().find(|m| m.start == k + 1)?;
                (left.role != right.role).then(|| vec![left.role, right.role])
            });
            let compared = || Query::Compare {
                roles: joined.clone().unwrap_or_else(|| roles.iter().take(MAX_COMPARED).map(|r| r.0).collect()),
            };
            // "PM vs PO, who writes the PRD?", "does the scrum master run the retro or the PO?":
            // which of the two owns something the team makes or runs
            // ("is a DM just an SM who's allowed to look at a gantt chart?": "who" right after a
            // role says more of that role; it asks for no one)
            // ("PM vs PO who writes the PRD?" asks)
            let relative = |i: usize| {
                mentions
                    .iter()
                    .any(|m| m.end == i && m.start > 0 && matches!(ws[m.start - 1], "a" | "an" | "the" | "one"))
            };
            let who_at = (second_at..ws.len()).find(|&i| (ws[i] == "who" || ws[i] == "whos") && !relative(i));
            let term_after = |at: usize| terms.iter().find(|t| t.start > at);
            let owned = match who_at {
                // ("EM vs PM: who has more say in the sprint?" weighs the two)
                _ if stands_higher => None,
                // ("there's confusion about who writes the stories. what is the difference
                // between a BA and a PO?": a "who" outside the question that compares is context)
                Some(at) if cues.compare && !asks.contains(&at) => None,
                Some(at) => term_after(at),
                // ("BA or PO for the discovery phase?" weighs the two for it)
                // (not "… arguing if it should be blue or green … retro is at 3": an "or" of
                // other things)
                None if ws[first_at..second_at].contains(&"or")
                    && !cues.compare
                    && !cues.transition
                    && !which_for(&ws, &spans[0], &spans[1]) =>
                {
                    term_after(first_at)
                }
                None => None,
            };
            // "CPO and CEO: who does what on strategy?" asks how the two split the work
            // ("eng manager vs product manager, who owns what?": the same, where it closes the
            // question)
            let who_does_what = cues::who_does_what(&ws)
                || ws[asks.clone()].ends_with(&["who", "owns", "what"])
                || ws[asks.clone()].ends_with(&["who", "handles", "what"]);
            // "what is a scrum master, and separately what is a PO?": each asked on its own
            let what = |w: &&str| matches!(*w, "what" | "whats" | "explain" | "describe");
            let asked_twice = ws[..first_at].iter().any(what) && ws[first_at..second_at].iter().any(what);
            // ("can someone explain what a PO and an SM each do? both were in the same job ad":
            // the question asks one by one, whatever the remark after it compares)
            // (only a remark that names no role and asks nothing is set aside: "two very
            // different slides, I realise")
            let questions_compare = parts.iter().any(|p| {
                let part = &ws[p.range.clone()];
                (sounds_asked(p, &ws) || names_role(p)) && Cues::new(part, Vec::new(), Vec::new()).compare
            });
            let one_by_one_in = |words: &[&str]| {
                words
                    .iter()
                    .enumerate()
                    .any(|(i, w)| {
                        let next = |k: usize| words.get(i + k).copied();
                        (ONE_BY_ONE.contains(w) && next(1) != Some("other"))
                            // "one at a time", "one by one"
                            || (*w == "one"
                                && matches!((next(1), next(2), next(3)), (Some("at"), Some("a"), Some("time")) | (Some("by"), Some("one"), _)))
                    })
            };
            // ("… and I have no idea who is who": no owner asked for)
            let who_is_who = ws.windows(3).any(|w| w[0] == "who" && w[1] == "is" && w[2] == "who");
            let each = cues.define
                && !cues.transition
                && (!cues.asks_who() || who_is_who)
                && ((!cues.compare && (asked_twice || one_by_one_in(&ws)))
                    || (!questions_compare && one_by_one_in(&ws[asks.clone()])));
            if who_does_what {
                (compared(), w.compare_cue)
            } else if each {
                // (the roles the questions name: "… both names are on the PMS migration invite"
                // names no role asked about)
                let asked: Vec<RoleRef> = roles
                    .iter()
                    .filter(|(_, at)| parts.iter().any(|p| p.range.contains(at) && sounds_asked(p, &ws)))
                    .map(|r| r.0)
                    .collect();
                let roles = if asked.len() >= 2 { asked } else { roles.iter().map(|r| r.0).collect() };
                (Query::DefineEach { roles: roles.into_iter().take(MAX_COMPARED).collect() }, w.compare_cue)
            } else if let Some(owners) = in_between(store, &cues, *first, *second) {
                (Query::Who { duty: duty_text(text), owners, term: None }, w.one_role_who)
            } else if let Some(term) = owned {
                let among = [*first, *second];
                let mut owners: Vec<Owner> = store
                    .term_owners(term.term)
                    .iter()
                    .filter(|r| among.contains(r))
                    .map(|&role| Owner { role, responsibility: None })
                    .collect();
                if owners.is_empty() {
                    owners = self::owners(store, &ws, Some(&among)).0;
                }
                let query = Query::Who { duty: text.to_owned(), owners, term: Some(term.term) };
                (query, w.two_role_who)
            } else if does_it_or(&ws, &spans[0], &spans[1]) && !cues.compare && !cues.transition {
                // "hiring and 1:1s for the devs: should the PM do it or the EM?": the two are
                // guesses at the owner of the duty told
                let owners = owners(store, &without_roles(&ws, &mentions), Some(&[*first, *second])).0;
                (Query::Who { duty: text.to_owned(), owners, term: None }, w.two_role_who)
            } else if which_for(&ws, &spans[0], &spans[1]) && !holder {
                (compared(), w.x_or_y.at(leftover.min(w.cued_leftover_cap)))
            } else if (cues.compare || tells_apart(&ws))
                && !from_to
                && (!(cues.transition && (holder || how_i_move(&ws)))
                    || (parts.iter().any(|p| p.range == asks && p.question) && compares_only(&ws[asks.clone()])))
            {
                (compared(), w.compare_cue)
            } else if cues.transition || from_to || x_to_y {
                // ("I got moved into an EM role. would going EM → TPM make sense?": the arrow
                // says which way the move goes)
                let (from, to) = match transition_order(&ws, &spans[0], &spans[1]) {
                    _ if arrow => (*first, *second),
                    (0, _) => (*first, *second),
                    _ => (*second, *first),
                };
                // ("how do folks go from PMM to PM without taking a level cut?": "how … from X to
                // Y" asks for the move, whatever else it says)
                // ("any advice for going from EM to TPM?", "from director to VP, how do people
                // make that step?": asked for, on either side)
                let how_from_to =
                    from_to && ws.iter().any(|w| matches!(*w, "how" | "advice" | "tips" | "tip" | "steps"));
                let charged =
                    if cues.transition || arrow || how_from_to { leftover.min(w.cued_leftover_cap) } else { leftover };
                (Query::Transition { from: Some(from), to, background: None }, w.two_role_move.at(charged))
            } else if cues.asks_who() {
                // "who does a head of product report to, the CEO or a CPO?": the roles above
                // the first, whatever the guesses
                let reports = ws[spans[0].end..]
                    .iter()
                    .take(4)
                    .any(|w| matches!(*w, "report" | "reports" | "reporting" | "answer" | "answers"));
                let above = &store.links(*first).reports_to;
                // the roles named are guesses at the owner, not part of the duty
                let owners = if reports && !above.is_empty() {
                    above.iter().map(|&role| Owner { role, responsibility: None }).collect()
                } else {
                    owners(store, &without_roles(&ws, &mentions), Some(&[*first, *second])).0
                };
                (Query::Who { duty: text.to_owned(), owners, term: None }, w.two_role_who)
            } else if is_x_y {
                (compared(), w.is_x_y.at(leftover))
            } else if cues.define && !cues.has("or") && joined_by_and(&ws[spans[0].end.min(second_at)..second_at]) {
                // "what are the responsibilities of a scrum master and a product owner?": two
                // roles asked about together, with nothing that weighs one against the other
                let roles = roles.iter().take(MAX_COMPARED).map(|r| r.0).collect();
                (Query::DefineEach { roles }, w.x_or_y.at(leftover))
            } else if cues.has("or") || cues.has("and") {
                (compared(), w.x_or_y.at(leftover))
            } else {
                (compared(), w.two_roles_bare.at(leftover))
            }
        }
    };
    let confidence = if corrected { confidence - w.corrected } else { confidence };
    if confidence < w.low {
        // how sure it is that the message is not a question, within [0, 1]
        let confidence = (1.0 - confidence).clamp(0.0, 1.0);
        return Understood { query: Query::None, confidence, ambiguous: Vec::new(), full: false };
    }
    Understood { query, confidence: confidence.min(1.0), ambiguous, full: false }
}

/// The clause that asks: the one with the most roles and cue words, a question mark breaking
/// ties; words around it (a greeting, a reason, a remark) say nothing about the question.
fn asking_clause(
    parts: &[Clause],
    ws: &[&str],
    mentions: &[Mention],
    is_cue: impl Fn(usize) -> bool,
) -> std::ops::Range<usize> {
    let asks = best_clause(parts, ws, mentions, is_cue);
    // "tpm (technical program manager) vs engineering manager, how much overlap?": a clause that
    // opens with "vs" goes on from the role before it, across a bracket that glosses it
    let joined = ws.get(asks.start).is_some_and(|w| matches!(*w, "vs" | "versus" | "v"));
    // "> we need a PO, not a PM / is there a real difference between those two?": a comparison
    // that points back at roles goes on from the clause that names them
    let roles_in = mentions.iter().filter(|m| asks.contains(&m.start)).count();
    let compares_pointing = roles_in < 2 && compares_by_pointing(&ws[asks.clone()]);
    let joined = joined || compares_pointing;
    match parts.iter().position(|p| p.range == asks) {
        Some(at) if joined && at > 0 => {
            let named = |p: &Clause| mentions.iter().any(|m| p.range.contains(&m.start));
            let from = parts[at.saturating_sub(2)..at].iter().find(|p| named(p)).map_or(asks.start, |p| p.range.start);
            from..asks.end
        }
        _ => asks,
    }
}

/// Whether words compare what they point back at: "how are those two different?", "is there
/// a real difference between them?".
fn compares_by_pointing(words: &[&str]) -> bool {
    words.iter().any(|w| matches!(*w, "that" | "those" | "these" | "them" | "their" | "it" | "this" | "both"))
        && words.iter().any(|w| cues::is_compare(w))
}

/// The clause with the most roles and cue words, a question mark breaking ties.
/// (`is_cue` says whether the word at an index is a cue, as [`cues::is_cue`] does.)
fn best_clause(
    parts: &[Clause],
    ws: &[&str],
    mentions: &[Mention],
    is_cue: impl Fn(usize) -> bool,
) -> std::ops::Range<usize> {
    // ("who decides what goes on the roadmap — PM right?": an owner question that a short guess
    // closes asks, mark or none)
    let guessed_after = |p: &Clause| {
        ws.get(p.range.start).is_some_and(|w| matches!(*w, "who" | "whos"))
            && parts.iter().find(|q| q.range.start >= p.range.end).is_some_and(|q| q.question && q.range.len() <= 4)
    };
    // ("which role owns the product tooling? like who picks the roadmap tool": a clause that
    // opens with "like" gives an example of the question before it)
    // ("who does the fundraising? I mean which role, not product people": or says it again)
    let example = |p: &Clause| {
        let at = p.range.start;
        at > 0
            && (ws.get(at).is_some_and(|w| matches!(*w, "like" | "eg" | "ie"))
                || (ws.get(at) == Some(&"i") && ws.get(at + 1) == Some(&"mean")))
    };
    let asks_owner = |p: &Clause| {
        let words = &ws[p.range.clone()];
        // ("… or more strategy guy who never joins standup?": "who" after a person tells of them)
        let of_a_person = |i: usize| {
            i > 0
                && matches!(
                    words[i - 1],
                    "guy"
                        | "guys"
                        | "person"
                        | "dude"
                        | "someone"
                        | "somebody"
                        | "folks"
                        | "type"
                        | "engineer"
                        | "dev"
                        | "developer"
                        | "designer"
                        | "analyst"
                )
        };
        // ("who writes the acceptance criteria — role-wise, not name-wise": an owner question
        // with no mark in a message that has none)
        let opens_who = |q: &Clause| ws.get(q.range.start).is_some_and(|w| cues::asks_owner(w));
        let unmarked = !parts.iter().any(|q| q.question)
            && (opens_who(p)
                || (matches!(words.first(), Some(&("what" | "which")))
                    && words.get(1) == Some(&"role")
                    && !parts.iter().any(opens_who)));
        (p.question || guessed_after(p) || unmarked)
            && (words.iter().enumerate().any(|(i, w)| cues::asks_owner(w) && !of_a_person(i))
                || words.windows(2).any(|w| w[0] == "which" && matches!(w[1], "role" | "person" | "title")))
            && !example(p)
    };
    // ("who is supposed to remove impediments? … whose role is that supposed to be?": a later
    // question that only points back at the duty asks the earlier one again)
    let asked_before = |at: usize| parts[..at].iter().any(|p| asks_owner(p) && !says_little(&ws[p.range.clone()]));
    parts
        .iter()
        .enumerate()
        .max_by_key(|&(at, p)| {
            let roles = mentions.iter().filter(|m| p.range.contains(&m.start)).count();
            // ("… the designer and the PM sat together and i couldnt tell who decided what 👀
            // how are those two roles different?": the question compares the roles before it)
            let roles = if p.question && compares_by_pointing(&ws[p.range.clone()]) { roles.max(2) } else { roles };
            // ("… what is a GPM. sounds like a PM who manages a group chat": "who" right after a
            // role opens a clause that tells of it, and asks nothing)
            // ("… seems closer to what I do now": what the speaker does, told)
            let told_what = |k: usize| {
                ws[k] == "what"
                    && k > 0
                    && matches!(ws[k - 1], "to" | "of" | "from" | "with" | "about" | "like")
                    && ws.get(k + 1).is_some_and(|n| matches!(*n, "i" | "we" | "they"))
            };
            let told =
                |i: usize| told_what(i) || (i >= 2 && matches!(ws[i], "do" | "does" | "did") && told_what(i - 2));
            let relative = |i: usize| (ws[i] == "who" && mentions.iter().any(|m| m.end == i)) || told(i);
            let cued = p.range.clone().filter(|&i| is_cue(i) && !relative(i)).count();
            // "who writes the messaging? our pm says not him": a question for an owner outweighs
            // a remark that names a role
            let asks_owner = asks_owner(p) && !(at > 0 && says_little(&ws[p.range.clone()]) && asked_before(at));
            // "what does a head of product do all day? | … on their desk vs the PMs'": a question
            // that opens with a question word outweighs a remark with more roles in it
            const OPENERS: &[&str] = &[
                "what", "whats", "how", "hows", "is", "are", "can", "could", "would", "should", "why", "which", "do",
                "does",
            ];
            // ("curious how a BA compares to a PM.": a question said as curiosity)
            const FILLERS: &[&str] =
                &["hmm", "so", "ok", "okay", "and", "also", "um", "uh", "hey", "hi", "but", "curious", "wondering"];
            // ("ok dumb q but what even is …": a few words of apology before "but" open nothing)
            let words = &ws[p.range.clone()];
            let after_but = words.iter().take(6).position(|w| *w == "but").map_or(0, |k| k + 1);
            let opener = words[after_but..].iter().find(|w| !FILLERS.contains(*w));
            // ("what IS a delivery manager. I keep seeing …": "what" asks without the mark)
            let opens = opener.is_some_and(|w| (p.question && OPENERS.contains(w)) || matches!(*w, "what" | "whats"));
            // ("what would that person own? I'm a PM there": the question names its role by pointing)
            // ("group product manager — what is that exactly? manager of PMs?": the question
            // points at the role the clause before names)
            let at_topic = at > 0
                && matches!(words.first(), Some(&("what" | "whats")))
                && words.iter().take(3).any(|w| matches!(*w, "that" | "this" | "it"))
                && mentions.iter().any(|m| parts[at - 1].range.contains(&m.start));
            let named = roles > 0 || names_by_pointing(&ws[p.range.clone()]) || at_topic;
            (asks_owner, 2 * roles.min(2) + cued.min(3) + 2 * usize::from(opens && named), p.question)
        })
        .map(|(_, p)| p.range.clone())
        .unwrap_or(0..ws.len())
}

/// The words of the clause of `text` that asks, as free-text reading picks it.
pub fn question_clause(store: &Store, text: &str) -> Vec<String> {
    let mut buffer = String::new();
    let ws = split_words(text, &mut buffer);
    let mentions = store.lexicon().mentions(&ws);
    let asks = asking_clause(&clauses(text), &ws, &mentions, |i| cues::is_cue(ws[i]));
    ws[asks].iter().map(|w| w.to_string()).collect()
}

/// Where each part after a comma starts, as word indexes: "in a big team, who runs ...".
fn comma_starts(text: &str) -> Vec<usize> {
    let mut at = 0;
    let mut out = Vec::new();
    // (the words of the last part need no counting: no part starts after them)
    // ("who writes the PRD — the PM or the tech lead?": a dash set off by spaces parts words
    // as a comma does)
    // (a comma inside brackets parts nothing: "from business analyst (me, 3 yrs) to PM")
    let mut depth = 0usize;
    let mut parts = text.split(|c: char| {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        matches!(c, ',' | '—' | '–') && depth == 0
    });
    let mut part = parts.next().unwrap_or_default();
    for next in parts {
        at += count_words(part);
        if at > 0 {
            out.push(at);
        }
        part = next;
    }
    out
}

/// One clause of a message: its words, as indexes into the message's words, and whether it
/// ends with a question mark.
struct Clause {
    start: usize,
    range: std::ops::Range<usize>,
    question: bool,
}

/// The roles of a message that asks what each of them is in a question of its own: "what does
/// a PMM do? and what does a program manager do?". Every question in it must be one.
fn asked_one_by_one(parts: &[Clause], ws: &[&str], mentions: &[Mention]) -> Option<Vec<RoleRef>> {
    // most messages ask one question: nothing to read clause by clause
    if parts.iter().filter(|p| p.question).count() < 2 {
        return None;
    }
    let mut roles: Vec<RoleRef> = Vec::new();
    for part in parts.iter().filter(|p| p.question) {
        let clause = &ws[part.range.clone()];
        let opening = clause
            .iter()
            .position(|w| !matches!(*w, "and" | "also" | "then" | "plus" | "so" | "but" | "ok" | "okay"))?;
        // ("and director of product, what is that one doing?", "and brand manager also, what do
        // they do?": the role said first)
        let fronted = mentions.iter().find(|m| m.start == part.range.start + opening).is_some_and(|m| {
            ws[m.end..]
                .iter()
                .find(|w| !matches!(**w, "also" | "too" | "then"))
                .is_some_and(|w| matches!(*w, "what" | "whats"))
        });
        // ("can you tell me briefly what a PMM does?": a request that opens the question)
        const REQUEST: &[&str] = &[
            "can", "could", "would", "you", "u", "pls", "please", "tell", "me", "us", "shortly", "briefly", "quickly",
        ];
        let asked = clause[opening..]
            .iter()
            .position(|w| !REQUEST.contains(w))
            .is_some_and(|k| matches!(clause[opening + k], "what" | "whats"));
        if !asked && !fronted {
            return None;
        }
        let cues = Cues::new(clause, Vec::new(), Vec::new());
        if cues.compare || cues.transition || cues.asks_who() {
            return None;
        }
        let mut named = mentions.iter().filter(|m| part.range.contains(&m.start)).map(|m| m.role);
        let role = named.next()?;
        if named.any(|r| r != role) || roles.contains(&role) {
            return None;
        }
        roles.push(role);
    }
    (roles.len() >= 2 && roles.len() <= MAX_COMPARED).then_some(roles)
}

/// The clauses of a message: sentences, lines, and parts joined by "but" or a dash.
fn clauses(text: &str) -> Vec<Clause> {
    let mut out = Vec::new();
    let mut at = 0;
    // the clause so far runs from `from` to the byte about to be read
    let mut from = 0;
    let mut flush = |from: &mut usize, to: usize, question: bool, out: &mut Vec<Clause>| {
        let count = count_words(&text[*from..to]);
        if count > 0 {
            out.push(Clause { start: at, range: at..at + count, question });
            at += count;
        }
        *from = to;
    };
    // "what does jobs to be done (JTBD) mean?": a short gloss in brackets goes on with the
    // sentence around it; a longer bracket is an aside of its own
    let glosses = short_brackets(text);
    // ("who owns the schedule (burn rate vs. CLINs)?": the mark after a bracket asks the
    // clause the bracket broke off)
    let mut before_bracket = None;
    let mut before_dash = None;
    let mut offset = 0;
    for word in text.split_inclusive(char::is_whitespace) {
        let word_at = offset;
        offset += word.len();
        // (a word holds no space but the one that ends it)
        let trimmed = word.trim_end();
        // "sorry if dumb q but what does a pm do": the question starts after "but"
        if trimmed.eq_ignore_ascii_case("but") || matches!(trimmed, "-" | "—" | "–") {
            // ("what does a GPM do exactly — is it a people leader role or …?": a question that
            // a dash breaks, the mark after the dash asks both parts)
            let opens = text[from..word_at].split_whitespace().next().is_some_and(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').to_lowercase();
                QUESTION_OPENERS.contains(&w.replace('’', "'").as_str())
            });
            let count = out.len();
            flush(&mut from, word_at, false, &mut out);
            before_dash = (opens && trimmed != "but" && out.len() > count).then(|| out.len() - 1);
        }
        // "I need a quick definition: what is …": a colon before a space ends a thought
        if trimmed.len() != word.len() && trimmed.ends_with(':') {
            flush(&mut from, offset, false, &mut out);
            continue;
        }
        // (most words hold no mark that ends a thought)
        let marked = |b: u8| matches!(b, b'?' | b'.' | b'!' | b';' | b'\n' | b'(' | b')') || !b.is_ascii();
        if !word.bytes().any(marked) {
            continue;
        }
        // ("campaigns, ad budget, events etc.?": a run of marks ends one thought, a question
        // if any of them asks)
        let mut asked = false;
        let mut chars = word.char_indices().peekable();
        // ("vs. CLINs", "e.g. a PO": the full stop of a short word said in part ends nothing)
        let cut_short = trimmed.len() <= 7
            && trimmed.ends_with('.')
            && ["vs.", "e.g.", "i.e.", "etc.", "approx."].iter().any(|a| trimmed.eq_ignore_ascii_case(a));
        while let Some((i, c)) = chars.next() {
            if matches!(c, '(' | ')') && glosses.contains(&(word_at + i)) {
                continue;
            }
            if c == '.' && cut_short && i + 1 == trimmed.len() {
                continue;
            }
            asked |= c == '?';
            if matches!(c, '?' | '.' | '!') && chars.peek().is_some_and(|&(_, n)| matches!(n, '?' | '.' | '!')) {
                continue;
            }
            // an emoji ends a thought as a full stop does: "devs keep getting pulled in 🙄 who
            // is supposed to stop that"
            if matches!(c, '?' | '.' | '!' | ';' | '\n' | '(' | ')') || (!c.is_ascii() && is_emoji(c)) {
                let count = out.len();
                flush(&mut from, word_at + i + c.len_utf8(), asked, &mut out);
                if let Some(k) = before_dash.take() {
                    if asked && out.len() == k + 2 {
                        out[k].question = true;
                    }
                }
                if c == '(' {
                    before_bracket = (out.len() > count).then(|| out.len() - 1);
                } else if c == '?' {
                    // ("which role owns the tooling (jira, productboard, etc) for the org?": or
                    // after the words that follow the bracket)
                    let right_after = out.len() == count && i > 0 && word[..i].ends_with(')');
                    // (words that go on with the sentence the bracket broke)
                    let goes_on = |k: usize| {
                        out.len() == k + 3
                            && text[..word_at + i].rsplit_once(')').is_some_and(|(_, rest)| {
                                rest.split_whitespace()
                                    .next()
                                    .is_some_and(|w| matches!(w, "for" | "across" | "within" | "throughout"))
                            })
                    };
                    if let Some(k) = before_bracket.take().filter(|&k| right_after || goes_on(k)) {
                        out[k].question = true;
                    }
                } else if c != ')' {
                    before_bracket = None;
                }
                asked = false;
            }
        }
    }
    flush(&mut from, text.len(), false, &mut out);
    out
}

/// Whether the question asked compares and asks for no move ("is a BA the same as a PO? ours
/// should become POs soon" asks the comparison; the move is told after it).
fn compares_only(question: &[&str]) -> bool {
    let cues = Cues::new(question, Vec::new(), Vec::new());
    cues.compare && !cues.transition
}

/// Whether two roles are offered as a choice for a piece of work: "BA or PO for a small team
/// rebuilding the claim form?", "em or program manager for a cross-team migration?".
fn which_for(ws: &[&str], first: &Span, second: &Span) -> bool {
    // (mentions may share words: "program and project managers")
    let Some(between) = ws.get(first.end..second.start) else { return false };
    between.first().is_some_and(|w| *w == "or")
        && between.iter().all(|w| matches!(*w, "or" | "a" | "an" | "the"))
        && ws.get(second.end).is_some_and(|w| *w == "for" || *w == "on" || *w == "to")
}

/// Whether two roles are weighed against each other without a comparison word: joined by
/// "or" in a question that asks which is the better choice ("would a BA or a PO make more
/// sense here?"), or one said to do what the other does not ("what does an SM do that a PO
/// doesn't?").
fn weighs_two(ws: &[&str], asks: &Span, first: &Span, second: &Span) -> bool {
    const CHOICE: &[&str] = &[
        "better",
        "best",
        "sense",
        "fit",
        "prefer",
        "preferable",
        "suited",
        "suitable",
        "smarter",
        "wiser",
        "ideal",
        // "would I be happier as an SM or a PO?", "the more useful first hire"
        "happier",
        "useful",
        "valuable",
    ];
    let Some(between) = ws.get(first.end..second.start) else { return false };
    let or_joined = or_joined(between);
    let question = if asks.contains(&second.start) { &ws[asks.clone()] } else { &ws[second.end..] };
    // "BA or PO, which one do we need for the squad?", "which should we hire?"
    let after = &ws[second.end..(second.end + 8).min(ws.len())];
    let which_to_take = after.contains(&"which")
        && after
            .iter()
            .any(|w| matches!(*w, "hire" | "hiring" | "need" | "pick" | "choose" | "recruit" | "get" | "staff" | "go"));
    let chosen = or_joined
        && (question.iter().any(|w| CHOICE.contains(w)) || which_to_take)
        // ("for someone who likes data, is product ops or BA the better fit?": "who" of the
        // person described asks for no owner)
        && !question.iter().enumerate().any(|(i, w)| {
            cues::asks_owner(w)
                && !(i > 0 && matches!(question[i - 1], "someone" | "somebody" | "person" | "people" | "anyone"))
        });
    let set_against = between.iter().any(|w| matches!(*w, "that" | "which" | "but"))
        && ws[second.end..].iter().take(2).any(|w| NEGATIONS.contains(w))
        && !yardstick(ws, second);
    chosen || set_against
}

/// Whether the later of two roles is named as the plain one that the other is measured
/// against: "what does a GPM do that a regular PM doesn't?" asks what a GPM is.
fn yardstick(ws: &[&str], second: &Span) -> bool {
    ws[..second.start].iter().rev().take(2).any(|w| {
        matches!(
            *w,
            "regular" | "normal" | "ordinary" | "plain" | "standard" | "typical" | "usual" | "average" | "vanilla"
        )
    }) && ws[second.end..].iter().take(2).any(|w| NEGATIONS.contains(w))
}

/// Whether the later of two roles is a guess at what the first one asked about is: "what's a
/// TPM, is it just a PM who can code?" asks what a TPM is.
fn guessed_kind(ws: &[&str], first: &Span, second: &Span) -> bool {
    // ("technical product manager what means, is it just a PM who can code?": or right after it)
    let asked_what = ws[first.start.saturating_sub(3)..first.start]
        .iter()
        .chain(ws[first.end..].iter().take(1))
        .any(|w| matches!(*w, "whats" | "what" | "wat"));
    let guess = ws[first.end..second.start].iter().any(|w| matches!(*w, "it" | "they" | "that" | "this"))
        && ws[second.start.saturating_sub(3)..second.start]
            .iter()
            .any(|w| matches!(*w, "just" | "basically" | "simply" | "only" | "like"))
        // ("what's a GPM? is it a PM who manages PMs, or …?": the guess said plainly)
        || (second.start >= 2
            && matches!(ws[second.start - 1], "a" | "an")
            && matches!(ws[second.start - 2], "it" | "that" | "this"))
        // ("is it PM who codes or what": without the article)
        || (second.start >= 2
            && matches!(ws[second.start - 1], "it" | "that" | "this")
            && matches!(ws[second.start - 2], "is" | "was"))
        // ("whats a GPM, is that above senior pm?": where it ranks, guessed)
        || (ws[first.end..second.start].iter().any(|w| matches!(*w, "it" | "that" | "this"))
            && ws[second.start.saturating_sub(2)..second.start].iter().any(|w| matches!(*w, "above" | "below" | "under")));
    // ("what's an APM, like a junior PM or smth else?": a guess that opens with "like")
    // ("apm is like entry level pm is it?": likened, and asked with a tag)
    let likened = matches!(ws[first.end..second.start], ["is" | "s", "like", ..])
        && second.start - first.end <= 4
        && matches!(ws.get(second.end..second.end + 2), Some(["is" | "isnt", "it"]));
    let like = ws[first.end..second.start].first() == Some(&"like") && second.start - first.end <= 3;
    let open = |w: &str| matches!(w, "smth" | "something" | "sth" | "else" | "what" | "not" | "no");
    // ("a PM who codes", "a PM with …", "a PM of PMs", "a project manager for PMs")
    likened
        || (asked_what
            && (guess || like)
            && (ws.get(second.end).is_some_and(|w| matches!(*w, "who" | "that" | "with" | "plus" | "of" | "for"))
            // ("wat is principal PM. is it like senior senior PM": the guess closes the message)
            || (guess && second.end == ws.len())
            || like
                && (second.end == ws.len()
                    || ws.get(second.end) == Some(&"or") && ws.get(second.end + 1).is_some_and(|w| open(w)))))
}

/// Words that deny what follows: "what does an SM do that a PO doesn't?".
const NEGATIONS: &[&str] = &["doesnt", "dont", "cant", "wont", "isnt", "arent", "hasnt", "havent", "didnt"];

/// Words between two roles joined by "or" that only say which kind of the role: "a TPM or a
/// regular PM", "an APM or a junior BA".
const KIND: &[&str] = &[
    "a",
    "an",
    "the",
    "regular",
    "normal",
    "plain",
    "proper",
    "full",
    "dedicated",
    "separate",
    "traditional",
    "standard",
    "classic",
    "generic",
    "pure",
    "general",
    "junior",
];

/// Whether the words between two roles join them with "or" alone, give or take a word of kind:
/// "a TPM or a regular PM".
fn or_joined(between: &[&str]) -> bool {
    between.first().is_some_and(|w| *w == "or") && between[1..].iter().all(|w| KIND.contains(w))
}

/// Whether two roles are offered as the one to do a thing told elsewhere: "should the PM do it
/// or the EM?", "does the PO handle that or the BA?".
fn does_it_or(ws: &[&str], first: &Span, second: &Span) -> bool {
    let Some(between) = ws.get(first.end..second.start) else { return false };
    let article = |w: &&&str| matches!(**w, "a" | "an" | "the");
    between.iter().rev().find(|w| !article(w)).is_some_and(|w| *w == "or")
        && between.windows(2).any(|p| {
            matches!(p[0], "do" | "does" | "handle" | "handles" | "own" | "owns" | "run" | "runs" | "take")
                && matches!(p[1], "it" | "this" | "that" | "them" | "these" | "those")
        })
        && between.len() <= 5
}

/// Whether two roles joined by "or" are offered as a choice someone has to make, with the
/// choosing said before them or asked after them: "should we hire a TPM or a regular PM?", "do
/// we need a product ops manager or a program manager?", "principal PM or group PM, which path
/// suits me?".
fn chooses_between(ws: &[&str], asks: &Span, first: &Span, second: &Span) -> bool {
    const TAKES: &[&str] = &[
        "hire",
        "hiring",
        "recruit",
        "recruiting",
        "need",
        "needs",
        "pick",
        "choose",
        "staff",
        "aim",
        "aiming",
        "target",
        "targeting",
        "pursue",
        "suits",
        "suit",
        "fits",
        "path",
        "track",
        "route",
        "direction",
        "go",
    ];
    let Some(between) = ws.get(first.end..second.start) else { return false };
    if !or_joined(between) || !asks.contains(&first.start) {
        return false;
    }
    // "which one should I be aiming for?", "which path suits me?"
    let after = &ws[second.end..asks.end.max(second.end)];
    let which_after = after.contains(&"which") && after.iter().any(|w| TAKES.contains(w));
    // "should we hire …", "do we need …", "should our next hire be …" (and not "who should …")
    let before = &ws[asks.start..first.start];
    let chosen_before = before.iter().enumerate().any(|(i, w)| {
        matches!(*w, "should" | "do" | "would" | "will" | "shall" | "can" | "could")
            && before[i + 1..].iter().any(|w| matches!(*w, "we" | "i" | "our" | "us"))
            && before[i + 1..]
                .iter()
                .any(|w| matches!(*w, "hire" | "hiring" | "recruit" | "recruiting" | "need" | "bring"))
    });
    // "better to be a product designer or a product manager?", "would I rather become …"
    let weighed_before = before.iter().enumerate().any(|(i, w)| {
        matches!(*w, "better" | "rather" | "best")
            && before[i + 1..].iter().any(|w| matches!(*w, "be" | "become" | "go" | "pick" | "choose"))
    });
    which_after || chosen_before || weighed_before
}

/// Whether a question asks which of two stands higher: "who is above?", "who has more say?",
/// "which one is more senior?".
fn outranks(ws: &[&str]) -> bool {
    let asks = ws.iter().any(|w| matches!(*w, "who" | "whos" | "which"));
    let higher = ws.iter().enumerate().any(|(i, w)| match *w {
        // ("who's the boss of who?")
        "above" | "higher" | "superior" | "outranks" | "senior" | "seniority" | "boss" | "bosses" => true,
        // ("PM and EM, who reports to who?")
        "report" | "reports" => ws[i + 1..].starts_with(&["to", "who"]) || ws[i + 1..].starts_with(&["to", "whom"]),
        "more" => ws[i + 1..]
            .iter()
            .take(2)
            .any(|w| matches!(*w, "say" | "power" | "authority" | "influence" | "weight" | "senior" | "clout")),
        _ => false,
    });
    asks && higher
}

/// Whether a question asks to tell two roles apart without a comparison word: "which one
/// does what?", "which is the IC track and which manages people?".
fn tells_apart(ws: &[&str]) -> bool {
    // "where does the head of product's job stop and the EM's start?"
    let has = |list: &[&str]| ws.iter().any(|w| list.contains(w));
    (has(&["stop", "stops", "end", "ends"]) && has(&["start", "starts", "begin", "begins"]))
        || ws.iter().filter(|w| **w == "which").count() >= 2
        || ws.windows(2).any(|p| matches!(p[0], "does" | "do") && p[1] == "what")
}

/// Whether the words between two roles join them with "and" alone: "a scrum master and a
/// product owner".
fn joined_by_and(between: &[&str]) -> bool {
    between.first().is_some_and(|w| *w == "and") && between[1..].iter().all(|w| matches!(*w, "a" | "an" | "the"))
}

/// The roles between two others in the reporting line, when the message asks for that level:
/// "who's the level between the VPs of product and the CPO?", "who sits above the VPs but below
/// the CPO?".
fn in_between(store: &Store, cues: &Cues, a: RoleRef, b: RoleRef) -> Option<Vec<Owner>> {
    let between = cues.has("between") || (cues.has("above") && cues.has("below"));
    let asks_level =
        ["level", "layer", "rung", "role", "title", "sits", "who", "whos", "which"].iter().any(|w| cues.has(w));
    let compares = ["difference", "differences", "diff", "vs", "versus", "compare"].iter().any(|w| cues.has(w));
    if !between || !asks_level || compares || cues.transition {
        return None;
    }
    let reports = |from: RoleRef, to: RoleRef| store.links(from).reports_to.contains(&to);
    let owners: Vec<Owner> = (0..store.roles().len())
        .map(RoleRef)
        .filter(|&r| r != a && r != b && ((reports(a, r) && reports(r, b)) || (reports(b, r) && reports(r, a))))
        .map(|role| Owner { role, responsibility: None })
        .collect();
    (!owners.is_empty()).then_some(owners)
}

/// Whether the message asks how the asker makes a move: "how do i make the jump", "how can
/// I get there", "how to switch".
fn how_i_move(ws: &[&str]) -> bool {
    ws.iter().enumerate().any(|(i, w)| {
        // ("how would a delivery manager go about becoming a programme manager?": anyone in it)
        *w == "how"
            && ws[i + 1..].iter().take(4).any(|w| matches!(*w, "i" | "me" | "one" | "to" | "a" | "an"))
            && ws[i + 1..].iter().take(8).any(|w| cues::kinds_transition(w))
    })
}

/// Whether a character is an emoji or pictograph.
fn is_emoji(c: char) -> bool {
    // ("❶" is a digit: it belongs to a word, as `words` reads it)
    matches!(c, '\u{1F300}'..='\u{1FAFF}' | '\u{2600}'..='\u{27BF}') && !c.is_alphanumeric()
}

fn covered(mentions: &[Mention], at: usize) -> bool {
    mentions.iter().any(|m| (m.start..m.end).contains(&at))
}

/// Which of two mentioned roles is the origin and which the target, as positions (0 or 1):
/// the role the asker says they hold ("I'm a BA", "as a scrum master", "PM here") is the
/// origin; "from X" marks the origin, "to"/"become"/"into" before a role the target.
fn transition_order(ws: &[&str], first: &Span, second: &Span) -> (usize, usize) {
    // (the role named first may be read where a later clause names it again: the words are
    // weighed in the order they stand)
    if first.start > second.start {
        let (a, b) = transition_order(ws, second, first);
        return (1 - a, 1 - b);
    }
    // "how could I progress from APM to PM here?": the words say the way, whatever "here" says
    let said = first.start > 0
        && ws[first.start - 1] == "from"
        && ws[first.end.min(second.start)..second.start].iter().any(|w| *w == "to" || *w == "into");
    if said {
        return (0, 1);
    }
    if holds(ws, first) {
        return (0, 1);
    }
    if holds(ws, second) {
        return (1, 0);
    }
    let (first_at, second_at) = (first.start, second.start);
    let before = |at: usize, cue: &[&str]| at > 0 && ws[..at].last().is_some_and(|w| cue.contains(w));
    let from_words = ["from"];
    if before(second_at, &from_words) {
        return (1, 0);
    }
    if before(first_at, &from_words) {
        return (0, 1);
    }
    let target_cues = ["to", "become", "becoming", "into", "be", "as"];
    let first_cue = ws.iter().position(|w| target_cues.contains(w));
    // ("… dragged into roadmap stuff. how would an EM move over into a TPM role?": a cue far
    // before the first role says nothing of it)
    match first_cue {
        Some(cue) if cue < first_at && first_at - cue <= 4 => (1, 0),
        _ => (0, 1),
    }
}

/// The reading of a message that names one role, at `span`; the question ends at word `end`.
#[allow(clippy::too_many_arguments)]
fn one_role(
    store: &Store,
    cues: &Cues,
    all: &[&str],
    end: usize,
    role: RoleRef,
    span: &Span,
    leftover: f32,
    text: &str,
) -> (Query, f32) {
    let w = &WEIGHTS;
    let ws = &all[..end];
    let at = span.start;
    let before = word_before(ws, at);
    // "what comes after X", "career path for an X", "how can an X get promoted": X is where
    // the person stands, and the usual next role is where they are going
    // "which role is the entry-level one that learns from senior PMs?" asks for a role, not
    // for the move after the one it names
    // ("what's expected from a senior PM" asks what the role is)
    let wanted_from = ws[..at].iter().rposition(|w| *w == "from").and_then(|f| f.checked_sub(1)).is_some_and(|i| {
        matches!(ws[i], "expected" | "expect" | "expects" | "want" | "wants" | "need" | "needs" | "required")
    });
    let from_here = !cues.names_a_role() && before == Some("from") && !wanted_from
        || (before == Some("after") && (cues.has("comes") || cues.has("next") || cues.has("then")))
        || (before == Some("for") && ["path", "career", "progression", "route"].iter().any(|w| cues.has(w)))
        || ws[at..].contains(&"promoted");
    // "from <not a role> to X", "software engineer -> PM": a move into X
    let into = (matches!(before, Some("to" | "into" | "become")) && ws[..at].contains(&"from"))
        || arrows(text).any(|a| a > 0 && a <= at);
    let cued = if cues.transition || cues.define || into { leftover.min(w.cued_leftover_cap) } else { leftover };
    // "who defines the PM career ladder?": a duty clearly owned is asked for, whatever move
    // words it uses
    let asks_identity = ws.get(1).is_some_and(|w| matches!(*w, "is" | "are" | "s" | "was"));
    if cues.transition && cues.asks_who() && !into && cues.starts_with("who") && !asks_identity {
        let (owners, best, _) = owners(store, ws, None);
        if best >= w.who_duty && !owners.iter().any(|o| o.role == role) {
            return (Query::Who { duty: duty_text(text), owners, term: None }, w.one_role_who);
        }
    }
    // "which kind of product manager owns the API platform?": the duty's owner among the kinds
    // of the role named
    // ("which PM role usually owns the platform APIs?": the same, the kind said after)
    let which_kind = (at >= 3
        && ws[at - 1] == "of"
        && matches!(ws[at - 2], "kind" | "type" | "sort" | "flavor" | "flavour")
        && matches!(ws[at - 3], "which" | "what"))
        || (at >= 1
            && ws[at - 1] == "which"
            && ws.get(span.end).is_some_and(|w| matches!(*w, "role" | "kind" | "type" | "flavor" | "flavour"))
            && !ws.get(span.end + 1).is_some_and(|w| matches!(*w, "is" | "s" | "should" | "would" | "fits" | "suits")));
    if which_kind && !cues.transition {
        let named = store.roles()[role.index()].name.to_lowercase();
        let kinds: Vec<RoleRef> = (0..store.roles().len())
            .map(RoleRef)
            .filter(|&r| r != role && store.roles()[r.index()].name.to_lowercase().ends_with(&format!(" {named}")))
            .collect();
        let ranked = store.duties().rank(&ws[span.end..]);
        if let Some(owner) = ranked.iter().find(|m| kinds.contains(&m.role) && m.score >= w.owner) {
            return (Query::Who { duty: duty_text(text), owners: vec![owner.owner()], term: None }, w.one_role_who);
        }
    }
    if (cues.transition || from_here || into) && moves_elsewhere(ws, span) {
        return (Query::None, 0.0);
    }
    if cues.transition || from_here || into {
        // "coming from project management, any tips for moving into product?": the field
        // the asker moves into stands for its usual role
        let into_product = ws.windows(2).enumerate().any(|(i, pair)| {
            // ("get into product marketing": another field of product)
            let field = ws.get(i + 2).is_some_and(|w| {
                matches!(*w, "marketing" | "ops" | "operations" | "design" | "owner" | "analytics" | "data")
            });
            matches!(pair[0], "into" | "to" | "in") && pair[1] == "product" && i > span.end && !field
        })
        // ("project manager here. thinking of switching to product. where do i even start": the
        // move the asker who holds the role tells after the question's clause)
        || (holds(all, span)
            && all[end..].windows(3).any(|w| {
                matches!(w[0], "switching" | "switch" | "moving" | "move" | "pivoting" | "pivot" | "transitioning")
                    && matches!(w[1], "to" | "into")
                    && w[2] == "product"
            })
            && !all[end..].windows(4).any(|w| w[2] == "product" && matches!(w[3], "marketing" | "ops" | "operations" | "design" | "owner")));
        if let Some(product) = store.find("product-manager").filter(|&p| into_product && p != role) {
            return (Query::Transition { from: Some(role), to: product, background: None }, w.two_role_move.at(cued));
        }
        if from_here && !into {
            if let Some(&next) = store.links(role).next_roles.first() {
                return (Query::Transition { from: Some(role), to: next, background: None }, w.from_here.at(cued));
            }
        }
        // "I'm a backend dev, how do I become a PM?": where the asker comes from, if not a role
        let background = store.background_in(ws);
        return (Query::Transition { from: None, to: role, background }, w.one_role_move.at(cued));
    }
    // "I'm a product manager by day, happy to chat careers with anyone": the asker says who they
    // are, and asks nothing
    let asking = |w: &&str| {
        cues::asks(w)
            || matches!(
                *w,
                "hows"
                    | "would"
                    | "does"
                    | "do"
                    | "tips"
                    | "advice"
                    | "help"
                    | "eli5"
                    | "mean"
                    | "means"
                    | "meaning"
                    | "plz"
            )
    };
    if holds(all, span) && !text.contains('?') && !all.iter().any(asking) {
        return (Query::None, 0.0);
    }
    // "who's the PO for the search team?", "anyone know who the EM on billing is": one
    // person, not the role
    let named_after = ws[at..].iter().take_while(|w| !matches!(**w, "for" | "on" | "in" | "at")).count();
    // the role right after "who" ("who's the PO for"), not the object of a duty ("who runs
    // calibration for the product managers in an area")
    // ("who is handling the delivery manager role for the Pune centre?": who fills it there)
    let fills = ws.get(span.end).is_some_and(|w| matches!(*w, "role" | "position" | "seat" | "post"));
    let right_after_who = ws[..at].iter().rposition(|w| *w == "who" || *w == "whos").is_some_and(|who| {
        ws[who + 1..at].iter().all(|w| {
            // ("who be the PO for the tracking dashboard?": "be" for "is", as pidgin says it)
            matches!(*w, "is" | "s" | "was" | "be" | "the" | "a" | "an" | "our" | "their")
                || (fills && matches!(*w, "handling" | "covering" | "filling" | "playing" | "doing" | "taking"))
        })
    });
    // ("who the product marketing manager is for the farm line": a long name, then "is")
    let for_a_team = right_after_who && ws.get(at + named_after + 1).is_some() && named_after <= 3.max(span.len() + 1);
    if (cues.has("who") || cues.has("whos")) && for_a_team && !cues.transition {
        let rest = &ws[at + named_after + 1..];
        if !rest.iter().any(|w| cues::is_cue(w)) && rest.len() <= 6 {
            return (Query::None, 0.0);
        }
    }
    if about_a_person(ws, span) || asks_opinion_of(ws, span) || about_one_holder(ws, span) {
        return (Query::None, 0.0);
    }
    // "sorry dumb qn, APM is what role?": the role named, then asked what it is
    // ("APM means what role ah", "delivery manager role is what?": the same, the asking word last)
    let after = match &ws[span.end..] {
        ["role" | "job" | "title", rest @ ..] => rest,
        rest => rest,
    };
    let after = match after {
        [rest @ .., "ya" | "sih"] => rest,
        rest => rest,
    };
    if matches!(
        after,
        ["is" | "s" | "are" | "means" | "mean", "what" | "which", "role" | "job" | "title" | "position"]
            | ["is" | "s" | "means" | "mean", "what"]
    ) {
        return (Query::Define { role }, w.define_cue.at(cued));
    }
    // "who do GPMs report to?", "who manages the directors of product?": the role above it
    // "what is product designer role, is it ...": "role is" follows the role's own name
    let names_itself = ws.get(span.end).is_some_and(|w| matches!(*w, "role" | "job" | "title"));
    // "directors of product report to who?": the question word last
    let ends_asking_who = ws.last().is_some_and(|w| *w == "who" || *w == "whom");
    let asks_who = (cues.asks_who() || ends_asking_who) && (!names_itself || cues.starts_with_owner_word());
    if asks_who {
        let reports = ws[span.end..].iter().take(4).any(|w| matches!(*w, "report" | "reports" | "reporting"));
        const MANAGES: &[&str] = &["manages", "manage", "managing", "oversees", "oversee", "supervises", "supervise"];
        let managed = ws[..at]
            .iter()
            .rev()
            .find(|w| !matches!(**w, "the" | "all" | "our" | "those" | "these" | "a" | "its"))
            .is_some_and(|w| MANAGES.contains(w));
        let above = &store.links(role).reports_to;
        if (reports || managed) && !above.is_empty() {
            let owners = above.iter().map(|&role| Owner { role, responsibility: None }).collect();
            return (Query::Who { duty: duty_text(text), owners, term: None }, w.one_role_who);
        }
    }
    // "when people say 'product leader', what role is that meant to be?": the name said is the
    // role asked about
    let said_name = matches!(before, Some("say" | "says" | "said" | "saying" | "call" | "calls" | "hear" | "heard"));
    if asks_who && said_name && ws[span.end..].iter().any(|w| matches!(*w, "role" | "job" | "title" | "position")) {
        return (Query::Define { role }, w.define_cue.at(cued));
    }
    if asks_who {
        let is_word = |w: &&str| matches!(*w, "is" | "are" | "s" | "was");
        let asks_identity = cues.starts_with("whos") || ws.get(1).is_some_and(is_word);
        // ("who's responsible for ux/ui design?": a duty named by its field, not who the role is)
        let duty_said = ws[..at].iter().any(|w| matches!(*w, "responsible" | "accountable" | "charge"));
        let defines = asks_identity && (at <= 3 || cues.has("what")) && !duty_said;
        // ("our scrum master organised a team event, who is coming?": who is at one occasion)
        let asked_from = ws.iter().rposition(|w| matches!(*w, "who" | "whos")).filter(|&k| k >= span.end);
        if asked_from.is_some_and(|k| asks_occasion(&ws[k..])) {
            return (Query::None, 0.0);
        }
        if !defines {
            let owners = owners(store, ws, None).0;
            if !owners.is_empty() {
                return (Query::Who { duty: duty_text(text), owners, term: None }, w.one_role_who);
            }
        }
        return (Query::Define { role }, w.who_is.at(leftover));
    }
    // "the new product designer's mockups are great work": a sentence that tells something of
    // the role, with no question and no word that asks, asks nothing
    if tells_of_the_role(ws, span, text) {
        return (Query::Define { role }, 0.0);
    }
    if cues.define || cues.compare {
        return (Query::Define { role }, w.define_cue.at(cued));
    }
    if asks_what_kind(ws, span, text.trim_end().ends_with('?')) {
        return (Query::Define { role }, w.define_cue.at(leftover.min(w.cued_leftover_cap)));
    }
    // ("engineering manager on a software team?": where the role is held tells nothing asked)
    let setting = ws[span.end..]
        .iter()
        .position(|w| matches!(*w, "in" | "on" | "at" | "within"))
        .map(|k| span.end + k + 1)
        .and_then(|from| {
            let rest = ws[from..].iter().skip_while(|w| matches!(**w, "a" | "an" | "the" | "big" | "small"));
            let setting: Vec<&&str> = rest.collect();
            (setting.len() <= 2 && setting.last().is_some_and(|w| SETTING.contains(*w)))
                .then(|| setting.iter().filter(|w| !cues::is_explained(w)).count() as f32)
        })
        .unwrap_or(0.0);
    (Query::Define { role }, w.one_role_bare.at((leftover - setting).max(0.0)))
}

/// Whether a message only says something of the role it names: a verb after the role, no
/// question mark, and no word that asks ("the PO's demo was great", not "PO responsibilities"
/// or "explain what a PO is pls").
fn tells_of_the_role(ws: &[&str], span: &Span, text: &str) -> bool {
    const ASKING: &[&str] = &[
        "what",
        "whats",
        "how",
        "who",
        "whos",
        "whose",
        "why",
        "which",
        "where",
        "explain",
        "describe",
        "define",
        "tell",
        "meaning",
        "mean",
        "means",
        "difference",
        "diff",
        "vs",
        "versus",
        "compare",
        "eli5",
        "anyone",
        "anybody",
        "someone",
        "somebody",
        "pls",
        "please",
        "plz",
        "help",
        "wondering",
        "curious",
        "question",
        "need",
        "know",
        "understand",
        "learn",
        "idea",
        "clarify",
        "confused",
        "wonder",
    ];
    // ("rejected at the final round for a BA role again": a verb told before it, too)
    let verb = ws[span.end..]
        .iter()
        .any(|w| matches!(*w, "is" | "are" | "was" | "were" | "has" | "have" | "had" | "will" | "did" | "does"))
        || ws.iter().any(|w| past_tense(w))
        // ("I start my new job as a junior PO on monday!!": news of the asker's own role)
        || (holds(ws, span)
            && (ws.iter().any(|w| matches!(*w, "start" | "starting" | "begin" | "beginning" | "joining"))
                || ws.windows(2).any(|p| p[0] == "first" && matches!(p[1], "day" | "week" | "month"))));
    verb && !text.contains('?') && !ws.iter().any(|w| ASKING.contains(w))
}

/// Whether a message opens by asking what kind of thing the role named at its start is: "is a
/// GPM a manager or an IC?", "is the scrum master basically a coach?", "are POs really
/// needed?" ("is our PO out today?" is about one person; "is the PM on leave?" about one too).
fn asks_what_kind(ws: &[&str], role: &Span, asked: bool) -> bool {
    const KIND: &[&str] = &[
        "a",
        "an",
        "just",
        "basically",
        "really",
        "actually",
        "more",
        "mostly",
        "mainly",
        "considered",
        "still",
        "supposed",
        "even",
        "necessary",
        "needed",
        "technical",
        "senior",
        "junior",
    ];
    let kind_at = |at: usize| ws.get(at).is_some_and(|w| KIND.contains(w));
    let opens = matches!(ws.first().copied(), Some("is" | "are" | "isnt" | "arent"))
        && ws[1..role.start].iter().all(|w| matches!(*w, "a" | "an" | "the"))
        && kind_at(role.end);
    // "would you say a PMM is more marketing or more product?": any one of the role, said to
    // be something, in a question
    let any_one = role.start > 0
        && matches!(ws[role.start - 1], "a" | "an")
        && ws.get(role.end).is_some_and(|w| matches!(*w, "is" | "are"))
        && kind_at(role.end + 1);
    // "should a PM know SQL?", "do POs write code?": what any one of the role does or knows
    // ("can a PM join the call?" asks for one person)
    // ("do designers here use figma?": the ones here are people, not the role)
    let modal = matches!(ws.first().copied(), Some("should" | "must" | "does" | "do" | "shouldnt" | "doesnt"))
        && ws.get(role.end) != Some(&"here")
        && match role.start {
            1 => ws[role.end - 1].ends_with('s'),
            2 => matches!(ws[1], "a" | "an"),
            _ => false,
        };
    // "how senior is a principal PM?", "how technical are TPMs?": how far the role goes
    // ("morning!! how senior is a principal pm ah": after a greeting too)
    let how_far = ws[..role.start].iter().rposition(|w| *w == "how").is_some_and(|h| {
        ws.get(h + 1).is_some_and(|w| matches!(*w, "senior" | "junior" | "technical" | "strategic" | "hands"))
            && ws[h + 2..role.start].iter().all(|w| matches!(*w, "is" | "are" | "a" | "an" | "the" | "on"))
    });
    // "vp of product is a people manager or strategy only?": the role first, said to be one
    // thing or another
    // ("group product manager is like manager of pms??": or likened to one)
    let either = ws[..role.start].iter().all(|w| matches!(*w, "a" | "an" | "the"))
        && ws.get(role.end).is_some_and(|w| matches!(*w, "is" | "are"))
        && (ws[role.end + 1..].iter().take(5).any(|w| *w == "or")
            || ws.get(role.end + 1).is_some_and(|w| matches!(*w, "like" | "basically" | "kinda" | "mostly")));
    opens || how_far || (asked && (any_one || modal || either))
}

/// The words of one role mention, as indexes into the message's words.
type Span = std::ops::Range<usize>;

/// Words a clause of guesses at an owner may hold beside the roles: "the pm?", "or maybe a
/// regular PO?", "… now that we're agile? still the BA?".
const GUESS_WORDS: &[&str] = &[
    "the", "a", "an", "our", "your", "their", "or", "maybe", "is", "it", "they", "regular", "normal", "usual",
    "typical", "just", "plain", "still", "probably", "surely", "right", // ("pm, po, someone else?")
    "someone", "somebody", "else",
];

/// Each role these mentions name, once and in order: the role with the index of its first
/// word, and the words of that first mention.
fn distinct_roles<'m>(mentions: impl Iterator<Item = &'m Mention>) -> (Vec<(RoleRef, usize)>, Vec<Span>) {
    let mut roles: Vec<(RoleRef, usize)> = Vec::new();
    let mut spans = Vec::new();
    for m in mentions {
        if !roles.iter().any(|(r, _)| *r == m.role) {
            roles.push((m.role, m.start));
            spans.push(m.start..m.end);
        }
    }
    (roles, spans)
}

/// Whether the role named by these words is one the asker says they hold: "I'm a BA", "as a
/// scrum master, ...", "currently a PO", "director of product here", "I work as a PM".
fn holds(ws: &[&str], role: &Span) -> bool {
    // ("working as a junior product designer": a grade before the role's name)
    let graded = |w: &&str| matches!(*w, "junior" | "jr" | "mid" | "solo" | "only" | "sole" | "current" | "existing");
    let before = ws[..role.start]
        .iter()
        .rev()
        .copied()
        // ("I manage 3 devs as their engineering manager")
        .find(|w| !matches!(*w, "a" | "an" | "the" | "my" | "our" | "your" | "their") && !graded(w));
    let after = ws.get(role.end).copied();
    // "as a PM" is where the asker stands, unless it is where they want to be ("to work as")
    let as_holder = before == Some("as") && {
        let at = ws[..role.start].iter().rposition(|w| *w == "as").unwrap_or(0);
        // ("start over as an APM", "apply as a PO": where they would land)
        !ws[at.saturating_sub(2)..at].iter().any(|w| {
            matches!(
                *w,
                "to" | "be" | "become" | "becoming" | "start" | "starting" | "over" | "restart" | "apply" | "applying"
            )
        })
    };
    // "APM since last spring": held since then
    let since = after == Some("since") && role.start == 0;
    // "eng manager for 4 years, ..."
    // ("project manager in construction for 8 years": where, then how long)
    let for_at = match after {
        Some("for") => Some(role.end),
        Some("in" | "at") => {
            ws[role.end..(role.end + 4).min(ws.len())].iter().position(|w| *w == "for").map(|k| role.end + k)
        }
        _ => None,
    };
    // ("programme manager for a 3 year EPR replacement": how long the work lasts, not how long
    // anyone has held the role)
    let lasting = |at: usize| {
        ws.get(at + 1).is_some_and(|w| matches!(*w, "a" | "an" | "the"))
            && ws
                .get(at + 2)
                .is_some_and(|w| !matches!(*w, "year" | "month" | "yr" | "couple" | "few" | "last" | "past"))
    };
    let for_years = for_at.is_some_and(|at| {
        !lasting(at)
            && ws
                .get(at + 1..(at + 4).min(ws.len()))
                .is_some_and(|next| next.iter().any(|w| matches!(*w, "years" | "yrs" | "year" | "months" | "yr")))
    });
    // "my title changed to scrum master last year", "got promoted to senior PM": held now
    let reached = before == Some("to")
        && ws[..role.start].iter().rposition(|w| *w == "to").and_then(|at| at.checked_sub(1)).is_some_and(|at| {
            matches!(ws[at], "changed" | "promoted" | "switched" | "moved" | "transitioned" | "retitled")
                // ("how do APMs get promoted to PM?": a move still to make)
                && !at.checked_sub(1).is_some_and(|b| {
                    matches!(ws[b], "get" | "gets" | "getting" | "be" | "being" | "to" | "will" | "wanna")
                })
        });
    // "product designer, 5 years in, …": how long the asker has held the role that opens
    // ("what's the path to head of product? senior pm, 6 yrs in": or later on)
    let years_in = !matches!(before, Some("to" | "into" | "become" | "becoming" | "as" | "be"))
        && ws.get(role.end + 1).is_some_and(|w| matches!(*w, "years" | "yrs" | "year" | "months"))
        && ws.get(role.end + 2).is_some_and(|w| matches!(*w, "in" | "now"));
    // "delivery manager in a GDS-style team here.": where the asker works, said to open
    let works_here = role.start == 0
        && matches!(after, Some("in" | "at" | "on" | "for"))
        && ws[role.end..(role.end + 7).min(ws.len())].contains(&"here");
    // ("product ops manager 👋 wanna switch to being a pm": the role that opens, then a wish)
    let opens_wishing = role.start == 0
        && after
            .is_some_and(|w| matches!(w, "wanna" | "want" | "wanting" | "hoping" | "looking" | "trying" | "thinking"));
    // "(marketing manager on paper)": the asker's title
    let on_paper = ws.get(role.end..role.end + 2).is_some_and(|p| p == ["on", "paper"] || p == ["by", "title"]);
    as_holder
        || reached
        || since
        || for_years
        || years_in
        || works_here
        || opens_wishing
        || on_paper
        || matches!(before, Some("im" | "am" | "currently" | "been" | "being" | "former" | "ex"))
        // ("(so technically marketing manager)": the asker's title, said aside)
        || matches!(before, Some("technically" | "officially"))
        // ("been doing scrum master stuff for 3 yrs": the role's work, done a while)
        || (before == Some("doing") && role.start >= 2 && matches!(ws[role.start - 2], "been" | "was"))
        // ("i used to be a scrum master before mat leave": held once, where the move starts)
        || (before == Some("be")
            && ws[..role.start].iter().rposition(|w| *w == "be").is_some_and(|at| at >= 2 && ws[at - 2..at] == ["used", "to"]))
        // ("how to become a TPM when you are an engineering manager today?")
        || (matches!(before, Some("are" | "youre"))
            && ws[..role.start].iter().rposition(|w| *w == "are" || *w == "youre").is_some_and(|at| {
                (ws[at] == "youre" || (at > 0 && ws[at - 1] == "you"))
                    && ws[..at].iter().rev().take(3).any(|w| matches!(*w, "when" | "if" | "while"))
            }))
        // ("how does a senior PM get promoted to GPM here?": "here" after where one goes is the
        // company, not the asker)
        || (matches!(after, Some("here" | "atm")) && !matches!(before, Some("to" | "into" | "become" | "becoming")))
}

/// The role a description names, read against what each role does and what it is, when one
/// clearly leads: "which role is basically a very senior IC who takes the scariest bets?".
fn described_role(store: &Store, ws: &[&str], text: &str) -> Option<Understood> {
    let w = &WEIGHTS;
    let clause = without_condition(ws);
    let mut scores: Vec<(RoleRef, f32, Option<usize>)> = Vec::new();
    let duties = store.duties().rank(clause).into_iter().map(|m| (m.role, m.score, Some(m.responsibility)));
    let profiles = store.profiles().rank(clause).into_iter().map(|m| (m.role, m.score, None));
    for (role, score, responsibility) in duties.chain(profiles) {
        match scores.iter_mut().find(|(r, _, _)| *r == role) {
            Some(entry) if score > entry.1 => *entry = (role, score, responsibility),
            Some(_) => {}
            None => scores.push((role, score, responsibility)),
        }
    }
    scores.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap_or(std::cmp::Ordering::Equal));
    let (role, best, responsibility) = *scores.first()?;
    let second = scores.get(1).map_or(0.0, |s| s.1);
    if best < w.who_floor || best < w.described_margin * second {
        return None;
    }
    let owners = vec![Owner { role, responsibility }];
    let query = Query::Who { duty: duty_text(text), owners, term: None };
    Some(Understood { query, confidence: w.described, ambiguous: Vec::new(), full: false })
}

/// The sentence of a message that asks for an owner, without the markup, greeting or remark
/// around it: "thanks! who runs the retro? asking for a friend" is "who runs the retro?".
/// Answers echo it as the duty asked about.
fn duty_text(text: &str) -> String {
    let cleaned = super::clean::clean(text);
    let mut buffer = String::new();
    let mut asks_owner = |sentence: &str| {
        let ws = split_words(sentence, &mut buffer);
        ws.iter().any(|w| cues::asks_owner(w))
            || ws.windows(2).any(|p| {
                matches!(p[0], "which" | "what") && matches!(p[1], "role" | "roles" | "team" | "title" | "job")
            })
    };
    let mut sentences = Vec::new();
    let mut start = 0;
    for (at, c) in cleaned.char_indices() {
        if matches!(c, '?' | '.' | '!' | '\n') {
            sentences.push(&cleaned[start..at + c.len_utf8()]);
            start = at + c.len_utf8();
        }
    }
    sentences.push(&cleaned[start..]);
    let Some(asking) = sentences.iter().map(|s| s.trim()).filter(|s| !s.is_empty()).find(|s| asks_owner(s)) else {
        return cleaned.trim().to_owned();
    };
    // "quick one, who owns the roadmap?": from the word that asks
    let lower = asking.to_lowercase();
    let from = ["who", "whose", "which", "what"]
        .iter()
        .filter_map(|w| {
            lower.match_indices(w).map(|(at, _)| at).find(|&at| at == 0 || lower[..at].ends_with([' ', ',', ':', '(']))
        })
        .min()
        .unwrap_or(0);
    // ("release notes, that's usually who?": the question word last asks about all before it)
    let from = if lower[from..].split_whitespace().nth(1).is_none() { 0 } else { from };
    asking[from..].to_owned()
}

/// Whether a message has a question mark outside double quotes: "being a scrum master is
/// just saying \"any blockers?\" all day" asks nothing.
fn asks_outside_quotes(text: &str) -> bool {
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '“' => quoted = true,
            '”' => quoted = false,
            '?' if !quoted => return true,
            _ => {}
        }
    }
    false
}

/// Whether a message is about particular people in a role rather than the role: "is Dana our
/// PMM now?", "is the product marketing team doing the trailer?", "anyone know if the BA from
/// finance is joining?", "we're hiring a BA for the pharmacy project, pls share the post".
fn about_people_at_work(
    text: &str,
    ws: &[&str],
    mentions: &[Mention],
    cues: &Cues,
    asks: &std::ops::Range<usize>,
) -> bool {
    let Some(first) = mentions.first() else { return false };
    // "does anyone know if Marco is still the program manager for …": a name, then the role
    let name_is = || {
        mentions.iter().any(|m| {
            let mut i = m.start;
            while i > 0 && matches!(ws[i - 1], "the" | "our" | "still" | "now" | "really" | "a" | "an") {
                i -= 1;
            }
            // ("in my last company in Brazil was the PM": a place, not a person)
            i >= 2
                && matches!(ws[i - 1], "is" | "was" | "s")
                && i < m.start
                && (i < 3 || !matches!(ws[i - 3], "in" | "at" | "from" | "of"))
                && text.split_whitespace().any(|token| {
                    let name = token.trim_matches(|c: char| !c.is_alphanumeric());
                    name_shaped(name) && name.to_lowercase() == ws[i - 2] && !cues::is_explained(ws[i - 2])
                })
        })
    };
    // "is Dana our PMM", "was Tom still the designer": a person's name right after the verb
    let named = || {
        matches!(ws[0], "is" | "was" | "isnt" | "has" | "did" | "does")
            && first.start > 1
            && text.split_whitespace().nth(1).is_some_and(|token| {
                let name = token.trim_matches(|c: char| !c.is_alphanumeric());
                let mut chars = name.chars();
                chars.next().is_some_and(char::is_uppercase)
                    && chars.clone().count() >= 2
                    && chars.all(char::is_lowercase)
                    && crate::text::words(name).first().map(String::as_str) == ws.get(1).copied()
            })
    };
    // "can someone tell Marco (our EM) the deploy is blocked?": a person, then their role
    let introduced = || {
        text.match_indices('(').any(|(at, _)| {
            let before = text[..at].split_whitespace().collect::<Vec<_>>();
            let inner = &text[at + 1..];
            let names_role = inner.find(')').is_some_and(|end| {
                let from = count_words(&text[..at]);
                mentions.iter().any(|m| (from..from + count_words(&inner[..end])).contains(&m.start))
            });
            names_role && before.len() >= 2 && before.last().is_some_and(|name| name_shaped(name))
        })
    };
    // "the BA (team | from finance) is joining": one team's people doing something now
    const DETERMINERS: &[&str] = &["the", "our", "my", "their", "your", "his", "her"];
    const GROUP: &[&str] = &["team", "teams", "folks", "people", "guys", "squad", "dept", "department", "crew"];
    // ("who approves what is on brand? our designer and our marketer are fighting about it":
    // the people are in a remark beside the question)
    let busy = || {
        mentions.iter().filter(|m| asks.contains(&m.start)).any(|m| {
            // ("the publisher's VP of product is joining": one word may stand between)
            let determined = m.start > 0 && DETERMINERS.contains(&ws[m.start - 1])
                || (m.start > 1 && DETERMINERS.contains(&ws[m.start - 2]) && !cues::is_explained(ws[m.start - 1]));
            let mut at = m.end;
            if ws.get(at).is_some_and(|w| GROUP.contains(w)) {
                at += 1;
            } else if ws.get(at).is_some_and(|w| matches!(*w, "from" | "on" | "in" | "for")) {
                at += 2;
            }
            let be = |i: usize| ws.get(i).is_some_and(|w| matches!(*w, "is" | "are" | "was" | "were" | "s"));
            // ("is the product owner for loyalty out this week?": where one person is)
            let doing = |i: usize| {
                ws.get(i).is_some_and(|w| {
                    (w.len() > 4 && w.ends_with("ing"))
                        || matches!(*w, "out" | "off" | "ooo" | "away" | "sick" | "around" | "online" | "offline")
                })
            };
            // ("is our delivery manager on leave today?")
            let on_leave = |i: usize| {
                ws.get(i).is_some_and(|w| *w == "on")
                    && ws.get(i + 1).is_some_and(|w| {
                        matches!(
                            *w,
                            "leave"
                                | "holiday"
                                | "holidays"
                                | "vacation"
                                | "pto"
                                | "sabbatical"
                                | "parental"
                                | "maternity"
                                | "paternity"
                        )
                    })
            };
            let asks_is = matches!(ws[0], "is" | "are" | "was" | "were") && m.start <= 3;
            // ("describe the product ops role? we're thinking of hiring one": the next sentence is
            // about someone else)
            let same_sentence = |i: usize| !cues.part_start_between(m.start, i);
            // ("describe a BA's role pls, the BA from finance is joining our standup": a part
            // before it asks what a role is, and this one tells why)
            let asked_before = mentions.iter().any(|o| {
                o.start < m.start
                    && cues.part_start_between(o.start, m.start)
                    && ws[..o.start].iter().any(|w| matches!(*w, "describe" | "explain" | "what" | "whats" | "define"))
            });
            !asked_before
                && determined
                && ((be(at) && doing(at + 1) && same_sentence(at))
                    || (be(at + 1) && doing(at + 2) && same_sentence(at + 1))
                    || (be(m.end) && on_leave(m.end + 1))
                    || (asks_is && (doing(at) || on_leave(m.end))))
        })
    };
    // "we're hiring a BA for ...": an opening, not a question about the role
    const HIRING: &[&str] = &["hiring", "recruiting", "interviewing", "onboarding", "backfilling"];
    const ASKING: &[&str] = &["what", "whats", "how", "which", "who", "whos", "why", "should", "difference"];
    let hiring =
        || ws[..first.start].iter().rev().take(3).any(|w| HIRING.contains(w)) && !ws.iter().any(|w| ASKING.contains(w));
    // "which team does Tom the program manager sit on?": a person, then their role
    // (a role right after "the" or "our" first: the text is read token by token only then)
    let after_det = || mentions.iter().any(|m| m.start >= 2 && matches!(ws[m.start - 1], "the" | "our"));
    let titled = || {
        after_det()
            && text.split_whitespace().zip(text.split_whitespace().skip(1)).enumerate().any(|(i, (name, det))| {
                let name = name.trim_end_matches(',');
                if !(name_shaped(name) && matches!(det, "the" | "our")) {
                    return false;
                }
                // ("in Munich the PO does it": a place, then the role there)
                let place = i > 0
                    && text.split_whitespace().nth(i - 1).is_some_and(|p| {
                        matches!(p.to_lowercase().as_str(), "in" | "at" | "from" | "near" | "across" | "to")
                    });
                if place {
                    return false;
                }
                let lower = name.to_lowercase();
                !cues::is_explained(&lower)
                    && ws.first().is_none_or(|w| *w != lower)
                    && ws.windows(2).enumerate().any(|(i, pair)| {
                        pair[0] == lower && pair[1] == det && mentions.iter().any(|m| m.start == i + 2)
                    })
            })
    };
    // "does anybody know which BA is on project Atlas?": one of the people in the role
    let which_one = || {
        mentions.iter().any(|m| {
            let on = |i: usize| {
                ws.get(i).is_some_and(|w| matches!(*w, "on" | "in" | "from" | "assigned" | "working" | "handling"))
            };
            let which_is = m.start >= 4
                && ws[m.start - 4..m.start - 1].iter().copied().eq(["which", "one", "is"])
                && ws[m.start - 1] == "the";
            which_is
                || m.start > 0
                    && ws[m.start - 1] == "which"
                    && ws.get(m.end).is_some_and(|w| matches!(*w, "is" | "s" | "was"))
                    && on(m.end + 1)
        })
    };
    // "can someone ping the EM of the mobile team", "will DM our director of product": a
    // message to one person in the role
    const CONTACT: &[&str] = &[
        "ping",
        "dm",
        "message",
        "email",
        "tag",
        "cc",
        "slack",
        "pinging",
        "dming",
        "messaging",
        "tell",
        "remind",
        "notify",
        "inform",
        "warn",
        "alert",
        "thank",
        "thanks",
    ];
    // ("or do i have to ask my EM": someone the asker must go to)
    let contacted = || {
        mentions.iter().filter(|m| asks.contains(&m.start)).any(|m| {
            let before = |k: usize| m.start.checked_sub(k).map(|i| ws[i]);
            (matches!(before(1), Some("the" | "our" | "your" | "their"))
                && before(2).is_some_and(|w| CONTACT.contains(&w)))
                || (matches!(before(1), Some("my" | "our" | "the"))
                    && before(2) == Some("ask")
                    && before(3) == Some("to"))
        })
    };
    // "does the marketing manager for APAC have budget left?", "the EM of the mobile team": the
    // one person in the role for a place, team or project
    // ("client keeps asking if i have a BA on the project. what even is a business analyst?":
    // a question that names the role itself asks about the role)
    let named_in_asks = mentions.iter().any(|m| asks.contains(&m.start));
    let placed = || {
        mentions.iter().filter(|m| !named_in_asks || asks.contains(&m.start)).any(|m| {
            // ("is there a PM on the payments squad I can ask?", "do we have an EM for the
            // mobile team": whether one person is there)
            let there = m.start >= 2
                && matches!(ws[m.start - 1], "a" | "an" | "any")
                && matches!(ws[m.start - 2], "there" | "have" | "got");
            let determined = there || (m.start >= 1 && matches!(ws[m.start - 1], "the" | "our"));
            let of = ws.get(m.end).is_some_and(|w| matches!(*w, "for" | "of" | "on" | "from"));
            let team = ws.get(m.end + 1).is_some_and(|w| *w == "the")
                && ws[(m.end + 2).min(ws.len())..].iter().take(3).any(|w| {
                    matches!(
                        *w,
                        "team"
                            | "squad"
                            | "account"
                            | "project"
                            | "region"
                            | "tribe"
                            | "launch"
                            | "release"
                            | "client"
                            | "migration"
                            | "contract"
                            | "deal"
                            | "rollout"
                    )
                });
            // (looked for only where the rest holds)
            let proper = || {
                ws.get(m.end + 1).is_some_and(|next| {
                    !cues::is_explained(next)
                        && text.split_whitespace().any(|token| {
                            let token = token.trim_matches(|c: char| !c.is_alphanumeric());
                            token.chars().next().is_some_and(char::is_uppercase)
                                && token.len() >= 2
                                && token.to_lowercase() == *next
                        })
                })
            };
            let place = ws.get(m.end + 1).is_some_and(|w| matches!(*w, "project" | "client" | "account" | "team"))
                && ws.get(m.end + 2).is_some();
            // ("I'm the scrum master on the patient app team": the asker, not someone to find)
            let asker = || holds(ws, &(m.start..m.end));
            // "who's the delivery manager on the cert submission?": whoever holds it there
            let who_is_the = m.start >= 2
                && ws[m.start - 1] == "the"
                && (ws[m.start - 2] == "whos" || (m.start >= 3 && ws[m.start - 3] == "who" && ws[m.start - 2] == "is"));
            let on_one = ws.get(m.end + 1).is_some_and(|w| matches!(*w, "the" | "our" | "this"));
            determined && of && (team || place || (who_is_the && on_one) || proper()) && !asker()
        })
    };
    // "anyone know who took over her tickets?": who did something once
    // ("thanks to the designers who jumped on the hotfix": the people, too)
    // ("any advice from ppl who did it?": people who made a move, asked for advice)
    let past_who = || {
        !cues.compare
            && ws[asks.clone()].windows(3).any(|p| {
                p[1] == "who"
                    && past_tense(p[2])
                    && !matches!(p[0], "ppl" | "people" | "folks" | "anyone" | "someone" | "those" | "others")
            })
            || ws[asks.clone()].first().is_some_and(|w| *w == "who")
                && ws.get(asks.start + 1).is_some_and(|w| past_tense(w))
    };
    // "does anyone have the template our PMs use?": a thing asked for, not the role
    const THINGS: &[&str] = &[
        "template",
        "templates",
        "link",
        "deck",
        "doc",
        "docs",
        "slides",
        "file",
        "sheet",
        "spreadsheet",
        "recording",
        "invite",
        "notes",
        "login",
        "password",
        "access",
        "contact",
        "number",
        "email",
        "referral",
        "referrals",
    ];
    let asks_what = ws.iter().any(|w| matches!(*w, "what" | "whats" | "explain" | "difference" | "how"));
    let wants_a_thing = || {
        ws.windows(2).any(|w| {
            matches!(w[0], "anyone" | "anybody" | "someone" | "somebody")
                && matches!(w[1], "have" | "got" | "has" | "share" | "send")
        }) && ws.iter().any(|w| THINGS.contains(w))
            && !asks_what
    };
    // "does our team even need a scrum master?": one team's setup
    let our_setup = || {
        ws.first().is_some_and(|w| matches!(*w, "does" | "do" | "should" | "is"))
            && ws.windows(3).any(|w| {
                matches!(w[0], "our" | "my")
                    && matches!(w[1], "team" | "company" | "org" | "startup" | "squad")
                    && matches!(w[2], "need" | "have" | "even" | "really" | "actually")
            })
    };
    // "does our CPO actually read the update?": what one person in the role does
    let ours_does = || {
        matches!(ws[0], "does" | "did" | "has" | "will" | "is" | "was")
            && ws.get(1).is_some_and(|w| matches!(*w, "our" | "your" | "their"))
            && first.start == 2
            && !cues.compare
            && !cues.transition
    };
    // "which team does the principal PM sit on?", "who on the growth team owns onboarding?": one
    // person or one team
    const PLACE: &[&str] = &["team", "squad", "floor", "office", "desk", "building", "timezone", "channel", "project"];
    let which_place = || {
        ws.windows(3)
            .any(|w| matches!(w[0], "which" | "what") && PLACE.contains(&w[1]) && matches!(w[2], "does" | "is"))
            && mentions.iter().any(|m| m.start > 0 && matches!(ws[m.start - 1], "the" | "our"))
    };
    // "which team does the engineering manager Marco belong to?": the role, then the person
    // ("whats an APM? client introduced 'our APM Jess' on the call": the person is named
    // outside the clause that asks of the role)
    let asked_plainly = mentions.iter().any(|m| asks.contains(&m.start));
    let then_named = || {
        mentions.iter().filter(|m| !asked_plainly || asks.contains(&m.start)).any(|m| {
            ws.get(m.end).is_some_and(|next| {
                !cues::is_explained(next)
                    && text.split_whitespace().zip(text.split_whitespace().skip(1)).any(|(before, name)| {
                        // ("Head of Product (Series A, remote)": a bracket says more about the role)
                        let bracketed = name.starts_with('(');
                        let name = name.trim_matches(|c: char| !c.is_alphanumeric());
                        // ("an invite for Scrum Master Intern": a title in capitals goes on)
                        let titled = || name_shaped(before.trim_matches(|c: char| !c.is_alphanumeric()));
                        name_shaped(name)
                            && !bracketed
                            && !titled()
                            && name.to_lowercase() == *next
                            && before.ends_with(|c: char| c.is_alphanumeric())
                            && crate::text::words(before).last().map(String::as_str) == ws.get(m.end - 1).copied()
                    })
            })
        })
    };
    // "my brother is a project manager in construction and he laughs …": a relative's job,
    // told and not asked about
    const KIN: &[&str] = &[
        "brother", "sister", "wife", "husband", "partner", "dad", "mom", "mum", "father", "mother", "friend", "cousin",
        "uncle", "aunt", "son", "daughter", "roommate", "bf", "gf",
    ];
    let kin = || {
        mentions.first().is_some_and(|m| {
            ws[..m.start].iter().rev().take(4).any(|w| KIN.contains(w))
                && !ws.iter().any(|w| cues::asks(w))
                && !text.contains('?')
        })
    };
    // "is dana still our program manager?": one person, named however it is written
    let still_ours = || {
        mentions.first().is_some_and(|m| {
            matches!(ws[0], "is" | "was" | "isnt")
                && m.start >= 3
                && !cues::is_explained(ws[1])
                && !matches!(ws[1], "it" | "this" | "that" | "there" | "he" | "she" | "they")
                && ws[2..m.start].iter().all(|w| matches!(*w, "still" | "now" | "currently" | "our" | "your" | "the"))
                && ws[2..m.start].iter().any(|w| matches!(*w, "still" | "now" | "currently"))
        })
    };
    // (each sign worked out only when those before it do not hold: most messages are about
    // the role, and the signs that read the text token by token cost the most)
    named()
        || kin()
        || still_ours()
        || introduced()
        || ours_does()
        // "who's the recruiter for the senior pm opening?": a person in another job
        // ("who is the recruiter handling the APM roles?")
        || (asks_who_holds_other_job(&ws[asks.clone()]) && !cues.transition)
        || (asks_who_someone_is(&ws[asks.clone()])
            && mentions.iter().any(|m| {
                let before = |k: usize| m.start.checked_sub(k).map(|i| ws[i]);
                // ("who's the hiring manager for that PO posting?")
                let det = matches!(before(1), Some("the" | "that" | "this" | "our" | "your"));
                asks.contains(&m.start) && (before(1) == Some("for") || (det && before(2) == Some("for")))
            })
            && !cues.transition)
        || which_place()
        || asks_which_reader(&ws[asks.clone()])
        || name_is()
        || past_who()
        || wants_a_thing()
        || our_setup()
        || then_named()
        || titled()
        || which_one()
        // ("loop in the PMM, not the marketing manager, for the launch. how are those
        // different?": the people named are examples of the roles compared)
        || (!cues.compare && (contacted() || placed()))
        || (!cues.compare && !cues.transition && (busy() || hiring()))
}

/// The words with each role named replaced by "the": the duty told around roles that are not
/// its owner.
fn without_roles<'w>(ws: &[&'w str], mentions: &[Mention]) -> Vec<&'w str> {
    ws.iter().enumerate().map(|(i, &w)| if covered(mentions, i) { "the" } else { w }).collect()
}

/// Drops the mentions `aside` picks out, unless it picks out every one: the roles left are
/// those asked about.
fn keep_others(mentions: &mut Vec<Mention>, aside: impl Fn(&Mention) -> bool) {
    if mentions.iter().any(|m| !aside(m)) {
        mentions.retain(|m| !aside(m));
    }
}

/// Whether a word is a name, capitalised as names are: "Dana", "Marco," ("APAC" is not).
fn name_shaped(token: &str) -> bool {
    let mut chars = token.chars();
    chars.next().is_some_and(char::is_uppercase) && token.len() >= 3 && chars.all(char::is_lowercase)
}

/// Whether a question asks who someone of a named person is: "who is Anna's manager?",
/// "who's Tom's PO these days".
fn of_a_named_person(text: &str) -> bool {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    tokens.windows(3).any(|w| {
        let who = w[0].eq_ignore_ascii_case("who") && matches!(w[1], "is" | "was");
        let whos = ["who's", "who’s", "whos"].iter().any(|x| w[0].eq_ignore_ascii_case(x));
        let named = |t: &str| possessive_stem(t).is_some_and(name_shaped);
        (who && named(w[2])) || (whos && named(w[1]))
    })
    // ("who does Priya's scrum master role report to?": a named person's post)
    // ("Who's supposed to …", "Monday's standup": no name)
    || tokens.iter().skip(1).filter_map(|t| possessive_stem(t)).any(|stem| {
        let word = stem.to_lowercase();
        name_shaped(stem)
            && !cues::is_explained(&word)
            && !matches!(word.as_str(), "who" | "what" | "today" | "tomorrow" | "yesterday" | "everyone" | "nobody")
            && !word.ends_with("day")
    })
    || covers_for_a_name(&tokens)
}

/// Whether someone stands in for one named person: "who's covering for Dana as product manager
/// while she's on leave?", "filling in for Marco".
fn covers_for_a_name(tokens: &[&str]) -> bool {
    tokens.windows(3).any(|w| {
        let stands_in = matches!(w[0].to_lowercase().as_str(), "covering" | "cover" | "covers" | "in" | "subbing")
            && w[1].eq_ignore_ascii_case("for");
        let name = w[2].trim_matches(|c: char| !c.is_alphanumeric());
        stands_in && name_shaped(name) && !cues::is_explained(&name.to_lowercase())
    })
}

/// What a token says is someone's, without the marks around it: "Kevin" of "(Kevin's", "BA" of
/// "BA’s"; none for a token that is no possessive.
fn possessive_stem(token: &str) -> Option<&str> {
    let t = token.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
    t.strip_suffix("'s").or_else(|| t.strip_suffix("’s"))
}

/// The stems of the possessives in a text ("Kevin" of "Kevin's"), looked for once a message
/// (most messages have none).
fn possessives(text: &str) -> Vec<&str> {
    if !text.contains("'s") && !text.contains("’s") {
        return Vec::new();
    }
    text.split_whitespace().filter_map(possessive_stem).collect()
}

/// Whether a role is said as one person's: a named person's post ("which VP does Kevin's
/// program manager role report to?") or a thing of the one holding it ("did anyone see the
/// BA's email?").
fn of_one_person(possessives: &[&str], ws: &[&str], m: &Mention) -> bool {
    const THINGS: &[&str] = &[
        "email", "emails", "message", "messages", "doc", "docs", "deck", "slides", "comment", "comments", "ticket",
        "calendar", "laptop", "desk", "post", "note", "notes", "update", "status", "reply", "invite", "number", "cell",
        "phone", "mobile", "handle", "login", "signoff", "approval", "sign",
    ];
    let said = |stem: &str, word: &str| {
        word.len() == stem.len() + 1 && word.starts_with(&stem.to_lowercase()) && word.ends_with('s')
    };
    let before = m.start.checked_sub(1).map(|k| ws[k]);
    possessives.iter().any(|&stem| {
        (name_shaped(stem) && before.is_some_and(|b| said(stem, b)))
            || (said(stem, ws[m.end - 1])
                && ws.get(m.end).is_some_and(|w| THINGS.contains(w))
                && before.is_some_and(|b| matches!(b, "the" | "our" | "my" | "your" | "their")))
    })
}

/// Whether a person's name is offered as one answer of a choice: "Mark or the board?", "is it
/// Dana or Lee". A question with a name among its answers is about particular people.
fn offers_a_name(text: &str, role_words: &[&str]) -> bool {
    let tokens: Vec<&str> =
        text.split(|c: char| !(c.is_alphanumeric() || c == '\'')).filter(|t| !t.is_empty()).collect();
    tokens.iter().enumerate().any(|(i, t)| {
        i > 0
            && name_shaped(t)
            && (tokens[i - 1] == "or"
                || tokens.get(i + 1).is_some_and(|n| *n == "or")
                // ("… or is it Rita?")
                || (i >= 3 && tokens[i - 3..i] == ["or", "is", "it"]))
            && !cues::is_explained(&t.to_lowercase())
            && !role_words.contains(&t.to_lowercase().as_str())
    })
}

/// Whether a question asks who someone is, or whether someone is it: "who is doing …", "is X
/// the PO …", "does anyone know if …".
fn asks_of_people(ws: &[&str]) -> bool {
    ws.windows(3).any(|p| p[0] == "who" && matches!(p[1], "is" | "s") && p[2].ends_with("ing"))
        || ws.windows(2).any(|p| p == ["know", "if"] || p == ["or", "is"])
}

/// Whether "sm" says "so much" after thanks: "ty sm!", "thanks sm", not a scrum master.
fn so_much(ws: &[&str], m: &Mention) -> bool {
    ws[m.start] == "sm"
        && m.end == m.start + 1
        && m.start > 0
        && matches!(ws[m.start - 1], "ty" | "thanks" | "thx" | "thank" | "you" | "love" | "appreciate" | "it")
}

/// Whether "PO" is a purchase order: "can the VP approve this PO?".
fn a_purchase_order(ws: &[&str], m: &Mention) -> bool {
    const DONE_TO_ORDERS: &[&str] = &[
        "approve",
        "approves",
        "approved",
        "sign",
        "signed",
        "raise",
        "raised",
        "submit",
        "submitted",
        "issue",
        "issued",
    ];
    ws[m.start] == "po"
        && ws[..m.start]
            .iter()
            .rev()
            .find(|w| !matches!(**w, "this" | "the" | "a" | "that" | "our"))
            .is_some_and(|w| DONE_TO_ORDERS.contains(w))
}

/// "what makes a PM senior?", "what makes a product manager 'principal'?": the grade said after
/// the role names the graded role, asked about as one.
fn graded_by_its_maker(store: &Store, ws: &[&str], mentions: &mut [Mention]) {
    const GRADES: &[&str] = &["senior", "lead", "principal", "junior", "group", "associate", "technical"];
    for m in mentions.iter_mut() {
        let made = m.start >= 2
            && matches!(ws[m.start - 2], "makes" | "make" | "making")
            && matches!(ws[m.start - 1], "a" | "an" | "someone" | "somebody" | "you");
        let Some(grade) = ws.get(m.end).filter(|g| made && GRADES.contains(g)) else { continue };
        let graded: Vec<&str> = std::iter::once(*grade).chain(ws[m.start..m.end].iter().copied()).collect();
        let found = store.lexicon().mentions(&graded);
        if let [one] = &found[..] {
            if one.start == 0 && one.end == graded.len() && one.role != m.role {
                m.role = one.role;
                m.end += 1;
            }
        }
    }
}

/// Whether "POS" is a point of sale: "moving off the old POS system", "the POS terminals".
fn point_of_sale(ws: &[&str], m: &Mention) -> bool {
    ws[m.start] == "pos"
        && ws.get(m.end).is_some_and(|w| {
            matches!(
                *w,
                "system"
                    | "systems"
                    | "terminal"
                    | "terminals"
                    | "device"
                    | "devices"
                    | "machine"
                    | "machines"
                    | "till"
                    | "tills"
                    | "integration"
                    | "software"
                    | "hardware"
                    | "vendor"
                    | "data"
                    | "transactions"
                    | "upgrade"
                    | "migration"
                    | "rollout"
            )
        })
}

/// Whether the role's holder is asked about a thing they have now: "does the product designer
/// have Figma access yet?".
fn held_now(ws: &[&str], m: &Mention) -> bool {
    let after = &ws[m.end..(m.end + 6).min(ws.len())];
    // (the thing had comes after the having: "our account has an opening" tells of an opening)
    after.iter().take(4).position(|w| matches!(*w, "have" | "has" | "got")).is_some_and(|had| {
        after[had + 1..]
            .iter()
            .any(|w| matches!(*w, "access" | "login" | "laptop" | "license" | "licence" | "seat" | "account" | "badge"))
    })
}

/// Whether the role names the people of a team: "is anyone from the pmm team around?".
fn people_of_a_team(ws: &[&str], m: &Mention) -> bool {
    m.start >= 2
        && matches!(ws[m.start - 1], "the" | "our")
        && ws[m.start - 2] == "from"
        && ws.get(m.end).is_some_and(|n| matches!(*n, "team" | "teams" | "folks" | "crew"))
}

/// Whether someone is told to stand in for the role: "@Sam is covering PO duties while I'm out".
fn standing_in(ws: &[&str], m: &Mention) -> bool {
    m.start >= 2
        && ws[m.start - 1] == "covering"
        && matches!(ws[m.start - 2], "is" | "s" | "am" | "im" | "are" | "were" | "was" | "been")
}

/// Whether a role is named only to say it is not meant: "I'm a tech lead (not an EM)".
fn negated(ws: &[&str], m: &Mention) -> bool {
    let before = |k: usize| m.start.checked_sub(k).map(|i| ws[i]);
    before(1) == Some("not") || (matches!(before(1), Some("a" | "an" | "the")) && before(2) == Some("not"))
}

/// Whether a who question guesses only at jobs outside the roles here: "who owns the
/// runbooks, sre or devs?", "who reviews new vendors — infosec?", "who builds the pipelines, is
/// that the data engineer's thing". The owner it asks for is none of ours.
fn guesses_other_jobs(cues: &Cues, ws: &[&str], asks: &std::ops::Range<usize>) -> bool {
    let names_other = |zone: &[&str]| (0..zone.len()).any(|i| other_job_at(zone, i));
    // the guesses: after the question's last comma, or a short line after it ("— infosec?")
    let after_comma = cues.last_comma_in(asks.clone());
    // ("across the finance, sales and HR workstreams": a list that a noun closes names parts
    // of the business, no guesses)
    let closed = |c: usize| {
        let last = ws[c..asks.end].iter().rposition(|w| !matches!(*w, "or" | "and" | "etc"));
        last.is_some_and(|k| {
            matches!(ws[c + k], "workstreams" | "teams" | "departments" | "functions" | "units" | "projects")
        })
    };
    // ("requirements from stakeholders like ad sales, legal and finance": examples of those
    // the work is done with, no guesses at who does it)
    let examples = |c: usize| {
        ws[c.saturating_sub(4)..c].iter().any(|w| matches!(*w, "like" | "such" | "including" | "incl" | "eg" | "from"))
    };
    let in_question =
        after_comma.is_some_and(|c| asks.end - c <= 8 && names_other(&ws[c..asks.end]) && !closed(c) && !examples(c));
    let after = &ws[asks.end..];
    let asks_owner = ws[asks.clone()].iter().any(|w| matches!(*w, "who" | "whos" | "whose"));
    // ("QA or business side?": a line of guesses where one is ours guesses at that one too)
    let all_other = after.split(|w| *w == "or").all(names_other);
    asks_owner && (in_question || (!after.is_empty() && after.len() <= 4 && all_other))
}

/// Jobs outside the roles here, as people name them.
const OTHER_JOBS: &[&str] = &[
    "sre",
    "sres",
    "devops",
    "dba",
    "dbas",
    "infosec",
    "qa",
    "legal",
    "hr",
    "hrbp",
    "hrbps",
    "recruiter",
    "recruiters",
    "cto",
    "cfo",
    "coo",
    "cio",
    "ciso",
    "sysadmin",
    "sysadmins",
];

/// Whether the word at `i` names a job outside the roles here: "cto", "data scientist".
fn other_job_at(ws: &[&str], i: usize) -> bool {
    let w = ws[i];
    OTHER_JOBS.contains(&w)
        || (matches!(w, "data" | "software" | "ux" | "ml")
            && ws.get(i + 1).is_some_and(|n| {
                ["engineer", "scientist", "developer", "researcher", "research", "analyst"]
                    .iter()
                    .any(|job| n.starts_with(job))
            }))
        // ("who's the hiring manager for that PO posting?")
        || (w == "hiring" && ws.get(i + 1).is_some_and(|n| matches!(*n, "manager" | "managers")))
}

/// Whether the move told after a role the asker holds goes to a job outside the roles here:
/// "thinking of leaving BA work to become a data engineer", "from product owner to CTO".
fn moves_elsewhere(ws: &[&str], role: &Span) -> bool {
    // ("how to become a data scientist from BA?": the move told before where it starts)
    let from = role.start > 0 && ws[role.start - 1] == "from";
    ws.iter().enumerate().skip(if from { 0 } else { role.end }).any(|(k, w)| {
        matches!(*w, "become" | "becoming" | "into" | "to" | "towards")
            && (k + 1..(k + 4).min(ws.len())).any(|i| other_job_at(ws, i))
    })
}

/// A clause without the filler word it opens with: "like is it …", "so is that …".
fn after_filler<'c, 'w>(clause: &'c [&'w str]) -> &'c [&'w str] {
    match clause.first().copied() {
        Some(w) if cues::OPENERS.contains(&w) => &clause[1..],
        _ => clause,
    }
}

/// Whether words point back at a role named before them: "that role", "this person".
fn names_by_pointing(ws: &[&str]) -> bool {
    ws.windows(2).any(|p| {
        matches!(p[0], "that" | "this")
            && matches!(p[1], "role" | "job" | "position" | "title" | "person" | "guy" | "one")
    })
}

/// The byte offsets of the brackets around a gloss of one word, with no end of a
/// sentence inside, with more of the sentence after it ("jobs to be done (JTBD) mean?").
fn short_brackets(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for (open, _) in text.match_indices('(') {
        let Some(len) = text[open + 1..].find(')') else { continue };
        let close = open + 1 + len;
        let inside = &text[open + 1..close];
        let rest = text[close + 1..].trim_start();
        let goes_on = rest.chars().next().is_some_and(|c| c.is_alphanumeric());
        // ("going from business analyst (me, 3 yrs) to product manager": a few words that the
        // sentence goes on after, with a word that joins, are a gloss too)
        let words = count_words(inside);
        let joined = rest.split_whitespace().next().is_some_and(|n| {
            matches!(n, "to" | "into" | "and" | "or" | "for" | "from" | "with" | "as" | "at" | "in" | "on")
        });
        // (not examples listed: "the product tooling (jira, miro, etc) for the whole org")
        let listed = inside.split(|c: char| !c.is_alphanumeric()).any(|w| matches!(w, "etc" | "eg" | "e"));
        let short = words == 1 || (words <= 3 && joined && !listed);
        if goes_on && short && !inside.contains(['?', '.', '!', ';', '\n', '(']) {
            out.extend([open, close]);
        }
    }
    out
}

/// The words inside round brackets, as ranges of word indexes.
fn brackets(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    if !text.contains('(') {
        return out;
    }
    let mut open = None;
    for (at, c) in text.char_indices() {
        match c {
            '(' => open = Some(count_words(&text[..at])),
            ')' => {
                if let Some(start) = open.take() {
                    out.push(start..count_words(&text[..at]));
                }
            }
            _ => {}
        }
    }
    out
}

/// Whether a role is named as the people someone manages or coaches: "start managing PMs",
/// "leading a team of designers".
fn managed(ws: &[&str], m: &Mention) -> bool {
    // ("who usually coaches the APMs and manages a team of PMs?")
    const MANAGING: &[&str] = &[
        "managing",
        "manage",
        "manages",
        "coaching",
        "coach",
        "coaches",
        "mentoring",
        "mentor",
        "mentors",
        "leading",
        "supervising",
        "supervises",
    ];
    // ("group product manager — is that basically a manager of pms?")
    const MANAGER: &[&str] = &["manager", "managers", "boss"];
    let plural = ws[m.start..m.end].last().is_some_and(|w| w.ends_with('s'));
    let mut before = ws[..m.start].iter().rev().skip_while(|w| matches!(**w, "other" | "a" | "team" | "of" | "the"));
    // ("is it mostly managing directors and VPs?": others managed listed before it, after a
    // verb; "program managers and delivery managers" are two roles)
    let after_others = || {
        let mut rest = ws[..m.start].iter().rev().take(6).skip_while(|w| matches!(**w, "and" | "or" | "the"));
        rest.next().is_some_and(|w| w.ends_with('s'))
            && rest.find(|w| !w.ends_with('s') || MANAGING.contains(*w)).is_some_and(|w| MANAGING.contains(w))
    };
    plural && (before.next().is_some_and(|w| MANAGING.contains(w) || MANAGER.contains(w)) || after_others())
}

/// Whether a role is named as a number of people: "4 PMs", "three designers", "a dozen POs".
fn counted(ws: &[&str], m: &Mention) -> bool {
    const NUMBERS: &[&str] = &[
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "dozen", "few", "several",
        "many",
    ];
    m.start.checked_sub(1).is_some_and(|i| {
        let w = ws[i];
        NUMBERS.contains(&w) || (w.chars().all(|c| c.is_ascii_digit()) && w != "1")
    }) && ws[m.start..m.end].last().is_some_and(|w| w.ends_with('s'))
}

/// Whether a role's name qualifies the noun after it, a meeting, an event or an opening: "the
/// PM sync", "the APM req", "PM mock interviews", "the GPM offsite". Interviews and programs
/// are a way in when the message speaks of a move ("how do I get into an APM program?"), and
/// "an APM program" may be what is asked about; "the APM programs" are particular ones.
fn names_an_event(ws: &[&str], m: &Mention, moving: bool) -> bool {
    const EVENTS: &[&str] = &[
        "req",
        "reqs",
        "sync",
        "syncs",
        "meeting",
        "meetings",
        "meetup",
        "meetups",
        "standup",
        "standups",
        "offsite",
        "offsites",
        "huddle",
        "cohort",
        "workshop",
        "workshops",
        "webinar",
        "channel",
        "template",
        "templates",
        "panel",
        "loop",
        "calendar",
        // "the slides from the PO session", "the PM talk recording"
        "session",
        "sessions",
        "talk",
        "talks",
        "slides",
        "deck",
        "recording",
        "ama",
    ];
    const WAYS_IN: &[&str] = &[
        "interview",
        "interviews",
        "mock",
        "mocks",
        "program",
        "programs",
        "programme",
        // "the Coursera PM certificate": a course or a credential named after the role
        "certificate",
        "certificates",
        "certification",
        "certifications",
        "cert",
        "certs",
        "course",
        "courses",
        "bootcamp",
        // "has Marcus accepted the head of product offer?": one person's offer
        "offer",
        "offers",
    ];
    // ("opening a VP of product req. what would that person do?" asks about the role opened)
    const OPENINGS: &[&str] = &["req", "reqs", "program", "programs", "programme", "offer", "offers"];
    let Some(next) = ws.get(m.end).copied() else { return false };
    // ("the microsoft new grad PM program": a few words may qualify it)
    let particular =
        ws[m.start.saturating_sub(4)..m.start].iter().any(|w| matches!(*w, "the" | "our" | "this" | "that" | "these"));
    // "is she the hiring manager for the APM role at Stripe?": the people filling one opening
    let filled = (m.start.saturating_sub(3)..m.start).any(|at| {
        ws[at] == "for"
            && at >= 1
            && (matches!(ws[at - 1], "recruiter" | "recruiters" | "recruiting")
                || (ws[at - 1] == "manager" && at >= 2 && ws[at - 2] == "hiring"))
    });
    // ("can the recruiter send me the pm job ad?": one advert for an opening)
    let advert = matches!(next, "job" | "role")
        && ws
            .get(m.end + 1)
            .is_some_and(|w| matches!(*w, "ad" | "ads" | "advert" | "posting" | "postings" | "listing" | "post"));
    (particular && (filled || advert))
        || (EVENTS.contains(&next) || (!moving && WAYS_IN.contains(&next))) && (particular || !OPENINGS.contains(&next))
}

/// Whether a title word alone in the plural means the people senior to the asker, not a role:
/// "any advice from seniors here?", "ask the leads in this channel".
fn seniority_as_people(ws: &[&str], m: &Mention) -> bool {
    const PLURAL_TITLES: &[&str] = &["seniors", "juniors", "leads", "principals", "directors", "heads", "vps"];
    let before = m.start.checked_sub(1).map(|i| ws[i]);
    let after = ws.get(m.end).copied();
    m.end == m.start + 1
        && PLURAL_TITLES.contains(&ws[m.start])
        && (matches!(before, Some("from" | "ask" | "fellow"))
            || matches!(after, Some("here" | "in" | "on" | "around" | "out")))
}

/// Whether "pm" is the time of day: "3pm", "pm at 3? or 4?".
fn used_as_time(ws: &[&str], m: &Mention) -> bool {
    let is_number = |w: &&str| w.chars().all(|c| c.is_ascii_digit());
    ws[m.start] == "pm"
        && m.end == m.start + 1
        && (m.start.checked_sub(1).is_some_and(|i| is_number(&ws[i]))
            || (ws.get(m.end).is_some_and(|w| *w == "at") && ws.get(m.end + 1).is_some_and(is_number)))
}

/// Whether "sms" is a text message, not scrum masters: "an SMS service", "sent by SMS".
fn text_message(ws: &[&str], m: &Mention) -> bool {
    const SENT: &[&str] = &[
        "service",
        "services",
        "message",
        "messages",
        "text",
        "texts",
        "alert",
        "alerts",
        "notification",
        "notifications",
        "gateway",
        "campaign",
        "campaigns",
        "code",
        "codes",
        "otp",
        "reminder",
        "reminders",
        "channel",
        "provider",
        "api",
        "marketing",
        "blast",
        "blasts",
    ];
    m.end == m.start + 1
        && ws[m.start] == "sms"
        && (ws.get(m.end).is_some_and(|w| SENT.contains(w))
            || m.start > 0 && matches!(ws[m.start - 1], "via" | "by" | "over" | "an" | "send" | "sent" | "sending"))
}

/// Whether a bare job word names another kind of that job: "a type designer", "a game
/// designer", "a fashion marketer" ("a senior designer", "as designer" name the role).
fn another_kind(ws: &[&str], m: &Mention) -> bool {
    const GENERIC: &[&str] = &["designer", "designers", "marketer", "marketers"];
    const SAME_KIND: &[&str] = &[
        "product",
        "ux",
        "ui",
        "senior",
        "junior",
        "lead",
        "staff",
        "principal",
        "interaction",
        "visual",
        "digital",
        "good",
        "great",
        "new",
        "first",
        "solo",
        "only",
        "fellow",
        "former",
        "ex",
    ];
    m.end == m.start + 1
        && GENERIC.contains(&ws[m.start])
        && m.start > 0
        && !cues::is_explained(ws[m.start - 1])
        && !SAME_KIND.contains(&ws[m.start - 1])
}

/// Whether a mention is a field's name ("marketing") rather than a job title.
fn is_field(ws: &[&str], m: &Mention) -> bool {
    const FIELDS: &[&str] = &["marketing", "design", "engineering", "sales"];
    m.end == m.start + 1 && FIELDS.contains(&ws[m.start])
}

/// Whether a field's name qualifies the noun after it: "marketing budget", "marketing assets".
fn qualifies(ws: &[&str], m: &Mention) -> bool {
    const PEOPLE: &[&str] = &["team", "teams", "folks", "people", "department", "dept", "org", "side", "person"];
    ws.get(m.end).is_some_and(|next| !cues::is_explained(next) && !PEOPLE.contains(next))
}

/// Whether a field's name stands for the people in it: "from marketing into product",
/// "marketing vs PMM", "between marketing and product marketing".
fn field_as_role(ws: &[&str], m: &Mention) -> bool {
    const BEFORE: &[&str] = &["from", "in", "into", "to", "of", "between", "vs", "versus", "and", "as"];
    const AFTER: &[&str] = &["vs", "versus", "and", "to", "into", "v"];
    let before = m.start.checked_sub(1).map(|i| ws[i]);
    let after = ws.get(m.end).copied();
    // ("a graphic designer in marketing": where a job named just before sits)
    let job_before = before == Some("in")
        && ws[..m.start - 1]
            .iter()
            .rev()
            .find(|w| !matches!(**w, "the" | "a" | "our"))
            .is_some_and(|w| ["er", "or", "ist", "yst"].iter().any(|end| w.len() > 4 && w.ends_with(end)));
    !job_before && (before.is_some_and(|w| BEFORE.contains(&w)) || after.is_some_and(|w| AFTER.contains(&w)))
}

/// Whether a role's abbreviation is the verb of a private message: "pm me the deck", "can
/// you PM him the link".
fn used_as_verb(ws: &[&str], m: &Mention) -> bool {
    const OBJECTS: &[&str] = &["me", "us", "him", "her", "them", "u", "you", "ya", "it"];
    const BEFORE_A_NAME: &[&str] = &["a", "an", "the", "my", "our", "your", "as", "to", "any", "every", "each"];
    // ("can someone pm the vendor's contact info to me?": the thing sent first, then to whom)
    let sends_a_thing = || {
        m.start > 0
            && matches!(
                ws[m.start - 1],
                "someone" | "somebody" | "anyone" | "pls" | "please" | "plz" | "u" | "you" | "i" | "ill" | "just"
            )
            && ws.get(m.end).is_some_and(|w| matches!(*w, "the" | "that" | "this" | "those" | "your" | "my"))
            && ws[m.end..].windows(2).take(8).any(|w| w[0] == "to" && OBJECTS.contains(&w[1]))
    };
    m.end == m.start + 1
        && ws[m.start].len() <= 3
        && (ws.get(m.end).is_some_and(|w| OBJECTS.contains(w)) || sends_a_thing())
        && (m.start == 0 || !BEFORE_A_NAME.contains(&ws[m.start - 1]))
}

/// Whether "em" is "them", as chat writes it after a doing word: "every site uses em
/// interchangeably", "just ask em".
fn said_for_them(ws: &[&str], m: &Mention) -> bool {
    m.end == m.start + 1
        && ws[m.start] == "em"
        && m.start > 0
        && matches!(
            ws[m.start - 1],
            "use"
                | "uses"
                | "using"
                | "used"
                | "call"
                | "calls"
                | "ask"
                | "tell"
                | "get"
                | "got"
                | "give"
                | "let"
                | "love"
                | "hate"
                | "need"
                | "want"
                | "find"
                | "keep"
                | "treat"
                | "mix"
                | "confuse"
                | "see"
                | "saw"
                // ("list em pls", "name em")
                | "list"
                | "name"
                | "show"
        )
}

/// Whether a question asks what one person in a role thinks or wants: "what does our head of
/// product think about the pricing change?".
fn asks_opinion_of(ws: &[&str], role: &Span) -> bool {
    const POSSESSIVES: &[&str] = &["our", "my", "your", "their", "his", "her"];
    const MINDS: &[&str] =
        &["think", "thinks", "say", "says", "said", "want", "wants", "feel", "feels", "prefer", "prefers", "expect"];
    let says = role.start > 0
        && POSSESSIVES.contains(&ws[role.start - 1])
        && ws[role.end..].iter().take(3).any(|w| MINDS.contains(w));
    // "what do you think of the new head of product?", "thoughts on our PMM?": one person
    // weighed ("what do you think of the PM role?" weighs the role)
    let before = &ws[..role.start];
    let fresh = before.last().is_some_and(|w| matches!(*w, "new" | "current" | "latest" | "interim"));
    let before = &before[..before.len() - usize::from(fresh)];
    let weighed = match before {
        [.., mind, "of" | "about" | "on", one] => {
            matches!(*mind, "think" | "thought" | "thoughts" | "feel" | "opinion" | "opinions" | "views")
                && (POSSESSIVES.contains(one) || matches!(*one, "that" | "this") || (fresh && *one == "the"))
        }
        _ => false,
    };
    says || weighed
}

/// Whether a "who" question asks which person holds the role named at `at` rather than what
/// the role is: "who is our head of product now?", "anyone know who the new VP of product
/// is?", "who is the CEO of Stripe?".
fn about_a_person(ws: &[&str], role: &Span) -> bool {
    const BETWEEN: &[&str] = &["is", "s", "was", "the", "a", "an"];
    const ONE_PERSON: &[&str] =
        &["our", "my", "your", "their", "his", "her", "new", "current", "next", "interim", "acting"];
    let Some(who) = ws[..role.start].iter().rposition(|w| *w == "who" || *w == "whos") else { return false };
    let between = &ws[who + 1..role.start];
    let after = ws.get(role.end..).unwrap_or_default();
    // "who the PMM for EMEA is now that Rita left"
    // ("who is the head of product here?", "who's the PO on this project?": the one here)
    // ("who's scrum master this sprint?": one time's holder)
    let this_time = after.len() >= 2
        && matches!(after[0], "this" | "next")
        && matches!(after[1], "sprint" | "week" | "month" | "quarter" | "release" | "time" | "round");
    let here = this_time
        || matches!(after.first(), Some(&("here" | "atm" | "currently" | "rn")))
        || (after.len() >= 2
            && matches!(after[0], "in" | "on" | "at" | "for")
            && matches!(after[1], "this" | "our" | "your" | "my"));
    let marked = between.iter().any(|w| ONE_PERSON.contains(w)) || after.iter().take(5).any(|w| *w == "now") || here;
    let of_a_company = after.len() >= 2 && matches!(after[0], "of" | "at") && !cues::is_explained(after[1]);
    between.iter().all(|w| BETWEEN.contains(w) || ONE_PERSON.contains(w)) && (marked || of_a_company)
}

/// Whether a message asks about one person who holds the role, with no "who" to say so: what
/// they did ("does anyone know whether our PO has signed off?"), whether the listener or another
/// is the one ("@Thabo are you the BA on the EFT work?"), or where one team's holder is ("is the
/// EM of the courier app team in office today?").
fn about_one_holder(ws: &[&str], role: &Span) -> bool {
    let at = role.start;
    let did = at >= 1
        && matches!(ws[at - 1], "our" | "my" | "their" | "your")
        && ws.get(role.end).is_some_and(|w| matches!(*w, "has" | "had" | "hasnt" | "hadnt"))
        && ws.get(role.end + 1).is_some_and(|w| {
            (w.len() > 4 && w.ends_with("ed")) || matches!(*w, "written" | "done" | "given" | "taken" | "seen")
        });
    let holds_it = at >= 3
        && matches!(ws[at - 1], "the" | "our")
        && matches!(ws[at - 2], "you" | "u" | "he" | "she")
        && matches!(ws[at - 3], "are" | "r" | "is" | "were" | "was");
    // ("@Tunde you are our designer, right?": the listener said to hold it)
    let you_are =
        at >= 3 && matches!(ws[at - 1], "the" | "our") && ws[at - 3] == "you" && matches!(ws[at - 2], "are" | "r");
    // ("does anyone know if Achieng is the new head of product?": whether one person holds it)
    let before = &ws[..at];
    let before = match before {
        [rest @ .., "new" | "current" | "interim" | "acting"] => rest,
        rest => rest,
    };
    let whether_holds = matches!(
        before,
        [.., "if" | "whether", one, "is" | "s", "the" | "our"] if !matches!(*one, "it" | "this" | "that" | "there")
    );
    did || holds_it || you_are || whether_holds || where_one_team_holder_is(ws, role)
}

/// Whether a message asks where or how one team's holder of a role is: "is the EM of the
/// courier app team in office today?", "anyone know if the PO for payments is back?".
fn where_one_team_holder_is(ws: &[&str], role: &Span) -> bool {
    const STATE: &[&str] = &[
        "in",
        "out",
        "off",
        "at",
        "back",
        "around",
        "available",
        "free",
        "sick",
        "online",
        "here",
        "away",
        "ooo",
        "today",
        "tomorrow",
        "leaving",
        "still",
    ];
    let Some(rest) = ws.get(role.end..) else { return false };
    let one = role.start > 0 && matches!(ws[role.start - 1], "the" | "our");
    let of_a_team = matches!(rest.first(), Some(&("of" | "for" | "on")))
        && !matches!(rest.get(1), Some(&("a" | "an" | "each" | "every" | "any" | "all")));
    let team_at =
        rest.iter().take(6).position(|w| matches!(*w, "team" | "squad" | "tribe" | "pod" | "app" | "project"));
    let Some(team_at) = team_at.filter(|_| one && of_a_team) else { return false };
    rest[team_at + 1..].windows(2).take(3).any(|p| matches!(p[0], "is" | "s" | "was") && STATE.contains(&p[1]))
}

/// Words that ask what a term means wherever they stand: "what does MVP stand for", "can
/// someone explain product-market fit", "JTBD meaning?".
const MEANING: &[&str] = &[
    "mean",
    "means",
    // "what does 'north star metric' refer to?"
    "refer",
    "refers",
    "meaning",
    "meant",
    "stand",
    "stands",
    "explain",
    "explained",
    "explanation",
    "define",
    "definition",
    "eli5",
    "describe",
    "acronym",
    "abbreviation",
    "jargon",
    // a metric: "NPS, what does it measure?"
    "measure",
    "measures",
];

/// Words that may stand between "what" and the term it asks about: "what is a", "whats
/// an", "what exactly is the", "wtf is a".
const WHAT_BRIDGE: &[&str] = &[
    "is", "s", "are", "r", "a", "an", "the", "exactly", "actually", "even", "really", "heck", "hell", "tf", "again",
    "kind", "sort", "type", "of", "counts", "as",
    // "what is the full form of PRD?", "what on earth is a north star metric?", "what in the world is a sprint?"
    "full", "form", "on", "earth", "in", "world",
];

/// Words that follow a term without changing what is asked: "the backlog refinement meeting",
/// "RICE scoring", "a burndown thing".
const TERM_NOUNS: &[&str] = &[
    // "go-to-market plan is what?"
    "plan",
    "meeting",
    "meetings",
    "session",
    "sessions",
    "ceremony",
    "ceremonies",
    "thing",
    "things",
    "concept",
    "process",
    "framework",
    "method",
    "methodology",
    "technique",
    "model",
    "approach",
    "score",
    "scoring",
    "chart",
    "charts",
    "ratio",
    "matrix",
    "prioritisation",
    "prioritization",
    "doc",
    "docs",
    "document",
    "template",
    "term",
    "terms",
    "word",
    "acronym",
    "exercise",
    "practice",
    "ritual",
    "event",
    "events",
    "stuff",
    "exactly",
    "actually",
];

/// Words that make a term one team's own: "our roadmap", "your OKRs".
const POSSESSIVE: &[&str] = &["our", "my", "your", "their", "his", "her", "its"];

/// Words a question uses to point back at a term it just named: "launch tiers?? what are
/// those", "NPS, what is it".
const POINTING: &[&str] = &["it", "they", "those", "these", "that", "this", "them"];

/// Words after which a "what is the X ..." asks about one particular X: "what's the roadmap
/// for Q3", not what a roadmap is.
const PARTICULAR: &[&str] = &["the", "this", "that", "these", "those"];

/// A question about product vocabulary, if the message asks one: two terms compared ("roadmap
/// vs backlog?"), or one term asked about ("what's a PRD?", "what does MVP mean"), in a clause
/// where no role is named before it. "who writes the PRD?" asks for an owner, and is read with
/// the duties.
fn term_question(
    store: &Store,
    ws: &[&str],
    parts: &[Clause],
    roles: &[Mention],
    terms: &[TermMention],
    cues: &Cues,
) -> Option<Understood> {
    let w = &WEIGHTS;
    if terms.is_empty() || cues.asks_who() {
        return None;
    }
    // "what's the roadmap from PM to head of product?": two roles and a move are the question,
    // the term a figure of speech
    let mut named = roles.iter().map(|r| r.role);
    let two_roles = named.next().is_some_and(|first| named.any(|r| r != first));
    if two_roles && (cues.transition || ws.contains(&"from")) {
        return None;
    }
    let mut distinct: Vec<&TermMention> = Vec::new();
    for m in terms {
        if !distinct.iter().any(|d| d.term == m.term) {
            distinct.push(m);
        }
    }
    let corrected = distinct.iter().take(2).any(|m| m.corrected);
    let sure = |query: Query, confidence: f32| {
        let confidence = if corrected { confidence - w.corrected } else { confidence };
        Understood { query, confidence: confidence.clamp(0.0, 1.0), ambiguous: Vec::new(), full: false }
    };
    let clause_of = |at: usize| parts.iter().find(|p| p.range.contains(&at)).map_or(0..ws.len(), |p| p.range.clone());
    // a role named before the term in its clause is what the clause asks about: "what does a
    // PO do with the backlog?"
    // ("CPO mentioned a north star metric at the townhall, what is that?": a role that says the
    // term is who spoke of it, not what is asked about)
    let spoke_of = |r: &Mention, m: &TermMention| {
        ws[r.end..m.start].iter().any(|w| {
            matches!(
                *w,
                "mentioned"
                    | "mentions"
                    | "said"
                    | "says"
                    | "saying"
                    | "talked"
                    | "talks"
                    | "talking"
                    | "brought"
                    | "used"
                    | "uses"
                    | "using"
                    | "asked"
                    | "asks"
                    | "asking"
                    | "wants"
                    | "wanted"
                    | "want"
                    | "keeps"
            )
        })
    };
    let role_first = |m: &TermMention| {
        roles.iter().any(|r| r.start < m.start && clause_of(m.start).contains(&r.start) && !spoke_of(r, m))
    };
    let unexplained = |range: std::ops::Range<usize>| {
        ws[range.clone()]
            .iter()
            .enumerate()
            .filter(|(i, word)| {
                let at = range.start + i;
                !terms.iter().any(|m| (m.start..m.end).contains(&at))
                    && !cues::is_explained(word)
                    && !MEANING.contains(*word)
            })
            .count() as f32
    };
    // "what's the difference between a PM and a PO? we have both on one squad and nobody can
    // explain it": the terms of a remark beside a question about roles are not asked about
    let role_question = |clause: &std::ops::Range<usize>| {
        // ("what is a product operations manager :thinking_face: nobody could explain at
        // stand-up": a question without its mark before the remark, too)
        // ("product designer and product manager — where do their jobs overlap?": or a
        // question comparing the roles the part before it names)
        parts.iter().enumerate().any(|(k, p)| {
            let named = |p: &Clause| roles.iter().any(|r| p.range.contains(&r.start));
            let points_back = k > 0 && compares_by_pointing(&ws[p.range.clone()]) && named(&parts[k - 1]);
            (p.question || (sounds_asked(p, ws) && p.range.end <= clause.start))
                && p.range != *clause
                && (named(p) || points_back)
        })
    };
    if let [a, b, ..] = distinct.as_slice() {
        // "roadmap vs backlog", "is an epic just a big user story?", "scrum or kanban?"
        let between = &ws[a.end..b.start];
        let joined = between.iter().all(|w| matches!(*w, "or" | "vs" | "v" | "versus" | "and" | "a" | "an" | "the"))
            && !between.is_empty();
        // "is an epic just a big user story?", "are OKRs a kind of KPI?"
        let is_x_y = matches!(ws[0], "is" | "are" | "isnt" | "arent") && a.start <= 2;
        // ("how should the work be split between a PMM and a marketing manager? drafting the
        // GTM RACI, lots of overlap": the comparison asked is of the roles)
        let terms_asked = parts.iter().any(|p| p.range == clause_of(a.start) && p.question);
        let of_roles = !is_x_y && role_question(&clause_of(a.start)) && !(joined && terms_asked);
        // ("6 hours of sprint review and retros today, pray for me": two terms joined by "and"
        // in a remark are no comparison)
        let remark =
            !cues.compare && !terms_asked && !between.iter().any(|w| matches!(*w, "or" | "vs" | "v" | "versus"));
        if (cues.compare || joined || is_x_y)
            && !of_roles
            && !remark
            && !role_first(a)
            && roles.iter().all(|r| r.start > b.end || r.end < a.start)
        {
            let query = Query::about_terms(store, vec![a.term, b.term]);
            let confidence = if cues.compare {
                w.compare_cue
            } else {
                w.x_or_y.at(unexplained(clause_of(a.start)).min(w.cued_leftover_cap))
            };
            return Some(sure(query, confidence));
        }
    }
    // "ARR vs MRR, which one do I care about?": two names of one entry set side by side
    if let ([a, b, ..], [_]) = (terms, distinct.as_slice()) {
        let between = &ws[a.end.min(b.start)..b.start];
        // ("the difference between MRR and ARR")
        let joined = !between.is_empty()
            && between.iter().all(|w| matches!(*w, "or" | "vs" | "v" | "versus") || (*w == "and" && cues.compare));
        if joined && a.term == b.term && !role_first(a) && roles.iter().all(|r| r.start > b.end || r.end < a.start) {
            return Some(sure(Query::about_terms(store, vec![a.term]), w.compare_cue));
        }
    }
    // (each time a term is named: "the CPO keeps saying PLG. what does PLG mean?" asks about
    // the second)
    for m in terms {
        if role_first(m) {
            continue;
        }
        let home = clause_of(m.start);
        if !parts.iter().any(|p| p.range == home && p.question) && role_question(&home) {
            continue;
        }
        let clause = clause_of(m.start);
        let words = &ws[clause.clone()];
        // a term can run past its clause's end ("sprint? planning"): cut it there
        let (at, end) = (m.start - clause.start, (m.end - clause.start).min(words.len()));
        let before = &words[..at];
        let after = &words[end..];
        // "the backlog refinement meeting": a generic noun after the term is part of it
        let nouns = after.iter().take_while(|w| TERM_NOUNS.contains(*w)).count();
        let after = &after[nouns..];
        let outside = |w: &&str| MEANING.contains(w);
        // "what does MVP mean", "explain RICE", "JTBD meaning?"
        // ("can someone break down jobs to be done for me?")
        let meaning = words[..at].iter().chain(after).any(outside) || before.windows(2).any(|w| w == ["break", "down"]);
        // "what's a PRD", "what is an epic exactly", "wtf is a user story", "what velocity is"
        let asked =
            before.iter().rposition(|w| matches!(*w, "what" | "whats" | "wat" | "wut" | "wtf")).is_some_and(|k| {
                let bridge = &before[k + 1..];
                let copula = words[k] == "whats"
                    || bridge.iter().any(|w| matches!(*w, "is" | "s" | "are" | "r" | "counts"))
                    || after.first().is_none_or(|w| matches!(*w, "is" | "are" | "exactly" | "actually"));
                // ("what is the full form of PRD" asks what it stands for)
                // ("what's the WIP limit on a kanban board?", "the velocity of a scrum team": a
                // setting said with "a" is any one, and the term is asked about in general)
                let any_one = after.iter().take(2).any(|w| *w == "a" || *w == "an");
                // ("what is the north star metric and how do we choose one?": a second question
                // after "and" says nothing of which one is meant)
                let said = before_next_question(after);
                // ("what is the burndown chart supposed to show?": what any one is for)
                // ("what is the MVP in product?": the field it is used in, not one team's)
                // ("what is the RICE framework for prioritization?": what kind of work it serves)
                let purpose = matches!(said, ["supposed" | "meant", "to", ..])
                    || matches!(said, ["in", "product" | "scrum" | "agile" | "kanban" | "tech" | "software" | "pm"])
                    || matches!(said, ["for", work] if work.ends_with("tion") || work.ends_with("sation"));
                // ("what is the Kano model, in short?": how to say it tells of no one team's)
                let how_said = how_to_say(said);
                let particular = bridge.iter().any(|w| PARTICULAR.contains(w))
                    && !bridge.contains(&"form")
                    && !any_one
                    && !purpose
                    && said.iter().zip(&how_said).any(|(w, h)| !h && !cues::is_explained(w) && !MEANING.contains(w));
                // ("what is this PR-FAQ document?": the kind of thing named says it is asked about
                // in general)
                let kind_named = said.is_empty()
                    && [words[end..].first(), words[..end].last()].iter().flatten().any(|w| TERM_NOUNS.contains(w));
                bridge.iter().all(|w| WHAT_BRIDGE.contains(w) || (kind_named && PARTICULAR.contains(w)))
                    && copula
                    && !particular
            });
        // "how does RICE scoring work?"
        // ("how works a feature flag?": the verb before the term)
        let mut back = before.iter().rev().skip_while(|w| matches!(**w, "a" | "an" | "the"));
        // ("RICE scoring how it work", "NPS how calculate": the question right after the term)
        let how_after = after.first() == Some(&"how")
            && after[1..].iter().take(3).any(|w| {
                matches!(
                    *w,
                    "work" | "works" | "calculate" | "calculated" | "measure" | "measured" | "compute" | "use" | "used"
                )
            });
        // ("how is churn defined in saas land?": how the term is said, done or reckoned)
        let how_is_it = matches!(before, [.., "how", "is" | "are"] | [.., "how", "is" | "are", "a" | "an" | "the"])
            && after.first().is_some_and(|w| {
                matches!(
                    *w,
                    "defined"
                        | "calculated"
                        | "measured"
                        | "computed"
                        | "scored"
                        | "estimated"
                        | "tracked"
                        | "used"
                        | "done"
                        | "run"
                        | "written"
                )
            });
        let how_it_works = how_after
            || how_is_it
            || before.contains(&"how") && after.iter().any(|w| matches!(*w, "work" | "works"))
            || matches!((back.next(), back.next()), (Some(&"work" | &"works" | &"functions"), Some(&"how")))
            // "how to read a burndown chart?", "story points how to understand?", "how to write
            // a good OKR?": how it is used
            // (the term what the verb takes, not "how to write a SQL query to pull ARR by region")
            || [before, after].iter().enumerate().any(|(k, side)| {
                side.windows(3).enumerate().any(|(i, w)| {
                    w[0] == "how"
                        && w[1] == "to"
                        && (k == 1 || side.len() <= i + 6)
                        && matches!(
                            w[2],
                            "understand"
                                | "read"
                                | "interpret"
                                | "write"
                                | "set"
                                | "use"
                                | "run"
                                | "calculate"
                                | "measure"
                                | "estimate"
                                | "prioritise"
                                | "prioritize"
                        )
                })
            });
        // "what goes in a PRD?", "what should a spec contain?": what it holds
        let mut back = before.iter().rev().skip_while(|w| matches!(**w, "a" | "an" | "the" | "typical" | "good"));
        let holds = matches!(
            (back.next(), back.next(), back.next()),
            (Some(&"in" | &"into"), Some(&"goes" | &"go" | &"belongs" | &"put"), Some(&"what" | &"whats"))
        ) || (before.iter().any(|w| matches!(*w, "what" | "whats"))
            && after.iter().take(2).any(|w| matches!(*w, "contain" | "contains" | "include" | "includes")));
        // "definition of done is what exactly?": the question word after the term
        // ("UAT is what, never did one": a comma closes that question)
        let what_at = clause.start + end + nouns + 1;
        // ("OKR what is, Q3 planning needs them": the question word first)
        let closed = |at: usize| at + 1 >= clause.end || cues.part_start_between(at, at + 1);
        // ("WIP limit is what in kanban board?": where it is used may follow)
        let is_what = matches!(after, ["is" | "are" | "r" | "means" | "mean", "what", rest @ ..]
            if rest.iter().all(|w| cues::is_explained(w))
                || rest.first().is_some_and(|w| matches!(*w, "in" | "on" | "for" | "during" | "inside" | "within"))
                || (before.iter().all(|w| cues::is_explained(w)) && closed(what_at)))
            // ("unit economics kya hai simple words me?", read as "… what is simple words": how to
            // say it may follow)
            || (matches!(after, ["what", "is" | "are", rest @ ..]
                if closed(what_at)
                    || (!rest.is_empty() && rest.iter().all(|w| cues::is_explained(w)))
                    // ("spike kya hota hai jira me?", read as "spike what is in jira?")
                    || rest.first().is_some_and(|w| matches!(*w, "in" | "on" | "for" | "during")))
                && before.iter().all(|w| cues::is_explained(w)));
        // "launch tiers?? what are those", "NPS — what is it": the next clause asks about it
        // (a later term in the same clause is what a next question points at: "our kanban board
        // is full, someone said we need a wip limit. what's that?"; not one said in passing, as
        // the kind of a thing, where it is used or as known: "in discovery workshop", "spike in
        // agile", "we know MVP")
        let in_passing = |t: &TermMention| {
            // ("our EM brought up tech debt at sprint review", "WIP limit on our kanban board")
            let kind = |n: &&str| {
                matches!(
                    *n,
                    "board" | "workshop" | "workshops" | "meeting" | "session" | "team" | "call" | "tool" | "template"
                )
            };
            ws.get(t.end).is_some_and(kind)
                || ws.get(t.end.saturating_sub(1)).is_some_and(kind)
                || t.start.checked_sub(1).is_some_and(|b| {
                    matches!(ws[b], "in" | "at" | "during" | "on" | "our" | "know" | "knew" | "than" | "like")
                })
        };
        let later_in_clause =
            terms.iter().any(|t| t.start > m.end && clause.contains(&t.start) && t.term != m.term && !in_passing(t));
        let next = parts
            .iter()
            .find(|p| p.range.start == clause.end && !later_in_clause)
            .map_or(&[][..], |p| &ws[p.range.clone()]);
        let points_back = [after, next].iter().any(|part| {
            part.windows(3).take(2).any(|w| {
                matches!(w[0], "what" | "wat")
                    && matches!(w[1], "is" | "are" | "r" | "s")
                    && POINTING.contains(&w[2])
            }) || part.windows(2).take(1).any(|w| w[0] == "whats" && POINTING.contains(&w[1]))
                // "product-market fit — what does that actually mean?"
                || (part.windows(3).take(1).any(|w| {
                    matches!(w[0], "what" | "wat")
                        && matches!(w[1], "does" | "do")
                        && POINTING.contains(&w[2])
                }) && part.iter().any(|w| MEANING.contains(w)))
        });
        // "`PRD` = ?", "story points??": a question that is the term alone, give or take a
        // word or two ("is it a person or a team?" asks something else)
        // ("what's our north star metric?" asks about one team's, not what it is)
        // "what does a director of product own? roadmap? people?": options offered for a
        // question about the role before them
        let how_said = how_to_say(words);
        let after_role_question = parts
            .iter()
            .any(|p| p.question && p.range.end <= clause.start && roles.iter().any(|r| p.range.contains(&r.start)));
        let alone = parts.iter().any(|p| p.range == clause && p.question)
            && !after_role_question
            && !m.corrected
            && !words.iter().any(|w| PARTICULAR.contains(w) || POSSESSIVE.contains(w))
            // ("north star metric, in simple terms?", "MVP in product terms?": how to say it is
            // asked beside it, and counts for nothing)
            && words.len() - how_said.iter().filter(|h| **h).count() <= end - at + 2
            && words.iter().enumerate().all(|(i, w)| {
                (at..end).contains(&i) || cues::is_explained(w) || TERM_NOUNS.contains(w) || how_said[i]
            });
        // "heard north star metric five times at the all hands, what is that?": the clause
        // ends by asking what the term it named is
        let tail: Vec<&str> = after.iter().rev().take(3).rev().copied().collect();
        let ends_pointing = parts.iter().any(|p| p.range == clause && p.question)
            && match tail.as_slice() {
                [.., "what" | "wat", "is" | "are" | "s", that] => POINTING.contains(that),
                [.., "whats", that] => POINTING.contains(that),
                _ => false,
            };
        // "RICE scoring, how does it work?", "tech debt - eng keep raising it, what is it?": a
        // term that opens the message, asked about by a question pointing back at it
        // ("everyone has to set OKRs this year. can someone explain what they are?": or told
        // in the sentence just before a question that names nothing else)
        let opens = ws[..m.start].iter().all(|w| cues::is_explained(w));
        let names_nothing = |p: &Clause| {
            !roles.iter().any(|r| p.range.contains(&r.start)) && !terms.iter().any(|t| p.range.contains(&t.start))
        };
        // (the last clause asks without its mark: "PR/FAQ, the amazon thing. how does it work")
        let asked_back =
            parts.iter().filter(|p| p.range.end > m.end && (p.question || p.range.end == ws.len())).any(|p| {
                let from = p.range.start.max(m.end);
                let alone_in_its_clause = terms.iter().filter(|t| clause.contains(&t.start)).all(|t| t.term == m.term);
                let next = p.range.start == clause.end && names_nothing(p) && alone_in_its_clause;
                // ("our kanban board has 47 things in doing. someone said we need a wip limit.
                // what's that?": the term named last before the question is the one it points at)
                let later = terms
                    .iter()
                    .any(|t| t.start > m.end && t.start < p.range.start && t.term != m.term && !in_passing(t));
                (opens || next) && !later && points_at_a_term(&ws[from..p.range.end])
            });
        // ("jobs to be done framework.. may I ask simple explanation with example": a message that
        // opens with the term, then asks for it to be explained)
        // ("saw it in the pm channel. dual track agile - explain in 2 lines?": or its own clause)
        let opens_its_clause = opens || before.iter().all(|w| cues::is_explained(w));
        let explained_next = opens_its_clause
            && parts.iter().any(|p| {
                p.range.start == clause.end
                    && names_nothing(p)
                    && ws[p.range.clone()].iter().any(|w| MEANING.contains(w))
            });
        // ("i have doubt about churn, how you calculate it?": the rest of its clause points back)
        let points_back = points_back || points_at_a_term(after) || explained_next;
        if meaning || asked || how_it_works || is_what || holds || points_back || ends_pointing || asked_back {
            let query = Query::about_terms(store, vec![m.term]);
            return Some(sure(query, w.term_cue.at(unexplained(clause).min(w.cued_leftover_cap))));
        }
        if alone {
            return Some(sure(Query::about_terms(store, vec![m.term]), w.term_bare));
        }
    }
    // "MVP?", "okr": the term alone
    // ("product-market fit in simple words please")
    let only = &distinct[0];
    let how_said = how_to_say(ws);
    let alone = ws.iter().enumerate().all(|(i, word)| {
        (only.start..only.end).contains(&i)
            || how_said[i]
            || (cues::is_explained(word) && !POSSESSIVE.contains(word) && !PARTICULAR.contains(word))
    });
    let said = how_said.iter().filter(|h| **h).count();
    if alone && roles.is_empty() && ws.len() - said <= only.end - only.start + 2 {
        return Some(sure(Query::about_terms(store, vec![only.term]), w.term_bare));
    }
    None
}

/// Which words of a clause ask how a thing should be said: "in simple terms", "in product
/// terms", "in plain english", "in a nutshell", "simply".
fn how_to_say(clause: &[&str]) -> Vec<bool> {
    let mut said = vec![false; clause.len()];
    for (i, w) in clause.windows(3).enumerate() {
        let phrase = w[0] == "in"
            && (matches!(w[2], "terms" | "words" | "english" | "language")
                || (w[1] == "a" && w[2] == "nutshell")
                || matches!(w[1], "simple" | "plain" | "layman" | "laymans"));
        if phrase {
            said[i..i + 3].fill(true);
        }
    }
    // ("what is the Kano model, in short?", "in brief", "in one line")
    for (i, w) in clause.windows(2).enumerate() {
        if w[0] == "in" && matches!(w[1], "short" | "brief" | "summary" | "sum") {
            said[i..i + 2].fill(true);
        }
    }
    for (i, w) in clause.windows(3).enumerate() {
        if w[0] == "in" && matches!(w[1], "one" | "1" | "a") && matches!(w[2], "line" | "sentence" | "word") {
            said[i..i + 3].fill(true);
        }
    }
    for (s, w) in said.iter_mut().zip(clause) {
        *s |= matches!(*w, "simply" | "briefly" | "eli5" | "pls" | "please" | "plz" | "tldr" | "quickly");
    }
    said
}

/// Whether a clause ends by asking what the thing named before it is or how it works: "what is
/// it actually for?", "how does that work?", "what are those?".
fn points_at_a_term(clause: &[&str]) -> bool {
    const TAIL: &[&str] = &[
        "actually", "exactly", "for", "about", "used", "really", "even", "again", "then", "supposed", "to", "be",
        "mean", "do", "does", "work", "works", "all", "here", "first", "of",
    ];
    (0..clause.len()).any(|i| {
        let w = |k: usize| clause.get(i + k).copied();
        let pointer_at = match (w(0), w(1), w(2)) {
            _ if let Some(said) = what_it_tells(&clause[i..]) => i + said,
            (Some("what" | "wat"), Some("is" | "are" | "s"), Some(p)) if POINTING.contains(&p) => i + 3,
            // "burndown chart — how to read it?", "can you break it down?", "explain it pls"
            (Some("how"), Some("to"), Some(_)) if clause.get(i + 3).is_some_and(|p| POINTING.contains(p)) => i + 4,
            (Some("break"), Some(p), Some("down")) if POINTING.contains(&p) => i + 3,
            (Some("explain" | "describe" | "define"), Some(p), _) if POINTING.contains(&p) => i + 2,
            // "minimum lovable product, is that a real concept or marketing fluff?"
            (Some("is"), Some(p), Some("a" | "an"))
                if POINTING.contains(&p)
                    && clause[i + 3..].iter().take(2).any(|n| {
                        TERM_NOUNS.contains(n) || matches!(*n, "concept" | "thing" | "term" | "word" | "buzzword")
                    }) =>
            {
                clause.len()
            }
            // "… behind a feature flag. meaning what?"
            (Some("meaning" | "means" | "meaning?"), next, _) if i == 0 && next.is_none_or(|n| n == "what") => {
                clause.len()
            }
            // ("alguém explica o que é?", read "anyone explain what is?": nothing after it)
            (Some("what"), Some("is"), None) => i + 2,
            // "got an invite for backlog refinement – what happens in that?"
            (Some("what"), Some("happens" | "happen"), Some("in" | "at" | "during"))
                if clause.get(i + 3).is_some_and(|p| POINTING.contains(p)) =>
            {
                i + 4
            }
            // "burndown chart - what am i looking at here?"
            (Some("what"), Some("am" | "are"), Some("i" | "we"))
                if clause.get(i + 3) == Some(&"looking") && clause.get(i + 4) == Some(&"at") =>
            {
                i + 5
            }
            // "story points - what actually are they?"
            (Some("what" | "wat"), Some("actually" | "exactly" | "even" | "really"), Some("is" | "are" | "s"))
                if clause.get(i + 3).is_some_and(|p| POINTING.contains(p)) =>
            {
                i + 4
            }
            // "should the herd app have a north star metric? what is one first of all"
            (Some("what" | "wat"), Some("is" | "s"), Some("one")) => i + 3,
            // "the consultant used MoSCoW, what's that prioritisation thing?"
            (Some("whats"), Some("that" | "this"), _)
                if matches!(&clause[i + 2..], [_, "thing" | "things"] | [_, _, "thing" | "things"]) =>
            {
                clause.len()
            }
            (Some("whats"), Some(p), _) if POINTING.contains(&p) => i + 2,
            // "can someone explain what they are?"
            (Some("what"), Some(p), Some("is" | "are" | "mean" | "means")) if POINTING.contains(&p) => i + 3,
            // "what do the letters stand for?", "what does it stand for?"
            (Some("what"), Some("do" | "does"), _) => {
                let Some(k) = clause[i + 2..].iter().take(3).position(|w| matches!(*w, "stand" | "stands")) else {
                    return false;
                };
                let between = &clause[i + 2..i + 2 + k];
                if !between.iter().all(|w| POINTING.contains(w) || matches!(*w, "the" | "letters" | "initials")) {
                    return false;
                }
                i + 2 + k + 1
            }
            // "what is the idea behind this?", "what's the point of it?"
            (Some("what" | "whats"), _, _) => {
                let Some(k) = clause[i + 1..].windows(3).take(3).position(|w| {
                    // ("whats the deal with that?")
                    (matches!(w[0], "idea" | "point" | "purpose" | "concept") && matches!(w[1], "behind" | "of")
                        || (w[0] == "deal" && w[1] == "with"))
                        && POINTING.contains(&w[2])
                }) else {
                    return false;
                };
                i + 1 + k + 3
            }
            // "jobs to be done — is that a framework or what?": what kind of thing it is
            (Some("is"), Some(p), Some("a" | "an"))
                if POINTING.contains(&p)
                    && clause.get(i + 3).is_some_and(|n| TERM_NOUNS.contains(n))
                    && clause[i + 4..].ends_with(&["or", "what"]) =>
            {
                clause.len()
            }
            // "spike in agile — is it just a research ticket?": what kind of thing it is, guessed
            (
                Some("is" | "isnt"),
                Some("it" | "that" | "this"),
                Some("just" | "basically" | "simply" | "like" | "only"),
            ) if i == 0 => clause.len(),
            // "PR/FAQ, how it works?"
            (Some("how"), Some(p), Some("works")) if POINTING.contains(&p) => i + 3,
            (Some("how"), Some("does" | "do"), Some(p)) if POINTING.contains(&p) => {
                if !clause[i + 3..].iter().any(|w| *w == "work" || *w == "works") {
                    return false;
                }
                i + 3
            }
            // "how you calculate it?", "how do we measure that?"
            (Some("how"), _, _) => {
                let Some(k) = clause[i + 1..].windows(2).take(4).position(|w| {
                    matches!(
                        w[0],
                        "calculate"
                            | "calculated"
                            | "measure"
                            | "measured"
                            | "compute"
                            | "computed"
                            | "interpret"
                            | "read"
                    ) && POINTING.contains(&w[1])
                }) else {
                    return false;
                };
                i + 1 + k + 2
            }
            _ => return false,
        };
        // ("… stand for and how do I use one?": a second question after "and" is its own)
        // ("how do I interpret that metric?": the kind of thing said after the pointer)
        let rest = before_next_question(&clause[pointer_at..]);
        let rest = match rest {
            [kind, rest @ ..] if TERM_NOUNS.contains(kind) || matches!(*kind, "metric" | "number" | "chart") => rest,
            rest => rest,
        };
        rest.iter().all(|w| TAIL.contains(w))
    })
}

/// The words before a second question joined on by "and", "but" or "or": "what is the north
/// star metric | and how do we choose one?".
fn before_next_question<'a, 'w>(words: &'a [&'w str]) -> &'a [&'w str] {
    words
        .windows(2)
        .position(|p| {
            matches!(p[0], "and" | "but" | "or")
                && matches!(p[1], "how" | "what" | "why" | "who" | "when" | "where" | "which" | "whats")
        })
        .map_or(words, |k| &words[..k])
}

/// How many words open `clause` to ask what a thing named before tells: "what does it actually
/// tell you", or, in a second language, "what it means", "what it tells us".
fn what_it_tells(clause: &[&str]) -> Option<usize> {
    let does = usize::from(clause.get(1).is_some_and(|w| matches!(*w, "does" | "do")));
    let pointer = clause.get(1 + does)?;
    if clause[0] != "what" || !POINTING.contains(pointer) || *pointer == "this" {
        return None;
    }
    let rest = &clause[2 + does..];
    let adverbs = rest.iter().take_while(|w| matches!(**w, "actually" | "really" | "exactly")).count();
    let verbs: &[&str] =
        if does == 1 { &["mean", "tell", "show", "measure"] } else { &["means", "tells", "shows", "measures"] };
    if !rest.get(adverbs).is_some_and(|w| verbs.contains(w)) {
        return None;
    }
    let whom = rest.get(adverbs + 1).is_some_and(|w| matches!(*w, "us" | "u" | "you" | "me"));
    Some(2 + does + adverbs + 1 + usize::from(whom))
}

/// Whether a question asks the way from one role to another named before it: "vp of product ->
/// CPO. what are the steps?", "what's the usual path?".
fn asks_the_way(clause: &[&str]) -> bool {
    let mut words = clause.iter().skip_while(|w| matches!(**w, "what" | "whats" | "is" | "are" | "s" | "the"));
    let mut subject = words.next();
    if subject.is_some_and(|w| matches!(*w, "next" | "usual" | "main" | "typical" | "key")) {
        subject = words.next();
    }
    subject.is_some_and(|w| matches!(*w, "steps" | "step" | "path" | "gap" | "gaps" | "route"))
}

/// Whether a clause with no role asks about something else: what another word means ("what is
/// an epic?"), or who did something ("who booked room 4B?").
fn asks_about_other(clause: &[&str]) -> bool {
    let w = |i: usize| clause.get(i).copied();
    let subject = match (w(0), w(1)) {
        (Some("whats"), _) => 1,
        (Some("what"), Some("is" | "are" | "s")) => 2,
        (Some("who"), Some(verb)) => return past_tense(verb),
        _ => return false,
    };
    // "sr pm - what's expected at that level?", "what's that job like?": the question points
    // back at the role named before it
    let clause = after_filler(clause);
    let points_back = clause.windows(2).any(|p| {
        matches!(p[0], "that" | "this" | "the" | "such")
            && matches!(p[1], "level" | "role" | "job" | "position" | "title" | "one" | "seniority")
    });
    if points_back {
        return false;
    }
    let subject = subject + usize::from(matches!(w(subject), Some("a" | "an" | "the")));
    // "senior pm / lead pm / principal pm... what is the order?": how the roles before it rank
    if matches!(w(subject), Some("order" | "ranking" | "hierarchy" | "ladder")) {
        return false;
    }
    // "what's the key difference?" asks about the roles around it
    w(subject).is_some_and(|word| !cues::is_explained(word)) && !clause[subject..].iter().any(|w| cues::is_cue(w))
}

/// Whether a verb is in the past tense: "booked", "said", "broke".
fn past_tense(verb: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "did", "said", "made", "took", "wrote", "sent", "broke", "left", "told", "gave", "came", "brought", "bought",
        "forgot", "caught", "thought", "met", "spent", "found", "ate", "drank", "stole", "knew", "won", "lost",
        "drove", "hid",
    ];
    (verb.len() > 4 && verb.ends_with("ed") && !verb.ends_with("eed")) || IRREGULAR.contains(&verb)
}

/// Where each arrow ("->", "→", "=>") in a message stands, as the index of the word after it:
/// "sr pm -> principal pm" is a move.
fn arrows(text: &str) -> impl Iterator<Item = usize> + '_ {
    const ARROWS: &[&str] = &["->", "→", "=>", "⇒", "⟶", "➡", "➔"];
    // (each arrow holds a '>' or is beyond ASCII: most messages hold neither)
    let may_hold = text.bytes().any(|b| b == b'>' || !b.is_ascii());
    ARROWS
        .iter()
        .filter(move |_| may_hold)
        .flat_map(move |arrow| text.match_indices(arrow).map(|(at, _)| count_words(&text[..at])))
}

/// The word before position `at`, skipping articles and possessives.
fn word_before<'w>(ws: &[&'w str], at: usize) -> Option<&'w str> {
    ws[..at].iter().rev().copied().find(|w| !matches!(*w, "a" | "an" | "the" | "my" | "our" | "your"))
}

/// The owners of the duty in these words; when `among` is given and some of those roles own
/// it, only those (and when none does, those roles as named). Also the best match's score,
/// and whether two roles share the lead (both are then named).
fn owners(store: &Store, ws: &[&str], among: Option<&[RoleRef]>) -> (Vec<Owner>, f32, bool) {
    owners_in(duty_ranking(store, ws), among)
}

/// The owners a ranking of duties names, as `owners` says.
fn owners_in(ranked: Vec<crate::duties::DutyMatch>, among: Option<&[RoleRef]>) -> (Vec<Owner>, f32, bool) {
    let best = ranked.first().map(|m| m.score).unwrap_or(0.0);
    let second = ranked.get(1).map(|m| m.score).unwrap_or(0.0);
    let evidence = ranked.first().map(|m| m.evidence).unwrap_or(0.0);
    // a clear lead counts as much as a strong match
    let leads = (best >= WEIGHTS.who_floor || evidence >= WEIGHTS.who_evidence) && best >= WEIGHTS.who_margin * second;
    let mut strong: Vec<Owner> = ranked.iter().filter(|m| m.score >= WEIGHTS.owner).map(|m| m.owner()).collect();
    let mut shared = false;
    let best = if leads { best.max(WEIGHTS.who_duty) } else { best };
    if strong.is_empty() && best >= WEIGHTS.who_duty {
        strong.extend(ranked.first().map(|m| m.owner()));
    } else if (WEIGHTS.who_shared_floor..WEIGHTS.who_duty).contains(&best) && ranked.len() >= 2 {
        // no role leads, two fit about as well: which of them owns it depends on the team
        strong = ranked.iter().take(2).map(|m| m.owner()).collect();
        shared = true;
    }
    let picked = match among {
        Some(among) => {
            let inside: Vec<Owner> = strong.into_iter().filter(|o| among.contains(&o.role)).collect();
            if inside.is_empty() {
                among.iter().map(|&role| Owner { role, responsibility: None }).collect()
            } else {
                inside
            }
        }
        None => strong,
    };
    (picked, best, shared)
}

/// "who decides what gets built next? pm or eng lead?": a role the asker guesses goes first
/// when a duty of its own matches at least half as well as the best.
fn first_guess(ranked: &[crate::duties::DutyMatch], guessed: &[RoleRef], query: &mut Query) {
    let Query::Who { owners, .. } = query else { return };
    let best = ranked.first().map_or(0.0, |m| m.score);
    let fits = |m: &&crate::duties::DutyMatch| guessed.contains(&m.role) && m.score >= GUESS_SHARE * best;
    if let Some(guess) = ranked.iter().find(fits).filter(|m| m.score >= WEIGHTS.who_floor) {
        owners.retain(|o| o.role != guess.role);
        owners.insert(0, guess.owner());
    }
}

/// How near the best match a guessed owner's must be to go first.
const GUESS_SHARE: f32 = 0.5;

/// The roles owning the duty these words name, best first: the duty read alone, or in the
/// scene set before it, whichever a role covers better.
pub fn duty_ranking(store: &Store, ws: &[&str]) -> Vec<crate::duties::DutyMatch> {
    ladder_last(store, scene_ranking(store, ws))
}

/// The roles owning the duty the whole message names, scene and question alike, best first.
pub fn message_ranking(store: &Store, ws: &[&str]) -> Vec<crate::duties::DutyMatch> {
    ladder_last(store, store.duties().rank_weighing_unknown(without_condition(ws), MESSAGE_UNKNOWN))
}

/// The ranking with weak matches of a ladder's rungs a little lower than the role itself.
fn ladder_last(store: &Store, mut ranked: Vec<crate::duties::DutyMatch>) -> Vec<crate::duties::DutyMatch> {
    // a duty matched only weakly belongs to the role itself before a rung of its ladder:
    // near ties go to the product manager rather than a senior or leadership variant
    let rung = |role: RoleRef| {
        use crate::knowledge::entry::{Family, Level};
        let r = &store[role];
        matches!(r.family, Family::Product | Family::Leadership) && !matches!(r.level, Level::Mid)
    };
    for m in &mut ranked {
        if rung(m.role) && m.score < WEIGHTS.who_duty {
            m.score *= RUNG_PRIOR;
        }
    }
    // (a tie goes the same way: "researches competitors and the market" is the PM's before
    // the APM's)
    ranked.sort_by(|a, b| {
        b.score.partial_cmp(&a.score).unwrap_or(std::cmp::Ordering::Equal).then(rung(a.role).cmp(&rung(b.role)))
    });
    ranked
}

const RUNG_PRIOR: f32 = 0.9;

/// A duty match that leaves no word of the question unexplained.
const PERFECT: f32 = 0.99;

/// How much a word no duty uses counts in a whole message, against in a question alone.
const MESSAGE_UNKNOWN: f32 = 0.3;

/// Whether a question says too little of its duty to be read alone: one word of duty at most
/// ("who should build it?"), or a word or two and a pointer back at what was said before
/// at its end ("who is supposed to make the case for that?").
fn says_little(clause: &[&str]) -> bool {
    let duty = crate::duties::duty_words(clause);
    // the pointer ends the question ("that" inside it may open a clause: "the person that …")
    // ("who coordinates all of em?": "em" said for "them")
    let points_back =
        clause.iter().rev().take(2).any(|w| matches!(*w, "that" | "this" | "it" | "those" | "these" | "them"))
            || clause.ends_with(&["of", "em"]);
    duty <= 1 || (points_back && duty <= 2)
}

/// Whether a question points back at what was said before from inside it, with a few words of
/// duty of its own: "who normally writes those in a scrum team?", "who decides if that goes on
/// the plan?" ("the person that decides" is no pointer).
fn points_inside(clause: &[&str]) -> bool {
    // ("whose job is hiring engineers and growing them?": people named before it in the clause)
    let named_before = |i: usize| {
        (1..i).any(|j| {
            clause[j].len() > 3
                && clause[j].ends_with('s')
                && (clause[j - 1].ends_with("ing") || matches!(clause[j - 1], "the" | "our" | "new" | "all" | "their"))
        })
    };
    let pointer = clause.iter().enumerate().any(|(i, w)| match *w {
        "them" => !named_before(i),
        "those" | "these" | "this" => true,
        // ("whose job is it to run the retro": "it" stands for what follows "to")
        "it" => clause.get(i + 1) != Some(&"to"),
        // ("who signs off that a story is done": "that" opening a clause points nowhere)
        "that" => {
            i > 0
                && !matches!(clause[i - 1], "person" | "one" | "role" | "someone" | "people" | "job")
                && !clause.get(i + 1).is_some_and(|next| {
                    matches!(*next, "a" | "an" | "the" | "our" | "we" | "they" | "every" | "each" | "all")
                })
        }
        _ => false,
    });
    pointer && crate::duties::stems(clause).len() <= 3
}

/// Words that name where a duty is done rather than the duty: "who manages the backlog | in a
/// scrum team".
const SETTING: &[&str] = &[
    "team",
    "teams",
    "company",
    "companies",
    "org",
    "organisation",
    "organization",
    "startup",
    "startups",
    "scrum",
    "agile",
    "squad",
    "setup",
    "enterprise",
    "corporate",
    "agency",
    "bank",
    "kanban",
];

/// Whether a word of a scene says only where a duty is done: "in a typical product org", "in
/// a team like ours" ("in scrum who owns the backlog?": a short setting before a duty of one word
/// is no part of the duty). A scene that tells what is built, "on a developer platform team", is
/// part of it.
fn plain_setting(w: &&str) -> bool {
    SETTING.contains(w)
        || matches!(
            *w,
            "a" | "an"
                | "the"
                | "our"
                | "my"
                | "most"
                | "big"
                | "small"
                | "large"
                | "typical"
                | "normal"
                // ("in a team like ours, who …", "in a typical product org")
                | "like"
                | "ours"
                | "mine"
                | "this"
                | "product"
                | "tech"
                | "software"
        )
}

fn scene_ranking(store: &Store, ws: &[&str]) -> Vec<crate::duties::DutyMatch> {
    // "in a bank with no product people, | who writes ...": the scene before the question
    // ("in a typical product org, which role owns the roadmap?": or "which role")
    let scene = ws
        .iter()
        .enumerate()
        .position(|(i, w)| {
            cues::asks_owner(w)
                || (matches!(*w, "which" | "what")
                    && ws.get(i + 1).is_some_and(|n| matches!(*n, "role" | "person" | "title")))
        })
        .unwrap_or(0);
    // ("who on a product team owns the roadmap?": a setting right after the word that asks is
    // no part of the duty either)
    let inside = (ws.get(scene + 1).is_some_and(|w| matches!(*w, "in" | "within" | "at" | "on")))
        .then(|| ws.iter().skip(scene + 2).take(4).position(|w| SETTING.contains(w)))
        .flatten()
        .filter(|&last| ws[scene + 2..scene + 3 + last].iter().all(plain_setting));
    let asked: std::borrow::Cow<[&str]> = match inside {
        Some(last) => ws[scene..=scene].iter().chain(&ws[scene + 3 + last..]).copied().collect(),
        None => std::borrow::Cow::Borrowed(&ws[scene..]),
    };
    let alone = store.duties().rank(without_condition(&asked));
    let top = |ranked: &[crate::duties::DutyMatch]| ranked.first().map_or(0.0, |m| m.score);
    if scene == 0 {
        return alone;
    }
    let setting =
        matches!(ws[0], "in" | "within" | "at" | "on") && scene <= 5 && ws[1..scene].iter().all(plain_setting);
    if setting && !points_inside(&ws[scene..]) && !alone.is_empty() {
        return alone;
    }
    // "overall company strategy, who decides that?": the question points back at the scene
    // ("sprint planning, who runs in scrum?": a doing word and a setting say little too)
    if says_little(&ws[scene..]) || says_little(without_condition(&ws[scene..])) || points_inside(&ws[scene..]) {
        return store.duties().rank(without_condition(ws));
    }
    // "on API products, who works through the trade-offs?" needs its scene
    let in_scene = store.duties().rank(without_condition(ws));
    // the duty alone decides when it is clear; the scene only when it is not
    if top(&alone) < WEIGHTS.who_duty && top(&in_scene) > top(&alone) {
        in_scene
    } else {
        alone
    }
}

/// The words that name a duty, without a trailing condition, purpose or time: "who updates
/// the timeline | when dates slip", "who coordinates six teams | so nobody blocks each other",
/// "who decides what we build | next quarter". The cut is made only when the duty keeps two
/// words of its own.
fn without_condition<'c, 'w>(ws: &'c [&'w str]) -> &'c [&'w str] {
    const SUBORDINATE: &[&str] =
        &["when", "whenever", "before", "so", "if", "while", "because", "since", "until", "once"];
    const PERIOD: &[&str] = &["day", "week", "month", "quarter", "year", "sprint", "cycle"];
    let cut = ws.iter().enumerate().skip(2).find(|(i, w)| {
        let setting = matches!(**w, "in" | "within" | "at")
            && ws
                .get(i + 1)
                .is_some_and(|a| matches!(*a, "a" | "an" | "the" | "our" | "my" | "most" | "scrum" | "agile"))
            && ws[i + 1..].iter().take(4).any(|w| SETTING.contains(w))
            // "who writes the PRD | on most teams?" ("signs off on the team's budget" keeps it)
            || (**w == "on"
                && ws.get(i + 1).is_some_and(|a| matches!(*a, "most" | "a" | "an" | "many" | "typical"))
                && ws[i + 1..].iter().take(3).any(|w| SETTING.contains(w)));
        // "who manages the timeline and budget | for a big one-off rollout": one case of the duty
        // ("the vision for a whole company", "updates for a multi-team program": the scope is
        // part of the duty)
        // ("who owns project budget + schedule | for new season launch": the same, said without
        // an article)
        // ("… for the data center migration", "for the dairy shed onboarding flow": one piece of
        // work named with "the", not "for the engineers")
        let one_piece = |a: &str| {
            a == "the"
                && ws[i + 2..].iter().take(5).any(|w| {
                    matches!(
                        *w,
                        "migration"
                            | "rollout"
                            | "launch"
                            | "project"
                            | "module"
                            | "flow"
                            | "release"
                            | "replacement"
                            | "move"
                            | "upgrade"
                            | "refresh"
                            | "install"
                            // ("who decides the roadmap | for the farmer app?": one product)
                            | "app"
                            | "website"
                    )
                })
        };
        // ("who tracks budget and schedule | on something like the kiosk rollout": one case,
        // given as an example)
        // ("in charge of brand campaigns, | e.g. a national TV spot": the same, said with "e.g.")
        let example = matches!(**w, "for" | "on" | "in")
            && ws.get(i + 1).is_some_and(|a| matches!(*a, "something" | "anything" | "stuff"))
            && ws.get(i + 2) == Some(&"like")
            || **w == "eg"
            || (**w == "for" && ws.get(i + 1).is_some_and(|a| matches!(*a, "example" | "instance")));
        let instance = example
            || **w == "for"
                && ws
                    .get(i + 1)
                    .is_some_and(|a| matches!(*a, "a" | "an" | "new" | "next" | "upcoming") || one_piece(a))
                && !ws[i + 1..].iter().take(4).any(|w| {
                    matches!(
                        *w,
                        "whole"
                            | "entire"
                            | "company"
                            | "program"
                            | "programme"
                            | "multi"
                            | "several"
                            | "org"
                            | "organization"
                    )
                });
        // "who coordinates dependencies | across the finance, supply chain and HR workstreams?":
        // the parts of the business the duty spans, each named
        // (not "across all the peak workstreams": spread across them, the duty is the program's)
        let spans_parts = **w == "across"
            && ws[i + 1..].iter().take(8).any(|w| *w == "and")
            && ws[i + 1..].iter().take(8).any(|w| {
                matches!(
                    *w,
                    "workstreams"
                        | "workstream"
                        | "departments"
                        | "functions"
                        | "units"
                        | "sites"
                        | "plants"
                        | "regions"
                )
            });
        if setting || instance || spans_parts {
            return true;
        }
        let condition = SUBORDINATE.contains(*w) && !matches!(ws[i - 1], "look" | "looks" | "looking");
        let time = matches!(**w, "next" | "this" | "every" | "each" | "per")
            && ws.get(i + 1).is_some_and(|p| PERIOD.contains(&p.trim_end_matches('s')))
            // ("who owns the marketing plan | for planting season?")
            || (**w == "for" && ws[i + 1..].iter().take(3).any(|w| *w == "season"));
        condition || time
    });
    // ("who owns the backlog | in scrum?": a setting after a duty of one word leaves it whole)
    let setting_at = |at: usize| matches!(ws[at], "in" | "within" | "at" | "on") && ws.len() - at <= 5;
    match cut {
        Some((at, _)) if crate::duties::stems(&ws[..at]).len() >= 2 => &ws[..at],
        Some((at, _)) if setting_at(at) && !crate::duties::stems(&ws[..at]).is_empty() => &ws[..at],
        _ => ws,
    }
}

/// Whether a message asks how to use a slash command it names: "how does /compare work?",
/// "what's the syntax for /path", "how do I use /compare? tried `/compare pm`".
fn asks_how_to_use_a_command(text: &str, ws: &[&str]) -> bool {
    const USAGE: &[&str] = &["how", "work", "works", "syntax", "type", "use", "usage", "format", "example"];
    // (most messages have no slash at all)
    let names_command = text.contains('/')
        && text.split_whitespace().any(|token| {
            let name = token.trim_start_matches(['`', '"', '\'', '(']);
            name.strip_prefix('/').is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_alphabetic()))
        });
    names_command && ws.iter().any(|w| USAGE.contains(w))
}

/// Whether a clause asks something: it ends with a question mark or opens as a question does
/// ("how do I ask you stuff - do I need to …").
fn sounds_asked(clause: &Clause, ws: &[&str]) -> bool {
    // ("ok dumb q but what does a GPM do."; "but" opens the clause)
    let opening = ws[clause.range.clone()].iter().find(|w| !matches!(**w, "but" | "and" | "so" | "ok" | "okay"));
    // ("… actually just give me the full list of roles it knows": a request)
    let words = &ws[clause.range.clone()];
    let request = words
        .iter()
        .position(|w| !matches!(*w, "but" | "and" | "so" | "ok" | "okay" | "actually" | "just" | "pls" | "please"))
        .is_some_and(|k| {
            matches!(words[k], "give" | "show" | "send" | "share" | "tell")
                && words.get(k + 1).is_some_and(|n| matches!(*n, "me" | "us"))
        });
    // ("delivery manager role is what ah.": the asking word last, the particle dropped already)
    clause.question
        || request
        || matches!(
            &ws[clause.range.clone()],
            [.., "is" | "means", "what"] | [.., "is" | "means", "what", "role" | "job"]
        )
        || opening.is_some_and(|w| {
            matches!(*w, "how" | "what" | "whats" | "where" | "why" | "which" | "is" | "are" | "do" | "does")
        })
}

/// Words that open a question.
const QUESTION_OPENERS: &[&str] = &[
    "what", "whats", "what's", "how", "hows", "how's", "who", "whos", "who's", "which", "why", "where", "is", "are",
    "can", "could", "should", "does", "do",
];

/// Whether words mark what they say as the speaker's opinion: "hot take", "unpopular
/// opinion", "just saying", "i swear".
fn says_an_opinion(ws: &[&str]) -> bool {
    ws.starts_with(&["i", "swear"])
        || ws.windows(2).any(|p| {
            matches!(
                p,
                ["hot", "take"]
                    | ["unpopular", "opinion"]
                    | ["just", "saying"]
                    | ["fun", "fact"]
                    | ["shower", "thought"]
                    | ["change", "my"]
            )
        })
}

/// Whether one question, read alone, asks what the bot is or how to use it: "what are you?",
/// "how do I use this bot?", "what can this bot do?".
fn asks_help_alone(clause: &[&str]) -> bool {
    let cues = Cues::new(clause, Vec::new(), Vec::new());
    let leftover = clause.iter().filter(|w| !cues::is_explained(w)).count() as f32;
    // ("what is the rolecall bot supposed to help with?" asks plainly, however many words)
    ((cues.asks_help() && leftover <= WEIGHTS.help_or_list_leftover) || cues.asks_help_plainly())
        && !cues.asks_for_the_roles(clause.len())
}

/// Whether a clause asks who someone in another job is: "anyone know who the recruiter is for
/// the PM program?", "who's our recruiter for …", however long the rest.
fn asks_who_holds_other_job(clause: &[&str]) -> bool {
    // ("who our recruiter is" too: the word after "who" when no verb follows it)
    let after_who = |i: usize| match clause[i] {
        "who" => Some(after_who_is(clause, i, &["is", "s"]).unwrap_or(i + 1)),
        _ => after_who_is(clause, i, &[]),
    };
    (0..clause.len()).filter_map(after_who).any(|at| {
        let with_article = matches!(clause.get(at), Some(&("our" | "your" | "the" | "my" | "their")))
            && at + 1 < clause.len()
            && other_job_at(clause, at + 1);
        // ("who is tech lead on gacha rework?": the one on a piece of work, with no article)
        let tech_lead = clause.get(at) == Some(&"tech") && clause.get(at + 1) == Some(&"lead");
        let on_work = at < clause.len()
            && (other_job_at(clause, at) || tech_lead)
            && clause[at + 1..].iter().take(3).any(|w| matches!(*w, "on" | "for" | "in" | "at"));
        with_article || on_work
    })
}

/// Where the words after "who's" or "who <verb>" start, for a "who" at `i` followed by one of
/// `verbs` ("who is", "who s"); none for any other word.
fn after_who_is(ws: &[&str], i: usize, verbs: &[&str]) -> Option<usize> {
    match ws[i] {
        "whos" => Some(i + 1),
        "who" if ws.get(i + 1).is_some_and(|w| verbs.contains(w)) => Some(i + 2),
        _ => None,
    }
}

/// Whether a question asks which person holds a post that is no role here: "who's our office
/// manager?", "who is the recruiter for the PM opening?" ("who's the person that writes
/// PRDs?" asks for a role).
fn asks_who_someone_is(clause: &[&str]) -> bool {
    const ROLE_LIKE: &[&str] = &[
        "person",
        "one",
        "role",
        "people",
        "guy",
        "someone",
        "owner",
        "owners",
        "decision",
        "final",
        "main",
        "go",
        "point",
        "responsible",
        "accountable",
        "best",
        "right",
        "usual",
        "typical",
    ];
    let w = |i: usize| clause.get(i).copied();
    if asks_who_holds_other_job(clause) {
        return true;
    }
    if asks_which_reader(clause) {
        return true;
    }
    // ("who has access to the client's Confluence?", "who's got the keys to room 2?": who holds
    // a thing now)
    const HELD: &[&str] = &[
        "access",
        "keys",
        "key",
        "password",
        "passwords",
        "login",
        "link",
        "laptop",
        "badge",
        "credentials",
        "admin",
        "cable",
        "charger",
        "adapter",
        "dongle",
        "clicker",
        "projector",
        "car",
        "backup",
        "copy",
        "original",
        "file",
    ];
    let holds = match (w(0), w(1), w(2)) {
        (Some("who"), Some("s" | "has"), Some("got")) => 3,
        (Some("whos"), Some("got"), _) | (Some("who"), Some("has" | "got"), _) => 2,
        _ => 0,
    };
    if holds > 0 && clause[holds..].iter().take(3).any(|w| HELD.contains(w)) {
        return true;
    }
    let at = match (w(0), w(1)) {
        (Some("whos"), _) => 1,
        (Some("who"), Some("is" | "s")) => 2,
        _ => return false,
    };
    // ("who's free to prep the demo?", "who is around today?": who can, now)
    // ("who's covering for the DM while she's on leave?": standing in for someone now)
    const NOW: &[&str] = &[
        "free",
        "available",
        "around",
        "online",
        "off",
        "out",
        "in",
        "back",
        "awake",
        "up",
        "here",
        "covering",
        "subbing",
        "filling",
        "standing",
    ];
    if w(at).is_some_and(|n| NOW.contains(&n)) && w(at + 1).is_none_or(|n| !matches!(n, "of" | "charge")) {
        return true;
    }
    // ("who's on leave next week?")
    if w(at) == Some("on") && w(at + 1).is_some_and(|n| matches!(n, "leave" | "holiday" | "vacation" | "pto" | "call"))
    {
        return true;
    }
    matches!(w(at), Some("our" | "your" | "the" | "my" | "their"))
        && w(at + 1).is_some_and(|noun| !ROLE_LIKE.contains(&noun) && !cues::is_explained(noun))
        && clause.len() <= at + 8
}

/// Verbs any document or artefact takes, which say no more of a duty than the artefact's name:
/// "who writes / owns / maintains the BRD?".
const MAKES_A_DOCUMENT: &[&str] = &[
    "write",
    "writes",
    "writing",
    "written",
    "wrote",
    "own",
    "owns",
    "owning",
    "owned",
    "responsible",
    "accountable",
    "charge",
    "create",
    "creates",
    "creating",
    "draft",
    "drafts",
    "drafting",
    "prepare",
    "prepares",
    "preparing",
    "maintain",
    "maintains",
    "maintaining",
    "nowadays",
    "usually",
    "typically",
    "normally",
    "generally",
];

/// Whether a question asks which of the people reading it is someone: "which one of you is
/// the product ops person for checkout?".
fn asks_which_reader(clause: &[&str]) -> bool {
    clause
        .windows(3)
        .any(|p| matches!(p, ["which" | "who", "one", "of"] | ["which" | "who", "of", "you" | "u" | "yall"]))
        && clause.windows(2).any(|p| p[0] == "of" && matches!(p[1], "you" | "u" | "yall" | "us"))
}

/// Words that ask about roles one by one: "what is a BA, and separately what is a PO?".
const ONE_BY_ONE: &[&str] = &["separately", "individually", "each", "both", "definitions"];

/// Whether a question asks who on one team does something: "who on the growth team owns the
/// onboarding funnel?" asks for a person there, not a role.
fn on_one_team(clause: &[&str]) -> bool {
    // "who owns the onboarding epic in our jira?": one item in one team's tools
    const TOOLS: &[&str] = &["jira", "confluence", "notion", "repo", "board", "tracker", "drive", "trello", "asana"];
    let ours =
        clause.windows(3).any(|w| matches!(w[0], "in" | "on") && matches!(w[1], "our" | "my") && TOOLS.contains(&w[2]));
    // ("who on the team should be doing the wireframes?": the team no name singles out, and a
    // duty as it should be, asks for a role)
    let as_it_should_be = |w: &[&str]| {
        matches!(w[3], "team" | "squad")
            && clause
                .iter()
                .any(|w| matches!(*w, "should" | "supposed" | "normally" | "usually" | "typically" | "meant"))
    };
    ours || clause.windows(4).any(|w| {
        !as_it_should_be(w)
            && matches!(w[0], "who" | "whos")
            && matches!(w[1], "on" | "in" | "from")
            && matches!(w[2], "the" | "our")
            && [&w[3], clause.get(4).unwrap_or(&w[3])]
                .iter()
                .any(|n| matches!(**n, "team" | "squad" | "tribe" | "pod" | "crew"))
    })
}

/// Whether a "who" question asks about one occasion rather than a duty: "who is running the
/// retro this week?", "whose turn is it to run standup today?".
/// Days of the week, as written in chat.
const WEEKDAYS: &[&str] = &[
    "monday",
    "mon",
    "tuesday",
    "tue",
    "tues",
    "wednesday",
    "wed",
    "thursday",
    "thu",
    "thurs",
    "friday",
    "fri",
    "saturday",
    "sat",
    "sunday",
    "sun",
];

fn asks_occasion(ws: &[&str]) -> bool {
    const NOW: &[&str] = &["today", "todays", "tonight", "tomorrow", "yesterday", "turn", "weekend", "rn"];
    let this_time =
        ws.windows(2).any(|w| w[0] == "this" && matches!(w[1], "week" | "sprint" | "month" | "morning" | "afternoon"));
    // ("who maps how the process works today?": the time belongs to what the duty is about)
    let now = ws
        .iter()
        .enumerate()
        .any(|(i, w)| NOW.contains(w) && !ws[..i].iter().any(|w| matches!(*w, "how" | "what" | "where")));
    // "who's running the retro?" asks about this once; "who is doing the 1:1s with the
    // developers?" may ask about the duty, unless a day or a release says when
    let when = this_time
        || now
        || ws.iter().any(|w| WEEKDAYS.contains(w))
        || ws
            .windows(2)
            .any(|w| w[0] == "next" && matches!(w[1], "week" | "sprint" | "month" | "release" | "quarter" | "time"));
    let progressive = ws.windows(3).any(|w| {
        matches!(w[0], "who" | "whos")
            && matches!(w[1], "is" | "s" | "are")
            && w[2].ends_with("ing")
            && (w[0] == "whos" || w[1] == "s" || when || matches!(w[2], "coming" | "joining" | "attending"))
    }) || ws.windows(2).any(|w| w[0] == "whos" && w[1].ends_with("ing") && w[1].len() > 4);
    // "who's up for drinks?", "who is in for pizza": who is willing, this once
    let willing = (0..ws.len()).filter_map(|i| after_who_is(ws, i, &["is", "s", "are"])).any(|after| {
        ws.get(after).is_some_and(|w| matches!(*w, "up" | "down" | "in"))
            && ws.get(after + 1).is_some_and(|w| *w == "for")
    });
    // "who will join the team dinner?", "who can come on friday?": who takes part, this once
    let joins = ws.windows(3).any(|w| {
        w[0] == "who"
            && matches!(w[1], "will" | "ll" | "can" | "wants")
            && matches!(w[2], "join" | "come" | "attend" | "bring")
    });
    // "who's got the latest version of the deck?": a thing someone holds
    let holds_a_copy = ws.windows(4).any(|w| {
        matches!((w[0], w[1]), ("who", "has") | ("whos", "got") | ("who", "got") | ("who", "s"))
            && matches!(w[2], "the" | "a" | "got")
            && matches!(
                w[3],
                "latest"
                    | "link"
                    | "copy"
                    | "file"
                    | "doc"
                    | "deck"
                    | "version"
                    | "slides"
                    | "notes"
                    | "recording"
                    | "the"
            )
    });
    // "who's on the vibe check call at 3": who is at one meeting
    let attends = (0..ws.len()).filter_map(|i| after_who_is(ws, i, &["is", "s", "was"])).any(|at| {
        ws.get(at).is_some_and(|w| matches!(*w, "on" | "in"))
            && ws.get(at + 1).is_some_and(|w| matches!(*w, "the" | "this" | "that"))
            && ws.iter().skip(at + 2).take(4).any(|w| matches!(*w, "call" | "invite" | "zoom" | "huddle" | "thread"))
    });
    progressive || this_time || now || willing || joins || holds_a_copy || attends
}

fn no_role(
    store: &Store,
    cues: &Cues,
    ws: &[&str],
    asks: std::ops::Range<usize>,
    leftover: f32,
    terms: &[TermMention],
    text: &str,
) -> Understood {
    let w = &WEIGHTS;
    let sure_enough = |query| Understood { query, confidence: w.help_or_list, ambiguous: Vec::new(), full: false };
    // "what roles can I ask you about?" asks for the roles, in words that also ask for help
    if cues.asks_help() && leftover <= w.help_or_list_leftover && !cues.asks_for_the_roles(ws.len()) {
        return sure_enough(Query::Help);
    }
    if asks_how_to_use_a_command(text, ws) || cues.asks_help_plainly() {
        return sure_enough(Query::Help);
    }
    // "how would a data analyst move into product?", "how do I get into product?": the field
    // one moves into stands for its usual role
    if cues.transition && !cues.asks_who() {
        const THEN: &[&str] = &[
            "as",
            "from",
            "role",
            "roles",
            "side",
            "work",
            "job",
            "jobs",
            "career",
            "careers",
            "if",
            "and",
            "or",
            "at",
            "with",
            "without",
            "when",
            "after",
            "later",
            "eventually",
            "someday",
            "one",
            "next",
            "now",
        ];
        let into_product = (asks.start + 1..asks.end).any(|i| {
            let field = ws[i] == "product"
                && (i + 1 == asks.end || THEN.contains(&ws[i + 1]))
                && !ws[i + 1..asks.end].iter().any(|w| matches!(*w, "team" | "teams"));
            // ("should they report into product or eng?": where a team sits, no move)
            let reports = i > 1 && matches!(ws[i - 2], "report" | "reports" | "reporting" | "sit" | "sits" | "belong");
            field
                && !reports
                && (matches!(ws[i - 1], "into" | "to")
                    || (ws[i - 1] == "in"
                        && i > 1
                        && matches!(ws[i - 2], "job" | "role" | "career" | "work" | "working")))
        });
        if let Some(product) = store.find("product-manager").filter(|_| into_product) {
            let query = Query::Transition { from: None, to: product, background: store.background_in(ws) };
            return Understood {
                query,
                confidence: w.one_role_move.at(leftover.min(w.cued_leftover_cap)),
                ambiguous: Vec::new(),
                full: false,
            };
        }
    }
    // ("sprint planning ran long today. whose job is it to run it well?": the occasion is in the
    // remark, the question asks about the duty)
    // ("who approved this PR at 2am?": who did something once, in the past)
    let did_once = ws[asks.clone()].windows(2).any(|p| p[0] == "who" && past_tense(p[1]));
    if asks_who_someone_is(&ws[asks.clone()]) || on_one_team(&ws[asks.clone()]) || did_once || of_a_named_person(text) {
        return none();
    }
    // ("who accepts finished stories at the end of the sprint? is it QA?": a guess at another
    // job is wrong where one of the roles here plainly does the work)
    let plainly_ours = || duty_ranking(store, &ws[asks.clone()]).first().is_some_and(|m| m.score >= w.guessed_wrong);
    let condition_first = ws.get(asks.start).is_some_and(|w| matches!(*w, "if" | "when" | "whenever" | "once"));
    let owner_from = ws[asks.clone()]
        .iter()
        .position(|w| cues::asks_owner(w))
        .filter(|_| condition_first)
        .map_or(asks.start, |k| asks.start + k);
    if (guesses_other_jobs(cues, ws, &asks) && !plainly_ours())
        // ("if the team is blocked waiting on legal review, whose job is it to clear that
        // impediment?": the back office in a condition before the question is context)
        || (cues.asks_who() && (cues::back_office(&ws[owner_from..asks.end]) || cues::to_contact(&ws[asks.start..])))
        || (cues.asks_who() && cues::whom_to_reach(&ws[asks.clone()]) && !plainly_ours())
    {
        return none();
    }
    // ("who is writing the BRD usually?", "who is planning the ad campaigns … which role, not
    // which person": the duty in general, however the verb is put)
    let in_general = ws.iter().any(|w| matches!(*w, "usually" | "normally" | "typically" | "generally"))
        || ws.windows(2).any(|p| matches!(p[0], "which" | "what") && matches!(p[1], "role" | "title"));
    if (cues.asks_who() || cues.asks_for_a_role()) && (in_general || !asks_occasion(&ws[asks.clone()])) {
        // the duty is in the clause that asks; the rest of the message is context
        // the guesses after the question are not the duty
        let asks = asks.start..cues.guesses_from(asks.clone()).unwrap_or(asks.end);
        let mut ranked = duty_ranking(store, &ws[asks.clone()]);
        // ("who gathers requirements from stakeholders like ad sales, legal and finance?": the
        // examples after the duty say whom it involves; the duty before them may match better)
        let top = |r: &[crate::duties::DutyMatch]| r.first().map_or(0.0, |m| m.score);
        // (a list of them: "like a core banking migration" names the work itself)
        if let Some(k) =
            ws[asks.clone()].iter().skip(3).position(|w| matches!(*w, "like" | "eg" | "such" | "including"))
        {
            let at = asks.start + 3 + k;
            if ws[at..asks.end].iter().any(|w| matches!(*w, "and" | "or" | "etc")) {
                let before = duty_ranking(store, &ws[asks.start..at]);
                if top(&before) >= w.who_duty && top(&before) > top(&ranked) {
                    ranked = before;
                }
            }
        }
        // whether the question alone names no duty clearly
        let weak = ranked.first().is_none_or(|m| m.score < w.who_duty);
        let (mut owners, mut best, mut shared) = owners_in(ranked, None);
        // "we need a clickable prototype before dev starts. who should build that?": a question
        // that says little of the duty, or points back at it, takes its duty from the message
        // (unless what little it says names a product term that one owner clearly has: "whose
        // job is it to run the retro?")
        let clear = owners.len() == 1 && best >= w.who_duty && !shared && terms.iter().any(|t| asks.contains(&t.start));
        let thin = (says_little(&ws[asks.clone()]) && !clear) || points_inside(&ws[asks.clone()]);
        let mut from_message = false;
        if thin && asks != (0..ws.len()) {
            // what the question alone matches is a word or two, no evidence against the rest:
            // the sentence before it tells the duty, else the whole message does
            // ("we have 4 related projects (app, web, CMS, data pipeline) - who coordinates all of
            // them?": the sentence before is the one the brackets break into, not the brackets)
            // (a bracket of one word, "(again 🙄)", is a remark on the sentence, kept)
            let bracketed: Vec<_> = brackets(text).into_iter().filter(|b| b.len() >= 2).collect();
            let mut start = cues.clause_before(asks.start);
            while let Some(at) = start.filter(|&at| bracketed.iter().any(|b| b.contains(&at) || b.end == at)) {
                start = cues.clause_before(at);
            }
            let before = start.map(|start| {
                let told: Vec<&str> =
                    (start..asks.end).filter(|i| !bracketed.iter().any(|b| b.contains(i))).map(|i| ws[i]).collect();
                owners_in(message_ranking(store, &told), None)
            });
            let whole = match before {
                Some(before) if !before.0.is_empty() => before,
                _ => owners_in(message_ranking(store, ws), None),
            };
            if !whole.0.is_empty() {
                (owners, best, shared) = whole;
                from_message = true;
            }
        }
        if best < w.who_duty && asks != (0..ws.len()) && !from_message {
            // "our backlog is 400 tickets. who decides the order?": the duty is told before
            // the question that asks for its owner
            // (roles named in a remark around it reach here already masked by `read`)
            let whole = self::owners(store, ws, None);
            // a weak reading of the question itself still beats a weak one of the whole
            if whole.1 > best && (whole.1 >= w.who_duty || !shared) {
                (owners, best, shared) = whole;
            }
        }
        // "who owns the kano model?": a product term named in the question, with no duty that
        // clearly matches, is answered by the term's owners
        // ("who should own the tooling, like Jira config and PRD templates?": a term given as an
        // example of the duty is not the duty)
        // (a list of them: "like which KPI it should move" still asks about the KPI)
        let listed = ws[asks.clone()].iter().any(|w| matches!(*w, "etc" | "and" | "or"));
        let example = |m: &&TermMention| {
            listed
                && ws[asks.start.min(m.start)..m.start]
                    .iter()
                    .rev()
                    .take(6)
                    .any(|w| matches!(*w, "like" | "eg" | "including" | "incl"))
        };
        // ("who coordinates across multiple squads for the migration?": a term that says where the
        // duty spreads is no object of it)
        // ("whose work is it to coordinate the 4 squads on the rollout?": nor are several of them
        // that the duty brings together)
        let spread = |m: &&TermMention| {
            let before = &ws[m.start.saturating_sub(3)..m.start];
            before.iter().any(|w| matches!(*w, "across" | "between" | "among"))
                || (ws[m.end - 1].ends_with('s')
                    && before.iter().any(|w| {
                        matches!(*w, "coordinate" | "coordinates" | "coordinating" | "align" | "aligns" | "aligning")
                    }))
        };
        let asked_as_term = |m: &&TermMention| !example(m) && !spread(m) && asks.contains(&m.start);
        let asked_term = terms.iter().find(asked_as_term);
        let term_asked = asked_term.is_some();
        // "who owns the kano model?": nothing but the term says what the duty is
        // ("who does the market sizing for a new product idea?": one case of it changes nothing)
        let only_the_term = asked_term.is_some_and(|t| {
            let asked = without_condition(&ws[asks.clone()]);
            // (the term the object of such a verb, not where it is done: "who writes those in a
            // scrum team?")
            let made = ws[t.start.saturating_sub(4)..t.start].iter().any(|w| MAKES_A_DOCUMENT.contains(w))
                && !matches!(word_before(ws, t.start), Some("in" | "on" | "at" | "for"));
            let rest: Vec<&str> = asked
                .iter()
                .enumerate()
                .filter(|(i, _)| !(t.start..t.end).contains(&(asks.start + i)))
                .map(|(_, &w)| w)
                // ("who's responsible for writing the business requirements doc nowadays?": a
                // verb any document takes says no more than the term)
                .filter(|w| !(made && MAKES_A_DOCUMENT.contains(w)))
                .collect();
            crate::duties::stems(&rest).is_empty()
        });
        if (best >= w.who_duty || shared) && !only_the_term && !(term_asked && weak) {
            return Understood {
                query: Query::Who { duty: duty_text(text), owners, term: None },
                // a perfect duty match is certain; a bare pass sits just above `low`
                confidence: if shared { w.who_shared } else { w.low + best * (1.0 - w.low) },
                ambiguous: Vec::new(),
                full: false,
            };
        }
        // "who writes the PRD?", "who's in charge of OKRs": the term's owners own the duty
        // ("who is Tam?" asks who a person is: a term is owned, not introduced)
        let asks_who_it_is = |m: &TermMention| {
            ws[asks.clone()].iter().enumerate().all(|(i, w)| {
                (m.start..m.end).contains(&(asks.start + i)) || matches!(*w, "who" | "whos" | "is" | "s" | "was")
            })
        };
        if let Some(m) = terms.iter().find(|m| asked_as_term(m) && !asks_who_it_is(m)) {
            let mut term_owners: Vec<Owner> =
                store.term_owners(m.term).iter().map(|&role| Owner { role, responsibility: None }).collect();
            // ("who writes the requirements doc?": a role whose duty says just that is named too)
            if best >= PERFECT && !shared {
                for owner in owners {
                    if !term_owners.iter().any(|o| o.role == owner.role) {
                        term_owners.push(owner);
                    }
                }
            }
            let owners = term_owners;
            let query = Query::Who { duty: duty_text(text), owners, term: Some(m.term) };
            let confidence = if m.corrected { w.term_who - w.corrected } else { w.term_who };
            return Understood { query, confidence, ambiguous: Vec::new(), full: false };
        }
    }
    // after "who": "which role is responsible for usability testing?" names a duty
    // "which role should own that?" asks for an owner it could not find, not for the roles
    let asks_an_owner =
        (cues.asks_who() || cues.asks_for_a_role()) && !["roles", "you", "u"].iter().any(|w| cues.has(w));
    // ("what does a recruiter ask in interviews for IT roles?": another job is what is asked about)
    let of_other_job = (0..ws.len().min(5)).any(|i| other_job_at(ws, i));
    if cues.asks_list(ws.len()) && leftover <= w.help_or_list_leftover && !asks_an_owner && !of_other_job {
        return sure_enough(Query::List);
    }
    none()
}
