//! Required fields and contradictions of the structure: parties, lists, catalogue ids, e-mail
//! addresses, and dates or texts an applicable option requires. (Checks that depend on the
//! legal choices are data: `clauses/pruefungen.toml`.)
//!
//! Each finding names its [`FieldPath`], so the UI can lead to it.

use super::catalogue::{Catalogues, TERMINOLOGY};
use super::config::*;
use super::diagnostic::Diagnostic;
use super::field::{Field, FieldPath, List};
use super::options::{CONTROLLER_BY_REFERENCE, EFFECTIVE_DATE, OptionSet};

/// Missing required values and contradictions in `config`.
pub fn validate(
    config: &DpaConfig,
    options: &OptionSet,
    catalogues: &Catalogues,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let customer = &config.customer;
    let processing = &customer.processing;
    // Messages name the parties as the agreement does.
    let terms = catalogues.terms.parties(customer.choices.word(TERMINOLOGY));
    let sub = &catalogues
        .terms
        .subprocessors(customer.choices.word(TERMINOLOGY))
        .base;
    // A vendor's published form names the controller through the main contract.
    if !customer.choices.flag(CONTROLLER_BY_REFERENCE) {
        party(
            &mut out,
            Side::Controller,
            &terms.controller.nom,
            &customer.controller,
        );
    }
    party(
        &mut out,
        Side::Processor,
        &terms.processor.nom,
        &config.processor.company,
    );

    let mut need = |field: Field, value: bool, message: &str| {
        if !value {
            out.push(Diagnostic::error(FieldPath::Fixed(field), message));
        }
    };
    need(
        Field::NatureAndPurpose,
        !processing.nature_and_purpose.trim().is_empty(),
        "Art und Zweck der Verarbeitung fehlen.",
    );
    need(
        Field::DataTypes,
        !processing.data_types.is_empty()
            || processing
                .custom_data_types
                .iter()
                .any(|t| !t.trim().is_empty()),
        "Wählen Sie mindestens eine Art personenbezogener Daten.",
    );
    need(
        Field::DataSubjects,
        !processing.data_subjects.is_empty()
            || processing
                .custom_data_subjects
                .iter()
                .any(|t| !t.trim().is_empty()),
        "Wählen Sie mindestens eine Kategorie betroffener Personen.",
    );
    need(
        Field::SpecialCategoriesDetail,
        processing.special_categories != Some(true)
            || !processing.special_categories_detail.trim().is_empty(),
        "Besondere Kategorien: Geben Sie an, welche Daten nach Art. 9 oder 10 DSGVO verarbeitet werden.",
    );
    // With the vendor's own description as the annex, the catalogue list is optional.
    need(
        Field::TomMeasures,
        customer.choices.is("tom_source", "vendor_document")
            || !config.processor.tom.measures.is_empty()
            || config
                .processor
                .tom
                .custom
                .iter()
                .any(|m| !m.text.trim().is_empty()),
        "Es sind keine technischen und organisatorischen Maßnahmen ausgewählt.",
    );
    match &config.processor.dpo {
        DpoArrangement::Named { person, .. } | DpoArrangement::ContactPerson { person } => need(
            Field::DpoName,
            !person.name.trim().is_empty(),
            "Datenschutzbeauftragter: Der Name fehlt.",
        ),
        DpoArrangement::AppointedIfRequired => {}
    }

    for decl in options.all().iter().filter(|o| o.required) {
        if decl.applies.eval(config, catalogues)
            && customer.choices.word(&decl.id).trim().is_empty()
        {
            out.push(Diagnostic::error(
                FieldPath::choice(&decl.id),
                format!("{}: Bitte ausfüllen.", decl.label),
            ));
        }
    }

    super::validate_consistency::terminology_in_typed_text(config, &mut out);
    super::validate_consistency::subprocessor_locations(config, sub, &mut out);
    super::validate_transfer::subprocessor_transfers(config, sub, &mut out);
    super::validate_tom::special_categories(config, catalogues, &mut out);
    super::validate_tom::tom(config, catalogues, &mut out);

    // A data protection officer who gives or receives instructions decides on purposes and
    // means, which Art. 38(6) DSGVO rules out (CJEU C-453/21, X-FAB).
    for (i, k) in customer.contacts.iter().enumerate() {
        let instructs = matches!(
            k.role,
            ContactRole::IssuesInstructions | ContactRole::ReceivesInstructions
        );
        let function = k.function.to_lowercase();
        if instructs && (function.contains("datenschutzbeauftragt") || function.contains("dsb")) {
            out.push(Diagnostic::warning(
                FieldPath::entry(List::Contacts, i, "role"),
                format!(
                    "Kontakt {}: Ein Datenschutzbeauftragter sollte keine Weisungen erteilen oder entgegennehmen; das kann seine Unabhängigkeit gefährden (Art. 38 Abs. 6 DSGVO). Benennen Sie ihn als Datenschutzbeauftragten und eine andere Person für Weisungen.",
                    i + 1
                ),
            ));
        }
    }

    let mut emails: Vec<(FieldPath, &str)> = Vec::new();
    match &config.processor.dpo {
        DpoArrangement::Named { person, .. } | DpoArrangement::ContactPerson { person } => {
            emails.push((FieldPath::Fixed(Field::DpoEmail), &person.email));
        }
        DpoArrangement::AppointedIfRequired => {}
    }
    if let Some(p) = &config.processor.tom.security_contact {
        emails.push((FieldPath::Fixed(Field::SecurityContactEmail), &p.email));
    }
    if let Some(r) = &config.processor.eu_representative {
        emails.push((FieldPath::Fixed(Field::EuRepresentativeEmail), &r.email));
    }
    for (i, k) in customer.contacts.iter().enumerate() {
        emails.push((
            FieldPath::entry(List::Contacts, i, "email"),
            &k.person.email,
        ));
    }
    for (field, email) in emails {
        if !email.trim().is_empty() && !plausible_email(email.trim()) {
            out.push(Diagnostic::error(
                field,
                format!("„{}“ ist keine gültige E-Mail-Adresse.", email.trim()),
            ));
        }
    }

    for (i, s) in config.processor.subprocessors.iter().enumerate() {
        for (field, value, label) in [
            ("name", &s.name, "Name"),
            ("service", &s.service, "Leistung"),
            ("location", &s.location, "Ort der Verarbeitung"),
        ] {
            if value.trim().is_empty() {
                out.push(Diagnostic::error(
                    FieldPath::entry(List::Subprocessors, i, field),
                    format!("{sub} {}: {label} fehlt.", i + 1),
                ));
            }
        }
        if s.safeguard == TransferSafeguard::Derogation {
            out.push(Diagnostic::warning(
                FieldPath::entry(List::Subprocessors, i, "safeguard"),
                "Die Ausnahme nach Art. 49 DSGVO trägt nur gelegentliche Übermittlungen; für einen dauerhaft eingesetzten Unterauftragnehmer sind Standardvertragsklauseln oder ein Angemessenheitsbeschluss die sichere Grundlage.",
            ));
        }
    }
    let unknown = |list: List, i: usize| FieldPath::Entry {
        list,
        index: i,
        field: None,
    };
    for (i, id) in processing.data_types.iter().enumerate() {
        if catalogues.data_type(id).is_none() {
            out.push(Diagnostic::error(
                unknown(List::DataTypes, i),
                format!("Unbekannte Datenart „{id}“."),
            ));
        }
    }
    for (i, id) in processing.data_subjects.iter().enumerate() {
        if catalogues.data_subject(id).is_none() {
            out.push(Diagnostic::error(
                unknown(List::DataSubjects, i),
                format!("Unbekannte Kategorie betroffener Personen „{id}“."),
            ));
        }
    }
    for (i, id) in config.processor.tom.measures.iter().enumerate() {
        if catalogues.tom.group_of(id).is_none() {
            out.push(Diagnostic::error(
                unknown(List::TomMeasures, i),
                format!("Unbekannte Maßnahme „{id}“."),
            ));
        }
    }
    for (i, m) in config.processor.tom.custom.iter().enumerate() {
        if !catalogues.tom.group.iter().any(|g| g.id == m.group) {
            out.push(Diagnostic::error(
                FieldPath::entry(List::TomCustom, i, "group"),
                format!("Unbekannte Maßnahmengruppe „{}“.", m.group),
            ));
        }
    }
    out
}

/// Checks that depend on the day: an effective date before today would make the agreement
/// apply retroactively.
pub fn dates(config: &DpaConfig, options: &OptionSet, today: Date) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let id = EFFECTIVE_DATE;
    if options.get(id).is_some()
        && let Ok(date) = Date::parse_iso(config.customer.choices.word(id))
        && date < today
    {
        out.push(Diagnostic::warning(
            FieldPath::choice(id),
            format!(
                "Das Datum des Inkrafttretens ({}) liegt vor dem heutigen Tag; der Vertrag gälte rückwirkend. Prüfen Sie das Datum oder lassen Sie es leer, damit der Vertrag mit dem Abschluss in Kraft tritt.",
                date.german()
            ),
        ));
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
fn party(out: &mut Vec<Diagnostic>, side: Side, who: &str, party: &Party) {
    let fields = match side {
        Side::Controller => [
            Field::ControllerName,
            Field::ControllerStreet,
            Field::ControllerPostalCode,
            Field::ControllerCity,
            Field::ControllerCountry,
        ],
        Side::Processor => [
            Field::ProcessorName,
            Field::ProcessorStreet,
            Field::ProcessorPostalCode,
            Field::ProcessorCity,
            Field::ProcessorCountry,
        ],
    };
    let values = [
        ("Firma", &party.name),
        ("Straße und Hausnummer", &party.street),
        ("Postleitzahl", &party.postal_code),
        ("Ort", &party.city),
        ("Land", &party.country),
    ];
    for (field, (label, value)) in fields.into_iter().zip(values) {
        if value.trim().is_empty() {
            out.push(Diagnostic::error(
                FieldPath::Fixed(field),
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
        out.push(Diagnostic::error(
            FieldPath::Fixed(fields[2]),
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
