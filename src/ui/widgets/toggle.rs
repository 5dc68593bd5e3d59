//! A checkbox with help.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::help;

/// Properties of [`Toggle`].
#[derive(Properties, PartialEq)]
pub struct ToggleProps {
    /// Element id.
    pub id: AttrValue,
    /// Label.
    pub label: AttrValue,
    /// Checked.
    pub checked: bool,
    /// Called with the new state.
    pub on_change: Callback<bool>,
    /// What it means and which side it favours.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Locked by the vendor.
    #[prop_or_default]
    pub disabled: bool,
}

/// A checkbox with help.
#[function_component(Toggle)]
pub fn toggle(props: &ToggleProps) -> Html {
    let id = props.id.to_string();
    let on_change = props.on_change.clone();
    let onchange = Callback::from(move |e: Event| {
        on_change.emit(e.target_unchecked_into::<HtmlInputElement>().checked());
    });
    html! {
        <div class="field toggle">
            <input type="checkbox" id={id.clone()} checked={props.checked} {onchange}
                disabled={props.disabled}
                aria-describedby={props.hint.as_ref().map(|_| format!("{id}-help"))} />
            <label for={id.clone()}>{ props.label.clone() }</label>
            { help(&id, &props.hint) }
        </div>
    }
}
