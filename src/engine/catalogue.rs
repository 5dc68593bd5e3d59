//! Catalogues as data: data types, data subjects, TOM measures and the words for parties,
//! read from `clauses/kataloge/*.toml` when the library loads. (The words of the legal choices
//! are declared with the options, see [`super::options`].)

use std::collections::BTreeSet;

use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::source::{FilePart, LibraryError};

/// One entry of the data-type or data-subject catalogue.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Stable id, stored in configurations.
    pub id: String,
    /// German label, used in the agreement.
    pub label: String,
    /// Examples shown as help in the form.
    #[serde(default)]
    pub hint: String,
    /// Set for data that are themselves special categories: `art9` or `art10` DSGVO.
    #[serde(default)]
    pub special: Option<SpecialKind>,
    /// Set for data and persons that usually come with special categories (payroll data carry
    /// church tax, applicants' files health data): the question about special categories must
    /// then be answered, and "none" draws a warning.
    #[serde(default)]
    pub indicates_special: bool,
    /// Set for persons and data that come with a professional secret (patients, clients of a
    /// law or tax firm): the secrecy module is then suggested.
    #[serde(default)]
    pub indicates_secrecy: bool,
    /// Set for social data (§ 67 SGB X): the social-data module is then suggested.
    #[serde(default)]
    pub indicates_social_data: bool,
    /// Set for works-council data (§ 79a BetrVG): the works-council module is then suggested.
    #[serde(default)]
    pub indicates_works_council: bool,
}

/// Which article a special category falls under.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpecialKind {
    /// Art. 9(1) DSGVO: health, religion, trade union membership, biometrics, ...
    Art9,
    /// Art. 10 DSGVO: criminal convictions and offences.
    Art10,
}

/// A list of entries (`datenarten.toml`, `betroffene.toml`).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryList {
    /// The entries in display order.
    pub entry: Vec<Entry>,
}

/// One measure of the TOM catalogue.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    /// Stable id, stored in configurations.
    pub id: String,
    /// The measure as written in the annex. A measure whose strength depends on a figure the
    /// vendor knows holds one `{wert}` where that figure goes ("Sperre nach {wert} erfolglosen
    /// Anmeldeversuchen") and names it in `parameter`.
    pub text: String,
    /// What the vendor fills in for `{wert}`, e.g. "Anzahl der Fehlversuche".
    #[serde(default)]
    pub parameter: Option<String>,
}

/// Where the vendor's figure goes in a measure's text.
pub const VALUE_SLOT: &str = "{wert}";

/// A group of measures under one Art. 32 goal (`zutrittskontrolle`, ...).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureGroup {
    /// Stable id.
    pub id: String,
    /// Art. 32 goal key (see `begriffe.toml`, table `goal`).
    pub goal: String,
    /// Heading of the group.
    pub title: String,
    /// What the group ensures, one sentence.
    pub purpose: String,
    /// The measures in display order.
    pub measure: Vec<Measure>,
}

/// The TOM catalogue (`tom.toml`).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TomCatalogue {
    /// Groups in annex order.
    pub group: Vec<MeasureGroup>,
}

impl TomCatalogue {
    /// The group holding a measure id.
    pub fn group_of(&self, measure_id: &str) -> Option<&MeasureGroup> {
        self.group
            .iter()
            .find(|g| g.measure.iter().any(|m| m.id == measure_id))
    }
}

pub use super::terms::*;

/// All catalogues of the library.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Catalogues {
    /// Types of personal data (P06).
    pub data_types: EntryList,
    /// Categories of data subjects (P08).
    pub data_subjects: EntryList,
    /// TOM measures (P35).
    pub tom: TomCatalogue,
    /// Labels of options.
    pub terms: Terms,
    /// Starting points for common services: data types, data subjects and purposes to begin with.
    pub starts: Vec<StartingPoint>,
}

/// A common service (newsletter, payroll, ...) and what its processing usually involves; the
/// questionnaire offers it as a starting point that adds these entries, editable afterwards.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StartingPoint {
    /// Stable id.
    pub id: String,
    /// German name of the service.
    pub label: String,
    /// Purposes in words.
    #[serde(default)]
    pub purposes: Vec<String>,
    /// Data type ids of `datenarten.toml`.
    #[serde(default)]
    pub data_types: Vec<String>,
    /// Data subject ids of `betroffene.toml`.
    #[serde(default)]
    pub data_subjects: Vec<String>,
}

/// The file of starting points.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StartingPoints {
    #[serde(default)]
    start: Vec<StartingPoint>,
}

impl Catalogues {
    /// The Art. 32(1) letter of a TOM group, if its goal is known.
    pub fn letter_of_group(&self, group: &MeasureGroup) -> Option<&str> {
        self.terms.goal.get(&group.goal).map(|g| g.letter.as_str())
    }

    /// Label of a data type id, if the catalogue has it.
    pub fn data_type(&self, id: &str) -> Option<&Entry> {
        self.data_types.entry.iter().find(|e| e.id == id)
    }

    /// Label of a data-subject id, if the catalogue has it.
    pub fn data_subject(&self, id: &str) -> Option<&Entry> {
        self.data_subjects.entry.iter().find(|e| e.id == id)
    }
}

/// Where the catalogues live, relative to the crate.
pub const CATALOGUE_DIR: &str = "clauses/kataloge/";

/// Reads the four catalogues from the library's files and checks their ids; every mistake is
/// returned.
pub(crate) fn load(parts: &[FilePart<'_>]) -> Result<Catalogues, Vec<LibraryError>> {
    fn read<T: DeserializeOwned>(
        parts: &[FilePart<'_>],
        name: &str,
        errors: &mut Vec<LibraryError>,
    ) -> Option<T> {
        let path = format!("{CATALOGUE_DIR}{name}");
        let Some(part) = parts.iter().find(|p| p.path == path) else {
            errors.push(LibraryError::new(&path, 1, "Der Katalog fehlt."));
            return None;
        };
        part.parse().map_err(|e| errors.push(e)).ok()
    }
    let mut errors = Vec::new();
    let data_types = read::<EntryList>(parts, "datenarten.toml", &mut errors);
    let data_subjects = read::<EntryList>(parts, "betroffene.toml", &mut errors);
    let tom = read::<TomCatalogue>(parts, "tom.toml", &mut errors);
    let terms = read::<Terms>(parts, "begriffe.toml", &mut errors);
    let starts = read::<StartingPoints>(parts, "ausgangspunkte.toml", &mut errors);
    let (Some(data_types), Some(data_subjects), Some(tom), Some(terms), Some(starts)) =
        (data_types, data_subjects, tom, terms, starts)
    else {
        return Err(errors);
    };
    let catalogues = Catalogues {
        data_types,
        data_subjects,
        tom,
        terms,
        starts: starts.start,
    };
    let line_of = |file: &str, id: &str| {
        parts
            .iter()
            .find(|p| p.path == format!("{CATALOGUE_DIR}{file}"))
            .map_or(1, |p| p.id_line(id, p.data_line))
    };
    for group in &catalogues.tom.group {
        if !catalogues.terms.goal.contains_key(&group.goal) {
            errors.push(LibraryError::new(
                &format!("{CATALOGUE_DIR}tom.toml"),
                line_of("tom.toml", &group.id),
                format!(
                    "Die Gruppe `{}` nennt das unbekannte Schutzziel `{}`; Schutzziele stehen in begriffe.toml unter [goal].",
                    group.id, group.goal
                ),
            ));
        }
    }
    let tom_path = format!("{CATALOGUE_DIR}tom.toml");
    for group in &catalogues.tom.group {
        for m in &group.measure {
            let slots = m.text.matches(VALUE_SLOT).count();
            let problem = match (slots, &m.parameter) {
                (0, None) | (1, Some(_)) => None,
                (0, Some(_)) => Some("hat `parameter`, aber kein `{wert}` im Text"),
                (1, None) => Some("hat `{wert}` im Text, aber kein `parameter`"),
                _ => Some("hat mehr als ein `{wert}`"),
            };
            if let Some(problem) = problem {
                errors.push(LibraryError::new(
                    &tom_path,
                    line_of("tom.toml", &m.id),
                    format!("Die Maßnahme `{}` {problem}.", m.id),
                ));
            }
        }
    }
    for (key, goal) in &catalogues.terms.goal {
        if !ART32_LETTERS.contains(&goal.letter.as_str()) {
            errors.push(LibraryError::new(
                &format!("{CATALOGUE_DIR}begriffe.toml"),
                1,
                format!(
                    "Das Schutzziel `{key}` nennt den Buchstaben `{}`; erlaubt sind a, b, c und d.",
                    goal.letter
                ),
            ));
        }
    }
    for start in &catalogues.starts {
        let unknown = start
            .data_types
            .iter()
            .filter(|id| catalogues.data_type(id).is_none())
            .chain(
                start
                    .data_subjects
                    .iter()
                    .filter(|id| catalogues.data_subject(id).is_none()),
            );
        for id in unknown {
            errors.push(LibraryError::new(
                &format!("{CATALOGUE_DIR}ausgangspunkte.toml"),
                line_of("ausgangspunkte.toml", &start.id),
                format!(
                    "Der Ausgangspunkt `{}` nennt die unbekannte Id `{id}`.",
                    start.id
                ),
            ));
        }
    }
    let mut ids = BTreeSet::new();
    let all_ids = catalogues
        .data_types
        .entry
        .iter()
        .map(|e| ("datenarten.toml", &e.id))
        .chain(
            catalogues
                .data_subjects
                .entry
                .iter()
                .map(|e| ("betroffene.toml", &e.id)),
        )
        .chain(
            catalogues
                .tom
                .group
                .iter()
                .flat_map(|g| g.measure.iter().map(|m| ("tom.toml", &m.id))),
        );
    for (file, id) in all_ids {
        if !ids.insert((file, id)) {
            errors.push(LibraryError::new(
                &format!("{CATALOGUE_DIR}{file}"),
                line_of(file, id),
                format!("Die Id `{id}` kommt zweimal vor."),
            ));
        }
    }
    if errors.is_empty() {
        Ok(catalogues)
    } else {
        Err(errors)
    }
}
