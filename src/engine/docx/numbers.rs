//! Which literal numbers Word's own numbering takes over.
//!
//! The Markdown prints the numbers: `## 7. Title` and paragraphs `7.1 …`, `7.2 …`. In Word
//! the same numbers come from a multilevel list (level 0 `%1.`, level 1 `%1.%2`), so that they
//! look like a contract's numbering and follow edits. That is only safe if Word counts exactly
//! what the Markdown prints: the k-th numbered heading must say k, and the j-th numbered
//! paragraph after it k.j. [`plan`] checks this while it reads the document; if any number is
//! off, it returns no marks, and the whole document keeps its literal numbers.

use std::collections::BTreeMap;
use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, Tag, TagEnd};

use crate::engine::assemble::Section;
use crate::engine::library::ClauseKind;
use crate::engine::markdown::parser;

/// A literal number that Word's numbering replaces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Mark {
    /// 0 for a section heading (`7.`), 1 for a paragraph (`7.1`).
    pub level: u8,
    /// The bytes of the block's first text that the number and the space after it take.
    pub prefix: usize,
    /// The number as printed, without the heading's period: `7`, `7.1`.
    pub number: String,
}

/// Block start (byte offset of its `Start` event) → its mark. Empty: literal numbers stay.
pub(super) type Plan = BTreeMap<usize, Mark>;

/// The section whose range holds `offset`.
pub(super) fn section_at(sections: &[Section], offset: usize) -> Option<&Section> {
    let i = sections.partition_point(|s| s.range.end <= offset);
    sections.get(i).filter(|s| s.range.contains(&offset))
}

/// Leading ASCII digits of `text` as a number, and how many bytes they take.
fn digits(text: &str) -> Option<(u32, usize)> {
    let len = text.bytes().take_while(u8::is_ascii_digit).count();
    if len == 0 || len > 4 {
        return None;
    }
    Some((text[..len].parse().ok()?, len))
}

/// `7. ` at the start of a heading: the number and the prefix length.
fn heading_number(text: &str) -> Option<(u32, usize)> {
    let (n, len) = digits(text)?;
    text[len..].starts_with(". ").then_some((n, len + 2))
}

/// `7.1 ` at the start of a paragraph: both numbers and the prefix length.
fn paragraph_number(text: &str) -> Option<(u32, u32, usize)> {
    let (a, len_a) = digits(text)?;
    let rest = text[len_a..].strip_prefix('.')?;
    let (b, len_b) = digits(rest)?;
    rest[len_b..]
        .starts_with(' ')
        .then_some((a, b, len_a + 1 + len_b + 1))
}

/// The marks of `markdown`, or none if its numbers are not the ones Word would count.
pub(super) fn plan(markdown: &str, sections: &[Section]) -> Plan {
    let mut marks = Plan::new();
    let numbered = |range: &Range<usize>| {
        section_at(sections, range.start).is_some_and(|s| s.kind == ClauseKind::Section)
    };
    // Containers whose paragraphs are never numbered: lists, quotes, tables.
    let mut depth = 0usize;
    // A block whose first event decides its mark: its start and level.
    let mut pending: Option<(usize, u8)> = None;
    let (mut section_no, mut paragraph_no) = (0, 0);
    for (event, range) in parser(markdown).into_offset_iter() {
        if let Some((start, level)) = pending.take() {
            let text = match &event {
                Event::Text(text) => text.as_ref(),
                _ => "",
            };
            let mark = if level == 0 {
                section_no += 1;
                paragraph_no = 0;
                match heading_number(text) {
                    Some((n, prefix)) if n == section_no => Some((prefix, n.to_string())),
                    _ => return Plan::new(),
                }
            } else if let Some((a, b, prefix)) = paragraph_number(text) {
                paragraph_no += 1;
                if a != section_no || b != paragraph_no {
                    return Plan::new();
                }
                Some((prefix, format!("{a}.{b}")))
            } else {
                None
            };
            if let Some((prefix, number)) = mark {
                marks.insert(
                    start,
                    Mark {
                        level,
                        prefix,
                        number,
                    },
                );
            }
        }
        match event {
            Event::Start(Tag::Heading {
                level: HeadingLevel::H2,
                ..
            }) if depth == 0 && numbered(&range) => {
                let first = section_at(sections, range.start).map(|s| s.range.start);
                if first == Some(range.start) {
                    pending = Some((range.start, 0));
                }
            }
            Event::Start(Tag::Paragraph) if depth == 0 && numbered(&range) && section_no > 0 => {
                pending = Some((range.start, 1));
            }
            Event::Start(Tag::List(_) | Tag::BlockQuote(_) | Tag::Table(_)) => depth += 1,
            Event::End(TagEnd::List(_) | TagEnd::BlockQuote(_) | TagEnd::Table) => {
                depth = depth.saturating_sub(1);
            }
            _ => {}
        }
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(id: &str, kind: ClauseKind, range: Range<usize>) -> Section {
        Section {
            id: id.into(),
            kind,
            heading: String::new(),
            covers: Vec::new(),
            range,
        }
    }

    /// Sections for a Markdown text whose chunks start at every `## `.
    fn sections(markdown: &str) -> Vec<Section> {
        let starts: Vec<usize> = markdown.match_indices("## ").map(|(i, _)| i).collect();
        starts
            .iter()
            .enumerate()
            .map(|(k, &start)| {
                let end = starts.get(k + 1).copied().unwrap_or(markdown.len());
                let numbered = markdown[start + 3..].starts_with(|c: char| c.is_ascii_digit());
                let kind = if numbered {
                    ClauseKind::Section
                } else {
                    ClauseKind::Unnumbered
                };
                section(&format!("s{k}"), kind, start..end)
            })
            .collect()
    }

    #[test]
    fn consecutive_numbers_are_marked() {
        let md = "## Präambel\n\n1.5 Mio. Text.\n\n## 1. Eins\n\n1.1 Erster.\n\n- 1.2 keine Ziffer\n\n1.2 Zweiter.\n\n## 2. Zwei\n\nNur einer.\n\n## Anlage 1: X\n\n2.1 nicht gezählt\n";
        let plan = plan(md, &sections(md));
        let numbers: Vec<(u8, &str, usize)> = plan
            .values()
            .map(|m| (m.level, m.number.as_str(), m.prefix))
            .collect();
        assert_eq!(
            numbers,
            [(0, "1", 3), (1, "1.1", 4), (1, "1.2", 4), (0, "2", 3)]
        );
        let first = plan.keys().next().unwrap();
        assert!(md[*first..].starts_with("## 1. Eins"));
    }

    #[test]
    fn a_gap_or_a_wrong_number_keeps_the_literal_numbers() {
        for md in [
            "## 1. Eins\n\n1.1 A.\n\n1.3 B.\n",
            "## 1. Eins\n\n## 3. Drei\n",
            "## 2. Zwei\n\n2.1 A.\n",
            "## 1. Eins\n\n2.1 A.\n",
            "## 1 Eins\n\nText.\n",
        ] {
            assert!(plan(md, &sections(md)).is_empty(), "{md}");
        }
    }

    #[test]
    fn numbers_need_their_space() {
        assert_eq!(heading_number("12. Titel"), Some((12, 4)));
        assert_eq!(heading_number("12.Titel"), None);
        assert_eq!(paragraph_number("7.10 Text"), Some((7, 10, 5)));
        assert_eq!(paragraph_number("7.1. Text"), None);
        assert_eq!(paragraph_number("7 Text"), None);
    }
}
