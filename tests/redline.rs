//! The findings of the lawyer's first redline (`../shared/reviews/legal-redline-1.md`) stay
//! fixed in every configuration: each assertion names its finding, and runs over random valid
//! configurations generated from the option declarations, so a clause edited later cannot
//! bring a defect back for some combination of choices the goldens do not show.
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "support/generate.rs"]
mod generate;

use avv::engine::assemble;
use avv::engine::config::DpaConfig;
use generate::arb_config;
use proptest::prelude::*;

/// What a finding requires of the document of `config`; `Err` names the finding.
fn findings(config: &DpaConfig, md: &str) -> Result<(), String> {
    let choices = &config.customer.choices;
    let is = |id: &str, v: &str| choices.is(id, v);
    let on = |id: &str| choices.flag(id);
    let must = |ok: bool, finding: &str| if ok { Ok(()) } else { Err(finding.to_owned()) };

    must(
        md.contains("zur Ausführung ist er während dieser Zeit nicht verpflichtet")
            && !md.contains("Ausführung der Weisung erst"),
        "K4: no duty to carry out an instruction the processor holds unlawful",
    )?;
    must(
        !(is("evidence_effect", "supplement") && md.contains("tritt an die Stelle")),
        "K3: evidence that only supplements never replaces an inspection",
    )?;
    must(
        !is("evidence_effect", "replaces_independent")
            || !md.contains("Nachweise, die der")
            || md.contains("ergänzen die Kontrollen, ersetzen sie aber nicht"),
        "M4: self-declarations never replace an inspection",
    )?;
    must(
        !is("subprocessing", "general_authorisation")
            || !is("objection_window", "notice_period")
            || md.contains("dass die Änderung als genehmigt gilt, wenn"),
        "M13: the notice says what silence means",
    )?;
    must(
        md.contains("erstreckt sich die Kündigung auf den Hauptvertrag"),
        "M1: the customer's termination reaches the main contract",
    )?;
    must(
        !is("subprocessing", "general_authorisation")
            || is("objection_termination", "none")
            || md.contains("diesen Vertrag und den Hauptvertrag kündigen"),
        "M1: the vendor's termination after an objection reaches the main contract",
    )?;
    must(
        !md.contains("Löschzyklen")
            && md.contains("(Wahlfrist)")
            && md.contains("Aus Datensicherungen werden die Daten nicht einzeln entfernt")
            && md.contains("dass sie vollständig ist"),
        "M2: choice deadline, backups, deletion confirmation, no undefined deletion cycles",
    )?;
    must(
        !md.contains("ohnehin selbst treffen"),
        "M5: no circular fee rule",
    )?;
    must(
        md.contains("Art. 48 DSGVO")
            && !md.contains("gesetzlich zu einer Übermittlung verpflichtet"),
        "M6: third-country requests under Art. 48, legal duties only under EU or member-state law",
    )?;
    must(
        !is("audit_notice", "announced") || md.contains("genügt eine Ankündigung"),
        "M3: short notice for audits with cause",
    )?;
    must(
        md.contains("gesetzlichen Vertreter") || md.contains("als weisungsberechtigt benannten"),
        "M8: someone is entitled to give instructions",
    )?;
    must(
        !md.contains("mit besonderer Strenge"),
        "M10: concrete measures, not 'strictness'",
    )?;
    must(
        md.contains("Art. 82 Abs. 5 DSGVO"),
        "M12: an explicit liability rule",
    )?;
    must(
        !(on("cyber_insurance") && on("extraordinary_termination"))
            || md.contains("die Cyber-Versicherung nach"),
        "M1: a lapsed insurance is a ground for termination",
    )?;
    must(
        !md.contains("Anstelle der unwirksamen"),
        "m1: no replacement clause in standard terms",
    )?;
    must(
        !md.contains("abgeschlossen haben"),
        "m2: entry into force names the event",
    )?;
    must(
        !md.contains("trägt den Stand"),
        "m3: version and date apart",
    )?;
    must(
        !md.contains("Arbeitstag")
            && md.contains("Werktage im Sinne dieses Vertrags")
            && !regex_like_ordinal(md),
        "m14: deadlines in words, Werktage defined",
    )?;
    must(
        md.contains("drei Jahren nach dem Ende dieses Vertrags"),
        "m17: instructions documented beyond the end",
    )?;
    must(
        md.contains("Im Verhältnis der Parteien ist"),
        "m18: responsibility between the parties",
    )?;
    must(md.contains("Art. 4 Nr. 7"), "m19: the roles named")?;
    must(
        md.contains("Soweit ihn keine eigene gesetzliche Aufbewahrungspflicht trifft"),
        "m24: own retention duties",
    )?;
    if is("terminology", "verantwortlicher_auftragsverarbeiter") {
        must(
            !md.contains("Auftraggeber") && !md.contains("Auftragnehmer"),
            "m8/m9: one terminology in the whole document",
        )?;
    }
    Ok(())
}

/// A period written with a digit and an ordinal dot ("des 3. Arbeitstags", "am 7. Tag").
fn regex_like_ordinal(md: &str) -> bool {
    let words = [
        "Tag", "Tages", "Tags", "Woche", "Werktag", "Werktags", "Monat",
    ];
    md.split_whitespace()
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| {
            w[0].ends_with('.')
                && w[0].len() > 1
                && w[0][..w[0].len() - 1].chars().all(|c| c.is_ascii_digit())
                && words.contains(&w[1].trim_end_matches([',', '.', ';']))
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(192), ..ProptestConfig::default() })]

    #[test]
    fn the_redline_stays_fixed(config in arb_config()) {
        let md = assemble(&config, common::library()).document.markdown;
        if let Err(finding) = findings(&config, &md) {
            prop_assert!(false, "{finding}");
        }
    }
}

#[test]
fn the_examples_keep_the_redline_fixed() {
    for (name, config) in common::examples() {
        let md = assemble(&config, common::library()).document.markdown;
        findings(&config, &md).unwrap_or_else(|f| panic!("{name}: {f}"));
    }
}

#[test]
fn an_ordinal_period_is_recognised() {
    assert!(regex_like_ordinal("bis zum Ablauf des 3. Werktags nach"));
    assert!(regex_like_ordinal("spätestens am 7. Tag."));
    assert!(!regex_like_ordinal("Ziffer 3. Tage sind Kalendertage"));
}
