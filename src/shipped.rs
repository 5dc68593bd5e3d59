//! The clause library as shipped: every file under `clauses/`, embedded at build time.
//!
//! `build.rs` lists the files, so a clause added to the folder is part of the next build
//! without touching Rust code. Loading and validation happen in [`crate::engine::library`].
//! Native builds load the files as written, with every check, so an authoring mistake names
//! its file and line; the browser build loads the JSON form of the same files (see
//! [`ClauseLibrary::load_compiled`]), and `tests/library.rs` checks that both give the same
//! library. A vendor profile named by `AVV_PROFILE` at build time is embedded the same way.

#[cfg(not(target_arch = "wasm32"))]
use crate::engine::library::SourceFile;
use crate::engine::library::{ClauseLibrary, CompiledFile, LibraryError};
use crate::engine::profile::Profile;

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
pub fn library() -> Result<ClauseLibrary, LibraryError> {
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
pub fn compiled_library() -> Result<ClauseLibrary, LibraryError> {
    ClauseLibrary::load_compiled(SHIPPED_COMPILED)
}

/// The vendor profile embedded in this build, if any, with its file name for messages. The
/// build embeds the compiled form written by `avv profile`, which checked the TOML file.
pub fn profile() -> Option<Result<Profile, (String, String)>> {
    SHIPPED_PROFILE.map(|(name, json)| {
        Profile::from_compiled(json).map_err(|e| (name.to_owned(), e.to_string()))
    })
}
