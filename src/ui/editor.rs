//! The editing context every step uses: the configuration, its diagnostics, the library, and a
//! way to change it. Provided once by the app, read with `use_context::<Editor>()`.

use std::collections::HashSet;
use std::rc::Rc;

use yew::prelude::*;

use super::state::{Action, Draft, Edit, Shared, Situation};
use crate::engine::catalogue::Catalogues;
use crate::engine::config::DpaConfig;
use crate::engine::field::{FieldPath, Section};
use crate::engine::options::OptionSet;
use crate::engine::profile::{LockRule, Profile};
use crate::engine::{ClauseLibrary, Diagnostic, Severity};

/// What the steps need to show and change the draft.
#[derive(Clone, PartialEq)]
pub struct Editor {
    /// The configuration.
    pub config: Rc<DpaConfig>,
    /// Open points and warnings from the last assembly.
    pub diagnostics: Rc<Vec<Diagnostic>>,
    /// The clause library: options, catalogues.
    pub library: Shared<ClauseLibrary>,
    /// Element ids the person has left: their messages show. Untouched fields of a fresh
    /// form stay quiet until the person moves on or asks for the open points.
    pub touched: Rc<HashSet<String>>,
    /// Show every message, touched or not.
    pub reveal_all: bool,
    /// The vendor profile of this build, if any.
    pub profile: Option<Shared<Profile>>,
    /// Who fills in the questionnaire, once answered.
    pub situation: Option<Situation>,
    dispatch: UseReducerDispatcher<Draft>,
}

impl Editor {
    /// The context for the current draft.
    pub fn new(
        draft: &UseReducerHandle<Draft>,
        diagnostics: Rc<Vec<Diagnostic>>,
        touched: Rc<HashSet<String>>,
        reveal_all: bool,
    ) -> Self {
        Self {
            config: draft.config.clone(),
            diagnostics,
            library: draft.library.clone(),
            touched,
            reveal_all,
            profile: draft.profile.clone(),
            situation: draft.situation,
            dispatch: draft.dispatcher(),
        }
    }

    /// The declared options.
    pub fn options(&self) -> &OptionSet {
        self.library.options()
    }

    /// The catalogues.
    pub fn catalogues(&self) -> &Catalogues {
        self.library.catalogues()
    }

    /// True if the option `id` holds `value`. The form asks for some structural fields only
    /// under a choice (the list of tasks under `subject_basis.task_list`); `tests/options.rs`
    /// checks that every such name in `src/ui` is declared.
    pub fn chosen(&self, id: &str, value: &str) -> bool {
        self.config.customer.choices.is(id, value)
    }

    /// The section that asks for a field.
    pub fn section(&self, path: &FieldPath) -> Option<Section> {
        path.section(|id| self.options().get(id).map(|o| o.section))
    }

    /// True if the vendor fixed this field: all of the processor's part, and locked choices.
    pub fn locked(&self, path: &FieldPath) -> bool {
        let Some(profile) = &self.profile else {
            return false;
        };
        match path.option() {
            Some(id) => matches!(profile.lock(id), Some(LockRule::Fixed)),
            None => path.to_string().starts_with("processor"),
        }
    }

    /// The range the vendor allows for a number, if narrower than its declaration's.
    pub fn range(&self, path: &FieldPath) -> Option<(i64, i64)> {
        match self.profile.as_ref()?.lock(path.option()?)? {
            LockRule::Range { min, max } => Some((*min, *max)),
            LockRule::Fixed => None,
        }
    }

    /// Sends an action.
    pub fn send(&self, action: Action) {
        self.dispatch.dispatch(action);
    }

    /// Changes the configuration.
    pub fn edit(&self, f: impl Fn(&mut DpaConfig) + 'static) {
        self.send(Action::Edit(Edit(Rc::new(f))));
    }

    /// A callback that stores the value it receives with `set`.
    pub fn setter<T: Clone + 'static>(
        &self,
        set: impl Fn(&mut DpaConfig, T) + 'static,
    ) -> Callback<T> {
        let dispatch = self.dispatch.clone();
        let set = Rc::new(set);
        Callback::from(move |value: T| {
            let set = set.clone();
            dispatch.dispatch(Action::Edit(Edit(Rc::new(move |c| set(c, value.clone())))));
        })
    }

    /// The first error about a field, for the message under its control, once the field was
    /// touched (or all messages are revealed).
    pub fn error(&self, path: &FieldPath) -> Option<String> {
        if !self.reveal_all && !self.touched.contains(&path.element_id()) {
            return None;
        }
        self.diagnostics
            .iter()
            .find(|d| d.severity == Severity::Error && d.field.as_ref() == Some(path))
            .map(|d| d.message.clone())
    }
}
