//! The clause library: clause files, option declarations, checks and catalogues, parsed,
//! checked and compiled once.
//!
//! A clause file is Markdown with TOML front matter between two `+++` lines; the options are
//! declared in `clauses/optionen.toml`, the checks in `clauses/pruefungen.toml`, the catalogues
//! in `clauses/kataloge/` (the formats are described in `docs/clause-authoring.md`). Loading
//! checks everything that can be checked without a configuration and reports every mistake at
//! once ([`LibraryErrors`]), each with file, line, an excerpt and, for a misspelt name, a
//! suggestion.
//!
//! The browser build does not parse TOML: `build.rs` embeds each file's TOML part converted to
//! JSON ([`CompiledFile`]), and [`ClauseLibrary::load_compiled`] reads that. It skips the
//! checks of `lint` (references, template variables, every option visible), which the native
//! tests run on exactly the same embedded files; that keeps their code out of the download.

mod clause;
mod filters;
#[cfg(not(target_arch = "wasm32"))]
mod lint;
mod rules;
#[cfg(not(target_arch = "wasm32"))]
mod variables;

use std::fmt;

pub use clause::{Clause, ClauseId, ClauseKind};
pub use filters::GAP;
#[cfg(not(target_arch = "wasm32"))]
pub use lint::full_sample;
pub use rules::Rule;

use super::catalogue::{Catalogues, TERMINOLOGY};
use super::config::OptionKind;
use super::options::{CONTROLLER_BY_REFERENCE, COVER_PAGE, EFFECTIVE_DATE, OptionSet};
#[cfg(not(target_arch = "wasm32"))]
use super::source::SourceFile;
pub use super::source::{CompiledFile, LibraryError, LibraryErrors};
use super::source::{FilePart, Structured};

/// Where the option declarations live, relative to the crate.
pub const OPTIONS_FILE: &str = "clauses/optionen.toml";
/// Where the checks live.
pub const RULES_FILE: &str = "clauses/pruefungen.toml";

/// All clauses, sorted by order, with their compiled templates, the options, the checks and
/// the catalogues.
pub struct ClauseLibrary {
    clauses: Vec<Clause>,
    templates: upon::Engine<'static>,
    catalogues: Catalogues,
    options: OptionSet,
    rules: Vec<Rule>,
}

impl fmt::Debug for ClauseLibrary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClauseLibrary")
            .field("clauses", &self.clauses)
            .finish()
    }
}

impl ClauseLibrary {
    /// Parses and checks the files as written: clauses (`.md`), options, checks and
    /// catalogues (`.toml`).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn load(sources: &[SourceFile<'_>]) -> Result<Self, LibraryErrors> {
        let mut errors = Vec::new();
        let mut parts = Vec::new();
        for source in sources {
            if source.path.ends_with(".md") {
                match super::front_matter::split(source.text) {
                    Some((front, body, body_line)) => parts.push(FilePart {
                        path: source.path,
                        data: Structured::Toml(front),
                        data_line: 2,
                        body,
                        body_line,
                    }),
                    None => errors.push(LibraryError::new(
                        source.path,
                        1,
                        "Die Datei beginnt nicht mit einem Kopf zwischen zwei `+++`-Zeilen.",
                    )),
                }
            } else {
                parts.push(FilePart {
                    path: source.path,
                    data: Structured::Toml(source.text),
                    data_line: 1,
                    body: "",
                    body_line: 0,
                });
            }
        }
        Self::checked(&parts, errors)
    }

    /// Builds the library and runs the native checks on whatever could be built, so that one
    /// run lists every mistake: a broken clause header does not hide the errors in its text or
    /// in other files.
    #[cfg(not(target_arch = "wasm32"))]
    fn checked(parts: &[FilePart<'_>], errors: Vec<LibraryError>) -> Result<Self, LibraryErrors> {
        let (library, mut errors) = Self::build(parts, errors);
        let library = library.ok_or_else(|| LibraryErrors(errors.clone()))?;
        let bodies: Vec<_> = parts.iter().filter(|p| p.path.ends_with(".md")).collect();
        errors.extend(lint::check(&library, &bodies, parts));
        if errors.is_empty() {
            Ok(library)
        } else {
            Err(LibraryErrors(errors))
        }
    }

    /// Reads the files in the form `build.rs` embeds them. Native builds run every check
    /// (see [`ClauseLibrary::load`]); the browser build skips those of `lint`.
    pub fn load_compiled(files: &[CompiledFile<'_>]) -> Result<Self, LibraryErrors> {
        let parts: Vec<FilePart<'_>> = files
            .iter()
            .map(|file| FilePart {
                path: file.path,
                data: Structured::Json(file.json),
                data_line: file.data_line,
                body: file.body,
                body_line: file.body_line,
            })
            .collect();
        #[cfg(not(target_arch = "wasm32"))]
        return Self::checked(&parts, Vec::new());
        #[cfg(target_arch = "wasm32")]
        match Self::build(&parts, Vec::new()) {
            (Some(library), errors) if errors.is_empty() => Ok(library),
            (_, errors) => Err(LibraryErrors(errors)),
        }
    }

    /// The library from whatever parsed, and every mistake found. The library is `None` only
    /// when the options, checks or catalogues are unusable; a clause that does not parse is left
    /// out and its mistakes are reported.
    fn build(
        parts: &[FilePart<'_>],
        mut errors: Vec<LibraryError>,
    ) -> (Option<Self>, Vec<LibraryError>) {
        let catalogues = super::catalogue::load(parts).map_err(|mut e| errors.append(&mut e));
        let options = match parts.iter().find(|p| p.path == OPTIONS_FILE) {
            Some(part) => super::options::load(part).map_err(|mut e| errors.append(&mut e)),
            None => {
                errors.push(LibraryError::new(OPTIONS_FILE, 1, "Die Datei fehlt."));
                Err(())
            }
        };
        let templates = filters::engine();

        let mut clauses: Vec<Clause> = Vec::new();
        for part in parts.iter().filter(|p| p.path.ends_with(".md")) {
            let (clause, mut problems) =
                clause::parse_clause(part, &templates, options.as_ref().ok());
            errors.append(&mut problems);
            let Some(clause) = clause else { continue };
            if let Some(first) = clauses.iter().find(|c| c.id == clause.id) {
                errors.push(part.error_at(
                    part.key_line("id", part.data_line),
                    format!("Die Id `{}` hat schon {}.", clause.id, first.path),
                ));
            }
            if let Some(first) = clauses.iter().find(|c| c.order == clause.order) {
                errors.push(part.error_at(
                    part.key_line("order", part.data_line),
                    format!("Die Position {} hat schon {}.", clause.order, first.path),
                ));
            }
            clauses.push(clause);
        }
        clauses.sort_by_key(|c| c.order);

        let rules = match (&options, parts.iter().find(|p| p.path == RULES_FILE)) {
            (Ok(options), Some(part)) => {
                rules::load(part, options, &templates).map_err(|mut e| errors.append(&mut e))
            }
            (Err(()), _) => Err(()),
            (Ok(_), None) => Ok(Vec::new()),
        };
        if let (Ok(catalogues), Ok(options)) = (&catalogues, &options) {
            check_terms(catalogues, options, &mut errors);
        }
        let library = match (catalogues, options, rules) {
            (Ok(catalogues), Ok(options), Ok(rules)) => Some(Self {
                clauses,
                templates,
                catalogues,
                options,
                rules,
            }),
            _ => None,
        };
        (library, errors)
    }

    /// The clauses in document order.
    pub fn clauses(&self) -> &[Clause] {
        &self.clauses
    }

    /// The catalogues.
    pub fn catalogues(&self) -> &Catalogues {
        &self.catalogues
    }

    /// The declared options and presets.
    pub fn options(&self) -> &OptionSet {
        &self.options
    }

    /// The checks of `clauses/pruefungen.toml`.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// Renders a clause's body with `context`. An error shows file, line and column.
    pub(crate) fn render(&self, clause: &Clause, context: &upon::Value) -> Result<String, String> {
        clause
            .template
            .render_from(&self.templates, context)
            .to_string()
            .map_err(|err| format!("{err:#}").replace("<anonymous>", &clause.path))
    }

    /// A clause's title with `context` (its placeholders filled and escaped).
    pub(crate) fn title(&self, clause: &Clause, context: &upon::Value) -> String {
        match &clause.title_template {
            Some(t) => t
                .render_from(&self.templates, context)
                .to_string()
                .unwrap_or_else(|_| clause.title.clone()),
            None => clause.title.clone(),
        }
    }

    /// Renders a check's message with `context`.
    pub(crate) fn render_message(&self, rule: &Rule, context: &upon::Value) -> String {
        rule.message
            .render_from(&self.templates, context)
            .to_string()
            .unwrap_or_else(|_| rule.message_text.clone())
    }

    /// The ids of all annexes, in order.
    pub(crate) fn annex_ids(&self) -> impl Iterator<Item = &str> {
        self.clauses
            .iter()
            .filter(|c| c.kind == ClauseKind::Annex)
            .map(|c| c.id.as_str())
    }

    /// The clause with this id.
    pub fn clause(&self, id: &str) -> Option<&Clause> {
        self.clauses.iter().find(|c| c.id.as_str() == id)
    }
}

/// Every value of the option `terminology` has its party terms in `begriffe.toml`, and the
/// structural labels are complete.
fn check_terms(catalogues: &Catalogues, options: &OptionSet, errors: &mut Vec<LibraryError>) {
    // The options the engine itself reads.
    for (id, kind, why) in [
        (
            CONTROLLER_BY_REFERENCE,
            OptionKind::Toggle,
            "ist sie eingeschaltet, verlangt die Prüfung keine Anschrift des Auftraggebers",
        ),
        (
            TERMINOLOGY,
            OptionKind::Choice,
            "sie wählt die Bezeichnung der Parteien aus begriffe.toml",
        ),
        (
            EFFECTIVE_DATE,
            OptionKind::Date,
            "ein Datum in der Vergangenheit löst einen Hinweis aus",
        ),
        (
            COVER_PAGE,
            OptionKind::Toggle,
            "ein Anbieterprofil, das sie nicht festlegt, schaltet sie ein",
        ),
    ] {
        if options.get(id).is_some_and(|o| o.kind != kind) {
            errors.push(LibraryError::new(
                options.path(),
                options.get(id).map_or(1, |o| o.line),
                format!(
                    "Die Option `{id}` muss von der Art `{}` sein; {why}.",
                    kind.name()
                ),
            ));
        }
    }
    let Some(terminology) = options.get(TERMINOLOGY) else {
        errors.push(LibraryError::new(
            options.path(),
            1,
            format!(
                "Die Option `{TERMINOLOGY}` fehlt; sie wählt die Bezeichnung der Parteien aus begriffe.toml."
            ),
        ));
        return;
    };
    let values: Vec<&str> = terminology.values.iter().map(|v| v.id.as_str()).collect();
    for missing in catalogues.terms.missing_labels(&values) {
        errors.push(LibraryError::new(
            "clauses/kataloge/begriffe.toml",
            1,
            format!("Es fehlt die Bezeichnung `{missing}`."),
        ));
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
