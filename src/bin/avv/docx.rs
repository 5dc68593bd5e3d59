//! `avv docx KONFIGURATION.json [AUSGABE.docx]`: the agreement as a Word document, written to
//! the file or to stdout; the diagnostics go to stderr as with `render`.

use std::io::Write;
use std::process::ExitCode;

use avv::engine::config::DpaConfig;
use avv::engine::docx::{DocxMeta, docx};

/// The title in the page header, unless the vendor set the agreement's own title.
const TITLE: &str = "Vertrag über die Auftragsverarbeitung";

/// The title in the page header: the vendor's own title of the agreement, if set (as the
/// heading of the agreement shows it), or [`TITLE`].
pub fn title(config: &DpaConfig) -> String {
    let own = config.processor.document_title.trim();
    if own.is_empty() { TITLE } else { own }.to_owned()
}

/// The label of the version in the page header: the document's version and its date
/// ("Stand"), as the final provisions print them; empty when the configuration has neither.
pub fn version_label(config: &DpaConfig) -> String {
    let version = config.processor.document_version.trim();
    let date = config.processor.document_date.map(|d| d.german());
    match (version.is_empty(), date) {
        (false, Some(date)) => format!("Version {version}, Stand {date}"),
        (false, None) => format!("Version {version}"),
        (true, Some(date)) => format!("Stand {date}"),
        (true, None) => String::new(),
    }
}

/// Writes the .docx of the configuration at `path` to `out`, or to stdout.
pub fn write(path: &str, out: Option<&str>) -> ExitCode {
    let run = || -> Result<ExitCode, ExitCode> {
        let library = super::shipped()?;
        let config = super::read_config(path, &library)?;
        let assembled = avv::engine::assemble_on(&config, &library, super::today());
        let meta = DocxMeta {
            title: title(&config),
            version: version_label(&config),
            fingerprint: None,
            date: config.processor.document_date,
        };
        let bytes = docx(&assembled.document, &meta);
        let written = match out {
            Some(file) => std::fs::write(file, &bytes).map_err(|err| (file, err)),
            None => std::io::stdout()
                .lock()
                .write_all(&bytes)
                .map_err(|err| ("stdout", err)),
        };
        if let Err((target, err)) = written {
            eprintln!("{target}: Die Datei ist nicht schreibbar ({err}).");
            return Err(ExitCode::from(2));
        }
        Ok(super::report_diagnostics(path, &assembled))
    };
    run().unwrap_or_else(|code| code)
}
