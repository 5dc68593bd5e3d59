//! Presets: complete sets of [`Choices`], chosen at the start. A preset never fills the parties.

use super::config::*;

/// The three starting points offered to the customer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Preset {
    /// Balanced between the parties; the default.
    Ausgewogen,
    /// Controller-friendly, in the spirit of a strict controller template.
    Auftraggeberfreundlich,
    /// Processor-friendly, in the spirit of a SaaS vendor's standard terms.
    Anbieterfreundlich,
}

impl Preset {
    /// All presets in the order the UI offers them.
    pub const ALL: [Self; 3] = [
        Self::Ausgewogen,
        Self::Auftraggeberfreundlich,
        Self::Anbieterfreundlich,
    ];

    /// Stable key, used in files and ids.
    pub fn key(self) -> &'static str {
        match self {
            Self::Ausgewogen => "ausgewogen",
            Self::Auftraggeberfreundlich => "auftraggeberfreundlich",
            Self::Anbieterfreundlich => "anbieterfreundlich",
        }
    }

    /// The preset for a key.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.key() == key)
    }

    /// German name shown in the UI.
    pub fn label(self) -> &'static str {
        match self {
            Self::Ausgewogen => "Ausgewogen",
            Self::Auftraggeberfreundlich => "Auftraggeberfreundlich",
            Self::Anbieterfreundlich => "Anbieterfreundlich",
        }
    }

    /// The choices of this preset.
    pub fn choices(self) -> Choices {
        let balanced = Choices {
            terminology: Terminology::AuftraggeberAuftragnehmer,
            remote_maintenance: false,
            subject_basis: SubjectBasis::MainContract,
            duration: Duration::MainContract,
            place: PlaceOfProcessing::EuEea,
            transfer_safeguards: Vec::new(),
            instruction_form: InstructionForm::TextForm,
            suspension: Suspension::UntilConfirmed,
            tom_changes: TomChanges::AllowedIfDocumented,
            home_office: false,
            data_subject_days: DataSubjectDays::DEFAULT,
            data_subject_support: Cost::Free,
            compliance_support: Cost::Reimbursed,
            breach_notice: BreachNotice::Deadline {
                hours: BreachHours::DEFAULT,
                report_days: ReportDays::DEFAULT,
            },
            record_of_processing: true,
            subprocessing: Subprocessing::GeneralAuthorisation {
                objection_days: ObjectionDays::DEFAULT,
                termination_weeks: TerminationWeeks::DEFAULT,
            },
            further_subprocessing: FurtherSubprocessing::SameConditions,
            audit_notice: AuditNotice::Announced {
                days: AuditNoticeDays::DEFAULT,
            },
            audit_costs: Cost::Reimbursed,
            evidence: vec![
                Evidence::Certification,
                Evidence::Iso27001,
                Evidence::AuditReports,
            ],
            deletion_notice: None,
            third_party_disclosure: false,
            indemnity: false,
            extraordinary_termination: true,
            docking_clause: false,
            jurisdiction: Jurisdiction {
                german_law: true,
                court: String::new(),
            },
            effective_date: None,
            electronic_conclusion: true,
        };
        match self {
            Self::Ausgewogen => balanced,
            Self::Auftraggeberfreundlich => Choices {
                instruction_form: InstructionForm::Written,
                suspension: Suspension::AfterNotice {
                    days: SuspensionDays::new(14).expect("in range"),
                },
                tom_changes: TomChanges::PriorConsent,
                home_office: true,
                data_subject_support: Cost::Free,
                compliance_support: Cost::Free,
                breach_notice: BreachNotice::Deadline {
                    hours: BreachHours::new(24).expect("in range"),
                    report_days: ReportDays::new(7).expect("in range"),
                },
                subprocessing: Subprocessing::SpecificConsent,
                further_subprocessing: FurtherSubprocessing::Forbidden,
                audit_notice: AuditNotice::AnyTime,
                audit_costs: Cost::Free,
                evidence: vec![Evidence::AuditReports, Evidence::Iso27001],
                deletion_notice: Some(DeletionNoticeDays::DEFAULT),
                third_party_disclosure: true,
                indemnity: true,
                electronic_conclusion: false,
                ..balanced
            },
            Self::Anbieterfreundlich => Choices {
                terminology: Terminology::VerantwortlicherAuftragsverarbeiter,
                data_subject_days: DataSubjectDays::new(5).expect("in range"),
                data_subject_support: Cost::Reimbursed,
                breach_notice: BreachNotice::WithoutUndueDelay,
                subprocessing: Subprocessing::GeneralAuthorisation {
                    objection_days: ObjectionDays::new(14).expect("in range"),
                    termination_weeks: TerminationWeeks::new(4).expect("in range"),
                },
                audit_notice: AuditNotice::Announced {
                    days: AuditNoticeDays::new(30).expect("in range"),
                },
                evidence: vec![
                    Evidence::CodeOfConduct,
                    Evidence::Certification,
                    Evidence::Iso27001,
                    Evidence::AuditReports,
                    Evidence::DpoConfirmation,
                ],
                extraordinary_termination: false,
                docking_clause: true,
                ..balanced
            },
        }
    }
}

impl DpaConfig {
    /// A new draft: parties and details empty, choices from `preset`.
    pub fn new_draft(preset: Preset) -> Self {
        Self {
            schema_version: SCHEMA_VERSION,
            processor: ProcessorPart::default(),
            customer: CustomerPart {
                controller: Party::default(),
                contacts: Vec::new(),
                signatories: Vec::new(),
                processing: ProcessingDetails::default(),
                choices: preset.choices(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Preset;

    #[test]
    fn keys_round_trip() {
        for preset in Preset::ALL {
            assert_eq!(Preset::from_key(preset.key()), Some(preset));
        }
        assert_ne!(
            Preset::Ausgewogen.choices(),
            Preset::Anbieterfreundlich.choices()
        );
    }
}
