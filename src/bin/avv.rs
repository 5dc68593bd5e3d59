//! `avv`: the configurator on the command line, for vendors who keep configurations in version
//! control and for tests.
//!
//! ```text
//! avv render CONFIG.json   prints the agreement as Markdown
//! avv check CONFIG.json    prints the Art. 28 coverage report and warnings
//! avv new PRESET           prints an empty draft with the choices of a preset
//!                          (ausgewogen, auftraggeberfreundlich, anbieterfreundlich)
//! avv profile PROFILE.toml checks a vendor profile (file, line, field on error) and prints
//!                          its compiled form, which `make dist PROFILE=…` embeds
//! ```
//!
//! Exit status 0 on success; 1 when `check` finds a requirement unmet or `render` an error in
//! the configuration; 2 when the file cannot be read or is not a valid configuration, with a
//! message naming the field on stderr and nothing on stdout.

use std::process::ExitCode;

use avv::engine::presets::Preset;
use avv::engine::{self, DpaConfig, Severity};

const USAGE: &str = "usage: avv render CONFIG.json | avv check CONFIG.json | avv new PRESET | avv profile PROFILE.toml";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (command, path) = match args.as_slice() {
        [command, path] if command == "render" || command == "check" => (command.as_str(), path),
        [command, preset] if command == "new" => return new_draft(preset),
        [command, path] if command == "profile" => return check_profile(path),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("{path}: {err}");
            return ExitCode::from(2);
        }
    };
    let config = match engine::config::parse_json(&text) {
        Ok(config) => config,
        Err(err) => {
            eprintln!("{path}: {err}");
            return ExitCode::from(2);
        }
    };
    let library = match avv::shipped::library() {
        Ok(library) => library,
        Err(err) => {
            eprintln!("clause library: {err}");
            return ExitCode::from(2);
        }
    };
    let assembled = engine::assemble(&config, &library);
    match command {
        "render" => {
            print!("{}", assembled.document.markdown);
            for d in &assembled.diagnostics {
                let field = d.field.as_deref().unwrap_or("-");
                eprintln!("{path}: {field}: {}", d.message);
            }
            let failed = assembled
                .diagnostics
                .iter()
                .any(|d| d.severity == Severity::Error);
            if failed {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        _ => {
            let report = engine::check(&config, &assembled.document, &library);
            print!("{}", report.to_markdown());
            if report.complete() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
    }
}

/// Prints an empty draft with the choices of `preset`.
fn new_draft(preset: &str) -> ExitCode {
    let Some(preset) = Preset::from_key(preset) else {
        let keys: Vec<_> = Preset::ALL.iter().map(|p| p.key()).collect();
        eprintln!("unknown preset `{preset}`; one of: {}", keys.join(", "));
        return ExitCode::from(2);
    };
    match serde_json::to_string_pretty(&DpaConfig::new_draft(preset)) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("{err}");
            ExitCode::from(2)
        }
    }
}

/// Checks a vendor profile and prints its compiled form.
fn check_profile(path: &str) -> ExitCode {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("{path}: {err}");
            return ExitCode::from(2);
        }
    };
    match avv::engine::profile::Profile::parse(&text) {
        Ok(profile) => {
            println!("{}", profile.compiled());
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("{path} {err}");
            ExitCode::from(2)
        }
    }
}
