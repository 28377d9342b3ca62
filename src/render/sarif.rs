//! `check --format sarif`: a SARIF 2.1.0 log, for GitHub code scanning
//! (`github/codeql-action/upload-sarif`) and other SARIF viewers.
//!
//! One run; its tool lists every rule of [`RULES`] with its code (`id`), name, summary
//! (`shortDescription`), documentation (`help`, as `claimlint explain` prints it) and
//! default severity, so a viewer can show what a rule is about and results can refer
//! to rules by index. A result's `locations`
//! hold the claim the finding is about, its `relatedLocations` every other claim
//! involved, each with its label; the message carries the arithmetic. Regions give
//! lines and columns counted in Unicode code points (`columnKind`), with the end
//! column just after the claim, and the byte offsets of the span.
//!
//! Built with the typed model of `serde-sarif`, which is generated from the SARIF
//! 2.1.0 schema, so a misnamed or misplaced property does not compile.

use crate::diagnostic::{Diagnostic, Label, Severity};
use crate::document::Document;
use crate::render::{findings, message_with_notes, span_text, Fingerprints, Region};
use crate::rules::{RuleMeta, RULES};
use serde_sarif::sarif;
use std::collections::BTreeMap;

/// The schema that the log declares (the OASIS 2.1.0 schema, as published by
/// SchemaStore).
pub const SCHEMA_URL: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The key of claimlint's fingerprint in `partialFingerprints`; the version changes
/// if the fingerprint is ever computed differently.
const FINGERPRINT_KEY: &str = "claimlint/v2";

/// The log, pretty printed without a final newline.
pub fn render(files: &[(&Document, Vec<Diagnostic>)]) -> String {
    let mut fingerprints = Fingerprints::default();
    let results: Vec<sarif::Result> = findings(files)
        .map(|(document, d)| result(document, d, fingerprints.next(document, d)))
        .collect();
    let driver = sarif::ToolComponent::builder()
        .name("claimlint")
        .version(env!("CARGO_PKG_VERSION"))
        .rules(RULES.iter().map(rule).collect::<Vec<_>>())
        .build();
    let run = sarif::Run::builder()
        .tool(sarif::Tool::builder().driver(driver).build())
        .column_kind(serde_json::json!("unicodeCodePoints"))
        .results(results)
        .build();
    let log = sarif::Sarif::builder()
        .schema(SCHEMA_URL)
        .version(serde_json::json!("2.1.0"))
        .runs(vec![run])
        .build();
    // Serialising plain structs of strings and numbers cannot fail.
    serde_json::to_string_pretty(&log).unwrap_or_default()
}

fn rule(meta: &RuleMeta) -> sarif::ReportingDescriptor {
    let documentation = meta.documentation();
    sarif::ReportingDescriptor::builder()
        .id(meta.code)
        .name(meta.name)
        .short_description(text(meta.summary))
        .help(
            sarif::MultiformatMessageString::builder()
                .text(documentation.as_str())
                .markdown(documentation.as_str())
                .build(),
        )
        .default_configuration(
            sarif::ReportingConfiguration::builder()
                .level(serde_json::json!(level(meta.severity)))
                .build(),
        )
        .build()
}

fn text(s: &str) -> sarif::MultiformatMessageString {
    sarif::MultiformatMessageString::builder().text(s).build()
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

fn result(document: &Document, d: &Diagnostic, fingerprint: String) -> sarif::Result {
    let related: Vec<sarif::Location> = d
        .related
        .iter()
        .enumerate()
        .map(|(i, label)| location(document, label, i64::try_from(i + 1).ok()))
        .collect();
    // Every code is in the registry; -1 is SARIF's "no index".
    let rule_index = RULES
        .iter()
        .position(|r| r.code == d.code)
        .and_then(|i| i64::try_from(i).ok())
        .unwrap_or(-1);
    sarif::Result::builder()
        .rule_id(d.code)
        .rule_index(rule_index)
        .level(match d.severity {
            Severity::Error => sarif::ResultLevel::Error,
            Severity::Warning => sarif::ResultLevel::Warning,
        })
        .message(message(&message_with_notes(d)))
        .locations(vec![location(document, &d.primary, None)])
        .related_locations(related)
        .partial_fingerprints(BTreeMap::from([(FINGERPRINT_KEY.to_string(), fingerprint)]))
        .build()
}

fn message(text: &str) -> sarif::Message {
    sarif::Message::builder().text(text).build()
}

/// A claim: its file, region and label; `id` numbers related locations from 1.
fn location(document: &Document, label: &Label, id: Option<i64>) -> sarif::Location {
    let r = Region::new(document, &label.span);
    let int = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    let region = sarif::Region::builder()
        .start_line(int(r.start_line))
        .start_column(int(r.start_column))
        .end_line(int(r.end_line))
        .end_column(int(r.end_column))
        .byte_offset(int(label.span.start))
        .byte_length(int(label.span.len()))
        .snippet(
            sarif::ArtifactContent::builder()
                .text(span_text(document, &label.span))
                .build(),
        )
        .build();
    let physical = sarif::PhysicalLocation::builder()
        .artifact_location(
            sarif::ArtifactLocation::builder()
                .uri(uri_reference(&document.path))
                .build(),
        )
        .region(region)
        .build();
    let location = sarif::Location::builder()
        .physical_location(physical)
        .message(message(&label.message));
    match id {
        Some(id) => location.id(id).build(),
        None => location.build(),
    }
}

/// A path as a relative URI reference: every byte but unreserved characters and `/`
/// percent-encoded (spaces, `%`, `#`, `?`, `:` and non-ASCII included), so that
/// `<stdin>` or `报告 1.md` are valid `uri` values.
fn uri_reference(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri_reference("docs/a-b_c.~1.md"), "docs/a-b_c.~1.md");
        assert_eq!(uri_reference("<stdin>"), "%3Cstdin%3E");
        assert_eq!(uri_reference("报 1%.md"), "%E6%8A%A5%201%25.md");
    }
}
