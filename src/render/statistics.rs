//! `check --statistics`: how many findings each rule has, most first (like
//! `ruff --statistics`), instead of the findings themselves.
//!
//! ```text
//! 2  CL002  percent-change-mismatch
//! 1  CL005  product-mismatch
//! ```

use crate::diagnostic::Diagnostic;
use crate::document::Document;
use serde::Serialize;
use std::collections::BTreeMap;

/// One rule's count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleCount {
    pub code: &'static str,
    pub name: &'static str,
    pub count: usize,
}

/// The rules that have findings, by count (most first), then by code.
pub fn counts(files: &[(&Document, Vec<Diagnostic>)]) -> Vec<RuleCount> {
    let mut by_code: BTreeMap<&'static str, RuleCount> = BTreeMap::new();
    for d in files.iter().flat_map(|(_, diagnostics)| diagnostics) {
        by_code
            .entry(d.code)
            .or_insert(RuleCount {
                code: d.code,
                name: d.rule,
                count: 0,
            })
            .count += 1;
    }
    let mut out: Vec<RuleCount> = by_code.into_values().collect();
    // Stable, so equal counts keep the code order of the map.
    out.sort_by_key(|c| std::cmp::Reverse(c.count));
    out
}

/// One line per rule, `count  code  name`, counts right-aligned; empty when nothing
/// was found.
pub fn text(files: &[(&Document, Vec<Diagnostic>)]) -> String {
    let counts = counts(files);
    let width = counts.first().map_or(1, |c| c.count.to_string().len());
    counts
        .iter()
        .map(|c| format!("{:>width$}  {}  {}\n", c.count, c.code, c.name))
        .collect()
}

/// `[{"code","name","count"}]`, pretty printed without a final newline.
pub fn json(files: &[(&Document, Vec<Diagnostic>)]) -> String {
    // Serialising plain structs of strings and numbers cannot fail.
    serde_json::to_string_pretty(&counts(files)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Label, Severity};

    fn finding(code: &'static str, rule: &'static str) -> Diagnostic {
        Diagnostic::new(code, rule, Severity::Error, "m", Label::new(0..1, ""))
    }

    #[test]
    fn most_frequent_first_then_by_code() {
        let a = Document::new("a.txt", "x");
        let b = Document::new("b.txt", "x");
        let files = [
            (&a, vec![finding("CL005", "five"), finding("CL002", "two")]),
            (
                &b,
                vec![
                    finding("CL003", "three"),
                    finding("CL003", "three"),
                    finding("CL002", "two"),
                ],
            ),
        ];
        let codes: Vec<(&str, usize)> = counts(&files).iter().map(|c| (c.code, c.count)).collect();
        assert_eq!(codes, [("CL002", 2), ("CL003", 2), ("CL005", 1)]);
        assert_eq!(
            text(&files),
            "2  CL002  two\n2  CL003  three\n1  CL005  five\n"
        );
        assert_eq!(text(&[(&a, Vec::new())]), "");
    }
}
