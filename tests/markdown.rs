//! Markdown files: only prose is read, and every span points into the file as written.

use claimlint::document::Document;
use std::path::Path;

const FIXTURE: &str = "fixtures/md/percent_change_mismatch.md";

/// `(line, column, code)` of each finding.
fn findings(document: &Document) -> Vec<(usize, usize, &'static str)> {
    claimlint::check(document)
        .iter()
        .map(|d| {
            let (line, column) = document.line_col(d.primary.span.start);
            (line, column, d.code)
        })
        .collect()
}

#[test]
fn only_the_prose_contradiction_is_found_at_its_place_in_the_file() {
    let document = Document::read(Path::new(FIXTURE)).unwrap();
    assert_eq!(findings(&document), [(12, 28, "CL002")]);
    let d = &claimlint::check(&document)[0];
    assert_eq!(&document.text[d.primary.span.clone()], "8%");
}

/// The same bytes read as plain text: front matter, code, URLs and HTML contradict too,
/// so the fixture tests something.
#[test]
fn the_skipped_parts_would_be_findings_in_plain_text() {
    let text = std::fs::read_to_string(FIXTURE).unwrap();
    let plain = findings(&Document::new("article.txt", text));
    assert!(plain.len() >= 5, "{plain:?}");
    assert!(plain.contains(&(12, 28, "CL002")));
}

#[test]
fn no_figure_is_read_from_code_urls_html_or_front_matter() {
    let document = Document::read(Path::new(FIXTURE)).unwrap();
    let read: Vec<&str> = claimlint::analyze(&document)
        .mentions
        .iter()
        .map(|m| &document.text[m.span.clone()])
        .collect();
    for figure in ["128.6 million", "45%", "$920 million", "70%", "99%", "60%"] {
        assert!(!read.contains(&figure), "{figure} read from non-prose");
    }
    assert!(read.contains(&"$131.70"), "prose after them is still read");
}

/// A change read across table cells would say `$400 million → $330 million` went up.
#[test]
fn table_cells_are_separate_claims() {
    let cell = "| Hardware revenue | $330 million up 5% from $400 million |\n";
    let cells = "| Hardware revenue | $330 million | up 5% from $400 million |\n";
    let codes = |text: &str| {
        claimlint::check(&Document::new("t.md", text))
            .iter()
            .map(|d| d.code)
            .collect::<Vec<_>>()
    };
    assert_eq!(codes(cell), ["CL003"]);
    assert_eq!(codes(cells), Vec::<&str>::new());
}

/// 今日 in two pieces under their own headings is two days; without headings, one.
#[test]
fn headings_start_sections() {
    let piece = |heading: &str, close: &str| {
        format!("{heading}\n\n今日特斯拉股价收跌1%，报{close}美元。\n\n")
    };
    let with = piece("# 特斯拉早盘", "240") + &piece("# 特斯拉周报", "250");
    let without = piece("特斯拉早盘", "240") + &piece("特斯拉周报", "250");
    let codes = |text: &str| -> Vec<&str> {
        claimlint::check(&Document::new("t.md", text))
            .iter()
            .map(|d| d.code)
            .collect()
    };
    assert_eq!(codes(&with), Vec::<&str>::new());
    assert_eq!(codes(&without), ["CL001"]);
}

/// A paragraph wrapped by hand reads as one line: the figure and the sentence go on
/// across the break, as Markdown renders them. In plain text, where lines are often a
/// table's rows, a line break still ends both.
#[test]
fn a_soft_line_break_is_a_space() {
    let wrapped = "Revenue rose 8% to $1.2\nbillion from $1.0 billion, the company said.\n";
    let found = |path: &str| -> Vec<(usize, usize, &'static str)> {
        findings(&Document::new(path, wrapped.to_string()))
    };
    assert_eq!(found("a.md"), [(1, 14, "CL002")]);
    assert_eq!(found("a.txt"), []);
    let document = Document::new("a.md", wrapped.to_string());
    let read: Vec<&str> = claimlint::analyze(&document)
        .mentions
        .iter()
        .map(|m| &document.text[m.span.clone()])
        .collect();
    assert!(read.contains(&"$1.2\nbillion"), "{read:?}");
}
