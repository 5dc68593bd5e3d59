//! Checks of the TOM annex and of special categories that need the catalogues: every letter of
//! Art. 32(1) DSGVO has a measure, every ticked measure that needs the vendor's figure has it,
//! and data that are or usually carry special categories (Art. 9, 10 DSGVO) make the question
//! about them unavoidable, with the specific measures of § 22(2) BDSG when the answer is yes.

use super::catalogue::{ART32_LETTERS, Catalogues};
use super::config::*;
use super::diagnostic::Diagnostic;
use super::field::{Field, FieldPath, List};

/// The TOM catalogue group of measures for special categories (§ 22 Abs. 2 BDSG).
pub const SPECIAL_GROUP: &str = "besondere-kategorien";

/// The TOM annex: a measure for each letter of Art. 32(1), the vendor's figures, and the
/// measures for special categories.
pub fn tom(config: &DpaConfig, catalogues: &Catalogues, out: &mut Vec<Diagnostic>) {
    let tom = &config.processor.tom;
    let tom_catalogue = &catalogues.tom;
    let measures_path = FieldPath::Fixed(Field::TomMeasures);
    let any = !tom.measures.is_empty() || tom.custom.iter().any(|m| !m.text.trim().is_empty());
    // The groups that hold a chosen or own measure.
    let filled_group = |group: &str| {
        tom.measures
            .iter()
            .any(|m| tom_catalogue.group_of(m).is_some_and(|g| g.id == group))
            || tom
                .custom
                .iter()
                .any(|m| m.group == group && !m.text.trim().is_empty())
    };
    let special = config.customer.processing.special_categories == Some(true);
    // Measures listed beside the vendor's own description supplement it: the description
    // carries the goals (its clause says so), so the letters are not checked against the list.
    let listed = !config.customer.choices.is("tom_source", "vendor_document");
    if any && listed {
        for letter in ART32_LETTERS {
            let groups: Vec<_> = tom_catalogue
                .group
                .iter()
                .filter(|g| catalogues.letter_of_group(g) == Some(letter))
                // The measures for special categories count, but are proposed only where
                // special categories are processed.
                .filter(|g| g.id != SPECIAL_GROUP || special || filled_group(&g.id))
                .collect();
            if !groups.is_empty() && !groups.iter().any(|g| filled_group(&g.id)) {
                let names: Vec<&str> = groups.iter().map(|g| g.title.as_str()).collect();
                out.push(Diagnostic::error(
                    measures_path.clone(),
                    format!(
                        "Technische und organisatorische Maßnahmen: Für Art. 32 Abs. 1 lit. {letter} DSGVO ist keine Maßnahme gewählt (Bereiche: {}).",
                        names.join(", ")
                    ),
                ));
            }
        }
    }
    for (i, id) in tom.measures.iter().enumerate() {
        let Some(measure) = tom_catalogue
            .group_of(id)
            .and_then(|g| g.measure.iter().find(|m| &m.id == id))
        else {
            continue;
        };
        if let Some(parameter) = &measure.parameter
            && tom.values.get(id).is_none_or(|v| v.trim().is_empty())
        {
            out.push(Diagnostic::error(
                FieldPath::entry(List::TomMeasures, i, "value"),
                format!(
                    "Technische und organisatorische Maßnahmen: Geben Sie „{parameter}“ an („{}“).",
                    measure.text.replace(super::catalogue::VALUE_SLOT, "…")
                ),
            ));
        }
    }
    if listed
        && config.customer.processing.special_categories == Some(true)
        && tom_catalogue.group.iter().any(|g| g.id == SPECIAL_GROUP)
        && !filled_group(SPECIAL_GROUP)
    {
        out.push(Diagnostic::error(
            measures_path,
            "Besondere Kategorien personenbezogener Daten werden verarbeitet: § 22 Abs. 2 BDSG verlangt angemessene und spezifische Maßnahmen. Wählen Sie sie im Bereich „Maßnahmen für besondere Kategorien“ der Anlage; gibt der Anbieter die Maßnahmen vor, muss er sie dort ergänzen.",
        ));
    }
    // With special categories one measure per goal is not enough: who may log in, who may see
    // what, who changed what and whether the data survive a failure must each be stated.
    if listed && config.customer.processing.special_categories == Some(true) && any {
        let missing: Vec<&str> = SPECIAL_BASELINE
            .iter()
            .filter_map(|id| tom_catalogue.group.iter().find(|g| g.id == *id))
            .filter(|g| !filled_group(&g.id))
            .map(|g| g.title.as_str())
            .collect();
        if !missing.is_empty() {
            out.push(Diagnostic::error(
                FieldPath::Fixed(Field::TomMeasures),
                format!(
                    "Technische und organisatorische Maßnahmen: Bei besonderen Kategorien personenbezogener Daten braucht auch jeder dieser Bereiche mindestens eine Maßnahme: {}.",
                    missing.join(", ")
                ),
            ));
        }
    }
}

/// The groups that must hold a measure where special categories are processed.
const SPECIAL_BASELINE: &[&str] = &[
    "zugangskontrolle",
    "zugriffskontrolle",
    "eingabekontrolle",
    "verfuegbarkeitskontrolle",
];

/// Special categories: data that are special categories must be declared as such; data and
/// persons that usually carry them make the question unavoidable, and "none" draws a warning.
pub fn special_categories(config: &DpaConfig, catalogues: &Catalogues, out: &mut Vec<Diagnostic>) {
    let processing = &config.customer.processing;
    let path = FieldPath::Fixed(Field::SpecialCategories);
    let types = processing
        .data_types
        .iter()
        .filter_map(|id| catalogues.data_type(id));
    let subjects = processing
        .data_subjects
        .iter()
        .filter_map(|id| catalogues.data_subject(id));
    let special: Vec<&str> = types
        .clone()
        .filter(|e| e.special.is_some())
        .map(|e| e.label.as_str())
        .collect();
    let indicated: Vec<&str> = types
        .chain(subjects)
        .filter(|e| e.indicates_special || e.special.is_some())
        .map(|e| e.label.as_str())
        .collect();
    let quoted = |labels: &[&str]| {
        labels
            .iter()
            .map(|l| format!("„{l}“"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match processing.special_categories {
        Some(true) => {}
        _ if !special.is_empty() => out.push(Diagnostic::error(
            path,
            format!(
                "Besondere Kategorien: {} gehören zu den besonderen Kategorien personenbezogener Daten (Art. 9 oder 10 DSGVO). Geben Sie an, dass solche Daten verarbeitet werden, und nennen Sie sie.",
                quoted(&special)
            ),
        )),
        None if !indicated.is_empty() => out.push(Diagnostic::error(
            path,
            format!(
                "Besondere Kategorien: Bei {} werden üblicherweise besondere Kategorien personenbezogener Daten verarbeitet, etwa Gesundheitsdaten oder die Religionszugehörigkeit als Kirchensteuermerkmal. Beantworten Sie die Frage, ob solche Daten verarbeitet werden.",
                quoted(&indicated)
            ),
        )),
        Some(false) if !indicated.is_empty() => out.push(Diagnostic::warning(
            path,
            format!(
                "Besondere Kategorien: Sie geben an, dass keine besonderen Kategorien verarbeitet werden, obwohl bei {} üblicherweise solche Daten anfallen (etwa Gesundheitsdaten oder das Kirchensteuermerkmal). Prüfen Sie die Angabe.",
                quoted(&indicated)
            ),
        )),
        _ => {}
    }
}
