//! Counts given with their shares of a whole the sentence does not state: `61,240 White
//! (70.9%), 12,384 African American (14.3%), 402 Native American (0.5%)`, `35,064户
//! (22.1%)是由个人组成的，12,344(7.8%)户…`. Each count divided by its share is the whole,
//! so they agree on one.
//!
//! A sentence may hold counts of more than one whole, so the counts are read as shares
//! of one only where they confirm it: three at least, all of them agreeing on a whole, or
//! all but one where three agree, and not as well on another whole. The one that does
//! not is the contradiction, found against the whole of the count whose own share pins
//! it down most closely. A subgroup (`of these`, `其中`) starts a run of its own.

use super::Sentence;
use crate::extract::Kind;
use crate::quantity::{Interval, Unit};
use rust_decimal::Decimal;

/// Counts, each with its share in parentheses, of one whole the text does not state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountedShares {
    /// Claim indices of each count and its share. The whole is derived from the first.
    pub pairs: Vec<(usize, usize)>,
    /// Why the counts are not checked against one whole, when they are not.
    pub unchecked: Option<&'static str>,
}

/// At most this many counts of a sentence are read as shares of one whole: each one's
/// whole is compared with every other's.
const MOST_COUNTS: usize = 32;

/// How many counts must agree on a whole for one that does not to be wrong: two may be
/// of a subgroup (`540 (45%) said yes; of the 300 women, 120 (40%) … and 60 (20%) …`).
const FEWEST_AGREEING_TO_BLAME: usize = 3;

/// How much text may stand between a count and the parenthesis of its share: a few words
/// naming what is counted (`个非裔美国人`, `households`).
const MOST_BYTES_BEFORE_A_SHARE: usize = 48;

impl Sentence<'_> {
    /// The counts of the sentence given with their shares in parentheses, when there are
    /// three or more (a share written as a bound, `(<0.1%)`, gives no whole and is left
    /// out).
    pub(super) fn read_counted_shares(&self, out: &mut Vec<CountedShares>) {
        let pairs: Vec<(usize, usize)> = self
            .range
            .clone()
            .filter_map(|j| self.share_of_a_count(j))
            .filter(|&(count, share)| self.whole_of(count, share).is_some())
            .take(MOST_COUNTS + 1)
            .collect();
        if pairs.len() > MOST_COUNTS {
            return;
        }
        for run in pairs.split_inclusive(|&(_, share)| self.a_subgroup_follows(share, &pairs)) {
            if run.len() >= 3 && self.of_one_unit(run) {
                out.push(self.agreeing_on_one_whole(run.to_vec()));
            }
        }
    }

    /// `541 households (29.4%) were made up of individuals; of these 541 one-person
    /// households, 247 (45.7%) were …`: whether the next count after claim `share` is
    /// said of a subgroup, whose whole its share is of.
    fn a_subgroup_follows(&self, share: usize, pairs: &[(usize, usize)]) -> bool {
        const SUBGROUP: [&str; 9] = [
            "of these", "of those", "of whom", "of them", "among", "其中", "在这", "在這", "中，",
        ];
        let Some(&(next, _)) = pairs.iter().find(|&&(count, _)| count > share) else {
            return false;
        };
        let between =
            &self.text[self.claims[share].mention.span.end..self.claims[next].mention.span.start];
        let between = between.to_ascii_lowercase();
        SUBGROUP.iter().any(|words| between.contains(words))
    }

    /// `12,384 个非裔美国人（14.3%）`, `68,511 (43.3%)`: the share in parentheses at token
    /// `j` and the count it is of, the first of the figures before it with only a few
    /// words between (`3,530 个来自两个或更多种族的人（4.1%）` counts 3,530, not two).
    fn share_of_a_count(&self, j: usize) -> Option<(usize, usize)> {
        let share = self.amount(j).filter(|&c| *self.unit(c) == Unit::Percent)?;
        let span = self.span(j);
        // (`1,200 (+5%)` gives a change.)
        if self.text[span.clone()].starts_with(['+', '-', '−']) {
            return None;
        }
        let opening = self.text[..span.start].trim_end();
        let opening = opening.strip_suffix(['(', '（'])?.len();
        // (`45 (17.3%) of the women` names the share's own whole.)
        let after = self.text[span.end..]
            .strip_prefix([')', '）'])?
            .trim_start();
        if (after.get(..3)).is_some_and(|word| word.eq_ignore_ascii_case("of ")) {
            return None;
        }
        let only_words = |k: usize| {
            let end = self.span(k).end;
            end <= opening
                && opening - end <= MOST_BYTES_BEFORE_A_SHARE
                && (self.text[end..opening].chars()).all(|c| c.is_alphabetic() || " -".contains(c))
        };
        let count = (self.range.start..j)
            .rev()
            .take_while(|&k| only_words(k))
            .last()?;
        let claim = self.amount(count)?;
        let counted = matches!(
            self.claims[claim].mention.kind(),
            Kind::Count | Kind::Number
        );
        (counted && !self.is_rate(claim) && !self.is_a_threshold(count)).then_some((claim, share))
    }

    /// `其中 2,619 户（30.41%）有…，4,998 户（58.04%）是…，2,709 户（31.46%）为非家庭户`:
    /// whether the figures at tokens `counts`, each given with its share, have shares
    /// that add up to more than all of the whole, so that they overlap.
    pub(super) fn shares_add_up_past_all(&self, counts: &[usize]) -> bool {
        let share_of = |j: usize| {
            let count = self.amount(j)?;
            (j + 1..(j + 3).min(self.range.end))
                .filter_map(|s| self.share_of_a_count(s))
                .find(|&(c, _)| c == count)
                .and_then(|(_, share)| self.claims[share].mention.quantity()?.interval.low)
        };
        let lows: Option<Vec<Decimal>> = counts
            .iter()
            .map(|&j| share_of(j).map(|b| b.value))
            .collect();
        lows.is_some_and(|lows| {
            counts.len() >= 2 && lows.iter().sum::<Decimal>() > Decimal::ONE_HUNDRED
        })
    }

    /// Whether the counts are of one unit, where they name one (`户`, `households`).
    fn of_one_unit(&self, pairs: &[(usize, usize)]) -> bool {
        let mut units = pairs
            .iter()
            .map(|&(count, _)| self.unit(count))
            .filter(|unit| **unit != Unit::None);
        let first = units.next();
        units.all(|unit| Some(unit) == first)
    }

    /// The counts in the order their whole is derived and checked: the one whose whole
    /// is narrowest of those that agree first, the one that does not agree last.
    fn agreeing_on_one_whole(&self, pairs: Vec<(usize, usize)>) -> CountedShares {
        let wholes: Vec<Interval> = pairs
            .iter()
            .filter_map(|&(count, share)| self.whole_of(count, share))
            .collect();
        let unchecked = |reason| CountedShares {
            pairs: pairs.clone(),
            unchecked: Some(reason),
        };
        let Some(disagreeing) = disagreeing(&wholes) else {
            return unchecked("the counts agree as well on two wholes");
        };
        let agreeing = |i: &usize| !disagreeing.contains(i);
        let width = |i: &usize| {
            let (low, high) = (wholes[*i].low, wholes[*i].high);
            low.zip(high).map(|(low, high)| high.value - low.value)
        };
        let all = 0..pairs.len();
        let anchor = match disagreeing[..] {
            [] => all.clone().min_by_key(width),
            [odd] if pairs.len() > FEWEST_AGREEING_TO_BLAME => all
                .clone()
                .filter(|&i| agreeing(&i) && !wholes[i].intersects(&wholes[odd]))
                .min_by_key(width),
            [_] => return unchecked("two counts agree on a whole, which may be a subgroup's"),
            _ => return unchecked("the counts' shares are of more than one whole"),
        };
        let Some(anchor) = anchor else {
            return unchecked("no count alone gives a whole the odd one cannot be of");
        };
        let order = std::iter::once(anchor)
            .chain(all.filter(|&i| i != anchor && agreeing(&i)))
            .chain(disagreeing.iter().copied());
        CountedShares {
            pairs: order.map(|i| pairs[i]).collect(),
            unchecked: None,
        }
    }

    /// The whole a count and its share allow: count ÷ share, when the share is bounded and
    /// above zero.
    fn whole_of(&self, count: usize, share: usize) -> Option<Interval> {
        let interval = |c: usize| Some(self.claims[c].mention.quantity()?.interval);
        let fraction = interval(share)?.scale(Decimal::new(1, 2))?;
        let positive = fraction.low.is_some_and(|low| low.value > Decimal::ZERO);
        positive.then(|| interval(count)?.div(&fraction)).flatten()
    }
}

/// The wholes not covered by the points that the most of them cover: none when all
/// agree; `None` when two such points leave out different ones, so which disagrees is
/// not told.
fn disagreeing(wholes: &[Interval]) -> Option<Vec<usize>> {
    let covering = |point: &Interval| -> Vec<usize> {
        (0..wholes.len())
            .filter(|&i| wholes[i].intersects(point))
            .collect()
    };
    // The most covered points are low ends of the wholes.
    let coverings: Vec<Vec<usize>> = wholes
        .iter()
        .filter_map(|w| w.low.map(|low| covering(&Interval::point(low.value))))
        .collect();
    let most = coverings.iter().map(Vec::len).max().unwrap_or(0);
    let mut best = coverings.iter().filter(|c| c.len() == most);
    let first = best.next().cloned().unwrap_or_default();
    best.all(|c| *c == first)
        .then(|| (0..wholes.len()).filter(|i| !first.contains(i)).collect())
}
