//! What every fuzz target runs: the whole pipeline of `claimlint check`, `claims` and
//! `diff` on one input, through every renderer. A panic anywhere is a crash; so is a
//! span that is not on char boundaries inside the text (renderers would quietly print
//! nothing for it, so it is asserted here).

use claimlint::config::Policy;
use claimlint::diagnostic::Diagnostic;
use claimlint::document::Document;
use claimlint::render::claims::FileClaims;
use claimlint::render::diff::{DiffFormat, Revised};
use claimlint::render::{self, Format, Report};
use std::ops::Range;

const FORMATS: [Format; 9] = [
    Format::Human,
    Format::Concise,
    Format::Json,
    Format::JsonLines,
    Format::Sarif,
    Format::Github,
    Format::Gitlab,
    Format::Rdjson,
    Format::Junit,
];

const DIFF_FORMATS: [DiffFormat; 4] = [
    DiffFormat::Human,
    DiffFormat::Json,
    DiffFormat::Markdown,
    DiffFormat::Github,
];

/// The document `claimlint` would read from these bytes under `path`, if it reads one.
pub fn document(path: &str, bytes: &[u8]) -> Option<Document> {
    Document::from_bytes(path.to_string(), bytes.to_vec()).ok()
}

/// `check` and `claims` on bytes read as the file `path`, through every output format.
pub fn check_everything(path: &str, bytes: &[u8]) {
    let Some(document) = document(path, bytes) else {
        return;
    };
    let findings = claimlint::lint::lint(&document, &Policy::default());
    assert_spans(&document.text, &findings);
    let files = [(&document, findings)];
    for format in FORMATS {
        for (quiet, statistics, color) in [
            (false, false, true),
            (true, false, false),
            (false, true, false),
        ] {
            let report = Report {
                format,
                color,
                quiet,
                statistics,
            };
            let _ = render::report(&files, &report);
        }
    }
    let listing = [FileClaims::read(&document)];
    for mention in &listing[0].mentions {
        assert_span(&document.text, &mention.span);
    }
    let _ = render::claims::table(&listing);
    let _ = render::claims::json(&listing);
}

/// `diff` of the first half of the bytes (old) into the second (new), through every
/// output format.
pub fn diff_everything(path: &str, bytes: &[u8]) {
    let (old, new) = bytes.split_at(bytes.len() / 2);
    let (Some(old), Some(new)) = (document(path, old), document(path, new)) else {
        return;
    };
    let review = claimlint::diff::review(&old, &new);
    assert_spans(&new.text, &review.stale);
    assert_spans(&new.text, &review.introduced);
    assert_spans(&old.text, &review.fixed);
    let revisions = [Revised {
        old: &old,
        new: &new,
        review,
    }];
    for format in DIFF_FORMATS {
        let _ = render::diff::render(&revisions, format, true);
    }
}

fn assert_spans(text: &str, findings: &[Diagnostic]) {
    for d in findings {
        for label in std::iter::once(&d.primary).chain(&d.related) {
            assert_span(text, &label.span);
        }
    }
}

fn assert_span(text: &str, span: &Range<usize>) {
    assert!(
        span.start <= span.end && text.get(span.clone()).is_some(),
        "span {span:?} is not on char boundaries of a {}-byte text",
        text.len()
    );
}
