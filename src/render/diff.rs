//! `claimlint diff`: the review of a revision as text for people (human), as the JSON
//! contract of DESIGN.md, as a Markdown summary for a pull-request comment, or as
//! GitHub workflow commands.

use crate::attribute::Claim;
use crate::diagnostic::{plural, Diagnostic};
use crate::diff::{ClaimChange, Review, Status};
use crate::document::Document;
use crate::render::claims::{claim_json, ClaimJson};
use crate::render::json::DiagnosticJson;
use crate::render::{github, human, Region};
use rust_decimal::Decimal;
use serde::Serialize;
use std::fmt::Write;

/// The output formats of `claimlint diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DiffFormat {
    /// Changed figures, then stale restatements and findings rustc-style
    Human,
    /// JSON (schema version 1)
    Json,
    /// A summary table to paste as a pull-request comment
    Markdown,
    /// GitHub Actions workflow commands
    Github,
}

/// One file's revision: the two texts and their review.
pub struct Revised<'a> {
    pub old: &'a Document,
    pub new: &'a Document,
    pub review: Review,
}

/// The whole output of `diff` for these revisions.
pub fn render(revisions: &[Revised], format: DiffFormat, color: bool) -> String {
    match format {
        DiffFormat::Human => revisions.iter().map(|r| human_text(r, color)).collect(),
        DiffFormat::Json => json(revisions),
        DiffFormat::Markdown => markdown(revisions),
        DiffFormat::Github => revisions.iter().map(github_commands).collect(),
    }
}

fn claim<'r>(review: &'r Review, change: &ClaimChange) -> (Option<&'r Claim>, Option<&'r Claim>) {
    (
        change.old.and_then(|o| review.old.claims.get(o)),
        change.new.and_then(|n| review.new.claims.get(n)),
    )
}

fn written<'d>(document: &'d Document, claim: Option<&Claim>) -> &'d str {
    claim
        .and_then(|c| document.text.get(c.mention.span.clone()))
        .unwrap_or("")
}

fn location(document: &Document, claim: Option<&Claim>) -> String {
    claim.map_or_else(String::new, |c| {
        let region = Region::new(document, &c.mention.span);
        format!(
            "{}:{}:{}",
            document.path, region.start_line, region.start_column
        )
    })
}

/// `+2.4%` from the old value to the new one, when both are known and the old is not 0.
fn relative_change(old: Option<&Claim>, new: Option<&Claim>) -> Option<String> {
    let value = |c: Option<&Claim>| c?.mention.quantity().map(|q| q.value);
    let (a, b) = (value(old)?, value(new)?);
    let change = b
        .checked_sub(a)?
        .checked_div(a)?
        .checked_mul(Decimal::ONE_HUNDRED)?
        .round_dp(1);
    let sign = if change.is_sign_negative() { "" } else { "+" };
    Some(format!("{sign}{change:.1}%"))
}

/// One line per changed, added or removed figure.
fn change_line(revised: &Revised, change: &ClaimChange) -> String {
    let (old, new) = claim(&revised.review, change);
    let (was, is) = (written(revised.old, old), written(revised.new, new));
    match change.status {
        Status::Changed => format!(
            "{}: `{was}` → `{is}` ({}), was {}",
            location(revised.new, new),
            relative_change(old, new).unwrap_or_else(|| "changed".into()),
            location(revised.old, old)
        ),
        Status::Added => format!("{}: `{is}` added", location(revised.new, new)),
        Status::Removed => format!("{}: `{was}` removed", location(revised.old, old)),
    }
}

fn human_text(revised: &Revised, color: bool) -> String {
    let review = &revised.review;
    let mut out = String::new();
    let changed = review
        .changes
        .iter()
        .filter(|c| c.status == Status::Changed);
    let _ = writeln!(out, "{} → {}", revised.old.path, revised.new.path);
    for change in changed {
        let _ = writeln!(out, "  changed {}", change_line(revised, change));
    }
    let options = human::Options {
        color,
        ..human::Options::default()
    };
    for (title, document, findings) in [
        ("stale restatements", revised.new, &review.stale),
        ("introduced findings", revised.new, &review.introduced),
        ("fixed findings", revised.old, &review.fixed),
    ] {
        if findings.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{title}:");
        out.push_str(&human::render_quiet(
            &[(document, findings.clone())],
            &options,
        ));
    }
    let _ = writeln!(out, "\n{}", summary(review));
    out
}

fn count(review: &Review, status: Status) -> usize {
    review.changes.iter().filter(|c| c.status == status).count()
}

fn summary(review: &Review) -> String {
    format!(
        "{} changed, {} added, {} removed; {}, {} introduced and {} fixed findings",
        count(review, Status::Changed),
        count(review, Status::Added),
        count(review, Status::Removed),
        plural(review.stale.len(), "stale restatement"),
        review.introduced.len(),
        review.fixed.len()
    )
}

#[derive(Serialize)]
struct ChangeJson<'a> {
    status: Status,
    old: Option<ClaimJson<'a>>,
    new: Option<ClaimJson<'a>>,
}

#[derive(Serialize)]
struct DiffJson<'a> {
    version: u32,
    old: &'a str,
    new: &'a str,
    changes: Vec<ChangeJson<'a>>,
    stale: Vec<DiagnosticJson<'a>>,
    introduced: Vec<DiagnosticJson<'a>>,
    fixed: Vec<DiagnosticJson<'a>>,
}

fn diff_json<'a>(revised: &'a Revised) -> DiffJson<'a> {
    let review = &revised.review;
    let claim_of = |document: &'a Document, c: Option<&'a Claim>| {
        c.map(|c| claim_json(document, &c.mention, Some(c)))
    };
    let diagnostics = |document: &'a Document, ds: &'a [Diagnostic]| {
        ds.iter()
            .map(|d| DiagnosticJson::new(document, d))
            .collect()
    };
    DiffJson {
        version: 1,
        old: &revised.old.path,
        new: &revised.new.path,
        changes: review
            .changes
            .iter()
            .map(|change| {
                let (old, new) = claim(review, change);
                ChangeJson {
                    status: change.status,
                    old: claim_of(revised.old, old),
                    new: claim_of(revised.new, new),
                }
            })
            .collect(),
        stale: diagnostics(revised.new, &review.stale),
        introduced: diagnostics(revised.new, &review.introduced),
        fixed: diagnostics(revised.old, &review.fixed),
    }
}

/// One JSON object for one file (the DESIGN.md contract); several files make an array.
fn json(revisions: &[Revised]) -> String {
    let docs: Vec<DiffJson> = revisions.iter().map(diff_json).collect();
    // Serialising plain structs of strings and numbers cannot fail.
    let text = match docs.as_slice() {
        [one] => serde_json::to_string_pretty(one),
        many => serde_json::to_string_pretty(many),
    };
    text.unwrap_or_default() + "\n"
}

fn markdown(revisions: &[Revised]) -> String {
    let mut out = String::from("### claimlint: figures changed in this revision\n\n");
    out.push_str("| file | line:col | was | now | change |\n|---|---|---|---|---|\n");
    let cell = |s: &str| s.replace('|', "\\|").replace('\n', " ");
    for revised in revisions {
        for change in &revised.review.changes {
            let (old, new) = claim(&revised.review, change);
            let (document, claim) = match change.status {
                Status::Removed => (revised.old, old),
                _ => (revised.new, new),
            };
            let at = claim.map_or_else(String::new, |c| {
                let region = Region::new(document, &c.mention.span);
                format!("{}:{}", region.start_line, region.start_column)
            });
            let what = match change.status {
                Status::Changed => relative_change(old, new).unwrap_or_default(),
                Status::Added => "added".into(),
                Status::Removed => "removed".into(),
            };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {what} |",
                cell(&revised.new.path),
                cell(&at),
                cell(written(revised.old, old)),
                cell(written(revised.new, new))
            );
        }
    }
    for revised in revisions {
        let review = &revised.review;
        let lists = [
            ("Stale restatements", revised.new, &review.stale),
            ("Introduced findings", revised.new, &review.introduced),
            ("Fixed findings", revised.old, &review.fixed),
        ];
        for (title, document, findings) in lists {
            if findings.is_empty() {
                continue;
            }
            let _ = writeln!(out, "\n**{title}** ({})\n", document.path);
            for d in findings.iter() {
                let region = Region::new(document, &d.primary.span);
                let _ = writeln!(
                    out,
                    "- `{}` line {}: {}",
                    d.code,
                    region.start_line,
                    cell(&d.message)
                );
            }
        }
        let _ = writeln!(out, "\n{}", summary(review));
    }
    out
}

/// Annotations on the new file: stale restatements and introduced findings.
fn github_commands(revised: &Revised) -> String {
    let review = &revised.review;
    let findings: Vec<Diagnostic> = review
        .stale
        .iter()
        .chain(&review.introduced)
        .cloned()
        .collect();
    github::render(&[(revised.new, findings)])
}
