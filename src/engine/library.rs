//! The clause library: clause files parsed, checked and compiled once.
//!
//! A clause file is Markdown with TOML front matter between two `+++` lines:
//!
//! ```text
//! +++
//! id = "gegenstand"
//! title = "Gegenstand und Dauer"
//! order = 20
//! kind = "section"
//! covers = ["P03", "Art. 28 Abs. 3 S. 1"]
//! +++
//! Der {{ an.nom }} verarbeitet ...
//! ```
//!
//! The body is a template (see `ARCHITECTURE.md` for the choice of `upon`). Every value a
//! person typed is Markdown-escaped by the engine's default formatter, so templates never
//! escape by hand. Any problem in a file is a [`LibraryError`] naming the file and line.

use std::fmt;

use serde::Deserialize;

use super::escape::escape_inline;

/// One file handed to [`ClauseLibrary::load`]: its path (for messages) and its text.
#[derive(Clone, Copy, Debug)]
pub struct SourceFile<'a> {
    /// Path relative to the crate, e.g. `clauses/10-parteien.md`.
    pub path: &'a str,
    /// The whole file.
    pub text: &'a str,
}

/// A clause id: lower-case ASCII letters, digits and `-`, checked when the library loads.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClauseId(String);

impl ClauseId {
    /// Checks the spelling of an id.
    pub fn parse(raw: &str) -> Option<Self> {
        let valid = !raw.is_empty()
            && raw.starts_with(|c: char| c.is_ascii_lowercase())
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
    /// An unnumbered section (`## Title`), e.g. the signatures.
    Unnumbered,
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
    covers: Vec<String>,
}

/// One clause, checked and ready to render.
#[derive(Debug)]
pub struct Clause {
    /// Stable id, used for cross-references and in the coverage report.
    pub id: ClauseId,
    /// Heading text.
    pub title: String,
    /// Position in the document; clauses are sorted by it.
    pub order: u32,
    /// Layout.
    pub kind: ClauseKind,
    /// Provisions (P01–P37) and Art. 28 requirements this clause meets.
    pub covers: Vec<String>,
    /// The file it came from, for messages.
    pub path: String,
    /// The compiled body.
    template: upon::Template<'static>,
}

/// A clause file that cannot be used, with the file and line at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LibraryError {
    /// The file does not start with a `+++` front matter block.
    MissingFrontMatter { path: String },
    /// The front matter is not valid TOML or does not fit the expected fields.
    FrontMatter {
        path: String,
        line: usize,
        message: String,
    },
    /// The id is not lower-case ASCII with digits and dashes.
    InvalidId {
        path: String,
        line: usize,
        id: String,
    },
    /// Two clauses share an id.
    DuplicateId {
        path: String,
        line: usize,
        id: String,
        first: String,
    },
    /// Two clauses share an order number, so their sequence would be arbitrary.
    DuplicateOrder {
        path: String,
        line: usize,
        order: u32,
        first: String,
    },
    /// The template body does not compile; `detail` shows file, line and column.
    Template { path: String, detail: String },
}

impl fmt::Display for LibraryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::MissingFrontMatter { path } => {
                write!(f, "{path} line 1: expected front matter opened by `+++`")
            }
            Self::FrontMatter {
                path,
                line,
                message,
            } => write!(f, "{path} line {line}: {message}"),
            Self::InvalidId { path, line, id } => write!(
                f,
                "{path} line {line}: id `{id}` must be lower-case ASCII letters, digits and `-`"
            ),
            Self::DuplicateId {
                path,
                line,
                id,
                first,
            } => {
                write!(
                    f,
                    "{path} line {line}: id `{id}` is already used by {first}"
                )
            }
            Self::DuplicateOrder {
                path,
                line,
                order,
                first,
            } => {
                write!(
                    f,
                    "{path} line {line}: order {order} is already used by {first}"
                )
            }
            Self::Template { path, detail } => write!(f, "{path}: {detail}"),
        }
    }
}

impl std::error::Error for LibraryError {}

/// All clauses, sorted by order, with their compiled templates.
pub struct ClauseLibrary {
    clauses: Vec<Clause>,
    templates: upon::Engine<'static>,
}

impl fmt::Debug for ClauseLibrary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClauseLibrary")
            .field("clauses", &self.clauses)
            .finish()
    }
}

impl ClauseLibrary {
    /// Parses and checks every `.md` file among `sources`; other files are ignored here.
    pub fn load(sources: &[SourceFile<'_>]) -> Result<Self, LibraryError> {
        let mut templates = upon::Engine::new();
        templates.set_default_formatter(&escaping_formatter);
        templates.add_function("or_gap", or_gap);
        let mut clauses: Vec<Clause> = Vec::new();
        for source in sources.iter().filter(|s| s.path.ends_with(".md")) {
            let (front, body, body_line) = split_front_matter(source)?;
            let id_line = key_line(front, "id", body_line);
            let (id, meta) = parse_front_matter(source.path, front, id_line)?;
            if let Some(first) = clauses.iter().find(|c| c.id == id) {
                return Err(LibraryError::DuplicateId {
                    path: source.path.to_owned(),
                    line: id_line,
                    id: id.0,
                    first: first.path.clone(),
                });
            }
            if let Some(first) = clauses.iter().find(|c| c.order == meta.order) {
                return Err(LibraryError::DuplicateOrder {
                    path: source.path.to_owned(),
                    line: key_line(front, "order", body_line),
                    order: meta.order,
                    first: first.path.clone(),
                });
            }
            // Padding the body with the front matter's line breaks makes the template engine's
            // line numbers equal the file's.
            let padded = format!("{}{body}", "\n".repeat(body_line - 1));
            let template = templates
                .compile(padded)
                .map_err(|err| LibraryError::Template {
                    path: source.path.to_owned(),
                    detail: format!("{err:#}").replace("<anonymous>", source.path),
                })?;
            clauses.push(Clause {
                id,
                title: meta.title,
                order: meta.order,
                kind: meta.kind,
                covers: meta.covers,
                path: source.path.to_owned(),
                template,
            });
        }
        clauses.sort_by_key(|c| c.order);
        Ok(Self { clauses, templates })
    }

    /// The clauses in document order.
    pub fn clauses(&self) -> &[Clause] {
        &self.clauses
    }

    /// Renders a clause's body with `context`. An error shows file, line and column.
    pub(crate) fn render(&self, clause: &Clause, context: &upon::Value) -> Result<String, String> {
        clause
            .template
            .render_from(&self.templates, context)
            .to_string()
            .map_err(|err| format!("{err:#}").replace("<anonymous>", &clause.path))
    }
}

/// Splits a clause file into front matter, body, and the 1-based line the body starts on.
fn split_front_matter<'a>(
    source: &SourceFile<'a>,
) -> Result<(&'a str, &'a str, usize), LibraryError> {
    let missing = || LibraryError::MissingFrontMatter {
        path: source.path.to_owned(),
    };
    let rest = source.text.strip_prefix("+++\n").ok_or_else(missing)?;
    let end = rest.find("\n+++\n").ok_or_else(missing)?;
    let front = &rest[..=end];
    let body = &rest[end + "\n+++\n".len()..];
    let body_line = front.lines().count() + 3;
    Ok((front, body, body_line))
}

/// The 1-based file line of `key = ...` in the front matter (line 2 is its first line).
fn key_line(front: &str, key: &str, fallback: usize) -> usize {
    front
        .lines()
        .position(|l| {
            l.trim_start()
                .strip_prefix(key)
                .is_some_and(|r| r.trim_start().starts_with('='))
        })
        .map_or(fallback, |i| i + 2)
}

/// Reads the front matter and checks the id.
fn parse_front_matter(
    path: &str,
    front: &str,
    id_line: usize,
) -> Result<(ClauseId, FrontMatter), LibraryError> {
    let raw: FrontMatter = toml::from_str(front).map_err(|err| {
        let line = err
            .span()
            .map_or(2, |span| front[..span.start].matches('\n').count() + 2);
        LibraryError::FrontMatter {
            path: path.to_owned(),
            line,
            message: err.message().to_owned(),
        }
    })?;
    let id = ClauseId::parse(&raw.id).ok_or_else(|| LibraryError::InvalidId {
        path: path.to_owned(),
        line: id_line,
        id: raw.id.clone(),
    })?;
    Ok((id, raw))
}

/// The default formatter of the template engine: strings are Markdown-escaped, so a value a
/// person typed can never change the document's structure.
fn escaping_formatter(f: &mut upon::fmt::Formatter<'_>, value: &upon::Value) -> upon::fmt::Result {
    match value {
        upon::Value::String(text) => {
            fmt::Write::write_str(f, &escape_inline(text))?;
            Ok(())
        }
        other => upon::fmt::default(f, other),
    }
}

/// Filter `or_gap`: the value, or a visible gap while the person has not filled it in yet.
fn or_gap(value: String) -> String {
    if value.trim().is_empty() {
        GAP.to_owned()
    } else {
        value
    }
}

/// What an unfilled value shows in the draft.
pub const GAP: &str = "[…]";

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<ClauseLibrary, LibraryError> {
        ClauseLibrary::load(&[SourceFile {
            path: "clauses/x.md",
            text,
        }])
    }

    #[test]
    fn unknown_key_names_file_and_line() {
        let err = load(
            "+++\nid = \"a\"\ntitle = \"A\"\norder = 1\nkind = \"section\"\nwhn = 1\n+++\nText\n",
        )
        .unwrap_err();
        let shown = err.to_string();
        assert!(
            shown.starts_with("clauses/x.md line 6: unknown field `whn`"),
            "{shown}"
        );
    }

    #[test]
    fn template_error_names_file_and_line() {
        let err = load("+++\nid = \"a\"\ntitle = \"A\"\norder = 1\nkind = \"section\"\n+++\nText\n{{ x | }} y\n")
            .unwrap_err();
        let shown = err.to_string();
        assert!(shown.contains("clauses/x.md:8:8"), "{shown}");
    }

    #[test]
    fn bad_id_is_refused() {
        let err =
            load("+++\nid = \"Ab c\"\ntitle = \"A\"\norder = 1\nkind = \"section\"\n+++\nText\n")
                .unwrap_err();
        assert_eq!(
            err,
            LibraryError::InvalidId {
                path: "clauses/x.md".into(),
                line: 2,
                id: "Ab c".into()
            }
        );
    }

    #[test]
    fn missing_front_matter_is_refused() {
        let err = load("# Nur Text\n").unwrap_err();
        assert_eq!(
            err,
            LibraryError::MissingFrontMatter {
                path: "clauses/x.md".into()
            }
        );
    }
}
