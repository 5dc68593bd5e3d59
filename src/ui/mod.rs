//! The yew front end: the only part of the crate that touches the browser.

mod app;
mod download;
mod party_form;
mod preview;
pub mod state;

pub use app::App;
