//! The app state and the one reducer that changes it.
//!
//! Plain Rust with no browser calls, so the reducer is tested natively. The agreement itself is
//! derived from the configuration on render and never stored here.

use std::fmt;
use std::rc::Rc;

use yew::Reducible;

use crate::engine::ClauseLibrary;
use crate::engine::config::DpaConfig;
pub use crate::engine::field::Step;
use crate::engine::profile::Profile;

/// Something loaded once and never changed (the library, the profile), compared by pointer.
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Self(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Shared(..)")
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
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
    /// Chose a preset (by position): the options it decides are set, everything else stays.
    ApplyPreset(usize),
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
    /// The clause library: its options decide presets and new drafts.
    pub library: Shared<ClauseLibrary>,
    /// The vendor profile of this build: its data and locks hold after every action.
    pub profile: Option<Shared<Profile>>,
}

impl Draft {
    /// A new draft: the profile's, or the first preset's without one.
    pub fn new(library: Shared<ClauseLibrary>, profile: Option<Shared<Profile>>) -> Self {
        let config = fresh(&library, profile.as_deref());
        Self {
            config: Rc::new(config),
            step: Step::Parties,
            library,
            profile,
        }
    }

    /// A draft holding `config`, at the first step.
    pub fn with_config(mut self, config: DpaConfig) -> Self {
        self.config = Rc::new(config);
        self.step = Step::Parties;
        self
    }

    /// Applies one action.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Edit(Edit(edit)) => edit(Rc::make_mut(&mut self.config)),
            Action::ApplyPreset(preset) => {
                let options = self.library.options();
                options.apply_preset(&mut Rc::make_mut(&mut self.config).customer.choices, preset);
            }
            Action::Replace(config) => self.config = Rc::new(*config),
            Action::Reset => {
                self.config = Rc::new(fresh(&self.library, self.profile.as_deref()));
                self.step = Step::Parties;
            }
            Action::GoTo(step) => self.step = step,
        }
        if let Some(profile) = &self.profile {
            profile.enforce(Rc::make_mut(&mut self.config));
        }
    }
}

/// The draft to start from: the profile's, else the first preset's.
pub fn fresh(library: &ClauseLibrary, profile: Option<&Profile>) -> DpaConfig {
    match profile {
        Some(profile) => profile.new_draft(),
        None => {
            let options = library.options();
            options
                .new_draft(&options.presets()[0].id)
                .expect("the library declares a preset")
        }
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::engine::config::ChoiceValue;

    fn library() -> Shared<ClauseLibrary> {
        thread_local! {
            static LIBRARY: Rc<ClauseLibrary> = Rc::new(crate::shipped::library().expect("the library loads"));
        }
        Shared(LIBRARY.with(Rc::clone))
    }

    fn edit(f: impl Fn(&mut DpaConfig) + 'static) -> Action {
        Action::Edit(Edit(Rc::new(f)))
    }

    fn preset(id: &str) -> usize {
        library().options().preset_index(id).unwrap()
    }

    #[test]
    fn edits_change_only_their_field() {
        let mut draft = Draft::new(library(), None);
        draft.apply(edit(|c| c.customer.controller.city = "Köln".into()));
        assert_eq!(draft.config.customer.controller.city, "Köln");
        assert_eq!(draft.config.processor.company.city, "");
    }

    #[test]
    fn a_preset_sets_its_options_and_keeps_parties_and_typed_answers() {
        let mut draft = Draft::new(library(), None);
        draft.apply(edit(|c| {
            c.customer.controller.name = "Muster GmbH".into();
            c.customer
                .choices
                .set("court", ChoiceValue::Word("München".into()));
        }));
        draft.apply(Action::ApplyPreset(preset("anbieterfreundlich")));
        let choices = &draft.config.customer.choices;
        assert_eq!(draft.config.customer.controller.name, "Muster GmbH");
        assert_eq!(
            choices.word("terminology"),
            "verantwortlicher_auftragsverarbeiter"
        );
        assert_eq!(choices.word("breach_notice"), "without_undue_delay");
        assert_eq!(choices.word("court"), "München", "a typed court was lost");
    }

    #[test]
    fn replace_keeps_the_step_and_reset_starts_over() {
        let mut draft = Draft::new(library(), None);
        draft.apply(Action::GoTo(Step::Rules));
        let shared = library();
        let options = shared.options();
        let mut other = options.new_draft("auftraggeberfreundlich").unwrap();
        other.customer.controller.name = "Import AG".into();
        draft.apply(Action::Replace(Box::new(other)));
        assert_eq!(draft.step, Step::Rules);
        assert_eq!(draft.config.customer.controller.name, "Import AG");
        assert_eq!(
            options.matching_preset(&draft.config.customer.choices),
            Some(preset("auftraggeberfreundlich"))
        );
        draft.apply(Action::Reset);
        assert_eq!(draft, Draft::new(library(), None));
    }

    #[test]
    fn a_profile_holds_after_every_action() {
        let profile = Profile::parse(
            "[processor]\ncompany = { name = \"Anbieter GmbH\" }\n[choices]\npreset = \"ausgewogen\"\n[locks]\nindemnity = \"fixed\"\n",
            library().options(),
        )
        .unwrap();
        let mut draft = Draft::new(library(), Some(Shared(Rc::new(profile))));
        assert_eq!(draft.config.processor.company.name, "Anbieter GmbH");
        draft.apply(edit(|c| {
            c.processor.company.name = "Fremd AG".into();
            c.customer.choices.set("indemnity", ChoiceValue::Flag(true));
            c.customer.controller.name = "Kunde GmbH".into();
        }));
        draft.apply(Action::ApplyPreset(preset("auftraggeberfreundlich")));
        assert_eq!(draft.config.processor.company.name, "Anbieter GmbH");
        assert!(
            !draft.config.customer.choices.flag("indemnity"),
            "a locked choice changed"
        );
        assert_eq!(draft.config.customer.controller.name, "Kunde GmbH");
        draft.apply(Action::Reset);
        assert_eq!(draft.config.processor.company.name, "Anbieter GmbH");
    }
}
