//! The renderers of `claimlint check` on hand-built diagnostics: human (codespan),
//! concise and JSON, snapshot-tested on the same findings. Each snapshot was read line
//! by line: carets under the right characters (CJK included), long lines cut around
//! their labels, numbers of lines and columns those of the file.

use claimlint::diagnostic::{message_style_problems, Diagnostic, Label, Severity};
use claimlint::document::Document;
use claimlint::render::{human, json};
use unicode_width::UnicodeWidthStr;

/// The byte span of the `nth` (0-based) occurrence of `needle` in `text`.
fn span(text: &str, needle: &str, nth: usize) -> std::ops::Range<usize> {
    let start = text
        .match_indices(needle)
        .nth(nth)
        .map(|(i, _)| i)
        .unwrap_or_else(|| panic!("{needle:?} #{nth} not in text"));
    start..start + needle.len()
}

const EN: &str = "\
# Tesla targets

Goldman Sachs raised its Tesla price target from $250 to $410, a 60% increase.
Deliveries were 466,140 in the second quarter.
Analysts raised their 2023 EPS estimate from 3.00 to 2.90.
";

fn en() -> (Document, Vec<Diagnostic>) {
    let doc = Document::new("articles/en.md", EN);
    let t = &doc.text;
    let diags = vec![
        // Given out of order on purpose: renderers sort by offset.
        Diagnostic::new(
            "CL003",
            "direction-mismatch",
            Severity::Warning,
            "`raised` but the estimate falls from `3.00` to `2.90`",
            Label::new(span(t, "raised", 1), "a rise"),
        )
        .with_related(Label::new(span(t, "3.00", 0), "from"))
        .with_related(Label::new(span(t, "2.90", 0), "to"))
        .with_note("2.90 − 3.00 = −0.10"),
        Diagnostic::new(
            "CL002",
            "percent-change-mismatch",
            Severity::Error,
            "percent change `60%` does not match `$250 → $410` (+64.0%)",
            Label::new(span(t, "60%", 0), "stated change"),
        )
        .with_related(Label::new(span(t, "$250", 0), "from"))
        .with_related(Label::new(span(t, "$410", 0), "to"))
        .with_note("(410 − 250) / 250 = +64.0%")
        .with_note("`60%` means [59.5%, 60.5%]"),
    ];
    (doc, diags)
}

const ZH: &str = "\
高盛重申其的目标价为 275 美元，略高于华尔街给出的270.8美元的平均目标价。

越南电动汽车制造商VinFast(VFS)周一披露,该公司第二季度交付了9535辆电动汽车,较第一季度的交付量增长了500%以上。VinFast表示,该公司在2023年上半年共交付了11315辆电动汽车。VinFast将于9月21日美股盘前公布第二季度财务业绩。
";

fn zh() -> (Document, Vec<Diagnostic>) {
    let doc = Document::new("articles/zh.md", ZH);
    let t = &doc.text;
    let diags = vec![
        Diagnostic::new(
            "CL002",
            "percent-change-mismatch",
            Severity::Error,
            "percent change `500%以上` does not match `1780 → 9535` (+435.7%)",
            Label::new(span(t, "500%以上", 0), "stated change"),
        )
        .with_related(Label::new(span(t, "9535", 0), "Q2"))
        .with_related(Label::new(span(t, "11315", 0), "H1 total"))
        .with_note("Q1 = 11315 − 9535 = 1780")
        .with_note("(9535 − 1780) / 1780 = +435.7%, not above +500%"),
        Diagnostic::new(
            "CL001",
            "conflicting-restatement",
            Severity::Warning,
            "target price `275` restated as `270.8`",
            Label::new(span(t, "270.8", 0), "restated here"),
        )
        .with_related(Label::new(span(t, "275", 0), "first stated here"))
        .with_note("`275` means [274.5, 275.5], `270.8` means [270.75, 270.85]"),
    ];
    (doc, diags)
}

fn human_of(doc: &Document, diags: &[Diagnostic]) -> String {
    human::render(&[(doc, diags.to_vec())], false)
}

#[test]
fn human_english() {
    let (doc, diags) = en();
    insta::assert_snapshot!("human_en", human_of(&doc, &diags));
}

#[test]
fn human_chinese() {
    let (doc, diags) = zh();
    insta::assert_snapshot!("human_zh", human_of(&doc, &diags));
}

/// Labels on several lines of a CRLF file: the one line between two labelled lines is
/// shown, longer gaps are drawn as `·`.
#[test]
fn human_across_lines() {
    let text = "Revenue was $4.2 billion in 2022.\r\n\r\nCosts were $3.1 billion.\r\n\
                Profit was $1.5 billion.\r\nOne.\r\nTwo.\r\nThree.\r\nFour.\r\n\
                In all, revenue came to $4.2 billion.\r\n";
    let doc = Document::new("crlf.txt", text);
    let d = Diagnostic::new(
        "CL004",
        "total-mismatch",
        Severity::Error,
        "parts `$3.1 billion` and `$1.5 billion` add up to `$4.6 billion`, not `$4.2 billion`",
        Label::new(span(text, "$4.2 billion", 0), "total"),
    )
    .with_related(Label::new(span(text, "$3.1 billion", 0), "part"))
    .with_related(Label::new(span(text, "$1.5 billion", 0), "part"))
    .with_related(Label::new(span(text, "$4.2 billion", 1), "total restated"))
    .with_note("3.1 + 1.5 = 4.6");
    insta::assert_snapshot!("human_lines", human_of(&doc, &[d]));
}

#[test]
fn human_without_findings() {
    let (en, _) = en();
    let (zh, _) = zh();
    let out = human::render(&[(&en, vec![]), (&zh, vec![])], false);
    assert_eq!(out, "no findings in 2 files\n");
}

#[test]
fn concise_both() {
    let (en, en_diags) = en();
    let (zh, zh_diags) = zh();
    // zh first: output is still in path order.
    insta::assert_snapshot!(
        "concise",
        human::concise(&[(&zh, zh_diags), (&en, en_diags)])
    );
}

#[test]
fn json_both() {
    let (en, en_diags) = en();
    let (zh, zh_diags) = zh();
    let out = json::render(&[(&zh, zh_diags), (&en, en_diags)]);
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(value["version"], 1);
    assert_eq!(
        value["summary"],
        serde_json::json!({"files": 2, "errors": 2, "warnings": 2})
    );
    insta::assert_snapshot!("json", out);
}

/// Display width of `s` up to byte `end`.
fn width_to(s: &str, end: usize) -> usize {
    s[..end].width()
}

/// For every label on a one-line document, the carets (`^` or `-`) of the rendered
/// output start at the display column where the labelled text starts.
#[test]
fn carets_sit_under_cjk_figures() {
    let text = "高盛重申其的目标价为 275 美元，略高于华尔街给出的270.8美元的平均目标价。\n";
    let doc = Document::new("t.md", text);
    for (needle, other) in [("275", "270.8"), ("270.8", "275"), ("美元", "目标价")] {
        let d = Diagnostic::new(
            "CL001",
            "conflicting-restatement",
            Severity::Error,
            "x",
            Label::new(span(text, needle, 0), "p"),
        )
        .with_related(Label::new(span(text, other, 0), "s"));
        let out = human_of(&doc, &[d]);
        let lines: Vec<&str> = out.lines().collect();
        let source = lines
            .iter()
            .position(|l| l.starts_with("1 │ "))
            .expect("source line");
        let carets = lines[source + 1];
        // The source line's prefix "1 │ " and the caret line's "  │ " are equally wide.
        let source_start = lines[source].find("高").unwrap_or(0);
        let caret_column = |mark: char| {
            let i = carets
                .find(mark)
                .unwrap_or_else(|| panic!("{mark} in {carets:?}"));
            width_to(carets, i)
        };
        let expect = |n: &str| width_to(lines[source], source_start + span(text, n, 0).start);
        assert_eq!(caret_column('^'), expect(needle), "{out}");
        assert_eq!(caret_column('-'), expect(other), "{out}");
        // The number of carets is the display width of the labelled text.
        assert_eq!(carets.matches('^').count(), needle.width(), "{out}");
    }
}

/// Long prose lines are cut around their labels to fit 80 columns.
#[test]
fn source_lines_fit_in_80_columns() {
    let (doc, diags) = zh();
    let out = human_of(&doc, &diags);
    for line in out.lines() {
        let is_source = line.split_once(" │ ").is_some_and(|(gutter, _)| {
            !gutter.trim().is_empty() && gutter.trim().chars().all(|c| c.is_ascii_digit())
        });
        if is_source {
            assert!(line.width() <= 80, "{} columns: {line}", line.width());
        }
    }
    // The long line was cut, and says so; the short one was not.
    assert!(out.contains("3 │ … "), "{out}");
    assert!(out.contains(" … "), "{out}");
    assert!(out.contains(
        "1 │ 高盛重申其的目标价为 275 美元，略高于华尔街给出的270.8美元的平均目标价。\n"
    ));
}

/// The header and concise form give the column of the file, not of the excerpt.
#[test]
fn locations_are_those_of_the_file() {
    let (doc, diags) = zh();
    let at = span(ZH, "500%以上", 0).start;
    let (line, column) = doc.line_col(at);
    let expected = format!("articles/zh.md:{line}:{column}");
    assert!(human_of(&doc, &diags).contains(&format!("┌─ {expected}\n")));
    assert!(human::concise(&[(&doc, diags)]).contains(&format!("{expected}: CL002 [error]")));
}

#[test]
fn order_does_not_depend_on_input_order() {
    let (en, en_diags) = en();
    let (zh, zh_diags) = zh();
    let rev = |v: &[Diagnostic]| v.iter().rev().cloned().collect::<Vec<_>>();
    let a = [(&en, en_diags.clone()), (&zh, zh_diags.clone())];
    let b = [(&zh, rev(&zh_diags)), (&en, rev(&en_diags))];
    assert_eq!(human::render(&a, false), human::render(&b, false));
    assert_eq!(human::concise(&a), human::concise(&b));
    assert_eq!(json::render(&a), json::render(&b));
    // Path order, then offset.
    let concise = human::concise(&a);
    let codes: Vec<&str> = concise
        .lines()
        .filter_map(|l| l.split(": ").nth(1))
        .map(|rest| &rest[..5])
        .collect();
    assert_eq!(codes, ["CL002", "CL003", "CL001", "CL002"]);
}

fn strip_ansi(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for c in chars.by_ref() {
                if c == 'm' {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn colour_only_adds_escapes() {
    let (doc, diags) = zh();
    let files = [(&doc, diags)];
    let coloured = human::render(&files, true);
    assert!(coloured.contains("\x1b["));
    assert_eq!(strip_ansi(&coloured), human::render(&files, false));
}

#[test]
fn test_messages_follow_the_style() {
    for d in en().1.iter().chain(&zh().1) {
        assert_eq!(
            message_style_problems(&d.message),
            Vec::<&str>::new(),
            "{}",
            d.message
        );
    }
}

/// Spans a buggy rule might produce are drawn somewhere sensible, never a panic.
#[test]
fn degenerate_spans_do_not_panic() {
    let long = format!("{}\n", "很长的一行".repeat(60));
    for (text, spans) in [
        ("", vec![(0, 0)]),
        ("abc", vec![(10, 20), (2, 1)]),
        ("高盛\n美元", vec![(1, 2), (4, 100), (3, 3)]),
        ("a\r\nb\r\n", vec![(1, 2), (2, 3), (3, 4)]),
        (long.as_str(), vec![(0, 0), (3, 6), (890, 900), (0, 900)]),
    ] {
        let doc = Document::new("d.txt", text);
        for (i, &(start, end)) in spans.iter().enumerate() {
            let (next_start, next_end) = spans[(i + 1) % spans.len()];
            let d = Diagnostic::new(
                "CL001",
                "conflicting-restatement",
                Severity::Error,
                "x",
                Label::new(start..end, "p"),
            )
            .with_related(Label::new(next_start..next_end, "s"));
            let files = [(&doc, vec![d])];
            let out = human::render(&files, false);
            assert!(
                out.starts_with("error[CL001]: x\n"),
                "{text:?} {start}..{end}: {out}"
            );
            assert!(out.ends_with("found 1 error in 1 file\n"));
            json::render(&files);
        }
    }
}
