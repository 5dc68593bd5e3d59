//! Mounts the configurator into the page; everything else lives in the library.
//!
//! The page holds the first view rendered at build time in `<div id="app">`
//! (`src/bin/prerender.rs`). The app empties that element and renders into it in the same task,
//! before the browser paints again, so the prerendered view is replaced without a flash.

fn main() {
    match gloo::utils::document().get_element_by_id("app") {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<avv::ui::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<avv::ui::App>::new().render();
        }
    }
}
