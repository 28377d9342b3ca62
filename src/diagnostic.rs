//! Diagnostics: what a rule reports. Our own type, with byte spans into one document;
//! renderers translate it at the edge (`render::human` through codespan-reporting,
//! `render::json`, …), so no rule knows about terminals, JSON or SARIF.
//!
//! A rule builds one with the constructor its `declare_rule!` generates, then adds the
//! other claims involved and the arithmetic:
//!
//! ```
//! use claimlint::diagnostic::{Diagnostic, Label, Severity};
//!
//! let d = Diagnostic::new(
//!     "CL002",
//!     "percent-change-mismatch",
//!     Severity::Error,
//!     "percent change `+60%` does not match `250 → 410` (+64.0%)",
//!     Label::new(30..33, "stated change"),
//! )
//! .with_related(Label::new(10..13, "from"))
//! .with_note("(410 − 250) / 250 = +64.0%");
//! assert_eq!(d.related.len(), 1);
//! ```

use crate::document::Document;
use std::fmt;
use std::ops::Range;

/// How bad a finding is. `Error` for arithmetic the text states explicitly, `Warning`
/// where the rule relied on an attribution (subject, metric, period) it inferred.
/// Ordered so that `Error > Warning`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    /// `"warning"` or `"error"`, as in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A byte range of the document (on char boundaries) and what it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub span: Range<usize>,
    pub message: String,
}

impl Label {
    pub fn new(span: Range<usize>, message: impl Into<String>) -> Label {
        Label {
            span,
            message: message.into(),
        }
    }
}

/// One finding in one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Stable code, `"CL001"`.
    pub code: &'static str,
    /// Kebab-case rule name, `"conflicting-restatement"`.
    pub rule: &'static str,
    pub severity: Severity,
    /// One line, no trailing period, values in backticks, both sides named.
    pub message: String,
    /// The claim the finding is about.
    pub primary: Label,
    /// The other claims involved, in the order they should be shown.
    pub related: Vec<Label>,
    /// The arithmetic, e.g. `"(400 − 250) / 250 = +60.0%"`.
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn new(
        code: &'static str,
        rule: &'static str,
        severity: Severity,
        message: impl Into<String>,
        primary: Label,
    ) -> Diagnostic {
        Diagnostic {
            code,
            rule,
            severity,
            message: message.into(),
            primary,
            related: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// Add a secondary span, shown after the ones already added.
    #[must_use]
    pub fn with_related(mut self, label: Label) -> Diagnostic {
        self.related.push(label);
        self
    }

    /// Add a line of arithmetic or explanation.
    #[must_use]
    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }

    /// Add several notes in order (the steps of a derivation).
    #[must_use]
    pub fn with_notes(mut self, notes: impl IntoIterator<Item = String>) -> Diagnostic {
        self.notes.extend(notes);
        self
    }

    /// Override the rule's default severity (e.g. down to `Warning` when the attribution
    /// was inferred).
    #[must_use]
    pub fn with_severity(mut self, severity: Severity) -> Diagnostic {
        self.severity = severity;
        self
    }

    /// Order within one document: primary span start, then code, then everything else
    /// that could differ, so output never depends on the order in which rules ran.
    pub fn cmp_position(&self, other: &Diagnostic) -> std::cmp::Ordering {
        let spans = |d: &Diagnostic| {
            d.related
                .iter()
                .map(|l| (l.span.start, l.span.end))
                .collect::<Vec<_>>()
        };
        (self.primary.span.start, self.code, self.primary.span.end)
            .cmp(&(other.primary.span.start, other.code, other.primary.span.end))
            .then_with(|| self.message.cmp(&other.message))
            .then_with(|| spans(self).cmp(&spans(other)))
    }
}

/// Sort the diagnostics of one document: by primary span start, then code (then the
/// rest of the diagnostic, so that the order is total).
pub fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by(Diagnostic::cmp_position);
}

/// The findings of every document in output order: documents by path (stable, so
/// equal paths keep their order), each document's findings as [`sort`] orders them.
/// Renderers use it so that output never depends on the order of a parallel walk.
pub fn in_order<'a>(
    files: &'a [(&'a Document, Vec<Diagnostic>)],
) -> Vec<(&'a Document, Vec<&'a Diagnostic>)> {
    let mut out: Vec<(&Document, Vec<&Diagnostic>)> = files
        .iter()
        .map(|(document, diagnostics)| {
            let mut sorted: Vec<&Diagnostic> = diagnostics.iter().collect();
            sorted.sort_by(|a, b| a.cmp_position(b));
            (*document, sorted)
        })
        .collect();
    out.sort_by(|a, b| a.0.path.cmp(&b.0.path));
    out
}

/// What the message style (STYLE.md, "Messages and names") forbids in `message`; empty
/// when the message is fine. For rule tests: `assert!(message_style_problems(&d.message).is_empty())`.
pub fn message_style_problems(message: &str) -> Vec<&'static str> {
    let mut problems = Vec::new();
    if message.trim().is_empty() {
        problems.push("message is empty");
    }
    if message.contains('\n') || message.contains('\r') {
        problems.push("message spans more than one line");
    }
    if message.trim_end() != message || message.trim_start() != message {
        problems.push("message has leading or trailing whitespace");
    }
    if message.ends_with('.') || message.ends_with('。') {
        problems.push("message ends with a period");
    }
    if message.chars().next().is_some_and(char::is_uppercase) {
        problems.push("message starts with a capital letter");
    }
    if message.matches('`').count() % 2 != 0 {
        problems.push("message has an unbalanced backtick");
    }
    problems
}

/// Counts for the last line of human output and the `summary` object of JSON output.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    /// Documents checked, with or without findings.
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
}

impl Summary {
    /// Count the findings of every document.
    pub fn of<D: AsRef<[Diagnostic]>, T>(files: &[(T, D)]) -> Summary {
        let mut summary = Summary {
            files: files.len(),
            ..Summary::default()
        };
        for diag in files.iter().flat_map(|(_, d)| d.as_ref()) {
            match diag.severity {
                Severity::Error => summary.errors += 1,
                Severity::Warning => summary.warnings += 1,
            }
        }
        summary
    }
}

impl fmt::Display for Summary {
    /// `found 2 errors and 1 warning in 3 files`, `no findings in 1 file`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let files = plural(self.files, "file");
        match (self.errors, self.warnings) {
            (0, 0) => write!(f, "no findings in {files}"),
            (e, 0) => write!(f, "found {} in {files}", plural(e, "error")),
            (0, w) => write!(f, "found {} in {files}", plural(w, "warning")),
            (e, w) => write!(
                f,
                "found {} and {} in {files}",
                plural(e, "error"),
                plural(w, "warning")
            ),
        }
    }
}

pub(crate) fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diag(code: &'static str, start: usize) -> Diagnostic {
        Diagnostic::new(
            code,
            "x",
            Severity::Error,
            "m",
            Label::new(start..start + 1, ""),
        )
    }

    #[test]
    fn sort_is_by_start_then_code() {
        let mut d = vec![diag("CL002", 5), diag("CL001", 9), diag("CL001", 5)];
        sort(&mut d);
        let keys: Vec<_> = d.iter().map(|d| (d.primary.span.start, d.code)).collect();
        assert_eq!(keys, [(5, "CL001"), (5, "CL002"), (9, "CL001")]);
    }

    #[test]
    fn summary_wording() {
        let s = |files, errors, warnings| {
            Summary {
                files,
                errors,
                warnings,
            }
            .to_string()
        };
        assert_eq!(s(3, 0, 0), "no findings in 3 files");
        assert_eq!(s(1, 1, 0), "found 1 error in 1 file");
        assert_eq!(s(2, 0, 2), "found 2 warnings in 2 files");
        assert_eq!(s(3, 2, 1), "found 2 errors and 1 warning in 3 files");
    }

    #[test]
    fn summary_counts_severities() {
        let files = [
            ("a", vec![diag("CL001", 0), diag("CL002", 1)]),
            ("b", vec![diag("CL001", 0).with_severity(Severity::Warning)]),
            ("c", vec![]),
        ];
        assert_eq!(
            Summary::of(&files),
            Summary {
                files: 3,
                errors: 2,
                warnings: 1
            }
        );
    }

    #[test]
    fn message_style() {
        assert!(message_style_problems(
            "percent change `+60%` does not match `250 → 410` (+64.0%)"
        )
        .is_empty());
        assert_eq!(
            message_style_problems("Bad `x."),
            [
                "message ends with a period",
                "message starts with a capital letter",
                "message has an unbalanced backtick"
            ]
        );
    }
}
