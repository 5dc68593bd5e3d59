//! Unit tests of loading: every rule names file and line.

use super::*;

/// The real catalogues, so that only the clause under test varies.
fn with_catalogues(clause: &str) -> Vec<SourceFile<'_>> {
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

fn load(text: &str) -> Result<ClauseLibrary, LibraryError> {
    ClauseLibrary::load(&with_catalogues(text))
}

fn err(text: &str) -> String {
    load(text).unwrap_err().to_string()
}

const HEAD: &str = "+++\nid = \"a\"\ntitle = \"A\"\norder = 1\nkind = \"section\"\n";

#[test]
fn a_valid_clause_loads() {
    let library = load(&format!(
        "{HEAD}+++\nDer {{{{ an.nom }}}} gemäß [[ziffer:a#x]].\n\n[[absatz:x]] Text.\n"
    ))
    .unwrap();
    assert_eq!(library.clauses().len(), 1);
}

#[test]
fn unknown_key_names_file_and_line() {
    assert!(
        err(&format!("{HEAD}whn = 1\n+++\nText\n"))
            .starts_with("clauses/x.md line 6: unknown field `whn`")
    );
}

#[test]
fn template_error_names_file_and_line() {
    assert!(err(&format!("{HEAD}+++\nText\n{{{{ x | }}}} y\n")).contains("clauses/x.md:8:8"));
}

#[test]
fn bad_id_is_refused() {
    let text = "+++\nid = \"Ab c\"\ntitle = \"A\"\norder = 1\nkind = \"section\"\n+++\nText\n";
    assert!(err(text).starts_with("clauses/x.md line 2: id `Ab c`"));
}

#[test]
fn unknown_predicate_is_refused() {
    let e = err(&format!("{HEAD}condition = \"indemnitty\"\n+++\nText\n"));
    assert_eq!(
        e,
        "clauses/x.md line 6: condition: unknown predicate `indemnitty`"
    );
}

#[test]
fn unknown_coverage_is_refused() {
    let e = err(&format!("{HEAD}covers = [\"P38\"]\n+++\nText\n"));
    assert!(
        e.starts_with("clauses/x.md line 6: covers names unknown"),
        "{e}"
    );
}

#[test]
fn unknown_variable_names_its_line() {
    let e = err(&format!(
        "{HEAD}+++\nText\n\n{{% if when.indemnitty %}}x{{% endif %}}\n"
    ));
    assert_eq!(e, "clauses/x.md line 9: unknown variable `when.indemnitty`");
}

#[test]
fn dangling_references_are_refused() {
    let e = err(&format!("{HEAD}+++\nSiehe [[ziffer:gibt-es-nicht]].\n"));
    assert_eq!(
        e,
        "clauses/x.md line 7: reference to unknown clause `gibt-es-nicht`"
    );
    let e = err(&format!("{HEAD}+++\nText\nSiehe [[ziffer:a#fehlt]].\n"));
    assert_eq!(
        e,
        "clauses/x.md line 8: clause `a` has no paragraph labelled `fehlt`"
    );
    let e = err(&format!("{HEAD}+++\nSiehe [[anlage:a]].\n"));
    assert!(e.contains("must name an annex"), "{e}");
}

#[test]
fn missing_front_matter_is_refused() {
    assert_eq!(
        load("# Nur Text\n").unwrap_err(),
        LibraryError::MissingFrontMatter {
            path: "clauses/x.md".into()
        }
    );
}
