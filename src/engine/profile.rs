//! Vendor profiles: what a SaaS vendor fixes for all its customers, and what they may change.
//!
//! A profile is a TOML file (documented in `docs/profiles.md`) with the vendor's
//! [`ProcessorPart`], the document title, the default choices (a preset plus overrides) and
//! locks: a choice either fixed to its default, or a number kept within a narrower range. It
//! is checked when the app is built (`avv profile FILE`); in the browser it decides the new
//! draft, keeps locked choices in place, and refuses an imported configuration that
//! contradicts it, naming the field.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::config::{
    Choices, ConfigError, CustomerPart, DpaConfig, Party, ProcessingDetails, ProcessorPart,
    SCHEMA_VERSION,
};
use super::presets::Preset;

/// How a choice is locked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case", deny_unknown_fields)]
pub enum LockRule {
    /// The customer cannot change it.
    Fixed,
    /// A number the customer may set within these bounds.
    Range {
        /// Smallest allowed value.
        min: u32,
        /// Largest allowed value.
        max: u32,
    },
}

/// A checked vendor profile. Its JSON form is what a build embeds: the TOML file is read and
/// checked once, natively, so the browser only deserialises the result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// The vendor's fixed data, document title and version included.
    pub processor: ProcessorPart,
    /// The choices a new draft starts with.
    pub defaults: Choices,
    /// Locks by choice path (`subprocessing`, `breach_notice.hours`).
    pub locks: BTreeMap<String, LockRule>,
}

/// A profile file that cannot be used: the line and field at fault.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileError {
    /// 1-based line in the file, when known.
    pub line: Option<usize>,
    /// Field at fault, as a dotted path.
    pub field: String,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for ProfileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}: field `{}`: {}", self.field, self.message),
            None => write!(f, "field `{}`: {}", self.field, self.message),
        }
    }
}

impl std::error::Error for ProfileError {}

/// The file as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProfileFile {
    processor: ProcessorPart,
    choices: ChoicesFile,
    #[serde(default)]
    locks: BTreeMap<String, LockFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChoicesFile {
    preset: String,
    #[serde(default)]
    overrides: toml::Table,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum LockFile {
    Word(String),
    Range { min: u32, max: u32 },
}

/// The value at a dotted path of a JSON value.
fn at<'v>(value: &'v Value, path: &str) -> Option<&'v Value> {
    path.split('.').try_fold(value, |v, key| v.get(key))
}

/// The line of the first `key` (as `key =` or `[key]`/`"key"`) in `text`, at or after the
/// line holding `after` (a table header), if given.
fn line_of(text: &str, key: &str, after: Option<&str>) -> Option<usize> {
    let last = key.rsplit('.').next().unwrap_or(key);
    let skip = after
        .and_then(|h| text.lines().position(|l| l.trim() == h))
        .unwrap_or(0);
    text.lines()
        .skip(skip)
        .position(|l| {
            let l = l.trim_start();
            l.starts_with(&format!("{last} "))
                || l.starts_with(&format!("{last}="))
                || l.starts_with(&format!("\"{key}\""))
                || l.contains(&format!("[{key}]"))
        })
        .map(|i| skip + i + 1)
}

impl Profile {
    /// Reads a compiled profile (the output of `avv profile`), as embedded in a build.
    pub fn from_compiled(json: &str) -> Result<Self, ConfigError> {
        serde_json::from_str(json).map_err(|e| ConfigError {
            field: String::new(),
            message: e.to_string(),
        })
    }

    /// The compiled form that a build embeds.
    pub fn compiled(&self) -> String {
        serde_json::to_string(self).expect("profiles serialise")
    }

    /// Reads and checks a profile.
    pub fn parse(text: &str) -> Result<Self, ProfileError> {
        let file: ProfileFile = toml::from_str(text).map_err(|err| ProfileError {
            line: err
                .span()
                .map(|s| text[..s.start].matches('\n').count() + 1),
            field: err.message().split('`').nth(1).unwrap_or("").to_owned(),
            message: err.message().to_owned(),
        })?;
        let error = |field: &str, message: String| ProfileError {
            line: line_of(text, field, None),
            field: field.to_owned(),
            message,
        };
        let lock_error = |field: &str, message: String| ProfileError {
            line: line_of(text, field, Some("[locks]")),
            field: field.to_owned(),
            message,
        };
        let preset = Preset::from_key(&file.choices.preset).ok_or_else(|| {
            error("choices.preset", format!("unknown preset `{}`; one of ausgewogen, auftraggeberfreundlich, anbieterfreundlich", file.choices.preset))
        })?;
        let mut defaults = serde_json::to_value(preset.choices()).expect("choices serialise");
        for (key, value) in &file.choices.overrides {
            let value = serde_json::to_value(value).map_err(|e| error(key, e.to_string()))?;
            merge(&mut defaults[key.as_str()], value);
        }
        let defaults: Choices = serde_json::from_value(defaults.clone()).map_err(|e| {
            let field = e
                .to_string()
                .split('`')
                .nth(1)
                .map(|f| format!("choices.overrides.{f}"))
                .unwrap_or_else(|| "choices.overrides".into());
            error(&field, e.to_string())
        })?;
        let shape = serde_json::to_value(&defaults).expect("choices serialise");
        let mut locks = BTreeMap::new();
        for (path, lock) in file.locks {
            let current = at(&shape, &path)
                .ok_or_else(|| lock_error(&path, format!("`{path}` is not a choice")))?;
            let rule = match lock {
                LockFile::Word(word) if word == "fixed" => LockRule::Fixed,
                LockFile::Word(word) => {
                    return Err(lock_error(
                        &path,
                        format!("`{word}`: write \"fixed\" or {{ min = …, max = … }}"),
                    ));
                }
                LockFile::Range { min, max } => {
                    let value = current.as_u64().ok_or_else(|| {
                        lock_error(
                            &path,
                            format!("`{path}` is not a number; only numbers take a range"),
                        )
                    })?;
                    if min > max || !(u64::from(min)..=u64::from(max)).contains(&value) {
                        return Err(lock_error(
                            &path,
                            format!("the default {value} lies outside {min} to {max}"),
                        ));
                    }
                    LockRule::Range { min, max }
                }
            };
            locks.insert(path, rule);
        }
        let profile = Self {
            processor: file.processor,
            defaults,
            locks,
        };
        // The range must fit the type's own bounds: a draft at each end must be accepted.
        for (path, rule) in &profile.locks {
            if let LockRule::Range { min, max } = rule {
                for n in [*min, *max] {
                    let mut value = shape.clone();
                    set(&mut value, path, Value::from(n));
                    if let Err(e) = serde_json::from_value::<Choices>(value) {
                        return Err(lock_error(path, format!("{n} is not allowed here: {e}")));
                    }
                }
            }
        }
        Ok(profile)
    }

    /// A new draft: the vendor's data and the default choices, the customer's part empty.
    pub fn new_draft(&self) -> DpaConfig {
        DpaConfig {
            schema_version: SCHEMA_VERSION,
            processor: self.processor.clone(),
            customer: CustomerPart {
                controller: Party::default(),
                contacts: Vec::new(),
                signatories: Vec::new(),
                processing: ProcessingDetails::default(),
                choices: self.defaults.clone(),
            },
        }
    }

    /// The lock on a choice path, looking at the path and each parent (`subprocessing` locks
    /// `subprocessing.objection_days`).
    pub fn lock(&self, choice_path: &str) -> Option<&LockRule> {
        let mut path = choice_path;
        loop {
            if let Some(rule) = self.locks.get(path) {
                return Some(rule);
            }
            path = path.rsplit_once('.')?.0;
        }
    }

    /// Where `config` contradicts the profile, as (field, German message); empty if it fits.
    pub fn violations(&self, config: &DpaConfig) -> Vec<ConfigError> {
        let mut out = Vec::new();
        if config.processor != self.processor {
            out.push(ConfigError {
                field: "processor".into(),
                message: format!(
                    "Die Angaben zum Auftragnehmer weichen von denen der {} ab.",
                    self.processor.company.name
                ),
            });
        }
        let choices = serde_json::to_value(&config.customer.choices).expect("choices serialise");
        let defaults = serde_json::to_value(&self.defaults).expect("choices serialise");
        for (path, rule) in &self.locks {
            let (value, default) = (at(&choices, path), at(&defaults, path));
            let problem = match rule {
                LockRule::Fixed => (value != default).then(|| {
                    "ist vom Anbieter festgelegt und kann nicht geändert werden".to_owned()
                }),
                LockRule::Range { min, max } => match value.and_then(Value::as_u64) {
                    Some(n) if (u64::from(*min)..=u64::from(*max)).contains(&n) => None,
                    Some(n) => Some(format!(
                        "{n} liegt außerhalb des vom Anbieter erlaubten Bereichs von {min} bis {max}"
                    )),
                    // The number does not apply under this configuration's variant.
                    None => None,
                },
            };
            if let Some(message) = problem {
                out.push(ConfigError {
                    field: format!("customer.choices.{path}"),
                    message,
                });
            }
        }
        out
    }

    /// Brings `config` in line: the vendor's data, locked choices at their defaults, numbers
    /// within their ranges. Used after every change in the app, so no action can break a lock.
    pub fn enforce(&self, config: &mut DpaConfig) {
        config.processor = self.processor.clone();
        if self.locks.is_empty() {
            return;
        }
        let mut choices =
            serde_json::to_value(&config.customer.choices).expect("choices serialise");
        let defaults = serde_json::to_value(&self.defaults).expect("choices serialise");
        for (path, rule) in &self.locks {
            match rule {
                LockRule::Fixed => {
                    if let Some(default) = at(&defaults, path) {
                        set(&mut choices, path, default.clone());
                    }
                }
                LockRule::Range { min, max } => {
                    if let Some(n) = at(&choices, path).and_then(Value::as_u64) {
                        set(
                            &mut choices,
                            path,
                            Value::from(n.clamp(u64::from(*min), u64::from(*max))),
                        );
                    }
                }
            }
        }
        if let Ok(choices) = serde_json::from_value(choices) {
            config.customer.choices = choices;
        }
    }
}

/// Deep merge of `patch` into `target`: tables merge key by key, anything else replaces.
fn merge(target: &mut Value, patch: Value) {
    match (target, patch) {
        (Value::Object(target), Value::Object(patch)) => {
            for (k, v) in patch {
                merge(target.entry(k).or_insert(Value::Null), v);
            }
        }
        (target, patch) => *target = patch,
    }
}

/// Sets the value at a dotted path, if the path exists.
fn set(value: &mut Value, path: &str, new: Value) {
    let mut slot = Some(value);
    for key in path.split('.') {
        slot = slot.and_then(|v| v.get_mut(key));
    }
    if let Some(slot) = slot {
        *slot = new;
    }
}

#[cfg(test)]
mod tests;
