//! Named drafts kept in the browser: a person working on several agreements saves each under a
//! name and takes it up again later. Plain Rust without browser calls, tested natively; the
//! browser keeps the shelf as JSON under the build's storage key (`browser::stored_shelf`).

use serde::{Deserialize, Serialize};

/// How many named drafts a browser keeps.
pub const MAX_NAMED_DRAFTS: usize = 20;

/// The longest name of a draft.
pub const MAX_NAME_CHARS: usize = 80;

/// One named draft.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamedDraft {
    /// The name the person gave it.
    pub name: String,
    /// When it was saved, as the person reads it (`29.11.2026`).
    pub saved: String,
    /// The configuration as exported (JSON), read back through the import's checks.
    pub config: String,
}

/// The named drafts, newest first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shelf(pub Vec<NamedDraft>);

impl Shelf {
    /// Reads a stored shelf; anything unreadable is an empty shelf (the drafts themselves are
    /// configurations, checked when loaded).
    pub fn from_json(json: &str) -> Self {
        serde_json::from_str(json).unwrap_or_default()
    }

    /// The shelf as stored.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a shelf serialises")
    }

    /// The draft of `name`, if saved.
    pub fn get(&self, name: &str) -> Option<&NamedDraft> {
        self.0.iter().find(|d| d.name == name)
    }

    /// Saves `config` under `name`, replacing a draft of that name; the newest comes first.
    /// Refuses an empty or overlong name and a full shelf, in German, naming the field.
    pub fn save(&mut self, name: &str, saved: &str, config: String) -> Result<(), String> {
        let name = name.trim();
        if name.is_empty() {
            return Err("Name des Entwurfs: Bitte geben Sie einen Namen ein.".into());
        }
        if name.chars().count() > MAX_NAME_CHARS {
            return Err(format!(
                "Name des Entwurfs: höchstens {MAX_NAME_CHARS} Zeichen."
            ));
        }
        let replaced = self.0.iter().any(|d| d.name == name);
        if !replaced && self.0.len() >= MAX_NAMED_DRAFTS {
            return Err(format!(
                "Es sind schon {MAX_NAMED_DRAFTS} Entwürfe gespeichert. Löschen Sie einen, bevor Sie einen weiteren speichern."
            ));
        }
        self.0.retain(|d| d.name != name);
        self.0.insert(
            0,
            NamedDraft {
                name: name.to_owned(),
                saved: saved.to_owned(),
                config,
            },
        );
        Ok(())
    }

    /// Removes the draft of `name`.
    pub fn remove(&mut self, name: &str) {
        self.0.retain(|d| d.name != name);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drafts_are_saved_by_name_newest_first_and_replaced() {
        let mut shelf = Shelf::default();
        shelf.save("Kanzlei", "01.11.2026", "{1}".into()).unwrap();
        shelf.save(" Praxis ", "02.11.2026", "{2}".into()).unwrap();
        assert_eq!(shelf.0[0].name, "Praxis");
        shelf.save("Kanzlei", "03.11.2026", "{3}".into()).unwrap();
        assert_eq!(shelf.0.len(), 2);
        assert_eq!(shelf.0[0].name, "Kanzlei");
        assert_eq!(shelf.get("Kanzlei").unwrap().config, "{3}");
        shelf.remove("Praxis");
        assert_eq!(shelf.0.len(), 1);
        assert_eq!(Shelf::from_json(&shelf.to_json()), shelf);
        assert_eq!(Shelf::from_json("kaputt"), Shelf::default());
    }

    #[test]
    fn bad_names_and_a_full_shelf_are_refused_in_german() {
        let mut shelf = Shelf::default();
        assert!(
            shelf
                .save("  ", "", String::new())
                .unwrap_err()
                .starts_with("Name des Entwurfs")
        );
        let long = "x".repeat(MAX_NAME_CHARS + 1);
        assert!(
            shelf
                .save(&long, "", String::new())
                .unwrap_err()
                .contains("höchstens 80")
        );
        for i in 0..MAX_NAMED_DRAFTS {
            shelf.save(&format!("E{i}"), "", String::new()).unwrap();
        }
        assert!(
            shelf
                .save("neu", "", String::new())
                .unwrap_err()
                .contains("Löschen Sie einen")
        );
        // Replacing one of them still works.
        shelf.save("E3", "", "{}".into()).unwrap();
        assert_eq!(shelf.0.len(), MAX_NAMED_DRAFTS);
    }
}
