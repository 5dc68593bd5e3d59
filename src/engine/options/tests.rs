//! Declarations: every mistake in `optionen.toml` is reported with its line, and values are
//! checked against the declarations.

use super::*;
use crate::engine::config::Choices;
use crate::engine::source::{FilePart, Structured};

const FILE: &str = r#"[[preset]]
id = "a"
label = "A"

[[preset]]
id = "b"
label = "B"

[[option]]
id = "audit_notice"
kind = "choice"
section = "kontrollen"
label = "Ankündigung"
help = "Wann angekündigt wird."
why = "Weil."
default = { a = "announced", b = "any_time" }

[[option.value]]
id = "announced"
label = "Angekündigt"

[[option.value]]
id = "any_time"
label = "Jederzeit"
favours = "controller"

[[option]]
id = "audit_notice_days"
kind = "number"
section = "kontrollen"
applies = "audit_notice.announced"
label = "Frist"
min = 1
max = 60
why = "Weil."
default = 14
"#;

fn load(text: &str) -> Result<OptionSet, Vec<String>> {
    let part = FilePart {
        path: "clauses/optionen.toml",
        data: Structured::Toml(text),
        data_line: 1,
        body: "",
        body_line: 0,
    };
    super::load(&part).map_err(|e| e.iter().map(ToString::to_string).collect())
}

#[test]
fn declarations_load_with_presets_and_conditions() {
    let set = load(FILE).unwrap();
    assert_eq!(set.presets().len(), 2);
    let days = set.get("audit_notice_days").unwrap();
    assert_eq!((days.min, days.max, days.line), (1, 60, 28));
    let choices = set.preset_choices(1);
    assert_eq!(choices.word("audit_notice"), "any_time");
    assert_eq!(choices.number("audit_notice_days"), Some(14));
    assert_eq!(set.matching_preset(&choices), Some(1));
}

#[test]
fn every_mistake_is_reported_with_its_line() {
    let broken = FILE
        .replace(
            "default = { a = \"announced\", b = \"any_time\" }",
            "default = { a = \"announced\" }",
        )
        .replace(
            "section = \"kontrollen\"\napplies",
            "section = \"kontrolen\"\napplies",
        )
        .replace(
            "applies = \"audit_notice.announced\"",
            "applies = \"audit_notice.anounced\"",
        )
        .replace("max = 60", "mxa = 60");
    let errors = load(&broken).unwrap_err();
    let text = errors.join("\n");
    assert!(
        text.contains(
            "clauses/optionen.toml:16: Option `audit_notice`: die Voreinstellung für `b` fehlt."
        ),
        "{text}"
    );
    assert!(
        text.contains("clauses/optionen.toml:34: Unbekannter Schlüssel `mxa`."),
        "{text}"
    );
    assert!(text.contains("Meinten Sie `max`?"), "{text}");
    let fixed_key = broken.replace("mxa = 60", "max = 60");
    let text = load(&fixed_key).unwrap_err().join("\n");
    assert!(text.contains("unbekannter Abschnitt `kontrolen`"), "{text}");
    assert!(text.contains("Meinten Sie `kontrollen`?"), "{text}");
}

#[test]
fn every_preset_bound_option_says_why_its_defaults_are_what_they_are() {
    let text = load(&FILE.replacen("why = \"Weil.\"\n", "", 1))
        .unwrap_err()
        .join("\n");
    assert!(
        text.contains("Option `audit_notice`: die Begründung der Voreinstellungen fehlt"),
        "{text}"
    );
}

#[test]
fn every_choice_is_explained() {
    let text = load(&FILE.replacen("help = \"Wann angekündigt wird.\"\n", "", 1))
        .unwrap_err()
        .join("\n");
    assert!(
        text.contains("Option `audit_notice`: die Erläuterung fehlt"),
        "{text}"
    );
}

#[test]
fn a_condition_naming_an_unknown_value_is_refused() {
    let text = load(&FILE.replace(
        "applies = \"audit_notice.announced\"",
        "applies = \"audit_notice.anounced\"",
    ))
    .unwrap_err()
    .join("\n");
    assert!(
        text.contains(
            "clauses/optionen.toml:31: Die Option `audit_notice` hat keinen Wert `anounced`"
        ),
        "{text}"
    );
    assert!(
        text.contains("Meinten Sie `audit_notice.announced`?"),
        "{text}"
    );
}

#[test]
fn imported_values_are_checked_against_declarations() {
    let set = load(FILE).unwrap();
    let mut choices = set.preset_choices(0);
    assert_eq!(set.check_choices(&mut choices), Ok(()));
    let mut bad = choices.clone();
    bad.set("audit_notice", ChoiceValue::Word("remote".into()));
    let err = set.check_choices(&mut bad).unwrap_err();
    assert_eq!(err.field, "customer.choices.audit_notice");
    assert_eq!(
        err.message,
        "unbekannter Wert „remote“; erlaubt: „announced“, „any_time“."
    );
    let mut bad = choices.clone();
    bad.set("audit_notice_days", ChoiceValue::Number(61));
    assert_eq!(
        set.check_choices(&mut bad).unwrap_err().message,
        "Frist: 61 liegt nicht zwischen 1 und 60."
    );
    let mut bad = choices.clone();
    bad.set("audit_notic", ChoiceValue::Flag(true));
    assert_eq!(
        set.check_choices(&mut bad).unwrap_err().message,
        "unbekannte Option „audit_notic“. Meinten Sie „audit_notice“?"
    );
    let mut partial = Choices::default();
    set.complete(&mut partial, &choices);
    assert_eq!(partial, choices);
}
