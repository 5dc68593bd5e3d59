//! Property tests over random valid configurations: every Art. 28 requirement is met, no
//! reference dangles, no template syntax or gap leaks, output is deterministic, and any text in
//! any field leaves the Markdown structure and the HTML preview unchanged.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::OnceLock;

use avv::engine::config::*;
use avv::engine::presets::Preset;
use avv::engine::{ClauseLibrary, assemble, check, markdown};
use proptest::prelude::*;

fn library() -> &'static ClauseLibrary {
    static LIBRARY: OnceLock<ClauseLibrary> = OnceLock::new();
    LIBRARY.get_or_init(|| avv::shipped::library().unwrap_or_else(|e| panic!("{e}")))
}

fn party(name: &str) -> Party {
    Party {
        name: name.into(),
        street: "Weg 1".into(),
        postal_code: "10115".into(),
        city: "Berlin".into(),
        country: "Deutschland".into(),
        register: String::new(),
        representative: String::new(),
    }
}

fn person() -> Person {
    Person {
        name: "Kim Muster".into(),
        email: "kim@example.org".into(),
        phone: String::new(),
    }
}

fn arb_choices() -> impl Strategy<Value = Choices> {
    let flags = prop::collection::vec(any::<bool>(), 12);
    let numbers = prop::collection::vec(0i64..1000, 9);
    let picks = prop::collection::vec(0usize..6, 12);
    (flags, numbers, picks).prop_map(|(f, n, p)| {
        // Map raw numbers into each period's range, so every value is valid.
        fn pick<T>(
            raw: i64,
            min: u32,
            max: u32,
            new: fn(i64) -> Result<T, avv::engine::bounded::OutOfBounds>,
        ) -> T {
            let span = i64::from(max - min) + 1;
            new(i64::from(min) + raw.rem_euclid(span)).expect("in range")
        }
        let safeguards: Vec<TransferSafeguard> = TransferSafeguard::ALL
            .into_iter()
            .filter(|s| *s != TransferSafeguard::NotNeeded)
            .collect();
        let evidence = Evidence::ALL;
        Choices {
            terminology: if f[0] {
                Terminology::AuftraggeberAuftragnehmer
            } else {
                Terminology::VerantwortlicherAuftragsverarbeiter
            },
            remote_maintenance: f[1],
            subject_basis: if f[2] {
                SubjectBasis::MainContract
            } else {
                SubjectBasis::TaskList
            },
            duration: match p[0] % 4 {
                0 => Duration::MainContract,
                1 => Duration::OneOff,
                2 => Duration::FixedTerm {
                    until: Date::new(2030, 12, 31).unwrap(),
                },
                _ => Duration::Indefinite {
                    notice_weeks: pick(n[0], NoticeWeeks::MIN, NoticeWeeks::MAX, NoticeWeeks::new),
                },
            },
            place: [
                PlaceOfProcessing::Germany,
                PlaceOfProcessing::EuEea,
                PlaceOfProcessing::ThirdCountries,
            ][p[1] % 3],
            transfer_safeguards: safeguards[..p[2] % 5].to_vec(),
            instruction_form: if f[3] {
                InstructionForm::Written
            } else {
                InstructionForm::TextForm
            },
            suspension: if f[4] {
                Suspension::UntilConfirmed
            } else {
                Suspension::AfterNotice {
                    days: pick(
                        n[1],
                        SuspensionDays::MIN,
                        SuspensionDays::MAX,
                        SuspensionDays::new,
                    ),
                }
            },
            tom_changes: if f[5] {
                TomChanges::AllowedIfDocumented
            } else {
                TomChanges::PriorConsent
            },
            home_office: f[6],
            data_subject_days: pick(
                n[2],
                DataSubjectDays::MIN,
                DataSubjectDays::MAX,
                DataSubjectDays::new,
            ),
            data_subject_support: if f[7] { Cost::Free } else { Cost::Reimbursed },
            compliance_support: if f[8] { Cost::Free } else { Cost::Reimbursed },
            breach_notice: if p[3] % 2 == 0 {
                BreachNotice::WithoutUndueDelay
            } else {
                BreachNotice::Deadline {
                    hours: pick(n[3], BreachHours::MIN, BreachHours::MAX, BreachHours::new),
                    report_days: pick(n[4], ReportDays::MIN, ReportDays::MAX, ReportDays::new),
                }
            },
            record_of_processing: f[9],
            subprocessing: match p[4] % 3 {
                0 => Subprocessing::NotPermitted,
                1 => Subprocessing::SpecificConsent,
                _ => Subprocessing::GeneralAuthorisation {
                    objection_days: pick(
                        n[5],
                        ObjectionDays::MIN,
                        ObjectionDays::MAX,
                        ObjectionDays::new,
                    ),
                    termination_weeks: pick(
                        n[6],
                        TerminationWeeks::MIN,
                        TerminationWeeks::MAX,
                        TerminationWeeks::new,
                    ),
                },
            },
            further_subprocessing: if f[10] {
                FurtherSubprocessing::Forbidden
            } else {
                FurtherSubprocessing::SameConditions
            },
            audit_notice: if f[11] {
                AuditNotice::AnyTime
            } else {
                AuditNotice::Announced {
                    days: pick(
                        n[7],
                        AuditNoticeDays::MIN,
                        AuditNoticeDays::MAX,
                        AuditNoticeDays::new,
                    ),
                }
            },
            audit_costs: if p[5] % 2 == 0 {
                Cost::Free
            } else {
                Cost::Reimbursed
            },
            evidence: evidence[..p[6]].to_vec(),
            deletion_notice: (p[7] % 2 == 0).then(|| {
                pick(
                    n[8],
                    DeletionNoticeDays::MIN,
                    DeletionNoticeDays::MAX,
                    DeletionNoticeDays::new,
                )
            }),
            third_party_disclosure: p[8] % 2 == 0,
            indemnity: p[9] % 2 == 0,
            extraordinary_termination: p[10] % 2 == 0,
            docking_clause: p[11] % 2 == 0,
            jurisdiction: Jurisdiction {
                german_law: p[8] % 3 == 0,
                court: if p[9] % 3 == 0 {
                    "Köln".into()
                } else {
                    String::new()
                },
            },
            effective_date: (p[10] % 3 == 0).then(|| Date::new(2027, 1, 1).unwrap()),
            electronic_conclusion: p[11] % 3 == 0,
        }
    })
}

/// A complete, valid configuration with random choices and random list lengths.
fn arb_config() -> impl Strategy<Value = DpaConfig> {
    (
        arb_choices(),
        prop::collection::vec(0usize..4, 10),
        any::<bool>(),
    )
        .prop_map(|(choices, len, special)| {
            let mut config = DpaConfig::new_draft(Preset::Ausgewogen);
            let n = |i: usize, text: &str| {
                (0..len[i])
                    .map(|k| format!("{text} {k}"))
                    .collect::<Vec<_>>()
            };
            config.processor.company = party("Anbieter GmbH");
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
            config.processor.tom.measures = if len[4] == 0 {
                Vec::new()
            } else {
                vec!["verschl-tls".into(), "zutritt-pin".into()]
            };
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
            if !matches!(choices.subprocessing, Subprocessing::NotPermitted) {
                config.processor.subprocessors = (0..len[6])
                    .map(|k| Subprocessor {
                        name: format!("Sub {k}"),
                        address: "Weg 2, Hamburg".into(),
                        country: "Deutschland".into(),
                        service: "Hosting".into(),
                        location: "Hamburg".into(),
                        safeguard: TransferSafeguard::NotNeeded,
                    })
                    .collect();
            }
            config.processor.document_version = if len[7] > 1 {
                "1.0".into()
            } else {
                String::new()
            };
            config.customer.controller = party("Kunde AG");
            config.customer.contacts = (0..len[8])
                .map(|k| Contact {
                    side: if k % 2 == 0 {
                        Side::Controller
                    } else {
                        Side::Processor
                    },
                    role: ContactRole::ALL[k % ContactRole::ALL.len()],
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
                })
                .collect();
            let p = &mut config.customer.processing;
            p.main_contract.title = "Hauptvertrag".into();
            p.tasks = vec!["Aufgabe".into()];
            p.nature_and_purpose = "Betrieb einer Software".into();
            p.purposes = n(1, "Zweck");
            p.data_types = vec!["stammdaten".into()];
            p.custom_data_types = n(2, "Datenart");
            p.special_categories = special;
            p.special_categories_detail = if special {
                "Gesundheitsdaten".into()
            } else {
                String::new()
            };
            p.data_subjects = vec!["kunden".into()];
            p.custom_data_subjects = n(3, "Personengruppe");
            config.customer.choices = choices;
            config
        })
}

/// Pieces of hostile input, joined at random.
fn arb_hostile() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "#",
        "# Titel",
        "## ",
        "- ",
        "* ",
        "+ ",
        "1. ",
        "2) ",
        "> ",
        "|",
        "| a | b |",
        "---",
        "===",
        "`",
        "```",
        "~~~",
        "<b>",
        "</b>",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[a](javascript:alert(1))",
        "![b](x.png)",
        "[x]: http://example.org",
        "<http://example.org>",
        "&amp;",
        "&#60;",
        "&lt;",
        "**",
        "__",
        "*",
        "_",
        "~~",
        "\\",
        "\n",
        "\r\n",
        "\n\n",
        "\t",
        "    ",
        "[[ziffer:parteien]]",
        "[[anlage:anlage-tom]]",
        "{{ controller.name }}",
        "{% if when.indemnity %}",
        "{# c #}",
        "\u{200B}",
        "\u{202E}",
        "\u{2028}",
        "\u{FEFF}",
        "\u{E000}",
        "=",
        "'",
        "\"",
        "Wort",
        "ä",
        "  ",
        "<!--",
        "-->",
        "$x$",
        "{#id}",
        ":",
    ]);
    (
        prop::collection::vec(pieces, 1..8),
        "[a-zA-Z]{1,3}",
        any::<bool>(),
        0usize..4,
    )
        .prop_map(|(parts, word, word_first, long)| {
            let mut hostile = parts.concat();
            // Now and then a very long value, near the longest a one-line field accepts.
            if long == 0 {
                hostile.push_str(&"lang*_ ".repeat(40));
            }
            // A visible word keeps the value non-empty, like the plain word it is compared with.
            if word_first {
                format!("{word}{hostile}")
            } else {
                format!("{hostile}{word}")
            }
        })
}

/// The block and inline structure of a Markdown document.
fn structure(md: &str) -> Vec<String> {
    use pulldown_cmark::{Event, Tag, TagEnd};
    markdown::parser(md)
        .filter_map(|e| match e {
            Event::Start(tag) => Some(match tag {
                Tag::Heading { level, .. } => format!("<h{level}>"),
                Tag::Paragraph => "<p>".into(),
                Tag::List(start) => format!("<list {start:?}>"),
                Tag::Item => "<li>".into(),
                Tag::Table(_) => "<table>".into(),
                Tag::TableRow | Tag::TableHead => "<tr>".into(),
                Tag::TableCell => "<td>".into(),
                Tag::Emphasis => "<em>".into(),
                Tag::Strong => "<strong>".into(),
                other => format!("{other:?}"),
            }),
            Event::End(TagEnd::Paragraph) => Some("</p>".into()),
            Event::Html(_) | Event::InlineHtml(_) => Some("html".into()),
            Event::Code(_) => Some("code".into()),
            Event::HardBreak => Some("br".into()),
            Event::Rule => Some("hr".into()),
            _ => None,
        })
        .collect()
}

fn with_all_text(config: &DpaConfig, text: &str) -> DpaConfig {
    let mut config = config.clone();
    config.for_each_text_mut(&mut |s| *s = text.to_owned());
    config
}

proptest! {
    #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(192), ..ProptestConfig::default() })]

    #[test]
    fn every_configuration_is_complete_and_lawful(config in arb_config()) {
        let library = library();
        let out = assemble(&config, library);
        prop_assert!(out.diagnostics.is_empty(), "{:#?}", out.diagnostics);
        let md = &out.document.markdown;
        for leak in ["{{", "}}", "{%", "%}", "[[", "]]", "[…]"] {
            prop_assert!(!md.contains(leak), "`{}` leaks into the document", leak);
        }
        let report = check(&config, &out.document, library);
        for c in &report.coverage {
            prop_assert!(!c.clauses.is_empty(), "{} not met", c.requirement.label());
        }
        prop_assert_eq!(&assemble(&config, library).document, &out.document, "not deterministic");
    }

    #[test]
    fn typed_text_never_changes_the_structure(config in arb_config(), hostile in arb_hostile()) {
        let library = library();
        let plain = assemble(&with_all_text(&config, "Wort"), library).document.markdown;
        let attacked = assemble(&with_all_text(&config, &hostile), library).document.markdown;
        prop_assert_eq!(structure(&attacked), structure(&plain), "hostile text {:?} changed the structure", hostile);
        let html = markdown::to_html(&attacked);
        for tag in ["<script", "<img", "<a ", "<b>", "<code", "<pre", "<blockquote", "<hr"] {
            prop_assert!(!html.contains(tag), "hostile text {:?} produced {}", hostile, tag);
        }
    }
}
