//! `claimlint claims`: every mention of every file, as a terminal table or as the JSON
//! contract of DESIGN.md (schema version 1).

use crate::attribute::{Attribution, Claim, Role};
use crate::document::Document;
use crate::extract::{Kind, Mention, SharedMention};
use crate::quantity::{canonical, Approx, Bound, Interval};
use crate::relations::Listed;
use serde::Serialize;
use unicode_width::UnicodeWidthStr;

/// The mentions of one document, the attribution of its figures and the relations
/// read between them.
pub struct FileClaims<'a> {
    pub document: &'a Document,
    pub mentions: Vec<SharedMention>,
    pub claims: Vec<Claim>,
    pub relations: Vec<Listed>,
}

impl<'a> FileClaims<'a> {
    /// Read a document through extraction, attribution and relations.
    pub fn read(document: &'a Document) -> FileClaims<'a> {
        FileClaims::of(document, crate::analyze(document))
    }

    /// The mentions and claims of an analysis of `document`.
    pub fn of(document: &'a Document, analysis: crate::Analysis) -> FileClaims<'a> {
        FileClaims {
            document,
            mentions: analysis.mentions,
            relations: analysis.relations.listed(),
            claims: analysis.claims,
        }
    }

    /// The claim read from `mention`, if it is a figure.
    fn claim(&self, mention: &Mention) -> Option<&Claim> {
        let i = self
            .claims
            .partition_point(|c| c.mention.span.start < mention.span.start);
        self.claims
            .get(i)
            .filter(|c| c.mention.span == mention.span)
    }
}

/// Why an attribute is unknown, for the JSON `unknown` object.
#[derive(Serialize, Default)]
struct UnknownJson {
    #[serde(skip_serializing_if = "Option::is_none")]
    subject: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    metric: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    period: Option<&'static str>,
}

fn reason<T>(a: &Attribution<T>) -> Option<&'static str> {
    match a {
        Attribution::Known(_) => None,
        Attribution::Unknown(why) => Some(why.reason()),
    }
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

/// One claim in the JSON contract of DESIGN.md (`claims` and `diff`).
#[derive(Serialize)]
pub struct ClaimJson<'a> {
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
    role: Option<Role>,
    source: Option<String>,
    scope: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unknown: Option<UnknownJson>,
    /// Why CL001 and CL007 compare it with no restatement, when they do not.
    #[serde(skip_serializing_if = "Option::is_none")]
    not_restated: Option<&'static str>,
}

#[derive(Serialize)]
struct FileJson<'a> {
    path: &'a str,
    claims: Vec<ClaimJson<'a>>,
    relations: Vec<RelationJson<'a>>,
}

/// A relation: its kind, the figures it links, and why no rule checks it.
#[derive(Serialize)]
struct RelationJson<'a> {
    kind: &'static str,
    figures: Vec<FigureJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unchecked: Option<&'static str>,
}

#[derive(Serialize)]
struct FigureJson<'a> {
    span: SpanJson,
    text: &'a str,
}

impl FileClaims<'_> {
    fn relations_json(&self) -> Vec<RelationJson<'_>> {
        let figure = |&c: &usize| {
            let span = &self.claims[c].mention.span;
            FigureJson {
                span: SpanJson::new(self.document, span),
                text: &self.document.text[span.clone()],
            }
        };
        self.relations
            .iter()
            .map(|r| RelationJson {
                kind: r.kind,
                figures: r.claims.iter().map(figure).collect(),
                unchecked: r.unchecked,
            })
            .collect()
    }

    /// The relations as table rows: kind, figures (`line:col text`), why unchecked.
    fn relation_rows(&self) -> Vec<Vec<String>> {
        let figure = |&c: &usize| {
            let span = &self.claims[c].mention.span;
            let (line, column) = self.document.line_col(span.start);
            format!(
                "{line}:{column} {}",
                printable(&self.document.text[span.clone()])
            )
        };
        let header = ["RELATION", "FIGURES", "UNCHECKED"]
            .map(String::from)
            .to_vec();
        std::iter::once(header)
            .chain(self.relations.iter().map(|r| {
                let figures: Vec<String> = r.claims.iter().map(figure).collect();
                vec![
                    r.kind.to_string(),
                    figures.join(", "),
                    r.unchecked.unwrap_or("").to_string(),
                ]
            }))
            .collect()
    }
}

#[derive(Serialize)]
struct ClaimsJson<'a> {
    version: u32,
    files: Vec<FileJson<'a>>,
}

pub fn claim_json<'a>(
    document: &'a Document,
    mention: &'a Mention,
    claim: Option<&Claim>,
) -> ClaimJson<'a> {
    let quantity = mention.quantity();
    let interval = quantity.map(|q| q.interval);
    let bound = |b: Option<Bound>| b.map(|b| canonical(b.value));
    ClaimJson {
        span: SpanJson::new(document, &mention.span),
        text: &document.text[mention.span.clone()],
        kind: mention.kind(),
        value: quantity
            .map(|q| canonical(q.value))
            .or_else(|| mention.period().map(String::from)),
        unit: quantity.and_then(|q| q.unit.label()),
        approx: quantity.map_or(Approx::Exact, |q| q.approx),
        low: bound(interval.and_then(|i| i.low)),
        high: bound(interval.and_then(|i| i.high)),
        low_inclusive: interval.and_then(|i| i.low).map(|b| b.inclusive),
        high_inclusive: interval.and_then(|i| i.high).map(|b| b.inclusive),
        vague: quantity.is_some_and(|q| q.vague),
        subject: claim.and_then(|c| c.subject.known().map(|s| s.to_string())),
        metric: claim.and_then(|c| c.metric.known().map(|m| m.to_string())),
        period: claim.and_then(|c| c.period.known().map(|p| p.text.to_string())),
        role: claim.map(|c| c.role),
        source: claim.and_then(|c| c.source.as_deref().map(str::to_string)),
        scope: claim.map(|c| c.scope),
        unknown: claim.map(|c| UnknownJson {
            subject: reason(&c.subject),
            metric: reason(&c.metric),
            period: reason(&c.period),
        }),
        not_restated: claim.and_then(Claim::not_restated),
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
                    .map(|m| claim_json(f.document, m, f.claim(m)))
                    .collect(),
                relations: f.relations_json(),
            })
            .collect(),
    };
    // Serialising plain structs of strings and numbers cannot fail.
    serde_json::to_string_pretty(&out).unwrap_or_default()
}

/// "[2.85, 2.95]", "(500, ∞)", "(−∞, 20]".
pub fn interval_text(interval: &Interval) -> String {
    interval_text_to(interval, None)
}

/// The same with bounds rounded outwards to `places` decimals, for computed intervals
/// whose exact bounds run to 28 digits.
pub fn interval_text_to(interval: &Interval, places: Option<u32>) -> String {
    crate::written::interval_text_with(interval, |value, strategy| match places {
        Some(dp) => canonical(value.round_dp_with_strategy(dp, strategy)),
        None => canonical(value),
    })
}

/// A terminal table, one row per mention, then one per relation; columns are aligned
/// by display width so that CJK text lines up.
pub fn table(files: &[FileClaims]) -> String {
    let mut out = String::new();
    for file in files {
        out.push_str(&format!(
            "{} ({} claims)\n",
            file.document.path,
            file.mentions.len()
        ));
        let rows: Vec<Vec<String>> = std::iter::once(header().to_vec())
            .chain(
                file.mentions
                    .iter()
                    .map(|m| row(file.document, m, file.claim(m)).to_vec()),
            )
            .collect();
        out.push_str(&aligned(&rows));
        if !file.relations.is_empty() {
            out.push_str(&aligned(&file.relation_rows()));
        }
    }
    out
}

/// Rows as lines of columns padded to the widest cell of each.
fn aligned(rows: &[Vec<String>]) -> String {
    let columns = rows.first().map_or(0, Vec::len);
    let widths: Vec<usize> = (0..columns)
        .map(|c| rows.iter().map(|r| r[c].width()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for r in rows {
        let mut line = String::from(" ");
        for (cell, width) in r.iter().zip(&widths) {
            line.push(' ');
            line.push_str(cell);
            line.push_str(&" ".repeat(width - cell.width()));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Text for one table cell: control characters (a line break inside a figure) as spaces.
fn printable(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

const COLUMNS: usize = 14;

fn header() -> [String; COLUMNS] {
    [
        "LINE:COL", "BYTES", "KIND", "TEXT", "VALUE", "UNIT", "APPROX", "INTERVAL", "SUBJECT",
        "METRIC", "PERIOD", "ROLE", "SOURCE", "SCOPE",
    ]
    .map(String::from)
}

/// A known attribute, or `?` (the JSON output says why it is unknown).
fn cell<T>(a: &Attribution<T>, show: impl Fn(&T) -> String) -> String {
    a.known().map_or_else(|| "?".to_string(), show)
}

fn row(document: &Document, mention: &Mention, claim: Option<&Claim>) -> [String; COLUMNS] {
    let (line, column) = document.line_col(mention.span.start);
    let q = mention.quantity();
    let text = printable(&document.text[mention.span.clone()]);
    let value = q
        .map(|q| canonical(q.value))
        .or_else(|| mention.period().map(String::from));
    let approx = q.map(|q| {
        let name = q.approx.name();
        if q.vague {
            format!("{name} (vague)")
        } else {
            name.to_string()
        }
    });
    [
        format!("{line}:{column}"),
        format!("{}..{}", mention.span.start, mention.span.end),
        mention.kind().name().to_string(),
        text,
        value.unwrap_or_default(),
        q.and_then(|q| q.unit.label().map(str::to_string))
            .unwrap_or_else(|| "-".into()),
        approx.unwrap_or_else(|| "-".into()),
        q.map(|q| interval_text(&q.interval))
            .unwrap_or_else(|| "-".into()),
        claim.map_or("-".into(), |c| cell(&c.subject, |s| s.to_string())),
        claim.map_or("-".into(), |c| cell(&c.metric, |m| m.to_string())),
        claim.map_or("-".into(), |c| cell(&c.period, |p| p.text.to_string())),
        claim.map_or("-".into(), |c| match c.role {
            Role::Current => "current".into(),
            Role::Prior => "prior".into(),
        }),
        claim.map_or("-".into(), |c| {
            c.source.as_deref().unwrap_or("-").to_string()
        }),
        claim.map_or("-".into(), |c| c.scope.to_string()),
    ]
}
