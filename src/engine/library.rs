//! The clause library: clause files and catalogues parsed, checked and compiled once.
//!
//! A clause file is Markdown with TOML front matter between two `+++` lines (the format is
//! described in `docs/clause-authoring.md`). Loading checks everything that can be checked
//! without a configuration: front matter keys, unique ids and order numbers, conditions
//! against the predicates, `covers` against the known provisions and requirements, every
//! cross-reference against the clause ids and paragraph labels, and every template variable
//! against the shape of the template context. Any problem is a [`LibraryError`] naming file
//! and line.
//!
//! The browser build does not parse TOML: `build.rs` embeds each file's TOML part converted to
//! JSON ([`CompiledFile`]), and [`ClauseLibrary::load_compiled`] reads that. It also skips the
//! reference and variable checks, which the native tests run on exactly the same embedded
//! files (`tests/library.rs`); that keeps their code out of the download.

use std::collections::BTreeSet;
use std::fmt;

use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::catalogue::{Catalogues, EntryList, Terms, TomCatalogue};
use super::check::Requirement;
use super::condition::Condition;
#[cfg(not(target_arch = "wasm32"))]
use super::context::Context;
use super::escape::escape_inline;

/// One file handed to [`ClauseLibrary::load`]: its path (for messages) and its text.
#[derive(Clone, Copy, Debug)]
pub struct SourceFile<'a> {
    /// Path relative to the crate, e.g. `clauses/010-parteien.md`.
    pub path: &'a str,
    /// The whole file.
    pub text: &'a str,
}

/// One file handed to [`ClauseLibrary::load_compiled`], as `build.rs` embeds it: the TOML
/// part (a clause's front matter or a whole catalogue) converted to JSON, and the body.
#[derive(Clone, Copy, Debug)]
pub struct CompiledFile<'a> {
    /// Path relative to the crate, e.g. `clauses/010-parteien.md`.
    pub path: &'a str,
    /// The TOML part as JSON (`null` if it did not parse as TOML).
    pub json: &'a str,
    /// The file line the TOML part starts on.
    pub data_line: usize,
    /// The Markdown body of a clause file; empty for a catalogue.
    pub body: &'a str,
    /// The file line the body starts on.
    pub body_line: usize,
}

/// The structured part of a file, in the form it was handed over.
#[derive(Clone, Copy)]
enum Data<'a> {
    /// As written (native builds only).
    #[cfg(not(target_arch = "wasm32"))]
    Toml(&'a str),
    /// Converted by `build.rs`.
    Json(&'a str),
}

impl Data<'_> {
    /// Reads the data as `T`; `first_line` is the file line the data starts on.
    fn parse<T: DeserializeOwned>(self, path: &str, first_line: usize) -> Result<T, LibraryError> {
        match self {
            #[cfg(not(target_arch = "wasm32"))]
            Self::Toml(text) => toml::from_str(text).map_err(|err| LibraryError::Toml {
                path: path.to_owned(),
                line: err.span().map_or(first_line, |span| {
                    text[..span.start].matches('\n').count() + first_line
                }),
                message: err.message().to_owned(),
            }),
            Self::Json(json) => serde_json::from_str(json).map_err(|err| LibraryError::Toml {
                path: path.to_owned(),
                line: first_line,
                message: err.to_string(),
            }),
        }
    }

    /// The file line of `key = ...`, or `fallback` when the key cannot be found (always for the
    /// JSON form, which is one line).
    #[cfg_attr(target_arch = "wasm32", allow(unused_variables))]
    fn key_line(self, key: &str, first_line: usize) -> usize {
        match self {
            #[cfg(not(target_arch = "wasm32"))]
            Self::Toml(text) => text
                .lines()
                .position(|l| {
                    l.trim_start()
                        .strip_prefix(key)
                        .is_some_and(|r| r.trim_start().starts_with('='))
                })
                .map_or(first_line, |i| i + first_line),
            Self::Json(_) => first_line,
        }
    }
}

/// A file split into its structured part and its body, whatever form it came in.
struct Part<'a> {
    path: &'a str,
    data: Data<'a>,
    data_line: usize,
    body: &'a str,
    body_line: usize,
}

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
    /// Heading text.
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
    template: upon::Template<'static>,
}

/// A library file that cannot be used, with the file and line at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LibraryError {
    /// The file does not start with a `+++` front matter block.
    MissingFrontMatter { path: String },
    /// The front matter or a catalogue is not valid TOML or does not fit the expected fields.
    Toml {
        path: String,
        line: usize,
        message: String,
    },
    /// A rule about the contents of a file is broken.
    Invalid {
        path: String,
        line: usize,
        message: String,
    },
    /// The template body does not compile; `detail` shows file, line and column.
    Template { path: String, detail: String },
    /// A catalogue file is missing.
    MissingCatalogue { path: String },
}

impl fmt::Display for LibraryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::MissingFrontMatter { path } => {
                write!(f, "{path} line 1: expected front matter opened by `+++`")
            }
            Self::Toml {
                path,
                line,
                message,
            }
            | Self::Invalid {
                path,
                line,
                message,
            } => {
                write!(f, "{path} line {line}: {message}")
            }
            Self::Template { path, detail } => write!(f, "{path}: {detail}"),
            Self::MissingCatalogue { path } => write!(f, "{path}: catalogue file is missing"),
        }
    }
}

impl std::error::Error for LibraryError {}

/// All clauses, sorted by order, with their compiled templates and the catalogues.
pub struct ClauseLibrary {
    clauses: Vec<Clause>,
    templates: upon::Engine<'static>,
    catalogues: Catalogues,
}

impl fmt::Debug for ClauseLibrary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClauseLibrary")
            .field("clauses", &self.clauses)
            .finish()
    }
}

/// Where the catalogues live, relative to the crate.
const CATALOGUE_DIR: &str = "clauses/kataloge/";

impl ClauseLibrary {
    /// Parses and checks the clause files (`.md`) and catalogues (`kataloge/*.toml`) as written.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn load(sources: &[SourceFile<'_>]) -> Result<Self, LibraryError> {
        let parts = sources
            .iter()
            .map(|source| {
                if source.path.ends_with(".md") {
                    let (front, body, body_line) = super::front_matter::split(source.text)
                        .ok_or_else(|| LibraryError::MissingFrontMatter {
                            path: source.path.to_owned(),
                        })?;
                    Ok(Part {
                        path: source.path,
                        data: Data::Toml(front),
                        data_line: 2,
                        body,
                        body_line,
                    })
                } else {
                    Ok(Part {
                        path: source.path,
                        data: Data::Toml(source.text),
                        data_line: 1,
                        body: "",
                        body_line: 0,
                    })
                }
            })
            .collect::<Result<Vec<_>, LibraryError>>()?;
        Self::build(&parts)
    }

    /// Reads the files in the form `build.rs` embeds them. Native builds run every check, the
    /// browser build skips the reference and variable checks (see the module documentation).
    pub fn load_compiled(files: &[CompiledFile<'_>]) -> Result<Self, LibraryError> {
        let parts: Vec<Part<'_>> = files
            .iter()
            .map(|file| Part {
                path: file.path,
                data: Data::Json(file.json),
                data_line: file.data_line,
                body: file.body,
                body_line: file.body_line,
            })
            .collect();
        Self::build(&parts)
    }

    fn build(parts: &[Part<'_>]) -> Result<Self, LibraryError> {
        let catalogues = load_catalogues(parts)?;
        let mut templates = upon::Engine::new();
        templates.set_default_formatter(&escaping_formatter);
        templates.add_function("or_gap", or_gap);
        templates.add_function("join", join_german);
        templates.add_function("plural", plural);

        let mut clauses: Vec<Clause> = Vec::new();
        #[cfg(not(target_arch = "wasm32"))]
        let mut bodies = Vec::new();
        for part in parts.iter().filter(|p| p.path.ends_with(".md")) {
            let clause = parse_clause(part, &templates)?;
            let at = |key| part.data.key_line(key, part.data_line);
            if let Some(first) = clauses.iter().find(|c| c.id == clause.id) {
                return Err(invalid(
                    part.path,
                    at("id"),
                    format!("id `{}` is already used by {}", clause.id, first.path),
                ));
            }
            if let Some(first) = clauses.iter().find(|c| c.order == clause.order) {
                return Err(invalid(
                    part.path,
                    at("order"),
                    format!("order {} is already used by {}", clause.order, first.path),
                ));
            }
            #[cfg(not(target_arch = "wasm32"))]
            bodies.push((clause.id.clone(), part.body, part.body_line));
            clauses.push(clause);
        }
        clauses.sort_by_key(|c| c.order);
        let library = Self {
            clauses,
            templates,
            catalogues,
        };
        #[cfg(not(target_arch = "wasm32"))]
        {
            library.check_references(&bodies)?;
            library.check_variables(&bodies)?;
        }
        Ok(library)
    }

    /// The clauses in document order.
    pub fn clauses(&self) -> &[Clause] {
        &self.clauses
    }

    /// The catalogues.
    pub fn catalogues(&self) -> &Catalogues {
        &self.catalogues
    }

    /// Renders a clause's body with `context`. An error shows file, line and column.
    pub(crate) fn render(&self, clause: &Clause, context: &upon::Value) -> Result<String, String> {
        clause
            .template
            .render_from(&self.templates, context)
            .to_string()
            .map_err(|err| format!("{err:#}").replace("<anonymous>", &clause.path))
    }

    /// The ids of all annexes, in order.
    pub(crate) fn annex_ids(&self) -> impl Iterator<Item = &str> {
        self.clauses
            .iter()
            .filter(|c| c.kind == ClauseKind::Annex)
            .map(|c| c.id.as_str())
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn clause(&self, id: &str) -> Option<&Clause> {
        self.clauses.iter().find(|c| c.id.as_str() == id)
    }

    /// Every `[[ziffer:…]]` and `[[anlage:…]]` names an existing clause of the right kind, and
    /// every `#label` a paragraph label of that clause.
    #[cfg(not(target_arch = "wasm32"))]
    fn check_references(&self, bodies: &[(ClauseId, &str, usize)]) -> Result<(), LibraryError> {
        let labels = |id: &str| -> BTreeSet<String> {
            bodies
                .iter()
                .filter(|(cid, ..)| cid.as_str() == id)
                .flat_map(|(_, body, _)| markers(body))
                .filter(|m| m.kind == "absatz")
                .map(|m| m.target)
                .collect()
        };
        for (id, body, body_line) in bodies {
            let path = &self.clause(id.as_str()).expect("loaded above").path;
            for marker in markers(body) {
                let line = body_line + marker.line;
                let (target, label) = marker
                    .target
                    .split_once('#')
                    .map_or((marker.target.as_str(), None), |(t, l)| (t, Some(l)));
                let problem = match marker.kind.as_str() {
                    "absatz" => None,
                    "ziffer" => match self.clause(target) {
                        None => Some(format!("reference to unknown clause `{target}`")),
                        Some(c) if c.kind != ClauseKind::Section => Some(format!(
                            "`[[ziffer:{target}]]` must name a numbered section"
                        )),
                        Some(_) => label
                            .filter(|l| !labels(target).contains(*l))
                            .map(|l| format!("clause `{target}` has no paragraph labelled `{l}`")),
                    },
                    "anlage" => match self.clause(target) {
                        Some(c) if c.kind == ClauseKind::Annex && label.is_none() => None,
                        _ => Some(format!("`[[anlage:{}]]` must name an annex", marker.target)),
                    },
                    other => Some(format!(
                        "unknown marker `[[{other}:…]]`; use ziffer, anlage or absatz"
                    )),
                };
                if let Some(message) = problem {
                    return Err(invalid(path, line, message));
                }
            }
        }
        Ok(())
    }

    /// Every variable a template names exists in the context (checked against the shape of a
    /// context in which every list has an element).
    #[cfg(not(target_arch = "wasm32"))]
    fn check_variables(&self, bodies: &[(ClauseId, &str, usize)]) -> Result<(), LibraryError> {
        let annexes: Vec<(&str, bool)> = self.annex_ids().map(|id| (id, true)).collect();
        let sample = super::context::full_sample();
        let shape = upon::to_value(Context::build(&sample, &self.catalogues, &annexes, true))
            .expect("the context serialises");
        for (id, body, body_line) in bodies {
            let path = &self.clause(id.as_str()).expect("loaded above").path;
            if let Err((line, message)) = super::variables::check(body, &shape) {
                return Err(invalid(path, body_line + line, message));
            }
        }
        Ok(())
    }
}

/// A `[[kind:target]]` marker in a body; `line` counts from 0 within the body.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))] // the browser only asks whether there are any
pub(crate) struct Marker {
    pub kind: String,
    pub target: String,
    pub line: usize,
}

/// The markers of a text, in order.
pub(crate) fn markers(text: &str) -> Vec<Marker> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut offset = 0;
    while let Some(start) = rest.find("[[") {
        let Some(len) = rest[start..].find("]]") else {
            break;
        };
        let inner = &rest[start + 2..start + len];
        if let Some((kind, target)) = inner.split_once(':') {
            out.push(Marker {
                kind: kind.trim().to_owned(),
                target: target.trim().to_owned(),
                line: text[..offset + start].matches('\n').count(),
            });
        }
        offset += start + len + 2;
        rest = &rest[start + len + 2..];
    }
    out
}

fn invalid(path: &str, line: usize, message: String) -> LibraryError {
    LibraryError::Invalid {
        path: path.to_owned(),
        line,
        message,
    }
}

/// Reads the four catalogues.
fn load_catalogues(parts: &[Part<'_>]) -> Result<Catalogues, LibraryError> {
    fn read<T: DeserializeOwned>(parts: &[Part<'_>], name: &str) -> Result<T, LibraryError> {
        let path = format!("{CATALOGUE_DIR}{name}");
        let part = parts
            .iter()
            .find(|p| p.path == path)
            .ok_or_else(|| LibraryError::MissingCatalogue { path: path.clone() })?;
        part.data.parse(&path, part.data_line)
    }
    let catalogues = Catalogues {
        data_types: read::<EntryList>(parts, "datenarten.toml")?,
        data_subjects: read::<EntryList>(parts, "betroffene.toml")?,
        tom: read::<TomCatalogue>(parts, "tom.toml")?,
        terms: read::<Terms>(parts, "begriffe.toml")?,
    };
    let begriffe = format!("{CATALOGUE_DIR}begriffe.toml");
    if let Some(missing) = catalogues.terms.missing_labels().first() {
        return Err(invalid(&begriffe, 1, format!("no label for `{missing}`")));
    }
    for group in &catalogues.tom.group {
        if !catalogues.terms.goal.contains_key(&group.goal) {
            return Err(invalid(
                &format!("{CATALOGUE_DIR}tom.toml"),
                1,
                format!("group `{}` names unknown goal `{}`", group.id, group.goal),
            ));
        }
    }
    let mut ids = BTreeSet::new();
    let all_ids = catalogues
        .data_types
        .entry
        .iter()
        .map(|e| ("datenarten.toml", &e.id))
        .chain(
            catalogues
                .data_subjects
                .entry
                .iter()
                .map(|e| ("betroffene.toml", &e.id)),
        )
        .chain(
            catalogues
                .tom
                .group
                .iter()
                .flat_map(|g| g.measure.iter().map(|m| ("tom.toml", &m.id))),
        );
    for (file, id) in all_ids {
        if !ids.insert((file, id)) {
            return Err(invalid(
                &format!("{CATALOGUE_DIR}{file}"),
                1,
                format!("id `{id}` appears twice"),
            ));
        }
    }
    Ok(catalogues)
}

/// Reads the front matter, checks it and compiles the body.
fn parse_clause(
    part: &Part<'_>,
    templates: &upon::Engine<'static>,
) -> Result<Clause, LibraryError> {
    let Part {
        path,
        data,
        data_line,
        body,
        body_line,
    } = *part;
    let raw: FrontMatter = data.parse(path, data_line)?;
    let at = |key| data.key_line(key, data_line);
    let id = ClauseId::parse(&raw.id).ok_or_else(|| {
        invalid(
            path,
            at("id"),
            format!(
                "id `{}` must be lower-case ASCII letters, digits and `-`",
                raw.id
            ),
        )
    })?;
    let condition = match &raw.condition {
        None => Condition::Always,
        Some(text) => Condition::parse(text)
            .map_err(|msg| invalid(path, at("condition"), format!("condition: {msg}")))?,
    };
    if let Some(unknown) = raw.covers.iter().find(|c| !is_known_coverage(c)) {
        return Err(invalid(
            path,
            at("covers"),
            format!("covers names unknown provision or requirement `{unknown}`"),
        ));
    }
    // Padding the body with the front matter's line breaks makes the template engine's line
    // numbers equal the file's.
    let padded = format!("{}{body}", "\n".repeat(body_line - 1));
    let template = templates
        .compile(padded)
        .map_err(|err| LibraryError::Template {
            path: path.to_owned(),
            detail: format!("{err:#}").replace("<anonymous>", path),
        })?;
    Ok(Clause {
        id,
        title: raw.title,
        order: raw.order,
        kind: raw.kind,
        condition,
        covers: raw.covers,
        path: path.to_owned(),
        template,
    })
}

/// `P01`–`P37` or a requirement id.
fn is_known_coverage(id: &str) -> bool {
    let provision = id
        .strip_prefix('P')
        .filter(|n| n.len() == 2)
        .and_then(|n| n.parse::<u8>().ok())
        .is_some_and(|n| (1..=37).contains(&n));
    provision || Requirement::from_id(id).is_some()
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

/// What an unfilled value shows in the draft.
pub const GAP: &str = "[…]";

/// Filter `or_gap`: the value, or a visible gap while the person has not filled it in yet.
fn or_gap(value: String) -> String {
    if value.trim().is_empty() {
        GAP.to_owned()
    } else {
        value
    }
}

/// Filter `plural`: `{{ n | plural: "Woche", "Wochen" }}` gives `1 Woche` or `4 Wochen`.
fn plural(n: i64, one: String, many: String) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Filter `join`: `a`, `a und b`, `a, b und c`.
fn join_german(items: Vec<upon::Value>) -> String {
    let words: Vec<String> = items
        .into_iter()
        .map(|v| match v {
            upon::Value::String(s) => s,
            upon::Value::Integer(i) => i.to_string(),
            _ => String::new(),
        })
        .filter(|s| !s.is_empty())
        .collect();
    match words.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} und {last}", rest.join(", ")),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
