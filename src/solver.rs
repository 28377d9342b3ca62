//! One solver over the arithmetic the text implies: parts of a whole, period algebra
//! and products, as interval constraints over the claims they touch and over the
//! unstated figures they imply (Q1 when only H1 and Q2 are given).
//!
//! Propagation runs on a work list. A constraint with exactly one unknown figure derives
//! it from the others, and the constraints that touch that figure are looked at again,
//! so a contradiction is found however many derivations it takes (the year less the
//! second half gives the first half; the first half less Q2 gives Q1). Each figure is
//! derived once and constraints are indexed by the figures they touch, so the work is
//! linear in the size of the constraints: nothing compares all pairs of claims.
//!
//! Then every constraint is checked over the intervals its figures allow. A
//! contradiction names the claims it rests on: the constraint's own and the claims each
//! derived figure was derived from. Take any of them away and the contradiction can no
//! longer be derived.

use crate::attribute::Claim;
use crate::quantity::{Interval, Unit};
use crate::relations::{Part, PeriodFigure, Relations, Signed};
use crate::written::{self, grouped};
use rust_decimal::Decimal;
use std::collections::{HashMap, HashSet};

/// An index into the figures of a [`Solution`]: the claims its constraints use and the
/// unstated figures, in the order the constraints were built.
pub type Figure = usize;

/// An equation between figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Constraint {
    /// `whole = Σ parts`; when `open`, the list may leave out parts (each at least zero),
    /// so only parts beyond the whole contradict it.
    Sum {
        whole: Figure,
        parts: Vec<Figure>,
        open: bool,
    },
    /// `result = scale × Π factors`, where `scale` turns percentage factors into
    /// fractions (30% of owners × a price × a count).
    Product {
        result: Figure,
        factors: Vec<Figure>,
        scale: Decimal,
    },
}

impl Constraint {
    fn figures(&self) -> impl Iterator<Item = Figure> + '_ {
        let (first, rest) = match self {
            Constraint::Sum { whole, parts, .. } => (whole, parts),
            Constraint::Product {
                result, factors, ..
            } => (result, factors),
        };
        std::iter::once(*first).chain(rest.iter().copied())
    }
}

/// A figure's value: the interval it allows and the point value written or computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Value {
    pub interval: Interval,
    pub point: Decimal,
}

/// A constraint whose figures cannot all hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// Index into [`Solution::constraints`].
    pub constraint: usize,
    /// The whole or the product as computed from the other figures.
    pub computed: Value,
    /// What the whole or the product itself allows.
    pub stated: Value,
    /// Every claim the contradiction rests on, in reading order.
    pub claims: Vec<Used>,
    /// How each unstated figure used was derived, in order: `Q1 = 11315 − 9535 = 1780`.
    pub steps: Vec<String>,
}

/// A claim a contradiction or a derived value rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Used {
    pub claim: usize,
    /// The derived figure it was used for; `None` when the constraint names it itself.
    pub toward: Option<Figure>,
}

/// The figures of a document after propagation, and the contradictions found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Solution {
    /// The claim each figure is, `None` for an unstated one. Only claims a constraint
    /// uses become figures: on a large file most claims take part in no arithmetic, and
    /// a figure for each would hold a value and a name for every claim at once.
    claim_of: Vec<Option<usize>>,
    names: Names,
    non_negative: Vec<bool>,
    values: Vec<Option<Value>>,
    derived_by: Vec<Option<usize>>,
    pub constraints: Vec<Constraint>,
    pub conflicts: Vec<Conflict>,
    /// The figure of each period change's old period, in the order of
    /// [`Relations::period_changes`].
    pub change_from: Vec<Option<Figure>>,
}

/// The figures' names in one string, each ending where `ends` says: a string for each
/// figure would be an allocation for every claim a constraint uses.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Names {
    joined: String,
    ends: Vec<usize>,
}

impl Names {
    fn push(&mut self, pieces: &[&str]) {
        pieces.iter().for_each(|piece| self.joined.push_str(piece));
        self.ends.push(self.joined.len());
    }

    fn get(&self, figure: Figure) -> &str {
        let start = (figure.checked_sub(1))
            .and_then(|before| self.ends.get(before).copied())
            .unwrap_or(0);
        let end = self.ends.get(figure).copied().unwrap_or(start);
        self.joined.get(start..end).unwrap_or("")
    }
}

/// Build the constraints of a document's relations and solve them.
pub fn solve(text: &str, claims: &[Claim], relations: &Relations) -> Solution {
    let mut builder = Builder::new(text, claims);
    for listed in &relations.parts {
        let whole = builder.stated(listed.whole);
        let parts = builder.stated_all(&listed.parts);
        builder.add(Constraint::Sum {
            whole,
            parts,
            open: !listed.complete,
        });
    }
    for sum in &relations.period_sums {
        let whole = builder.figure(&sum.whole);
        let parts = sum.parts.iter().map(|p| builder.figure(p)).collect();
        builder.add(Constraint::Sum {
            whole,
            parts,
            open: false,
        });
    }
    for sum in relations
        .column_sums
        .iter()
        .filter(|s| s.unchecked.is_none())
    {
        let whole = builder.signed(sum.total);
        let parts = sum.parts.iter().map(|&p| builder.signed(p)).collect();
        builder.add(Constraint::Sum {
            whole,
            parts,
            open: false,
        });
    }
    for shares in relations.shares.iter().filter(|s| s.unchecked.is_none()) {
        let whole = builder.constant(&shares.whole, Decimal::ONE_HUNDRED);
        let parts = builder.stated_all(&shares.shares);
        builder.add(Constraint::Sum {
            whole,
            parts,
            open: !shares.complete,
        });
    }
    for counted in relations
        .counted_shares
        .iter()
        .filter(|s| s.unchecked.is_none())
    {
        let whole = builder.implied_whole();
        for &(count, share) in &counted.pairs {
            let result = builder.stated(count);
            let factors = vec![whole, builder.stated(share)];
            builder.add(Constraint::Product {
                result,
                factors,
                scale: Decimal::new(1, 2),
            });
        }
    }
    for product in relations.products.iter().filter(|p| p.unchecked.is_none()) {
        let percent = |&f: &usize| {
            claims[f]
                .mention
                .quantity()
                .is_some_and(|q| q.unit == Unit::Percent)
        };
        let percentages = product.factors.iter().filter(|f| percent(f)).count();
        let scale = (0..percentages).fold(Decimal::ONE, |s, _| s * Decimal::new(1, 2));
        let result = builder.stated(product.result);
        let factors = builder.stated_all(&product.factors);
        builder.add(Constraint::Product {
            result,
            factors,
            scale,
        });
    }
    let change_from = relations
        .period_changes
        .iter()
        .map(|change| change.from.as_ref().map(|f| builder.figure(f)))
        .collect();
    let mut solution = builder.finish(change_from);
    solution.propagate();
    solution.check();
    solution
}

struct Builder<'a> {
    solution: Solution,
    text: &'a str,
    claims: &'a [Claim],
    stated: HashMap<usize, Figure>,
    negated: HashMap<usize, Figure>,
    unstated: HashMap<(usize, Part), Figure>,
}

impl<'a> Builder<'a> {
    fn new(text: &'a str, claims: &'a [Claim]) -> Builder<'a> {
        Builder {
            solution: Solution {
                claim_of: Vec::new(),
                names: Names::default(),
                non_negative: Vec::new(),
                values: Vec::new(),
                derived_by: Vec::new(),
                constraints: Vec::new(),
                conflicts: Vec::new(),
                change_from: Vec::new(),
            },
            text,
            claims,
            stated: HashMap::new(),
            negated: HashMap::new(),
            unstated: HashMap::new(),
        }
    }

    /// The figure of claim `claim`, named as written; its value is the claim's unless
    /// the claim is vague.
    fn stated(&mut self, claim: usize) -> Figure {
        let (text, claims, s) = (self.text, self.claims, &mut self.solution);
        *self.stated.entry(claim).or_insert_with(|| {
            let mention = &claims[claim].mention;
            let name = text.get(mention.span.clone()).unwrap_or("");
            let value = mention.quantity().filter(|q| !q.vague).map(|q| Value {
                interval: q.interval,
                point: q.value,
            });
            s.push(&[name], false, value, Some(claim))
        })
    }

    /// The figure of a claim with its sign in a table: `(8,982)` is −8,982.
    fn signed(&mut self, figure: Signed) -> Figure {
        if !figure.negative {
            return self.stated(figure.claim);
        }
        let (text, claims, s) = (self.text, self.claims, &mut self.solution);
        *self.negated.entry(figure.claim).or_insert_with(|| {
            let mention = &claims[figure.claim].mention;
            let name = ["−", text.get(mention.span.clone()).unwrap_or("")];
            let value = mention.quantity().filter(|q| !q.vague).and_then(|q| {
                Some(Value {
                    interval: q.interval.scale(Decimal::NEGATIVE_ONE)?,
                    point: -q.value,
                })
            });
            s.push(&name, false, value, Some(figure.claim))
        })
    }

    fn stated_all(&mut self, claims: &[usize]) -> Vec<Figure> {
        claims.iter().map(|&c| self.stated(c)).collect()
    }

    fn figure(&mut self, figure: &PeriodFigure) -> Figure {
        let (group, period, non_negative) = match figure {
            PeriodFigure::Stated(claim) => return self.stated(*claim),
            PeriodFigure::Unstated {
                group,
                period,
                non_negative,
            } => (group, period, non_negative),
        };
        let s = &mut self.solution;
        *self
            .unstated
            .entry((*group, *period))
            .or_insert_with(|| s.push(&[&period.name()], *non_negative, None, None))
    }

    /// A figure the text implies without stating it, such as the 100% that shares of
    /// one whole add up to at most. Its name is what it is of.
    fn constant(&mut self, name: &str, value: Decimal) -> Figure {
        self.solution.push(&[name], true, Some(exact(value)), None)
    }

    /// The whole that counts given with their shares are of, which the text does not
    /// state.
    fn implied_whole(&mut self) -> Figure {
        self.solution.push(&["the whole"], true, None, None)
    }

    /// A constraint over stated figures that are all exact enough to compute with.
    fn add(&mut self, constraint: Constraint) {
        let s = &self.solution;
        let usable = constraint
            .figures()
            .all(|f| s.claim(f).is_none() || s.values[f].is_some());
        if usable {
            self.solution.constraints.push(constraint);
        }
    }

    fn finish(mut self, change_from: Vec<Option<Figure>>) -> Solution {
        self.solution.change_from = change_from;
        self.solution
    }
}

impl Solution {
    /// A new figure, underived, named by the pieces of `name`.
    fn push(
        &mut self,
        name: &[&str],
        non_negative: bool,
        value: Option<Value>,
        claim: Option<usize>,
    ) -> Figure {
        self.claim_of.push(claim);
        self.names.push(name);
        self.non_negative.push(non_negative);
        self.values.push(value);
        self.derived_by.push(None);
        self.values.len() - 1
    }

    /// The value of a figure, stated or derived.
    pub fn value(&self, figure: Figure) -> Option<Value> {
        self.values.get(figure).copied().flatten()
    }

    /// The claim a figure is, if it is stated.
    pub fn claim(&self, figure: Figure) -> Option<usize> {
        self.claim_of.get(figure).copied().flatten()
    }

    /// Whether a figure is implied by the text, neither stated nor derived (100% of a
    /// whole).
    pub fn is_constant(&self, figure: Figure) -> bool {
        self.claim(figure).is_none()
            && self.derived_by.get(figure).is_some_and(Option::is_none)
            && self.value(figure).is_some()
    }

    /// The name of a figure: the claim as written, or the unstated period (`Q1`).
    pub fn name(&self, figure: Figure) -> &str {
        self.names.get(figure)
    }

    /// The claims a figure's value rests on and the derivation steps, in order.
    pub fn derivation(&self, figure: Figure) -> (Vec<Used>, Vec<String>) {
        self.explain_all(std::iter::once(figure))
    }

    /// The claims and derivation steps behind several figures, each told once.
    fn explain_all(&self, figures: impl Iterator<Item = Figure>) -> (Vec<Used>, Vec<String>) {
        let mut claims = Vec::new();
        let mut steps = Vec::new();
        let mut seen = HashSet::new();
        for figure in figures {
            self.explain(figure, None, 0, &mut seen, &mut (&mut claims, &mut steps));
        }
        claims.sort_unstable();
        (claims, steps)
    }

    /// Depth first, so that each step comes after the steps it uses. Period algebra
    /// derives at most three levels deep; the limit only guards the stack.
    fn explain(
        &self,
        figure: Figure,
        toward: Option<Figure>,
        depth: usize,
        seen: &mut HashSet<Figure>,
        out: &mut (&mut Vec<Used>, &mut Vec<String>),
    ) {
        const DEEPEST: usize = 64;
        if depth > DEEPEST || !seen.insert(figure) {
            return;
        }
        let Some(by) = self.derived_by[figure] else {
            if let Some(claim) = self.claim(figure) {
                out.0.push(Used { claim, toward });
            }
            return;
        };
        let constraint = &self.constraints[by];
        for other in constraint.figures().filter(|&f| f != figure) {
            self.explain(other, Some(figure), depth + 1, seen, out);
        }
        if let Some(step) = self.step(constraint, figure) {
            out.1.push(step);
        }
    }

    /// `Q1 = 11315 − 9535 = 1780`.
    fn step(&self, constraint: &Constraint, figure: Figure) -> Option<String> {
        let names = |fs: &mut dyn Iterator<Item = Figure>, sep: &str| {
            fs.map(|f| self.name(f).to_string())
                .collect::<Vec<_>>()
                .join(sep)
        };
        let expression = match constraint {
            Constraint::Sum { whole, parts, .. } if *whole == figure => {
                names(&mut parts.iter().copied(), " + ")
            }
            Constraint::Sum { whole, parts, .. } => format!(
                "{} − {}",
                self.name(*whole),
                names(&mut parts.iter().copied().filter(|&p| p != figure), " − ")
            ),
            Constraint::Product {
                result, factors, ..
            } if *result == figure => names(&mut factors.iter().copied(), " × "),
            Constraint::Product {
                result, factors, ..
            } => format!(
                "{} / {}",
                self.name(*result),
                names(&mut factors.iter().copied().filter(|&f| f != figure), " / ")
            ),
        };
        let value = self.value(figure)?.point;
        // The figures of a sum share a unit; a product's do not.
        let written = match constraint {
            Constraint::Sum { .. } => constraint
                .figures()
                .find(|&f| self.claim(f).is_some())
                .map_or_else(|| grouped(value), |like| self.written_like(value, like)),
            // (A quotient may run to 28 places: `86,375.176…`.)
            Constraint::Product { .. } => grouped(value.round_dp(2)),
        };
        Some(format!("{} = {expression} = {written}", self.name(figure)))
    }

    /// `value` written like the stated figure `like`: `$1.3 billion` beside `$1.2 billion`.
    pub fn written_like(&self, value: Decimal, like: Figure) -> String {
        match self.as_stated(like) {
            Some((text, stated)) => written::written_like(value, text, stated),
            None => grouped(value),
        }
    }

    /// An interval written like the stated figure `like`.
    pub fn interval_written_like(&self, interval: &Interval, like: Figure) -> String {
        let (text, stated) = self.as_stated(like).unwrap_or(("", Decimal::ZERO));
        written::interval_written_like(interval, text, stated)
    }

    /// A stated figure's text and value (a derived one's name is no figure: `H2`).
    fn as_stated(&self, figure: Figure) -> Option<(&str, Decimal)> {
        self.claim(figure)?;
        Some((self.name(figure), self.value(figure)?.point))
    }

    /// Index the constraints by figure, then derive figures until nothing changes, in
    /// rounds: a figure derivable in several ways in one round takes the way that rests
    /// on the fewest claims (Q3 from H2 − Q4 rather than from the year less three
    /// quarters), so that explanations stay short.
    fn propagate(&mut self) {
        // Pairs of a figure and a constraint touching it, in order: one list rather than
        // a list for each figure, most of which touch a single constraint.
        let mut touching: Vec<(Figure, usize)> = (self.constraints.iter().enumerate())
            .flat_map(|(c, constraint)| constraint.figures().map(move |f| (f, c)))
            .collect();
        touching.sort_unstable();
        let mut weight: Vec<usize> = self
            .values
            .iter()
            .map(|v| usize::from(v.is_some()))
            .collect();
        let mut frontier: Vec<usize> = (0..self.constraints.len()).collect();
        while !frontier.is_empty() {
            let mut derived: Vec<(Figure, usize, usize, Value)> = (frontier.iter())
                .filter_map(|&c| {
                    let (figure, value) = self.derive(c)?;
                    let inputs = self.constraints[c].figures().filter(|&f| f != figure);
                    let rests_on = inputs.fold(0usize, |sum, f| sum.saturating_add(weight[f]));
                    Some((figure, rests_on, c, value))
                })
                .collect();
            // Of the ways to derive a figure, the first kept rests on the fewest claims.
            derived.sort_unstable_by_key(|&(figure, rests_on, c, _)| (figure, rests_on, c));
            derived.dedup_by_key(|&mut (figure, ..)| figure);
            frontier.clear();
            for (figure, rests_on, c, value) in derived {
                self.values[figure] = Some(value);
                self.derived_by[figure] = Some(c);
                weight[figure] = rests_on;
                let first = touching.partition_point(|&(f, _)| f < figure);
                let touched = touching[first..].iter().take_while(|&&(f, _)| f == figure);
                frontier.extend(touched.map(|&(_, c)| c));
            }
            frontier.sort_unstable();
            frontier.dedup();
        }
    }

    /// The one unknown figure of a constraint and its value, when the others are known.
    fn derive(&self, c: usize) -> Option<(Figure, Value)> {
        let constraint = &self.constraints[c];
        let mut unknown = constraint.figures().filter(|&f| self.values[f].is_none());
        let figure = unknown.next()?;
        if unknown.next().is_some() {
            return None;
        }
        let known = |f: Figure| self.values[f];
        let value = match constraint {
            Constraint::Sum { open: true, .. } => return None,
            Constraint::Sum { whole, parts, .. } if *whole == figure => {
                sum(parts.iter().map(|&p| known(p)))?
            }
            Constraint::Sum { whole, parts, .. } => {
                let others = sum(parts.iter().filter(|&&p| p != figure).map(|&p| known(p)))?;
                let part = difference(known(*whole)?, others)?;
                // A part below zero is a contradiction the check reports, not a value.
                if self.non_negative[figure] && !part.interval.intersects(&at_least_zero()) {
                    return None;
                }
                part
            }
            Constraint::Product {
                result,
                factors,
                scale,
            } if *result == figure => product(factors.iter().map(|&f| known(f)), *scale)?,
            Constraint::Product {
                result,
                factors,
                scale,
            } => {
                let others = product(
                    factors.iter().filter(|&&f| f != figure).map(|&f| known(f)),
                    *scale,
                )?;
                quotient(known(*result)?, others)?
            }
        };
        Some((figure, value))
    }

    /// Check every constraint over the values its figures allow.
    fn check(&mut self) {
        let mut derived = vec![false; self.constraints.len()];
        for &c in self.derived_by.iter().flatten() {
            derived[c] = true;
        }
        let mut conflicts = Vec::new();
        for (c, constraint) in self.constraints.iter().enumerate() {
            if derived[c] {
                continue; // it holds by construction
            }
            let Some((computed, stated)) = self.violation(constraint) else {
                continue;
            };
            let (claims, steps) = self.explain_all(constraint.figures());
            conflicts.push(Conflict {
                constraint: c,
                computed,
                stated,
                claims,
                steps,
            });
        }
        self.conflicts = minimal_conflicts(conflicts);
    }

    /// The computed and the stated value of a constraint that does not hold.
    fn violation(&self, constraint: &Constraint) -> Option<(Value, Value)> {
        match constraint {
            Constraint::Sum { whole, parts, open } => {
                let whole = self.values[*whole]?;
                let (known, unknown): (Vec<Figure>, Vec<Figure>) =
                    parts.iter().partition(|&&p| self.values[p].is_some());
                // Parts the text leaves out are at least zero: the known ones may fall
                // short of the whole, but never exceed it.
                let short_allowed = *open || !unknown.is_empty();
                if unknown.iter().any(|&p| !self.non_negative[p]) {
                    return None;
                }
                let computed = sum(known.iter().map(|&p| self.values[p]))?;
                let allowed = if short_allowed {
                    Interval {
                        low: None,
                        high: whole.interval.high,
                    }
                } else {
                    whole.interval
                };
                (!computed.interval.intersects(&allowed)).then_some((computed, whole))
            }
            Constraint::Product {
                result,
                factors,
                scale,
            } => {
                let result = self.values[*result]?;
                let computed = product(factors.iter().map(|&f| self.values[f]), *scale)?;
                (!computed.interval.intersects(&result.interval)).then_some((computed, result))
            }
        }
    }
}

/// One contradiction may be derived in several ways (a year as its halves and as its
/// quarters). Keep the minimal ones: drop a contradiction when another rests on a strict
/// subset of its claims, and of those that rest on the same claims keep the shortest
/// explanation. A subset's smallest claim is one of the superset's claims, so each
/// contradiction is compared only with those whose smallest claim it contains.
fn minimal_conflicts(conflicts: Vec<Conflict>) -> Vec<Conflict> {
    let key = |c: &Conflict| -> Vec<usize> { c.claims.iter().map(|u| u.claim).collect() };
    let keys: Vec<Vec<usize>> = conflicts.iter().map(key).collect();
    let mut by_smallest: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, k) in keys.iter().enumerate() {
        if let Some(&smallest) = k.first() {
            by_smallest.entry(smallest).or_default().push(i);
        }
    }
    let beats = |j: usize, i: usize| {
        let (a, b) = (&keys[j], &keys[i]);
        let subset = a.iter().all(|c| b.binary_search(c).is_ok());
        let simpler =
            (a.len(), conflicts[j].steps.len(), j) < (b.len(), conflicts[i].steps.len(), i);
        subset && simpler
    };
    let redundant: Vec<bool> = (0..conflicts.len())
        .map(|i| {
            keys[i]
                .iter()
                .filter_map(|c| by_smallest.get(c))
                .flatten()
                .any(|&j| j != i && beats(j, i))
        })
        .collect();
    conflicts
        .into_iter()
        .zip(redundant)
        .filter_map(|(c, r)| (!r).then_some(c))
        .collect()
}

fn at_least_zero() -> Interval {
    Interval {
        low: Interval::point(Decimal::ZERO).low,
        high: None,
    }
}

fn sum(mut values: impl Iterator<Item = Option<Value>>) -> Option<Value> {
    values.try_fold(exact(Decimal::ZERO), |acc, v| {
        let v = v?;
        Some(Value {
            interval: acc.interval.add(&v.interval)?,
            point: acc.point.checked_add(v.point)?,
        })
    })
}

fn product(mut values: impl Iterator<Item = Option<Value>>, scale: Decimal) -> Option<Value> {
    values.try_fold(exact(scale), |acc, v| {
        let v = v?;
        Some(Value {
            interval: acc.interval.mul(&v.interval)?,
            point: acc.point.checked_mul(v.point)?,
        })
    })
}

fn difference(a: Value, b: Value) -> Option<Value> {
    Some(Value {
        interval: a.interval.sub(&b.interval)?,
        point: a.point.checked_sub(b.point)?,
    })
}

fn quotient(a: Value, b: Value) -> Option<Value> {
    Some(Value {
        interval: a.interval.div(&b.interval)?,
        point: a.point.checked_div(b.point)?,
    })
}

fn exact(v: Decimal) -> Value {
    Value {
        interval: Interval::point(v),
        point: v,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(v: i64) -> Option<Value> {
        Some(exact(Decimal::from(v)))
    }

    /// Figures 0..stated.len() are claims with those values; `unstated` figures follow,
    /// named by their index and at least zero.
    fn solved(stated: &[Option<Value>], unstated: usize, constraints: Vec<Constraint>) -> Solution {
        let figures = stated.len() + unstated;
        let mut values = stated.to_vec();
        values.resize(figures, None);
        let mut solution = Solution {
            claim_of: (0..figures)
                .map(|f| (f < stated.len()).then_some(f))
                .collect(),
            names: (0..figures).fold(Names::default(), |mut names, f| {
                names.push(&[&format!("f{f}")]);
                names
            }),
            non_negative: (0..figures).map(|f| f >= stated.len()).collect(),
            values,
            derived_by: vec![None; figures],
            constraints,
            conflicts: Vec::new(),
            change_from: Vec::new(),
        };
        solution.propagate();
        solution.check();
        solution
    }

    fn sum(whole: Figure, parts: &[Figure]) -> Constraint {
        Constraint::Sum {
            whole,
            parts: parts.to_vec(),
            open: false,
        }
    }

    #[test]
    fn only_the_claims_a_constraint_uses_are_figures() {
        let text = "The company had 120 stores in 2021 and 4,000 staff. \
                    Revenue rose 20% to $1.2 billion from $1.0 billion. \
                    Of the quarter's total revenue of $1.2 billion, cloud contributed \
                    $720 million, hardware $330 million and services $150 million.";
        let analysis = crate::analyze(&crate::document::Document::new("a.txt", text));
        let solution = &analysis.solution;
        let figures: Vec<usize> = solution.claim_of.iter().flatten().copied().collect();
        let named: Vec<&str> = figures
            .iter()
            .map(|&c| &text[analysis.claims[c].mention.span.clone()])
            .collect();
        assert_eq!(
            named,
            [
                "$1.2 billion",
                "$720 million",
                "$330 million",
                "$150 million"
            ]
        );
        assert!(analysis.claims.len() > figures.len());
        assert_eq!(solution.conflicts.len(), 0);
    }

    #[test]
    fn derives_through_a_chain_and_names_every_claim_used() {
        // year f0 = 100, H1 f1 = 40, Q4 f2 = 30; H2 f3 = Q3 f4 + Q4.
        let s = solved(
            &[value(100), value(40), value(30)],
            2,
            vec![sum(0, &[1, 3]), sum(3, &[4, 2])],
        );
        assert!(s.conflicts.is_empty());
        assert_eq!(s.value(4).map(|v| v.point), Some(Decimal::from(30)));
        let (used, steps) = s.derivation(4);
        let claims: Vec<usize> = used.iter().map(|u| u.claim).collect();
        assert_eq!(claims, [0, 1, 2]);
        assert_eq!(steps, ["f3 = f0 − f1 = 60", "f4 = f3 − f2 = 30"]);
    }

    #[test]
    fn a_part_below_zero_is_a_contradiction_of_the_claims_behind_it() {
        // Q4 = 70 is more than H2 = 100 − 40 = 60.
        let s = solved(
            &[value(100), value(40), value(70)],
            2,
            vec![sum(0, &[1, 3]), sum(3, &[4, 2])],
        );
        assert_eq!(s.conflicts.len(), 1);
        let conflict = &s.conflicts[0];
        assert_eq!(conflict.constraint, 1);
        let claims: Vec<usize> = conflict.claims.iter().map(|u| u.claim).collect();
        assert_eq!(claims, [0, 1, 2]);
        assert_eq!(conflict.steps, ["f3 = f0 − f1 = 60"]);
        assert_eq!(conflict.computed.point, Decimal::from(70));
    }

    #[test]
    fn open_sums_allow_missing_parts_but_not_excess() {
        let open = |parts: &[Figure]| Constraint::Sum {
            whole: 0,
            parts: parts.to_vec(),
            open: true,
        };
        let short = solved(&[value(100), value(30), value(40)], 0, vec![open(&[1, 2])]);
        assert!(short.conflicts.is_empty());
        let beyond = solved(&[value(100), value(70), value(40)], 0, vec![open(&[1, 2])]);
        assert_eq!(beyond.conflicts.len(), 1);
        let closed = solved(
            &[value(100), value(30), value(40)],
            0,
            vec![sum(0, &[1, 2])],
        );
        assert_eq!(closed.conflicts.len(), 1);
    }

    #[test]
    fn products_derive_a_missing_factor() {
        // 6 × f3 = 150 gives f3 = 25; then f3 × 4 = 90 is a contradiction (100).
        let product = |result: Figure, factors: &[Figure]| Constraint::Product {
            result,
            factors: factors.to_vec(),
            scale: Decimal::ONE,
        };
        let s = solved(
            &[value(6), value(150), value(4), value(90)],
            1,
            vec![product(1, &[0, 4]), product(3, &[4, 2])],
        );
        assert_eq!(s.value(4).map(|v| v.point), Some(Decimal::from(25)));
        assert_eq!(s.conflicts.len(), 1);
        assert_eq!(s.conflicts[0].steps, ["f4 = f1 / f0 = 25"]);
    }

    #[test]
    fn one_contradiction_found_two_ways_is_reported_once() {
        // The year f0 as its halves and as its quarters: Q3 f1 + Q4 f2 exceed it both ways.
        let (h1, h2, q1, q2) = (3, 4, 5, 6);
        let s = solved(
            &[value(100), value(60), value(50)],
            4,
            vec![
                sum(h1, &[q1, q2]),
                sum(h2, &[1, 2]),
                sum(0, &[h1, h2]),
                sum(0, &[q1, q2, 1, 2]),
            ],
        );
        assert_eq!(s.conflicts.len(), 1);
        assert!(
            s.conflicts[0].steps.is_empty(),
            "{:?}",
            s.conflicts[0].steps
        );
    }

    #[test]
    fn long_chains_are_derived_in_one_pass() {
        // f0 = 1; f(i+1) = f(i) + f0 for 20,000 unstated figures: the work list derives
        // each once, in order.
        let n = 20_000;
        let constraints = (0..n)
            .map(|i| sum(i + 2, &[if i == 0 { 0 } else { i + 1 }, 1]))
            .collect();
        let s = solved(&[value(1), value(1)], n, constraints);
        assert_eq!(s.value(n + 1).map(|v| v.point), Some(Decimal::from(n + 1)));
        assert!(s.conflicts.is_empty());
    }
}
