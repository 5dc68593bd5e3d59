//! A labelled text input or text area with help and inline error.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::{described_by, help};
use crate::engine::field::FieldPath;
use crate::engine::limits::{MAX_LINE, MAX_TEXT};
use crate::ui::editor::Editor;

/// Properties of [`TextField`].
#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    /// The field; gives the element id and finds the field's error.
    pub path: FieldPath,
    /// Label.
    pub label: AttrValue,
    /// Current value.
    pub value: AttrValue,
    /// Called with every keystroke.
    pub on_change: Callback<String>,
    /// Marked and announced as required.
    #[prop_or_default]
    pub required: bool,
    /// Help text.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// A multi-line text area instead of a line.
    #[prop_or_default]
    pub multiline: bool,
    /// Input type: `text`, `email`, `tel`, `date`.
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
}

/// A labelled text input with help and inline error.
#[function_component(TextField)]
pub fn text_field(props: &TextFieldProps) -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let id = props.path.element_id();
    let error = editor.error(&props.path);
    let readonly = editor.locked(&props.path);
    let on_change = props.on_change.clone();
    let describedby = described_by(&id, props.hint.is_some(), error.is_some());
    let invalid = error.is_some().then_some("true");
    let control = if props.multiline {
        let oninput = Callback::from(move |e: InputEvent| {
            on_change.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value());
        });
        html! {
            <textarea id={id.clone()} rows="3" value={props.value.clone()} {oninput}
                maxlength={MAX_TEXT.to_string()}
                aria-required={props.required.then_some("true")} aria-invalid={invalid}
                aria-describedby={describedby} {readonly} />
        }
    } else {
        let oninput = Callback::from(move |e: InputEvent| {
            on_change.emit(e.target_unchecked_into::<HtmlInputElement>().value());
        });
        html! {
            <input id={id.clone()} type={props.kind.clone()} value={props.value.clone()} {oninput}
                maxlength={MAX_LINE.to_string()}
                aria-required={props.required.then_some("true")} aria-invalid={invalid}
                aria-describedby={describedby} {readonly} />
        }
    };
    html! {
        <div class={classes!("field", error.is_some().then_some("has-error"))}>
            <label for={id.clone()}>
                { props.label.clone() }
                if props.required { <span class="required" aria-hidden="true">{ " *" }</span> }
            </label>
            { control }
            { help(&id, &props.hint) }
            if let Some(error) = error {
                <p class="error" id={format!("{id}-error")}>{ error }</p>
            }
        </div>
    }
}
