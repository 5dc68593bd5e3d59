//! The app state and the one reducer that changes it.
//!
//! Plain Rust with no browser calls, so the reducer is tested natively. The agreement itself is
//! derived from the configuration on render and never stored here.

use std::fmt;
use std::rc::Rc;

use yew::Reducible;

use crate::engine::config::DpaConfig;
use crate::engine::presets::Preset;
use crate::engine::profile::Profile;

/// The steps of the questionnaire, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    /// Preset, terminology, both parties.
    Parties,
    /// Subject matter, duration, nature and purpose, services, DPO.
    Processing,
    /// Data types, special categories, data subjects.
    Data,
    /// Subprocessors, place of processing, third countries.
    Subprocessors,
    /// Technical and organisational measures.
    Tom,
    /// The remaining legal choices.
    Rules,
    /// Contacts, signatures, check and output.
    Finish,
}

impl Step {
    /// All steps in order.
    pub const ALL: [Self; 7] = [
        Self::Parties,
        Self::Processing,
        Self::Data,
        Self::Subprocessors,
        Self::Tom,
        Self::Rules,
        Self::Finish,
    ];

    /// German title shown in the progress indicator.
    pub fn title(self) -> &'static str {
        match self {
            Self::Parties => "Parteien",
            Self::Processing => "Verarbeitung",
            Self::Data => "Daten und Betroffene",
            Self::Subprocessors => "Unterauftragnehmer und Drittländer",
            Self::Tom => "Technische und organisatorische Maßnahmen",
            Self::Rules => "Regelungen",
            Self::Finish => "Abschluss",
        }
    }

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

/// A change to the configuration, as a function, so every form control can say exactly what it
/// sets without an action variant per field.
#[derive(Clone)]
pub struct Edit(pub Rc<dyn Fn(&mut DpaConfig)>);

impl fmt::Debug for Edit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Edit(..)")
    }
}

/// What a person can do.
#[derive(Clone, Debug)]
pub enum Action {
    /// Changed a value in the form.
    Edit(Edit),
    /// Chose a preset: the choices are replaced, parties and details stay.
    ApplyPreset(Preset),
    /// Loaded a configuration (import, share link, restored draft).
    Replace(Box<DpaConfig>),
    /// Started over with an empty draft.
    Reset,
    /// Went to a step.
    GoTo(Step),
}

/// The app state.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// The configuration being edited.
    pub config: Rc<DpaConfig>,
    /// The step shown. (The preset in force is derived from the choices, not stored.)
    pub step: Step,
    /// The vendor profile of this build: its data and locks hold after every action.
    pub profile: Option<Rc<Profile>>,
}

impl Draft {
    /// A new, empty draft with the balanced preset.
    pub fn new() -> Self {
        Self::from_config(DpaConfig::new_draft(Preset::Ausgewogen))
    }

    /// A new draft from a vendor profile, or the generic one without.
    pub fn for_profile(profile: Option<Rc<Profile>>) -> Self {
        let config = profile.as_ref().map_or_else(
            || DpaConfig::new_draft(Preset::Ausgewogen),
            |p| p.new_draft(),
        );
        Self {
            profile,
            ..Self::from_config(config)
        }
    }

    /// A draft holding `config`, at the first step.
    pub fn from_config(config: DpaConfig) -> Self {
        Self {
            config: Rc::new(config),
            step: Step::Parties,
            profile: None,
        }
    }

    /// Applies one action.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Edit(Edit(edit)) => edit(Rc::make_mut(&mut self.config)),
            Action::ApplyPreset(preset) => {
                Rc::make_mut(&mut self.config).customer.choices = preset.choices();
            }
            Action::Replace(config) => {
                *self = Self {
                    step: self.step,
                    profile: self.profile.clone(),
                    ..Self::from_config(*config)
                }
            }
            Action::Reset => *self = Self::for_profile(self.profile.clone()),
            Action::GoTo(step) => self.step = step,
        }
        if let Some(profile) = &self.profile {
            profile.enforce(Rc::make_mut(&mut self.config));
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
    use crate::engine::config::{BreachNotice, Terminology};

    fn edit(f: impl Fn(&mut DpaConfig) + 'static) -> Action {
        Action::Edit(Edit(Rc::new(f)))
    }

    #[test]
    fn edits_change_only_their_field() {
        let mut draft = Draft::new();
        draft.apply(edit(|c| c.customer.controller.city = "Köln".into()));
        assert_eq!(draft.config.customer.controller.city, "Köln");
        assert_eq!(draft.config.processor.company.city, "");
    }

    #[test]
    fn a_preset_replaces_choices_and_keeps_parties() {
        let mut draft = Draft::new();
        draft.apply(edit(|c| c.customer.controller.name = "Muster GmbH".into()));
        draft.apply(Action::ApplyPreset(Preset::Anbieterfreundlich));
        assert_eq!(draft.config.customer.controller.name, "Muster GmbH");
        assert_eq!(
            draft.config.customer.choices.terminology,
            Terminology::VerantwortlicherAuftragsverarbeiter
        );
        assert_eq!(
            draft.config.customer.choices.breach_notice,
            BreachNotice::WithoutUndueDelay
        );
    }

    #[test]
    fn replace_keeps_the_step_and_reset_starts_over() {
        let mut draft = Draft::new();
        draft.apply(Action::GoTo(Step::Rules));
        let mut other = DpaConfig::new_draft(Preset::Auftraggeberfreundlich);
        other.customer.controller.name = "Import AG".into();
        draft.apply(Action::Replace(Box::new(other)));
        assert_eq!(draft.step, Step::Rules);
        assert_eq!(draft.config.customer.controller.name, "Import AG");
        assert_eq!(
            draft.config.customer.choices,
            Preset::Auftraggeberfreundlich.choices()
        );
        draft.apply(Action::Reset);
        assert_eq!(draft, Draft::new());
    }

    #[test]
    fn a_profile_holds_after_every_action() {
        let profile = crate::engine::profile::Profile::parse(
            "[processor]\ncompany = { name = \"Anbieter GmbH\" }\n[choices]\npreset = \"ausgewogen\"\n[locks]\nindemnity = \"fixed\"\n",
        )
        .unwrap();
        let mut draft = Draft::for_profile(Some(Rc::new(profile)));
        assert_eq!(draft.config.processor.company.name, "Anbieter GmbH");
        draft.apply(edit(|c| {
            c.processor.company.name = "Fremd AG".into();
            c.customer.choices.indemnity = true;
            c.customer.controller.name = "Kunde GmbH".into();
        }));
        draft.apply(Action::ApplyPreset(Preset::Auftraggeberfreundlich));
        assert_eq!(draft.config.processor.company.name, "Anbieter GmbH");
        assert!(
            !draft.config.customer.choices.indemnity,
            "a locked choice changed"
        );
        assert_eq!(draft.config.customer.controller.name, "Kunde GmbH");
        draft.apply(Action::Reset);
        assert_eq!(draft.config.processor.company.name, "Anbieter GmbH");
    }

    #[test]
    fn steps_are_ordered() {
        assert_eq!(Step::Parties.previous(), None);
        assert_eq!(Step::Parties.next(), Some(Step::Processing));
        assert_eq!(Step::Finish.next(), None);
        assert_eq!(Step::Finish.index(), 6);
    }
}
