//! Calendar dates as the agreement uses them: ISO in the configuration, German in the text.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A valid calendar date between the years 1900 and 2199.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// A date that could not be read, with a German explanation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidDate(pub String);

impl fmt::Display for InvalidDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "„{}“ ist kein gültiges Datum (erwartet JJJJ-MM-TT).",
            self.0
        )
    }
}

impl std::error::Error for InvalidDate {}

impl Date {
    /// The date, if it exists in the calendar.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Self> {
        let leap =
            (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        ((1900..2200).contains(&year) && (1..=days).contains(&day)).then_some(Self {
            year,
            month,
            day,
        })
    }

    /// Reads `YYYY-MM-DD`.
    pub fn parse_iso(text: &str) -> Result<Self, InvalidDate> {
        let invalid = || InvalidDate(text.to_owned());
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(invalid());
        }
        let number = |range: std::ops::Range<usize>| {
            let part = &text[range];
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse::<u16>().ok()
            } else {
                None
            }
        };
        let (year, month, day) = (number(0..4), number(5..7), number(8..10));
        match (year, month, day) {
            (Some(y), Some(m), Some(d)) => Self::new(y, m as u8, d as u8).ok_or_else(invalid),
            _ => Err(invalid()),
        }
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `DD.MM.YYYY`, as German contracts write dates.
    pub fn german(self) -> String {
        format!("{:02}.{:02}.{:04}", self.day, self.month, self.year)
    }
}

impl TryFrom<String> for Date {
    type Error = InvalidDate;

    fn try_from(text: String) -> Result<Self, InvalidDate> {
        Self::parse_iso(&text)
    }
}

impl From<Date> for String {
    fn from(date: Date) -> String {
        date.iso()
    }
}

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn reads_and_writes_dates() {
        let date = Date::parse_iso("2024-02-29").unwrap();
        assert_eq!(date.german(), "29.02.2024");
        assert_eq!(date.iso(), "2024-02-29");
        assert!(Date::parse_iso("2023-02-29").is_err());
        assert!(Date::parse_iso("2023-13-01").is_err());
        assert!(Date::parse_iso("1.1.2023").is_err());
        assert!(Date::parse_iso("+023-01-01").is_err());
    }
}
