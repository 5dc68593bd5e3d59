//! Reading `clauses/optionen.toml`: each option is read and checked on its own, so one run
//! reports every mistake, each with its line and, for a misspelt name, a suggestion.

use serde_json::Value;

use super::raw::{OPTION_KEYS, RawFile, RawOption, RawPreset, RawValue, valid_id};
use super::{OptionDecl, OptionSet, PresetDecl, ValueDecl};
use crate::engine::condition::{Condition, Predicate};
use crate::engine::config::OptionKind;
use crate::engine::field::Section;
use crate::engine::source::{FilePart, LibraryError, did_you_mean, german_serde_message};

/// Reads and checks the declarations; every mistake is reported.
pub(crate) fn load(part: &FilePart<'_>) -> Result<OptionSet, Vec<LibraryError>> {
    let raw: RawFile = part.parse().map_err(|e| vec![e])?;
    let mut errors = Vec::new();
    let mut presets: Vec<PresetDecl> = Vec::new();
    let mut line = part.data_line;
    for value in raw.preset {
        let id = value.get("id").and_then(Value::as_str).unwrap_or("");
        line = part.id_line(id, line);
        match serde_json::from_value::<RawPreset>(value) {
            Ok(p) if !valid_id(&p.id) => errors.push(part.error_at(
                line,
                format!(
                    "Die Id `{}` ist ungültig: Kleinbuchstaben, Ziffern und `_`.",
                    p.id
                ),
            )),
            Ok(p) if presets.iter().any(|q| q.id == p.id) => errors
                .push(part.error_at(line, format!("Die Voreinstellung `{}` ist doppelt.", p.id))),
            Ok(p) => presets.push(PresetDecl {
                id: p.id,
                label: p.label,
                help: p.help,
            }),
            Err(e) => errors.push(part.error_at(line, german_serde_message(&e.to_string()))),
        }
    }
    if presets.is_empty() && errors.is_empty() {
        errors.push(part.error_at(
            part.data_line,
            "Es ist keine Voreinstellung ([[preset]]) deklariert.",
        ));
    }

    let mut options: Vec<(OptionDecl, Option<String>)> = Vec::new();
    let mut line = part.data_line;
    for value in raw.option {
        let id = value
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned();
        line = part.id_line(&id, line);
        match read_option(part, value, line, &presets) {
            Ok(decl) => {
                if options.iter().any(|(o, _)| o.id == decl.0.id) {
                    errors.push(part.error_at(line, format!("Die Option `{id}` ist doppelt.")));
                } else {
                    options.push(decl);
                }
            }
            Err(mut e) => errors.append(&mut e),
        }
    }
    let mut set = OptionSet {
        presets,
        options: options.iter().map(|(o, _)| o.clone()).collect(),
        path: part.path.to_owned(),
    };
    // Conditions can name any option, so they are read once all are known.
    for (i, (decl, applies)) in options.iter().enumerate() {
        let Some(text) = applies else { continue };
        let at = part.key_line("applies", decl.line);
        match Condition::parse(text, &set) {
            Ok(c)
                if c.atoms()
                    .iter()
                    .any(|a| a.option().is_some_and(|(o, _)| o == decl.id)) =>
            {
                errors.push(part.error_at(at, "Eine Option kann nicht von sich selbst abhängen."));
            }
            Ok(c) => set.options[i].applies = c,
            Err(e) => errors.push(part.error_at(at, e.message).with_hint(e.hint)),
        }
    }
    if errors.is_empty() {
        Ok(set)
    } else {
        Err(errors)
    }
}

/// One option with its values, defaults and bounds; the `applies` text is returned for later.
fn read_option(
    part: &FilePart<'_>,
    value: Value,
    line: usize,
    presets: &[PresetDecl],
) -> Result<(OptionDecl, Option<String>), Vec<LibraryError>> {
    let values = value.get("value").cloned();
    let raw: RawOption = serde_json::from_value(value).map_err(|e| {
        let message = german_serde_message(&e.to_string());
        let key = e.to_string().split('`').nth(1).unwrap_or("").to_owned();
        let at = if message.starts_with("Unbekannter Schlüssel") {
            part.key_line(&key, line)
        } else {
            line
        };
        vec![
            part.error_at(at, message)
                .with_hint(did_you_mean(&key, OPTION_KEYS.iter().copied())),
        ]
    })?;
    let mut errors = Vec::new();
    let id = raw.id.clone();
    // A mistake of this option at `key = …` (or at the option's `id` line for "").
    let at = |key: &str, message: String| {
        let at = if key.is_empty() {
            line
        } else {
            part.key_line(key, line)
        };
        part.error_at(at, format!("Option `{id}`: {message}"))
    };
    let error =
        |errors: &mut Vec<LibraryError>, key: &str, message: String| errors.push(at(key, message));
    if !valid_id(&raw.id) {
        error(
            &mut errors,
            "",
            "die Id ist ungültig: Kleinbuchstaben, Ziffern und `_`.".into(),
        );
    }
    if Predicate::from_name(&raw.id).is_some() {
        error(
            &mut errors,
            "",
            "so heißt schon ein Prädikat; wählen Sie einen anderen Namen.".into(),
        );
    }
    let section = Section::from_id(&raw.section);
    if section.is_none() {
        let ids = Section::ALL.iter().map(|s| s.id());
        let hint = did_you_mean(&raw.section, ids.clone())
            .unwrap_or_else(|| format!("Abschnitte: {}.", ids.collect::<Vec<_>>().join(", ")));
        error(
            &mut errors,
            "section",
            format!("unbekannter Abschnitt `{}`. {hint}", raw.section),
        );
    }

    let with_values = matches!(raw.kind, OptionKind::Choice | OptionKind::Set);
    let mut value_decls: Vec<ValueDecl> = Vec::new();
    if let Some(Value::Array(items)) = values {
        let mut at = line;
        for item in items {
            let vid = item
                .get("id")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned();
            at = part.id_line(&vid, at);
            match serde_json::from_value::<RawValue>(item) {
                Ok(v) if !valid_id(&v.id) => error(
                    &mut errors,
                    "",
                    format!(
                        "der Wert `{}` ist ungültig: Kleinbuchstaben, Ziffern und `_`.",
                        v.id
                    ),
                ),
                Ok(v) if value_decls.iter().any(|w| w.id == v.id) => {
                    error(&mut errors, "", format!("der Wert `{}` ist doppelt.", v.id))
                }
                Ok(v) => value_decls.push(ValueDecl {
                    text: v.text.unwrap_or_else(|| v.label.clone()),
                    id: v.id,
                    label: v.label,
                    help: v.help,
                    favours: v.favours,
                }),
                Err(e) => errors.push(part.error_at(
                    at,
                    format!(
                        "Option `{id}`, Wert `{vid}`: {}",
                        german_serde_message(&e.to_string())
                    ),
                )),
            }
        }
    }
    match raw.kind {
        OptionKind::Choice if value_decls.len() < 2 => error(
            &mut errors,
            "",
            "eine Auswahl (choice) braucht mindestens zwei Werte ([[option.value]]).".into(),
        ),
        OptionKind::Set if value_decls.is_empty() => error(
            &mut errors,
            "",
            "eine Mehrfachauswahl (set) braucht Werte ([[option.value]]).".into(),
        ),
        _ if !with_values && !value_decls.is_empty() => error(
            &mut errors,
            "",
            format!("eine Option der Art `{}` hat keine Werte.", raw.kind.name()),
        ),
        _ => {}
    }
    // The questionnaire shows the help under the question; a choice explains itself when each
    // value has its own help.
    let explained = !raw.help.trim().is_empty()
        || (with_values && value_decls.iter().all(|v| !v.help.trim().is_empty()));
    if matches!(
        raw.kind,
        OptionKind::Toggle | OptionKind::Choice | OptionKind::Set
    ) && !explained
    {
        error(
            &mut errors,
            "",
            "die Erläuterung fehlt: `help` an der Option oder an jedem Wert (der Fragebogen zeigt sie unter der Frage).".into(),
        );
    }
    if with_values && raw.favours.is_some() {
        error(
            &mut errors,
            "favours",
            "bei choice und set steht `favours` an jedem Wert, nicht an der Option.".into(),
        );
    }
    let (min, max) = match (raw.kind, raw.min, raw.max) {
        (OptionKind::Number, Some(min), Some(max)) if min <= max => (min, max),
        (OptionKind::Number, Some(_), Some(_)) => {
            error(&mut errors, "min", "`min` ist größer als `max`.".into());
            (0, 0)
        }
        (OptionKind::Number, _, _) => {
            error(&mut errors, "", "eine Zahl braucht `min` und `max`.".into());
            (0, 0)
        }
        (_, None, None) => (0, 0),
        _ => {
            error(
                &mut errors,
                "min",
                "nur Zahlen haben `min` und `max`.".into(),
            );
            (0, 0)
        }
    };
    if raw.required && !matches!(raw.kind, OptionKind::Date | OptionKind::Text) {
        error(
            &mut errors,
            "required",
            "`required` gibt es nur bei date und text.".into(),
        );
    }
    let mut decl = OptionDecl {
        id: raw.id,
        kind: raw.kind,
        section: section.unwrap_or(Section::Vertragsende),
        label: raw.label,
        help: raw.help,
        favours: raw.favours.unwrap_or_default(),
        values: value_decls,
        min,
        max,
        unit: raw.unit,
        defaults: Vec::new(),
        applies: Condition::Always,
        applies_text: raw.applies.clone().unwrap_or_default(),
        required: raw.required,
        lockable: raw.lockable,
        invisible: raw.invisible,
        why: raw.why.clone().unwrap_or_default(),
        line,
    };
    match (decl.preset_bound(), raw.why.as_deref().map(str::trim)) {
        (true, None | Some("")) => error(
            &mut errors,
            "",
            "die Begründung der Voreinstellungen fehlt; schreiben Sie `why = \"…\"` (ein Satz für docs/presets.md).".into(),
        ),
        (false, Some(_)) => error(
            &mut errors,
            "why",
            "Datum und Text haben keine Voreinstellung und brauchen kein `why`.".into(),
        ),
        _ => {}
    }
    match (decl.preset_bound(), raw.default) {
        (false, None) => {}
        (false, Some(_)) => error(
            &mut errors,
            "default",
            "Datum und Text haben keine Voreinstellung; sie bleiben leer, bis jemand sie ausfüllt."
                .into(),
        ),
        (true, None) => error(
            &mut errors,
            "",
            format!(
                "die Voreinstellung fehlt; schreiben Sie `default = …` für alle oder je Voreinstellung ({}).",
                presets
                    .iter()
                    .map(|p| p.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ),
        (true, Some(default)) => {
            let per_preset = match &default {
                Value::Object(table) if decl.kind != OptionKind::Set || !table.is_empty() => {
                    for key in table.keys() {
                        if !presets.iter().any(|p| &p.id == key) {
                            let hint = did_you_mean(key, presets.iter().map(|p| p.id.as_str()))
                                .map(|h| format!(" {h}"))
                                .unwrap_or_default();
                            error(
                                &mut errors,
                                "default",
                                format!(
                                    "`default` nennt die unbekannte Voreinstellung `{key}`.{hint}"
                                ),
                            );
                        }
                    }
                    presets
                        .iter()
                        .map(|p| (p, table.get(&p.id).cloned()))
                        .collect::<Vec<_>>()
                }
                single => presets.iter().map(|p| (p, Some(single.clone()))).collect(),
            };
            for (preset, value) in per_preset {
                match value {
                    None => error(
                        &mut errors,
                        "default",
                        format!("die Voreinstellung für `{}` fehlt.", preset.id),
                    ),
                    Some(value) => match super::values::default_value(&decl, &value) {
                        Ok(v) => decl.defaults.push(v),
                        Err(message) => error(
                            &mut errors,
                            "default",
                            format!("Voreinstellung `{}`: {message}", preset.id),
                        ),
                    },
                }
            }
        }
    }
    if errors.is_empty() {
        Ok((decl, raw.applies))
    } else {
        Err(errors)
    }
}
