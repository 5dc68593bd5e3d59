//! The clause library as shipped, checked against the examples: coverage of every provision and
//! every Art. 28 requirement, golden documents, and the generated coverage table.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

use avv::engine::check::Requirement;
use avv::engine::config::{DpaConfig, parse_json};
use avv::engine::presets::Preset;
use avv::engine::{ClauseLibrary, assemble, check};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn library() -> ClauseLibrary {
    avv::shipped::library().unwrap_or_else(|e| panic!("{e}"))
}

/// Every `examples/*.json`, parsed, sorted by file name.
fn examples() -> Vec<(String, DpaConfig)> {
    let mut paths: Vec<PathBuf> = fs::read_dir(root().join("examples"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    assert!(
        paths.len() >= 9,
        "expected the seed, preset and minimal examples, found {paths:?}"
    );
    paths
        .into_iter()
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let text = fs::read_to_string(&path).unwrap();
            let config = parse_json(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (name, config)
        })
        .collect()
}

#[test]
fn every_provision_is_covered_by_a_clause() {
    let library = library();
    for n in 1..=37 {
        let id = format!("P{n:02}");
        assert!(
            library.clauses().iter().any(|c| c.covers.contains(&id)),
            "no clause covers {id}"
        );
    }
}

#[test]
fn examples_are_complete_and_lawful() {
    let library = library();
    for (name, config) in examples() {
        let out = assemble(&config, &library);
        assert!(out.diagnostics.is_empty(), "{name}: {:#?}", out.diagnostics);
        let report = check(&config, &out.document, &library);
        for c in &report.coverage {
            assert!(
                !c.clauses.is_empty(),
                "{name}: {} not met",
                c.requirement.label()
            );
        }
        assert!(
            !out.document.markdown.contains("[…]"),
            "{name}: a gap is left"
        );
    }
}

#[test]
fn preset_examples_hold_the_presets() {
    for preset in Preset::ALL {
        let path = root().join(format!("examples/preset-{}.json", preset.key()));
        let config = parse_json(&fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(
            config.customer.choices,
            preset.choices(),
            "{} differs from the preset",
            path.display()
        );
    }
}

#[test]
fn every_clause_appears_in_some_example() {
    let library = library();
    let examples = examples();
    for clause in library.clauses() {
        let used = examples.iter().any(|(_, config)| {
            assemble(config, &library)
                .document
                .sections
                .iter()
                .any(|s| s.id == clause.id.as_str())
        });
        assert!(
            used,
            "{} ({}) appears in no example",
            clause.id, clause.path
        );
    }
}

#[test]
fn golden_documents() {
    let library = library();
    for (name, config) in examples() {
        let markdown = assemble(&config, &library).document.markdown;
        insta::with_settings!({ snapshot_path => "golden", prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_snapshot!(name, markdown);
        });
    }
}

/// The browser build reads the JSON form that build.rs made of the clause files: it must be the
/// same library, clause for clause (compiled templates included), and give the same documents.
#[test]
fn compiled_form_is_the_library_as_written() {
    let written = library();
    let compiled = avv::shipped::compiled_library().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        format!("{:?}", written.clauses()),
        format!("{:?}", compiled.clauses())
    );
    assert_eq!(written.catalogues(), compiled.catalogues());
    for (name, config) in examples() {
        assert_eq!(
            assemble(&config, &written).document.markdown,
            assemble(&config, &compiled).document.markdown,
            "{name}"
        );
    }
}

/// Each compiled file holds the file's TOML part as equal JSON, and its body with the line the
/// body starts on in the file (which template error messages report).
#[test]
fn compiled_files_match_the_files_as_written() {
    let sources = avv::shipped::clause_sources();
    let compiled = avv::shipped::compiled_files();
    assert_eq!(sources.len(), compiled.len());
    for (source, file) in sources.iter().zip(compiled) {
        assert_eq!(source.path, file.path);
        let toml_part = if source.path.ends_with(".md") {
            let lines: Vec<&str> = source.text.split_inclusive('\n').collect();
            assert_eq!(
                lines[file.body_line - 1..].concat(),
                file.body,
                "{}",
                file.path
            );
            assert_eq!(lines[file.data_line - 2], "+++\n", "{}", file.path);
            assert_eq!(lines[file.body_line - 2], "+++\n", "{}", file.path);
            lines[file.data_line - 1..file.body_line - 2].concat()
        } else {
            assert_eq!((file.data_line, file.body), (1, ""), "{}", file.path);
            source.text.to_owned()
        };
        let expected: serde_json::Value = toml::from_str(&toml_part).unwrap();
        let actual: serde_json::Value = serde_json::from_str(file.json).unwrap();
        assert_eq!(expected, actual, "{}", file.path);
    }
}

/// The table provision → clauses and requirement → clauses, as written to docs/coverage.md.
fn coverage_table(library: &ClauseLibrary) -> String {
    let mut out = String::from(
        "# Abdeckung der Klauselbibliothek\n\nGenerated by `cargo test --test library` from the `covers` of each clause file;\nregenerate with `UPDATE_DOCS=1 cargo test --test library`.\n\n## Provisions (PROVISIONS.md)\n\n| provision | clauses |\n|---|---|\n",
    );
    let clauses_for = |id: &str| {
        library
            .clauses()
            .iter()
            .filter(|c| c.covers.iter().any(|x| x == id))
            .map(|c| format!("`{}`", c.path.trim_start_matches("clauses/")))
            .collect::<Vec<_>>()
            .join(", ")
    };
    for n in 1..=37 {
        let id = format!("P{n:02}");
        out.push_str(&format!("| {id} | {} |\n", clauses_for(&id)));
    }
    out.push_str("\n## Art. 28 DSGVO requirements\n\n| requirement | clauses |\n|---|---|\n");
    for r in Requirement::ALL {
        out.push_str(&format!(
            "| {} ({}) | {} |\n",
            r.label(),
            r.id(),
            clauses_for(r.id())
        ));
    }
    out
}

#[test]
fn coverage_table_is_current() {
    let path = root().join("docs/coverage.md");
    let table = coverage_table(&library());
    if std::env::var_os("UPDATE_DOCS").is_some() {
        fs::write(&path, &table).unwrap();
    }
    let written = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        written == table,
        "docs/coverage.md is stale: run `UPDATE_DOCS=1 cargo test --test library`"
    );
}
