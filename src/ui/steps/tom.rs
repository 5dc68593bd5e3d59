//! Step 5: technical and organisational measures, by Art. 32 goal.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::engine::limits::MAX_ITEMS;

use crate::engine::catalogue::VALUE_SLOT;
use crate::engine::config::*;
use crate::engine::field::{Field, FieldPath, List, Section};
use crate::ui::editor::Editor;
use crate::ui::widgets::{SectionBox, StringList, TextField, Toggle};

/// Step 5.
#[function_component(Measures)]
pub fn measures() -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let config = &editor.config;
    let tom = &config.processor.tom;
    let catalogue = editor.catalogues();
    let measures_path = FieldPath::Fixed(Field::TomMeasures);
    let fixed = editor.locked(&measures_path);
    let by_document = editor.chosen("tom_source", "vendor_document");
    let groups = catalogue.tom.group.iter().map(|group| {
        let checks = group.measure.iter().map(|m| {
            let id = format!("processor-tom-measures-{}", m.id);
            let (key, order) = (m.id.clone(), catalogue.tom.group.iter().flat_map(|g| g.measure.iter().map(|m| m.id.clone())).collect::<Vec<_>>());
            let set = editor.setter(move |c, on: bool| {
                let selected = &mut c.processor.tom.measures;
                // Keep catalogue order, so the annex lists measures the same way every time.
                *selected = order.iter().filter(|id| if **id == key { on } else { selected.contains(id) }).cloned().collect();
            });
            let onchange = Callback::from(move |e: Event| set.emit(e.target_unchecked_into::<HtmlInputElement>().checked()));
            // A measure that needs the vendor's figure asks for it once ticked.
            let value = match (&m.parameter, tom.measures.iter().position(|x| *x == m.id)) {
                (Some(parameter), Some(index)) => {
                    let key = m.id.clone();
                    html! {
                        <TextField path={FieldPath::entry(List::TomMeasures, index, "value")} label={parameter.clone()} required=true
                            value={tom.values.get(&m.id).cloned().unwrap_or_default()}
                            on_change={editor.setter(move |c, v: String| { c.processor.tom.values.insert(key.clone(), v); })} />
                    }
                }
                _ => Html::default(),
            };
            html! {
                <li>
                    <input type="checkbox" id={id.clone()} checked={tom.measures.contains(&m.id)} {onchange} disabled={fixed} />
                    <label for={id}>{ m.text.replace(VALUE_SLOT, "…") }</label>
                    { value }
                </li>
            }
        });
        let group_id = group.id.clone();
        let own: Vec<String> = tom.custom.iter().filter(|m| m.group == group.id).map(|m| m.text.clone()).collect();
        let on_own = editor.setter(move |c, texts: Vec<String>| {
            let custom = &mut c.processor.tom.custom;
            custom.retain(|m| m.group != group_id);
            custom.extend(texts.into_iter().map(|text| CustomMeasure { group: group_id.clone(), text }));
        });
        let goal = catalogue.terms.goal.get(&group.goal).map(|g| g.title.clone()).unwrap_or_default();
        html! {
            <fieldset class="checklist tom-group" id={format!("tom-{}", group.id)}>
                <legend>{ format!("{} – {}", group.title, goal) }</legend>
                <p class="help">{ &group.purpose }</p>
                <ul>{ for checks }</ul>
                <StringList path={FieldPath::Fixed(Field::TomCustom)} id={format!("processor-tom-custom-{}", group.id)} legend={format!("Eigene Maßnahmen: {}", group.title)}
                    limit={Some(MAX_ITEMS.saturating_sub(tom.custom.len() - own.len()))}
                    items={own} add_label="Eigene Maßnahme hinzufügen" on_change={on_own} />
            </fieldset>
        }
    });
    // In a vendor build the measures are the vendor's: a compact list to read, not hundreds
    // of greyed checkboxes.
    let fixed_summary = fixed.then(|| {
        let mut total = 0;
        let items =
            catalogue
                .tom
                .group
                .iter()
                .filter_map(|group| {
                    let chosen: Vec<String> = group
                        .measure
                        .iter()
                        .filter(|m| tom.measures.contains(&m.id))
                        .map(|m| {
                            m.text.replace(
                                VALUE_SLOT,
                                tom.values.get(&m.id).map_or("…", String::as_str),
                            )
                        })
                        .chain(
                            tom.custom
                                .iter()
                                .filter(|c| c.group == group.id)
                                .map(|c| c.text.clone()),
                        )
                        .collect();
                    total += chosen.len();
                    (!chosen.is_empty()).then(|| html! {
                    <li><strong>{ &group.title }</strong>
                        <ul>{ for chosen.iter().map(|text| html! { <li>{ text }</li> }) }</ul>
                    </li>
                })
                })
                .collect::<Vec<Html>>();
        html! {
            <details class="fixed-list">
                <summary>{ format!("Die {total} Maßnahmen des Anbieters anzeigen") }</summary>
                <ul>{ for items }</ul>
            </details>
        }
    });
    let contact = tom.security_contact.clone();
    // Entries the catalogue does not know (from an import): listed first with a way to remove
    // them, so the open point they cause can be resolved here.
    let unknown_measures = tom
        .measures
        .iter()
        .filter(|id| catalogue.tom.group_of(id).is_none())
        .map(|id| {
            let key = id.clone();
            let remove = editor.setter(move |c, _: MouseEvent| c.processor.tom.measures.retain(|m| *m != key));
            html! { <li><button type="button" class="secondary" onclick={remove}>{ format!("Unbekannte Maßnahme „{id}“ entfernen") }</button></li> }
        })
        .collect::<Html>();
    let unknown_groups = tom
        .custom
        .iter()
        .filter(|m| !catalogue.tom.group.iter().any(|g| g.id == m.group))
        .map(|m| {
            let group = m.group.clone();
            let remove = editor.setter(move |c, _: MouseEvent| c.processor.tom.custom.retain(|m| m.group != group));
            html! { <li><button type="button" class="secondary" onclick={remove}>{ format!("Maßnahme „{}“ der unbekannten Gruppe „{}“ entfernen", m.text, m.group) }</button></li> }
        })
        .collect::<Html>();
    html! {
        <>
            <SectionBox section={Section::Tom} />
            <SectionBox section={Section::TomAnlage} options_first=true>
                <TextField path={FieldPath::Fixed(Field::TomNarrative)} label="Einleitung zur TOM-Anlage (optional)" multiline=true value={tom.narrative.clone()}
                    hint="z. B. Zertifizierungen, die der Anbieter hält"
                    on_change={editor.setter(|c, v: String| c.processor.tom.narrative = v)} />
                <div id={measures_path.element_id()}>
                    if let Some(error) = editor.error(&measures_path) {
                        <p class="error" id={format!("{}-error", measures_path.element_id())} tabindex="-1">{ error }</p>
                    }
                    <ul class="unknown">{ unknown_measures }</ul>
                    <div id={FieldPath::Fixed(Field::TomCustom).element_id()}>
                        <ul class="unknown">{ unknown_groups }</ul>
                        if let Some(summary) = fixed_summary {
                            <p class="help fixed">{ "Die Maßnahmen legt der Anbieter fest; sie stehen in der TOM-Anlage des Vertrags." }</p>
                            { summary }
                        } else if by_document {
                            // The vendor's description is the annex: the catalogue is only for
                            // measures agreed on top of it.
                            <details class="tom-extra" open={!tom.measures.is_empty() || !tom.custom.is_empty()}>
                                <summary>{ "Zusätzlich einzelne Maßnahmen vereinbaren (optional)" }</summary>
                                <p class="help">{ "Nur, wenn Sie über die Beschreibung des Anbieters hinaus bestimmte Maßnahmen festschreiben wollen." }</p>
                                { for groups }
                            </details>
                        } else {
                            { for groups }
                        }
                    </div>
                </div>
                <Toggle id={FieldPath::Fixed(Field::SecurityContact).element_id()} label="Ansprechpartner für Informationssicherheit nennen"
                    checked={contact.is_some()} disabled={fixed}
                    on_change={editor.setter(|c, on: bool| c.processor.tom.security_contact = on.then(Person::default))} />
                if let Some(person) = contact {
                    <TextField path={FieldPath::Fixed(Field::SecurityContactName)} label="Name oder Team" value={person.name.clone()}
                        on_change={editor.setter(|c, v: String| if let Some(p) = &mut c.processor.tom.security_contact { p.name = v; })} />
                    <TextField path={FieldPath::Fixed(Field::SecurityContactEmail)} label="E-Mail" kind="email" value={person.email.clone()}
                        on_change={editor.setter(|c, v: String| if let Some(p) = &mut c.processor.tom.security_contact { p.email = v; })} />
                }
            </SectionBox>
        </>
    }
}
