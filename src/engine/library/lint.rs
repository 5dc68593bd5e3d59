//! The checks the browser build skips (they only matter when a library file changes, and the
//! native tests run them on exactly the files the build embeds): every cross-reference points
//! to a clause or labelled paragraph, every template variable exists, and every option and
//! every value of it is visible in some clause, so a value added to `clauses/optionen.toml`
//! but named by no clause fails instead of silently rendering like another.

use std::collections::BTreeSet;

use super::{ClauseKind, ClauseLibrary, OPTIONS_FILE, RULES_FILE, variables};
use crate::engine::catalogue::TERMINOLOGY;
use crate::engine::condition::Atom;
use crate::engine::config::*;
use crate::engine::context::{Context, Sources};
use crate::engine::field::Section;
use crate::engine::markers::{MarkerKind, markers};
use crate::engine::source::{FilePart, LibraryError};

/// Every problem the native checks find.
pub(super) fn check(
    library: &ClauseLibrary,
    bodies: &[&FilePart<'_>],
    parts: &[FilePart<'_>],
) -> Vec<LibraryError> {
    let mut errors = Vec::new();
    let mut named = BTreeSet::new();
    references(library, bodies, &mut errors);
    for section in Section::ALL {
        if library.clause(section.clause()).is_none() {
            errors.push(LibraryError::new(
                OPTIONS_FILE,
                1,
                format!(
                    "Der Abschnitt `{}` des Fragebogens zeigt in der Vorschau die Klausel `{}`, die es nicht gibt.",
                    section.id(),
                    section.clause()
                ),
            ));
        }
    }
    variables(library, bodies, parts, &mut errors, &mut named);
    if let Some(part) = parts.iter().find(|p| p.path == OPTIONS_FILE) {
        visibility(library, &named, part, &mut errors);
    }
    errors
}

/// The clause a body belongs to.
fn clause_of<'l>(library: &'l ClauseLibrary, part: &FilePart<'_>) -> Option<&'l super::Clause> {
    library.clauses().iter().find(|c| c.path == part.path)
}

/// Every `[[ziffer:…]]` and `[[anlage:…]]` names an existing clause of the right kind, and
/// every `#label` a paragraph label of that clause.
fn references(library: &ClauseLibrary, bodies: &[&FilePart<'_>], errors: &mut Vec<LibraryError>) {
    let labels = |id: &str| -> BTreeSet<&str> {
        bodies
            .iter()
            .filter(|p| clause_of(library, p).is_some_and(|c| c.id.as_str() == id))
            .flat_map(|p| markers(p.body))
            .filter(|m| m.kind == Ok(MarkerKind::Absatz))
            .map(|m| m.target)
            .collect()
    };
    for part in bodies {
        for marker in markers(part.body) {
            let (target, label) = marker
                .target
                .split_once('#')
                .map_or((marker.target, None), |(t, l)| (t, Some(l)));
            let problem = match marker.kind {
                Ok(MarkerKind::Absatz) => None,
                Ok(MarkerKind::Ziffer) => match library.clause(target) {
                    None => Some(format!("Verweis auf die unbekannte Klausel `{target}`.")),
                    Some(c) if c.kind != ClauseKind::Section => Some(format!(
                        "`[[ziffer:{target}]]` muss eine nummerierte Klausel (kind = \"section\") nennen."
                    )),
                    Some(_) => label.filter(|l| !labels(target).contains(l)).map(|l| {
                        format!("Die Klausel `{target}` hat keinen Absatz mit der Marke `{l}`.")
                    }),
                },
                Ok(MarkerKind::Anlage) => match library.clause(target) {
                    Some(c) if c.kind == ClauseKind::Annex && label.is_none() => None,
                    _ => Some(format!(
                        "`[[anlage:{}]]` muss eine Anlage (kind = \"annex\") nennen.",
                        marker.target
                    )),
                },
                Err(other) => Some(format!(
                    "Unbekannter Verweis `[[{other}:…]]`; erlaubt sind ziffer, anlage und absatz."
                )),
            };
            if let Some(message) = problem {
                let (line, column, text) = locate(part.body, marker.range.start);
                errors.push(
                    LibraryError::new(part.path, part.body_line + line, message)
                        .with_excerpt(text, Some(column)),
                );
            }
        }
    }
}

/// 0-based line, 1-based column (characters) and the line's text at a byte offset.
fn locate(text: &str, offset: usize) -> (usize, usize, &str) {
    let before = &text[..offset];
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    let end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    (
        before.matches('\n').count(),
        before[start..].chars().count() + 1,
        &text[start..end],
    )
}

/// Every variable a clause or a check message names exists in the context (checked against the
/// shape of a context in which every list has an element); the names are collected.
fn variables(
    library: &ClauseLibrary,
    bodies: &[&FilePart<'_>],
    parts: &[FilePart<'_>],
    errors: &mut Vec<LibraryError>,
    named: &mut BTreeSet<String>,
) {
    let annexes: Vec<(&str, bool)> = library.annex_ids().map(|id| (id, true)).collect();
    let sample = full_sample(library);
    let sources = Sources {
        config: &sample,
        options: library.options(),
        catalogues: library.catalogues(),
    };
    let shape =
        upon::to_value(Context::build(sources, &annexes, true)).expect("the context serialises");
    let mut report =
        |path: &str, first_line: usize, text: &str, unknown: Vec<variables::Unknown>| {
            for u in unknown {
                let line_text = text.lines().nth(u.line).unwrap_or("");
                errors.push(
                    LibraryError::new(path, first_line + u.line, u.message)
                        .with_excerpt(line_text, Some(u.column))
                        .with_hint(u.hint),
                );
            }
        };
    for part in bodies {
        let (unknown, paths) = variables::check(part.body, &shape);
        report(part.path, part.body_line, part.body, unknown);
        named.extend(paths);
        if let Some(clause) = clause_of(library, part) {
            let (unknown, paths) = variables::check(&clause.title, &shape);
            report(
                part.path,
                part.key_line("title", part.data_line),
                &clause.title,
                unknown,
            );
            named.extend(paths);
        }
    }
    if let Some(part) = parts.iter().find(|p| p.path == RULES_FILE) {
        for rule in library.rules() {
            let (unknown, _) = variables::check(&rule.message_text, &shape);
            let line = part.key_line("message", rule.line);
            report(part.path, line, &rule.message_text, unknown);
        }
    }
    for clause in library.clauses() {
        for atom in clause.condition.atoms() {
            match atom {
                Atom::Is(id, value) => named.insert(format!("o.{id}.{value}")),
                Atom::On(id) | Atom::Filled(id) | Atom::Compare(id, ..) => {
                    named.insert(format!("o.{id}"))
                }
                Atom::Predicate(_) => false,
            };
        }
    }
}

/// Every option, and every value of a choice or set, is named by some clause: as `o.<id>`,
/// `o.<id>.<value>`, `texts.<id>` (which shows every value's words) or in a condition.
fn visibility(
    library: &ClauseLibrary,
    named: &BTreeSet<String>,
    part: &FilePart<'_>,
    errors: &mut Vec<LibraryError>,
) {
    let names = |prefix: &str| {
        named
            .iter()
            .any(|n| n == prefix || n.starts_with(&format!("{prefix}.")))
    };
    let terms_used = names("ag") || names("an") || names("sub");
    for o in library.options().all() {
        if o.invisible.is_some() || (o.id == TERMINOLOGY && terms_used) {
            continue;
        }
        let whole = format!("o.{}", o.id);
        match o.kind {
            OptionKind::Choice | OptionKind::Set => {
                if names(&format!("texts.{}", o.id)) {
                    continue;
                }
                for v in &o.values {
                    if !named.contains(&format!("{whole}.{}", v.id)) {
                        let line = part.id_line(&v.id, o.line);
                        errors.push(part.error_at(
                            line,
                            format!(
                                "Option `{}`: Der Wert `{}` kommt in keiner Klausel vor, weder in einer Bedingung (`{}.{}`) noch als `{whole}.{}`; der Vertrag sähe für ihn aus wie für einen anderen Wert.",
                                o.id, v.id, o.id, v.id, v.id
                            ),
                        ).with_hint(Some(format!(
                            "Schreiben Sie den Text für diesen Wert in die Klausel, etwa `{{% if {whole}.{} %}}…{{% endif %}}`, oder begründen Sie mit `invisible = \"…\"`, warum er unsichtbar bleibt.",
                            v.id
                        ))));
                    }
                }
            }
            _ => {
                if !names(&whole) {
                    errors.push(part.error_at(
                        o.line,
                        format!(
                            "Option `{}` kommt in keiner Klausel vor, weder in einer Bedingung noch als `{whole}`.",
                            o.id
                        ),
                    ).with_hint(Some(
                        "Verwenden Sie die Option in einer Klausel oder begründen Sie mit `invisible = \"…\"`, warum sie im Vertrag nicht erscheint.".into(),
                    )));
                }
            }
        }
    }
}

/// A configuration in which every list has an element and every option is set: the shape
/// against which the library checks template variables.
pub fn full_sample(library: &ClauseLibrary) -> DpaConfig {
    let person = Person {
        name: "n".into(),
        email: "e".into(),
        phone: "p".into(),
    };
    let party = Party {
        name: "n".into(),
        street: "s".into(),
        postal_code: "p".into(),
        city: "c".into(),
        country: "l".into(),
        register: "r".into(),
        representative: "v".into(),
        seat: "s".into(),
    };
    let one = || vec!["x".to_owned()];
    let signatory = |side| Signatory {
        side,
        name: "n".into(),
        function: "f".into(),
        place: "p".into(),
        date: None,
    };
    DpaConfig {
        schema: SchemaReference,
        schema_version: SCHEMA_VERSION,
        processor: ProcessorPart {
            company: party.clone(),
            dpo: DpoArrangement::Named {
                person: person.clone(),
                company: "c".into(),
            },
            eu_representative: Some(Representative {
                name: "n".into(),
                address: "a".into(),
                email: "e".into(),
            }),
            services: one(),
            locations: one(),
            tom: TomSelection {
                measures: Vec::new(),
                custom: vec![CustomMeasure {
                    group: String::new(),
                    text: "x".into(),
                }],
                narrative: "x".into(),
                security_contact: Some(person.clone()),
                values: Default::default(),
            },
            subprocessors: vec![Subprocessor::default()],
            document_version: "1".into(),
            document_date: None,
            document_title: String::new(),
        },
        customer: CustomerPart {
            controller: party,
            contacts: vec![Contact {
                side: Side::Controller,
                role: ContactRole::ContactPerson,
                person,
                function: "f".into(),
            }],
            signatories: vec![signatory(Side::Controller), signatory(Side::Processor)],
            processing: ProcessingDetails {
                main_contract: MainContract {
                    title: "t".into(),
                    date: None,
                },
                tasks: one(),
                nature_and_purpose: "x".into(),
                purposes: one(),
                data_types: Vec::new(),
                custom_data_types: one(),
                special_categories: Some(true),
                special_categories_detail: "x".into(),
                data_subjects: Vec::new(),
                custom_data_subjects: one(),
            },
            choices: library.options().preset_choices(0),
        },
    }
}
