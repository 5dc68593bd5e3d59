//! The outputs: download, clipboard, print, export and import, share link, start over.

use gloo::file::callbacks::FileReader;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::browser;
use super::editor::Editor;
use super::notice::Notice;
use std::rc::Rc;

use super::state::{Action, fresh};
use crate::engine::Document;
use crate::engine::config::DpaConfig;
use crate::engine::docx::{DocxMeta, docx};
use crate::engine::import::parse_json;
use crate::engine::roundtrip::{self, Comparison, Edit};

/// Keeps the current draft aside before something replaces it, if it holds more than a fresh
/// draft; the words for the notice.
fn keep_current_aside(editor: &Editor) -> &'static str {
    if *editor.config == fresh(&editor.library, editor.profile.as_deref()) {
        return "";
    }
    match serde_json::to_string(&*editor.config) {
        Ok(json) => browser::keep_replaced_aside(&json),
        Err(_) => " Ihr bisheriger Entwurf konnte nicht gesichert werden.",
    }
}

/// Replaces the draft by `checked` if the vendor's profile allows it, keeping the current draft
/// aside, and tells the person; a refusal keeps the draft. `done` says what was loaded.
pub(super) fn take_over(
    editor: &Editor,
    notify: &Callback<Notice>,
    checked: Result<DpaConfig, String>,
    done: &str,
    refused: impl FnOnce(String) -> String,
) -> bool {
    let checked =
        checked.and_then(
            |config| match editor.profile.as_ref().and_then(|p| p.refusal(&config)) {
                Some(why) => Err(refused(why)),
                None => Ok(config),
            },
        );
    match checked {
        Ok(config) => {
            let kept = keep_current_aside(editor);
            editor.send(Action::Replace(Box::new(config)));
            notify.emit(Notice::info(format!("{done}{kept}")));
            true
        }
        Err(why) => {
            notify.emit(Notice::error(format!(
                "{why} Ihr aktueller Entwurf bleibt erhalten."
            )));
            false
        }
    }
}

/// Largest configuration file accepted for import.
const MAX_IMPORT_BYTES: f64 = crate::engine::limits::MAX_IMPORT_BYTES as f64;

/// Reads an imported file: a configuration (JSON) or a downloaded agreement (Markdown with its
/// configuration). A download's text is compared with the text its configuration gives; the
/// differences go to `on_redline`.
fn import_text(
    editor: &Editor,
    notify: &Callback<Notice>,
    on_redline: &Callback<Option<Rc<Vec<Edit>>>>,
    text: &str,
) {
    if !roundtrip::is_download(text) {
        let checked = parse_json(text, editor.options())
            .map_err(|err| format!("Die Datei ist keine gültige Konfiguration ({err})."));
        if take_over(
            editor,
            notify,
            checked,
            "Die Konfiguration wurde importiert.",
            |why| why,
        ) {
            on_redline.emit(None);
        }
        return;
    }
    let file = match roundtrip::read(text, editor.options()) {
        Ok(file) => file,
        Err(why) => {
            notify.emit(Notice::error(format!(
                "{why} Ihr aktueller Entwurf bleibt erhalten."
            )));
            return;
        }
    };
    let expected = crate::engine::assemble_on(&file.config, &editor.library, file.made_on);
    let comparison = roundtrip::compare(&file, &expected.document.markdown);
    let done = match &comparison {
        Comparison::Unchanged => "Der Vertrag wurde geladen. Sein Text ist unverändert: Er stimmt Wort für Wort mit dem Text überein, den seine Konfiguration ergibt.".to_owned(),
        Comparison::Edited(edits) => {
            // A removal next to its replacement is one deviation.
            let count = edits
                .iter()
                .enumerate()
                .filter(|(i, e)| {
                    !matches!(e, Edit::Same(_))
                        && (*i == 0 || matches!(edits[i - 1], Edit::Same(_)))
                })
                .count();
            format!(
                "Der Vertrag wurde geladen. Sein Text weicht an {count} {} von dem Text ab, den seine Konfiguration ergibt{}; die Abweichungen sind unter dieser Meldung markiert. Die Vorschau zeigt den Text der Konfiguration.",
                if count == 1 { "Stelle" } else { "Stellen" },
                if roundtrip::fingerprint_holds(&file) { "" } else { " (die Prüfsumme im Fuß passt nicht zum Text: er wurde nach dem Herunterladen bearbeitet)" }
            )
        }
    };
    // A refused file (a vendor build's profile) leaves the draft and shows no redline.
    if take_over(editor, notify, Ok(file.config), &done, |why| why) {
        on_redline.emit(match comparison {
            Comparison::Edited(edits) => Some(Rc::new(edits)),
            Comparison::Unchanged => None,
        });
    }
}

/// Properties of [`Toolbar`].
#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// The agreement.
    pub document: Rc<Document>,
    /// Reports what happened.
    pub on_notice: Callback<Notice>,
    /// Receives the redline of an imported download whose text was edited.
    pub on_redline: Callback<Option<Rc<Vec<Edit>>>>,
}

/// The output buttons.
#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let reader = use_mut_ref(|| None::<FileReader>);
    let share_url = use_state(|| None::<String>);
    let controller = editor.config.customer.controller.name.clone();
    let notify = props.on_notice.clone();

    let markdown = props.document.markdown.clone();
    let download = {
        let (markdown, controller, notify, config) = (
            markdown.clone(),
            controller.clone(),
            notify.clone(),
            editor.config.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let name = browser::file_name("AVV", &controller, &browser::today(), "md");
            // The file carries its fingerprint and its configuration, so it can be loaded again.
            let file = roundtrip::download(&markdown, &config, browser::today_date());
            if let Err(err) =
                browser::offer_download(&name, file.as_str(), "text/markdown;charset=utf-8")
            {
                notify.emit(Notice::error(err));
            }
        })
    };
    let download_docx = {
        let (document, controller, notify, config) = (
            props.document.clone(),
            controller.clone(),
            notify.clone(),
            editor.config.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let name = browser::file_name("AVV", &controller, &browser::today(), "docx");
            let bytes = docx(&document, &DocxMeta::of(&config, &document.markdown));
            if let Err(err) = browser::offer_download(
                &name,
                bytes.as_slice(),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ) {
                notify.emit(Notice::error(err));
            }
        })
    };
    let copy = {
        let (markdown, notify) = (markdown.clone(), notify.clone());
        Callback::from(move |_: MouseEvent| {
            let (markdown, notify) = (markdown.to_string(), notify.clone());
            yew::platform::spawn_local(async move {
                match browser::copy_to_clipboard(markdown).await {
                    Ok(()) => notify.emit(Notice::info(
                        "Der Vertrag wurde als Markdown in die Zwischenablage kopiert.",
                    )),
                    Err(err) => notify.emit(Notice::error(err)),
                }
            });
        })
    };
    let print = Callback::from(|_: MouseEvent| browser::print());
    let export = {
        let (config, controller, notify) =
            (editor.config.clone(), controller.clone(), notify.clone());
        Callback::from(move |_: MouseEvent| {
            let name =
                browser::file_name("AVV-Konfiguration", &controller, &browser::today(), "json");
            let result = serde_json::to_string_pretty(&*config)
                .map_err(|e| e.to_string())
                .and_then(|json| browser::offer_download(&name, json.as_str(), "application/json"));
            if let Err(err) = result {
                notify.emit(Notice::error(err));
            }
        })
    };
    let on_redline = props.on_redline.clone();
    let import = {
        let (editor, notify, reader, on_redline) = (
            editor.clone(),
            notify.clone(),
            reader.clone(),
            on_redline.clone(),
        );
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            if file.size() > MAX_IMPORT_BYTES {
                notify.emit(Notice::error(
                    format!("Die Datei ist größer als {} MB und wird nicht geladen. Ihr aktueller Entwurf bleibt erhalten.", crate::engine::limits::MAX_IMPORT_BYTES / 1_048_576),
                ));
                return;
            }
            let (editor, notify, on_redline) = (editor.clone(), notify.clone(), on_redline.clone());
            let file = gloo::file::File::from(file);
            let handle = gloo::file::callbacks::read_as_text(&file, move |result| match result {
                Ok(text) => import_text(&editor, &notify, &on_redline, &text),
                Err(e) => notify.emit(Notice::error(format!(
                    "Die Datei ist nicht lesbar ({e}). Ihr aktueller Entwurf bleibt erhalten."
                ))),
            });
            // The reader must live until it calls back; the next import replaces it.
            *reader.borrow_mut() = Some(handle);
        })
    };
    let share = {
        let (config, notify, share_url) =
            (editor.config.clone(), notify.clone(), share_url.clone());
        Callback::from(move |_: MouseEvent| match browser::share_link(&config) {
            Ok(url) => {
                share_url.set(Some(url.clone()));
                let notify = notify.clone();
                yew::platform::spawn_local(async move {
                    match browser::copy_to_clipboard(url).await {
                        Ok(()) => notify.emit(Notice::info("Der Link wurde in die Zwischenablage kopiert. Er enthält Ihre Angaben; geben Sie ihn nur an Berechtigte weiter.")),
                        Err(_) => notify.emit(Notice::info("Kopieren Sie den Link aus dem Feld unter den Schaltflächen. Er enthält Ihre Angaben; geben Sie ihn nur an Berechtigte weiter.")),
                    }
                });
            }
            Err(err) => notify.emit(Notice::error(err)),
        })
    };
    let kept = browser::kept_aside();
    let download_kept = {
        let (kept, controller, notify) = (kept.clone(), controller.clone(), notify.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(json) = &kept else { return };
            let name = browser::file_name(
                "AVV-Entwurf-gesichert",
                &controller,
                &browser::today(),
                "json",
            );
            if let Err(err) = browser::offer_download(&name, json.as_str(), "application/json") {
                notify.emit(Notice::error(err));
            }
        })
    };
    let load_kept = {
        let (kept, editor, notify) = (kept.clone(), editor.clone(), notify.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(json) = &kept else { return };
            let checked = parse_json(json, editor.options())
                .map_err(|e| format!("Der gesicherte Entwurf ist nicht lesbar ({e}). Laden Sie ihn mit „Gesicherten Entwurf herunterladen“ als Datei herunter."));
            take_over(
                &editor,
                &notify,
                checked,
                "Der gesicherte Entwurf wurde geladen.",
                |why| {
                    format!(
                        "Der gesicherte Entwurf passt nicht zu den Vorgaben des Anbieters ({why})."
                    )
                },
            );
        })
    };
    let restart = {
        let (editor, notify) = (editor.clone(), notify.clone());
        Callback::from(move |_: MouseEvent| {
            if browser::confirm(
                "Alle Eingaben verwerfen und mit einem leeren Entwurf neu beginnen?",
            ) {
                editor.send(Action::Reset);
                notify.emit(Notice::info("Ein neuer, leerer Entwurf wurde begonnen."));
            }
        })
    };
    html! {
        <section class="toolbar" aria-label="Ausgabe">
            <button id="download" type="button" onclick={download}>{ "Markdown herunterladen" }</button>
            <button id="download-docx" type="button" onclick={download_docx}>{ "Word herunterladen" }</button>
            <button id="copy" type="button" class="secondary" onclick={copy}>{ "In die Zwischenablage kopieren" }</button>
            <button id="print" type="button" class="secondary" onclick={print}>{ "Drucken / Als PDF speichern" }</button>
            <button id="export" type="button" class="secondary" onclick={export}>{ "Konfiguration exportieren" }</button>
            <label class="button secondary" for="import">{ "Konfiguration oder Vertrag laden" }</label>
            <input id="import" class="visually-hidden" type="file" accept=".json,.md,application/json,text/markdown" onchange={import} />
            <button id="share" type="button" class="secondary" onclick={share}>{ "Link zum Teilen" }</button>
            <button id="restart" type="button" class="secondary" onclick={restart}>{ "Neu beginnen" }</button>
            if kept.is_some() {
                <button id="load-kept" type="button" class="secondary" onclick={load_kept}>{ "Gesicherten Entwurf laden" }</button>
                <button id="download-kept" type="button" class="secondary" onclick={download_kept}>{ "Gesicherten Entwurf herunterladen" }</button>
            }
            if let Some(url) = &*share_url {
                <div class="field share">
                    <label for="share-url">{ "Link zum Teilen (enthält Ihre Angaben, wird nie an einen Server gesendet)" }</label>
                    <input id="share-url" type="text" readonly=true value={url.clone()} />
                </div>
            }
        </section>
    }
}
