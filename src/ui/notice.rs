//! Messages to the person: what happened, what was kept.

/// How a notice is announced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    /// Confirmation or information (`role="status"`).
    Info,
    /// Something was refused or failed (`role="alert"`).
    Error,
}

/// A message shown above the form until the next one replaces it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// How it is announced.
    pub kind: NoticeKind,
    /// The German text.
    pub text: String,
}

impl Notice {
    /// Information.
    pub fn info(text: impl Into<String>) -> Self {
        Self {
            kind: NoticeKind::Info,
            text: text.into(),
        }
    }

    /// A refusal or failure.
    pub fn error(text: impl Into<String>) -> Self {
        Self {
            kind: NoticeKind::Error,
            text: text.into(),
        }
    }
}
