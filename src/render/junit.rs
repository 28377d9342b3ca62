//! `check --format junit`: JUnit XML, which CI systems (GitLab, Jenkins, Azure) show as
//! test results: one `<testsuite>` per file checked, one failing `<testcase>` per
//! finding (a file without findings is an empty suite).
//!
//! ```xml
//! <testsuite name="a.md" tests="1" failures="1" errors="0">
//!   <testcase name="3:59 CL002 percent-change-mismatch" classname="a.md" file="a.md" line="3">
//!     <failure type="error" message="percent change …">a.md:3:59: percent change …
//! = (9535 − 1780) / 1780 = +435.7%</failure>
//!   </testcase>
//! </testsuite>
//! ```

use crate::diagnostic::{in_order, Diagnostic, Summary};
use crate::document::Document;
use crate::render::details;
use std::fmt::Write;

/// The whole XML document, ending in a newline.
pub fn render(files: &[(&Document, Vec<Diagnostic>)]) -> String {
    let summary = Summary::of(files);
    let total = summary.errors + summary.warnings;
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    // Writing to a String cannot fail.
    let _ = writeln!(
        out,
        "<testsuites name=\"claimlint\" tests=\"{total}\" failures=\"{total}\" errors=\"0\">"
    );
    for (document, diagnostics) in in_order(files) {
        let path = escape(&document.path);
        let n = diagnostics.len();
        let _ = writeln!(
            out,
            "  <testsuite name=\"{path}\" tests=\"{n}\" failures=\"{n}\" errors=\"0\">"
        );
        for d in diagnostics {
            let (line, column) = document.line_col(d.primary.span.start);
            let _ = writeln!(
                out,
                "    <testcase name=\"{line}:{column} {} {}\" classname=\"{path}\" file=\"{path}\" line=\"{line}\">",
                d.code, d.rule
            );
            let _ = writeln!(
                out,
                "      <failure type=\"{}\" message=\"{}\">{path}:{line}:{column}: {}</failure>",
                d.severity,
                escape(&d.message),
                escape(&details(document, d)),
            );
            out.push_str("    </testcase>\n");
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}

/// Text for an XML attribute value or element: the five markup characters as entities,
/// line breaks and tabs as character references (an attribute would turn them into
/// spaces), and the characters XML 1.0 forbids as U+FFFD.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if is_xml_char(c) => out.push(c),
            _ => out.push('\u{fffd}'),
        }
    }
    out
}

/// The `Char` production of XML 1.0.
fn is_xml_char(c: char) -> bool {
    matches!(c, '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_line_breaks_and_forbidden_characters_are_escaped() {
        assert_eq!(
            escape("<a href=\"x\">Q&A</a>\n'\u{1}'\u{fffe}"),
            "&lt;a href=&quot;x&quot;&gt;Q&amp;A&lt;/a&gt;&#10;&apos;\u{fffd}&apos;\u{fffd}"
        );
    }
}
