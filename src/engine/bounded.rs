//! Bounded numbers: every period in the agreement has a range and a sensible default.
//!
//! A value outside its range never gets into a configuration: deserialising it fails with a
//! German message that names the period and the range, and the UI keeps the last good value.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A number outside the range of its period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutOfBounds {
    /// German name of the period.
    pub label: &'static str,
    /// The refused value.
    pub value: i64,
    /// Smallest allowed value.
    pub min: u32,
    /// Largest allowed value.
    pub max: u32,
}

impl fmt::Display for OutOfBounds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} liegt nicht zwischen {} und {}.",
            self.label, self.value, self.min, self.max
        )
    }
}

impl std::error::Error for OutOfBounds {}

macro_rules! bounded {
    ($(#[$doc:meta])* $name:ident, $label:literal, $min:literal ..= $max:literal, default $default:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "i64", into = "u32")]
        pub struct $name(u32);

        impl $name {
            /// Smallest allowed value.
            pub const MIN: u32 = $min;
            /// Largest allowed value.
            pub const MAX: u32 = $max;
            /// The default.
            pub const DEFAULT: Self = Self($default);
            /// German name of the period, for messages and labels.
            pub const LABEL: &'static str = $label;

            /// The value, if it lies within the range.
            pub fn new(value: i64) -> Result<Self, OutOfBounds> {
                if (i64::from(Self::MIN)..=i64::from(Self::MAX)).contains(&value) {
                    // In range, so it fits u32.
                    Ok(Self(value as u32))
                } else {
                    Err(OutOfBounds { label: $label, value, min: $min, max: $max })
                }
            }

            /// The number.
            pub fn get(self) -> u32 {
                self.0
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::DEFAULT
            }
        }

        impl TryFrom<i64> for $name {
            type Error = OutOfBounds;

            fn try_from(value: i64) -> Result<Self, OutOfBounds> {
                Self::new(value)
            }
        }

        impl From<$name> for u32 {
            fn from(value: $name) -> u32 {
                value.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

bounded!(
    /// Notice period in weeks for an agreement of indefinite duration (P04).
    NoticeWeeks, "Kündigungsfrist (Wochen)", 1..=52, default 4
);
bounded!(
    /// Days between warning about an unlawful instruction and suspending it (P11).
    SuspensionDays, "Frist bis zur Aussetzung einer Weisung (Tage)", 1..=30, default 7
);
bounded!(
    /// Working days to forward a data-subject request (P18).
    DataSubjectDays, "Frist zur Weiterleitung von Anträgen Betroffener (Arbeitstage)", 1..=20, default 3
);
bounded!(
    /// Hours after which the first breach notice is due at the latest (P20).
    BreachHours, "Frist für die Erstmeldung einer Datenpanne (Stunden)", 12..=72, default 48
);
bounded!(
    /// Days after which the full breach report is due at the latest (P20).
    ReportDays, "Frist für den vollständigen Bericht zu einer Datenpanne (Tage)", 1..=30, default 7
);
bounded!(
    /// Days of advance notice of a new subprocessor, which is also the objection period (P23).
    ObjectionDays, "Einspruchsfrist bei neuen Unterauftragnehmern (Tage)", 5..=90, default 30
);
bounded!(
    /// Weeks of notice for the processor's termination after an objection (P23).
    TerminationWeeks, "Kündigungsfrist nach Einspruch (Wochen)", 1..=26, default 4
);
bounded!(
    /// Days of advance notice of an on-site audit (P24).
    AuditNoticeDays, "Ankündigungsfrist für Vor-Ort-Kontrollen (Tage)", 1..=60, default 14
);
bounded!(
    /// Working days a deletion at the end of the agreement is announced in advance (P25).
    DeletionNoticeDays, "Ankündigungsfrist vor der Löschung (Arbeitstage)", 1..=90, default 10
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_are_enforced_with_a_german_message() {
        assert_eq!(BreachHours::new(24).map(BreachHours::get), Ok(24));
        let err = BreachHours::new(96).unwrap_err();
        assert_eq!(
            err.to_string(),
            "Frist für die Erstmeldung einer Datenpanne (Stunden): 96 liegt nicht zwischen 12 und 72."
        );
        assert!(ObjectionDays::new(-1).is_err());
    }

    #[test]
    fn serde_refuses_out_of_range() {
        assert!(serde_json::from_str::<ObjectionDays>("14").is_ok());
        let err = serde_json::from_str::<ObjectionDays>("200").unwrap_err();
        assert!(err.to_string().contains("Einspruchsfrist"), "{err}");
    }
}
