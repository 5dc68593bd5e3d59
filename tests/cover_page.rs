//! The cover page of key terms (option `cover_page`, clause `eckdaten`) says what the agreement
//! says: for several configurations, every deadline, amount and count on the cover page is
//! found in the same words in the clause the cover page cites for it, and it is the value the
//! configuration chose. A cover page that drifted from the text (another filter, another
//! option, a stale reference) fails here.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use avv::engine::assemble::{Document, Section};
use avv::engine::config::{ChoiceValue, DpaConfig};
use avv::engine::{Severity, assemble};
use common::{examples, library};

/// A figure on the cover page and where the clause it cites states it: in the row whose topic
/// starts with `row`, the words between `cover.0` and `cover.1` (the end of the cell if empty)
/// must appear in clause `clause` between `body.0` and `body.1`.
struct Figure {
    row: &'static str,
    cover: (&'static str, &'static str),
    clause: &'static str,
    body: (&'static str, &'static str),
}

#[rustfmt::skip]
const FIGURES: &[Figure] = &[
    Figure { row: "Laufzeit", cover: ("mit einer Frist von ", ""), clause: "gegenstand-dauer", body: ("mit einer Frist von ", " ordentlich kündigen") },
    Figure { row: "Laufzeit", cover: ("endet mit Ablauf des ", ""), clause: "gegenstand-dauer", body: ("Er endet mit Ablauf des ", ", ohne") },
    Figure { row: "Meldung von Verletzungen", cover: ("erste Meldung spätestens ", " nach Kenntnis"), clause: "datenpannen", body: ("in jedem Fall spätestens ", " nach dem Zeitpunkt") },
    Figure { row: "Meldung von Verletzungen", cover: ("Bericht spätestens ", " nach Kenntnis"), clause: "datenpannen", body: ("spätestens ", " nach diesem Zeitpunkt") },
    Figure { row: "Neue ", cover: ("Ankündigung mindestens ", " im Voraus"), clause: "unterauftragsverhaeltnisse", body: ("darüber mindestens ", " im Voraus") },
    Figure { row: "Kontrollen", cover: ("nach Ankündigung mindestens ", " vor dem Termin"), clause: "kontrollen", body: ("mindestens ", " vor dem vorgesehenen Termin") },
    Figure { row: "Kontrollen", cover: ("aus konkretem Anlass ", " vorher"), clause: "kontrollen", body: ("genügt eine Ankündigung ", " vor dem Termin") },
    Figure { row: "Löschung und Rückgabe", cover: ("innerhalb von ", " nach dem Ende"), clause: "loeschung-rueckgabe", body: ("innerhalb von ", " nach dem Ende der Verarbeitungsleistungen in Textform") },
    Figure { row: "Löschung und Rückgabe", cover: ("abgeschlossen spätestens ", " nach dem auslösenden Ereignis"), clause: "loeschung-rueckgabe", body: ("Die Löschung ist spätestens ", " nach dem Ereignis abgeschlossen") },
    Figure { row: "Löschung und Rückgabe", cover: ("vorher Ankündigung mindestens ", " im Voraus"), clause: "loeschung-rueckgabe", body: ("mindestens ", " im Voraus in Textform") },
    Figure { row: "Löschung und Rückgabe", cover: ("Datensicherungen spätestens ", " nach Abschluss"), clause: "loeschung-rueckgabe", body: ("werden vielmehr spätestens ", " nach Abschluss der Löschung") },
    Figure { row: "Haftung", cover: ("höchstens ", " Euro je Vertragsjahr"), clause: "haftung", body: ("höchstens bis zu einem Betrag von ", " Euro") },
    Figure { row: "Haftung", cover: ("Vertragsjahr, mindestens ", " Euro"), clause: "haftung", body: ("mindestens aber bis zu einem Betrag von ", " Euro") },
    Figure { row: "Cyber-Versicherung", cover: ("mindestens ", " Euro"), clause: "versicherung", body: ("Deckungssumme von mindestens ", " Euro je Versicherungsfall") },
    Figure { row: "Fassung", cover: ("Version ", ","), clause: "schlussbestimmungen", body: ("trägt die Version ", ",") },
];

/// The agreement with the cover page split off: its rows as (topic, summary, source).
struct Rendered {
    document: Document,
    rows: Vec<(String, String, String)>,
}

impl Rendered {
    fn new(config: &DpaConfig) -> Self {
        let out = assemble(config, library());
        let internal: Vec<_> = out
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error && d.message.contains("Interner Fehler"))
            .collect();
        assert!(internal.is_empty(), "{internal:#?}");
        let document = out.document;
        let cover = section(&document, "eckdaten").expect("the cover page is on");
        let text = &document.markdown[cover.range.clone()];
        let rows = text
            .lines()
            .filter(|l| l.starts_with("| ") && !l.starts_with("| Thema |"))
            .map(|l| {
                let cells: Vec<&str> = l.trim_matches('|').split(" | ").map(str::trim).collect();
                assert_eq!(cells.len(), 3, "a row of three cells: {l}");
                (
                    cells[0].to_owned(),
                    cells[1].to_owned(),
                    cells[2].to_owned(),
                )
            })
            .collect();
        Self { document, rows }
    }

    /// The summary and source of the row whose topic starts with `topic`.
    fn row(&self, topic: &str) -> Option<(&str, &str)> {
        self.rows
            .iter()
            .find(|(t, ..)| t.starts_with(topic))
            .map(|(_, summary, source)| (summary.as_str(), source.as_str()))
    }

    /// The text of clause `id`, without its heading, and how the agreement cites it.
    fn clause(&self, id: &str) -> (&str, String) {
        let s = section(&self.document, id).unwrap_or_else(|| panic!("no clause {id}"));
        let text = &self.document.markdown[s.range.clone()];
        let cited = s.heading.split(" (").next().unwrap_or_default().to_owned();
        (text, cited)
    }
}

fn section<'d>(document: &'d Document, id: &str) -> Option<&'d Section> {
    document.sections.iter().find(|s| s.id == id)
}

/// The text between `before` and the next `after` in `text` (to the end if `after` is empty),
/// for every occurrence of `before`.
fn between<'t>(text: &'t str, (before, after): (&str, &str)) -> Vec<&'t str> {
    text.match_indices(before)
        .filter_map(|(i, _)| {
            let rest = &text[i + before.len()..];
            if after.is_empty() {
                return Some(rest);
            }
            rest.find(after).map(|end| &rest[..end])
        })
        .collect()
}

/// The Ziffern and Anlagen a source cell names, each without its paragraph: "Ziffer 1 und
/// Ziffer 16.3" gives "Ziffer 1" and "Ziffer 16".
fn cited(source: &str) -> Vec<&str> {
    source
        .split(" und ")
        .map(|r| r.split('.').next().unwrap_or(r).trim())
        .collect()
}

/// Checks every figure the cover page shows against the clause it cites; returns the figures
/// found, as "row: value", so a case can say which it expects.
fn figures_agree(name: &str, config: &DpaConfig) -> Vec<String> {
    let rendered = Rendered::new(config);
    let mut found = Vec::new();
    for figure in FIGURES {
        let Some((summary, source)) = rendered.row(figure.row) else {
            continue;
        };
        let Some(value) = between(summary, figure.cover).into_iter().next() else {
            continue;
        };
        let (text, cited) = rendered.clause(figure.clause);
        assert!(
            self::cited(source).contains(&cited.as_str()),
            "{name}: the row „{}“ cites {source}, but the rule is in {cited}",
            figure.row
        );
        assert!(
            between(text, figure.body).contains(&value),
            "{name}: the cover page says „{value}“ in „{}“, {cited} does not:\n{text}",
            figure.row
        );
        found.push(format!("{}: {value}", figure.row.trim()));
    }
    found
}

/// The number of subprocessors on the cover page is the number of rows in their annex.
fn count_agrees(name: &str, config: &DpaConfig) {
    const WORDS: [&str; 6] = ["null", "eins", "zwei", "drei", "vier", "fünf"];
    let rendered = Rendered::new(config);
    let (summary, source) = rendered
        .rows
        .iter()
        .find(|(t, ..)| t.ends_with("bei Vertragsschluss"))
        .map(|(_, s, c)| (s.as_str(), c.as_str()))
        .expect("the row of subprocessors");
    match section(&rendered.document, "anlage-unterauftragnehmer") {
        Some(annex) => {
            let text = &rendered.document.markdown[annex.range.clone()];
            let rows = text.lines().filter(|l| l.starts_with("| ")).count() - 1;
            assert_eq!(summary, format!("Anzahl: {}", WORDS[rows]), "{name}");
            let (_, cited) = rendered.clause("anlage-unterauftragnehmer");
            assert_eq!(source, cited, "{name}");
        }
        None => assert_eq!(summary, "Keine", "{name}"),
    }
}

fn example(name: &str) -> DpaConfig {
    examples()
        .into_iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no example {name}"))
        .1
}

fn set(config: &mut DpaConfig, changes: &[(&str, ChoiceValue)]) {
    for (id, value) in changes {
        config.customer.choices.set(id, value.clone());
    }
}

fn number(n: i64) -> ChoiceValue {
    ChoiceValue::Number(n)
}

fn word(w: &str) -> ChoiceValue {
    ChoiceValue::Word(w.to_owned())
}

#[test]
fn the_examples_with_a_cover_page_repeat_their_figures() {
    let with_cover: Vec<_> = examples()
        .into_iter()
        .filter(|(_, c)| c.customer.choices.flag("cover_page"))
        .collect();
    assert!(with_cover.len() >= 2, "two examples show the cover page");
    for (name, config) in &with_cover {
        let found = figures_agree(name, config);
        assert!(found.len() >= 6, "{name}: only {found:?}");
        count_agrees(name, config);
    }
    let found = figures_agree("hr-saas-versicherung", &example("hr-saas-versicherung"));
    for expected in [
        "Meldung von Verletzungen: achtundvierzig Stunden",
        "Neue: dreißig Tage",
        "Löschung und Rückgabe: neunzig Tage",
        "Cyber-Versicherung: 2.000.000",
        "Fassung: 2.1",
    ] {
        assert!(found.iter().any(|f| f == expected), "{expected}: {found:?}");
    }
}

#[test]
fn changed_figures_change_cover_page_and_text_alike() {
    let mut balanced = example("preset-ausgewogen");
    set(
        &mut balanced,
        &[
            ("cover_page", ChoiceValue::Flag(true)),
            ("duration", word("indefinite")),
            ("notice_weeks", number(6)),
            ("breach_hours", number(36)),
            ("breach_report_days", number(3)),
            ("objection_days", number(21)),
            ("audit_notice", word("reasonable")),
            ("cause_audit_notice_days", number(1)),
            ("end_timing", word("by_end")),
            ("deletion_notice", ChoiceValue::Flag(true)),
            ("deletion_notice_days", number(12)),
            ("deletion_days", number(45)),
            ("backup_retention_days", number(60)),
            ("liability_rule", word("cap")),
            ("liability_cap_basis", word("fixed_amount")),
            ("liability_cap_amount", number(750_000)),
            ("cyber_insurance", ChoiceValue::Flag(true)),
            ("insurance_amount", number(3_000_000)),
        ],
    );
    let found = figures_agree("ausgewogen, geändert", &balanced);
    for expected in [
        "Laufzeit: sechs Wochen",
        "Meldung von Verletzungen: sechsunddreißig Stunden",
        "Meldung von Verletzungen: drei Tage",
        "Neue: einundzwanzig Tage",
        "Kontrollen: einen Werktag",
        "Löschung und Rückgabe: fünfundvierzig Tage",
        "Löschung und Rückgabe: zwölf Werktage",
        "Löschung und Rückgabe: sechzig Tage",
        "Haftung: 750.000",
        "Cyber-Versicherung: 3.000.000",
    ] {
        assert!(found.iter().any(|f| f == expected), "{expected}: {found:?}");
    }
    count_agrees("ausgewogen, geändert", &balanced);

    let mut vendor = example("preset-anbieterfreundlich");
    set(
        &mut vendor,
        &[
            ("cover_page", ChoiceValue::Flag(true)),
            ("duration", word("fixed_term")),
            ("fixed_term_until", word("2028-06-30")),
            ("audit_notice_days", number(45)),
            ("cause_audit_notice_days", number(5)),
            ("return_choice_days", number(14)),
            ("liability_rule", word("cap")),
            ("liability_cap_basis", word("fee_multiple")),
            ("liability_cap_multiple", number(3)),
            ("liability_cap_minimum", number(400_000)),
        ],
    );
    let found = figures_agree("anbieterfreundlich, geändert", &vendor);
    for expected in [
        "Laufzeit: 30.06.2028",
        "Kontrollen: fünfundvierzig Tage",
        "Kontrollen: fünf Werktage",
        "Löschung und Rückgabe: vierzehn Tagen",
        "Haftung: 400.000",
    ] {
        assert!(found.iter().any(|f| f == expected), "{expected}: {found:?}");
    }
    // Without fixed deadlines, the cover page promises none either.
    let rendered = Rendered::new(&vendor);
    let (breach, _) = rendered.row("Meldung von Verletzungen").unwrap();
    assert!(
        breach.starts_with("Unverzüglich, ohne feste Frist"),
        "{breach}"
    );

    let mut minimal = example("minimal");
    set(
        &mut minimal,
        &[
            ("cover_page", ChoiceValue::Flag(true)),
            ("subprocessing", word("not_permitted")),
        ],
    );
    minimal.processor.subprocessors.clear();
    figures_agree("minimal", &minimal);
    count_agrees("minimal", &minimal);
    let rendered = Rendered::new(&minimal);
    let (subprocessing, _) = rendered.row("Neue ").unwrap();
    assert!(
        subprocessing.starts_with("Nicht zugelassen"),
        "{subprocessing}"
    );
}

#[test]
fn the_cover_page_is_off_unless_chosen_and_says_it_does_not_bind() {
    let mut config = example("preset-ausgewogen");
    let without = assemble(&config, library()).document;
    assert!(section(&without, "eckdaten").is_none());
    config
        .customer
        .choices
        .set("cover_page", ChoiceValue::Flag(true));
    let rendered = Rendered::new(&config);
    let ids: Vec<&str> = rendered
        .document
        .sections
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(ids[..3], ["parteien", "eckdaten", "praeambel"]);
    let cover = section(&rendered.document, "eckdaten").unwrap();
    let text = &rendered.document.markdown[cover.range.clone()];
    assert!(
        text.contains("maßgeblich ist allein der Vertragstext"),
        "{text}"
    );
    // The cover page adds no Ziffer: the numbers of the text stay as they were.
    let numbered = |d: &Document| -> Vec<String> {
        d.sections
            .iter()
            .filter(|s| s.id != "eckdaten")
            .map(|s| s.heading.clone())
            .collect()
    };
    assert_eq!(numbered(&without), numbered(&rendered.document));
}
