//! Where things are asked: the steps and sections of the questionnaire, and [`FieldPath`], the
//! one typed name of a place in the configuration.
//!
//! A field path ties together a diagnostic, the checklist's "Zur Frage" link, the inline
//! message under a control, the control's element id, a vendor's lock and the step that asks
//! for it. Every path belongs to exactly one [`Section`] (an exhaustive match, no fallback), and
//! every section to one [`Step`], so a diagnostic can never point to a step that does not
//! ask for it. Legal choices are named by their option id and placed by their declaration
//! in `clauses/optionen.toml`; everything else is structural and placed here.

mod questionnaire;

use std::fmt;

pub use questionnaire::{Field, Section, Step};

/// A list whose entries have fields of their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum List {
    /// `processor.subprocessors`: name, address, country, service, location, safeguard.
    Subprocessors,
    /// `customer.contacts`: side, role, name, function, email, phone.
    Contacts,
    /// `customer.signatories`: side, name, function, place.
    Signatories,
    /// `customer.processing.data_types`: catalogue ids.
    DataTypes,
    /// `customer.processing.data_subjects`: catalogue ids.
    DataSubjects,
    /// `processor.tom.measures`: catalogue ids; `value` is the vendor's figure for a measure
    /// that needs one (stored in `processor.tom.values`).
    TomMeasures,
    /// `processor.tom.custom`: group, text.
    TomCustom,
}

impl List {
    /// Every list.
    pub const ALL: &'static [Self] = &[
        Self::Subprocessors,
        Self::Contacts,
        Self::Signatories,
        Self::DataTypes,
        Self::DataSubjects,
        Self::TomMeasures,
        Self::TomCustom,
    ];

    /// The field holding the whole list.
    pub fn field(self) -> Field {
        match self {
            Self::Subprocessors => Field::Subprocessors,
            Self::Contacts => Field::Contacts,
            Self::Signatories => Field::Signatories,
            Self::DataTypes => Field::DataTypes,
            Self::DataSubjects => Field::DataSubjects,
            Self::TomMeasures => Field::TomMeasures,
            Self::TomCustom => Field::TomCustom,
        }
    }

    /// The fields of one entry; empty when an entry is a plain value (a catalogue id).
    pub fn entry_fields(self) -> &'static [&'static str] {
        match self {
            Self::Subprocessors => &[
                "name",
                "address",
                "country",
                "service",
                "location",
                "safeguard",
                "remote_access",
            ],
            Self::Contacts => &["side", "role", "name", "function", "email", "phone"],
            Self::Signatories => &["side", "name", "function", "place", "date"],
            Self::TomCustom => &["group", "text"],
            Self::TomMeasures => &["value"],
            Self::DataTypes | Self::DataSubjects => &[],
        }
    }
}

/// A place in the configuration: what a control edits and what a diagnostic points to.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FieldPath {
    /// A legal choice, `customer.choices.<option id>`, declared in `clauses/optionen.toml`.
    Choice(String),
    /// A structural field.
    Fixed(Field),
    /// One entry of a list, or one field of it.
    Entry {
        /// The list.
        list: List,
        /// Position in the list, from 0.
        index: usize,
        /// The entry's field (one of [`List::entry_fields`]); `None` for the entry itself.
        field: Option<&'static str>,
    },
}

/// Where every choice lives in the configuration file.
pub const CHOICES: &str = "customer.choices";

impl FieldPath {
    /// The path of a legal choice.
    pub fn choice(id: &str) -> Self {
        Self::Choice(id.to_owned())
    }

    /// The path of a field of one list entry. `field` must be one of the list's entry fields.
    pub fn entry(list: List, index: usize, field: &'static str) -> Self {
        debug_assert!(list.entry_fields().contains(&field), "{field}");
        Self::Entry {
            list,
            index,
            field: Some(field),
        }
    }

    /// Reads a dotted path (`customer.choices.breach_hours`, `processor.subprocessors.2.name`).
    /// Option ids are not checked here; the library checks them against the declarations.
    pub fn parse(dotted: &str) -> Option<Self> {
        if let Some(id) = dotted
            .strip_prefix(CHOICES)
            .and_then(|r| r.strip_prefix('.'))
        {
            return (!id.is_empty() && !id.contains('.')).then(|| Self::choice(id));
        }
        if let Some(field) = Field::ALL.iter().find(|f| f.path() == dotted) {
            return Some(Self::Fixed(*field));
        }
        List::ALL.iter().find_map(|&list| {
            let rest = dotted
                .strip_prefix(list.field().path())?
                .strip_prefix('.')?;
            let (index, field) = match rest.split_once('.') {
                Some((index, field)) => (index, Some(field)),
                None => (rest, None),
            };
            let index = index.parse().ok()?;
            let field = match field {
                None => None,
                Some(name) => Some(*list.entry_fields().iter().find(|f| **f == name)?),
            };
            Some(Self::Entry { list, index, field })
        })
    }

    /// The option id, for a legal choice.
    pub fn option(&self) -> Option<&str> {
        match self {
            Self::Choice(id) => Some(id),
            _ => None,
        }
    }

    /// The section that asks for this field. A choice is placed by its declaration, which
    /// `section_of_option` looks up; an unknown option has no section.
    pub fn section(&self, section_of_option: impl Fn(&str) -> Option<Section>) -> Option<Section> {
        match self {
            Self::Choice(id) => section_of_option(id),
            Self::Fixed(field) => Some(field.section()),
            Self::Entry { list, .. } => Some(list.field().section()),
        }
    }

    /// The id of the form element that edits this field. An entry that is a plain catalogue
    /// id, or whose group no longer exists, has no control of its own: it leads to the list.
    pub fn element_id(&self) -> String {
        match self {
            Self::Entry {
                list,
                index,
                field: Some(field),
            } if *list != List::TomCustom => {
                format!("{}-{index}-{field}", list.field().path()).replace('.', "-")
            }
            Self::Entry { list, .. } => list.field().path().replace('.', "-"),
            other => other.to_string().replace('.', "-"),
        }
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Choice(id) => write!(f, "{CHOICES}.{id}"),
            Self::Fixed(field) => f.write_str(field.path()),
            Self::Entry {
                list,
                index,
                field: None,
            } => write!(f, "{}.{index}", list.field().path()),
            Self::Entry {
                list,
                index,
                field: Some(field),
            } => write!(f, "{}.{index}.{field}", list.field().path()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_round_trip_and_name_their_elements() {
        for text in [
            "customer.choices.breach_hours",
            "customer.controller.name",
            "processor.subprocessors",
            "processor.subprocessors.3.safeguard",
            "customer.processing.data_types.0",
            "customer.contacts.1.email",
        ] {
            let path = FieldPath::parse(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(path.to_string(), text);
        }
        assert_eq!(
            FieldPath::parse("processor.subprocessors.3.name")
                .unwrap()
                .element_id(),
            "processor-subprocessors-3-name"
        );
        assert_eq!(
            FieldPath::parse("customer.processing.data_types.4")
                .unwrap()
                .element_id(),
            "customer-processing-data_types"
        );
        assert_eq!(
            FieldPath::choice("breach_hours").element_id(),
            "customer-choices-breach_hours"
        );
        for bad in [
            "customer.controller.nmae",
            "processor.subprocessors.x.name",
            "processor.subprocessors.1.colour",
            "customer.choices.",
            "customer.choices.a.b",
        ] {
            assert_eq!(FieldPath::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn every_structural_field_has_a_step_and_sections_are_unique() {
        for field in Field::ALL {
            let section = FieldPath::Fixed(*field).section(|_| None);
            assert!(section.is_some(), "{field:?}");
        }
        for (i, a) in Section::ALL.iter().enumerate() {
            assert_eq!(Section::from_id(a.id()), Some(*a));
            assert!(Section::ALL[i + 1..].iter().all(|b| b.id() != a.id()));
        }
        assert_eq!(Step::Parties.next(), Some(Step::Processing));
        assert_eq!(Step::Finish.next(), None);
        assert_eq!(Step::Finish.index(), 6);
    }
}
