//! Taking over the prerendered first view without losing what a person did in it.
//!
//! The page shows step 1 before the WebAssembly has arrived (`src/bin/prerender.rs`), and on a
//! first visit the loader in `index.html` lets a person use it at once (`scripts/first-paint.mjs`).
//! When the app starts, [`collect`] reads what differs from the prerendered defaults (typed text,
//! ticked boxes, chosen options, the focused field with its caret), the app renders its own
//! elements in place of the prerendered ones, and [`replay`] enters the same into the app's
//! elements as if the person had just done it, so the app's state learns it through its usual
//! event handlers. One change at a time, with the app re-rendered in between, so that every
//! handler sees the state the one before left.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

/// What a person did in the prerendered view.
#[derive(Default)]
pub struct Typed {
    changes: Vec<Change>,
    focus: Option<Focus>,
}

enum Change {
    /// A text field or selection with its new value, by element id.
    Value { id: String, value: String },
    /// A checkbox or radio button to click, by element id.
    Click { id: String },
}

struct Focus {
    id: String,
    selection: Option<(u32, u32)>,
}

impl Typed {
    /// Nothing to carry over.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty() && self.focus.is_none()
    }
}

/// Reads the form controls under `root` that differ from the page as it was built.
pub fn collect(root: &Element) -> Typed {
    let mut typed = Typed::default();
    let Ok(nodes) = root.query_selector_all("input[id], textarea[id], select[id]") else {
        return typed;
    };
    for index in 0..nodes.length() {
        let Some(node) = nodes.item(index) else {
            continue;
        };
        if let Some(input) = node.dyn_ref::<HtmlInputElement>() {
            let id = input.id();
            match input.type_().as_str() {
                // A radio button that was chosen is clicked; the one it replaced follows.
                "radio" if input.checked() && !input.default_checked() => {
                    typed.changes.push(Change::Click { id });
                }
                "checkbox" if input.checked() != input.default_checked() => {
                    typed.changes.push(Change::Click { id });
                }
                "radio" | "checkbox" | "file" | "button" | "submit" | "reset" => {}
                _ if input.value() != input.default_value() => {
                    typed.changes.push(Change::Value {
                        id,
                        value: input.value(),
                    });
                }
                _ => {}
            }
        } else if let Some(area) = node.dyn_ref::<HtmlTextAreaElement>() {
            if Ok(area.value()) != area.default_value() {
                typed.changes.push(Change::Value {
                    id: area.id(),
                    value: area.value(),
                });
            }
        } else if let Some(select) = node.dyn_ref::<HtmlSelectElement>() {
            let options = select.options();
            let changed = (0..options.length()).any(|i| {
                options
                    .item(i)
                    .and_then(|o| o.dyn_into::<web_sys::HtmlOptionElement>().ok())
                    .is_some_and(|o| o.selected() != o.default_selected())
            });
            if changed {
                typed.changes.push(Change::Value {
                    id: select.id(),
                    value: select.value(),
                });
            }
        }
    }
    typed.focus = gloo::utils::document()
        .active_element()
        .filter(|element| root.contains(Some(element)) && !element.id().is_empty())
        .map(|element| Focus {
            id: element.id(),
            selection: caret(&element),
        });
    typed
}

/// Enters `typed` into the app's elements, letting the app render after each change; then puts
/// the focus and caret back where they were. The changes are entered in microtasks, so no
/// keystroke comes between them.
pub async fn replay(typed: Typed) {
    let document = gloo::utils::document();
    for change in typed.changes {
        match change {
            Change::Value { id, value } => {
                let Some(element) = document.get_element_by_id(&id) else {
                    continue;
                };
                if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
                    input.set_value(&value);
                } else if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
                    area.set_value(&value);
                } else if let Some(select) = element.dyn_ref::<HtmlSelectElement>() {
                    select.set_value(&value);
                }
                for kind in ["input", "change"] {
                    let init = web_sys::EventInit::new();
                    init.set_bubbles(true);
                    if let Ok(event) = web_sys::Event::new_with_event_init_dict(kind, &init) {
                        let _ = element.dispatch_event(&event);
                    }
                }
            }
            Change::Click { id } => {
                if let Some(element) = document
                    .get_element_by_id(&id)
                    .and_then(|e| e.dyn_into::<HtmlElement>().ok())
                {
                    element.click();
                }
            }
        }
        rendered().await;
    }
    let Some(focus) = typed.focus else {
        return;
    };
    // The app renders in slices (yew yields to the browser every 16 ms), and a change may make
    // it render again: a later slice can replace the focused element. So for a short while the
    // focus is put back, with the caret where it last was, whenever it has fallen to the page;
    // once the person has gone to another element, that is left alone.
    let mut selection = focus.selection;
    for _ in 0..SETTLE_CHECKS {
        let Some(element) = document
            .get_element_by_id(&focus.id)
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        else {
            return;
        };
        let body: Option<Element> = document.body().map(Into::into);
        match document.active_element() {
            Some(active) if &active == element.as_ref() => {
                selection = caret(&active).or(selection);
            }
            Some(active) if Some(&active) != body.as_ref() => {
                return;
            }
            _ => {
                let _ = element.focus();
                if let (Some(input), Some((start, end))) =
                    (element.dyn_ref::<HtmlInputElement>(), selection)
                {
                    let _ = input.set_selection_range(start, end);
                }
            }
        }
        pause(SETTLE_STEP_MS).await;
    }
}

/// How long the focus is watched after the takeover: 120 checks 16 ms apart, about two seconds.
const SETTLE_CHECKS: u32 = 120;
const SETTLE_STEP_MS: i32 = 16;

/// Waits `ms` milliseconds.
async fn pause(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The selection (or caret) of a text field.
fn caret(element: &Element) -> Option<(u32, u32)> {
    let input = element.dyn_ref::<HtmlInputElement>()?;
    Some((input.selection_start().ok()??, input.selection_end().ok()??))
}

/// Lets the app's scheduler, which runs in a microtask, render before the next change.
async fn rendered() {
    let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(
        &wasm_bindgen::JsValue::NULL,
    ))
    .await;
}
