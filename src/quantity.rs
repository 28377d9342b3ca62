//! Exact quantities and the interval the writer committed to.
//!
//! A figure in prose is not a point: it is a promise about where the true value lies,
//! and the promise is as precise as the digits written. Every written digit is
//! significant, so `2.9` means [2.85, 2.95], `2.90` means [2.895, 2.905] and `275` means
//! [274.5, 275.5]; scale words keep the resolution of the last digit (`184.2万` is
//! 1842000 ± 500). Hedges then widen or open that interval: 约/about widens it by a
//! relative tolerance, 近/nearly extends it downwards, 超过/more than opens it upwards,
//! 不到/less than opens it downwards, and a range (4.5万至5万) spans both ends.
//!
//! Two statements of the same fact are consistent exactly when their intervals
//! intersect; derived figures (sums, ratios, percentage changes) are computed with
//! interval arithmetic over the same intervals, so there is one rule of comparison
//! everywhere. All arithmetic is on [`Decimal`] (never binary floating point); where a
//! result cannot be represented exactly it is rounded outwards, so an interval only ever
//! grows and rounding can never manufacture a conflict. Overflow yields `None` (or an
//! unbounded side), never a panic.

use compact_str::CompactString;
use rust_decimal::Decimal;
use std::cell::RefCell;
use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};
use std::ops::Deref;
use std::sync::{Arc, OnceLock};

/// How the writer hedged a figure; it decides how far the interval reaches beyond the
/// rounding of the written digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    Exact,
    Approx,
    Nearly,
    AtLeast,
    MoreThan,
    AtMost,
    LessThan,
    Range,
}

impl Approx {
    /// The name used in JSON and tables (`more_than`).
    pub fn name(self) -> &'static str {
        match self {
            Approx::Exact => "exact",
            Approx::Approx => "approx",
            Approx::Nearly => "nearly",
            Approx::AtLeast => "at_least",
            Approx::MoreThan => "more_than",
            Approx::AtMost => "at_most",
            Approx::LessThan => "less_than",
            Approx::Range => "range",
        }
    }
}

/// Canonical unit: two figures are only compared when their units say they measure the
/// same kind of thing (see [`compare`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Unit {
    /// A bare number; a restatement may drop the unit, so it compares with anything.
    None,
    /// "%".
    Percent,
    /// "pp", 个百分点: not comparable with a percent.
    PercentagePoint,
    /// "bp", 基点.
    BasisPoint,
    /// "x", 倍.
    Multiple,
    /// An amount of money: "$", "美元", "USD", ...
    Money(Currency),
    /// The unit or classifier as written: "辆", "vehicles", "TB", "年".
    Count(CountUnit),
}

/// A currency the grammar reads, by its ISO 4217 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Currency {
    Aud,
    Cad,
    Chf,
    Cny,
    Dem,
    Eur,
    Frf,
    Gbp,
    Hkd,
    Inr,
    Itl,
    Jpy,
    Krw,
    Nlg,
    Nzd,
    Sgd,
    Twd,
    Usd,
}

impl Currency {
    /// The ISO 4217 code: "USD".
    pub fn code(self) -> &'static str {
        match self {
            Currency::Aud => "AUD",
            Currency::Cad => "CAD",
            Currency::Chf => "CHF",
            Currency::Cny => "CNY",
            Currency::Dem => "DEM",
            Currency::Eur => "EUR",
            Currency::Frf => "FRF",
            Currency::Gbp => "GBP",
            Currency::Hkd => "HKD",
            Currency::Inr => "INR",
            Currency::Itl => "ITL",
            Currency::Jpy => "JPY",
            Currency::Krw => "KRW",
            Currency::Nlg => "NLG",
            Currency::Nzd => "NZD",
            Currency::Sgd => "SGD",
            Currency::Twd => "TWD",
            Currency::Usd => "USD",
        }
    }
}

/// A count unit or classifier as written, and the class a configured unit line
/// (`[lexicon] units`) puts it in; a built-in unit's class is looked up by its word in
/// `count_units.txt`. It reads as the written word (`&str`).
///
/// One pointer, so that a unit takes 16 bytes in every quantity (a large file holds
/// one for every figure), to one allocation that the figures counted in the same word
/// share: the word is held inline when short.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CountUnit(Arc<CountWord>);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct CountWord {
    word: CompactString,
    class: Option<Arc<str>>,
    /// What the word counts, worked out once for all its figures.
    counted: Counted,
}

/// What a count word counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Counted {
    /// Things one by one (个, seats, people): a count of them is a whole number.
    Things,
    /// An amount measured in the unit (a length, weight, area, volume, size of data or
    /// span of time): no classifier counts it, and it may be rounded.
    Measure,
    /// A word claimlint does not know.
    Unknown,
}

impl CountUnit {
    /// A unit of a configured class.
    pub fn configured(word: &str, class: Arc<str>) -> CountUnit {
        CountUnit::new(word, Some(class))
    }

    fn new(word: &str, class: Option<Arc<str>>) -> CountUnit {
        let forms = word_forms(word);
        let builtin = builtin_class(&forms);
        let in_class = |classes: &[&str]| {
            class
                .as_deref()
                .or(builtin)
                .is_some_and(|c| classes.contains(&c))
        };
        let counted =
            if forms.iter().any(|f| lexicon().generic.contains(f)) || in_class(&THING_CLASSES) {
                Counted::Things
            } else if in_class(&MEASURE_CLASSES)
                || in_class(&DURATION_CLASSES)
                || crate::lexicon::measure_of(word).is_some()
            {
                Counted::Measure
            } else {
                Counted::Unknown
            };
        CountUnit(Arc::new(CountWord {
            word: word.into(),
            class,
            counted,
        }))
    }

    /// The unit of a word in no configured class, shared with the figures this thread
    /// read before in the same word. A large file counts in a few hundred words, once
    /// for every figure; past `READ_WORDS` distinct words (a text made to grow the table)
    /// a new word is not kept.
    fn read(word: &str) -> CountUnit {
        const READ_WORDS: usize = 4096;
        thread_local! {
            static READ: RefCell<HashMap<CompactString, CountUnit>> = RefCell::default();
        }
        READ.with_borrow_mut(|read| {
            if let Some(unit) = read.get(word) {
                return unit.clone();
            }
            let unit = CountUnit::new(word, None);
            if read.len() < READ_WORDS {
                read.insert(word.into(), unit.clone());
            }
            unit
        })
    }

    /// The class the unit counts in: configured, else built-in (`None` for a word in no
    /// class).
    fn class(&self) -> Option<&str> {
        self.configured_class().or_else(|| count_class(self))
    }

    fn configured_class(&self) -> Option<&str> {
        self.0.class.as_deref()
    }
}

impl Deref for CountUnit {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0.word
    }
}

impl From<&str> for CountUnit {
    fn from(word: &str) -> CountUnit {
        CountUnit::read(word)
    }
}

impl Unit {
    /// The label used in JSON and tables, so every renderer spells units the same way.
    /// `Unit::None` has no label (serialised as null).
    pub fn label(&self) -> Option<&str> {
        match self {
            Unit::None => None,
            Unit::Percent => Some("%"),
            Unit::PercentagePoint => Some("pp"),
            Unit::BasisPoint => Some("bp"),
            Unit::Multiple => Some("x"),
            Unit::Money(currency) => Some(currency.code()),
            Unit::Count(unit) => Some(unit),
        }
    }

    /// A span of time (20年, twelve months): it frames other figures rather than being
    /// an amount that rises or falls.
    pub fn is_duration(&self) -> bool {
        let Unit::Count(unit) = self else {
            return false;
        };
        unit.class().is_some_and(|c| DURATION_CLASSES.contains(&c))
    }

    /// Whether the unit measures an amount (a length, a weight, a span of time) rather
    /// than counting things.
    pub fn is_a_measure(&self) -> bool {
        matches!(self, Unit::Count(unit) if unit.0.counted == Counted::Measure)
    }

    /// Whether the unit counts things one by one (个, seats, people), so that a count of
    /// them is a whole number; lengths, weights and spans of time are not.
    pub fn counts_things(&self) -> bool {
        matches!(self, Unit::Count(unit) if unit.0.counted == Counted::Things)
    }

    /// Whether figures in these units are written in the same unit: the same currency or
    /// kind of rate, or the same word for what is counted (`sets` and `set`), not merely
    /// comparable ones (`个` counts anything).
    pub fn is_written_alike(&self, other: &Unit) -> bool {
        match (self, other) {
            (Unit::Count(a), Unit::Count(b)) => {
                let forms = word_forms(b);
                word_forms(a).iter().any(|f| forms.contains(f))
            }
            (a, b) => a == b,
        }
    }

    /// Whether two figures in these units may be statements of the same fact; this is
    /// the unit half of [`compare`], exposed for rules that only need to know about units
    /// (e.g. a restatement in another currency).
    pub fn is_comparable_with(&self, other: &Unit) -> bool {
        match (self, other) {
            (Unit::None, _) | (_, Unit::None) => true,
            (Unit::Count(a), Unit::Count(b)) => counts_comparable(a, b),
            (a, b) => a == b,
        }
    }
}

/// One end of an interval; `inclusive` is false for "more than"/"less than", whose
/// written value itself is excluded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Bound {
    pub value: Decimal,
    pub inclusive: bool,
}

/// The set of values a statement allows. `None` on a side = unbounded on that side
/// ("more than 500" has no upper limit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Interval {
    pub low: Option<Bound>,
    pub high: Option<Bound>,
}

/// Direction in which an inexact result is rounded: outwards means `Down` for a low
/// bound and `Up` for a high bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dir {
    Down,
    Up,
}

/// An interval end on the extended line, used inside multiplication where ±∞ must take
/// part in the min/max over endpoint products.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    NegInf,
    Fin(Decimal, bool),
    PosInf,
}

impl Interval {
    /// [low, high], both ends included.
    pub fn closed(low: Decimal, high: Decimal) -> Interval {
        Interval {
            low: Some(Bound {
                value: low,
                inclusive: true,
            }),
            high: Some(Bound {
                value: high,
                inclusive: true,
            }),
        }
    }

    /// A single exactly known value (a defined constant, an exact factor).
    pub fn point(v: Decimal) -> Interval {
        Interval::closed(v, v)
    }

    /// The whole numbers the interval allows, as a closed interval: (11.5, ∞) → [12, ∞),
    /// [374.5, 375.5] → [375, 375]; `None` when it allows none.
    fn whole_numbers(&self) -> Option<Interval> {
        let one = Decimal::ONE;
        let low = match self.low {
            Some(b) if b.inclusive => Some(b.value.ceil()),
            Some(b) => Some(b.value.floor().checked_add(one)?),
            None => None,
        };
        let high = match self.high {
            Some(b) if b.inclusive => Some(b.value.floor()),
            Some(b) => Some(b.value.ceil().checked_sub(one)?),
            None => None,
        };
        let whole = closed_opt(low, high);
        (!whole.is_empty()).then_some(whole)
    }

    /// True when the interval allows no value at all (e.g. (2, 2) or [3, 1]).
    pub fn is_empty(&self) -> bool {
        !can_meet(self.low, self.high)
    }

    /// Whether `v` is one of the values the statement allows.
    pub fn contains(&self, v: Decimal) -> bool {
        self.intersects(&Interval::point(v))
    }

    /// Whether some value satisfies both statements: the one consistency test.
    /// Open and closed ends are respected exactly: [1, 2] meets [2, 3], (1, 2) does not.
    pub fn intersects(&self, other: &Interval) -> bool {
        !self.is_empty()
            && !other.is_empty()
            && can_meet(self.low, other.high)
            && can_meet(other.low, self.high)
    }

    /// Every sum of a value of `self` and a value of `o`.
    pub fn add(&self, o: &Interval) -> Option<Interval> {
        if self.is_empty() || o.is_empty() {
            return None;
        }
        let low = add_bounds(self.low, o.low, Dir::Down)?;
        let high = add_bounds(self.high, o.high, Dir::Up)?;
        Some(Interval { low, high })
    }

    /// Every difference of a value of `self` and a value of `o`.
    pub fn sub(&self, o: &Interval) -> Option<Interval> {
        self.add(&o.neg())
    }

    /// Every product; signs, open ends and unbounded sides are handled through the
    /// min/max of the endpoint products on the extended line.
    pub fn mul(&self, o: &Interval) -> Option<Interval> {
        if self.is_empty() || o.is_empty() {
            return None;
        }
        let xs = [low_end(self.low), high_end(self.high)];
        let ys = [low_end(o.low), high_end(o.high)];
        let mut low: Option<End> = None;
        let mut high: Option<End> = None;
        for x in xs {
            for y in ys {
                let down = mul_ends(x, y, Dir::Down)?;
                let up = mul_ends(x, y, Dir::Up)?;
                low = Some(low.map_or(down, |l| min_end(l, down)));
                high = Some(high.map_or(up, |h| max_end(h, up)));
            }
        }
        let low = match low? {
            End::NegInf => None,
            End::Fin(value, inclusive) => Some(Bound { value, inclusive }),
            End::PosInf => return None,
        };
        let high = match high? {
            End::PosInf => None,
            End::Fin(value, inclusive) => Some(Bound { value, inclusive }),
            End::NegInf => return None,
        };
        Some(Interval { low, high })
    }

    /// Every quotient; `None` when the divisor may be zero, since the quotient is then
    /// unbounded or undefined and no conclusion can be drawn from it.
    pub fn div(&self, o: &Interval) -> Option<Interval> {
        self.mul(&o.reciprocal()?)
    }

    /// Percentage change from `self` (old) to `new`: (new - old) / old * 100.
    /// Computed as (new / old - 1) * 100 so that `old` occurs once and the result is
    /// the tightest interval, not an over-wide one.
    pub fn percent_change_to(&self, new: &Interval) -> Option<Interval> {
        new.div(self)?
            .sub(&Interval::point(Decimal::ONE))?
            .scale(Decimal::ONE_HUNDRED)
    }

    /// Multiply by an exact factor (a unit conversion, ×100 for percent).
    pub fn scale(&self, factor: Decimal) -> Option<Interval> {
        self.mul(&Interval::point(factor))
    }

    fn neg(&self) -> Interval {
        let flip = |b: Option<Bound>| {
            b.map(|b| Bound {
                value: -b.value,
                inclusive: b.inclusive,
            })
        };
        Interval {
            low: flip(self.high),
            high: flip(self.low),
        }
    }

    /// 1 / self, or `None` if self may be zero. For an interval of one sign,
    /// 1/[a, b] = [1/b, 1/a]; an open zero end becomes an unbounded side and an
    /// unbounded side becomes an open zero end.
    fn reciprocal(&self) -> Option<Interval> {
        if self.is_empty() || self.contains(Decimal::ZERO) {
            return None;
        }
        let low = match self.high {
            None => Some(Bound {
                value: Decimal::ZERO,
                inclusive: false,
            }),
            Some(b) if b.value.is_zero() => None,
            Some(b) => Some(Bound {
                value: div_round(Decimal::ONE, b.value, Dir::Down)?,
                inclusive: b.inclusive,
            }),
        };
        let high = match self.low {
            None => Some(Bound {
                value: Decimal::ZERO,
                inclusive: false,
            }),
            Some(b) if b.value.is_zero() => None,
            Some(b) => Some(Bound {
                value: div_round(Decimal::ONE, b.value, Dir::Up)?,
                inclusive: b.inclusive,
            }),
        };
        Some(Interval { low, high })
    }
}

/// Can a value be at or above `low` and at or below `high`? Unbounded sides always can.
fn can_meet(low: Option<Bound>, high: Option<Bound>) -> bool {
    match (low, high) {
        (Some(l), Some(h)) if l.inclusive && h.inclusive => l.value <= h.value,
        (Some(l), Some(h)) => l.value < h.value,
        _ => true,
    }
}

/// Sum of two same-side bounds: unbounded if either is; open if either is open.
/// The outer `None` is overflow.
fn add_bounds(a: Option<Bound>, b: Option<Bound>, dir: Dir) -> Option<Option<Bound>> {
    match (a, b) {
        (Some(a), Some(b)) => Some(Some(Bound {
            value: add_round(a.value, b.value, dir)?,
            inclusive: a.inclusive && b.inclusive,
        })),
        _ => Some(None),
    }
}

fn low_end(b: Option<Bound>) -> End {
    b.map_or(End::NegInf, |b| End::Fin(b.value, b.inclusive))
}

fn high_end(b: Option<Bound>) -> End {
    b.map_or(End::PosInf, |b| End::Fin(b.value, b.inclusive))
}

fn signed_inf(positive: bool) -> End {
    if positive {
        End::PosInf
    } else {
        End::NegInf
    }
}

/// Product of two interval ends. 0 × ∞ is 0 here: it stands for the bound reached by
/// the zero end times arbitrary values, which is 0 (attained iff the zero end is).
/// A finite product is attained when both ends are, or when a zero end is (0 × any y).
fn mul_ends(x: End, y: End, dir: Dir) -> Option<End> {
    match (x, y) {
        (End::Fin(a, ia), End::Fin(b, ib)) => {
            let zero_end_attained = (a.is_zero() && ia) || (b.is_zero() && ib);
            Some(End::Fin(
                mul_round(a, b, dir)?,
                zero_end_attained || (ia && ib),
            ))
        }
        (End::Fin(a, ia), inf) | (inf, End::Fin(a, ia)) => {
            if a.is_zero() {
                Some(End::Fin(Decimal::ZERO, ia))
            } else {
                Some(signed_inf(a.is_sign_positive() == (inf == End::PosInf)))
            }
        }
        (a, b) => Some(signed_inf(a == b)),
    }
}

fn cmp_end(a: End, b: End) -> Ordering {
    match (a, b) {
        (End::Fin(x, _), End::Fin(y, _)) => x.cmp(&y),
        (End::NegInf, End::NegInf) | (End::PosInf, End::PosInf) => Ordering::Equal,
        (End::NegInf, _) | (_, End::PosInf) => Ordering::Less,
        (End::PosInf, _) | (_, End::NegInf) => Ordering::Greater,
    }
}

/// On a tie the bound is attained if either candidate attains it.
fn tie(a: End, b: End) -> End {
    match (a, b) {
        (End::Fin(v, ia), End::Fin(_, ib)) => End::Fin(v, ia || ib),
        _ => a,
    }
}

fn min_end(a: End, b: End) -> End {
    match cmp_end(a, b) {
        Ordering::Less => a,
        Ordering::Greater => b,
        Ordering::Equal => tie(a, b),
    }
}

fn max_end(a: End, b: End) -> End {
    match cmp_end(a, b) {
        Ordering::Greater => a,
        Ordering::Less => b,
        Ordering::Equal => tie(a, b),
    }
}

/// Move an inexact result `r` one unit of its last digit outwards. `r` is within one
/// such unit of the true value, so the moved value is on the safe side of it. If the
/// move cannot go strictly outwards (mantissa exhausted), give up rather than be wrong.
fn nudge(r: Decimal, dir: Dir) -> Option<Decimal> {
    let ulp = Decimal::try_new(1, r.scale()).ok()?;
    let moved = match dir {
        Dir::Down => r.checked_sub(ulp)?,
        Dir::Up => r.checked_add(ulp)?,
    };
    let outward = match dir {
        Dir::Down => moved < r,
        Dir::Up => moved > r,
    };
    outward.then_some(moved)
}

/// a + b, rounded outwards in `dir` if Decimal had to drop digits.
/// Addition keeps the larger scale of its operands unless it rounded.
fn add_round(a: Decimal, b: Decimal, dir: Dir) -> Option<Decimal> {
    let r = a.checked_add(b)?;
    if r.scale() >= a.scale().max(b.scale()) {
        Some(r)
    } else {
        nudge(r, dir)
    }
}

/// a × b exactly, or `None` if Decimal had to drop digits (its scale would then be
/// below the sum of the operands' scales) or overflowed.
fn mul_exact(a: Decimal, b: Decimal) -> Option<Decimal> {
    if a.is_zero() || b.is_zero() {
        return Some(Decimal::ZERO);
    }
    let r = a.checked_mul(b)?;
    (r.scale() == a.scale() + b.scale()).then_some(r)
}

/// a × b, rounded outwards in `dir` if inexact; `None` on overflow.
fn mul_round(a: Decimal, b: Decimal, dir: Dir) -> Option<Decimal> {
    match mul_exact(a, b) {
        Some(r) => Some(r),
        None => nudge(a.checked_mul(b)?, dir),
    }
}

/// a ÷ b, rounded outwards in `dir` unless the quotient provably is exact.
fn div_round(a: Decimal, b: Decimal, dir: Dir) -> Option<Decimal> {
    let q = a.checked_div(b)?;
    if mul_exact(q, b) == Some(a) {
        Some(q)
    } else {
        nudge(q, dir)
    }
}

/// Relative widening used for approx ("约", "about") and the lower side of nearly
/// ("近", "nearly"): 10 %, generous enough that a rounded restatement is never flagged.
pub const DEFAULT_TOLERANCE: Decimal = Decimal::from_parts(10, 0, 0, false, 2);

/// A figure as the writer stated it, with the interval of values it commits to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quantity {
    /// The stated value, scale words applied (184.2万 -> 1842000).
    pub value: Decimal,
    pub unit: Unit,
    pub approx: Approx,
    pub interval: Interval,
    /// 数亿, several million, dozens of: too loose to ever be evidence of a conflict.
    pub vague: bool,
}

impl Quantity {
    /// Build the interval a written figure commits to.
    ///
    /// `resolution` is the value of one unit in the last written digit, scale applied:
    /// "2.9" -> 0.1, "2.90" -> 0.01, "275" -> 1, "184.2万" -> 1000, "46万" -> 10000,
    /// "12,000" -> 1. The rounding interval is value ± resolution/2, then the hedge:
    /// - `Exact`: the rounding interval, closed;
    /// - `Approx`: widened by |value| × tolerance on both sides, closed;
    /// - `Nearly`: [value − |value| × tolerance, rounding high], closed;
    /// - `AtLeast`: [rounding low, +∞); `MoreThan`: (rounding low, +∞);
    /// - `AtMost`: (−∞, rounding high]; `LessThan`: (−∞, rounding high).
    ///
    /// `Range` belongs to [`Quantity::range`]; given here it is treated like `Exact`
    /// (the approx field still says `Range`). A side whose computation overflows is left
    /// unbounded: wider is always safe.
    pub fn from_written(
        value: Decimal,
        resolution: Decimal,
        unit: Unit,
        approx: Approx,
        tolerance: Decimal,
    ) -> Quantity {
        let (low, high) = rounding_bounds(value, resolution);
        let slack = || mul_round(value.abs(), tolerance.abs(), Dir::Up);
        let widen_low = |l: Option<Decimal>| l.zip(slack()).and_then(|(l, s)| sub_round(l, s));
        let interval = match approx {
            Approx::Exact | Approx::Range => closed_opt(low, high),
            Approx::Approx => {
                let high = high
                    .zip(slack())
                    .and_then(|(h, s)| add_round(h, s, Dir::Up));
                closed_opt(widen_low(low), high)
            }
            Approx::Nearly => closed_opt(widen_low(Some(value)), high),
            Approx::AtLeast => half_line(low, true, true),
            Approx::MoreThan => half_line(low, false, true),
            Approx::AtMost => half_line(high, true, false),
            Approx::LessThan => half_line(high, false, false),
        };
        Quantity {
            value,
            interval: whole_if_counted(interval, &unit, &[value]),
            unit,
            approx,
            vague: false,
        }
    }

    /// `5千多`, `30多亿`, `1000余家`: more than the value, as Chinese says it, and less than
    /// the next step of its last non-zero place (5千多 is 5,000 to 6,000, 30多亿 is 3 to 4
    /// billion). Only a positive whole value is capped.
    pub fn below_next_place(mut self) -> Quantity {
        let value = self.value.normalize();
        if value <= Decimal::ZERO || value.scale() > 0 {
            return self;
        }
        let mut step = Decimal::ONE;
        while (value / step) % Decimal::TEN == Decimal::ZERO {
            let Some(next) = step.checked_mul(Decimal::TEN) else {
                return self;
            };
            step = next;
        }
        if let Some(high) = value.checked_add(step) {
            self.interval.high = Some(Bound {
                value: high,
                inclusive: false,
            });
        }
        self
    }

    /// A range "4.5万至5万": from the rounding low of the lower end to the rounding high
    /// of the upper end. The ends may be given in either order.
    pub fn range(
        low: Decimal,
        low_resolution: Decimal,
        high: Decimal,
        high_resolution: Decimal,
        unit: Unit,
    ) -> Quantity {
        let (lo, lo_res, hi, hi_res) = if low <= high {
            (low, low_resolution, high, high_resolution)
        } else {
            (high, high_resolution, low, low_resolution)
        };
        let (from, _) = rounding_bounds(lo, lo_res);
        let (_, to) = rounding_bounds(hi, hi_res);
        Quantity {
            value: lo,
            interval: whole_if_counted(closed_opt(from, to), &unit, &[lo, hi]),
            unit,
            approx: Approx::Range,
            vague: false,
        }
    }

    /// A vague amount (数亿 = [2e8, 1e9]): kept for display, never evidence of a conflict.
    pub fn vague(low: Decimal, high: Decimal, unit: Unit) -> Quantity {
        let (low, high) = if low <= high {
            (low, high)
        } else {
            (high, low)
        };
        Quantity {
            value: low,
            unit,
            approx: Approx::Range,
            interval: Interval::closed(low, high),
            vague: true,
        }
    }

    /// A value that is not a written measurement (e.g. a defined constant 10^18): no
    /// rounding, the interval is the point itself.
    pub fn exact_point(value: Decimal, unit: Unit) -> Quantity {
        Quantity::from_written(value, Decimal::ZERO, unit, Approx::Exact, Decimal::ZERO)
    }
}

/// Things counted one by one (seats, people, vehicles) are whole: `12席` allows
/// [11.5, 12.5], and the only count in it is 12. Five such parts then add up to one
/// count, not to a sum give or take 2.5 (`12+9+7+5+3` is no `38枚`). A figure written
/// with decimals (2.5 people a household) is an average, and keeps its interval.
fn whole_if_counted(interval: Interval, unit: &Unit, written: &[Decimal]) -> Interval {
    if unit.counts_things() && written.iter().all(|v| v.fract().is_zero()) {
        interval.whole_numbers().unwrap_or(interval)
    } else {
        interval
    }
}

fn sub_round(a: Decimal, b: Decimal) -> Option<Decimal> {
    add_round(a, -b, Dir::Down)
}

/// value ∓ resolution/2, each rounded outwards; `None` for a side that overflowed.
fn rounding_bounds(value: Decimal, resolution: Decimal) -> (Option<Decimal>, Option<Decimal>) {
    const HALF: Decimal = Decimal::from_parts(5, 0, 0, false, 1);
    let half = mul_round(resolution.abs(), HALF, Dir::Up);
    let low = half.and_then(|h| sub_round(value, h));
    let high = half.and_then(|h| add_round(value, h, Dir::Up));
    (low, high)
}

/// A closed interval where a missing end (overflow) is unbounded.
fn closed_opt(low: Option<Decimal>, high: Option<Decimal>) -> Interval {
    let bound = |v: Option<Decimal>| {
        v.map(|value| Bound {
            value,
            inclusive: true,
        })
    };
    Interval {
        low: bound(low),
        high: bound(high),
    }
}

/// [v, +∞), (v, +∞), (−∞, v] or (−∞, v) depending on `inclusive` and `upwards`.
fn half_line(v: Option<Decimal>, inclusive: bool, upwards: bool) -> Interval {
    let bound = v.map(|value| Bound { value, inclusive });
    if upwards {
        Interval {
            low: bound,
            high: None,
        }
    } else {
        Interval {
            low: None,
            high: bound,
        }
    }
}

/// The three-valued answer of the one comparison every rule uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Consistency {
    Consistent,
    Conflicting,
    DifferentUnits,
}

/// Are these two statements of the same fact consistent?
///
/// Units first ([`Unit::is_comparable_with`]): 5% vs 5个百分点 or 30美元 vs 30元 are
/// `DifferentUnits`, not a conflict of values. A vague amount never conflicts. Otherwise
/// the statements are consistent exactly when their intervals intersect.
pub fn compare(a: &Quantity, b: &Quantity) -> Consistency {
    if !a.unit.is_comparable_with(&b.unit) {
        Consistency::DifferentUnits
    } else if a.vague || b.vague || a.interval.intersects(&b.interval) {
        Consistency::Consistent
    } else {
        Consistency::Conflicting
    }
}

/// Whether two magnitudes are within `factor` of each other (`1.5`: the distance of a
/// slip; `100`: of one measure written with and without its scale word).
pub fn within_factor(x: Decimal, y: Decimal, factor: Decimal) -> bool {
    let (small, large) = if x.abs() < y.abs() {
        (x.abs(), y.abs())
    } else {
        (y.abs(), x.abs())
    };
    small.checked_mul(factor).is_some_and(|s| s >= large)
}

/// Print a decimal the way the JSON contract wants it: no trailing zeros, no exponent
/// (184.2万 -> "1842000", 2.90 -> "2.9").
pub fn canonical(d: Decimal) -> String {
    d.normalize().to_string()
}

/// The count-unit lexicon: class of each member (named by the first word of its line),
/// plus the generic classifiers.
struct Lexicon {
    classes: HashMap<String, &'static str>,
    generic: HashSet<String>,
}

/// The lexicon classes, by their first word, that measure time.
const DURATION_CLASSES: [&str; 8] = [
    "year", "month", "week", "day", "hour", "minute", "second", "quarter",
];

/// The lexicon classes, by their first word, of units that measure (besides
/// `measures.txt` and the spans of time).
const MEASURE_CLASSES: [&str; 21] = [
    "tonne",
    "mile",
    "kilometre",
    "barrel",
    "ounce",
    "terabyte",
    "gigabyte",
    "megabyte",
    "tebibyte",
    "gibibyte",
    "mebibyte",
    "kibibyte",
    "pebibyte",
    "terawatt-hour",
    "gigawatt-hour",
    "megawatt-hour",
    "kilowatt-hour",
    "terabit-per-second",
    "gigabit-per-second",
    "megabit-per-second",
    "kilobit-per-second",
];

/// The lexicon classes, by their first word, of things counted one by one.
const THING_CLASSES: [&str; 9] = [
    "vehicle", "share", "chip", "company", "person", "seat", "vote", "medal", "home",
];

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| parse_lexicon(include_str!("count_units.txt")))
}

fn parse_lexicon(text: &'static str) -> Lexicon {
    let mut classes = HashMap::new();
    let mut generic = HashSet::new();
    let lines = text.lines().map(|l| l.split('#').next().unwrap_or(""));
    for line in lines {
        let mut words = line.split_whitespace().peekable();
        match words.peek().copied() {
            Some("@generic") => generic.extend(words.skip(1).map(str::to_lowercase)),
            Some(class) => classes.extend(words.map(|w| (w.to_lowercase(), class))),
            None => {}
        }
    }
    Lexicon { classes, generic }
}

/// The spellings a count word may stand for: itself and its English singulars
/// ("cars" -> "car", "boxes" -> "box", "companies" -> "company").
fn word_forms(word: &str) -> Vec<String> {
    let w = word.trim().to_lowercase();
    let mut forms = vec![w.clone()];
    if let Some(stem) = w.strip_suffix("ies") {
        forms.push(format!("{stem}y"));
    }
    if let Some(stem) = w.strip_suffix("es") {
        forms.push(stem.to_string());
    }
    if let Some(stem) = w.strip_suffix('s') {
        forms.push(stem.to_string());
    }
    forms.retain(|f| !f.is_empty());
    forms
}

fn builtin_class(forms: &[String]) -> Option<&'static str> {
    let classes = &lexicon().classes;
    forms.iter().find_map(|f| classes.get(f).copied())
}

/// The built-in class (`count_units.txt`, by its first word) of a count word, if any.
pub fn count_class(word: &str) -> Option<&'static str> {
    builtin_class(&word_forms(word))
}

/// Count units compare when equal, when either is a generic classifier (个 counts
/// anything), when they share a class (辆 ~ vehicles, or a configured one), or, both
/// being in no class, when they are the same word up to an English plural.
fn counts_comparable(a: &CountUnit, b: &CountUnit) -> bool {
    let (fa, fb) = (word_forms(a), word_forms(b));
    let generic = &lexicon().generic;
    if fa.first() == fb.first() {
        return true;
    }
    // 个 counts anything counted, but no weight or length: 28.7万架 is no part of 86.3万吨.
    if fa.iter().chain(&fb).any(|f| generic.contains(f)) {
        return a.0.counted != Counted::Measure && b.0.counted != Counted::Measure;
    }
    let class_a = a.configured_class().or_else(|| builtin_class(&fa));
    let class_b = b.configured_class().or_else(|| builtin_class(&fb));
    match (class_a, class_b) {
        (Some(x), Some(y)) => x == y,
        (None, None) => fa.iter().any(|f| fb.contains(f)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn figures_counted_in_one_word_share_its_unit_up_to_a_bound() {
        let shared = |word: &str| Arc::ptr_eq(&CountUnit::from(word).0, &CountUnit::from(word).0);
        assert!(shared("辆"));
        assert_eq!(CountUnit::from("辆"), CountUnit::new("辆", None));
        for n in 0..5000 {
            let _ = CountUnit::from(format!("word{n}").as_str());
        }
        assert!(shared("辆"), "a word read before stays shared");
        assert!(
            !shared("word4999"),
            "past the bound, a new word is not kept"
        );
    }

    fn q(value: &str, resolution: &str, unit: Unit, approx: Approx) -> Quantity {
        Quantity::from_written(d(value), d(resolution), unit, approx, DEFAULT_TOLERANCE)
    }

    fn usd() -> Unit {
        Unit::Money(Currency::Usd)
    }

    fn count(w: &str) -> Unit {
        Unit::Count(w.into())
    }

    fn iv(low: &str, high: &str) -> Interval {
        Interval::closed(d(low), d(high))
    }

    fn b(v: &str, inclusive: bool) -> Option<Bound> {
        Some(Bound {
            value: d(v),
            inclusive,
        })
    }

    fn open(low: Option<&str>, high: Option<&str>) -> Interval {
        Interval {
            low: low.and_then(|v| b(v, false)),
            high: high.and_then(|v| b(v, false)),
        }
    }

    fn assert_pairs(expected: Consistency, pairs: Vec<(Quantity, Quantity)>) {
        for (a, bq) in pairs {
            assert_eq!(compare(&a, &bq), expected, "{a:?} vs {bq:?}");
            assert_eq!(compare(&bq, &a), expected, "{bq:?} vs {a:?}");
        }
    }

    #[test]
    fn consistent_pairs() {
        use Approx::{Exact, MoreThan, Nearly};
        assert_pairs(
            Consistency::Consistent,
            vec![
                (
                    q("2.9", "0.1", Unit::None, Exact),
                    q("2.90", "0.01", Unit::None, Exact),
                ),
                (q("3", "1", usd(), Exact), q("3.00", "0.01", usd(), Exact)),
                (q("275", "1", usd(), Exact), q("275", "1", usd(), Exact)),
                (
                    q("460000", "10000", count("辆"), Exact),
                    q("460000", "1", count("vehicles"), Exact),
                ),
                (
                    q("1842000", "1000", Unit::None, Exact),
                    q("1842000", "1000", Unit::None, Exact),
                ),
                (
                    q("4600000000", "100000000", usd(), Exact),
                    q("4600000000", "100000000", usd(), Exact),
                ),
                (
                    q("16", "1", Unit::Percent, Nearly),
                    q("15.9", "0.1", Unit::Percent, Exact),
                ),
                (
                    q("38000000000", "1000000000", usd(), Approx::Approx),
                    q("38000000000", "1000000000", usd(), Exact),
                ),
                (
                    q("500000000000", "100000000000", usd(), MoreThan),
                    q("520000000000", "10000000000", usd(), Exact),
                ),
                // a dropped unit is still the same fact
                (
                    q("275", "1", usd(), Exact),
                    q("275", "1", Unit::None, Exact),
                ),
                (
                    q("5", "1", count("个"), Exact),
                    q("5", "1", count("chips"), Exact),
                ),
                (
                    q("5", "1", count("widgets"), Exact),
                    q("5", "1", count("widget"), Exact),
                ),
                (
                    q("5", "1", count("Cars"), Exact),
                    q("5", "1", count("辆"), Exact),
                ),
                (
                    q("3", "1", count("年"), Exact),
                    q("3", "1", count("years"), Exact),
                ),
            ],
        );
    }

    #[test]
    fn conflicting_pairs() {
        use Approx::{Exact, LessThan, MoreThan};
        assert_pairs(
            Consistency::Conflicting,
            vec![
                (
                    q("4.15", "0.01", usd(), Exact),
                    q("4.25", "0.01", usd(), Exact),
                ),
                (q("275", "1", usd(), Exact), q("257", "1", usd(), Exact)),
                (
                    q("2.90", "0.01", usd(), Exact),
                    q("2.95", "0.01", usd(), Exact),
                ),
                (
                    q("460000", "10000", count("辆"), Exact),
                    q("480000", "10000", count("辆"), Exact),
                ),
                (
                    q("60", "1", Unit::Percent, Exact),
                    q("65", "1", Unit::Percent, Exact),
                ),
                (
                    q("500", "1", Unit::Percent, MoreThan),
                    q("436", "1", Unit::Percent, Exact),
                ),
                (
                    q("300000", "10000", count("辆"), Exact),
                    q("200000", "10000", count("辆"), LessThan),
                ),
            ],
        );
    }

    #[test]
    fn different_unit_pairs() {
        use Approx::Exact;
        assert_pairs(
            Consistency::DifferentUnits,
            vec![
                (
                    q("5", "1", Unit::Percent, Exact),
                    q("5", "1", Unit::PercentagePoint, Exact),
                ),
                (
                    q("30", "1", usd(), Exact),
                    q("30", "1", Unit::Money(Currency::Cny), Exact),
                ),
                (
                    q("5", "1", Unit::Percent, Exact),
                    q("5", "1", Unit::BasisPoint, Exact),
                ),
                (
                    q("5", "1", Unit::Multiple, Exact),
                    q("5", "1", Unit::Percent, Exact),
                ),
                (q("5", "1", usd(), Exact), q("5", "1", count("股"), Exact)),
                (
                    q("5", "1", count("TB"), Exact),
                    q("5", "1", count("GB"), Exact),
                ),
                (
                    q("5", "1", count("辆"), Exact),
                    q("5", "1", count("shares"), Exact),
                ),
                (
                    q("5", "1", count("miles"), Exact),
                    q("5", "1", count("公里"), Exact),
                ),
                (
                    q("5", "1", count("widgets"), Exact),
                    q("5", "1", count("gadgets"), Exact),
                ),
                (
                    q("5", "1", count("年"), Exact),
                    q("5", "1", count("widgets"), Exact),
                ),
            ],
        );
    }

    #[test]
    fn vague_is_never_a_conflict() {
        let several = Quantity::vague(d("200000000"), d("1000000000"), usd());
        for other in [
            q("5", "1", usd(), Approx::Exact),
            q("50000000000", "1", usd(), Approx::Exact),
            q("275", "1", Unit::None, Approx::MoreThan),
        ] {
            assert_eq!(compare(&several, &other), Consistency::Consistent);
            assert_eq!(compare(&other, &several), Consistency::Consistent);
        }
        // units are still checked first
        let pct = q("5", "1", Unit::Percent, Approx::Exact);
        assert_eq!(compare(&several, &pct), Consistency::DifferentUnits);
        assert!(several.vague);
        assert_eq!(several.approx, Approx::Range);
        assert_eq!(several.interval, iv("200000000", "1000000000"));
    }

    #[test]
    fn a_classifier_counts_no_measure() {
        let comparable = |a: &str, b: &str| count(a).is_comparable_with(&count(b));
        assert!(comparable("个", "vehicles"));
        assert!(comparable("架", "枚"));
        assert!(comparable("台", "units"));
        assert!(!comparable("架", "吨"));
        assert!(!comparable("个", "公里"));
        assert!(!comparable("个", "个月"));
        assert!(!comparable("items", "barrels"));
    }

    #[test]
    fn things_counted_one_by_one_are_whole() {
        use Approx::{Exact, MoreThan};
        let whole = |value, resolution, unit: &str, approx| {
            q(value, resolution, count(unit), approx).interval
        };
        assert_eq!(whole("12", "1", "seats", Exact), iv("12", "12"));
        assert_eq!(whole("12", "1", "枚", Exact), iv("12", "12"));
        assert_eq!(whole("12", "1", "个", Exact), iv("12", "12"));
        assert_eq!(
            whole("12", "1", "people", MoreThan),
            Interval {
                low: b("12", true),
                high: None
            }
        );
        assert_eq!(
            whole("1842000", "1000", "人", Exact),
            iv("1841500", "1842500")
        );
        // an average, a length, a span of time and a word in no class keep their rounding
        assert_eq!(whole("2.5", "0.1", "people", Exact), iv("2.45", "2.55"));
        assert_eq!(whole("12", "1", "公里", Exact), iv("11.5", "12.5"));
        assert_eq!(whole("12", "1", "years", Exact), iv("11.5", "12.5"));
        assert_eq!(whole("12", "1", "MW", Exact), iv("11.5", "12.5"));
        let range = Quantity::range(d("3"), d("1"), d("5"), d("1"), count("辆"));
        assert_eq!(range.interval, iv("3", "5"));
    }

    #[test]
    fn from_written_intervals() {
        use Approx::{AtLeast, AtMost, Exact, LessThan, MoreThan, Nearly};
        let cases: Vec<(Quantity, Interval)> = vec![
            (q("2.9", "0.1", Unit::None, Exact), iv("2.85", "2.95")),
            (q("2.90", "0.01", Unit::None, Exact), iv("2.895", "2.905")),
            (q("275", "1", Unit::None, Exact), iv("274.5", "275.5")),
            (
                q("1842000", "1000", Unit::None, Exact),
                iv("1841500", "1842500"),
            ),
            (
                q("100", "1", Unit::None, Approx::Approx),
                iv("89.5", "110.5"),
            ),
            (q("16", "1", Unit::None, Nearly), iv("14.4", "16.5")),
            (
                q("500", "1", Unit::None, AtLeast),
                Interval {
                    low: b("499.5", true),
                    high: None,
                },
            ),
            (
                q("500", "1", Unit::None, MoreThan),
                open(Some("499.5"), None),
            ),
            (
                q("200", "10", Unit::None, AtMost),
                Interval {
                    low: None,
                    high: b("205", true),
                },
            ),
            (
                q("200", "10", Unit::None, LessThan),
                open(None, Some("205")),
            ),
            (q("-3.5", "0.1", Unit::None, Exact), iv("-3.55", "-3.45")),
            (
                q("-10", "1", Unit::None, Approx::Approx),
                iv("-11.5", "-8.5"),
            ),
        ];
        for (quantity, expected) in cases {
            assert_eq!(quantity.interval, expected, "{quantity:?}");
        }
        let range = Quantity::range(d("45000"), d("1000"), d("50000"), d("10000"), count("辆"));
        assert_eq!(range.interval, iv("44500", "55000"));
        assert_eq!(range.approx, Approx::Range);
        assert_eq!(range.value, d("45000"));
        let point = Quantity::exact_point(d("1000000000000000000"), Unit::None);
        assert_eq!(point.interval, Interval::point(d("1000000000000000000")));
    }

    #[test]
    fn intersection_respects_open_bounds() {
        let cases = [
            (iv("1", "2"), iv("2", "3"), true),
            (
                open(Some("1"), Some("2")),
                open(Some("2"), Some("3")),
                false,
            ),
            (iv("1", "2"), open(Some("2"), None), false),
            (iv("1", "2"), open(None, Some("1")), false),
            (iv("1", "2"), open(None, Some("1.0001")), true),
            (open(None, None), iv("5", "5"), true),
            (open(Some("2"), Some("2")), open(None, None), false),
            (iv("3", "1"), iv("0", "10"), false),
        ];
        for (a, bi, expected) in cases {
            assert_eq!(a.intersects(&bi), expected, "{a:?} {bi:?}");
            assert_eq!(bi.intersects(&a), expected, "{bi:?} {a:?}");
        }
    }

    #[test]
    fn interval_arithmetic() {
        let cases: Vec<(Option<Interval>, Option<Interval>)> = vec![
            (iv("1", "2").add(&iv("-3", "0.5")), Some(iv("-2", "2.5"))),
            (iv("1", "2").sub(&iv("-3", "0.5")), Some(iv("0.5", "5"))),
            (
                iv("1", "2").add(&open(Some("0"), None)),
                Some(Interval {
                    low: b("1", false),
                    high: None,
                }),
            ),
            (iv("-2", "3").mul(&iv("4", "5")), Some(iv("-10", "15"))),
            (iv("-2", "-1").mul(&iv("-5", "4")), Some(iv("-8", "10"))),
            (iv("-2", "-1").mul(&iv("-3", "-2")), Some(iv("2", "6"))),
            // 0 is attained (0 × 2.5), the other ends are not
            (
                iv("0", "1").mul(&open(Some("2"), Some("3"))),
                Some(Interval {
                    low: b("0", true),
                    high: b("3", false),
                }),
            ),
            (
                iv("0", "1").mul(&Interval {
                    low: b("1", true),
                    high: None,
                }),
                Some(Interval {
                    low: b("0", true),
                    high: None,
                }),
            ),
            (
                iv("-1", "0").mul(&Interval {
                    low: b("1", true),
                    high: None,
                }),
                Some(Interval {
                    low: None,
                    high: b("0", true),
                }),
            ),
            (
                open(Some("-1"), None).mul(&iv("2", "3")),
                Some(open(Some("-3"), None)),
            ),
            (iv("1", "2").div(&iv("4", "8")), Some(iv("0.125", "0.5"))),
            (iv("-6", "3").div(&iv("-3", "-1")), Some(iv("-3", "6"))),
            (
                iv("1", "2").div(&open(Some("0"), Some("4"))),
                Some(Interval {
                    low: b("0.25", false),
                    high: None,
                }),
            ),
            (
                iv("1", "2").div(&Interval {
                    low: b("4", true),
                    high: None,
                }),
                Some(Interval {
                    low: b("0", false),
                    high: b("0.5", true),
                }),
            ),
            (iv("1", "2").div(&iv("-1", "1")), None),
            (iv("1", "2").div(&iv("0", "1")), None),
            (iv("1", "2").div(&open(None, None)), None),
            (iv("1.5", "2").scale(d("-2")), Some(iv("-4", "-3"))),
            (Interval::point(Decimal::MAX).scale(d("10")), None),
            (Interval::point(Decimal::MAX).add(&iv("1", "1")), None),
            (Interval::point(Decimal::MIN).sub(&iv("1", "1")), None),
        ];
        for (i, (got, expected)) in cases.into_iter().enumerate() {
            assert_eq!(got, expected, "case {i}");
        }
    }

    /// Values inside `i`: its attained ends, points just inside each end, the middle,
    /// and far-out values on unbounded sides.
    fn samples(i: &Interval) -> Vec<Decimal> {
        let eps = d("0.001");
        let mut out = vec![];
        for (bound, inward) in [(i.low, eps), (i.high, -eps)] {
            match bound {
                Some(b) => {
                    if b.inclusive {
                        out.push(b.value);
                    }
                    out.push(b.value + inward);
                }
                None => out.push(d("-1000") * inward / eps),
            }
        }
        if let (Some(l), Some(h)) = (i.low, i.high) {
            out.push((l.value + h.value) / d("2"));
        }
        out.retain(|v| i.contains(*v));
        out
    }

    type PointOp = fn(Decimal, Decimal) -> Option<Decimal>;

    #[test]
    fn arithmetic_contains_every_sampled_result() {
        let intervals = [
            iv("1", "2"),
            iv("-3", "-0.5"),
            iv("-2", "3"),
            iv("0", "0"),
            iv("0", "4"),
            open(Some("0"), Some("1")),
            open(Some("-1"), Some("2.5")),
            Interval {
                low: b("2", true),
                high: None,
            },
            open(None, Some("-1")),
            open(Some("0"), None),
            open(None, None),
            iv("3", "3"),
        ];
        for x in &intervals {
            for y in &intervals {
                let ops: [(&str, Option<Interval>, PointOp); 4] = [
                    ("add", x.add(y), |a, b| a.checked_add(b)),
                    ("sub", x.sub(y), |a, b| a.checked_sub(b)),
                    ("mul", x.mul(y), |a, b| a.checked_mul(b)),
                    ("div", x.div(y), |a, b| a.checked_div(b)),
                ];
                for (name, result, op) in ops {
                    if name == "div" && y.contains(Decimal::ZERO) {
                        assert_eq!(result, None);
                        continue;
                    }
                    let result = result.unwrap();
                    for a in samples(x) {
                        for bv in samples(y) {
                            let v = op(a, bv).unwrap();
                            assert!(
                                result.contains(v),
                                "{name} {x:?} {y:?}: {a} {bv} -> {v} not in {result:?}"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn inexact_division_rounds_outwards() {
        let third = iv("1", "1").div(&iv("3", "3")).unwrap();
        let (low, high) = (third.low.unwrap().value, third.high.unwrap().value);
        assert!(low < high);
        assert!(low * d("3") < d("1") && high * d("3") > d("1"));
        // a tiny product that Decimal rounds to zero still gets a non-empty, outward interval
        let tiny = iv("0.00000000000001", "0.00000000000001")
            .mul(&iv("0.000000000000001", "0.000000000000001"))
            .unwrap();
        assert!(tiny.low.unwrap().value < Decimal::ZERO);
        assert!(tiny.high.unwrap().value > Decimal::ZERO);
    }

    #[test]
    fn percent_change() {
        let change = iv("249.5", "250.5")
            .percent_change_to(&iv("399.5", "400.5"))
            .unwrap();
        assert!(change.contains(d("60")));
        assert!(!change.contains(d("61")));

        // VinFast: H1 11315 minus Q2 9535 leaves Q1 in [1779, 1781] ...
        let h1 = q("11315", "1", Unit::None, Approx::Exact).interval;
        let q2 = q("9535", "1", Unit::None, Approx::Exact).interval;
        let q1 = h1.sub(&q2).unwrap();
        assert_eq!(q1, iv("1779", "1781"));
        // ... so Q1 -> Q2 grew by about 435.3..436.0 %, not "more than 500 %".
        let growth = q1.percent_change_to(&q2).unwrap();
        let (low, high) = (growth.low.unwrap().value, growth.high.unwrap().value);
        assert!(low > d("435.3") && low < d("435.4"), "{low}");
        assert!(high > d("436.0") && high < d("436.1"), "{high}");
        let stated = q("500", "1", Unit::Percent, Approx::MoreThan).interval;
        assert!(!growth.intersects(&stated));
        assert!(growth.contains(d("436")));

        assert_eq!(iv("-1", "1").percent_change_to(&iv("1", "2")), None);
    }

    #[test]
    fn overflow_never_panics() {
        let huge = q("79228162514264337593543950335", "1", usd(), Approx::Approx);
        assert_eq!(huge.interval.high, None);
        let huge = q(
            "79228162514264337593543950335",
            "1",
            usd(),
            Approx::MoreThan,
        );
        assert!(huge.interval.low.is_some());
        let neg = q("-79228162514264337593543950335", "10", usd(), Approx::Exact);
        assert_eq!(neg.interval.low, None);
        assert!(Interval::point(Decimal::MAX)
            .mul(&Interval::point(Decimal::MAX))
            .is_none());
        assert!(Interval::point(Decimal::MAX)
            .div(&iv("0.0000000000000000000000000001", "1"))
            .is_none());
    }

    #[test]
    fn canonical_strings() {
        let cases = [
            (d("1842000"), "1842000"),
            (d("1842000.000"), "1842000"),
            (d("2.90"), "2.9"),
            (d("0.5"), "0.5"),
            (d("-3.50"), "-3.5"),
            (d("-0.0"), "0"),
            (
                Decimal::from_scientific("1e18").unwrap(),
                "1000000000000000000",
            ),
        ];
        for (value, expected) in cases {
            assert_eq!(canonical(value), expected);
        }
    }

    #[test]
    fn labels_and_serde() {
        let cases = [
            (Unit::None, None),
            (Unit::Percent, Some("%")),
            (Unit::PercentagePoint, Some("pp")),
            (Unit::BasisPoint, Some("bp")),
            (Unit::Multiple, Some("x")),
            (usd(), Some("USD")),
            (count("辆"), Some("辆")),
        ];
        for (unit, label) in cases {
            assert_eq!(unit.label(), label);
        }
        let json = serde_json::to_string(&[
            Approx::Exact,
            Approx::Approx,
            Approx::Nearly,
            Approx::AtLeast,
            Approx::MoreThan,
            Approx::AtMost,
            Approx::LessThan,
            Approx::Range,
        ])
        .unwrap();
        assert_eq!(
            json,
            r#"["exact","approx","nearly","at_least","more_than","at_most","less_than","range"]"#
        );
        let json = serde_json::to_string(&Consistency::DifferentUnits).unwrap();
        assert_eq!(json, r#""different_units""#);
        assert_eq!(DEFAULT_TOLERANCE, d("0.10"));
    }

    #[test]
    fn lexicon_is_well_formed() {
        let text = include_str!("count_units.txt");
        let mut seen: HashMap<String, usize> = HashMap::new();
        let lines = text.lines().map(|l| l.split('#').next().unwrap_or(""));
        for (n, line) in lines.enumerate() {
            if line.trim_start().starts_with("@generic") {
                continue;
            }
            for w in line.split_whitespace() {
                if let Some(prev) = seen.insert(w.to_lowercase(), n) {
                    assert_eq!(prev, n, "{w} is on two class lines");
                }
            }
        }
        let lex = lexicon();
        for w in [
            "辆", "股", "年", "吨", "英里", "tb", "gb", "mb", "桶", "盎司", "芯片",
        ] {
            assert!(lex.classes.contains_key(w), "{w}");
        }
        assert!(lex.generic.contains("个"));
    }
}
