//! The clause engine: configuration in, contract out.
//!
//! Pure Rust: no browser crate, no IO, no clock, no randomness. The same configuration and the
//! same clause library always give the same bytes, so everything here is tested natively.

pub mod assemble;
pub mod config;
pub mod escape;
pub mod library;
pub mod markdown;

pub use assemble::{Diagnostic, Document, assemble};
pub use config::DpaConfig;
pub use library::ClauseLibrary;
