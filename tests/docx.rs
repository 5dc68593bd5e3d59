//! The Word document of every example read back with an independent ZIP reader and XML
//! parser: the package is complete, every part is well-formed, the text has no Markdown left,
//! headings carry Word's styles, Word's numbering gives the numbers the Markdown prints, the
//! signature page has its signature lines, and hostile text stays text.
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "support/docx.rs"]
mod support;

use avv::engine::assemble;
use avv::engine::docx::{DocxMeta, docx};
use avv::engine::library::ClauseKind;
use support::{Package, W, paragraphs};

fn meta() -> DocxMeta {
    DocxMeta {
        title: "Vertrag über die Auftragsverarbeitung".into(),
        version: "Fassung vom 29.11.2026".into(),
        fingerprint: Some("0123abcd".into()),
        date: None,
    }
}

/// Every example's agreement and its package.
fn examples() -> Vec<(String, assemble::Document, Package)> {
    common::examples()
        .into_iter()
        .map(|(name, config)| {
            let document = assemble(&config, common::library()).document;
            let package = Package::read(&docx(&document, &meta()), &name);
            (name, document, package)
        })
        .collect()
}

#[test]
fn every_example_is_a_complete_package_of_well_formed_parts() {
    for (name, document, package) in examples() {
        for part in support::PARTS {
            let xml = package.part(part);
            roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("{name}: {part}: {e}"));
        }
        // Same input, same bytes.
        assert_eq!(docx(&document, &meta()), docx(&document, &meta()), "{name}");
    }
}

#[test]
fn no_markdown_reaches_the_text() {
    for (name, _, package) in examples() {
        let text = support::all_text(&package.document());
        for syntax in ["\\", "**", "|---", "| ", "](", "## "] {
            assert!(!text.contains(syntax), "{name}: `{syntax}` in the text");
        }
        assert!(!package.part("word/document.xml").contains("\\"), "{name}");
    }
}

#[test]
fn headings_carry_word_styles_and_numbered_ones_word_numbering() {
    for (name, document, package) in examples() {
        let xml = package.document();
        let paras = paragraphs(&xml);
        let headings: Vec<_> = paras.iter().filter(|p| p.style == "Heading1").collect();
        assert_eq!(
            headings.len(),
            document.sections.len() - 1,
            "{name}: one per `##`"
        );
        assert_eq!(
            paras.iter().filter(|p| p.style == "Title").count(),
            1,
            "{name}"
        );
        let numbered = document
            .sections
            .iter()
            .filter(|s| s.kind == ClauseKind::Section)
            .count();
        let with_number = headings.iter().filter(|p| p.num == Some((1, 0))).count();
        assert_eq!(
            with_number, numbered,
            "{name}: numbered headings carry numPr"
        );
        assert!(
            headings
                .iter()
                .all(|h| !h.text.starts_with(|c: char| c.is_ascii_digit()))
        );
        // The styles exist, with outline levels for the navigation pane.
        let styles = package.part("word/styles.xml");
        for (id, level) in [("Heading1", 0), ("Heading2", 1)] {
            let style = format!("w:styleId=\"{id}\"");
            let at = styles.find(&style).unwrap_or_else(|| panic!("{id}"));
            let end = at + styles[at..].find("</w:style>").unwrap();
            assert!(styles[at..end].contains(&format!("<w:outlineLvl w:val=\"{level}\"/>")));
        }
    }
}

/// The numbers Word shows for the paragraphs of numbering instance 1, counted as Word counts
/// them, equal the numbers the Markdown prints, in the same order.
#[test]
fn word_numbering_gives_the_printed_numbers() {
    for (name, document, package) in examples() {
        let printed = support::literal_numbers(&document.markdown);
        let counted = support::word_numbers(&paragraphs(&package.document()));
        assert!(printed.len() > 20, "{name}: {printed:?}");
        assert_eq!(counted, printed, "{name}");
    }
}

#[test]
fn annexes_and_the_signature_section_start_a_new_page() {
    for (name, document, package) in examples() {
        let paras = paragraphs(&package.document());
        let breaks: Vec<&str> = paras
            .iter()
            .filter(|p| p.page_break)
            .map(|p| p.text.as_str())
            .collect();
        let annexes = document
            .sections
            .iter()
            .filter(|s| s.kind == ClauseKind::Annex);
        // The cover page of key terms stands on a page of its own.
        let cover = document.sections.iter().any(|s| s.id == "eckdaten");
        let breaks = if cover {
            assert_eq!(
                breaks[..2],
                ["Eckdaten (unverbindliche Übersicht)", "Präambel"],
                "{name}: {breaks:?}"
            );
            breaks[2..].to_vec()
        } else {
            breaks
        };
        assert_eq!(breaks.len(), annexes.count() + 1, "{name}: {breaks:?}");
        assert!(
            breaks[0] == "Unterschriften" || breaks[0] == "Vertragsschluss",
            "{name}: {breaks:?}"
        );
    }
}

#[test]
fn the_wet_ink_signature_page_has_signature_lines() {
    let all = examples();
    let (_, document, package) = all
        .iter()
        .find(|(name, ..)| name == "kanzlei-berufsgeheimnis")
        .unwrap();
    assert!(document.markdown.contains("## Unterschriften"));
    let paras = paragraphs(&package.document());
    let start = paras
        .iter()
        .position(|p| p.text == "Unterschriften")
        .unwrap();
    let end = start
        + paras[start..]
            .iter()
            .position(|p| p.text.starts_with("Wer nicht"))
            .unwrap();
    let page = &paras[start..end];
    assert_eq!(page.iter().filter(|p| p.line_below).count(), 2, "{page:#?}");
    assert!(
        page.iter().all(|p| !p.in_table),
        "no table on the wet-ink page"
    );
    let texts: Vec<&str> = page.iter().map(|p| p.text.as_str()).collect();
    for text in [
        "Ort, Datum: Münster, …………………",
        "Dr. Clara Muster, Partnerin",
        "Jan Beispiel, Geschäftsführer",
    ] {
        assert!(texts.contains(&text), "{text}: {texts:?}");
    }
    // Each block is kept on one page: place and line keep with what follows.
    for (i, p) in page.iter().enumerate() {
        if p.line_below {
            assert!(p.keep_next && page[i - 1].keep_next, "{page:#?}");
        }
    }
}

#[test]
fn the_electronic_conclusion_keeps_its_table() {
    let all = examples();
    let (_, _, package) = all
        .iter()
        .find(|(n, ..)| n == "agentur-unterauftrag")
        .unwrap();
    let paras = paragraphs(&package.document());
    let start = paras
        .iter()
        .position(|p| p.text == "Vertragsschluss")
        .unwrap();
    let end = start
        + paras[start..]
            .iter()
            .position(|p| p.page_break && p.text.starts_with("Anlage"))
            .unwrap();
    let page = &paras[start..end];
    assert!(
        page.iter()
            .any(|p| p.in_table && p.text == "Datum der Erklärung")
    );
    assert!(page.iter().all(|p| !p.line_below));
}

#[test]
fn tables_repeat_their_header_and_rows_do_not_split() {
    let (_, _, package) = examples().into_iter().next().unwrap();
    let xml = package.document();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let tables: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name((W, "tbl")))
        .collect();
    assert!(!tables.is_empty());
    for table in tables {
        let rows: Vec<_> = table
            .children()
            .filter(|n| n.has_tag_name((W, "tr")))
            .collect();
        let flag = |row: &roxmltree::Node, tag| row.descendants().any(|n| n.has_tag_name((W, tag)));
        assert!(flag(&rows[0], "tblHeader"));
        assert!(rows.iter().all(|r| flag(r, "cantSplit")));
        assert!(rows[1..].iter().all(|r| !flag(r, "tblHeader")));
    }
}

#[test]
fn hostile_text_stays_text() {
    let hostile =
        "<script>alert(1)</script> & \"Co\" 'KG' ]]> \u{1}\u{8}\u{b}\u{1b}\u{FFFE} \\+49 **fett**";
    let mut config = common::complete(hostile);
    config.processor.company.street = "Weg 1 <![CDATA[x]]> &amp;".into();
    let document = assemble(&config, common::library()).document;
    let meta = DocxMeta {
        title: hostile.into(),
        version: hostile.into(),
        fingerprint: Some(hostile.into()),
        date: None,
    };
    let package = Package::read(&docx(&document, &meta), "hostile");
    for part in support::PARTS {
        roxmltree::Document::parse(package.part(part)).unwrap_or_else(|e| panic!("{part}: {e}"));
    }
    let text = support::all_text(&package.document());
    // The typed backslash and asterisks are text too; the control characters are gone.
    for shown in [
        "<script>alert(1)</script> & \"Co\" 'KG' ]]>",
        "\\+49 **fett**",
    ] {
        assert!(text.contains(shown), "{shown}: {text}");
        for part in ["word/header1.xml", "word/footer1.xml"] {
            let part_text = support::all_text(package.part(part));
            assert!(part_text.contains(shown), "{part}: {part_text}");
        }
    }
    assert!(!text.contains(|c: char| c.is_control() && c != '\n' && c != '\t'));
    assert!(text.contains("Weg 1 <![CDATA[x]]> &amp;"));
    assert!(package.part("docProps/core.xml").contains("&lt;script&gt;"));
}

#[test]
fn the_command_writes_the_docx() {
    let dir = std::env::temp_dir().join(format!("avv-docx-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("minimal.docx");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_avv"))
        .args(["docx", "examples/minimal.json"])
        .arg(&out)
        .current_dir(common::root())
        .output()
        .unwrap();
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let package = Package::read(&std::fs::read(&out).unwrap(), "minimal");
    assert!(
        package
            .part("word/header1.xml")
            .contains("Vertrag über die Auftragsverarbeitung")
    );
    let stdout = std::process::Command::new(env!("CARGO_BIN_EXE_avv"))
        .args(["docx", "examples/minimal.json"])
        .current_dir(common::root())
        .output()
        .unwrap();
    assert_eq!(
        stdout.stdout,
        std::fs::read(&out).unwrap(),
        "stdout gets the same bytes"
    );
    // The version and date of the document in the header, its date in the properties.
    let agentur = std::process::Command::new(env!("CARGO_BIN_EXE_avv"))
        .args(["docx", "examples/agentur-unterauftrag.json"])
        .current_dir(common::root())
        .output()
        .unwrap();
    let package = Package::read(&agentur.stdout, "agentur-unterauftrag");
    let header = support::all_text(package.part("word/header1.xml"));
    assert_eq!(
        header,
        "Vertrag über die Auftragsverarbeitung\tVersion 4.0, Stand 15.09.2026"
    );
    assert!(
        package
            .part("docProps/core.xml")
            .contains(">2026-09-15T00:00:00Z<")
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn children_are_in_schema_order() {
    let all = examples();
    let (_, _, package) = all
        .iter()
        .find(|(n, ..)| n == "kanzlei-berufsgeheimnis")
        .unwrap();
    let mut checked = std::collections::BTreeSet::new();
    for part in support::PARTS
        .iter()
        .filter(|p| p.starts_with("word/") && !p.contains("_rels"))
    {
        let doc = roxmltree::Document::parse(package.part(part)).unwrap();
        for node in doc
            .descendants()
            .filter(|n| n.tag_name().namespace() == Some(W))
        {
            let name = node.tag_name().name();
            let Some((_, order)) = support::SCHEMA_ORDER.iter().find(|(n, _)| *n == name) else {
                continue;
            };
            // `rPr` of a run and `pPr` of a paragraph differ from those in numbering levels only
            // in what may follow them, which these lists leave out.
            let index = |child: &str| {
                order
                    .iter()
                    .position(|o| o.split('|').any(|o| o == child))
                    .or_else(|| order.iter().position(|o| *o == "*"))
                    .unwrap_or_else(|| panic!("{part}: <w:{child}> is not expected in <w:{name}>"))
            };
            let children: Vec<&str> = node
                .children()
                .filter(|c| c.is_element())
                .map(|c| c.tag_name().name())
                .collect();
            let positions: Vec<usize> = children.iter().map(|c| index(c)).collect();
            assert!(
                positions.windows(2).all(|w| w[0] <= w[1]),
                "{part}: children of <w:{name}> out of order: {children:?}"
            );
            checked.insert(name);
        }
    }
    assert!(checked.len() > 20, "{checked:?}");
}
