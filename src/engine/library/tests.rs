//! Unit tests of loading: every rule names file, line and what to do, and all mistakes come at
//! once.

use super::*;

/// The shipped data files (options, checks, catalogues), so that only the clause under test
/// varies, plus the clauses the questionnaire's sections show.
fn with_data(clause: &str) -> Vec<SourceFile<'_>> {
    let mut sources: Vec<SourceFile<'_>> = crate::shipped::clause_sources()
        .into_iter()
        .filter(|s| s.path.ends_with(".toml"))
        .collect();
    sources.push(SourceFile {
        path: "clauses/x.md",
        text: clause,
    });
    sources
}

/// Loads only the clause under test; the shipped clauses are left out, so the section and
/// visibility checks report what the test clause lacks. Returns the errors about `x.md`.
fn errors_in(text: &str) -> Vec<LibraryError> {
    match ClauseLibrary::load(&with_data(text)) {
        Ok(_) => Vec::new(),
        Err(LibraryErrors(errors)) => errors
            .into_iter()
            .filter(|e| e.path == "clauses/x.md")
            .collect(),
    }
}

fn first(text: &str) -> String {
    errors_in(text)
        .first()
        .map(ToString::to_string)
        .unwrap_or_default()
}

const HEAD: &str = "+++\nid = \"a\"\ntitle = \"A\"\norder = 1\nkind = \"section\"\n";

#[test]
fn a_valid_clause_has_no_errors() {
    let errors = errors_in(&format!(
        "{HEAD}+++\nDer {{{{ an.nom }}}} gemäß [[ziffer:a#x]].\n\n[[absatz:x]] Text.\n"
    ));
    assert_eq!(errors, vec![]);
}

#[test]
fn unknown_key_names_file_line_and_the_likely_key() {
    let e = first(&format!("{HEAD}conditon = \"always\"\n+++\nText\n"));
    assert!(
        e.starts_with("clauses/x.md:6:1: Unbekannter Schlüssel `conditon`."),
        "{e}"
    );
    assert!(e.contains("Meinten Sie `condition`?"), "{e}");
}

#[test]
fn template_error_names_file_line_and_column() {
    let e = first(&format!("{HEAD}+++\nText\n{{{{ x | }}}} y\n"));
    assert!(e.starts_with("clauses/x.md:8:"), "{e}");
    assert!(e.contains("Vorlagenfehler"), "{e}");
}

#[test]
fn bad_id_is_refused() {
    let text = "+++\nid = \"Ab c\"\ntitle = \"A\"\norder = 1\nkind = \"section\"\n+++\nText\n";
    assert!(first(text).starts_with("clauses/x.md:2: Die Id `Ab c` ist ungültig"));
}

#[test]
fn unknown_names_in_conditions_get_a_suggestion() {
    let e = first(&format!("{HEAD}condition = \"indemnitty\"\n+++\nText\n"));
    assert!(
        e.starts_with(
            "clauses/x.md:6: Bedingung: Unbekannte Option oder unbekanntes Prädikat `indemnitty`."
        ),
        "{e}"
    );
    assert!(e.contains("Meinten Sie `indemnity`?"), "{e}");
    let e = first(&format!(
        "{HEAD}condition = \"audit_notice.remote_only\"\n+++\nText\n"
    ));
    assert!(
        e.contains("Die Option `audit_notice` hat keinen Wert `remote_only`"),
        "{e}"
    );
}

#[test]
fn unknown_coverage_is_refused() {
    let e = first(&format!("{HEAD}covers = [\"P38\"]\n+++\nText\n"));
    assert!(e.starts_with("clauses/x.md:6: `covers` nennt `P38`"), "{e}");
}

#[test]
fn unknown_variables_name_line_column_excerpt_and_suggestion() {
    let errors = errors_in(&format!(
        "{HEAD}+++\nText\n\n{{% if o.indemnitty %}}x{{% endif %}} und {{{{ ag.dta }}}}\n"
    ));
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 2, "{shown:#?}");
    assert_eq!((errors[0].line, errors[0].column), (9, Some(1)));
    assert_eq!(errors[0].message, "Unbekannte Variable `o.indemnitty`.");
    assert_eq!(
        errors[0].hint.as_deref(),
        Some("Meinten Sie `o.indemnity`?")
    );
    assert_eq!(errors[1].hint.as_deref(), Some("Meinten Sie `ag.dat`?"));
    assert!(shown[1].contains("| {% if o.indemnitty %}x{% endif %} und {{ ag.dta }}"));
}

#[test]
fn a_value_no_option_has_is_refused_in_templates() {
    let e = first(&format!(
        "{HEAD}+++\n{{% if o.audit_notice.remote_only %}}x{{% endif %}}\n"
    ));
    assert!(
        e.contains("Unbekannte Variable `o.audit_notice.remote_only`"),
        "{e}"
    );
    assert!(
        e.contains("Bekannt unter `o.audit_notice.`: announced, any_time"),
        "{e}"
    );
}

#[test]
fn dangling_references_are_refused() {
    let e = first(&format!("{HEAD}+++\nSiehe [[ziffer:gibt-es-nicht]].\n"));
    assert_eq!(
        e,
        "clauses/x.md:7:7: Verweis auf die unbekannte Klausel `gibt-es-nicht`.\n    | Siehe [[ziffer:gibt-es-nicht]]."
    );
    let e = first(&format!("{HEAD}+++\nText\nSiehe [[ziffer:a#fehlt]].\n"));
    assert!(
        e.starts_with("clauses/x.md:8:7: Die Klausel `a` hat keinen Absatz mit der Marke `fehlt`."),
        "{e}"
    );
    assert!(first(&format!("{HEAD}+++\nSiehe [[anlage:a]].\n")).contains("muss eine Anlage"));
}

#[test]
fn missing_front_matter_is_refused() {
    assert_eq!(
        first("# Nur Text\n"),
        "clauses/x.md:1: Die Datei beginnt nicht mit einem Kopf zwischen zwei `+++`-Zeilen."
    );
}

#[test]
fn every_mistake_of_a_file_is_reported_at_once() {
    let text = format!(
        "{HEAD}condition = \"indemnitty\"\ncovers = [\"P99\"]\n+++\n{{{{ ag.dta }}}} [[ziffer:nirgends]]\n"
    );
    // A wrong header does not hide the mistakes in the text.
    let errors: Vec<String> = errors_in(&text).iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 4, "{errors:#?}");
    for expected in ["indemnitty", "P99", "ag.dta", "nirgends"] {
        assert!(
            errors.iter().any(|e| e.contains(expected)),
            "{expected}: {errors:#?}"
        );
    }
}
