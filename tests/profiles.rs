//! The example vendor profiles and the one in docs/profiles.md are valid, and a customer who
//! fills in their part gets a complete agreement with the vendor's data.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;

mod common;

use avv::engine::profile::Profile;
use avv::engine::{Severity, assemble, check};
use common::{library, root};

/// Reads a profile; the files it names are read from `examples/profiles/`, except the logo of
/// the documentation's example, which stands in for any logo.
fn parse(text: &str) -> Result<Profile, String> {
    let read = |name: &str| match name {
        "beispiel-logo.svg" => Ok(b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>".to_vec()),
        _ => fs::read(root().join("examples/profiles").join(name)).map_err(|e| e.to_string()),
    };
    Profile::parse_with(text, library().options(), &read).map_err(|errors| {
        errors
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    })
}

fn profiles() -> Vec<(String, Profile)> {
    let mut out: Vec<(String, Profile)> = fs::read_dir(root().join("examples/profiles"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| {
            let profile = parse(&fs::read_to_string(&p).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p.display().to_string(), profile)
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(out.len(), 3, "three example profiles");
    out
}

#[test]
fn the_documented_profile_parses() {
    let doc = fs::read_to_string(root().join("docs/profiles.md")).unwrap();
    let block = doc
        .split("```toml\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("a toml block");
    // The documentation wraps one long inline table over two lines for reading.
    let block = block.replace(",\n            country", ", country");
    let profile = parse(&block).unwrap_or_else(|e| panic!("docs/profiles.md: {e}"));
    assert_eq!(profile.processor.company.name, "Beispiel GmbH");
}

#[test]
fn a_customer_completes_each_example_profile() {
    for (name, profile) in profiles() {
        let mut config = profile.new_draft();
        assert!(profile.violations(&config).is_empty(), "{name}");
        let customer = &mut config.customer;
        customer.controller.name = "Kundin AG".into();
        customer.controller.street = "Weg 2".into();
        customer.controller.postal_code = "50667".into();
        customer.controller.city = "Köln".into();
        customer.controller.country = "Deutschland".into();
        customer.processing.main_contract.title = "Nutzungsvertrag".into();
        customer.processing.tasks = vec!["Betrieb der Software".into()];
        customer.processing.nature_and_purpose = "Betrieb der Software für die Kundin".into();
        customer.processing.data_types = vec!["stammdaten".into()];
        customer.processing.data_subjects = vec!["kunden".into()];
        if customer.processing.special_categories == Some(true) {
            customer.processing.special_categories_detail = "Gesundheitsdaten".into();
        }
        let out = assemble(&config, library());
        let errors: Vec<_> = out
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
        assert!(
            out.document
                .markdown
                .contains(&profile.processor.company.name),
            "{name}"
        );
        assert!(check(&out).complete(), "{name}");
        // No example profile sets the cover page, so each build starts with it.
        assert!(
            out.document.sections.iter().any(|s| s.id == "eckdaten"),
            "{name}: the cover page is on in vendor builds"
        );
    }
}

#[test]
fn the_example_profile_embeds_its_logo_and_colour() {
    let (_, profile) = profiles()
        .into_iter()
        .find(|(path, _)| path.ends_with("personalwolke.toml"))
        .expect("the profile of the end-to-end tests");
    let logo = profile.look.logo.clone().expect("a logo");
    assert_eq!(logo.media_type, "image/svg+xml");
    assert_eq!(profile.look.accent.as_deref(), Some("#1f5f8b"));
    // The compiled form a build embeds carries both.
    let compiled = Profile::from_compiled(&profile.compiled(), library().options()).unwrap();
    assert_eq!(compiled.look.logo.as_ref(), Some(&logo));
}
