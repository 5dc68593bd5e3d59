//! Migrations of configuration files and profile overrides written by earlier releases.

use serde_json::{Map, Value, json};

use super::config::SCHEMA_VERSION;

/// Migrations of older files, in order: entry `i` turns a file of version `i + 1` into one of
/// version `i + 2`. A change of the format adds a step here, raises [`SCHEMA_VERSION`], and
/// adds frozen files of the old version under `tests/fixtures/`, which `tests/migrations.rs`
/// loads and compares with their migrated form.
const MIGRATIONS: &[fn(&mut Value)] = &[v1_to_v2, v2_to_v3];

/// Brings a file of an earlier version up to [`SCHEMA_VERSION`].
pub fn migrate(value: &mut Value, from: u32) {
    if !value.is_object() {
        return;
    }
    for step in MIGRATIONS.iter().skip(from.saturating_sub(1) as usize) {
        step(value);
    }
    value["schema_version"] = SCHEMA_VERSION.into();
}

/// Version 2 declares the legal choices in `clauses/optionen.toml` and stores them flat:
/// `"breach_notice": {"kind": "deadline", "hours": 24}` becomes `"breach_notice": "deadline",
/// "breach_hours": 24`. Numbers that did not apply are left out and filled from the balanced
/// preset when the file is read.
fn v1_to_v2(value: &mut Value) {
    if let Some(choices) = value.pointer_mut("/customer/choices") {
        flatten_choices_v1(choices);
    }
}

/// The v1 → v2 step on a `choices` object alone.
fn flatten_choices_v1(choices: &mut Value) {
    let Some(old) = choices.as_object().cloned() else {
        return;
    };
    let mut new = Map::new();
    // A tagged choice with numbers: the tag becomes the value, each number its own option.
    let tagged: &[(&str, &[(&str, &str)])] = &[
        (
            "duration",
            &[
                ("until", "fixed_term_until"),
                ("notice_weeks", "notice_weeks"),
            ],
        ),
        ("suspension", &[("days", "suspension_days")]),
        (
            "breach_notice",
            &[
                ("hours", "breach_hours"),
                ("report_days", "breach_report_days"),
            ],
        ),
        (
            "subprocessing",
            &[
                ("objection_days", "objection_days"),
                ("termination_weeks", "termination_weeks"),
            ],
        ),
        ("audit_notice", &[("days", "audit_notice_days")]),
    ];
    for (key, v) in old {
        if let Some((_, numbers)) = tagged.iter().find(|(k, _)| *k == key) {
            match v {
                Value::Object(inner) => {
                    if let Some(kind) = inner.get("kind") {
                        new.insert(key.clone(), kind.clone());
                    }
                    for (from, to) in *numbers {
                        if let Some(n) = inner.get(*from) {
                            new.insert((*to).to_owned(), n.clone());
                        }
                    }
                }
                other => {
                    new.insert(key, other);
                }
            }
            continue;
        }
        match (key.as_str(), v) {
            ("deletion_notice", Value::Null) => {
                new.insert(key, Value::Bool(false));
            }
            ("deletion_notice", n @ Value::Number(_)) => {
                new.insert(key, Value::Bool(true));
                new.insert("deletion_notice_days".into(), n);
            }
            ("jurisdiction", Value::Object(inner)) => {
                for (k, v) in inner {
                    new.insert(if k == "german_law" { k } else { "court".into() }, v);
                }
            }
            ("effective_date", Value::Null) => {
                new.insert(key, Value::String(String::new()));
            }
            ("transfer_safeguards", Value::Array(items)) => {
                let kept = items
                    .into_iter()
                    .filter(|s| s.as_str() != Some("not_needed"))
                    .collect();
                new.insert(key, Value::Array(kept));
            }
            (_, v) => {
                new.insert(key, v);
            }
        }
    }
    *choices = Value::Object(new);
}

/// Brings the `choices` of a profile's overrides, written for any earlier format, up to the
/// current one: the renames of every step, without the values a step sets for choices a file
/// never made (a profile's preset fills those).
pub fn upgrade_choices(choices: &mut Value) {
    flatten_choices_v1(choices);
    rename_v3(choices);
}

/// Version 3 after the lawyer's redline: the right to suspend an unlawful instruction after a
/// waiting period (which obliged the processor to carry it out meanwhile) became a deadline
/// for the controller's answer, and rules the old text fixed for everyone became options.
/// A file of version 2 keeps the meaning its text had: each new option gets the value that
/// says what the old clause said; where the old clause was unlawful (evidence replacing every
/// inspection, K3), the nearest lawful value. A missing answer on special categories, which
/// meant "none", becomes that answer.
fn v2_to_v3(value: &mut Value) {
    // Before version 3 a missing answer on special categories meant "none"; now it means the
    // question is still open.
    if let Some(processing) = value
        .pointer_mut("/customer/processing")
        .and_then(Value::as_object_mut)
    {
        processing
            .entry("special_categories")
            .or_insert(json!(false));
    }
    let Some(choices) = value.pointer_mut("/customer/choices") else {
        return;
    };
    rename_v3(choices);
    let Some(map) = choices.as_object_mut() else {
        return;
    };
    let kept = [
        ("objection_grounds", json!("any")),
        ("objection_termination", json!("if_unreasonable")),
        ("emergency_replacement", json!(false)),
        ("subprocessor_audits", json!("direct")),
        ("additional_measures", json!("agreed")),
        ("security_concept", json!("inspection")),
        ("instruction_scope", json!("unilateral")),
        ("own_purposes", json!("forbidden")),
        ("fee_basis", json!("effort")),
        ("report_disruptions", json!(true)),
        ("audit_frequency", json!("unlimited")),
        ("evidence_effect", json!("replaces_independent")),
        ("liability_rule", json!("main_contract")),
        ("indemnity_scope", json!("fault")),
    ];
    for (key, old_meaning) in kept {
        map.entry(key).or_insert(old_meaning);
    }
}

/// The renames of version 3, for configurations and profile overrides alike.
fn rename_v3(choices: &mut Value) {
    let Some(map) = choices.as_object_mut() else {
        return;
    };
    let days = map.remove("suspension_days");
    match map.remove("suspension").as_ref().and_then(Value::as_str) {
        Some("after_notice") => {
            map.insert("instruction_reply".into(), json!("deadline"));
            if let Some(days) = days.and_then(|d| d.as_i64()) {
                map.insert("instruction_reply_days".into(), json!(days.clamp(2, 30)));
            }
        }
        Some(_) => {
            map.insert("instruction_reply".into(), json!("open"));
        }
        None => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_of_earlier_formats_are_upgraded() {
        let mut choices: Value = serde_json::from_str(
            r#"{"breach_notice": {"kind": "deadline", "hours": 24, "report_days": 5},
                "deletion_notice": 12, "effective_date": null,
                "jurisdiction": {"german_law": true, "court": "Köln"},
                "transfer_safeguards": ["not_needed", "derogation"],
                "audit_notice": {"kind": "any_time"}, "indemnity": true,
                "suspension": {"kind": "after_notice", "days": 40}}"#,
        )
        .unwrap();
        upgrade_choices(&mut choices);
        let expected: Value = serde_json::from_str(
            r#"{"breach_notice": "deadline", "breach_hours": 24, "breach_report_days": 5,
                "deletion_notice": true, "deletion_notice_days": 12, "effective_date": "",
                "german_law": true, "court": "Köln", "transfer_safeguards": ["derogation"],
                "audit_notice": "any_time", "indemnity": true,
                "instruction_reply": "deadline", "instruction_reply_days": 30}"#,
        )
        .unwrap();
        assert_eq!(choices, expected);
    }
}
