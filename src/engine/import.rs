//! Reading a configuration file: version check, migration of older formats, the field of the
//! first problem, the legal choices against their declarations, and the limits.

use serde::Deserialize;
use serde_json::{Map, Value};

use super::config::{ConfigError, DpaConfig, SCHEMA_VERSION};
use super::options::OptionSet;

/// The dotted path of the JSON value at `line`/`column` (1-based, as serde_json reports them).
///
/// serde_json says where an error is, not in which field; walking the text up to that point
/// tells the field without tracking paths during deserialisation, which would cost code size
/// in every monomorphised deserializer.
pub fn json_path_at(text: &str, line: usize, column: usize) -> String {
    enum Frame {
        Object {
            key: Option<String>,
            expect_key: bool,
        },
        Array {
            index: usize,
        },
    }
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let mut end = (line_start + column).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut stack: Vec<Frame> = Vec::new();
    let mut chars = text[..end].chars();
    while let Some(c) = chars.next() {
        match c {
            '{' => stack.push(Frame::Object {
                key: None,
                expect_key: true,
            }),
            '[' => stack.push(Frame::Array { index: 0 }),
            '}' | ']' => {
                stack.pop();
            }
            ',' => match stack.last_mut() {
                Some(Frame::Object { expect_key, .. }) => *expect_key = true,
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            '"' => {
                let mut string = String::new();
                let mut escaped = false;
                for c in chars.by_ref() {
                    match (escaped, c) {
                        (false, '\\') => escaped = true,
                        (false, '"') => break,
                        _ => {
                            escaped = false;
                            string.push(c);
                        }
                    }
                }
                if let Some(Frame::Object { key, expect_key }) = stack.last_mut()
                    && *expect_key
                {
                    *key = Some(string);
                    *expect_key = false;
                }
            }
            _ => {}
        }
    }
    stack
        .iter()
        .filter_map(|frame| match frame {
            Frame::Object { key, .. } => key.clone(),
            Frame::Array { index } => Some(index.to_string()),
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// The common serde messages in German; others pass through.
fn german_serde_message(message: &str) -> String {
    let quoted = |m: &str| m.split('`').nth(1).unwrap_or("").to_owned();
    if message.starts_with("unknown field") {
        format!("unbekanntes Feld „{}“", quoted(message))
    } else if message.starts_with("missing field") {
        format!("Pflichtfeld „{}“ fehlt", quoted(message))
    } else if message.starts_with("unknown variant") {
        format!("unbekannter Wert „{}“", quoted(message))
    } else if message.starts_with("invalid type") {
        format!("falscher Datentyp ({message})")
    } else if message.starts_with("EOF while parsing")
        || message.starts_with("expected")
        || message.starts_with("trailing")
    {
        format!("keine gültige JSON-Datei ({message})")
    } else {
        message.to_owned()
    }
}

/// Migrations of older files, in order: entry `i` turns a file of version `i + 1` into one of
/// version `i + 2`. A change of the format adds a step here, raises [`SCHEMA_VERSION`], and
/// adds frozen files of the old version under `tests/fixtures/`, which `tests/migrations.rs`
/// loads and compares with their migrated form.
const MIGRATIONS: &[fn(&mut Value)] = &[v1_to_v2];

/// Brings a file of an earlier version up to [`SCHEMA_VERSION`].
pub fn migrate(value: &mut Value, from: u32) {
    for step in MIGRATIONS.iter().skip(from.saturating_sub(1) as usize) {
        step(value);
    }
    value["schema_version"] = SCHEMA_VERSION.into();
}

/// Version 2 declares the legal choices in `clauses/optionen.toml` and stores them flat:
/// `"breach_notice": {"kind": "deadline", "hours": 24}` becomes `"breach_notice": "deadline",
/// "breach_hours": 24`. Numbers that did not apply are left out and filled from the balanced
/// preset when the file is read.
fn v1_to_v2(value: &mut Value) {
    if let Some(choices) = value.pointer_mut("/customer/choices") {
        flatten_choices_v1(choices);
    }
}

/// The v1 → v2 step on a `choices` object alone (also used for the overrides of old profiles).
pub fn flatten_choices_v1(choices: &mut Value) {
    let Some(old) = choices.as_object().cloned() else {
        return;
    };
    let mut new = Map::new();
    // A tagged choice with numbers: the tag becomes the value, each number its own option.
    let tagged: &[(&str, &[(&str, &str)])] = &[
        (
            "duration",
            &[
                ("until", "fixed_term_until"),
                ("notice_weeks", "notice_weeks"),
            ],
        ),
        ("suspension", &[("days", "suspension_days")]),
        (
            "breach_notice",
            &[
                ("hours", "breach_hours"),
                ("report_days", "breach_report_days"),
            ],
        ),
        (
            "subprocessing",
            &[
                ("objection_days", "objection_days"),
                ("termination_weeks", "termination_weeks"),
            ],
        ),
        ("audit_notice", &[("days", "audit_notice_days")]),
    ];
    for (key, v) in old {
        if let Some((_, numbers)) = tagged.iter().find(|(k, _)| *k == key) {
            match v {
                Value::Object(inner) => {
                    if let Some(kind) = inner.get("kind") {
                        new.insert(key.clone(), kind.clone());
                    }
                    for (from, to) in *numbers {
                        if let Some(n) = inner.get(*from) {
                            new.insert((*to).to_owned(), n.clone());
                        }
                    }
                }
                other => {
                    new.insert(key, other);
                }
            }
            continue;
        }
        match (key.as_str(), v) {
            ("deletion_notice", Value::Null) => {
                new.insert(key, Value::Bool(false));
            }
            ("deletion_notice", n @ Value::Number(_)) => {
                new.insert(key, Value::Bool(true));
                new.insert("deletion_notice_days".into(), n);
            }
            ("jurisdiction", Value::Object(inner)) => {
                for (k, v) in inner {
                    new.insert(if k == "german_law" { k } else { "court".into() }, v);
                }
            }
            ("effective_date", Value::Null) => {
                new.insert(key, Value::String(String::new()));
            }
            ("transfer_safeguards", Value::Array(items)) => {
                let kept = items
                    .into_iter()
                    .filter(|s| s.as_str() != Some("not_needed"))
                    .collect();
                new.insert(key, Value::Array(kept));
            }
            (_, v) => {
                new.insert(key, v);
            }
        }
    }
    *choices = Value::Object(new);
}

/// Reads a configuration from JSON (this or an earlier version), naming the field of the first
/// problem. Options a file does not mention get the first preset's value, so a file written
/// before an option was declared keeps loading.
pub fn parse_json(text: &str, options: &OptionSet) -> Result<DpaConfig, ConfigError> {
    // Read the version first, so that a file from a newer release gets a clear message
    // instead of a complaint about a field this release does not know.
    #[derive(Deserialize)]
    struct Version {
        schema_version: Option<u32>,
    }
    if text.len() > super::limits::MAX_IMPORT_BYTES {
        return Err(ConfigError {
            field: String::new(),
            message: format!(
                "Die Datei ist größer als {} MB.",
                super::limits::MAX_IMPORT_BYTES / 1_048_576
            ),
        });
    }
    let version_error = |message: String| ConfigError {
        field: "schema_version".into(),
        message,
    };
    match serde_json::from_str::<Version>(text) {
        Ok(Version {
            schema_version: Some(v),
        }) if v > SCHEMA_VERSION => {
            return Err(version_error(format!(
                "Die Datei stammt aus einer neueren Version des Konfigurators (Schema {v}); diese Version liest Schema {SCHEMA_VERSION}."
            )));
        }
        Ok(Version {
            schema_version: Some(0),
        }) => {
            return Err(version_error(
                "Schema-Version 0 gibt es nicht; die Datei ist keine Konfiguration des AVV-Konfigurators.".into(),
            ));
        }
        Ok(Version {
            schema_version: Some(v),
        }) if v < SCHEMA_VERSION => {
            let mut value: Value = serde_json::from_str(text).map_err(|e| ConfigError {
                field: String::new(),
                message: german_serde_message(&e.to_string()),
            })?;
            migrate(&mut value, v);
            return parse_json(&serde_json::to_string(&value).unwrap_or_default(), options);
        }
        Ok(Version {
            schema_version: None,
        }) => {
            return Err(version_error(
                "Die Angabe der Schema-Version fehlt; die Datei ist keine Konfiguration des AVV-Konfigurators.".into(),
            ));
        }
        _ => {}
    }
    let mut config = serde_json::from_str::<DpaConfig>(text).map_err(|err| {
        let field = json_path_at(text, err.line(), err.column());
        let message = err.to_string();
        // serde_json appends " at line L column C"; the field name says more to a person.
        let message = message
            .split(" at line ")
            .next()
            .unwrap_or(&message)
            .to_owned();
        ConfigError {
            field,
            message: german_serde_message(&message),
        }
    })?;
    let base = options.preset_choices(0);
    options.complete(&mut config.customer.choices, &base);
    options.check_choices(&mut config.customer.choices)?;
    super::limits::check_limits(&config)?;
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_found_from_positions() {
        let text = "{\n  \"a\": {\"b\": [1, {\"c\": \"x\\\"y\"}, 3]},\n  \"d\": 5\n}";
        let at = |needle: &str| {
            let offset = text.find(needle).unwrap();
            let line = text[..offset].matches('\n').count() + 1;
            let column = offset - text[..offset].rfind('\n').map_or(0, |i| i + 1) + 1;
            json_path_at(text, line, column)
        };
        assert_eq!(at("1,"), "a.b.0");
        assert_eq!(at("\"x"), "a.b.1.c");
        assert_eq!(at("3]"), "a.b.2");
        assert_eq!(at("5"), "d");
    }

    #[test]
    fn errors_name_the_field_in_german() {
        let library = crate::engine::testing::library();
        let options = library.options();
        let mut config = serde_json::to_value(options.new_draft("ausgewogen").unwrap()).unwrap();
        config["customer"]["choices"]["data_subject_days"] = 99.into();
        let err = parse_json(&serde_json::to_string_pretty(&config).unwrap(), options).unwrap_err();
        assert_eq!(err.field, "customer.choices.data_subject_days");
        assert!(
            err.message.contains("liegt nicht zwischen 1 und 20"),
            "{}",
            err.message
        );
        config["customer"]["choices"]["data_subject_days"] = 3.into();
        config["customer"]["controller"]["nmae"] = "x".into();
        let err = parse_json(&serde_json::to_string(&config).unwrap(), options).unwrap_err();
        assert_eq!(
            err.to_string(),
            "Feld `customer.controller.nmae`: unbekanntes Feld „nmae“"
        );
        let err = parse_json("{\"schema_version\": 2, \"processor\": {", options).unwrap_err();
        assert!(err.message.starts_with("keine gültige JSON-Datei"), "{err}");
        let err = parse_json("{\"schema_version\": 7}", options).unwrap_err();
        assert_eq!(err.field, "schema_version");
    }

    #[test]
    fn v1_choices_are_flattened() {
        let mut choices: Value = serde_json::from_str(
            r#"{"breach_notice": {"kind": "deadline", "hours": 24, "report_days": 5},
                "deletion_notice": 12, "effective_date": null,
                "jurisdiction": {"german_law": true, "court": "Köln"},
                "transfer_safeguards": ["not_needed", "derogation"],
                "audit_notice": {"kind": "any_time"}, "indemnity": true}"#,
        )
        .unwrap();
        flatten_choices_v1(&mut choices);
        let expected: Value = serde_json::from_str(
            r#"{"breach_notice": "deadline", "breach_hours": 24, "breach_report_days": 5,
                "deletion_notice": true, "deletion_notice_days": 12, "effective_date": "",
                "german_law": true, "court": "Köln", "transfer_safeguards": ["derogation"],
                "audit_notice": "any_time", "indemnity": true}"#,
        )
        .unwrap();
        assert_eq!(choices, expected);
    }
}
