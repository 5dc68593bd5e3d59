//! Several drafts under names, kept in this browser: save the current one, load or delete one.
//! Loading goes through the same checks as an import and keeps the current draft aside.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::browser;
use super::editor::Editor;
use super::notice::Notice;
use super::shelf::MAX_NAME_CHARS;
use super::toolbar::take_over;
use crate::engine::import::parse_json;

/// Properties of [`NamedDrafts`].
#[derive(Properties, PartialEq)]
pub struct NamedDraftsProps {
    /// Reports what happened.
    pub on_notice: Callback<Notice>,
}

/// The named drafts of this browser.
#[function_component(NamedDrafts)]
pub fn named_drafts(props: &NamedDraftsProps) -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let shelf = use_state(browser::stored_shelf);
    let name = use_state(String::new);
    let notify = props.on_notice.clone();

    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            name.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let save = {
        let (shelf, name, notify, config) = (
            shelf.clone(),
            name.clone(),
            notify.clone(),
            editor.config.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let wanted = name.trim().to_owned();
            if shelf.get(&wanted).is_some()
                && !browser::confirm(&format!(
                    "Den gespeicherten Entwurf „{wanted}“ durch den aktuellen ersetzen?"
                ))
            {
                return;
            }
            let mut next = (*shelf).clone();
            let json = serde_json::to_string(&*config).expect("configurations serialise");
            let saved = next
                .save(&wanted, &browser::today(), json)
                .and_then(|()| browser::save_shelf(&next));
            match saved {
                Ok(()) => {
                    shelf.set(next);
                    name.set(String::new());
                    notify.emit(Notice::info(format!("Der Entwurf wurde unter „{wanted}“ gespeichert. Er bleibt in diesem Browser, bis Sie ihn löschen.")));
                }
                // A refused name or a full storage keeps the shelf and the typed name.
                Err(why) => notify.emit(Notice::error(why)),
            }
        })
    };
    let rows = shelf.0.iter().map(|draft| {
        let load = {
            let (editor, notify, draft) = (editor.clone(), notify.clone(), draft.clone());
            Callback::from(move |_: MouseEvent| {
                let checked = parse_json(&draft.config, editor.options())
                    .map_err(|e| format!("Der Entwurf „{}“ ist nicht lesbar ({e}).", draft.name));
                take_over(&editor, &notify, checked, &format!("Der Entwurf „{}“ wurde geladen.", draft.name), |why| {
                    format!("Der Entwurf „{}“ passt nicht zu den Vorgaben des Anbieters ({why}).", draft.name)
                });
            })
        };
        let remove = {
            let (shelf, notify, draft_name) = (shelf.clone(), notify.clone(), draft.name.clone());
            Callback::from(move |_: MouseEvent| {
                if !browser::confirm(&format!("Den gespeicherten Entwurf „{draft_name}“ löschen?")) {
                    return;
                }
                let mut next = (*shelf).clone();
                next.remove(&draft_name);
                match browser::save_shelf(&next) {
                    Ok(()) => shelf.set(next),
                    Err(why) => notify.emit(Notice::error(why)),
                }
            })
        };
        html! {
            <li>
                <span class="draft-name">{ &draft.name }</span>
                <span class="help">{ format!(" (gespeichert am {})", draft.saved) }</span>
                <button type="button" class="secondary" onclick={load} aria-label={format!("Entwurf „{}“ laden", draft.name)}>{ "Laden" }</button>
                <button type="button" class="secondary" onclick={remove} aria-label={format!("Entwurf „{}“ löschen", draft.name)}>{ "Löschen" }</button>
            </li>
        }
    });
    html! {
        <section class="named-drafts" aria-labelledby="named-drafts-title">
            <h2 id="named-drafts-title">{ "Entwürfe in diesem Browser" }</h2>
            <p class="help">{ "Der aktuelle Entwurf wird laufend gespeichert. Wer an mehreren Verträgen arbeitet, legt jeden unter einem Namen ab; die Entwürfe verlassen den Browser nicht." }</p>
            <div class="field row">
                <label for="draft-name">{ "Name des Entwurfs" }</label>
                <input id="draft-name" type="text" value={(*name).clone()} oninput={on_name} maxlength={MAX_NAME_CHARS.to_string()} />
                <button id="save-named" type="button" class="secondary" onclick={save}>{ "Unter diesem Namen speichern" }</button>
            </div>
            if !shelf.0.is_empty() {
                <ul class="named-list">{ for rows }</ul>
            }
        </section>
    }
}
