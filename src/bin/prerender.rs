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
    // Inert as built: without JavaScript the view is read, not used. On a first visit the
    // loader in the page (scripts/first-paint.mjs) makes it usable at once and the app carries
    // over what was typed (avv::ui::takeover); where the browser holds a draft of this build
    // (under `data-draft-key`) or the address a shared configuration, the app's first view will
    // differ from this one, so it stays inert until the app has loaded.
    let key = avv::ui::draft_key();
    if key.contains(['"', '<', '>', '&']) {
        eprintln!("{path}: Der Speicherschlüssel {key:?} ist als HTML-Attribut ungeeignet.");
        return ExitCode::from(2);
    }
    let page = page.replacen(
        SLOT,
        &format!("<div id=\"app\" inert data-prerendered data-draft-key=\"{key}\">{view}</div>"),
        1,
    );
    // A vendor build shows the vendor's name in the title and its colours from the first paint:
    // a `<style>` element in the page (no request of its own), which the page's policy allows
    // by its hash (scripts/csp.mjs). The app sets the same values again when it starts
    // (src/ui/page_style.rs).
    let profile = avv::shipped::library()
        .ok()
        .and_then(|library| avv::shipped::profile(library.options()))
        .and_then(Result::ok);
    let mut page = page;
    if let Some(profile) = &profile {
        let title = avv::engine::docx::escaped(&avv::ui::page_title(profile));
        page = page.replacen(
            "<title>AVV-Konfigurator</title>",
            &format!("<title>{title}</title>"),
            1,
        );
        if let Some(css) = profile.look.stylesheet() {
            page = page.replacen("</head>", &format!("<style>{css}</style>\n</head>"), 1);
        }
    }
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
