//! Diagnostics: what keeps a draft from being a complete agreement, and weak or risky choices.
//!
//! Soft problems come back beside the document (like typst's `Warned<T>`): assembly never
//! fails, it returns the document and its diagnostics, which the UI shows beside the preview.

use super::field::FieldPath;

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The agreement is incomplete or wrong until this is fixed.
    Error,
    /// Lawful, but a weak or risky choice.
    Warning,
}

/// A problem found while assembling or checking, shown to the customer beside the preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// The field that resolves it, if any.
    pub field: Option<FieldPath>,
    /// The message in German.
    pub message: String,
}

impl Diagnostic {
    /// An open required entry or a contradiction at `field`.
    pub fn error(field: FieldPath, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            field: Some(field),
            message: message.into(),
        }
    }

    /// A weak or risky choice at `field`.
    pub fn warning(field: FieldPath, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            field: Some(field),
            message: message.into(),
        }
    }
}
