//! Saving the agreement as a file: a Blob, an object URL and a click on a hidden link.

use gloo::file::{Blob, ObjectUrl};
use wasm_bindgen::JsCast;
use web_sys::HtmlAnchorElement;

/// Offers `content` as a download named `file_name`. Returns a German message on failure.
pub fn offer_download(file_name: &str, content: &str, mime: &str) -> Result<(), String> {
    let blob = Blob::new_with_options(content, Some(mime));
    let url = ObjectUrl::from(blob);
    let document = gloo::utils::document();
    let anchor: HtmlAnchorElement = document
        .create_element("a")
        .ok()
        .and_then(|el| el.dyn_into().ok())
        .ok_or_else(|| "Der Download konnte nicht vorbereitet werden.".to_owned())?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Dropping `url` revokes it. Some browsers read the Blob only after `click` returns, so the
    // URL is kept alive for a while before it is released.
    gloo::timers::callback::Timeout::new(10_000, move || drop(url)).forget();
    Ok(())
}

/// A file name from the controller's name: `AVV-Muster-GmbH.md`.
pub fn file_name_for(controller_name: &str) -> String {
    let slug: String = controller_name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let slug = slug
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() {
        "AVV.md".to_owned()
    } else {
        format!("AVV-{slug}.md")
    }
}
