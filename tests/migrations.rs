//! Drafts and exported files of every earlier schema version still load: each file under
//! `tests/fixtures/schema-vN/` is a frozen copy written by a release with version N, and
//! `schema-vN/expected/` holds what it must become in the current format.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::fs;

use avv::engine::config::SCHEMA_VERSION;
use avv::engine::import::parse_json;
use avv::engine::{Severity, assemble};
use common::{library, root};

#[test]
fn fixtures_of_every_earlier_version_become_the_current_format() {
    let options = library().options();
    const { assert!(SCHEMA_VERSION > 1, "a migration exists to test") };
    for version in 1..SCHEMA_VERSION {
        let dir = root().join(format!("tests/fixtures/schema-v{version}"));
        let files: Vec<_> = fs::read_dir(&dir)
            .unwrap_or_else(|_| panic!("no fixtures for version {version}"))
            .flatten()
            .filter(|f| f.path().extension().is_some_and(|e| e == "json"))
            .collect();
        assert!(!files.is_empty(), "no fixtures for version {version}");
        for file in files {
            let text = fs::read_to_string(file.path()).unwrap();
            assert!(
                text.contains(&format!("\"schema_version\": {version}")),
                "{}: not a version {version} file",
                file.path().display()
            );
            let config = parse_json(&text, options)
                .unwrap_or_else(|e| panic!("{}: {e}", file.path().display()));
            assert_eq!(config.schema_version, SCHEMA_VERSION);
            let expected = dir.join("expected").join(file.file_name());
            let expected = parse_json(&fs::read_to_string(&expected).unwrap(), options).unwrap();
            assert_eq!(config, expected, "{}", file.path().display());
            // The migrated choices are valid: no error names a choice. (Other errors may
            // appear: a later library asks for more, e.g. a measure for every Art. 32 letter.)
            let out = assemble(&config, library());
            assert!(
                out.diagnostics.iter().all(|d| d.severity != Severity::Error
                    || !d
                        .field
                        .as_ref()
                        .is_some_and(|f| f.to_string().starts_with("customer.choices"))),
                "{}: {:?}",
                file.path().display(),
                out.diagnostics
            );
        }
    }
}

#[test]
fn unknown_versions_are_refused_with_a_message() {
    let text = fs::read_to_string(root().join("examples/minimal.json")).unwrap();
    let current = format!("\"schema_version\": {SCHEMA_VERSION}");
    assert!(text.contains(&current));
    for version in [0, SCHEMA_VERSION + 1] {
        let changed = text.replacen(&current, &format!("\"schema_version\": {version}"), 1);
        let err = parse_json(&changed, library().options()).unwrap_err();
        assert_eq!(err.field, "schema_version");
        assert!(
            err.message.contains("Schema") || err.message.contains("Version"),
            "{}",
            err.message
        );
    }
}
