//! "Begriffe erklärt": the legal terms a section's questions and answers use, in plain German,
//! from the glossary in `clauses/kataloge/begriffe.toml`.

use yew::prelude::*;

use crate::engine::field::Section;
use crate::ui::editor::Editor;

/// Properties of [`Glossary`].
#[derive(Properties, PartialEq)]
pub struct GlossaryProps {
    /// The section whose words are explained.
    pub section: Section,
    /// Further text shown in the section (a table's help), searched for terms too.
    #[prop_or_default]
    pub extra: AttrValue,
}

/// The explanations of the terms that occur in a section; nothing when none occurs.
#[function_component(Glossary)]
pub fn glossary(props: &GlossaryProps) -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let mut text = format!("{} {}", props.section.title(), props.extra);
    for o in editor.options().in_section(props.section) {
        text.push_str(&format!(" {} {}", o.label, o.help));
        for v in &o.values {
            text.push_str(&format!(" {} {}", v.label, v.help));
        }
    }
    let terms: Vec<(&String, &String)> = editor
        .library
        .catalogues()
        .terms
        .glossary
        .iter()
        .filter(|(term, _)| text.contains(term.as_str()))
        .collect();
    if terms.is_empty() {
        return Html::default();
    }
    html! {
        <details class="glossary">
            <summary>{ "Begriffe erklärt" }</summary>
            <dl>
                { for terms.into_iter().map(|(term, meaning)| html! { <><dt>{ term }</dt><dd>{ meaning }</dd></> }) }
            </dl>
        </details>
    }
}
