//! Period algebra for flow metrics: a half is its two quarters, a year its two halves
//! and its four quarters. Figures of one subject, metric, basis, source, section and
//! year form a group; a period of the group that the text does not give is an unstated
//! figure the solver may derive (Q1 when H1 and Q2 are given). Stock metrics (prices,
//! market value, rates) never add up over periods and never form a group.

use crate::attribute::{Basis, Claim, Period, Role};
use crate::extract::Kind;
use crate::lexicon::MetricKind;
use crate::quantity::Unit;
use std::collections::HashMap;

/// A figure of a period group: stated by a claim, or implied and unstated.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PeriodFigure {
    /// A claim index.
    Stated(usize),
    /// The period `period` (`Q1`, `H2`, `the year`) of group `group`. `non_negative` when
    /// every stated figure of the group is, so that a part can never be below zero.
    Unstated {
        group: usize,
        period: String,
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
    /// is left alone (CL001 speaks for it).
    pub(super) fn of(claims: &[Claim]) -> PeriodGroups {
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
        for bucket in buckets {
            for same_unit in by_unit(claims, bucket) {
                for year in by_year(same_unit) {
                    out.add_group(claims, year);
                }
            }
        }
        out
    }

    fn add_group(&mut self, claims: &[Claim], members: Vec<(usize, Slot)>) {
        let interval = |c: usize| claims[c].mention.quantity.as_ref().map(|q| q.interval);
        let value = |c: usize| claims[c].mention.quantity.as_ref().map(|q| q.value);
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
                period: part.name(),
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
            for (whole, parts) in Part::DECOMPOSITIONS {
                out.push(PeriodSum {
                    whole: self.figure(group, *whole),
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

/// A claim that can take part in period algebra, with its period.
fn period_member((index, claim): (usize, &Claim)) -> Option<(usize, Slot)> {
    let amount = !matches!(claim.mention.kind, Kind::Percent | Kind::Multiple);
    let usable = claim.metric_kind == Some(MetricKind::Flow)
        && claim.role == Role::Current
        && amount
        && claim.subject.known().is_some()
        && claim.metric.known().is_some()
        && claim
            .mention
            .quantity
            .as_ref()
            .is_some_and(|q| !q.vague && !q.unit.is_duration());
    let slot = claim.period.known().and_then(Slot::of_period)?;
    usable.then_some((index, slot))
}

fn group_key(claim: &Claim) -> GroupKey<'_> {
    (
        claim.subject.known().map_or("", String::as_str),
        claim.metric.known().map_or("", String::as_str),
        claim.basis,
        claim.source.as_deref(),
        claim.scope,
    )
}

/// Split the figures of one key by unit: inverters and battery packs do not add up. A
/// bare number joins the figures of the one unit the others have; with several, it
/// could be any of them and is left out.
fn by_unit(claims: &[Claim], members: Vec<(usize, Slot)>) -> Vec<Vec<(usize, Slot)>> {
    let unit = |c: usize| claims[c].mention.quantity.as_ref().map(|q| &q.unit);
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
            only.extend(bare);
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Quarter(u8),
    Half(u8),
    Year,
}

impl Part {
    /// How the periods of a year add up.
    const DECOMPOSITIONS: &'static [(Part, &'static [Part])] = &[
        (Part::Half(1), &[Part::Quarter(1), Part::Quarter(2)]),
        (Part::Half(2), &[Part::Quarter(3), Part::Quarter(4)]),
        (Part::Year, &[Part::Half(1), Part::Half(2)]),
        (
            Part::Year,
            &[
                Part::Quarter(1),
                Part::Quarter(2),
                Part::Quarter(3),
                Part::Quarter(4),
            ],
        ),
    ];

    fn name(self) -> String {
        match self {
            Part::Quarter(n) => format!("Q{n}"),
            Part::Half(n) => format!("H{n}"),
            Part::Year => "the year".to_string(),
        }
    }
}

impl Slot {
    /// Read a canonical period (`2023-Q2`, `Q2`, `2023-H1`, `H1`, `2023`).
    fn parse(canonical: &str) -> Option<Slot> {
        let (year, rest) = match canonical.split_once('-') {
            Some((y, rest)) => (Some(y.parse().ok()?), rest),
            None if canonical.len() == 4 => (Some(canonical.parse().ok()?), ""),
            None => (None, canonical),
        };
        let number = |s: &str| s.parse::<u8>().ok();
        let part = match rest.split_at_checked(1) {
            Some(("Q", n)) => Part::Quarter(number(n).filter(|n| (1..=4).contains(n))?),
            Some(("H", n)) => Part::Half(number(n).filter(|n| (1..=2).contains(n))?),
            None if year.is_some() => Part::Year,
            _ => return None,
        };
        Some(Slot { year, part })
    }

    /// The old period of a change from this one: `Q1`, or `#1` for the first period of
    /// this slot's kind.
    fn resolve(self, old: &str) -> Option<Slot> {
        let Some(n) = old.strip_prefix('#') else {
            let slot = Slot::parse(old)?;
            return Some(Slot {
                year: slot.year.or(self.year),
                ..slot
            });
        };
        let n: u8 = n.parse().ok()?;
        let part = match self.part {
            Part::Quarter(_) if (1..=4).contains(&n) => Part::Quarter(n),
            Part::Half(_) if (1..=2).contains(&n) => Part::Half(n),
            _ => return None,
        };
        Some(Slot { part, ..self })
    }

    /// The slot of a claim's period; "this year" is a year of unknown number.
    fn of_period(period: &Period) -> Option<Slot> {
        match period.text.as_str() {
            "今年" | "this year" | "本财年" => Some(Slot {
                year: None,
                part: Part::Year,
            }),
            _ if period.relative_to_scope.is_some() => None,
            text => Slot::parse(text),
        }
    }
}
