//! Mounts the configurator into the page; everything else lives in the library.
//!
//! The page holds the first view rendered at build time in `<div id="app" data-prerendered>`
//! (`src/bin/prerender.rs`); on a first visit the loader in the page lets a person use it
//! before the app has arrived, and requests the app only once that view has been painted
//! (`scripts/first-paint.mjs`). The app reads what the person typed or chose in the view,
//! empties the element and renders into it in the same task, so nothing flashes and nothing
//! shifts, and then enters what was typed into its own form (`avv::ui::takeover`).

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

fn mount() {
    let document = gloo::utils::document();
    match document.get_element_by_id("app") {
        Some(root) => {
            let typed = avv::ui::takeover::collect(&root);
            let _ = root.remove_attribute("inert");
            let _ = root.remove_attribute("data-prerendered");
            root.set_inner_html("");
            // The loader's note that a stored or shared draft is coming.
            if let Ok(Some(note)) = document.query_selector(".loading-note") {
                note.remove();
            }
            yew::Renderer::<avv::ui::App>::with_root(root).render();
            if !typed.is_empty() {
                // Queued after the app's first render, which yew starts as a microtask.
                wasm_bindgen_futures::spawn_local(avv::ui::takeover::replay(typed));
            }
        }
        None => {
            yew::Renderer::<avv::ui::App>::new().render();
        }
    }
}

/// Runs `f` in the next animation frame.
fn next_frame(f: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(f);
    let _ = gloo::utils::window().request_animation_frame(callback.unchecked_ref());
}

fn main() {
    // Not in the task that compiled and started the wasm: two long tasks block the page less
    // than one (Lighthouse's blocking time: 54 to 126 ms this way, 215 ms mounting at once), and the
    // browser paints in between.
    next_frame(|| next_frame(mount));
}
