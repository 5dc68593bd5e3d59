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
        assert_eq!(plural(1, "Woche".into(), "Wochen".into()), "1 Woche");
        assert_eq!(or_gap(" ".into()), GAP);
    }
}
