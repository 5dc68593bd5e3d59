//! The yew front end: the only part of the crate that touches the browser.

mod app;
mod browser;
mod coverage;
mod editor;
mod named_drafts;
mod notice;
mod page_style;
mod preview;
mod redline_view;
pub mod shelf;
pub mod state;
mod steps;
mod toolbar;
mod widgets;

pub use app::App;
