//! The typed configuration of one agreement, as the customer fills it in and as it is exported.
//!
//! The configuration has two parts. [`ProcessorPart`] is what a SaaS vendor fixes for all its
//! customers (its company, data protection officer, services, locations, TOM, subprocessors).
//! [`CustomerPart`] is what each customer answers (the controller, its contacts, the processing
//! details and the legal [`Choices`]). The structure (parties, lists, annexes) is typed here;
//! the legal choices are a map from option id to value, because the options are declared in
//! `clauses/optionen.toml` and checked against those declarations
//! ([`super::options::OptionSet`]), so counsel can add an option without Rust.

mod choices;
mod schema_reference;
mod text;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use super::date::Date;
pub use choices::{ChoiceValue, Choices, OptionKind};
pub use schema_reference::SchemaReference;
pub use text::TextKind;

/// The version of the configuration format written by this build.
pub const SCHEMA_VERSION: u32 = 3;

/// Everything that decides the text of one agreement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DpaConfig {
    /// `$schema`: where an editor finds the JSON Schema of the file. Accepted and ignored, so
    /// that hand-written files may name it; never written (it costs no code to carry it).
    #[serde(rename = "$schema", default, skip_serializing)]
    pub schema: SchemaReference,
    /// Format version, see [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The vendor's fixed part.
    pub processor: ProcessorPart,
    /// The customer's part.
    pub customer: CustomerPart,
}

/// What the processor (the vendor) fixes for all its customers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ProcessorPart {
    /// The processor as a contracting party.
    pub company: Party,
    /// The processor's data protection officer (P14).
    pub dpo: DpoArrangement,
    /// Representative in the Union under Art. 27 DSGVO, if the processor is established outside.
    pub eu_representative: Option<Representative>,
    /// Products and services the agreement covers (P02, P34).
    pub services: Vec<String>,
    /// Where the data is processed: sites, data centres (P09, P34).
    pub locations: Vec<String>,
    /// Technical and organisational measures (P15, P35).
    pub tom: TomSelection,
    /// Subprocessors engaged when the agreement is signed (P23, P36).
    pub subprocessors: Vec<Subprocessor>,
    /// Version of the document (P32), e.g. "2.1".
    pub document_version: String,
    /// The date the document's wording was last changed ("Stand") (P32).
    pub document_date: Option<Date>,
    /// The agreement's title, if the vendor sets its own; empty: the clause library's title.
    pub document_title: String,
}

/// What each customer answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomerPart {
    /// The controller as a contracting party.
    pub controller: Party,
    /// Persons entitled to instruct, recipients of instructions, contact persons, DPOs (P11, P37).
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// Who signs for each side (P33).
    #[serde(default)]
    pub signatories: Vec<Signatory>,
    /// Subject matter, nature and purpose, data and data subjects (P03–P08).
    pub processing: ProcessingDetails,
    /// The legal choices.
    pub choices: Choices,
}

/// A contracting party as it appears in the agreement's heading, annexes and signatures.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Party {
    /// Company name including legal form.
    pub name: String,
    /// Street and house number.
    pub street: String,
    /// Postal code.
    pub postal_code: String,
    /// City.
    pub city: String,
    /// Country.
    pub country: String,
    /// Commercial register and number, e.g. "Amtsgericht Köln, HRB 12345"; may be empty.
    pub register: String,
    /// Legal representative(s), e.g. "vertreten durch die Geschäftsführerin Anna Beispiel".
    pub representative: String,
    /// Registered seat where it differs from the address, e.g. "Vreden"; empty otherwise.
    #[serde(default)]
    pub seat: String,
}

/// A natural person with contact data.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Person {
    /// Full name, or a function mailbox's name ("Datenschutzteam").
    pub name: String,
    /// E-mail address.
    pub email: String,
    /// Telephone number; may be empty.
    pub phone: String,
}

/// How the processor's data protection officer is arranged (P14).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum DpoArrangement {
    /// A DPO is appointed and named in the agreement.
    Named {
        /// The officer.
        person: Person,
        /// Company of an external DPO; empty for an internal one.
        #[serde(default)]
        company: String,
    },
    /// The processor appoints a DPO where the law requires it and names them in the annex.
    #[default]
    AppointedIfRequired,
    /// No DPO is required; a contact person for data protection is named instead.
    ContactPerson {
        /// The contact person.
        person: Person,
    },
}

impl Party {
    /// An empty party whose country is Germany, the usual case, as a new draft starts.
    pub fn in_germany() -> Self {
        Self {
            country: "Deutschland".into(),
            ..Self::default()
        }
    }
}

/// The Art. 27 representative of a processor established outside the Union.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Representative {
    /// Name of the representative.
    pub name: String,
    /// Postal address in one line.
    pub address: String,
    /// E-mail address.
    pub email: String,
}

/// The TOM annex: catalogue measures ticked, own measures, narrative and security contact.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TomSelection {
    /// Ids of catalogue measures (`clauses/kataloge/tom.toml`).
    pub measures: Vec<String>,
    /// Measures in the vendor's own words, each in one catalogue group.
    pub custom: Vec<CustomMeasure>,
    /// Free text introducing the measures, e.g. certifications held; may be empty.
    pub narrative: String,
    /// Contact for information security questions, if named.
    pub security_contact: Option<Person>,
    /// The vendor's figures for measures that need one (`{wert}` in the catalogue text), by
    /// measure id, e.g. `"zugang-fehlversuche": "fünf"`.
    pub values: BTreeMap<String, String>,
}

/// A measure the catalogue does not hold.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomMeasure {
    /// Id of the catalogue group (`zutrittskontrolle`, ...).
    pub group: String,
    /// The measure.
    pub text: String,
}

/// A subprocessor (P23, P36).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Subprocessor {
    /// Company name.
    pub name: String,
    /// Address in one line.
    pub address: String,
    /// Country of establishment.
    pub country: String,
    /// What it does for the processor.
    pub service: String,
    /// Where it processes the data.
    pub location: String,
    /// Legal basis of a transfer to a third country (P10).
    pub safeguard: TransferSafeguard,
    /// Third countries from which it accesses the data remotely (support around the clock,
    /// maintenance), with the purpose; empty when it has no such access. Such access is a
    /// transfer (P10).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub remote_access: String,
}

/// The legal basis for a transfer of data to a third country (Chapter V DSGVO).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TransferSafeguard {
    /// No third-country transfer: processing within the EU/EEA.
    #[default]
    NotNeeded,
    /// Adequacy decision of the Commission for the recipient's country (Art. 45).
    AdequacyDecision,
    /// The adequacy decision on the EU-U.S. Data Privacy Framework (Implementing Decision
    /// (EU) 2023/1795), for a recipient certified under it.
    DataPrivacyFramework,
    /// Standard contractual clauses (Art. 46(2)(c)).
    StandardContractualClauses,
    /// Binding corporate rules (Art. 47).
    BindingCorporateRules,
    /// Derogation for the performance of a contract (Art. 49(1)(b)).
    Derogation,
}

impl TransferSafeguard {
    /// The key in files and in `begriffe.toml`.
    pub fn key(self) -> &'static str {
        match self {
            Self::NotNeeded => "not_needed",
            Self::AdequacyDecision => "adequacy_decision",
            Self::DataPrivacyFramework => "data_privacy_framework",
            Self::StandardContractualClauses => "standard_contractual_clauses",
            Self::BindingCorporateRules => "binding_corporate_rules",
            Self::Derogation => "derogation",
        }
    }

    /// Every safeguard, in the order the questionnaire lists them.
    pub const ALL: [Self; 6] = [
        Self::NotNeeded,
        Self::AdequacyDecision,
        Self::DataPrivacyFramework,
        Self::StandardContractualClauses,
        Self::BindingCorporateRules,
        Self::Derogation,
    ];
}

/// Which side of the contract a person belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The customer.
    Controller,
    /// The vendor.
    Processor,
}

/// What a named contact does under the agreement (P11, P37).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactRole {
    /// Entitled to give instructions (controller side).
    IssuesInstructions,
    /// Entitled to receive instructions (processor side).
    ReceivesInstructions,
    /// General contact person for the agreement.
    ContactPerson,
    /// Data protection officer.
    DataProtectionOfficer,
}

impl ContactRole {
    /// The key in files and in `begriffe.toml`.
    pub fn key(self) -> &'static str {
        match self {
            Self::IssuesInstructions => "issues_instructions",
            Self::ReceivesInstructions => "receives_instructions",
            Self::ContactPerson => "contact_person",
            Self::DataProtectionOfficer => "data_protection_officer",
        }
    }

    /// Every role, in the order the questionnaire lists them.
    pub const ALL: [Self; 4] = [
        Self::IssuesInstructions,
        Self::ReceivesInstructions,
        Self::ContactPerson,
        Self::DataProtectionOfficer,
    ];
}

/// A named contact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Controller or processor.
    pub side: Side,
    /// What the person does under the agreement.
    pub role: ContactRole,
    /// Name and contact data.
    pub person: Person,
    /// Position in the company, e.g. "Leitung IT"; may be empty.
    #[serde(default)]
    pub function: String,
}

/// Who signs for one side (P33).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signatory {
    /// Controller or processor.
    pub side: Side,
    /// Name of the signatory.
    pub name: String,
    /// Position, e.g. "Geschäftsführer".
    #[serde(default)]
    pub function: String,
    /// Place of signature; may be left empty to fill in by hand.
    #[serde(default)]
    pub place: String,
    /// Date of the signature or of the electronic declaration; empty to fill in by hand.
    #[serde(default)]
    pub date: Option<Date>,
}

/// Subject matter, nature and purpose, and the data concerned (P03–P08).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ProcessingDetails {
    /// The main contract the processing serves (P03, P04).
    pub main_contract: MainContract,
    /// The processor's tasks, when the subject matter is given as a list (P03).
    pub tasks: Vec<String>,
    /// Nature and purpose of the processing in the customer's words (P05).
    pub nature_and_purpose: String,
    /// Purposes as a list (P05); may be empty when the free text says it all.
    pub purposes: Vec<String>,
    /// Ids of catalogue data types (`clauses/kataloge/datenarten.toml`) (P06).
    pub data_types: Vec<String>,
    /// Data types in the customer's own words.
    pub custom_data_types: Vec<String>,
    /// Whether special categories (Art. 9, Art. 10 DSGVO) are processed (P07); `None` while
    /// the question is unanswered (a draft, or a file that did not say).
    pub special_categories: Option<bool>,
    /// Which special categories, in the customer's words.
    pub special_categories_detail: String,
    /// Ids of catalogue categories of data subjects (`clauses/kataloge/betroffene.toml`) (P08).
    pub data_subjects: Vec<String>,
    /// Categories of data subjects in the customer's own words.
    pub custom_data_subjects: Vec<String>,
}

/// The contract the processing serves.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MainContract {
    /// Its title, e.g. "Nutzungsvertrag Buchhaltung Online".
    pub title: String,
    /// The date it was signed, if known.
    pub date: Option<Date>,
}

/// A configuration file that cannot be used, with the field at fault.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    /// Dotted path of the field (`customer.choices.breach_notice.hours`); empty for the whole file.
    pub field: String,
    /// What is wrong, in German.
    pub message: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "Feld `{}`: {}", self.field, self.message)
        }
    }
}

impl std::error::Error for ConfigError {}
