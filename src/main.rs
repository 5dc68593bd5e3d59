//! Mounts the configurator into the page; everything else lives in the library.

fn main() {
    yew::Renderer::<avv::ui::App>::new().render();
}
