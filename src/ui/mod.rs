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
pub mod takeover;
mod toolbar;
mod widgets;

pub use app::App;

/// The page's title and heading in a vendor build.
pub fn page_title(profile: &crate::engine::profile::Profile) -> String {
    format!("AVV-Konfigurator der {}", profile.processor.company.name)
}

/// The local-storage key of this build's draft; the keys of its step, situation and kept
/// drafts begin with it. Known once [`App`] has rendered (a vendor build keys by its vendor).
pub fn draft_key() -> String {
    browser::draft_key()
}
