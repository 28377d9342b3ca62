//! `claimlint check --format json`: the JSON contract of DESIGN.md (schema version 1).
//!
//! ```text
//! {"version":1,
//!  "diagnostics":[{"code","rule","severity","message","path",
//!                  "span":{"start","end","line","column"},
//!                  "related":[{"span":{...},"message"}],"notes":[...]}],
//!  "summary":{"files","errors","warnings"}}
//! ```
//!
//! Diagnostics come in path order, then by offset (see [`crate::diagnostic::sort`]).

use crate::diagnostic::{Diagnostic, Severity, Summary};
use crate::document::Document;
use crate::render::claims::SpanJson;
use crate::render::findings;
use serde::Serialize;

/// The version of the `check --format json` schema.
pub const VERSION: u32 = 1;

/// One diagnostic as JSON; also the DIAGNOSTIC object of `diff --format json`.
#[derive(Debug, Serialize)]
pub struct DiagnosticJson<'a> {
    pub code: &'static str,
    pub rule: &'static str,
    pub severity: Severity,
    pub message: &'a str,
    pub path: &'a str,
    pub span: SpanJson,
    pub related: Vec<RelatedJson<'a>>,
    pub notes: &'a [String],
}

/// A secondary span and its label.
#[derive(Debug, Serialize)]
pub struct RelatedJson<'a> {
    pub span: SpanJson,
    pub message: &'a str,
}

impl<'a> DiagnosticJson<'a> {
    /// `diagnostic`, whose spans point into `document`.
    pub fn new(document: &'a Document, diagnostic: &'a Diagnostic) -> DiagnosticJson<'a> {
        DiagnosticJson {
            code: diagnostic.code,
            rule: diagnostic.rule,
            severity: diagnostic.severity,
            message: &diagnostic.message,
            path: &document.path,
            span: SpanJson::new(document, &diagnostic.primary.span),
            related: diagnostic
                .related
                .iter()
                .map(|label| RelatedJson {
                    span: SpanJson::new(document, &label.span),
                    message: &label.message,
                })
                .collect(),
            notes: &diagnostic.notes,
        }
    }
}

#[derive(Serialize)]
struct CheckJson<'a> {
    version: u32,
    diagnostics: Vec<DiagnosticJson<'a>>,
    summary: Summary,
}

/// The whole `check --format json` document, pretty printed without a final newline
/// (like `claims::json`), for every document
/// checked (with or without findings). Documents are ordered by path and findings by
/// offset, whatever order they come in.
pub fn render(files: &[(&Document, Vec<Diagnostic>)]) -> String {
    let out = CheckJson {
        version: VERSION,
        diagnostics: findings(files)
            .map(|(document, d)| DiagnosticJson::new(document, d))
            .collect(),
        summary: Summary::of(files),
    };
    // Serialising plain structs of strings and numbers cannot fail.
    serde_json::to_string_pretty(&out).unwrap_or_default()
}
