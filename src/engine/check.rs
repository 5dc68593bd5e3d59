//! The Art. 28 coverage report: which clauses of an assembled agreement meet each requirement,
//! and the warnings about weak or risky choices found while assembling.

use super::assemble::Assembled;
use super::diagnostic::{Diagnostic, Severity};
pub use super::requirement::Requirement;

/// Which clauses of a document meet one requirement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coverage {
    /// The requirement.
    pub requirement: Requirement,
    /// Headings (with number) of the clauses that meet it; empty means not met.
    pub clauses: Vec<String>,
}

/// The result of [`check`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckReport {
    /// One entry per requirement, in statutory order.
    pub coverage: Vec<Coverage>,
    /// Open required entries and contradictions, with the field that resolves them.
    pub errors: Vec<Diagnostic>,
    /// Weak or risky choices, with the field that resolves them.
    pub warnings: Vec<Diagnostic>,
}

impl CheckReport {
    /// True when every requirement is met and nothing required is open.
    pub fn complete(&self) -> bool {
        self.coverage.iter().all(|c| !c.clauses.is_empty()) && self.errors.is_empty()
    }

    /// The report as Markdown, for the command line and the docs.
    pub fn to_markdown(&self) -> String {
        let mut out = String::from(
            "# Prüfbericht Art. 28 DSGVO\n\n| Anforderung | erfüllt durch |\n|---|---|\n",
        );
        for c in &self.coverage {
            let by = if c.clauses.is_empty() {
                "**fehlt**".to_owned()
            } else {
                c.clauses.join("; ")
            };
            out.push_str(&format!("| {} | {} |\n", c.requirement.label(), by));
        }
        let list = |out: &mut String, title: &str, items: &[Diagnostic]| {
            out.push_str(&format!("\n## {title}\n\n"));
            if items.is_empty() {
                out.push_str("Keine.\n");
            }
            for d in items {
                let field = d
                    .field
                    .as_ref()
                    .map(|f| format!(" (`{f}`)"))
                    .unwrap_or_default();
                out.push_str(&format!("- {}{field}\n", d.message));
            }
        };
        list(&mut out, "Offene Pflichtangaben", &self.errors);
        list(&mut out, "Hinweise", &self.warnings);
        out
    }
}

/// The coverage report of an assembled agreement.
pub fn check(assembled: &Assembled) -> CheckReport {
    let document = &assembled.document;
    let coverage = Requirement::ALL
        .iter()
        .map(|&requirement| Coverage {
            requirement,
            clauses: document
                .sections
                .iter()
                .filter(|s| s.covers.iter().any(|c| c == requirement.id()))
                .map(|s| s.heading.clone())
                .collect(),
        })
        .collect();
    let of = |severity| {
        assembled
            .diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .cloned()
            .collect()
    };
    CheckReport {
        coverage,
        errors: of(Severity::Error),
        warnings: of(Severity::Warning),
    }
}
