//! Required fields and contradictions: what keeps a draft from being a complete agreement.
//!
//! Each finding names the configuration field (dotted path) so the UI can lead to it.

use super::assemble::{Diagnostic, Severity};
use super::catalogue::Catalogues;
use super::config::*;

fn error(field: String, message: String) -> Diagnostic {
    Diagnostic {
        severity: Severity::Error,
        field: Some(field),
        message,
    }
}

/// Missing required values and contradictions in `config`.
pub fn validate(config: &DpaConfig, catalogues: &Catalogues) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let customer = &config.customer;
    let processing = &customer.processing;
    let choices = &customer.choices;
    // Messages name the parties as the agreement does.
    let terms = catalogues.terms.parties(choices.terminology);
    party(
        &mut out,
        "customer.controller",
        &terms.controller.nom,
        &customer.controller,
    );
    party(
        &mut out,
        "processor.company",
        &terms.processor.nom,
        &config.processor.company,
    );

    let mut need = |field: &str, value: bool, message: &str| {
        if !value {
            out.push(error(field.to_owned(), message.to_owned()));
        }
    };
    match choices.subject_basis {
        SubjectBasis::MainContract => need(
            "customer.processing.main_contract.title",
            !processing.main_contract.title.trim().is_empty(),
            "Gegenstand: Die Bezeichnung des Hauptvertrags fehlt.",
        ),
        SubjectBasis::TaskList => need(
            "customer.processing.tasks",
            processing.tasks.iter().any(|t| !t.trim().is_empty()),
            "Gegenstand: Nennen Sie mindestens eine Aufgabe des Auftragnehmers.",
        ),
    }
    need(
        "customer.processing.nature_and_purpose",
        !processing.nature_and_purpose.trim().is_empty(),
        "Art und Zweck der Verarbeitung fehlen.",
    );
    need(
        "customer.processing.data_types",
        !processing.data_types.is_empty()
            || processing
                .custom_data_types
                .iter()
                .any(|t| !t.trim().is_empty()),
        "Wählen Sie mindestens eine Art personenbezogener Daten.",
    );
    need(
        "customer.processing.data_subjects",
        !processing.data_subjects.is_empty()
            || processing
                .custom_data_subjects
                .iter()
                .any(|t| !t.trim().is_empty()),
        "Wählen Sie mindestens eine Kategorie betroffener Personen.",
    );
    need(
        "customer.processing.special_categories_detail",
        !processing.special_categories || !processing.special_categories_detail.trim().is_empty(),
        "Besondere Kategorien: Geben Sie an, welche Daten nach Art. 9 oder 10 DSGVO verarbeitet werden.",
    );
    need(
        "processor.tom.measures",
        !config.processor.tom.measures.is_empty()
            || config
                .processor
                .tom
                .custom
                .iter()
                .any(|m| !m.text.trim().is_empty()),
        "Es sind keine technischen und organisatorischen Maßnahmen ausgewählt.",
    );
    need(
        "processor.subprocessors",
        !matches!(choices.subprocessing, Subprocessing::NotPermitted)
            || config.processor.subprocessors.is_empty(),
        "Unterauftragnehmer sind ausgeschlossen, aber die Liste der Unterauftragnehmer ist nicht leer.",
    );
    match &config.processor.dpo {
        DpoArrangement::Named { person, .. } | DpoArrangement::ContactPerson { person } => need(
            "processor.dpo.person.name",
            !person.name.trim().is_empty(),
            "Datenschutzbeauftragter: Der Name fehlt.",
        ),
        DpoArrangement::AppointedIfRequired => {}
    }

    let mut emails: Vec<(String, &str)> = Vec::new();
    match &config.processor.dpo {
        DpoArrangement::Named { person, .. } | DpoArrangement::ContactPerson { person } => {
            emails.push(("processor.dpo.person.email".into(), &person.email));
        }
        DpoArrangement::AppointedIfRequired => {}
    }
    if let Some(p) = &config.processor.tom.security_contact {
        emails.push(("processor.tom.security_contact.email".into(), &p.email));
    }
    if let Some(r) = &config.processor.eu_representative {
        emails.push(("processor.eu_representative.email".into(), &r.email));
    }
    for (i, k) in customer.contacts.iter().enumerate() {
        emails.push((format!("customer.contacts.{i}.email"), &k.person.email));
    }
    for (field, email) in emails {
        if !email.trim().is_empty() && !plausible_email(email.trim()) {
            out.push(error(
                field,
                format!("„{}“ ist keine gültige E-Mail-Adresse.", email.trim()),
            ));
        }
    }

    for (i, sub) in config.processor.subprocessors.iter().enumerate() {
        for (field, value, label) in [
            ("name", &sub.name, "Name"),
            ("service", &sub.service, "Leistung"),
            ("location", &sub.location, "Ort der Verarbeitung"),
        ] {
            if value.trim().is_empty() {
                out.push(error(
                    format!("processor.subprocessors.{i}.{field}"),
                    format!("Unterauftragnehmer {}: {label} fehlt.", i + 1),
                ));
            }
        }
    }
    for (i, id) in processing.data_types.iter().enumerate() {
        if catalogues.data_type(id).is_none() {
            out.push(error(
                format!("customer.processing.data_types.{i}"),
                format!("Unbekannte Datenart „{id}“."),
            ));
        }
    }
    for (i, id) in processing.data_subjects.iter().enumerate() {
        if catalogues.data_subject(id).is_none() {
            out.push(error(
                format!("customer.processing.data_subjects.{i}"),
                format!("Unbekannte Kategorie betroffener Personen „{id}“."),
            ));
        }
    }
    for (i, id) in config.processor.tom.measures.iter().enumerate() {
        if catalogues.tom.group_of(id).is_none() {
            out.push(error(
                format!("processor.tom.measures.{i}"),
                format!("Unbekannte Maßnahme „{id}“."),
            ));
        }
    }
    for (i, m) in config.processor.tom.custom.iter().enumerate() {
        if !catalogues.tom.group.iter().any(|g| g.id == m.group) {
            out.push(error(
                format!("processor.tom.custom.{i}.group"),
                format!("Unbekannte Maßnahmengruppe „{}“.", m.group),
            ));
        }
    }
    out
}

/// `name@domain.tld` with no spaces: enough to catch typos without rejecting real addresses.
fn plausible_email(email: &str) -> bool {
    match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !email.contains(char::is_whitespace)
                && !domain.contains('@')
                && domain.split('.').count() >= 2
                && domain.split('.').all(|part| !part.is_empty())
        }
        None => false,
    }
}

/// Name and address of a party; a German postal code has five digits.
fn party(out: &mut Vec<Diagnostic>, prefix: &str, who: &str, party: &Party) {
    for (field, label, value) in [
        ("name", "Firma", &party.name),
        ("street", "Straße und Hausnummer", &party.street),
        ("postal_code", "Postleitzahl", &party.postal_code),
        ("city", "Ort", &party.city),
        ("country", "Land", &party.country),
    ] {
        if value.trim().is_empty() {
            out.push(error(
                format!("{prefix}.{field}"),
                format!("{who}: {label} fehlt."),
            ));
        }
    }
    let german = matches!(
        party.country.trim().to_lowercase().as_str(),
        "deutschland" | "germany" | "de"
    );
    let code = party.postal_code.trim();
    if german && !code.is_empty() && !(code.len() == 5 && code.bytes().all(|b| b.is_ascii_digit()))
    {
        out.push(error(
            format!("{prefix}.postal_code"),
            format!("{who}: Eine deutsche Postleitzahl hat fünf Ziffern."),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::plausible_email;

    #[test]
    fn emails_are_checked_for_typos() {
        assert!(plausible_email("dsb@beispiel.example"));
        assert!(plausible_email("a.b+c@x.co.uk"));
        for bad in [
            "dsb",
            "dsb@",
            "@x.de",
            "dsb@x",
            "dsb@x..de",
            "d sb@x.de",
            "a@b@c.de",
        ] {
            assert!(!plausible_email(bad), "{bad}");
        }
    }
}
