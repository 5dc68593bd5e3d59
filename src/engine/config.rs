//! The typed configuration of one agreement, as the customer fills it in and as it is exported.
//!
//! The configuration has two parts. [`ProcessorPart`] is what a SaaS vendor fixes for all its
//! customers (its company, data protection officer, services, locations, TOM, subprocessors).
//! [`CustomerPart`] is what each customer answers (the controller, its contacts, the processing
//! details and the legal [`Choices`]). Every legal choice is an enum, every period a bounded
//! number (see [`super::bounded`]); strings are only what a person types.

use serde::{Deserialize, Serialize};

pub use super::bounded::{
    AuditNoticeDays, BreachHours, DataSubjectDays, DeletionNoticeDays, NoticeWeeks, ObjectionDays,
    ReportDays, SuspensionDays, TerminationWeeks,
};
pub use super::date::Date;

/// The version of the configuration format written by this build.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything that decides the text of one agreement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DpaConfig {
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
    /// Version of the document (P32).
    pub document_version: String,
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
}

/// The legal basis for a transfer of data to a third country (Chapter V DSGVO).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TransferSafeguard {
    /// No third-country transfer: processing within the EU/EEA.
    #[default]
    NotNeeded,
    /// Adequacy decision of the Commission (Art. 45), e.g. the EU-U.S. Data Privacy Framework.
    AdequacyDecision,
    /// Standard contractual clauses (Art. 46(2)(c)).
    StandardContractualClauses,
    /// Binding corporate rules (Art. 47).
    BindingCorporateRules,
    /// Derogation for the performance of a contract (Art. 49(1)(b)).
    Derogation,
}

impl TransferSafeguard {
    /// Every safeguard, in the order the questionnaire lists them.
    pub const ALL: [Self; 5] = [
        Self::NotNeeded,
        Self::AdequacyDecision,
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
    /// Whether special categories (Art. 9, Art. 10 DSGVO) are processed (P07).
    pub special_categories: bool,
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

/// Every legal choice of the agreement. Presets fill all of them (see [`super::presets`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choices {
    /// Names of the parties throughout the document (P01).
    pub terminology: Terminology,
    /// The agreement also covers remote maintenance and testing (P02).
    pub remote_maintenance: bool,
    /// How the subject matter is described (P03).
    pub subject_basis: SubjectBasis,
    /// How long the agreement runs (P04, P28).
    pub duration: Duration,
    /// Where the data may be processed (P09, P10).
    pub place: PlaceOfProcessing,
    /// Safeguards on which third-country transfers rest, when they are permitted (P10).
    pub transfer_safeguards: Vec<TransferSafeguard>,
    /// Form of instructions (P11).
    pub instruction_form: InstructionForm,
    /// When the processor may stop following an instruction it holds unlawful (P11).
    pub suspension: Suspension,
    /// Whether the processor may change TOM on its own (P15).
    pub tom_changes: TomChanges,
    /// Rules for work from home (P15).
    pub home_office: bool,
    /// Working days within which the processor forwards data-subject requests (P18).
    pub data_subject_days: DataSubjectDays,
    /// Who pays for help with data-subject requests (P18).
    pub data_subject_support: Cost,
    /// Who pays for help with Art. 32–36 (P19).
    pub compliance_support: Cost,
    /// How fast breaches are reported (P20).
    pub breach_notice: BreachNotice,
    /// The processor keeps a record of processing activities (P21).
    pub record_of_processing: bool,
    /// Whether and how subprocessors may be engaged (P23).
    pub subprocessing: Subprocessing,
    /// Whether subprocessors may engage further subprocessors (P23).
    pub further_subprocessing: FurtherSubprocessing,
    /// Notice for on-site audits (P24).
    pub audit_notice: AuditNotice,
    /// Who pays for audits (P24).
    pub audit_costs: Cost,
    /// Evidence the processor may offer instead of or before an audit (P24).
    pub evidence: Vec<Evidence>,
    /// Working days the processor announces a deletion in advance; none: no announcement (P25).
    pub deletion_notice: Option<DeletionNoticeDays>,
    /// Disclosure to third parties only after informing the controller (P26).
    pub third_party_disclosure: bool,
    /// The processor indemnifies the controller (P27).
    pub indemnity: bool,
    /// The controller may terminate for listed causes without notice (P28).
    pub extraordinary_termination: bool,
    /// Further parties may accede to the agreement (P30).
    pub docking_clause: bool,
    /// Governing law and place of jurisdiction (P31).
    pub jurisdiction: Jurisdiction,
    /// Date the agreement takes effect, if not on signature (P32).
    pub effective_date: Option<Date>,
    /// The agreement is concluded electronically (P33).
    pub electronic_conclusion: bool,
}

/// How the parties are called (P01).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Terminology {
    /// "Auftraggeber" and "Auftragnehmer", as in the BDSG tradition.
    AuftraggeberAuftragnehmer,
    /// "Verantwortlicher" and "Auftragsverarbeiter", the terms of the DSGVO.
    VerantwortlicherAuftragsverarbeiter,
}

impl Terminology {
    /// Both terminologies.
    pub const ALL: [Self; 2] = [
        Self::AuftraggeberAuftragnehmer,
        Self::VerantwortlicherAuftragsverarbeiter,
    ];
}

/// How the subject matter is described (P03).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SubjectBasis {
    /// By reference to the main contract.
    MainContract,
    /// As an explicit list of tasks.
    TaskList,
}

/// How long the agreement runs (P04).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Duration {
    /// As long as the main contract.
    MainContract,
    /// A one-off task; ends when it is done.
    OneOff,
    /// Until a fixed date.
    FixedTerm {
        /// Last day.
        until: Date,
    },
    /// Indefinitely, terminable with notice.
    Indefinite {
        /// Notice period in weeks.
        notice_weeks: NoticeWeeks,
    },
}

/// Where the data may be processed (P09).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceOfProcessing {
    /// Germany only.
    Germany,
    /// Member states of the EU or the EEA.
    EuEea,
    /// Third countries permitted under Chapter V.
    ThirdCountries,
}

/// Form of instructions (P11).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InstructionForm {
    /// Written form (signed).
    Written,
    /// Text form (e-mail suffices).
    TextForm,
}

/// When the processor may stop following an instruction it holds unlawful (P11).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Suspension {
    /// Until the controller confirms or changes it.
    UntilConfirmed,
    /// Only after warning the controller a number of days ahead.
    AfterNotice {
        /// Days between the warning and the suspension.
        days: SuspensionDays,
    },
}

/// Whether the processor may change TOM on its own (P15).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TomChanges {
    /// Allowed if the level of protection is kept; documented and reported.
    AllowedIfDocumented,
    /// Only with the controller's prior consent.
    PriorConsent,
}

/// Who bears the cost of a kind of support.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cost {
    /// Part of the service, no extra charge.
    Free,
    /// The controller reimburses the processor's reasonable costs.
    Reimbursed,
}

/// How fast breaches are reported (P20).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum BreachNotice {
    /// Without undue delay, the statutory standard.
    WithoutUndueDelay,
    /// Without undue delay and at the latest within fixed periods.
    Deadline {
        /// First notice at the latest after this many hours.
        hours: BreachHours,
        /// Full report at the latest after this many days.
        report_days: ReportDays,
    },
}

/// Whether and how subprocessors may be engaged (P23).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Subprocessing {
    /// No subprocessors.
    NotPermitted,
    /// Each subprocessor needs the controller's prior specific consent; the listed ones have it.
    SpecificConsent,
    /// General authorisation: changes are announced and the controller may object.
    GeneralAuthorisation {
        /// Advance notice of a change, which is also the period to object.
        objection_days: ObjectionDays,
        /// On objection, the processor may terminate with this notice.
        termination_weeks: TerminationWeeks,
    },
}

/// Whether subprocessors may themselves engage subprocessors (P23).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FurtherSubprocessing {
    /// Not allowed.
    Forbidden,
    /// Allowed under the same conditions as the first tier.
    SameConditions,
}

/// Notice for on-site audits (P24).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum AuditNotice {
    /// Announced in advance, during business hours.
    Announced {
        /// Days of advance notice.
        days: AuditNoticeDays,
    },
    /// At any time, also unannounced where justified.
    AnyTime,
}

/// Evidence of compliance (P24).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    /// Approved code of conduct (Art. 40).
    CodeOfConduct,
    /// Approved certification (Art. 42).
    Certification,
    /// ISO/IEC 27001 certificate.
    Iso27001,
    /// BSI IT-Grundschutz certificate.
    BsiGrundschutz,
    /// Current audit reports or attestations of independent auditors.
    AuditReports,
    /// Confirmation by the processor's data protection officer.
    DpoConfirmation,
}

impl Evidence {
    /// Every kind of evidence, in the order the questionnaire lists them.
    pub const ALL: [Self; 6] = [
        Self::CodeOfConduct,
        Self::Certification,
        Self::Iso27001,
        Self::BsiGrundschutz,
        Self::AuditReports,
        Self::DpoConfirmation,
    ];
}

/// Governing law and place of jurisdiction (P31).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Jurisdiction {
    /// German law applies.
    pub german_law: bool,
    /// Place of jurisdiction, e.g. "Köln"; empty: none agreed.
    pub court: String,
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

/// The dotted path of the JSON value at `line`/`column` (1-based, as serde_json reports them).
///
/// serde_json says where an error is, not in which field; walking the text up to that point
/// tells the field without tracking paths during deserialisation, which would cost code size
/// in every monomorphised deserializer.
pub fn json_path_at(text: &str, line: usize, column: usize) -> String {
    enum Frame {
        Object {
            key: Option<String>,
            expect_key: bool,
        },
        Array {
            index: usize,
        },
    }
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let mut end = (line_start + column).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut stack: Vec<Frame> = Vec::new();
    let mut chars = text[..end].chars();
    while let Some(c) = chars.next() {
        match c {
            '{' => stack.push(Frame::Object {
                key: None,
                expect_key: true,
            }),
            '[' => stack.push(Frame::Array { index: 0 }),
            '}' | ']' => {
                stack.pop();
            }
            ',' => match stack.last_mut() {
                Some(Frame::Object { expect_key, .. }) => *expect_key = true,
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            '"' => {
                let mut string = String::new();
                let mut escaped = false;
                for c in chars.by_ref() {
                    match (escaped, c) {
                        (false, '\\') => escaped = true,
                        (false, '"') => break,
                        _ => {
                            escaped = false;
                            string.push(c);
                        }
                    }
                }
                if let Some(Frame::Object { key, expect_key }) = stack.last_mut()
                    && *expect_key
                {
                    *key = Some(string);
                    *expect_key = false;
                }
            }
            _ => {}
        }
    }
    stack
        .iter()
        .filter_map(|frame| match frame {
            Frame::Object { key, .. } => key.clone(),
            Frame::Array { index } => Some(index.to_string()),
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// The common serde messages in German; others pass through.
fn german_serde_message(message: &str) -> String {
    let quoted = |m: &str| m.split('`').nth(1).unwrap_or("").to_owned();
    if message.starts_with("unknown field") {
        format!("unbekanntes Feld „{}“", quoted(message))
    } else if message.starts_with("missing field") {
        format!("Pflichtfeld „{}“ fehlt", quoted(message))
    } else if message.starts_with("unknown variant") {
        format!("unbekannter Wert „{}“", quoted(message))
    } else if message.starts_with("invalid type") {
        format!("falscher Datentyp ({message})")
    } else if message.starts_with("EOF while parsing")
        || message.starts_with("expected")
        || message.starts_with("trailing")
    {
        format!("keine gültige JSON-Datei ({message})")
    } else {
        message.to_owned()
    }
}

/// Migrations of older files, in order: entry `i` turns a file of version `i + 1` into one of
/// version `i + 2`. Version 1 is the first released format, so the list is empty; a change of
/// the format adds a step here, raises [`SCHEMA_VERSION`], and adds fixtures of the old version
/// under `tests/fixtures/`, which `tests/migrations.rs` loads.
const MIGRATIONS: &[fn(&mut serde_json::Value)] = &[];

/// Brings a file of an earlier version up to [`SCHEMA_VERSION`].
fn migrate(value: &mut serde_json::Value, from: u32) {
    for step in MIGRATIONS.iter().skip(from.saturating_sub(1) as usize) {
        step(value);
    }
    value["schema_version"] = SCHEMA_VERSION.into();
}

/// Reads a configuration from JSON (this or an earlier version), naming the field of the first
/// problem.
pub fn parse_json(text: &str) -> Result<DpaConfig, ConfigError> {
    // Read the version first, so that a file from a newer release gets a clear message
    // instead of a complaint about a field this release does not know.
    #[derive(Deserialize)]
    struct Version {
        schema_version: Option<u32>,
    }
    if text.len() > super::limits::MAX_IMPORT_BYTES {
        return Err(ConfigError {
            field: String::new(),
            message: format!(
                "Die Datei ist größer als {} MB.",
                super::limits::MAX_IMPORT_BYTES / 1_048_576
            ),
        });
    }
    let version_error = |message: String| ConfigError {
        field: "schema_version".into(),
        message,
    };
    match serde_json::from_str::<Version>(text) {
        Ok(Version {
            schema_version: Some(v),
        }) if v > SCHEMA_VERSION => {
            return Err(version_error(format!(
                "Die Datei stammt aus einer neueren Version des Konfigurators (Schema {v}); diese Version liest Schema {SCHEMA_VERSION}."
            )));
        }
        Ok(Version {
            schema_version: Some(0),
        }) => {
            return Err(version_error(
                "Schema-Version 0 gibt es nicht; die Datei ist keine Konfiguration des AVV-Konfigurators.".into(),
            ));
        }
        Ok(Version {
            schema_version: Some(v),
        }) if v < SCHEMA_VERSION => {
            let mut value: serde_json::Value =
                serde_json::from_str(text).map_err(|e| ConfigError {
                    field: String::new(),
                    message: german_serde_message(&e.to_string()),
                })?;
            migrate(&mut value, v);
            return parse_json(&value.to_string());
        }
        Ok(Version {
            schema_version: None,
        }) => {
            return Err(version_error(
                "Die Angabe der Schema-Version fehlt; die Datei ist keine Konfiguration des AVV-Konfigurators.".into(),
            ));
        }
        _ => {}
    }
    let config = serde_json::from_str::<DpaConfig>(text).map_err(|err| {
        let field = json_path_at(text, err.line(), err.column());
        let message = err.to_string();
        // serde_json appends " at line L column C"; the field name says more to a person.
        let message = message
            .split(" at line ")
            .next()
            .unwrap_or(&message)
            .to_owned();
        ConfigError {
            field,
            message: german_serde_message(&message),
        }
    })?;
    super::limits::check_limits(&config)?;
    Ok(config)
}

impl DpaConfig {
    /// Calls `f` on every string a person types, for limits, the escaping tests and fuzzing.
    /// Catalogue ids, enum values and dates are not text and are skipped.
    pub fn for_each_text_mut(&mut self, f: &mut dyn FnMut(&mut String)) {
        fn party(p: &mut Party, f: &mut dyn FnMut(&mut String)) {
            for s in [
                &mut p.name,
                &mut p.street,
                &mut p.postal_code,
                &mut p.city,
                &mut p.country,
                &mut p.register,
                &mut p.representative,
            ] {
                f(s);
            }
        }
        fn person(p: &mut Person, f: &mut dyn FnMut(&mut String)) {
            for s in [&mut p.name, &mut p.email, &mut p.phone] {
                f(s);
            }
        }
        let processor = &mut self.processor;
        party(&mut processor.company, f);
        match &mut processor.dpo {
            DpoArrangement::Named { person: p, company } => {
                person(p, f);
                f(company);
            }
            DpoArrangement::ContactPerson { person: p } => person(p, f),
            DpoArrangement::AppointedIfRequired => {}
        }
        if let Some(r) = &mut processor.eu_representative {
            for s in [&mut r.name, &mut r.address, &mut r.email] {
                f(s);
            }
        }
        processor.services.iter_mut().for_each(&mut *f);
        processor.locations.iter_mut().for_each(&mut *f);
        processor.tom.custom.iter_mut().for_each(|m| f(&mut m.text));
        f(&mut processor.tom.narrative);
        if let Some(p) = &mut processor.tom.security_contact {
            person(p, f);
        }
        for s in &mut processor.subprocessors {
            for field in [
                &mut s.name,
                &mut s.address,
                &mut s.country,
                &mut s.service,
                &mut s.location,
            ] {
                f(field);
            }
        }
        f(&mut processor.document_version);
        f(&mut processor.document_title);
        let customer = &mut self.customer;
        party(&mut customer.controller, f);
        for k in &mut customer.contacts {
            person(&mut k.person, f);
            f(&mut k.function);
        }
        for s in &mut customer.signatories {
            for field in [&mut s.name, &mut s.function, &mut s.place] {
                f(field);
            }
        }
        let p = &mut customer.processing;
        f(&mut p.main_contract.title);
        p.tasks.iter_mut().for_each(&mut *f);
        f(&mut p.nature_and_purpose);
        p.purposes.iter_mut().for_each(&mut *f);
        p.custom_data_types.iter_mut().for_each(&mut *f);
        f(&mut p.special_categories_detail);
        p.custom_data_subjects.iter_mut().for_each(&mut *f);
        f(&mut customer.choices.jurisdiction.court);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_found_from_positions() {
        let text = "{\n  \"a\": {\"b\": [1, {\"c\": \"x\\\"y\"}, 3]},\n  \"d\": 5\n}";
        let at = |needle: &str| {
            let offset = text.find(needle).unwrap();
            let line = text[..offset].matches('\n').count() + 1;
            let column = offset - text[..offset].rfind('\n').map_or(0, |i| i + 1) + 1;
            json_path_at(text, line, column)
        };
        assert_eq!(at("1,"), "a.b.0");
        assert_eq!(at("\"x"), "a.b.1.c");
        assert_eq!(at("3]"), "a.b.2");
        assert_eq!(at("5"), "d");
    }

    #[test]
    fn errors_name_the_field_in_german() {
        let mut config = serde_json::to_value(DpaConfig::new_draft(
            super::super::presets::Preset::Ausgewogen,
        ))
        .unwrap();
        config["customer"]["choices"]["data_subject_days"] = 99.into();
        let err = parse_json(&serde_json::to_string_pretty(&config).unwrap()).unwrap_err();
        assert_eq!(err.field, "customer.choices.data_subject_days");
        assert!(
            err.message.contains("liegt nicht zwischen 1 und 20"),
            "{}",
            err.message
        );
        config["customer"]["choices"]["data_subject_days"] = 3.into();
        config["customer"]["controller"]["nmae"] = "x".into();
        let err = parse_json(&serde_json::to_string(&config).unwrap()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "Feld `customer.controller.nmae`: unbekanntes Feld „nmae“"
        );
        let err = parse_json("{\"schema_version\": 1, \"processor\": {").unwrap_err();
        assert!(err.message.starts_with("keine gültige JSON-Datei"), "{err}");
        let err = parse_json("{\"schema_version\": 7}").unwrap_err();
        assert_eq!(err.field, "schema_version");
    }
}
