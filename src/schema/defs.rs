//! The pieces of the schemas and the definitions both share: parties, persons, the processor's
//! part with its TOM and subprocessors.

use serde_json::{Map, Value, json};

use super::DATE_PATTERN;
use crate::engine::ClauseLibrary;
use crate::engine::config::TransferSafeguard;

/// A string with a description.
pub(super) fn text(description: &str) -> Value {
    json!({ "type": "string", "description": description })
}

/// A list of strings.
pub(super) fn texts(description: &str) -> Value {
    json!({ "type": "array", "description": description, "items": { "type": "string" } })
}

/// A date, or null.
pub(super) fn date(description: &str) -> Value {
    json!({ "type": ["string", "null"], "description": description, "pattern": DATE_PATTERN })
}

/// A string from a list of ids, each with its German label.
pub(super) fn one_of(description: &str, ids: &[(&str, &str)]) -> Value {
    json!({
        "type": "string",
        "description": description,
        "enum": ids.iter().map(|(id, _)| *id).collect::<Vec<_>>(),
        "enumDescriptions": ids.iter().map(|(_, label)| *label).collect::<Vec<_>>(),
    })
}

/// An object with exactly these fields; `required` names the ones that must be present.
pub(super) fn object(description: &str, fields: Vec<(&str, Value)>, required: &[&str]) -> Value {
    let mut properties = Map::new();
    for (name, schema) in fields {
        properties.insert(name.to_owned(), schema);
    }
    json!({
        "type": "object",
        "description": description,
        "properties": properties,
        "required": required,
        "additionalProperties": false,
    })
}

/// A reference to a definition.
pub(super) fn reference(name: &str, description: &str) -> Value {
    json!({ "$ref": format!("#/$defs/{name}"), "description": description })
}

/// The definitions both schemas share: parties, persons, the processor's part.
pub(super) fn definitions(library: &ClauseLibrary) -> Map<String, Value> {
    let catalogues = library.catalogues();
    let measures: Vec<(&str, &str)> = catalogues
        .tom
        .group
        .iter()
        .flat_map(|g| g.measure.iter().map(|m| (m.id.as_str(), m.text.as_str())))
        .collect();
    let groups: Vec<(&str, &str)> = catalogues
        .tom
        .group
        .iter()
        .map(|g| (g.id.as_str(), g.title.as_str()))
        .collect();
    let safeguards: Vec<(&str, &str)> = TransferSafeguard::ALL
        .iter()
        .map(|s| (s.key(), catalogues.terms.safeguard(*s)))
        .collect();
    let mut defs = Map::new();
    defs.insert(
        "partei".into(),
        object(
            "Eine Vertragspartei.",
            vec![
                ("name", text("Firma bzw. Name.")),
                ("street", text("Straße und Hausnummer.")),
                ("postal_code", text("Postleitzahl.")),
                ("city", text("Ort.")),
                ("country", text("Land.")),
                (
                    "register",
                    text("Registergericht und Nummer, z. B. „Amtsgericht Köln, HRB 12345“."),
                ),
                (
                    "representative",
                    text(
                        "Vertretung, z. B. „vertreten durch die Geschäftsführerin Anna Beispiel“.",
                    ),
                ),
                (
                    "seat",
                    text("Sitz, wenn er vom Ort der Anschrift abweicht."),
                ),
            ],
            &[],
        ),
    );
    defs.insert(
        "person".into(),
        object(
            "Eine Person mit Kontaktdaten.",
            vec![
                ("name", text("Name.")),
                ("email", text("E-Mail-Adresse.")),
                ("phone", text("Telefonnummer (optional).")),
            ],
            &[],
        ),
    );
    let dpo_kinds = [
        (
            "named",
            "Ein Datenschutzbeauftragter ist bestellt und wird genannt.",
        ),
        (
            "appointed_if_required",
            "Ein Datenschutzbeauftragter wird bestellt, soweit das Gesetz es verlangt.",
        ),
        (
            "contact_person",
            "Kein Beauftragter nötig; eine Ansprechperson wird genannt.",
        ),
    ];
    defs.insert("datenschutzbeauftragter".into(), json!({
        "description": "Datenschutzbeauftragter des Anbieters (P14); `kind` wählt die Form.",
        "oneOf": [
            object(dpo_kinds[0].1, vec![
                ("kind", json!({ "const": "named" })),
                ("person", reference("person", "Der Beauftragte.")),
                ("company", text("Firma eines externen Beauftragten; leer bei einem internen.")),
            ], &["kind", "person"]),
            object(dpo_kinds[1].1, vec![("kind", json!({ "const": "appointed_if_required" }))], &["kind"]),
            object(dpo_kinds[2].1, vec![
                ("kind", json!({ "const": "contact_person" })),
                ("person", reference("person", "Die Ansprechperson.")),
            ], &["kind", "person"]),
        ],
    }));
    defs.insert("anbieter".into(), object("Was der Anbieter festlegt: Firma, Dienste, Standorte, TOM, Unterauftragnehmer.", vec![
        ("company", reference("partei", "Der Anbieter (Auftragnehmer).")),
        ("dpo", reference("datenschutzbeauftragter", "Datenschutzbeauftragter oder Ansprechperson.")),
        ("eu_representative", json!({
            "description": "Vertreter in der Union nach Art. 27 DSGVO, wenn der Anbieter keine Niederlassung in der EU hat; sonst weglassen oder null.",
            "oneOf": [{ "type": "null" }, object("Der Vertreter.", vec![
                ("name", text("Name bzw. Firma.")),
                ("address", text("Anschrift in einer Zeile.")),
                ("email", text("E-Mail-Adresse.")),
            ], &[])],
        })),
        ("services", texts("Die Leistungen, für die der Vertrag gilt.")),
        ("locations", texts("Standorte und Rechenzentren (Anlage 1).")),
        ("tom", object("Technische und organisatorische Maßnahmen (Anlage 2).", vec![
            ("measures", json!({ "type": "array", "description": "Maßnahmen aus dem Katalog `clauses/kataloge/tom.toml`.", "items": one_of("Kennung einer Maßnahme.", &measures) })),
            ("custom", json!({ "type": "array", "description": "Eigene Maßnahmen, je einer Gruppe zugeordnet.", "items": object("Eine eigene Maßnahme.", vec![
                ("group", one_of("Gruppe des Katalogs.", &groups)),
                ("text", text("Die Maßnahme in einem Satz.")),
            ], &["group", "text"]) })),
            ("narrative", text("Einleitung der Anlage (optional).")),
            ("security_contact", json!({ "description": "Ansprechpartner für Informationssicherheit (optional).", "oneOf": [{ "type": "null" }, { "$ref": "#/$defs/person" }] })),
            ("values", json!({ "type": "object", "description": "Zahlen, die eine Maßnahme verlangt (Kennung der Maßnahme → Wert, etwa \"12\" Monate).", "additionalProperties": { "type": "string" } })),
        ], &[])),
        ("subprocessors", json!({ "type": "array", "description": "Unterauftragnehmer bei Vertragsschluss (Anlage 3).", "items": object("Ein Unterauftragnehmer.", vec![
            ("name", text("Firma.")),
            ("address", text("Anschrift in einer Zeile.")),
            ("country", text("Land des Sitzes (deutscher Name, etwa „USA“ oder „Irland“).")),
            ("service", text("Was er für den Anbieter tut.")),
            ("location", text("Wo er die Daten verarbeitet.")),
            ("safeguard", one_of("Grundlage einer Übermittlung in ein Drittland (Kapitel V DSGVO).", &safeguards)),
            ("remote_access", text("Drittländer, aus denen er auf die Daten zugreift, mit Zweck; leer, wenn keine.")),
        ], &[]) })),
        ("document_version", text("Versionskennung des Dokuments (optional).")),
        ("document_date", date("Stand des Dokuments (JJJJ-MM-TT) oder null.")),
        ("document_title", text("Titel des Dokuments; leer für den Standardtitel.")),
    ], &[]));
    defs
}
