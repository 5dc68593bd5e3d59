//! AVV-Konfigurator: assembles German data processing agreements (Art. 28 DSGVO).
//!
//! The crate is a library with two front ends: the yew app in [`ui`] (compiled to
//! WebAssembly by Trunk, see `src/main.rs`) and the native command `avv`. All contract logic
//! lives in [`engine`], which is pure Rust and tested natively.

pub mod engine;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod shipped;
pub mod ui;
