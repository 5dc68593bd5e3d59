//! Unit tests of the whole writer on small documents: what the Markdown becomes in
//! `document.xml`.

use std::ops::Range;

use super::{DocxMeta, docx};
use crate::engine::assemble::{Document, Section};
use crate::engine::library::ClauseKind;

/// A document whose sections start at every `#`/`## ` heading: `## 1.` numbered, `## Anlage`
/// an annex, `## Unterschriften` the signature clause, `# ` the title, others unnumbered.
fn document(markdown: &str) -> Document {
    let starts: Vec<usize> = markdown
        .match_indices('#')
        .filter(|(i, _)| *i == 0 || markdown.as_bytes()[i - 1] == b'\n')
        .filter(|(i, _)| !markdown[*i..].starts_with("###"))
        .map(|(i, _)| i)
        .filter(|i| *i == 0 || markdown.as_bytes()[i - 1] != b'#')
        .collect();
    let sections = starts
        .iter()
        .enumerate()
        .map(|(k, &start)| {
            let end = starts.get(k + 1).map_or(markdown.len(), |e| e - 1);
            let heading = markdown[start..].trim_start_matches('#').trim_start();
            let (id, kind) = if markdown[start..].starts_with("# ") {
                ("titel".to_owned(), ClauseKind::Title)
            } else if heading.starts_with(|c: char| c.is_ascii_digit()) {
                (format!("s{k}"), ClauseKind::Section)
            } else if heading.starts_with("Anlage") {
                (format!("a{k}"), ClauseKind::Annex)
            } else if heading.starts_with("Unterschriften")
                || heading.starts_with("Vertragsschluss")
            {
                ("unterschriften".to_owned(), ClauseKind::Unnumbered)
            } else {
                (format!("u{k}"), ClauseKind::Unnumbered)
            };
            section(&id, kind, start..end)
        })
        .collect();
    Document {
        markdown: markdown.to_owned(),
        sections,
    }
}

fn section(id: &str, kind: ClauseKind, range: Range<usize>) -> Section {
    Section {
        id: id.to_owned(),
        kind,
        heading: String::new(),
        covers: Vec::new(),
        range,
    }
}

/// The text of one stored entry of a ZIP written by [`super::zip::stored`].
fn entry(zip: &[u8], name: &str) -> String {
    let mut at = 0;
    while zip[at..].starts_with(&[0x50, 0x4B, 0x03, 0x04]) {
        let size = u32::from_le_bytes(zip[at + 18..at + 22].try_into().unwrap()) as usize;
        let name_len = u16::from_le_bytes(zip[at + 26..at + 28].try_into().unwrap()) as usize;
        let start = at + 30 + name_len;
        if &zip[at + 30..start] == name.as_bytes() {
            return String::from_utf8(zip[start..start + size].to_vec()).unwrap();
        }
        at = start + size;
    }
    panic!("no entry {name}");
}

fn document_xml(markdown: &str) -> String {
    entry(
        &docx(&document(markdown), &DocxMeta::default()),
        "word/document.xml",
    )
}

const CONTRACT: &str = "# Vertrag\n\nzwischen\n\n**A GmbH \\& Co. KG**\\\nStraße 1\n\n## Präambel\n\nText.\n\n## 1. Gegenstand\n\n1.1 Erster *kursiv*.\n\n- Punkt \\+49\n- Punkt zwei\n\n1.2 Zweiter.\n\n## 2. Dauer\n\nNur einer.\n\n## Anlage 1: Einzelheiten\n\n| Name | Land |\n|---|---|\n| X \\[Y\\] | DE |\n";

#[test]
fn headings_get_word_styles_and_numbers_become_word_numbering() {
    let xml = document_xml(CONTRACT);
    assert!(xml.contains("<w:pStyle w:val=\"Title\"/>"), "{xml}");
    assert_eq!(xml.matches("<w:pStyle w:val=\"Heading1\"/>").count(), 4);
    // Both numbered headings at level 0, both numbered paragraphs at level 1.
    assert_eq!(
        xml.matches("<w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/>")
            .count(),
        2
    );
    assert_eq!(
        xml.matches("<w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/>")
            .count(),
        2
    );
    assert!(
        xml.contains(">Gegenstand<"),
        "the literal number is gone: {xml}"
    );
    assert!(
        !xml.contains("1. Gegenstand") && !xml.contains("1.1 Erster"),
        "{xml}"
    );
    assert!(xml.contains("w:name=\"Ziffer_1\"") && xml.contains("w:name=\"Ziffer_1_2\""));
    // The single paragraph of section 2 has no number and is indented like the numbered text.
    assert!(xml.contains(
        "<w:ind w:left=\"709\" w:hanging=\"0\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Nur einer."
    ));
    // The annex starts a new page; the preamble does not.
    assert_eq!(xml.matches("<w:pageBreakBefore/>").count(), 1);
}

#[test]
fn escapes_become_plain_text_and_text_is_escaped() {
    let xml = document_xml(CONTRACT);
    for text in ["A GmbH &amp; Co. KG", "+49", "X [Y]"] {
        assert!(xml.contains(text), "{text}: {xml}");
    }
    assert!(
        !xml.contains('\\') && !xml.contains("**") && !xml.contains("|---"),
        "{xml}"
    );
    let hostile = document_xml("Text <script>alert(1)</script> & ]]> \u{1}\u{8}\u{1b}.\n");
    assert!(
        hostile.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt; ."),
        "{hostile}"
    );
}

#[test]
fn formatting_breaks_lists_and_tables() {
    let xml = document_xml(CONTRACT);
    assert!(xml.contains("<w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">A GmbH"));
    assert!(xml.contains("<w:i/><w:iCs/></w:rPr><w:t xml:space=\"preserve\">kursiv"));
    assert!(xml.contains("<w:r><w:br/></w:r><w:r><w:t xml:space=\"preserve\">Straße 1"));
    assert_eq!(
        xml.matches("<w:numId w:val=\"2\"/>").count(),
        2,
        "two bullets"
    );
    assert!(xml.contains("<w:tblHeader/>"));
    // Tables never touch, and the body ends with a paragraph.
    let two = document_xml("| a |\n|---|\n| b |\n\n| c |\n|---|\n| d |\n");
    assert!(
        two.contains("</w:tbl><w:p/><w:tbl>") && two.contains("</w:tbl><w:p/><w:sectPr>"),
        "{two}"
    );
    // The sentence before a table stays on its page.
    let table = document_xml("Vorher:\n\n| a |\n|---|\n| b |\n");
    assert!(
        table.contains("<w:pStyle w:val=\"Normal\"/><w:keepNext/>"),
        "{table}"
    );
}

#[test]
fn ordered_lists_restart_with_their_own_instance() {
    let zip = docx(
        &document("1. a\n2. b\n\nText\n\n3. c\n"),
        &DocxMeta::default(),
    );
    let xml = entry(&zip, "word/document.xml");
    assert_eq!(xml.matches("<w:numId w:val=\"3\"/>").count(), 2);
    assert_eq!(xml.matches("<w:numId w:val=\"4\"/>").count(), 1);
    let numbering = entry(&zip, "word/numbering.xml");
    assert!(numbering.contains("<w:num w:numId=\"4\"><w:abstractNumId w:val=\"2\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"3\"/>"));
}

#[test]
fn numbers_word_would_count_differently_stay_literal() {
    let xml = document_xml("## 1. Eins\n\n1.1 A.\n\n1.3 B.\n");
    assert!(!xml.contains("<w:numPr>"), "{xml}");
    assert!(xml.contains("1. Eins") && xml.contains("1.3 B."));
    assert!(!xml.contains("bookmarkStart"));
}

const WET_INK: &str = "## 1. Eins\n\nText.\n\n## Unterschriften\n\nFür den Auftraggeber: A\n\n| Ort, Datum | Unterschrift | Name, Funktion |\n|---|---|---|\n| Köln, ………………… | ………………… | Anna Muster, Geschäftsführerin |\n\nWer nicht als gesetzlicher Vertreter unterzeichnet …\n";

#[test]
fn wet_ink_signatures_become_blocks_on_a_new_page() {
    let xml = document_xml(WET_INK);
    assert!(!xml.contains("<w:tbl>"), "{xml}");
    assert_eq!(xml.matches("<w:pageBreakBefore/>").count(), 1);
    assert!(xml.contains("Ort, Datum: "));
    assert!(xml.contains("<w:pBdr><w:bottom"));
    assert!(xml.contains("Anna Muster, Geschäftsführerin"));
    // "Für den Auftraggeber" stays with its block.
    let intro = xml.find("Für den Auftraggeber").unwrap();
    let para = xml[..intro].rfind("<w:p>").unwrap();
    assert!(
        xml[para..intro].contains("<w:keepNext/>"),
        "{}",
        &xml[para..intro]
    );
}

#[test]
fn electronic_conclusion_keeps_its_table() {
    let md = "## Vertragsschluss\n\n| Name | Funktion | Datum der Erklärung |\n|---|---|---|\n| Anna | GF | ………………… |\n";
    let xml = document_xml(md);
    assert!(xml.contains("<w:tbl>") && xml.contains("Datum der Erklärung"));
    assert_eq!(xml.matches("<w:pageBreakBefore/>").count(), 1);
}

#[test]
fn header_footer_and_properties_carry_the_meta() {
    let meta = DocxMeta {
        title: "Vertrag & <Titel>".into(),
        version: "Fassung vom 29.11.2026".into(),
        fingerprint: Some("abc123".into()),
        date: crate::engine::date::Date::new(2026, 11, 29),
    };
    let zip = docx(&document(CONTRACT), &meta);
    let header = entry(&zip, "word/header1.xml");
    assert!(
        header.contains("Vertrag &amp; &lt;Titel&gt;") && header.contains("Fassung vom 29.11.2026")
    );
    let footer = entry(&zip, "word/footer1.xml");
    assert!(footer.contains(" PAGE ") && footer.contains(" NUMPAGES "));
    assert!(footer.contains("Prüfsumme (SHA-256) des Vertragstexts: abc123"));
    let core = entry(&zip, "docProps/core.xml");
    assert!(core.contains("2026-11-29T00:00:00Z"));
    let plain = docx(&document(CONTRACT), &DocxMeta::default());
    assert!(!entry(&plain, "word/footer1.xml").contains("Prüfsumme"));
    assert!(!entry(&plain, "docProps/core.xml").contains("dcterms:created"));
    assert!(!entry(&plain, "word/settings.xml").contains("updateFields"));
}

#[test]
fn the_same_document_gives_the_same_bytes() {
    let meta = DocxMeta::default();
    assert_eq!(
        docx(&document(CONTRACT), &meta),
        docx(&document(CONTRACT), &meta)
    );
}
