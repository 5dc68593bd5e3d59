//! Step 6: instructions, support, breaches, audits, deletion and the final provisions. Every
//! question here is a declared option (`clauses/optionen.toml`).

use yew::prelude::*;

use crate::engine::field::{Field, FieldPath, Section};
use crate::ui::editor::Editor;
use crate::ui::widgets::{SectionBox, TextField};

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
            <SectionBox section={Section::Vertragsende} options_first=true>
                <TextField path={FieldPath::Fixed(Field::DocumentVersion)} label="Version des Dokuments (optional)"
                    value={editor.config.processor.document_version.clone()}
                    hint="z. B. „2.1 (Stand: Oktober 2026)“"
                    on_change={editor.setter(|c, v: String| c.processor.document_version = v)} />
            </SectionBox>
        </>
    }
}
