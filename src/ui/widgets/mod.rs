//! Form controls: labelled, described, with inline German messages; one component per file.

mod checklist;
mod choice;
mod date;
mod glossary;
mod number;
mod option;
mod starting_point;
mod string_list;
mod summary;
mod text;
mod toggle;

pub use checklist::Checklist;
pub use choice::{Choice, ChoiceOption};
pub use date::DateField;
pub use glossary::Glossary;
pub use number::NumberField;
pub use option::SectionBox;
pub use starting_point::StartingPointPicker;
pub use string_list::StringList;
pub use summary::KeyTerms;
pub use text::TextField;
pub use toggle::Toggle;

use yew::prelude::*;

/// A help text under a control, linked by `aria-describedby`.
fn help(id: &str, text: &Option<AttrValue>) -> Html {
    match text {
        Some(text) => html! { <p class="help" id={format!("{id}-help")}>{ text.clone() }</p> },
        None => Html::default(),
    }
}

/// The `aria-describedby` of a control with optional help and error.
fn described_by(id: &str, help: bool, error: bool) -> Option<String> {
    let parts: Vec<String> = [(help, "help"), (error, "error")]
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, s)| format!("{id}-{s}"))
        .collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}
