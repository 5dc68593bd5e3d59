//! The checks the redline asked for, each with the configuration that must fire it and the one
//! that must not: a measure for every letter of Art. 32(1) DSGVO and every figure a measure
//! needs (K1), special categories declared and protected (K2, § 22(2) BDSG), no data protection
//! officer as instruction giver (M7), no effective date in the past (m21), typed text in the
//! document's terminology (m8).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use avv::engine::config::{ChoiceValue, Contact, ContactRole, DpaConfig, Person, Side};
use avv::engine::date::Date;
use avv::engine::{Severity, assemble, assemble_on};
use common::{complete, library};

/// The messages of `severity` about the TOM, special categories or contacts.
fn messages(config: &DpaConfig, severity: Severity) -> Vec<String> {
    assemble(config, library())
        .diagnostics
        .into_iter()
        .filter(|d| d.severity == severity)
        .map(|d| d.message)
        .collect()
}

#[test]
fn every_letter_of_article_32_needs_a_measure() {
    let mut c = complete("Muster GmbH");
    assert!(messages(&c, Severity::Error).is_empty());
    c.processor
        .tom
        .measures
        .retain(|m| m != "wiederh-notfallkonzept");
    let errors = messages(&c, Severity::Error);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("lit. c"), "{errors:?}");
}

#[test]
fn a_measure_that_needs_a_figure_asks_for_it() {
    let mut c = complete("Muster GmbH");
    c.processor.tom.values.clear();
    let errors = messages(&c, Severity::Error);
    assert!(
        errors.iter().any(|e| e.contains("TLS-Version")),
        "{errors:?}"
    );
}

#[test]
fn data_that_usually_carry_special_categories_make_the_question_unavoidable() {
    let mut c = complete("Muster GmbH");
    c.customer.processing.data_subjects = vec!["bewerber".into()];
    c.customer.processing.special_categories = None;
    assert!(
        messages(&c, Severity::Error)
            .iter()
            .any(|e| e.contains("Besondere Kategorien")),
        "the open question is an error"
    );
    c.customer.processing.special_categories = Some(false);
    assert!(messages(&c, Severity::Error).is_empty());
    assert!(
        messages(&c, Severity::Warning)
            .iter()
            .any(|w| w.contains("Bewerber")),
        "'none' for applicants draws a warning"
    );
}

#[test]
fn special_categories_need_the_measures_of_section_22_and_the_baseline() {
    let mut c = complete("Muster GmbH");
    c.customer.processing.special_categories = Some(true);
    c.customer.processing.special_categories_detail = "Gesundheitsdaten".into();
    let errors = messages(&c, Severity::Error);
    assert!(
        errors.iter().any(|e| e.contains("§ 22 Abs. 2 BDSG")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("Zugangskontrolle") && e.contains("Eingabekontrolle")),
        "{errors:?}"
    );
    common::complete_tom(&mut c);
    assert!(messages(&c, Severity::Error).is_empty());
}

#[test]
fn a_data_protection_officer_giving_instructions_draws_a_warning() {
    let mut c = complete("Muster GmbH");
    let contact = |function: &str| Contact {
        side: Side::Controller,
        role: ContactRole::IssuesInstructions,
        person: Person {
            name: "Kim Muster".into(),
            email: "kim@example.org".into(),
            phone: String::new(),
        },
        function: function.into(),
    };
    c.customer.contacts = vec![contact("Leitung Personal")];
    assert!(messages(&c, Severity::Warning).is_empty());
    c.customer.contacts = vec![contact("Datenschutzbeauftragte")];
    assert!(
        messages(&c, Severity::Warning)
            .iter()
            .any(|w| w.contains("Art. 38 Abs. 6")),
        "a DPO giving instructions"
    );
}

#[test]
fn an_effective_date_in_the_past_draws_a_warning() {
    let mut c = complete("Muster GmbH");
    c.customer
        .choices
        .set("effective_date", ChoiceValue::Word("2018-05-25".into()));
    let today = Date::parse_iso("2026-11-29").ok();
    let warned = |c: &DpaConfig| {
        assemble_on(c, library(), today)
            .diagnostics
            .iter()
            .any(|d| d.message.contains("rückwirkend"))
    };
    assert!(warned(&c));
    c.customer
        .choices
        .set("effective_date", ChoiceValue::Word("2027-01-01".into()));
    assert!(!warned(&c));
}
