//! Reading a configuration file: version check, migration of older formats, the field of the
//! first problem, the legal choices against their declarations, and the limits.

use serde::Deserialize;
use serde_json::Value;

use super::config::{ConfigError, DpaConfig, SCHEMA_VERSION};
use super::json_messages::{german_serde_message, syntax_error};
pub use super::migrate::{migrate, upgrade_choices};
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
    let mut end = (super::json_messages::line_start(text, line) + column).min(text.len());
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
    if let Some(message) = syntax_error(text) {
        return Err(ConfigError {
            field: String::new(),
            message,
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
            // `[2]` reads as a version too (serde accepts a struct as a sequence), but only an
            // object can be migrated.
            if !value.is_object() {
                return Err(ConfigError {
                    field: String::new(),
                    message: "Die Datei ist keine Konfiguration des AVV-Konfigurators: Sie enthält kein JSON-Objekt.".into(),
                });
            }
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
            "Feld `customer.controller.nmae`: unbekanntes Feld „nmae“; erlaubt: „name“, „street“, „postal_code“, „city“, „country“, „register“, „representative“, „seat“"
        );
        let err = parse_json("{\"schema_version\": 2, \"processor\": {", options).unwrap_err();
        assert!(err.message.starts_with("keine gültige JSON-Datei"), "{err}");
        let err = parse_json("{\"schema_version\": 7}", options).unwrap_err();
        assert_eq!(err.field, "schema_version");
    }

    #[test]
    fn a_version_that_is_no_object_is_refused_not_migrated() {
        // Found by `make fuzz-short`: `[2]` deserialises as a version and reached the
        // migration, which indexes an object.
        let options = crate::shipped::library().unwrap();
        let err = parse_json("[2]", options.options()).unwrap_err();
        assert!(err.message.contains("kein JSON-Objekt"), "{err}");
    }
}
