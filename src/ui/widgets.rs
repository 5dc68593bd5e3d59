//! Form controls: labelled, described, with inline German messages.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::editor::Editor;
use super::fields::element_id;
use crate::engine::bounded::OutOfBounds;
use crate::engine::limits::{MAX_ITEMS, MAX_LINE, MAX_TEXT};

/// A help text under a control, linked by `aria-describedby`.
fn help(id: &str, text: &Option<AttrValue>) -> Html {
    match text {
        Some(text) => html! { <p class="help" id={format!("{id}-help")}>{ text.clone() }</p> },
        None => Html::default(),
    }
}

fn described_by(id: &str, help: bool, error: bool) -> Option<String> {
    let parts: Vec<String> = [(help, "help"), (error, "error")]
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, s)| format!("{id}-{s}"))
        .collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// Properties of [`TextField`].
#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    /// Configuration path; gives the element id and finds the field's error.
    pub path: AttrValue,
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
    /// Read-only (fixed by the vendor).
    #[prop_or_default]
    pub readonly: bool,
}

/// A labelled text input with help and inline error.
#[function_component(TextField)]
pub fn text_field(props: &TextFieldProps) -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let id = element_id(&props.path);
    let error = editor.error(&props.path);
    let readonly = props.readonly || editor.locked(&props.path);
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

/// Properties of [`NumberField`].
#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// Configuration path.
    pub path: AttrValue,
    /// Label, also used in the message.
    pub label: &'static str,
    /// Current (last good) value.
    pub value: u32,
    /// Smallest allowed value.
    pub min: u32,
    /// Largest allowed value.
    pub max: u32,
    /// Unit after the input, e.g. "Tage".
    pub unit: AttrValue,
    /// Called with a value in range only.
    pub on_change: Callback<u32>,
    /// Help text.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Read-only (fixed by the vendor).
    #[prop_or_default]
    pub readonly: bool,
}

/// A bounded number. A value out of range is refused with a message; the last good value stays.
#[function_component(NumberField)]
pub fn number_field(props: &NumberFieldProps) -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let (min, max) = editor.range(&props.path).unwrap_or((props.min, props.max));
    let readonly = props.readonly || editor.locked(&props.path);
    let refused = use_state(|| None::<String>);
    // What the person typed, kept apart from the value: a refused entry stays visible beside
    // its message while the configuration keeps the last good value.
    let text = use_state(|| props.value.to_string());
    {
        let (text, refused) = (text.clone(), refused.clone());
        use_effect_with(props.value, move |value| {
            if text.trim().parse::<u32>().ok() != Some(*value) {
                text.set(value.to_string());
                refused.set(None);
            }
        });
    }
    let id = element_id(&props.path);
    let oninput = {
        let (refused, typed) = (refused.clone(), text.clone());
        let (label, value) = (props.label, props.value);
        let on_change = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            typed.set(text.clone());
            match text.trim().parse::<i64>() {
                Ok(n) if (i64::from(min)..=i64::from(max)).contains(&n) => {
                    refused.set(None);
                    on_change.emit(n as u32);
                }
                Ok(n) => refused.set(Some(format!(
                    "{} Es gilt weiter {value}.",
                    OutOfBounds { label, value: n, min, max }
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
            <label for={id.clone()}>{ props.label }</label>
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

/// One option of a [`Choice`].
#[derive(Clone, PartialEq)]
pub struct ChoiceOption {
    /// Stable key.
    pub key: &'static str,
    /// Label.
    pub label: &'static str,
    /// What it means and which side it favours.
    pub help: &'static str,
}

/// Properties of [`Choice`].
#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    /// Configuration path.
    pub path: AttrValue,
    /// The question.
    pub legend: AttrValue,
    /// The options.
    pub options: Vec<ChoiceOption>,
    /// The key selected.
    pub selected: &'static str,
    /// Called with the key chosen.
    pub on_select: Callback<&'static str>,
    /// Locked by the vendor.
    #[prop_or_default]
    pub disabled: bool,
}

/// A radio group; each option explains itself.
#[function_component(Choice)]
pub fn choice(props: &ChoiceProps) -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let disabled = props.disabled || editor.locked(&props.path);
    let id = element_id(&props.path);
    let options = props.options.iter().map(|option| {
        let option_id = format!("{id}-{}", option.key);
        let on_select = props.on_select.clone();
        let key = option.key;
        let onchange = Callback::from(move |_: Event| on_select.emit(key));
        html! {
            <div class="option">
                <input type="radio" id={option_id.clone()} name={id.clone()} value={key}
                    checked={props.selected == key} {onchange} {disabled}
                    aria-describedby={format!("{option_id}-help")} />
                <label for={option_id.clone()}>{ option.label }</label>
                <p class="help" id={format!("{option_id}-help")}>{ option.help }</p>
            </div>
        }
    });
    html! {
        <fieldset class="choice" id={id.clone()}>
            <legend>{ props.legend.clone() }</legend>
            if disabled { <p class="help fixed">{ "Vom Anbieter festgelegt." }</p> }
            { for options }
        </fieldset>
    }
}

/// Properties of [`Toggle`].
#[derive(Properties, PartialEq)]
pub struct ToggleProps {
    /// Configuration path.
    pub path: AttrValue,
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
    let editor = use_context::<Editor>().expect("Editor context");
    let disabled = props.disabled || editor.locked(&props.path);
    let id = element_id(&props.path);
    let on_change = props.on_change.clone();
    let onchange = Callback::from(move |e: Event| {
        on_change.emit(e.target_unchecked_into::<HtmlInputElement>().checked());
    });
    html! {
        <div class="field toggle">
            <input type="checkbox" id={id.clone()} checked={props.checked} {onchange}
                {disabled}
                aria-describedby={props.hint.as_ref().map(|_| format!("{id}-help"))} />
            <label for={id.clone()}>{ props.label.clone() }</label>
            { help(&id, &props.hint) }
        </div>
    }
}

/// Properties of [`StringList`].
#[derive(Properties, PartialEq)]
pub struct StringListProps {
    /// Configuration path of the list.
    pub path: AttrValue,
    /// Legend.
    pub legend: AttrValue,
    /// The entries.
    pub items: Vec<String>,
    /// Called with the whole new list.
    pub on_change: Callback<Vec<String>>,
    /// Text of the add button.
    pub add_label: AttrValue,
    /// Help text.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Read-only (fixed by the vendor).
    #[prop_or_default]
    pub readonly: bool,
}

/// A list of one-line entries, edited in place.
#[function_component(StringList)]
pub fn string_list(props: &StringListProps) -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let id = element_id(&props.path);
    let error = editor.error(&props.path);
    let readonly = props.readonly || editor.locked(&props.path);
    let rows = props.items.iter().enumerate().map(|(i, item)| {
        let (items, on_change) = (props.items.clone(), props.on_change.clone());
        let oninput = Callback::from(move |e: InputEvent| {
            let mut items = items.clone();
            items[i] = e.target_unchecked_into::<HtmlInputElement>().value();
            on_change.emit(items);
        });
        let (items, on_change) = (props.items.clone(), props.on_change.clone());
        let remove = Callback::from(move |_: MouseEvent| {
            let mut items = items.clone();
            items.remove(i);
            on_change.emit(items);
        });
        let entry_id = format!("{id}-{i}");
        html! {
            <li>
                <label class="visually-hidden" for={entry_id.clone()}>{ format!("{} {}", props.legend, i + 1) }</label>
                <input id={entry_id} type="text" value={item.clone()} {oninput} {readonly}
                    maxlength={MAX_LINE.to_string()} />
                if !readonly {
                    <button type="button" class="secondary" onclick={remove}
                        aria-label={format!("Eintrag {} entfernen", i + 1)}>{ "Entfernen" }</button>
                }
            </li>
        }
    });
    let add = {
        let (items, on_change) = (props.items.clone(), props.on_change.clone());
        Callback::from(move |_: MouseEvent| {
            let mut items = items.clone();
            items.push(String::new());
            on_change.emit(items);
        })
    };
    html! {
        <fieldset class={classes!("list", error.is_some().then_some("has-error"))} id={id.clone()}>
            <legend>{ props.legend.clone() }</legend>
            { help(&id, &props.hint) }
            <ul>{ for rows }</ul>
            if !readonly && props.items.len() < MAX_ITEMS {
                <button type="button" class="secondary" onclick={add}>{ props.add_label.clone() }</button>
            }
            if let Some(error) = error {
                <p class="error" id={format!("{id}-error")}>{ error }</p>
            }
        </fieldset>
    }
}
