//! The clause library as shipped: every file under `clauses/`, embedded at build time.
//!
//! `build.rs` lists the files, so a clause added to the folder is part of the next build
//! without touching Rust code. Loading and validation happen in [`crate::engine::library`].

use crate::engine::library::{ClauseLibrary, LibraryError, SourceFile};

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
