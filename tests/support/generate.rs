//! Random valid configurations generated from the option declarations: every value of every
//! option (every set up to all its values, every number over its whole range), every
//! structural variant, and a TOM with a measure for every letter of Art. 32(1) DSGVO. Used by
//! `tests/properties.rs` and `tests/redline.rs`.
#![allow(dead_code)] // each test binary uses a part

use avv::engine::config::*;
use proptest::prelude::*;

use crate::common::{self, library, party};

pub fn person() -> Person {
    Person {
        name: "Kim Muster".into(),
        email: "kim@example.org".into(),
        phone: String::new(),
    }
}

/// A value for every declared option, each drawn from its own random number: any value of a
/// choice, any subset of a set, any number within the bounds, a date or text filled or empty
/// (always filled where the option requires it).
pub fn arb_choices() -> impl Strategy<Value = Choices> {
    let options = library().options();
    prop::collection::vec(any::<u64>(), options.all().len()).prop_map(move |seeds| {
        let mut choices = Choices::default();
        for (o, seed) in options.all().iter().zip(seeds) {
            let value = match o.kind {
                OptionKind::Toggle => ChoiceValue::Flag(seed % 2 == 0),
                OptionKind::Choice => {
                    ChoiceValue::Word(o.values[(seed % o.values.len() as u64) as usize].id.clone())
                }
                OptionKind::Set => ChoiceValue::Words(
                    o.values
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| seed >> i & 1 == 1)
                        .map(|(_, v)| v.id.clone())
                        .collect(),
                ),
                OptionKind::Number => {
                    let span = (o.max - o.min + 1) as u64;
                    ChoiceValue::Number(o.min + (seed % span) as i64)
                }
                OptionKind::Date if o.required || seed % 2 == 0 => ChoiceValue::Word(format!(
                    "20{:02}-0{}-1{}",
                    27 + seed % 10,
                    1 + seed % 9,
                    seed % 10
                )),
                OptionKind::Text if o.required || seed % 2 == 0 => ChoiceValue::Word("Köln".into()),
                OptionKind::Date | OptionKind::Text => ChoiceValue::Word(String::new()),
            };
            choices.set(&o.id, value);
        }
        choices
    })
}

/// A complete, valid configuration with random choices, random list lengths and every
/// structural variant (DPO arrangement, subprocessor safeguard, contact role).
pub fn arb_config() -> impl Strategy<Value = DpaConfig> {
    (
        arb_choices(),
        prop::collection::vec(0usize..4, 10),
        any::<bool>(),
        prop::collection::vec(0usize..TransferSafeguard::ALL.len(), 3),
    )
        .prop_map(|(mut choices, len, special, safeguards)| {
            let mut config = common::empty_draft();
            let n = |i: usize, text: &str| {
                (0..len[i])
                    .map(|k| format!("{text} {k}"))
                    .collect::<Vec<_>>()
            };
            config.processor.company = party("Anbieter GmbH", "Berlin");
            config.processor.dpo = match len[0] % 3 {
                0 => DpoArrangement::AppointedIfRequired,
                1 => DpoArrangement::Named {
                    person: person(),
                    company: "Beratung GmbH".into(),
                },
                _ => DpoArrangement::ContactPerson { person: person() },
            };
            config.processor.eu_representative = (len[1] == 3).then(|| Representative {
                name: "Vertretung".into(),
                address: "Straße 1, Dublin".into(),
                email: "v@example.org".into(),
            });
            config.processor.services = n(2, "Dienst");
            config.processor.locations = n(3, "Standort");
            config.processor.tom.custom = vec![CustomMeasure {
                group: "zugangskontrolle".into(),
                text: "Eigene Maßnahme".into(),
            }];
            config.processor.tom.narrative = if len[5] > 1 {
                "Zertifiziert.".into()
            } else {
                String::new()
            };
            config.processor.tom.security_contact = (len[5] == 3).then(person);
            if !choices.is("subprocessing", "not_permitted") {
                // Transfers only where the agreement allows third countries: anything else is
                // a contradiction check() reports as an error.
                let third = choices.is("place", "third_countries");
                config.processor.subprocessors = (0..len[6])
                    .map(|k| {
                        let safeguard = if third {
                            TransferSafeguard::ALL[safeguards[k % 3]]
                        } else {
                            TransferSafeguard::NotNeeded
                        };
                        let abroad = safeguard != TransferSafeguard::NotNeeded;
                        Subprocessor {
                            name: format!("Sub {k}"),
                            address: "Weg 2, Hamburg".into(),
                            country: if abroad { "USA" } else { "Deutschland" }.into(),
                            service: "Hosting".into(),
                            location: "Hamburg".into(),
                            safeguard,
                            remote_access: if abroad && k == 1 {
                                "Indien: Support".into()
                            } else {
                                String::new()
                            },
                        }
                    })
                    .collect();
            }
            config.processor.document_version = if len[7] > 1 {
                "1.0".into()
            } else {
                String::new()
            };
            config.customer.controller = party("Kunde AG", "Köln");
            config.customer.contacts = (0..len[8])
                .map(|k| Contact {
                    side: if k % 2 == 0 {
                        Side::Controller
                    } else {
                        Side::Processor
                    },
                    role: ContactRole::ALL[(k + len[9]) % ContactRole::ALL.len()],
                    person: person(),
                    function: "Leitung".into(),
                })
                .collect();
            config.customer.signatories = (0..len[9])
                .map(|k| Signatory {
                    side: if k % 2 == 0 {
                        Side::Controller
                    } else {
                        Side::Processor
                    },
                    name: "Alex Muster".into(),
                    function: "Geschäftsführung".into(),
                    place: "Berlin".into(),
                    date: (k == 1).then(|| Date::parse_iso("2026-12-01").unwrap()),
                })
                .collect();
            let p = &mut config.customer.processing;
            p.main_contract.title = "Hauptvertrag".into();
            p.tasks = vec!["Aufgabe".into()];
            p.nature_and_purpose = "Betrieb einer Software".into();
            p.purposes = n(1, "Zweck");
            p.data_types = vec!["stammdaten".into()];
            p.custom_data_types = n(2, "Datenart");
            p.special_categories = Some(special);
            p.special_categories_detail = if special {
                "Gesundheitsdaten".into()
            } else {
                String::new()
            };
            p.data_subjects = vec!["kunden".into()];
            p.custom_data_subjects = n(3, "Personengruppe");
            // Evidence that replaces inspections must include an independent kind (a check
            // refuses the combination otherwise; `tests/fields.rs` shows it fires).
            let independent = [
                "certification",
                "iso27001",
                "bsi_grundschutz",
                "audit_reports",
            ];
            if let Some(ChoiceValue::Words(evidence)) = choices.get("evidence").cloned()
                && !evidence.is_empty()
                && choices.is("evidence_effect", "replaces_independent")
                && !evidence.iter().any(|e| independent.contains(&e.as_str()))
            {
                let mut evidence = evidence;
                evidence.push("audit_reports".into());
                choices.set("evidence", ChoiceValue::Words(evidence));
            }
            config.customer.choices = choices;
            common::complete_tom(&mut config);
            if len[4] == 0 {
                config
                    .processor
                    .tom
                    .measures
                    .retain(|m| m != "zutritt-schliesssystem-elektronisch");
            }
            config
        })
}
