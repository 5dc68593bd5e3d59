//! Assembly: configuration + clause library → the agreement as Markdown, with diagnostics.

use serde::Serialize;

use super::config::{DpaConfig, Party};
use super::library::{ClauseKind, ClauseLibrary};

/// The assembled agreement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// The whole agreement as Markdown, as it is downloaded.
    pub markdown: String,
}

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The agreement is incomplete or wrong until this is fixed.
    Error,
    /// Lawful, but a weak or risky choice.
    Warning,
}

/// A problem found while assembling, shown to the customer beside the preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// The configuration field it concerns, as a dotted path (`controller.name`), if any.
    pub field: Option<String>,
    /// The message in German.
    pub message: String,
}

/// The result of [`assemble`]: always a document, plus whatever was found on the way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assembled {
    /// The agreement.
    pub document: Document,
    /// Missing fields and problems, in document order.
    pub diagnostics: Vec<Diagnostic>,
}

/// The values a clause template sees.
#[derive(Serialize)]
struct Context<'a> {
    controller: &'a Party,
    processor: &'a Party,
    subject_matter: &'a str,
}

/// Builds the agreement for `config` from `library`.
///
/// Never fails: a missing value is reported as a diagnostic and left as a visible gap, and a
/// clause that cannot be rendered (a library bug the library tests exist to catch) is reported
/// and left out.
pub fn assemble(config: &DpaConfig, library: &ClauseLibrary) -> Assembled {
    let mut diagnostics = missing_fields(config);
    let context = Context {
        controller: &config.controller,
        processor: &config.processor,
        subject_matter: &config.subject_matter,
    };
    let value = match upon::to_value(&context) {
        Ok(value) => value,
        Err(err) => {
            diagnostics.push(internal_error(format!("Kontext: {err}")));
            upon::Value::None
        }
    };
    let mut markdown = String::new();
    let mut section_number = 0;
    for clause in library.clauses() {
        let body = match library.render(clause, &value) {
            Ok(body) => body,
            Err(err) => {
                diagnostics.push(internal_error(format!("Klausel {}: {err}", clause.id)));
                continue;
            }
        };
        if !markdown.is_empty() {
            markdown.push('\n');
        }
        match clause.kind {
            ClauseKind::Title => {
                markdown.push_str(&format!("# {}\n\n", clause.title));
                push_blocks(&mut markdown, &body, None);
            }
            ClauseKind::Section => {
                section_number += 1;
                markdown.push_str(&format!("## {section_number}. {}\n\n", clause.title));
                push_blocks(&mut markdown, &body, Some(section_number));
            }
            ClauseKind::Unnumbered => {
                markdown.push_str(&format!("## {}\n\n", clause.title));
                push_blocks(&mut markdown, &body, None);
            }
        }
    }
    Assembled {
        document: Document { markdown },
        diagnostics,
    }
}

/// Appends the blocks of a rendered body, separated by one blank line. In a numbered section
/// with more than one paragraph, each paragraph gets its number (`3.1`, `3.2`); lists and
/// tables belong to the paragraph before them and are not numbered.
fn push_blocks(out: &mut String, body: &str, section: Option<u32>) {
    let blocks: Vec<&str> = body
        .split("\n\n")
        .map(str::trim_end)
        .map(|b| b.trim_start_matches('\n'))
        .filter(|b| !b.trim().is_empty())
        .collect();
    let paragraphs = blocks.iter().filter(|b| starts_paragraph(b)).count();
    let mut paragraph = 0;
    for (i, block) in blocks.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        match section {
            Some(n) if paragraphs > 1 && starts_paragraph(block) => {
                paragraph += 1;
                out.push_str(&format!("{n}.{paragraph} {block}\n"));
            }
            _ => {
                out.push_str(block);
                out.push('\n');
            }
        }
    }
}

/// A block is a paragraph unless it is a list, a table or a heading.
fn starts_paragraph(block: &str) -> bool {
    !(block.starts_with("- ") || block.starts_with('|') || block.starts_with('#'))
}

/// Required fields that are still empty.
fn missing_fields(config: &DpaConfig) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (prefix, who, party) in [
        ("controller", "Auftraggeber", &config.controller),
        ("processor", "Auftragnehmer", &config.processor),
    ] {
        for (field, label, value) in [
            ("name", "Name", &party.name),
            ("street", "Straße und Hausnummer", &party.street),
            ("postal_code", "Postleitzahl", &party.postal_code),
            ("city", "Ort", &party.city),
            ("country", "Land", &party.country),
        ] {
            if value.trim().is_empty() {
                out.push(Diagnostic {
                    severity: Severity::Error,
                    field: Some(format!("{prefix}.{field}")),
                    message: format!("{who}: {label} fehlt."),
                });
            }
        }
    }
    if config.subject_matter.trim().is_empty() {
        out.push(Diagnostic {
            severity: Severity::Error,
            field: Some("subject_matter".into()),
            message: "Der Gegenstand des Auftrags fehlt.".into(),
        });
    }
    out
}

fn internal_error(detail: String) -> Diagnostic {
    Diagnostic {
        severity: Severity::Error,
        field: None,
        message: format!("Interner Fehler der Klauselbibliothek ({detail})."),
    }
}
