//! `clauses/optionen.toml` as written: the serde shapes each entry is read into.

use serde::Deserialize;
use serde_json::Value;

use super::Favours;
use crate::engine::config::OptionKind;

/// The file's two tables, each entry read on its own below.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFile {
    #[serde(default)]
    pub(super) preset: Vec<Value>,
    #[serde(default)]
    pub(super) option: Vec<Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPreset {
    pub(super) id: String,
    pub(super) label: String,
    #[serde(default)]
    pub(super) help: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawOption {
    pub(super) id: String,
    pub(super) kind: OptionKind,
    pub(super) section: String,
    pub(super) label: String,
    #[serde(default)]
    pub(super) help: String,
    pub(super) favours: Option<Favours>,
    /// Read separately, each value on its own, so one bad value does not hide the others.
    #[serde(default, rename = "value")]
    pub(super) _value: Vec<Value>,
    pub(super) min: Option<i64>,
    pub(super) max: Option<i64>,
    #[serde(default)]
    pub(super) unit: String,
    pub(super) default: Option<Value>,
    pub(super) applies: Option<String>,
    #[serde(default)]
    pub(super) required: bool,
    #[serde(default = "yes")]
    pub(super) lockable: bool,
    pub(super) invisible: Option<String>,
    pub(super) why: Option<String>,
}

pub(super) fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawValue {
    pub(super) id: String,
    pub(super) label: String,
    pub(super) text: Option<String>,
    #[serde(default)]
    pub(super) help: String,
    #[serde(default)]
    pub(super) favours: Favours,
}

/// The keys an option may have, for suggestions.
pub(super) const OPTION_KEYS: &[&str] = &[
    "id",
    "kind",
    "section",
    "label",
    "help",
    "favours",
    "value",
    "min",
    "max",
    "unit",
    "default",
    "applies",
    "required",
    "lockable",
    "invisible",
    "why",
];

/// A stable id: starts with a letter; lower-case letters, digits and `_`.
pub(crate) fn valid_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}
