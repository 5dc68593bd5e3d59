//! The editing context every step uses: the configuration, its diagnostics, and a way to change
//! it. Provided once by the app, read with `use_context::<Editor>()`.

use std::collections::HashSet;
use std::rc::Rc;

use yew::prelude::*;

use super::state::{Action, Draft, Edit};
use crate::engine::catalogue::Catalogues;
use crate::engine::config::DpaConfig;
use crate::engine::profile::{LockRule, Profile};
use crate::engine::{Diagnostic, Severity};

/// Catalogues, compared by pointer: they are loaded once and never change.
#[derive(Clone)]
pub struct SharedCatalogues(pub Rc<Catalogues>);

impl PartialEq for SharedCatalogues {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What the steps need to show and change the draft.
#[derive(Clone, PartialEq)]
pub struct Editor {
    /// The configuration.
    pub config: Rc<DpaConfig>,
    /// Missing fields and contradictions from the last assembly.
    pub diagnostics: Rc<Vec<Diagnostic>>,
    /// Data types, data subjects, TOM measures.
    pub catalogues: SharedCatalogues,
    /// Element ids the person has left: their messages show. Untouched fields of a fresh
    /// form stay quiet until the person moves on or asks for the open points.
    pub touched: Rc<HashSet<String>>,
    /// Show every message, touched or not.
    pub reveal_all: bool,
    /// The vendor profile of this build, if any.
    pub profile: Option<Rc<Profile>>,
    dispatch: UseReducerDispatcher<Draft>,
}

impl Editor {
    /// The context for the current draft.
    pub fn new(
        config: Rc<DpaConfig>,
        diagnostics: Rc<Vec<Diagnostic>>,
        catalogues: SharedCatalogues,
        touched: Rc<HashSet<String>>,
        reveal_all: bool,
        profile: Option<Rc<Profile>>,
        dispatch: UseReducerDispatcher<Draft>,
    ) -> Self {
        Self {
            config,
            diagnostics,
            catalogues,
            touched,
            reveal_all,
            profile,
            dispatch,
        }
    }

    /// True if the vendor fixed this field: all of the processor's part, and locked choices.
    pub fn locked(&self, path: &str) -> bool {
        let Some(profile) = &self.profile else {
            return false;
        };
        if path.starts_with("processor.") || path == "processor" {
            return true;
        }
        path.strip_prefix("customer.choices.")
            .is_some_and(|choice| matches!(profile.lock(choice), Some(LockRule::Fixed)))
    }

    /// The range the vendor allows for a number, if narrower than its type's.
    pub fn range(&self, path: &str) -> Option<(u32, u32)> {
        let choice = path.strip_prefix("customer.choices.")?;
        match self.profile.as_ref()?.lock(choice)? {
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
    pub fn error(&self, path: &str) -> Option<String> {
        if !self.reveal_all && !self.touched.contains(&super::fields::element_id(path)) {
            return None;
        }
        self.diagnostics
            .iter()
            .find(|d| d.severity == Severity::Error && d.field.as_deref() == Some(path))
            .map(|d| d.message.clone())
    }
}
