//! Relations: the explicit links the text makes between figures.
//!
//! A change names an old value and a new one, and often the percentage or multiple that
//! leads from one to the other and a word for its direction: `从250美元提高至400美元(60%涨幅)`,
//! `rose 3.2 pct to 113,275 tonnes from 109,767`, `$2.1 billion, up 31% from $1.6
//! billion`, `较上年同期的330亿元增长25%`. Relations are read from the cue words the grammar
//! emits between mentions, one sentence at a time; nothing is inferred across sentences.

use crate::attribute::Claim;
use crate::extract::{Cue, CueKind, Kind, Token};
use crate::quantity::Unit;
use std::collections::HashMap;
use std::ops::Range;

/// Which way a change word says the value went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Rise,
    Fall,
}

/// A stated change from one figure to another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Claim indices of the old and the new value.
    pub from: usize,
    pub to: usize,
    /// Claim index of the percentage or multiple stated for the change.
    pub stated: Option<usize>,
    /// The direction word and its span.
    pub direction: Option<(Direction, Range<usize>)>,
    /// 增长了两倍: in Chinese usage a multiple after "增长了" is the increase, so the new
    /// value is (N + 1) times the old one.
    pub multiple_adds_one: bool,
}

/// Every change stated in the document.
pub fn changes(text: &str, tokens: &[Token], claims: &[Claim]) -> Vec<Change> {
    let claim_of: HashMap<usize, usize> = claims
        .iter()
        .enumerate()
        .map(|(i, c)| (c.token, i))
        .collect();
    let mut out = Vec::new();
    for sentence in sentences(tokens) {
        let reader = Sentence {
            text,
            tokens,
            range: sentence,
            claim_of: &claim_of,
            claims,
        };
        reader.read(&mut out);
    }
    out
}

/// Token ranges of sentences.
fn sentences(tokens: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, token) in tokens.iter().enumerate() {
        if matches!(token, Token::Cue(c) if c.kind == CueKind::SentenceEnd) {
            out.push(start..i);
            start = i + 1;
        }
    }
    out.push(start..tokens.len());
    out
}

struct Sentence<'a> {
    text: &'a str,
    tokens: &'a [Token],
    range: Range<usize>,
    claim_of: &'a HashMap<usize, usize>,
    claims: &'a [Claim],
}

impl Sentence<'_> {
    fn cue(&self, i: usize) -> Option<&Cue> {
        match &self.tokens[i] {
            Token::Cue(c) => Some(c),
            Token::Mention(_) => None,
        }
    }

    fn is_cue(&self, i: usize, kind: CueKind) -> bool {
        self.cue(i).is_some_and(|c| c.kind == kind)
    }

    /// The claim of token `i` if it is a figure that can take part in a change.
    fn amount(&self, i: usize) -> Option<usize> {
        let claim = *self.claim_of.get(&i)?;
        let c = &self.claims[claim];
        let q = c.mention.quantity.as_ref()?;
        (!q.vague).then_some(claim)
    }

    fn is_rate(&self, claim: usize) -> bool {
        matches!(
            self.claims[claim].mention.kind,
            Kind::Percent | Kind::Multiple
        )
    }

    fn unit(&self, claim: usize) -> &Unit {
        self.claims[claim]
            .mention
            .quantity
            .as_ref()
            .map_or(&Unit::None, |q| &q.unit)
    }

    fn compatible(&self, a: usize, b: usize) -> bool {
        let (ka, kb) = (self.claims[a].mention.kind, self.claims[b].mention.kind);
        let kinds = ka == kb || matches!((ka, kb), (Kind::Number, _) | (_, Kind::Number));
        kinds
            && self.unit(a).is_comparable_with(self.unit(b))
            && self.is_rate(a) == self.is_rate(b)
    }

    /// Figures after token `i` up to the next cue that is not a prior or clause word.
    fn run_after(&self, i: usize) -> Vec<usize> {
        let mut out = Vec::new();
        for j in i + 1..self.range.end {
            match &self.tokens[j] {
                Token::Mention(_) => match self.amount(j) {
                    Some(claim) if !self.is_rate(claim) => out.push(j),
                    _ => break,
                },
                Token::Cue(c) if matches!(c.kind, CueKind::Prior | CueKind::Respectively) => {}
                Token::Cue(_) => break,
            }
        }
        out
    }

    fn read(&self, out: &mut Vec<Change>) {
        let mut used_rates = Vec::new();
        for i in self.range.clone() {
            if self.is_cue(i, CueKind::From) {
                self.change_from(i, out, &mut used_rates);
            } else if self.is_cue(i, CueKind::Than) {
                self.than(i, out, &mut used_rates);
            }
        }
    }

    /// `from A [verb] to B`, `to B … from A`, `B, up X% from A`.
    fn change_from(&self, from_cue: usize, out: &mut Vec<Change>, used: &mut Vec<usize>) {
        let olds = self.run_after(from_cue);
        let Some(&first_old) = olds.first() else {
            return;
        };
        let after_olds = *olds.last().unwrap_or(&first_old);
        let to_after = (after_olds + 1..self.range.end).find(|&j| self.is_cue(j, CueKind::To));
        let to_before = (self.range.start..from_cue)
            .rev()
            .find(|&j| self.is_cue(j, CueKind::To));
        let news = match (to_after, to_before) {
            (Some(t), _) => self.run_after(t),
            (None, Some(t)) => self.run_after(t),
            (None, None) => self.value_before_rate(from_cue).into_iter().collect(),
        };
        let pairs: Vec<(usize, usize)> = if olds.len() == news.len() {
            olds.iter().copied().zip(news.iter().copied()).collect()
        } else {
            news.first()
                .map(|&n| vec![(first_old, n)])
                .unwrap_or_default()
        };
        let lone_pair = pairs.len() == 1;
        for (old, new) in pairs {
            let (Some(a), Some(b)) = (self.amount(old), self.amount(new)) else {
                continue;
            };
            if !self.compatible(a, b) {
                continue;
            }
            let (lo, hi) = (old.min(new), old.max(new));
            let direction = self.direction_near(lo, hi);
            let stated = if lone_pair {
                self.rate_near(lo, hi, used)
            } else {
                None
            };
            out.push(self.change(a, b, stated, direction));
        }
    }

    /// `B … 较A增长X%`: the new value is the figure before 较 in the sentence.
    fn than(&self, than_cue: usize, out: &mut Vec<Change>, used: &mut Vec<usize>) {
        let Some(&old) = self.run_after(than_cue).first() else {
            return;
        };
        let Some(a) = self.amount(old) else { return };
        let new = (self.range.start..than_cue).rev().find(|&j| {
            self.amount(j)
                .is_some_and(|b| !self.is_rate(b) && self.compatible(a, b))
        });
        let Some(b) = new.and_then(|j| self.amount(j)) else {
            return;
        };
        let direction = self.direction_near(old, (old + 4).min(self.range.end));
        let stated = self.rate_near(old, (old + 4).min(self.range.end), used);
        if stated.is_some() || direction.is_some() {
            out.push(self.change(a, b, stated, direction));
        }
    }

    fn change(
        &self,
        from: usize,
        to: usize,
        stated: Option<usize>,
        direction: Option<(Direction, Range<usize>)>,
    ) -> Change {
        let multiple_adds_one = direction
            .as_ref()
            .is_some_and(|(_, span)| self.text[span.clone()].ends_with('了'));
        Change {
            from,
            to,
            stated,
            direction,
            multiple_adds_one,
        }
    }

    /// `$2.1 billion, up 31% from $1.6 billion`: the nearest amount before the rate
    /// that precedes `from`.
    fn value_before_rate(&self, from_cue: usize) -> Option<usize> {
        let rate = (self.range.start..from_cue)
            .rev()
            .take(3)
            .find(|&j| self.amount(j).is_some_and(|c| self.is_rate(c)))?;
        (self.range.start..rate)
            .rev()
            .find(|&j| self.amount(j).is_some_and(|c| !self.is_rate(c)))
    }

    /// The rise or fall word governing tokens `lo..=hi`: between them, or just before.
    fn direction_near(&self, lo: usize, hi: usize) -> Option<(Direction, Range<usize>)> {
        let window = self.range.start.max(lo.saturating_sub(4))..(hi + 3).min(self.range.end);
        let mut best: Option<(usize, Direction, Range<usize>)> = None;
        for j in window {
            let Some(cue) = self.cue(j) else { continue };
            let dir = match cue.kind {
                CueKind::Rise => Direction::Rise,
                CueKind::Fall => Direction::Fall,
                _ => continue,
            };
            let distance = lo.saturating_sub(j) + j.saturating_sub(hi);
            if best.as_ref().is_none_or(|(d, _, _)| distance < *d) {
                best = Some((distance, dir, cue.span.clone()));
            }
        }
        best.map(|(_, dir, span)| (dir, span))
    }

    /// The percentage or multiple stated for the change at tokens `lo..=hi`: the nearest
    /// rate within three tokens, not a rate per period (年均, a year).
    fn rate_near(&self, lo: usize, hi: usize, used: &mut Vec<usize>) -> Option<usize> {
        let window = self.range.start.max(lo.saturating_sub(4))..(hi + 4).min(self.range.end);
        let rate = window
            .filter(|&j| self.amount(j).is_some_and(|c| self.is_rate(c)) && !used.contains(&j))
            .filter(|&j| !self.per_period_beside(j))
            .min_by_key(|&j| if j < lo { lo - j } else { j.saturating_sub(hi) })?;
        used.push(rate);
        self.amount(rate)
    }

    fn per_period_beside(&self, j: usize) -> bool {
        let lo = self.range.start.max(j.saturating_sub(2));
        let hi = (j + 2).min(self.range.end);
        (lo..hi).any(|k| self.is_cue(k, CueKind::PerPeriod))
    }
}
