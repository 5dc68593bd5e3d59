//! The one generic control for a declared option: a toggle, a radio group, a number, a set of
//! checkboxes, a date or a text, with the declaration's label and help and a note on whom each
//! value favours. An option is asked only while its `applies` condition holds.

use yew::prelude::*;

use super::{Choice, ChoiceOption, DateField, NumberField, TextField, Toggle};
use crate::engine::config::{ChoiceValue, Date, OptionKind};
use crate::engine::field::{FieldPath, Section};
use crate::engine::options::{Favours, OptionDecl};
use crate::ui::editor::Editor;

/// Help text followed by the note on whom the value favours.
fn explained(help: &str, favours: &str) -> AttrValue {
    if help.is_empty() {
        AttrValue::from(favours.to_owned())
    } else {
        AttrValue::from(format!("{help} {favours}"))
    }
}

/// The note for a toggle (its "on") or a number (a larger value).
fn favours_note(decl: &OptionDecl) -> String {
    match (decl.kind, decl.favours) {
        (OptionKind::Number, Favours::Controller) => {
            "Ein höherer Wert begünstigt den Auftraggeber.".into()
        }
        (OptionKind::Number, Favours::Processor) => {
            "Ein höherer Wert begünstigt den Anbieter.".into()
        }
        (OptionKind::Toggle, Favours::Controller | Favours::Processor) => {
            format!("Eingeschaltet: {}", decl.favours.note())
        }
        (_, favours) => favours.note().to_owned(),
    }
}

/// Properties of [`OptionControl`].
#[derive(Properties, PartialEq)]
pub struct OptionControlProps {
    /// The option's id in `clauses/optionen.toml`.
    pub id: AttrValue,
}

/// The control for one declared option, or nothing while it does not apply.
#[function_component(OptionControl)]
pub fn option_control(props: &OptionControlProps) -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let Some(decl) = editor.options().get(&props.id) else {
        return Html::default();
    };
    if !decl.applies.eval(&editor.config, editor.catalogues()) {
        return Html::default();
    }
    let path = FieldPath::choice(&decl.id);
    let choices = &editor.config.customer.choices;
    let id = decl.id.clone();
    let set = {
        let id = id.clone();
        editor.setter(move |c, v: ChoiceValue| c.customer.choices.set(&id, v))
    };
    let locked = editor.locked(&path);
    let label = AttrValue::from(decl.label.clone());
    match decl.kind {
        OptionKind::Toggle => html! {
            <Toggle id={path.element_id()} {label} checked={choices.flag(&id)} disabled={locked}
                hint={explained(&decl.help, &favours_note(decl))}
                on_change={set.reform(ChoiceValue::Flag)} />
        },
        OptionKind::Choice => {
            let options = decl
                .values
                .iter()
                .map(|v| ChoiceOption {
                    key: v.id.clone().into(),
                    label: v.label.clone().into(),
                    help: explained(&v.help, v.favours.note()),
                })
                .collect::<Vec<_>>();
            html! {
                <Choice id={path.element_id()} legend={label} {options} disabled={locked}
                    hint={(!decl.help.is_empty()).then(|| AttrValue::from(decl.help.clone()))}
                    selected={AttrValue::from(choices.word(&id).to_owned())}
                    on_select={set.reform(|key: AttrValue| ChoiceValue::Word(key.to_string()))} />
            }
        }
        OptionKind::Number => html! {
            <NumberField path={path.clone()} {label} unit={decl.unit.clone()}
                value={choices.number(&id).unwrap_or(decl.min)} min={decl.min} max={decl.max}
                hint={explained(&decl.help, &favours_note(decl))}
                on_change={set.reform(ChoiceValue::Number)} />
        },
        OptionKind::Set => {
            let chosen = choices.words(&id).to_vec();
            let boxes = decl.values.iter().map(|v| {
                let checked = chosen.contains(&v.id);
                let (value, chosen, set) = (v.id.clone(), chosen.clone(), set.clone());
                let on_change = Callback::from(move |on: bool| {
                    let mut next: Vec<String> =
                        chosen.iter().filter(|w| **w != value).cloned().collect();
                    if on {
                        next.push(value.clone());
                    }
                    // Sets are kept in declaration order when the configuration is checked.
                    set.emit(ChoiceValue::Words(next));
                });
                html! {
                    <Toggle id={format!("{}-{}", path.element_id(), v.id)} label={v.label.clone()}
                        {checked} disabled={locked} {on_change}
                        hint={explained(&v.help, v.favours.note())} />
                }
            });
            html! {
                <fieldset class="set" id={path.element_id()}>
                    <legend>{ label }</legend>
                    if locked { <p class="help fixed">{ "Vom Anbieter festgelegt." }</p> }
                    if !decl.help.is_empty() { <p class="help">{ decl.help.clone() }</p> }
                    { for boxes }
                </fieldset>
            }
        }
        OptionKind::Date => html! {
            <DateField path={path.clone()} {label} required={decl.required}
                value={Date::parse_iso(choices.word(&id)).ok()}
                hint={(!decl.help.is_empty()).then(|| AttrValue::from(decl.help.clone()))}
                on_change={set.reform(|d: Option<Date>| ChoiceValue::Word(d.map(Date::iso).unwrap_or_default()))} />
        },
        OptionKind::Text => html! {
            <TextField path={path.clone()} {label} required={decl.required}
                value={AttrValue::from(choices.word(&id).to_owned())}
                hint={(!decl.help.is_empty()).then(|| AttrValue::from(decl.help.clone()))}
                on_change={set.reform(ChoiceValue::Word)} />
        },
    }
}

/// Properties of [`OptionsIn`].
#[derive(Properties, PartialEq)]
pub struct OptionsInProps {
    /// The section whose options to show.
    pub section: Section,
}

/// Every option a section asks for, in declaration order.
#[function_component(OptionsIn)]
pub fn options_in(props: &OptionsInProps) -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let ids: Vec<AttrValue> = editor
        .options()
        .in_section(props.section)
        .map(|o| AttrValue::from(o.id.clone()))
        .collect();
    html! { <>{ for ids.into_iter().map(|id| html! { <OptionControl key={id.as_str()} id={id.clone()} /> }) }</> }
}

/// Properties of [`SectionBox`].
#[derive(Properties, PartialEq)]
pub struct SectionBoxProps {
    /// The section.
    pub section: Section,
    /// The structural controls; the section's options follow them unless `options_first`.
    #[prop_or_default]
    pub children: Html,
    /// Show the options before the structural controls.
    #[prop_or_default]
    pub options_first: bool,
}

/// A section of a step: its heading, its questions, and the clause the preview shows for it.
#[function_component(SectionBox)]
pub fn section_box(props: &SectionBoxProps) -> Html {
    let section = props.section;
    html! {
        <fieldset class="section" id={format!("abschnitt-{}", section.id())} data-clause={section.clause()}>
            <legend>{ section.title() }</legend>
            if props.options_first {
                <OptionsIn {section} />
                { props.children.clone() }
            } else {
                { props.children.clone() }
                <OptionsIn {section} />
            }
            <super::Glossary {section} />
        </fieldset>
    }
}
