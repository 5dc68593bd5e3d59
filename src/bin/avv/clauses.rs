//! Counsel's loop: the clause library read from the folder on disk (no build needed), checked
//! with every mistake listed at once, and the golden documents compared word by word.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use avv::engine::redline::redline;
use avv::engine::source::SourceFile;
use avv::engine::{self, ClauseLibrary};

/// The folder of the clause library, relative to the repository.
pub const DEFAULT_DIR: &str = "clauses";
/// Example configurations and their golden documents.
const EXAMPLES: &str = "examples";
const GOLDEN: &str = "tests/golden";

/// Every `.md` and `.toml` file below `dir`, as (path shown as `clauses/…`, text).
fn read_dir(dir: &Path) -> std::io::Result<Vec<(String, String)>> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, String)>) -> std::io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                walk(root, &path, out)?;
            } else if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("md" | "toml")
            ) {
                let relative = path.strip_prefix(root).unwrap_or(&path);
                let shown = format!("clauses/{}", relative.to_string_lossy().replace('\\', "/"));
                out.push((shown, std::fs::read_to_string(&path)?));
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out)?;
    out.sort();
    Ok(out)
}

/// The library in `dir`, or exit 1 with every mistake (2 if the folder cannot be read).
fn load(dir: &str) -> Result<ClauseLibrary, ExitCode> {
    let files = read_dir(Path::new(dir)).map_err(|err| {
        eprintln!("{dir}: Der Ordner ist nicht lesbar ({err}).");
        ExitCode::from(2)
    })?;
    let sources: Vec<SourceFile<'_>> = files
        .iter()
        .map(|(path, text)| SourceFile { path, text })
        .collect();
    ClauseLibrary::load(&sources).map_err(|errors| {
        eprintln!("{errors}");
        ExitCode::from(1)
    })
}

/// `avv clauses check`: every mistake of the library on disk, or a summary.
pub fn check(dir: &str) -> ExitCode {
    match load(dir) {
        Ok(library) => {
            println!(
                "Die Klauselbibliothek ist in Ordnung: {} Klauseln, {} Optionen, {} Prüfungen.",
                library.clauses().len(),
                library.options().all().len(),
                library.rules().len()
            );
            ExitCode::SUCCESS
        }
        Err(code) => code,
    }
}

/// `avv clauses render FILE`: the agreement with the library on disk.
pub fn render(dir: &str, path: &str) -> ExitCode {
    let run = || -> Result<ExitCode, ExitCode> {
        let library = load(dir)?;
        let config = super::read_config(path, &library)?;
        let assembled = engine::assemble(&config, &library);
        print!("{}", assembled.document.markdown);
        Ok(super::report_diagnostics(path, &assembled))
    };
    run().unwrap_or_else(|code| code)
}

/// The example configurations, sorted.
fn examples() -> std::io::Result<Vec<PathBuf>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(EXAMPLES)?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    Ok(paths)
}

/// `avv clauses diff`: renders every example with the library on disk and shows, word by word,
/// how each differs from its golden document; `--accept` writes the new documents.
pub fn diff(dir: &str, accept: bool) -> ExitCode {
    let run = || -> Result<ExitCode, ExitCode> {
        let library = load(dir)?;
        let paths = examples().map_err(|err| {
            eprintln!("{EXAMPLES}: {err}");
            ExitCode::from(2)
        })?;
        let mut changed = 0;
        let mut used = std::collections::BTreeSet::new();
        for path in paths {
            let name = path
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let config = super::read_config(&path.to_string_lossy(), &library)?;
            let assembled = engine::assemble(&config, &library);
            used.extend(assembled.document.sections.iter().map(|s| s.id.clone()));
            let new = assembled.document.markdown;
            let golden = Path::new(GOLDEN).join(format!("{name}.md"));
            let old = std::fs::read_to_string(&golden).unwrap_or_default();
            let changes = redline(&old, &new);
            if old != new {
                changed += 1;
                println!("## {name}\n");
                if old.is_empty() {
                    println!(
                        "(neues Beispieldokument, {} Wörter)\n",
                        new.split_whitespace().count()
                    );
                } else if changes.is_empty() {
                    println!("(nur Zeilenumbrüche oder Leerzeichen geändert)\n");
                } else {
                    println!("{changes}");
                }
                if accept {
                    std::fs::write(&golden, &new).map_err(|err| {
                        eprintln!("{}: {err}", golden.display());
                        ExitCode::from(2)
                    })?;
                }
            }
        }
        let unused: Vec<String> = library
            .clauses()
            .iter()
            .filter(|c| !used.contains(c.id.as_str()))
            .map(|c| format!("`{}` ({})", c.id, c.path))
            .collect();
        if !unused.is_empty() {
            println!(
                "Diese Klauseln kommen in keinem Beispiel vor: {}. Legen Sie unter {EXAMPLES}/ ein Beispiel an, das sie einschaltet (`cargo test` verlangt es, tests/library.rs).",
                unused.join(", ")
            );
            return Ok(ExitCode::from(1));
        }
        Ok(match (changed, accept) {
            (0, _) => {
                println!("Alle Beispieldokumente sind unverändert.");
                ExitCode::SUCCESS
            }
            (n, true) => {
                println!("{n} Beispieldokument(e) übernommen nach {GOLDEN}/.");
                ExitCode::SUCCESS
            }
            (n, false) => {
                println!(
                    "{n} Beispieldokument(e) geändert. Prüfen Sie die Änderungen wie eine Redline; übernehmen mit `avv clauses diff --accept`."
                );
                ExitCode::from(1)
            }
        })
    };
    run().unwrap_or_else(|code| code)
}
