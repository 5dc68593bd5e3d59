//! A small JSON Schema validator for the subset `src/schema` uses: `$ref` into `$defs`, `type`,
//! `properties`, `required`, `additionalProperties`, `items`, `enum`, `const`, `oneOf`,
//! `minimum`, `maximum`, `uniqueItems` and the date `pattern`. Errors name the path.

use serde_json::Value;

/// Every violation of `schema` by `value`, each with its path.
pub fn validate(root: &Value, value: &Value) -> Vec<String> {
    let mut errors = Vec::new();
    check(root, root, value, "", &mut errors);
    errors
}

fn type_matches(name: &str, value: &Value) -> bool {
    match name {
        "string" => value.is_string(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        "null" => value.is_null(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        _ => false,
    }
}

/// `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`, optionally also empty (`^(...)?$`), and `#rrggbb`.
fn pattern_matches(pattern: &str, text: &str) -> bool {
    let date = text.len() == 10
        && text.char_indices().all(|(i, c)| match i {
            4 | 7 => c == '-',
            _ => c.is_ascii_digit(),
        });
    match pattern {
        "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" => date,
        "^([0-9]{4}-[0-9]{2}-[0-9]{2})?$" => date || text.is_empty(),
        "^#[0-9a-fA-F]{6}$" => {
            text.len() == 7
                && text.starts_with('#')
                && text[1..].chars().all(|c| c.is_ascii_hexdigit())
        }
        other => panic!("pattern not supported by the test validator: {other}"),
    }
}

fn check(root: &Value, schema: &Value, value: &Value, path: &str, errors: &mut Vec<String>) {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = r.trim_start_matches("#/$defs/");
        let target = &root["$defs"][name];
        assert!(!target.is_null(), "unresolved $ref {r}");
        check(root, target, value, path, errors);
    }
    if let Some(options) = schema.get("oneOf").and_then(Value::as_array) {
        let matching = options
            .iter()
            .filter(|o| validate_at(root, o, value, path).is_empty())
            .count();
        if matching != 1 {
            errors.push(format!(
                "{path}: passt auf {matching} statt genau eine Alternative"
            ));
        }
    }
    if let Some(c) = schema.get("const")
        && c != value
    {
        errors.push(format!("{path}: erwartet {c}, gefunden {value}"));
    }
    match &schema["type"] {
        Value::String(t) if !type_matches(t, value) => {
            errors.push(format!("{path}: erwartet {t}, gefunden {value}"));
            return;
        }
        Value::Array(ts)
            if !ts
                .iter()
                .filter_map(Value::as_str)
                .any(|t| type_matches(t, value)) =>
        {
            errors.push(format!("{path}: erwartet {ts:?}, gefunden {value}"));
            return;
        }
        _ => {}
    }
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array)
        && !allowed.contains(value)
    {
        errors.push(format!("{path}: {value} ist nicht erlaubt"));
    }
    if let (Some(n), Some(min)) = (
        value.as_i64(),
        schema.get("minimum").and_then(Value::as_i64),
    ) && n < min
    {
        errors.push(format!("{path}: {n} < {min}"));
    }
    if let (Some(n), Some(max)) = (
        value.as_i64(),
        schema.get("maximum").and_then(Value::as_i64),
    ) && n > max
    {
        errors.push(format!("{path}: {n} > {max}"));
    }
    if let (Some(text), Some(p)) = (
        value.as_str(),
        schema.get("pattern").and_then(Value::as_str),
    ) && !pattern_matches(p, text)
    {
        errors.push(format!("{path}: „{text}“ passt nicht auf {p}"));
    }
    if let Some(items) = value.as_array() {
        if let Some(item_schema) = schema.get("items") {
            for (i, item) in items.iter().enumerate() {
                check(root, item_schema, item, &format!("{path}.{i}"), errors);
            }
        }
        if schema.get("uniqueItems") == Some(&Value::Bool(true)) {
            for (i, a) in items.iter().enumerate() {
                if items[..i].contains(a) {
                    errors.push(format!("{path}: {a} doppelt"));
                }
            }
        }
    }
    if let Some(object) = value.as_object() {
        let properties = schema.get("properties").and_then(Value::as_object);
        for name in schema["required"].as_array().into_iter().flatten() {
            let name = name.as_str().unwrap();
            if !object.contains_key(name) {
                errors.push(format!("{path}: Pflichtfeld {name} fehlt"));
            }
        }
        for (name, field) in object {
            let sub = if path.is_empty() {
                name.clone()
            } else {
                format!("{path}.{name}")
            };
            match (
                properties.and_then(|p| p.get(name)),
                schema.get("additionalProperties"),
            ) {
                (Some(s), _) => check(root, s, field, &sub, errors),
                (None, Some(Value::Bool(false))) => errors.push(format!("{sub}: unbekanntes Feld")),
                (None, Some(s)) if s.is_object() => check(root, s, field, &sub, errors),
                _ => {}
            }
        }
    }
}

fn validate_at(root: &Value, schema: &Value, value: &Value, path: &str) -> Vec<String> {
    let mut errors = Vec::new();
    check(root, schema, value, path, &mut errors);
    errors
}
