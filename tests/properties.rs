//! Properties over random text, with shrinking: whatever the text, `check`, `analyze`
//! and `diff::review` never panic, and every span they report lies on char boundaries
//! inside the input.
//!
//! tests/robustness.rs replays a fixed-seed mixture of the grammar's phrases through
//! `check` on plain text. These properties complement it: any Unicode scalar between
//! the pieces (combining marks, emoji, RTL, control characters), digit runs of any
//! length, Markdown as well as plain text, and revisions through `diff::review`; a
//! failure shrinks to a minimal input.

use claimlint::diagnostic::Diagnostic;
use claimlint::document::Document;
use proptest::prelude::*;
use std::ops::Range;

const CHINESE_NUMERALS: &[&str] = &[
    "零", "〇", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万",
    "亿", "点", "壹", "貳", "拾", "佰", "仟",
];
const SCALES: &[&str] = &[
    "万",
    "亿",
    "万亿",
    " million",
    " billion",
    "bn",
    "m",
    "k",
    " thousand",
];
const HEDGES: &[&str] = &[
    "about ",
    "nearly ",
    "逾",
    "more than ",
    "约",
    "over ",
    "超过",
    "at least ",
    "以上",
    "近",
    "up to ",
    "左右",
    "不到",
];
const UNITS: &[&str] = &[
    "%",
    "％",
    "美元",
    "元",
    "辆",
    "$",
    "€",
    "个百分点",
    "倍",
    " percent",
    " cars",
];
const PUNCTUATION: &[&str] = &[
    "，", "。", ",", ".", ";", "：", ":", "、", "-", "—", "~", "（", ")",
];
const SPACING: &[&str] = &[
    " ", "\n", "\n\n", "\r\n", "\t", "\u{3000}", "# ", "> ", "- ", "| ",
];

/// One piece of text: a piece the grammar reacts to, or anything else.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[0-9]{1,6}",
        1 => "[0-9]{1,3}(,[0-9]{3}){1,3}(\\.[0-9]{1,2})?",
        2 => prop::sample::select(CHINESE_NUMERALS).prop_map(String::from),
        2 => prop::sample::select(SCALES).prop_map(String::from),
        2 => prop::sample::select(HEDGES).prop_map(String::from),
        2 => prop::sample::select(UNITS).prop_map(String::from),
        2 => prop::sample::select(PUNCTUATION).prop_map(String::from),
        1 => prop::sample::select(SPACING).prop_map(String::from),
        3 => any::<char>().prop_map(String::from),
        1 => "\\PC{1,4}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..40).prop_map(|pieces| pieces.concat())
}

/// Count units a configuration adds; some begin with a built-in unit (辆, cars) or
/// contain figures and scale words (百万, 100).
const CONFIGURED_UNITS: &[&str] = &[
    "辆次 标准箱",
    "cars of steel | TEU",
    "百万英热单位",
    "litres per 100 km |",
];

/// Text in which the configured units occur often.
fn text_with_units() -> impl Strategy<Value = String> {
    let unit = prop::sample::select(
        &[
            "辆次",
            "标准箱",
            " cars of steel",
            " TEU",
            "TEUs",
            "百万英热单位",
            " litres per 100 km",
        ][..],
    );
    let piece = prop_oneof![4 => piece(), 1 => unit.prop_map(String::from)];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

fn path() -> impl Strategy<Value = &'static str> {
    prop::sample::select(&["a.txt", "a.md"][..])
}

fn assert_span(text: &str, span: &Range<usize>) {
    assert!(
        span.start <= span.end && text.get(span.clone()).is_some(),
        "span {span:?} is not on char boundaries of {text:?}"
    );
}

fn assert_finding_spans(text: &str, findings: &[Diagnostic]) {
    for d in findings {
        for label in std::iter::once(&d.primary).chain(&d.related) {
            assert_span(text, &label.span);
        }
    }
}

fn assert_analysis_spans(document: &Document) {
    let analysis = claimlint::analyze(document);
    for mention in analysis
        .mentions
        .iter()
        .chain(analysis.claims.iter().map(|c| &c.mention))
    {
        assert!(
            !mention.span.is_empty(),
            "an empty mention in {:?}",
            document.text
        );
        assert_span(&document.text, &mention.span);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn check_and_analyze_report_spans_inside_the_text(text in text(), path in path()) {
        let document = Document::new(path, text.as_str());
        assert_analysis_spans(&document);
        assert_finding_spans(&text, &claimlint::check(&document));
    }

    #[test]
    fn configured_units_keep_figures_apart_and_inside_the_text(
        text in text_with_units(),
        path in path(),
    ) {
        let units = claimlint::extract::Units::parse(CONFIGURED_UNITS).unwrap();
        let options = claimlint::Options {
            units: Some(std::sync::Arc::new(units)),
            ..claimlint::Options::default()
        };
        let document = Document::new(path, text.as_str());
        let mut end = 0;
        for mention in claimlint::analyze_with(&document, &options).mentions {
            assert_span(&text, &mention.span);
            prop_assert!(!mention.span.is_empty() && mention.span.start >= end);
            end = mention.span.end;
        }
        assert_finding_spans(&text, &claimlint::check_with(&document, &options));
    }

    #[test]
    fn review_reports_spans_inside_each_revision(
        old in text(),
        new in text(),
        path in path(),
    ) {
        let (old, new) = (Document::new(path, old), Document::new(path, new));
        let review = claimlint::diff::review(&old, &new);
        assert_finding_spans(&new.text, &review.stale);
        assert_finding_spans(&new.text, &review.introduced);
        assert_finding_spans(&old.text, &review.fixed);
        for change in &review.changes {
            prop_assert!(change.old.is_none_or(|i| i < review.old.claims.len()));
            prop_assert!(change.new.is_none_or(|i| i < review.new.claims.len()));
        }
    }
}

/// Found by `review_reports_spans_inside_each_revision`: an unchanged claim past the
/// last aligned segment underflowed the offset it was looked up at in NEW.
#[test]
fn review_of_a_claim_past_the_last_segment_does_not_panic() {
    let old = Document::new("a.txt", "，0 million");
    let new = Document::new("a.txt", " percent零元元1零零1 million，");
    let review = claimlint::diff::review(&old, &new);
    assert_finding_spans(&new.text, &review.introduced);
}
