//! Reading a .docx back for the tests: its parts through the `zip` crate (an independent
//! reader, which also checks every CRC), its paragraphs through `roxmltree`, and the numbers
//! Word would show.
#![allow(dead_code)] // each test binary uses a part

use std::io::{Cursor, Read};

/// The WordprocessingML namespace.
pub const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// Every part the package must have.
pub const PARTS: &[&str] = &[
    "[Content_Types].xml",
    "_rels/.rels",
    "word/document.xml",
    "word/_rels/document.xml.rels",
    "word/styles.xml",
    "word/numbering.xml",
    "word/settings.xml",
    "word/fontTable.xml",
    "word/header1.xml",
    "word/footer1.xml",
    "docProps/core.xml",
    "docProps/app.xml",
];

/// The parts of a package, read and checked.
pub struct Package {
    parts: Vec<(String, String)>,
}

impl Package {
    /// Reads every entry; panics naming `what` if the ZIP or an entry is damaged.
    pub fn read(bytes: &[u8], what: &str) -> Self {
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
            .unwrap_or_else(|e| panic!("{what}: not a ZIP: {e}"));
        let mut parts = Vec::new();
        for i in 0..archive.len() {
            let mut entry = archive.by_index(i).unwrap();
            let mut text = String::new();
            entry
                .read_to_string(&mut text)
                .unwrap_or_else(|e| panic!("{what}: {}: {e}", entry.name()));
            parts.push((entry.name().to_owned(), text));
        }
        Self { parts }
    }

    /// One part's text.
    pub fn part(&self, name: &str) -> &str {
        self.parts
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, t)| t.as_str())
            .unwrap_or_else(|| panic!("no part {name}"))
    }

    /// `word/document.xml`.
    pub fn document(&self) -> String {
        self.part("word/document.xml").to_owned()
    }
}

/// All text of a part, paragraph by paragraph (one line each), as Word shows it.
pub fn all_text(xml: &str) -> String {
    let doc = roxmltree::Document::parse(xml).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name((W, "p")))
        .map(|p| paragraph_text(&p))
        .collect::<Vec<_>>()
        .join("\n")
}

fn paragraph_text(p: &roxmltree::Node) -> String {
    let mut text = String::new();
    for n in p.descendants() {
        if n.has_tag_name((W, "t")) {
            text.push_str(n.text().unwrap_or(""));
        } else if n.has_tag_name((W, "tab"))
            && !n.parent().is_some_and(|p| p.has_tag_name((W, "tabs")))
        {
            text.push('\t');
        } else if n.has_tag_name((W, "br")) {
            text.push('\n');
        }
    }
    text
}

/// One paragraph of the body as the tests look at it.
#[derive(Clone, Debug, Default)]
pub struct Para {
    pub style: String,
    /// Numbering instance and level.
    pub num: Option<(u32, u8)>,
    pub text: String,
    pub page_break: bool,
    pub keep_next: bool,
    /// A bottom border: a signature line.
    pub line_below: bool,
    pub in_table: bool,
}

/// The paragraphs of `document.xml` in order.
pub fn paragraphs(xml: &str) -> Vec<Para> {
    let doc = roxmltree::Document::parse(xml).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name((W, "p")))
        .map(|p| {
            let ppr = p.children().find(|n| n.has_tag_name((W, "pPr")));
            let find = |tag: &str| {
                ppr.and_then(|ppr| ppr.descendants().find(|n| n.has_tag_name((W, tag))))
            };
            let val = |tag: &str| {
                find(tag)
                    .and_then(|n| n.attribute((W, "val")))
                    .map(str::to_owned)
            };
            let num = match (val("numId"), val("ilvl")) {
                (Some(id), Some(level)) => Some((id.parse().unwrap(), level.parse().unwrap())),
                _ => None,
            };
            Para {
                style: val("pStyle").unwrap_or_default(),
                num,
                text: paragraph_text(&p),
                page_break: find("pageBreakBefore").is_some(),
                keep_next: find("keepNext").is_some(),
                line_below: find("pBdr")
                    .is_some_and(|b| b.children().any(|n| n.has_tag_name((W, "bottom")))),
                in_table: p.ancestors().any(|n| n.has_tag_name((W, "tc"))),
            }
        })
        .collect()
}

/// The numbers the Markdown prints at the start of headings (`## 7. `) and paragraphs
/// (`7.1 `), in order.
pub fn literal_numbers(markdown: &str) -> Vec<String> {
    let number = |text: &str, end: &str| -> Option<String> {
        let len = text.find(end)?;
        let n = &text[..len];
        (!n.is_empty()
            && n.split('.')
                .all(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit())))
        .then(|| n.to_owned())
    };
    markdown
        .lines()
        .filter_map(|line| match line.strip_prefix("## ") {
            Some(heading) => number(heading, ". ").filter(|n| !n.contains('.')),
            None => number(line, " ").filter(|n| n.matches('.').count() == 1),
        })
        .collect()
}

/// The numbers Word shows for the paragraphs of numbering instance 1 (level 0 `%1.`, level 1
/// `%1.%2`), counted as Word counts: level 1 restarts after each level 0.
pub fn word_numbers(paras: &[Para]) -> Vec<String> {
    let (mut section, mut paragraph) = (0, 0);
    let mut out = Vec::new();
    for p in paras.iter().filter(|p| !p.in_table) {
        match p.num {
            Some((1, 0)) => {
                section += 1;
                paragraph = 0;
                out.push(section.to_string());
            }
            Some((1, 1)) => {
                paragraph += 1;
                out.push(format!("{section}.{paragraph}"));
            }
            _ => {}
        }
    }
    out
}

/// The order of children the schema (ECMA-376, transitional) prescribes for the elements the
/// writer uses; `*` stands for any other child. Word refuses a file whose children are out of
/// order, where LibreOffice reads it anyway, so this is checked here.
#[rustfmt::skip]
pub const SCHEMA_ORDER: &[(&str, &[&str])] = &[
    ("body", &["*", "sectPr"]),
    ("p", &["pPr", "*"]),
    ("r", &["rPr", "*"]),
    ("pPr", &["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
        "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku",
        "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi",
        "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
        "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap",
        "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"]),
    ("rPr", &["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike",
        "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish",
        "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u",
        "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang",
        "eastAsianLayout", "specVanish", "oMath"]),
    ("numPr", &["ilvl", "numId"]),
    ("pBdr", &["top", "left", "bottom", "right", "between", "bar"]),
    ("tbl", &["tblPr", "tblGrid", "tr"]),
    ("tblPr", &["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
        "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
        "tblLayout", "tblCellMar", "tblLook"]),
    ("tblBorders", &["top", "left", "bottom", "right", "insideH", "insideV"]),
    ("tblCellMar", &["top", "left", "bottom", "right"]),
    ("tr", &["tblPrEx", "trPr", "tc"]),
    ("tc", &["tcPr", "*"]),
    ("tcPr", &["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap",
        "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark"]),
    ("sectPr", &["headerReference|footerReference", "footnotePr", "endnotePr", "type", "pgSz",
        "pgMar", "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign",
        "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid"]),
    ("styles", &["docDefaults", "latentStyles", "style"]),
    ("docDefaults", &["rPrDefault", "pPrDefault"]),
    ("style", &["name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden",
        "uiPriority", "semiHidden", "unhideWhenUsed", "qFormat", "locked", "personal",
        "personalCompose", "personalReply", "rsid", "pPr", "rPr", "tblPr", "trPr", "tcPr",
        "tblStylePr"]),
    ("numbering", &["numPicBullet", "abstractNum", "num", "numIdMacAtCleanup"]),
    ("abstractNum", &["nsid", "multiLevelType", "tmpl", "name", "styleLink", "numStyleLink", "lvl"]),
    ("lvl", &["start", "numFmt", "lvlRestart", "pStyle", "isLgl", "suff", "lvlText",
        "lvlPicBulletId", "legacy", "lvlJc", "pPr", "rPr"]),
    ("num", &["abstractNumId", "lvlOverride"]),
    ("lvlOverride", &["startOverride", "lvl"]),
    ("settings", &["zoom", "defaultTabStop", "autoHyphenation", "consecutiveHyphenLimit",
        "hyphenationZone", "characterSpacingControl", "compat", "themeFontLang", "decimalSymbol",
        "listSeparator"]),
    ("compat", &["doNotExpandShiftReturn", "compatSetting"]),
    ("font", &["altName", "panose1", "charset", "family", "notTrueType", "pitch", "sig"]),
];
