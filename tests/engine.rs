//! Native tests of the shipped clause library and of assembly.
#![cfg(not(target_arch = "wasm32"))]

use avv::engine::config::{DpaConfig, Party};
use avv::engine::presets::Preset;
use avv::engine::{ClauseLibrary, assemble, markdown};

fn library() -> ClauseLibrary {
    avv::shipped::library().unwrap_or_else(|e| panic!("{e}"))
}

fn party(name: &str, city: &str) -> Party {
    Party {
        name: name.into(),
        street: "Hauptstraße 1".into(),
        postal_code: "50667".into(),
        city: city.into(),
        country: "Deutschland".into(),
        ..Party::default()
    }
}

/// A complete configuration with the controller called `controller_name`.
fn config(controller_name: &str) -> DpaConfig {
    let mut config = DpaConfig::new_draft(Preset::Ausgewogen);
    config.customer.controller = party(controller_name, "Köln");
    config.processor.company = party("Cloud Dienste AG", "Berlin");
    let processing = &mut config.customer.processing;
    processing.main_contract.title = "Nutzungsvertrag Buchhaltung Online".into();
    processing.nature_and_purpose = "Betrieb einer Buchhaltungssoftware als Dienst".into();
    processing.data_types = vec!["stammdaten".into()];
    processing.data_subjects = vec!["kunden".into()];
    config.processor.tom.measures = vec!["verschl-tls".into()];
    config
}

#[test]
fn shipped_library_loads() {
    let library = library();
    let ids: Vec<_> = library.clauses().iter().map(|c| c.id.as_str()).collect();
    assert!(
        ids.contains(&"parteien") && ids.contains(&"unterschriften"),
        "{ids:?}"
    );
}

#[test]
fn typed_values_appear_in_the_document() {
    let out = assemble(&config("Muster GmbH"), &library());
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
    let out = assemble(&DpaConfig::new_draft(Preset::Ausgewogen), &library());
    let fields: Vec<_> = out
        .diagnostics
        .iter()
        .filter_map(|d| d.field.as_deref())
        .collect();
    for field in [
        "customer.controller.name",
        "customer.processing.nature_and_purpose",
        "processor.tom.measures",
    ] {
        assert!(fields.contains(&field), "{field} not reported: {fields:?}");
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
    let plain = assemble(&config("Muster"), &library).document.markdown;
    let attacked = assemble(&config(hostile), &library).document.markdown;
    assert_eq!(structure(&attacked), structure(&plain));
    let html = markdown::to_html(&attacked);
    assert!(!html.contains("<img"), "{html}");
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt; # Titel **fett**"),
        "{html}"
    );
}
