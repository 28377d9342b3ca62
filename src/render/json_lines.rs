//! `check --format json-lines`: one finding per line, each the same object as in
//! `--format json` ([`DiagnosticJson`]), in the same order; no summary, nothing at all
//! when nothing is found. For `jq`, `grep` and streaming consumers.

use crate::diagnostic::Diagnostic;
use crate::document::Document;
use crate::render::findings;
use crate::render::json::DiagnosticJson;

pub fn render(files: &[(&Document, Vec<Diagnostic>)]) -> String {
    findings(files)
        .map(|(document, d)| {
            // Serialising plain structs of strings and numbers cannot fail.
            serde_json::to_string(&DiagnosticJson::new(document, d)).unwrap_or_default() + "\n"
        })
        .collect()
}
