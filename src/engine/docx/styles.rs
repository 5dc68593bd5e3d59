//! `word/styles.xml`, `word/numbering.xml` and `word/fontTable.xml`: Arial (Liberation Sans
//! where Arial is missing) at 11 pt, Word's built-in heading styles with outline levels (for
//! the navigation pane and a table of contents) and without hyphenation, and the numbering
//! definitions.

use super::xml::{DECLARATION, NAMESPACES};
use super::{BULLET_NUM, INDENT, SECTION_NUM};

/// One paragraph style: id, name, based on, properties of paragraph and runs.
struct Style {
    id: &'static str,
    name: &'static str,
    based_on: &'static str,
    ppr: &'static str,
    rpr: &'static str,
}

const PARAGRAPH_STYLES: &[Style] = &[
    Style {
        id: "Title",
        name: "Title",
        based_on: "Normal",
        ppr: "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"360\"/><w:jc w:val=\"center\"/>",
        rpr: "<w:b/><w:bCs/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>",
    },
    Style {
        id: "Heading1",
        name: "heading 1",
        based_on: "Normal",
        ppr: "<w:keepNext/><w:keepLines/><w:suppressAutoHyphens/><w:spacing w:before=\"360\" w:after=\"120\"/><w:jc w:val=\"left\"/><w:outlineLvl w:val=\"0\"/>",
        rpr: "<w:b/><w:bCs/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>",
    },
    Style {
        id: "Heading2",
        name: "heading 2",
        based_on: "Normal",
        ppr: "<w:keepNext/><w:keepLines/><w:suppressAutoHyphens/><w:spacing w:before=\"240\" w:after=\"120\"/><w:jc w:val=\"left\"/><w:outlineLvl w:val=\"1\"/>",
        rpr: "<w:b/><w:bCs/>",
    },
    Style {
        id: "Heading3",
        name: "heading 3",
        based_on: "Normal",
        ppr: "<w:keepNext/><w:keepLines/><w:suppressAutoHyphens/><w:spacing w:before=\"240\" w:after=\"60\"/><w:jc w:val=\"left\"/><w:outlineLvl w:val=\"2\"/>",
        rpr: "<w:b/><w:bCs/><w:i/><w:iCs/>",
    },
    Style {
        id: "ListParagraph",
        name: "List Paragraph",
        based_on: "Normal",
        ppr: "<w:spacing w:after=\"60\"/>",
        rpr: "",
    },
    Style {
        id: "Notice",
        name: "Hinweis",
        based_on: "Normal",
        ppr: "<w:pBdr><w:left w:val=\"single\" w:sz=\"18\" w:space=\"8\" w:color=\"808080\"/></w:pBdr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F2F2F2\"/><w:ind w:left=\"284\"/><w:jc w:val=\"left\"/>",
        rpr: "",
    },
    Style {
        id: "TableText",
        name: "Tabellentext",
        based_on: "Normal",
        ppr: "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>",
        rpr: "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>",
    },
    Style {
        id: "TableHeading",
        name: "Tabellenkopf",
        based_on: "TableText",
        ppr: "<w:keepNext/>",
        rpr: "<w:b/><w:bCs/>",
    },
    Style {
        id: "Signature",
        name: "Signature",
        based_on: "Normal",
        ppr: "<w:spacing w:before=\"40\" w:after=\"240\"/><w:jc w:val=\"left\"/>",
        rpr: "",
    },
    Style {
        id: "Code",
        name: "Code",
        based_on: "Normal",
        ppr: "<w:spacing w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>",
        rpr: "<w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\" w:cs=\"Courier New\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>",
    },
    Style {
        id: "Header",
        name: "header",
        based_on: "Normal",
        ppr: "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"808080\"/></w:pBdr><w:tabs><w:tab w:val=\"right\" w:pos=\"9070\"/></w:tabs><w:spacing w:after=\"0\"/><w:jc w:val=\"left\"/>",
        rpr: "<w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>",
    },
    Style {
        id: "Footer",
        name: "footer",
        based_on: "Normal",
        ppr: "<w:tabs><w:tab w:val=\"right\" w:pos=\"9070\"/></w:tabs><w:spacing w:after=\"0\"/><w:jc w:val=\"left\"/>",
        rpr: "<w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>",
    },
];

/// `word/styles.xml`.
pub(super) fn styles() -> String {
    let mut out = format!("{DECLARATION}<w:styles {NAMESPACES}>");
    out.push_str(concat!(
        "<w:docDefaults><w:rPrDefault><w:rPr>",
        "<w:rFonts w:ascii=\"Arial\" w:eastAsia=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/>",
        "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>",
        "<w:lang w:val=\"de-DE\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/>",
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>",
        "<w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/>",
        "</w:pPr></w:pPrDefault></w:docDefaults>",
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>",
        "<w:qFormat/><w:pPr><w:widowControl/><w:jc w:val=\"both\"/></w:pPr></w:style>",
        "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">",
        "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/>",
        "<w:unhideWhenUsed/></w:style>",
        "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>",
        "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr>",
        "<w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>",
        "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/>",
        "<w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>",
        "<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/>",
        "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>",
    ));
    for style in PARAGRAPH_STYLES {
        out.push_str(&format!(
            "<w:style w:type=\"paragraph\" w:styleId=\"{}\"><w:name w:val=\"{}\"/><w:basedOn w:val=\"{}\"/><w:qFormat/>",
            style.id, style.name, style.based_on
        ));
        if !style.ppr.is_empty() {
            out.push_str(&format!("<w:pPr>{}</w:pPr>", style.ppr));
        }
        if !style.rpr.is_empty() {
            out.push_str(&format!("<w:rPr>{}</w:rPr>", style.rpr));
        }
        out.push_str("</w:style>");
    }
    out.push_str("</w:styles>");
    out
}

/// One level of a numbering definition.
fn level(out: &mut String, ilvl: u8, format: &str, text: &str, left: u32, hanging: u32) {
    out.push_str(&format!(
        "<w:lvl w:ilvl=\"{ilvl}\"><w:start w:val=\"1\"/><w:numFmt w:val=\"{format}\"/><w:lvlText w:val=\"{text}\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"{left}\" w:hanging=\"{hanging}\"/></w:pPr></w:lvl>"
    ));
}

/// `word/numbering.xml`: 1 the sections and their paragraphs (`7.`, `7.1`), 2 bullets, and
/// one instance per ordered list (`ordered`: instance, level, first number).
pub(super) fn numbering(ordered: &[(u32, u8, u64)]) -> String {
    let mut out = format!("{DECLARATION}<w:numbering {NAMESPACES}>");
    out.push_str("<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>");
    level(&mut out, 0, "decimal", "%1.", INDENT, INDENT);
    level(&mut out, 1, "decimal", "%1.%2", INDENT, INDENT);
    out.push_str("</w:abstractNum>");
    out.push_str(
        "<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"hybridMultilevel\"/>",
    );
    for ilvl in 0..9u8 {
        let bullet = ["•", "–", "▪"][usize::from(ilvl % 3)];
        level(
            &mut out,
            ilvl,
            "bullet",
            bullet,
            INDENT * (u32::from(ilvl) + 1),
            340,
        );
    }
    out.push_str("</w:abstractNum>");
    out.push_str(
        "<w:abstractNum w:abstractNumId=\"2\"><w:multiLevelType w:val=\"hybridMultilevel\"/>",
    );
    for ilvl in 0..9u8 {
        let (format, suffix) =
            [("decimal", "."), ("lowerLetter", ")"), ("lowerRoman", ".")][usize::from(ilvl % 3)];
        let text = format!("%{}{suffix}", ilvl + 1);
        level(
            &mut out,
            ilvl,
            format,
            &text,
            INDENT * (u32::from(ilvl) + 1),
            340,
        );
    }
    out.push_str("</w:abstractNum>");
    out.push_str(&format!(
        "<w:num w:numId=\"{SECTION_NUM}\"><w:abstractNumId w:val=\"0\"/></w:num><w:num w:numId=\"{BULLET_NUM}\"><w:abstractNumId w:val=\"1\"/></w:num>"
    ));
    for &(num, ilvl, start) in ordered {
        let start = start.min(i32::MAX as u64);
        out.push_str(&format!(
            "<w:num w:numId=\"{num}\"><w:abstractNumId w:val=\"2\"/><w:lvlOverride w:ilvl=\"{ilvl}\"><w:startOverride w:val=\"{start}\"/></w:lvlOverride></w:num>"
        ));
    }
    out.push_str("</w:numbering>");
    out
}

/// `word/fontTable.xml`: the fonts used, with the metric-compatible free fonts as
/// alternatives.
pub(super) fn font_table() -> String {
    format!(
        "{DECLARATION}<w:fonts {NAMESPACES}>{}{}</w:fonts>",
        "<w:font w:name=\"Arial\"><w:altName w:val=\"Liberation Sans\"/><w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/></w:font>",
        "<w:font w:name=\"Courier New\"><w:altName w:val=\"Liberation Mono\"/><w:family w:val=\"modern\"/><w:pitch w:val=\"fixed\"/></w:font>",
    )
}
