//! Mounts the configurator into the page; everything else lives in the library.
//!
//! The page holds the first view rendered at build time in `<div id="app">`
//! (`src/bin/prerender.rs`). The app waits until the browser has painted that view once (two
//! animation frames), then empties the element and renders into it in the same task, so the
//! prerendered view is the page's first paint and is replaced without a flash. The prerendered
//! view is `inert` (readable, not usable) until then, so nothing typed into it is lost.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

fn mount() {
    match gloo::utils::document().get_element_by_id("app") {
        Some(root) => {
            let _ = root.remove_attribute("inert");
            root.set_inner_html("");
            yew::Renderer::<avv::ui::App>::with_root(root).render();
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
    // The first frame's callback runs before that frame is painted; the second one's after it.
    next_frame(|| next_frame(mount));
}
