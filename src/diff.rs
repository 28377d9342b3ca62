//! Revision review: which figures a revision changed, which restatements it left with
//! the old value, and which findings it introduced or fixed.
//!
//! The two texts are aligned line by line first and then, inside each changed stretch,
//! token by token: words and numbers for Latin script, single characters for CJK, so
//! that `184.2万辆` → `190万辆` is one change of `184.2` and a reworded sentence keeps its
//! figures aligned. Both passes run under a deadline (similar's), so the alignment never
//! goes quadratic on a long article. Claims are then paired through the alignment; a
//! claim removed in one place and added with the same text in another moved, and is not
//! a change.

use crate::attribute::Claim;
use crate::baseline::finding_key;
use crate::config::Policy;
use crate::diagnostic::{Diagnostic, Label, Severity};
use crate::document::Document;
use crate::lint::lint_analysis;
use crate::quantity::Interval;
use crate::rules::conflicting_restatement::FactKey;
use crate::rules::StaleRestatement;
use crate::Analysis;
use similar::{capture_diff_slices_deadline, Algorithm, DiffTag};
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::time::{Duration, Instant};

/// How a claim fared in the revision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Changed,
    Added,
    Removed,
}

/// A claim that the revision changed, added or removed (indices into the claims of the
/// old and the new analysis).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimChange {
    pub status: Status,
    pub old: Option<usize>,
    pub new: Option<usize>,
}

/// Everything `claimlint diff` reports about one file.
pub struct Review {
    pub old: Analysis,
    pub new: Analysis,
    /// Changed figures first, then added and removed ones, each in reading order.
    pub changes: Vec<ClaimChange>,
    /// Restatements that kept the old value of a changed figure (in NEW).
    pub stale: Vec<Diagnostic>,
    /// Findings in NEW that OLD did not have, and findings of OLD that NEW no longer has.
    pub introduced: Vec<Diagnostic>,
    pub fixed: Vec<Diagnostic>,
}

impl Review {
    /// Whether the revision should fail a review: a stale restatement, or an introduced
    /// finding at error level.
    pub fn fails(&self) -> bool {
        !self.stale.is_empty()
            || self
                .introduced
                .iter()
                .any(|d| d.severity == Severity::Error)
    }
}

/// Review the revision of `old` into `new`.
pub fn review(old: &Document, new: &Document) -> Review {
    review_with(old, new, &Policy::default())
}

/// [`review`] with both texts read and checked under `policy` (configured units,
/// lexicons and rules; suppressions in each text).
pub fn review_with(old: &Document, new: &Document, policy: &Policy) -> Review {
    let analyze = |d: &Document| crate::analyze_with(d, &policy.options);
    let (old_analysis, new_analysis) = (analyze(old), analyze(new));
    let segments = align(&old.text, &new.text);
    let pairs = pair_claims(
        &segments,
        &old_analysis.claims,
        &new_analysis.claims,
        old,
        new,
    );
    let stale = stale_restatements(&pairs, &old_analysis.claims, &new_analysis.claims, old, new);
    let old_findings = lint_analysis(old, &old_analysis, policy);
    let new_findings = lint_analysis(new, &new_analysis, policy);
    let introduced = findings_not_in(new, &new_findings, old, &old_findings);
    let fixed = findings_not_in(old, &old_findings, new, &new_findings);
    Review {
        old: old_analysis,
        new: new_analysis,
        changes: pairs.changes(),
        stale,
        introduced,
        fixed,
    }
}

/// The findings of `a` whose key (rule and claim texts, never positions) is not among
/// those of `b`, counting duplicates.
pub fn findings_not_in(
    a: &Document,
    ours: &[Diagnostic],
    b: &Document,
    theirs: &[Diagnostic],
) -> Vec<Diagnostic> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for d in theirs {
        *counts.entry(finding_key(b.prose(), d)).or_default() += 1;
    }
    ours.iter()
        .filter(|d| match counts.get_mut(&finding_key(a.prose(), d)) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        })
        .cloned()
        .collect()
}

/// A stretch of the old text and the stretch of the new text it became; `equal` when
/// the two are the same text.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Segment {
    old: Range<usize>,
    new: Range<usize>,
    equal: bool,
}

/// How long each alignment pass may search before it settles for a coarser answer.
const DEADLINE: Duration = Duration::from_millis(500);

/// Align line by line, then token by token inside each changed stretch of lines.
fn align(old: &str, new: &str) -> Vec<Segment> {
    let (old_lines, new_lines) = (pieces(old, lines), pieces(new, lines));
    let mut out = Vec::new();
    for (equal, old_range, new_range) in diff(&old_lines, &new_lines) {
        if equal {
            out.push(Segment {
                old: old_range,
                new: new_range,
                equal,
            });
            continue;
        }
        let (o, n) = (&old[old_range.clone()], &new[new_range.clone()]);
        for (equal, a, b) in diff(&pieces(o, tokens), &pieces(n, tokens)) {
            out.push(Segment {
                old: old_range.start + a.start..old_range.start + a.end,
                new: new_range.start + b.start..new_range.start + b.end,
                equal,
            });
        }
    }
    out
}

/// Split `text` into consecutive pieces by `split`, with each piece's byte range.
fn pieces(text: &str, split: fn(&str) -> usize) -> Vec<(&str, Range<usize>)> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let len = split(&text[at..]).max(1);
        let end = (at + len).min(text.len());
        out.push((&text[at..end], at..end));
        at = end;
    }
    out
}

/// The length of the first line, with its line break.
fn lines(text: &str) -> usize {
    text.find('\n').map_or(text.len(), |i| i + 1)
}

/// The length of the first token: a word or number (`184.2`, `1,780`, `EPS`), a run of
/// spaces, or one other character (each CJK character is a token).
fn tokens(text: &str) -> usize {
    let mut chars = text.char_indices().peekable();
    let Some((_, first)) = chars.next() else {
        return 0;
    };
    let word = |c: char| c.is_ascii_alphanumeric();
    let mut end = first.len_utf8();
    if word(first) {
        while let Some(&(i, c)) = chars.peek() {
            let inner =
                matches!(c, '.' | ',') && text[i + 1..].starts_with(|d: char| d.is_ascii_digit());
            if !(word(c) || inner) {
                break;
            }
            end = i + c.len_utf8();
            chars.next();
        }
    } else if first.is_whitespace() && first != '\n' {
        while let Some(&(i, c)) = chars.peek() {
            if !c.is_whitespace() || c == '\n' {
                break;
            }
            end = i + c.len_utf8();
            chars.next();
        }
    }
    end
}

/// The diff of two piece lists as byte ranges: `(equal, old, new)`.
fn diff(
    old: &[(&str, Range<usize>)],
    new: &[(&str, Range<usize>)],
) -> Vec<(bool, Range<usize>, Range<usize>)> {
    let old_texts: Vec<&str> = old.iter().map(|(t, _)| *t).collect();
    let new_texts: Vec<&str> = new.iter().map(|(t, _)| *t).collect();
    let deadline = Instant::now() + DEADLINE;
    let ops =
        capture_diff_slices_deadline(Algorithm::Myers, &old_texts, &new_texts, Some(deadline));
    let bytes = |p: &[(&str, Range<usize>)], r: Range<usize>, end: usize| match (
        p.get(r.start),
        r.end.checked_sub(1).and_then(|l| p.get(l)),
    ) {
        (Some(first), Some(last)) if r.start < r.end => first.1.start..last.1.end,
        _ => p
            .get(r.start)
            .map_or(end..end, |first| first.1.start..first.1.start),
    };
    let old_end = old.last().map_or(0, |p| p.1.end);
    let new_end = new.last().map_or(0, |p| p.1.end);
    ops.iter()
        .map(|op| {
            let (tag, o, n) = op.as_tag_tuple();
            (
                tag == DiffTag::Equal,
                bytes(old, o, old_end),
                bytes(new, n, new_end),
            )
        })
        .collect()
}

/// Claims of both revisions, paired.
struct Pairs {
    /// For each old claim, the new claim it became (same or changed), if any.
    new_of_old: Vec<Option<usize>>,
    /// For each new claim, whether an old claim became it.
    paired_new: Vec<bool>,
    /// Pairs whose value changed, in the new text's order.
    changed: Vec<(usize, usize)>,
}

impl Pairs {
    fn changes(&self) -> Vec<ClaimChange> {
        let changed = self.changed.iter().map(|&(o, n)| ClaimChange {
            status: Status::Changed,
            old: Some(o),
            new: Some(n),
        });
        let added = (0..self.paired_new.len())
            .filter(|&n| !self.paired_new[n])
            .map(|n| ClaimChange {
                status: Status::Added,
                old: None,
                new: Some(n),
            });
        let removed = (0..self.new_of_old.len())
            .filter(|&o| self.new_of_old[o].is_none())
            .map(|o| ClaimChange {
                status: Status::Removed,
                old: Some(o),
                new: None,
            });
        changed.chain(added).chain(removed).collect()
    }
}

/// Pair the claims: through equal stretches by position, inside a changed stretch in
/// order, and what is left by equal text (a figure that moved).
fn pair_claims(
    segments: &[Segment],
    old: &[Claim],
    new: &[Claim],
    od: &Document,
    nd: &Document,
) -> Pairs {
    let mut pairs = Pairs {
        new_of_old: vec![None; old.len()],
        paired_new: vec![false; new.len()],
        changed: Vec::new(),
    };
    let new_at: HashMap<usize, usize> = new
        .iter()
        .enumerate()
        .map(|(i, c)| (c.mention.span.start, i))
        .collect();
    let segment_of = |offset: usize, side: fn(&Segment) -> &Range<usize>| {
        segments.partition_point(|s| side(s).end <= offset)
    };
    // Old and new claims that touch a changed segment, grouped by the first one.
    let mut hunks: HashMap<usize, (Vec<usize>, Vec<usize>)> = HashMap::new();
    let touched = |span: &Range<usize>, side: fn(&Segment) -> &Range<usize>| {
        let first = segment_of(span.start, side);
        segments[first..]
            .iter()
            .take_while(|s| side(s).start < span.end)
            .position(|s| !s.equal)
            .map(|i| first + i)
    };
    for (o, claim) in old.iter().enumerate() {
        let span = &claim.mention.span;
        match touched(span, |s| &s.old) {
            Some(hunk) => hunks.entry(hunk).or_default().0.push(o),
            None => {
                // A claim that starts before the segment found (past the last one) has
                // no place in NEW to have moved to.
                let last = segments.len().saturating_sub(1);
                let moved = segments
                    .get(segment_of(span.start, |s| &s.old).min(last))
                    .and_then(|s| Some(span.start.checked_sub(s.old.start)? + s.new.start));
                if let Some(&n) = moved.and_then(|m| new_at.get(&m)) {
                    pairs.link(o, n, old, new, od, nd);
                }
            }
        }
    }
    for (n, claim) in new.iter().enumerate() {
        if let Some(hunk) = touched(&claim.mention.span, |s| &s.new) {
            hunks.entry(hunk).or_default().1.push(n);
        }
    }
    let mut order: Vec<usize> = hunks.keys().copied().collect();
    order.sort_unstable();
    for (olds, news) in order.iter().filter_map(|h| hunks.get(h)) {
        for (&o, &n) in olds.iter().zip(news) {
            if !pairs.paired_new[n] {
                pairs.link(o, n, old, new, od, nd);
            }
        }
    }
    pairs.pair_moved(old, new, od, nd);
    pairs.changed.sort_unstable_by_key(|&(_, n)| n);
    pairs
}

fn written<'d>(document: &'d Document, claim: &Claim) -> &'d str {
    document.text.get(claim.mention.span.clone()).unwrap_or("")
}

impl Pairs {
    fn link(
        &mut self,
        o: usize,
        n: usize,
        old: &[Claim],
        new: &[Claim],
        od: &Document,
        nd: &Document,
    ) {
        self.new_of_old[o] = Some(n);
        self.paired_new[n] = true;
        let value = |c: &Claim| c.mention.quantity().map(|q| q.value);
        let same = value(&old[o]) == value(&new[n]) || written(od, &old[o]) == written(nd, &new[n]);
        if !same {
            self.changed.push((o, n));
        }
    }

    /// A claim removed in one place and added with the same text in another moved.
    fn pair_moved(&mut self, old: &[Claim], new: &[Claim], od: &Document, nd: &Document) {
        let mut added: HashMap<&str, Vec<usize>> = HashMap::new();
        for n in (0..new.len()).rev().filter(|&n| !self.paired_new[n]) {
            added.entry(written(nd, &new[n])).or_default().push(n);
        }
        for (o, claim) in old.iter().enumerate() {
            if self.new_of_old[o].is_some() {
                continue;
            }
            if let Some(n) = added.get_mut(written(od, claim)).and_then(Vec::pop) {
                self.new_of_old[o] = Some(n);
                self.paired_new[n] = true;
            }
        }
    }
}

/// Restatements in NEW that kept the value a changed figure had in OLD: same subject,
/// metric, period, role, basis and source, unchanged by the revision, and consistent
/// with the old value but not with the new one. Each is reported once, with the first
/// change (in NEW's order) it is stale after.
fn stale_restatements(
    pairs: &Pairs,
    old: &[Claim],
    new: &[Claim],
    od: &Document,
    nd: &Document,
) -> Vec<Diagnostic> {
    let interval = |c: &Claim| c.mention.quantity().map(|q| q.interval);
    let mut changes: HashMap<FactKey, Vec<(usize, usize)>> = HashMap::new();
    for &(o, n) in &pairs.changed {
        if let Some(key) = FactKey::of(&new[n]) {
            changes.entry(key).or_default().push((o, n));
        }
    }
    let changed: HashSet<usize> = pairs.changed.iter().map(|&(o, _)| o).collect();
    // Looked up once for each fact and value: a fact restated and changed in thousands
    // of places must not compare every restatement with every change.
    let mut stale_after: HashMap<(FactKey, Interval), Option<(usize, usize)>> = HashMap::new();
    let mut out = Vec::new();
    for (o, kept) in pairs
        .new_of_old
        .iter()
        .enumerate()
        .filter_map(|(o, n)| Some((o, (*n)?)))
    {
        let (false, Some(key), Some(value)) = (
            changed.contains(&o),
            FactKey::of(&new[kept]),
            interval(&new[kept]),
        ) else {
            continue;
        };
        let Some(fact_changes) = changes.get(&key) else {
            continue;
        };
        let after = *stale_after.entry((key.clone(), value)).or_insert_with(|| {
            fact_changes.iter().copied().find(|&(o, n)| {
                let (Some(was), Some(is)) = (interval(&old[o]), interval(&new[n])) else {
                    return false;
                };
                value.intersects(&was) && !value.intersects(&is)
            })
        });
        if let Some((o, n)) = after {
            out.push(stale(&key, &old[o], &new[n], &new[kept], od, nd));
        }
    }
    out
}

fn stale(
    key: &FactKey,
    was: &Claim,
    is: &Claim,
    kept: &Claim,
    od: &Document,
    nd: &Document,
) -> Diagnostic {
    StaleRestatement::diagnostic(
        format!(
            "{} changed from `{}` to `{}`, but a restatement still says `{}`",
            key.describe(),
            written(od, was),
            written(nd, is),
            written(nd, kept)
        ),
        Label::new(kept.mention.span.clone(), "still the old value"),
    )
    .with_related(Label::new(
        is.mention.span.clone(),
        format!("changed from `{}`", written(od, was)),
    ))
}
