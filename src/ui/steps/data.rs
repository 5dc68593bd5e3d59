//! Step 3: types of personal data, special categories, categories of data subjects.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::engine::catalogue::Entry;
use crate::ui::editor::Editor;
use crate::ui::fields::element_id;
use crate::ui::widgets::{StringList, TextField, Toggle};

/// Properties of [`Checklist`].
#[derive(Properties, PartialEq)]
pub struct ChecklistProps {
    /// Configuration path of the id list.
    pub path: AttrValue,
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
    let id = element_id(&props.path);
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

/// Step 3.
#[function_component(DataAndSubjects)]
pub fn data_and_subjects() -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let details = &editor.config.customer.processing;
    let catalogues = &editor.catalogues.0;
    html! {
        <div data-clause="anlage-verarbeitung">
            <Checklist path="customer.processing.data_types" legend="Welche Arten personenbezogener Daten verarbeitet der Auftragnehmer?"
                entries={catalogues.data_types.entry.clone()} selected={details.data_types.clone()}
                on_change={editor.setter(|c, v: Vec<String>| c.customer.processing.data_types = v)} />
            <StringList path="customer.processing.custom_data_types" legend="Weitere Datenarten in eigenen Worten"
                items={details.custom_data_types.clone()} add_label="Datenart hinzufügen"
                on_change={editor.setter(|c, v: Vec<String>| c.customer.processing.custom_data_types = v)} />
            <div data-clause="art-zweck-daten">
                <Toggle path="customer.processing.special_categories"
                    label="Besondere Kategorien personenbezogener Daten (Art. 9 und 10 DSGVO) werden verarbeitet"
                    checked={details.special_categories}
                    hint="z. B. Gesundheitsdaten, Religionszugehörigkeit, Gewerkschaftszugehörigkeit, biometrische Daten, Daten über Straftaten. Verlangt besonders starke Schutzmaßnahmen, vor allem Verschlüsselung."
                    on_change={editor.setter(|c, v: bool| c.customer.processing.special_categories = v)} />
                if details.special_categories {
                    <TextField path="customer.processing.special_categories_detail" label="Welche besonderen Kategorien?" required=true
                        value={details.special_categories_detail.clone()}
                        on_change={editor.setter(|c, v: String| c.customer.processing.special_categories_detail = v)} />
                }
            </div>
            <Checklist path="customer.processing.data_subjects" legend="Wessen Daten werden verarbeitet (Kategorien betroffener Personen)?"
                entries={catalogues.data_subjects.entry.clone()} selected={details.data_subjects.clone()}
                on_change={editor.setter(|c, v: Vec<String>| c.customer.processing.data_subjects = v)} />
            <StringList path="customer.processing.custom_data_subjects" legend="Weitere Personengruppen in eigenen Worten"
                items={details.custom_data_subjects.clone()} add_label="Personengruppe hinzufügen"
                on_change={editor.setter(|c, v: Vec<String>| c.customer.processing.custom_data_subjects = v)} />
        </div>
    }
}
