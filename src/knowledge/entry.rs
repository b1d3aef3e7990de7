//! The typed knowledge model: roles, curated comparisons, transition paths and ambiguous terms.

use std::fmt;

/// A canonical role id such as `product-owner` (also the role's file name).
pub type RoleId = String;

/// A role of one store: a checked index into [`Store::roles`](super::Store::roles), so looking it up cannot fail.
/// Valid only for the [`Store`](super::Store) that made it; a reloaded store makes its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RoleRef(pub(crate) usize);

impl RoleRef {
    /// The position in the store's roles.
    pub fn index(self) -> usize {
        self.0
    }
}

/// A role people ask about.
#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    pub id: RoleId,
    pub name: String,
    pub aliases: Vec<String>,
    pub family: Family,
    pub level: Level,
    /// One sentence: what the role is.
    pub summary: String,
    pub dimensions: Dimensions,
    /// Duty phrases ("owns the product roadmap") that "who owns X?" questions are matched against.
    pub responsibilities: Vec<String>,
    pub skills: Vec<String>,
    pub reports_to: Vec<RoleId>,
    pub next_roles: Vec<RoleId>,
    pub related: Vec<RoleId>,
    pub sources: Vec<String>,
    /// Questions this entry must answer, as people ask them; validation reads each one.
    pub examples: Vec<String>,
}

/// The dimensions every role is described on, so any two roles line up side by side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Dimension {
    Focus,
    Horizon,
    Scope,
    Decisions,
    Stakeholders,
    Success,
}

impl Dimension {
    /// Every dimension, in the order answers show them.
    pub const ALL: [Dimension; 6] = [
        Dimension::Focus,
        Dimension::Horizon,
        Dimension::Scope,
        Dimension::Decisions,
        Dimension::Stakeholders,
        Dimension::Success,
    ];

    /// The field name in the knowledge files.
    pub fn key(self) -> &'static str {
        match self {
            Dimension::Focus => "focus",
            Dimension::Horizon => "horizon",
            Dimension::Scope => "scope",
            Dimension::Decisions => "decisions",
            Dimension::Stakeholders => "stakeholders",
            Dimension::Success => "success",
        }
    }

    /// The heading shown to users.
    pub fn label(self) -> &'static str {
        match self {
            Dimension::Focus => "Focus",
            Dimension::Horizon => "Horizon",
            Dimension::Scope => "Scope",
            Dimension::Decisions => "Decision rights",
            Dimension::Stakeholders => "Stakeholders",
            Dimension::Success => "Success measures",
        }
    }
}

/// A role's text on each [`Dimension`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Dimensions {
    pub focus: String,
    pub horizon: String,
    pub scope: String,
    pub decisions: String,
    pub stakeholders: String,
    pub success: String,
}

impl Dimensions {
    /// The text on one dimension.
    pub fn get(&self, dimension: Dimension) -> &str {
        match dimension {
            Dimension::Focus => &self.focus,
            Dimension::Horizon => &self.horizon,
            Dimension::Scope => &self.scope,
            Dimension::Decisions => &self.decisions,
            Dimension::Stakeholders => &self.stakeholders,
            Dimension::Success => &self.success,
        }
    }

    pub(crate) fn get_mut(&mut self, dimension: Dimension) -> &mut String {
        match dimension {
            Dimension::Focus => &mut self.focus,
            Dimension::Horizon => &mut self.horizon,
            Dimension::Scope => &mut self.scope,
            Dimension::Decisions => &mut self.decisions,
            Dimension::Stakeholders => &mut self.stakeholders,
            Dimension::Success => &mut self.success,
        }
    }
}

/// Declares a closed vocabulary kept as lowercase words in the knowledge files.
macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $word:literal / $label:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The word used in the knowledge files.
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }

            /// The name shown to users.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            /// Reads the word used in the knowledge files.
            pub fn parse(word: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.key() == word)
            }

            /// The accepted words, for error messages.
            pub fn expected() -> String {
                Self::ALL.iter().map(|v| v.key()).collect::<Vec<_>>().join(", ")
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.label())
            }
        }
    };
}

vocabulary! {
    /// The family a role belongs to; `/roles` groups by it.
    Family {
        Product = "product" / "Product",
        Leadership = "leadership" / "Product leadership",
        Executive = "executive" / "Executive",
        Delivery = "delivery" / "Project and delivery",
        Business = "business" / "Business analysis",
        Design = "design" / "Design",
        Marketing = "marketing" / "Marketing",
        Engineering = "engineering" / "Engineering",
    }
}

vocabulary! {
    /// How senior a role usually is.
    Level {
        Entry = "entry" / "Entry level",
        Mid = "mid" / "Mid level",
        Senior = "senior" / "Senior",
        Lead = "lead" / "Lead",
        Director = "director" / "Director",
        Vp = "vp" / "Vice president",
        Executive = "executive" / "Executive",
    }
}

/// A curated comparison of two roles; it wins over one built from the role fields.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub roles: [RoleId; 2],
    /// One sentence that tells the two roles apart.
    pub key_difference: String,
    /// Notes on the dimensions where the pair needs more than the role fields say.
    pub notes: Vec<(Dimension, String)>,
    /// When to go to which role, one entry per role, in the order of `roles`.
    pub go_to: Vec<(RoleId, String)>,
    pub sources: Vec<String>,
    /// Questions this entry must answer, as people ask them; validation reads each one.
    pub examples: Vec<String>,
}

/// A curated transition path from one role to another.
#[derive(Debug, Clone, PartialEq)]
pub struct CareerPath {
    pub from: RoleId,
    pub to: RoleId,
    pub summary: String,
    pub what_changes: Vec<String>,
    pub skills: Vec<String>,
    pub steps: Vec<String>,
    pub sources: Vec<String>,
    /// Questions this entry must answer, as people ask them; validation reads each one.
    pub examples: Vec<String>,
}

/// Where someone comes from that is not a role in the store (software engineering, a first
/// job): what it brings to a product role, what to build, and first steps.
#[derive(Debug, Clone, PartialEq)]
pub struct Background {
    pub id: String,
    /// As shown in "From software engineering to Product Manager".
    pub name: String,
    /// How people say they come from it ("backend dev", "new grad").
    pub aliases: Vec<String>,
    pub summary: String,
    pub brings: Vec<String>,
    pub to_build: Vec<String>,
    pub steps: Vec<String>,
    pub sources: Vec<String>,
    /// Questions this entry must answer, as people ask them; validation reads each one.
    pub examples: Vec<String>,
}

/// A term with more than one reading, such as `tpm`.
#[derive(Debug, Clone, PartialEq)]
pub struct Ambiguity {
    pub term: String,
    /// The reading used by default.
    pub role: RoleId,
    /// The other readings.
    pub also: Vec<RoleId>,
    /// One sentence naming the other readings, shown with answers that used the term.
    pub note: String,
}

/// A product term of one store (PRD, OKR, roadmap): a checked index into its terms, valid only
/// for the [`Store`](super::Store) that made it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TermRef(pub(crate) usize);

impl TermRef {
    /// The position in the store's terms.
    pub fn index(self) -> usize {
        self.0
    }
}

/// A word of product vocabulary a newcomer hears in their first weeks, tied to the roles that
/// own it.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    /// Also the file name: `prd`, `north-star-metric`.
    pub id: String,
    /// As shown: "Product requirements document".
    pub name: String,
    /// How people shorten it, if they do: "PRD".
    pub abbreviation: Option<String>,
    /// Other ways people write it ("requirements doc", "jtbd").
    pub aliases: Vec<String>,
    /// Single words that name it in free text only when written exactly so, because in lower
    /// case they are everyday words: "SAFe" (not "safe"). Commands take them in any case.
    pub written: Vec<String>,
    /// One sentence: what it is.
    pub definition: String,
    /// One sentence: why a newcomer should care.
    pub why: String,
    /// The roles that usually own, write or run it, best first.
    pub owners: Vec<RoleId>,
    /// Terms that come up with it, by id.
    pub related: Vec<String>,
    /// How it shows up in a product team's week.
    pub example: String,
    /// One sentence telling it apart from a term people confuse it with, by that term's id.
    pub versus: Vec<(String, String)>,
    pub sources: Vec<String>,
    /// Questions this entry must answer, as people ask them; validation reads each one.
    pub examples: Vec<String>,
}

impl Term {
    /// The name with its abbreviation, as a title: "Product requirements document (PRD)".
    pub fn title(&self) -> String {
        match &self.abbreviation {
            Some(short) if !self.name.eq_ignore_ascii_case(short) => format!("{} ({short})", self.name),
            _ => self.name.clone(),
        }
    }

    /// How answers name it in a sentence: its abbreviation when people use one, else its
    /// name.
    pub fn short_name(&self) -> &str {
        self.abbreviation.as_deref().unwrap_or(&self.name)
    }
}
