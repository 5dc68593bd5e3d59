//! Browser tests: the app mounted in headless Chromium, driven through real DOM events.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, Event, EventInit, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Where the app keeps its draft.
const DRAFT_KEY: &str = "avv-konfigurator.entwurf";

/// Mounts a fresh app into its own element and waits for the first render.
async fn mount() -> Element {
    // Each test starts without a saved draft: the app restores one from local storage.
    gloo::utils::window()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<avv::ui::App>::with_root(root.clone()).render();
    settle().await;
    root
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(50)).await;
}

/// Waits until `done` holds, up to two seconds (a debug build renders the long TOM step slowly).
async fn until(done: impl Fn() -> bool) -> bool {
    for _ in 0..40 {
        if done() {
            return true;
        }
        settle().await;
    }
    done()
}

/// Types `text` into the input with `id` the way the browser reports typing: value, then an
/// `input` event that bubbles to yew's listener.
async fn type_into(root: &Element, id: &str, text: &str) {
    until(|| {
        root.query_selector(&format!("#{id}"))
            .ok()
            .flatten()
            .is_some()
    })
    .await;
    let element = root
        .query_selector(&format!("#{id}"))
        .unwrap()
        .unwrap_or_else(|| panic!("no #{id}"));
    match element.dyn_ref::<HtmlInputElement>() {
        Some(input) => input.set_value(text),
        None => element
            .dyn_ref::<web_sys::HtmlTextAreaElement>()
            .expect("an input or a text area")
            .set_value(text),
    }
    let init = EventInit::new();
    init.set_bubbles(true);
    element
        .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    settle().await;
}

fn preview(root: &Element) -> Element {
    root.query_selector("#preview")
        .unwrap()
        .expect("preview is rendered")
}

#[wasm_bindgen_test]
async fn typing_updates_the_preview() {
    let root = mount().await;
    type_into(&root, "customer-controller-name", "Beispiel Handel GmbH").await;
    type_into(&root, "customer-controller-city", "Leipzig").await;
    let text = preview(&root).text_content().unwrap();
    assert!(text.contains("Beispiel Handel GmbH"), "{text}");
    assert!(text.contains("Leipzig"), "{text}");
    // The draft is saved as it is typed.
    let saved = gloo::utils::window()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item(DRAFT_KEY)
        .unwrap()
        .unwrap();
    assert!(saved.contains("Beispiel Handel GmbH"), "{saved}");
}

#[wasm_bindgen_test]
async fn a_number_out_of_bounds_keeps_the_last_good_value() {
    let root = mount().await;
    // Step 6 holds the breach deadline; the balanced preset sets 48 hours.
    let rules = root
        .query_selector_all(".progress button")
        .unwrap()
        .item(5)
        .unwrap();
    rules.dyn_into::<web_sys::HtmlElement>().unwrap().click();
    settle().await;
    type_into(&root, "customer-choices-breach_hours", "200").await;
    let message = root
        .query_selector("#customer-choices-breach_hours-error")
        .unwrap()
        .expect("a message");
    assert!(
        message
            .text_content()
            .unwrap()
            .contains("liegt nicht zwischen 12 und 72"),
        "{}",
        message.text_content().unwrap()
    );
    let text = preview(&root).text_content().unwrap();
    assert!(text.contains("spätestens achtundvierzig Stunden"), "{text}");
    type_into(&root, "customer-choices-breach_hours", "24").await;
    assert!(
        root.query_selector("#customer-choices-breach_hours-error")
            .unwrap()
            .is_none()
    );
    assert!(
        preview(&root)
            .text_content()
            .unwrap()
            .contains("spätestens vierundzwanzig Stunden")
    );
}

#[wasm_bindgen_test]
async fn hostile_text_creates_no_element_heading_or_emphasis() {
    let root = mount().await;
    let hostile = "<img src=x onerror=alert(1)> # Titel **fett**";
    type_into(&root, "customer-controller-name", hostile).await;
    // The company name sits mid-line, where `#` cannot open a heading; the TOM annex's
    // introduction starts a paragraph, where an unescaped `# Titel` would become one.
    go_to_step(&root, 4).await;
    until(|| {
        root.query_selector("#processor-tom-measures-verschl-tls")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
    let tls: HtmlInputElement = root
        .query_selector("#processor-tom-measures-verschl-tls")
        .unwrap()
        .expect("a TOM measure")
        .dyn_into()
        .unwrap();
    tls.click();
    settle().await;
    type_into(&root, "processor-tom-narrative", "# Titel **fett**").await;
    let preview = preview(&root);
    let text = preview.text_content().unwrap();
    assert!(text.contains(hostile), "{text}");
    assert!(text.contains("# Titel **fett**"), "{text}");
    assert_eq!(preview.query_selector_all("img").unwrap().length(), 0);
    let texts = |selector: &str| -> Vec<String> {
        let nodes = preview.query_selector_all(selector).unwrap();
        (0..nodes.length())
            .map(|i| nodes.item(i).unwrap().text_content().unwrap())
            .collect()
    };
    let headings = texts("h1, h2, h3, h4");
    assert!(
        headings.iter().all(|h| !h.starts_with("Titel")),
        "typed text became a heading: {headings:?}"
    );
    let emphasis = texts("strong, em");
    assert!(
        emphasis.iter().all(|e| e != "fett"),
        "typed text became emphasis: {emphasis:?}"
    );
}

async fn go_to_step(root: &Element, index: u32) {
    let button = root
        .query_selector_all(".progress button")
        .unwrap()
        .item(index)
        .unwrap();
    button.dyn_into::<web_sys::HtmlElement>().unwrap().click();
    settle().await;
}

#[path = "support/corpus.rs"]
mod corpus;

/// Every diagnostic the engine emits for the corpus (see `tests/fields.rs`) leads, through its
/// "Zur Frage" button, to its step and puts the focus on (or into) the control its field path
/// names.
#[wasm_bindgen_test]
async fn every_diagnostic_leads_to_its_control() {
    let library = avv::shipped::library().unwrap();
    let (configs, unfired) = corpus::corpus(&library);
    assert!(unfired.is_empty(), "{unfired:?}");
    let storage = gloo::utils::window().local_storage().unwrap().unwrap();
    let document = gloo::utils::document();
    for config in configs {
        let diagnostics = avv::engine::assemble(&config, &library).diagnostics;
        storage.clear().unwrap();
        storage
            .set_item(DRAFT_KEY, &serde_json::to_string(&config).unwrap())
            .unwrap();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        yew::Renderer::<avv::ui::App>::with_root(root.clone()).render();
        settle().await;
        for (k, d) in diagnostics.iter().enumerate() {
            let field = d.field.as_ref().expect("every diagnostic names a field");
            let buttons = root.query_selector_all(".coverage li button").unwrap();
            assert_eq!(
                buttons.length() as usize,
                diagnostics.len(),
                "one button per diagnostic"
            );
            let button = buttons.item(k as u32).unwrap();
            button.dyn_into::<web_sys::HtmlElement>().unwrap().click();
            let id = field.element_id();
            until(|| {
                let target = document.get_element_by_id(&id);
                let active = document.active_element();
                matches!((target, active), (Some(t), Some(a)) if t.contains(Some(&a)))
            })
            .await;
            let target = document
                .get_element_by_id(&id)
                .unwrap_or_else(|| panic!("no control #{id} for {field}: {}", d.message));
            let active = document.active_element().expect("something has the focus");
            assert!(
                target.contains(Some(&active)),
                "the focus is on #{} instead of in #{id} ({field}: {})",
                active.id(),
                d.message
            );
        }
        root.remove();
    }
}
