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
    html! {
        <fieldset class={classes!("checklist", error.is_some().then_some("has-error"))} id={id.clone()}>
            <legend>{ props.legend.clone() }</legend>
            <ul>{ for items }</ul>
            if let Some(error) = error {
                <p class="error" id={format!("{id}-error")}>{ error }</p>
            }
        </fieldset>
    }
}
