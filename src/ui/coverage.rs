//! The Art. 28 checklist and the open points, each leading to the question that resolves it.

use std::rc::Rc;

use yew::prelude::*;

use super::editor::Editor;
use super::state::Action;
use crate::engine::{CheckReport, Diagnostic, Severity};

/// Properties of [`CoveragePanel`].
#[derive(Properties, PartialEq)]
pub struct CoverageProps {
    /// The report of `check`.
    pub report: Rc<CheckReport>,
    /// Called with the element id to focus after the step changed.
    pub on_goto: Callback<String>,
}

/// One diagnostic with a link to its question.
fn point(d: &Diagnostic, editor: &Editor, on_goto: &Callback<String>) -> Html {
    let text = d.message.clone();
    let target = d
        .field
        .as_ref()
        .and_then(|field| Some((field.element_id(), editor.section(field)?.step())));
    match target {
        Some((element, step)) => {
            let (editor, on_goto) = (editor.clone(), on_goto.clone());
            let onclick = Callback::from(move |_: MouseEvent| {
                editor.send(Action::GoTo(step));
                on_goto.emit(element.clone());
            });
            html! {
                <li>
                    { text }{ " " }
                    <button type="button" class="link" {onclick}>{ format!("Zur Frage ({})", step.title()) }</button>
                </li>
            }
        }
        // Internal library errors name no field; every other diagnostic does
        // (`tests/web.rs` checks each one leads to a control).
        None => html! { <li>{ text }</li> },
    }
}

/// "keine Hinweise", "1 Hinweis", "3 Hinweise".
fn counted(n: usize, none: &str, one: &str, many: &str) -> String {
    match n {
        0 => none.to_owned(),
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}

/// The checklist.
#[function_component(CoveragePanel)]
pub fn coverage_panel(props: &CoverageProps) -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let report = &props.report;
    let met = report
        .coverage
        .iter()
        .filter(|c| !c.clauses.is_empty())
        .count();
    let errors: Vec<_> = editor
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    html! {
        <section id="pruefung" class="coverage" aria-labelledby="pruefung-titel">
            <h2 id="pruefung-titel">{ "Prüfung nach Art. 28 DSGVO" }</h2>
            <p class="summary">
                { format!("{met} von {} Anforderungen erfüllt · {} · {}", report.coverage.len(),
                    counted(errors.len(), "keine offenen Pflichtangaben", "offene Pflichtangabe", "offene Pflichtangaben"),
                    counted(report.warnings.len(), "keine Hinweise", "Hinweis", "Hinweise")) }
            </p>
            if !errors.is_empty() {
                <h3>{ "Offene Pflichtangaben" }</h3>
                <ul class="errors">{ for errors.iter().map(|d| point(d, &editor, &props.on_goto)) }</ul>
            }
            if !report.warnings.is_empty() {
                <h3>{ "Hinweise zu Ihren Entscheidungen" }</h3>
                <ul class="warnings">{ for report.warnings.iter().map(|d| point(d, &editor, &props.on_goto)) }</ul>
            }
            <details>
                <summary>{ "Anforderungen im Einzelnen" }</summary>
                <ul class="requirements">
                    { for report.coverage.iter().map(|c| html! {
                        <li class={if c.clauses.is_empty() { "missing" } else { "met" }}>
                            <span aria-hidden="true">{ if c.clauses.is_empty() { "✗ " } else { "✓ " } }</span>
                            { c.requirement.label() }
                            if !c.clauses.is_empty() { <span class="by">{ format!(" – {}", c.clauses.join("; ")) }</span> }
                        </li>
                    }) }
                </ul>
            </details>
        </section>
    }
}
