//! Static check of template variables: every path a template names must exist in the context.
//!
//! upon reports an undefined variable only when the branch that names it is rendered. Because
//! every key of the context is always present, one context in which every list has an element
//! has the shape of all contexts; checking each path of each tag against it catches a misspelt
//! variable in any branch when the library loads. The check also returns every path a template
//! names, which tells which options a clause shows.

use std::collections::BTreeMap;

use crate::engine::source::closest;

/// Words of the template language that are not variables.
const KEYWORDS: &[&str] = &[
    "if", "else", "endif", "for", "in", "endfor", "not", "with", "as", "endwith", "include",
    "true", "false", "and", "or",
];

/// An unknown variable: 0-based line and 1-based column within the body, message, suggestion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unknown {
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub hint: Option<String>,
}

/// Checks every tag of `body`: the unknown variables, and every known path the body names
/// (loop variables resolved to the list they run over, e.g. `texts.evidence`).
pub fn check(body: &str, shape: &upon::Value) -> (Vec<Unknown>, Vec<String>) {
    let mut scopes: Vec<BTreeMap<String, (upon::Value, String)>> = Vec::new();
    let mut unknown = Vec::new();
    let mut named = Vec::new();
    let mut rest = body;
    let mut consumed = 0;
    while let Some(start) = rest.find('{') {
        let opener = rest[start..].get(..2).unwrap_or("");
        let closer = match opener {
            "{{" => "}}",
            "{%" => "%}",
            "{#" => "#}",
            _ => {
                consumed += start + 1;
                rest = &rest[start + 1..];
                continue;
            }
        };
        let Some(len) = rest[start + 2..].find(closer) else {
            break;
        };
        let inner = rest[start + 2..start + 2 + len].trim_matches('-').trim();
        let before = &body[..consumed + start];
        let line = before.matches('\n').count();
        let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
        if opener != "{#" {
            let mut found = |message: String, hint: Option<String>| {
                unknown.push(Unknown {
                    line,
                    column,
                    message,
                    hint,
                })
            };
            check_tag(
                inner,
                opener == "{%",
                shape,
                &mut scopes,
                &mut found,
                &mut named,
            );
        }
        let advance = start + 2 + len + 2;
        consumed += advance;
        rest = &rest[advance..];
    }
    (unknown, named)
}

fn check_tag(
    inner: &str,
    is_block: bool,
    shape: &upon::Value,
    scopes: &mut Vec<BTreeMap<String, (upon::Value, String)>>,
    found: &mut dyn FnMut(String, Option<String>),
    named: &mut Vec<String>,
) {
    let words = paths(inner);
    if is_block {
        match words.first().map(String::as_str) {
            Some("for") => {
                // `for x in path`: bind x to an element of path.
                let (Some(var), Some(list)) = (words.get(1), words.get(3)) else {
                    found(
                        format!("`{{% {inner} %}}` ist keine lesbare Schleife."),
                        None,
                    );
                    scopes.push(BTreeMap::new());
                    return;
                };
                let mut scope = BTreeMap::new();
                match resolve(list, shape, scopes) {
                    Ok((upon::Value::List(items), full)) => {
                        named.push(full.clone());
                        let element = items.first().cloned().unwrap_or(upon::Value::None);
                        scope.insert(var.clone(), (element, full));
                    }
                    Ok(_) => found(format!("`{list}` ist keine Liste."), None),
                    Err((message, hint)) => found(message, hint),
                }
                scope.insert(
                    "loop".to_owned(),
                    (
                        upon::value! { index: 0, first: true, last: true },
                        "loop".to_owned(),
                    ),
                );
                scopes.push(scope);
                return;
            }
            Some("endfor") => {
                scopes.pop();
                return;
            }
            _ => {}
        }
    }
    for word in words.iter().filter(|w| !KEYWORDS.contains(&w.as_str())) {
        match resolve(word, shape, scopes) {
            Ok((_, full)) => named.push(full),
            Err((message, hint)) => found(message, hint),
        }
    }
}

/// The variable paths of a tag, skipping string literals, numbers, filter and function names.
fn paths(inner: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = inner.chars().collect();
    let mut i = 0;
    let mut after_pipe = false;
    while i < chars.len() {
        let c = chars[i];
        if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
        } else if c == '|' {
            after_pipe = true;
            i += 1;
        } else if c.is_ascii_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len()
                && (chars[i].is_ascii_alphanumeric() || matches!(chars[i], '_' | '.' | '?'))
            {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let is_call = chars.get(i) == Some(&'(');
            if !after_pipe && !is_call {
                out.push(word.replace('?', ""));
            }
            after_pipe = false;
        } else {
            if c.is_ascii_digit() || c == ':' || c == ',' {
                after_pipe = false;
            }
            i += 1;
        }
    }
    out
}

/// Looks a dotted path up in the loop scopes, then in the context shape. Returns the value and
/// the path with a loop variable replaced by its list, or the German message and a suggestion.
fn resolve(
    path: &str,
    shape: &upon::Value,
    scopes: &[BTreeMap<String, (upon::Value, String)>],
) -> Result<(upon::Value, String), (String, Option<String>)> {
    let mut segments = path.split('.').filter(|s| !s.is_empty());
    let first = segments
        .next()
        .ok_or_else(|| (format!("Leere Variable in `{path}`."), None))?;
    let (mut value, mut full) = match scopes.iter().rev().find_map(|scope| scope.get(first)) {
        Some((value, full)) => (value.clone(), full.clone()),
        None => match lookup(shape, first) {
            Some(value) => (value, first.to_owned()),
            None => {
                let keys = keys(shape);
                let scoped = scopes.iter().flat_map(|s| s.keys().map(String::as_str));
                let hint = closest(first, keys.iter().copied().chain(scoped))
                    .map(|c| format!("Meinten Sie `{}`?", path.replacen(first, c, 1)));
                return Err((format!("Unbekannte Variable `{path}`."), hint));
            }
        },
    };
    for segment in segments {
        value = match &value {
            upon::Value::List(items) if segment.chars().all(|c| c.is_ascii_digit()) => {
                items.first().cloned().unwrap_or(upon::Value::None)
            }
            _ => match lookup(&value, segment) {
                Some(next) => next,
                None => {
                    let keys = keys(&value);
                    let known = &path[..path.find(segment).unwrap_or(path.len())];
                    let hint = closest(segment, keys.iter().copied())
                        .map(|c| format!("Meinten Sie `{known}{c}`?"))
                        .or_else(|| {
                            (!keys.is_empty() && keys.len() <= 12)
                                .then(|| format!("Bekannt unter `{known}`: {}.", keys.join(", ")))
                        });
                    return Err((format!("Unbekannte Variable `{path}`."), hint));
                }
            },
        };
        full.push('.');
        full.push_str(segment);
    }
    Ok((value, full))
}

fn lookup(value: &upon::Value, key: &str) -> Option<upon::Value> {
    match value {
        upon::Value::Map(map) => map.get(key).cloned(),
        _ => None,
    }
}

fn keys(value: &upon::Value) -> Vec<&str> {
    match value {
        upon::Value::Map(map) => map.keys().map(String::as_str).collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::check;

    fn shape() -> upon::Value {
        upon::value! { when: { indemnity: true }, items: [{ name: "x" }], ag: { dat: "d", nom: "n" } }
    }

    #[test]
    fn known_paths_pass_and_are_named() {
        let body = "{% if when.indemnity %}{{ ag.dat }}{% endif %}\n{% for i in items %}{{ i.name | or_gap }}{{ loop.index }}{% endfor %}{{ \"lit\" | or_gap }}";
        let (unknown, named) = check(body, &shape());
        assert_eq!(unknown, vec![]);
        assert!(named.contains(&"items.name".to_owned()), "{named:?}");
        assert!(named.contains(&"when.indemnity".to_owned()));
    }

    #[test]
    fn unknown_paths_fail_with_line_column_and_suggestion() {
        let (unknown, _) = check(
            "a\nb {% if when.indemnitty %}x{% endif %} {{ ag.dta }}",
            &shape(),
        );
        assert_eq!(unknown.len(), 2);
        assert_eq!((unknown[0].line, unknown[0].column), (1, 3));
        assert_eq!(unknown[0].message, "Unbekannte Variable `when.indemnitty`.");
        assert_eq!(
            unknown[0].hint.as_deref(),
            Some("Meinten Sie `when.indemnity`?")
        );
        assert_eq!(unknown[1].hint.as_deref(), Some("Meinten Sie `ag.dat`?"));
        assert!(
            !check("{% for i in items %}{{ i.nam }}{% endfor %}", &shape())
                .0
                .is_empty()
        );
        assert!(
            !check("{% for i in items %}{% endfor %}{{ i.name }}", &shape())
                .0
                .is_empty()
        );
    }
}
