//! The Art. 28 coverage report and warnings about weak or risky choices.

use super::assemble::{Diagnostic, Document, Severity};
use super::config::*;
use super::library::ClauseLibrary;

macro_rules! requirements {
    ($($variant:ident = $id:literal, $label:literal;)*) => {
        /// A requirement of Art. 28 (and Art. 33(2)) DSGVO that every agreement must meet.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Requirement {
            $(#[doc = $label] $variant,)*
        }

        impl Requirement {
            /// Every requirement, in the order of the statute.
            pub const ALL: &'static [Self] = &[$(Self::$variant,)*];

            /// The id used in clause files' `covers`.
            pub fn id(self) -> &'static str {
                match self { $(Self::$variant => $id,)* }
            }

            /// German description for the report.
            pub fn label(self) -> &'static str {
                match self { $(Self::$variant => $label,)* }
            }
        }
    };
}

requirements! {
    SubjectAndDuration = "28-3-gegenstand-dauer", "Gegenstand und Dauer der Verarbeitung (Art. 28 Abs. 3 S. 1)";
    NatureAndPurpose = "28-3-art-zweck", "Art und Zweck der Verarbeitung (Art. 28 Abs. 3 S. 1)";
    DataTypes = "28-3-datenarten", "Art der personenbezogenen Daten (Art. 28 Abs. 3 S. 1)";
    DataSubjects = "28-3-betroffene", "Kategorien betroffener Personen (Art. 28 Abs. 3 S. 1)";
    ControllerRights = "28-3-pflichten-rechte", "Pflichten und Rechte des Verantwortlichen (Art. 28 Abs. 3 S. 1)";
    Instructions = "28-3-a", "Verarbeitung nur auf dokumentierte Weisung, auch bei Drittlandübermittlungen (lit. a)";
    Confidentiality = "28-3-b", "Verpflichtung der befugten Personen zur Vertraulichkeit (lit. b)";
    Security = "28-3-c", "Maßnahmen nach Art. 32 (lit. c)";
    SubprocessorConditions = "28-3-d", "Bedingungen für Unterauftragsverarbeiter (lit. d)";
    DataSubjectRights = "28-3-e", "Unterstützung bei Betroffenenrechten (lit. e)";
    ComplianceSupport = "28-3-f", "Unterstützung bei Art. 32 bis 36 (lit. f)";
    DeletionOrReturn = "28-3-g", "Löschung oder Rückgabe nach Wahl des Verantwortlichen (lit. g)";
    Audits = "28-3-h", "Informationen, Überprüfungen und Inspektionen (lit. h)";
    UnlawfulInstruction = "28-3-h-weisung", "Hinweis auf rechtswidrige Weisungen (lit. h, Unterabsatz 2)";
    SubprocessorAuthorisation = "28-2", "Unterauftragsverarbeiter nur mit vorheriger Genehmigung, Information und Einspruchsmöglichkeit (Abs. 2)";
    SubprocessorObligations = "28-4", "Gleiche Pflichten für Unterauftragsverarbeiter, Haftung des Auftragsverarbeiters (Abs. 4)";
    WrittenForm = "28-9", "Schriftform, auch in elektronischem Format (Abs. 9)";
    BreachNotification = "33-2", "Meldung von Datenschutzverletzungen ohne unangemessene Verzögerung (Art. 33 Abs. 2)";
}

impl Requirement {
    /// The requirement with this id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|r| r.id() == id)
    }
}

/// Which clauses of a document meet one requirement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coverage {
    /// The requirement.
    pub requirement: Requirement,
    /// Headings (with number) of the clauses that meet it; empty means not met.
    pub clauses: Vec<String>,
}

/// The result of [`check`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckReport {
    /// One entry per requirement, in statutory order.
    pub coverage: Vec<Coverage>,
    /// Weak or risky choices, with the field that resolves them.
    pub warnings: Vec<Diagnostic>,
}

impl CheckReport {
    /// True when every requirement is met.
    pub fn complete(&self) -> bool {
        self.coverage.iter().all(|c| !c.clauses.is_empty())
    }

    /// The report as Markdown, for the command line and the docs.
    pub fn to_markdown(&self) -> String {
        let mut out = String::from(
            "# Prüfbericht Art. 28 DSGVO\n\n| Anforderung | erfüllt durch |\n|---|---|\n",
        );
        for c in &self.coverage {
            let by = if c.clauses.is_empty() {
                "**fehlt**".to_owned()
            } else {
                c.clauses.join("; ")
            };
            out.push_str(&format!("| {} | {} |\n", c.requirement.label(), by));
        }
        out.push_str("\n## Hinweise\n\n");
        if self.warnings.is_empty() {
            out.push_str("Keine.\n");
        }
        for w in &self.warnings {
            let field = w
                .field
                .as_deref()
                .map(|f| format!(" (`{f}`)"))
                .unwrap_or_default();
            out.push_str(&format!("- {}{field}\n", w.message));
        }
        out
    }
}

/// The coverage report of `document` and warnings about `config`'s choices. The library's
/// catalogues tell which measures are encryption.
pub fn check(config: &DpaConfig, document: &Document, library: &ClauseLibrary) -> CheckReport {
    let coverage = Requirement::ALL
        .iter()
        .map(|&requirement| Coverage {
            requirement,
            clauses: document
                .sections
                .iter()
                .filter(|s| s.covers.iter().any(|c| c == requirement.id()))
                .map(|s| s.heading.clone())
                .collect(),
        })
        .collect();
    CheckReport {
        coverage,
        warnings: warnings(config, library),
    }
}

/// The TOM group whose measures count as encryption.
const ENCRYPTION_GROUP: &str = "verschluesselung";

fn warn(field: &str, message: &str) -> Diagnostic {
    Diagnostic {
        severity: Severity::Warning,
        field: Some(field.to_owned()),
        message: message.to_owned(),
    }
}

/// Lawful but weak or risky choices.
fn warnings(config: &DpaConfig, library: &ClauseLibrary) -> Vec<Diagnostic> {
    let tom = &library.catalogues().tom;
    let choices = &config.customer.choices;
    let mut out = Vec::new();
    if choices.place == PlaceOfProcessing::ThirdCountries
        && choices
            .transfer_safeguards
            .iter()
            .all(|s| *s == TransferSafeguard::NotNeeded)
    {
        out.push(warn(
            "customer.choices.transfer_safeguards",
            "Drittlandübermittlungen sind erlaubt, aber keine Garantie nach Kapitel V DSGVO ist gewählt (z. B. Standardvertragsklauseln).",
        ));
    }
    if choices.place != PlaceOfProcessing::ThirdCountries
        && config
            .processor
            .subprocessors
            .iter()
            .any(|s| s.safeguard != TransferSafeguard::NotNeeded)
    {
        out.push(warn(
            "customer.choices.place",
            "Ein Unterauftragnehmer übermittelt Daten in ein Drittland, der Vertrag erlaubt aber nur eine Verarbeitung in der EU/im EWR.",
        ));
    }
    if choices.place == PlaceOfProcessing::ThirdCountries {
        for (i, sub) in config.processor.subprocessors.iter().enumerate() {
            if sub.safeguard == TransferSafeguard::Derogation {
                out.push(warn(
                    &format!("processor.subprocessors.{i}.safeguard"),
                    "Die Ausnahme nach Art. 49 DSGVO trägt nur gelegentliche Übermittlungen; für einen dauerhaft eingesetzten Unterauftragnehmer sind Standardvertragsklauseln oder ein Angemessenheitsbeschluss die sichere Grundlage.",
                ));
            }
        }
    }
    if config.customer.processing.special_categories
        && !config
            .processor
            .tom
            .measures
            .iter()
            .any(|m| tom.group_of(m).is_some_and(|g| g.id == ENCRYPTION_GROUP))
        && !config
            .processor
            .tom
            .custom
            .iter()
            .any(|m| m.group == ENCRYPTION_GROUP && !m.text.trim().is_empty())
    {
        out.push(warn(
            "processor.tom.measures",
            "Besondere Kategorien personenbezogener Daten werden verarbeitet, aber keine Verschlüsselungsmaßnahme ist ausgewählt.",
        ));
    }
    if let Subprocessing::GeneralAuthorisation { objection_days, .. } = choices.subprocessing
        && objection_days.get() < 14
    {
        out.push(warn(
                "customer.choices.subprocessing.objection_days",
                "Eine Einspruchsfrist unter 14 Tagen lässt dem Auftraggeber kaum Zeit, einen neuen Unterauftragnehmer zu prüfen.",
            ));
    }
    if choices.breach_notice == BreachNotice::WithoutUndueDelay {
        out.push(warn(
            "customer.choices.breach_notice",
            "Ohne feste Meldefrist für Datenpannen bleibt offen, ob der Auftraggeber seine eigene 72-Stunden-Frist (Art. 33 Abs. 1 DSGVO) halten kann.",
        ));
    }
    if let BreachNotice::Deadline { hours, .. } = choices.breach_notice
        && hours.get() > 48
    {
        out.push(warn(
                "customer.choices.breach_notice.hours",
                "Eine Meldefrist über 48 Stunden lässt dem Auftraggeber wenig Zeit für seine eigene Meldung binnen 72 Stunden.",
            ));
    }
    if choices.audit_costs == Cost::Reimbursed && choices.evidence.is_empty() {
        out.push(warn(
            "customer.choices.evidence",
            "Kontrollen sind kostenpflichtig und es sind keine Nachweise (z. B. Zertifikate, Prüfberichte) vereinbart.",
        ));
    }
    out
}
