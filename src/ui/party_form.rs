//! The address fields of one party.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::state::{PartyField, Side};
use crate::engine::config::Party;

/// Properties of [`PartyFieldset`].
#[derive(Properties, PartialEq)]
pub struct PartyFieldsetProps {
    /// Which party.
    pub side: Side,
    /// Its current values.
    pub party: Party,
    /// Called with every keystroke.
    pub on_change: Callback<(Side, PartyField, String)>,
}

/// A fieldset with a labelled input for each address field.
#[function_component(PartyFieldset)]
pub fn party_fieldset(props: &PartyFieldsetProps) -> Html {
    let (legend, prefix) = match props.side {
        Side::Controller => ("Auftraggeber (Verantwortlicher)", "controller"),
        Side::Processor => ("Auftragnehmer (Auftragsverarbeiter)", "processor"),
    };
    let fields = PartyField::ALL.iter().map(|&field| {
        let id = format!("{prefix}-{}", field.key());
        let side = props.side;
        let on_change = props.on_change.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_change.emit((side, field, input.value()));
        });
        html! {
            <div class="field">
                <label for={id.clone()}>{ field.label() }</label>
                <input id={id} name={field.key()} type="text" required=true
                    value={field.get(&props.party).to_owned()} {oninput} />
            </div>
        }
    });
    html! {
        <fieldset>
            <legend>{ legend }</legend>
            { for fields }
        </fieldset>
    }
}
