//! The round trip of the Markdown download: unchanged, edited and broken files.

use super::*;
use crate::engine::testing::library;
use crate::engine::{assemble, config::ChoiceValue};

fn example() -> DpaConfig {
    let options = library().options();
    let mut config = options.new_draft("ausgewogen").unwrap();
    config.customer.controller.name = "Praxis <b>--> & Co. KG".into();
    config
        .customer
        .choices
        .set("court", ChoiceValue::Word("Köln -->".into()));
    config
}

#[test]
fn an_unchanged_download_restores_its_configuration() {
    let config = example();
    let text = assemble(&config, library()).document.markdown;
    let day = Date::parse_iso("2026-11-29").ok();
    let file = download(&text, &config, day);
    assert!(file.contains(&format!("{FINGERPRINT_LABEL}{}", fingerprint(&text))));
    assert!(is_download(&file));
    // Typed text cannot close the comment early: one comment end, at the end.
    assert_eq!(
        file.matches("-->").count(),
        1,
        "{}",
        &file[file.len() - 300..]
    );
    let read = read(&file, library().options()).unwrap();
    assert_eq!(read.config, config);
    assert_eq!(read.made_on, day);
    assert_eq!(read.contract, text);
    assert!(fingerprint_holds(&read));
    assert_eq!(compare(&read, &text), Comparison::Unchanged);
    // Windows line ends from an editor that kept the text as it was.
    let crlf = read_crlf(&file);
    assert_eq!(compare(&crlf, &text), Comparison::Unchanged);
}

fn read_crlf(file: &str) -> Downloaded {
    read(&file.replace('\n', "\r\n"), library().options()).unwrap()
}

#[test]
fn an_edited_sentence_shows_as_a_redline() {
    let config = example();
    let text = assemble(&config, library()).document.markdown;
    let file = download(&text, &config, None);
    let edited = file.replacen("unverzüglich", "innerhalb von zwei Wochen", 1);
    let read = read(&edited, library().options()).unwrap();
    assert!(!fingerprint_holds(&read));
    let Comparison::Edited(changes) = compare(&read, &text) else {
        panic!("the edit was not found");
    };
    assert!(
        changes.contains(&Edit::Removed("unverzüglich ".into())),
        "{changes:?}"
    );
    assert!(
        changes
            .iter()
            .any(|c| matches!(c, Edit::Added(a) if a.contains("zwei Wochen"))),
        "{changes:?}"
    );
}

#[test]
fn a_broken_or_missing_configuration_is_refused_in_german() {
    let config = example();
    let text = assemble(&config, library()).document.markdown;
    let file = download(&text, &config, None);
    let options = library().options();
    let err = read(&text, options).unwrap_err();
    assert!(
        err.starts_with("Die Datei enthält keine Konfiguration"),
        "{err}"
    );
    let broken = file.replacen("\"konfiguration\": {", "\"konfiguration\": {,", 1);
    let err = read(&broken, options).unwrap_err();
    assert!(
        err.starts_with(
            "Die eingebettete Konfiguration ist beschädigt (keine gültige JSON-Datei: Zeile"
        ),
        "{err}"
    );
    let wrong = file.replacen("\"schema_version\": 3", "\"schema_version\": \"drei\"", 1);
    let err = read(&wrong, options).unwrap_err();
    assert!(
        err.starts_with("Die eingebettete Konfiguration ist nicht gültig"),
        "{err}"
    );
    let cut = &file[..file.len() - 5];
    assert!(
        read(cut, options)
            .unwrap_err()
            .contains("Ende („-->“) fehlt")
    );
}
