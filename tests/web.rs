//! Browser tests: the app mounted in headless Chromium, driven through real DOM events.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, Event, EventInit, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a fresh app into its own element and waits for the first render.
async fn mount() -> Element {
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
    type_into(&root, "controller-name", "Beispiel Handel GmbH").await;
    type_into(&root, "controller-city", "Leipzig").await;
    let text = preview(&root).text_content().unwrap();
    assert!(text.contains("Beispiel Handel GmbH"), "{text}");
    assert!(text.contains("Leipzig"), "{text}");
}

#[wasm_bindgen_test]
async fn hostile_name_creates_no_element() {
    let root = mount().await;
    let hostile = "<img src=x onerror=alert(1)> # Titel **fett**";
    type_into(&root, "controller-name", hostile).await;
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
