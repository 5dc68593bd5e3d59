//! Checks of third-country transfers by subprocessors (P10, P36): every transfer needs a basis
//! under Chapter V DSGVO, and a contract that keeps the data in the EU/EEA cannot list a
//! subprocessor that transfers them out of it.

use super::config::*;
use super::diagnostic::Diagnostic;
use super::field::{FieldPath, List};

/// The option that says where the data may be processed.
const PLACE: &str = "place";

/// The value of [`PLACE`] that allows transfers to third countries.
const THIRD_COUNTRIES: &str = "third_countries";

/// Names of the member states of the EU and the other EEA states, in lower case: German and
/// English names and the two-letter codes, as a vendor types them into the column "Land".
const EU_EEA: &[&str] = &[
    "belgien",
    "belgium",
    "be",
    "bulgarien",
    "bulgaria",
    "bg",
    "dänemark",
    "denmark",
    "dk",
    "deutschland",
    "germany",
    "de",
    "estland",
    "estonia",
    "ee",
    "finnland",
    "finland",
    "fi",
    "frankreich",
    "france",
    "fr",
    "griechenland",
    "greece",
    "gr",
    "irland",
    "ireland",
    "ie",
    "italien",
    "italy",
    "it",
    "kroatien",
    "croatia",
    "hr",
    "lettland",
    "latvia",
    "lv",
    "litauen",
    "lithuania",
    "lt",
    "luxemburg",
    "luxembourg",
    "lu",
    "malta",
    "mt",
    "niederlande",
    "netherlands",
    "nl",
    "österreich",
    "austria",
    "at",
    "polen",
    "poland",
    "pl",
    "portugal",
    "pt",
    "rumänien",
    "romania",
    "ro",
    "schweden",
    "sweden",
    "se",
    "slowakei",
    "slovakia",
    "sk",
    "slowenien",
    "slovenia",
    "si",
    "spanien",
    "spain",
    "es",
    "tschechien",
    "czechia",
    "cz",
    "ungarn",
    "hungary",
    "hu",
    "zypern",
    "cyprus",
    "cy",
    "island",
    "iceland",
    "is",
    "liechtenstein",
    "li",
    "norwegen",
    "norway",
    "no",
    "eu",
    "ewr",
    "eea",
];

/// True if a country as typed names an EU or EEA state ("Bundesrepublik Deutschland",
/// "Irland (EU)", "DE").
pub fn in_eu_eea(country: &str) -> bool {
    country
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| EU_EEA.contains(&word))
}

/// The subprocessors' transfers against their bases and the agreed place of processing.
pub fn subprocessor_transfers(config: &DpaConfig, sub: &str, out: &mut Vec<Diagnostic>) {
    let choices = &config.customer.choices;
    let place_allows_transfers = choices.is(PLACE, THIRD_COUNTRIES);
    for (i, s) in config.processor.subprocessors.iter().enumerate() {
        let n = i + 1;
        let name = match s.name.trim() {
            "" => format!("{sub} {n}"),
            named => format!("{sub} {n} ({named})"),
        };
        let remote = s.remote_access.trim();
        let transfers = s.safeguard != TransferSafeguard::NotNeeded || !remote.is_empty();
        if !place_allows_transfers && transfers {
            out.push(Diagnostic::error(
                FieldPath::choice(PLACE),
                format!(
                    "Widerspruch: {name} übermittelt Daten in ein Drittland oder greift von dort auf sie zu, der Vertrag erlaubt aber nur eine Verarbeitung in der EU bzw. im EWR. Erlauben Sie Drittländer beim Ort der Verarbeitung oder ersetzen Sie den {sub}."
                ),
            ));
        }
        if s.safeguard == TransferSafeguard::NotNeeded {
            if !remote.is_empty() {
                out.push(Diagnostic::error(
                    FieldPath::entry(List::Subprocessors, i, "safeguard"),
                    format!(
                        "{name} greift aus einem Drittland auf die Daten zu („{remote}“); auch das ist eine Übermittlung. Wählen Sie die Garantie, auf die sie sich stützt."
                    ),
                ));
            } else if !s.country.trim().is_empty() && !in_eu_eea(&s.country) {
                out.push(Diagnostic::warning(
                    FieldPath::entry(List::Subprocessors, i, "safeguard"),
                    format!(
                        "{name} hat seinen Sitz in „{}“, also nicht in der EU oder im EWR, aber keine Garantie für die Übermittlung ist gewählt. Wählen Sie die Garantie; nur wenn weder der {sub} noch sein Konzern von dort auf die Daten zugreifen kann, ist keine nötig.",
                        s.country.trim()
                    ),
                ));
            }
        }
        if s.safeguard == TransferSafeguard::DataPrivacyFramework
            && !s.country.trim().is_empty()
            && !is_usa(&s.country)
        {
            out.push(Diagnostic::error(
                FieldPath::entry(List::Subprocessors, i, "safeguard"),
                format!(
                    "{name}: Der EU-US-Datenschutzrahmen gilt nur für Empfänger in den USA, das Land ist aber „{}“.",
                    s.country.trim()
                ),
            ));
        }
    }
}

/// True if a country as typed names the United States.
fn is_usa(country: &str) -> bool {
    let lower = country.to_lowercase();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| ["usa", "us", "vereinigte", "united"].contains(&w))
        && !lower.contains("königreich")
        && !lower.contains("kingdom")
        && !lower.contains("emirate")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eu_and_eea_states_are_recognised_as_typed() {
        for country in [
            "Deutschland",
            "Bundesrepublik Deutschland",
            "IE",
            "Irland (EU)",
            "Norwegen",
        ] {
            assert!(in_eu_eea(country), "{country}");
        }
        for country in ["USA", "Indien", "Schweiz", "Vereinigtes Königreich"] {
            assert!(!in_eu_eea(country), "{country}");
        }
        assert!(
            is_usa("USA") && is_usa("Vereinigte Staaten") && is_usa("United States of America")
        );
        assert!(!is_usa("Vereinigtes Königreich") && !is_usa("Vereinigte Arabische Emirate"));
    }
}
