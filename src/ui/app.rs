//! The page: form on one side, live preview on the other.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::download::{file_name_for, offer_download};
use super::party_form::PartyFieldset;
use super::preview::Preview;
use super::state::{Action, Draft, Side};
use crate::engine::{self, ClauseLibrary, assemble::Severity};

/// The configurator.
#[function_component(App)]
pub fn app() -> Html {
    let draft = use_reducer(Draft::new);
    let library: Rc<Result<ClauseLibrary, String>> =
        use_memo((), |_| crate::shipped::library().map_err(|e| e.to_string()));
    let download_error = use_state(|| None::<String>);

    let library = match &*library {
        Ok(library) => library,
        Err(err) => {
            return html! {
                <main class="broken" role="alert">
                    <h1>{ "Die Klauselbibliothek ist fehlerhaft" }</h1>
                    <p>{ err }</p>
                </main>
            };
        }
    };
    let assembled = engine::assemble(&draft.config, library);
    let preview_html: AttrValue = engine::markdown::to_html(&assembled.document.markdown).into();

    let on_party = {
        let draft = draft.dispatcher();
        Callback::from(move |(side, field, value)| {
            draft.dispatch(Action::SetParty(side, field, value))
        })
    };
    let on_contract = {
        let draft = draft.dispatcher();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            draft.dispatch(Action::SetMainContractTitle(input.value()));
        })
    };
    let on_purpose = {
        let draft = draft.dispatcher();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            draft.dispatch(Action::SetNatureAndPurpose(area.value()));
        })
    };
    let on_download = {
        let markdown = assembled.document.markdown.clone();
        let name = file_name_for(&draft.config.customer.controller.name);
        let download_error = download_error.clone();
        Callback::from(move |_: MouseEvent| {
            download_error
                .set(offer_download(&name, &markdown, "text/markdown;charset=utf-8").err());
        })
    };
    let open_points = assembled
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| html! { <li>{ &d.message }</li> });

    html! {
        <div class="layout">
            <header class="top">
                <h1>{ "AVV-Konfigurator" }</h1>
                <p class="lead">{ "Vertrag über die Auftragsverarbeitung nach Art. 28 DSGVO – alle Eingaben bleiben in Ihrem Browser." }</p>
            </header>
            <main class="form" aria-label="Angaben zum Vertrag">
                <PartyFieldset side={Side::Controller} party={draft.config.customer.controller.clone()} on_change={on_party.clone()} />
                <PartyFieldset side={Side::Processor} party={draft.config.processor.company.clone()} on_change={on_party} />
                <fieldset>
                    <legend>{ "Gegenstand des Auftrags" }</legend>
                    <div class="field">
                        <label for="main_contract_title">{ "Bezeichnung des Hauptvertrags" }</label>
                        <input id="main_contract_title" name="main_contract_title" type="text"
                            value={draft.config.customer.processing.main_contract.title.clone()} oninput={on_contract} />
                    </div>
                    <div class="field">
                        <label for="nature_and_purpose">{ "Art und Zweck der Verarbeitung" }</label>
                        <textarea id="nature_and_purpose" name="nature_and_purpose" rows="3"
                            value={draft.config.customer.processing.nature_and_purpose.clone()} oninput={on_purpose} />
                    </div>
                </fieldset>
                <section class="actions" aria-label="Ausgabe">
                    <button id="download" type="button" onclick={on_download}>{ "Markdown herunterladen" }</button>
                    if let Some(err) = &*download_error {
                        <p class="error" role="alert">{ err }</p>
                    }
                </section>
                <section class="open-points" aria-label="Offene Punkte">
                    <h2>{ "Offene Punkte" }</h2>
                    <ul>{ for open_points }</ul>
                </section>
            </main>
            <Preview html={preview_html} />
        </div>
    }
}
