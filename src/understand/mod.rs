//! Turning what a person typed into a typed [`Query`](crate::Query): a slash command through
//! the [`grammar`], anything else through [`free_text`]. Command arguments, typed or written,
//! are read by [`arguments`]; the word lists both rely on are in [`cues`].

pub mod arguments;
pub mod clean;
pub mod cues;
pub mod examples;
pub mod explain;
pub mod free_text;
pub mod grammar;

use crate::knowledge::Store;
use crate::query::{Aside, Query, Understood};

/// Longest input read, in characters; a chat message is far shorter.
const MAX_INPUT: usize = 4000;

/// Reads a question: a slash command when it starts with `/` and names one, free text
/// otherwise.
pub fn understand(store: &Store, text: &str) -> Understood {
    let cleaned = clean::clean(crate::text::prefix(text, MAX_INPUT));
    let text = cleaned.trim();
    // "`/whatis lead pm`": a command quoted as code is still a command ("`/path` is not
    // working for me, how are the commands used?" quotes a command's name in a question)
    let quoted = text.trim_start_matches('`');
    let text = match quoted.find('`').map_or(quoted, |end| &quoted[..end]) {
        unquoted if unquoted.starts_with('/') && quoted[unquoted.len()..].trim_matches('`').is_empty() => {
            unquoted.trim()
        }
        _ => text,
    };
    match text.strip_prefix('/') {
        // a command that does not exist, unless what follows the slash reads as a question
        Some(command) => grammar::read(store, command).unwrap_or_else(|| match free_text::read(store, command) {
            Understood { query: Query::None, .. } => Understood::sure(Query::Aside(Aside::UnknownCommand)),
            understood => understood,
        }),
        None => free_text::read(store, text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::{Intent, Query};

    /// Checks each message's reading: its intent and roles (for `who`, the best owner only).
    fn check(store: &Store, table: &[(&str, Intent, &[&str])]) {
        for (text, intent, roles) in table {
            let (got_intent, mut got_roles) = read(store, text);
            if *intent == Intent::Who {
                got_roles.truncate(1); // best owner first; others may follow
            }
            assert_eq!((got_intent, got_roles), (*intent, roles.iter().map(|r| r.to_string()).collect()), "{text:?}");
        }
    }

    fn read(store: &Store, text: &str) -> (Intent, Vec<String>) {
        let u = understand(store, text);
        (u.query.intent(), u.query.role_ids(store))
    }

    #[test]
    fn questions_become_intents_and_roles() {
        use Intent::*;
        let store = Store::embedded().expect("the built-in store loads");
        let table: &[(&str, Intent, &[&str])] = &[
            // slash commands
            ("/whatis po", Define, &["product-owner"]),
            ("/whatis Product-Owner", Define, &["product-owner"]),
            ("/compare pm project-manager", Compare, &["product-manager", "project-manager"]),
            ("/compare \"delivery manager\" \"project manager\"", Compare, &["delivery-manager", "project-manager"]),
            ("/compare scrum master product owner", Compare, &["scrum-master", "product-owner"]),
            ("/path pm product-leader", Transition, &["product-manager", "product-leader"]),
            ("/path cpo", Transition, &["chief-product-officer"]),
            ("/path data wrangler -> senior pm", Transition, &["senior-product-manager"]),
            ("/path devops person to po", Transition, &["product-owner"]),
            ("/who owns the roadmap", Who, &["product-manager"]),
            ("/path support lead -> po pls", Transition, &["product-owner"]),
            ("/whatis DM (delivery manager)", Define, &["delivery-manager"]),
            // a condition before the question; duties in the words people use
            ("when a sprint ends who runs the retro?", Who, &["scrum-master"]),
            ("who has the final say on company strategy?", Who, &["ceo"]),
            // synonyms of one duty say more than one word of it; a remark beside them is no duty
            (
                "which role does the wireframes and the clickable prototype? our BA draws them in Miro and it shows",
                Who,
                &["product-designer"],
            ),
            // terms listed as examples of a duty are not the duty
            (
                "who should own the team tooling, like jira config, PRD templates etc?",
                Who,
                &["product-operations-manager"],
            ),
            // a verb in the progressive, said of the duty in general
            ("who is writing the business requirements usually?", Who, &["business-analyst"]),
            // one case of the duty, said after it, is no part of it
            (
                "who manages the timeline and budget for a big one-off rollout of the new HR system?",
                Who,
                &["project-manager"],
            ),
            ("who owns the budget, schedule and risk log for a one-off office move?", Who, &["project-manager"]),
            (
                "who is running the ad campaigns and owning that budget? which role, not which person",
                Who,
                &["marketing-manager"],
            ),
            ("who tracks deadlines, costs and risks for the project?", Who, &["project-manager"]),
            ("who handles the escalation when a delivery commitment slips?", Who, &["delivery-manager"]),
            ("/roles", List, &[]),
            ("/help", Help, &[]),
            ("/ask is a PO the same as a PM?", Compare, &["product-owner", "product-manager"]),
            // free text
            ("what is a po?", Define, &["product-owner"]),
            ("is a PO the same as a PM?", Compare, &["product-owner", "product-manager"]),
            ("how do I get into product management?", Transition, &["product-manager"]),
            ("who removes impediments for the scrum team?", Who, &["scrum-master"]),
            ("product owners vs scrum masters", Compare, &["product-owner", "scrum-master"]),
            (
                "difference between product leadership and product management",
                Compare,
                &["product-leader", "product-manager"],
            ),
            ("PM versus PMM", Compare, &["product-manager", "product-marketing-manager"]),
            ("pm or po, which one do I need?", Compare, &["product-manager", "product-owner"]),
            ("product manager compared to program manager", Compare, &["product-manager", "program-manager"]),
            ("I'm a BA, how do I become a PO?", Transition, &["business-analyst", "product-owner"]),
            ("how do I go from product leader back to pm", Transition, &["product-leader", "product-manager"]),
            ("who is the cpo", Define, &["chief-product-officer"]),
            ("tell me about engineering managers", Define, &["engineering-manager"]),
            // typos, scaled to word length
            ("what does a prodcut owner do", Define, &["product-owner"]),
            ("projct manager vs product manager", Compare, &["project-manager", "product-manager"]),
            ("what is a principle product manager", Define, &["principal-product-manager"]),
            ("whats a scrum mastr", Define, &["scrum-master"]),
            // ambiguous term: default reading
            ("what is a tpm", Define, &["technical-product-manager"]),
            // off-topic, including role-shaped questions about other things
            ("what is kubernetes?", None, &[]),
            ("difference between TCP and UDP?", None, &[]),
            ("how do I become a better cook?", None, &[]),
            ("who broke staging?", None, &[]),
            ("what does npm do", None, &[]),
            ("our pm is out today", None, &[]),
            // access asked for oneself is a request to an admin; who decides on access is a duty
            ("who do i ask to get access to the figma files?", None, &[]),
            // whether one person in the role is on a team
            ("is there a scrum master on the platform team? need help with our board", None, &[]),
            ("who decides which customers get access to a beta?", Who, &["product-manager"]),
            ("", None, &[]),
            ("???", None, &[]),
        ];
        check(&store, table);
    }

    #[test]
    fn the_question_is_found_whatever_surrounds_it() {
        use Intent::*;
        let store = Store::embedded().expect("the built-in store loads");
        let table: &[(&str, Intent, &[&str])] = &[
            // context around the question
            (
                "morning all! started on the billing squad this week, apologies if obvious, but what does an engineering manager look after?",
                Define,
                &["engineering-manager"],
            ),
            ("who removes blockers for the dev team? asking because we are stuck again tbh", Who, &["scrum-master"]),
            // a question after a few words of apology; "who" right after a role tells of it
            (
                "sorry silly one but what even is a director of product. sounds like a PM who directs traffic",
                Define,
                &["director-of-product"],
            ),
            // a person named in a remark beside a question about the role
            ("what's a PMM? the agency said 'our PMM Tobias' will join and I just smiled", Define, &["product-marketing-manager"]),
            // a question that points back at the role named before it
            ("group product manager — what's that role, is it a manager of managers?", Define, &["group-product-manager"]),
            // a state wished for is no move; a remark after the question names no role
            (
                "what does a delivery manager actually look after? meeting one tomorrow and I want to be prepared",
                Define,
                &["delivery-manager"],
            ),
            (
                "what does a principal PM do? I gather it's a title that means something different everywhere",
                Define,
                &["principal-product-manager"],
            ),
            (
                "Wondering how a scrum master compares to a delivery manager. The SM role sounds closer to what I do today.",
                Compare,
                &["scrum-master", "delivery-manager"],
            ),
            // a short scene before the owner asked for, a guess after it
            ("after the retro who follows up on the actions, is that the scrum master?", Who, &["scrum-master"]),
            // a duty spread across workstreams is a program's
            ("whose job is it to keep dates in step across all the migration workstreams?", Who, &["program-manager"]),
            ("who looks after career growth for the engineers?", Who, &["engineering-manager"]),
            // a product named like pay is no pay; a role once held is where a move starts
            ("who's supposed to write the spec for the new earn tab?", Who, &["product-manager"]),
            (
                "I used to be a business analyst before my sabbatical, how hard is it to move to product owner?",
                Transition,
                &["business-analyst", "product-owner"],
            ),
            // the one addressed, as chat says it, opens nothing
            ("ser who owns the product roadmap", Who, &["product-manager"]),
            ("what roles do you know? list em", List, &[]),
            // a move told as a climb
            ("how did you work your way up to VP of product? I'm a senior PM now", Transition, &["senior-product-manager", "vp-of-product"]),
            // the term says where the duty spreads, not what it is
            (
                "who coordinates the work across several squads for the data migration?",
                Who,
                &["project-manager"],
            ),
            // one by one, whatever a remark after the question compares
            (
                "what do a delivery manager and a product owner each look after? met both last week and they sounded much the same",
                Define,
                &["delivery-manager", "product-owner"],
            ),
            ("what are the duties of a business analyst and a product designer? new to the team", Define, &["business-analyst", "product-designer"]),
            // each asked in a question of its own, the second with its role said first
            (
                "ok but what does a BA look after, really? and product owner, what is that one doing all day?",
                Define,
                &["business-analyst", "product-owner"],
            ),
            // a question of its own that asks for help, with more questions after it
            ("how do I use this bot? do I need to tag it every time or does it read the whole channel?", Help, &[]),
            ("what are you? a new app showed up in the sidebar and nobody said anything", Help, &[]),
            (
                "What distinguishes a BA from a product owner? to me both sound like 'requirements people'",
                Compare,
                &["business-analyst", "product-owner"],
            ),
            (
                "EM or scrum master: which one is the people manager? both sound like bosses to me",
                Compare,
                &["engineering-manager", "scrum-master"],
            ),
            ("I'm a support lead, do you think I can go to a product owner role?", Transition, &["product-owner"]),
            // a role held somewhere for some years is where the asker stands
            (
                "business analyst at a bank for 6 years. how do I pivot into being a product owner?",
                Transition,
                &["business-analyst", "product-owner"],
            ),
            // a question without its question mark, with a remark that names another role after it
            (
                "ok quick one but what does a delivery manager do. our org chart has one sitting above the scrum masters who run our standups",
                Define,
                &["delivery-manager"],
            ),
            ("how do I use @rolecall? do I tag it or does it read the channel?", Help, &[]),
            ("what can this bot do? only explain roles or also answer about sprints and stuff?", Help, &[]),
            ("how do I ask you stuff - do I need to @ you every time or can I just reply in the thread?", Help, &[]),
            ("someone added a bot to #standups. what does it do", Help, &[]),
            // "help" told of the asker asks nothing of the bot
            ("how do I become a maintainer of this repo? I help in the support channel most days", None, &[]),
            // pay weighed, or set aside
            ("what's the pay difference between a PO and a BA?", None, &[]),
            ("PO vs BA, what's actually different besides the pay band?", Compare, &["product-owner", "business-analyst"]),
            // a credential named after a role
            ("do recruiters even care about a project manager certificate?", None, &[]),
            // a role held since some time is where the asker stands
            (
                "BA since last spring. what does it take to get promoted to PO here or anywhere?",
                Transition,
                &["business-analyst", "product-owner"],
            ),
            // how anyone in a role makes the move, whatever the question after it weighs
            (
                "how would a business analyst go about becoming a product owner? more of the same, or a different skill set?",
                Transition,
                &["business-analyst", "product-owner"],
            ),
            // "that" opening a clause ("sign off that …") points back at nothing: the question tells its duty
            (
                "who signs off that the feature is finished? I'm the project coordinator tracking the RAID log and nobody agrees",
                Who,
                &["product-owner"],
            ),
            // "who'd" asks as "who" does; several joining words may open the question
            ("ok so who'd run the sprint retro?", Who, &["scrum-master"]),
            ("hmm ok so who facilitates the retro then?", Who, &["scrum-master"]),
            ("new here, planning-wise who runs sprint planning?", Who, &["scrum-master"]),
            // a role set aside with "besides" is not asked about
            ("what does a lead PM actually own, besides being a senior PM with a fancier title?", Define, &["lead-product-manager"]),
            // "vs" after a bracket goes on from the role before the bracket
            ("PO (the agile one) vs BA, what's the diff?", Compare, &["product-owner", "business-analyst"]),
            // a comparison pointing back at a role named before it weighs the two
            ("my aunt calls me a program manager. is that the same as a project manager though?", Compare, &["program-manager", "project-manager"]),
            // "between" weighs only roles (or what points at them), not "between clients"
            (
                "Scrum master at an agency. I'd like to become a product owner instead of rotating between clients. how do I get there?",
                Transition,
                &["scrum-master", "product-owner"],
            ),
            // a move from a role here to a job outside them is not ours to answer
            ("scrum master for 3 years, now I want to become a data scientist. where do I start?", None, &[]),
            ("how would I go from product owner to CTO one day?", None, &[]),
            ("I'm a software engineer, how do I become a PM?", Transition, &["product-manager"]),
            // office, IT and finance chores belong to no product role, unless a product is built for them
            ("who's responsible for replacing broken laptops?", None, &[]),
            ("the wifi keeps dropping in meeting room b, who normally sorts that out?", None, &[]),
            ("who documents the business rules for the new payroll integration", Who, &["business-analyst"]),
            // "operating" is its own word, no typo of a role's "operations"
            ("what does a CEO actually do in a product operating model?", Define, &["ceo"]),
            // a role's remit asks what it is; line management of developers is the EM's
            ("could you advise on the remit of a product ops manager here", Define, &["product-operations-manager"]),
            ("who handles line management and career growth for our devs?", Who, &["engineering-manager"]),
            // markup
            ("<@U0BOT> :wave: what is a *business analyst*? https://wiki.example.com/roles", Define, &["business-analyst"]),
            ("> someone said we need a PO\nis a PO the same as a PM?", Compare, &["product-owner", "product-manager"]),
            // where the asker stands
            ("as a business analyst, what's the way to become a product owner?", Transition, &["business-analyst", "product-owner"]),
            ("designer here, how would i move to product manager?", Transition, &["product-designer", "product-manager"]),
            // two roles sharing one head word
            ("how do program and project managers differ?", Compare, &["program-manager", "project-manager"]),
            (
                "delivery vs program vs project manager, who does what?",
                Compare,
                &["delivery-manager", "program-manager", "project-manager"],
            ),
            // an unknown role in a command is not answered
            ("/whatis unicorn wrangler", None, &[]),
            // one person, or a headcount, is not a question about the role
            ("who's the scrum master on the payments squad?", None, &[]),
            ("how many designers do we have in lisbon", None, &[]),
            // a duty in words no responsibility uses, when one role clearly leads
            ("who makes the wireframes before the devs start?", Who, &["product-designer"]),
            // the question asked with "who's", before a remark
            ("who's meant to run our standup? it keeps dragging into a 40 minute status call", Who, &["scrum-master"]),
            // a role asked for by a description that names another role it learns from
            ("which role is the junior one that learns the ropes from senior pms?", Who, &["associate-product-manager"]),
            // the role named in a remark is who does it now; the question asks who should
            (
                "at my place the PM approves the developers' time off. whose call should that really be?",
                Who,
                &["engineering-manager"],
            ),
            (
                "our pm has been doing the 1:1s with the backend devs. who should be doing them?",
                Who,
                &["engineering-manager"],
            ),
            // another role asked for than the one doing the work now
            (
                "at my last job the pm also wrote the sales deck and trained sales on launches. is there a dedicated role for that?",
                Who,
                &["product-marketing-manager"],
            ),
            ("our po runs every sprint ceremony. isn't facilitating those another role's job?", Who, &["scrum-master"]),
            ("what does a product leader do? is that a specific role or more of a vibe?", Define, &["product-leader"]),
            // the role above: whom a role reports to, or who manages it
            ("who do gpms usually report to?", Who, &["director-of-product"]),
            ("who manages the scrum masters?", Who, &["delivery-manager"]),
            // a question for an owner outweighs a remark naming a role
            ("who writes the launch messaging? our pm says it's not his job", Who, &["product-marketing-manager"]),
            // the duty told before the question that asks for its owner
            (
                "our backlog has 300 tickets and nobody knows what matters most. who should decide the order?",
                Who,
                &["product-owner"],
            ),
        ];
        check(&store, table);
    }

    #[test]
    fn how_a_message_is_said_decides_what_it_asks() {
        use Intent::*;
        let store = Store::embedded().expect("the built-in store loads");
        let table: &[(&str, Intent, &[&str])] = &[
            // "get to" a role is a move; "get to decide" is not
            (
                "senior pm here, how do I get to group pm?",
                Transition,
                &["senior-product-manager", "group-product-manager"],
            ),
            ("do POs get to decide the sprint scope?", Define, &["product-owner"]),
            // the bot asked what it is, or how to phrase a command
            ("what are you?", Help, &[]),
            ("how do I ask you for a comparison, what's the format?", Help, &[]),
            ("how does this bot work?", Help, &[]),
            // words about asking in someone else's question are not about the bot
            ("how do I explain a gap year in interviews? they ask 'what were you doing'", None, &[]),
            // an arrow is a move
            (
                "associate pm → group pm, realistic in 3 years?",
                Transition,
                &["associate-product-manager", "group-product-manager"],
            ),
            ("data analyst -> PO: how?", Transition, &["product-owner"]),
            // the role the asker holds makes a move, even with a comparison word
            (
                "I work as a business analyst and want to become a product owner, how different is it?",
                Transition,
                &["business-analyst", "product-owner"],
            ),
            (
                "product designer here. aiming for head of product one day",
                Transition,
                &["product-designer", "head-of-product"],
            ),
            // a title word alone borrows the rest of a role named nearby
            (
                "any advice on going from senior pm to lead?",
                Transition,
                &["senior-product-manager", "lead-product-manager"],
            ),
            ("head of product, how do I reach vp level?", Transition, &["head-of-product", "vp-of-product"]),
            (
                "which is more senior, a principal pm or a group pm?",
                Compare,
                &["principal-product-manager", "group-product-manager"],
            ),
            // a command quoted as code is still a command
            ("`/compare pm po`", Compare, &["product-manager", "product-owner"]),
            // news, opinions and other people's business are not questions
            ("big congrats to Sam on becoming our head of product!", None, &[]),
            ("finally got promoted to lead pm last week", None, &[]),
            ("i think the product owner role is underrated", None, &[]),
            ("why do scrum masters keep moving our standup??", None, &[]),
            ("our delivery manager role is vacant again", None, &[]),
            ("anyone know who the product designer on growth is now?", None, &[]),
            // a role only mentioned beside the question is not asked about
            ("what does a program manager do? my product owner mentioned one", Define, &["program-manager"]),
            // everyday ways of saying it
            ("wat is a brand manager", Define, &["brand-manager"]),
            ("desc of delivery manager pls", Define, &["delivery-manager"]),
            (
                "designer for 3 years, thinking about making the jump to product owner",
                Transition,
                &["product-designer", "product-owner"],
            ),
            ("i wanna be a product marketing manager one day, how", Transition, &["product-marketing-manager"]),
            (
                "how do i become a director of product? I lead a team as group pm today",
                Transition,
                &["group-product-manager", "director-of-product"],
            ),
            ("show me every role you have", List, &[]),
            ("how do i ask the bot things, is there a guide?", Help, &[]),
            // pay is out of scope, but not a question that sets pay aside
            ("what does a senior pm earn in berlin?", None, &[]),
            (
                "lead pm vs group pm, what differs besides the salary?",
                Compare,
                &["lead-product-manager", "group-product-manager"],
            ),
            ("in a bank with no product people, who writes the business requirements?", Who, &["business-analyst"]),
            ("anyone know who the current scrum master on mobile is?", None, &[]),
            ("who is the product owner at Spotify?", None, &[]),
            ("who moved the planning doc? the product owner can't find it", None, &[]),
            ("who is facilitating standup tomorrow?", None, &[]),
            // a past move is context, the question is what follows
            ("just got promoted to group pm! what is that role expected to own?", Define, &["group-product-manager"]),
            // a duty named in other words, with its condition left aside
            ("who puts together the one-pagers the sales reps hand out?", Who, &["product-marketing-manager"]),
            ("who refreshes the project schedule whenever milestones move?", Who, &["project-manager"]),
            ("which role is responsible for the design system?", Who, &["product-designer"]),
            ("who decides which features we ship next sprint?", Who, &["product-owner"]),
            ("who owns our logo and brand colours?", Who, &["brand-manager"]),
            ("who sets limits on how much work the team has in progress?", Who, &["delivery-manager"]),
            ("which role checks the app works with screen readers?", Who, &["product-designer"]),
            (
                "in a big org, which role decides how product investment is split between divisions?",
                Who,
                &["svp-of-product"],
            ),
            // asking how a command works is asking for help
            ("what do i type after /path?", Help, &[]),
            ("which job titles can you answer questions about?", List, &[]),
            // a role named as the object of a duty is not one person for a team; a duty clearly
            // owned wins over a word that also asks about careers
            ("who runs the promotion calibration for product managers in a division?", Who, &["director-of-product"]),
            ("who defines the career ladder for pms?", Who, &["vp-of-product"]),
            // a count of things is "several"
            ("who coordinates 4 projects that share one launch date?", Who, &["program-manager"]),
            // a role asked for by what it does
            ("what do you call the person who removes impediments for a scrum team?", Who, &["scrum-master"]),
            ("what's the job title for someone who writes launch messaging?", Who, &["product-marketing-manager"]),
            (
                "which role is the senior IC who leads the riskiest bets without any reports?",
                Who,
                &["principal-product-manager"],
            ),
            ("is product owner even a real job title?", Define, &["product-owner"]),
            // the bot named in a question about what it is, whatever follows
            ("what's rolecall? it popped up in our team channel", Help, &[]),
            ("what are you and who installed you here", Help, &[]),
            ("what's the rolecall bot meant to help with?", Help, &[]),
            // a command quoted by name inside a question about the commands
            ("`/compare` gives me nothing, what's the right way to use the commands?", Help, &[]),
            ("which product roles are in ur database? every one of them", List, &[]),
            // two roles weighed as a choice, or one set against the other
            (
                "to run a migration across four clinics, is a project manager or a program manager the better fit?",
                Compare,
                &["project-manager", "program-manager"],
            ),
            (
                "what does a product owner handle that a scrum master doesnt",
                Compare,
                &["product-owner", "scrum-master"],
            ),
            // "break down" explains; "get hired as" is a move
            ("could someone break down what a lead pm owns?", Define, &["lead-product-manager"]),
            ("what does it take to get hired as a product owner?", Transition, &["product-owner"]),
            // a sum weighed as pay
            ("got offered 90k for a senior pm role, is that fair?", None, &[]),
            // the questions the bot takes, and whether it is a person
            ("what kind of questions do you take?", Help, &[]),
            ("r u a real person or a bot", Help, &[]),
            ("pls list all the designations you know", List, &[]),
            // someone away, and someone reached, are no move
            ("is our PO on holiday this week? can't reach her", None, &[]),
            // roles asked one at a time, with the comparison declined
            (
                "describe a BA and a PO one by one, comparison not required",
                Define,
                &["business-analyst", "product-owner"],
            ),
            (
                "two quick definitions please: product owner, scrum master. one line each",
                Define,
                &["product-owner", "scrum-master"],
            ),
            // retraining, applying, a post reached and a promotion case are moves
            ("is it too late to retrain as a scrum master at 45?", Transition, &["scrum-master"]),
            ("should I apply for PO straight away or wait a year?", Transition, &["product-owner"]),
            ("how can I get to a senior pm role from here?", Transition, &["senior-product-manager"]),
            (
                "I'm a PM going for senior PM, what goes in a promo case?",
                Transition,
                &["product-manager", "senior-product-manager"],
            ),
            // a term in another job's title is no question about the term
            ("what is a scrum coach responsible for?", None, &[]),
            ("explain the role of a ux researcher on a product trio", None, &[]),
            // input asked for is no welcome; what was given is not asked; a joke asks for a laugh
            (
                "I'd like to know if a product owner and a business analyst are basically the same job. Views welcome.",
                Compare,
                &["product-owner", "business-analyst"],
            ),
            ("thanks <@U1ABC>, that breakdown of the PMM role was just what I needed", None, &[]),
            ("joke: what do you call a product manager with no roadmap? unemployed", None, &[]),
            // a junior version of a role set beside the role is the role it grows into
            (
                "is an APM basically a junior PM, or something else?",
                Compare,
                &["associate-product-manager", "product-manager"],
            ),
            // what the bot can do, asked however it is put
            ("is this bot able to reply in Spanish?", Help, &[]),
            ("is this thing only for role questions? what's it for?", Help, &[]),
            ("how do I use rolecall? tried typing `rolecall po` and got nothing", Help, &[]),
            ("which kind of role can I ask you about? pls list", List, &[]),
            ("which roles do you know? only PM related ones?", List, &[]),
            // titles told in a remark ask for no list
            (
                "can you say what a PO does and, separately, what an SM does? our vendor uses both titles",
                Define,
                &["product-owner", "scrum-master"],
            ),
            // the people greeted before the question
            ("hey all who usually orders the backlog", Who, &["product-owner"]),
            // a meeting moved is no move
            ("who's our PO this sprint? I need to move the review", None, &[]),
            ("is delivery manager just another name of scrum master?", Compare, &["delivery-manager", "scrum-master"]),
            (
                "I work as a business analyst now. is it possible to change to product owner?",
                Transition,
                &["business-analyst", "product-owner"],
            ),
            (
                "as a current PM what's the path to director of product?",
                Transition,
                &["product-manager", "director-of-product"],
            ),
            // how many products is no duty
            ("who owns the roadmap for a single product?", Who, &["product-manager"]),
            // "who" of the person described asks for no owner
            (
                "for someone who loves research and process, is a BA or a product ops manager the better fit?",
                Compare,
                &["business-analyst", "product-operations-manager"],
            ),
            ("waht's a group pm?", Define, &["group-product-manager"]),
            // definitions asked for are given one by one
            (
                "need short definitions for our org chart: head of product, director of product",
                Define,
                &["head-of-product", "director-of-product"],
            ),
            // one person's offer
            ("does anyone know if Dev accepted the head of product offer yet?", None, &[]),
            // "here" after where one goes is the company
            (
                "how does an APM get promoted to senior PM here?",
                Transition,
                &["associate-product-manager", "senior-product-manager"],
            ),
            // a short question of its own that checks what was said
            (
                "a VP once told me a CPO is just a VP of product with a bigger title. is it?",
                Compare,
                &["vp-of-product", "chief-product-officer"],
            ),
            ("which exec owns product strategy for the whole company?", Who, &["chief-product-officer"]),
            // the setting after the duty is no part of it
            ("who writes the PRD on most teams?", Who, &["product-manager"]),
            // up to speed is no move
            (
                "explain the role of a PMM to me, I have ten minutes to get up to speed",
                Define,
                &["product-marketing-manager"],
            ),
            // the bot called by name, or asked if it is a chat model
            ("rolecall, what are you exactly?", Help, &[]),
            ("are you gpt or a real person?", Help, &[]),
            // a plea before the question
            ("kindly who signs off the acceptance of finished stories?", Who, &["product-owner"]),
            // a duty put with "who is …ing", no day given; one occasion joined
            ("who is facilitating the retrospective in a scrum team?", Who, &["scrum-master"]),
            ("who is talking to users to decide what gets built?", Who, &["product-manager"]),
            ("who will come to the team lunch?", None, &[]),
            ("who is running the retro on wednesday?", None, &[]),
            // two roles offered for one post, or weighed by which stands higher
            (
                "PO or BA: which one should we hire for the claims squad?",
                Compare,
                &["product-owner", "business-analyst"],
            ),
            (
                "our unit is moving to kanban. product owner or scrum master, which do we need?",
                Compare,
                &["product-owner", "scrum-master"],
            ),
            ("PO vs SM: who has more authority in sprint planning?", Compare, &["product-owner", "scrum-master"]),
            (
                "who ranks higher, Group PM or Principal PM?",
                Compare,
                &["group-product-manager", "principal-product-manager"],
            ),
            // a role named next is no event of the one before
            (
                "What's the difference between the project manager, program manager and delivery manager titles?",
                Compare,
                &["project-manager", "program-manager", "delivery-manager"],
            ),
            // guesses after a comma are no part of the duty
            ("who normally writes the spec, PM or eng?", Who, &["product-manager"]),
            // the role said first, then what it does asked with a pronoun
            (
                "could you tell me briefly what a BA does? and scrum master too, what do they do?",
                Define,
                &["business-analyst", "scrum-master"],
            ),
            // a pay allowance and a staffing ratio are no question about the role
            ("what's the London pay allowance for a senior PM these days?", None, &[]),
            ("what ratio of BAs to developers do other banks run?", None, &[]),
            // one person's papers to read, a recruiter or the best course to take
            ("can anyone look over my cover letter for an APM role?", None, &[]),
            ("anyone know a decent headhunter for senior PM roles?", None, &[]),
            ("what's the best course for a new product owner?", None, &[]),
            // the bot as what a question is about
            ("does the bot work in private messages?", Help, &[]),
            ("is there a command for comparing roles?", Help, &[]),
            // requests routed somewhere; a move put as passing to a role
            ("our BA is out till Tuesday, please route requests to Sam", None, &[]),
            ("I'm a QA engineer, can I pass to product owner?", Transition, &["product-owner"]),
            // pay named as all that may differ between two roles
            (
                "senior PM vs lead PM, is it just the salary that changes?",
                Compare,
                &["senior-product-manager", "lead-product-manager"],
            ),
            // the parts of the business a duty spans, each named; another job asked about
            ("who manages dependencies across the billing, legal and HR workstreams?", Who, &["program-manager"]),
            ("what do recruiters check for IT roles?", None, &[]),
            // "actually" as "currently", said of oneself
            ("actually I am working as business analyst in the payments team, hello all", None, &[]),
            // the role one may be once ready; the command's name typed as a word
            (
                "I'm a PM now. how long before I can be a senior PM?",
                Transition,
                &["product-manager", "senior-product-manager"],
            ),
            ("@rolecall whatis product owner", Define, &["product-owner"]),
            // how the bot is used, not what it thinks of something else
            ("can I use rolecall in a private chat?", Help, &[]),
            ("does the bot have an opinion on tabs versus spaces?", None, &[]),
            // the work one moves into is the role; the work two roles do together weighs them
            ("I'm a scrum master. how do I get into PO work?", Transition, &["scrum-master", "product-owner"]),
            (
                "how do the PMM and the brand manager work together? where does one stop and the other start?",
                Compare,
                &["product-marketing-manager", "brand-manager"],
            ),
            ("SM or PM for the retrospective phase?", Compare, &["scrum-master", "product-manager"]),
            // the question said again; a copy someone holds; another job's role; "about" as roughly
            ("I mean who owns the positioning for a launch?", Who, &["product-marketing-manager"]),
            ("who has the link to the roadmap deck?", None, &[]),
            ("what is the role of the recruiter when we hire a PO?", None, &[]),
            ("For context, I was a PO at my last company for about two years before joining here.", None, &[]),
            // each role asked on its own, whatever a remark says of who is who
            (
                "could you explain what a PO is, and separately what an SM is? both are on the invite and I don't know who is who",
                Define,
                &["product-owner", "scrum-master"],
            ),
            // a title with the track it names
            (
                "I'm a senior PM and my director mentioned the lead track. how do I get there?",
                Transition,
                &["senior-product-manager", "lead-product-manager"],
            ),
            // two roles offered as a choice to make, the choosing said before them or asked after
            ("should we hire a TPM or a regular PM for the data platform work?", Compare, &["technical-product-manager", "product-manager"]),
            (
                "career changer from teaching. program manager or product ops manager, which should I be aiming at?",
                Compare,
                &["program-manager", "product-operations-manager"],
            ),
            (
                "no interest in managing people. lead PM or principal PM, which path suits me?",
                Compare,
                &["lead-product-manager", "principal-product-manager"],
            ),
            // how long the work lasts is no time spent in the role
            (
                "scrum master or delivery manager for a 2 year migration, which should we hire?",
                Compare,
                &["scrum-master", "delivery-manager"],
            ),
            ("I've been a delivery manager for the last 3 years, how do I become a program manager?", Transition, &["delivery-manager", "program-manager"]),
            // the owner asked for last, or a role offered beside someone else, or two offered for a duty
            ("wireframes are made by whom generally?", Who, &["product-designer"]),
            // what a brand is worth is no pay; the pay band asked for and the terms of a job are
            ("who looks after brand equity and the brand guidelines?", Who, &["brand-manager"]),
            ("what band is a business analyst in the civil service?", None, &[]),
            // news of one's own new role; the slides of a session named after a role
            ("starting my new role as a scrum master tomorrow, wish me luck", None, &[]),
            ("can someone share the deck from the BA session?", None, &[]),
            // the roles asked to be shared; openings to fill are no list of roles
            ("please share the roles you can explain", List, &[]),
            // two roles weighed for a post or for oneself, one named with its kind
            ("for the new squad, would an APM or a junior PO be more useful?", Compare, &["associate-product-manager", "product-owner"]),
            (
                "if I enjoy coaching more than paperwork, would I be happier as a scrum master or a product owner?",
                Compare,
                &["scrum-master", "product-owner"],
            ),
            // which of two to become, weighed before them
            ("would it be better to become a PO or an SM after my bootcamp?", Compare, &["product-owner", "scrum-master"]),
            // a bonus is pay; how one ends up in a role is a move
            ("what's the bonus like for a scrum master in our company?", None, &[]),
            ("how does someone end up as a product ops manager?", Transition, &["product-operations-manager"]),
            // who fills a role for one team is a person
            ("who is covering the scrum master role for the payments team?", None, &[]),
            // the whole company's P&L is the CEO's
            ("who answers for the whole company's P&L, the CEO?", Who, &["ceo"]),
            // the work one moves towards is the role
            ("I'm a BA. how do I move towards PO work?", Transition, &["business-analyst", "product-owner"]),
            // a title gone to, with the rest of its name said before
            (
                "senior PM thinking of going principal rather than managing people, how do I make the case?",
                Transition,
                &["senior-product-manager", "principal-product-manager"],
            ),
            ("which open roles do we have in product?", None, &[]),
            ("notice period for BA roles is three months everywhere or just here?", None, &[]),
            // the same place is where a move happens, not a likeness
            (
                "BA to PO move possible in the same team? what should I learn",
                Transition,
                &["business-analyst", "product-owner"],
            ),
            ("is it the PM who runs the stand-up or somebody else?", Who, &["scrum-master"]),
            ("performance reviews for the devs: should the PM do them or the EM?", Who, &["engineering-manager"]),
            // an "x" between two roles sets them side by side
            ("ba x po, which one talks to the business more?", Compare, &["business-analyst", "product-owner"]),
            // the people addressed before the question
            ("folks who writes the release notes usually?", Who, &["product-manager"]),
            ("gente who runs the retro?", Who, &["scrum-master"]),
            ("how someone becomes a head of product?", Transition, &["head-of-product"]),
            // examples of those the work is done with are no guesses at the owner
            ("who gathers requirements from groups such as ops, legal and hr?", Who, &["business-analyst"]),
            // which person holds the role here, or which role one person holds
            ("who's the delivery manager here?", None, &[]),
            ("who is the scrum master on this project?", None, &[]),
            ("is tomas their scrum master or the delivery manager?", None, &[]),
            // an opening, not a question about the role
            ("the product owner role is up on our careers page, please share it", None, &[]),
            ("how do i use the product-roles bot?", Help, &[]),
            ("pm and po, who's who? both sit in our refinement", Compare, &["product-manager", "product-owner"]),
            // the field one moves into stands for its usual role
            ("how would a support agent get into product?", Transition, &["product-manager"]),
            ("what does an analytics lead do, and should the role report into product?", None, &[]),
            // a polite way into the question
            ("may I ask who runs the sprint retrospective?", Who, &["scrum-master"]),
            // guesses where one is ours guess at that one
            ("who signs off UAT? QA or the business side?", Who, &["product-owner"]),
            ("who documents the business rules now that we're agile? still the BA?", Who, &["business-analyst"]),
            // one person arriving, a person called by a title
            ("when does our new delivery manager start?", None, &[]),
            ("can we move the retro to 4pm? 3pm clashes for PO-san", None, &[]),
            // what goes into a release is no move
            ("who decides what goes into a sprint — po or em?", Who, &["product-owner"]),
            ("are POs paid more than BAs?", None, &[]),
            ("what does a recruiter ask in a first call for a PO job?", None, &[]),
            // how the roles named before the question rank
            (
                "senior pm / lead pm / group pm... what is the order? which is highest?",
                Compare,
                &["senior-product-manager", "lead-product-manager", "group-product-manager"],
            ),
            (
                "how did you go from IC PM to GPM? i've been at the same level for ages",
                Transition,
                &["product-manager", "group-product-manager"],
            ),
            ("Brown bag friday: 'From SM to PO' with Ana at noon, join us if you're free", None, &[]),
            ("could you list every role you know? pm, po, tpm etc", List, &[]),
            ("scrum master responsibility is only meetings? or more?", Define, &["scrum-master"]),
            // a plain setting before or after a duty of one word is no part of it
            ("who owns the roadmap in our team?", Who, &["product-manager"]),
            ("in agile who owns the backlog?", Who, &["product-owner"]),
            ("anyone know if the head of product will join the offsite?", None, &[]),
            ("product management is honestly the best career", None, &[]),
            ("who does the market sizing for a new add-on?", Who, &["product-manager"]),
            // question words of Spanish or Portuguese in an English sentence
            ("qué hace un product owner?", Define, &["product-owner"]),
            ("cual es la diferencia entre PM y PO?", Compare, &["product-manager", "product-owner"]),
            // particles that close a clause for tone, "who job", a doing word after "who"
            ("removing blockers for the devs is who job lah", Who, &["scrum-master"]),
            ("backlog ordering usually who do one?", Who, &["product-owner"]),
            ("eh who removes impediments for the devs?", Who, &["scrum-master"]),
            ("sorry noob qn, GPM is what role?", Define, &["group-product-manager"]),
            // what the bot does, asked of it
            ("@teambot what do you do exactly?", Help, &[]),
            ("this bot can do what?", Help, &[]),
            ("@teambot who owns the roadmap?", Who, &["product-manager"]),
            // an opinion of one role asked for; two roles weighed still compare
            ("PO role better than dev or not? opinions pls", None, &[]),
            ("PM or designer first for a tiny team? opinions welcome", Compare, &["product-manager", "product-designer"]),
            ("how much do freelance scrum masters charge a day?", None, &[]),
            // the comparison asked; a move told after it
            (
                "is a scrum master the same as a delivery manager? our SMs should become DMs next year",
                Compare,
                &["scrum-master", "delivery-manager"],
            ),
            (
                "want to go into PMM someday. how does anyone get into product marketing?",
                Transition,
                &["product-marketing-manager"],
            ),
            ("need to find out what CPO role cover, can help?", Define, &["chief-product-officer"]),
            ("I was Projektleiter for ten years, how do I become a PO?", Transition, &["project-manager", "product-owner"]),
            // Tagalog mixed in: its question words, and "po" said for respect, not the role
            ("sino po ang nag-aapprove ng release notes sa team?", Who, &["product-manager"]),
            ("ano po ba ang ginagawa ng scrum master?", Define, &["scrum-master"]),
            ("ano po pinagkaiba ng project manager at program manager?", Compare, &["project-manager", "program-manager"]),
            ("what does an engineering manager do po", Define, &["engineering-manager"]),
            ("thanks po! pano maging PO galing QA?", Transition, &["product-owner"]),
            ("pwede po ba ako maging PO kahit BA ako?", Transition, &["business-analyst", "product-owner"]),
            ("ba or po, which one fits a data-heavy team?", Compare, &["business-analyst", "product-owner"]),
            ("scrum master meaning po pls", Define, &["scrum-master"]),
            ("sino po dapat mag-update ng release calendar?", Who, &["delivery-manager"]),
            ("do you guys think AI will replace scrum masters?", None, &[]),
            // French and Swahili mixed in; "svp" is "please" only where it closes the question
            ("c'est quoi un delivery manager svp?", Define, &["delivery-manager"]),
            ("qui gère le backlog dans une équipe scrum?", Who, &["product-owner"]),
            ("Comment devenir product owner quand je suis business analyst?", Transition, &["business-analyst", "product-owner"]),
            ("delivery manager ni nini? asante", Define, &["delivery-manager"]),
            ("nani huandika user stories kwa sprint?", Who, &["product-owner"]),
            ("path to group PM? niko senior PM currently", Transition, &["senior-product-manager", "group-product-manager"]),
            ("bonjour, svp of product vs vp of product?", Compare, &["svp-of-product", "vp-of-product"]),
            ("ma ze scrum master?", Define, &["scrum-master"]),
            // a company's hiring rounds counted; agree or disagree asked; the bot asked about
            ("how many interview rounds does a PO role usually have here?", None, &[]),
            ("what does a PO do? prepping for my interview rounds", Define, &["product-owner"]),
            ("CPO from day one is a must. agree or disagree?", None, &[]),
            ("hi, what does this bot do exactly?", Help, &[]),
            ("project manager and program manager, what's the diffrence?", Compare, &["project-manager", "program-manager"]),
            // a gloss in brackets of a role named earlier; an SMS is a text message
            ("GPM vs PM? (group product manager I mean)", Compare, &["group-product-manager", "product-manager"]),
            ("what does an SMS gateway do?", None, &[]),
            ("how do we price an SMS service like ours?", None, &[]),
            // a filler that opens the question; a preference asked of the readers
            ("um who owns the pricing page copy?", Who, &["product-marketing-manager"]),
            ("so yeah who runs the sprint retro", Who, &["scrum-master"]),
            ("which do you all personally prefer, PO or SM work?", None, &[]),
            ("would you rather be a delivery manager or a project manager?", None, &[]),
            ("which fits a small agency better, a delivery manager or a project manager?", Compare, &["delivery-manager", "project-manager"]),
            // letters said one by one, as a voice typing tool writes them
            ("so what does a pee em actually do all day", Define, &["product-manager"]),
            ("um how does a B A become a product owner", Transition, &["business-analyst", "product-owner"]),
            ("tee pee em versus pee em whats the real difference", Compare, &["technical-product-manager", "product-manager"]),
            // pay as a joke beside a comparison; two terms in a remark; who did something once
            ("head of product vs director?? or is one only the other with a higher salary", Compare, &["head-of-product", "director-of-product"]),
            ("GPM vs lead PM. does the G stand for salary", Compare, &["group-product-manager", "lead-product-manager"]),
            ("PO vs SM, which one earns more?", None, &[]),
            ("two hours of backlog refinement and sprint planning back to back, send coffee", None, &[]),
            ("who merged this branch on friday night", None, &[]),
            // a manner wished for is no move; a role asked about beside a move told
            ("what's a delivery manager? I don't want to be rude when I meet ours", Define, &["delivery-manager"]),
            ("changing careers after 8 years of teaching. a friend mentioned 'business analyst', what is that role?", Define, &["business-analyst"]),
            ("what does a delivery manager do. my title change might be a promotion or a move sideways", Define, &["delivery-manager"]),
            ("how do you get to be a head of product one day?", Transition, &["head-of-product"]),
            ("am a scrum master, fancy being a delivery manager next, what should i learn", Transition, &["scrum-master", "delivery-manager"]),
            // who some people are, not what a role is
            ("what does a scrum master do? run meetings or just coach the people who do", Define, &["scrum-master"]),
            ("anyone know who the product designer is for the mobile app?", None, &[]),
            ("what do you all think of the new VP of product? good hire?", None, &[]),
            ("which one of you is the delivery lead for payroll", None, &[]),
            ("what do you think of the PM role for someone like me?", Define, &["product-manager"]),
            // the bot as "this thing", its roles as those covered here
            ("ok what's this thing for? it just showed up in our channel", Help, &[]),
            ("does this thing only do role questions or can it do more?", Help, &[]),
            ("which roles are covered here? any list?", List, &[]),
            ("does this thing know all the product titles or only a few", List, &[]),
            // Vietnamese mixed into English
            ("cho em hỏi delivery manager là gì ạ?", Define, &["delivery-manager"]),
            ("BA với PO khác gì nhau vậy anh?", Compare, &["business-analyst", "product-owner"]),
            ("em là scrum master, muốn chuyển sang PO thì cần gì ạ", Transition, &["scrum-master", "product-owner"]),
            ("ai viết release notes ạ?", Who, &["product-manager"]),
            // Turkish mixed into English, with endings after an apostrophe
            ("hocam scrum master nedir tam olarak?", Define, &["scrum-master"]),
            ("BA ile PO arasında ne fark var?", Compare, &["business-analyst", "product-owner"]),
            ("BA'den PO'ya nasıl geçilir abi", Transition, &["business-analyst", "product-owner"]),
            // an owner asked for last, object first; the bot asked what it does
            ("release notes who writes usually?", Who, &["product-manager"]),
            ("this bot what does? first time here", Help, &[]),
            // Hindi mixed into English ("Hinglish"); an owner asked for at the end of a clause
            ("scrum master kya hota hai yaar?", Define, &["scrum-master"]),
            ("BA aur PO me kya farak hai bhai", Compare, &["business-analyst", "product-owner"]),
            ("project manager hu, program manager kaise banu?", Transition, &["project-manager", "program-manager"]),
            ("sprint retro kaun chalata hai?", Who, &["scrum-master"]),
            ("launch messaging who writes usually? PM or PMM?", Who, &["product-marketing-manager"]),
            // a role named as the one another is boss of; the help asked for is with a comparison
            ("what does a head of product do, are they the boss of all the pms?", Define, &["head-of-product"]),
            ("comms asked me the difference between a brand manager and a marketing manager. anyone / the bot able to help?", Compare, &["brand-manager", "marketing-manager"]),
            // to go a role is to move into it; a role named after "now that" is context
            ("been a BA for 4 yrs, thinking about going product owner. what does that look like?", Transition, &["business-analyst", "product-owner"]),
            ("engineering mgr, what's their job now that we have PMs?", Define, &["engineering-manager"]),
            // the bot asked what it is for; a debt paid down is no pay
            ("is this bot for role questions only? how do I talk to it", Help, &[]),
            ("who makes sure tech debt gets paid down?", Who, &["engineering-manager"]),
            // pay told beside a comparison asked is context; "em" after a doing word is "them"
            ("GPM vs director of product, same level? negotiating my day rate", Compare, &["group-product-manager", "director-of-product"]),
            ("SM and PO, what's the difference? people use em interchangeably", Compare, &["scrum-master", "product-owner"]),
            ("BA here, thinking about going for product owner next. what should I learn?", Transition, &["business-analyst", "product-owner"]),
            // a role named again in a later clause keeps the order the words stand in
            ("pm from tpm to pm? po", Transition, &["technical-product-manager", "product-manager"]),
            // which of two roles stands above the other weighs them
            ("PO and SM... who's the boss of who here?", Compare, &["product-owner", "scrum-master"]),
            ("delivery manager and project manager, who reports to who?", Compare, &["delivery-manager", "project-manager"]),
            // whose careers are looked after; where the asker stands when "if" sets it
            ("who handles the devs' career progression, the pm?", Who, &["engineering-manager"]),
            ("if I'm a scrum master at a small agency, how would I switch to product owner?", Transition, &["scrum-master", "product-owner"]),
            ("how can I become a product owner? coming from a business analyst role at an insurer", Transition, &["business-analyst", "product-owner"]),
            // what a name means, asked with "is that a separate role?"
            ("when folks say 'delivery manager', what do they mean? is that a separate role?", Define, &["delivery-manager"]),
            // why one asks, and how far into a change one is, are no moves
            ("what does a CPO even do all day, asking for my career dreams", Define, &["chief-product-officer"]),
            ("six months into this career change and still fuzzy on what a BA does, can someone explain simply?", Define, &["business-analyst"]),
            // who comes along once, an interview had, an application waiting: nothing to answer
            ("our PO booked a team lunch on friday, who is joining?", None, &[]),
            ("had my final interview for a PO role today!! fingers crossed, thanks for the tips everyone", None, &[]),
            ("anyone heard back from the BA role at that fintech? applied ages ago", None, &[]),
            // a product term the short question names says its duty, whatever the remark after it
            ("whose job is it to run the retro? we had one last week and nobody led it", Who, &["scrum-master"]),
            ("who owns the brand look and feel, logo usage and so on", Who, &["brand-manager"]),
            // "etc.?" ends a question: the guess after it is no duty
            ("who plans the campaigns, ad spend, events etc.? is that a product job or not", Who, &["marketing-manager"]),
            // "itself" says nothing of the duty; a bot named by what it is for; a rude "what"
            ("who takes care of the brand itself, the logo and the tone?", Who, &["brand-manager"]),
            ("what can the role bot do exactly?", Help, &[]),
            ("wtf is a delivery manager. sounds made up", Define, &["delivery-manager"]),
            // how far the asker stands from a role is a move; someone who moved on made none
            ("head of product here, what's the gap between me and a CPO?", Transition, &["head-of-product", "chief-product-officer"]),
            ("is sam the head of product at that startup now or did he move on?", None, &[]),
            // the plain role as a yardstick of the other; roles given as examples of those known
            ("what does a principal PM do that a normal PM doesn't?", Define, &["principal-product-manager"]),
            ("do you know roles like PO and SM as well, or only PM ones? what's the list", List, &[]),
            // where the asker stands, said as years in or a title on paper
            ("scrum master, 3 years in. how do I become a product owner?", Transition, &["scrum-master", "product-owner"]),
            ("I do all the launches (marketing manager on paper). how do I move into product marketing?", Transition, &["marketing-manager", "product-marketing-manager"]),
            // a role placed on one project, or one person's wish, told beside a question that
            // names the role again
            ("we have a BA on the project now. what is a business analyst exactly?", Define, &["business-analyst"]),
            ("our CPO wants coffee. what does a CPO do?", Define, &["chief-product-officer"]),
            // a question without its mark before a remark that names a term
            ("what is a delivery manager :eyes: nobody could explain it at the retro", Define, &["delivery-manager"]),
            // pay set aside; the roles the bot covers; a title pointed back at
            ("po vs sm, what does the SM add besides a bigger salary?", Compare, &["product-owner", "scrum-master"]),
            ("which titles are covered? like can it do delivery manager, BA etc or only PM stuff", List, &[]),
            ("what's a group product manager? my boss wants to use that title for the payments stream", Define, &["group-product-manager"]),
            // pay as the reason one asks; joining a call; what the bot holds; a recruiter sought
            ("ex nurse here, 52. what does a product owner actually do all week? asking because the salary seemed oddly high", Define, &["product-owner"]),
            ("can the PO from search jump on the 2pm with legal?", None, &[]),
            ("does it know all the product titles or just PM? what roles are in there", List, &[]),
            ("what's the recruiter's email for the BA opening? got someone to refer", None, &[]),
            // the bot told of inside a sentence, then asked about as "it"
            ("just noticed @rolecall got added here. could someone explain what it does and how to use it?", Help, &[]),
            // a move word far before the roles says nothing of their order
            ("got dragged into sprint planning a lot lately and liked it. how would an SM move over into a PO role?", Transition, &["scrum-master", "product-owner"]),
            // what each of two roles does differently compares them; what the asker should do
            // differently is part of a move
            ("is a head of product above a director of product? and what do they each do differently?", Compare, &["head-of-product", "director-of-product"]),
            ("senior PM aiming for group PM next year, what should I be doing differently?", Transition, &["senior-product-manager", "group-product-manager"]),
            // pay told in a remark beside a comparison that runs on from the sentence before
            ("two openings: one says head of product, the other director of product. how do those roles differ? no salary on either ad", Compare, &["head-of-product", "director-of-product"]),
            // "make that step" is a move
            ("BA to PO, how do people make that step and how long does it take?", Transition, &["business-analyst", "product-owner"]),
            // a guess at what the role asked about is, said with the plain role
            ("what's a product ops manager, is it just a PM who does the admin?", Define, &["product-operations-manager"]),
            // a later question that only points back asks the earlier one again
            ("who is meant to clear impediments for the squad? a blocker has sat on the pipeline for days, nobody moves on it since nobody thinks it's their job. whose role is that?", Who, &["scrum-master"]),
            // the owner among the kinds of the role named
            ("which kind of product manager usually owns the public API and its developer docs?", Who, &["technical-product-manager"]),
            // where the asker stands, and the move told in another sentence
            ("scrum master here (3 yrs, fintech). thinking of switching to product. where do I start?", Transition, &["scrum-master", "product-manager"]),
            ("business analyst in a small insurer team here. whats the best way to move into being a product owner?", Transition, &["business-analyst", "product-owner"]),
            ("currently a BA on the claims app. how do I step up from business analyst to product owner? the company just split them into two roles", Transition, &["business-analyst", "product-owner"]),
            // the asker says who they are and asks nothing; a riddle told with its answer
            ("I'm a scrum master by day, happy to chat agile with anyone over coffee", None, &[]),
            ("why did the product owner cross the road? to get to the other backlog", None, &[]),
            // the name people say, asked about
            ("when recruiters say 'product leader', what role is that meant to be?", Define, &["product-leader"]),
            ("who answers to the board for the whole business?", Who, &["ceo"]),
            // "go from that to X": the way from the role held
            ("been a BA on the claims team for 3 yrs. how do I go from that to product manager?", Transition, &["business-analyst", "product-manager"]),
            // the bot by name, as what one messages
            ("can I DM the rolecall bot or is it channels only", Help, &[]),
            // "which" opening a remark, and a generic "you", ask for no list
            ("the org chart has a box labelled principal product manager, which confuses everyone, since if you have no reports you have no title here. so what does a principal product manager do?", Define, &["principal-product-manager"]),
            // a shoutout that tells how others work; a move of an office
            ("shoutout to Priya, best PM we've had, she sat with the support team to see how they use it", None, &[]),
            ("the project manager for the office move says the movers come friday", None, &[]),
            // Tagalog: "ako" says where the asker is, or "I" before what they do
            ("scrum master ako dito, pano po ako magiging product owner?", Transition, &["scrum-master", "product-owner"]),
            ("ano-anong roles po ang kaya mong sagutin?", List, &[]),
            // a job named before the field it sits in
            ("I'm a copywriter in marketing, how do I move into a product marketing manager role?", Transition, &["product-marketing-manager"]),
            // Spanish question words said in any message
            ("cuál es el rol de un scrum master?", Define, &["scrum-master"]),
            ("product owner y business analyst, son lo mismo?", Compare, &["product-owner", "business-analyst"]),
            ("cómo paso de business analyst a product owner?", Transition, &["business-analyst", "product-owner"]),
            // the role that opens the message, then a wish, is the asker's
            ("scrum master 👋 wanna switch to being a PO. tips?", Transition, &["scrum-master", "product-owner"]),
            // the plain role a question measures by, after the role it asks about
            ("group PM — what do they do that a regular pm doesn't?", Define, &["group-product-manager"]),
            // the asking word last, Singapore style; "sama" is "same"
            ("TPM means what role ah", Define, &["technical-product-manager"]),
            ("program manager role is what ah. our vendor has one in the SOW", Define, &["program-manager"]),
            ("delivery manager and scrum master sama or not", Compare, &["delivery-manager", "scrum-master"]),
            // "which role" with the doing word plain
            ("on our team which role run the retro?", Who, &["scrum-master"]),
            // someone the asker knows, who said something, is no end of the move
            ("QA engineer here, my PO said I should try the BA path. how do I make that switch?", Transition, &["business-analyst"]),
            // a named person's manager; where one team's holder is today
            ("who is Priya's manager? need a sign-off", None, &[]),
            ("anyone know if the PO of the search team is in today?", None, &[]),
            // the bot asked what it does, in the order of a statement
            ("hmm who installed this bot, what it can do?", Help, &[]),
            // what the life is, told
            ("scrum master life so busy lah", None, &[]),
            ("a day in the life of a scrum master?", Define, &["scrum-master"]),
            // "the gig" is the job
            ("project manager - what's the gig exactly?", Define, &["project-manager"]),
            // an "or" of other things is no choice between the roles named
            ("our PO and the BA argued if the button should be red or green. anyway retro is at 4", None, &[]),
            // the bot asked what it does, a word of emphasis aside or a topic before "bot"
            ("who set up this bot and what does it even do", Help, &[]),
            ("yo bot, what you can do?", Help, &[]),
            ("what's this scrum bot for?", Help, &[]),
            // "wot" is "what"; the listener asked whether they hold a role
            ("wot is a delivery manager", Define, &["delivery-manager"]),
            ("@Kofi are you the PO on the payments revamp?", None, &[]),
            // a guess at what the role is, said plainly
            ("what's a principal PM? is it a PM who just has more years?", Define, &["principal-product-manager"]),
            // the kind of a role asked for by "which X role"
            ("which PM role normally owns the API platform and integrations?", Who, &["technical-product-manager"]),
            // another job on a piece of work, with no article
            ("who is tech lead on the billing rewrite?", None, &[]),
            // whether two jobs are one is asked, pay beside it
            ("program manager vs project manager - same job different pay band?", Compare, &["program-manager", "project-manager"]),
            // "crossing over to" a role is a move
            ("BA for 4 years, fancy crossing over to product owner. how?", Transition, &["business-analyst", "product-owner"]),
            // an owner question that a short guess closes, mark or none
            ("who writes the acceptance criteria — PO right?", Who, &["product-owner"]),
            // a clause that gives an example, or says the question again, asks nothing new
            ("which role owns the sprint ceremonies? like who books the retro room", Who, &["scrum-master"]),
            // more Spanish: a wish, where the asker is, what the bot is asked
            ("soy BA y quiero ser product owner, tips?", Transition, &["business-analyst", "product-owner"]),
            ("hola bot, cómo te uso?", Help, &[]),
            ("scrum master y delivery manager, en qué se diferencian?", Compare, &["scrum-master", "delivery-manager"]),
            ("ser who writes the user stories usually", Who, &["product-owner"]),
            // a bare title where a move goes is the product ladder's
            ("senior PM to director, how long does that take?", Transition, &["senior-product-manager", "director-of-product"]),
            ("director of product today, want be VP in two years. what changes?", Transition, &["director-of-product", "vp-of-product"]),
            // the question points at the role the clause before names, whatever guess follows
            ("principal PM — what is that exactly? a manager of PMs?", Define, &["principal-product-manager"]),
            // pay said not to be asked; posts to fill, told; what one person did
            ("what does a senior PM do that would justify the title? not a salary question", Define, &["senior-product-manager"]),
            ("we have 2 open BA roles in the claims team, referrals welcome", None, &[]),
            ("anyone know if our BA has finished the process maps?", None, &[]),
            // the role's work done a while, or the title said aside, is where the asker stands
            ("been doing BA stuff for years, how do i move into a PO role?", Transition, &["business-analyst", "product-owner"]),
            ("i run the sprints here (so technically scrum master). how do I get into delivery management?", Transition, &["scrum-master", "delivery-manager"]),
            // one time's holder
            ("who's the PO this sprint?", None, &[]),
            // a move's end said again more precisely
            ("senior PM, want to move into product leadership eventually, something like head of product. how?", Transition, &["senior-product-manager", "head-of-product"]),
            // Indonesian said in an English sentence
            ("apa itu delivery manager?", Define, &["delivery-manager"]),
            ("BA itu apa ya", Define, &["business-analyst"]),
            ("gimana caranya jadi scrum master?", Transition, &["scrum-master"]),
            ("siapa yang biasanya tulis user stories, PO atau orang lain?", Who, &["product-owner"]),
            // a move said as growing into a role; a courtesy after the question
            ("I am BA since 4 years and I would like to evolve to product owner. What are the steps?", Transition, &["business-analyst", "product-owner"]),
            ("how would one go about becoming a scrum master? views welcome, privately if you prefer", Transition, &["scrum-master"]),
            ("how does one get to be director of product", Transition, &["director-of-product"]),
            // "every" said of other things asks for no list; the bot asked what it is for
            ("can you explain the role of a program manager? ours joins every single call", Define, &["program-manager"]),
            ("hey @helperbot what are you even for", Help, &[]),
            ("wats a principal PM", Define, &["principal-product-manager"]),
            // the asker's own new title; a guess at what a role is; whether two are one level
            ("pls define delivery manager, new title for me as of monday", Define, &["delivery-manager"]),
            ("explain the CPO role. at a startup is it basically the founder or a separate job?", Define, &["chief-product-officer"]),
            ("lead PM vs principal PM — same level? asking for my day rate", Compare, &["lead-product-manager", "principal-product-manager"]),
            // a place, then the role there, is no person's title
            ("is a scrum master the same as a delivery manager? in Leeds the DM runs standups", Compare, &["scrum-master", "delivery-manager"]),
            // a feature named by what it does is no back-office thing
            ("who writes the release announcement for a feature like parking payments?", Who, &["product-marketing-manager"]),
            // a duty named by the field of a role
            ("who's responsible for ux/ui design usually", Who, &["product-designer"]),
            // a move said as a jump or as making the move; a title right after a role, an arrow between
            ("BA here, thinking of jumping to the PO side. how?", Transition, &["business-analyst", "product-owner"]),
            ("people say I should be a scrum master. how do I make that move?", Transition, &["scrum-master"]),
            ("lead PM -> director, what does that take", Transition, &["lead-product-manager", "director-of-product"]),
            // pay bands as the reason to ask
            ("head of product: what's the scope of that job? asking bc we're benchmarking comp bands", Define, &["head-of-product"]),
            // Portuguese said in an English sentence
            ("sou scrum master há 2 anos, como faço pra virar product owner?", Transition, &["scrum-master", "product-owner"]),
            ("de quem é a responsabilidade de escrever os user stories? normalmente", Who, &["product-owner"]),
            ("quem cuida das ferramentas de PM e dos dados de produto?", Who, &["product-operations-manager"]),
            ("o que esse bot faz?", Help, &[]),
            ("quais cargos vc conhece?", List, &[]),
            ("quem é o scrum master do time de onboarding?", None, &[]),
            ("parabéns pra Ana que virou PO!!", None, &[]),
            // "at work" is where; a sum made is pay; the people a role serves; a guess said bare
            ("my cousin at work is a business analyst, small world", None, &[]),
            ("apparently the PO makes like 40k more than us lol", None, &[]),
            ("what's a delivery manager, is it basically a project manager for scrum masters?", Define, &["delivery-manager"]),
            ("what is a principal PM, is it PM with no reports?", Define, &["principal-product-manager"]),
            ("head of product and CPO, overlapping jobs?", Compare, &["head-of-product", "chief-product-officer"]),
            ("tips to get a technical product manager job?", Transition, &["technical-product-manager"]),
            // a guess that opens with "like"; "for PMs" in a guess says whom the role serves
            ("what's a program manager, like a senior project manager or something else?", Define, &["program-manager"]),
            ("product ops manager?? is it basically IT support but for PMs", Define, &["product-operations-manager"]),
            // "who" after a person tells of them; "then" opens the question
            ("what does a head of product do? is it a people person who never codes?", Define, &["head-of-product"]),
            ("devs say running the retro isn't their job. then who should run it?", Who, &["scrum-master"]),
            // the doing word that closes an owner question, a setting after it
            ("sprint planning who runs in scrum?", Who, &["scrum-master"]),
            // a person to reach is someone in particular
            ("which team owns the search page? need a contact person", None, &[]),
            // a move to a side, or further up; one person's post or thing; one team asked for
            ("im a BA, thinking go product side as a PO, how?", Transition, &["business-analyst", "product-owner"]),
            ("I am head of product now, how to go further to CPO?", Transition, &["head-of-product", "chief-product-officer"]),
            ("who does Priya's scrum master role report to now?", None, &[]),
            ("has anyone read the PO's email about the release date?", None, &[]),
            ("which team owns the payments API?", None, &[]),
            ("who should draw the wireframes for the new flow?", Who, &["product-designer"]),
            // Chinese, as pinyin, said in an English sentence
            ("scrum master is shenme? our team no have", Define, &["scrum-master"]),
            // a command named after the bot's own
            ("/rolecall list", List, &[]),
            ("/rolecall compare po ba", Compare, &["product-owner", "business-analyst"]),
            // Swahili: "ama" closing a question, "gani" after a role
            ("is a delivery manager same as a scrum master ama?", Compare, &["delivery-manager", "scrum-master"]),
            ("sasa, principal PM ni role gani?", Define, &["principal-product-manager"]),
            // "em" for "them"; who holds a thing now; the roles the bot knows
            ("3 related projects start in Q2. who is meant to coordinate all of em?", Who, &["program-manager"]),
            ("who's got the login for the staging box?", None, &[]),
            ("who has access to the analytics workspace? need a dashboard", None, &[]),
            ("quick one before I start — which roles are in your list?", List, &[]),
            // more Spanish: a definition asked for, what changes between two, how to become
            ("definición de scrum master pls", Define, &["scrum-master"]),
            ("PO y BA, qué cambia?", Compare, &["product-owner", "business-analyst"]),
            ("cómo hago para volverme product owner?", Transition, &["product-owner"]),
            ("quién tiene el link de la retro?", None, &[]),
            // Hindi and Urdu: whose job, which role's job, what is called so
            ("daily standup chalana kis ka kaam hai?", Who, &["scrum-master"]),
            ("backlog prioritise karna — ye kis role ka kaam hai?", Who, &["product-owner"]),
            ("senior PM hun, GPM kaise banun?", Transition, &["senior-product-manager", "group-product-manager"]),
            // Norwegian and Swedish question words; a role's typical act, told
            ("hva gjør en scrum master?", Define, &["scrum-master"]),
            ("lol classic product manager move", None, &[]),
            // a move to another job, told before where it starts
            ("how do I become a software engineer from PO?", None, &[]),
            // "svp" closing a message is the French "please"; "en fait" is "actually"
            ("what is a delivery manager svp", Define, &["delivery-manager"]),
            ("difference between vp of product and svp", Compare, &["vp-of-product", "svp-of-product"]),
            ("en fait, who writes the user stories?", Who, &["product-owner"]),
            // Pidgin "who be" and "you be"; pay collected
            ("who be scrum master and wetin dem dey do?", Define, &["scrum-master"]),
            ("@Ada you be our BA abi?", None, &[]),
            ("heard say the new PO dey collect 2x wetin we dey collect", None, &[]),
            // a role that names whose tools they are; a guess that closes the message
            ("which role manages the PM tooling across teams?", Who, &["product-operations-manager"]),
            ("wat is a lead PM. is it like senior senior PM", Define, &["lead-product-manager"]),
            ("what does a TPM do? it is like tech lead but for PM?", Define, &["technical-product-manager"]),
            // more Turkish: what a role's job is, its responsibilities
            ("scrum master'ın işi ne oluyor?", Define, &["scrum-master"]),
            ("business analyst'in sorumlulukları neler?", Define, &["business-analyst"]),
            // a mark after a bracket asks what came before it; "vs." ends no sentence
            ("who tracks the project budget (burn vs. plan)? for the steering deck", Who, &["project-manager"]),
            // an owner question with no mark, a remark after a dash
            ("who runs the sprint retro — role i mean, not person", Who, &["scrum-master"]),
            // a guess at another job, where one role plainly does the work
            ("who prioritizes the product backlog? is it the CTO?", Who, &["product-owner"]),
            ("who patches the prod servers? is it devops?", None, &[]),
            // two roles, and how the work splits between them
            ("PO vs BA, who owns what? we keep doubling up", Compare, &["product-owner", "business-analyst"]),
            // a role added by a short question after the comparison
            ("how is a PM different from a PO? and a BA for that matter?", Compare, &["product-manager", "product-owner", "business-analyst"]),
            // the list asked for by a request after a question about one role
            ("do you know about scrum masters? actually just show me all the roles you know", List, &[]),
            ("does this bot only do agile roles? which ones does it know", List, &[]),
            // an opinion said, nothing asked
            ("hot take: every BA secretly wants to be a PO", None, &[]),
            ("the scrum master role is not dying. just saying.", None, &[]),
            // what a business moves is no career move
            ("program manager. what is that. we move parcels, not code", Define, &["program-manager"]),
            // who is free now, who holds a thing, whom to ask for an errand
            ("PO needs slides for the review. who's free to make them?", None, &[]),
            ("who's got the charger for the meeting room? scrum master demo in 10", None, &[]),
            ("need the firewall opened for the UAT box, who do i ask?", None, &[]),
            ("who's the best person to talk to about a Miro seat?", None, &[]),
            // how long the asker has held a role, told after the question
            ("how do I get to director of product? lead pm, 4 yrs in", Transition, &["lead-product-manager", "director-of-product"]),
            // a grade of other work is no role; a dash breaks a question
            ("what does a principal PM do — is it management or more of a senior IC?", Define, &["principal-product-manager"]),
            // a comparison pointing back with "their", across a dash
            ("scrum master and delivery manager — how do their jobs differ? our squad has both", Compare, &["scrum-master", "delivery-manager"]),
            // the full list, asked of the bot
            ("bot, do you do BA and PO too? show me the full list", List, &[]),
            // someone standing in for a role, told
            ("@Lee is covering PO duties while I'm on leave", None, &[]),
            // a bracket, then the sentence goes on to its mark
            ("which role runs the product tooling (jira, miro, etc) for the whole org?", Who, &["product-operations-manager"]),
            // Spanish with English role names
            ("soy scrum master desde hace 3 años, cómo le hago para pasarme a PO?", Transition, &["scrum-master", "product-owner"]),
            ("de BA a PO cuánto tarda normalmente?", Transition, &["business-analyst", "product-owner"]),
            ("a qué rol le corresponde el backlog?", Who, &["product-owner"]),
            ("q puestos tienes en tu lista?", List, &[]),
            ("hola bot, qué puedes hacer?", Help, &[]),
            ("quién se apunta a las pizzas después de la retro?", None, &[]),
            // who stands in for someone now; who did something once
            ("who's covering for the scrum master this week?", None, &[]),
            ("who ate the cake from the PM offsite", None, &[]),
            // Polish around English role names, with Polish endings
            ("co robi delivery manager?", Define, &["delivery-manager"]),
            ("jak przejść z business analysta na product ownera?", Transition, &["business-analyst", "product-owner"]),
            ("kto odpowiada za zbieranie wymagań od klienta?", Who, &["business-analyst"]),
            ("jakie role znasz?", List, &[]),
            ("delivery manager ante enti ra?", Define, &["delivery-manager"]),
            // the people a role sits over are not what "that role" points back at
            ("our new org chart has a director of product above all the PMs. what does that role cover?", Define, &["director-of-product"]),
            // the grade said after the role names the graded role
            ("what makes a product manager principal, in practice?", Define, &["principal-product-manager"]),
            ("so what makes a pm 'senior'? what does a senior pm take on that a newer one doesn't?", Define, &["senior-product-manager"]),
            ("czym różni się scrum master od delivery managera?", Compare, &["scrum-master", "delivery-manager"]),
            // the road to a role is a move; a road crossed is a joke
            ("so what's the road to head of product from here?", Transition, &["head-of-product"]),
            ("group pm -> director of product. what are the usual steps?", Transition, &["group-product-manager", "director-of-product"]),
            ("why did the scrum master cross the road? to unblock the chicken", None, &[]),
            // the project manager, said as "PM — project, not product"
            ("how do I become a program manager? I'm a PM, project not product", Transition, &["project-manager", "program-manager"]),
            // people of a team, a person's phone, who holds a copy, who is away
            ("is anyone from the BA team online? need a review", None, &[]),
            ("anyone got the scrum master's phone? standup link is dead", None, &[]),
            ("the roadmap deck got deleted. who has the backup", None, &[]),
            ("who's on holiday next week? need someone for PO duties", None, &[]),
            // a complaint about invites is no request for access
            ("what does a delivery manager do? i keep getting added to her meetings", Define, &["delivery-manager"]),
            // a recruiter's approach about an opening
            ("a recruiter just pinged me for a product owner role. anyone know the agency?", None, &[]),
            // what the bot can be asked is help
            ("is this the bot for product roles? what kinds of questions can I ask it", Help, &[]),
            // "who" after a person guessed at tells of them
            ("scrum master - what is it exactly? is it like a developer who runs meetings?", Define, &["scrum-master"]),
            // a purchase order; what one holder has now; names offered; a "who" that asks no one
            ("can the head of product approve this PO or does it go to finance", None, &[]),
            ("what does our CTO think about moving off the old POS system?", None, &[]),
            ("does the BA have Jira access yet?", None, &[]),
            // pay in a remark beside a question asked is no question about pay
            ("what is a chief product officer? it came up on the digital equity panel", Define, &["chief-product-officer"]),
            ("knock knock. who's there? the product owner. the product owner who?", None, &[]),
            ("i'm a product designer and want to become a PM. how, without losing salary?", Transition, &["product-designer", "product-manager"]),
            ("kaun kaun se roles cover karte ho?", List, &[]),
            ("does this bot cover only PM roles or also scrum master, BA etc?", List, &[]),
            ("udah 2 tahun jadi BA, gimana caranya pindah ke PO?", Transition, &["business-analyst", "product-owner"]),
            ("apa aja yang bisa kamu bantu?", Help, &[]),
            ("tbh we need a program manager for the rollout, too many moving parts", None, &[]),
            ("as a senior PM, how do I position myself for a group PM role?", Transition, &["senior-product-manager", "group-product-manager"]),
            ("a vendor's product manager wants 30 min on Friday, who wants to join?", None, &[]),
            ("¿qué roles conoces? only the PM ones or also scrum master?", List, &[]),
            // the sentence a question points back at is the one brackets break into
            ("we run three related launches (web, app, data export). who coordinates all of them?", Who, &["program-manager"]),
            ("any tips for going from business analyst (me, 4 yrs) to product owner?", Transition, &["business-analyst", "product-owner"]),
            ("who is hiring more backend engineers for the team, usually?", Who, &["engineering-manager"]),
            ("who writes the launch messaging for the new loyalty badge?", Who, &["product-marketing-manager"]),
            ("who builds the project plan for the office wifi upgrade?", Who, &["project-manager"]),
            ("describe a product designer's job pls, the designer from the agency is joining us monday", Define, &["product-designer"]),
            ("how do I become a product owner? our account has an opening", Transition, &["product-owner"]),
            ("who is writing the release notes this sprint, Ana or Joe?", None, &[]),
            ("head of product... what even is that, who needs that many layers", Define, &["head-of-product"]),
            // an owner question that opens "which role", with no mark
            ("which role prioritizes the product backlog in scrum", Who, &["product-owner"]),
            ("engineering manager vs tech product manager, how do they differ?", Compare, &["engineering-manager", "technical-product-manager"]),
            // the requirements doc for a new system is the business analyst's
            ("who writes the requirements doc for the new returns process?", Who, &["business-analyst"]),
            // Indonesian and Italian mixed into English
            ("delivery manager itu ngapain ya? baru denger", Define, &["delivery-manager"]),
            ("apa bedanya PO sama scrum master?", Compare, &["product-owner", "scrum-master"]),
            ("siapa yang pegang backlog di tim kita?", Who, &["product-owner"]),
            ("aku BA, gimana caranya jadi PO?", Transition, &["business-analyst", "product-owner"]),
            ("ragazzi, cosa fa un delivery manager esattamente?", Define, &["delivery-manager"]),
            ("qual è la differenza tra PO e scrum master?", Compare, &["product-owner", "scrum-master"]),
            ("sono BA, come posso diventare PO?", Transition, &["business-analyst", "product-owner"]),
            ("nini kazi ya delivery manager?", Define, &["delivery-manager"]),
            ("hii bot inafanya nini?", Help, &[]),
            ("was macht ein delivery manager genau?", Define, &["delivery-manager"]),
            ("como consigo uma vaga de PO sem experiência?", Transition, &["product-owner"]),
            ("bot, ano pwede ko itanong sayo?", Help, &[]),
            // "what role", how often, then the doing word
            ("what role usually keeps the RAID log?", Who, &["project-manager"]),
            // the back office in a condition before the question is context
            ("if the team is stuck waiting on legal review, whose job is it to remove impediments?", Who, &["scrum-master"]),
            // a meeting moved is no career move
            ("can the PO move sprint planning to 2pm? clash with the all hands", None, &[]),
            // "their job", "a manager of PMs": the role named before is the one asked about
            ("scrum master — what's their job now that we have POs too?", Define, &["scrum-master"]),
            ("head of product — is that basically a manager of PMs?", Define, &["head-of-product"]),
            ("paano sila naiiba, scrum master at delivery manager?", Compare, &["scrum-master", "delivery-manager"]),
            // "ty sm" thanks; an explanation asked for is a definition
            ("quick explanation of a delivery manager for the wiki? ty sm", Define, &["delivery-manager"]),
            // the kind of role that does the work told before
            ("someone has to map the current claims process before the new system. what kind of role usually does that?", Who, &["business-analyst"]),
            // an opening still open, its closing date
            ("is the scrum master role on the intranet still open? closing date is monday", None, &[]),
            // "who be" for "who is", of one person in the role
            ("who be the scrum master for payments?", None, &[]),
            ("tem vaga de BA aberta no time de pagamentos?", None, &[]),
            // a short scene before the owner question says nothing of the duty
            ("in a typical product org, which role owns the roadmap?", Who, &["product-manager"]),
            ("in a team like ours, who should be in charge of the roadmap?", Who, &["product-manager"]),
            ("the project budget belongs to which role, officially?", Who, &["project-manager"]),
            ("wer schreibt eigentlich the user stories bei uns?", Who, &["product-owner"]),
            ("wie werde ich scrum master?", Transition, &["scrum-master"]),
            // "pm" offered as a guess may be either manager
            ("who keeps the RAID log up to date? pm, ba, someone else?", Who, &["project-manager"]),
            // "pm" as a verb, with the thing sent before to whom
            ("could you pm the slides to me after the call?", None, &[]),
            // pay told in a remark, what the role does asked after it
            ("brand manager pays well but sounds like marketing. what is the actual work of that role?", Define, &["brand-manager"]),
            ("APM salary is so low. what does an APM even do?", Define, &["associate-product-manager"]),
            // what the role does, asked for a job ad
            ("delivery manager, duties? we need them for the job ad on the careers site", Define, &["delivery-manager"]),
            // how it should be said, and where the role is held, ask nothing more
            ("head of product in plain english?", Define, &["head-of-product"]),
            ("scrum master on a startup team?", Define, &["scrum-master"]),
            // a question that points back at the one role a remark named
            ("new role on the careers site: delivery manager. can anyone explain it?", Define, &["delivery-manager"]),
            // someone standing in for a named person
            ("who's covering for Priya as scrum master next week?", None, &[]),
            // "as their" role: the one the asker holds
            (
                "I run the backend team as their engineering manager. how would I move into product management?",
                Transition,
                &["engineering-manager", "product-manager"],
            ),
            // whose a duty is, said with "sit with", and "which role" closing the question
            ("timeline and budget sit with which role, usually?", Who, &["project-manager"]),
            // the skills a role needs, named without a verb
            ("skills for a delivery manager?", Define, &["delivery-manager"]),
            ("competencies of a business analyst?", Define, &["business-analyst"]),
            // how far a role goes, up a ladder or into the technical
            ("how senior is a lead PM, honestly?", Define, &["lead-product-manager"]),
            ("how technical are TPMs supposed to be?", Define, &["technical-product-manager"]),
            // the role first, said to be one thing or another
            ("head of product is a manager of managers or still hands on?", Define, &["head-of-product"]),
            // Taglish: "ay" links a thing to what it is; "may" is "has"
            ("ang scrum master ba ay coach lang or manager din?", Define, &["scrum-master"]),
            ("sino may extra HDMI cable?", None, &[]),
            // several squads a duty brings together are not what it is about
            ("who aligns the four squads on the app rewrite?", Who, &["program-manager"]),
            // one product, a season and an example said with "e.g." are no part of the duty
            ("who decides the roadmap for the loyalty app?", Who, &["product-manager"]),
            ("who owns the marketing plan for holiday season?", Who, &["marketing-manager"]),
            ("who is normally in charge of brand campaigns, e.g. something like a national radio ad?", Who, &["brand-manager"]),
            // others managed, listed before the role
            ("what is the head of product job like, is it mostly managing designers and PMs?", Define, &["head-of-product"]),
            // a guess at what the role is, after it is asked ("X what means") or where it ranks
            ("technical PM what means, is it just a PM who codes?", Define, &["technical-product-manager"]),
            ("what's a lead PM, is that above a senior pm?", Define, &["lead-product-manager"]),
            // how many of a role, counted
            ("how senior is a director of product? how many PMs under them?", Define, &["director-of-product"]),
            // pay set against pay, and whether one person holds a role
            ("is PO pay better than BA pay?", None, &[]),
            ("does anyone know if Tomasz is the new CPO?", None, &[]),
            // Turkish: which roles do you know
            ("hangi rolleri biliyorsun? list pls", List, &[]),
            // Dutch: what, how, which, who, and "ken je" as "do you know"
            ("wat is een delivery manager?", Define, &["delivery-manager"]),
            ("hoe word ik product owner?", Transition, &["product-owner"]),
            ("welke rollen ken je?", List, &[]),
            ("hoe gebruik ik deze bot?", Help, &[]),
            // what one of a role makes, with nothing made, is pay
            ("what does a scrum master make in Leeds?", None, &[]),
            // a role likened to another, in a question
            ("head of product is like a manager of managers?", Define, &["head-of-product"]),
            // "them" after the people the clause names points at them
            ("whose job is hiring engineers and coaching them? not the PM I hope", Who, &["engineering-manager"]),
            // who holds a thing, not a duty
            ("the CTO wants a demo, who's got build 2.1 on a phone?", None, &[]),
            ("who's got the final say on the roadmap?", Who, &["product-manager"]),
            // one job advert
            ("can the recruiter send me the scrum master job ad?", None, &[]),
            // how far a role goes, after a greeting; the pay of a role
            ("hi all, how senior is a group PM in most orgs?", Define, &["group-product-manager"]),
            ("what's the pay for a head of product in Lisbon?", None, &[]),
            // pay told after a move asked is a remark
            ("BA for 3 yrs, how do I move into product owner? POs earn more here apparently", Transition, &["business-analyst", "product-owner"]),
            // likened to another role, asked with a tag
            ("lead pm is like a senior pm is it? what else they do", Define, &["lead-product-manager"]),
            // Banglish: "ki" what, "ke" who, "kivabe … hobo" how … become, "theke" between roles
            ("business analyst mane ki bhai?", Define, &["business-analyst"]),
            ("sprint review ke run kore usually?", Who, &["scrum-master"]),
            ("kivabe product owner hobo?", Transition, &["product-owner"]),
            ("tumi kon kon role jano?", List, &[]),
            // Rioplatense Spanish and European Portuguese words
            ("quién define la visión de producto de toda la compañía?", Who, &["chief-product-officer"]),
            ("quais são as competências de um scrum master?", Define, &["scrum-master"]),
            // Swahili thanks for help given is no request for help
            ("asante sana for the help yesterday @rolecall", None, &[]),
            // Hinglish: which roles do you know about
            ("tum kaunse roles ke baare mein jaante ho?", List, &[]),
            // one holder at one event, asked
            ("what time is the all hands? is the head of product presenting?", None, &[]),
            // a leap between two roles is a move
            ("programme manager looking at head of product roles, realistic leap?", Transition, &["program-manager", "head-of-product"]),
            // how a post feels, and where it ranks, are no move into it
            ("what's it like to be a scrum master? lots of meetings?", Define, &["scrum-master"]),
            ("where does a group PM sit in the career ladder?", Define, &["group-product-manager"]),
            // a move toward a role
            ("I'm a PO working toward a product manager role, what should I learn?", Transition, &["product-owner", "product-manager"]),
        ];
        check(&store, table);
    }

    #[test]
    fn product_terms_are_explained_without_stealing_role_questions() {
        let store = Store::embedded().expect("the built-in store loads");
        // (message, intent, terms asked about, first role of the reading)
        let table: &[(&str, Intent, &[&str], Option<&str>)] = &[
            ("what's a PRD?", Intent::Term, &["prd"], Some("product-manager")),
            ("/whatis okr", Intent::Term, &["okr"], None),
            ("/term wip limit", Intent::Term, &["wip-limit"], None),
            ("/glossary rice", Intent::Term, &["rice"], None),
            ("NPS — what does that measure, roughly?", Intent::Term, &["nps"], None),
            ("MVP - co to znaczy?", Intent::Term, &["mvp"], None),
            ("RICE ante enti?", Intent::Term, &["rice"], None),
            ("what are launch tiers? someone said the earn launch is tier 2", Intent::Term, &["launch-tiers"], None),
            ("spike kya hota hai jira me?", Intent::Term, &["spike"], None),
            // the question right after the term; the kind of work it serves; a plan of it
            ("story points how it work", Intent::Term, &["story-points"], None),
            ("what is the MoSCoW method for prioritization?", Intent::Term, &["moscow"], None),
            ("go-to-market plan is what?", Intent::Term, &["go-to-market"], None),
            ("kano model is shenme ah", Intent::Term, &["kano-model"], None),
            // how to say it beside it; how it is reckoned; a guess at what it is; pointing back
            ("definition of done, in simple terms?", Intent::Term, &["definition-of-done"], None),
            ("what is a burndown chart, in short?", Intent::Term, &["burndown-chart"], None),
            ("dual track agile in one sentence?", Intent::Term, &["dual-track-agile"], None),
            ("how is velocity calculated?", Intent::Term, &["velocity"], None),
            ("invited to a sprint review friday — what happens in that?", Intent::Term, &["sprint-review"], None),
            ("could someone break down product-market fit for me?", Intent::Term, &["product-market-fit"], None),
            ("the team wants to ship it behind a feature flag. meaning what?", Intent::Term, &["feature-flag"], None),
            // the term named last before "what's that?", not one said in passing
            ("the CTO raised velocity at sprint planning — what is that exactly?", Intent::Term, &["velocity"], None),
            ("our scrum board is a mess, coach says we need story points. what's that?", Intent::Term, &["story-points"], None),
            ("our NPS came back at 12. how do I interpret that number?", Intent::Term, &["nps"], None),
            ("ano ba ang MVP?", Intent::Term, &["mvp"], None),
            ("got sent a gantt chart... how to read it?", Intent::Term, &["gantt-chart"], None),
            ("product-led growth came up twice today, can you break it down?", Intent::Term, &["product-led-growth"], None),
            ("dual-track agile, is that a real framework or a buzzword?", Intent::Term, &["dual-track-agile"], None),
            ("o chefe quer um PRD. alguém explica o que é?", Intent::Term, &["prd"], None),
            ("user story mapping in plain english please", Intent::Term, &["user-story-mapping"], None),
            ("kanban — is it just a board with columns?", Intent::Term, &["kanban"], None),
            ("the coach kept saying RICE, what's that scoring thing?", Intent::Term, &["rice"], None),
            ("thinking of writing a PR-FAQ. what is one, first of all?", Intent::Term, &["pr-faq"], None),
            ("need OKRs by monday. what's an OKR, for those of us who never wrote one?", Intent::Term, &["okr"], None),
            // a role that spoke of a term is not what "what is that" asks about
            ("our VP keeps mentioning product-led growth, what is that?", Intent::Term, &["product-led-growth"], None),
            ("what does 'definition of done' refer to?", Intent::Term, &["definition-of-done"], None),
            ("apa itu OKR?", Intent::Term, &["okr"], None),
            // terms in a remark beside a question that weighs two roles are not compared
            (
                "how should tasks be split between a PMM and a brand manager? we're drafting the GTM plan and the OKR doc, lots of overlap",
                Intent::Compare,
                &[],
                Some("product-marketing-manager"),
            ),
            ("what on earth is a RACI and do we need one?", Intent::Term, &["raci"], None),
            // "full form" asks what it stands for, whatever follows
            ("what's the full form of MVP and when do we build one?", Intent::Term, &["mvp"], None),
            // a slip of the thumb
            ("wht is a spike", Intent::Term, &["spike"], None),
            ("wt is jobs to be done / JTBD ??", Intent::Term, &["jobs-to-be-done"], None),
            // a word of the asker's own world is no role asked for by name
            (
                "what is a retro exactly? is it the same as what we call PIR in ops?",
                Intent::Term,
                &["retrospective"],
                None,
            ),
            // two names of one entry side by side; a term named in the singular
            ("DAU or MAU, which matters more for a marketplace?", Intent::Term, &["dau-mau"], None),
            ("what is a launch tier?", Intent::Term, &["launch-tiers"], None),
            // a term named early in a long clause that ends asking what that is; a gloss in brackets
            (
                "the coach kept saying burndown chart in the retro today, what is that?",
                Intent::Term,
                &["burndown-chart"],
                None,
            ),
            ("what does objectives and key results (OKR) mean for a small team?", Intent::Term, &["okr"], None),
            ("/whatis north star metric", Intent::Term, &["north-star-metric"], None),
            ("what does MVP stand for lol", Intent::Term, &["mvp"], None),
            ("can someone explain product-market fit in plain words", Intent::Term, &["product-market-fit"], None),
            ("what is a burndown? the scrum master showed one today", Intent::Term, &["burndown-chart"], None),
            ("roadmap vs backlog — what's the difference?", Intent::Term, &["roadmap", "backlog"], None),
            ("/compare okr kpi", Intent::Term, &["okr", "kpi"], None),
            ("is an epic just a big user story?", Intent::Term, &["epic", "user-story"], None),
            ("<@U01> :wave: sorry, new here, but wtf is a *user story*?", Intent::Term, &["user-story"], None),
            ("whats a sprnt retrospective", Intent::Term, &["retrospective"], None),
            // a term spelled as only it is written ("SAFe"), never the everyday word, but any case in a command
            (
                "new to the bank, what's SAFe and why is it on every slide?",
                Intent::Term,
                &["scaled-agile-framework"],
                None,
            ),
            ("is it safe to ask what this framework is?", Intent::None, &[], None),
            ("/whatis safe", Intent::Term, &["scaled-agile-framework"], None),
            // the question names the term again, or points back at it
            (
                "our head of product keeps bringing up the kano model in reviews. what does kano model mean here?",
                Intent::Term,
                &["kano-model"],
                None,
            ),
            ("north star metric... what does that even mean?", Intent::Term, &["north-star-metric"], None),
            // an owner asked for is a who question, through the term's owners if no duty matches
            ("who writes the PRD?", Intent::Who, &[], Some("product-manager")),
            ("who runs the retro?", Intent::Who, &[], Some("scrum-master")),
            // a verb any document takes says no more than the document's name; where a term
            // names the setting, the duty still decides
            ("who is responsible for drafting the business requirements document these days?", Intent::Who, &[], Some("business-analyst")),
            ("acceptance criteria... who usually writes them in a scrum team?", Intent::Who, &[], Some("product-owner")),
            ("what in the world is a burndown chart", Intent::Term, &["burndown-chart"], None),
            ("story points is what, we never estimated before", Intent::Term, &["story-points"], None),
            ("kano model what is, saw it in a deck", Intent::Term, &["kano-model"], None),
            ("user story mapping explained simply pls", Intent::Term, &["user-story-mapping"], None),
            ("velocity r what exactly?", Intent::Term, &["velocity"], None),
            ("jobs to be done... whats the deal with that", Intent::Term, &["jobs-to-be-done"], None),
            // a role asked about stays a role question
            ("what does a PO do with the backlog?", Intent::Define, &[], Some("product-owner")),
            // statements, one particular thing, other technology
            ("sprint planning moved to 3pm", Intent::None, &[], None),
            ("what's the roadmap for Q3 looking like?", Intent::None, &[], None),
            // a setting said with "a" is any one: the term in general
            ("what is the velocity of a scrum team?", Intent::Term, &["velocity"], None),
            // a second question after "and" says nothing of which one is meant
            ("what is the product vision and how do we write one?", Intent::Term, &["product-vision"], None),
            ("is the PRD for search done?", Intent::None, &[], None),
            ("what is kubernetes?", Intent::None, &[], None),
            ("pm me the deck", Intent::None, &[], None),
            // a word a term word merely extends is no typo of it; a move between roles is the question
            ("is the new hire a person or a contractor?", Intent::None, &[], None),
            ("what's our north star metric again?", Intent::None, &[], None),
            // a name spelled like a term is a person
            ("who is Gantt?", Intent::None, &[], None),
            // a term that opens the message, asked about by a question pointing back at it
            ("story points, how do they work?", Intent::Term, &["story-points"], None),
            ("kanban... our team lead wants it, what is it?", Intent::Term, &["kanban"], None),
            ("user story mapping - what's the point of it?", Intent::Term, &["user-story-mapping"], None),
            // a term told in the sentence just before a question pointing back at it, alone there
            ("leadership wants every team to track NPS now. could someone explain what it is?", Intent::Term, &["nps"], None),
            // the question word after the term, the verb before it
            ("acceptance criteria is what, exactly?", Intent::Term, &["acceptance-criteria"], None),
            ("how works a design sprint?", Intent::Term, &["design-sprint"], None),
            // "whose" after the people it tells of asks for no owner
            ("what does churn mean, customers whose trial ends?", Intent::Term, &["churn"], None),
            // what it holds
            ("what goes in a burndown chart?", Intent::Term, &["burndown-chart"], None),
            ("what should a business case contain?", Intent::Term, &["business-case"], None),
            // two names of one entry told apart
            ("difference between MAU and DAU?", Intent::Term, &["dau-mau"], None),
            // the rest of the term's clause points back at it
            ("question about retention, how do you calculate it exactly?", Intent::Term, &["retention"], None),
            // how to read it, asked before or after it
            ("velocity how to understand?", Intent::Term, &["velocity"], None),
            ("wip limit is what ah?", Intent::Term, &["wip-limit"], None),
            ("how to read a burndown chart?", Intent::Term, &["burndown-chart"], None),
            // "what it means", "how it works", said without "does"
            ("north star metric, what it really tells us?", Intent::Term, &["north-star-metric"], None),
            ("the kano model - how it works?", Intent::Term, &["kano-model"], None),
            ("what is this RACI matrix everyone keeps sending?", Intent::None, &[], None),
            ("what is this RACI matrix?", Intent::Term, &["raci"], None),
            ("what does a pee are dee usually contain?", Intent::Term, &["prd"], None),
            ("MoSCoW - what do the letters stand for and how do we use it?", Intent::Term, &["moscow"], None),
            // asked without its mark, or explained after it is named; how it is used
            ("kano model, the customer delight thing. how does it work", Intent::Term, &["kano-model"], None),
            ("NPS — what does it really tell you", Intent::Term, &["nps"], None),
            ("heard this in standup. story mapping - explain in one line?", Intent::Term, &["user-story-mapping"], None),
            ("how to write a good user story?", Intent::Term, &["user-story"], None),
            (
                "what's the roadmap like from apm to group pm?",
                Intent::Transition,
                &[],
                Some("associate-product-manager"),
            ),
            // how simply to say it; where the term is used; what kind of thing it is
            ("what is the burndown chart in plain words", Intent::Term, &["burndown-chart"], None),
            ("story points is what in scrum?", Intent::Term, &["story-points"], None),
            ("dual track agile — is that a framework or what?", Intent::Term, &["dual-track-agile"], None),
            // Hinglish: a term, then "what is", then how simply to say it
            ("burndown chart kya hai simple words me?", Intent::Term, &["burndown-chart"], None),
            // French mixed in; what it is, pointed back at; what any one is for
            ("MVP, qu'est-ce que c'est exactement?", Intent::Term, &["mvp"], None),
            ("velocity - what exactly is it? points per sprint or not", Intent::Term, &["velocity"], None),
            ("what is the definition of done supposed to cover?", Intent::Term, &["definition-of-done"], None),
            ("burndown chart - what am I looking at?", Intent::Term, &["burndown-chart"], None),
            ("ano yung backlog sa scrum?", Intent::Term, &["backlog"], None),
            ("que significa MVP?", Intent::Term, &["mvp"], None),
        ];
        for (text, intent, terms, first_role) in table {
            let u = understand(&store, text);
            let got: Vec<&str> = u.query.terms().iter().map(|&t| store[t].id.as_str()).collect();
            assert_eq!((u.query.intent(), got.as_slice()), (*intent, *terms), "{text:?}");
            if let Some(role) = first_role {
                assert_eq!(u.query.role_ids(&store).first().map(String::as_str), Some(*role), "{text:?}");
            }
            assert!((0.0..=1.0).contains(&u.confidence), "{text:?}");
        }
    }

    #[test]
    fn what_surrounds_a_role_decides_whether_it_is_asked_about() {
        use Intent::*;
        let store = Store::embedded().expect("the built-in store loads");
        let table: &[(&str, Intent, &[&str])] = &[
            // particular people and teams, openings, jokes: nothing to answer
            ("is Ana still our scrum master?", None, &[]),
            ("does anyone know if the client's VP of product is joining the review tomorrow?", None, &[]),
            ("who's the delivery manager on the switch port? need a name before the deadline", None, &[]),
            ("who's the product owner on the pivot table feature?", None, &[]),
            ("does anyone know if <@U02ABCDEF> is the recruiter for the APM role?", None, &[]),
            ("does anyone know if <@U02ABCDEF> is the hiring manager for the senior PM opening at Acme?", None, &[]),
            ("who's the hiring manager for this BA opening?", None, &[]),
            ("who is the recruiter screening the scrum master applicants?", None, &[]),
            ("just got a callback for a BA role!! so nervous", None, &[]),
            ("who is our VP of product reporting to this quarter, the CEO or the COO?", None, &[]),
            ("who does the CISO report to?", None, &[]),
            ("how is a recruiter different from a hiring manager? who do I email to follow up", None, &[]),
            ("does anyone know how to write a SQL query that pulls churn by month from the warehouse?", None, &[]),
            ("who's on the roadmap review call at 4?", None, &[]),
            ("accepted the offer today 🎉 scrum master at a logistics startup. thanks all for the mock interviews", None, &[]),
            // things said, not asked
            ("the new product designer's wireframes for the app are 🔥 great work", None, &[]),
            ("passed over for a product owner role again. third time this year", None, &[]),
            ("thanks all, that settles the PM vs PMM debate for me", None, &[]),
            ("anyone at the summit tonight? the topic is 'PO vs SM' lol", None, &[]),
            // a name offered as one answer of a choice: particular people, not the role
            ("who does our head of product answer to now, Priya or the CEO?", None, &[]),
            // whom one reports to is no move, and the roles above answer it
            ("who does a head of product report to, the CEO or a CPO?", Who, &["ceo"]),
            ("the PMM squad is presenting at the all hands", None, &[]),
            ("we're hiring a scrum master for the payments tribe, please spread the word", None, &[]),
            ("fyi the PO team moved to the 3rd floor", None, &[]),
            ("who's our facilities manager?", None, &[]),
            ("being a PO is just \"can you add a ticket?\" all day lol", None, &[]),
            ("is it just me or does every scrum master job ad now ask for a PMP 🙄", None, &[]),
            // a field beside a role, a role in a condition, options after the question
            ("what's a brand manager, is it just marketing?", Define, &["brand-manager"]),
            ("what does a head of product own when there's also a CPO?", Define, &["head-of-product"]),
            ("what does a GPM own? roadmap? people?", Define, &["group-product-manager"]),
            ("what's expected of a lead pm?", Define, &["lead-product-manager"]),
            // what kind of thing a role is, asked straight out; one person's role is not
            ("is a gpm a manager or an IC?", Define, &["group-product-manager"]),
            ("is the scrum master basically a coach", Define, &["scrum-master"]),
            ("is the PO on leave this week?", None, &[]),
            // the role someone reports to is where they sit
            ("I report to the VP of product, how do I get to head of product?", Transition, &["head-of-product"]),
            ("do scrum masters report to the delivery manager?", Define, &["scrum-master"]),
            // what any one of a role should know or do; one person asked to do something
            ("should a product designer know HTML?", Define, &["product-designer"]),
            ("do scrum masters write code?", Define, &["scrum-master"]),
            ("can a PMM from the launch team join standup tomorrow?", None, &[]),
            // a question about the move just told
            (
                "senior pm hoping to step up to group pm next year. what's the usual gap?",
                Transition,
                &["senior-product-manager", "group-product-manager"],
            ),
            // chat shorthand for "you"; being ready for a role is a move towards it
            ("what do u call the person who runs the scrum events?", Who, &["scrum-master"]),
            ("how can I tell I'm ready to be a lead PM?", Transition, &["lead-product-manager"]),
            // two roles weighed against each other
            ("which one is less technical, a BA or a PO?", Compare, &["business-analyst", "product-owner"]),
            ("would you say a brand manager is more creative or more commercial?", Define, &["brand-manager"]),
            ("is our brand manager around today?", None, &[]),
            // a claim about what a role is, ended by asking whether it holds
            (
                "people keep saying an apm is basically an intern. is that accurate?",
                Define,
                &["associate-product-manager"],
            ),
            (
                "so product ops is just program management with a new name, right?",
                Compare,
                &["product-operations-manager", "program-manager"],
            ),
            ("our delivery manager is off sick, right?", None, &[]),
            // a duty told first, its owner asked last; a message passed on to one person
            ("writing the launch messaging, that's normally who?", Who, &["product-marketing-manager"]),
            ("the demo env is broken again, can you tell the scrum master", None, &[]),
            ("sr pm - what's expected at that level?", Define, &["senior-product-manager"]),
            // two roles told apart
            ("po vs sm, is the sm just a team coach?", Compare, &["product-owner", "scrum-master"]),
            ("po or ba - which one does what?", Compare, &["product-owner", "business-analyst"]),
            // moves, said many ways
            (
                "coming from project management, how do I move into product?",
                Transition,
                &["project-manager", "product-manager"],
            ),
            ("how can i get a PO job, finishing my degree soon", Transition, &["product-owner"]),
            ("ex-consultant, want to go straight to product manager. doable?", Transition, &["product-manager"]),
            // the bot's own roles, and commands typed in a hurry
            ("what positions can you explain? only pm or also execs?", List, &[]),
            ("/roels", List, &[]),
            ("/comapre pm po", Compare, &["product-manager", "product-owner"]),
            // an emoji or shortcode ends a sentence; guesses at the owner are not the duty
            ("building the team wiki :memo: who do directors of product report to?", Who, &["vp-of-product"]),
            ("standup ran 40 min again 🙄 who should keep it short", Who, &["scrum-master"]),
            ("who runs the retros, the product owner or someone else?", Who, &["scrum-master"]),
            // two roles set side by side to open a message are what its question weighs
            (
                "scrum master vs delivery manager - is the delivery role just scrum for bigger orgs?",
                Compare,
                &["scrum-master", "delivery-manager"],
            ),
            // a guess at the owner that fits the duty goes first, beside another job
            ("who picks what we build next? pm or the founder?", Who, &["product-manager"]),
            ("what's the layer between VPs of product and the CPO?", Who, &["svp-of-product"]),
            // a dingbat digit is part of a word, an emoji is not
            ("step ❶ 🙄 who runs the retro in scrum?", Who, &["scrum-master"]),
            // a role said not to be meant, the time of day, a command's use, a role's own name
            ("pm at 2 works for everyone?", None, &[]),
            ("TIL our CTO used to be a BA", None, &[]),
            ("I'm a QA lead (not a PO) and want to become a BA", Transition, &["business-analyst"]),
            ("how do I use /path? tried `/path po` and nothing", Help, &[]),
            ("what is product owner role, is it just writing tickets?", Define, &["product-owner"]),
            // a title already reached is where the asker stands; a promotion still to get is not
            (
                "my title got changed to business analyst in the spring. what would it take to become a product owner?",
                Transition,
                &["business-analyst", "product-owner"],
            ),
            ("how do APMs get promoted to PM usually?", Transition, &["associate-product-manager", "product-manager"]),
            // a move declined is no move; people who made one, asked for advice, are no one person
            ("love being a scrum master, not switching to PO anytime soon lol", None, &[]),
            (
                "going BA to PM next year, any tips from folks who made that switch?",
                Transition,
                &["business-analyst", "product-manager"],
            ),
            // a thing asked of people, a contractor's rate: nothing about the role to answer
            ("does anyone have a referral for the product owner opening?", None, &[]),
            ("what do freelance scrum masters charge as a day rate?", None, &[]),
            ("what are the pay bands for a senior PM here?", None, &[]),
            (
                "our squad has one BA and one PO and nobody knows who writes the user stories. what is the actual difference between a business analyst and a product owner?",
                Compare,
                &["business-analyst", "product-owner"],
            ),
            ("who talks with customers to work out what gets built next?", Who, &["product-manager"]),
            // a question that compares the roles named before it, one of them set aside
            (
                "at my last job the scrum master and the delivery manager ran the same meetings and i never knew who owned what 🙃 how are those roles different?",
                Compare,
                &["scrum-master", "delivery-manager"],
            ),
            (
                "the job board lists program manager and project manager side by side and they look identical to me. are they?",
                Compare,
                &["program-manager", "project-manager"],
            ),
            (
                "ping the PMM, not the brand manager, for the spring launch. wait, how are those two different?",
                Compare,
                &["product-marketing-manager", "brand-manager"],
            ),
            // a title written in capitals goes on past the role's name
            (
                "got a call back for Product Owner Apprentice at an insurer. can someone explain what a product owner does day to day?",
                Define,
                &["product-owner"],
            ),
            // a grade before the role held; a recruiter asked about; a career advisor is no move
            (
                "working as a junior product designer, thinking of pivoting into product management. where do i start?",
                Transition,
                &["product-designer", "product-manager"],
            ),
            ("who is the recruiter for the big bank PM program this year?", None, &[]),
            ("what does the recruiter need from me for the GPM req?", None, &[]),
            ("hey bot is there a list of the job titles you know? my career advisor wants to see which roles exist", List, &[]),
            // the asker's own team; the way said; a wish to go; a role to start over in; a title
            // alone after "from"; the team's people beside the role asked about
            (
                "I'm the product owner on the claims team and I'm thinking about moving to a business analyst role. what does that path look like?",
                Transition,
                &["product-owner", "business-analyst"],
            ),
            (
                "how could I progress from BA to PO here? been a business analyst for two years",
                Transition,
                &["business-analyst", "product-owner"],
            ),
            (
                "scrum master looking to go to the product side, and to product owner eventually. realistic?",
                Transition,
                &["scrum-master", "product-owner"],
            ),
            ("i'd love to move into a product owner role. or would i have to start over as a BA?", Transition, &["product-owner"]),
            (
                "i'm a senior pm. how do people go from senior to principal?",
                Transition,
                &["senior-product-manager", "principal-product-manager"],
            ),
            (
                "EM for 6 years, doing product work since our PMs kept quitting. i'd like to go for head of product roles, how?",
                Transition,
                &["engineering-manager", "head-of-product"],
            ),
            // a channel's name, pay, thanks, a resource asked for, a relative's job, a role served
            ("someone added you to #delivery-managers, what can you do?", Help, &[]),
            ("what's the OTE for a brand manager these days?", None, &[]),
            (
                "thank you <@U0123ABC> for the talk on product ops yesterday, super useful. recording is in the drive for anyone who missed it",
                None,
                &[],
            ),
            ("can anyone recommend a course for new scrum masters? most of what i find is certification spam", None, &[]),
            ("anyone have a good search firm for VP of product roles? ideally one that knows product", None, &[]),
            ("my sister is a scrum master at a bank and she says standups are her life lol", None, &[]),
            ("what does an executive assistant to the CEO do all day?", None, &[]),
            ("which job titles are in your database? just product, or marketing as well?", List, &[]),
            // a comparison the asker says they are not asking for
            (
                "what do a scrum master and a delivery manager each do? not asking which is better, just each one",
                Define,
                &["scrum-master", "delivery-manager"],
            ),
            (
                "what does a PMM do, and separately what does a brand manager do? not asking for the diff",
                Define,
                &["product-marketing-manager", "brand-manager"],
            ),
            // "who" right after a role says more of that role
            (
                "project manager vs program manager. is a program manager just a project manager who's allowed to look at a roadmap?",
                Compare,
                &["project-manager", "program-manager"],
            ),
            // a role naming a meeting, an event or an opening; where one person is; a party
            ("what time is the EM standup, and which room?", None, &[]),
            ("do the APM programs at big tech run in the summer only?", None, &[]),
            ("i can do estimation, you do product sense. anyone free for PM mock interviews?", None, &[]),
            ("is the PO for checkout away till monday? need someone to accept a story", None, &[]),
            ("is sam still our scrum master or did he move teams?", None, &[]),
            ("congrats <@U0123ABC> on becoming group PM 🎉 drinks when?", None, &[]),
            ("how much raise does a scrum master get when promoted?", None, &[]),
            ("can we merge during the freeze or do i have to ask the EM first", None, &[]),
            (
                "any advice for going from scrum master to product? a PO role, ideally, since i like the backlog side",
                Transition,
                &["scrum-master", "product-owner"],
            ),
        ];
        check(&store, table);
    }

    #[test]
    fn a_role_whose_duty_names_the_document_is_named_beside_its_owners() {
        let store = Store::embedded().expect("the built-in store loads");
        let (intent, roles) = read(&store, "who writes the requirements doc?");
        assert_eq!(intent, Intent::Who);
        for role in ["product-manager", "business-analyst"] {
            assert!(roles.iter().any(|r| r == role), "{role} missing from {roles:?}");
        }
        // a document no duty names word for word keeps to its owners
        let (_, roles) = read(&store, "who writes the PRD?");
        assert!(!roles.iter().any(|r| r == "business-analyst"), "{roles:?}");
    }

    #[test]
    fn long_messages_are_read_for_the_question_they_ask() {
        use Intent::*;
        let store = Store::embedded().expect("the built-in store loads");
        let table: &[(&str, Intent, &[&str])] = &[
            // a question that says little of its duty takes it from the sentence before
            (
                "the sponsor needs a charter with scope, budget and milestones. who drafts that?",
                Who,
                &["project-manager"],
            ),
            (
                "we want a clickable prototype to test with users next week. who should build it?",
                Who,
                &["product-designer"],
            ),
            // a question that opens with a question word outweighs a remark with more roles
            (
                "what does a lead pm do all day? at my old job the lead pm and the other pms split things oddly",
                Define,
                &["lead-product-manager"],
            ),
            (
                "so what's a delivery manager, really? our PMs and SMs say different things",
                Define,
                &["delivery-manager"],
            ),
            // "is that …", "that person" point back at the role named before
            (
                "my new boss is a group product manager. is that a manager of PMs, or an IC? what should I expect?",
                Define,
                &["group-product-manager"],
            ),
            (
                "we're opening a VP of product req. what would that person own? I'm a PM there",
                Define,
                &["vp-of-product"],
            ),
            // a count of people, a role in brackets, a person's role after their name
            ("what does a head of product own at a startup of like 3 PMs?", Define, &["head-of-product"]),
            (
                "head of product here (and the only PM). how do I become a VP of product?",
                Transition,
                &["head-of-product", "vp-of-product"],
            ),
            ("can someone ping Dario (our PO) about the demo?", None, &[]),
            // a colon ends a clause; an arrow orders a move; a declined comparison
            ("studying agile for an exam: what is a product owner accountable for?", Define, &["product-owner"]),
            (
                "I got moved into a scrum master role. is SM → PO a sensible move?",
                Transition,
                &["scrum-master", "product-owner"],
            ),
            ("explain the program manager role on its own, without comparing", Define, &["program-manager"]),
            // a time is no count; news for anyone who reads it; the bot asked about itself
            ("who's in for pizza after 6?", None, &[]),
            ("long week, folks. who is up for drinks after the sprint review?", None, &[]),
            // recruiting errands: where a CV goes, a job ad gone live
            ("where do I send my resume for the open PO role?", None, &[]),
            ("our senior PM job ad is up on LinkedIn, please share", None, &[]),
            ("is the recruiter call for the scrum master role at 2 or 3?", None, &[]),
            ("my PO interview at 10 got moved, what does a PO do again?", Define, &["product-owner"]),
            // "X land" is a world, not a job landed; one team's pod; a room booked
            ("in startup land, what does a delivery manager actually do?", Define, &["delivery-manager"]),
            ("scrum master scope: just the ceremonies or coaching too?", Define, &["scrum-master"]),
            // "reach out" contacts someone; careers looked after; a channel to be added to
            ("who's the scrum master for billing? trying to reach out about the demo", None, &[]),
            (
                "who usually looks after the devs' 1:1s and career development, the PM or the EM?",
                Who,
                &["engineering-manager"],
            ),
            ("who do i ask to get added to the product leads channel?", None, &[]),
            // the asker wants to reach whoever it is: a person, not a role
            ("who writes the release notes? want to ask someone a quick question", None, &[]),
            // "how to go to X", "how … from X to Y" ask for the move
            (
                "I'm a scrum master at an agency, how to go to product owner in a real product company?",
                Transition,
                &["scrum-master", "product-owner"],
            ),
            (
                "how do people go from BA to PO without starting over as a junior?",
                Transition,
                &["business-analyst", "product-owner"],
            ),
            ("how do I use <@U0HELPER>? slash command or plain question?", Help, &[]),
            // two questions, each asking what one role is
            (
                "what does a delivery manager do? and what does a brand manager do?",
                Define,
                &["delivery-manager", "brand-manager"],
            ),
            ("who on the payments pod picks what goes into the next release?", None, &[]),
            ("who has the quiet room booked for the retro?", None, &[]),
            (
                "I'm a BA in a bank. how could I transfer to product management?",
                Transition,
                &["business-analyst", "product-manager"],
            ),
            ("fyi our SM is off today, standup moves to 11, for anyone who asks", None, &[]),
            ("what is this bot? saw it in the channel today", Help, &[]),
            // a time inside the duty is no occasion; announcements asked about
            ("who maps how the billing process works today before we replace it?", Who, &["business-analyst"]),
            ("who writes the launch announcement for customers", Who, &["product-marketing-manager"]),
            // a pointer inside the question stands for what the sentence before names
            (
                "definition of done and acceptance criteria for our stories... who writes those on a scrum team?",
                Who,
                &["product-owner"],
            ),
            (
                "the demand-gen pipeline came in short again. who's on the hook for that number?",
                Who,
                &["marketing-manager"],
            ),
            // the people a role manages are not a role of the move
            (
                "senior pm for 3 years, now I want to start managing PMs as a GPM. how do I get there?",
                Transition,
                &["senior-product-manager", "group-product-manager"],
            ),
            // one person in a role, by name or by "which … is on"
            ("what floor does Priya the scrum master sit on?", None, &[]),
            ("anyone know which PM is on the loyalty revamp?", None, &[]),
            ("do you have a command syntax I should use?", Help, &[]),
            // two roles asked about one by one are each defined, not compared
            (
                "for the onboarding wiki: what does a BA do, and what does a PO do? each on its own please",
                Define,
                &["business-analyst", "product-owner"],
            ),
            ("what does a BA do and how is that different from a PO?", Compare, &["business-analyst", "product-owner"]),
            // a condition set before the question; who does what between two roles
            ("if a startup has no CPO, what's a head of product for?", Define, &["head-of-product"]),
            ("CEO and CPO at a scale-up: who does what?", Compare, &["ceo", "chief-product-officer"]),
            // "report to who?" asks for the role above
            ("group PMs usually report to who?", Who, &["director-of-product"]),
            // one team, one item, one launch: people, not roles
            ("who on the payments team owns the refunds flow?", None, &[]),
            // the team no name singles out, with the duty as it should be, asks for a role
            ("who on the team should be doing the wireframes for the new flow?", Who, &["product-designer"]),
            ("who on a product team owns the roadmap?", Who, &["product-manager"]),
            ("need the PMM for the spring release, who's that?", None, &[]),
            ("who owns the checkout epic in our jira? nobody is assigned", None, &[]),
            // a bracket that restates a role; a role set as a goal; an absent role is context
            (
                "PM (project manager, not product) hoping to become a scrum master, where to start?",
                Transition,
                &["project-manager", "scrum-master"],
            ),
            ("me: business analyst, 4 yrs. goal: PO. how?", Transition, &["business-analyst", "product-owner"]),
            // a bracket holding only a role names the words before it
            (
                "been a BA for years, thinking of switching to the agile side (scrum master). where do i start?",
                Transition,
                &["business-analyst", "scrum-master"],
            ),
            ("/whatis v.p. of product", Define, &["vp-of-product"]),
            // a move told in a remark, beside a question asking what the role is
            (
                "my title went from junior designer to product designer in the reorg. what exactly is expected of a product designer?",
                Define,
                &["product-designer"],
            ),
            (
                "hey, could you explain the scrum master role? my boss keeps hinting I should take that path",
                Define,
                &["scrum-master"],
            ),
            // a bracket after a role says more about the role; it is no person's name
            (
                "Principal PM (Fintech, hybrid) - what does this role involve day to day?",
                Define,
                &["principal-product-manager"],
            ),
            ("at a startup with no CPO, what does a head of product actually do?", Define, &["head-of-product"]),
            // a time is no listing; "… owned by?" asks for an owner
            (
                "honestly I talk to our PMMs every day, but what is that role for?",
                Define,
                &["product-marketing-manager"],
            ),
            ("the RAID log on a client project: usually maintained by whom?", Who, &["project-manager"]),
            // a rung named alone after "from" is where the move starts
            (
                "moving up to group pm from senior, tips?",
                Transition,
                &["senior-product-manager", "group-product-manager"],
            ),
            // a rung named alone after "make" or "towards" is the next rung of the role held
            (
                "PM for three years now, what does it take to make senior?",
                Transition,
                &["product-manager", "senior-product-manager"],
            ),
        ];
        check(&store, table);
    }

    #[test]
    fn two_roles_sharing_the_lead_on_a_duty_are_both_named_and_never_unprompted() {
        let store = Store::embedded().expect("the built-in store loads");
        let text = "who keeps the schedule with all the milestones for the warehouse relocation?";
        let u = understand(&store, text);
        assert_eq!(u.query.intent(), Intent::Who);
        let owners = u.query.role_ids(&store);
        assert_eq!((owners.len(), owners[0].as_str()), (2, "project-manager"), "{owners:?}");
        assert!(u.confidence >= 0.5 && !u.is_confident(), "answered when asked, not unprompted: {}", u.confidence);
    }

    #[test]
    fn roles_managed_in_a_who_question_are_not_offered_as_its_owner() {
        let store = Store::embedded().expect("the built-in store loads");
        let u = understand(&store, "who mentors the APMs and manages a group of PMs?");
        assert_eq!(u.query.intent(), Intent::Who);
        let owners = u.query.role_ids(&store);
        assert!(
            !["associate-product-manager", "product-manager"].contains(&owners[0].as_str()),
            "the people managed are not who manages them: {owners:?}"
        );
        assert!(owners.iter().any(|o| o == "group-product-manager"), "{owners:?}");
    }

    #[test]
    fn role_words_inside_other_words_are_not_roles() {
        let store = Store::embedded().expect("the built-in store loads");
        for text in ["what is npm", "what is an spa", "who uses emacs", "what is a baseline"] {
            assert_eq!(understand(&store, text).query, Query::None, "{text:?}");
        }
    }

    #[test]
    fn unknown_role_in_a_command_gets_suggestions() {
        let store = Store::embedded().expect("the built-in store loads");
        let u = understand(&store, "/whatis chef");
        match u.query {
            Query::UnknownRole { text, suggestions, .. } => {
                assert_eq!(text, "chef");
                assert!(!suggestions.is_empty());
            }
            other => panic!("expected an unknown role, got {other:?}"),
        }
        let u = understand(&store, "/whatis prodct ownerr");
        assert_eq!(u.query.role_ids(&store), vec!["product-owner"], "typos in commands are forgiven too");
        for text in ["/path pm chef", "/path chef"] {
            assert!(matches!(understand(&store, text).query, Query::UnknownRole { .. }), "{text:?}: no move to read");
        }
        assert_eq!(read(&store, "/pth apm pm"), read(&store, "/path apm pm"), "a short command missing a letter");
        let u = understand(&store, "/whatis scrm mastr");
        assert_eq!(u.query.role_ids(&store), vec!["scrum-master"], "a typo in a short word too");
    }

    #[test]
    fn slash_commands_and_free_text_agree() {
        let store = Store::embedded().expect("the built-in store loads");
        for (command, text) in [
            ("/whatis po", "what is a po?"),
            ("/compare pm po", "pm vs po"),
            ("/path pm product-leader", "how do I move from pm to product leader"),
        ] {
            assert_eq!(read(&store, command), read(&store, text), "{command} vs {text}");
        }
    }

    #[test]
    fn confidence_separates_questions_from_chatter() {
        let store = Store::embedded().expect("the built-in store loads");
        assert!(understand(&store, "what does a product owner do?").is_confident());
        assert!(understand(&store, "scrum master vs product owner").is_confident());
        assert!(!understand(&store, "thanks PO, merged the release notes").is_confident());
        assert!(!understand(&store, "happy friday everyone").is_confident());
    }
}
