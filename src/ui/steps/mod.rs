//! The seven steps of the questionnaire, one component each.

mod data;
mod finish;
mod parties;
mod processing;
mod rules;
mod subprocessors;
mod tom;

use yew::prelude::*;

use crate::engine::field::Step;

/// The clause the preview shows while a step is open.
pub fn clause_for_step(step: Step) -> &'static str {
    match step {
        Step::Parties => "parteien",
        Step::Processing => "gegenstand-dauer",
        Step::Data => "art-zweck-daten",
        Step::Subprocessors => "unterauftragsverhaeltnisse",
        Step::Tom => "tom",
        Step::Rules => "weisungen",
        Step::Finish => "unterschriften",
    }
}

/// Properties of [`StepView`].
#[derive(Properties, PartialEq)]
pub struct StepViewProps {
    /// The step to show.
    pub step: Step,
}

/// The form of one step.
#[function_component(StepView)]
pub fn step_view(props: &StepViewProps) -> Html {
    match props.step {
        Step::Parties => html! { <parties::Parties /> },
        Step::Processing => html! { <processing::Processing /> },
        Step::Data => html! { <data::DataAndSubjects /> },
        Step::Subprocessors => html! { <subprocessors::Subprocessors /> },
        Step::Tom => html! { <tom::Measures /> },
        Step::Rules => html! { <rules::Rules /> },
        Step::Finish => html! { <finish::Finish /> },
    }
}
