//! The questionnaire's shape as data: its steps, the sections (fieldsets) of each step with
//! the clause the preview shows for them, and every structural field with its section.

macro_rules! steps {
    ($($variant:ident = $title:literal;)*) => {
        /// The steps of the questionnaire, in order.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Step {
            $(#[doc = $title] $variant,)*
        }

        impl Step {
            /// All steps in order.
            pub const ALL: &'static [Self] = &[$(Self::$variant,)*];

            /// German title shown in the progress indicator.
            pub fn title(self) -> &'static str {
                match self { $(Self::$variant => $title,)* }
            }
        }
    };
}

steps! {
    Parties = "Parteien";
    Processing = "Verarbeitung";
    Data = "Daten und Betroffene";
    Subprocessors = "Unterauftragnehmer und Drittländer";
    Tom = "Technische und organisatorische Maßnahmen";
    Rules = "Regelungen";
    Finish = "Abschluss";
}

impl Step {
    /// Position, from 0.
    pub fn index(self) -> usize {
        Self::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The step after this one, if any.
    pub fn next(self) -> Option<Self> {
        Self::ALL.get(self.index() + 1).copied()
    }

    /// The step before this one, if any.
    pub fn previous(self) -> Option<Self> {
        self.index().checked_sub(1).map(|i| Self::ALL[i])
    }
}

macro_rules! sections {
    ($($variant:ident = $id:literal, $step:ident, $clause:literal, $title:literal;)*) => {
        /// A group of questions within a step (a fieldset in the form). Options name their
        /// section by id in `clauses/optionen.toml`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Section {
            $(#[doc = $title] $variant,)*
        }

        impl Section {
            /// Every section, in questionnaire order.
            pub const ALL: &'static [Self] = &[$(Self::$variant,)*];

            /// The id used in `clauses/optionen.toml`.
            pub fn id(self) -> &'static str {
                match self { $(Self::$variant => $id,)* }
            }

            /// The step that shows it.
            pub fn step(self) -> Step {
                match self { $(Self::$variant => Step::$step,)* }
            }

            /// The clause the preview shows while a question of this section has the focus.
            pub fn clause(self) -> &'static str {
                match self { $(Self::$variant => $clause,)* }
            }

            /// German heading in the form.
            pub fn title(self) -> &'static str {
                match self { $(Self::$variant => $title,)* }
            }
        }
    };
}

sections! {
    Bezeichnung = "bezeichnung", Parties, "parteien", "Bezeichnung der Parteien";
    Auftraggeber = "auftraggeber", Parties, "parteien", "Auftraggeber (Verantwortlicher) – Ihr Unternehmen";
    Auftragnehmer = "auftragnehmer", Parties, "parteien", "Auftragnehmer (Auftragsverarbeiter) – der Anbieter";
    Gegenstand = "gegenstand", Processing, "gegenstand-dauer", "Gegenstand des Auftrags";
    Dauer = "dauer", Processing, "gegenstand-dauer", "Dauer";
    Zweck = "zweck", Processing, "art-zweck-daten", "Art und Zweck";
    Leistungen = "leistungen", Processing, "praeambel", "Leistungen";
    Dsb = "dsb", Processing, "datenschutzbeauftragter", "Datenschutzbeauftragter";
    Datenarten = "datenarten", Data, "anlage-verarbeitung", "Arten personenbezogener Daten";
    BesondereKategorien = "besondere-kategorien", Data, "art-zweck-daten", "Besondere Kategorien";
    Betroffene = "betroffene", Data, "anlage-verarbeitung", "Betroffene Personen";
    Unterauftrag = "unterauftrag", Subprocessors, "unterauftragsverhaeltnisse", "Unterauftragsverhältnisse";
    Unterauftragnehmer = "unterauftragnehmer", Subprocessors, "anlage-unterauftragnehmer", "Unterauftragnehmer bei Vertragsschluss";
    Ort = "ort", Subprocessors, "ort-drittland", "Ort der Verarbeitung";
    Tom = "tom", Tom, "tom", "Anpassung der Maßnahmen";
    TomAnlage = "tom-anlage", Tom, "anlage-tom", "Maßnahmen nach Schutzzielen";
    Weisungen = "weisungen", Rules, "weisungen", "Weisungen";
    Unterstuetzung = "unterstuetzung", Rules, "betroffenenrechte", "Unterstützung";
    Datenpannen = "datenpannen", Rules, "datenpannen", "Datenpannen";
    Kontrollen = "kontrollen", Rules, "kontrollen", "Kontrollen";
    Loeschung = "loeschung", Rules, "loeschung-rueckgabe", "Löschung und Rückgabe";
    Haftung = "haftung", Rules, "haftung", "Haftung und Versicherung";
    Vertragsende = "vertragsende", Rules, "laufzeit-kuendigung", "Vertragsende und Schlussbestimmungen";
    Kontakte = "kontakte", Finish, "anlage-kontakte", "Weisungsberechtigte Personen und Ansprechpartner";
    Unterschriften = "unterschriften", Finish, "unterschriften", "Unterzeichner";
}

impl Section {
    /// The section with this id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|s| s.id() == id)
    }
}

macro_rules! fixed_fields {
    ($($variant:ident = $path:literal, $section:ident;)*) => {
        /// A structural field that exists once in every configuration.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Field {
            $(#[doc = $path] $variant,)*
        }

        impl Field {
            /// Every structural field.
            pub const ALL: &'static [Self] = &[$(Self::$variant,)*];

            /// The dotted path in the configuration file.
            pub fn path(self) -> &'static str {
                match self { $(Self::$variant => $path,)* }
            }

            /// The section that asks for it.
            pub fn section(self) -> Section {
                match self { $(Self::$variant => Section::$section,)* }
            }
        }
    };
}

fixed_fields! {
    ControllerName = "customer.controller.name", Auftraggeber;
    ControllerStreet = "customer.controller.street", Auftraggeber;
    ControllerPostalCode = "customer.controller.postal_code", Auftraggeber;
    ControllerCity = "customer.controller.city", Auftraggeber;
    ControllerCountry = "customer.controller.country", Auftraggeber;
    ControllerRegister = "customer.controller.register", Auftraggeber;
    ControllerRepresentative = "customer.controller.representative", Auftraggeber;
    ControllerSeat = "customer.controller.seat", Auftraggeber;
    ProcessorName = "processor.company.name", Auftragnehmer;
    ProcessorStreet = "processor.company.street", Auftragnehmer;
    ProcessorPostalCode = "processor.company.postal_code", Auftragnehmer;
    ProcessorCity = "processor.company.city", Auftragnehmer;
    ProcessorCountry = "processor.company.country", Auftragnehmer;
    ProcessorRegister = "processor.company.register", Auftragnehmer;
    ProcessorRepresentative = "processor.company.representative", Auftragnehmer;
    ProcessorSeat = "processor.company.seat", Auftragnehmer;
    MainContractTitle = "customer.processing.main_contract.title", Gegenstand;
    MainContractDate = "customer.processing.main_contract.date", Gegenstand;
    Tasks = "customer.processing.tasks", Gegenstand;
    NatureAndPurpose = "customer.processing.nature_and_purpose", Zweck;
    Purposes = "customer.processing.purposes", Zweck;
    Services = "processor.services", Leistungen;
    Dpo = "processor.dpo", Dsb;
    DpoName = "processor.dpo.person.name", Dsb;
    DpoEmail = "processor.dpo.person.email", Dsb;
    DpoPhone = "processor.dpo.person.phone", Dsb;
    DpoCompany = "processor.dpo.company", Dsb;
    EuRepresentative = "processor.eu_representative", Dsb;
    EuRepresentativeName = "processor.eu_representative.name", Dsb;
    EuRepresentativeAddress = "processor.eu_representative.address", Dsb;
    EuRepresentativeEmail = "processor.eu_representative.email", Dsb;
    DataTypes = "customer.processing.data_types", Datenarten;
    CustomDataTypes = "customer.processing.custom_data_types", Datenarten;
    SpecialCategories = "customer.processing.special_categories", BesondereKategorien;
    SpecialCategoriesDetail = "customer.processing.special_categories_detail", BesondereKategorien;
    DataSubjects = "customer.processing.data_subjects", Betroffene;
    CustomDataSubjects = "customer.processing.custom_data_subjects", Betroffene;
    Subprocessors = "processor.subprocessors", Unterauftragnehmer;
    Locations = "processor.locations", Ort;
    TomMeasures = "processor.tom.measures", TomAnlage;
    TomCustom = "processor.tom.custom", TomAnlage;
    TomNarrative = "processor.tom.narrative", TomAnlage;
    SecurityContact = "processor.tom.security_contact", TomAnlage;
    SecurityContactName = "processor.tom.security_contact.name", TomAnlage;
    SecurityContactEmail = "processor.tom.security_contact.email", TomAnlage;
    DocumentVersion = "processor.document_version", Vertragsende;
    DocumentDate = "processor.document_date", Vertragsende;
    Contacts = "customer.contacts", Kontakte;
    Signatories = "customer.signatories", Unterschriften;
}
