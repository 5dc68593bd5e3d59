//! Static check of template variables: every path a template names must exist in the context.
//!
//! upon reports an undefined variable only when the branch that names it is rendered. Because
//! every key of the context is always present, one context in which every list has an element
//! has the shape of all contexts; checking each path of each tag against it catches a misspelt
//! variable in any branch when the library loads.

use std::collections::BTreeMap;

/// Words of the template language that are not variables.
const KEYWORDS: &[&str] = &[
    "if", "else", "endif", "for", "in", "endfor", "not", "with", "as", "endwith", "include",
    "true", "false", "and", "or",
];

/// Checks every tag of `body`. On failure: the 0-based line within the body and a message.
pub fn check(body: &str, shape: &upon::Value) -> Result<(), (usize, String)> {
    let mut scopes: Vec<BTreeMap<String, upon::Value>> = Vec::new();
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
        let line = body[..consumed + start].matches('\n').count();
        if opener != "{#" {
            check_tag(inner, opener == "{%", shape, &mut scopes).map_err(|m| (line, m))?;
        }
        let advance = start + 2 + len + 2;
        consumed += advance;
        rest = &rest[advance..];
    }
    Ok(())
}

fn check_tag(
    inner: &str,
    is_block: bool,
    shape: &upon::Value,
    scopes: &mut Vec<BTreeMap<String, upon::Value>>,
) -> Result<(), String> {
    let words = paths(inner);
    if is_block {
        match words.first().map(String::as_str) {
            Some("for") => {
                // `for x in path`: bind x to an element of path.
                let (Some(var), Some(list)) = (words.get(1), words.get(3)) else {
                    return Err(format!("cannot read `{{% {inner} %}}`"));
                };
                let value = resolve(list, shape, scopes)?;
                let element = match value {
                    upon::Value::List(items) => items.first().cloned().unwrap_or(upon::Value::None),
                    _ => return Err(format!("`{list}` is not a list")),
                };
                let mut scope = BTreeMap::new();
                scope.insert(var.clone(), element);
                scope.insert(
                    "loop".to_owned(),
                    upon::value! { index: 0, first: true, last: true },
                );
                scopes.push(scope);
                return Ok(());
            }
            Some("endfor") => {
                scopes.pop();
                return Ok(());
            }
            _ => {}
        }
    }
    for word in words.iter().filter(|w| !KEYWORDS.contains(&w.as_str())) {
        resolve(word, shape, scopes)?;
    }
    Ok(())
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

/// Looks a dotted path up in the loop scopes, then in the context shape.
fn resolve(
    path: &str,
    shape: &upon::Value,
    scopes: &[BTreeMap<String, upon::Value>],
) -> Result<upon::Value, String> {
    let mut segments = path.split('.').filter(|s| !s.is_empty());
    let first = segments
        .next()
        .ok_or_else(|| format!("empty variable in `{path}`"))?;
    let mut value = scopes
        .iter()
        .rev()
        .find_map(|scope| scope.get(first).cloned())
        .or_else(|| lookup(shape, first))
        .ok_or_else(|| format!("unknown variable `{first}` (in `{path}`)"))?;
    for segment in segments {
        value = match &value {
            upon::Value::List(items) if segment.chars().all(|c| c.is_ascii_digit()) => {
                items.first().cloned().unwrap_or(upon::Value::None)
            }
            _ => lookup(&value, segment).ok_or_else(|| format!("unknown variable `{path}`"))?,
        };
    }
    Ok(value)
}

fn lookup(value: &upon::Value, key: &str) -> Option<upon::Value> {
    match value {
        upon::Value::Map(map) => map.get(key).cloned(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::check;

    fn shape() -> upon::Value {
        upon::value! { when: { indemnity: true }, items: [{ name: "x" }], c: { days: 3 } }
    }

    #[test]
    fn known_paths_pass() {
        let body = "{% if when.indemnity %}{{ c.days }}{% endif %}\n{% for i in items %}{{ i.name | or_gap }}{{ loop.index }}{% endfor %}{{ \"lit\" | or_gap }}";
        assert_eq!(check(body, &shape()), Ok(()));
    }

    #[test]
    fn unknown_paths_fail_with_line() {
        assert_eq!(
            check("a\nb {% if when.indemnitty %}x{% endif %}", &shape()),
            Err((1, "unknown variable `when.indemnitty`".into()))
        );
        assert!(check("{% for i in items %}{{ i.nam }}{% endfor %}", &shape()).is_err());
        assert!(check("{% for i in items %}{% endfor %}{{ i.name }}", &shape()).is_err());
    }
}
