//! Configurations that together make the engine emit every diagnostic it can: one per kind of
//! structural mistake, and for every check of `clauses/pruefungen.toml` a configuration that
//! fires it (found from the check's own condition, so a check counsel adds is covered too).
//! Used natively (`tests/fields.rs`) and in the browser (`tests/web.rs`).

use avv::engine::ClauseLibrary;
use avv::engine::condition::{Atom, Comparison, Condition};
use avv::engine::config::*;

/// The first preset's empty draft.
fn draft(library: &ClauseLibrary) -> DpaConfig {
    let options = library.options();
    options.new_draft(&options.presets()[0].id).unwrap()
}

fn set(config: &mut DpaConfig, id: &str, value: ChoiceValue) {
    config.customer.choices.set(id, value);
}

/// Every structural mistake `validate` reports, in two drafts.
fn structural(library: &ClauseLibrary) -> Vec<DpaConfig> {
    let mut a = draft(library);
    let bad = Person {
        name: String::new(),
        email: "keine-adresse".into(),
        phone: String::new(),
    };
    a.customer.controller.country = "Deutschland".into();
    a.customer.controller.postal_code = "123".into();
    a.processor.dpo = DpoArrangement::Named {
        person: bad.clone(),
        company: String::new(),
    };
    a.processor.tom.security_contact = Some(bad.clone());
    a.processor.eu_representative = Some(Representative {
        name: "Vertretung".into(),
        address: "Dublin".into(),
        email: "keine-adresse".into(),
    });
    a.processor.subprocessors = vec![Subprocessor {
        safeguard: TransferSafeguard::Derogation,
        ..Subprocessor::default()
    }];
    a.processor.tom.measures = vec!["gibt-es-nicht".into()];
    a.processor.tom.custom = vec![CustomMeasure {
        group: "gibt-es-nicht".into(),
        text: "Eigene Maßnahme".into(),
    }];
    a.customer.contacts = vec![Contact {
        side: Side::Controller,
        role: ContactRole::ContactPerson,
        person: bad,
        function: String::new(),
    }];
    let p = &mut a.customer.processing;
    p.data_types = vec!["gibt-es-nicht".into()];
    // Patients point to a professional secret, beneficiaries to social data, works council
    // members to the works council (these checks need predicates over the catalogues).
    p.data_subjects = vec![
        "gibt-es-nicht".into(),
        "patienten".into(),
        "leistungsberechtigte".into(),
        "betriebsratsmitglieder".into(),
    ];
    p.special_categories = Some(true);
    for o in library.options().all().iter().filter(|o| o.required) {
        set(&mut a, &o.id, ChoiceValue::Word(String::new()));
    }
    // The second draft leaves the lists empty that the first fills with unknown entries.
    let b = draft(library);
    vec![a, b]
}

/// The atoms a condition needs true (`true`) or false (`false`), following `and`, the first
/// branch of `or`, and `not`.
fn needed(c: &Condition, want: bool, out: &mut Vec<(Atom, bool)>) {
    match c {
        Condition::Is(atom) => out.push((atom.clone(), want)),
        Condition::All(cs) if want => cs.iter().for_each(|c| needed(c, true, out)),
        Condition::Any(cs) if !want => cs.iter().for_each(|c| needed(c, false, out)),
        Condition::All(cs) | Condition::Any(cs) => {
            if let Some(first) = cs.first() {
                needed(first, want, out);
            }
        }
        Condition::Not(inner) => needed(inner, !want, out),
        Condition::Always => {}
    }
}

/// `config` changed so that the option atoms of `condition` take the values it needs.
pub fn satisfying(library: &ClauseLibrary, config: &DpaConfig, condition: &Condition) -> DpaConfig {
    let mut atoms = Vec::new();
    needed(condition, true, &mut atoms);
    let mut out = config.clone();
    for (atom, want) in atoms {
        let Some((id, _)) = atom.option() else {
            continue;
        };
        let o = library.options().get(id).unwrap();
        let value = match (&atom, want) {
            (Atom::On(_), on) => ChoiceValue::Flag(on),
            (Atom::Is(_, value), true) if o.kind == OptionKind::Set => {
                ChoiceValue::Words(vec![value.clone()])
            }
            (Atom::Is(_, value), true) => ChoiceValue::Word(value.clone()),
            (Atom::Is(..), false) if o.kind == OptionKind::Set => ChoiceValue::Words(Vec::new()),
            (Atom::Is(_, value), false) => {
                let other = o.values.iter().find(|v| &v.id != value).unwrap();
                ChoiceValue::Word(other.id.clone())
            }
            (Atom::Compare(_, op, n), want) => {
                let low = matches!(op, Comparison::Less | Comparison::LessOrEqual);
                let high = matches!(op, Comparison::Greater | Comparison::GreaterOrEqual);
                ChoiceValue::Number(match (low, high, want) {
                    (true, _, true) | (_, true, false) => o.min,
                    (_, true, true) | (true, _, false) => o.max,
                    _ if want == (*op == Comparison::Equal) => *n,
                    _ => {
                        if *n == o.min {
                            o.max
                        } else {
                            o.min
                        }
                    }
                })
            }
            (Atom::Filled(_), false) if o.kind == OptionKind::Set => ChoiceValue::Words(Vec::new()),
            (Atom::Filled(_), false) => ChoiceValue::Word(String::new()),
            (Atom::Filled(_), true) => match o.kind {
                OptionKind::Set => ChoiceValue::Words(vec![o.values[0].id.clone()]),
                OptionKind::Date => ChoiceValue::Word("2031-03-15".into()),
                _ => ChoiceValue::Word("Musterstadt".into()),
            },
            (Atom::Predicate(_), _) => continue,
        };
        set(&mut out, id, value);
    }
    out
}

/// The corpus: the structural drafts, and for each check the first configuration found that
/// fires it. A check no configuration fires is returned by name in the second list.
#[allow(dead_code)] // tests/options.rs uses only `satisfying`
pub fn corpus(library: &ClauseLibrary) -> (Vec<DpaConfig>, Vec<String>) {
    let mut configs = structural(library);
    let mut unfired = Vec::new();
    for rule in library.rules() {
        let fires = |c: &DpaConfig| rule.when.eval(c, library.catalogues());
        if configs.iter().any(fires) {
            continue;
        }
        let found = configs
            .iter()
            .map(|c| satisfying(library, c, &rule.when))
            .find(|c| fires(c));
        match found {
            Some(config) => configs.push(config),
            None => unfired.push(format!("{} (Zeile {})", rule.message_text, rule.line)),
        }
    }
    (configs, unfired)
}
