//! The clause engine: configuration in, contract out.
//!
//! Pure Rust: no browser crate, no IO, no clock, no randomness. The same configuration and the
//! same clause library always give the same bytes, so everything here is tested natively.

pub mod assemble;
pub mod bounded;
pub mod catalogue;
pub mod check;
pub mod condition;
pub mod config;
mod context;
pub mod date;
pub mod escape;
#[cfg(not(target_arch = "wasm32"))] // the browser reads the form build.rs split
mod front_matter;
pub mod library;
pub mod limits;
pub mod markdown;
pub mod presets;
pub mod profile;
mod validate;
#[cfg(not(target_arch = "wasm32"))] // checks the library natively only (see `library`)
mod variables;

pub use assemble::{Assembled, Diagnostic, Document, Severity, assemble};
pub use check::{CheckReport, check};
pub use config::DpaConfig;
pub use library::ClauseLibrary;
