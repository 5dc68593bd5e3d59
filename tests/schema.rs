//! The JSON Schemas and `docs/configuration.md` are generated from the types, the option
//! declarations and the catalogues, are current in the repository, accept every example and
//! profile, reject what the engine rejects, and name exactly the fields serde writes.
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "support/json_schema.rs"]
mod json_schema;

use std::collections::BTreeSet;
use std::path::Path;

use avv::schema::{self, CONFIGURATION_SCHEMA_PATH, PROFILE_SCHEMA_PATH};
use serde_json::{Value, json};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Compares a generated file with the repository's; `UPDATE_DOCS=1` writes it.
fn current(path: &str, generated: &str) -> Option<String> {
    let file = root().join(path);
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, generated).unwrap();
        return None;
    }
    let on_disk = std::fs::read_to_string(&file).unwrap_or_default();
    (on_disk != generated)
        .then(|| format!("{path} ist veraltet: UPDATE_DOCS=1 cargo test --test schema"))
}

fn configuration() -> Value {
    schema::configuration(common::library())
}

#[test]
fn the_generated_files_are_current() {
    let library = common::library();
    let pretty = |v: &Value| serde_json::to_string_pretty(v).unwrap() + "\n";
    let example = std::fs::read_to_string(root().join("examples/minimal.json")).unwrap();
    let stale: Vec<String> = [
        current(
            CONFIGURATION_SCHEMA_PATH,
            &pretty(&schema::configuration(library)),
        ),
        current(PROFILE_SCHEMA_PATH, &pretty(&schema::profile(library))),
        current(
            "docs/configuration.md",
            &schema::docs::configuration_markdown(library, &example),
        ),
    ]
    .into_iter()
    .flatten()
    .collect();
    assert!(stale.is_empty(), "{stale:#?}");
}

#[test]
fn every_example_names_the_schema_and_passes_it() {
    let schema = configuration();
    let mut failures = Vec::new();
    for entry in std::fs::read_dir(root().join("examples")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let value: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        if value["$schema"] != json!("../docs/schema/konfiguration.schema.json") {
            failures.push(format!("{}: $schema fehlt", path.display()));
        }
        for error in json_schema::validate(&schema, &value) {
            failures.push(format!("{}: {error}", path.display()));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn every_profile_names_the_schema_and_passes_it() {
    let schema = schema::profile(common::library());
    let mut failures = Vec::new();
    for entry in std::fs::read_dir(root().join("examples/profiles")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        if !text.starts_with("#:schema ../../docs/schema/profil.schema.json\n") {
            failures.push(format!(
                "{}: `#:schema` fehlt in der ersten Zeile",
                path.display()
            ));
        }
        let value: Value =
            serde_json::to_value(toml::from_str::<toml::Value>(&text).unwrap()).unwrap();
        for error in json_schema::validate(&schema, &value) {
            failures.push(format!("{}: {error}", path.display()));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn the_schema_refuses_what_the_engine_refuses() {
    let schema = configuration();
    let minimal: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("examples/minimal.json")).unwrap(),
    )
    .unwrap();
    assert!(json_schema::validate(&schema, &minimal).is_empty());
    // The engine refuses these on import (exit 2) or, for ids the catalogues do not know, as
    // errors of the check (exit 1).
    let broken: [(&str, Value, bool); 6] = [
        (
            "/customer/choices/terminology",
            json!("verantwortlicher"),
            true,
        ),
        ("/customer/choices/breach_hours", json!(5000), true),
        ("/customer/choices/breach_hours", json!("24"), true),
        (
            "/customer/choices/effective_date",
            json!("31.12.2027"),
            true,
        ),
        (
            "/customer/processing/data_types",
            json!(["gibtsnicht"]),
            false,
        ),
        ("/customer/controller/nmae", json!("x"), true),
    ];
    for (pointer, bad, on_import) in broken {
        let mut value = minimal.clone();
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        value.pointer_mut(parent).unwrap()[key] = bad.clone();
        assert!(
            !json_schema::validate(&schema, &value).is_empty(),
            "{pointer} = {bad} passes the schema"
        );
        let text = serde_json::to_string(&value).unwrap();
        let imported = avv::engine::import::parse_json(&text, common::library().options());
        match imported {
            Err(_) => assert!(on_import, "{pointer}"),
            Ok(config) => assert!(
                !on_import
                    && avv::engine::assemble(&config, common::library())
                        .diagnostics
                        .iter()
                        .any(|d| d.severity == avv::engine::Severity::Error),
                "{pointer}"
            ),
        }
    }
}

/// Every path of an object field in `value`, list indices as `*`.
fn value_paths(value: &Value, path: &str, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let p = format!("{path}/{k}");
                out.insert(p.clone());
                value_paths(v, &p, out);
            }
        }
        Value::Array(items) => items
            .iter()
            .for_each(|v| value_paths(v, &format!("{path}/*"), out)),
        _ => {}
    }
}

/// Every path of a property in the schema (through `$ref`, `items` and every `oneOf`).
fn schema_paths(root: &Value, schema: &Value, path: &str, out: &mut BTreeSet<String>) {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        schema_paths(
            root,
            &root["$defs"][r.trim_start_matches("#/$defs/")],
            path,
            out,
        );
    }
    for o in schema
        .get("oneOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        schema_paths(root, o, path, out);
    }
    if let Some(items) = schema.get("items") {
        schema_paths(root, items, &format!("{path}/*"), out);
    }
    for (k, v) in schema
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let p = format!("{path}/{k}");
        out.insert(p.clone());
        schema_paths(root, v, &p, out);
    }
}

#[test]
fn the_schema_names_exactly_the_fields_serde_writes() {
    let library = common::library();
    let schema = configuration();
    let mut sample = avv::engine::library::full_sample(library);
    sample.processor.subprocessors[0].remote_access = "Indien".into();
    sample.processor.tom.custom[0].group = library.catalogues().tom.group[0].id.clone();
    let value = serde_json::to_value(&sample).unwrap();
    let errors = json_schema::validate(&schema, &value);
    assert!(errors.is_empty(), "{errors:#?}");
    let (mut written, mut described) = (BTreeSet::new(), BTreeSet::new());
    value_paths(&value, "", &mut written);
    schema_paths(&schema, &schema, "", &mut described);
    // Maps keyed by data (TOM figures) have no fixed fields; `$schema` is read, never written.
    written.retain(|p| !p.starts_with("/processor/tom/values/"));
    described.remove("/$schema");
    let missing: Vec<_> = written.difference(&described).collect();
    let stale: Vec<_> = described.difference(&written).collect();
    assert!(
        missing.is_empty(),
        "fields the schema does not describe: {missing:#?}"
    );
    assert!(
        stale.is_empty(),
        "fields the schema describes but serde never writes: {stale:#?}"
    );
}

#[test]
fn avv_schema_prints_the_files_of_the_repository() {
    for (args, path) in [
        (&["schema"][..], CONFIGURATION_SCHEMA_PATH),
        (&["schema", "profil"][..], PROFILE_SCHEMA_PATH),
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_avv"))
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        let printed = String::from_utf8(out.stdout).unwrap();
        assert_eq!(printed, std::fs::read_to_string(root().join(path)).unwrap());
    }
}
