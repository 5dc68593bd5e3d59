//! Malformed configurations as people write them by hand: for each, the exact German message
//! and the exit code of `avv render` and `avv check` (2: not a valid configuration, nothing on
//! stdout; 1: valid but incomplete or contradictory, every error listed), and the same message
//! from `import::parse_json`, which the app's import shows.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::process::Command;

use serde_json::{Value, json};

/// One case: a name, the file text, the exit code, and the message both commands print.
struct Case {
    name: &'static str,
    text: String,
    exit: i32,
    message: &'static str,
}

fn avv(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_avv"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// The complete example every content case changes.
fn minimal() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/minimal.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn changed(edit: impl FnOnce(&mut Value)) -> String {
    let mut value = minimal();
    edit(&mut value);
    serde_json::to_string_pretty(&value).unwrap()
}

fn cases() -> Vec<Case> {
    let text = |name, text: &str, exit, message| Case {
        name,
        text: text.to_owned(),
        exit,
        message,
    };
    let edit = |name, exit, message, f: fn(&mut Value)| Case {
        name,
        text: changed(f),
        exit,
        message,
    };
    vec![
        text(
            "kein-json",
            ",,",
            2,
            "keine gültige JSON-Datei: Zeile 1, Spalte 1: hier wird ein Wert erwartet.",
        ),
        text(
            "abgebrochen",
            "{\"schema_version\": 3, \"processor\": {",
            2,
            "keine gültige JSON-Datei: Zeile 1, Spalte 36: die Datei endet in einem Objekt, „}“ fehlt.",
        ),
        text(
            "komma-am-ende",
            "{\"schema_version\": 3, \"liste\": [1,]}",
            2,
            "keine gültige JSON-Datei: Zeile 1, Spalte 35: überzähliges Komma vor dem Ende einer Liste oder eines Objekts.",
        ),
        text(
            "name-ohne-anfuehrungszeichen",
            "{schema_version: 3}",
            2,
            "keine gültige JSON-Datei: Zeile 1, Spalte 2: ein Feldname muss in Anführungszeichen stehen.",
        ),
        text(
            "wort-ohne-anfuehrungszeichen",
            "{\"schema_version\": drei}",
            2,
            "keine gültige JSON-Datei: Zeile 1, Spalte 20: hier wird ein Wert erwartet.",
        ),
        text(
            "fast-true",
            "{\"schema_version\": tru}",
            2,
            "keine gültige JSON-Datei: Zeile 1, Spalte 23: unbekanntes Wort; ohne Anführungszeichen sind nur true, false und null erlaubt.",
        ),
        text(
            "zwei-objekte",
            "{\"schema_version\": 3} {}",
            2,
            "keine gültige JSON-Datei: Zeile 1, Spalte 23: nach dem Ende der Daten folgen weitere Zeichen.",
        ),
        text(
            "ohne-version",
            "{}",
            2,
            "Feld `schema_version`: Die Angabe der Schema-Version fehlt; die Datei ist keine Konfiguration des AVV-Konfigurators.",
        ),
        text(
            "neuere-version",
            "{\"schema_version\": 99}",
            2,
            "Feld `schema_version`: Die Datei stammt aus einer neueren Version des Konfigurators (Schema 99); diese Version liest Schema 3.",
        ),
        text(
            "liste-statt-objekt",
            "[2]",
            2,
            "Die Datei ist keine Konfiguration des AVV-Konfigurators: Sie enthält kein JSON-Objekt.",
        ),
        edit(
            "unbekannter-wert",
            2,
            "Feld `customer.choices.terminology`: unbekannter Wert „verantwortlicher“; erlaubt: „auftraggeber_auftragnehmer“, „verantwortlicher_auftragsverarbeiter“.",
            |v| v["customer"]["choices"]["terminology"] = json!("verantwortlicher"),
        ),
        edit(
            "zahl-ausserhalb",
            2,
            "Feld `customer.choices.breach_hours`: Frist für die Erstmeldung einer Datenpanne (Stunden): 5000 liegt nicht zwischen 12 und 72.",
            |v| v["customer"]["choices"]["breach_hours"] = json!(5000),
        ),
        edit(
            "zahl-als-text",
            2,
            "Feld `customer.choices.breach_hours`: erwartet eine ganze Zahl zwischen 12 und 72, gefunden „24“.",
            |v| v["customer"]["choices"]["breach_hours"] = json!("24"),
        ),
        edit(
            "deutsches-datum",
            2,
            "Feld `customer.choices.effective_date`: „31.12.2027“ ist kein gültiges Datum (erwartet JJJJ-MM-TT).",
            |v| v["customer"]["choices"]["effective_date"] = json!("31.12.2027"),
        ),
        edit(
            "unbekannte-option",
            2,
            "Feld `customer.choices.breach_hour`: unbekannte Option „breach_hour“. Meinten Sie „breach_hours“?",
            |v| v["customer"]["choices"]["breach_hour"] = json!(24),
        ),
        edit(
            "unbekanntes-feld",
            2,
            "Feld `customer.controller.nmae`: unbekanntes Feld „nmae“; erlaubt: „name“, „street“, „postal_code“, „city“, „country“, „register“, „representative“, „seat“",
            |v| v["customer"]["controller"]["nmae"] = json!("Muster GmbH"),
        ),
        edit(
            "zahl-statt-text",
            2,
            "Feld `customer.controller.name`: falscher Datentyp: erwartet einen Text in Anführungszeichen, gefunden die Zahl 5",
            |v| v["customer"]["controller"]["name"] = json!(5),
        ),
        edit(
            "unbekannte-garantie",
            2,
            "Feld `processor.subprocessors.0.safeguard`: unbekannter Wert „scc“; erlaubt: „not_needed“, „adequacy_decision“, „data_privacy_framework“, „standard_contractual_clauses“, „binding_corporate_rules“, „derogation“",
            |v| {
                v["processor"]["subprocessors"] = json!([{"name": "Hosting AG", "address": "Weg 1", "country": "Deutschland", "service": "Hosting", "location": "Köln", "safeguard": "scc"}]);
            },
        ),
        edit(
            "text-statt-liste",
            2,
            "Feld `customer.processing.data_types`: falscher Datentyp: erwartet eine Liste in eckigen Klammern, gefunden den Text „kundendaten“",
            |v| v["customer"]["processing"]["data_types"] = json!("kundendaten"),
        ),
        edit(
            "schalter-als-text",
            2,
            "Feld `customer.choices.report_disruptions`: erwartet true oder false, gefunden „ja“.",
            |v| v["customer"]["choices"]["report_disruptions"] = json!("ja"),
        ),
        edit(
            "unbekannter-nachweis",
            2,
            "Feld `customer.choices.evidence`: unbekannter Wert „soc2“; erlaubt: „code_of_conduct“, „certification“, „iso27001“, „bsi_grundschutz“, „soc2_type2“, „bsi_c5“, „audit_reports“, „internal_audit“, „dpo_confirmation“.",
            |v| v["customer"]["choices"]["evidence"] = json!(["soc2"]),
        ),
        edit(
            "unbekannte-datenart",
            1,
            "Unbekannte Datenart „gesundheitsdatenx“.",
            |v| v["customer"]["processing"]["data_types"] = json!(["gesundheitsdatenx"]),
        ),
        edit(
            "unbekannte-massnahme",
            1,
            "Unbekannte Maßnahme „gibtsnicht“.",
            |v| {
                v["processor"]["tom"]["measures"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!("gibtsnicht"))
            },
        ),
        edit("ohne-firma", 1, "Auftraggeber: Firma fehlt.", |v| {
            v["customer"]["controller"]["name"] = json!("")
        }),
        edit(
            "widerspruch-drittland",
            1,
            "Widerspruch: Unterauftragnehmer 1 (Beispiel Inc.) übermittelt Daten in ein Drittland oder greift von dort auf sie zu, der Vertrag erlaubt aber nur eine Verarbeitung in der EU bzw. im EWR. Erlauben Sie Drittländer beim Ort der Verarbeitung oder ersetzen Sie den Unterauftragnehmer.",
            |v| {
                v["customer"]["choices"]["place"] = json!("eu_eea");
                v["processor"]["subprocessors"] = json!([{"name": "Beispiel Inc.", "address": "1 Road", "country": "USA", "service": "SMS", "location": "Virginia", "safeguard": "data_privacy_framework"}]);
            },
        ),
    ]
}

#[test]
fn every_malformed_file_gets_its_exact_message_and_exit_code() {
    let library = common::library();
    let dir = std::env::temp_dir().join(format!("avv-malformed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cases = cases();
    assert!(cases.len() >= 20);
    let mut failures = Vec::new();
    for case in &cases {
        let path = dir.join(format!("{}.json", case.name));
        std::fs::write(&path, &case.text).unwrap();
        let path = path.to_string_lossy().into_owned();
        // The app's import.
        let imported = avv::engine::import::parse_json(&case.text, library.options());
        match (&imported, case.exit) {
            (Err(err), 2) if err.to_string() == case.message => {}
            (Ok(_), 1) => {}
            (other, _) => failures.push(format!("{}: import gave {other:?}", case.name)),
        }
        for command in ["render", "check"] {
            let (code, stdout, stderr) = avv(&[command, &path]);
            let shown = match case.exit {
                2 => stdout.is_empty() && stderr.trim() == format!("{path}: {}", case.message),
                _ => stdout.contains(case.message) || stderr.contains(case.message),
            };
            if code != case.exit || !shown {
                failures.push(format!(
                    "{} ({command}): exit {code}, expected {}\n  expected: {}\n  stderr: {}",
                    case.name,
                    case.exit,
                    case.message,
                    stderr.trim()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
