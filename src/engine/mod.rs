//! The clause engine: configuration in, contract out.
//!
//! Pure Rust: no browser crate, no IO, no clock, no randomness. The same configuration and the
//! same clause library always give the same bytes, so everything here is tested natively.
//!
//! Layers, each using only those above it (ARCHITECTURE.md; `tests/tidy.rs` checks it):
//! 1. leaves: `config`, `date`, `diagnostic`, `field`, `requirement`, `markers`, `escape`,
//!    `markdown`, `source`, `redline`, `front_matter`, `sha256`;
//! 2. `limits`, `catalogue`, `condition`, `options`, `import`, `profile`;
//! 3. `library`;
//! 4. `context`, `validate` (with `validate_tom`), then `assemble`, then `check` and `docx`
//!    (the agreement as a Word document).

pub mod assemble;
pub mod catalogue;
pub mod check;
pub mod condition;
pub mod config;
mod context;
pub mod date;
pub mod diagnostic;
pub mod docx;
pub mod escape;
pub mod field;
#[cfg(not(target_arch = "wasm32"))] // the browser reads the form build.rs split
mod front_matter;
pub mod import;
mod json_messages;
pub mod library;
pub mod limits;
pub mod markdown;
pub mod markers;
mod migrate;
pub mod options;
pub mod profile;
pub mod redline;
pub mod requirement;
pub mod roundtrip;
pub mod sha256;
pub mod source;
mod terms;
#[cfg(test)]
pub(crate) mod testing;
mod validate;
mod validate_consistency;
mod validate_tom;
mod validate_transfer;

pub use assemble::{Assembled, Document, assemble, assemble_on};
pub use check::{CheckReport, check};
pub use config::DpaConfig;
pub use diagnostic::{Diagnostic, Severity};
pub use library::ClauseLibrary;
