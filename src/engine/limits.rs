//! Limits on what a configuration may hold, so that no import or typed text can make the
//! agreement absurdly long or the app slow.
//!
//! The limits add up to less than the import cap for any configuration the form can produce
//! in practice; the form enforces the same per-field limits as the import.

use super::config::{ConfigError, DpaConfig, TextKind};

/// Characters in a one-line field (names, addresses, list entries).
pub const MAX_LINE: usize = 300;
/// Characters in a free-text field (nature and purpose, TOM introduction, special categories).
pub const MAX_TEXT: usize = 5_000;
/// Entries in any list (subprocessors, measures, contacts, ...).
pub const MAX_ITEMS: usize = 200;
/// Bytes of a configuration file accepted for import.
pub const MAX_IMPORT_BYTES: usize = 1_048_576;

/// The first limit `config` exceeds, naming the field. (Choices are checked against their
/// declarations, texts among them against [`MAX_LINE`].)
pub fn check_limits(config: &DpaConfig) -> Result<(), ConfigError> {
    for (path, len) in config.list_lengths() {
        if len > MAX_ITEMS {
            return Err(ConfigError {
                field: path.to_owned(),
                message: format!(
                    "Die Liste hat {len} Einträge; erlaubt sind höchstens {MAX_ITEMS}."
                ),
            });
        }
    }
    let mut first = None;
    config.clone().for_each_text_mut(&mut |path, kind, text| {
        let max = match kind {
            TextKind::Line => MAX_LINE,
            TextKind::Free => MAX_TEXT,
        };
        let len = text.chars().count();
        if len > max && first.is_none() {
            first = Some(ConfigError {
                field: path.to_owned(),
                message: format!(
                    "Der Text ist mit {len} Zeichen zu lang; erlaubt sind höchstens {max}."
                ),
            });
        }
    });
    first.map_or(Ok(()), Err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_name_the_field() {
        let mut config = crate::engine::testing::empty_draft();
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
