//! `claimlint claims`: every mention of every file, as a terminal table or as the JSON
//! contract of DESIGN.md (schema version 1).

use crate::document::Document;
use crate::extract::{Kind, Mention};
use crate::quantity::{canonical, Approx, Bound, Interval};
use serde::Serialize;
use unicode_width::UnicodeWidthStr;

/// The mentions of one document.
pub struct FileClaims<'a> {
    pub document: &'a Document,
    pub mentions: Vec<Mention>,
}

/// Byte range plus the 1-based line and column (in characters) of its start.
#[derive(Debug, Serialize)]
pub struct SpanJson {
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
}

impl SpanJson {
    pub fn new(document: &Document, range: &std::ops::Range<usize>) -> SpanJson {
        let (line, column) = document.line_col(range.start);
        SpanJson {
            start: range.start,
            end: range.end,
            line,
            column,
        }
    }
}

#[derive(Serialize)]
struct ClaimJson<'a> {
    span: SpanJson,
    text: &'a str,
    kind: Kind,
    value: Option<String>,
    unit: Option<&'a str>,
    approx: Approx,
    low: Option<String>,
    high: Option<String>,
    low_inclusive: Option<bool>,
    high_inclusive: Option<bool>,
    vague: bool,
    subject: Option<String>,
    metric: Option<String>,
    period: Option<String>,
}

#[derive(Serialize)]
struct FileJson<'a> {
    path: &'a str,
    claims: Vec<ClaimJson<'a>>,
}

#[derive(Serialize)]
struct ClaimsJson<'a> {
    version: u32,
    files: Vec<FileJson<'a>>,
}

fn claim_json<'a>(document: &'a Document, mention: &'a Mention) -> ClaimJson<'a> {
    let quantity = mention.quantity.as_ref();
    let interval = quantity.map(|q| q.interval);
    let bound = |b: Option<Bound>| b.map(|b| canonical(b.value));
    ClaimJson {
        span: SpanJson::new(document, &mention.span),
        text: &document.text[mention.span.clone()],
        kind: mention.kind,
        value: quantity
            .map(|q| canonical(q.value))
            .or_else(|| mention.period.clone()),
        unit: quantity.and_then(|q| q.unit.label()),
        approx: quantity.map_or(Approx::Exact, |q| q.approx),
        low: bound(interval.and_then(|i| i.low)),
        high: bound(interval.and_then(|i| i.high)),
        low_inclusive: interval.and_then(|i| i.low).map(|b| b.inclusive),
        high_inclusive: interval.and_then(|i| i.high).map(|b| b.inclusive),
        vague: quantity.is_some_and(|q| q.vague),
        subject: None,
        metric: None,
        period: None,
    }
}

/// The JSON document of DESIGN.md for `claims --format json`.
pub fn json(files: &[FileClaims]) -> String {
    let out = ClaimsJson {
        version: 1,
        files: files
            .iter()
            .map(|f| FileJson {
                path: &f.document.path,
                claims: f
                    .mentions
                    .iter()
                    .map(|m| claim_json(f.document, m))
                    .collect(),
            })
            .collect(),
    };
    // Serialising plain structs of strings and numbers cannot fail.
    serde_json::to_string_pretty(&out).unwrap_or_default()
}

/// "[2.85, 2.95]", "(500, ∞)", "(−∞, 20]".
pub fn interval_text(interval: &Interval) -> String {
    let low = interval.low.map_or("(−∞".to_string(), |b| {
        format!(
            "{}{}",
            if b.inclusive { '[' } else { '(' },
            canonical(b.value)
        )
    });
    let high = interval.high.map_or("∞)".to_string(), |b| {
        format!(
            "{}{}",
            canonical(b.value),
            if b.inclusive { ']' } else { ')' }
        )
    });
    format!("{low}, {high}")
}

/// A terminal table, one row per mention; columns are aligned by display width so that
/// CJK text lines up.
pub fn table(files: &[FileClaims]) -> String {
    let mut out = String::new();
    for file in files {
        out.push_str(&format!(
            "{} ({} claims)\n",
            file.document.path,
            file.mentions.len()
        ));
        let rows: Vec<[String; 8]> = std::iter::once(header())
            .chain(file.mentions.iter().map(|m| row(file.document, m)))
            .collect();
        let widths: Vec<usize> = (0..8)
            .map(|c| rows.iter().map(|r| r[c].width()).max().unwrap_or(0))
            .collect();
        for r in &rows {
            let mut line = String::from(" ");
            for (cell, width) in r.iter().zip(&widths) {
                line.push(' ');
                line.push_str(cell);
                line.push_str(&" ".repeat(width - cell.width()));
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    out
}

fn header() -> [String; 8] {
    [
        "LINE:COL", "BYTES", "KIND", "TEXT", "VALUE", "UNIT", "APPROX", "INTERVAL",
    ]
    .map(String::from)
}

fn row(document: &Document, mention: &Mention) -> [String; 8] {
    let (line, column) = document.line_col(mention.span.start);
    let q = mention.quantity.as_ref();
    let text: String = document.text[mention.span.clone()]
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let value = q
        .map(|q| canonical(q.value))
        .or_else(|| mention.period.clone());
    let approx = q.map(|q| {
        let name = serde_json::to_value(q.approx)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        if q.vague {
            format!("{name} (vague)")
        } else {
            name
        }
    });
    [
        format!("{line}:{column}"),
        format!("{}..{}", mention.span.start, mention.span.end),
        serde_json::to_value(mention.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
        text,
        value.unwrap_or_default(),
        q.and_then(|q| q.unit.label().map(str::to_string))
            .unwrap_or_else(|| "-".into()),
        approx.unwrap_or_else(|| "-".into()),
        q.map(|q| interval_text(&q.interval))
            .unwrap_or_else(|| "-".into()),
    ]
}
