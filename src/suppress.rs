//! Suppression comments: findings a writer has looked at and decided to keep.
//!
//! In Markdown, HTML comments; in plain text, the same words after `#` or `//` on a
//! line of their own:
//!
//! ```text
//! <!-- claimlint-disable-next-line CL001 -- the wire copy rounds -->
//! <!-- claimlint-disable CL001,CL002 -->  …  <!-- claimlint-enable -->
//! <!-- claimlint-disable-file -->
//! ```
//!
//! Without codes a directive covers every rule; rules may be named by code or name;
//! a reason may follow `--`. A finding is silenced when its primary span starts in the
//! range a directive covers. `claimlint-enable` closes every open disable; with codes,
//! the disables all of whose codes it names. Whatever silences nothing is reported as
//! `CL900` (unused-suppression), so stale suppressions get removed.

use crate::diagnostic::{Diagnostic, Label};
use crate::document::Document;
use crate::rules::{explain, UnusedSuppression};
use std::collections::HashMap;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    NextLine,
    Disable,
    Enable,
    File,
}

impl Kind {
    fn parse(word: &str) -> Option<Kind> {
        match word {
            "claimlint-disable-next-line" => Some(Kind::NextLine),
            "claimlint-disable" => Some(Kind::Disable),
            "claimlint-enable" => Some(Kind::Enable),
            "claimlint-disable-file" => Some(Kind::File),
            _ => None,
        }
    }
}

/// One directive and what it has silenced so far.
#[derive(Debug)]
struct Directive<'t> {
    /// The directive's words, `claimlint-disable CL001` (without the reason).
    text: &'t str,
    span: Range<usize>,
    kind: Kind,
    /// Codes (rule names turned into codes); empty for every rule.
    codes: Vec<String>,
    /// The bytes it covers.
    scope: Range<usize>,
    /// Per code (or one flag when `codes` is empty): whether it silenced a finding.
    used: Vec<bool>,
}

impl Directive<'_> {
    /// What it silenced nothing of, as `CL900` findings.
    fn unused(&self) -> Vec<Diagnostic> {
        let finding = |message: String| {
            UnusedSuppression::diagnostic(message, Label::new(self.span.clone(), "unused"))
        };
        if self.kind == Kind::Enable {
            return match self.used.first() {
                Some(false) => vec![finding(format!("`{}` closes no disable", self.text))],
                _ => Vec::new(),
            };
        }
        if self.used.iter().all(|used| !used) {
            return vec![finding(format!("`{}` silences nothing", self.text))];
        }
        self.codes
            .iter()
            .zip(&self.used)
            .filter(|(_, used)| !**used)
            .map(|(code, _)| finding(format!("`{code}` in `{}` silences nothing", self.text)))
            .collect()
    }
}

/// The findings no directive silences, then a `CL900` for each directive (or code of
/// one) that silenced nothing, and for each comment that looks like a directive but is none.
pub fn apply(document: &Document, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let (mut directives, mut unknown) = directives(document);
    if directives.is_empty() && unknown.is_empty() {
        return diagnostics;
    }
    // Every directive that covers a finding is used, not only the first.
    mark_used(&mut directives, &diagnostics);
    let covered = Covered::by(&directives);
    let mut kept: Vec<Diagnostic> = diagnostics
        .into_iter()
        .filter(|d| !covered.silences(d))
        .collect();
    kept.extend(directives.iter().flat_map(Directive::unused));
    kept.append(&mut unknown);
    kept
}

/// Whether a directive's scope holds a finding of each of its codes (of any code when
/// it names none). Each scope is searched in the sorted starts of the findings: a file
/// with thousands of directives and findings does not try every pair.
fn mark_used(directives: &mut [Directive], diagnostics: &[Diagnostic]) {
    let mut by_code: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut all = Vec::with_capacity(diagnostics.len());
    for d in diagnostics {
        by_code
            .entry(d.code)
            .or_default()
            .push(d.primary.span.start);
        all.push(d.primary.span.start);
    }
    all.sort_unstable();
    by_code
        .values_mut()
        .for_each(|starts| starts.sort_unstable());
    let any_in = |starts: &[usize], scope: &Range<usize>| {
        let first = starts.partition_point(|&s| s < scope.start);
        starts.get(first).is_some_and(|&s| s < scope.end)
    };
    for directive in directives.iter_mut().filter(|d| d.kind != Kind::Enable) {
        if directive.codes.is_empty() {
            directive.used = vec![any_in(&all, &directive.scope)];
            continue;
        }
        for (code, used) in directive.codes.iter().zip(&mut directive.used) {
            *used = by_code
                .get(code.as_str())
                .is_some_and(|starts| any_in(starts, &directive.scope));
        }
    }
}

/// The bytes the directives cover: for each code they name, and for every code (the
/// directives that name none), as sorted disjoint ranges.
struct Covered<'d> {
    by_code: HashMap<&'d str, Vec<Range<usize>>>,
    every_code: Vec<Range<usize>>,
}

impl<'d> Covered<'d> {
    fn by(directives: &'d [Directive]) -> Covered<'d> {
        let mut covered = Covered {
            by_code: HashMap::new(),
            every_code: Vec::new(),
        };
        for d in directives.iter().filter(|d| d.kind != Kind::Enable) {
            if d.codes.is_empty() {
                covered.every_code.push(d.scope.clone());
            }
            for code in &d.codes {
                covered
                    .by_code
                    .entry(code)
                    .or_default()
                    .push(d.scope.clone());
            }
        }
        merge(&mut covered.every_code);
        covered.by_code.values_mut().for_each(merge);
        covered
    }

    fn silences(&self, diagnostic: &Diagnostic) -> bool {
        let at = diagnostic.primary.span.start;
        let holds = |ranges: &[Range<usize>]| {
            let first = ranges.partition_point(|r| r.end <= at);
            ranges.get(first).is_some_and(|r| r.start <= at)
        };
        holds(&self.every_code) || self.by_code.get(diagnostic.code).is_some_and(|r| holds(r))
    }
}

/// `ranges` sorted, without empty ones, and joined where they overlap or touch.
fn merge(ranges: &mut Vec<Range<usize>>) {
    ranges.retain(|r| !r.is_empty());
    ranges.sort_unstable_by_key(|r| r.start);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges.drain(..) {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    *ranges = merged;
}

/// The directives of a document with the range each covers, and a `CL900` for each
/// comment that starts with `claimlint-` but is not a directive.
fn directives(document: &Document) -> (Vec<Directive<'_>>, Vec<Diagnostic>) {
    let text = &document.text;
    let mut out: Vec<Directive> = Vec::new();
    let mut unknown = Vec::new();
    // The disables no enable has closed yet.
    let mut open = Vec::new();
    for (span, body) in document
        .comments()
        .iter()
        .flat_map(|c| bodies(text, c.clone()))
    {
        let words = body
            .split_once("--")
            .map_or(body, |(words, _)| words)
            .trim();
        let mut parts = words.splitn(2, char::is_whitespace);
        let Some(kind) = parts.next().and_then(Kind::parse) else {
            let message = format!("`{words}` is not a claimlint directive");
            let label = Label::new(span, "unknown directive");
            unknown.push(UnusedSuppression::diagnostic(message, label));
            continue;
        };
        let codes: Vec<String> = parts
            .next()
            .unwrap_or("")
            .split([',', ' ', '\t'])
            .filter(|c| !c.is_empty())
            .map(|c| explain(c).map_or(c, |rule| rule.code).to_string())
            .collect();
        let scope = match kind {
            Kind::NextLine => next_line(document, span.end),
            Kind::Disable => span.start..text.len(),
            Kind::Enable => span.clone(),
            Kind::File => 0..text.len(),
        };
        // An enable is used when it closes a disable; any other directive, per code.
        let used = if kind == Kind::Enable {
            vec![close(&mut out, &mut open, &codes, span.start)]
        } else {
            vec![false; codes.len().max(1)]
        };
        if kind == Kind::Disable {
            open.push(out.len());
        }
        out.push(Directive {
            text: words,
            span,
            kind,
            codes,
            scope,
            used,
        });
    }
    (out, unknown)
}

/// End the open disables (indices into `directives`) an enable at `at` closes; whether
/// it closed any. Those closed leave `open`, so a file of many disable and enable pairs
/// is not searched again at each enable.
fn close(directives: &mut [Directive], open: &mut Vec<usize>, codes: &[String], at: usize) -> bool {
    let before = open.len();
    open.retain(|&i| {
        let d = &mut directives[i];
        let named =
            codes.is_empty() || !d.codes.is_empty() && d.codes.iter().all(|c| codes.contains(c));
        if named {
            d.scope.end = at;
        }
        !named
    });
    open.len() < before
}

/// The line after the one `offset` is on.
fn next_line(document: &Document, offset: usize) -> Range<usize> {
    let starts = document.line_starts();
    let after = starts.partition_point(|&s| s <= offset);
    let start = starts.get(after).copied().unwrap_or(document.text.len());
    let end = starts
        .get(after + 1)
        .copied()
        .unwrap_or(document.text.len());
    start..end
}

/// The directive texts of one comment, `claimlint-…` without the comment markers: each
/// `<!-- … -->` of an HTML comment block, or the rest of a `#` or `//` line.
fn bodies(text: &str, comment: Range<usize>) -> Vec<(Range<usize>, &str)> {
    let Some(source) = text.get(comment.clone()) else {
        return Vec::new();
    };
    let is_directive = |body: &str| body.trim_start().starts_with("claimlint-");
    let trimmed = source.trim_start();
    let mut out = Vec::new();
    if trimmed.starts_with("<!--") {
        // Each comment from its `<!--` to the first `-->` after it (comments do not
        // nest), and the next looked for after that.
        let mut from = 0;
        while let Some(open) = source[from..].find("<!--").map(|at| from + at) {
            let inner_start = open + 4;
            let Some(len) = source[inner_start..].find("-->") else {
                break;
            };
            let body = source[inner_start..inner_start + len].trim();
            if is_directive(body) {
                let start = comment.start + open;
                out.push((start..start + 4 + len + 3, body));
            }
            from = inner_start + len + 3;
        }
    } else {
        let body = trimmed
            .trim_start_matches('#')
            .trim_start_matches("//")
            .trim();
        if is_directive(body) {
            out.push((comment.start..comment.start + source.trim_end().len(), body));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The codes and lines of the findings left in `text`, with every figure `5%` made
    /// a finding of CL002 (and `9%` of CL001).
    fn left(path: &str, text: &str) -> Vec<(&'static str, usize)> {
        let document = Document::new(path, text);
        let found = text
            .match_indices("5%")
            .map(|(i, _)| ("CL002", i))
            .chain(text.match_indices("9%").map(|(i, _)| ("CL001", i)))
            .map(|(code, i)| {
                Diagnostic::new(
                    code,
                    "x",
                    crate::diagnostic::Severity::Error,
                    "m",
                    Label::new(i..i + 2, ""),
                )
            })
            .collect();
        let mut out: Vec<_> = apply(&document, found)
            .iter()
            .map(|d| (d.code, document.line_col(d.primary.span.start).0))
            .collect();
        out.sort();
        out
    }

    #[test]
    fn next_line_silences_only_the_next_line_and_only_its_codes() {
        let text = "<!-- claimlint-disable-next-line CL002 -- rounded -->\nup 5% and 9%\nup 5%\n";
        assert_eq!(left("a.md", text), [("CL001", 2), ("CL002", 3)]);
    }

    #[test]
    fn disable_until_enable() {
        let text = "up 5%\n<!-- claimlint-disable percent-change-mismatch,CL001 -->\nup 5%\n\nup 9%\n<!-- claimlint-enable -->\nup 5%\n";
        assert_eq!(left("a.md", text), [("CL002", 1), ("CL002", 7)]);
    }

    #[test]
    fn every_directive_that_covers_a_finding_is_used() {
        let text = "<!-- claimlint-disable-file CL002 -->\n\n<!-- claimlint-disable -->\n\n<!-- claimlint-disable-next-line CL002 -->\nup 5%\n";
        assert_eq!(left("a.md", text), []);
        let unused = "<!-- claimlint-disable CL001 -->\n\nup 5%\n<!-- claimlint-enable CL001 -->\n\n<!-- claimlint-disable CL002 -->\n";
        assert_eq!(
            left("a.md", unused),
            [("CL002", 3), ("CL900", 1), ("CL900", 6)]
        );
    }

    #[test]
    fn a_comment_ends_at_its_first_close() {
        let text = "<!-- a note <!-- claimlint-disable-file -->\n\nup 5%\n";
        assert_eq!(left("a.md", text), [("CL002", 3)]);
    }

    #[test]
    fn file_wide_in_plain_text() {
        let text = "up 5%\n// claimlint-disable-file\nup 9%\n";
        assert_eq!(left("a.txt", text), []);
    }

    #[test]
    fn what_silences_nothing_is_reported() {
        let text = "# claimlint-disable-next-line CL001,CL002\nup 5%\n# claimlint-enable\n# claimlint-disabel CL002\n";
        let document = Document::new("a.txt", text);
        let found = vec![Diagnostic::new(
            "CL002",
            "x",
            crate::diagnostic::Severity::Error,
            "m",
            Label::new(45..47, ""),
        )];
        let messages: Vec<String> = apply(&document, found)
            .into_iter()
            .map(|d| format!("{} {}", d.code, d.message))
            .collect();
        assert_eq!(
            messages,
            [
                "CL900 `CL001` in `claimlint-disable-next-line CL001,CL002` silences nothing",
                "CL900 `claimlint-enable` closes no disable",
                "CL900 `claimlint-disabel CL002` is not a claimlint directive",
            ]
        );
    }
}
