//! The clause library as shipped: every file under `clauses/`, embedded at build time.
//!
//! `build.rs` lists the files, so a clause added to the folder is part of the next build
//! without touching Rust code. Loading and validation happen in [`crate::engine::library`].
//! Native builds load the files as written, with every check, so an authoring mistake names
//! its file and line; the browser build loads the JSON form of the same files (see
//! [`ClauseLibrary::load_compiled`]), and `tests/library.rs` checks that both give the same
//! library. A vendor profile named by `AVV_PROFILE` at build time is embedded the same way.

use crate::engine::library::{ClauseLibrary, CompiledFile, LibraryErrors};
use crate::engine::options::OptionSet;
use crate::engine::profile::Profile;
#[cfg(not(target_arch = "wasm32"))]
use crate::engine::source::SourceFile;

include!(concat!(env!("OUT_DIR"), "/shipped_clauses.rs"));

/// The clause files embedded in this build, as (path relative to the crate, text), sorted by path.
#[cfg(not(target_arch = "wasm32"))]
pub fn clause_sources() -> Vec<SourceFile<'static>> {
    SHIPPED_CLAUSES
        .iter()
        .map(|&(path, text)| SourceFile { path, text })
        .collect()
}

/// Loads and validates the shipped library: the files as written natively, their compiled
/// form in the browser.
pub fn library() -> Result<ClauseLibrary, LibraryErrors> {
    #[cfg(not(target_arch = "wasm32"))]
    return ClauseLibrary::load(&clause_sources());
    #[cfg(target_arch = "wasm32")]
    return compiled_library();
}

/// The shipped files in the form the browser build reads them.
pub fn compiled_files() -> &'static [CompiledFile<'static>] {
    SHIPPED_COMPILED
}

/// Loads the compiled form of the shipped files, the one the browser build uses.
pub fn compiled_library() -> Result<ClauseLibrary, LibraryErrors> {
    ClauseLibrary::load_compiled(SHIPPED_COMPILED)
}

/// The vendor profile embedded in this build, if any, with its file name for messages. The
/// build embeds the compiled form written by `avv profile`, which checked the TOML file.
pub fn profile(options: &OptionSet) -> Option<Result<Profile, (String, String)>> {
    SHIPPED_PROFILE.map(|(name, json)| {
        Profile::from_compiled(json, options).map_err(|e| (name.to_owned(), e.to_string()))
    })
}

/// A name for this build's local storage, so that the generic build and a vendor build on one
/// origin keep their drafts apart: the profile's file name, or `allgemein`.
pub fn build_name() -> &'static str {
    SHIPPED_PROFILE.map_or("allgemein", |(name, _)| name)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    /// The one test that loads the shipped library and lists every mistake in it. It runs
    /// first in `cargo test` (unit tests before integration tests), so a broken clause file
    /// shows up once, with all its errors, instead of as a panic in every test.
    #[test]
    fn the_shipped_clause_library_loads() {
        if let Err(errors) = super::library() {
            panic!("\n{errors}\n");
        }
    }

    #[test]
    fn both_forms_of_the_shipped_files_give_the_same_library() {
        let native = super::library().expect("loads");
        let compiled = super::compiled_library().expect("loads");
        // Only the source lines differ: the compiled form is one line per file.
        let unlined = |library: &crate::engine::ClauseLibrary| {
            let mut all = library.options().all().to_vec();
            all.iter_mut().for_each(|o| o.line = 0);
            (library.options().presets().to_vec(), all)
        };
        assert_eq!(unlined(&native), unlined(&compiled));
        assert_eq!(native.catalogues(), compiled.catalogues());
        assert_eq!(native.clauses().len(), compiled.clauses().len());
        assert_eq!(native.rules().len(), compiled.rules().len());
    }
}
