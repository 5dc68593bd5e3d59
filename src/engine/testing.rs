//! Helpers for the engine's unit tests: the shipped library, loaded once.

use std::sync::OnceLock;

use super::config::DpaConfig;
use super::library::ClauseLibrary;

/// The shipped clause library. A broken library fails the one test that loads it with every
/// error listed (`crate::shipped` tests); here it only points there.
pub fn library() -> &'static ClauseLibrary {
    static LIBRARY: OnceLock<ClauseLibrary> = OnceLock::new();
    LIBRARY.get_or_init(|| {
        crate::shipped::library().unwrap_or_else(|_| {
            panic!("Die Klauselbibliothek lädt nicht; `cargo run --bin avv -- clauses check` listet die Fehler.")
        })
    })
}

/// An empty draft with the first preset's choices.
pub fn empty_draft() -> DpaConfig {
    let options = library().options();
    options
        .new_draft(&options.presets()[0].id)
        .expect("a preset exists")
}
