//! A list of one-line entries, edited in place.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::help;
use crate::engine::field::FieldPath;
use crate::engine::limits::{MAX_LINE, max_items};
use crate::ui::editor::Editor;

/// Properties of [`StringList`].
#[derive(Properties, PartialEq)]
pub struct StringListProps {
    /// The list.
    pub path: FieldPath,
    /// Legend.
    pub legend: AttrValue,
    /// The entries.
    pub items: Vec<String>,
    /// Called with the whole new list.
    pub on_change: Callback<Vec<String>>,
    /// Text of the add button.
    pub add_label: AttrValue,
    /// Help text.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Element id, when it is not the path's (own measures of one TOM group).
    #[prop_or_default]
    pub id: Option<AttrValue>,
    /// How many entries this widget may hold: the list's limit, less what other widgets put
    /// into the same list (the TOM groups share one list of own measures).
    #[prop_or_default]
    pub limit: Option<usize>,
}

/// A list of one-line entries, edited in place.
#[function_component(StringList)]
pub fn string_list(props: &StringListProps) -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let id = props
        .id
        .as_ref()
        .map_or_else(|| props.path.element_id(), ToString::to_string);
    let error = editor.error(&props.path);
    let readonly = editor.locked(&props.path);
    let rows = props.items.iter().enumerate().map(|(i, item)| {
        let (items, on_change) = (props.items.clone(), props.on_change.clone());
        let oninput = Callback::from(move |e: InputEvent| {
            let mut items = items.clone();
            items[i] = e.target_unchecked_into::<HtmlInputElement>().value();
            on_change.emit(items);
        });
        let (items, on_change) = (props.items.clone(), props.on_change.clone());
        let remove = Callback::from(move |_: MouseEvent| {
            let mut items = items.clone();
            items.remove(i);
            on_change.emit(items);
        });
        let entry_id = format!("{id}-{i}");
        html! {
            <li>
                if readonly {
                    // The vendor's entries: text to read in full, not a field cut off.
                    <span id={entry_id} class="fixed-value">{ item.clone() }</span>
                } else {
                    <label class="visually-hidden" for={entry_id.clone()}>{ format!("{} {}", props.legend, i + 1) }</label>
                    <input id={entry_id} type="text" value={item.clone()} {oninput}
                        maxlength={MAX_LINE.to_string()} />
                }
                if !readonly {
                    <button type="button" class="secondary" onclick={remove}
                        aria-label={format!("Eintrag {} entfernen", i + 1)}>{ "Entfernen" }</button>
                }
            </li>
        }
    });
    let limit = props
        .limit
        .unwrap_or_else(|| max_items(&props.path.to_string()));
    let add = {
        let (items, on_change) = (props.items.clone(), props.on_change.clone());
        Callback::from(move |_: MouseEvent| {
            let mut items = items.clone();
            items.push(String::new());
            on_change.emit(items);
        })
    };
    html! {
        <fieldset class={classes!("list", error.is_some().then_some("has-error"))} id={id.clone()}>
            <legend>{ props.legend.clone() }</legend>
            { help(&id, &props.hint) }
            <ul>{ for rows }</ul>
            if !readonly && props.items.len() < limit {
                <button type="button" class="secondary" onclick={add}>{ props.add_label.clone() }</button>
            } else if !readonly {
                <p class="help">{ format!("Die Liste ist voll: höchstens {} Einträge.", max_items(&props.path.to_string())) }</p>
            }
            if let Some(error) = error {
                <p class="error" id={format!("{id}-error")}>{ error }</p>
            }
        </fieldset>
    }
}
