//! The typed configuration of one agreement, as the customer fills it in and as it is exported.

use serde::{Deserialize, Serialize};

/// The version of the configuration format written by this build.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything that decides the text of one agreement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DpaConfig {
    /// Format version, see [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The controller (the customer).
    pub controller: Party,
    /// The processor (the vendor).
    pub processor: Party,
    /// What the processor does for the controller, in the customer's words.
    pub subject_matter: String,
}

impl DpaConfig {
    /// An empty draft: every field blank, ready for the form.
    pub fn empty() -> Self {
        Self {
            schema_version: SCHEMA_VERSION,
            controller: Party::default(),
            processor: Party::default(),
            subject_matter: String::new(),
        }
    }
}

/// A contracting party as it appears in the agreement's heading and signatures.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
}
