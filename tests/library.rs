//! The clause library as shipped, checked against the examples: coverage of every provision and
//! every Art. 28 requirement, golden documents, and the generated coverage table.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::fs;

use avv::engine::check::Requirement;
use avv::engine::redline::redline;
use avv::engine::{ClauseLibrary, Severity, assemble, check};
use common::{examples, library, root};

#[test]
fn every_provision_is_covered_by_a_clause() {
    for n in 1..=37 {
        let id = format!("P{n:02}");
        assert!(
            library().clauses().iter().any(|c| c.covers.contains(&id)),
            "no clause covers {id}"
        );
    }
}

#[test]
fn examples_are_complete_and_lawful() {
    for (name, config) in examples() {
        let out = assemble(&config, library());
        let errors: Vec<_> = out
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
        let report = check(&out);
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
    let options = library().options();
    for (index, preset) in options.presets().iter().enumerate() {
        let path = root().join(format!("examples/preset-{}.json", preset.id));
        let text = fs::read_to_string(&path).unwrap();
        let config = avv::engine::import::parse_json(&text, options).unwrap();
        assert_eq!(
            config.customer.choices,
            options.preset_choices(index),
            "{} differs from the preset",
            path.display()
        );
        assert_eq!(
            options.matching_preset(&config.customer.choices),
            Some(index)
        );
    }
}

#[test]
fn every_clause_appears_in_some_example() {
    let examples = examples();
    for clause in library().clauses() {
        let used = examples.iter().any(|(_, config)| {
            assemble(config, library())
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

/// Every example renders to its golden document in `tests/golden/`. A difference fails with a
/// word-level redline; review it as counsel would and accept it with
/// `cargo run --bin avv -- clauses diff --accept` (or `UPDATE_GOLDEN=1 cargo test --test
/// library`).
#[test]
fn golden_documents() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for (name, config) in examples() {
        let markdown = assemble(&config, library()).document.markdown;
        let path = root().join(format!("tests/golden/{name}.md"));
        if update {
            fs::write(&path, &markdown).unwrap();
        }
        let golden = fs::read_to_string(&path).unwrap_or_default();
        if golden != markdown {
            failures.push(format!("## {name}\n{}", redline(&golden, &markdown)));
        }
    }
    assert!(
        failures.is_empty(),
        "golden documents differ (accept with `cargo run --bin avv -- clauses diff --accept`):\n{}",
        failures.join("\n")
    );
}

/// The browser build reads the JSON form that build.rs made of the clause files: it must be the
/// same library, clause for clause (compiled templates included), and give the same documents.
#[test]
fn compiled_form_is_the_library_as_written() {
    let written = library();
    let compiled = avv::shipped::compiled_library().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(written.rules().len(), compiled.rules().len());
    assert_eq!(
        format!("{:?}", written.clauses()),
        format!("{:?}", compiled.clauses())
    );
    assert_eq!(written.catalogues(), compiled.catalogues());
    for (name, config) in examples() {
        assert_eq!(
            assemble(&config, written).document.markdown,
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
    let table = coverage_table(library());
    if std::env::var_os("UPDATE_DOCS").is_some() {
        fs::write(&path, &table).unwrap();
    }
    let written = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        written == table,
        "docs/coverage.md is stale: run `UPDATE_DOCS=1 cargo test --test library`"
    );
}
