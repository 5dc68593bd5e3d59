//! The files of the clause library as they are handed to the engine, and the errors that name
//! a place in them.
//!
//! Native builds read the files as written (TOML front matter, TOML catalogues); the browser
//! build reads the form `build.rs` embeds, with every TOML part converted to JSON, so it needs
//! no TOML parser. Both arrive as [`FilePart`]s: a structured part and a body. Every mistake
//! becomes a [`LibraryError`] with file, line, column where known, an excerpt of the line and,
//! for a misspelt name, a suggestion; loading collects all of them ([`LibraryErrors`]).

use std::fmt;

use serde::de::DeserializeOwned;

/// One file handed to the native loader: its path (for messages) and its text.
#[derive(Clone, Copy, Debug)]
pub struct SourceFile<'a> {
    /// Path relative to the crate, e.g. `clauses/010-parteien.md`.
    pub path: &'a str,
    /// The whole file.
    pub text: &'a str,
}

/// One file as `build.rs` embeds it: the TOML part (a clause's front matter or a whole data
/// file) converted to JSON, and the body.
#[derive(Clone, Copy, Debug)]
pub struct CompiledFile<'a> {
    /// Path relative to the crate, e.g. `clauses/010-parteien.md`.
    pub path: &'a str,
    /// The TOML part as JSON (`null` if it did not parse as TOML).
    pub json: &'a str,
    /// The file line the TOML part starts on.
    pub data_line: usize,
    /// The Markdown body of a clause file; empty for a data file.
    pub body: &'a str,
    /// The file line the body starts on.
    pub body_line: usize,
}

/// The structured part of a file (front matter or a whole data file), in the form it was
/// handed over.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Structured<'a> {
    /// As written (native builds only).
    #[cfg(not(target_arch = "wasm32"))]
    Toml(&'a str),
    /// Converted by `build.rs`.
    Json(&'a str),
}

/// A file split into its structured part and its body, whatever form it came in.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FilePart<'a> {
    /// Path relative to the crate.
    pub path: &'a str,
    /// The structured part.
    pub data: Structured<'a>,
    /// The file line the structured part starts on.
    pub data_line: usize,
    /// The Markdown body; empty for a data file.
    pub body: &'a str,
    /// The file line the body starts on.
    pub body_line: usize,
}

impl FilePart<'_> {
    /// Reads the structured part as `T`.
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, LibraryError> {
        match self.data {
            #[cfg(not(target_arch = "wasm32"))]
            Structured::Toml(text) => toml::from_str(text).map_err(|err| {
                let (line, column) = err.span().map_or((self.data_line, None), |span| {
                    let before = &text[..span.start];
                    let line = before.matches('\n').count();
                    let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
                    (line + self.data_line, Some(column))
                });
                let mut error = self.error_at(line, german_serde_message(err.message()));
                error.column = column;
                error.hint = unknown_key_hint(err.message());
                error
            }),
            Structured::Json(json) => serde_json::from_str(json).map_err(|err| {
                self.error_at(self.data_line, german_serde_message(&err.to_string()))
            }),
        }
    }

    /// The file line of the first line at or after `from` (a file line) for which `matches`
    /// holds; always `None` for the JSON form, which is one line.
    #[cfg_attr(target_arch = "wasm32", allow(unused_variables))]
    pub fn find(&self, from: usize, matches: impl Fn(&str) -> bool) -> Option<usize> {
        match self.data {
            #[cfg(not(target_arch = "wasm32"))]
            Structured::Toml(text) => text
                .lines()
                .enumerate()
                .skip(from.saturating_sub(self.data_line))
                .find(|(_, l)| matches(l.trim_start()))
                .map(|(i, _)| i + self.data_line),
            Structured::Json(_) => None,
        }
    }

    /// Like [`FilePart::find`], but `from` itself when no line matches.
    pub fn find_line(&self, from: usize, matches: impl Fn(&str) -> bool) -> usize {
        self.find(from, matches).unwrap_or(from)
    }

    /// The file line of `key = …` at or after file line `from`.
    pub fn key_line(&self, key: &str, from: usize) -> usize {
        self.find_line(from, |l| {
            l.strip_prefix(key)
                .is_some_and(|r| r.trim_start().starts_with('='))
        })
    }

    /// The file line of the table entry `id = "<id>"` at or after file line `from`.
    pub fn id_line(&self, id: &str, from: usize) -> usize {
        let quoted = format!("\"{id}\"");
        self.find_line(from, |l| {
            l.strip_prefix("id")
                .and_then(|r| r.trim_start().strip_prefix('='))
                .is_some_and(|r| r.trim() == quoted)
        })
    }

    /// The text of a file line, for an excerpt (native builds only).
    #[cfg_attr(target_arch = "wasm32", allow(unused_variables))]
    pub fn line_text(&self, line: usize) -> Option<&str> {
        match self.data {
            #[cfg(not(target_arch = "wasm32"))]
            Structured::Toml(text) => text.lines().nth(line.checked_sub(self.data_line)?),
            Structured::Json(_) => None,
        }
    }

    /// An error at a file line of the structured part, with the line as excerpt.
    pub fn error_at(&self, line: usize, message: impl Into<String>) -> LibraryError {
        LibraryError {
            path: self.path.to_owned(),
            line,
            column: None,
            message: message.into(),
            excerpt: self.line_text(line).map(|l| excerpt(l, None)),
            hint: None,
        }
    }
}

/// A library file that cannot be used: the place, what is wrong, and a suggestion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LibraryError {
    /// Path relative to the crate.
    pub path: String,
    /// 1-based line in the file.
    pub line: usize,
    /// 1-based column (characters), where known.
    pub column: Option<usize>,
    /// What is wrong, in German.
    pub message: String,
    /// The line (or the part of a long line) at fault.
    pub excerpt: Option<String>,
    /// A suggestion, e.g. "Meinten Sie `ag.dat`?".
    pub hint: Option<String>,
}

impl LibraryError {
    /// An error at a place in a file.
    pub fn new(path: &str, line: usize, message: impl Into<String>) -> Self {
        Self {
            path: path.to_owned(),
            line,
            column: None,
            message: message.into(),
            excerpt: None,
            hint: None,
        }
    }

    /// The same error with a suggestion.
    pub fn with_hint(mut self, hint: Option<String>) -> Self {
        self.hint = hint;
        self
    }

    /// The same error with the line of `text` around `column` as excerpt.
    pub fn with_excerpt(mut self, line_text: &str, column: Option<usize>) -> Self {
        self.column = column;
        self.excerpt = Some(excerpt(line_text, column));
        self
    }
}

impl fmt::Display for LibraryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.path, self.line)?;
        if let Some(column) = self.column {
            write!(f, ":{column}")?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(excerpt) = &self.excerpt {
            write!(f, "\n    | {excerpt}")?;
        }
        if let Some(hint) = &self.hint {
            write!(f, "\n    = {hint}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LibraryError {}

/// Every mistake found in the library, in file order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LibraryErrors(pub Vec<LibraryError>);

impl fmt::Display for LibraryErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for error in &self.0 {
            writeln!(f, "{error}")?;
        }
        match self.0.len() {
            1 => write!(f, "1 Fehler in der Klauselbibliothek."),
            n => write!(f, "{n} Fehler in der Klauselbibliothek."),
        }
    }
}

impl std::error::Error for LibraryErrors {}

impl From<LibraryError> for LibraryErrors {
    fn from(error: LibraryError) -> Self {
        Self(vec![error])
    }
}

/// At most about 100 characters of a line, around `column` when given, trimmed.
fn excerpt(line: &str, column: Option<usize>) -> String {
    const WIDTH: usize = 100;
    let chars: Vec<char> = line.trim_end().chars().collect();
    if chars.len() <= WIDTH {
        return chars.iter().collect::<String>().trim_start().to_owned();
    }
    let centre = column.unwrap_or(1).saturating_sub(1).min(chars.len());
    let start = centre.saturating_sub(WIDTH / 2);
    let end = (start + WIDTH).min(chars.len());
    let start = end.saturating_sub(WIDTH);
    let mut out: String = chars[start..end].iter().collect();
    if start > 0 {
        out = format!("…{out}");
    }
    if end < chars.len() {
        out.push('…');
    }
    out
}

/// The candidate closest to `word`, if it is close enough to be a typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).max(2);
    candidates
        .into_iter()
        .map(|c| (edit_distance(word, c), c))
        .filter(|(d, _)| *d <= limit && *d > 0)
        .min()
        .map(|(_, c)| c)
}

/// "Meinten Sie `…`?" with the candidate closest to `word`, if it is close enough to be a typo.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    closest(word, candidates).map(|c| format!("Meinten Sie `{c}`?"))
}

/// Levenshtein distance in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let here = row[j + 1];
            row[j + 1] = (previous + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(here + 1);
            previous = here;
        }
    }
    row[b.len()]
}

/// serde's messages in German; the rest pass through with a German frame.
pub fn german_serde_message(message: &str) -> String {
    let quoted = |m: &str| m.split('`').nth(1).unwrap_or("").to_owned();
    let first_line = message.lines().next().unwrap_or(message);
    if first_line.starts_with("unknown field") {
        format!("Unbekannter Schlüssel `{}`.", quoted(first_line))
    } else if first_line.starts_with("missing field") {
        format!("Der Schlüssel `{}` fehlt.", quoted(first_line))
    } else if first_line.starts_with("unknown variant") {
        format!(
            "Unbekannter Wert `{}`; erlaubt: {}.",
            quoted(first_line),
            allowed(first_line)
        )
    } else if let Some(rest) = first_line.strip_prefix("invalid type: ") {
        format!("Falscher Typ ({rest}).")
    } else {
        format!("Nicht lesbar: {first_line}")
    }
}

/// The "expected one of `a`, `b`" list of a serde message, as `a`, `b`.
fn allowed(message: &str) -> String {
    message
        .split_once("expected")
        .map(|(_, rest)| rest.replace("one of ", "").trim().to_owned())
        .unwrap_or_default()
}

/// "Meinten Sie …?" for serde's "unknown field `x`, expected one of `a`, `b`".
#[cfg(not(target_arch = "wasm32"))]
fn unknown_key_hint(message: &str) -> Option<String> {
    let word = message.strip_prefix("unknown ")?.split('`').nth(1)?;
    let (_, expected) = message.split_once("expected")?;
    let candidates: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    did_you_mean(word, candidates)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_catch_typos_only() {
        assert_eq!(
            did_you_mean("ag.dta", ["ag.dat", "an.dat", "ag.nom"]),
            Some("Meinten Sie `ag.dat`?".into())
        );
        assert_eq!(did_you_mean("versicherung", ["ag.dat"]), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn long_lines_are_cut_around_the_column() {
        let line = format!("{}FEHLER{}", "a".repeat(300), "b".repeat(300));
        let cut = excerpt(&line, Some(303));
        assert!(
            cut.contains("FEHLER") && cut.starts_with('…') && cut.ends_with('…'),
            "{cut}"
        );
        assert!(cut.chars().count() <= 102);
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn serde_messages_become_german() {
        assert_eq!(
            german_serde_message("unknown field `whn`, expected one of `id`, `when`"),
            "Unbekannter Schlüssel `whn`."
        );
        assert_eq!(
            unknown_key_hint("unknown field `whn`, expected one of `id`, `when`"),
            Some("Meinten Sie `when`?".into())
        );
    }
}
