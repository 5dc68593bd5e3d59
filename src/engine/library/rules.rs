//! The checks of `clauses/pruefungen.toml`: conditions on the choices and the structure that
//! make a draft incomplete (errors) or risky (warnings), each with the field that resolves it
//! and a German message that may use the party terms.

use serde::Deserialize;
use serde_json::Value;

use crate::engine::condition::Condition;
use crate::engine::diagnostic::Severity;
use crate::engine::field::FieldPath;
use crate::engine::options::OptionSet;
use crate::engine::source::{FilePart, LibraryError, closest, german_serde_message};

/// One check.
#[derive(Debug)]
pub struct Rule {
    /// When the check fires.
    pub when: Condition,
    /// Error (incomplete) or warning (risky).
    pub severity: Severity,
    /// The field that resolves it.
    pub field: FieldPath,
    /// The message as written, for documentation.
    pub message_text: String,
    /// The file line of its `when`.
    pub line: usize,
    /// The compiled message.
    pub(super) message: upon::Template<'static>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    rule: Vec<Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    when: String,
    severity: RawSeverity,
    field: String,
    message: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "lowercase")]
enum RawSeverity {
    Error,
    Warning,
}

/// Reads and checks every rule; all mistakes are returned.
pub(super) fn load(
    part: &FilePart<'_>,
    options: &OptionSet,
    templates: &upon::Engine<'static>,
) -> Result<Vec<Rule>, Vec<LibraryError>> {
    let raw: RawFile = part.parse().map_err(|e| vec![e])?;
    let mut rules = Vec::new();
    let mut errors = Vec::new();
    let mut line = part.data_line;
    for value in raw.rule {
        line = part.find_line(line + 1, |l| l.starts_with("[[rule]]"));
        let rule: RawRule = match serde_json::from_value(value) {
            Ok(r) => r,
            Err(e) => {
                errors.push(part.error_at(line, german_serde_message(&e.to_string())));
                continue;
            }
        };
        let when = match Condition::parse(&rule.when, options) {
            Ok(c) => Some(c),
            Err(e) => {
                let at = part.key_line("when", line);
                errors.push(
                    part.error_at(at, format!("Bedingung: {}", e.message))
                        .with_hint(e.hint),
                );
                None
            }
        };
        let field = match FieldPath::parse(&rule.field) {
            Some(FieldPath::Choice(id)) if options.get(&id).is_none() => {
                let hint = closest(&id, options.all().iter().map(|o| o.id.as_str()))
                    .map(|c| format!("Meinten Sie `customer.choices.{c}`?"));
                errors.push(
                    part.error_at(
                        part.key_line("field", line),
                        format!("Unbekannte Option `{id}`."),
                    )
                    .with_hint(hint),
                );
                None
            }
            Some(path) => Some(path),
            None => {
                errors.push(part.error_at(
                    part.key_line("field", line),
                    format!(
                        "`{}` ist kein Feld der Konfiguration; das Verzeichnis der Felder steht in docs/clause-authoring.md.",
                        rule.field
                    ),
                ));
                None
            }
        };
        let message = match templates.compile(rule.message.clone()) {
            Ok(t) => Some(t),
            Err(e) => {
                errors.push(part.error_at(
                    part.key_line("message", line),
                    format!(
                        "Vorlagenfehler in der Meldung: {}",
                        e.to_string().lines().next().unwrap_or_default()
                    ),
                ));
                None
            }
        };
        if let (Some(when), Some(field), Some(message)) = (when, field, message) {
            rules.push(Rule {
                when,
                severity: match rule.severity {
                    RawSeverity::Error => Severity::Error,
                    RawSeverity::Warning => Severity::Warning,
                },
                field,
                message_text: rule.message,
                line,
                message,
            });
        }
    }
    if errors.is_empty() {
        Ok(rules)
    } else {
        Err(errors)
    }
}
