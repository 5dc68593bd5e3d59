//! Reading a profile file (native builds only: the browser gets the compiled form).

use std::collections::BTreeMap;

use super::look::{Logo, Look, check_accent};
use super::{LockRule, Profile, ProfileError};
use crate::engine::config::{ChoiceValue, OptionKind, ProcessorPart};
use crate::engine::field::CHOICES;
use crate::engine::options::{COVER_PAGE, OptionSet};
use crate::engine::source::{FilePart, Structured, closest};

mod file {
    //! The TOML file as written.
    use std::collections::BTreeMap;

    use serde::Deserialize;

    use super::ProcessorPart;

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct ProfileFile {
        pub processor: ProcessorPart,
        pub choices: ChoicesFile,
        #[serde(default)]
        pub locks: BTreeMap<String, LockFile>,
        #[serde(default)]
        pub look: LookFile,
    }

    #[derive(Default, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct LookFile {
        pub logo: Option<String>,
        pub accent: Option<String>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct ChoicesFile {
        pub preset: String,
        #[serde(default)]
        pub overrides: toml::Table,
    }

    #[derive(Deserialize)]
    #[serde(untagged)]
    pub enum LockFile {
        Word(String),
        Range { min: i64, max: i64 },
    }
}

/// Lock paths of profiles written for earlier formats (the nested choices of format 1, the
/// suspension of unlawful instructions of format 2), and the options each now stands for.
const OLD_LOCKS: &[(&str, &[&str])] = &[
    (
        "duration",
        &["duration", "fixed_term_until", "notice_weeks"],
    ),
    ("duration.notice_weeks", &["notice_weeks"]),
    ("duration.until", &["fixed_term_until"]),
    (
        "suspension",
        &["instruction_reply", "instruction_reply_days"],
    ),
    ("suspension.days", &["instruction_reply_days"]),
    ("suspension_days", &["instruction_reply_days"]),
    (
        "breach_notice",
        &["breach_notice", "breach_hours", "breach_report_days"],
    ),
    ("breach_notice.hours", &["breach_hours"]),
    ("breach_notice.report_days", &["breach_report_days"]),
    (
        "subprocessing",
        &["subprocessing", "objection_days", "termination_weeks"],
    ),
    ("subprocessing.objection_days", &["objection_days"]),
    ("subprocessing.termination_weeks", &["termination_weeks"]),
    ("audit_notice", &["audit_notice", "audit_notice_days"]),
    ("audit_notice.days", &["audit_notice_days"]),
    (
        "deletion_notice",
        &["deletion_notice", "deletion_notice_days"],
    ),
    ("jurisdiction", &["german_law", "court"]),
    ("jurisdiction.german_law", &["german_law"]),
    ("jurisdiction.court", &["court"]),
];

/// The line of the first `key =`, `"key" =` or `[key]` in `text`, at or after the line holding
/// `after` (a table header), if given.
fn line_of(text: &str, key: &str, after: Option<&str>) -> Option<usize> {
    let part = FilePart {
        path: "",
        data: Structured::Toml(text),
        data_line: 1,
        body: "",
        body_line: 0,
    };
    let from = after.map_or(Some(1), |header| part.find(1, |l| l.trim_end() == header))?;
    let last = key.rsplit('.').next().unwrap_or(key);
    part.find(from, |l| {
        l.starts_with(&format!("{last} "))
            || l.starts_with(&format!("{last}="))
            || l.starts_with(&format!("\"{key}\""))
            || l.contains(&format!("[{key}]"))
    })
}

impl Profile {
    /// Reads and checks a profile against the declared options; every mistake is returned.
    /// Its defaults are the preset's choices with the profile's overrides, and the cover page
    /// of key terms on unless the profile sets it. A profile that names a logo file needs
    /// [`Profile::parse_with`].
    pub fn parse(text: &str, options: &OptionSet) -> Result<Self, Vec<ProfileError>> {
        Self::parse_with(text, options, &|name| {
            Err(format!("„{name}“: Dateien werden hier nicht gelesen."))
        })
    }

    /// As [`Profile::parse`], reading files the profile names (its logo) with `read`, which
    /// resolves a name as written in the profile; the engine itself does no IO.
    pub fn parse_with(
        text: &str,
        options: &OptionSet,
        read: &dyn Fn(&str) -> Result<Vec<u8>, String>,
    ) -> Result<Self, Vec<ProfileError>> {
        use file::{LockFile, ProfileFile};
        let file: ProfileFile = toml::from_str(text).map_err(|err| {
            vec![ProfileError {
                line: err
                    .span()
                    .map(|s| text[..s.start].matches('\n').count() + 1),
                field: err.message().split('`').nth(1).unwrap_or("").to_owned(),
                message: crate::engine::source::german_serde_message(err.message()),
            }]
        })?;
        let mut errors = Vec::new();
        let mut error = |field: &str, after: Option<&str>, message: String| {
            errors.push(ProfileError {
                line: line_of(text, field, after),
                field: field.to_owned(),
                message,
            })
        };
        let presets: Vec<&str> = options.presets().iter().map(|p| p.id.as_str()).collect();
        let Some(preset) = options.preset_index(&file.choices.preset) else {
            error(
                "choices.preset",
                None,
                format!(
                    "unbekannte Voreinstellung „{}“; erlaubt: {}.",
                    file.choices.preset,
                    presets.join(", ")
                ),
            );
            return Err(errors);
        };
        let mut defaults = options.preset_choices(preset);
        let mut overrides = serde_json::Map::new();
        for (key, value) in &file.choices.overrides {
            let value = serde_json::to_value(value).unwrap_or_default();
            overrides.insert(key.clone(), value);
        }
        let mut overrides = serde_json::Value::Object(overrides);
        crate::engine::import::upgrade_choices(&mut overrides);
        for (key, value) in overrides.as_object().into_iter().flatten() {
            match serde_json::from_value::<ChoiceValue>(value.clone()) {
                Ok(v) => defaults.set(key, v),
                Err(_) => error(
                    key,
                    Some("[choices.overrides]"),
                    "ist kein Wert einer Option.".into(),
                ),
            }
        }
        // A vendor hands the same agreement to many customers, whose signatories want the key
        // terms first: a vendor build starts with the cover page unless the profile says
        // otherwise. (The presets leave it off; they serve one agreement at a time.)
        let overridden = |id: &str| overrides.as_object().is_some_and(|o| o.contains_key(id));
        if options.get(COVER_PAGE).is_some() && !overridden(COVER_PAGE) {
            defaults.set(COVER_PAGE, ChoiceValue::Flag(true));
        }
        if let Err(e) = options.check_choices(&mut defaults) {
            let key = e
                .field
                .trim_start_matches(&format!("{CHOICES}."))
                .to_owned();
            error(&key, Some("[choices.overrides]"), e.message);
        }
        let mut locks = BTreeMap::new();
        for (path, lock) in file.locks {
            let ids: Vec<String> = match OLD_LOCKS.iter().find(|(old, _)| *old == path) {
                Some((_, new)) => new.iter().map(|s| (*s).to_owned()).collect(),
                None => vec![path.clone()],
            };
            for id in ids {
                let Some(decl) = options.get(&id) else {
                    let hint = closest(&id, options.all().iter().map(|o| o.id.as_str()))
                        .map(|c| format!(" Meinten Sie „{c}“?"))
                        .unwrap_or_default();
                    error(
                        &path,
                        Some("[locks]"),
                        format!("„{id}“ ist keine Option.{hint}"),
                    );
                    continue;
                };
                if !decl.lockable {
                    error(
                        &path,
                        Some("[locks]"),
                        format!("„{id}“ darf ein Anbieter nicht festlegen (lockable = false)."),
                    );
                    continue;
                }
                let rule = match &lock {
                    LockFile::Word(word) if word == "fixed" => LockRule::Fixed,
                    LockFile::Word(word) => {
                        error(
                            &path,
                            Some("[locks]"),
                            format!(
                                "„{word}“: schreiben Sie \"fixed\" oder {{ min = …, max = … }}."
                            ),
                        );
                        continue;
                    }
                    LockFile::Range { min, max } => {
                        let (min, max) = (*min, *max);
                        let current = defaults.number(&id);
                        if decl.kind != OptionKind::Number {
                            error(
                                &path,
                                Some("[locks]"),
                                format!("„{id}“ ist keine Zahl; nur Zahlen haben einen Bereich."),
                            );
                            continue;
                        }
                        if min > max || min < decl.min || max > decl.max {
                            error(
                                &path,
                                Some("[locks]"),
                                format!(
                                    "{min} bis {max} liegt nicht im erlaubten Bereich von {} bis {} ({}).",
                                    decl.min, decl.max, decl.label
                                ),
                            );
                            continue;
                        }
                        if let Some(n) = current.filter(|n| !(min..=max).contains(n)) {
                            error(
                                &path,
                                Some("[locks]"),
                                format!(
                                    "die Voreinstellung {n} liegt außerhalb von {min} bis {max}."
                                ),
                            );
                            continue;
                        }
                        LockRule::Range { min, max }
                    }
                };
                locks.insert(id, rule);
            }
        }
        let mut look = Look::default();
        if let Some(accent) = &file.look.accent {
            match check_accent(accent) {
                Ok(()) => look.accent = Some(accent.clone()),
                Err(message) => error("accent", Some("[look]"), message),
            }
        }
        if let Some(name) = &file.look.logo {
            match read(name).and_then(|bytes| Logo::from_bytes(&bytes)) {
                Ok(logo) => look.logo = Some(logo),
                Err(message) => error("logo", Some("[look]"), message),
            }
        }
        if errors.is_empty() {
            Ok(Self {
                processor: file.processor,
                defaults,
                locks,
                look,
            })
        } else {
            Err(errors)
        }
    }
}
