//! The values a clause template sees, built from the configuration, the option declarations and
//! the catalogues.
//!
//! Every key is always present (empty string, empty list, `false`), so templates never meet an
//! undefined value and the library check can verify every variable against one shape. The
//! legal choices appear as `o.<option>` (a toggle's state, a number, a date as `TT.MM.JJJJ`, a
//! text, or for a choice or set a map from each value to whether it is chosen) and as
//! `texts.<option>` (the agreement's words for the chosen value or values); structural
//! predicates as `when.<predicate>`. `docs/clause-authoring.md` lists the keys.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::Serialize;

mod views;

use views::*;

use super::catalogue::{Catalogues, Declension, SubprocessorTerms, TERMINOLOGY, VALUE_SLOT};
use super::condition::Predicate;
use super::config::*;
use super::library::GAP;
use super::options::OptionSet;

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
    o: BTreeMap<&'a str, OptionView<'a>>,
    texts: BTreeMap<&'a str, TextsView<'a>>,
    document: DocumentView<'a>,
    annex: BTreeMap<String, bool>,
    when: BTreeMap<&'static str, bool>,
}

/// Non-empty entries of a list, trimmed.
fn filled(items: &[String]) -> Vec<&str> {
    items
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Everything the context is built from.
#[derive(Clone, Copy)]
pub struct Sources<'a> {
    /// The configuration.
    pub config: &'a DpaConfig,
    /// The option declarations.
    pub options: &'a OptionSet,
    /// The catalogues.
    pub catalogues: &'a Catalogues,
}

impl<'a> Context<'a> {
    /// Builds the context. `annexes` holds every annex id with whether it is in the document.
    pub fn new(sources: Sources<'a>, annexes: &[(&str, bool)]) -> Self {
        Self::build(sources, annexes, false)
    }

    /// Like [`Context::new`], but own measures without a known group count for the first group,
    /// so the shape check sees a TOM group.
    pub(crate) fn build(
        sources: Sources<'a>,
        annexes: &[(&str, bool)],
        custom_in_any_group: bool,
    ) -> Self {
        let Sources {
            config,
            options,
            catalogues,
        } = sources;
        let processor = &config.processor;
        let customer = &config.customer;
        let choices = &customer.choices;
        let terms = &catalogues.terms;
        let terminology = choices.word(TERMINOLOGY);
        let parties = terms.parties(terminology);
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
            DpoArrangement::AppointedIfRequired => DpoView::default(),
        };
        let eu_representative =
            processor
                .eu_representative
                .as_ref()
                .map_or_else(RepresentativeView::default, |r| RepresentativeView {
                    name: &r.name,
                    address: &r.address,
                    email: &r.email,
                });

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
                let measures: Vec<Cow<'a, str>> = group
                    .measure
                    .iter()
                    .filter(|m| processor.tom.measures.contains(&m.id))
                    .map(|m| match &m.parameter {
                        // The vendor's figure, or a visible gap until it is filled in.
                        Some(_) => {
                            let value = processor.tom.values.get(&m.id).map_or("", |v| v.trim());
                            let value = if value.is_empty() { GAP } else { value };
                            Cow::Owned(m.text.replace(VALUE_SLOT, value))
                        }
                        None => Cow::Borrowed(m.text.as_str()),
                    })
                    .chain(
                        processor
                            .tom
                            .custom
                            .iter()
                            .filter(|m| m.group == group.id || custom_in_any_group)
                            .map(|m| m.text.trim())
                            .filter(|t| !t.is_empty())
                            .map(Cow::Borrowed),
                    )
                    .collect();
                (!measures.is_empty()).then(|| TomGroupView {
                    title: &group.title,
                    // The heading names the goal after a dash; where the goal only repeats
                    // the group's title, just its citation.
                    goal_title: terms
                        .goal
                        .get(&group.goal)
                        .map(|g| match g.title.strip_prefix(group.title.as_str()) {
                            Some(citation) => citation.trim().to_owned(),
                            None => format!("– {}", g.title),
                        })
                        .unwrap_or_default(),
                    purpose: &group.purpose,
                    measures,
                })
            })
            .collect();

        let side_label = |side: Side| match side {
            Side::Controller => parties.controller.bare.as_str(),
            Side::Processor => parties.processor.bare.as_str(),
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
                    date: s.date.map(|d| d.german()).unwrap_or_default(),
                })
                .collect()
        };

        let (o, texts) = option_views(options, choices);
        Self {
            ag: &parties.controller,
            an: &parties.processor,
            sub: terms.subprocessors(terminology),
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
                security_contact: processor
                    .tom
                    .security_contact
                    .as_ref()
                    .map_or_else(PersonView::default, PersonView::from),
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
                    decision: if s.safeguard == TransferSafeguard::AdequacyDecision {
                        terms.adequacy_decision(&s.country)
                    } else {
                        ""
                    },
                    dpf: s.safeguard == TransferSafeguard::DataPrivacyFramework,
                    remote_access: s.remote_access.trim(),
                })
                .collect(),
            contacts,
            signatories: SignatoriesView {
                controller: signatories_of(Side::Controller),
                processor: signatories_of(Side::Processor),
            },
            o,
            texts,
            document: DocumentView {
                version: processor.document_version.trim(),
                date: processor
                    .document_date
                    .map(Date::german)
                    .unwrap_or_default(),
            },
            annex: annexes
                .iter()
                .map(|(id, present)| (id.replace('-', "_"), *present))
                .collect(),
            when: Predicate::ALL
                .iter()
                .map(|p| (p.name(), p.eval(config, catalogues)))
                .collect(),
        }
    }
}

/// `o.<option>` and `texts.<option>` for every declared option.
fn option_views<'a>(
    options: &'a OptionSet,
    choices: &'a Choices,
) -> (
    BTreeMap<&'a str, OptionView<'a>>,
    BTreeMap<&'a str, TextsView<'a>>,
) {
    let mut o = BTreeMap::new();
    let mut texts = BTreeMap::new();
    for decl in options.all() {
        let id = decl.id.as_str();
        let view = match decl.kind {
            OptionKind::Toggle => OptionView::Flag(choices.flag(id)),
            OptionKind::Number => OptionView::Number(choices.number(id).unwrap_or(decl.min)),
            OptionKind::Date => OptionView::Text(
                Date::parse_iso(choices.word(id))
                    .map(Date::german)
                    .unwrap_or_default(),
            ),
            OptionKind::Text => OptionView::Text(choices.word(id).trim().to_owned()),
            OptionKind::Choice | OptionKind::Set => {
                let chosen: Vec<&str> = decl
                    .values
                    .iter()
                    .filter(|v| choices.is(id, &v.id))
                    .map(|v| v.text.as_str())
                    .collect();
                texts.insert(
                    id,
                    if decl.kind == OptionKind::Choice {
                        TextsView::One(chosen.first().copied().unwrap_or(""))
                    } else {
                        TextsView::Many(chosen)
                    },
                );
                OptionView::Values(
                    decl.values
                        .iter()
                        .map(|v| (v.id.as_str(), choices.is(id, &v.id)))
                        .collect(),
                )
            }
        };
        o.insert(id, view);
    }
    (o, texts)
}
