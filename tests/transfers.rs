//! Third-country transfers per subprocessor (issue 14, module 1): a transfer without a basis is
//! an open point, a subprocessor abroad under an "EU/EEA only" agreement is a contradiction named
//! by the subprocessor, the Data Privacy Framework only carries recipients in the USA, remote
//! access counts as a transfer, and the annex names the adequacy decision and the access.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use avv::engine::config::{
    ChoiceValue, DpaConfig, Representative, Subprocessor, TransferSafeguard,
};
use avv::engine::{Severity, assemble};
use common::{complete, library};

/// A complete configuration with one subprocessor and the given place of processing.
fn with_sub(place: &str, sub: Subprocessor) -> DpaConfig {
    let mut c = complete("Muster GmbH");
    c.customer.choices.set(
        "subprocessing",
        ChoiceValue::Word("general_authorisation".into()),
    );
    c.customer
        .choices
        .set("place", ChoiceValue::Word(place.into()));
    c.processor.locations = vec!["Frankfurt am Main".into()];
    c.processor.subprocessors = vec![sub];
    c
}

fn sub(country: &str, safeguard: TransferSafeguard, remote_access: &str) -> Subprocessor {
    Subprocessor {
        name: "Beispiel Support Ltd.".into(),
        address: "1 Road, Somewhere".into(),
        country: country.into(),
        service: "Support".into(),
        location: "Frankfurt am Main".into(),
        safeguard,
        remote_access: remote_access.into(),
    }
}

/// Messages of a severity about subprocessors and the place of processing.
fn messages(config: &DpaConfig, severity: Severity) -> Vec<String> {
    assemble(config, library())
        .diagnostics
        .into_iter()
        .filter(|d| d.severity == severity)
        .filter(|d| {
            d.field.as_ref().is_some_and(|f| {
                let f = f.to_string();
                f.starts_with("processor.subprocessors") || f == "customer.choices.place"
            })
        })
        .map(|d| d.message)
        .collect()
}

#[test]
fn a_transfer_under_an_eu_only_agreement_is_a_contradiction_naming_the_subprocessor() {
    let us = sub("USA", TransferSafeguard::DataPrivacyFramework, "");
    let errors = messages(&with_sub("eu_eea", us.clone()), Severity::Error);
    assert!(
        errors
            .iter()
            .any(|m| m.starts_with("Widerspruch") && m.contains("Beispiel Support Ltd.")),
        "{errors:?}"
    );
    assert!(messages(&with_sub("third_countries", us), Severity::Error).is_empty());
}

#[test]
fn remote_access_from_a_third_country_needs_a_basis() {
    let india = sub(
        "Deutschland",
        TransferSafeguard::NotNeeded,
        "Indien: Support",
    );
    let errors = messages(&with_sub("third_countries", india), Severity::Error);
    assert!(
        errors
            .iter()
            .any(|m| m.contains("auch das ist eine Übermittlung")),
        "{errors:?}"
    );
    let covered = sub(
        "Deutschland",
        TransferSafeguard::StandardContractualClauses,
        "Indien: Support",
    );
    let config = with_sub("third_countries", covered);
    assert!(messages(&config, Severity::Error).is_empty());
    let markdown = assemble(&config, library()).document.markdown;
    assert!(markdown.contains("Zugriff aus Drittländern: Indien: Support"));
    assert!(markdown.contains("im Modul 3 (Übermittlung von einem Auftragsverarbeiter"));
}

#[test]
fn a_subprocessor_seated_outside_the_eu_without_a_basis_is_an_open_point() {
    let warned = |country: &str| {
        messages(
            &with_sub(
                "third_countries",
                sub(country, TransferSafeguard::NotNeeded, ""),
            ),
            Severity::Warning,
        )
        .iter()
        .any(|m| m.contains("nicht in der EU oder im EWR"))
    };
    assert!(warned("USA") && warned("Indien"));
    assert!(!warned("Irland") && !warned("Bundesrepublik Deutschland") && !warned("NO"));
}

#[test]
fn the_data_privacy_framework_carries_only_recipients_in_the_usa() {
    let errors = |country: &str| {
        messages(
            &with_sub(
                "third_countries",
                sub(country, TransferSafeguard::DataPrivacyFramework, ""),
            ),
            Severity::Error,
        )
    };
    assert!(errors("USA").is_empty());
    assert!(
        errors("Indien")
            .iter()
            .any(|m| m.contains("nur für Empfänger in den USA"))
    );
}

#[test]
fn the_annex_names_the_adequacy_decision_of_the_country() {
    let config = with_sub(
        "third_countries",
        sub("Japan", TransferSafeguard::AdequacyDecision, ""),
    );
    let markdown = assemble(&config, library()).document.markdown;
    assert!(
        markdown.contains("Durchführungsbeschluss (EU) 2019/419"),
        "{markdown}"
    );
}

#[test]
fn the_dpf_fallback_and_the_direct_transfer_are_written_out() {
    let mut config = with_sub(
        "third_countries",
        sub("USA", TransferSafeguard::DataPrivacyFramework, ""),
    );
    let markdown = assemble(&config, library()).document.markdown;
    assert!(markdown.contains("Liste der zertifizierten Organisationen"));
    config.processor.eu_representative = Some(Representative {
        name: "Vertretung GmbH".into(),
        address: "Straße 1, Berlin".into(),
        email: "v@example.org".into(),
    });
    let markdown = assemble(&config, library()).document.markdown;
    assert!(
        markdown.contains("Er hat schriftlich einen Vertreter in der Union benannt, der, soweit")
    );
    assert!(
        markdown
            .contains("im Modul 2 (Übermittlung vom Verantwortlichen an den Auftragsverarbeiter)")
    );
}
