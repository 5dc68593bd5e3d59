//! Markdown to HTML for the live preview: the one place where pulldown-cmark is configured.
//!
//! Raw HTML is switched off: any HTML block or inline HTML that reaches the parser is shown as
//! text. Escaping in [`super::escape`] already keeps typed values from forming HTML; this is
//! the second wall.

use pulldown_cmark::{Event, Options, Parser, html};

/// The parser options for agreements: tables for the annexes, nothing else.
fn options() -> Options {
    Options::ENABLE_TABLES
}

/// A parser over `markdown` with the project's options.
pub fn parser(markdown: &str) -> Parser<'_> {
    Parser::new_ext(markdown, options())
}

/// Renders the agreement's Markdown to HTML for the preview, with raw HTML shown as text.
pub fn to_html(markdown: &str) -> String {
    let events = parser(markdown).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        other => other,
    });
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events);
    out
}

#[cfg(test)]
mod tests {
    use super::to_html;

    #[test]
    fn raw_html_becomes_text() {
        let html = to_html("Text <b>fett</b>\n\n<div onclick=\"x\">Block</div>\n");
        assert!(!html.contains("<b>"), "{html}");
        assert!(!html.contains("<div"), "{html}");
        assert!(html.contains("&lt;b&gt;fett&lt;/b&gt;"), "{html}");
    }

    #[test]
    fn tables_render() {
        let html = to_html("| a | b |\n|---|---|\n| 1 | 2 |\n");
        assert!(html.contains("<table>"), "{html}");
    }
}
