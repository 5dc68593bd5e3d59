//! Checks that one part of the configuration agrees with another: the parties' terms in typed
//! text, and the places of subprocessors among the places of processing.

use super::catalogue::TERMINOLOGY;
use super::config::*;
use super::diagnostic::Diagnostic;
use super::field::{FieldPath, List};

/// Typed text that names the parties with the other pair of terms than the agreement: one
/// terminology per document (redline m8, m9).
pub fn terminology_in_typed_text(config: &DpaConfig, out: &mut Vec<Diagnostic>) {
    let gdpr_terms = config
        .customer
        .choices
        .is(TERMINOLOGY, "verantwortlicher_auftragsverarbeiter");
    let (foreign, own): (&[&str], &str) = if gdpr_terms {
        (
            &["Auftraggeber", "Auftragnehmer"],
            "„Verantwortlicher“ und „Auftragsverarbeiter“",
        )
    } else {
        (
            &["Verantwortliche", "Auftragsverarbeiter"],
            "„Auftraggeber“ und „Auftragnehmer“",
        )
    };
    // Whole words with their endings, so "Auftragsverarbeitung" and "Unterauftragnehmer" pass.
    let uses = |text: &str, term: &str| {
        text.split(|c: char| !c.is_alphanumeric()).any(|w| {
            w.strip_prefix(term)
                .is_some_and(|rest| ["", "s", "n", "r", "m"].contains(&rest))
        })
    };
    let mut copy = config.clone();
    copy.for_each_text_mut(&mut |path, _, text| {
        if path.starts_with("processor.company") || path.starts_with("customer.controller") {
            return;
        }
        if let Some(term) = foreign.iter().find(|t| uses(text, t))
            && let Some(field) = FieldPath::parse(path).or_else(|| {
                // An entry of a plain list of texts leads to the list.
                FieldPath::parse(path.rsplit_once('.').map_or(path, |(list, _)| list))
            })
        {
            out.push(Diagnostic::warning(
                field,
                format!(
                    "Bezeichnung der Parteien: Der Text verwendet „{term}“, der Vertrag bezeichnet die Parteien aber als {own}. Verwenden Sie dieselben Begriffe wie der Vertrag."
                ),
            ));
        }
    });
}

/// Words of a place that name no particular place.
const GENERIC_PLACE_WORDS: &[&str] = &[
    "deutschland",
    "rechenzentrum",
    "rechenzentren",
    "standort",
    "standorte",
    "europäische",
    "union",
    "germany",
];

/// A subprocessor processes at a place the list of places of processing (annex 1) does not
/// name: the rules on the place of processing and its changes would not reach it.
pub fn subprocessor_locations(config: &DpaConfig, sub: &str, out: &mut Vec<Diagnostic>) {
    let processor = &config.processor;
    if !processor.locations.iter().any(|l| !l.trim().is_empty()) {
        return;
    }
    let known = processor.locations.join(" ").to_lowercase();
    for (i, s) in processor.subprocessors.iter().enumerate() {
        let words: Vec<String> = s
            .location
            .split(|c: char| !c.is_alphanumeric())
            .map(str::to_lowercase)
            .filter(|w| w.chars().count() >= 4 && !GENERIC_PLACE_WORDS.contains(&w.as_str()))
            .collect();
        if !words.is_empty() && !words.iter().any(|w| known.contains(w.as_str())) {
            out.push(Diagnostic::warning(
                FieldPath::entry(List::Subprocessors, i, "location"),
                format!(
                    "{sub} {}: Der Ort „{}“ fehlt in den Standorten der Verarbeitung (Anlage 1). Nennen Sie ihn dort, damit die Regeln über den Ort der Verarbeitung auch für ihn gelten.",
                    i + 1,
                    s.location.trim()
                ),
            ));
        }
    }
}
