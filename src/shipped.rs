//! The clause library as shipped: every file under `clauses/`, embedded at build time.
//!
//! `build.rs` lists the files, so a clause added to the folder is part of the next build
//! without touching Rust code. Loading and validation happen in [`crate::engine::library`].
//! A vendor profile named by `AVV_PROFILE` at build time is embedded the same way.

use crate::engine::library::{ClauseLibrary, LibraryError, SourceFile};
use crate::engine::profile::Profile;

include!(concat!(env!("OUT_DIR"), "/shipped_clauses.rs"));

/// The clause files embedded in this build, as (path relative to the crate, text), sorted by path.
pub fn clause_sources() -> Vec<SourceFile<'static>> {
    SHIPPED_CLAUSES
        .iter()
        .map(|&(path, text)| SourceFile { path, text })
        .collect()
}

/// Loads and validates the shipped library.
pub fn library() -> Result<ClauseLibrary, LibraryError> {
    ClauseLibrary::load(&clause_sources())
}

/// The vendor profile embedded in this build, if any, with its file name for messages. The
/// build embeds the compiled form written by `avv profile`, which checked the TOML file.
pub fn profile() -> Option<Result<Profile, (String, String)>> {
    SHIPPED_PROFILE.map(|(name, json)| {
        Profile::from_compiled(json).map_err(|e| (name.to_owned(), e.to_string()))
    })
}
