//! Rules: one file per rule, one code per rule, one doc comment per rule, and the
//! registry [`RULES`] that maps codes to them (`claimlint rules`, `claimlint explain`).
//!
//! # Writing a rule
//!
//! A rule file (`src/rules/percent_change.rs` for `percent-change-mismatch`) declares
//! its unit struct with `declare_rule!`. The doc comment is the user documentation
//! that `claimlint explain CL002` prints: a one-line summary first, then exactly these
//! four sections, in this order:
//!
//! ```rust,ignore
//! use crate::rules::declare_rule;
//!
//! declare_rule! {
//!     /// A stated percent change or multiple that its from/to values do not give.
//!     ///
//!     /// ## What it finds
//!     /// A change from A to B stated with a percent or a multiple, where
//!     /// (B − A) / A is outside the interval the written figures allow.
//!     ///
//!     /// ## Why it matters
//!     /// Readers check such figures; one wrong digit discredits the article.
//!     ///
//!     /// ## Example
//!     /// ```text
//!     /// 目标价从250美元上调至410美元，上调幅度为60%。
//!     /// ```
//!     /// (410 − 250) / 250 = +64%, not 60%.
//!     ///
//!     /// ## How to silence
//!     /// Correct one of the three figures, or add `CL002` to `ignore` in
//!     /// `claimlint.toml`.
//!     pub struct PercentChangeMismatch {
//!         code: "CL002",
//!         name: "percent-change-mismatch",
//!         severity: Error,
//!     }
//! }
//! ```
//!
//! This defines `pub struct PercentChangeMismatch;` with the doc comment, and the
//! associated constants `CODE`, `NAME`, `SEVERITY` (the default one; a diagnostic may
//! lower it with [`Diagnostic::with_severity`]), `DOC` (the doc comment as written,
//! one line per `///`) and `META` (a [`RuleMeta`]), plus
//! `PercentChangeMismatch::diagnostic(message, primary)`, which starts a
//! [`Diagnostic`] with the rule's code, name and severity. The code and name are
//! checked at compile time (`CL` + three digits; kebab-case).
//!
//! [`Diagnostic`]: crate::diagnostic::Diagnostic
//! [`Diagnostic::with_severity`]: crate::diagnostic::Diagnostic::with_severity
//!
//! Then add `PercentChangeMismatch::META` to [`RULES`], keeping it sorted by code.
//! The registry test checks that codes are unique and that every doc has the four
//! sections. Codes are never reused once shipped.

pub(crate) mod conflicting_restatement;
mod definition_mismatch;
mod direction_mismatch;
mod percent_change;
mod product_mismatch;
mod stale_restatement;
mod total_mismatch;
mod unit_mismatch;
mod unused_suppression;

use crate::attribute::Claim;
use crate::diagnostic::Label;
use crate::diagnostic::{Diagnostic, Severity};
use crate::relations::Relations;
use crate::solver::{Solution, Used};
pub use conflicting_restatement::ConflictingRestatement;
pub use definition_mismatch::DefinitionMismatch;
pub use direction_mismatch::DirectionMismatch;
pub use percent_change::PercentChangeMismatch;
pub use product_mismatch::ProductMismatch;
pub use stale_restatement::StaleRestatement;
pub use total_mismatch::TotalMismatch;
pub use unit_mismatch::UnitMismatch;
pub use unused_suppression::UnusedSuppression;

/// What every rule reads: one document's text, its claims and their relations.
pub struct Context<'a> {
    pub text: &'a str,
    pub claims: &'a [Claim],
    pub relations: &'a Relations,
    pub solution: &'a Solution,
}

impl Context<'_> {
    /// The figure as the article writes it, markup blanked out of a Markdown span taken
    /// for one space (`**60** basis points` → `60 basis points`).
    pub fn written(&self, claim: &Claim) -> std::borrow::Cow<'_, str> {
        let text = &self.text[claim.mention.span.clone()];
        if !text.contains("  ") {
            return text.into();
        }
        text.split_whitespace().collect::<Vec<_>>().join(" ").into()
    }
}

/// Run every rule over one document. (`CL900` is not among them: it reads the
/// suppressions, see [`crate::suppress`].)
pub fn run(ctx: &Context) -> Vec<Diagnostic> {
    let mut out = ConflictingRestatement::check(ctx);
    out.extend(PercentChangeMismatch::check(ctx));
    out.extend(DirectionMismatch::check(ctx));
    out.extend(TotalMismatch::check(ctx));
    out.extend(ProductMismatch::check(ctx));
    out.extend(DefinitionMismatch::check(ctx));
    out.extend(UnitMismatch::check(ctx));
    out
}

/// The four sections every rule's doc comment has, in this order.
pub const DOC_SECTIONS: [&str; 4] = [
    "## What it finds",
    "## Why it matters",
    "## Example",
    "## How to silence",
];

/// What the registry knows about a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct RuleMeta {
    /// `"CL002"`.
    pub code: &'static str,
    /// `"percent-change-mismatch"`.
    pub name: &'static str,
    /// The default severity of its findings.
    pub severity: Severity,
    /// The first line of the doc comment.
    pub summary: &'static str,
    /// The doc comment as the compiler saw it: one line per `///`, each with the
    /// single space that follows `///`. Print [`RuleMeta::documentation`] instead.
    pub doc: &'static str,
}

impl RuleMeta {
    /// The doc comment as Markdown, without the space after each `///`.
    pub fn documentation(&self) -> String {
        let mut out = String::with_capacity(self.doc.len());
        for line in self.doc.lines() {
            out.push_str(line.strip_prefix(' ').unwrap_or(line));
            out.push('\n');
        }
        out
    }
}

/// Every rule, sorted by code. Rule files add their `META` here.
pub static RULES: &[RuleMeta] = &[
    ConflictingRestatement::META,
    PercentChangeMismatch::META,
    DirectionMismatch::META,
    TotalMismatch::META,
    ProductMismatch::META,
    DefinitionMismatch::META,
    UnitMismatch::META,
    StaleRestatement::META,
    UnusedSuppression::META,
];

/// The rule with this code (`CL002`, any case) or name (`percent-change-mismatch`).
pub fn explain(code_or_name: &str) -> Option<&'static RuleMeta> {
    let key = code_or_name.trim();
    RULES
        .iter()
        .find(|r| r.code.eq_ignore_ascii_case(key) || r.name == key)
}

/// Declare a rule's unit struct with its documentation; see the module documentation.
macro_rules! declare_rule {
    (
        #[doc = $summary:literal]
        $(#[doc = $doc:literal])*
        $vis:vis struct $name:ident {
            code: $code:literal,
            name: $rule:literal,
            severity: $severity:ident $(,)?
        }
    ) => {
        #[doc = $summary]
        $(#[doc = $doc])*
        #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
        $vis struct $name;

        const _: () = {
            assert!(
                $crate::rules::is_rule_code($code),
                concat!("rule code `", $code, "` is not `CL` and three digits")
            );
            assert!(
                $crate::rules::is_kebab_case($rule),
                concat!("rule name `", $rule, "` is not kebab-case")
            );
        };

        #[allow(dead_code)]
        impl $name {
            pub const CODE: &'static str = $code;
            pub const NAME: &'static str = $rule;
            pub const SEVERITY: $crate::diagnostic::Severity =
                $crate::diagnostic::Severity::$severity;
            pub const DOC: &'static str = concat!($summary, "\n", $($doc, "\n",)*);
            pub const META: $crate::rules::RuleMeta = $crate::rules::RuleMeta {
                code: $code,
                name: $rule,
                severity: Self::SEVERITY,
                summary: $crate::rules::strip_doc_space($summary),
                doc: Self::DOC,
            };

            /// A finding of this rule, at its default severity.
            pub fn diagnostic(
                message: impl Into<String>,
                primary: $crate::diagnostic::Label,
            ) -> $crate::diagnostic::Diagnostic {
                $crate::diagnostic::Diagnostic::new($code, $rule, Self::SEVERITY, message, primary)
            }
        }
    };
}
pub(crate) use declare_rule;

/// Label every claim a solver result rests on but the primary one: `direct` for the
/// claims its constraint names, "used to derive Q1" for those behind a derived figure.
pub(crate) fn label_used(
    ctx: &Context,
    mut diagnostic: Diagnostic,
    used: &[Used],
    primary: usize,
    direct: &str,
) -> Diagnostic {
    for u in used.iter().filter(|u| u.claim != primary) {
        let label = match u.toward {
            None => direct.to_string(),
            Some(figure) => format!("used to derive {}", ctx.solution.name(figure)),
        };
        diagnostic =
            diagnostic.with_related(Label::new(ctx.claims[u.claim].mention.span.clone(), label));
    }
    diagnostic
}

/// `" A summary"` → `"A summary"`: the space rustc keeps after `///`.
#[doc(hidden)]
pub const fn strip_doc_space(line: &'static str) -> &'static str {
    match line.as_bytes() {
        [b' ', rest @ ..] => match std::str::from_utf8(rest) {
            Ok(rest) => rest,
            Err(_) => line,
        },
        _ => line,
    }
}

/// `CL` followed by exactly three ASCII digits.
#[doc(hidden)]
pub const fn is_rule_code(code: &str) -> bool {
    matches!(
        code.as_bytes(),
        [b'C', b'L', a, b, c] if a.is_ascii_digit() && b.is_ascii_digit() && c.is_ascii_digit()
    )
}

/// Lowercase ASCII words joined by single hyphens: `percent-change-mismatch`.
#[doc(hidden)]
pub const fn is_kebab_case(name: &str) -> bool {
    let bytes = name.as_bytes();
    if bytes.is_empty() || bytes[0] == b'-' || bytes[bytes.len() - 1] == b'-' {
        return false;
    }
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let ok = b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-';
        if !ok || (b == b'-' && bytes[i + 1] == b'-') {
            return false;
        }
        i += 1;
    }
    true
}

/// The sections of [`DOC_SECTIONS`] that `doc` lacks or has out of order, as headings
/// on lines of their own.
#[cfg(test)]
pub(crate) fn missing_sections(doc: &str) -> Vec<&'static str> {
    let headings: Vec<&str> = doc
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("## "))
        .collect();
    let mut missing = Vec::new();
    let mut from = 0;
    for section in DOC_SECTIONS {
        match headings[from..].iter().position(|h| *h == section) {
            Some(i) => from += i + 1,
            None => missing.push(section),
        }
    }
    missing
}

/// Panic unless a rule's doc comment has a summary line and the four sections.
#[cfg(test)]
pub(crate) fn assert_documented(meta: &RuleMeta) {
    assert!(
        !meta.summary.trim().is_empty() && !meta.summary.starts_with('#'),
        "{}: the doc comment must start with a one-line summary",
        meta.code
    );
    let missing = missing_sections(meta.doc);
    assert!(
        missing.is_empty(),
        "{} ({}): doc comment lacks, or has out of order, {missing:?}",
        meta.code,
        meta.name
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Label;

    declare_rule! {
        /// A dummy rule that shows how the macro is used.
        ///
        /// ## What it finds
        /// Nothing.
        ///
        /// ## Why it matters
        /// It keeps the registry machinery tested before the first rule exists.
        ///
        /// ## Example
        /// ```text
        /// 高盛重申其的目标价为 275 美元
        /// ```
        ///
        /// ## How to silence
        /// It never fires.
        pub struct DummyRule {
            code: "CL999",
            name: "dummy-rule",
            severity: Warning,
        }
    }

    #[test]
    fn macro_captures_doc_and_metadata() {
        let meta = DummyRule::META;
        assert_eq!(meta.code, "CL999");
        assert_eq!(meta.name, "dummy-rule");
        assert_eq!(meta.severity, Severity::Warning);
        assert_eq!(
            meta.summary,
            "A dummy rule that shows how the macro is used."
        );
        assert!(DummyRule::DOC.starts_with(" A dummy rule that shows"));
        assert_documented(&meta);
        let doc = meta.documentation();
        assert!(doc.starts_with("A dummy rule that shows how the macro is used.\n\n## What"));
        assert!(doc.contains("\n```text\n高盛重申其的目标价为 275 美元\n```\n"));
    }

    #[test]
    fn macro_builds_diagnostics() {
        let d = DummyRule::diagnostic("message", Label::new(0..3, "here"));
        assert_eq!(
            (d.code, d.rule, d.severity),
            ("CL999", "dummy-rule", Severity::Warning)
        );
    }

    #[test]
    fn missing_sections_are_named() {
        assert_eq!(
            missing_sections("x\n## What it finds\n## Example\n"),
            ["## Why it matters", "## How to silence"]
        );
        // Out of order counts as missing.
        assert_eq!(
            missing_sections("## Why it matters\n## What it finds\n## Example\n## How to silence"),
            ["## Why it matters"]
        );
    }

    #[test]
    fn code_and_name_checks() {
        assert!(is_rule_code("CL001"));
        assert!(!is_rule_code("CL01") && !is_rule_code("cl001") && !is_rule_code("CL0011"));
        assert!(is_kebab_case("conflicting-restatement"));
        assert!(!is_kebab_case("Conflicting") && !is_kebab_case("a--b") && !is_kebab_case("a-"));
        assert!(!is_kebab_case("a_b") && !is_kebab_case(""));
    }

    #[test]
    fn registry_is_sorted_unique_and_documented() {
        for pair in RULES.windows(2) {
            assert!(
                pair[0].code < pair[1].code,
                "RULES not sorted by code: {} then {}",
                pair[0].code,
                pair[1].code
            );
        }
        let mut names: Vec<_> = RULES.iter().map(|r| r.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), RULES.len(), "duplicate rule names");
        for rule in RULES {
            assert!(is_rule_code(rule.code) && is_kebab_case(rule.name));
            assert_documented(rule);
            assert_eq!(explain(rule.code), Some(rule));
            assert_eq!(explain(&rule.code.to_lowercase()), Some(rule));
            assert_eq!(explain(rule.name), Some(rule));
        }
        assert_eq!(explain("CL000"), None);
    }
}
