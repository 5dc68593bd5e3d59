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
/// Entries in a list a person fills in (tasks, purposes, services, own measures, ...).
pub const MAX_ITEMS: usize = 200;
/// Subprocessors (seven fields each).
pub const MAX_SUBPROCESSORS: usize = 100;
/// Named contacts.
pub const MAX_CONTACTS: usize = 50;
/// Signatories.
pub const MAX_SIGNATORIES: usize = 20;
/// Entries in a list of catalogue ids (measures, data types, data subjects): room for every
/// entry of the catalogues, which grow (the TOM catalogue has over 200 measures).
pub const MAX_CATALOGUE_ITEMS: usize = 1_000;
/// Bytes of a configuration file accepted for import: more than the largest configuration the
/// limits allow (a test checks it), so that the app can always read back what it wrote.
pub const MAX_IMPORT_BYTES: usize = 4 * 1_048_576;

/// The most entries the list at `path` may hold.
pub fn max_items(path: &str) -> usize {
    match path {
        "processor.tom.measures"
        | "customer.processing.data_types"
        | "customer.processing.data_subjects" => MAX_CATALOGUE_ITEMS,
        "processor.subprocessors" => MAX_SUBPROCESSORS,
        "customer.contacts" => MAX_CONTACTS,
        "customer.signatories" => MAX_SIGNATORIES,
        _ => MAX_ITEMS,
    }
}

/// The first limit `config` exceeds, naming the field. (Choices are checked against their
/// declarations, texts among them against [`MAX_LINE`].)
pub fn check_limits(config: &DpaConfig) -> Result<(), ConfigError> {
    for (path, len) in config.list_lengths() {
        let max = max_items(path);
        if len > max {
            return Err(ConfigError {
                field: path.to_owned(),
                message: format!("Die Liste hat {len} Einträge; erlaubt sind höchstens {max}."),
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

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn a_configuration_at_every_limit_fits_the_import_cap() {
        // Every list at its limit, every text at its length with a four-byte character (the
        // longest UTF-8 encoding JSON keeps unescaped): what the form can produce at most.
        let library = crate::shipped::library().unwrap();
        let mut config = crate::engine::library::full_sample(&library);
        let fill = |items: &mut Vec<String>, n| *items = vec![String::new(); n];
        let p = &mut config.processor;
        fill(&mut p.services, MAX_ITEMS);
        fill(&mut p.locations, MAX_ITEMS);
        p.tom.measures = vec!["x".repeat(40); MAX_CATALOGUE_ITEMS];
        p.tom.custom = vec![p.tom.custom[0].clone(); MAX_ITEMS];
        p.subprocessors = vec![p.subprocessors[0].clone(); MAX_SUBPROCESSORS];
        let c = &mut config.customer;
        c.contacts = vec![c.contacts[0].clone(); MAX_CONTACTS];
        c.signatories = vec![c.signatories[0].clone(); MAX_SIGNATORIES];
        let d = &mut c.processing;
        for list in [
            &mut d.tasks,
            &mut d.purposes,
            &mut d.custom_data_types,
            &mut d.custom_data_subjects,
        ] {
            fill(list, MAX_ITEMS);
        }
        d.data_types = vec!["x".repeat(40); MAX_CATALOGUE_ITEMS];
        d.data_subjects = vec!["x".repeat(40); MAX_CATALOGUE_ITEMS];
        config.for_each_text_mut(&mut |_, kind, text| {
            let max = match kind {
                TextKind::Line => MAX_LINE,
                TextKind::Free => MAX_TEXT,
            };
            *text = "\u{1D11E}".repeat(max);
        });
        assert_eq!(check_limits(&config), Ok(()));
        let bytes = serde_json::to_string(&config).unwrap().len();
        assert!(
            bytes <= MAX_IMPORT_BYTES,
            "{bytes} bytes > {MAX_IMPORT_BYTES}"
        );
    }
}
