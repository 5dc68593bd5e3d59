//! Step 4: subprocessors, place of processing, third countries.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::engine::config::*;
use crate::ui::editor::Editor;
use crate::ui::widgets::{Choice, ChoiceOption, NumberField, StringList, Toggle};

/// The questionnaire's short label of a safeguard (the agreement's own wording is in
/// `clauses/kataloge/begriffe.toml`).
fn safeguard_label(safeguard: TransferSafeguard) -> &'static str {
    match safeguard {
        TransferSafeguard::NotNeeded => "nicht erforderlich (EU/EWR)",
        TransferSafeguard::AdequacyDecision => "Angemessenheitsbeschluss (Art. 45)",
        TransferSafeguard::StandardContractualClauses => "Standardvertragsklauseln (Art. 46)",
        TransferSafeguard::BindingCorporateRules => "Verbindliche interne Vorschriften (Art. 47)",
        TransferSafeguard::Derogation => "Ausnahme nach Art. 49 Abs. 1 lit. b",
    }
}

/// The subprocessor table: add, edit, remove, reorder.
#[function_component(SubprocessorTable)]
fn subprocessor_table() -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let list = &editor.config.processor.subprocessors;
    let fixed = editor.locked("processor.subprocessors");
    let rows = list.iter().enumerate().map(|(i, sub)| {
        let n = i + 1;
        let cell = |key: &'static str, label: &'static str, value: &str, set: fn(&mut Subprocessor, String)| {
            let path = format!("processor.subprocessors.{i}.{key}");
            let id = path.replace('.', "-");
            let error = editor.error(&path);
            let on_change = editor.setter(move |c, v: String| {
                if let Some(s) = c.processor.subprocessors.get_mut(i) {
                    set(s, v);
                }
            });
            let oninput = Callback::from(move |e: InputEvent| on_change.emit(e.target_unchecked_into::<HtmlInputElement>().value()));
            html! {
                <td>
                    <input id={id.clone()} type="text" value={value.to_owned()} {oninput} readonly={fixed} maxlength="300"
                        aria-label={format!("{label} (Unterauftragnehmer {n})")}
                        aria-invalid={error.is_some().then_some("true")}
                        aria-describedby={error.is_some().then(|| format!("{id}-error"))} />
                    if let Some(error) = error { <p class="error" id={format!("{id}-error")}>{ error }</p> }
                </td>
            }
        };
        let on_safeguard = editor.setter(move |c, v: String| {
            if let (Some(s), Some(g)) = (c.processor.subprocessors.get_mut(i), TransferSafeguard::ALL.into_iter().find(|g| crate::engine::catalogue::key_of(g) == v)) {
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
                <td>
                    <select id={format!("processor-subprocessors-{i}-safeguard")} {onchange} disabled={fixed}
                        aria-label={format!("Garantie für Drittlandübermittlung (Unterauftragnehmer {n})")}>
                        { for TransferSafeguard::ALL.into_iter().map(|g| html! {
                            <option value={crate::engine::catalogue::key_of(&g)} selected={g == sub.safeguard}>{ safeguard_label(g) }</option>
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
        <div class="table-editor" id="processor-subprocessors" data-clause="anlage-unterauftragnehmer">
            <table>
                <caption>{ "Unterauftragnehmer bei Vertragsschluss" }</caption>
                <thead><tr>
                    <th scope="col">{ "Name" }</th><th scope="col">{ "Anschrift" }</th><th scope="col">{ "Land" }</th>
                    <th scope="col">{ "Leistung" }</th><th scope="col">{ "Ort der Verarbeitung" }</th>
                    <th scope="col">{ "Garantie" }</th><th scope="col" hidden={fixed}>{ "Aktionen" }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            if let Some(error) = editor.error("processor.subprocessors") {
                <p class="error">{ error }</p>
            }
            if fixed {
                <p class="help fixed">{ "Die Unterauftragnehmer legt der Anbieter fest." }</p>
            } else {
                <button type="button" class="secondary" onclick={add}>{ "Unterauftragnehmer hinzufügen" }</button>
            }
        </div>
    }
}

/// Step 4.
#[function_component(Subprocessors)]
pub fn subprocessors() -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let choices = &editor.config.customer.choices;
    let mode = match choices.subprocessing {
        Subprocessing::NotPermitted => "not_permitted",
        Subprocessing::SpecificConsent => "specific_consent",
        Subprocessing::GeneralAuthorisation { .. } => "general_authorisation",
    };
    let place = match choices.place {
        PlaceOfProcessing::Germany => "germany",
        PlaceOfProcessing::EuEea => "eu_eea",
        PlaceOfProcessing::ThirdCountries => "third_countries",
    };
    let safeguard_toggles = TransferSafeguard::ALL.into_iter().filter(|g| *g != TransferSafeguard::NotNeeded).map(|g| {
        html! {
            <Toggle path={format!("customer.choices.transfer_safeguards.{}", crate::engine::catalogue::key_of(&g))}
                label={safeguard_label(g)} checked={choices.transfer_safeguards.contains(&g)}
                on_change={editor.setter(move |c, on: bool| {
                    let list = &mut c.customer.choices.transfer_safeguards;
                    list.retain(|x| *x != g);
                    if on { list.push(g); }
                })} />
        }
    });
    html! {
        <>
            <div data-clause="unterauftragsverhaeltnisse">
                <Choice path="customer.choices.subprocessing" legend="Darf der Auftragnehmer Unterauftragnehmer einsetzen?"
                    options={vec![
                        ChoiceOption { key: "not_permitted", label: "Nein", help: "Der Auftragnehmer verarbeitet alles selbst. Stärkster Schutz für den Auftraggeber; für Cloud-Dienste meist unrealistisch." },
                        ChoiceOption { key: "specific_consent", label: "Nur mit Zustimmung im Einzelfall", help: "Jeder neue Unterauftragnehmer braucht die Zustimmung des Auftraggebers. Begünstigt den Auftraggeber." },
                        ChoiceOption { key: "general_authorisation", label: "Allgemeine Genehmigung mit Widerspruchsrecht", help: "Der Auftragnehmer kündigt Änderungen vorher an, der Auftraggeber kann widersprechen. Üblich bei SaaS; begünstigt den Anbieter." },
                    ]}
                    selected={mode}
                    on_select={editor.setter(|c, k: &'static str| c.customer.choices.subprocessing = match k {
                        "not_permitted" => Subprocessing::NotPermitted,
                        "specific_consent" => Subprocessing::SpecificConsent,
                        _ => Subprocessing::GeneralAuthorisation { objection_days: ObjectionDays::DEFAULT, termination_weeks: TerminationWeeks::DEFAULT },
                    })} />
                if let Subprocessing::GeneralAuthorisation { objection_days, termination_weeks } = choices.subprocessing {
                    <NumberField path="customer.choices.subprocessing.objection_days" label={ObjectionDays::LABEL} unit="Tage"
                        value={objection_days.get()} min={ObjectionDays::MIN} max={ObjectionDays::MAX}
                        hint="So lange vorher kündigt der Auftragnehmer einen neuen Unterauftragnehmer an; so lange kann der Auftraggeber widersprechen. Unter 14 Tagen bleibt kaum Zeit zur Prüfung."
                        on_change={editor.setter(|c, v: u32| if let (Ok(d), Subprocessing::GeneralAuthorisation { objection_days, .. }) = (ObjectionDays::new(v.into()), &mut c.customer.choices.subprocessing) { *objection_days = d; })} />
                    <NumberField path="customer.choices.subprocessing.termination_weeks" label={TerminationWeeks::LABEL} unit="Wochen"
                        value={termination_weeks.get()} min={TerminationWeeks::MIN} max={TerminationWeeks::MAX}
                        hint="Widerspricht der Auftraggeber, kann der Auftragnehmer die betroffenen Leistungen mit dieser Frist kündigen."
                        on_change={editor.setter(|c, v: u32| if let (Ok(w), Subprocessing::GeneralAuthorisation { termination_weeks, .. }) = (TerminationWeeks::new(v.into()), &mut c.customer.choices.subprocessing) { *termination_weeks = w; })} />
                }
                <Choice path="customer.choices.further_subprocessing" legend="Dürfen Unterauftragnehmer ihrerseits weitere Auftragsverarbeiter einsetzen?"
                    options={vec![
                        ChoiceOption { key: "forbidden", label: "Nein", help: "Keine weitere Stufe. Übersichtlicher für den Auftraggeber." },
                        ChoiceOption { key: "same_conditions", label: "Ja, unter denselben Bedingungen", help: "Die Regeln dieser Ziffer gelten auch für jede weitere Stufe. Üblich bei Cloud-Diensten." },
                    ]}
                    selected={if choices.further_subprocessing == FurtherSubprocessing::Forbidden { "forbidden" } else { "same_conditions" }}
                    on_select={editor.setter(|c, k: &'static str| c.customer.choices.further_subprocessing = if k == "forbidden" { FurtherSubprocessing::Forbidden } else { FurtherSubprocessing::SameConditions })} />
            </div>
            <SubprocessorTable />
            <div data-clause="ort-drittland">
                <Choice path="customer.choices.place" legend="Wo dürfen die Daten verarbeitet werden?"
                    options={vec![
                        ChoiceOption { key: "germany", label: "Nur in Deutschland", help: "Strengste Wahl; schließt viele Cloud-Anbieter aus. Begünstigt den Auftraggeber." },
                        ChoiceOption { key: "eu_eea", label: "In der EU und im EWR", help: "Gleiches Datenschutzniveau in allen Staaten. Üblich und ausgewogen." },
                        ChoiceOption { key: "third_countries", label: "Auch in Drittländern, mit Garantien nach Kapitel V DSGVO", help: "Nötig, wenn etwa US-Dienste eingesetzt werden. Begünstigt den Anbieter; verlangt eine Garantie für jede Übermittlung." },
                    ]}
                    selected={place}
                    on_select={editor.setter(|c, k: &'static str| c.customer.choices.place = match k {
                        "germany" => PlaceOfProcessing::Germany,
                        "third_countries" => PlaceOfProcessing::ThirdCountries,
                        _ => PlaceOfProcessing::EuEea,
                    })} />
                if choices.place == PlaceOfProcessing::ThirdCountries {
                    <fieldset id="customer-choices-transfer_safeguards">
                        <legend>{ "Auf welche Garantien stützen sich Übermittlungen in Drittländer?" }</legend>
                        { for safeguard_toggles }
                    </fieldset>
                }
                <StringList path="processor.locations" legend="Standorte und Rechenzentren" items={editor.config.processor.locations.clone()}
                    add_label="Standort hinzufügen" on_change={editor.setter(|c, v: Vec<String>| c.processor.locations = v)} />
            </div>
        </>
    }
}
