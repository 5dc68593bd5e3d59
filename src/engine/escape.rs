//! Markdown escaping of everything a person typed.
//!
//! Every value that reaches a clause template passes through [`escape_inline`], so that no input
//! can open a heading, a list, a table cell, a link, emphasis, code or raw HTML, wherever in a
//! line the value lands. The output stays readable: only characters that could carry structure
//! are escaped, with a backslash as CommonMark defines it.

/// Characters CommonMark lets a backslash escape and that can start or end inline structure
/// anywhere in a line.
const INLINE_SPECIAL: &[char] = &[
    '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '#', '!', '{', '}', '$',
];

/// Escapes `text` so that, placed inside a line of Markdown, it renders as exactly these
/// characters and adds no structure.
///
/// Line breaks and other control characters become spaces, because a value never spans lines:
/// a new line could start a heading or a list. Leading and trailing white space is dropped, so a
/// value cannot form an indented code block or a hard line break. A leading `-`, `+`, `=` or
/// `1.`, which would start a list or underline a heading if the value began a line, is escaped.
pub fn escape_inline(text: &str) -> String {
    let flat: String = text
        .chars()
        .map(|c| if is_break_or_control(c) { ' ' } else { c })
        .collect();
    let flat = flat.trim();
    let mut out = String::with_capacity(flat.len() + 8);
    for (i, c) in flat.chars().enumerate() {
        if INLINE_SPECIAL.contains(&c) || (i == 0 && matches!(c, '-' | '+' | '=')) {
            out.push('\\');
        }
        out.push(c);
    }
    escape_ordered_list_start(out)
}

/// `12. Text` or `3) Text` at the start of a value would open an ordered list at the start of a
/// line; escaping the delimiter keeps it a plain number.
fn escape_ordered_list_start(text: String) -> String {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || digits > 9 {
        return text;
    }
    let rest = &text[digits..];
    // Only `1.` or `1)` followed by a space or the end opens a list; `01.10.2026` does not.
    let opens_list = (rest.starts_with('.') || rest.starts_with(')'))
        && rest[1..]
            .chars()
            .next()
            .is_none_or(|c| c == ' ' || c == '\t');
    if opens_list {
        format!("{}\\{}", &text[..digits], rest)
    } else {
        text
    }
}

/// True for characters that must not survive inside a one-line value: line and paragraph
/// separators, tabs and other control characters, and private-use characters (which fonts
/// render unpredictably; the engine's own markers are `[[…]]`, which escaping `[` protects).
fn is_break_or_control(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{85}') || is_private_use(c)
}

/// The Basic Multilingual Plane's private-use area.
pub(crate) fn is_private_use(c: char) -> bool {
    ('\u{E000}'..='\u{F8FF}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::escape_inline;

    #[test]
    fn plain_text_stays_readable() {
        assert_eq!(
            escape_inline("Muster GmbH & Co. KG"),
            "Muster GmbH \\& Co. KG"
        );
        assert_eq!(escape_inline("Hauptstraße 5"), "Hauptstraße 5");
    }

    #[test]
    fn structure_characters_are_escaped() {
        assert_eq!(
            escape_inline("<img src=x onerror=alert(1)> # Titel **fett**"),
            "\\<img src=x onerror=alert(1)\\> \\# Titel \\*\\*fett\\*\\*"
        );
        assert_eq!(escape_inline("- Punkt"), "\\- Punkt");
        assert_eq!(escape_inline("1. Punkt"), "1\\. Punkt");
        assert_eq!(escape_inline("01.10.2026"), "01.10.2026");
        assert_eq!(escape_inline("3)"), "3\\)");
        assert_eq!(escape_inline("a\nb\r\n# c"), "a b  \\# c");
        assert_eq!(escape_inline("  eingerückt  "), "eingerückt");
    }
}
