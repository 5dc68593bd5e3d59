//! Profiles: parsing against the declared options, locks, refusal of contradicting
//! configurations, and profiles written in the format before the options were data.

use super::*;
use crate::engine::testing::library;

const PROFILE: &str = r#"
[processor]
company = { name = "Anbieter GmbH", street = "Weg 1", postal_code = "10115", city = "Berlin", country = "Deutschland" }
services = ["Dienst"]

[choices]
preset = "ausgewogen"

[choices.overrides]
subprocessing = "general_authorisation"
objection_days = 30

[locks]
subprocessing = "fixed"
objection_days = "fixed"
breach_hours = { min = 24, max = 72 }
"#;

fn parse(text: &str) -> Result<Profile, Vec<ProfileError>> {
    Profile::parse(text, library().options())
}

#[test]
fn a_profile_sets_the_draft_and_its_locks() {
    let profile = parse(PROFILE).unwrap();
    let draft = profile.new_draft();
    assert_eq!(draft.processor.company.name, "Anbieter GmbH");
    assert!(profile.violations(&draft).is_empty());
    assert_eq!(profile.lock("objection_days"), Some(&LockRule::Fixed));
    assert_eq!(
        profile.lock("breach_hours"),
        Some(&LockRule::Range { min: 24, max: 72 })
    );
    assert_eq!(profile.lock("indemnity"), None);
}

#[test]
fn a_vendor_build_starts_with_the_cover_page_unless_the_profile_says_otherwise() {
    let options = library().options();
    let preset = options.preset_index("ausgewogen").unwrap();
    assert_eq!(
        options.preset_choices(preset).get("cover_page"),
        Some(&ChoiceValue::Flag(false)),
        "the preset itself leaves it off"
    );
    let profile = parse(PROFILE).unwrap();
    assert!(profile.defaults.flag("cover_page"));
    let markdown = crate::engine::assemble(&profile.new_draft(), library())
        .document
        .markdown;
    assert!(
        markdown.contains("\n## Eckdaten (unverbindliche Übersicht)\n"),
        "{markdown}"
    );
    // An override decides, either way, and a lock keeps what the profile decided.
    let off = PROFILE.replace(
        "objection_days = 30\n",
        "objection_days = 30\ncover_page = false\n",
    );
    assert!(!parse(&off).unwrap().defaults.flag("cover_page"));
    let on = PROFILE.replace(
        "objection_days = 30\n",
        "objection_days = 30\ncover_page = true\n",
    );
    assert!(parse(&on).unwrap().defaults.flag("cover_page"));
    let locked = parse(&PROFILE.replace("[locks]\n", "[locks]\ncover_page = \"fixed\"\n")).unwrap();
    let mut draft = locked.new_draft();
    draft
        .customer
        .choices
        .set("cover_page", ChoiceValue::Flag(false));
    locked.enforce(&mut draft);
    assert!(draft.customer.choices.flag("cover_page"));
}

#[test]
fn contradictions_are_named_and_enforce_repairs_them() {
    let profile = parse(PROFILE).unwrap();
    let mut config = profile.new_draft();
    config.processor.company.name = "Andere AG".into();
    let choices = &mut config.customer.choices;
    choices.set("subprocessing", ChoiceValue::Word("not_permitted".into()));
    choices.set("breach_hours", ChoiceValue::Number(12));
    let fields: Vec<_> = profile
        .violations(&config)
        .into_iter()
        .map(|v| v.field)
        .collect();
    assert_eq!(
        fields,
        [
            "processor",
            "customer.choices.breach_hours",
            "customer.choices.subprocessing"
        ]
    );
    profile.enforce(&mut config);
    assert!(profile.violations(&config).is_empty());
    assert_eq!(config.customer.choices.number("breach_hours"), Some(24));
}

#[test]
fn broken_profiles_name_line_field_and_every_mistake() {
    let err = parse(&PROFILE.replace("services", "servces")).unwrap_err();
    assert_eq!(
        (err[0].line, err[0].field.as_str()),
        (Some(4), "servces"),
        "{err:?}"
    );
    let errors = parse(
        &PROFILE
            .replace("subprocessing = \"fixed\"", "subprocesing = \"fixed\"")
            .replace("min = 24, max = 72", "min = 6, max = 72"),
    )
    .unwrap_err();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert_eq!(errors[0].field, "breach_hours");
    assert_eq!(errors[0].line, Some(16), "{}", errors[0]);
    assert!(
        errors[0]
            .message
            .contains("6 bis 72 liegt nicht im erlaubten Bereich von 12 bis 72")
    );
    assert_eq!(errors[1].field, "subprocesing");
    assert!(
        errors[1].message.contains("Meinten Sie „subprocessing“?"),
        "{}",
        errors[1]
    );
    let err = parse(&PROFILE.replace("objection_days = 30", "objection_days = 300")).unwrap_err();
    assert!(err[0].message.contains("Einspruchsfrist"), "{}", err[0]);
}

#[test]
fn profiles_in_the_nested_format_still_load() {
    let old = r#"
[processor]
company = { name = "Anbieter GmbH" }
[choices]
preset = "anbieterfreundlich"
[choices.overrides]
breach_notice = { kind = "deadline", hours = 48, report_days = 7 }
[locks]
subprocessing = "fixed"
"breach_notice.hours" = { min = 24, max = 72 }
"#;
    let profile = parse(old).unwrap();
    assert_eq!(profile.defaults.word("breach_notice"), "deadline");
    assert_eq!(profile.defaults.number("breach_hours"), Some(48));
    for id in ["subprocessing", "objection_days", "termination_weeks"] {
        assert_eq!(profile.lock(id), Some(&LockRule::Fixed), "{id}");
    }
    assert_eq!(
        profile.lock("breach_hours"),
        Some(&LockRule::Range { min: 24, max: 72 })
    );
}

#[test]
fn the_compiled_form_round_trips() {
    let profile = parse(PROFILE).unwrap();
    assert_eq!(
        Profile::from_compiled(&profile.compiled(), library().options()).unwrap(),
        profile
    );
}
