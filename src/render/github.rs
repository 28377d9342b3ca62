//! `check --format github`: GitHub Actions workflow commands, which GitHub shows as
//! annotations on the lines of a pull request.
//!
//! ```text
//! ::error file=a.md,line=3,col=59,endLine=3,endColumn=67,title=CL002 percent-change-mismatch::percent change …%0A= Q1 = …
//! ```
//!
//! Errors are `::error`, warnings `::warning`. The message carries the other claims
//! involved and the arithmetic on lines of their own, since an annotation points at
//! one place only. Columns count Unicode scalar values; `endColumn` is the column just
//! after the claim.

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::render::{details, findings, Region};

/// One workflow command per finding; nothing when nothing is found.
pub fn render(files: &[(&Document, Vec<Diagnostic>)]) -> String {
    findings(files)
        .map(|(document, d)| command(document, d) + "\n")
        .collect()
}

fn command(document: &Document, diagnostic: &Diagnostic) -> String {
    let level = match diagnostic.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let region = Region::new(document, &diagnostic.primary.span);
    format!(
        "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}",
        escape_property(&document.path),
        region.start_line,
        region.start_column,
        region.end_line,
        region.end_column,
        escape_property(&format!("{} {}", diagnostic.code, diagnostic.rule)),
        escape_data(&details(document, diagnostic)),
    )
}

/// The message of a workflow command: `%`, CR and LF would end or corrupt it.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A property value (`file=…`): as [`escape_data`], and `:` and `,`, which delimit
/// properties.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Label;

    #[test]
    fn messages_and_properties_are_escaped() {
        let document = Document::new("dir,with:odd%name.md", "营收增长5%,达到\r\n12亿元");
        let d = Diagnostic::new(
            "CL002",
            "percent-change-mismatch",
            Severity::Warning,
            "change `5%` is 100%, not 50%, of it: yes",
            Label::new(12..14, "stated change"),
        )
        .with_note("line one\r\nline two");
        assert_eq!(
            render(&[(&document, vec![d])]),
            "::warning file=dir%2Cwith%3Aodd%25name.md,line=1,col=5,endLine=1,endColumn=7,\
             title=CL002 percent-change-mismatch::change `5%25` is 100%25, not 50%25, of it: yes\
             %0A= line one%0D%0Aline two\n"
        );
    }
}
