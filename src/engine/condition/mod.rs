//! Conditions: when a clause, a passage, a question or a check applies.
//!
//! A condition combines atoms with `not`, `and`, `or` and parentheses:
//! `subprocessing.general_authorisation and objection_days < 14 and not has_subprocessors`.
//! An atom is either a structural [`Predicate`] (a closed set over parties, lists and annexes,
//! one line of Rust each) or a test of a declared option: a toggle by its name (`indemnity`),
//! a choice or set value with a dot (`audit_notice.any_time`, `evidence.iso27001`), a number
//! with a comparison (`objection_days < 14`), a date, text or set by its name (filled, non-empty).
//! A condition is parsed once when the library loads, against the option declarations, so a
//! misspelt name or a value no option has is a load error with a suggestion, not a wrong
//! contract.

mod parse;
mod predicates;

use std::fmt;

use super::catalogue::Catalogues;
use super::config::*;
pub use predicates::{ENCRYPTION_GROUP, Predicate};

/// A comparison of a number option with a constant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Comparison {
    /// `<`
    Less,
    /// `<=`
    LessOrEqual,
    /// `>`
    Greater,
    /// `>=`
    GreaterOrEqual,
    /// `==`
    Equal,
    /// `!=`
    NotEqual,
}

impl Comparison {
    pub(super) fn parse(token: &str) -> Option<Self> {
        Some(match token {
            "<" => Self::Less,
            "<=" => Self::LessOrEqual,
            ">" => Self::Greater,
            ">=" => Self::GreaterOrEqual,
            "==" => Self::Equal,
            "!=" => Self::NotEqual,
            _ => return None,
        })
    }

    fn holds(self, a: i64, b: i64) -> bool {
        match self {
            Self::Less => a < b,
            Self::LessOrEqual => a <= b,
            Self::Greater => a > b,
            Self::GreaterOrEqual => a >= b,
            Self::Equal => a == b,
            Self::NotEqual => a != b,
        }
    }
}

/// The smallest part of a condition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Atom {
    /// A structural predicate.
    Predicate(Predicate),
    /// A toggle is on.
    On(String),
    /// A date or text is filled in, or a set holds any value.
    Filled(String),
    /// A choice has this value, or a set holds it.
    Is(String, String),
    /// A number compared with a constant.
    Compare(String, Comparison, i64),
}

impl Atom {
    /// The option the atom tests, if any, with the value it names.
    pub fn option(&self) -> Option<(&str, Option<&str>)> {
        match self {
            Self::Predicate(_) => None,
            Self::On(id) | Self::Filled(id) | Self::Compare(id, ..) => Some((id, None)),
            Self::Is(id, value) => Some((id, Some(value))),
        }
    }

    fn eval(&self, config: &DpaConfig, catalogues: &Catalogues) -> bool {
        let choices = &config.customer.choices;
        match self {
            Self::Predicate(p) => p.eval(config, catalogues),
            Self::On(id) => choices.flag(id),
            Self::Filled(id) => match choices.get(id) {
                Some(ChoiceValue::Word(w)) => !w.trim().is_empty(),
                Some(ChoiceValue::Words(w)) => !w.is_empty(),
                _ => false,
            },
            Self::Is(id, value) => choices.is(id, value),
            Self::Compare(id, op, n) => choices.number(id).is_some_and(|v| op.holds(v, *n)),
        }
    }
}

/// A parsed condition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Condition {
    /// Always true.
    Always,
    /// One atom.
    Is(Atom),
    /// Negation.
    Not(Box<Condition>),
    /// All must hold.
    All(Vec<Condition>),
    /// One must hold.
    Any(Vec<Condition>),
}

/// What a condition may name besides the predicates: the declared options.
pub trait OptionNames {
    /// The kind of an option, if it is declared.
    fn kind_of(&self, id: &str) -> Option<OptionKind>;
    /// The value ids of a choice or set option.
    fn values_of(&self, id: &str) -> Vec<&str>;
    /// Every option id, for suggestions.
    fn option_ids(&self) -> Vec<&str>;
}

/// A condition that cannot be read: what is wrong and, for a misspelt name, a suggestion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConditionError {
    /// What is wrong, in German.
    pub message: String,
    /// "Meinten Sie …?", where a name is close to a known one.
    pub hint: Option<String>,
}

impl ConditionError {
    pub(super) fn new(message: String) -> Self {
        Self {
            message,
            hint: None,
        }
    }
}

impl fmt::Display for ConditionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, " {hint}")?;
        }
        Ok(())
    }
}

impl Condition {
    /// Evaluates the condition.
    pub fn eval(&self, config: &DpaConfig, catalogues: &Catalogues) -> bool {
        match self {
            Self::Always => true,
            Self::Is(atom) => atom.eval(config, catalogues),
            Self::Not(c) => !c.eval(config, catalogues),
            Self::All(cs) => cs.iter().all(|c| c.eval(config, catalogues)),
            Self::Any(cs) => cs.iter().any(|c| c.eval(config, catalogues)),
        }
    }

    /// Every atom, in order.
    pub fn atoms(&self) -> Vec<&Atom> {
        match self {
            Self::Always => Vec::new(),
            Self::Is(atom) => vec![atom],
            Self::Not(c) => c.atoms(),
            Self::All(cs) | Self::Any(cs) => cs.iter().flat_map(Self::atoms).collect(),
        }
    }

    /// Parses `a and not (b.x or c < 3)`. `and` binds tighter than `or`.
    pub fn parse(text: &str, options: &dyn OptionNames) -> Result<Self, ConditionError> {
        parse::parse(text, options)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Names;

    impl OptionNames for Names {
        fn kind_of(&self, id: &str) -> Option<OptionKind> {
            match id {
                "indemnity" | "home_office" => Some(OptionKind::Toggle),
                "audit_notice" => Some(OptionKind::Choice),
                "evidence" => Some(OptionKind::Set),
                "objection_days" => Some(OptionKind::Number),
                _ => None,
            }
        }
        fn values_of(&self, id: &str) -> Vec<&str> {
            match id {
                "audit_notice" => vec!["announced", "any_time"],
                "evidence" => vec!["iso27001"],
                _ => Vec::new(),
            }
        }
        fn option_ids(&self) -> Vec<&str> {
            vec![
                "indemnity",
                "home_office",
                "audit_notice",
                "evidence",
                "objection_days",
            ]
        }
    }

    fn parse(text: &str) -> Result<Condition, ConditionError> {
        Condition::parse(text, &Names)
    }

    #[test]
    fn parses_and_before_or() {
        let c = parse("indemnity or audit_notice.any_time and not (objection_days<14)").unwrap();
        assert_eq!(
            c,
            Condition::Any(vec![
                Condition::Is(Atom::On("indemnity".into())),
                Condition::All(vec![
                    Condition::Is(Atom::Is("audit_notice".into(), "any_time".into())),
                    Condition::Not(Box::new(Condition::Is(Atom::Compare(
                        "objection_days".into(),
                        Comparison::Less,
                        14
                    )))),
                ]),
            ])
        );
        assert_eq!(
            parse("evidence and has_tom").unwrap().atoms(),
            vec![
                &Atom::Filled("evidence".into()),
                &Atom::Predicate(Predicate::HasTom)
            ]
        );
    }

    #[test]
    fn refuses_unknown_names_with_a_suggestion() {
        let err = parse("indemnitty").unwrap_err();
        assert_eq!(
            err.message,
            "Unbekannte Option oder unbekanntes Prädikat `indemnitty`."
        );
        assert_eq!(err.hint.as_deref(), Some("Meinten Sie `indemnity`?"));
        let err = parse("audit_notice.remote_only").unwrap_err();
        assert_eq!(
            err.message,
            "Die Option `audit_notice` hat keinen Wert `remote_only`; ihre Werte: announced, any_time."
        );
        assert!(
            parse("audit_notice")
                .unwrap_err()
                .message
                .contains("Auswahl")
        );
        assert!(
            parse("objection_days")
                .unwrap_err()
                .message
                .contains("Zahl")
        );
        assert!(parse("indemnity < 3").is_err());
        assert!(parse("indemnity and").is_err());
        assert!(parse("(indemnity").is_err());
        assert!(parse("indemnity home_office").is_err());
        assert!(parse("indemnity & home_office").is_err());
    }

    #[test]
    fn predicate_names_are_unique_and_described() {
        for (i, a) in Predicate::ALL.iter().enumerate() {
            assert_eq!(Predicate::from_name(a.name()), Some(*a), "{a} is shadowed");
            assert!(Predicate::ALL[i + 1..].iter().all(|b| b.name() != a.name()));
            assert!(!a.description().is_empty(), "{a}");
        }
    }
}
