//! "Ausgangspunkt": a common service whose usual purposes, data types and data subjects the
//! draft takes over, keeping what is there; everything stays editable.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::ui::editor::Editor;

/// The picker of starting points (`clauses/kataloge/ausgangspunkte.toml`).
#[function_component(StartingPointPicker)]
pub fn starting_point_picker() -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let chosen = use_state(String::new);
    let done = use_state(|| None::<String>);
    let starts = editor.library.catalogues().starts.clone();
    if starts.is_empty() {
        return Html::default();
    }
    let onchange = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            chosen.set(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let apply = {
        let (editor, chosen, done, starts) =
            (editor.clone(), chosen.clone(), done.clone(), starts.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(start) = starts.iter().find(|s| s.id == *chosen).cloned() else {
                return;
            };
            let message = format!(
                "Übernommen: {} Zwecke, {} Datenarten und {} Gruppen betroffener Personen für „{}“; bereits Eingetragenes bleibt. Passen Sie sie hier und in Schritt 3 an.",
                start.purposes.len(),
                start.data_types.len(),
                start.data_subjects.len(),
                start.label
            );
            editor.edit(move |c| {
                let p = &mut c.customer.processing;
                for (list, add) in [
                    (&mut p.purposes, &start.purposes),
                    (&mut p.data_types, &start.data_types),
                    (&mut p.data_subjects, &start.data_subjects),
                ] {
                    for entry in add {
                        if !list.contains(entry) {
                            list.push(entry.clone());
                        }
                    }
                }
            });
            done.set(Some(message));
        })
    };
    html! {
        <div class="field starting-point">
            <label for="ausgangspunkt">{ "Ausgangspunkt: Was beauftragen Sie? (optional)" }</label>
            <p class="help" id="ausgangspunkt-help">{ "Übernimmt die üblichen Zwecke, Datenarten und Betroffenen eines häufigen Dienstes in den Entwurf; Sie können alles danach ändern." }</p>
            <div class="inline">
                <select id="ausgangspunkt" aria-describedby="ausgangspunkt-help" {onchange}>
                    <option value="" selected={chosen.is_empty()}>{ "– bitte wählen –" }</option>
                    { for starts.iter().map(|s| html! { <option value={s.id.clone()} selected={*chosen == s.id}>{ &s.label }</option> }) }
                </select>
                <button type="button" class="secondary" onclick={apply} disabled={chosen.is_empty()}>{ "Übernehmen" }</button>
            </div>
            if let Some(text) = &*done {
                <p class="help" role="status">{ text }</p>
            }
        </div>
    }
}
