//! The body of `document.xml`: the agreement's Markdown events, block by block.
//!
//! Text comes only from `Text` and `Code` events (and raw HTML shown as text, as in the
//! preview), so Markdown syntax and escapes never reach Word. Headings get Word's heading
//! styles; the numbers of numbered sections and paragraphs become Word numbering where
//! [`super::numbers::plan`] allows it; annexes and the signature section start a new page.

mod paragraphs;

use pulldown_cmark::{Event, Tag, TagEnd};

use super::numbers::{Plan, plan, section_at};
use super::table::{Table, write_signatures, write_table};
use super::xml::{Format, Para, push_break, push_run};
use super::{BULLET_NUM, FIRST_ORDERED_NUM, SIGNATURES};
use crate::engine::assemble::{Document, Section};
use crate::engine::library::ClauseKind;
use crate::engine::markdown::parser;

/// The body and what the other parts need to know about it.
#[derive(Clone, Debug, Default)]
pub(super) struct Body {
    /// The block content of `<w:body>`, without the section properties.
    pub xml: String,
    /// Every ordered list: its numbering instance, level and first number.
    pub ordered: Vec<(u32, u8, u64)>,
    /// A rough page count, the cached result of `NUMPAGES`.
    pub pages: usize,
}

/// The body of `document`.
pub(super) fn body(document: &Document) -> Body {
    let mut walker = Walker {
        sections: &document.sections,
        plan: plan(&document.markdown, &document.sections),
        ..Walker::default()
    };
    for (event, range) in parser(&document.markdown).into_offset_iter() {
        walker.event(event, range.start);
    }
    walker.close();
    // A cell or a body that ends with a table needs a paragraph after it in Word.
    if walker.out.ends_with("</w:tbl>") || walker.out.is_empty() {
        walker.out.push_str("<w:p/>");
    }
    Body {
        pages: 1 + walker.page_breaks + walker.chars / 3000,
        xml: walker.out,
        ordered: walker.ordered,
    }
}

#[derive(Default)]
struct Walker<'a> {
    out: String,
    sections: &'a [Section],
    plan: Plan,
    /// The section of the block being read.
    section: Option<&'a Section>,
    bold: u32,
    italic: u32,
    /// A paragraph is open.
    open: bool,
    /// Bytes of the next text to drop: a literal number that Word's numbering shows.
    strip: usize,
    /// The bookmark to end when the open paragraph closes.
    bookmark: Option<u32>,
    bookmarks: u32,
    /// The lists being read, innermost last: their numbering instances.
    lists: Vec<u32>,
    /// The current list item has its numbered paragraph already.
    item_started: bool,
    quotes: u32,
    /// Inside a code or HTML block: lines so far.
    literal: Option<u32>,
    table: Option<Table>,
    /// Where the last paragraph could still get `<w:keepNext/>`, and the length of the body
    /// when it closed (so it is known to be the block right before).
    keep_slot: Option<(usize, usize)>,
    ordered: Vec<(u32, u8, u64)>,
    /// A list or table just ended: the next paragraph keeps some distance.
    gap: bool,
    chars: usize,
    page_breaks: usize,
}

impl<'a> Walker<'a> {
    fn format(&self) -> Format {
        Format {
            bold: self.bold > 0,
            italic: self.italic > 0,
        }
    }

    /// True inside a numbered section when Word numbers the document.
    fn numbered_section(&self) -> bool {
        !self.plan.is_empty() && self.section.is_some_and(|s| s.kind == ClauseKind::Section)
    }

    fn event(&mut self, event: Event<'_>, offset: usize) {
        if matches!(event, Event::Start(_)) {
            self.section = section_at(self.sections, offset);
        }
        match event {
            Event::Start(tag) => self.start(tag, offset),
            Event::End(tag) => self.end(tag),
            Event::Text(text) | Event::Code(text) => self.text(&text),
            Event::Html(text) | Event::InlineHtml(text) => self.text(&text),
            Event::InlineMath(text) | Event::DisplayMath(text) => self.text(&text),
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => self.hard_break(),
            Event::Rule => {
                let line_below = true;
                self.open_with(Para {
                    line_below,
                    ..Para::default()
                });
                self.close();
            }
            Event::FootnoteReference(_) | Event::TaskListMarker(_) => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>, offset: usize) {
        match tag {
            Tag::Heading { level, .. } => self.heading(level, offset),
            Tag::Paragraph => self.paragraph(offset),
            Tag::BlockQuote(_) => {
                self.close();
                self.quotes += 1;
            }
            Tag::CodeBlock(_) | Tag::HtmlBlock => {
                self.close();
                self.open_with(Para {
                    style: "Code",
                    ..Para::default()
                });
                self.literal = Some(0);
            }
            Tag::List(first) => {
                self.close();
                let num = match first {
                    Some(start) => {
                        let num = FIRST_ORDERED_NUM + self.ordered.len() as u32;
                        self.ordered.push((num, self.list_level(), start));
                        num
                    }
                    None => BULLET_NUM,
                };
                self.lists.push(num);
            }
            Tag::Item => {
                self.close();
                self.item_started = false;
            }
            Tag::Table(alignments) => {
                self.close();
                self.table = Some(Table::new(alignments.len()));
            }
            Tag::TableHead | Tag::TableRow => {
                if let Some(table) = &mut self.table {
                    table.start_row();
                }
            }
            Tag::TableCell => {
                if let Some(table) = &mut self.table {
                    table.start_cell();
                }
            }
            Tag::Strong => self.bold += 1,
            Tag::Emphasis => self.italic += 1,
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::Item => self.close(),
            TagEnd::CodeBlock | TagEnd::HtmlBlock => {
                self.literal = None;
                self.close();
            }
            TagEnd::BlockQuote(_) => {
                self.close();
                self.quotes = self.quotes.saturating_sub(1);
            }
            TagEnd::List(_) => {
                self.close();
                self.lists.pop();
                self.item_started = true;
                self.gap = self.lists.is_empty();
            }
            TagEnd::Table => {
                if let Some(table) = self.table.take() {
                    self.keep_with_next();
                    // Word joins tables that touch: keep a paragraph between them.
                    if self.out.ends_with("</w:tbl>") {
                        self.out.push_str("<w:p/>");
                    }
                    let signatures = self.section.is_some_and(|s| s.id == SIGNATURES);
                    if signatures && table.is_signature_table() {
                        write_signatures(&mut self.out, &table);
                    } else {
                        write_table(&mut self.out, &table);
                        self.gap = true;
                    }
                }
            }
            TagEnd::Strong => self.bold = self.bold.saturating_sub(1),
            TagEnd::Emphasis => self.italic = self.italic.saturating_sub(1),
            _ => {}
        }
    }

    /// The list level of a new list: how many lists it is nested in.
    fn list_level(&self) -> u8 {
        u8::try_from(self.lists.len()).unwrap_or(u8::MAX).min(8)
    }

    fn open_with(&mut self, mut para: Para) {
        self.close();
        let text = matches!(para.style, "" | "Notice");
        if std::mem::take(&mut self.gap) && text && para.space_before.is_none() {
            para.space_before = Some(200);
        }
        let slot = para.open(&mut self.out);
        self.keep_slot = slot.map(|at| (at, usize::MAX));
        self.open = true;
    }

    /// Opens a paragraph for inline content outside any block (the text of a tight list item).
    fn ensure_open(&mut self) {
        if !self.open {
            let para = if self.lists.is_empty() {
                Para::default()
            } else {
                self.list_paragraph()
            };
            self.open_with(para);
        }
    }

    fn close(&mut self) {
        if !self.open {
            return;
        }
        if let Some(id) = self.bookmark.take() {
            self.out
                .push_str(&format!("<w:bookmarkEnd w:id=\"{id}\"/>"));
        }
        self.out.push_str("</w:p>");
        self.open = false;
        self.strip = 0;
        self.keep_slot = self.keep_slot.map(|(at, _)| (at, self.out.len()));
    }

    /// Keeps the paragraph right before on the page of what follows (a table's introduction).
    fn keep_with_next(&mut self) {
        if let Some((at, closed)) = self.keep_slot.take()
            && closed == self.out.len()
        {
            self.out.insert_str(at, "<w:keepNext/>");
        }
    }

    fn text(&mut self, text: &str) {
        let text = match std::mem::take(&mut self.strip) {
            0 => text,
            n => text.get(n..).unwrap_or(""),
        };
        let format = self.format();
        if let Some(table) = &mut self.table {
            if let Some(cell) = table.cell() {
                cell.push(text, format);
            }
            return;
        }
        self.ensure_open();
        if let Some(lines) = &mut self.literal {
            // A code or HTML block: one event per line, each ending in a line feed.
            for line in text.split_inclusive('\n') {
                if *lines > 0 {
                    push_break(&mut self.out);
                }
                push_run(&mut self.out, line.trim_end_matches('\n'), format);
                *lines += 1;
            }
        } else {
            push_run(&mut self.out, text, format);
        }
        self.chars += text.len();
    }

    fn hard_break(&mut self) {
        if let Some(cell) = self.table.as_mut().and_then(Table::cell) {
            cell.runs.push_str("<w:r><w:br/></w:r>");
            cell.text.push('\n');
            return;
        }
        self.ensure_open();
        push_break(&mut self.out);
    }
}
