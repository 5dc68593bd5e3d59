//! The requirements of Art. 28 (and Art. 33(2)) DSGVO that every agreement must meet, as
//! clause files name them in `covers`.

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

/// `P01`–`P37` (a provision of `PROVISIONS.md`) or a requirement id: what `covers` may name.
pub fn is_known_coverage(id: &str) -> bool {
    let provision = id
        .strip_prefix('P')
        .filter(|n| n.len() == 2)
        .and_then(|n| n.parse::<u8>().ok())
        .is_some_and(|n| (1..=37).contains(&n));
    provision || Requirement::from_id(id).is_some()
}
