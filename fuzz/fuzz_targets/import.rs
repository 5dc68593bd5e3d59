//! Fuzz target: arbitrary bytes as a configuration file. Parsing must refuse or accept, never
//! panic; an accepted configuration must assemble and check without panicking.
#![no_main]

use std::sync::OnceLock;

use avv::engine::{ClauseLibrary, assemble, check, import::parse_json};
use libfuzzer_sys::fuzz_target;

fn library() -> &'static ClauseLibrary {
    static LIBRARY: OnceLock<ClauseLibrary> = OnceLock::new();
    LIBRARY.get_or_init(|| avv::shipped::library().expect("the shipped library is valid"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(config) = parse_json(text, library().options()) {
        let out = assemble(&config, library());
        let _ = check(&out);
    }
});
