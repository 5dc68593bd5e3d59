//! The live preview: the agreement rendered section by section.
//!
//! Each section's HTML is cached and rebuilt only when its Markdown changed; a changed section
//! gets a new key, so it is re-created and its highlight animation plays once.

use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use crate::engine::{Document, markdown};

/// Properties of [`Preview`].
#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    /// The assembled agreement.
    pub document: Rc<Document>,
    /// The clause the current question affects; the preview scrolls to it.
    pub focus: Option<AttrValue>,
}

struct Cached {
    markdown: String,
    html: AttrValue,
    version: u32,
}

/// The rendered agreement.
#[function_component(Preview)]
pub fn preview(props: &PreviewProps) -> Html {
    let cache = use_mut_ref(HashMap::<String, Cached>::new);
    let container = use_node_ref();
    {
        let container = container.clone();
        use_effect_with(props.focus.clone(), move |focus| {
            if let (Some(focus), Some(container)) = (focus, container.cast::<web_sys::Element>()) {
                browser::scroll_into(&container, &format!("clause-{focus}"));
            }
        });
    }
    let document = &props.document;
    let mut cache = cache.borrow_mut();
    let sections = document.sections.iter().map(|section| {
        let text = &document.markdown[section.range.clone()];
        let entry = cache.entry(section.id.clone()).or_insert_with(|| Cached {
            markdown: String::new(),
            html: AttrValue::default(),
            version: 0,
        });
        if entry.markdown != text {
            entry.markdown = text.to_owned();
            // Safe to insert: typed values are escaped by the engine, and `to_html` shows any
            // raw HTML as text, so this holds only elements the clause library produced.
            entry.html = markdown::to_html(text).into();
            entry.version += 1;
        }
        let changed = entry.version > 1;
        html! {
            <section key={format!("{}-{}", section.id, entry.version)} id={format!("clause-{}", section.id)}
                class={classes!("clause", changed.then_some("changed"))}>
                { Html::from_html_unchecked(entry.html.clone()) }
            </section>
        }
    });
    html! {
        <article id="preview" class="preview" role="region" aria-label="Vorschau des Vertrags" ref={container} tabindex="0">
            { for sections }
        </article>
    }
}
