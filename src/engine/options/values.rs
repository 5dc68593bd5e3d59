//! Values against declarations: checking imported choices, filling in what a file lacks,
//! presets as complete sets of choices, and the sample values the tests try.

use std::collections::BTreeSet;

use serde_json::Value;

use super::{OptionDecl, OptionSet};
use crate::engine::config::{
    ChoiceValue, Choices, ConfigError, CustomerPart, Date, DpaConfig, OptionKind, ProcessorPart,
    SCHEMA_VERSION,
};
use crate::engine::field::CHOICES;
use crate::engine::limits::MAX_LINE;
use crate::engine::source::closest;

impl OptionSet {
    /// The choices of a preset (by position): every preset-bound option at its default, dates
    /// and texts empty.
    pub fn preset_choices(&self, preset: usize) -> Choices {
        let mut choices = Choices::default();
        for o in &self.options {
            let value = match o.defaults.get(preset) {
                Some(v) => v.clone(),
                None => ChoiceValue::Word(String::new()),
            };
            choices.set(&o.id, value);
        }
        choices
    }

    /// A new draft: parties and details empty but for the country (most parties are German),
    /// choices from the preset with this id.
    pub fn new_draft(&self, preset: &str) -> Option<DpaConfig> {
        let choices = self.preset_choices(self.preset_index(preset)?);
        Some(DpaConfig {
            schema: crate::engine::config::SchemaReference,
            schema_version: SCHEMA_VERSION,
            processor: ProcessorPart {
                company: crate::engine::config::Party::in_germany(),
                ..ProcessorPart::default()
            },
            customer: CustomerPart {
                controller: crate::engine::config::Party::in_germany(),
                contacts: Vec::new(),
                signatories: Vec::new(),
                processing: Default::default(),
                choices,
            },
        })
    }

    /// Sets every option a preset decides to the preset's default; dates and texts (a court,
    /// an effective date) are answers, not stances, and stay.
    pub fn apply_preset(&self, choices: &mut Choices, preset: usize) {
        for o in self.options.iter().filter(|o| o.decided_by_presets()) {
            if let Some(v) = o.defaults.get(preset) {
                choices.set(&o.id, v.clone());
            }
        }
    }

    /// The preset whose every preset-bound option equals `choices`, if any.
    pub fn matching_preset(&self, choices: &Choices) -> Option<usize> {
        (0..self.presets.len()).find(|&p| {
            self.options
                .iter()
                .filter(|o| o.decided_by_presets())
                .all(|o| choices.get(&o.id) == o.defaults.get(p))
        })
    }

    /// Adds every declared option missing from `choices` with its value in `base` (an older
    /// file or a profile written before an option existed keeps loading).
    pub fn complete(&self, choices: &mut Choices, base: &Choices) {
        for o in &self.options {
            if choices.get(&o.id).is_none()
                && let Some(v) = base.get(&o.id)
            {
                choices.set(&o.id, v.clone());
            }
        }
    }

    /// Checks every value against its declaration and brings sets into declaration order.
    /// The first problem names the field (`customer.choices.<id>`), the value found and
    /// what is allowed.
    pub fn check_choices(&self, choices: &mut Choices) -> Result<(), ConfigError> {
        if let Some(unknown) = choices.0.keys().find(|k| self.get(k).is_none()) {
            let hint = closest(unknown, self.options.iter().map(|o| o.id.as_str()))
                .map(|c| format!(" Meinten Sie „{c}“?"))
                .unwrap_or_default();
            return Err(ConfigError {
                field: format!("{CHOICES}.{unknown}"),
                message: format!("unbekannte Option „{unknown}“.{hint}"),
            });
        }
        for o in &self.options {
            let field = format!("{CHOICES}.{}", o.id);
            let Some(value) = choices.0.get_mut(&o.id) else {
                return Err(ConfigError {
                    field,
                    message: format!("Pflichtfeld „{}“ fehlt.", o.id),
                });
            };
            check_value(o, value).map_err(|message| ConfigError {
                field: field.clone(),
                message,
            })?;
        }
        Ok(())
    }

    /// Values to try for an option in the tests: every value of a choice, both states of a
    /// toggle, the bounds of a number, no set value and each single one, an empty and a filled
    /// date or text.
    pub fn samples(&self, option: &OptionDecl) -> Vec<ChoiceValue> {
        let words = |w: &[&str]| {
            w.iter()
                .map(|s| ChoiceValue::Word((*s).to_owned()))
                .collect()
        };
        match option.kind {
            OptionKind::Toggle => vec![ChoiceValue::Flag(false), ChoiceValue::Flag(true)],
            OptionKind::Choice => option
                .values
                .iter()
                .map(|v| ChoiceValue::Word(v.id.clone()))
                .collect(),
            OptionKind::Set => std::iter::once(ChoiceValue::Words(Vec::new()))
                .chain(
                    option
                        .values
                        .iter()
                        .map(|v| ChoiceValue::Words(vec![v.id.clone()])),
                )
                .collect(),
            OptionKind::Number => {
                let mut n = vec![option.min, option.max];
                n.dedup();
                n.into_iter().map(ChoiceValue::Number).collect()
            }
            OptionKind::Date => words(&["", "2031-03-15"]),
            OptionKind::Text => words(&["", "Musterstadt"]),
        }
    }
}

/// One value against its declaration; a set is brought into declaration order.
fn check_value(o: &OptionDecl, value: &mut ChoiceValue) -> Result<(), String> {
    let ids = || {
        o.values
            .iter()
            .map(|v| format!("„{}“", v.id))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match (o.kind, &mut *value) {
        (OptionKind::Toggle, ChoiceValue::Flag(_)) => Ok(()),
        (OptionKind::Toggle, other) => Err(format!(
            "erwartet true oder false, gefunden {}.",
            shown(other)
        )),
        (OptionKind::Choice, ChoiceValue::Word(w)) if o.value(w).is_some() => Ok(()),
        (OptionKind::Choice, other) => Err(format!(
            "unbekannter Wert {}; erlaubt: {}.",
            shown(other),
            ids()
        )),
        (OptionKind::Number, ChoiceValue::Number(n)) if (o.min..=o.max).contains(n) => Ok(()),
        (OptionKind::Number, ChoiceValue::Number(n)) => Err(format!(
            "{}: {n} liegt nicht zwischen {} und {}.",
            o.label, o.min, o.max
        )),
        (OptionKind::Number, other) => Err(format!(
            "erwartet eine ganze Zahl zwischen {} und {}, gefunden {}.",
            o.min,
            o.max,
            shown(other)
        )),
        (OptionKind::Set, ChoiceValue::Words(words)) => {
            if let Some(bad) = words.iter().find(|w| o.value(w).is_none()) {
                return Err(format!("unbekannter Wert „{bad}“; erlaubt: {}.", ids()));
            }
            let chosen = std::mem::take(words);
            *words = o
                .values
                .iter()
                .filter(|v| chosen.contains(&v.id))
                .map(|v| v.id.clone())
                .collect();
            Ok(())
        }
        (OptionKind::Set, other) => Err(format!(
            "erwartet eine Liste aus {}, gefunden {}.",
            ids(),
            shown(other)
        )),
        (OptionKind::Date, ChoiceValue::Word(w)) if w.is_empty() => Ok(()),
        (OptionKind::Date, ChoiceValue::Word(w)) => {
            Date::parse_iso(w).map(|_| ()).map_err(|e| e.to_string())
        }
        (OptionKind::Text, ChoiceValue::Word(w)) => {
            let len = w.chars().count();
            if len > MAX_LINE {
                Err(format!(
                    "Der Text ist mit {len} Zeichen zu lang; erlaubt sind höchstens {MAX_LINE}."
                ))
            } else {
                Ok(())
            }
        }
        (OptionKind::Date, other) => Err(format!(
            "erwartet ein Datum (JJJJ-MM-TT) oder \"\", gefunden {}.",
            shown(other)
        )),
        (OptionKind::Text, other) => {
            Err(format!("erwartet einen Text, gefunden {}.", shown(other)))
        }
    }
}

/// A value as the message quotes it.
fn shown(value: &ChoiceValue) -> String {
    match value {
        ChoiceValue::Flag(b) => b.to_string(),
        ChoiceValue::Number(n) => n.to_string(),
        ChoiceValue::Word(w) => format!("„{w}“"),
        ChoiceValue::Words(w) => format!("[{}]", w.join(", ")),
    }
}

/// A default as written, checked against the option.
pub(super) fn default_value(decl: &OptionDecl, value: &Value) -> Result<ChoiceValue, String> {
    let known = |v: &str| decl.value(v).is_some();
    let ids = || {
        decl.values
            .iter()
            .map(|v| v.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match (decl.kind, value) {
        (OptionKind::Toggle, Value::Bool(b)) => Ok(ChoiceValue::Flag(*b)),
        (OptionKind::Choice, Value::String(s)) if known(s) => Ok(ChoiceValue::Word(s.clone())),
        (OptionKind::Choice, _) => Err(format!("erwartet einen der Werte {}.", ids())),
        (OptionKind::Number, Value::Number(n)) => match n.as_i64() {
            Some(n) if (decl.min..=decl.max).contains(&n) => Ok(ChoiceValue::Number(n)),
            _ => Err(format!(
                "{n} liegt nicht zwischen {} und {}.",
                decl.min, decl.max
            )),
        },
        (OptionKind::Set, Value::Array(items)) => {
            let mut out = Vec::new();
            for item in items {
                match item.as_str() {
                    Some(s) if known(s) => out.push(s.to_owned()),
                    _ => return Err(format!("erwartet eine Liste aus {}.", ids())),
                }
            }
            let chosen: BTreeSet<&str> = out.iter().map(String::as_str).collect();
            Ok(ChoiceValue::Words(
                decl.values
                    .iter()
                    .filter(|v| chosen.contains(v.id.as_str()))
                    .map(|v| v.id.clone())
                    .collect(),
            ))
        }
        (OptionKind::Toggle, _) => Err("erwartet true oder false.".into()),
        (OptionKind::Number, _) => Err("erwartet eine ganze Zahl.".into()),
        (OptionKind::Set, _) => Err(format!("erwartet eine Liste aus {}.", ids())),
        (OptionKind::Date | OptionKind::Text, Value::String(s)) => {
            if decl.kind == OptionKind::Date && !s.is_empty() {
                Date::parse_iso(s).map_err(|e| e.to_string())?;
            }
            Ok(ChoiceValue::Word(s.clone()))
        }
        (OptionKind::Date | OptionKind::Text, _) => Err("erwartet einen Text.".into()),
    }
}
