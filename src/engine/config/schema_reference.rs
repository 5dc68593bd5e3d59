//! The `$schema` entry a hand-written configuration may carry for editors.

use serde::Deserialize;

/// The `$schema` entry of a file: whatever it says is accepted and dropped.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SchemaReference;

impl<'de> Deserialize<'de> for SchemaReference {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        serde::de::IgnoredAny::deserialize(deserializer).map(|_| Self)
    }
}
