//! Catalogues as data: data types, data subjects, TOM measures and the labels of every option,
//! read from `clauses/kataloge/*.toml` when the library loads.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::config::{ContactRole, Evidence, Terminology, TransferSafeguard};

/// One entry of the data-type or data-subject catalogue.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Stable id, stored in configurations.
    pub id: String,
    /// German label, used in the agreement.
    pub label: String,
    /// Examples shown as help in the form.
    #[serde(default)]
    pub hint: String,
}

/// A list of entries (`datenarten.toml`, `betroffene.toml`).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryList {
    /// The entries in display order.
    pub entry: Vec<Entry>,
}

/// One measure of the TOM catalogue.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    /// Stable id, stored in configurations.
    pub id: String,
    /// The measure as written in the annex.
    pub text: String,
}

/// A group of measures under one Art. 32 goal (`zutrittskontrolle`, ...).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureGroup {
    /// Stable id.
    pub id: String,
    /// Art. 32 goal key (see `begriffe.toml`, table `goal`).
    pub goal: String,
    /// Heading of the group.
    pub title: String,
    /// What the group ensures, one sentence.
    pub purpose: String,
    /// The measures in display order.
    pub measure: Vec<Measure>,
}

/// The TOM catalogue (`tom.toml`).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TomCatalogue {
    /// Groups in annex order.
    pub group: Vec<MeasureGroup>,
}

impl TomCatalogue {
    /// The group holding a measure id.
    pub fn group_of(&self, measure_id: &str) -> Option<&MeasureGroup> {
        self.group
            .iter()
            .find(|g| g.measure.iter().any(|m| m.id == measure_id))
    }
}

/// The four grammatical cases of a party's term.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Declension {
    /// Nominative.
    pub nom: String,
    /// Accusative.
    pub akk: String,
    /// Dative.
    pub dat: String,
    /// Genitive.
    pub r#gen: String,
}

/// How both parties are called under one terminology.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartyTerms {
    /// The controller's term.
    pub controller: Declension,
    /// The processor's term.
    pub processor: Declension,
}

/// How further processors are called under one terminology.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct SubprocessorTerms {
    /// Nominative, accusative and dative singular; nominative, accusative and genitive plural.
    pub base: String,
    /// Genitive singular.
    pub gen_sg: String,
    /// Dative plural.
    pub dat_pl: String,
}

/// Labels of options (`begriffe.toml`), keyed by the option's serde name.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Terms {
    /// Party terms per terminology.
    pub terminology: BTreeMap<String, PartyTerms>,
    /// Subprocessor terms per terminology.
    pub subprocessor_terms: BTreeMap<String, SubprocessorTerms>,
    /// Labels of transfer safeguards.
    pub transfer_safeguard: BTreeMap<String, String>,
    /// Labels of contact roles.
    pub contact_role: BTreeMap<String, String>,
    /// Labels of evidence.
    pub evidence: BTreeMap<String, String>,
    /// Titles of the Art. 32 goals.
    pub goal: BTreeMap<String, String>,
}

/// The serde name of a unit enum variant, e.g. `standard_contractual_clauses`.
pub fn key_of<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(key)) => key,
        other => panic!("key_of is only used with unit enums, got {other:?}"),
    }
}

impl Terms {
    /// The party terms of a terminology.
    pub fn parties(&self, terminology: Terminology) -> &PartyTerms {
        &self.terminology[&key_of(&terminology)]
    }

    /// The subprocessor terms of a terminology.
    pub fn subprocessors(&self, terminology: Terminology) -> &SubprocessorTerms {
        &self.subprocessor_terms[&key_of(&terminology)]
    }

    /// Label of a safeguard.
    pub fn safeguard(&self, safeguard: TransferSafeguard) -> &str {
        &self.transfer_safeguard[&key_of(&safeguard)]
    }

    /// Label of a contact role.
    pub fn role(&self, role: ContactRole) -> &str {
        &self.contact_role[&key_of(&role)]
    }

    /// Label of a piece of evidence.
    pub fn evidence(&self, evidence: Evidence) -> &str {
        &self.evidence[&key_of(&evidence)]
    }

    /// Names of options without a label; empty when `begriffe.toml` is complete.
    pub fn missing_labels(&self) -> Vec<String> {
        use super::config::{
            ContactRole as R, Evidence as E, Terminology as T, TransferSafeguard as S,
        };
        let mut missing = Vec::new();
        let mut need = |table: &BTreeMap<String, String>, name: &str, key: String| {
            if !table.contains_key(&key) {
                missing.push(format!("{name}.{key}"));
            }
        };
        for s in S::ALL {
            need(&self.transfer_safeguard, "transfer_safeguard", key_of(&s));
        }
        for r in R::ALL {
            need(&self.contact_role, "contact_role", key_of(&r));
        }
        for e in E::ALL {
            need(&self.evidence, "evidence", key_of(&e));
        }
        for t in T::ALL {
            if !self.terminology.contains_key(&key_of(&t)) {
                missing.push(format!("terminology.{}", key_of(&t)));
            }
            if !self.subprocessor_terms.contains_key(&key_of(&t)) {
                missing.push(format!("subprocessor_terms.{}", key_of(&t)));
            }
        }
        missing
    }
}

/// All catalogues of the library.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Catalogues {
    /// Types of personal data (P06).
    pub data_types: EntryList,
    /// Categories of data subjects (P08).
    pub data_subjects: EntryList,
    /// TOM measures (P35).
    pub tom: TomCatalogue,
    /// Labels of options.
    pub terms: Terms,
}

impl Catalogues {
    /// Label of a data type id, if the catalogue has it.
    pub fn data_type(&self, id: &str) -> Option<&Entry> {
        self.data_types.entry.iter().find(|e| e.id == id)
    }

    /// Label of a data-subject id, if the catalogue has it.
    pub fn data_subject(&self, id: &str) -> Option<&Entry> {
        self.data_subjects.entry.iter().find(|e| e.id == id)
    }
}
