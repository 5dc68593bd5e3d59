//! The paragraphs of the body: headings (styles, new pages, Word numbering, bookmarks), body
//! paragraphs by where they stand (numbered section, list, quote, title), and list items.

use pulldown_cmark::HeadingLevel;

use super::super::numbers::Mark;
use super::super::xml::Para;
use super::super::{COVER, INDENT, SECTION_NUM, SIGNATURES};
use super::Walker;
use crate::engine::library::ClauseKind;

impl Walker<'_> {
    pub(super) fn heading(&mut self, level: HeadingLevel, offset: usize) {
        self.close();
        let section = self.section;
        let starts_section = section.is_some_and(|s| s.range.start == offset);
        // The cover page of key terms stands on a page of its own: what follows it starts anew.
        let after_cover = section.is_some_and(|s| {
            self.sections
                .iter()
                .position(|x| std::ptr::eq(x, s))
                .and_then(|i| i.checked_sub(1))
                .is_some_and(|i| self.sections[i].id == COVER)
        });
        let new_page = level == HeadingLevel::H2
            && starts_section
            && section.is_some_and(|s| {
                s.kind == ClauseKind::Annex || s.id == SIGNATURES || s.id == COVER || after_cover
            });
        self.page_breaks += usize::from(new_page);
        let style = match level {
            HeadingLevel::H1 => "Title",
            HeadingLevel::H2 => "Heading1",
            HeadingLevel::H3 => "Heading2",
            _ => "Heading3",
        };
        let mark = self.plan.get(&offset).filter(|m| m.level == 0).cloned();
        self.open_with(Para {
            style,
            page_break_before: new_page,
            num: mark.as_ref().map(|_| (SECTION_NUM, 0)),
            ..Para::default()
        });
        self.mark(mark);
    }

    pub(super) fn paragraph(&mut self, offset: usize) {
        if self.table.is_some() {
            return;
        }
        self.close();
        let mark = self.plan.get(&offset).filter(|m| m.level == 1).cloned();
        let para = if !self.lists.is_empty() {
            self.list_paragraph()
        } else if self.quotes > 0 {
            Para {
                style: "Notice",
                ..Para::default()
            }
        } else if mark.is_some() {
            Para {
                num: Some((SECTION_NUM, 1)),
                ..Para::default()
            }
        } else if self.numbered_section() {
            Para {
                indent: Some((INDENT, 0)),
                ..Para::default()
            }
        } else if self.section.is_some_and(|s| s.kind == ClauseKind::Title) {
            Para {
                align: Some("left"),
                ..Para::default()
            }
        } else {
            Para::default()
        };
        self.open_with(para);
        self.mark(mark);
    }

    /// A paragraph of a list item: the first is numbered, the rest are indented like it.
    pub(super) fn list_paragraph(&mut self) -> Para {
        let level = self.list_level().saturating_sub(1);
        // In a quote (the draft mark) the numbers sit right of its border, which Word draws at
        // the first line's indent.
        let (base, step) = match (self.quotes > 0, self.numbered_section()) {
            (true, _) => (284 + 340, 0),
            (false, true) => (INDENT, INDENT),
            (false, false) => (0, INDENT),
        };
        let left = base + step + INDENT * u32::from(level);
        let first = !self.item_started;
        self.item_started = true;
        let num = self.lists.last().copied();
        Para {
            style: if self.quotes > 0 {
                "Notice"
            } else {
                "ListParagraph"
            },
            num: num.filter(|_| first).map(|n| (n, level)),
            indent: Some((left, if first { 340 } else { 0 })),
            ..Para::default()
        }
    }

    /// Bookmarks a numbered heading or paragraph and drops its literal number.
    fn mark(&mut self, mark: Option<Mark>) {
        if let Some(mark) = mark {
            let id = self.bookmarks;
            self.bookmarks += 1;
            let name = format!("Ziffer_{}", mark.number.replace('.', "_"));
            self.out.push_str(&format!(
                "<w:bookmarkStart w:id=\"{id}\" w:name=\"{name}\"/>"
            ));
            self.bookmark = Some(id);
            self.strip = mark.prefix;
        }
    }
}
