//! The key terms at a glance before signing: the regulations a customer usually negotiates,
//! each with the value chosen, and whether the agreement is complete.

use yew::prelude::*;

use crate::engine::Severity;
use crate::engine::config::{ChoiceValue, OptionKind};
use crate::engine::options::OptionDecl;
use crate::ui::editor::Editor;

/// The options shown, in the order of the agreement; those that do not apply are left out.
const KEY_TERMS: &[&str] = &[
    "duration",
    "place",
    "subprocessing",
    "objection_days",
    "instruction_form",
    "own_purposes",
    "ai_training",
    "breach_notice",
    "breach_hours",
    "audit_notice",
    "audit_frequency",
    "audit_costs",
    "default_end_action",
    "deletion_days",
    "backup_retention_days",
    "liability_rule",
    "liability_cap_amount",
    "liability_cap_multiple",
    "indemnity",
    "controller_indemnity",
    "professional_secrecy",
];

/// The chosen value in words.
fn shown(decl: &OptionDecl, value: Option<&ChoiceValue>) -> String {
    let label = |id: &str| {
        decl.values
            .iter()
            .find(|v| v.id == id)
            .map_or_else(|| id.to_owned(), |v| v.label.clone())
    };
    match (decl.kind, value) {
        (OptionKind::Toggle, Some(ChoiceValue::Flag(on))) => if *on { "ja" } else { "nein" }.into(),
        (OptionKind::Number, Some(ChoiceValue::Number(n))) => format!("{n} {}", decl.unit),
        (OptionKind::Choice, Some(ChoiceValue::Word(id))) => label(id),
        (OptionKind::Set, Some(ChoiceValue::Words(ids))) if ids.is_empty() => "keine".into(),
        (OptionKind::Set, Some(ChoiceValue::Words(ids))) => ids
            .iter()
            .map(|id| label(id))
            .collect::<Vec<_>>()
            .join("; "),
        (_, Some(ChoiceValue::Word(text))) if !text.is_empty() => text.clone(),
        _ => "–".into(),
    }
}

/// The key terms and the state of the agreement.
#[function_component(KeyTerms)]
pub fn key_terms() -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let options = editor.options();
    let catalogues = editor.library.catalogues();
    let open = editor
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let rows = KEY_TERMS
        .iter()
        .filter_map(|id| options.get(id))
        .filter(|decl| decl.applies.eval(&editor.config, catalogues))
        .map(|decl| {
            let value = shown(decl, editor.config.customer.choices.get(&decl.id));
            html! { <tr><th scope="row">{ &decl.label }</th><td>{ value }</td></tr> }
        });
    html! {
        <section class="key-terms" aria-labelledby="key-terms-title">
            <h3 id="key-terms-title">{ "Die wichtigsten Regelungen im Überblick" }</h3>
            if open == 0 {
                <p class="status complete">{ "Der Vertrag ist vollständig. Prüfen Sie die Regelungen unten und laden Sie ihn als Word-Datei oder als Markdown herunter oder drucken Sie ihn zur Unterschrift." }</p>
            } else {
                <p class="status incomplete">{ format!("Noch {} – der Vertrag ist bis dahin als Entwurf gekennzeichnet. Die Liste „Offene Pflichtangaben“ führt zu jeder Frage.", if open == 1 { "1 offene Pflichtangabe".to_owned() } else { format!("{open} offene Pflichtangaben") }) }</p>
            }
            <table>
                <tbody>{ for rows }</tbody>
            </table>
        </section>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_key_term_is_a_declared_option() {
        let library = crate::shipped::library().unwrap();
        for id in super::KEY_TERMS {
            assert!(library.options().get(id).is_some(), "{id}");
        }
    }
}
