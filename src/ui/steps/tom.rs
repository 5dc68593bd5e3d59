//! Step 5: technical and organisational measures, by Art. 32 goal.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::engine::config::*;
use crate::ui::editor::Editor;
use crate::ui::widgets::{Choice, ChoiceOption, StringList, TextField, Toggle};

/// Step 5.
#[function_component(Measures)]
pub fn measures() -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let config = &editor.config;
    let tom = &config.processor.tom;
    let catalogue = &editor.catalogues.0;
    let fixed = editor.locked("processor.tom");
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
            html! {
                <li>
                    <input type="checkbox" id={id.clone()} checked={tom.measures.contains(&m.id)} {onchange} disabled={fixed} />
                    <label for={id}>{ &m.text }</label>
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
        let goal = catalogue.terms.goal.get(&group.goal).cloned().unwrap_or_default();
        html! {
            <fieldset class="checklist tom-group" id={format!("tom-{}", group.id)}>
                <legend>{ format!("{} – {}", group.title, goal) }</legend>
                <p class="help">{ &group.purpose }</p>
                <ul>{ for checks }</ul>
                <StringList path={format!("processor.tom.custom.{}", group.id)} legend={format!("Eigene Maßnahmen: {}", group.title)}
                    items={own} add_label="Eigene Maßnahme hinzufügen" on_change={on_own} />
            </fieldset>
        }
    });
    let contact = tom.security_contact.clone();
    html! {
        <>
            <div data-clause="tom">
                <Choice path="customer.choices.tom_changes" legend="Darf der Auftragnehmer die Maßnahmen selbst anpassen?"
                    options={vec![
                        ChoiceOption { key: "allowed", label: "Ja, ohne das Schutzniveau zu senken; wesentliche Änderungen werden mitgeteilt", help: "Üblich: der Anbieter hält die Technik aktuell. Begünstigt den Anbieter." },
                        ChoiceOption { key: "consent", label: "Nur mit vorheriger Zustimmung des Auftraggebers", help: "Der Auftraggeber behält die Kontrolle, muss aber jeder Änderung zustimmen. Begünstigt den Auftraggeber." },
                    ]}
                    selected={if config.customer.choices.tom_changes == TomChanges::PriorConsent { "consent" } else { "allowed" }}
                    on_select={editor.setter(|c, k: &'static str| c.customer.choices.tom_changes = if k == "consent" { TomChanges::PriorConsent } else { TomChanges::AllowedIfDocumented })} />
                <Toggle path="customer.choices.home_office" label="Regeln für die Arbeit im Homeoffice aufnehmen" checked={config.customer.choices.home_office}
                    hint="Verarbeitung in Privatwohnungen nur unter dokumentierten Regeln. Schützt den Auftraggeber."
                    on_change={editor.setter(|c, v: bool| c.customer.choices.home_office = v)} />
            </div>
            <div data-clause="anlage-tom">
                <TextField path="processor.tom.narrative" label="Einleitung zur TOM-Anlage (optional)" multiline=true value={tom.narrative.clone()}
                    hint="z. B. Zertifizierungen, die der Anbieter hält"
                    on_change={editor.setter(|c, v: String| c.processor.tom.narrative = v)} />
                if let Some(error) = editor.error("processor.tom.measures") {
                    <p class="error" id="processor-tom-measures" tabindex="-1">{ error }</p>
                }
                { for groups }
                <Toggle path="processor.tom.security_contact" label="Ansprechpartner für Informationssicherheit nennen" checked={contact.is_some()}
                    on_change={editor.setter(|c, on: bool| c.processor.tom.security_contact = on.then(Person::default))} />
                if let Some(person) = contact {
                    <TextField path="processor.tom.security_contact.name" label="Name oder Team" value={person.name.clone()}
                        on_change={editor.setter(|c, v: String| if let Some(p) = &mut c.processor.tom.security_contact { p.name = v; })} />
                    <TextField path="processor.tom.security_contact.email" label="E-Mail" kind="email" value={person.email.clone()}
                        on_change={editor.setter(|c, v: String| if let Some(p) = &mut c.processor.tom.security_contact { p.email = v; })} />
                }
            </div>
        </>
    }
}
