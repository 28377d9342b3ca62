//! `check --format rdjson`: the reviewdog Diagnostic Format, for
//! `reviewdog -f=rdjson`, which posts findings as review comments.
//!
//! Every other claim of a finding is a `related_locations` entry. As the format
//! prescribes, lines are 1-based and columns are 1-based **byte** counts in UTF-8 (so
//! `275` after `高盛` is column 7, not 3); `end` is exclusive.

use crate::diagnostic::{Diagnostic, Label, Severity};
use crate::document::Document;
use crate::render::{findings, message_with_notes};
use serde::Serialize;
use std::ops::Range;

#[derive(Serialize)]
struct Report<'a> {
    source: Source,
    diagnostics: Vec<RdDiagnostic<'a>>,
}

#[derive(Serialize)]
struct Source {
    name: &'static str,
}

#[derive(Serialize)]
struct RdDiagnostic<'a> {
    message: String,
    location: Location<'a>,
    severity: &'static str,
    source: Source,
    code: Code,
    related_locations: Vec<Related<'a>>,
}

#[derive(Serialize)]
struct Code {
    value: &'static str,
}

#[derive(Serialize)]
struct Related<'a> {
    message: &'a str,
    location: Location<'a>,
}

#[derive(Serialize)]
struct Location<'a> {
    path: &'a str,
    range: PositionRange,
}

#[derive(Serialize)]
struct PositionRange {
    start: Position,
    end: Position,
}

#[derive(Serialize)]
struct Position {
    line: usize,
    column: usize,
}

const SOURCE: Source = Source { name: "claimlint" };

/// The report, pretty printed without a final newline.
pub fn render(files: &[(&Document, Vec<Diagnostic>)]) -> String {
    let report = Report {
        source: SOURCE,
        diagnostics: findings(files)
            .map(|(document, d)| RdDiagnostic {
                message: message_with_notes(d),
                location: location(document, &d.primary),
                severity: match d.severity {
                    Severity::Error => "ERROR",
                    Severity::Warning => "WARNING",
                },
                source: SOURCE,
                code: Code { value: d.code },
                related_locations: d
                    .related
                    .iter()
                    .map(|label| Related {
                        message: &label.message,
                        location: location(document, label),
                    })
                    .collect(),
            })
            .collect(),
    };
    // Serialising plain structs of strings and numbers cannot fail.
    serde_json::to_string_pretty(&report).unwrap_or_default()
}

fn location<'a>(document: &'a Document, label: &Label) -> Location<'a> {
    let Range { start, end } = label.span;
    Location {
        path: &document.path,
        range: PositionRange {
            start: position(document, start),
            end: position(document, end.max(start)),
        },
    }
}

/// 1-based line and 1-based UTF-8 byte column of a byte offset.
fn position(document: &Document, offset: usize) -> Position {
    let starts = document.line_starts();
    let line = starts.partition_point(|&s| s <= offset).max(1);
    Position {
        line,
        column: offset - starts[line - 1] + 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_utf8_bytes() {
        let document = Document::new("a.md", "标题\n高盛275美元");
        let p = position(&document, 13);
        assert_eq!((p.line, p.column), (2, 7));
    }
}
