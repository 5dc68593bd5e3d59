//! Tables: collected cell by cell while the Markdown is read, then written as a Word table
//! with a repeated header row and rows that do not split across pages, or, for the signature
//! tables of a wet-ink agreement, as one signature block per row.

use super::TEXT_WIDTH;
use super::xml::{Format, Para, push_run};

/// One cell: its runs, ready to write, and its plain text for widths and checks.
#[derive(Clone, Debug, Default)]
pub(super) struct Cell {
    pub runs: String,
    pub text: String,
}

impl Cell {
    /// Appends text in `format`.
    pub(super) fn push(&mut self, text: &str, format: Format) {
        push_run(&mut self.runs, text, format);
        self.text.push_str(text);
    }

    /// True when the cell is empty or only a dotted line to fill in by hand.
    fn blank(&self) -> bool {
        self.text
            .chars()
            .all(|c| matches!(c, '…' | '.' | '_') || c.is_whitespace())
    }
}

/// A table as read: the header row first.
#[derive(Clone, Debug, Default)]
pub(super) struct Table {
    pub columns: usize,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    pub(super) fn new(columns: usize) -> Self {
        Self {
            columns: columns.max(1),
            rows: Vec::new(),
        }
    }

    pub(super) fn start_row(&mut self) {
        self.rows.push(Vec::new());
    }

    pub(super) fn start_cell(&mut self) {
        if self.rows.is_empty() {
            self.start_row();
        }
        if let Some(row) = self.rows.last_mut() {
            row.push(Cell::default());
        }
    }

    /// The cell being read.
    pub(super) fn cell(&mut self) -> Option<&mut Cell> {
        self.rows.last_mut()?.last_mut()
    }

    /// The header's texts.
    fn header(&self) -> Vec<&str> {
        self.rows
            .first()
            .map(|row| row.iter().map(|c| c.text.trim()).collect())
            .unwrap_or_default()
    }

    /// True for the signature table of the wet-ink form (`Ort, Datum | Unterschrift | Name,
    /// Funktion`).
    pub(super) fn is_signature_table(&self) -> bool {
        self.header() == ["Ort, Datum", "Unterschrift", "Name, Funktion"]
    }

    /// Column widths in twips, adding up to the text width. Each column gets at least room
    /// for its longest word (up to 14 characters) where the page allows it; what is left goes
    /// to the columns whose longest cell would need more, in proportion to what they lack.
    fn widths(&self) -> Vec<u32> {
        // About the width of a character of 9 pt Arial, and the cell's margins, in twips.
        const CHAR: usize = 100;
        const PAD: usize = 200;
        // Longer words (compounds like "Angemessenheitsbeschluss") are left to break rather
        // than take the room of the other columns.
        const LONG_WORD: usize = 14;
        let columns: Vec<(usize, usize)> = (0..self.columns)
            .map(|c| {
                let texts = self
                    .rows
                    .iter()
                    .filter_map(|row| row.get(c))
                    .map(|c| &c.text);
                let chars = |t: &str| t.chars().count();
                let word = texts.clone().flat_map(|t| t.split_whitespace()).map(chars);
                let min = word.max().unwrap_or(0).clamp(2, LONG_WORD) * CHAR + PAD;
                let want = texts.map(|t| chars(t)).max().unwrap_or(0) * CHAR + PAD;
                (min, want.max(min))
            })
            .collect();
        let width = TEXT_WIDTH as usize;
        let (min, want): (usize, usize) =
            columns.iter().fold((0, 0), |(m, w), c| (m + c.0, w + c.1));
        let mut widths: Vec<usize> = if want <= width {
            columns.iter().map(|c| c.1 * width / want).collect()
        } else if min >= width {
            // Too many long words for the page: the longest give way, the others keep theirs.
            let fits = |cap: usize| columns.iter().map(|c| c.0.min(cap)).sum::<usize>() <= width;
            let (mut low, mut high) = (0, width);
            while low < high {
                let cap = (low + high).div_ceil(2);
                if fits(cap) {
                    low = cap;
                } else {
                    high = cap - 1;
                }
            }
            columns.iter().map(|c| c.0.min(low)).collect()
        } else {
            let lack = want - min;
            columns
                .iter()
                .map(|c| c.0 + (width - min) * (c.1 - c.0) / lack)
                .collect()
        };
        let used: usize = widths.iter().sum();
        if let Some(last) = widths.last_mut() {
            *last += width.saturating_sub(used);
        }
        widths
            .into_iter()
            .map(|w| u32::try_from(w).unwrap_or(TEXT_WIDTH))
            .collect()
    }
}

const BORDER: &str = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"";

/// Writes `table` as a Word table: fixed column widths, borders, the header row repeated on
/// every page and shaded, no row split across pages.
pub(super) fn write_table(out: &mut String, table: &Table) {
    let widths = table.widths();
    out.push_str(&format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"{TEXT_WIDTH}\" w:type=\"dxa\"/><w:tblBorders>"
    ));
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
        out.push_str(&format!("<w:{side} {BORDER}/>"));
    }
    out.push_str(concat!(
        "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar>",
        "<w:top w:w=\"28\" w:type=\"dxa\"/><w:left w:w=\"85\" w:type=\"dxa\"/>",
        "<w:bottom w:w=\"28\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/>",
        "</w:tblCellMar></w:tblPr><w:tblGrid>"
    ));
    for width in &widths {
        out.push_str(&format!("<w:gridCol w:w=\"{width}\"/>"));
    }
    out.push_str("</w:tblGrid>");
    let empty = Cell::default();
    for (r, row) in table.rows.iter().enumerate() {
        let header = r == 0;
        out.push_str("<w:tr><w:trPr><w:cantSplit/>");
        if header {
            out.push_str("<w:tblHeader/>");
        }
        out.push_str("</w:trPr>");
        for (c, width) in widths.iter().enumerate() {
            let cell = row.get(c).unwrap_or(&empty);
            out.push_str(&format!(
                "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>"
            ));
            if header {
                out.push_str("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7E6E6\"/>");
            }
            out.push_str("</w:tcPr>");
            let style = if header { "TableHeading" } else { "TableText" };
            Para {
                style,
                ..Para::default()
            }
            .open(out);
            out.push_str(&cell.runs);
            out.push_str("</w:p></w:tc>");
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
}

/// The width of a signature line: 8 cm.
const SIGNATURE_LINE: u32 = 4536;

/// Writes each row of a wet-ink signature table as a block kept on one page: "Ort, Datum:"
/// with the place and date or a dotted line, room to sign above a line 8 cm wide, and the
/// name and function under it.
pub(super) fn write_signatures(out: &mut String, table: &Table) {
    let plain = Format::default();
    let empty = Cell::default();
    for row in table.rows.iter().skip(1) {
        let place = row.first().unwrap_or(&empty);
        let name = row.get(2).unwrap_or(&empty);
        Para {
            keep_next: true,
            space_before: Some(360),
            align: Some("left"),
            ..Para::default()
        }
        .open(out);
        push_run(out, "Ort, Datum: ", plain);
        if place.text.trim().is_empty() {
            push_run(out, "…………………………", plain);
        } else {
            out.push_str(&place.runs);
        }
        out.push_str("</w:p>");
        Para {
            keep_next: true,
            line_below: true,
            space_before: Some(720),
            indent_right: Some(TEXT_WIDTH - SIGNATURE_LINE),
            ..Para::default()
        }
        .open(out);
        out.push_str("</w:p>");
        Para {
            style: "Signature",
            align: Some("left"),
            ..Para::default()
        }
        .open(out);
        if name.blank() {
            push_run(out, "Name, Funktion: …………………………", plain);
        } else {
            out.push_str(&name.runs);
        }
        out.push_str("</w:p>");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(rows: &[&[&str]]) -> Table {
        let mut table = Table::new(rows[0].len());
        for row in rows {
            table.start_row();
            for text in *row {
                table.start_cell();
                table.cell().unwrap().push(text, Format::default());
            }
        }
        table
    }

    #[test]
    fn widths_fill_the_text_width_and_follow_the_content() {
        let t = table(&[
            &["Nr", "Beschreibung"],
            &["1", "eine recht lange Beschreibung der Leistung"],
        ]);
        let widths = t.widths();
        assert_eq!(widths.iter().sum::<u32>(), TEXT_WIDTH);
        assert!(widths[0] < widths[1], "{widths:?}");
        let crowded = table(&[
            &["Name", "Land", "Garantie"],
            &[
                "Mainhost",
                "Deutschland",
                &"Angemessenheitsbeschluss ".repeat(9),
            ],
            &[
                "X",
                "Y",
                "Durchführungsbeschlussangemessenheitsbeschlussgarantie",
            ],
        ]);
        let widths = crowded.widths();
        assert_eq!(widths.iter().sum::<u32>(), TEXT_WIDTH);
        assert_eq!(
            widths[1],
            11 * 100 + 200,
            "a short column keeps its longest word"
        );
    }

    #[test]
    fn a_table_has_a_repeated_header_and_rows_that_do_not_split() {
        let mut out = String::new();
        write_table(&mut out, &table(&[&["A", "B"], &["1"]]));
        assert_eq!(out.matches("<w:tr>").count(), 2);
        assert_eq!(out.matches("<w:tblHeader/>").count(), 1);
        assert_eq!(out.matches("<w:cantSplit/>").count(), 2);
        assert_eq!(out.matches("<w:tc>").count(), 4, "a missing cell is added");
        assert_eq!(
            out.matches("<w:p>").count(),
            4,
            "every cell has a paragraph"
        );
    }

    #[test]
    fn signature_rows_become_blocks_with_a_line() {
        let t = table(&[
            &["Ort, Datum", "Unterschrift", "Name, Funktion"],
            &["Münster, …………………", "…………………", "Dr. Clara Muster, Partnerin"],
            &["…………………", "…………………", "…………………"],
        ]);
        assert!(t.is_signature_table());
        let mut out = String::new();
        write_signatures(&mut out, &t);
        assert_eq!(out.matches("<w:pBdr>").count(), 2);
        assert!(out.contains("Ort, Datum: </w:t></w:r><w:r><w:t xml:space=\"preserve\">Münster"));
        assert!(out.contains("Dr. Clara Muster, Partnerin"));
        assert!(out.contains("Name, Funktion: …"));
        assert_eq!(out.matches("<w:keepNext/>").count(), 4);
        assert!(!out.contains("<w:tbl>"));
    }
}
