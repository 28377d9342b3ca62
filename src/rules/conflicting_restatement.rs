use crate::attribute::{Basis, Claim, Period, Role};
use crate::diagnostic::{Diagnostic, Label};
use crate::document::{char_floor, preceded_by};
use crate::quantity::{within_factor, Unit};
use crate::render::claims::interval_text;
use crate::rules::{declare_rule, Context};
use rust_decimal::Decimal;
use std::collections::HashMap;
use std::ops::Range;

declare_rule! {
    /// A figure restated elsewhere in the article with a value its first statement rules out.
    ///
    /// ## What it finds
    /// Two figures in different sentences with the same subject, metric (on the same
    /// measure: `adjusted eps`, read from "excluding items" or "Non-GAAP", is not `eps`;
    /// nor is revenue at constant exchange rates the reported one), period, role
    /// (old or current value), basis (reported or estimated), source and, for relative
    /// periods such as 今日 or "this year", the same section, whose intervals do not
    /// overlap while their values lie within a factor of 1.5 of each other and at least
    /// one of them names its subject in its own sentence (the
    /// distance of a slip; figures further apart that share all these keys are more
    /// often two facts than one). Rates stated as changes ("rose 5%") are checked by
    /// CL002 instead. Every written digit counts: `2.9` and `2.90`
    /// agree, `4.15` and `4.25` do not. Vague amounts (数亿, several million) never
    /// conflict, and a figure whose subject, metric or period could not be read is
    /// never compared. The new value of a change from the figure stated before
    /// (`45万辆全年目标` …`目标由45万辆下调至42万辆`) revises the fact, whose later
    /// statements are compared with the new value.
    ///
    /// A headline's figure is also compared with the one figure of the lead paragraph
    /// under it that restates it (`U.S. HOUSING STARTS FELL 2.7 PCT IN MAY` … `housing
    /// starts fell 2.9 pct in May`), whatever the attribution knows of either: the figure
    /// of the lead written in the same unit, with the same role and, for a change, the
    /// same direction, in a sentence that shares a word with the headline. A lead that
    /// gives two such figures of different values leaves the headline unchecked
    /// (`claimlint claims` says so); the same figure said to have moved the other way
    /// (`ROSE 2.7 PCT` over `fell 2.7 pct`) is a finding too.
    ///
    /// ## Why it matters
    /// A restated figure that changed is the classic slip of a revision: one place was
    /// corrected and its twin was not. Readers who notice stop trusting both.
    ///
    /// ## Example
    /// ```text
    /// 高盛将特斯拉2024年的每股收益预期下调至4.15美元。
    /// …
    /// 高盛预测，特斯拉2024年的每股收益为4.25美元。
    /// ```
    /// The second statement of Tesla's 2024 EPS estimate contradicts the first.
    ///
    /// ## How to silence
    /// Make the two statements agree. If they are different facts, name what differs
    /// (the period, the source, "previous"), which also helps the reader. Or add
    /// `<!-- claimlint-disable-next-line CL001 -->` above the line.
    pub struct ConflictingRestatement {
        code: "CL001",
        name: "conflicting-restatement",
        severity: Warning,
    }
}

/// What two claims must share to be statements of the same fact.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct FactKey<'a> {
    pub subject: &'a str,
    pub metric: &'a str,
    pub period: &'a Period,
    pub role: Role,
    pub basis: Basis,
    pub source: Option<&'a str>,
    pub measure: Measure,
    /// The figure is a change (`rose 2.3 percentage points`), not a level.
    pub change: bool,
}

/// What a figure measures, coarsely: a percent and an amount of money are never two
/// statements of one fact, whatever their attribution says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Measure {
    Money,
    Rate,
    Multiple,
    Amount,
}

impl Measure {
    fn of(unit: &Unit) -> Measure {
        match unit {
            Unit::Money(_) => Measure::Money,
            Unit::Percent | Unit::PercentagePoint | Unit::BasisPoint => Measure::Rate,
            Unit::Multiple => Measure::Multiple,
            Unit::Count(_) | Unit::None => Measure::Amount,
        }
    }
}

impl<'a> FactKey<'a> {
    /// `None` when subject, metric or period is unknown, or the figure is vague.
    pub(crate) fn of(claim: &'a Claim) -> Option<FactKey<'a>> {
        if claim.not_restated().is_some() {
            return None;
        }
        FactKey::keyed(claim)
    }

    /// The key of a rate stated as a change (`rose 2.3 percentage points`, `下降0.22%`),
    /// which no level restates but another statement of the same change may.
    pub(crate) fn of_change(claim: &'a Claim) -> Option<FactKey<'a>> {
        let rate = claim
            .mention
            .quantity()
            .is_some_and(|q| matches!(q.unit, Unit::Percent | Unit::PercentagePoint) && !q.vague);
        let restated = claim.is_change && !claim.of_a_part && !claim.range_end;
        if rate && restated {
            FactKey::keyed(claim)
        } else {
            None
        }
    }

    fn keyed(claim: &'a Claim) -> Option<FactKey<'a>> {
        let quantity = claim.mention.quantity()?;
        Some(FactKey {
            subject: claim.subject.known()?,
            metric: claim.metric.known()?,
            period: claim.period.known()?,
            role: claim.role,
            basis: claim.basis,
            source: claim.source.as_deref(),
            measure: Measure::of(&quantity.unit),
            change: claim.is_change,
        })
    }

    pub(crate) fn describe(&self) -> String {
        let role = match self.role {
            Role::Current => "",
            Role::Prior => "previous ",
        };
        let basis = match self.basis {
            Basis::Actual => "",
            Basis::Estimate => "estimated ",
        };
        let source = self.source.map(|s| format!(" per {s}")).unwrap_or_default();
        let period = match &*self.period.text {
            "current" => String::new(),
            text => format!(" for {text}"),
        };
        let change = if self.change { "change in " } else { "" };
        format!(
            "{role}{basis}{change}{} of {}{period}{source}",
            self.metric, self.subject
        )
    }
}

/// For one fact: the earlier statements with the lowest upper and the highest lower
/// bound. A new statement overlaps every earlier one exactly when it overlaps these two,
/// so each claim is checked in constant time.
struct Extremes {
    lowest_high: usize,
    highest_low: usize,
    /// The fact was revised (`由45万辆下调至42万辆`), to the value it has now.
    revised: bool,
}

impl ConflictingRestatement {
    pub fn check(ctx: &Context) -> Vec<Diagnostic> {
        let mut facts: HashMap<FactKey, Extremes> = HashMap::new();
        let old_values = OldValues::of(ctx);
        let mut out = Vec::new();
        for (index, claim) in ctx.claims.iter().enumerate() {
            let Some(key) = FactKey::of(claim) else {
                continue;
            };
            let Some(extremes) = facts.get_mut(&key) else {
                facts.insert(
                    key,
                    Extremes {
                        lowest_high: index,
                        highest_low: index,
                        revised: false,
                    },
                );
                continue;
            };
            let comparable = |other: usize| same_units(claim, &ctx.claims[other]);
            if !comparable(extremes.lowest_high) {
                continue; // a unit mismatch, reported by CL007
            }
            let conflict = [extremes.lowest_high, extremes.highest_low]
                .into_iter()
                .find(|&other| !intervals_meet(claim, &ctx.claims[other]));
            if let Some(earlier) = conflict {
                // `目标由45万辆下调至42万辆`: the new value of a change from the figure
                // stated before revises the fact, which has that value from then on.
                // `由45万辆下调至42万辆。今年年初，公司曾将目标定为45万辆`: the value before
                // a revision, recalled as past, is no restatement of the fact.
                if recalls_the_value_revised(ctx, &old_values, earlier, index) {
                    continue;
                }
                if old_values.changed_from(index, &ctx.claims[earlier]) {
                    *extremes = Extremes {
                        lowest_high: index,
                        highest_low: index,
                        revised: true,
                    };
                    continue;
                }
                // Two figures of one key in one sentence are two facts the attribution
                // could not tell apart (收跌4.53%…一度下跌9.4%), not a restatement; nor
                // are two far apart in size (276 mln and 49 mln).
                let earlier_claim = &ctx.claims[earlier];
                if earlier_claim.sentence != claim.sentence && close_in_value(earlier_claim, claim)
                {
                    let stated = if extremes.revised {
                        Statement::Revised
                    } else {
                        Statement::First
                    };
                    out.push(diagnostic(ctx, &key, earlier_claim, claim, stated));
                }
                continue;
            }
            extremes.update(ctx.claims, index);
        }
        out.extend(headlines_restated(ctx));
        out
    }
}

/// A headline's figure and the lead's restatement of it (see
/// [`crate::relations::HeadlineFigure`]), when the two are a slip apart. A pair the
/// restatement check above compares already is left to it.
fn headlines_restated(ctx: &Context) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut stated_after: Option<HashMap<(Decimal, &Unit), usize>> = None;
    for figure in &ctx.relations.headline_figures {
        let Some(lead) = figure.restated_by() else {
            continue;
        };
        let (headline, lead) = (&ctx.claims[figure.headline], &ctx.claims[lead]);
        if let Some(words) = &figure.turned {
            out.push(headline_turned(ctx, headline, lead, words));
            continue;
        }
        let keyed = FactKey::of(headline).is_some() && FactKey::of(headline) == FactKey::of(lead);
        if keyed || intervals_meet(headline, lead) || !close_in_value(headline, lead) {
            continue;
        }
        // `# …债券型基金单月增加4400亿元` over a lead that gives the total's `增加0.61万亿元`:
        // a headline figure the article states again as itself after the headline is the
        // fact it names, and the lead's figure another. (The last place of each value is
        // gathered once, and only when a headline would be reported.)
        let last_stated = stated_after.get_or_insert_with(|| last_places(ctx.claims));
        let stated_again = value_key(headline)
            .and_then(|key| last_stated.get(&key))
            .is_some_and(|&last| last > figure.headline);
        if !stated_again {
            out.push(headline_diagnostic(ctx, headline, lead));
        }
    }
    out
}

/// A figure's value, normalized, and unit.
fn value_key(claim: &Claim) -> Option<(Decimal, &Unit)> {
    claim
        .mention
        .quantity()
        .map(|q| (q.value.normalize(), &q.unit))
}

/// The index of the last claim of each value and unit.
fn last_places(claims: &[Claim]) -> HashMap<(Decimal, &Unit), usize> {
    claims
        .iter()
        .enumerate()
        .filter_map(|(i, c)| value_key(c).map(|key| (key, i)))
        .collect()
}

impl Extremes {
    fn update(&mut self, claims: &[Claim], index: usize) {
        let interval = |i: usize| claims[i].mention.quantity().map(|q| q.interval);
        let high = |i: usize| interval(i).and_then(|v| v.high);
        let low = |i: usize| interval(i).and_then(|v| v.low);
        if let (Some(new), Some(old)) = (high(index), high(self.lowest_high)) {
            if new.value < old.value {
                self.lowest_high = index;
            }
        }
        if let (Some(new), Some(old)) = (low(index), low(self.highest_low)) {
            if new.value > old.value {
                self.highest_low = index;
            }
        }
    }
}

/// The old values of the changes the text states, by their new value: a restatement
/// looks up its own changes instead of going through every change of the article.
struct OldValues<'a> {
    claims: &'a [Claim],
    by_new_value: HashMap<usize, Vec<usize>>,
}

impl<'a> OldValues<'a> {
    fn of(ctx: &Context<'a>) -> OldValues<'a> {
        let mut by_new_value: HashMap<usize, Vec<usize>> = HashMap::new();
        for change in &ctx.relations.changes {
            by_new_value.entry(change.to).or_default().push(change.from);
        }
        OldValues {
            claims: ctx.claims,
            by_new_value,
        }
    }

    /// Whether claim `new` is the new value of a change whose old value agrees with
    /// `earlier`: the text says the fact changed.
    fn changed_from(&self, new: usize, earlier: &Claim) -> bool {
        self.by_new_value.get(&new).is_some_and(|olds| {
            olds.iter()
                .any(|&old| intervals_meet(&self.claims[old], earlier))
        })
    }
}

/// Whether claim `later` is the old value of the change that gave claim `earlier` (or a
/// value from before a revision that does not say from what, `下调至42万辆`), said as
/// past: 曾, 年初, 原本, "originally", "had" stand before it in its sentence.
fn recalls_the_value_revised(
    ctx: &Context,
    old_values: &OldValues,
    earlier: usize,
    later: usize,
) -> bool {
    const PAST: [&str; 10] = [
        "曾",
        "年初",
        "最初",
        "起初",
        "原本",
        "原先",
        "originally",
        "initially",
        "had ",
        "earlier",
    ];
    let claim = &ctx.claims[later];
    let revised_from_it = old_values.changed_from(earlier, claim);
    // `下调至42万辆`: a revision that does not say from what.
    const REVISED_TO: [&str; 8] = [
        "下调至",
        "上调至",
        "调整为",
        "下调到",
        "上调到",
        "cut to",
        "raised to",
        "lowered to",
    ];
    let earlier_start = ctx.claims[earlier].mention.span.start;
    let revised = revised_from_it || preceded_by(ctx.text, earlier_start, &REVISED_TO);
    // The words before the figure in its sentence, within 60 bytes.
    let start = claim.mention.span.start;
    let window = &ctx.text[char_floor(ctx.text, start.saturating_sub(60))..start];
    let lead = window
        .rfind(['。', '！', '？', '\n', '.'])
        .map_or(window, |end| &window[end..]);
    revised && PAST.iter().any(|word| lead.contains(word))
}

/// Within a factor of 1.5: the distance of a slip or a stale restatement (4.15 and 4.25,
/// 46万 and 48万), not of two different facts that share an attribution.
pub(crate) fn close_in_value(a: &Claim, b: &Claim) -> bool {
    let value = |c: &Claim| c.mention.quantity().map(|q| q.value.abs());
    value(a)
        .zip(value(b))
        .is_some_and(|(x, y)| within_factor(x, y, rust_decimal::Decimal::new(15, 1)))
}

fn same_units(a: &Claim, b: &Claim) -> bool {
    match (a.mention.quantity(), b.mention.quantity()) {
        (Some(x), Some(y)) => x.unit.is_comparable_with(&y.unit),
        _ => false,
    }
}

pub(crate) fn intervals_meet(a: &Claim, b: &Claim) -> bool {
    match (a.mention.quantity(), b.mention.quantity()) {
        (Some(x), Some(y)) => x.interval.intersects(&y.interval),
        _ => true,
    }
}

/// What the statement a restatement is compared with was.
#[derive(Clone, Copy)]
enum Statement {
    First,
    Revised,
}

impl Statement {
    fn phrase(self) -> &'static str {
        match self {
            Statement::First => "first stated as",
            Statement::Revised => "revised to",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Statement::First => "first stated here",
            Statement::Revised => "revised here",
        }
    }
}

fn headline_diagnostic(ctx: &Context, headline: &Claim, lead: &Claim) -> Diagnostic {
    let text = |c: &Claim| ctx.written(c);
    ConflictingRestatement::diagnostic(
        format!(
            "the headline's `{}` is restated as `{}` in the lead",
            text(headline),
            text(lead)
        ),
        Label::new(lead.mention.span.clone(), "restated here"),
    )
    .with_related(Label::new(
        headline.mention.span.clone(),
        "stated in the headline",
    ))
    .with_note(intervals_note(ctx, lead, headline))
}

/// `HOUSING STARTS ROSE 2.7 PCT` over `housing starts fell 2.7 pct`.
fn headline_turned(
    ctx: &Context,
    headline: &Claim,
    lead: &Claim,
    (said, restated): &(Range<usize>, Range<usize>),
) -> Diagnostic {
    let text = |span: &Range<usize>| &ctx.text[span.clone()];
    ConflictingRestatement::diagnostic(
        format!(
            "the headline's `{} {}` is restated as `{} {}` in the lead",
            text(said),
            text(&headline.mention.span),
            text(restated),
            text(&lead.mention.span)
        ),
        Label::new(restated.clone(), "restated this way"),
    )
    .with_related(Label::new(said.clone(), "the headline says this way"))
    .with_related(Label::new(
        headline.mention.span.clone(),
        "stated in the headline",
    ))
    .with_related(Label::new(lead.mention.span.clone(), "restated here"))
}

/// The finding on `later` against `earlier`, the fact's first statement ("first stated
/// as") or the new value of its revision ("revised to").
fn diagnostic(
    ctx: &Context,
    key: &FactKey,
    earlier: &Claim,
    later: &Claim,
    stated: Statement,
) -> Diagnostic {
    let text = |c: &Claim| ctx.written(c);
    ConflictingRestatement::diagnostic(
        format!(
            "{} restated as `{}`, {} `{}`",
            key.describe(),
            text(later),
            stated.phrase(),
            text(earlier)
        ),
        Label::new(later.mention.span.clone(), "restated here"),
    )
    .with_related(Label::new(earlier.mention.span.clone(), stated.label()))
    .with_note(intervals_note(ctx, later, earlier))
}

fn intervals_note(ctx: &Context, later: &Claim, earlier: &Claim) -> String {
    let text = |c: &Claim| ctx.written(c);
    let interval = |c: &Claim| {
        c.mention.quantity().map_or(String::new(), |q| {
            let unit = q.unit.label().map(|u| format!(" {u}")).unwrap_or_default();
            format!("{}{unit}", interval_text(&q.interval))
        })
    };
    format!(
        "`{}` allows {}; `{}` allows {}; the two do not overlap",
        text(later),
        interval(later),
        text(earlier),
        interval(earlier)
    )
}
