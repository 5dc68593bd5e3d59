//! Native tests of the shipped clause library and of assembly.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use avv::engine::{Severity, assemble, markdown};
use common::{complete as config, empty_draft, library};

#[test]
fn shipped_library_loads() {
    let ids: Vec<_> = library().clauses().iter().map(|c| c.id.as_str()).collect();
    assert!(
        ids.contains(&"parteien") && ids.contains(&"unterschriften"),
        "{ids:?}"
    );
}

#[test]
fn typed_values_appear_in_the_document() {
    let out = assemble(&config("Muster GmbH"), library());
    assert!(out.diagnostics.is_empty(), "{:#?}", out.diagnostics);
    let md = &out.document.markdown;
    assert!(
        md.starts_with("# Vertrag über die Auftragsverarbeitung\n"),
        "{md}"
    );
    for expected in [
        "Muster GmbH",
        "Cloud Dienste AG",
        "50667 Köln",
        "Buchhaltungssoftware",
    ] {
        assert!(md.contains(expected), "missing {expected}:\n{md}");
    }
}

#[test]
fn empty_fields_are_reported_and_shown_as_gaps() {
    let out = assemble(&empty_draft(), library());
    let fields: Vec<String> = out
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .filter_map(|d| d.field.as_ref().map(ToString::to_string))
        .collect();
    for field in [
        "customer.controller.name",
        "customer.processing.nature_and_purpose",
        "customer.processing.main_contract.title",
        "processor.tom.measures",
    ] {
        assert!(
            fields.iter().any(|f| f == field),
            "{field} not reported: {fields:?}"
        );
    }
    assert!(out.document.markdown.contains("\\[…\\]"));
}

/// The headings, list items, tables, emphasis and HTML a document's Markdown produces.
fn structure(md: &str) -> Vec<String> {
    use pulldown_cmark::{Event, Tag};
    markdown::parser(md)
        .filter_map(|e| match e {
            Event::Start(Tag::Heading { level, .. }) => Some(format!("h{level}")),
            Event::Start(Tag::List(_)) => Some("list".into()),
            Event::Start(Tag::Item) => Some("item".into()),
            Event::Start(Tag::Table(_)) => Some("table".into()),
            Event::Start(Tag::TableCell) => Some("cell".into()),
            Event::Start(Tag::Emphasis) => Some("em".into()),
            Event::Start(Tag::Strong) => Some("strong".into()),
            Event::Start(Tag::Link { .. }) => Some("link".into()),
            Event::Start(Tag::Image { .. }) => Some("img".into()),
            Event::Start(Tag::CodeBlock(_)) => Some("codeblock".into()),
            Event::Code(_) => Some("code".into()),
            Event::Html(_) | Event::InlineHtml(_) => Some("html".into()),
            _ => None,
        })
        .collect()
}

#[test]
fn hostile_company_name_stays_literal() {
    let library = library();
    let hostile = "<img src=x onerror=alert(1)> # Titel **fett**";
    let plain = assemble(&config("Muster"), library).document.markdown;
    let attacked = assemble(&config(hostile), library).document.markdown;
    assert_eq!(structure(&attacked), structure(&plain));
    let html = markdown::to_html(&attacked);
    assert!(!html.contains("<img"), "{html}");
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt; # Titel **fett**"),
        "{html}"
    );
}

#[test]
fn typed_text_with_the_other_terminology_is_pointed_out() {
    use avv::engine::config::ChoiceValue;
    let mut c = config("Muster GmbH");
    c.customer.processing.purposes = vec![
        "Auftragsverarbeitung für den Auftraggeber".into(),
        "Betrieb im Auftrag".into(),
    ];
    let warned = |c: &avv::engine::config::DpaConfig| -> Vec<String> {
        assemble(c, library())
            .diagnostics
            .iter()
            .filter(|d| d.message.starts_with("Bezeichnung der Parteien"))
            .map(|d| d.field.as_ref().unwrap().to_string())
            .collect()
    };
    assert!(warned(&c).is_empty(), "the agreement says Auftraggeber too");
    c.customer.choices.set(
        "terminology",
        ChoiceValue::Word("verantwortlicher_auftragsverarbeiter".into()),
    );
    assert_eq!(warned(&c), ["customer.processing.purposes"]);
}

#[test]
fn a_subprocessor_at_a_place_not_listed_is_pointed_out() {
    use avv::engine::config::{Subprocessor, TransferSafeguard};
    let mut c = config("Muster GmbH");
    c.processor.locations = vec!["Rechenzentrum in Köln".into()];
    let sub = |location: &str| Subprocessor {
        name: "Hosting AG".into(),
        address: "Weg 1, Köln".into(),
        country: "Deutschland".into(),
        service: "Hosting".into(),
        location: location.into(),
        safeguard: TransferSafeguard::NotNeeded,
        remote_access: String::new(),
    };
    let warned = |c: &avv::engine::config::DpaConfig| -> Vec<String> {
        assemble(c, library())
            .diagnostics
            .iter()
            .filter(|d| d.message.contains("fehlt in den Standorten"))
            .map(|d| d.field.as_ref().unwrap().to_string())
            .collect()
    };
    c.processor.subprocessors = vec![
        sub("Köln, Deutschland"),
        sub("Rechenzentren in Deutschland"),
        sub("Hamburg"),
    ];
    assert_eq!(warned(&c), ["processor.subprocessors.2.location"]);
    c.processor.locations.clear();
    assert!(
        warned(&c).is_empty(),
        "without a list there is nothing to compare"
    );
}
