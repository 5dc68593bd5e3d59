//! Every diagnostic the engine can emit names a field that a step of the questionnaire asks
//! for: every check of `clauses/pruefungen.toml` fires in the corpus, and every diagnostic
//! there has a section, hence a step (no fallback). `tests/web.rs` follows each one to its
//! control in the browser.
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "support/corpus.rs"]
mod corpus;

use avv::engine::assemble;
use common::library;

#[test]
fn every_check_fires_in_the_corpus() {
    let (_, unfired) = corpus::corpus(library());
    assert!(
        unfired.is_empty(),
        "no configuration of tests/support/corpus.rs fires these checks: {unfired:#?}"
    );
}

#[test]
fn every_diagnostic_of_the_corpus_leads_to_a_step() {
    let library = library();
    let (configs, _) = corpus::corpus(library);
    let mut seen = 0;
    for config in &configs {
        for d in assemble(config, library).diagnostics {
            let field = d
                .field
                .unwrap_or_else(|| panic!("a diagnostic names no field: {}", d.message));
            let section = field.section(|id| library.options().get(id).map(|o| o.section));
            assert!(section.is_some(), "{field} has no section: {}", d.message);
            seen += 1;
        }
    }
    assert!(seen > 25, "the corpus emits only {seen} diagnostics");
}
