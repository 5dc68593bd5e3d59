//! The generated part of `docs/clause-authoring.md`: every option with its values and defaults,
//! every predicate, every section of the questionnaire and every field a check can name, from
//! the library and the engine as shipped. Stale documentation fails here; regenerate with
//! `UPDATE_DOCS=1 cargo test --test docs`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::fs;

use avv::engine::condition::Predicate;
use avv::engine::config::{ChoiceValue, OptionKind};
use avv::engine::field::{Field, List, Section};
use common::{library, root};

const MARKER: &str = "<!-- Verzeichnis: erzeugt von `UPDATE_DOCS=1 cargo test --test docs`; nicht von Hand ändern. -->";

fn shown(value: &ChoiceValue) -> String {
    match value {
        ChoiceValue::Flag(true) => "an".into(),
        ChoiceValue::Flag(false) => "aus".into(),
        ChoiceValue::Number(n) => n.to_string(),
        ChoiceValue::Word(w) => format!("`{w}`"),
        ChoiceValue::Words(w) if w.is_empty() => "keine".into(),
        ChoiceValue::Words(w) => w
            .iter()
            .map(|v| format!("`{v}`"))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

fn glossary() -> String {
    let library = library();
    let options = library.options();
    let presets: Vec<&str> = options.presets().iter().map(|p| p.id.as_str()).collect();
    let mut out = String::from("\n## Verzeichnis der Optionen\n\n");
    out.push_str(&format!(
        "Voreinstellungen in der Reihenfolge {}. In Klauseln: `o.<option>`; bei choice und set je Wert `o.<option>.<wert>` und `texts.<option>`.\n\n",
        presets.iter().map(|p| format!("`{p}`")).collect::<Vec<_>>().join(", ")
    ));
    out.push_str("| Option | Art | Frage (Abschnitt) | Werte | Voreinstellung | gilt, wenn | sperrbar |\n|---|---|---|---|---|---|---|\n");
    for o in options.all() {
        let values = match o.kind {
            OptionKind::Choice | OptionKind::Set => o
                .values
                .iter()
                .map(|v| format!("`{}` ({})", v.id, cell(&v.label)))
                .collect::<Vec<_>>()
                .join("; "),
            OptionKind::Number => format!("{} bis {} {}", o.min, o.max, o.unit),
            OptionKind::Toggle => "an, aus".into(),
            OptionKind::Date => "Datum JJJJ-MM-TT oder leer".into(),
            OptionKind::Text => "eine Zeile oder leer".into(),
        };
        let defaults = if o.defaults.is_empty() {
            "leer".to_owned()
        } else {
            o.defaults.iter().map(shown).collect::<Vec<_>>().join(" / ")
        };
        out.push_str(&format!(
            "| `{}` | {} | {} ({}) | {} | {} | {} | {} |\n",
            o.id,
            o.kind.name(),
            cell(&o.label),
            o.section.id(),
            values,
            defaults,
            if o.applies_text.is_empty() {
                "immer".to_owned()
            } else {
                format!("`{}`", o.applies_text)
            },
            if o.lockable { "ja" } else { "nein" }
        ));
    }
    out.push_str("\n## Verzeichnis der Prädikate\n\nIn Bedingungen mit ihrem Namen, in Klauseln als `when.<name>`.\n\n| Prädikat | wahr, wenn |\n|---|---|\n");
    for p in Predicate::ALL {
        out.push_str(&format!("| `{}` | {} |\n", p.name(), p.description()));
    }
    out.push_str("\n## Abschnitte des Fragebogens\n\nFür `section` einer Option. Die Vorschau zeigt die genannte Klausel, solange eine Frage des Abschnitts den Fokus hat.\n\n| Abschnitt | Schritt | Überschrift | Vorschau |\n|---|---|---|---|\n");
    for s in Section::ALL {
        out.push_str(&format!(
            "| `{}` | {} | {} | `{}` |\n",
            s.id(),
            s.step().title(),
            s.title(),
            s.clause()
        ));
    }
    out.push_str("\n## Felder\n\nFür `field` einer Prüfung: `customer.choices.<option>` für jede Option, außerdem:\n\n| Feld | Abschnitt |\n|---|---|\n");
    for f in Field::ALL {
        out.push_str(&format!("| `{}` | {} |\n", f.path(), f.section().id()));
    }
    for list in List::ALL {
        let fields = list.entry_fields();
        let entry = if fields.is_empty() {
            format!("`{}.<n>`", list.field().path())
        } else {
            format!("`{}.<n>.<{}>`", list.field().path(), fields.join("|"))
        };
        out.push_str(&format!("| {entry} | {} |\n", list.field().section().id()));
    }
    out
}

#[test]
fn the_glossary_in_clause_authoring_is_current() {
    let path = root().join("docs/clause-authoring.md");
    let text = fs::read_to_string(&path).unwrap();
    let (head, _) = text
        .split_once(MARKER)
        .expect("the marker line is in the file");
    let expected = format!("{head}{MARKER}\n{}", glossary());
    if std::env::var_os("UPDATE_DOCS").is_some() {
        fs::write(&path, &expected).unwrap();
    }
    let written = fs::read_to_string(&path).unwrap();
    assert!(
        written == expected,
        "docs/clause-authoring.md is stale: run `UPDATE_DOCS=1 cargo test --test docs`"
    );
}
