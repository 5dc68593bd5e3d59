//! A radio group whose options explain themselves.

use yew::prelude::*;

/// One option of a [`Choice`].
#[derive(Clone, PartialEq)]
pub struct ChoiceOption {
    /// Stable key.
    pub key: AttrValue,
    /// Label.
    pub label: AttrValue,
    /// What it means and which side it favours.
    pub help: AttrValue,
}

/// Properties of [`Choice`].
#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    /// Element id of the group; each option's is `<id>-<key>`.
    pub id: AttrValue,
    /// The question.
    pub legend: AttrValue,
    /// The options.
    pub options: Vec<ChoiceOption>,
    /// The key selected.
    pub selected: AttrValue,
    /// Called with the key chosen.
    pub on_select: Callback<AttrValue>,
    /// Help for the whole question.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Locked by the vendor.
    #[prop_or_default]
    pub disabled: bool,
}

/// A radio group; each option explains itself.
#[function_component(Choice)]
pub fn choice(props: &ChoiceProps) -> Html {
    let id = props.id.to_string();
    let options = props.options.iter().map(|option| {
        let option_id = format!("{id}-{}", option.key);
        let on_select = props.on_select.clone();
        let key = option.key.clone();
        let onchange = Callback::from(move |_: Event| on_select.emit(key.clone()));
        html! {
            <div class="option">
                <input type="radio" id={option_id.clone()} name={id.clone()} value={option.key.clone()}
                    checked={props.selected == option.key} {onchange} disabled={props.disabled}
                    aria-describedby={format!("{option_id}-help")} />
                <label for={option_id.clone()}>{ option.label.clone() }</label>
                <p class="help" id={format!("{option_id}-help")}>{ option.help.clone() }</p>
            </div>
        }
    });
    html! {
        <fieldset class="choice" id={id.clone()}>
            <legend>{ props.legend.clone() }</legend>
            if props.disabled { <p class="help fixed">{ "Vom Anbieter festgelegt." }</p> }
            if let Some(hint) = &props.hint { <p class="help">{ hint.clone() }</p> }
            { for options }
        </fieldset>
    }
}
