//! Vendor profiles: what a SaaS vendor fixes for all its customers, and what they may change.
//!
//! A profile is a TOML file (documented in `docs/profiles.md`) with the vendor's
//! [`ProcessorPart`], the document title, the default choices (a preset plus overrides, by
//! option id) and locks: an option either fixed to its default, or a number kept within a
//! narrower range. Which options exist, their values and bounds, and whether a vendor may lock
//! them come from the declarations in `clauses/optionen.toml`. A profile is checked when the
//! app is built (`avv profile FILE`); in the browser it decides the new draft, keeps locked
//! choices in place, and refuses an imported configuration that contradicts it, naming the
//! field.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::config::{
    ChoiceValue, Choices, ConfigError, CustomerPart, DpaConfig, ProcessorPart, SCHEMA_VERSION,
};
use super::field::CHOICES;
use super::options::OptionSet;
pub use look::{Logo, Look};

/// How a choice is locked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case", deny_unknown_fields)]
pub enum LockRule {
    /// The customer cannot change it.
    Fixed,
    /// A number the customer may set within these bounds.
    Range {
        /// Smallest allowed value.
        min: i64,
        /// Largest allowed value.
        max: i64,
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
    /// Locks by option id.
    pub locks: BTreeMap<String, LockRule>,
    /// Logo and accent colour; none in profiles without a `[look]` table.
    #[serde(default)]
    pub look: Look,
}

/// A mistake in a profile file: the line and field at fault.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileError {
    /// 1-based line in the file, when known.
    pub line: Option<usize>,
    /// Field at fault, as a dotted path.
    pub field: String,
    /// What is wrong, in German.
    pub message: String,
}

impl std::fmt::Display for ProfileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "Zeile {line}: Feld `{}`: {}", self.field, self.message),
            None => write!(f, "Feld `{}`: {}", self.field, self.message),
        }
    }
}

impl std::error::Error for ProfileError {}

impl Profile {
    /// Reads a compiled profile (the output of `avv profile`), as embedded in a build, and
    /// checks its choices against the options of this build.
    pub fn from_compiled(json: &str, options: &OptionSet) -> Result<Self, ConfigError> {
        let mut profile: Self = serde_json::from_str(json).map_err(|e| ConfigError {
            field: String::new(),
            message: e.to_string(),
        })?;
        let base = options.preset_choices(0);
        options.complete(&mut profile.defaults, &base);
        options.check_choices(&mut profile.defaults)?;
        Ok(profile)
    }

    /// The compiled form that a build embeds.
    pub fn compiled(&self) -> String {
        serde_json::to_string(self).expect("profiles serialise")
    }

    /// A new draft: the vendor's data and the default choices, the customer's part empty.
    pub fn new_draft(&self) -> DpaConfig {
        DpaConfig {
            schema: crate::engine::config::SchemaReference,
            schema_version: SCHEMA_VERSION,
            processor: self.processor.clone(),
            customer: CustomerPart {
                controller: crate::engine::config::Party::in_germany(),
                contacts: Vec::new(),
                signatories: Vec::new(),
                processing: Default::default(),
                choices: self.defaults.clone(),
            },
        }
    }

    /// The lock on an option, if any.
    pub fn lock(&self, option: &str) -> Option<&LockRule> {
        self.locks.get(option)
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
        let choices = &config.customer.choices;
        for (id, rule) in &self.locks {
            let problem = match rule {
                LockRule::Fixed => (choices.get(id) != self.defaults.get(id)).then(|| {
                    "ist vom Anbieter festgelegt und kann nicht geändert werden".to_owned()
                }),
                LockRule::Range { min, max } => match choices.number(id) {
                    Some(n) if (*min..=*max).contains(&n) => None,
                    Some(n) => Some(format!(
                        "{n} liegt außerhalb des vom Anbieter erlaubten Bereichs von {min} bis {max}"
                    )),
                    None => None,
                },
            };
            if let Some(message) = problem {
                out.push(ConfigError {
                    field: format!("{CHOICES}.{id}"),
                    message,
                });
            }
        }
        out
    }

    /// Why `config` cannot be used with this profile, as one German sentence, if it cannot.
    pub fn refusal(&self, config: &DpaConfig) -> Option<String> {
        let first = self.violations(config).into_iter().next()?;
        Some(format!(
            "Die Konfiguration passt nicht zum Angebot der {}: {first}.",
            self.processor.company.name
        ))
    }

    /// Brings `config` in line: the vendor's data, locked choices at their defaults, numbers
    /// within their ranges. Used after every change in the app, so no action can break a lock.
    pub fn enforce(&self, config: &mut DpaConfig) {
        if config.processor != self.processor {
            config.processor = self.processor.clone();
        }
        let choices = &mut config.customer.choices;
        for (id, rule) in &self.locks {
            match rule {
                LockRule::Fixed => {
                    if let Some(default) = self.defaults.get(id)
                        && choices.get(id) != Some(default)
                    {
                        choices.set(id, default.clone());
                    }
                }
                LockRule::Range { min, max } => {
                    if let Some(n) = choices.number(id)
                        && !(*min..=*max).contains(&n)
                    {
                        choices.set(id, ChoiceValue::Number(n.clamp(*min, *max)));
                    }
                }
            }
        }
    }
}

mod look;
#[cfg(not(target_arch = "wasm32"))]
mod parse;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
