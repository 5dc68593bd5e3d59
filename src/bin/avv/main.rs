//! `avv`: the configurator on the command line, for vendors who keep configurations in version
//! control, for counsel who edit the clause library, and for tests. `avv hilfe` (or `--help`)
//! prints the commands; the texts are in `help.rs`.
//!
//! Exit status: 0 complete; 1 incomplete or contradictory (`render`, `docx`, `check`) or mistakes in
//! the clause library (`clauses check`) or differences (`clauses diff`); 2 not a valid
//! configuration or profile, an unreadable file, or a wrong call, with a German message on
//! stderr and nothing on stdout.

#[cfg(not(target_arch = "wasm32"))]
mod clauses;
#[cfg(not(target_arch = "wasm32"))]
mod docx;
#[cfg(not(target_arch = "wasm32"))]
mod help;

#[cfg(not(target_arch = "wasm32"))]
use std::process::ExitCode;

#[cfg(not(target_arch = "wasm32"))]
use avv::engine::config::DpaConfig;
#[cfg(not(target_arch = "wasm32"))]
use avv::engine::{self, ClauseLibrary, Severity};

/// The command line reads files and is native only; the browser has the app.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        [] => help::usage_error("Es fehlt ein Befehl."),
        ["--help" | "-h" | "help" | "hilfe"] => help::print(None),
        ["--help" | "-h" | "help" | "hilfe", command] => help::print(Some(command)),
        [command, "--help" | "-h"] => help::print(Some(command)),
        ["render", path] => render(path),
        ["docx", path] => docx::write(path, None),
        ["docx", path, out] => docx::write(path, Some(out)),
        ["check", path] => check(path),
        ["new", preset] => new_draft(preset),
        ["migrate", path] => migrate(path),
        ["profile", path] => check_profile(path),
        ["schema"] => print_schema(false),
        ["schema", "profil"] => print_schema(true),
        ["clauses", "check"] => clauses::check(clauses::DEFAULT_DIR),
        ["clauses", "check", dir] => clauses::check(dir),
        ["clauses", "diff"] => clauses::diff(clauses::DEFAULT_DIR, false),
        ["clauses", "diff", "--accept"] => clauses::diff(clauses::DEFAULT_DIR, true),
        ["clauses", "render", path] => clauses::render(clauses::DEFAULT_DIR, path),
        [command, ..] => help::usage_error(&format!(
            "Unbekannter Befehl oder falsche Argumente: `{command}`."
        )),
    }
}

/// Prints the JSON Schema of configurations or of vendor profiles.
#[cfg(not(target_arch = "wasm32"))]
fn print_schema(profile: bool) -> ExitCode {
    let library = match shipped() {
        Ok(library) => library,
        Err(code) => return code,
    };
    let schema = if profile {
        avv::schema::profile(&library)
    } else {
        avv::schema::configuration(&library)
    };
    println!(
        "{}",
        serde_json::to_string_pretty(&schema).unwrap_or_default()
    );
    ExitCode::SUCCESS
}

/// The shipped library, or exit 2 with its errors.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn shipped() -> Result<ClauseLibrary, ExitCode> {
    avv::shipped::library().map_err(|errors| {
        eprintln!("{errors}");
        ExitCode::from(2)
    })
}

/// Reads and checks a configuration file, or exit 2 naming the field.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn read_config(path: &str, library: &ClauseLibrary) -> Result<DpaConfig, ExitCode> {
    let text = std::fs::read_to_string(path).map_err(|err| {
        eprintln!("{path}: Die Datei ist nicht lesbar ({err}).");
        ExitCode::from(2)
    })?;
    engine::import::parse_json(&text, library.options()).map_err(|err| {
        eprintln!("{path}: {err}");
        ExitCode::from(2)
    })
}

/// Prints the agreement; the diagnostics go to stderr.
#[cfg(not(target_arch = "wasm32"))]
fn render(path: &str) -> ExitCode {
    let run = || -> Result<ExitCode, ExitCode> {
        let library = shipped()?;
        let config = read_config(path, &library)?;
        let assembled = engine::assemble_on(&config, &library, today());
        print!("{}", assembled.document.markdown);
        Ok(report_diagnostics(path, &assembled))
    };
    run().unwrap_or_else(|code| code)
}

/// Lists every diagnostic on stderr; 1 if any is an error.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn report_diagnostics(path: &str, assembled: &engine::Assembled) -> ExitCode {
    for d in &assembled.diagnostics {
        let field = d.field.as_ref().map_or("-".to_owned(), ToString::to_string);
        let kind = match d.severity {
            Severity::Error => "Fehler",
            Severity::Warning => "Hinweis",
        };
        eprintln!("{path}: {kind}: {field}: {}", d.message);
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

/// Prints the coverage report with every open point and warning.
#[cfg(not(target_arch = "wasm32"))]
fn check(path: &str) -> ExitCode {
    let run = || -> Result<ExitCode, ExitCode> {
        let library = shipped()?;
        let config = read_config(path, &library)?;
        let report = engine::check(&engine::assemble_on(&config, &library, today()));
        print!("{}", report.to_markdown());
        Ok(if report.complete() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        })
    };
    run().unwrap_or_else(|code| code)
}

/// Today's date (UTC) from the system clock, for the checks that depend on the day.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn today() -> Option<avv::engine::config::Date> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = i64::try_from(secs / 86_400).ok()? + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    avv::engine::config::Date::new(
        u16::try_from(year).ok()?,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
    )
}

/// Prints an empty draft with the choices of `preset`.
#[cfg(not(target_arch = "wasm32"))]
fn new_draft(preset: &str) -> ExitCode {
    let library = match shipped() {
        Ok(library) => library,
        Err(code) => return code,
    };
    let options = library.options();
    let Some(draft) = options.new_draft(preset) else {
        let keys: Vec<_> = options.presets().iter().map(|p| p.id.as_str()).collect();
        eprintln!(
            "Unbekannte Voreinstellung „{preset}“; erlaubt: {}.",
            keys.join(", ")
        );
        return ExitCode::from(2);
    };
    println!("{}", to_json(&draft));
    ExitCode::SUCCESS
}

/// Prints a configuration of an earlier format in the current one.
#[cfg(not(target_arch = "wasm32"))]
fn migrate(path: &str) -> ExitCode {
    let run = || -> Result<ExitCode, ExitCode> {
        let library = shipped()?;
        let config = read_config(path, &library)?;
        println!("{}", to_json(&config));
        Ok(ExitCode::SUCCESS)
    };
    run().unwrap_or_else(|code| code)
}

/// A configuration as pretty JSON.
#[cfg(not(target_arch = "wasm32"))]
fn to_json(config: &DpaConfig) -> String {
    serde_json::to_string_pretty(config).expect("configurations serialise")
}

/// Checks a vendor profile and prints its compiled form.
#[cfg(not(target_arch = "wasm32"))]
fn check_profile(path: &str) -> ExitCode {
    let library = match shipped() {
        Ok(library) => library,
        Err(code) => return code,
    };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("{path}: Die Datei ist nicht lesbar ({err}).");
            return ExitCode::from(2);
        }
    };
    // Files a profile names (its logo) are found beside it.
    let folder = std::path::Path::new(path)
        .parent()
        .unwrap_or(std::path::Path::new(""));
    let read = |name: &str| {
        std::fs::read(folder.join(name)).map_err(|e| format!("„{name}“ ist nicht lesbar ({e})."))
    };
    match avv::engine::profile::Profile::parse_with(&text, library.options(), &read) {
        Ok(profile) => {
            println!("{}", profile.compiled());
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for err in &errors {
                eprintln!("{path} {err}");
            }
            ExitCode::from(2)
        }
    }
}
