//! The draft held by the app and the one reducer that changes it.
//!
//! Plain Rust with no browser calls, so the reducer is tested natively.

use std::rc::Rc;

use yew::Reducible;

pub use crate::engine::config::Side;
use crate::engine::config::{DpaConfig, Party};
use crate::engine::presets::Preset;

/// One address field of a party.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartyField {
    Name,
    Street,
    PostalCode,
    City,
    Country,
}

impl PartyField {
    /// All fields in form order.
    pub const ALL: [Self; 5] = [
        Self::Name,
        Self::Street,
        Self::PostalCode,
        Self::City,
        Self::Country,
    ];

    /// The field's German label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Name => "Firma (mit Rechtsform)",
            Self::Street => "Straße und Hausnummer",
            Self::PostalCode => "Postleitzahl",
            Self::City => "Ort",
            Self::Country => "Land",
        }
    }

    /// The field's key in ids and in the configuration.
    pub fn key(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::Street => "street",
            Self::PostalCode => "postal_code",
            Self::City => "city",
            Self::Country => "country",
        }
    }

    fn slot(self, party: &mut Party) -> &mut String {
        match self {
            Self::Name => &mut party.name,
            Self::Street => &mut party.street,
            Self::PostalCode => &mut party.postal_code,
            Self::City => &mut party.city,
            Self::Country => &mut party.country,
        }
    }

    /// The field's current value.
    pub fn get(self, party: &Party) -> &str {
        match self {
            Self::Name => &party.name,
            Self::Street => &party.street,
            Self::PostalCode => &party.postal_code,
            Self::City => &party.city,
            Self::Country => &party.country,
        }
    }
}

/// What a person can do to the draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Typed into a party's field.
    SetParty(Side, PartyField, String),
    /// Typed into the title of the main contract.
    SetMainContractTitle(String),
    /// Typed into nature and purpose of the processing.
    SetNatureAndPurpose(String),
}

/// The app state: the configuration being edited. The document is derived from it, never stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// The configuration.
    pub config: DpaConfig,
}

impl Draft {
    /// A new, empty draft.
    pub fn new() -> Self {
        Self {
            config: DpaConfig::new_draft(Preset::Ausgewogen),
        }
    }

    /// Applies one action.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::SetParty(side, field, value) => {
                let party = match side {
                    Side::Controller => &mut self.config.customer.controller,
                    Side::Processor => &mut self.config.processor.company,
                };
                *field.slot(party) = value;
            }
            Action::SetMainContractTitle(value) => {
                self.config.customer.processing.main_contract.title = value
            }
            Action::SetNatureAndPurpose(value) => {
                self.config.customer.processing.nature_and_purpose = value
            }
        }
    }
}

impl Default for Draft {
    fn default() -> Self {
        Self::new()
    }
}

impl Reducible for Draft {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_changes_only_that_field() {
        let mut draft = Draft::new();
        draft.apply(Action::SetParty(
            Side::Controller,
            PartyField::City,
            "Köln".into(),
        ));
        draft.apply(Action::SetNatureAndPurpose("Hosting".into()));
        assert_eq!(draft.config.customer.controller.city, "Köln");
        assert_eq!(draft.config.processor.company.city, "");
        assert_eq!(
            draft.config.customer.processing.nature_and_purpose,
            "Hosting"
        );
    }
}
