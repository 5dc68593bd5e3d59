//! The legal choices, declared once in `clauses/optionen.toml`: every option with its kind,
//! values, German labels and help, whom each value favours, its default per preset, the
//! section of the questionnaire that asks for it, when it applies and whether a vendor may lock
//! it.
//!
//! Everything else follows from the declarations: the configuration's `choices` are checked
//! against them ([`OptionSet::check_choices`]), the form renders one generic control per
//! option, conditions and templates name options and values (checked when the library loads),
//! presets are the declared defaults, profile locks name options, and the property tests
//! generate values from them. Loading reports every mistake at once ([`load`]).

mod load;
mod raw;
mod values;

use serde::{Deserialize, Serialize};

use super::condition::{Condition, OptionNames};
use super::config::{ChoiceValue, OptionKind};
use super::field::Section;

pub(crate) use load::load;

/// The option whose date, if before today, draws a warning; the library checks it is a date.
pub const EFFECTIVE_DATE: &str = "effective_date";

/// The option that names the controller through the main contract instead of by its data; the
/// library checks it is a toggle, and the controller's address is then not asked for.
pub const CONTROLLER_BY_REFERENCE: &str = "controller_by_reference";

/// The option that puts the key terms on one page before the clauses. Off in every preset, on
/// in a vendor profile that does not set it (see `Profile::parse`); the library checks it is a
/// toggle.
pub const COVER_PAGE: &str = "cover_page";

/// Whom a value favours, as the form and `docs/presets.md` say it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Favours {
    /// The customer (controller).
    Controller,
    /// The vendor (processor).
    Processor,
    /// Neither side, or both alike.
    #[default]
    Neutral,
}

impl Favours {
    /// A short German note for the form.
    pub fn note(self) -> &'static str {
        match self {
            Self::Controller => "Begünstigt den Auftraggeber.",
            Self::Processor => "Begünstigt den Anbieter.",
            Self::Neutral => "Neutral.",
        }
    }
}

/// A starting point that fills every choice (`[[preset]]`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PresetDecl {
    /// Stable id, e.g. `ausgewogen`.
    pub id: String,
    /// German name.
    pub label: String,
    /// What it means for the customer.
    pub help: String,
}

/// One value of a choice or set (`[[option.value]]`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValueDecl {
    /// Stable id, stored in configurations.
    pub id: String,
    /// Label in the form.
    pub label: String,
    /// The words the agreement uses for it (`texts.<option>`); the label when not given.
    pub text: String,
    /// What it means.
    pub help: String,
    /// Whom it favours.
    pub favours: Favours,
}

/// One declared option (`[[option]]`).
#[derive(Clone, Debug, PartialEq)]
pub struct OptionDecl {
    /// Stable id: the key in `customer.choices`, in conditions and in templates.
    pub id: String,
    /// What kind of value it holds.
    pub kind: OptionKind,
    /// Where the questionnaire asks for it.
    pub section: Section,
    /// The question or label.
    pub label: String,
    /// What it means.
    pub help: String,
    /// Whom a toggle's "on" or a number's larger value favours.
    pub favours: Favours,
    /// The values of a choice or set, in form order.
    pub values: Vec<ValueDecl>,
    /// Smallest number allowed.
    pub min: i64,
    /// Largest number allowed.
    pub max: i64,
    /// Unit of a number, e.g. "Tage".
    pub unit: String,
    /// The default of each preset, in preset order; empty for dates and texts, which presets
    /// leave alone.
    pub defaults: Vec<ChoiceValue>,
    /// When the option applies and is asked for.
    pub applies: Condition,
    /// The condition as written, for documentation.
    pub applies_text: String,
    /// A date or text that must be filled in when the option applies.
    pub required: bool,
    /// Whether a vendor profile may fix or bound it.
    pub lockable: bool,
    /// Why the option is intentionally not visible in the agreement, if it is not.
    pub invisible: Option<String>,
    /// Why the presets take the values they take (`docs/presets.md`); empty for dates and
    /// texts.
    pub why: String,
    /// The file line of its declaration.
    pub line: usize,
}

impl OptionDecl {
    /// The value with this id.
    pub fn value(&self, id: &str) -> Option<&ValueDecl> {
        self.values.iter().find(|v| v.id == id)
    }

    /// True for options presets fill (all but dates and texts).
    pub fn preset_bound(&self) -> bool {
        !matches!(self.kind, OptionKind::Date | OptionKind::Text)
    }

    /// True for options a change of preset sets: those whose default differs between presets.
    /// Options with one default for every preset (facts of the situation such as a professional
    /// secrecy, or the form of conclusion) are answers of the person that a change keeps.
    pub fn decided_by_presets(&self) -> bool {
        self.preset_bound() && self.defaults.windows(2).any(|w| w[0] != w[1])
    }
}

/// Every preset and option of the library.
#[derive(Clone, Debug, PartialEq)]
pub struct OptionSet {
    presets: Vec<PresetDecl>,
    options: Vec<OptionDecl>,
    /// The file they came from, for messages.
    path: String,
}

impl OptionSet {
    /// The presets, in form order.
    pub fn presets(&self) -> &[PresetDecl] {
        &self.presets
    }

    /// The position of a preset.
    pub fn preset_index(&self, id: &str) -> Option<usize> {
        self.presets.iter().position(|p| p.id == id)
    }

    /// Every option, in declaration order.
    pub fn all(&self) -> &[OptionDecl] {
        &self.options
    }

    /// The option with this id.
    pub fn get(&self, id: &str) -> Option<&OptionDecl> {
        self.options.iter().find(|o| o.id == id)
    }

    /// The options a section asks for, in declaration order.
    pub fn in_section(&self, section: Section) -> impl Iterator<Item = &OptionDecl> {
        self.options.iter().filter(move |o| o.section == section)
    }

    /// The file the options were declared in.
    pub fn path(&self) -> &str {
        &self.path
    }
}

impl OptionNames for OptionSet {
    fn kind_of(&self, id: &str) -> Option<OptionKind> {
        self.get(id).map(|o| o.kind)
    }

    fn values_of(&self, id: &str) -> Vec<&str> {
        self.get(id)
            .map(|o| o.values.iter().map(|v| v.id.as_str()).collect())
            .unwrap_or_default()
    }

    fn option_ids(&self) -> Vec<&str> {
        self.options.iter().map(|o| o.id.as_str()).collect()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
