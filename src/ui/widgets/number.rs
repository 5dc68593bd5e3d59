//! A bounded number. A value out of range is refused with a message; the last good value stays.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{described_by, help};
use crate::engine::field::FieldPath;
use crate::ui::editor::Editor;

/// Properties of [`NumberField`].
#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// The field.
    pub path: FieldPath,
    /// Label, also used in the message.
    pub label: AttrValue,
    /// Current (last good) value.
    pub value: i64,
    /// Smallest allowed value.
    pub min: i64,
    /// Largest allowed value.
    pub max: i64,
    /// Unit after the input, e.g. "Tage".
    pub unit: AttrValue,
    /// Called with a value in range only.
    pub on_change: Callback<i64>,
    /// Help text.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
}

/// A bounded number. A value out of range is refused with a message; the last good value stays.
#[function_component(NumberField)]
pub fn number_field(props: &NumberFieldProps) -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let (min, max) = editor.range(&props.path).unwrap_or((props.min, props.max));
    let readonly = editor.locked(&props.path);
    let refused = use_state(|| None::<String>);
    // What the person typed, kept apart from the value: a refused entry stays visible beside
    // its message while the configuration keeps the last good value.
    let text = use_state(|| props.value.to_string());
    {
        let (text, refused) = (text.clone(), refused.clone());
        use_effect_with(props.value, move |value| {
            if text.trim().parse::<i64>().ok() != Some(*value) {
                text.set(value.to_string());
                refused.set(None);
            }
        });
    }
    let id = props.path.element_id();
    let oninput = {
        let (refused, typed) = (refused.clone(), text.clone());
        let (label, value) = (props.label.clone(), props.value);
        let on_change = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            typed.set(text.clone());
            match text.trim().parse::<i64>() {
                Ok(n) if (min..=max).contains(&n) => {
                    refused.set(None);
                    on_change.emit(n);
                }
                Ok(n) => refused.set(Some(format!(
                    "{label}: {n} liegt nicht zwischen {min} und {max}. Es gilt weiter {value}."
                ))),
                Err(_) => refused.set(Some(format!(
                    "{label}: Bitte eine ganze Zahl zwischen {min} und {max} eingeben. Es gilt weiter {value}."
                ))),
            }
        })
    };
    let describedby = described_by(&id, props.hint.is_some(), refused.is_some());
    html! {
        <div class={classes!("field", "number", refused.is_some().then_some("has-error"))}>
            <label for={id.clone()}>{ props.label.clone() }</label>
            <span class="with-unit">
                <input id={id.clone()} type="number" inputmode="numeric" min={min.to_string()}
                    max={max.to_string()} value={(*text).clone()} {oninput}
                    aria-invalid={refused.is_some().then_some("true")} aria-describedby={describedby}
                    {readonly} />
                <span class="unit">{ props.unit.clone() }</span>
            </span>
            { help(&id, &props.hint) }
            if let Some(message) = &*refused {
                <p class="error" id={format!("{id}-error")} role="alert">{ message }</p>
            }
        </div>
    }
}
