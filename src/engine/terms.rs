//! The words the engine puts into clauses and annexes (`clauses/kataloge/begriffe.toml`):
//! party and subprocessor terms, labels, the Art. 32 goals, adequacy decisions, the glossary.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::config::{ContactRole, TransferSafeguard};

/// The four grammatical cases of a party's term.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Declension {
    /// Without an article, as in a table cell or a heading ("Verantwortlicher").
    pub bare: String,
    /// Nominative, after the definite article ("der Verantwortliche").
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

/// Words the engine puts into clauses and annexes (`begriffe.toml`), keyed by the serde name
/// of what they name.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Terms {
    /// Party terms per value of the option `terminology`.
    pub terminology: BTreeMap<String, PartyTerms>,
    /// Subprocessor terms per value of the option `terminology`.
    pub subprocessor_terms: BTreeMap<String, SubprocessorTerms>,
    /// Labels of a subprocessor's transfer safeguard.
    pub transfer_safeguard: BTreeMap<String, String>,
    /// The Commission's adequacy decision (Art. 45 DSGVO) per country, keyed by the country's
    /// name in lower case (German names and common short forms).
    pub adequacy_decision: BTreeMap<String, String>,
    /// Labels of contact roles.
    pub contact_role: BTreeMap<String, String>,
    /// The Art. 32(1) goals the TOM annex is ordered by.
    pub goal: BTreeMap<String, Goal>,
    /// Legal terms of the questionnaire explained in plain German, by the term as it appears.
    #[serde(default)]
    pub glossary: BTreeMap<String, String>,
}

/// An Art. 32(1) goal: its heading and the letter of the paragraph (a to d).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    /// Heading in the annex.
    pub title: String,
    /// `a`, `b`, `c` or `d`.
    pub letter: String,
}

/// The letters of Art. 32(1) DSGVO, each of which needs a measure.
pub const ART32_LETTERS: [&str; 4] = ["a", "b", "c", "d"];

/// The option whose values select the party terms.
pub const TERMINOLOGY: &str = "terminology";

impl Terms {
    /// The party terms of a terminology; the first one for an unknown key (the library check
    /// makes sure every value of the option has its terms).
    pub fn parties(&self, terminology: &str) -> &PartyTerms {
        self.terminology
            .get(terminology)
            .or_else(|| self.terminology.values().next())
            .expect("begriffe.toml has party terms")
    }

    /// The subprocessor terms of a terminology; the first one for an unknown key.
    pub fn subprocessors(&self, terminology: &str) -> &SubprocessorTerms {
        self.subprocessor_terms
            .get(terminology)
            .or_else(|| self.subprocessor_terms.values().next())
            .expect("begriffe.toml has subprocessor terms")
    }

    /// Label of a safeguard.
    pub fn safeguard(&self, safeguard: TransferSafeguard) -> &str {
        self.transfer_safeguard
            .get(safeguard.key())
            .map_or("", String::as_str)
    }

    /// The adequacy decision for a country as typed by a person (case and surrounding space
    /// ignored); empty when the catalogue does not know the country.
    pub fn adequacy_decision(&self, country: &str) -> &str {
        self.adequacy_decision
            .get(&country.trim().to_lowercase())
            .map_or("", String::as_str)
    }

    /// Label of a contact role.
    pub fn role(&self, role: ContactRole) -> &str {
        self.contact_role.get(role.key()).map_or("", String::as_str)
    }

    /// Names of entries without a label, given the values of the option `terminology`; empty
    /// when `begriffe.toml` is complete.
    pub fn missing_labels(&self, terminologies: &[&str]) -> Vec<String> {
        let mut missing = Vec::new();
        for s in TransferSafeguard::ALL {
            if !self.transfer_safeguard.contains_key(s.key()) {
                missing.push(format!("transfer_safeguard.{}", s.key()));
            }
        }
        for r in ContactRole::ALL {
            if !self.contact_role.contains_key(r.key()) {
                missing.push(format!("contact_role.{}", r.key()));
            }
        }
        for t in terminologies {
            if !self.terminology.contains_key(*t) {
                missing.push(format!("terminology.{t}"));
            }
            if !self.subprocessor_terms.contains_key(*t) {
                missing.push(format!("subprocessor_terms.{t}"));
            }
        }
        missing
    }
}
