//! Renderers: turn the pipeline's data into text for people or machines. Nothing
//! upstream knows about tables, JSON or terminals.
//!
//! `check --format` picks one renderer of [`Format`]; every renderer takes the same
//! `(document, findings)` pairs and prints documents by path and findings by offset
//! ([`in_order`]), so the output of a run never depends on the order files were read
//! in. Machine formats carry no timestamps: the same input gives the same bytes.

pub mod claims;
pub mod diff;
pub mod github;
pub mod gitlab;
pub mod human;
pub mod json;
pub mod json_lines;
pub mod junit;
pub mod rdjson;
pub mod sarif;
pub mod statistics;

use crate::baseline::{self, Fnv1a};
use crate::diagnostic::{in_order, Diagnostic};
use crate::document::Document;
use std::collections::HashMap;
use std::fmt::Write;
use std::io;
use std::ops::Range;
use std::path::Path;

/// The output formats of `claimlint check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// rustc-style, with the source lines of every claim involved
    Human,
    /// One line per finding: `path:line:col: CODE [severity] message`
    Concise,
    /// JSON: every finding with its claims, notes and a summary (schema version 1)
    Json,
    /// One JSON object per finding per line, the same objects as `json`
    JsonLines,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers
    Sarif,
    /// GitHub Actions workflow commands (annotations on the pull request)
    Github,
    /// GitLab Code Quality report
    Gitlab,
    /// reviewdog Diagnostic Format (rdjson)
    Rdjson,
    /// JUnit XML: one test suite per file, one failing test case per finding
    Junit,
}

/// How `check` prints its findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Report {
    pub format: Format,
    /// ANSI colours in human output.
    pub color: bool,
    /// Human and concise output without the summary line.
    pub quiet: bool,
    /// Counts per rule instead of the findings (JSON for `json` and `json-lines`).
    pub statistics: bool,
}

/// The whole output of `check` for these documents and their findings, ending in a
/// newline unless empty.
pub fn report(files: &[(&Document, Vec<Diagnostic>)], report: &Report) -> String {
    if report.statistics {
        return match report.format {
            Format::Json | Format::JsonLines => statistics::json(files) + "\n",
            _ => statistics::text(files),
        };
    }
    let options = human::Options {
        color: report.color,
        ..human::Options::default()
    };
    match (report.format, report.quiet) {
        (Format::Human, false) => human::render_with(files, &options),
        (Format::Human, true) => human::render_quiet(files, &options),
        (Format::Concise, false) => human::concise(files),
        (Format::Concise, true) => human::concise_quiet(files),
        (Format::Json, _) => json::render(files) + "\n",
        (Format::JsonLines, _) => json_lines::render(files),
        (Format::Sarif, _) => sarif::render(files) + "\n",
        (Format::Github, _) => github::render(files),
        (Format::Gitlab, _) => gitlab::render(files) + "\n",
        (Format::Rdjson, _) => rdjson::render(files) + "\n",
        (Format::Junit, _) => junit::render(files),
    }
}

/// Write a report to `path` (`--output-file`), unless `path` is one of the documents
/// checked: claimlint never writes to the files it reads. Errors name the path.
pub fn write_report<'a>(
    path: &Path,
    checked: impl IntoIterator<Item = &'a Document>,
    report: &str,
) -> io::Result<()> {
    let with_path = |e: io::Error| io::Error::new(e.kind(), format!("{}: {e}", path.display()));
    if let Ok(target) = path.canonicalize() {
        let same = |d: &Document| Path::new(&d.path).canonicalize().is_ok_and(|p| p == target);
        if checked.into_iter().any(same) {
            return Err(with_path(io::Error::new(
                io::ErrorKind::InvalidInput,
                "is a file being checked; the report would overwrite it",
            )));
        }
    }
    std::fs::write(path, report).map_err(with_path)
}

/// Where a span lies, for formats that want both of its ends: 1-based lines and
/// 1-based columns in Unicode scalar values (DESIGN.md), the end exclusive (the
/// column just after the last character, as SARIF and GitHub count it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    pub start_line: usize,
    pub start_column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

impl Region {
    pub fn new(document: &Document, span: &Range<usize>) -> Region {
        let (start_line, start_column) = document.line_col(span.start);
        let (end_line, end_column) = document.line_col(span.end.max(span.start));
        Region {
            start_line,
            start_column,
            end_line,
            end_column,
        }
    }
}

/// The text a span covers (empty if it is not on char boundaries of the document).
pub fn span_text<'a>(document: &'a Document, span: &Range<usize>) -> &'a str {
    document.text.get(span.clone()).unwrap_or_default()
}

/// The message, then the arithmetic, one `= note` a line: for formats whose message
/// may span lines and that link the other claims themselves.
pub fn message_with_notes(diagnostic: &Diagnostic) -> String {
    let mut out = diagnostic.message.clone();
    for note in &diagnostic.notes {
        // Writing to a String cannot fail.
        let _ = write!(out, "\n= {note}");
    }
    out
}

/// [`message_with_notes`] with a line for each other claim involved, such as
/// ``"`9535辆` at 36:12: to"``: for formats that can point at one place only.
pub fn details(document: &Document, diagnostic: &Diagnostic) -> String {
    let mut out = diagnostic.message.clone();
    for label in &diagnostic.related {
        let (line, column) = document.line_col(label.span.start);
        let text = span_text(document, &label.span);
        let _ = write!(out, "\n`{text}` at {line}:{column}: {}", label.message);
    }
    for note in &diagnostic.notes {
        let _ = write!(out, "\n= {note}");
    }
    out
}

/// Fingerprints that identify a finding across runs, for the formats whose consumers
/// track findings (GitLab Code Quality, SARIF `partialFingerprints`): the finding's
/// baseline fingerprint ([`baseline::fingerprint`]: the path, the rule and the text of
/// every claim involved), so a finding keeps it when text is added above it or when a
/// release words its message differently, and loses it when a figure it is about
/// changes. Equal findings in one file are told apart by their order: the second and
/// later ones hash their rank into it.
#[derive(Debug, Default)]
pub struct Fingerprints {
    seen: HashMap<String, u64>,
}

impl Fingerprints {
    /// The fingerprint of the next finding, as 16 hex digits.
    pub fn next(&mut self, document: &Document, diagnostic: &Diagnostic) -> String {
        let first = baseline::fingerprint(&document.path, &document.text, diagnostic);
        let occurrence = self.seen.entry(first.clone()).or_default();
        *occurrence += 1;
        if *occurrence == 1 {
            return first;
        }
        let mut hash = Fnv1a::default();
        hash.write(first.as_bytes());
        hash.write(&occurrence.to_le_bytes());
        hash.hex()
    }
}

/// Every finding with its document, in output order.
pub fn findings<'a>(
    files: &'a [(&'a Document, Vec<Diagnostic>)],
) -> impl Iterator<Item = (&'a Document, &'a Diagnostic)> {
    in_order(files)
        .into_iter()
        .flat_map(|(document, diagnostics)| diagnostics.into_iter().map(move |d| (document, d)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Label, Severity};

    fn finding(message: &str, span: Range<usize>) -> Diagnostic {
        Diagnostic::new("CL001", "x", Severity::Error, message, Label::new(span, ""))
    }

    #[test]
    fn regions_count_characters_and_end_after_the_last() {
        let document = Document::new("a.md", "标题\n高盛275美元");
        let region = Region::new(&document, &(13..19));
        assert_eq!(span_text(&document, &(13..19)), "275美");
        assert_eq!(
            (
                region.start_line,
                region.start_column,
                region.end_line,
                region.end_column
            ),
            (2, 3, 2, 7)
        );
    }

    #[test]
    fn fingerprints_ignore_line_numbers_and_tell_repeats_apart() {
        let a = Document::new("a.md", "x 275\n");
        let moved = Document::new("a.md", "new line\nx 275\n");
        let d = finding("m", 2..5);
        let moved_d = finding("m", 11..14);
        let first = Fingerprints::default().next(&a, &d);
        assert_eq!(first, Fingerprints::default().next(&moved, &moved_d));
        assert_eq!(first.len(), 16);
        let mut twice = Fingerprints::default();
        assert_eq!(twice.next(&a, &d), first);
        assert_ne!(
            twice.next(&a, &d),
            first,
            "a repeat gets its own fingerprint"
        );
        let other = Document::new("b.md", "x 275\n");
        assert_ne!(Fingerprints::default().next(&other, &d), first);
        assert_eq!(
            Fingerprints::default().next(&a, &finding("reworded", 2..5)),
            first,
            "a message worded differently keeps the fingerprint"
        );
        assert_ne!(Fingerprints::default().next(&a, &finding("m", 3..5)), first);
        assert_eq!(first, baseline::fingerprint("./a.md", "x 275\n", &d));
    }
}
