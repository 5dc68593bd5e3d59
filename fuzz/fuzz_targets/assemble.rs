//! Fuzz target: arbitrary strings in every text field (text options included) of a complete
//! configuration. Assembly
//! and the HTML preview must never panic, and the typed text must never add HTML.
#![no_main]

use std::sync::OnceLock;

use avv::engine::{ClauseLibrary, assemble, config::{ChoiceValue, DpaConfig, OptionKind}, import::parse_json, markdown};
use libfuzzer_sys::fuzz_target;

fn library() -> &'static ClauseLibrary {
    static LIBRARY: OnceLock<ClauseLibrary> = OnceLock::new();
    LIBRARY.get_or_init(|| avv::shipped::library().expect("the shipped library is valid"))
}

fn base() -> &'static DpaConfig {
    static BASE: OnceLock<DpaConfig> = OnceLock::new();
    BASE.get_or_init(|| parse_json(include_str!("../../examples/preset-ausgewogen.json"), library().options()).expect("valid example"))
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // Split the input over the fields, so different fields get different strings.
    let parts: Vec<&str> = text.split('\u{1}').collect();
    let mut config = base().clone();
    let mut i = 0;
    config.for_each_text_mut(&mut |_, _, field| {
        *field = parts[i % parts.len()].to_owned();
        i += 1;
    });
    // The text options among the choices (a court, say) get their string too.
    for option in library().options().all().iter().filter(|o| o.kind == OptionKind::Text) {
        config.customer.choices.set(&option.id, ChoiceValue::Word(parts[i % parts.len()].to_owned()));
        i += 1;
    }
    let out = assemble(&config, library());
    let html = markdown::to_html(&out.document.markdown);
    for tag in ["<script", "<img", "<iframe", "<a ", "<div"] {
        assert!(!html.contains(tag), "typed text produced {tag}");
    }
});
