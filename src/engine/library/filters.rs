//! The template engine's formatter and filters: escaping of every value a person typed, the
//! visible gap, German lists and plurals.

use std::fmt;

use crate::engine::escape::escape_inline;

/// What an unfilled value shows in the draft.
pub const GAP: &str = "[…]";

/// A template engine with the escaping formatter and the clause filters.
pub(super) fn engine() -> upon::Engine<'static> {
    let mut templates = upon::Engine::new();
    templates.set_default_formatter(&escaping_formatter);
    templates.add_function("or_gap", or_gap);
    templates.add_function("join", join_german);
    templates.add_function("plural", plural);
    templates.add_function("betrag", amount);
    templates.add_function("in_worten", in_words);
    templates.add_function("frist", period);
    templates.add_function("anzahl", count);
    templates
}

/// The default formatter of the template engine: strings are Markdown-escaped, so a value a
/// person typed can never change the document's structure.
fn escaping_formatter(f: &mut upon::fmt::Formatter<'_>, value: &upon::Value) -> upon::fmt::Result {
    match value {
        upon::Value::String(text) => {
            fmt::Write::write_str(f, &escape_inline(text))?;
            Ok(())
        }
        other => upon::fmt::default(f, other),
    }
}

/// Filter `or_gap`: the value, or a visible gap while the person has not filled it in yet.
fn or_gap(value: String) -> String {
    if value.trim().is_empty() {
        GAP.to_owned()
    } else {
        value
    }
}

/// Filter `plural`: `{{ n | plural: "Woche", "Wochen" }}` gives `1 Woche` or `4 Wochen`.
fn plural(n: i64, one: String, many: String) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Filter `betrag`: a whole amount with German thousands separators, `1000000` → `1.000.000`.
fn amount(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

/// Filter `frist`: a period in words with its noun, as contracts write deadlines. The author
/// writes the singular with its article, in the case the sentence needs, and the plural noun:
/// `{{ n | frist: "einen Werktag", "Werktage" }}` gives `einen Werktag` or `drei Werktage`.
fn period(n: i64, one: String, many: String) -> String {
    if n == 1 {
        one
    } else {
        format!("{} {many}", in_words(n))
    }
}

/// Filter `in_worten`: a number from 0 to 999 in German words, as contracts write periods
/// (`3` → `drei`, `14` → `vierzehn`, `48` → `achtundvierzig`); larger numbers stay digits.
fn in_words(n: i64) -> String {
    const ONES: [&str; 20] = [
        "null",
        "eins",
        "zwei",
        "drei",
        "vier",
        "fünf",
        "sechs",
        "sieben",
        "acht",
        "neun",
        "zehn",
        "elf",
        "zwölf",
        "dreizehn",
        "vierzehn",
        "fünfzehn",
        "sechzehn",
        "siebzehn",
        "achtzehn",
        "neunzehn",
    ];
    const TENS: [&str; 10] = [
        "", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig",
        "neunzig",
    ];
    fn below_hundred(n: usize) -> String {
        match n {
            0..=19 => ONES[n].to_owned(),
            _ if n.is_multiple_of(10) => TENS[n / 10].to_owned(),
            // "einundzwanzig", not "einsundzwanzig".
            _ if n % 10 == 1 => format!("einund{}", TENS[n / 10]),
            _ => format!("{}und{}", ONES[n % 10], TENS[n / 10]),
        }
    }
    match usize::try_from(n) {
        Ok(n @ 0..=99) => below_hundred(n),
        Ok(n @ 100..=999) => {
            let hundreds = if n / 100 == 1 {
                "ein".to_owned()
            } else {
                ONES[n / 100].to_owned()
            };
            let rest = n % 100;
            let rest = if rest == 0 {
                String::new()
            } else {
                below_hundred(rest)
            };
            format!("{hundreds}hundert{rest}")
        }
        _ => n.to_string(),
    }
}

/// Filter `anzahl`: how many entries a list has, so that a summary counts the very list the
/// clause or annex prints (`{{ subprocessors | anzahl | in_worten }}`).
fn count(items: Vec<upon::Value>) -> i64 {
    i64::try_from(items.len()).unwrap_or(i64::MAX)
}

/// Filter `join`: `a`, `a und b`, `a, b und c`.
fn join_german(items: Vec<upon::Value>) -> String {
    let words: Vec<String> = items
        .into_iter()
        .map(|v| match v {
            upon::Value::String(s) => s,
            upon::Value::Integer(i) => i.to_string(),
            _ => String::new(),
        })
        .filter(|s| !s.is_empty())
        .collect();
    match words.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} und {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_write_german() {
        let list = |w: &[&str]| w.iter().map(|s| upon::Value::from(*s)).collect();
        assert_eq!(join_german(list(&["a", "b", "c"])), "a, b und c");
        assert_eq!(join_german(list(&["a"])), "a");
        assert_eq!(count(list(&["a", "b", "c"])), 3);
        assert_eq!(count(Vec::new()), 0);
        assert_eq!(plural(1, "Woche".into(), "Wochen".into()), "1 Woche");
        assert_eq!(or_gap(" ".into()), GAP);
        assert_eq!(amount(1_000_000), "1.000.000");
        assert_eq!(amount(950), "950");
        let days = |n| period(n, "einen Werktag".into(), "Werktage".into());
        assert_eq!(days(1), "einen Werktag");
        assert_eq!(days(3), "drei Werktage");
        assert_eq!(days(2000), "2000 Werktage");
        let words: Vec<String> = [1, 3, 14, 21, 30, 48, 72, 100, 118, 999, 1000]
            .into_iter()
            .map(in_words)
            .collect();
        assert_eq!(
            words,
            [
                "eins",
                "drei",
                "vierzehn",
                "einundzwanzig",
                "dreißig",
                "achtundvierzig",
                "zweiundsiebzig",
                "einhundert",
                "einhundertachtzehn",
                "neunhundertneunundneunzig",
                "1000"
            ]
        );
    }
}
