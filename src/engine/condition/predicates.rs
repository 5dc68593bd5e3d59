//! The structural predicates: yes/no questions about parties, lists and annexes, one line of
//! Rust each, with the German description the glossary shows.

use std::fmt;

use super::Catalogues;
use crate::engine::config::*;

macro_rules! predicates {
    ($($(#[doc = $doc:literal])* $variant:ident = $name:literal => |$c:ident, $k:ident| $eval:expr;)*) => {
        /// A yes/no question about the structure of the configuration (not its legal choices,
        /// which are options).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Predicate {
            $($(#[doc = $doc])* $variant,)*
        }

        impl Predicate {
            /// Every predicate.
            pub const ALL: &'static [Self] = &[$(Self::$variant,)*];

            /// The name used in conditions and templates (`when.<name>`).
            pub fn name(self) -> &'static str {
                match self {
                    $(Self::$variant => $name,)*
                }
            }

            /// What it tests, in German, for the glossary (its documentation).
            pub fn description(self) -> &'static str {
                match self {
                    $(Self::$variant => concat!($($doc),*),)*
                }
                .trim()
            }

            /// Evaluates the predicate.
            #[allow(unused_variables)]
            pub fn eval(self, config: &DpaConfig, catalogues: &Catalogues) -> bool {
                match self {
                    $(Self::$variant => { let $c = config; let $k = catalogues; $eval })*
                }
            }
        }
    };
}

predicates! {
    /// Der Anbieter nennt Produkte oder Leistungen (P02).
    HasServices = "has_services" => |c, k| has_text(&c.processor.services);
    /// Der Hauptvertrag hat eine Bezeichnung (P03).
    HasMainContractTitle = "has_main_contract_title" => |c, k| !c.customer.processing.main_contract.title.trim().is_empty();
    /// Das Datum des Hauptvertrags ist angegeben.
    HasMainContractDate = "has_main_contract_date" => |c, k| c.customer.processing.main_contract.date.is_some();
    /// Aufgaben des Auftragnehmers sind aufgezählt (P03).
    HasTasks = "has_tasks" => |c, k| has_text(&c.customer.processing.tasks);
    /// Zwecke sind als Liste angegeben (P05).
    HasPurposes = "has_purposes" => |c, k| has_text(&c.customer.processing.purposes);
    /// Besondere Kategorien personenbezogener Daten werden verarbeitet (P07).
    SpecialCategories = "special_categories" => |c, k| c.customer.processing.special_categories == Some(true);
    /// Standorte oder Rechenzentren sind angegeben (P09).
    HasLocations = "has_locations" => |c, k| has_text(&c.processor.locations);
    /// Weisungsberechtigte oder Weisungsempfänger sind benannt (P11).
    HasInstructionContacts = "has_instruction_contacts" => |c, k| c.customer.contacts.iter().any(|p| matches!(p.role, ContactRole::IssuesInstructions | ContactRole::ReceivesInstructions));
    /// Der Auftraggeber hat eine weisungsberechtigte Person benannt (P11).
    HasInstructionIssuer = "has_instruction_issuer" => |c, k| c.customer.contacts.iter().any(|p| p.side == Side::Controller && p.role == ContactRole::IssuesInstructions);
    /// Der Auftragnehmer hat eine Person zur Entgegennahme von Weisungen benannt (P11).
    HasInstructionReceiver = "has_instruction_receiver" => |c, k| c.customer.contacts.iter().any(|p| p.side == Side::Processor && p.role == ContactRole::ReceivesInstructions);
    /// Das Dokument hat ein Datum (Stand) (P32).
    HasDocumentDate = "has_document_date" => |c, k| c.processor.document_date.is_some();
    /// Irgendein Kontakt ist benannt (P37).
    HasContacts = "has_contacts" => |c, k| !c.customer.contacts.is_empty();
    /// Der Datenschutzbeauftragte des Anbieters ist benannt (P14).
    DpoNamed = "dpo_named" => |c, k| matches!(c.processor.dpo, DpoArrangement::Named { .. });
    /// Ein Datenschutzbeauftragter wird bestellt, soweit gesetzlich vorgeschrieben (P14).
    DpoIfRequired = "dpo_if_required" => |c, k| matches!(c.processor.dpo, DpoArrangement::AppointedIfRequired);
    /// Statt eines Beauftragten ist eine Ansprechperson genannt (P14).
    DpoContactPerson = "dpo_contact_person" => |c, k| matches!(c.processor.dpo, DpoArrangement::ContactPerson { .. });
    /// Ein Vertreter nach Art. 27 DSGVO ist benannt (P14).
    EuRepresentative = "eu_representative" => |c, k| c.processor.eu_representative.is_some();
    /// Die TOM-Anlage enthält Maßnahmen (P35).
    HasTom = "has_tom" => |c, k| !c.processor.tom.measures.is_empty() || c.processor.tom.custom.iter().any(|m| !m.text.trim().is_empty());
    /// Die TOM-Anlage hat eine Einleitung (P35).
    HasTomNarrative = "has_tom_narrative" => |c, k| !c.processor.tom.narrative.trim().is_empty();
    /// Ein Ansprechpartner für Informationssicherheit ist genannt (P35).
    HasSecurityContact = "has_security_contact" => |c, k| c.processor.tom.security_contact.is_some();
    /// Eine Maßnahme der Gruppe Verschlüsselung ist gewählt oder eigens beschrieben (P35).
    HasEncryptionMeasure = "has_encryption_measure" => |c, k| c.processor.tom.measures.iter().any(|m| k.tom.group_of(m).is_some_and(|g| g.id == ENCRYPTION_GROUP)) || c.processor.tom.custom.iter().any(|m| m.group == ENCRYPTION_GROUP && !m.text.trim().is_empty());
    /// Gewählte Betroffene oder Datenarten deuten auf ein Berufsgeheimnis hin (Patienten, Mandanten).
    IndicatesSecrecy = "indicates_secrecy" => |c, k| c.customer.processing.data_subjects.iter().filter_map(|id| k.data_subject(id)).chain(c.customer.processing.data_types.iter().filter_map(|id| k.data_type(id))).any(|e| e.indicates_secrecy);
    /// Gewählte Betroffene oder Datenarten sind Sozialdaten (Leistungsberechtigte, Sozialleistungen).
    IndicatesSocialData = "indicates_social_data" => |c, k| c.customer.processing.data_subjects.iter().filter_map(|id| k.data_subject(id)).chain(c.customer.processing.data_types.iter().filter_map(|id| k.data_type(id))).any(|e| e.indicates_social_data);
    /// Gewählte Betroffene oder Datenarten betreffen den Betriebsrat.
    IndicatesWorksCouncil = "indicates_works_council" => |c, k| c.customer.processing.data_subjects.iter().filter_map(|id| k.data_subject(id)).chain(c.customer.processing.data_types.iter().filter_map(|id| k.data_type(id))).any(|e| e.indicates_works_council);
    /// Unterauftragnehmer sind aufgeführt (P36).
    HasSubprocessors = "has_subprocessors" => |c, k| !c.processor.subprocessors.is_empty();
    /// Ein Unterauftragnehmer übermittelt Daten in ein Drittland (P10, P36).
    SubprocessorInThirdCountry = "subprocessor_in_third_country" => |c, k| c.processor.subprocessors.iter().any(|s| s.safeguard != TransferSafeguard::NotNeeded || !s.remote_access.trim().is_empty());
    /// Der Vertrag erlaubt Drittländer, ein Unterauftragnehmer übermittelt in ein Drittland oder der Auftragnehmer sitzt selbst in einem (P10).
    ThirdCountryTransfers = "third_country_transfers" => |c, k| c.customer.choices.is("place", "third_countries") || c.processor.eu_representative.is_some() || c.processor.subprocessors.iter().any(|s| s.safeguard != TransferSafeguard::NotNeeded || !s.remote_access.trim().is_empty());
    /// Ein Unterauftragnehmer stützt die Übermittlung auf den EU-US-Datenschutzrahmen (P10).
    SubprocessorDpf = "subprocessor_dpf" => |c, k| c.processor.subprocessors.iter().any(|s| s.safeguard == TransferSafeguard::DataPrivacyFramework);
    /// Ein Unterauftragnehmer stützt die Übermittlung auf Standardvertragsklauseln (P10).
    SubprocessorScc = "subprocessor_scc" => |c, k| c.processor.subprocessors.iter().any(|s| s.safeguard == TransferSafeguard::StandardContractualClauses);
    /// Ein Unterauftragnehmer greift aus einem Drittland auf die Daten zu (P10).
    SubprocessorRemoteAccess = "subprocessor_remote_access" => |c, k| c.processor.subprocessors.iter().any(|s| !s.remote_access.trim().is_empty());
    /// Das Dokument hat eine Version (P32).
    HasDocumentVersion = "has_document_version" => |c, k| !c.processor.document_version.trim().is_empty();
}

/// The TOM catalogue group whose measures count as encryption.
pub const ENCRYPTION_GROUP: &str = "verschluesselung";

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
