//! One clause file: its front matter read and checked, its body compiled.

use std::fmt;

use serde::Deserialize;

use crate::engine::condition::Condition;
use crate::engine::options::OptionSet;
use crate::engine::requirement::is_known_coverage;
use crate::engine::source::{FilePart, LibraryError};

/// A clause id: lower-case ASCII letters, digits and `-`, checked when the library loads.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClauseId(String);

impl ClauseId {
    /// Checks the spelling of an id.
    pub fn parse(raw: &str) -> Option<Self> {
        let valid = raw.starts_with(|c: char| c.is_ascii_lowercase())
            && raw
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        valid.then(|| Self(raw.to_owned()))
    }

    /// The id as written in the front matter.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ClauseId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// How a clause is laid out in the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClauseKind {
    /// The document heading (`# Title`), followed by the body; not numbered.
    Title,
    /// A numbered section (`## 3. Title`) whose paragraphs are numbered 3.1, 3.2, ...
    Section,
    /// An unnumbered section (`## Title`), e.g. the preamble or the signatures.
    Unnumbered,
    /// An annex (`## Anlage 2: Title`), numbered among the annexes present.
    Annex,
}

/// The front matter of a clause file, exactly as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    id: String,
    title: String,
    order: u32,
    kind: ClauseKind,
    #[serde(default)]
    condition: Option<String>,
    #[serde(default)]
    covers: Vec<String>,
}

/// One clause, checked and ready to render.
#[derive(Debug)]
pub struct Clause {
    /// Stable id, used for cross-references and in the coverage report.
    pub id: ClauseId,
    /// Heading text as written; it may name terms (`Anlage: {{ sub.base }}`).
    pub title: String,
    /// Position in the document; clauses are sorted by it.
    pub order: u32,
    /// Layout.
    pub kind: ClauseKind,
    /// When the clause is part of the document.
    pub condition: Condition,
    /// Provisions (`P01`–`P37`) and Art. 28 requirement ids this clause meets.
    pub covers: Vec<String>,
    /// The file it came from, for messages.
    pub path: String,
    /// The compiled body.
    pub(super) template: upon::Template<'static>,
    /// The compiled title, when it holds placeholders.
    pub(super) title_template: Option<upon::Template<'static>>,
}

/// Reads the front matter, checks it against the options and compiles the body. Every
/// mistake of the file is returned, with the clause whenever its id and body are usable.
pub(super) fn parse_clause(
    part: &FilePart<'_>,
    templates: &upon::Engine<'static>,
    options: Option<&OptionSet>,
) -> (Option<Clause>, Vec<LibraryError>) {
    let raw: FrontMatter = match part.parse() {
        Ok(raw) => raw,
        Err(e) => return (None, vec![e]),
    };
    let at = |key| part.key_line(key, part.data_line);
    let mut errors = Vec::new();
    let id = ClauseId::parse(&raw.id);
    if id.is_none() {
        errors.push(part.error_at(
            at("id"),
            format!(
                "Die Id `{}` ist ungültig: Kleinbuchstaben, Ziffern und `-`.",
                raw.id
            ),
        ));
    }
    let condition = match (&raw.condition, options) {
        (None, _) => Condition::Always,
        (Some(text), Some(options)) => match Condition::parse(text, options) {
            Ok(c) => c,
            Err(e) => {
                errors.push(
                    part.error_at(at("condition"), format!("Bedingung: {}", e.message))
                        .with_hint(e.hint),
                );
                Condition::Always
            }
        },
        // The options did not load; their errors are reported instead.
        (Some(_), None) => Condition::Always,
    };
    for unknown in raw.covers.iter().filter(|c| !is_known_coverage(c)) {
        errors.push(part.error_at(
            at("covers"),
            format!(
                "`covers` nennt `{unknown}`, das weder eine Vorgabe (P01–P37) noch eine Anforderung ist."
            ),
        ));
    }
    // Padding the body with the front matter's line breaks makes the template engine's line
    // numbers equal the file's.
    let padded = format!("{}{}", "\n".repeat(part.body_line - 1), part.body);
    let template = match templates.compile(padded) {
        Ok(t) => Some(t),
        Err(err) => {
            errors.push(template_error(part.path, &err));
            None
        }
    };
    // A clause with a wrong condition or `covers` is kept (with `always` and only the known
    // ids), so the checks of its text still run and report their mistakes in the same run.
    let title_template = if raw.title.contains("{{") || raw.title.contains("{%") {
        match templates.compile(raw.title.clone()) {
            Ok(t) => Some(t),
            Err(err) => {
                errors.push(part.error_at(
                    at("title"),
                    format!(
                        "Vorlagenfehler im Titel: {}",
                        err.to_string().lines().next().unwrap_or_default()
                    ),
                ));
                None
            }
        }
    } else {
        None
    };
    let clause = match (id, template) {
        (Some(id), Some(template)) => Some(Clause {
            id,
            title: raw.title,
            order: raw.order,
            kind: raw.kind,
            condition,
            covers: raw
                .covers
                .into_iter()
                .filter(|c| is_known_coverage(c))
                .collect(),
            path: part.path.to_owned(),
            template,
            title_template,
        }),
        _ => None,
    };
    (clause, errors)
}

/// A template that does not compile, with upon's line and column and its pretty excerpt.
pub(super) fn template_error(path: &str, err: &upon::Error) -> LibraryError {
    // upon's alternate form reads "… \n  --> <anonymous>:8:8\n   |\n 8 | …".
    let detail = format!("{err:#}").replace("<anonymous>", path);
    let (line, column) = detail
        .split(&format!("{path}:"))
        .nth(1)
        .and_then(|rest| {
            let mut parts = rest.split(|c: char| !c.is_ascii_digit());
            let line = parts.next()?.parse().ok()?;
            let column = parts.next()?.parse().ok();
            Some((line, column))
        })
        .unwrap_or((1, None));
    let mut error = LibraryError::new(
        path,
        line,
        format!(
            "Vorlagenfehler: {}",
            err.to_string().lines().next().unwrap_or_default()
        ),
    );
    error.column = column;
    error.excerpt = detail
        .lines()
        .find(|l| l.trim_start().starts_with(&format!("{line} |")))
        .map(|l| l.split_once('|').map_or(l, |(_, t)| t).trim().to_owned());
    error
}
