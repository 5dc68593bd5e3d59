//! `docs/configuration.md`, written from the schema: every field with its type, meaning,
//! allowed values and bounds, the legal choices with their defaults per preset, and a complete
//! example.

use serde_json::Value;

use crate::engine::ClauseLibrary;
use crate::engine::config::{ChoiceValue, OptionKind};

/// Escapes a table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// The type of a schema in words.
fn kind(schema: &Value) -> String {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = r.trim_start_matches("#/$defs/");
        return format!("Objekt ({})", anchor_link(name));
    }
    if schema.get("const").is_some() {
        return format!("fest: `{}`", schema["const"]);
    }
    if let Some(options) = schema.get("oneOf").and_then(Value::as_array) {
        let kinds: Vec<String> = options.iter().map(kind).collect();
        return kinds.join(" oder ");
    }
    let types: Vec<&str> = match &schema["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    };
    let words: Vec<String> = types
        .iter()
        .map(|t| match *t {
            "string" if schema.get("pattern").is_some() => "Datum `JJJJ-MM-TT`".to_owned(),
            "string" if schema.get("enum").is_some() => "Kennung (Liste unten)".to_owned(),
            "string" => "Text".to_owned(),
            "integer" => "ganze Zahl".to_owned(),
            "boolean" => "`true` oder `false`".to_owned(),
            "null" => "`null`".to_owned(),
            "array" => format!("Liste aus: {}", kind(&schema["items"])),
            "object" => "Objekt".to_owned(),
            other => other.to_owned(),
        })
        .collect();
    words.join(" oder ")
}

fn anchor_link(name: &str) -> String {
    format!("[{name}](#{name})")
}

/// Allowed values of an enum, as `id` – label.
fn allowed(schema: &Value) -> String {
    let schema = if schema.get("items").is_some() {
        &schema["items"]
    } else {
        schema
    };
    let Some(ids) = schema.get("enum").and_then(Value::as_array) else {
        return String::new();
    };
    let labels = schema
        .get("enumDescriptions")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    if ids.len() > 12 {
        return format!("{} Kennungen aus dem Katalog", ids.len());
    }
    ids.iter()
        .enumerate()
        .map(|(i, id)| {
            let label = labels.get(i).and_then(Value::as_str).unwrap_or("");
            format!("`{}` ({})", id.as_str().unwrap_or(""), cell(label))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// One table of an object's fields; nested objects get their own tables after it.
fn object_table(title: &str, path: &str, schema: &Value, out: &mut String) {
    let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
        return;
    };
    let required: Vec<&str> = schema["required"]
        .as_array()
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    out.push_str(&format!("### {title}\n\n"));
    if let Some(d) = schema.get("description").and_then(Value::as_str) {
        out.push_str(&format!("{d}\n\n"));
    }
    out.push_str("| Feld | Typ | Bedeutung | erlaubt |\n|---|---|---|---|\n");
    let mut nested = Vec::new();
    for (name, field) in properties {
        let mark = if required.contains(&name.as_str()) {
            " (Pflicht)"
        } else {
            ""
        };
        let description = field
            .get("description")
            .and_then(Value::as_str)
            .unwrap_or("");
        out.push_str(&format!(
            "| `{path}{name}`{mark} | {} | {} | {} |\n",
            cell(&kind(field)),
            cell(description),
            cell(&allowed(field))
        ));
        let inner = if field.get("items").is_some() {
            &field["items"]
        } else {
            field
        };
        if inner.get("properties").is_some() {
            nested.push((format!("{path}{name}"), inner.clone()));
        }
        if let Some(options) = inner.get("oneOf").and_then(Value::as_array) {
            for o in options.iter().filter(|o| o.get("properties").is_some()) {
                nested.push((format!("{path}{name}"), o.clone()));
            }
        }
    }
    out.push('\n');
    for (p, s) in nested {
        object_table(&format!("`{p}`"), &format!("{p}."), &s, out);
    }
}

/// A default as it would be written in JSON.
fn shown(value: &ChoiceValue) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// The ids of the catalogues with their labels: data types, data subjects, TOM measures.
fn catalogue_tables(library: &ClauseLibrary, out: &mut String) {
    let catalogues = library.catalogues();
    out.push_str("\n## Kennungen der Kataloge\n\nDie Listen `customer.processing.data_types`, `customer.processing.data_subjects` und `processor.tom.measures` nennen Einträge der Kataloge unter `clauses/kataloge/` mit ihrer Kennung; eine unbekannte Kennung ist ein Fehler (Exit 1).\n");
    for (title, list) in [
        ("Datenarten (`data_types`)", &catalogues.data_types),
        ("Betroffene (`data_subjects`)", &catalogues.data_subjects),
    ] {
        out.push_str(&format!(
            "\n### {title}\n\n| Kennung | Bezeichnung |\n|---|---|\n"
        ));
        for e in &list.entry {
            out.push_str(&format!("| `{}` | {} |\n", e.id, cell(&e.label)));
        }
    }
    out.push_str("\n### TOM-Maßnahmen (`measures`) und Gruppen (`custom[].group`)\n\n| Kennung | Maßnahme |\n|---|---|\n");
    for g in &catalogues.tom.group {
        out.push_str(&format!(
            "| `{}` | **Gruppe: {}** |\n",
            g.id,
            cell(&g.title)
        ));
        for m in &g.measure {
            out.push_str(&format!("| `{}` | {} |\n", m.id, cell(&m.text)));
        }
    }
}

/// The Markdown of `docs/configuration.md`.
pub fn configuration_markdown(library: &ClauseLibrary, example: &str) -> String {
    let schema = super::configuration(library);
    let mut out = String::from(
        "# Das Format der Konfiguration\n\n\
         <!-- Erzeugt von `src/schema/docs.rs` aus den Typen, `clauses/optionen.toml` und den Katalogen; \
         `UPDATE_DOCS=1 cargo test --test schema` schreibt die Datei neu. -->\n\n\
         Eine Konfiguration ist eine JSON-Datei: der Teil des Anbieters (`processor`), der Teil des \
         Kunden (`customer`) mit der Wahl der Regelungen (`customer.choices`) und die Version des \
         Formats. Der Konfigurator exportiert sie, `avv render DATEI` macht daraus den Vertrag, \
         `avv check DATEI` den Prüfbericht. Das JSON-Schema `docs/schema/konfiguration.schema.json` \
         (auch: `avv schema`) beschreibt dasselbe für Editoren: steht in der Datei \
         `\"$schema\": \"…/docs/schema/konfiguration.schema.json\"`, ergänzen und prüfen sie während \
         der Eingabe. Anbieterprofile (TOML) beschreibt `docs/profiles.md`, ihr Schema ist \
         `docs/schema/profil.schema.json` (`avv schema profil`; in der Datei `#:schema …`).\n\n\
         Exit-Status von `avv render` und `avv check`: 0 der Vertrag ist vollständig; 1 er ist \
         unvollständig oder widersprüchlich (jeder Fehler wird genannt); 2 die Datei ist keine \
         gültige Konfiguration (eine Meldung nennt das Feld, den gefundenen Wert und was erlaubt ist).\n\n\
         ## Felder\n\n",
    );
    object_table("Oberste Ebene", "", &schema, &mut out);
    for (name, def) in schema["$defs"].as_object().into_iter().flatten() {
        if name == "wahl" {
            continue;
        }
        if def.get("properties").is_some() {
            object_table(&format!("<a id=\"{name}\"></a>`{name}`"), "", def, &mut out);
        } else if let Some(options) = def.get("oneOf").and_then(Value::as_array) {
            out.push_str(&format!(
                "### <a id=\"{name}\"></a>`{name}`\n\n{}\n\n",
                def["description"].as_str().unwrap_or("")
            ));
            for o in options {
                let title = o["properties"]["kind"]["const"]
                    .as_str()
                    .map_or_else(String::new, |k| format!("`kind = \"{k}\"`"));
                object_table(&title, "", o, &mut out);
            }
        }
    }
    out.push_str("## <a id=\"wahl\"></a>Die Wahl der Regelungen (`customer.choices`)\n\n");
    out.push_str("Jede Option aus `clauses/optionen.toml`; fehlt eine, gilt die erste Voreinstellung. Die Voreinstellungen stehen in der Reihenfolge ");
    let presets = library.options().presets();
    out.push_str(
        &presets
            .iter()
            .map(|p| format!("{} (`{}`)", p.label, p.id))
            .collect::<Vec<_>>()
            .join(", "),
    );
    out.push_str(".\n\n| Option | Art | erlaubte Werte | Voreinstellungen |\n|---|---|---|---|\n");
    for decl in library.options().all() {
        let values = match decl.kind {
            OptionKind::Toggle => "`true`, `false`".to_owned(),
            OptionKind::Number => format!("{} bis {} {}", decl.min, decl.max, decl.unit),
            OptionKind::Date => "Datum `JJJJ-MM-TT` oder leer".to_owned(),
            OptionKind::Text => "Text".to_owned(),
            OptionKind::Choice | OptionKind::Set => decl
                .values
                .iter()
                .map(|v| format!("`{}` ({})", v.id, cell(&v.label)))
                .collect::<Vec<_>>()
                .join("; "),
        };
        let kind = match decl.kind {
            OptionKind::Toggle => "Schalter",
            OptionKind::Number => "Zahl",
            OptionKind::Choice => "Auswahl",
            OptionKind::Set => "Liste",
            OptionKind::Date => "Datum",
            OptionKind::Text => "Text",
        };
        let defaults = decl
            .defaults
            .iter()
            .map(shown)
            .collect::<Vec<_>>()
            .join(" / ");
        out.push_str(&format!(
            "| `{}`: {} | {kind} | {values} | {} |\n",
            decl.id,
            cell(&decl.label),
            cell(&defaults)
        ));
    }
    catalogue_tables(library, &mut out);
    out.push_str("\n## Ein vollständiges Beispiel\n\n`examples/minimal.json`: ein Kunde, ein Anbieter ohne Unterauftragnehmer, die Voreinstellung „ausgewogen“. Weitere Beispiele liegen in `examples/`.\n\n```json\n");
    out.push_str(example.trim_end());
    out.push_str("\n```\n");
    out
}
