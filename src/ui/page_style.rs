//! The page's look through the style object (which the page's policy allows, unlike inline
//! style attributes): the vendor's colours and title, and the values the print stylesheet shows
//! in the page margins.

use wasm_bindgen::JsCast;

/// Shows the vendor's look: its name in the page title and its colours on the page (set through
/// the style object, which the page's policy allows, unlike inline style attributes).
pub fn apply_look(title: &str, accent: Option<&str>, accent_soft: Option<&str>) {
    let document = gloo::utils::document();
    document.set_title(title);
    let Some(root) = document
        .document_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let style = root.style();
    for (property, value) in [("--accent", accent), ("--accent-soft", accent_soft)] {
        if let Some(value) = value {
            let _ = style.set_property(property, value);
        }
    }
}

/// Hands the agreement's title, version label and fingerprint to the print stylesheet, which
/// shows them in the page margins (`style/print.css`). Margin boxes cannot read the page, but
/// they resolve `var()` against the root element: so each value is set on the root as a custom
/// property holding a CSS string (through the style object, which the page's policy allows).
/// Quotes, backslashes and control characters of typed text are escaped, so the value is always
/// one valid string and nothing typed can end it.
pub fn set_print_meta(title: &str, version: &str, fingerprint: &str) {
    let Some(root) = gloo::utils::document()
        .document_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let quoted = |text: &str| {
        let mut out = String::with_capacity(text.len() + 2);
        out.push('"');
        for c in text.chars() {
            match c {
                '"' | '\\' => {
                    out.push('\\');
                    out.push(c);
                }
                // A hex escape ends at a space, so the next character never extends it.
                c if c.is_control() => out.push_str(&format!("\\{:x} ", u32::from(c))),
                c => out.push(c),
            }
        }
        out.push('"');
        out
    };
    let style = root.style();
    for (property, value) in [
        ("--print-title", title),
        ("--print-version", version),
        ("--print-fingerprint", fingerprint),
    ] {
        let _ = style.set_property(property, &quoted(value));
    }
}
