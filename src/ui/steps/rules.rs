//! Step 6: instructions, support, breaches, audits, deletion and the final provisions. Every
//! question here is a declared option (`clauses/optionen.toml`).

use yew::prelude::*;

use crate::engine::date::Date;
use crate::engine::field::{Field, FieldPath, Section};
use crate::ui::editor::Editor;
use crate::ui::widgets::{DateField, SectionBox, TextField};

/// Step 6.
#[function_component(Rules)]
pub fn rules() -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    html! {
        <>
            <SectionBox section={Section::Weisungen} />
            <SectionBox section={Section::Unterstuetzung} />
            <SectionBox section={Section::Datenpannen} />
            <SectionBox section={Section::Kontrollen} />
            <SectionBox section={Section::Loeschung} />
            <SectionBox section={Section::Haftung} />
            <SectionBox section={Section::Vertragsende} options_first=true>
                <TextField path={FieldPath::Fixed(Field::DocumentVersion)} label="Version des Dokuments (optional)"
                    value={editor.config.processor.document_version.clone()}
                    hint="z. B. „2.1“; das Datum des Stands steht im nächsten Feld"
                    on_change={editor.setter(|c, v: String| c.processor.document_version = v)} />
                <DateField path={FieldPath::Fixed(Field::DocumentDate)} label="Stand des Dokuments (optional)"
                    value={editor.config.processor.document_date}
                    on_change={editor.setter(|c, v: Option<Date>| c.processor.document_date = v)} />
            </SectionBox>
        </>
    }
}
