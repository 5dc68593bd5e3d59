//! `prerender DIST/index.html`: renders the configurator's first view (step 1 and the empty
//! contract, with the vendor profile of this build if any) with the same components the
//! browser runs, and writes it into the page's `<div id="app">`, so the page reads before the
//! WebAssembly has arrived. The app then renders into the same element and replaces it in one
//! task (`src/main.rs`), so nothing flashes and nothing shifts. Native only.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;

    let Some(path) = std::env::args().nth(1) else {
        eprintln!("Aufruf: prerender DIST/index.html");
        return ExitCode::from(2);
    };
    let page = match std::fs::read_to_string(&path) {
        Ok(page) => page,
        Err(err) => {
            eprintln!("{path}: Die Datei ist nicht lesbar ({err}).");
            return ExitCode::from(2);
        }
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime starts");
    let view = runtime.block_on(
        tokio::task::LocalSet::new().run_until(
            yew::LocalServerRenderer::<avv::ui::App>::new()
                .hydratable(false)
                .render(),
        ),
    );
    const SLOT: &str = "<div id=\"app\"></div>";
    if !page.contains(SLOT) {
        eprintln!("{path}: Die Seite hat kein leeres {SLOT}.");
        return ExitCode::from(2);
    }
    // Inert until the app takes over: what a person typed into the prerendered form would be
    // lost when the app replaces it, so the form cannot be used before (still readable).
    let page = page.replacen(SLOT, &format!("<div id=\"app\" inert>{view}</div>"), 1);
    if let Err(err) = std::fs::write(&path, page) {
        eprintln!("{path}: Die Datei ist nicht schreibbar ({err}).");
        return ExitCode::from(2);
    }
    println!(
        "{path}: erste Ansicht vorab gerendert ({} Bytes)",
        view.len()
    );
    ExitCode::SUCCESS
}

#[cfg(target_arch = "wasm32")]
fn main() {}
