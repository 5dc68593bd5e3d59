//! `avv docx KONFIGURATION.json [AUSGABE.docx]`: the agreement as a Word document, written to
//! the file or to stdout; the diagnostics go to stderr as with `render`.

use std::io::Write;
use std::process::ExitCode;

use avv::engine::docx::{DocxMeta, docx};

/// Writes the .docx of the configuration at `path` to `out`, or to stdout.
pub fn write(path: &str, out: Option<&str>) -> ExitCode {
    let run = || -> Result<ExitCode, ExitCode> {
        let library = super::shipped()?;
        let config = super::read_config(path, &library)?;
        let assembled = avv::engine::assemble_on(&config, &library, super::today());
        let meta = DocxMeta::of(&config, &assembled.document.markdown);
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
