//! Period algebra for flow metrics: a period is a span of months of a year, and a span
//! is the sum of the spans that tile it. A half is its two quarters, a year its two
//! halves and its four quarters; a month or a span of months (3月, 1-2月, 前两个月) is
//! part of the smallest quarter, half or year that holds it, with the rest of that
//! period (Q1 = 1-2月 + March), so the first two months never exceed their quarter.
//! Figures of one subject, metric, basis, source, section and year form a group; a
//! period of the group that the text does not give is an unstated figure the solver may
//! derive (Q1 when H1 and Q2 are given). Stock metrics (prices, market value, rates)
//! never add up over periods and never form a group.

use crate::attribute::{Basis, Claim, Period, Role};
use crate::extract::Kind;
use crate::lexicon::MetricKind;
use crate::quantity::{within_factor, Unit};
use rust_decimal::Decimal;
use std::collections::{HashMap, HashSet};

/// The old period of a sequential change (环比, "sequentially"): the one just before the
/// new value's, of its length.
pub(super) const PREVIOUS: &str = "previous";

/// A figure of a period group: stated by a claim, or implied and unstated.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PeriodFigure {
    /// A claim index.
    Stated(usize),
    /// The period `period` (`Q1`, `H2`, `the year`) of group `group`. `non_negative` when
    /// every stated figure of the group is, so that a part can never be below zero.
    Unstated {
        group: usize,
        period: Part,
        non_negative: bool,
    },
}

/// A period whose figure is the sum of its sub-periods' figures: `H1 = Q1 + Q2`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodSum {
    pub whole: PeriodFigure,
    pub parts: Vec<PeriodFigure>,
}

/// The period groups of a document.
pub(super) struct PeriodGroups {
    /// For each group, the stated claim of each period it has.
    groups: Vec<Vec<(Part, usize)>>,
    non_negative: Vec<bool>,
    /// The group and period of each claim that belongs to a group.
    member: HashMap<usize, (usize, Slot)>,
}

type GroupKey<'c> = (&'c str, &'c str, Basis, Option<&'c str>, usize);

impl PeriodGroups {
    /// Group the figures of flow metrics whose subject, metric and period are known. A
    /// period stated twice with values that disagree makes its group ambiguous, and it
    /// is left alone (CL001 speaks for it); so does a loss among its figures (`net income
    /// of $2.35 billion for 2023, including a fourth-quarter loss of $180 million`), whose
    /// minus sign the figure does not carry (`losses`: claim indices).
    pub(super) fn of(claims: &[Claim], losses: &HashSet<usize>) -> PeriodGroups {
        let mut index: HashMap<GroupKey, usize> = HashMap::new();
        let mut buckets: Vec<Vec<(usize, Slot)>> = Vec::new();
        for (claim, slot) in claims.iter().enumerate().filter_map(period_member) {
            let key = group_key(&claims[claim]);
            let next = buckets.len();
            let bucket = *index.entry(key).or_insert(next);
            if bucket == next {
                buckets.push(Vec::new());
            }
            buckets[bucket].push((claim, slot));
        }
        let mut out = PeriodGroups {
            groups: Vec::new(),
            non_negative: Vec::new(),
            member: HashMap::new(),
        };
        let with_a_loss =
            |bucket: &Vec<(usize, Slot)>| bucket.iter().any(|(c, _)| losses.contains(c));
        for bucket in buckets.into_iter().filter(|b| !with_a_loss(b)) {
            for same_unit in by_unit(claims, bucket) {
                for year in by_year(same_unit) {
                    out.add_group(claims, year);
                }
            }
        }
        out
    }

    fn add_group(&mut self, claims: &[Claim], members: Vec<(usize, Slot)>) {
        let interval = |c: usize| claims[c].mention.quantity().map(|q| q.interval);
        let value = |c: usize| claims[c].mention.quantity().map(|q| q.value);
        let mut figures: Vec<(Part, usize)> = Vec::new();
        for &(claim, slot) in &members {
            match figures.iter().find(|(part, _)| *part == slot.part) {
                Some(&(_, other)) => {
                    let agree = interval(claim)
                        .zip(interval(other))
                        .is_some_and(|(a, b)| a.intersects(&b));
                    if !agree {
                        return;
                    }
                }
                None => figures.push((slot.part, claim)),
            }
        }
        let group = self.groups.len();
        self.non_negative.push(
            members
                .iter()
                .all(|&(c, _)| value(c).is_some_and(|v| !v.is_sign_negative())),
        );
        self.groups.push(figures);
        for (claim, slot) in members {
            self.member.insert(claim, (group, slot));
        }
    }

    /// The figure of `part` in `group`: its first stated claim, or an unstated figure.
    fn figure(&self, group: usize, part: Part) -> PeriodFigure {
        match self.groups[group].iter().find(|(p, _)| *p == part) {
            Some(&(_, claim)) => PeriodFigure::Stated(claim),
            None => PeriodFigure::Unstated {
                group,
                period: part,
                non_negative: self.non_negative[group],
            },
        }
    }

    /// Every sum of every group with two stated figures or more (one figure alone
    /// neither derives nor contradicts anything).
    pub(super) fn sums(&self) -> Vec<PeriodSum> {
        let mut out = Vec::new();
        for (group, figures) in self.groups.iter().enumerate() {
            if figures.len() < 2 {
                continue;
            }
            let spans = figures.iter().filter_map(|&(part, _)| part.in_its_period());
            let fixed = Part::DECOMPOSITIONS.iter().map(|&(w, ps)| (w, ps.to_vec()));
            for (whole, parts) in fixed.chain(spans) {
                out.push(PeriodSum {
                    whole: self.figure(group, whole),
                    parts: parts.iter().map(|&p| self.figure(group, p)).collect(),
                });
            }
        }
        out
    }

    /// The figure of the period a change is measured from (`较第一季度`, "from the
    /// first"), in the group of the changed figure.
    pub(super) fn old_figure(&self, new: usize, from_period: &str) -> Option<PeriodFigure> {
        let &(group, slot) = self.member.get(&new)?;
        let old = slot.resolve(from_period)?;
        let same_year = old.year.is_none() || slot.year.is_none() || old.year == slot.year;
        (same_year && old.part != slot.part).then(|| self.figure(group, old.part))
    }
}

/// Whether two periods share some months of one year without being the same period:
/// `上半年` and `第一季度` (a half and a quarter of it), which are not parts of one whole.
pub(super) fn nested(a: &Period, b: &Period) -> bool {
    let (Some(a), Some(b)) = (Slot::of_period(a), Slot::of_period(b)) else {
        return false;
    };
    let same_year = a.year.is_none() || b.year.is_none() || a.year == b.year;
    let overlap = a.part.first <= b.part.last && b.part.first <= a.part.last;
    same_year && overlap && a.part != b.part
}

/// A claim that can take part in period algebra, with its period.
fn period_member((index, claim): (usize, &Claim)) -> Option<(usize, Slot)> {
    let amount = !matches!(claim.mention.kind(), Kind::Percent | Kind::Multiple);
    let usable = claim.metric_kind == Some(MetricKind::Flow)
        && claim.role == Role::Current
        && amount
        && claim.subject.known().is_some()
        && claim.metric.known().is_some()
        && claim
            .mention
            .quantity()
            .is_some_and(|q| !q.vague && !q.unit.is_duration());
    let slot = claim.period.known().and_then(Slot::of_period)?;
    usable.then_some((index, slot))
}

fn group_key(claim: &Claim) -> GroupKey<'_> {
    (
        claim.subject.known().map_or("", |s| s),
        claim.metric.known().map_or("", |m| m),
        claim.basis,
        claim.source.as_deref(),
        claim.scope,
    )
}

/// Split the figures of one key by unit: inverters and battery packs do not add up. A
/// bare number joins the figures of the one unit the others have; with several, it
/// could be any of them and is left out.
fn by_unit(claims: &[Claim], members: Vec<(usize, Slot)>) -> Vec<Vec<(usize, Slot)>> {
    let unit = |c: usize| claims[c].mention.quantity().map(|q| &q.unit);
    let (bare, with_unit): (Vec<_>, Vec<_>) = members
        .into_iter()
        .partition(|&(c, _)| unit(c).is_none_or(|u| *u == Unit::None));
    let mut out: Vec<Vec<(usize, Slot)>> = Vec::new();
    for (claim, slot) in with_unit {
        let comparable = |group: &&mut Vec<(usize, Slot)>| {
            unit(group[0].0)
                .zip(unit(claim))
                .is_some_and(|(a, b)| a.is_comparable_with(b))
        };
        match out.iter_mut().find(comparable) {
            Some(group) => group.push((claim, slot)),
            None => out.push(vec![(claim, slot)]),
        }
    }
    match out.as_mut_slice() {
        [] => vec![bare],
        [only] => {
            // `62.18、68.95、74.33和81.08亿元`: a bare number far from the size of the
            // figures with the unit is not one of them with its unit dropped.
            let value = |c: usize| claims[c].mention.quantity().map(|q| q.value.abs());
            let first = value(only[0].0);
            only.extend(bare.into_iter().filter(|&(c, _)| {
                value(c)
                    .zip(first)
                    .is_some_and(|(x, y)| within_factor(x, y, Decimal::ONE_HUNDRED))
            }));
            only.sort_unstable_by_key(|&(c, _)| c);
            out
        }
        _ => out,
    }
}

/// Split the figures of one key by year. A period without a year ("this year", "the
/// third quarter") belongs to the one year the others name; when they name several,
/// it could be any of them and is left out.
fn by_year(members: Vec<(usize, Slot)>) -> Vec<Vec<(usize, Slot)>> {
    let mut years: Vec<u32> = members.iter().filter_map(|(_, s)| s.year).collect();
    years.sort_unstable();
    years.dedup();
    match years.as_slice() {
        [] | [_] => vec![members],
        _ => years
            .iter()
            .map(|&y| {
                members
                    .iter()
                    .copied()
                    .filter(|(_, s)| s.year == Some(y))
                    .collect()
            })
            .collect(),
    }
}

/// A period as a slot of a year: a quarter, a half or the whole year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Slot {
    year: Option<u32>,
    part: Part,
}

/// A period as the months of a year it covers, first and last (1–12).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Part {
    first: u8,
    last: u8,
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

impl Part {
    const YEAR: Part = Part { first: 1, last: 12 };

    const fn quarter(n: u8) -> Part {
        Part {
            first: 3 * n - 2,
            last: 3 * n,
        }
    }

    const fn half(n: u8) -> Part {
        Part {
            first: 6 * n - 5,
            last: 6 * n,
        }
    }

    /// How the quarters, halves and the year add up.
    const DECOMPOSITIONS: &'static [(Part, &'static [Part])] = &[
        (Part::half(1), &[Part::quarter(1), Part::quarter(2)]),
        (Part::half(2), &[Part::quarter(3), Part::quarter(4)]),
        (Part::YEAR, &[Part::half(1), Part::half(2)]),
        (
            Part::YEAR,
            &[
                Part::quarter(1),
                Part::quarter(2),
                Part::quarter(3),
                Part::quarter(4),
            ],
        ),
    ];

    /// The months `first..=last`, when they are months of a year.
    fn months(first: u8, last: u8) -> Option<Part> {
        (1 <= first && first <= last && last <= 12).then_some(Part { first, last })
    }

    fn is_quarter(self) -> bool {
        self.last - self.first == 2 && self.first % 3 == 1
    }

    fn is_half(self) -> bool {
        self.last - self.first == 5 && self.first % 6 == 1
    }

    /// A span that is not a quarter, a half or the year, with the smallest of those
    /// that holds it, and the pieces that tile it: Q1 = Jan–Feb + Mar; the year =
    /// Q1–Q3 + Q4.
    fn in_its_period(self) -> Option<(Part, Vec<Part>)> {
        if self.is_quarter() || self.is_half() || self == Part::YEAR {
            return None;
        }
        let quarter = Part::quarter(self.first.div_ceil(3));
        let half = Part::half(self.first.div_ceil(6));
        let holder = [quarter, half, Part::YEAR]
            .into_iter()
            .find(|p| p.first <= self.first && self.last <= p.last)?;
        let before = Part::months(holder.first, self.first - 1);
        let after = Part::months(self.last + 1, holder.last);
        let pieces = before.into_iter().chain([self]).chain(after).collect();
        Some((holder, pieces))
    }

    /// `Q2`, `H1`, `Q1-Q3`, a month `03`, a span of months `01/02`.
    fn of_canonical(text: &str) -> Option<Part> {
        let number = |s: &str| s.parse::<u8>().ok();
        let quarter = |q: &str| {
            q.strip_prefix('Q')
                .and_then(number)
                .filter(|n| (1..=4).contains(n))
        };
        if let Some((a, b)) = text.split_once('-') {
            return Part::months(
                Part::quarter(quarter(a)?).first,
                Part::quarter(quarter(b)?).last,
            );
        }
        if let Some((a, b)) = text.split_once('/') {
            return Part::months(number(a)?, number(b)?);
        }
        match text.split_at_checked(1)? {
            ("Q", _) => Some(Part::quarter(quarter(text)?)),
            ("H", n) => Some(Part::half(number(n).filter(|n| (1..=2).contains(n))?)),
            _ => Part::months(number(text)?, number(text)?),
        }
    }

    pub fn name(self) -> String {
        // Every Part is made by `months`, `quarter`, `half` or `YEAR`: months are 1–12.
        let month = |m: u8| MONTHS[usize::from(m.clamp(1, 12) - 1)];
        if self == Part::YEAR {
            "the year".to_string()
        } else if self.is_quarter() {
            format!("Q{}", self.last / 3)
        } else if self.is_half() {
            format!("H{}", self.last / 6)
        } else if self.first == self.last {
            month(self.first).to_string()
        } else if self.first == 1 && self.last % 3 == 0 {
            format!("Q1–Q{}", self.last / 3)
        } else {
            format!("{}–{}", month(self.first), month(self.last))
        }
    }
}

impl Slot {
    /// Read a canonical period: `2023`, `2023-Q2`, `Q2`, `H1`, `Q1-Q3`, a month `03`
    /// or a span of months `01/02`, with or without a year before it.
    fn parse(canonical: &str) -> Option<Slot> {
        let is_year = |s: &str| s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit());
        let (year, rest) = match canonical.split_once('-') {
            Some((y, rest)) if is_year(y) => (Some(y.parse().ok()?), rest),
            _ if is_year(canonical) => (Some(canonical.parse().ok()?), ""),
            _ => (None, canonical),
        };
        let part = match rest {
            "" if year.is_some() => Part::YEAR,
            _ => Part::of_canonical(rest)?,
        };
        Some(Slot { year, part })
    }

    /// The old period of a change from this one: `Q1`, `#1` for the first period of this
    /// slot's kind, or [`PREVIOUS`] for the one just before it (in the same year).
    fn resolve(self, old: &str) -> Option<Slot> {
        if old == PREVIOUS {
            let length = self.part.last - self.part.first + 1;
            let part = Part::months(
                self.part.first.checked_sub(length)?,
                self.part.last - length,
            )?;
            return Some(Slot { part, ..self });
        }
        let Some(n) = old.strip_prefix('#') else {
            let slot = Slot::parse(old)?;
            return Some(Slot {
                year: slot.year.or(self.year),
                ..slot
            });
        };
        let n: u8 = n.parse().ok()?;
        let part = if self.part.is_quarter() && (1..=4).contains(&n) {
            Part::quarter(n)
        } else if self.part.is_half() && (1..=2).contains(&n) {
            Part::half(n)
        } else {
            return None;
        };
        Some(Slot { part, ..self })
    }

    /// The slot of a claim's period; "this year" is a year of unknown number.
    fn of_period(period: &Period) -> Option<Slot> {
        match &*period.text {
            "今年" | "this year" | "本财年" | "the year" => Some(Slot {
                year: None,
                part: Part::YEAR,
            }),
            _ if period.relative_to_scope.is_some() => None,
            text => Slot::parse(text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Part, Slot};

    fn part(canonical: &str) -> Option<(u8, u8)> {
        Slot::parse(canonical).map(|s| (s.part.first, s.part.last))
    }

    #[test]
    fn canonical_periods_are_spans_of_months() {
        assert_eq!(part("2023"), Some((1, 12)));
        assert_eq!(part("2023-Q2"), Some((4, 6)));
        assert_eq!(part("H2"), Some((7, 12)));
        assert_eq!(part("Q1-Q3"), Some((1, 9)));
        assert_eq!(part("03"), Some((3, 3)));
        assert_eq!(part("2023-01/02"), Some((1, 2)));
        // A day, a span of years and a fiscal year are not spans of one year's months.
        assert_eq!(part("09-13"), None);
        assert_eq!(part("2023-09-18"), None);
        assert_eq!(part("2008/2023"), None);
        assert_eq!(part("FY2024"), None);
        assert_eq!(part("13"), None);
    }

    #[test]
    fn a_span_is_part_of_the_smallest_period_that_holds_it() {
        let tiling = |first, last| {
            let (whole, pieces) = Part { first, last }.in_its_period()?;
            let names: Vec<String> = pieces.iter().map(|p| p.name()).collect();
            Some(format!("{} = {}", whole.name(), names.join(" + ")))
        };
        assert_eq!(tiling(1, 2).as_deref(), Some("Q1 = Jan–Feb + Mar"));
        assert_eq!(tiling(5, 5).as_deref(), Some("Q2 = Apr + May + Jun"));
        assert_eq!(tiling(1, 9).as_deref(), Some("the year = Q1–Q3 + Q4"));
        assert_eq!(tiling(2, 5).as_deref(), Some("H1 = Jan + Feb–May + Jun"));
        assert_eq!(tiling(4, 6), None);
        assert_eq!(tiling(1, 12), None);
    }
}
