//! Everything that touches the browser: local storage, the URL fragment, downloads, the
//! clipboard, printing, dialogs and the date. Each call reports failure as a German message
//! instead of throwing, so the app keeps working where a browser refuses (private mode, full
//! storage, no clipboard permission).

use gloo::file::{Blob, ObjectUrl};
use wasm_bindgen::JsCast;
use web_sys::HtmlAnchorElement;

use crate::engine::config::DpaConfig;
use crate::engine::import::parse_json;
use crate::engine::options::OptionSet;

/// Where the draft of the generic build is kept; a vendor build adds its vendor's name, so two
/// builds on one origin never overwrite each other's drafts.
const DRAFT_KEY: &str = "avv-konfigurator.entwurf";
/// Suffix of the copy kept aside of a draft that was replaced or could not be loaded.
const ASIDE_SUFFIX: &str = ".gesichert";
/// Suffix of the step last shown.
const STEP_SUFFIX: &str = ".schritt";
const SITUATION_SUFFIX: &str = ".rolle";
const SHELF_SUFFIX: &str = ".benannt";
/// The URL fragment key of a shared configuration.
const SHARE_KEY: &str = "konfiguration=";

thread_local! {
    static KEY: std::cell::RefCell<String> = std::cell::RefCell::new(DRAFT_KEY.to_owned());
}

/// Chooses the storage key of this build: the generic one, or one per vendor.
pub fn use_storage_of(vendor: Option<&str>) {
    let key = match vendor {
        None => DRAFT_KEY.to_owned(),
        Some(name) => {
            let slug: String = name
                .to_lowercase()
                .chars()
                .map(|c| if c.is_alphanumeric() { c } else { '-' })
                .collect();
            format!("{DRAFT_KEY}.{slug}")
        }
    };
    KEY.with(|k| *k.borrow_mut() = key);
}

/// The key of this build's draft.
pub fn draft_key() -> String {
    key("")
}

fn key(suffix: &str) -> String {
    KEY.with(|k| format!("{}{suffix}", k.borrow()))
}

fn storage() -> Result<web_sys::Storage, String> {
    // The native prerender of the first view (`src/bin/prerender.rs`) has no browser: it sees
    // what a first visit sees, no stored draft.
    #[cfg(not(target_arch = "wasm32"))]
    return Err("kein Browser".to_owned());
    #[cfg(target_arch = "wasm32")]
    gloo::utils::window()
        .local_storage()
        .ok()
        .flatten()
        .ok_or_else(|| {
            "Der Browser erlaubt keine lokale Speicherung (etwa im privaten Modus).".to_owned()
        })
}

/// Saves the draft. On failure: why, in German.
pub fn save_draft(config: &DpaConfig) -> Result<(), String> {
    let json = serde_json::to_string(config).map_err(|e| e.to_string())?;
    storage()?
        .set_item(&key(""), &json)
        .map_err(|_| "Der lokale Speicher des Browsers ist voll oder gesperrt.".to_owned())
}

/// The saved draft as stored, if any.
pub fn stored_draft() -> Option<String> {
    storage().ok()?.get_item(&key("")).ok().flatten()
}

/// The saved draft, read; an unreadable one is reported with its text, so that it can be kept
/// aside before anything overwrites it. Unavailable storage counts as no draft; saving reports it.
pub fn load_draft(options: &OptionSet) -> Result<Option<DpaConfig>, (String, String)> {
    let Some(json) = stored_draft() else {
        return Ok(None);
    };
    parse_json(&json, options).map(Some).map_err(|e| {
        (
            json,
            format!("Der gespeicherte Entwurf ist nicht lesbar ({e})."),
        )
    })
}

/// Keeps `json` aside (a draft about to be replaced or one that cannot be loaded), so that it
/// can be downloaded or loaded again. Replaces the previous copy.
pub fn keep_aside(json: &str) -> Result<(), String> {
    storage()?
        .set_item(&key(ASIDE_SUFFIX), json)
        .map_err(|_| "Der lokale Speicher des Browsers ist voll oder gesperrt.".to_owned())
}

/// Keeps a draft that is about to be replaced aside, and says so in a sentence for the notice.
pub fn keep_replaced_aside(json: &str) -> &'static str {
    match keep_aside(json) {
        Ok(()) => {
            " Ihr bisheriger Entwurf ist gesichert; „Gesicherten Entwurf laden“ holt ihn zurück."
        }
        Err(_) => " Ihr bisheriger Entwurf konnte nicht gesichert werden.",
    }
}

/// The draft kept aside, if any.
pub fn kept_aside() -> Option<String> {
    storage().ok()?.get_item(&key(ASIDE_SUFFIX)).ok().flatten()
}

/// The named drafts kept in this browser.
pub fn stored_shelf() -> super::shelf::Shelf {
    storage()
        .ok()
        .and_then(|s| s.get_item(&key(SHELF_SUFFIX)).ok().flatten())
        .map(|json| super::shelf::Shelf::from_json(&json))
        .unwrap_or_default()
}

/// Stores the named drafts. On failure: why, in German.
pub fn save_shelf(shelf: &super::shelf::Shelf) -> Result<(), String> {
    storage()?
        .set_item(&key(SHELF_SUFFIX), &shelf.to_json())
        .map_err(|_| "Der lokale Speicher des Browsers ist voll oder gesperrt; der Entwurf wurde nicht unter seinem Namen gespeichert. Sichern Sie ihn mit „Konfiguration exportieren“ als Datei.".to_owned())
}

/// Remembers the step shown, so that a reload returns to it.
pub fn save_step(index: usize) {
    if let Ok(storage) = storage() {
        let _ = storage.set_item(&key(STEP_SUFFIX), &index.to_string());
    }
}

/// Remembers who fills in the questionnaire (a key of `Situation`).
pub fn save_situation(situation: &str) {
    if let Ok(storage) = storage() {
        let _ = storage.set_item(&key(SITUATION_SUFFIX), situation);
    }
}

/// Who fills in the questionnaire, if remembered.
pub fn stored_situation() -> Option<String> {
    storage()
        .ok()?
        .get_item(&key(SITUATION_SUFFIX))
        .ok()
        .flatten()
}

/// The step last shown, if remembered.
pub fn stored_step() -> Option<usize> {
    storage()
        .ok()?
        .get_item(&key(STEP_SUFFIX))
        .ok()
        .flatten()?
        .parse()
        .ok()
}

/// A configuration carried in the URL fragment, if the page was opened with a share link; a
/// damaged or oversized link is reported in German.
pub fn config_from_fragment(options: &OptionSet) -> Option<Result<DpaConfig, String>> {
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    let hash = gloo::utils::window().location().hash().ok()?;
    let encoded = hash.strip_prefix('#')?.strip_prefix(SHARE_KEY)?;
    if encoded.len() > 3 * crate::engine::limits::MAX_IMPORT_BYTES {
        return Some(Err("Der geteilte Link ist zu lang, um eine Konfiguration zu enthalten; vermutlich wurde er beim Kopieren verändert.".to_owned()));
    }
    let Some(json) = js_sys::decode_uri_component(encoded)
        .ok()
        .and_then(|j| j.as_string())
    else {
        return Some(Err("Der geteilte Link ist beschädigt: Seine Kodierung ist ungültig, vermutlich wurde er beim Kopieren abgeschnitten.".to_owned()));
    };
    Some(
        parse_json(&json, options)
            .map_err(|e| format!("Der geteilte Link enthält keine gültige Konfiguration ({e}).")),
    )
}

/// Removes the fragment from the address bar, so a reload restores the autosaved draft.
pub fn clear_fragment() {
    let window = gloo::utils::window();
    if let (Ok(history), Ok(path)) = (window.history(), window.location().pathname()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
}

/// A link that opens this page with `config`. The fragment never reaches a server.
pub fn share_link(config: &DpaConfig) -> Result<String, String> {
    let json = serde_json::to_string(config).map_err(|e| e.to_string())?;
    let location = gloo::utils::window().location();
    let base = format!(
        "{}{}",
        location
            .origin()
            .map_err(|_| "Adresse der Seite unbekannt.".to_owned())?,
        location.pathname().unwrap_or_default()
    );
    let encoded: String = js_sys::encode_uri_component(&json).into();
    Ok(format!("{base}#{SHARE_KEY}{encoded}"))
}

/// Offers `content` as a download named `file_name`.
pub fn offer_download(
    file_name: &str,
    content: impl gloo::file::BlobContents,
    mime: &str,
) -> Result<(), String> {
    let url = ObjectUrl::from(Blob::new_with_options(content, Some(mime)));
    let anchor: HtmlAnchorElement = gloo::utils::document()
        .create_element("a")
        .ok()
        .and_then(|el| el.dyn_into().ok())
        .ok_or_else(|| "Der Download konnte nicht vorbereitet werden.".to_owned())?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Some browsers read the Blob only after `click` returns: release the URL later.
    gloo::timers::callback::Timeout::new(10_000, move || drop(url)).forget();
    Ok(())
}

/// Copies `text` to the clipboard. Resolves to a German message on failure.
pub async fn copy_to_clipboard(text: String) -> Result<(), String> {
    let clipboard = gloo::utils::window().navigator().clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text))
        .await
        .map(|_| ())
        .map_err(|_| "Der Browser hat den Zugriff auf die Zwischenablage verweigert.".to_owned())
}

/// Opens the browser's print dialog (which also offers "Als PDF speichern").
pub fn print() {
    let _ = gloo::utils::window().print();
}

/// Asks a yes/no question.
pub fn confirm(question: &str) -> bool {
    gloo::utils::window()
        .confirm_with_message(question)
        .unwrap_or(false)
}

/// Today as `YYYY-MM-DD`, for file names.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// Today's date in the browser's time zone, for the checks that depend on the day.
pub fn today_date() -> Option<crate::engine::config::Date> {
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    let now = js_sys::Date::new_0();
    crate::engine::config::Date::new(
        u16::try_from(now.get_full_year()).ok()?,
        u8::try_from(now.get_month() + 1).ok()?,
        u8::try_from(now.get_date()).ok()?,
    )
}

/// Scrolls `container` so that the element with `id` is at its top. Measured with the boxes on
/// screen, not `offsetTop`, which counts from whichever ancestor is positioned (the sticky
/// preview itself, so subtracting the container's own offset scrolled far too little).
pub fn scroll_into(container: &web_sys::Element, id: &str) {
    if let Some(target) = gloo::utils::document().get_element_by_id(id) {
        let gap =
            target.get_bounding_client_rect().top() - container.get_bounding_client_rect().top();
        container.set_scroll_top(container.scroll_top() + gap as i32);
    }
}

/// Shows a new step from its top: scrolls its heading to the top of the window and moves the
/// focus there, so that a screen reader announces the step and a second Enter does not skip it.
pub fn show_from_top(heading_id: &str) {
    if let Some(el) = gloo::utils::document()
        .get_element_by_id(heading_id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        el.scroll_into_view_with_bool(true);
        let _ = el.focus();
    }
}

/// Moves keyboard focus to the element with `id`, or to the first control inside it (a
/// fieldset or a table cannot take focus itself). False if there is no such element yet.
pub fn focus(id: &str) -> bool {
    let Some(el) = gloo::utils::document().get_element_by_id(id) else {
        return false;
    };
    let control = if el
        .matches("input, select, textarea, button, [tabindex]")
        .unwrap_or(false)
    {
        Some(el)
    } else {
        el.query_selector("input, select, textarea, button")
            .ok()
            .flatten()
    };
    control
        .and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|c| c.focus().is_ok())
}

/// The file name for downloads: `AVV-Muster-GmbH-2026-11-23.md`.
pub fn file_name(prefix: &str, controller_name: &str, date: &str, extension: &str) -> String {
    let slug: String = controller_name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let slug = slug
        .split('-')
        .filter(|p| !p.is_empty())
        .take(8)
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() {
        format!("{prefix}-{date}.{extension}")
    } else {
        format!("{prefix}-{slug}-{date}.{extension}")
    }
}

#[cfg(test)]
mod tests {
    use super::file_name;

    #[test]
    fn file_names_are_safe() {
        assert_eq!(
            file_name("AVV", "Muster GmbH & Co. KG", "2026-11-23", "md"),
            "AVV-Muster-GmbH-Co-KG-2026-11-23.md"
        );
        assert_eq!(
            file_name("AVV-Konfiguration", "../<x>", "2026-11-23", "json"),
            "AVV-Konfiguration-x-2026-11-23.json"
        );
        assert_eq!(
            file_name("AVV", "", "2026-11-23", "md"),
            "AVV-2026-11-23.md"
        );
    }
}
