//! The agreement as a Word document (.docx, Office Open XML WordprocessingML), written in the
//! engine so that the browser builds it without a server and the native tests see the same
//! bytes.
//!
//! [`docx`] reads the assembled Markdown with the project's parser ([`crate::engine::markdown`])
//! and writes the parts of the package: real heading styles, Word numbering for the numbered
//! sections and paragraphs (`numbers.rs` checks it counts what the Markdown prints), lists,
//! tables with a repeated header row, signature blocks for a wet-ink agreement, a header with
//! the title and a footer with "Seite X von Y". The ZIP container is written here too
//! (`zip.rs`, stored entries): no compression crate in the browser bundle.
//!
//! Files: `body.rs` (the Markdown events; `body/paragraphs.rs`: each paragraph's properties),
//! `numbers.rs` (which numbers Word takes over), `table.rs` (tables and signature blocks),
//! `xml.rs` (escaping, runs, paragraph properties), `styles.rs` (styles, numbering, fonts),
//! `parts.rs` (the other parts), `zip.rs`.

mod body;
mod numbers;
mod parts;
mod styles;
mod table;
#[cfg(test)]
mod tests;
mod xml;
mod zip;

pub use xml::escaped;

use super::assemble::Document;
use super::config::DpaConfig;
use super::date::Date;

/// The width of the text between the margins of an A4 page with 2.5 cm margins, in twips.
const TEXT_WIDTH: u32 = 11906 - 2 * 1418;
/// One step of indentation (1.25 cm), also the room for a number like `23.10`.
const INDENT: u32 = 709;

/// The numbering instance of numbered sections and paragraphs.
const SECTION_NUM: u32 = 1;
/// The numbering instance of bullet lists.
const BULLET_NUM: u32 = 2;
/// The first numbering instance of ordered lists; each list has its own, to restart at its
/// first number.
const FIRST_ORDERED_NUM: u32 = 3;
/// The id of the signature clause, whose section starts on a new page.
const SIGNATURES: &str = "unterschriften";
/// The id of the cover page of key terms, which stands on a page of its own.
const COVER: &str = "eckdaten";

/// What the document says about itself, beside the agreement's text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocxMeta {
    /// The title in the page header and the document properties, e.g. "Vertrag über die
    /// Auftragsverarbeitung".
    pub title: String,
    /// A short label of the version, e.g. "Fassung vom 29.11.2026", right in the page header;
    /// empty for none.
    pub version: String,
    /// The checksum of the agreement's text, printed in the footer as "Prüfsumme (SHA-256) des
    /// Vertragstexts: …".
    pub fingerprint: Option<String>,
    /// The date of the document properties (created, modified); none: no date at all, since
    /// the engine has no clock.
    pub date: Option<Date>,
}

/// The title of the agreement in page headers and margins, unless the vendor set its own.
const TITLE: &str = "Vertrag über die Auftragsverarbeitung";

/// The title in page headers and margins: the vendor's own title of the agreement, if set (as
/// the heading of the agreement shows it), or the library's.
pub fn title(config: &DpaConfig) -> String {
    let own = config.processor.document_title.trim();
    if own.is_empty() { TITLE } else { own }.to_owned()
}

/// The label of the version in page headers and margins: the document's version and its date
/// ("Stand"), as the final provisions print them; empty when the configuration has neither.
pub fn version_label(config: &DpaConfig) -> String {
    let version = config.processor.document_version.trim();
    let date = config.processor.document_date.map(|d| d.german());
    match (version.is_empty(), date) {
        (false, Some(date)) => format!("Version {version}, Stand {date}"),
        (false, None) => format!("Version {version}"),
        (true, Some(date)) => format!("Stand {date}"),
        (true, None) => String::new(),
    }
}

impl DocxMeta {
    /// The header, footer and properties of the agreement of `config` whose text is
    /// `markdown`: its title, version and the fingerprint of the text every output prints.
    pub fn of(config: &DpaConfig, markdown: &str) -> Self {
        Self {
            title: title(config),
            version: version_label(config),
            fingerprint: Some(crate::engine::roundtrip::fingerprint(markdown)),
            date: config.processor.document_date,
        }
    }
}

/// The .docx file of `document`: the same document and meta give the same bytes.
pub fn docx(document: &Document, meta: &DocxMeta) -> Vec<u8> {
    let body = body::body(document);
    let parts: [(&str, String); 11] = [
        ("[Content_Types].xml", parts::content_types()),
        ("_rels/.rels", parts::package_rels()),
        ("word/document.xml", parts::document(&body.xml)),
        ("word/_rels/document.xml.rels", parts::document_rels()),
        ("word/styles.xml", styles::styles()),
        ("word/numbering.xml", styles::numbering(&body.ordered)),
        ("word/settings.xml", parts::settings()),
        ("word/fontTable.xml", styles::font_table()),
        ("word/header1.xml", parts::header(meta)),
        ("word/footer1.xml", parts::footer(meta, body.pages)),
        ("docProps/core.xml", parts::core(meta)),
    ];
    let app = parts::app();
    let mut entries: Vec<(&str, &[u8])> = parts
        .iter()
        .map(|(name, text)| (*name, text.as_bytes()))
        .collect();
    entries.push(("docProps/app.xml", app.as_bytes()));
    zip::stored(&entries)
}
