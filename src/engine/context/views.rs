//! The shapes templates see: plain structs serialised into the context.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::Serialize;

use crate::engine::config::Person;

/// The value of one option as templates see it.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub(super) enum OptionView<'a> {
    Flag(bool),
    Number(i64),
    Text(String),
    Values(BTreeMap<&'a str, bool>),
}

/// The agreement's words for the chosen value (a choice) or values (a set).
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub(super) enum TextsView<'a> {
    One(&'a str),
    Many(Vec<&'a str>),
}

#[derive(Debug, Default, Serialize)]
pub(super) struct DpoView<'a> {
    pub(super) name: &'a str,
    pub(super) email: &'a str,
    pub(super) phone: &'a str,
    pub(super) company: &'a str,
}

#[derive(Debug, Default, Serialize)]
pub(super) struct RepresentativeView<'a> {
    pub(super) name: &'a str,
    pub(super) address: &'a str,
    pub(super) email: &'a str,
}

#[derive(Debug, Serialize)]
pub(super) struct MainContractView<'a> {
    pub(super) title: &'a str,
    pub(super) date: String,
}

#[derive(Debug, Default, Serialize)]
pub(super) struct PersonView<'a> {
    pub(super) name: &'a str,
    pub(super) email: &'a str,
    pub(super) phone: &'a str,
}

impl<'a> From<&'a Person> for PersonView<'a> {
    fn from(p: &'a Person) -> Self {
        Self {
            name: &p.name,
            email: &p.email,
            phone: &p.phone,
        }
    }
}

#[derive(Debug, Serialize)]
pub(super) struct TomView<'a> {
    pub(super) narrative: &'a str,
    pub(super) security_contact: PersonView<'a>,
    pub(super) groups: Vec<TomGroupView<'a>>,
}

#[derive(Debug, Serialize)]
pub(super) struct TomGroupView<'a> {
    pub(super) title: &'a str,
    pub(super) goal_title: String,
    pub(super) purpose: &'a str,
    pub(super) measures: Vec<Cow<'a, str>>,
}

#[derive(Debug, Serialize)]
pub(super) struct SubprocessorView<'a> {
    pub(super) name: &'a str,
    pub(super) address: &'a str,
    pub(super) country: &'a str,
    pub(super) service: &'a str,
    pub(super) location: &'a str,
    pub(super) safeguard: &'a str,
    /// The adequacy decision for the subprocessor's country when the safeguard is one.
    pub(super) decision: &'a str,
    /// The safeguard is the EU-U.S. Data Privacy Framework.
    pub(super) dpf: bool,
    pub(super) remote_access: &'a str,
}

#[derive(Debug, Serialize)]
pub(super) struct ContactView<'a> {
    pub(super) side: &'a str,
    pub(super) role: &'a str,
    pub(super) name: &'a str,
    pub(super) function: &'a str,
    pub(super) email: &'a str,
    pub(super) phone: &'a str,
}

#[derive(Debug, Serialize)]
pub(super) struct SignatoryView<'a> {
    pub(super) name: &'a str,
    pub(super) function: &'a str,
    pub(super) place: &'a str,
    /// The date in German form, or empty.
    pub(super) date: String,
}

#[derive(Debug, Serialize)]
pub(super) struct SignatoriesView<'a> {
    pub(super) controller: Vec<SignatoryView<'a>>,
    pub(super) processor: Vec<SignatoryView<'a>>,
}

#[derive(Debug, Serialize)]
pub(super) struct DocumentView<'a> {
    pub(super) version: &'a str,
    pub(super) date: String,
}
