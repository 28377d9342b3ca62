//! `check --format gitlab`: a GitLab Code Quality report (the CodeClimate subset GitLab
//! reads), shown in merge requests when a job uploads it as
//! `artifacts:reports:codequality`.
//!
//! ```text
//! [{"description":"CL002: percent change …","check_name":"CL002","fingerprint":"…",
//!   "severity":"major","location":{"path":"a.md","lines":{"begin":3,"end":3}}}]
//! ```
//!
//! Errors are `major`, warnings `minor`. The fingerprint ([`Fingerprints`]) depends on
//! neither line numbers nor the message's wording, so GitLab does not report a finding
//! as fixed and new again when text is added above it or a release rewords it.

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::render::{findings, Fingerprints, Region};
use serde::Serialize;

#[derive(Serialize)]
struct Issue<'a> {
    description: String,
    check_name: &'static str,
    fingerprint: String,
    severity: &'static str,
    location: Location<'a>,
}

#[derive(Serialize)]
struct Location<'a> {
    path: &'a str,
    lines: Lines,
}

#[derive(Serialize)]
struct Lines {
    begin: usize,
    end: usize,
}

/// The report, pretty printed without a final newline; `[]` when nothing is found.
pub fn render(files: &[(&Document, Vec<Diagnostic>)]) -> String {
    let mut fingerprints = Fingerprints::default();
    let issues: Vec<Issue> = findings(files)
        .map(|(document, d)| {
            let region = Region::new(document, &d.primary.span);
            Issue {
                description: format!("{}: {}", d.code, d.message),
                check_name: d.code,
                fingerprint: fingerprints.next(document, d),
                severity: match d.severity {
                    Severity::Error => "major",
                    Severity::Warning => "minor",
                },
                location: Location {
                    path: &document.path,
                    lines: Lines {
                        begin: region.start_line,
                        end: region.end_line,
                    },
                },
            }
        })
        .collect();
    // Serialising plain structs of strings and numbers cannot fail.
    serde_json::to_string_pretty(&issues).unwrap_or_default()
}
