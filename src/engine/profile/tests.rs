//! Profiles: parsing, locks, refusal of contradicting configurations.

use super::*;

const PROFILE: &str = r#"
[processor]
company = { name = "Anbieter GmbH", street = "Weg 1", postal_code = "10115", city = "Berlin", country = "Deutschland" }
services = ["Dienst"]

[choices]
preset = "ausgewogen"

[choices.overrides]
subprocessing = { kind = "general_authorisation", objection_days = 30, termination_weeks = 4 }

[locks]
subprocessing = "fixed"
"breach_notice.hours" = { min = 24, max = 72 }
"#;

#[test]
fn a_profile_sets_the_draft_and_its_locks() {
    let profile = Profile::parse(PROFILE).unwrap();
    let draft = profile.new_draft();
    assert_eq!(draft.processor.company.name, "Anbieter GmbH");
    assert!(profile.violations(&draft).is_empty());
    assert_eq!(
        profile.lock("subprocessing.objection_days"),
        Some(&LockRule::Fixed)
    );
    assert_eq!(
        profile.lock("breach_notice.hours"),
        Some(&LockRule::Range { min: 24, max: 72 })
    );
    assert_eq!(profile.lock("indemnity"), None);
}

#[test]
fn contradictions_are_named_and_enforce_repairs_them() {
    let profile = Profile::parse(PROFILE).unwrap();
    let mut config = profile.new_draft();
    config.processor.company.name = "Andere AG".into();
    config.customer.choices.subprocessing = crate::engine::config::Subprocessing::NotPermitted;
    config.customer.choices.breach_notice = crate::engine::config::BreachNotice::Deadline {
        hours: crate::engine::config::BreachHours::new(12).unwrap(),
        report_days: crate::engine::config::ReportDays::DEFAULT,
    };
    let fields: Vec<_> = profile
        .violations(&config)
        .into_iter()
        .map(|v| v.field)
        .collect();
    assert_eq!(
        fields,
        [
            "processor",
            "customer.choices.breach_notice.hours",
            "customer.choices.subprocessing"
        ]
    );
    profile.enforce(&mut config);
    assert!(profile.violations(&config).is_empty());
}

#[test]
fn broken_profiles_name_line_and_field() {
    let err = Profile::parse(&PROFILE.replace("services", "servces")).unwrap_err();
    assert_eq!(
        (err.line, err.field.as_str()),
        (Some(4), "servces"),
        "{err}"
    );
    let err =
        Profile::parse(&PROFILE.replace("subprocessing = \"fixed\"", "subprocesing = \"fixed\""))
            .unwrap_err();
    assert_eq!(err.field, "subprocesing");
    assert_eq!(err.line, Some(13), "{err}");
    let err =
        Profile::parse(&PROFILE.replace("min = 24, max = 72", "min = 6, max = 72")).unwrap_err();
    assert_eq!(
        (err.field.as_str(), err.line),
        ("breach_notice.hours", Some(14))
    );
    assert!(err.message.contains("6 is not allowed"), "{err}");
    let err = Profile::parse(&PROFILE.replace("objection_days = 30", "objection_days = 300"))
        .unwrap_err();
    assert!(err.message.contains("Einspruchsfrist"), "{err}");
}

#[test]
fn the_compiled_form_round_trips() {
    let profile = Profile::parse(PROFILE).unwrap();
    assert_eq!(
        Profile::from_compiled(&profile.compiled()).unwrap(),
        profile
    );
}
