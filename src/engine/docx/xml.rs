//! Writing WordprocessingML: escaped text, runs, fields and paragraph properties, each element
//! in the order the schema (ECMA-376) prescribes, since Word refuses a file whose children
//! are out of order.

/// The namespaces of `document.xml`, headers and footers.
pub(super) const NAMESPACES: &str = concat!(
    r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#,
    r#"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#,
);

/// The XML declaration every part starts with.
pub(super) const DECLARATION: &str =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// True for the characters XML 1.0 allows in a document.
fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Appends `text` escaped for element content and attribute values, dropping every character
/// XML 1.0 does not allow.
pub(super) fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if allowed(c) => out.push(c),
            _ => {}
        }
    }
}

/// `text` escaped, see [`push_escaped`]; also right for HTML text and attribute values.
pub fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped(&mut out, text);
    out
}

/// Character formatting of a run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Format {
    pub bold: bool,
    pub italic: bool,
}

/// The opening of a run with its properties.
fn open_run(out: &mut String, format: Format) {
    out.push_str("<w:r>");
    if format.bold || format.italic {
        out.push_str("<w:rPr>");
        if format.bold {
            out.push_str("<w:b/><w:bCs/>");
        }
        if format.italic {
            out.push_str("<w:i/><w:iCs/>");
        }
        out.push_str("</w:rPr>");
    }
}

/// Appends `text` as one run: tabs become `<w:tab/>`, line feeds `<w:br/>`, carriage returns
/// are dropped; nothing for empty text.
pub(super) fn push_run(out: &mut String, text: &str, format: Format) {
    if text.is_empty() {
        return;
    }
    // Text right after a run in the same format joins it: pulldown-cmark splits text at
    // escapes, and one run per phrase keeps the XML small and searchable.
    let mut opening = String::new();
    open_run(&mut opening, format);
    const CLOSE: &str = "</w:t></w:r>";
    if !text.contains(['\t', '\n'])
        && out.ends_with(CLOSE)
        && let Some(start) = out.rfind("<w:r>")
        && out[start..].starts_with(&opening)
        && out[start + opening.len()..].starts_with("<w:t")
    {
        out.truncate(out.len() - CLOSE.len());
        push_escaped(out, &text.replace('\r', ""));
        out.push_str(CLOSE);
        return;
    }
    out.push_str(&opening);
    let mut open = false;
    for piece in text.split_inclusive(['\t', '\n']) {
        let (body, end) = match piece.strip_suffix(['\t', '\n']) {
            Some(body) => (body, piece.chars().last()),
            None => (piece, None),
        };
        let body = body.replace('\r', "");
        if !body.is_empty() {
            if !open {
                out.push_str("<w:t xml:space=\"preserve\">");
                open = true;
            }
            push_escaped(out, &body);
        }
        if let Some(end) = end {
            if open {
                out.push_str("</w:t>");
                open = false;
            }
            out.push_str(if end == '\t' { "<w:tab/>" } else { "<w:br/>" });
        }
    }
    if open {
        out.push_str("</w:t>");
    }
    out.push_str("</w:r>");
}

/// A line break within the paragraph.
pub(super) fn push_break(out: &mut String) {
    out.push_str("<w:r><w:br/></w:r>");
}

/// A field (`PAGE`, `NUMPAGES`, `REF …`) with the result shown until a reader updates it.
pub(super) fn push_field(out: &mut String, instruction: &str, cached: &str, format: Format) {
    let mut run = |inner: &str| {
        open_run(out, format);
        out.push_str(inner);
        out.push_str("</w:r>");
    };
    run("<w:fldChar w:fldCharType=\"begin\"/>");
    run(&format!(
        "<w:instrText xml:space=\"preserve\"> {} </w:instrText>",
        escaped(instruction)
    ));
    run("<w:fldChar w:fldCharType=\"separate\"/>");
    push_run(out, cached, format);
    open_run(out, format);
    out.push_str("<w:fldChar w:fldCharType=\"end\"/></w:r>");
}

/// The properties of one paragraph, written in schema order by [`Para::open`].
#[derive(Clone, Debug, Default)]
pub(super) struct Para {
    /// The style id (`Normal` when empty).
    pub style: &'static str,
    pub keep_next: bool,
    pub page_break_before: bool,
    /// Numbering instance and level.
    pub num: Option<(u32, u8)>,
    /// A bottom border: the signature line.
    pub line_below: bool,
    /// Space before, in twentieths of a point.
    pub space_before: Option<u32>,
    /// Left indent and hanging indent, in twips.
    pub indent: Option<(u32, u32)>,
    /// Right indent in twips.
    pub indent_right: Option<u32>,
    /// Alignment (`left`, `center`, `both`).
    pub align: Option<&'static str>,
}

impl Para {
    /// Opens `<w:p>` with these properties. Returns the position in `out` right after the
    /// style, where a `<w:keepNext/>` could still be inserted, unless it is already set.
    pub(super) fn open(&self, out: &mut String) -> Option<usize> {
        out.push_str("<w:p><w:pPr><w:pStyle w:val=\"");
        out.push_str(if self.style.is_empty() {
            "Normal"
        } else {
            self.style
        });
        out.push_str("\"/>");
        let slot = (!self.keep_next).then_some(out.len());
        if self.keep_next {
            out.push_str("<w:keepNext/>");
        }
        if self.page_break_before {
            out.push_str("<w:pageBreakBefore/>");
        }
        if let Some((num, level)) = self.num {
            out.push_str(&format!(
                "<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{num}\"/></w:numPr>"
            ));
        }
        if self.line_below {
            out.push_str(
                "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>",
            );
        }
        if let Some(before) = self.space_before {
            out.push_str(&format!("<w:spacing w:before=\"{before}\"/>"));
        }
        if self.indent.is_some() || self.indent_right.is_some() {
            out.push_str("<w:ind");
            if let Some((left, hanging)) = self.indent {
                out.push_str(&format!(" w:left=\"{left}\" w:hanging=\"{hanging}\""));
            }
            if let Some(right) = self.indent_right {
                out.push_str(&format!(" w:right=\"{right}\""));
            }
            out.push_str("/>");
        }
        if let Some(align) = self.align {
            out.push_str(&format!("<w:jc w:val=\"{align}\"/>"));
        }
        out.push_str("</w:pPr>");
        slot
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_forbidden_characters_dropped() {
        assert_eq!(
            escaped("<script>&\"']]>\u{0}\u{7}\u{1b}\u{FFFE}ä€𝄞"),
            "&lt;script&gt;&amp;&quot;&apos;]]&gt;ä€𝄞"
        );
    }

    #[test]
    fn runs_carry_breaks_tabs_and_formatting() {
        let mut out = String::new();
        push_run(
            &mut out,
            "a\tb\nc\r",
            Format {
                bold: true,
                italic: false,
            },
        );
        assert_eq!(
            out,
            "<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">a</w:t><w:tab/><w:t xml:space=\"preserve\">b</w:t><w:br/><w:t xml:space=\"preserve\">c</w:t></w:r>"
        );
        let mut empty = String::new();
        push_run(&mut empty, "", Format::default());
        assert!(empty.is_empty());
        let mut joined = String::new();
        push_run(&mut joined, "GmbH ", Format::default());
        push_run(&mut joined, "& Co.", Format::default());
        push_run(
            &mut joined,
            " KG",
            Format {
                bold: true,
                italic: false,
            },
        );
        assert_eq!(
            joined,
            "<w:r><w:t xml:space=\"preserve\">GmbH &amp; Co.</w:t></w:r><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\"> KG</w:t></w:r>"
        );
    }

    #[test]
    fn paragraph_properties_follow_the_schema_order() {
        let mut out = String::new();
        let para = Para {
            style: "Heading1",
            page_break_before: true,
            num: Some((1, 0)),
            line_below: true,
            space_before: Some(240),
            indent: Some((567, 567)),
            indent_right: Some(100),
            align: Some("left"),
            ..Para::default()
        };
        let slot = para.open(&mut out).unwrap();
        assert!(out[slot..].starts_with("<w:pageBreakBefore/>"), "{out}");
        let order = [
            "pStyle",
            "pageBreakBefore",
            "numPr",
            "pBdr",
            "spacing",
            "ind",
            "jc",
        ];
        let at: Vec<usize> = order
            .iter()
            .map(|t| out.find(&format!("<w:{t}")).unwrap())
            .collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{out}");
    }
}
