//! The configuration format as JSON Schema, for people who write configurations and vendor
//! profiles by hand: editors complete and check while one types (`$schema` in a JSON file,
//! `#:schema` in a TOML profile). `avv schema` prints it; `docs/configuration.md` is written
//! from it ([`docs`]). The structure follows the types in `engine::config` (a test compares
//! every object's fields with what serde writes), the legal choices follow the declarations
//! in `clauses/optionen.toml`, and the ids follow the catalogues.
//!
//! Native only: the browser never needs it, so it adds nothing to the download.

mod defs;
pub mod docs;

use defs::{date, definitions, object, one_of, reference, text, texts};

use serde_json::{Map, Value, json};

use crate::engine::ClauseLibrary;
use crate::engine::config::{ContactRole, OptionKind, SCHEMA_VERSION};
use crate::engine::options::OptionDecl;

/// Where the schemas live in the repository, relative to its root.
pub const CONFIGURATION_SCHEMA_PATH: &str = "docs/schema/konfiguration.schema.json";
/// The vendor profile's schema.
pub const PROFILE_SCHEMA_PATH: &str = "docs/schema/profil.schema.json";

/// The pattern of a date (`JJJJ-MM-TT`).
pub const DATE_PATTERN: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

/// The schema of one legal choice, from its declaration.
pub fn choice_schema(decl: &OptionDecl) -> Value {
    let mut description = decl.label.clone();
    if !decl.help.is_empty() {
        description = format!("{description} {}", decl.help);
    }
    let values: Vec<(&str, &str)> = decl
        .values
        .iter()
        .map(|v| (v.id.as_str(), v.label.as_str()))
        .collect();
    match decl.kind {
        OptionKind::Toggle => json!({ "type": "boolean", "description": description }),
        OptionKind::Number => json!({
            "type": "integer",
            "description": format!("{description} ({}, {} bis {})", decl.unit, decl.min, decl.max),
            "minimum": decl.min,
            "maximum": decl.max,
        }),
        OptionKind::Choice => one_of(&description, &values),
        OptionKind::Set => json!({
            "type": "array",
            "description": description,
            "uniqueItems": true,
            "items": one_of("Ein Wert.", &values),
        }),
        OptionKind::Date => json!({
            "type": "string",
            "description": format!("{description} (JJJJ-MM-TT, leer für keines)"),
            "pattern": "^([0-9]{4}-[0-9]{2}-[0-9]{2})?$",
        }),
        OptionKind::Text => text(&description),
    }
}

/// The legal choices: every declared option, none required (a missing one gets the first
/// preset's value).
fn choices(library: &ClauseLibrary, description: &str) -> Value {
    let mut properties = Map::new();
    for decl in library.options().all() {
        properties.insert(decl.id.clone(), choice_schema(decl));
    }
    json!({
        "type": "object",
        "description": description,
        "properties": properties,
        "additionalProperties": false,
    })
}

/// The pairs as borrowed strings.
fn borrowed(v: &[(String, String)]) -> Vec<(&str, &str)> {
    v.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
}

/// The JSON Schema of a configuration file (`examples/*.json`, exports of the app).
pub fn configuration(library: &ClauseLibrary) -> Value {
    let catalogues = library.catalogues();
    let pairs = |list: &crate::engine::catalogue::EntryList| -> Vec<(String, String)> {
        list.entry
            .iter()
            .map(|e| (e.id.clone(), e.label.clone()))
            .collect()
    };
    let (data_types, data_subjects) = (
        pairs(&catalogues.data_types),
        pairs(&catalogues.data_subjects),
    );
    let roles: Vec<(&str, &str)> = ContactRole::ALL
        .iter()
        .map(|r| (r.key(), catalogues.terms.role(*r)))
        .collect();
    let sides = [
        ("controller", "Auftraggeber (Kunde)"),
        ("processor", "Auftragnehmer (Anbieter)"),
    ];
    let mut defs = definitions(library);
    defs.insert("wahl".into(), choices(library, "Die Regelungen, die gewählt werden (`clauses/optionen.toml`); fehlt eine, gilt der Wert der ersten Voreinstellung."));
    let processing = object(
        "Gegenstand und Einzelheiten der Verarbeitung (Anlage 1).",
        vec![
            (
                "main_contract",
                object(
                    "Der Hauptvertrag, zu dem dieser Vertrag gehört.",
                    vec![
                        (
                            "title",
                            text("Bezeichnung, z. B. „Nutzungsvertrag Terminfix“."),
                        ),
                        ("date", date("Datum (JJJJ-MM-TT) oder null.")),
                    ],
                    &[],
                ),
            ),
            (
                "tasks",
                texts("Einzelne Aufgaben, wenn der Gegenstand eine Aufgabenliste ist."),
            ),
            (
                "nature_and_purpose",
                text("Art und Zweck der Verarbeitung in Worten."),
            ),
            ("purposes", texts("Zwecke.")),
            (
                "data_types",
                json!({ "type": "array", "description": "Datenarten aus `clauses/kataloge/datenarten.toml`.", "items": one_of("Kennung einer Datenart.", &borrowed(&data_types)) }),
            ),
            ("custom_data_types", texts("Weitere Datenarten in Worten.")),
            (
                "special_categories",
                json!({ "type": ["boolean", "null"], "description": "Werden besondere Kategorien (Art. 9, 10 DSGVO) verarbeitet? null: noch nicht beantwortet." }),
            ),
            (
                "special_categories_detail",
                text("Welche besonderen Kategorien."),
            ),
            (
                "data_subjects",
                json!({ "type": "array", "description": "Betroffene aus `clauses/kataloge/betroffene.toml`.", "items": one_of("Kennung einer Kategorie Betroffener.", &borrowed(&data_subjects)) }),
            ),
            (
                "custom_data_subjects",
                texts("Weitere Betroffene in Worten."),
            ),
        ],
        &[],
    );
    let customer = object(
        "Was der Kunde angibt: Auftraggeber, Kontakte, Unterzeichner, Verarbeitung, Wahl der Regelungen.",
        vec![
            (
                "controller",
                reference("partei", "Der Kunde (Auftraggeber)."),
            ),
            (
                "contacts",
                json!({ "type": "array", "description": "Benannte Personen (Anlage 4).", "items": object("Eine benannte Person.", vec![
            ("side", one_of("Seite.", &sides)),
            ("role", one_of("Aufgabe.", &roles)),
            ("person", reference("person", "Die Person.")),
            ("function", text("Funktion, z. B. „Geschäftsführerin“.")),
        ], &["side", "role", "person"]) }),
            ),
            (
                "signatories",
                json!({ "type": "array", "description": "Unterzeichner.", "items": object("Ein Unterzeichner.", vec![
            ("side", one_of("Seite.", &sides)),
            ("name", text("Name.")),
            ("function", text("Funktion.")),
            ("place", text("Ort der Unterschrift.")),
            ("date", date("Datum der Unterschrift (JJJJ-MM-TT) oder null.")),
        ], &["side", "name"]) }),
            ),
            ("processing", processing),
            ("choices", json!({ "$ref": "#/$defs/wahl" })),
        ],
        &["controller", "processing", "choices"],
    );
    let mut root = object(
        "Konfiguration des AVV-Konfigurators (Auftragsverarbeitungsvertrag nach Art. 28 DSGVO). Beschreibung aller Felder: docs/configuration.md.",
        vec![
            (
                "$schema",
                text("Verweis auf dieses Schema; für Editoren, vom Konfigurator ignoriert."),
            ),
            (
                "schema_version",
                json!({ "const": SCHEMA_VERSION, "description": "Version des Formats; ältere Dateien liest `avv migrate`." }),
            ),
            (
                "processor",
                reference("anbieter", "Der Teil des Anbieters."),
            ),
            ("customer", customer),
        ],
        &["schema_version", "processor", "customer"],
    );
    root["$schema"] = json!("https://json-schema.org/draft/2020-12/schema");
    root["title"] = json!("AVV-Konfiguration");
    root["$defs"] = Value::Object(defs);
    root
}

/// The JSON Schema of a vendor profile (TOML; `examples/profiles/*.toml`).
pub fn profile(library: &ClauseLibrary) -> Value {
    let options = library.options();
    let presets: Vec<(&str, &str)> = options
        .presets()
        .iter()
        .map(|p| (p.id.as_str(), p.label.as_str()))
        .collect();
    let mut locks = Map::new();
    for decl in options.all().iter().filter(|d| d.lockable) {
        let fixed =
            json!({ "const": "fixed", "description": "Auf den Wert des Profils festgelegt." });
        let schema = if decl.kind == OptionKind::Number {
            json!({ "description": decl.label, "oneOf": [fixed, {
                "type": "object",
                "description": "Die Zahl darf nur in diesen Grenzen geändert werden.",
                "properties": {
                    "min": { "type": "integer", "minimum": decl.min, "maximum": decl.max },
                    "max": { "type": "integer", "minimum": decl.min, "maximum": decl.max },
                },
                "required": ["min", "max"],
                "additionalProperties": false,
            }] })
        } else {
            json!({ "description": decl.label, "oneOf": [fixed] })
        };
        locks.insert(decl.id.clone(), schema);
    }
    let mut defs = definitions(library);
    defs.insert(
        "wahl".into(),
        choices(library, "Überschreibungen der Voreinstellung."),
    );
    let mut root = object(
        "Anbieterprofil des AVV-Konfigurators (TOML). Beschreibung: docs/profiles.md.",
        vec![
            (
                "processor",
                reference("anbieter", "Der Teil des Anbieters."),
            ),
            (
                "choices",
                object(
                    "Voreinstellung und Überschreibungen.",
                    vec![
                        (
                            "preset",
                            one_of("Die Voreinstellung, von der das Profil ausgeht.", &presets),
                        ),
                        ("overrides", json!({ "$ref": "#/$defs/wahl" })),
                    ],
                    &["preset"],
                ),
            ),
            (
                "locks",
                json!({ "type": "object", "description": "Was Kunden nicht oder nur in Grenzen ändern dürfen (nur Optionen, die ein Anbieter festlegen darf).", "properties": locks, "additionalProperties": false }),
            ),
            (
                "look",
                object(
                    "Das Erscheinungsbild des Konfigurators des Anbieters.",
                    vec![
                        (
                            "logo",
                            json!({ "type": "string", "description": "Logo-Datei neben dem Profil (SVG, PNG, JPEG oder WebP, höchstens 64 KB); sie wird in die App eingebettet." }),
                        ),
                        (
                            "accent",
                            json!({ "type": "string", "pattern": "^#[0-9a-fA-F]{6}$", "description": "Akzentfarbe #rrggbb für Schaltflächen, Verweise und den aktuellen Schritt; Kontrast zu Weiß mindestens 4,5 : 1 (beim Bau geprüft)." }),
                        ),
                    ],
                    &[],
                ),
            ),
        ],
        &["processor", "choices"],
    );
    root["$schema"] = json!("https://json-schema.org/draft/2020-12/schema");
    root["title"] = json!("AVV-Anbieterprofil");
    root["$defs"] = Value::Object(defs);
    root
}
