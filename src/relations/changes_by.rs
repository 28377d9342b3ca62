//! A change given twice, as an amount and as a rate, with the new value but not the old
//! one: `Brent crude fell $1.20, or 1.5%, to $79.30 a barrel`, `the index rose 120
//! points, or 1.5%, to 8,120`, `rose 3% ($1.5 billion) to $51.5 billion`. The old value
//! is the new one less the amount (plus it, after a fall), so the rate can be checked.
//!
//! Read only in its tight form: the change word, then the amount and the rate in either
//! order joined by "or" (或) or parentheses, then "to" (至, 到) and the new value, with
//! nothing else between them but commas and words naming a period. An amount of the new value's kind and unit and
//! a percentage (not points: a change of a rate in points and in percent is another
//! matter) are required, and no currency quoted per another (`the yen fell 3 yen, or
//! 2%, to 153 per dollar`: the old value is not the new one plus the amount).

use super::{Change, Direction, Sentence};
use crate::extract::CueKind;
use crate::quantity::Unit;

/// `fell $1.20, or 1.5%, to $79.30`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeBy {
    /// Claim indices of the amount, the rate and the new value.
    pub amount: usize,
    pub rate: usize,
    pub to: usize,
    pub direction: Direction,
}

impl Sentence<'_> {
    /// Every change given by an amount and a rate in the sentence, but for new values a
    /// change from a stated old value already has.
    pub(super) fn read_changes_by(&self, changes: &[Change], out: &mut Vec<ChangeBy>) {
        for word in self.range.clone() {
            let Some(change) = self.change_by(word) else {
                continue;
            };
            if !changes.iter().any(|c| c.to == change.to) {
                out.push(change);
            }
        }
    }

    fn change_by(&self, word: usize) -> Option<ChangeBy> {
        let (direction, _) = self.direction_in(word..word + 1)?;
        let mut next = (word + 1..self.range.end).filter(|&j| !self.is_cue(j, CueKind::ClauseSep));
        let (first, second) = (next.next()?, next.next()?);
        let to_cue = next.find(|&j| !self.is_period(j))?;
        if !self.is_cue(to_cue, CueKind::To)
            || !self.restated(first, second)
            || !self.only_closing(second, to_cue)
        {
            return None;
        }
        let to = self.amount(*self.run_after(to_cue).first()?)?;
        let (a, b) = (self.amount(first)?, self.amount(second)?);
        let (amount, rate) = if self.is_percent(b) { (a, b) } else { (b, a) };
        let is_amount = |c: usize| !self.is_rate(c) && self.comparable(c, to);
        let quoted = self.quoted_per_currency(amount) || self.quoted_per_currency(to);
        (self.is_percent(rate) && is_amount(amount) && !self.is_rate(to) && !quoted).then_some(
            ChangeBy {
                amount,
                rate,
                to,
                direction,
            },
        )
    }

    fn is_percent(&self, claim: usize) -> bool {
        *self.unit(claim) == Unit::Percent
    }

    /// Whether the text between tokens `a` and `b` says the second restates the first:
    /// "or" (或) or an opening parenthesis, with punctuation around it.
    fn restated(&self, a: usize, b: usize) -> bool {
        let gap = self.text[self.span(a).end..self.span(b).start].trim_matches([' ', ',', '，']);
        gap.eq_ignore_ascii_case("or") || matches!(gap, "或" | "(" | "（")
    }

    /// Whether only commas, spaces, a closing parenthesis and words naming a period
    /// (`rose 60,260 tonnes, or 14.6 pct, last year to 471,891 tonnes`) stand between
    /// tokens `a` and `b`.
    fn only_closing(&self, a: usize, b: usize) -> bool {
        let closing = |from: usize, to: usize| {
            self.text[from..to]
                .chars()
                .all(|c| matches!(c, ' ' | ',' | '，' | ')' | '）'))
        };
        let mut from = self.span(a).end;
        for j in a + 1..b {
            if !(self.is_period(j) || self.is_cue(j, CueKind::ClauseSep)) {
                return false;
            }
            if self.is_period(j) {
                if !closing(from, self.span(j).start) {
                    return false;
                }
                from = self.span(j).end;
            }
        }
        closing(from, self.span(b).start)
    }
}
