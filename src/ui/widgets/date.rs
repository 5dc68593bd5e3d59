//! A calendar date: an empty or invalid entry keeps the last good date (or none).

use yew::prelude::*;

use super::TextField;
use crate::engine::config::Date;
use crate::engine::field::FieldPath;

/// Properties of [`DateField`].
#[derive(Properties, PartialEq)]
pub struct DateFieldProps {
    /// The field.
    pub path: FieldPath,
    /// Label.
    pub label: AttrValue,
    /// Current date.
    pub value: Option<Date>,
    /// Called with a valid date, or `None` when cleared.
    pub on_change: Callback<Option<Date>>,
    /// Help.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Marked and announced as required.
    #[prop_or_default]
    pub required: bool,
}

/// A calendar date.
#[function_component(DateField)]
pub fn date_field(props: &DateFieldProps) -> Html {
    let on_change = props.on_change.clone();
    let set = Callback::from(move |text: String| {
        if text.trim().is_empty() {
            on_change.emit(None);
        } else if let Ok(date) = Date::parse_iso(text.trim()) {
            on_change.emit(Some(date));
        }
    });
    html! {
        <TextField path={props.path.clone()} label={props.label.clone()} kind="date" required={props.required}
            value={props.value.map(Date::iso).unwrap_or_default()} on_change={set} hint={props.hint.clone()} />
    }
}
