//! Helpers shared by the native integration tests: the shipped library loaded once, the example
//! configurations, and a complete configuration to vary.
#![allow(dead_code)] // each test binary uses a part

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use avv::engine::ClauseLibrary;
use avv::engine::config::{DpaConfig, Party};
use avv::engine::import::parse_json;

/// The repository root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The shipped library. A broken library is reported once, with every mistake, by the unit
/// test `shipped::tests::the_shipped_clause_library_loads`, which runs before these.
pub fn library() -> &'static ClauseLibrary {
    static LIBRARY: OnceLock<ClauseLibrary> = OnceLock::new();
    LIBRARY.get_or_init(|| {
        avv::shipped::library().unwrap_or_else(|_| {
            panic!("Die Klauselbibliothek lädt nicht; `cargo run --bin avv -- clauses check` listet die Fehler.")
        })
    })
}

/// Every `examples/*.json`, parsed, sorted by file name.
pub fn examples() -> Vec<(String, DpaConfig)> {
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
            let config = parse_json(&text, library().options())
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (name, config)
        })
        .collect()
}

/// A party with a German address.
pub fn party(name: &str, city: &str) -> Party {
    Party {
        name: name.into(),
        street: "Hauptstraße 1".into(),
        postal_code: "50667".into(),
        city: city.into(),
        country: "Deutschland".into(),
        ..Party::default()
    }
}

/// A new draft of the first preset.
pub fn empty_draft() -> DpaConfig {
    let options = library().options();
    options.new_draft(&options.presets()[0].id).unwrap()
}

/// A complete configuration with the controller called `controller_name`.
pub fn complete(controller_name: &str) -> DpaConfig {
    let mut config = empty_draft();
    config.customer.controller = party(controller_name, "Köln");
    config.processor.company = party("Cloud Dienste AG", "Berlin");
    let processing = &mut config.customer.processing;
    processing.main_contract.title = "Nutzungsvertrag Buchhaltung Online".into();
    processing.nature_and_purpose = "Betrieb einer Buchhaltungssoftware als Dienst".into();
    processing.data_types = vec!["stammdaten".into()];
    processing.data_subjects = vec!["kunden".into()];
    processing.special_categories = Some(false);
    complete_tom(&mut config);
    config
}

/// A measure for every letter of Art. 32(1) DSGVO, with the figure a measure asks for, and the
/// measures of § 22(2) BDSG where special categories are processed.
pub fn complete_tom(config: &mut DpaConfig) {
    let special = config.customer.processing.special_categories == Some(true);
    let tom = &mut config.processor.tom;
    tom.measures = [
        "verschl-tls",
        "zutritt-schliesssystem-elektronisch",
        "wiederh-notfallkonzept",
        "dsm-risikobewertung",
    ]
    .map(String::from)
    .to_vec();
    if special {
        for id in [
            "besonders-protokollierung",
            "zugang-persoenliche-kennung",
            "zugriff-berechtigungskonzept",
            "eingabe-protokoll",
            "verfueg-backupkonzept",
        ] {
            tom.measures.push(id.into());
        }
    }
    tom.values.insert("verschl-tls".into(), "1.2".into());
}
