//! Drafts and exported files of every earlier schema version still load: each file under
//! `tests/fixtures/schema-vN/` is a frozen copy written by a release with version N.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

use avv::engine::config::{SCHEMA_VERSION, parse_json};
use avv::engine::{Severity, assemble};

#[test]
fn fixtures_of_every_version_load() {
    let library = avv::shipped::library().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for version in 1..=SCHEMA_VERSION {
        let dir = root.join(format!("schema-v{version}"));
        let files: Vec<_> = fs::read_dir(&dir)
            .unwrap_or_else(|_| panic!("no fixtures for version {version}"))
            .flatten()
            .collect();
        assert!(!files.is_empty(), "no fixtures for version {version}");
        for file in files {
            let text = fs::read_to_string(file.path()).unwrap();
            let config =
                parse_json(&text).unwrap_or_else(|e| panic!("{}: {e}", file.path().display()));
            assert_eq!(config.schema_version, SCHEMA_VERSION);
            let out = assemble(&config, &library);
            assert!(
                out.diagnostics
                    .iter()
                    .all(|d| d.severity != Severity::Error),
                "{}: {:?}",
                file.path().display(),
                out.diagnostics
            );
        }
    }
}

#[test]
fn unknown_versions_are_refused_with_a_message() {
    let text =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/minimal.json"))
            .unwrap();
    for version in [0, SCHEMA_VERSION + 1] {
        let changed = text.replacen(
            "\"schema_version\": 1",
            &format!("\"schema_version\": {version}"),
            1,
        );
        let err = parse_json(&changed).unwrap_err();
        assert_eq!(err.field, "schema_version");
        assert!(
            err.message.contains("Schema") || err.message.contains("Version"),
            "{}",
            err.message
        );
    }
}
