//! The legal choices of a configuration: a map from option id to value, checked against the
//! declarations in `clauses/optionen.toml`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The legal choices: option id → value, one entry for every declared option. Presets, the
/// form and imports fill it; [`super::options::OptionSet::check_choices`] guarantees that
/// every value fits its declaration (a known value, a number within its bounds, a date).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Choices(pub BTreeMap<String, ChoiceValue>);

/// The value of one option, as JSON writes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ChoiceValue {
    /// A toggle.
    Flag(bool),
    /// A number or amount.
    Number(i64),
    /// A choice (the value's id), a date (`JJJJ-MM-TT`, empty when none) or a text.
    Word(String),
    /// A set: the ids of the values chosen.
    Words(Vec<String>),
}

/// What kind of value an option holds (`kind` in `clauses/optionen.toml`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OptionKind {
    /// On or off.
    Toggle,
    /// One value out of several.
    Choice,
    /// Any number of values out of several.
    Set,
    /// A whole number or amount within bounds.
    Number,
    /// A calendar date, or none.
    Date,
    /// One line of text, or none.
    Text,
}

impl OptionKind {
    /// The word used in `clauses/optionen.toml`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Toggle => "toggle",
            Self::Choice => "choice",
            Self::Set => "set",
            Self::Number => "number",
            Self::Date => "date",
            Self::Text => "text",
        }
    }
}

impl Choices {
    /// The value of an option, if present.
    pub fn get(&self, id: &str) -> Option<&ChoiceValue> {
        self.0.get(id)
    }

    /// Sets an option.
    pub fn set(&mut self, id: &str, value: ChoiceValue) {
        self.0.insert(id.to_owned(), value);
    }

    /// A toggle's state; `false` when the option is not a toggle.
    pub fn flag(&self, id: &str) -> bool {
        matches!(self.get(id), Some(ChoiceValue::Flag(true)))
    }

    /// A choice's value id, a date or a text; empty when the option is none of these.
    pub fn word(&self, id: &str) -> &str {
        match self.get(id) {
            Some(ChoiceValue::Word(word)) => word,
            _ => "",
        }
    }

    /// A number; `None` when the option is not a number.
    pub fn number(&self, id: &str) -> Option<i64> {
        match self.get(id) {
            Some(ChoiceValue::Number(n)) => Some(*n),
            _ => None,
        }
    }

    /// The values of a set; empty when the option is not a set.
    pub fn words(&self, id: &str) -> &[String] {
        match self.get(id) {
            Some(ChoiceValue::Words(words)) => words,
            _ => &[],
        }
    }

    /// True if the option holds `value`: the choice's value, or one of the set's values.
    pub fn is(&self, id: &str, value: &str) -> bool {
        match self.get(id) {
            Some(ChoiceValue::Word(word)) => word == value,
            Some(ChoiceValue::Words(words)) => words.iter().any(|w| w == value),
            _ => false,
        }
    }
}
