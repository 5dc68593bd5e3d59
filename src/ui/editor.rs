//! The editing context every step uses: the configuration, its diagnostics, and a way to change
//! it. Provided once by the app, read with `use_context::<Editor>()`.

use std::rc::Rc;

use yew::prelude::*;

use super::state::{Action, Draft, Edit};
use crate::engine::catalogue::Catalogues;
use crate::engine::config::DpaConfig;
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
    dispatch: UseReducerDispatcher<Draft>,
}

impl Editor {
    /// The context for the current draft.
    pub fn new(
        config: Rc<DpaConfig>,
        diagnostics: Rc<Vec<Diagnostic>>,
        catalogues: SharedCatalogues,
        dispatch: UseReducerDispatcher<Draft>,
    ) -> Self {
        Self {
            config,
            diagnostics,
            catalogues,
            dispatch,
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

    /// The first error about a field, for the message under its control.
    pub fn error(&self, path: &str) -> Option<String> {
        self.diagnostics
            .iter()
            .find(|d| d.severity == Severity::Error && d.field.as_deref() == Some(path))
            .map(|d| d.message.clone())
    }
}
