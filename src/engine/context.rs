//! The values a clause template sees, built from the configuration and the catalogues.
//!
//! Every key is always present (empty string, empty list, `false`, or a default number where a
//! choice does not apply), so templates never meet an undefined value and the library check can
//! verify every variable against one shape. `docs/clause-authoring.md` lists the keys.

use std::collections::BTreeMap;

use serde::Serialize;

use super::catalogue::{Catalogues, Declension, SubprocessorTerms};
use super::condition::Predicate;
use super::config::*;

/// The template context.
#[derive(Debug, Serialize)]
pub struct Context<'a> {
    ag: &'a Declension,
    an: &'a Declension,
    sub: &'a SubprocessorTerms,
    controller: &'a Party,
    processor: &'a Party,
    dpo: DpoView<'a>,
    eu_representative: RepresentativeView<'a>,
    services: Vec<&'a str>,
    locations: Vec<&'a str>,
    main_contract: MainContractView<'a>,
    tasks: Vec<&'a str>,
    nature_and_purpose: &'a str,
    purposes: Vec<&'a str>,
    data_types: Vec<&'a str>,
    data_subjects: Vec<&'a str>,
    special_categories_detail: &'a str,
    tom: TomView<'a>,
    subprocessors: Vec<SubprocessorView<'a>>,
    contacts: Vec<ContactView<'a>>,
    signatories: SignatoriesView<'a>,
    c: Numbers<'a>,
    document: DocumentView<'a>,
    annex: BTreeMap<String, bool>,
    when: BTreeMap<&'static str, bool>,
}

#[derive(Debug, Serialize)]
struct DpoView<'a> {
    name: &'a str,
    email: &'a str,
    phone: &'a str,
    company: &'a str,
}

#[derive(Debug, Serialize)]
struct RepresentativeView<'a> {
    name: &'a str,
    address: &'a str,
    email: &'a str,
}

#[derive(Debug, Serialize)]
struct MainContractView<'a> {
    title: &'a str,
    date: String,
}

#[derive(Debug, Serialize)]
struct PersonView<'a> {
    name: &'a str,
    email: &'a str,
    phone: &'a str,
}

#[derive(Debug, Serialize)]
struct TomView<'a> {
    narrative: &'a str,
    security_contact: PersonView<'a>,
    groups: Vec<TomGroupView<'a>>,
}

#[derive(Debug, Serialize)]
struct TomGroupView<'a> {
    title: &'a str,
    goal_title: &'a str,
    purpose: &'a str,
    measures: Vec<&'a str>,
}

#[derive(Debug, Serialize)]
struct SubprocessorView<'a> {
    name: &'a str,
    address: &'a str,
    country: &'a str,
    service: &'a str,
    location: &'a str,
    safeguard: &'a str,
}

#[derive(Debug, Serialize)]
struct ContactView<'a> {
    side: &'a str,
    role: &'a str,
    name: &'a str,
    function: &'a str,
    email: &'a str,
    phone: &'a str,
}

#[derive(Debug, Serialize)]
struct SignatoryView<'a> {
    name: &'a str,
    function: &'a str,
    place: &'a str,
}

#[derive(Debug, Serialize)]
struct SignatoriesView<'a> {
    controller: Vec<SignatoryView<'a>>,
    processor: Vec<SignatoryView<'a>>,
}

/// Periods and other parameters, flattened; defaults where the choice does not apply.
#[derive(Debug, Serialize)]
struct Numbers<'a> {
    notice_weeks: u32,
    fixed_term_until: String,
    suspension_days: u32,
    data_subject_days: u32,
    breach_hours: u32,
    breach_report_days: u32,
    objection_days: u32,
    termination_weeks: u32,
    audit_notice_days: u32,
    deletion_notice_days: u32,
    transfer_safeguards: Vec<&'a str>,
    evidence: Vec<&'a str>,
    court: &'a str,
    effective_date: String,
}

#[derive(Debug, Serialize)]
struct DocumentView<'a> {
    version: &'a str,
}

/// Non-empty entries of a list, trimmed.
fn filled(items: &[String]) -> Vec<&str> {
    items
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect()
}

impl<'a> Context<'a> {
    /// Builds the context. `annexes` holds every annex id with whether it is in the document.
    pub fn new(
        config: &'a DpaConfig,
        catalogues: &'a Catalogues,
        annexes: &[(&str, bool)],
    ) -> Self {
        Self::build(config, catalogues, annexes, false)
    }

    /// Like [`Context::new`], but own measures without a known group count for the first group,
    /// so the shape check sees a TOM group.
    pub(crate) fn build(
        config: &'a DpaConfig,
        catalogues: &'a Catalogues,
        annexes: &[(&str, bool)],
        custom_in_any_group: bool,
    ) -> Self {
        let processor = &config.processor;
        let customer = &config.customer;
        let choices = &customer.choices;
        let terms = &catalogues.terms;
        let parties = terms.parties(choices.terminology);
        let processing = &customer.processing;

        let dpo = match &processor.dpo {
            DpoArrangement::Named { person, company } => DpoView {
                name: &person.name,
                email: &person.email,
                phone: &person.phone,
                company,
            },
            DpoArrangement::ContactPerson { person } => DpoView {
                name: &person.name,
                email: &person.email,
                phone: &person.phone,
                company: "",
            },
            DpoArrangement::AppointedIfRequired => DpoView {
                name: "",
                email: "",
                phone: "",
                company: "",
            },
        };
        let eu_representative = processor.eu_representative.as_ref().map_or(
            RepresentativeView {
                name: "",
                address: "",
                email: "",
            },
            |r| RepresentativeView {
                name: &r.name,
                address: &r.address,
                email: &r.email,
            },
        );

        let data_types = processing
            .data_types
            .iter()
            .filter_map(|id| catalogues.data_type(id).map(|e| e.label.as_str()))
            .chain(filled(&processing.custom_data_types))
            .collect();
        let data_subjects = processing
            .data_subjects
            .iter()
            .filter_map(|id| catalogues.data_subject(id).map(|e| e.label.as_str()))
            .chain(filled(&processing.custom_data_subjects))
            .collect();

        let groups = catalogues
            .tom
            .group
            .iter()
            .filter_map(|group| {
                let measures: Vec<&str> = group
                    .measure
                    .iter()
                    .filter(|m| processor.tom.measures.contains(&m.id))
                    .map(|m| m.text.as_str())
                    .chain(
                        processor
                            .tom
                            .custom
                            .iter()
                            .filter(|m| m.group == group.id || custom_in_any_group)
                            .map(|m| m.text.trim())
                            .filter(|t| !t.is_empty()),
                    )
                    .collect();
                (!measures.is_empty()).then(|| TomGroupView {
                    title: &group.title,
                    goal_title: terms.goal.get(&group.goal).map_or("", String::as_str),
                    purpose: &group.purpose,
                    measures,
                })
            })
            .collect();
        let security_contact = processor.tom.security_contact.as_ref().map_or(
            PersonView {
                name: "",
                email: "",
                phone: "",
            },
            |p| PersonView {
                name: &p.name,
                email: &p.email,
                phone: &p.phone,
            },
        );

        let side_label = |side: Side| match side {
            Side::Controller => parties.controller.nom.as_str(),
            Side::Processor => parties.processor.nom.as_str(),
        };
        let contacts = customer
            .contacts
            .iter()
            .map(|k| ContactView {
                side: side_label(k.side),
                role: terms.role(k.role),
                name: &k.person.name,
                function: &k.function,
                email: &k.person.email,
                phone: &k.person.phone,
            })
            .collect();
        let signatories_of = |side: Side| {
            customer
                .signatories
                .iter()
                .filter(|s| s.side == side)
                .map(|s| SignatoryView {
                    name: &s.name,
                    function: &s.function,
                    place: &s.place,
                })
                .collect()
        };

        let (notice_weeks, fixed_term_until) = match choices.duration {
            Duration::Indefinite { notice_weeks } => (notice_weeks, String::new()),
            Duration::FixedTerm { until } => (NoticeWeeks::DEFAULT, until.german()),
            Duration::MainContract | Duration::OneOff => (NoticeWeeks::DEFAULT, String::new()),
        };
        let suspension_days = match choices.suspension {
            Suspension::AfterNotice { days } => days,
            Suspension::UntilConfirmed => SuspensionDays::DEFAULT,
        };
        let (breach_hours, breach_report_days) = match choices.breach_notice {
            BreachNotice::Deadline { hours, report_days } => (hours, report_days),
            BreachNotice::WithoutUndueDelay => (BreachHours::DEFAULT, ReportDays::DEFAULT),
        };
        let (objection_days, termination_weeks) = match choices.subprocessing {
            Subprocessing::GeneralAuthorisation {
                objection_days,
                termination_weeks,
            } => (objection_days, termination_weeks),
            Subprocessing::NotPermitted | Subprocessing::SpecificConsent => {
                (ObjectionDays::DEFAULT, TerminationWeeks::DEFAULT)
            }
        };
        let audit_notice_days = match choices.audit_notice {
            AuditNotice::Announced { days } => days,
            AuditNotice::AnyTime => AuditNoticeDays::DEFAULT,
        };
        let mut evidence = choices.evidence.clone();
        evidence.sort();
        evidence.dedup();

        Self {
            ag: &parties.controller,
            an: &parties.processor,
            sub: terms.subprocessors(choices.terminology),
            controller: &customer.controller,
            processor: &processor.company,
            dpo,
            eu_representative,
            services: filled(&processor.services),
            locations: filled(&processor.locations),
            main_contract: MainContractView {
                title: processing.main_contract.title.trim(),
                date: processing
                    .main_contract
                    .date
                    .map(Date::german)
                    .unwrap_or_default(),
            },
            tasks: filled(&processing.tasks),
            nature_and_purpose: processing.nature_and_purpose.trim(),
            purposes: filled(&processing.purposes),
            data_types,
            data_subjects,
            special_categories_detail: processing.special_categories_detail.trim(),
            tom: TomView {
                narrative: processor.tom.narrative.trim(),
                security_contact,
                groups,
            },
            subprocessors: processor
                .subprocessors
                .iter()
                .map(|s| SubprocessorView {
                    name: &s.name,
                    address: &s.address,
                    country: &s.country,
                    service: &s.service,
                    location: &s.location,
                    safeguard: terms.safeguard(s.safeguard),
                })
                .collect(),
            contacts,
            signatories: SignatoriesView {
                controller: signatories_of(Side::Controller),
                processor: signatories_of(Side::Processor),
            },
            c: Numbers {
                notice_weeks: notice_weeks.get(),
                fixed_term_until,
                suspension_days: suspension_days.get(),
                data_subject_days: choices.data_subject_days.get(),
                breach_hours: breach_hours.get(),
                breach_report_days: breach_report_days.get(),
                objection_days: objection_days.get(),
                termination_weeks: termination_weeks.get(),
                audit_notice_days: audit_notice_days.get(),
                deletion_notice_days: choices.deletion_notice.unwrap_or_default().get(),
                transfer_safeguards: choices
                    .transfer_safeguards
                    .iter()
                    .filter(|s| **s != TransferSafeguard::NotNeeded)
                    .map(|s| terms.safeguard(*s))
                    .collect(),
                evidence: evidence.iter().map(|e| terms.evidence(*e)).collect(),
                court: choices.jurisdiction.court.trim(),
                effective_date: choices.effective_date.map(Date::german).unwrap_or_default(),
            },
            document: DocumentView {
                version: processor.document_version.trim(),
            },
            annex: annexes
                .iter()
                .map(|(id, present)| (id.replace('-', "_"), *present))
                .collect(),
            when: Predicate::ALL
                .iter()
                .map(|p| (p.name(), p.eval(config)))
                .collect(),
        }
    }
}

/// A configuration in which every list has an element and every option is set: the shape
/// against which the library checks template variables.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn full_sample() -> DpaConfig {
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
    };
    let one = || vec!["x".to_owned()];
    DpaConfig {
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
            },
            subprocessors: vec![Subprocessor::default()],
            document_version: "1".into(),
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
            signatories: vec![
                Signatory {
                    side: Side::Controller,
                    name: "n".into(),
                    function: "f".into(),
                    place: "p".into(),
                },
                Signatory {
                    side: Side::Processor,
                    name: "n".into(),
                    function: "f".into(),
                    place: "p".into(),
                },
            ],
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
                special_categories: true,
                special_categories_detail: "x".into(),
                data_subjects: Vec::new(),
                custom_data_subjects: one(),
            },
            choices: Choices {
                transfer_safeguards: vec![TransferSafeguard::StandardContractualClauses],
                evidence: vec![Evidence::Iso27001],
                ..super::presets::Preset::Ausgewogen.choices()
            },
        },
    }
}
