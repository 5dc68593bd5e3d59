//! Where each configuration field lives in the questionnaire: its step, its element id, and
//! the clause of the agreement it affects (for scrolling the preview).

use super::state::Step;

/// The element id of the form control for a field path (`customer.controller.name` →
/// `customer-controller-name`).
pub fn element_id(path: &str) -> String {
    path.replace('.', "-")
}

/// The step that asks for a field.
pub fn step_for(path: &str) -> Step {
    const TABLE: &[(&str, Step)] = &[
        ("customer.controller", Step::Parties),
        ("processor.company", Step::Parties),
        ("customer.choices.terminology", Step::Parties),
        ("customer.processing.data_", Step::Data),
        ("customer.processing.custom_data", Step::Data),
        ("customer.processing.special", Step::Data),
        ("customer.processing", Step::Processing),
        ("customer.choices.subject_basis", Step::Processing),
        ("customer.choices.duration", Step::Processing),
        ("customer.choices.remote_maintenance", Step::Processing),
        ("processor.services", Step::Processing),
        ("processor.dpo", Step::Processing),
        ("processor.eu_representative", Step::Processing),
        ("processor.subprocessors", Step::Subprocessors),
        ("processor.locations", Step::Subprocessors),
        ("customer.choices.subprocessing", Step::Subprocessors),
        (
            "customer.choices.further_subprocessing",
            Step::Subprocessors,
        ),
        ("customer.choices.place", Step::Subprocessors),
        ("customer.choices.transfer_safeguards", Step::Subprocessors),
        ("processor.tom", Step::Tom),
        ("customer.choices.tom_changes", Step::Tom),
        ("customer.choices.home_office", Step::Tom),
        ("customer.contacts", Step::Finish),
        ("customer.signatories", Step::Finish),
        ("customer.choices", Step::Rules),
        ("processor.document_version", Step::Rules),
    ];
    TABLE
        .iter()
        .find(|(prefix, _)| path.starts_with(prefix))
        .map_or(Step::Finish, |(_, step)| *step)
}

/// The clause shown in the preview while a step is open.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_map_to_their_steps() {
        assert_eq!(step_for("customer.controller.name"), Step::Parties);
        assert_eq!(step_for("customer.processing.data_types"), Step::Data);
        assert_eq!(
            step_for("customer.processing.nature_and_purpose"),
            Step::Processing
        );
        assert_eq!(
            step_for("processor.subprocessors.0.name"),
            Step::Subprocessors
        );
        assert_eq!(
            step_for("customer.choices.breach_notice.hours"),
            Step::Rules
        );
        assert_eq!(step_for("processor.tom.measures"), Step::Tom);
        assert_eq!(
            element_id("processor.subprocessors.0.name"),
            "processor-subprocessors-0-name"
        );
    }
}
