//! Conditions: when a clause, an annex or a passage applies.
//!
//! A condition names predicates over the configuration, combined with `not`, `and`, `or` and
//! parentheses: `subprocessing_general and not has_subprocessors`. The predicates are a closed
//! set ([`Predicate`]); a condition is parsed once when the library loads, so a misspelt name is
//! a load error, not a wrong contract. Templates see the same predicates as `when.<name>`.

use std::fmt;

use super::config::*;

macro_rules! predicates {
    ($($(#[$doc:meta])* $variant:ident = $name:literal => |$c:ident| $eval:expr;)*) => {
        /// A yes/no question about the configuration.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Predicate {
            $($(#[$doc])* $variant,)*
        }

        impl Predicate {
            /// Every predicate.
            pub const ALL: &'static [Self] = &[$(Self::$variant,)*];

            /// The name used in conditions and templates.
            pub fn name(self) -> &'static str {
                match self {
                    $(Self::$variant => $name,)*
                }
            }

            /// Evaluates the predicate.
            pub fn eval(self, config: &DpaConfig) -> bool {
                match self {
                    $(Self::$variant => { let $c = config; $eval })*
                }
            }
        }
    };
}

predicates! {
    /// The DSGVO terms "Verantwortlicher/Auftragsverarbeiter" are used.
    TerminologyDsgvo = "terminology_dsgvo" => |c| c.customer.choices.terminology == Terminology::VerantwortlicherAuftragsverarbeiter;
    /// Remote maintenance and testing are covered (P02).
    RemoteMaintenance = "remote_maintenance" => |c| c.customer.choices.remote_maintenance;
    /// The processor names products or services (P02).
    HasServices = "has_services" => |c| has_text(&c.processor.services);
    /// The subject matter is a list of tasks (P03).
    SubjectByTasks = "subject_by_tasks" => |c| c.customer.choices.subject_basis == SubjectBasis::TaskList;
    /// The main contract's date is known.
    HasMainContractDate = "has_main_contract_date" => |c| c.customer.processing.main_contract.date.is_some();
    /// Runs as long as the main contract (P04).
    DurationMainContract = "duration_main_contract" => |c| matches!(c.customer.choices.duration, Duration::MainContract);
    /// A one-off task (P04).
    DurationOneOff = "duration_one_off" => |c| matches!(c.customer.choices.duration, Duration::OneOff);
    /// Runs until a fixed date (P04).
    DurationFixedTerm = "duration_fixed_term" => |c| matches!(c.customer.choices.duration, Duration::FixedTerm { .. });
    /// Runs indefinitely with notice (P04).
    DurationIndefinite = "duration_indefinite" => |c| matches!(c.customer.choices.duration, Duration::Indefinite { .. });
    /// Purposes are listed (P05).
    HasPurposes = "has_purposes" => |c| has_text(&c.customer.processing.purposes);
    /// Special categories of data are processed (P07).
    SpecialCategories = "special_categories" => |c| c.customer.processing.special_categories;
    /// Processing in Germany only (P09).
    PlaceGermany = "place_germany" => |c| c.customer.choices.place == PlaceOfProcessing::Germany;
    /// Processing in the EU/EEA (P09).
    PlaceEuEea = "place_eu_eea" => |c| c.customer.choices.place == PlaceOfProcessing::EuEea;
    /// Third-country transfers are permitted (P09, P10).
    ThirdCountries = "third_countries" => |c| c.customer.choices.place == PlaceOfProcessing::ThirdCountries;
    /// Safeguards for third-country transfers are named (P10).
    HasTransferSafeguards = "has_transfer_safeguards" => |c| c.customer.choices.transfer_safeguards.iter().any(|s| *s != TransferSafeguard::NotNeeded);
    /// The processor keeps sites or data centres on record (P09).
    HasLocations = "has_locations" => |c| has_text(&c.processor.locations);
    /// Instructions need written form (P11).
    InstructionsWritten = "instructions_written" => |c| c.customer.choices.instruction_form == InstructionForm::Written;
    /// Unlawful instructions are suspended only after notice (P11).
    SuspensionAfterNotice = "suspension_after_notice" => |c| matches!(c.customer.choices.suspension, Suspension::AfterNotice { .. });
    /// Persons entitled to give or receive instructions are named (P11).
    HasInstructionContacts = "has_instruction_contacts" => |c| c.customer.contacts.iter().any(|k| matches!(k.role, ContactRole::IssuesInstructions | ContactRole::ReceivesInstructions));
    /// Any contact is named (P37).
    HasContacts = "has_contacts" => |c| !c.customer.contacts.is_empty();
    /// The processor's DPO is named (P14).
    DpoNamed = "dpo_named" => |c| matches!(c.processor.dpo, DpoArrangement::Named { .. });
    /// A DPO is appointed where the law requires it (P14).
    DpoIfRequired = "dpo_if_required" => |c| matches!(c.processor.dpo, DpoArrangement::AppointedIfRequired);
    /// A contact person stands in for a DPO (P14).
    DpoContactPerson = "dpo_contact_person" => |c| matches!(c.processor.dpo, DpoArrangement::ContactPerson { .. });
    /// An Art. 27 representative is named (P14).
    EuRepresentative = "eu_representative" => |c| c.processor.eu_representative.is_some();
    /// TOM changes need the controller's prior consent (P15).
    TomChangesNeedConsent = "tom_changes_need_consent" => |c| c.customer.choices.tom_changes == TomChanges::PriorConsent;
    /// Rules for work from home (P15).
    HomeOffice = "home_office" => |c| c.customer.choices.home_office;
    /// Measures are ticked or written in the TOM annex (P35).
    HasTom = "has_tom" => |c| !c.processor.tom.measures.is_empty() || c.processor.tom.custom.iter().any(|m| !m.text.trim().is_empty());
    /// The TOM annex has an introduction (P35).
    HasTomNarrative = "has_tom_narrative" => |c| !c.processor.tom.narrative.trim().is_empty();
    /// A security contact is named (P35).
    HasSecurityContact = "has_security_contact" => |c| c.processor.tom.security_contact.is_some();
    /// Help with data-subject requests is paid (P18).
    DataSubjectSupportReimbursed = "data_subject_support_reimbursed" => |c| c.customer.choices.data_subject_support == Cost::Reimbursed;
    /// Help with Art. 32–36 is paid (P19).
    ComplianceSupportReimbursed = "compliance_support_reimbursed" => |c| c.customer.choices.compliance_support == Cost::Reimbursed;
    /// Breaches are reported within fixed periods (P20).
    BreachDeadline = "breach_deadline" => |c| matches!(c.customer.choices.breach_notice, BreachNotice::Deadline { .. });
    /// The processor keeps a record of processing activities (P21).
    RecordOfProcessing = "record_of_processing" => |c| c.customer.choices.record_of_processing;
    /// No subprocessors may be engaged (P23).
    SubprocessingNotPermitted = "subprocessing_not_permitted" => |c| matches!(c.customer.choices.subprocessing, Subprocessing::NotPermitted);
    /// Each subprocessor needs specific consent (P23).
    SubprocessingSpecific = "subprocessing_specific" => |c| matches!(c.customer.choices.subprocessing, Subprocessing::SpecificConsent);
    /// General authorisation with a right to object (P23).
    SubprocessingGeneral = "subprocessing_general" => |c| matches!(c.customer.choices.subprocessing, Subprocessing::GeneralAuthorisation { .. });
    /// Subprocessors are listed (P36).
    HasSubprocessors = "has_subprocessors" => |c| !c.processor.subprocessors.is_empty();
    /// Subprocessors may not engage further subprocessors (P23).
    FurtherSubprocessingForbidden = "further_subprocessing_forbidden" => |c| c.customer.choices.further_subprocessing == FurtherSubprocessing::Forbidden;
    /// Audits at any time (P24).
    AuditAnyTime = "audit_any_time" => |c| matches!(c.customer.choices.audit_notice, AuditNotice::AnyTime);
    /// Audits are paid by the controller (P24).
    AuditCostsReimbursed = "audit_costs_reimbursed" => |c| c.customer.choices.audit_costs == Cost::Reimbursed;
    /// Evidence of compliance is named (P24).
    HasEvidence = "has_evidence" => |c| !c.customer.choices.evidence.is_empty();
    /// Deletion is announced in advance (P25).
    DeletionNotice = "deletion_notice" => |c| c.customer.choices.deletion_notice.is_some();
    /// Disclosure to third parties only after informing the controller (P26).
    ThirdPartyDisclosure = "third_party_disclosure" => |c| c.customer.choices.third_party_disclosure;
    /// The processor indemnifies the controller (P27).
    Indemnity = "indemnity" => |c| c.customer.choices.indemnity;
    /// The controller may terminate for listed causes (P28).
    ExtraordinaryTermination = "extraordinary_termination" => |c| c.customer.choices.extraordinary_termination;
    /// Further parties may accede (P30).
    DockingClause = "docking_clause" => |c| c.customer.choices.docking_clause;
    /// German law is chosen (P31).
    GermanLaw = "german_law" => |c| c.customer.choices.jurisdiction.german_law;
    /// A place of jurisdiction is agreed (P31).
    HasCourt = "has_court" => |c| !c.customer.choices.jurisdiction.court.trim().is_empty();
    /// The agreement takes effect on a set date (P32).
    HasEffectiveDate = "has_effective_date" => |c| c.customer.choices.effective_date.is_some();
    /// The document has a version (P32).
    HasDocumentVersion = "has_document_version" => |c| !c.processor.document_version.trim().is_empty();
    /// The agreement is concluded electronically (P33).
    ElectronicConclusion = "electronic_conclusion" => |c| c.customer.choices.electronic_conclusion;
}

/// True if any entry has text.
fn has_text(items: &[String]) -> bool {
    items.iter().any(|s| !s.trim().is_empty())
}

impl Predicate {
    /// The predicate with this name.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|p| p.name() == name)
    }
}

impl fmt::Display for Predicate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A parsed condition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Condition {
    /// Always true.
    Always,
    /// One predicate.
    Is(Predicate),
    /// Negation.
    Not(Box<Condition>),
    /// All must hold.
    All(Vec<Condition>),
    /// One must hold.
    Any(Vec<Condition>),
}

impl Condition {
    /// Evaluates the condition.
    pub fn eval(&self, config: &DpaConfig) -> bool {
        match self {
            Self::Always => true,
            Self::Is(p) => p.eval(config),
            Self::Not(c) => !c.eval(config),
            Self::All(cs) => cs.iter().all(|c| c.eval(config)),
            Self::Any(cs) => cs.iter().any(|c| c.eval(config)),
        }
    }

    /// Parses `a and not (b or c)`. `and` binds tighter than `or`.
    pub fn parse(text: &str) -> Result<Self, String> {
        let tokens: Vec<&str> = text.split_whitespace().flat_map(split_parens).collect();
        if tokens.is_empty() {
            return Err("empty condition".into());
        }
        let mut parser = ConditionParser { tokens, at: 0 };
        let condition = parser.or()?;
        match parser.tokens.get(parser.at) {
            None => Ok(condition),
            Some(extra) => Err(format!("unexpected `{extra}`")),
        }
    }
}

/// Splits `(a` and `b)` into separate tokens.
fn split_parens(word: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in word.char_indices() {
        if c == '(' || c == ')' {
            if start < i {
                out.push(&word[start..i]);
            }
            out.push(&word[i..i + 1]);
            start = i + 1;
        }
    }
    if start < word.len() {
        out.push(&word[start..]);
    }
    out
}

struct ConditionParser<'a> {
    tokens: Vec<&'a str>,
    at: usize,
}

impl<'a> ConditionParser<'a> {
    fn peek(&self) -> Option<&'a str> {
        self.tokens.get(self.at).copied()
    }

    fn or(&mut self) -> Result<Condition, String> {
        let mut parts = vec![self.and()?];
        while self.peek() == Some("or") {
            self.at += 1;
            parts.push(self.and()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Condition::Any(parts)
        })
    }

    fn and(&mut self) -> Result<Condition, String> {
        let mut parts = vec![self.unary()?];
        while self.peek() == Some("and") {
            self.at += 1;
            parts.push(self.unary()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Condition::All(parts)
        })
    }

    fn unary(&mut self) -> Result<Condition, String> {
        let token = self.peek().ok_or("condition ends too early")?;
        self.at += 1;
        match token {
            "not" => Ok(Condition::Not(Box::new(self.unary()?))),
            "(" => {
                let inner = self.or()?;
                if self.peek() != Some(")") {
                    return Err("missing `)`".into());
                }
                self.at += 1;
                Ok(inner)
            }
            "always" => Ok(Condition::Always),
            name => Predicate::from_name(name)
                .map(Condition::Is)
                .ok_or_else(|| format!("unknown predicate `{name}`")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_before_or() {
        let c = Condition::parse("indemnity or docking_clause and not (home_office)").unwrap();
        assert_eq!(
            c,
            Condition::Any(vec![
                Condition::Is(Predicate::Indemnity),
                Condition::All(vec![
                    Condition::Is(Predicate::DockingClause),
                    Condition::Not(Box::new(Condition::Is(Predicate::HomeOffice))),
                ]),
            ])
        );
    }

    #[test]
    fn refuses_unknown_names_and_bad_syntax() {
        assert_eq!(
            Condition::parse("indemnitty"),
            Err("unknown predicate `indemnitty`".into())
        );
        assert!(Condition::parse("indemnity and").is_err());
        assert!(Condition::parse("(indemnity").is_err());
        assert!(Condition::parse("indemnity home_office").is_err());
    }

    #[test]
    fn names_are_unique() {
        for (i, a) in Predicate::ALL.iter().enumerate() {
            assert_eq!(Predicate::from_name(a.name()), Some(*a), "{a} is shadowed");
            assert!(Predicate::ALL[i + 1..].iter().all(|b| b.name() != a.name()));
        }
    }
}
