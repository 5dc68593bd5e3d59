//! Step 4: subprocessors, place of processing, third countries.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::engine::limits::MAX_SUBPROCESSORS;

use crate::engine::config::*;
use crate::engine::field::{Field, FieldPath, List, Section};
use crate::ui::editor::Editor;
use crate::ui::widgets::{SectionBox, StringList};

/// The questionnaire's short label of a safeguard (the agreement's own wording is in
/// `clauses/kataloge/begriffe.toml`).
fn safeguard_label(safeguard: TransferSafeguard) -> &'static str {
    match safeguard {
        TransferSafeguard::NotNeeded => "nicht erforderlich (EU/EWR)",
        TransferSafeguard::AdequacyDecision => "Angemessenheitsbeschluss für das Land (Art. 45)",
        TransferSafeguard::DataPrivacyFramework => {
            "USA: EU-US-Datenschutzrahmen (DPF), Empfänger zertifiziert"
        }
        TransferSafeguard::StandardContractualClauses => {
            "Standardvertragsklauseln 2021/914, Modul 3 (Art. 46)"
        }
        TransferSafeguard::BindingCorporateRules => "Verbindliche interne Vorschriften (Art. 47)",
        TransferSafeguard::Derogation => "Ausnahme nach Art. 49 Abs. 1 lit. b",
    }
}

/// What the columns on third countries mean and whom the choices protect.
const TRANSFER_HELP: &str = "„Zugriff aus Drittländern“: Staaten außerhalb von EU und EWR, aus denen der Unterauftragnehmer auf die Daten zugreift, etwa für Support rund um die Uhr, mit dem Zweck (z. B. „Indien, USA: Support außerhalb der europäischen Geschäftszeiten“); auch ein solcher Zugriff ist eine Übermittlung und braucht eine Garantie. „Garantie“: die Grundlage der Übermittlung. Ein Angemessenheitsbeschluss trägt nur für das Land, für das er gilt; für die USA nur der Datenschutzrahmen (DPF) und nur, solange der Empfänger zertifiziert ist. Standardvertragsklauseln (Modul 3) schließt der Anbieter mit dem Unterauftragnehmer; sie verlangen eine Prüfung des Empfängerlands. Die Ausnahme nach Art. 49 trägt keine regelmäßigen Übermittlungen. Je sicherer die Grundlage, desto besser ist der Auftraggeber geschützt; „nicht erforderlich“ nur bei Sitz, Verarbeitung und Zugriff in EU und EWR.";

/// The subprocessor table: add, edit, remove, reorder.
#[function_component(SubprocessorTable)]
fn subprocessor_table() -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let list = &editor.config.processor.subprocessors;
    let list_path = FieldPath::Fixed(Field::Subprocessors);
    let fixed = editor.locked(&list_path);
    let rows = list.iter().enumerate().map(|(i, sub)| {
        let n = i + 1;
        let cell = |key: &'static str, label: &'static str, value: &str, set: fn(&mut Subprocessor, String)| {
            let path = FieldPath::entry(List::Subprocessors, i, key);
            let id = path.element_id();
            let error = editor.error(&path);
            let on_change = editor.setter(move |c, v: String| {
                if let Some(s) = c.processor.subprocessors.get_mut(i) {
                    set(s, v);
                }
            });
            let oninput = Callback::from(move |e: InputEvent| on_change.emit(e.target_unchecked_into::<HtmlInputElement>().value()));
            html! {
                <td data-label={label}>
                    if fixed {
                        // The vendor's entries: text to read in full, not a field cut off.
                        <span id={id.clone()} class="fixed-value">{ value.to_owned() }</span>
                    } else {
                    <input id={id.clone()} type="text" value={value.to_owned()} {oninput} maxlength="300"
                        aria-label={format!("{label} (Unterauftragnehmer {n})")}
                        aria-invalid={error.is_some().then_some("true")}
                        aria-describedby={error.is_some().then(|| format!("{id}-error"))} />
                    }
                    if let Some(error) = error { <p class="error" id={format!("{id}-error")}>{ error }</p> }
                </td>
            }
        };
        let on_safeguard = editor.setter(move |c, v: String| {
            if let (Some(s), Some(g)) = (c.processor.subprocessors.get_mut(i), TransferSafeguard::ALL.into_iter().find(|g| g.key() == v)) {
                s.safeguard = g;
            }
        });
        let onchange = Callback::from(move |e: Event| on_safeguard.emit(e.target_unchecked_into::<HtmlSelectElement>().value()));
        let swap = |from: usize, to: usize| {
            let editor = editor.clone();
            Callback::from(move |_: MouseEvent| editor.edit(move |c| {
                if to < c.processor.subprocessors.len() {
                    c.processor.subprocessors.swap(from, to);
                }
            }))
        };
        let remove = {
            let editor = editor.clone();
            Callback::from(move |_: MouseEvent| editor.edit(move |c| {
                if i < c.processor.subprocessors.len() {
                    c.processor.subprocessors.remove(i);
                }
            }))
        };
        html! {
            <tr key={i}>
                { cell("name", "Name", &sub.name, |s, v| s.name = v) }
                { cell("address", "Anschrift", &sub.address, |s, v| s.address = v) }
                { cell("country", "Land", &sub.country, |s, v| s.country = v) }
                { cell("service", "Leistung", &sub.service, |s, v| s.service = v) }
                { cell("location", "Ort der Verarbeitung", &sub.location, |s, v| s.location = v) }
                { cell("remote_access", "Zugriff aus Drittländern", &sub.remote_access, |s, v| s.remote_access = v) }
                <td data-label="Garantie">
                    <select id={FieldPath::entry(List::Subprocessors, i, "safeguard").element_id()} {onchange} disabled={fixed}
                        aria-label={format!("Garantie für Drittlandübermittlung (Unterauftragnehmer {n})")}>
                        { for TransferSafeguard::ALL.into_iter().map(|g| html! {
                            <option value={g.key()} selected={g == sub.safeguard}>{ safeguard_label(g) }</option>
                        }) }
                    </select>
                </td>
                <td class="row-actions" hidden={fixed}>
                    <button type="button" class="secondary" onclick={swap(i, i.wrapping_sub(1))} disabled={i == 0}
                        aria-label={format!("Unterauftragnehmer {n} nach oben")}>{ "↑" }</button>
                    <button type="button" class="secondary" onclick={swap(i, i + 1)} disabled={i + 1 == list.len()}
                        aria-label={format!("Unterauftragnehmer {n} nach unten")}>{ "↓" }</button>
                    <button type="button" class="secondary" onclick={remove}
                        aria-label={format!("Unterauftragnehmer {n} entfernen")}>{ "Entfernen" }</button>
                </td>
            </tr>
        }
    });
    let add = {
        let editor = editor.clone();
        Callback::from(move |_: MouseEvent| {
            editor.edit(|c| c.processor.subprocessors.push(Subprocessor::default()))
        })
    };
    html! {
        <div class="table-editor" id={list_path.element_id()}>
            <table>
                <caption>{ "Unterauftragnehmer bei Vertragsschluss" }</caption>
                <thead><tr>
                    <th scope="col">{ "Name" }</th><th scope="col">{ "Anschrift" }</th><th scope="col">{ "Land" }</th>
                    <th scope="col">{ "Leistung" }</th><th scope="col">{ "Ort der Verarbeitung" }</th>
                    <th scope="col">{ "Zugriff aus Drittländern" }</th><th scope="col">{ "Garantie" }</th><th scope="col" hidden={fixed}>{ "Aktionen" }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            if let Some(error) = editor.error(&list_path) {
                <p class="error">{ error }</p>
            }
            <p class="help">{ TRANSFER_HELP }</p>
            if fixed {
                <p class="help fixed">{ "Die Unterauftragnehmer legt der Anbieter fest." }</p>
            } else {
                if list.len() < MAX_SUBPROCESSORS {
                    <button type="button" class="secondary" onclick={add}>{ "Unterauftragnehmer hinzufügen" }</button>
                } else {
                    <p class="help">{ format!("Die Liste ist voll: höchstens {MAX_SUBPROCESSORS} Einträge.") }</p>
                }
            }
        </div>
    }
}

/// Step 4.
#[function_component(Subprocessors)]
pub fn subprocessors() -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    html! {
        <>
            <SectionBox section={Section::Unterauftrag} />
            <SectionBox section={Section::Unterauftragnehmer}>
                if editor.situation == Some(crate::ui::state::Situation::Customer) && editor.profile.is_none() {
                    <p class="help situation-note">{ "Die Liste seiner Unterauftragnehmer mit Sitz, Leistung und Orten der Verarbeitung veröffentlicht der Anbieter meist auf seiner Website oder in seinen Vertragsunterlagen; übernehmen Sie sie von dort. Fehlt sie, fordern Sie sie vor der Unterschrift an." }</p>
                }
                <SubprocessorTable />
            </SectionBox>
            <SectionBox section={Section::Ort}>
                <StringList path={FieldPath::Fixed(Field::Locations)} legend="Standorte und Rechenzentren" items={editor.config.processor.locations.clone()}
                    add_label="Standort hinzufügen" on_change={editor.setter(|c, v: Vec<String>| c.processor.locations = v)} />
            </SectionBox>
        </>
    }
}
