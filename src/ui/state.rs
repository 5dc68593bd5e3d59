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

/// Who fills in the questionnaire. It decides which questions are asked and which are shown as
/// the other side's data; the contract itself changes only through the choices a situation
/// proposes, which stay visible and changeable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Situation {
    /// A customer signing its vendor's agreement: asks what the customer knows.
    Customer,
    /// A vendor preparing its standard agreement: the customer's details may stay open.
    Vendor,
    /// Both sides drafting together: every question.
    Together,
}

impl Situation {
    /// Every situation, in the order the question offers them.
    pub const ALL: [Situation; 3] = [Self::Customer, Self::Vendor, Self::Together];

    /// The key in storage and in the form.
    pub fn key(self) -> &'static str {
        match self {
            Self::Customer => "kunde",
            Self::Vendor => "anbieter",
            Self::Together => "gemeinsam",
        }
    }

    /// The situation of a stored key.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The answer as the question offers it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Customer => "Ich bin Kunde und schließe den Vertrag mit meinem Anbieter ab",
            Self::Vendor => "Ich bin Anbieter und bereite meinen Standardvertrag für Kunden vor",
            Self::Together => "Beide Seiten füllen den Vertrag gemeinsam aus",
        }
    }

    /// What the answer changes.
    pub fn help(self) -> &'static str {
        match self {
            Self::Customer => {
                "Sie geben an, was Sie wissen: Ihre Firma, Ihre Daten und Ihre Wünsche. Die Sicherheitsmaßnahmen des Anbieters kennt nur er: Der Vertrag verweist auf seine Beschreibung, die Sie anheften (änderbar in Schritt 5). Die Angaben zum Anbieter und seine Unterauftragnehmer finden Sie meist auf seiner Website."
            }
            Self::Vendor => {
                "Sie geben Ihre Firma, Ihre Maßnahmen und Ihre Unterauftragnehmer an. Die Angaben zum Kunden können offen bleiben; der Vertrag zeigt dann Lücken, die bei Abschluss gefüllt werden. Für einen eigenen Konfigurator mit Ihren festen Angaben gibt es Anbieterprofile."
            }
            Self::Together => "Alle Fragen werden gestellt, auch die Maßnahmen aus dem Katalog.",
        }
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
    /// Said who fills in the questionnaire.
    SetSituation(Situation),
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
    /// Who fills in the questionnaire; unanswered at first. A vendor build's customer is
    /// always [`Situation::Customer`].
    pub situation: Option<Situation>,
}

impl Draft {
    /// A new draft: the profile's, or the first preset's without one.
    pub fn new(library: Shared<ClauseLibrary>, profile: Option<Shared<Profile>>) -> Self {
        let config = fresh(&library, profile.as_deref());
        let situation = profile.is_some().then_some(Situation::Customer);
        Self {
            config: Rc::new(config),
            step: Step::Parties,
            library,
            profile,
            situation,
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
            Action::SetSituation(situation) if self.profile.is_none() => {
                self.situation = Some(situation);
                // A customer rarely knows the vendor's measures one by one: unless some are
                // already listed, the contract refers to the vendor's own description.
                let tom = &self.config.processor.tom;
                if situation == Situation::Customer
                    && tom.measures.is_empty()
                    && tom.custom.is_empty()
                {
                    Rc::make_mut(&mut self.config).customer.choices.set(
                        "tom_source",
                        crate::engine::config::ChoiceValue::Word("vendor_document".into()),
                    );
                }
            }
            Action::SetSituation(_) => {}
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
        // Facts of the situation and outputs are not part of a preset.
        draft.apply(edit(|c| {
            c.customer.choices.set(
                "professional_secrecy",
                ChoiceValue::Word("section_203".into()),
            );
            c.customer
                .choices
                .set("cover_page", ChoiceValue::Flag(true));
        }));
        draft.apply(Action::ApplyPreset(preset("auftraggeberfreundlich")));
        let choices = &draft.config.customer.choices;
        assert_eq!(choices.word("professional_secrecy"), "section_203");
        assert!(choices.flag("cover_page"));
        assert_eq!(
            library().options().matching_preset(choices),
            Some(preset("auftraggeberfreundlich"))
        );
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
    fn a_customer_without_listed_measures_refers_to_the_vendors_description() {
        let mut draft = Draft::new(library(), None);
        assert_eq!(draft.situation, None);
        assert_eq!(draft.config.customer.choices.word("tom_source"), "listed");
        draft.apply(Action::SetSituation(Situation::Vendor));
        assert_eq!(draft.config.customer.choices.word("tom_source"), "listed");
        draft.apply(Action::SetSituation(Situation::Customer));
        assert_eq!(draft.situation, Some(Situation::Customer));
        assert_eq!(
            draft.config.customer.choices.word("tom_source"),
            "vendor_document"
        );
        // Measures already listed stay the annex.
        let mut listed = Draft::new(library(), None);
        listed.apply(edit(|c| {
            c.processor
                .tom
                .measures
                .push("zutritt-schliesssystem-elektronisch".into())
        }));
        listed.apply(Action::SetSituation(Situation::Customer));
        assert_eq!(listed.config.customer.choices.word("tom_source"), "listed");
        for s in Situation::ALL {
            assert_eq!(Situation::from_key(s.key()), Some(s));
        }
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
