//! Catalogue entries to tick, kept in catalogue order.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::engine::catalogue::Entry;
use crate::engine::field::FieldPath;
use crate::ui::editor::Editor;

/// Properties of [`Checklist`].
#[derive(Properties, PartialEq)]
pub struct ChecklistProps {
    /// The id list.
    pub path: FieldPath,
    /// Legend.
    pub legend: AttrValue,
    /// Catalogue entries in order.
    pub entries: Vec<Entry>,
    /// Ids ticked.
    pub selected: Vec<String>,
    /// Called with the new list of ids, in catalogue order.
    pub on_change: Callback<Vec<String>>,
}

/// Catalogue entries to tick.
#[function_component(Checklist)]
pub fn checklist(props: &ChecklistProps) -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let id = props.path.element_id();
    let error = editor.error(&props.path);
    let items = props.entries.iter().map(|entry| {
        let entry_id = format!("{id}-{}", entry.id);
        let (entries, selected, on_change, key) =
            (props.entries.clone(), props.selected.clone(), props.on_change.clone(), entry.id.clone());
        let onchange = Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            // Keep catalogue order, so the agreement lists entries the same way every time.
            let next = entries
                .iter()
                .filter(|x| if x.id == key { on } else { selected.contains(&x.id) })
                .map(|x| x.id.clone())
                .collect();
            on_change.emit(next);
        });
        html! {
            <li>
                <input type="checkbox" id={entry_id.clone()} checked={props.selected.contains(&entry.id)} {onchange} />
                <label for={entry_id}>{ &entry.label }</label>
                if !entry.hint.is_empty() { <span class="hint">{ format!(" – {}", entry.hint) }</span> }
            </li>
        }
    });
    // Ids the catalogue does not know (from an import or an older catalogue): shown first, so
    // "Zur Frage" lands on them, each with a way to remove it.
    let unknown = props
        .selected
        .iter()
        .filter(|s| !props.entries.iter().any(|e| &e.id == *s))
        .map(|key| {
            let (selected, on_change, key) =
                (props.selected.clone(), props.on_change.clone(), key.clone());
            let label = format!("Unbekannter Eintrag „{key}“ entfernen");
            let onclick = Callback::from(move |_: MouseEvent| {
                on_change.emit(selected.iter().filter(|s| **s != key).cloned().collect());
            });
            html! { <li><button type="button" class="secondary" {onclick}>{ label }</button></li> }
        })
        .collect::<Html>();
    html! {
        <fieldset class={classes!("checklist", error.is_some().then_some("has-error"))} id={id.clone()}>
            <legend>{ props.legend.clone() }</legend>
            <ul class="unknown">{ unknown }</ul>
            <ul>{ for items }</ul>
            if let Some(error) = error {
                <p class="error" id={format!("{id}-error")}>{ error }</p>
            }
        </fieldset>
    }
}
