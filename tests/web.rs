//! Browser tests: the app mounted in headless Chromium, driven through real DOM events.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, Event, EventInit, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

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

/// Types `text` into the input with `id` the way the browser reports typing: value, then an
/// `input` event that bubbles to yew's listener.
async fn type_into(root: &Element, id: &str, text: &str) {
    let input: HtmlInputElement = root
        .query_selector(&format!("#{id}"))
        .unwrap()
        .unwrap_or_else(|| panic!("no #{id}"))
        .dyn_into()
        .unwrap();
    input.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    input
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
        .get_item("avv-konfigurator.entwurf")
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
    type_into(&root, "customer-choices-breach_notice-hours", "200").await;
    let message = root
        .query_selector("#customer-choices-breach_notice-hours-error")
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
    assert!(text.contains("spätestens 48 Stunden"), "{text}");
    type_into(&root, "customer-choices-breach_notice-hours", "24").await;
    assert!(
        root.query_selector("#customer-choices-breach_notice-hours-error")
            .unwrap()
            .is_none()
    );
    assert!(
        preview(&root)
            .text_content()
            .unwrap()
            .contains("spätestens 24 Stunden")
    );
}

#[wasm_bindgen_test]
async fn hostile_name_creates_no_element() {
    let root = mount().await;
    let hostile = "<img src=x onerror=alert(1)> # Titel **fett**";
    type_into(&root, "customer-controller-name", hostile).await;
    let preview = preview(&root);
    assert!(preview.text_content().unwrap().contains(hostile));
    assert_eq!(preview.query_selector_all("img").unwrap().length(), 0);
    // The only emphasis and headings are those of the clause library: the typed name adds none.
    let strong: Vec<String> = (0..preview.query_selector_all("strong").unwrap().length())
        .map(|i| {
            preview
                .query_selector_all("strong")
                .unwrap()
                .item(i)
                .unwrap()
                .text_content()
                .unwrap()
        })
        .collect();
    assert!(
        strong
            .iter()
            .all(|s| !s.contains("fett") || s.contains(hostile)),
        "{strong:?}"
    );
    let headings = preview.query_selector_all("h1, h2, h3").unwrap();
    for i in 0..headings.length() {
        let heading = headings.item(i).unwrap().text_content().unwrap();
        assert!(
            !heading.starts_with("Titel"),
            "typed text became a heading: {heading}"
        );
    }
}
