//! serde_json's English messages about a configuration file, in German: a file that is not
//! JSON names the line, the column and what is wrong there; a value of the wrong kind names what
//! was found and what is allowed.

/// A syntax error of a file that is not JSON at all, with line and column; `None` when the text
/// is JSON (whatever its content).
pub fn syntax_error(text: &str) -> Option<String> {
    let err = serde_json::from_str::<serde::de::IgnoredAny>(text).err()?;
    if !(err.is_syntax() || err.is_eof()) {
        return None;
    }
    let message = err.to_string();
    let reason = message.split(" at line ").next().unwrap_or(&message);
    let reason = if trailing_comma(text, err.line(), err.column()) {
        "überzähliges Komma vor dem Ende einer Liste oder eines Objekts".to_owned()
    } else {
        syntax_reason(reason)
    };
    Some(format!(
        "keine gültige JSON-Datei: Zeile {}, Spalte {}: {reason}.",
        err.line(),
        err.column(),
    ))
}

/// The byte offset where `line` (1-based) starts.
pub(super) fn line_start(text: &str, line: usize) -> usize {
    text.split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum()
}

/// True if the error position holds `]` or `}` right after a comma: serde_json reports that as
/// a missing value or key.
fn trailing_comma(text: &str, line: usize, column: usize) -> bool {
    let at = (line_start(text, line) + column.saturating_sub(1)).min(text.len());
    text.get(at..)
        .is_some_and(|rest| rest.starts_with([']', '}']))
        && text[..at].trim_end().ends_with(',')
}

/// What serde_json found wrong in the syntax, in German.
fn syntax_reason(reason: &str) -> String {
    let known: &[(&str, &str)] = &[
        (
            "EOF while parsing a value",
            "die Datei endet, bevor ein Wert folgt",
        ),
        (
            "EOF while parsing a list",
            "die Datei endet in einer Liste, „]“ fehlt",
        ),
        (
            "EOF while parsing an object",
            "die Datei endet in einem Objekt, „}“ fehlt",
        ),
        (
            "EOF while parsing a string",
            "die Datei endet in einem Text, das schließende Anführungszeichen fehlt",
        ),
        ("expected value", "hier wird ein Wert erwartet"),
        ("expected `,` or `}`", "erwartet „,“ oder „}“"),
        ("expected `,` or `]`", "erwartet „,“ oder „]“"),
        ("expected `:`", "erwartet „:“ nach dem Feldnamen"),
        (
            "key must be a string",
            "ein Feldname muss in Anführungszeichen stehen",
        ),
        (
            "trailing comma",
            "überzähliges Komma vor dem Ende einer Liste oder eines Objekts",
        ),
        (
            "trailing characters",
            "nach dem Ende der Daten folgen weitere Zeichen",
        ),
        (
            "expected ident",
            "unbekanntes Wort; ohne Anführungszeichen sind nur true, false und null erlaubt",
        ),
        (
            "invalid escape",
            "ungültiges Zeichen nach „\\“ in einem Text",
        ),
        ("invalid number", "ungültige Zahl"),
        ("number out of range", "die Zahl ist zu groß"),
        (
            "control character (\\u0000-\\u001F) found while parsing a string",
            "Steuerzeichen (etwa ein Zeilenumbruch) in einem Text",
        ),
        ("invalid unicode code point", "ungültiges Unicode-Zeichen"),
        (
            "lone leading surrogate in hex escape",
            "ungültiges Unicode-Zeichen",
        ),
        (
            "unexpected end of hex escape",
            "unvollständiges Unicode-Zeichen",
        ),
        ("recursion limit exceeded", "zu tief verschachtelt"),
        (
            "key must be a string or number",
            "ein Feldname muss in Anführungszeichen stehen",
        ),
    ];
    known
        .iter()
        .find(|(english, _)| *english == reason)
        .map_or_else(
            || format!("Syntaxfehler ({reason})"),
            |(_, german)| (*german).to_owned(),
        )
}

/// The words between backticks of a serde message (`a`, `b`), each in German quotes.
fn quoted_list(text: &str) -> String {
    text.split('`')
        .skip(1)
        .step_by(2)
        .map(|w| format!("„{w}“"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The first word between backticks.
fn first_quoted(text: &str) -> &str {
    text.split('`').nth(1).unwrap_or("")
}

/// What serde says it found ("string \"24\"", "integer `5`", "map"), in German.
fn found(what: &str) -> String {
    let value = first_quoted(what);
    if let Some(s) = what.strip_prefix("string ") {
        format!("den Text {}", s.replacen('"', "„", 1).replacen('"', "“", 1))
    } else if what.starts_with("integer") || what.starts_with("floating point") {
        format!("die Zahl {value}")
    } else if what.starts_with("boolean") {
        format!("den Wahrheitswert {value}")
    } else if what == "map" {
        "ein Objekt".into()
    } else if what == "sequence" {
        "eine Liste".into()
    } else if what == "null" || what == "unit value" {
        "null".into()
    } else if what == "string" {
        "einen Text".into()
    } else {
        what.to_owned()
    }
}

/// What serde says it expected ("i64", "a string", "struct Party"), in German.
fn expected(what: &str) -> String {
    match what {
        "i64" | "i32" | "u64" | "u32" | "u16" | "u8" | "usize" => "eine ganze Zahl".into(),
        "a string" => "einen Text in Anführungszeichen".into(),
        "a boolean" => "true oder false".into(),
        "a sequence" => "eine Liste in eckigen Klammern".into(),
        "a map" => "ein Objekt in geschweiften Klammern".into(),
        _ if what.starts_with("struct ") || what.starts_with("a map") => {
            "ein Objekt in geschweiften Klammern".into()
        }
        _ if what.starts_with("a sequence") => "eine Liste in eckigen Klammern".into(),
        _ if what.contains('`') => format!("einen der Werte {}", quoted_list(what)),
        _ => what.to_owned(),
    }
}

/// A serde message about the content of a configuration, in German; unknown ones pass through.
pub fn german_serde_message(message: &str) -> String {
    let message = message.lines().next().unwrap_or(message);
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let (name, allowed) = rest.split_once(", expected").unwrap_or((rest, ""));
        let name = first_quoted(name);
        if allowed.contains('`') {
            format!(
                "unbekanntes Feld „{name}“; erlaubt: {}",
                quoted_list(allowed)
            )
        } else {
            format!("unbekanntes Feld „{name}“; hier sind keine Felder erlaubt")
        }
    } else if let Some(rest) = message.strip_prefix("missing field ") {
        format!("Pflichtfeld „{}“ fehlt", first_quoted(rest))
    } else if let Some(rest) = message.strip_prefix("unknown variant ") {
        let (name, allowed) = rest.split_once(", expected").unwrap_or((rest, ""));
        format!(
            "unbekannter Wert „{}“; erlaubt: {}",
            first_quoted(name),
            quoted_list(allowed)
        )
    } else if let Some((what, wanted, kind)) = [
        ("invalid type: ", "falscher Datentyp"),
        ("invalid value: ", "ungültiger Wert"),
    ]
    .into_iter()
    .find_map(|(prefix, kind)| {
        let rest = message.strip_prefix(prefix)?;
        let (what, wanted) = rest.split_once(", expected ").unwrap_or((rest, ""));
        Some((what, wanted, kind))
    }) {
        format!(
            "{kind}: erwartet {}, gefunden {}",
            expected(wanted),
            found(what)
        )
    } else if let Some(rest) = message.strip_prefix("invalid length ") {
        let (n, wanted) = rest.split_once(", expected ").unwrap_or((rest, ""));
        format!(
            "falsche Anzahl von Einträgen ({n}); erwartet {}",
            expected(wanted)
        )
    } else {
        message.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_messages_read_in_german() {
        assert_eq!(
            german_serde_message("invalid type: string \"24\", expected i64"),
            "falscher Datentyp: erwartet eine ganze Zahl, gefunden den Text „24“"
        );
        assert_eq!(
            german_serde_message("unknown field `nmae`, expected one of `name`, `street`"),
            "unbekanntes Feld „nmae“; erlaubt: „name“, „street“"
        );
        assert_eq!(
            german_serde_message("unknown variant `x`, expected `controller` or `processor`"),
            "unbekannter Wert „x“; erlaubt: „controller“, „processor“"
        );
        assert_eq!(
            syntax_error(",,").as_deref(),
            Some("keine gültige JSON-Datei: Zeile 1, Spalte 1: hier wird ein Wert erwartet.")
        );
        assert_eq!(syntax_error("{\"a\": 1}"), None);
    }
}
