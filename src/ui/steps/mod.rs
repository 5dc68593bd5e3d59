//! The seven steps of the questionnaire, one component each.

mod data;
mod finish;
mod parties;
mod processing;
mod rules;
mod subprocessors;
mod tom;

use yew::prelude::*;

use super::state::Step;

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
