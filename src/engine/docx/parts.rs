//! The package's other parts: content types, relationships, `document.xml` around the body,
//! settings (German, no field update on opening), header and footer, and the document
//! properties.

use super::DocxMeta;
use super::xml::{DECLARATION, Format, NAMESPACES, escaped, push_field, push_run};

/// `[Content_Types].xml`.
pub(super) fn content_types() -> String {
    let main = "application/vnd.openxmlformats-officedocument.wordprocessingml";
    let mut out = format!(
        "{DECLARATION}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    );
    for (part, kind) in [
        ("/word/document.xml", "document.main"),
        ("/word/styles.xml", "styles"),
        ("/word/numbering.xml", "numbering"),
        ("/word/settings.xml", "settings"),
        ("/word/fontTable.xml", "fontTable"),
        ("/word/header1.xml", "header"),
        ("/word/footer1.xml", "footer"),
    ] {
        out.push_str(&format!(
            "<Override PartName=\"{part}\" ContentType=\"{main}.{kind}+xml\"/>"
        ));
    }
    out.push_str(concat!(
        "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>",
        "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>",
        "</Types>"
    ));
    out
}

fn relationships(items: &[(&str, &str, &str)]) -> String {
    let mut out = format!(
        "{DECLARATION}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    );
    for (id, kind, target) in items {
        out.push_str(&format!(
            "<Relationship Id=\"{id}\" Type=\"{kind}\" Target=\"{target}\"/>"
        ));
    }
    out.push_str("</Relationships>");
    out
}

const OFFICE_REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// `_rels/.rels`: the main document and the properties.
pub(super) fn package_rels() -> String {
    relationships(&[
        (
            "rId1",
            &format!("{OFFICE_REL}/officeDocument"),
            "word/document.xml",
        ),
        (
            "rId2",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            "docProps/core.xml",
        ),
        (
            "rId3",
            &format!("{OFFICE_REL}/extended-properties"),
            "docProps/app.xml",
        ),
    ])
}

/// `word/_rels/document.xml.rels`.
pub(super) fn document_rels() -> String {
    let items: Vec<(String, String, &str)> = [
        ("styles", "styles.xml"),
        ("numbering", "numbering.xml"),
        ("settings", "settings.xml"),
        ("fontTable", "fontTable.xml"),
        ("header", "header1.xml"),
        ("footer", "footer1.xml"),
    ]
    .iter()
    .enumerate()
    .map(|(i, (kind, target))| {
        (
            format!("rId{}", i + 1),
            format!("{OFFICE_REL}/{kind}"),
            *target,
        )
    })
    .collect();
    let items: Vec<(&str, &str, &str)> = items
        .iter()
        .map(|(i, k, t)| (i.as_str(), k.as_str(), *t))
        .collect();
    relationships(&items)
}

/// `word/document.xml`: the body and the page: A4, margins 2.5 cm, header and footer.
pub(super) fn document(body: &str) -> String {
    format!(
        "{DECLARATION}<w:document {NAMESPACES}><w:body>{body}<w:sectPr>\
         <w:headerReference w:type=\"default\" r:id=\"rId5\"/>\
         <w:footerReference w:type=\"default\" r:id=\"rId6\"/>\
         <w:pgSz w:w=\"11906\" w:h=\"16838\"/>\
         <w:pgMar w:top=\"1418\" w:right=\"1418\" w:bottom=\"1418\" w:left=\"1418\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/>\
         <w:cols w:space=\"708\"/></w:sectPr></w:body></w:document>"
    )
}

/// `word/settings.xml`: German, hyphenation, no stretched lines before a manual line break,
/// Word 2013 layout. No `updateFields`: it makes Word ask on every opening.
pub(super) fn settings() -> String {
    format!(
        "{DECLARATION}<w:settings {NAMESPACES}><w:zoom w:percent=\"100\"/>\
         <w:defaultTabStop w:val=\"709\"/><w:autoHyphenation/>\
         <w:hyphenationZone w:val=\"425\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>\
         <w:compat><w:doNotExpandShiftReturn/>\
         <w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>\
         </w:compat><w:themeFontLang w:val=\"de-DE\"/>\
         <w:decimalSymbol w:val=\",\"/><w:listSeparator w:val=\";\"/></w:settings>"
    )
}

/// `word/header1.xml`: the title, and the version on the right.
pub(super) fn header(meta: &DocxMeta) -> String {
    let mut out = format!(
        "{DECLARATION}<w:hdr {NAMESPACES}><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>"
    );
    push_run(&mut out, &meta.title, Format::default());
    if !meta.version.trim().is_empty() {
        push_run(&mut out, "\t", Format::default());
        push_run(&mut out, &meta.version, Format::default());
    }
    out.push_str("</w:p></w:hdr>");
    out
}

/// `word/footer1.xml`: "Seite X von Y" and the fingerprint, if any. `pages` is the cached
/// page count for readers that do not update fields.
pub(super) fn footer(meta: &DocxMeta, pages: usize) -> String {
    let plain = Format::default();
    let mut out = format!(
        "{DECLARATION}<w:ftr {NAMESPACES}><w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"right\"/></w:pPr>"
    );
    push_run(&mut out, "Seite ", plain);
    push_field(&mut out, "PAGE", "1", plain);
    push_run(&mut out, " von ", plain);
    push_field(&mut out, "NUMPAGES", &pages.to_string(), plain);
    out.push_str("</w:p>");
    if let Some(fingerprint) = meta.fingerprint.as_deref().filter(|f| !f.trim().is_empty()) {
        out.push_str("<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>");
        push_run(
            &mut out,
            &format!("Prüfsumme (SHA-256) des Vertragstexts: {fingerprint}"),
            plain,
        );
        out.push_str("</w:p>");
    }
    out.push_str("</w:ftr>");
    out
}

/// `docProps/core.xml`: title, language, and the date of `meta` (none from a clock).
pub(super) fn core(meta: &DocxMeta) -> String {
    let mut out = format!(
        "{DECLARATION}<cp:coreProperties \
         xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>{}</dc:title>",
        escaped(&meta.title)
    );
    if let Some(fingerprint) = &meta.fingerprint {
        out.push_str(&format!(
            "<dc:description>Prüfsumme (SHA-256) des Vertragstexts: {}</dc:description>",
            escaped(fingerprint)
        ));
    }
    out.push_str("<dc:language>de-DE</dc:language>");
    if !meta.version.trim().is_empty() {
        out.push_str(&format!(
            "<cp:version>{}</cp:version>",
            escaped(&meta.version)
        ));
    }
    if let Some(date) = meta.date {
        for element in ["created", "modified"] {
            out.push_str(&format!(
                "<dcterms:{element} xsi:type=\"dcterms:W3CDTF\">{}T00:00:00Z</dcterms:{element}>",
                date.iso()
            ));
        }
    }
    out.push_str("</cp:coreProperties>");
    out
}

/// `docProps/app.xml`.
pub(super) fn app() -> String {
    format!(
        "{DECLARATION}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">\
         <Application>AVV-Konfigurator</Application><DocSecurity>0</DocSecurity></Properties>"
    )
}
