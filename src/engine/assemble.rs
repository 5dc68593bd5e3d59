//! Assembly: configuration + clause library → the agreement as Markdown, with diagnostics.
//!
//! Steps: pick the clauses whose condition holds; number sections (1, 2, …) and annexes
//! (Anlage 1, 2, …) among those present; render each body with the template context; number
//! paragraphs (7.1, 7.2) and note their labels; finally replace every cross-reference marker by
//! the number it points to. A reference that points nowhere is reported, never printed.

use std::collections::BTreeMap;

use super::config::{Date, DpaConfig};
use super::context::{Context, Sources};
pub use super::diagnostic::{Diagnostic, Severity};
use super::escape::escape_inline;
use super::library::{ClauseKind, ClauseLibrary, GAP};
use super::markers::{MarkerKind, markers};

/// One heading of the assembled agreement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// The clause id.
    pub id: String,
    /// Layout.
    pub kind: ClauseKind,
    /// How the document refers to it: `Ziffer 7`, `Anlage 2`, or the title for unnumbered ones.
    pub heading: String,
    /// Provisions and requirements the clause meets.
    pub covers: Vec<String>,
    /// Where the clause (heading and body) lies in [`Document::markdown`].
    pub range: std::ops::Range<usize>,
}

/// The assembled agreement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// The whole agreement as Markdown, as it is downloaded.
    pub markdown: String,
    /// The clauses present, in order.
    pub sections: Vec<Section>,
}

/// The result of [`assemble`]: always a document, plus whatever was found on the way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assembled {
    /// The agreement.
    pub document: Document,
    /// Missing fields and problems.
    pub diagnostics: Vec<Diagnostic>,
}

/// Builds the agreement for `config` from `library`, with every diagnostic: the structural
/// ones of `validate` and the checks of `clauses/pruefungen.toml`, errors first.
///
/// Never fails: a missing value is reported and shown as a visible gap; a clause that cannot be
/// rendered or a reference that points nowhere (library bugs the library tests exist to catch)
/// is reported as an internal error.
pub fn assemble(config: &DpaConfig, library: &ClauseLibrary) -> Assembled {
    assemble_on(config, library, None)
}

/// Like [`assemble`], on the day `today` (the engine has no clock: the caller says what day it
/// is), which adds the checks that depend on it: an effective date in the past.
pub fn assemble_on(config: &DpaConfig, library: &ClauseLibrary, today: Option<Date>) -> Assembled {
    let catalogues = library.catalogues();
    let mut diagnostics = super::validate::validate(config, library.options(), catalogues);
    let present: Vec<_> = library
        .clauses()
        .iter()
        .filter(|c| c.condition.eval(config, catalogues))
        .collect();
    let annexes: Vec<(&str, bool)> = library
        .annex_ids()
        .map(|id| (id, present.iter().any(|c| c.id.as_str() == id)))
        .collect();
    let sources = Sources {
        config,
        options: library.options(),
        catalogues,
    };
    let context = match upon::to_value(Context::new(sources, &annexes)) {
        Ok(value) => value,
        Err(err) => {
            diagnostics.push(internal_error(format!("Kontext: {err}")));
            upon::Value::None
        }
    };
    if let Some(today) = today {
        diagnostics.extend(super::validate::dates(config, library.options(), today));
    }
    for rule in library.rules() {
        if rule.when.eval(config, catalogues) {
            diagnostics.push(Diagnostic {
                severity: rule.severity,
                field: Some(rule.field.clone()),
                message: library.render_message(rule, &context),
            });
        }
    }
    // Errors first, each kind in the order found. (A partition, not a sort: a second stable
    // sort instantiated for diagnostics cost about 2 KB of the download.)
    let (mut diagnostics, warnings): (Vec<_>, Vec<_>) = diagnostics
        .into_iter()
        .partition(|d| d.severity == Severity::Error);
    diagnostics.extend(warnings);

    // Numbers of sections, annexes and labelled paragraphs, by reference target.
    let mut targets: BTreeMap<String, String> = BTreeMap::new();
    let mut sections = Vec::new();
    let mut chunks: Vec<String> = Vec::new();
    let (mut section_no, mut annex_no) = (0, 0);
    for clause in present {
        let body = match library.render(clause, &context) {
            Ok(body) => body,
            Err(err) => {
                diagnostics.push(internal_error(format!("Klausel {}: {err}", clause.id)));
                continue;
            }
        };
        let mut markdown = String::new();
        let title = library.title(clause, &context);
        let (heading, reference) = match clause.kind {
            ClauseKind::Title => {
                let own = config.processor.document_title.trim();
                let title = if own.is_empty() {
                    title.clone()
                } else {
                    escape_inline(own)
                };
                (format!("# {title}"), title)
            }
            ClauseKind::Unnumbered => (format!("## {title}"), title.clone()),
            ClauseKind::Section => {
                section_no += 1;
                (
                    format!("## {section_no}. {title}"),
                    format!("Ziffer {section_no}"),
                )
            }
            ClauseKind::Annex => {
                annex_no += 1;
                (
                    format!("## Anlage {annex_no}: {title}"),
                    format!("Anlage {annex_no}"),
                )
            }
        };
        targets.insert(clause.id.to_string(), reference.clone());
        markdown.push_str(&heading);
        markdown.push_str("\n\n");
        let number = (clause.kind == ClauseKind::Section).then_some(section_no);
        let labels = push_blocks(&mut markdown, &body, number);
        for (label, paragraph) in labels {
            targets.insert(
                format!("{}#{label}", clause.id),
                format!("Ziffer {paragraph}"),
            );
        }
        sections.push(Section {
            id: clause.id.to_string(),
            kind: clause.kind,
            heading: if clause.kind == ClauseKind::Section || clause.kind == ClauseKind::Annex {
                format!("{reference} ({title})")
            } else {
                reference
            },
            covers: clause.covers.clone(),
            range: 0..0,
        });
        chunks.push(markdown);
    }
    // An agreement with open required entries is a draft, and says so under its title.
    if let Some(first) = chunks.first_mut() {
        let mark = draft_mark(&diagnostics);
        if !mark.is_empty() {
            let at = first.find("\n\n").map_or(first.len(), |i| i + 2);
            first.insert_str(at, &mark);
        }
    }
    // Numbers are known only now, so references are resolved chunk by chunk, and each
    // section's place in the whole document is recorded for the preview.
    let mut markdown = String::new();
    for (section, chunk) in sections.iter_mut().zip(&chunks) {
        if !markdown.is_empty() {
            markdown.push('\n');
        }
        let start = markdown.len();
        markdown.push_str(&resolve_references(chunk, &targets, &mut diagnostics));
        section.range = start..markdown.len();
    }
    Assembled {
        document: Document { markdown, sections },
        diagnostics,
    }
}

/// The most open entries the draft mark lists; it counts the rest.
const DRAFT_MARK_ITEMS: usize = 12;

/// The mark of an incomplete agreement: what is open, so that nobody signs a draft; empty when
/// nothing required is open.
fn draft_mark(diagnostics: &[Diagnostic]) -> String {
    let open: Vec<&Diagnostic> = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    if open.is_empty() {
        return String::new();
    }
    let mut mark = String::from(
        "> **ENTWURF – unvollständig.** Dieser Vertrag ist noch nicht fertig und nicht zur Unterschrift bestimmt. Offen:\n>\n",
    );
    for d in open.iter().take(DRAFT_MARK_ITEMS) {
        mark.push_str(&format!("> - {}\n", escape_inline(&d.message)));
    }
    match open.len().saturating_sub(DRAFT_MARK_ITEMS) {
        0 => {}
        1 => mark.push_str("> - und eine weitere offene Angabe\n"),
        n => mark.push_str(&format!("> - und {n} weitere offene Angaben\n")),
    }
    mark.push('\n');
    mark
}

/// Replaces `[[ziffer:…]]` and `[[anlage:…]]` by their numbers.
fn resolve_references(
    text: &str,
    targets: &BTreeMap<String, String>,
    diagnostics: &mut Vec<Diagnostic>,
) -> String {
    let found = markers(text);
    if found.is_empty() {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for marker in found {
        out.push_str(&text[at..marker.range.start]);
        match targets.get(marker.target) {
            Some(reference) if marker.kind != Ok(MarkerKind::Absatz) => out.push_str(reference),
            _ => {
                diagnostics.push(internal_error(format!(
                    "Verweis auf „{}“, das im Vertrag nicht vorkommt",
                    marker.target
                )));
                out.push_str(GAP);
            }
        }
        at = marker.range.end;
    }
    out.push_str(&text[at..]);
    out
}

/// Appends the blocks of a rendered body, separated by one blank line, and returns the
/// paragraph labels with their numbers. In a numbered section with more than one paragraph,
/// each paragraph gets its number (`3.1`, `3.2`); lists and tables belong to the paragraph
/// before them and are not numbered.
fn push_blocks(out: &mut String, body: &str, section: Option<u32>) -> Vec<(String, String)> {
    let blocks = blocks(body);
    let paragraphs = blocks.iter().filter(|b| starts_paragraph(b)).count();
    let mut labels = Vec::new();
    let mut paragraph = 0;
    for (i, block) in blocks.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let (label, text) = take_label(block);
        let number = match section {
            Some(n) if starts_paragraph(block) => {
                paragraph += 1;
                Some(if paragraphs > 1 {
                    format!("{n}.{paragraph}")
                } else {
                    n.to_string()
                })
            }
            _ => None,
        };
        if let (Some(label), Some(number)) = (label, &number) {
            labels.push((label.to_owned(), number.clone()));
        }
        match number {
            Some(number) if paragraphs > 1 => out.push_str(&format!("{number} {text}\n")),
            _ => {
                out.push_str(text);
                out.push('\n');
            }
        }
    }
    labels
}

/// Splits a rendered body into blocks at blank lines, dropping empty ones and trailing spaces.
fn blocks(body: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in body.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            if !current.is_empty() {
                blocks.push(current.join("\n"));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        blocks.push(current.join("\n"));
    }
    blocks
        .into_iter()
        .filter(|b| !take_label(b).1.trim().is_empty())
        .collect()
}

/// A leading `[[absatz:label]]` marker and the text after it.
fn take_label(block: &str) -> (Option<&str>, &str) {
    let trimmed = block.trim_start();
    match markers(trimmed).first() {
        Some(m) if m.range.start == 0 && m.kind == Ok(MarkerKind::Absatz) => {
            (Some(m.target), trimmed[m.range.end..].trim_start())
        }
        _ => (None, block),
    }
}

/// A block is a paragraph unless it is a list, a table or a heading.
fn starts_paragraph(block: &str) -> bool {
    let text = take_label(block).1;
    !(text.starts_with("- ") || text.starts_with('|') || text.starts_with('#'))
}

fn internal_error(detail: String) -> Diagnostic {
    Diagnostic {
        severity: Severity::Error,
        field: None,
        message: format!("Interner Fehler der Klauselbibliothek ({detail})."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_numbered_and_labels_recorded() {
        let mut out = String::new();
        let labels = push_blocks(
            &mut out,
            "Erster.\n\n- Punkt\n\n[[absatz:zwei]] Zweiter.\n\n\n",
            Some(7),
        );
        assert_eq!(out, "7.1 Erster.\n\n- Punkt\n\n7.2 Zweiter.\n");
        assert_eq!(labels, vec![("zwei".to_owned(), "7.2".to_owned())]);
    }

    #[test]
    fn single_paragraph_is_not_numbered() {
        let mut out = String::new();
        push_blocks(&mut out, "Nur einer.\n", Some(3));
        assert_eq!(out, "Nur einer.\n");
    }

    #[test]
    fn references_resolve_or_are_reported() {
        let targets = BTreeMap::from([("a".to_owned(), "Ziffer 2".to_owned())]);
        let mut diagnostics = Vec::new();
        let text = resolve_references(
            "gemäß [[ziffer:a]] und [[anlage:b]].",
            &targets,
            &mut diagnostics,
        );
        assert_eq!(text, "gemäß Ziffer 2 und […].");
        assert_eq!(diagnostics.len(), 1);
    }
}
