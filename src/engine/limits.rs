//! Limits on what a configuration may hold, so that no import or typed text can make the
//! agreement absurdly long or the app slow.

use serde_json::Value;

use super::config::{ConfigError, DpaConfig};

/// Characters in a one-line field (names, addresses, list entries).
pub const MAX_LINE: usize = 300;
/// Characters in a free-text field (nature and purpose, TOM introduction, special categories).
pub const MAX_TEXT: usize = 5_000;
/// Entries in any list (subprocessors, measures, contacts, ...).
pub const MAX_ITEMS: usize = 200;
/// Bytes of a configuration file accepted for import.
pub const MAX_IMPORT_BYTES: usize = 1_048_576;

/// The free-text fields; every other string is one line.
const FREE_TEXT: &[&str] = &[
    "nature_and_purpose",
    "narrative",
    "special_categories_detail",
];

/// The first limit `config` exceeds, naming the field.
pub fn check_limits(config: &DpaConfig) -> Result<(), ConfigError> {
    let value = serde_json::to_value(config).map_err(|e| ConfigError {
        field: String::new(),
        message: e.to_string(),
    })?;
    walk(&value, &mut Vec::new())
}

fn walk(value: &Value, path: &mut Vec<String>) -> Result<(), ConfigError> {
    let field = || path.join(".");
    match value {
        Value::String(text) => {
            let free = path
                .last()
                .is_some_and(|key| FREE_TEXT.contains(&key.as_str()));
            let max = if free { MAX_TEXT } else { MAX_LINE };
            let len = text.chars().count();
            if len > max {
                return Err(ConfigError {
                    field: field(),
                    message: format!(
                        "Der Text ist mit {len} Zeichen zu lang; erlaubt sind höchstens {max}."
                    ),
                });
            }
        }
        Value::Array(items) => {
            if items.len() > MAX_ITEMS {
                return Err(ConfigError {
                    field: field(),
                    message: format!(
                        "Die Liste hat {} Einträge; erlaubt sind höchstens {MAX_ITEMS}.",
                        items.len()
                    ),
                });
            }
            for (i, item) in items.iter().enumerate() {
                path.push(i.to_string());
                walk(item, path)?;
                path.pop();
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                path.push(key.clone());
                walk(item, path)?;
                path.pop();
            }
        }
        _ => {}
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::presets::Preset;

    #[test]
    fn limits_name_the_field() {
        let mut config = DpaConfig::new_draft(Preset::Ausgewogen);
        assert_eq!(check_limits(&config), Ok(()));
        config.customer.processing.nature_and_purpose = "x".repeat(MAX_TEXT);
        config.customer.controller.name = "x".repeat(MAX_LINE);
        assert_eq!(check_limits(&config), Ok(()));
        config.customer.controller.city = "ß".repeat(MAX_LINE + 1);
        let err = check_limits(&config).unwrap_err();
        assert_eq!(err.field, "customer.controller.city");
        assert!(err.message.contains("301 Zeichen"), "{}", err.message);
        config.customer.controller.city.clear();
        config.processor.services = vec![String::new(); MAX_ITEMS + 1];
        assert_eq!(
            check_limits(&config).unwrap_err().field,
            "processor.services"
        );
    }
}
