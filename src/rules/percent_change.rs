use crate::attribute::Claim;
use crate::diagnostic::{Diagnostic, Label};
use crate::quantity::{canonical, Approx, Interval, Quantity, Unit};
use crate::relations::{Change, ChangeBy, Direction, PeriodChange};
use crate::render::claims::interval_text_to;
use crate::rules::{declare_rule, label_used, Context};
use crate::solver::{Figure, Used};
use crate::written::{interval_written_like, written_like};
use rust_decimal::Decimal;

declare_rule! {
    /// A stated percent change, difference or multiple that its own from and to values do not give.
    ///
    /// ## What it finds
    /// A change stated with its old value, its new value and the percentage, percentage
    /// points, basis points, multiple or difference between them (`从250美元提高至400美元
    /// (60%涨幅)`, `rose 3.2 pct to 113,275 tonnes from 109,767`, `up 31% from $1.6
    /// billion`, `increased by 119 employees, from 1,501 to 1,620`, the amount beside the
    /// rate in `decreased by $2,415 or 17.9% to $11,062 … from $13,477`), where
    /// the rate computed over the intervals the figures allow does not meet the stated
    /// one. Interval arithmetic means a percentage worked out from unrounded figures is
    /// never flagged: `fell 7.6 pct to 6.5 mln from 7.1 mln` allows −9.8% … −7.1%.
    /// Rates per period (年均增长7.1%, 5% a year) are not changes between the two values
    /// and are left alone. When the old value is not stated but its period's share of a
    /// stated total is (`第二季度交付了9535辆，较第一季度增长了500%以上 … 上半年共交付了11315辆`),
    /// the old value is taken from the period algebra of flow metrics: stated
    /// elsewhere, or derived by the solver in as many steps as it takes (Q1 = H1 − Q2;
    /// H2 = the year − H1, then Q3 = H2 − Q4), and the rate checked against it. A change
    /// given both as an amount and as a percentage, with the new value only (`fell $1.20,
    /// or 1.5%, to settle at $79.30`, `rose 120 points, or 1.5%, to 8,120`,
    /// `下跌200.5点，收于38500.3点，跌幅为0.52%`, `产量2,168.4万吨，比上年增产42.7万吨，增长
    /// 2.0%`, `Sales were $5.2 billion, up $400 million, or 8.3%`), is checked against the
    /// old value that follows: the new one less the amount, or plus it after a fall. In
    /// Chinese a multiple right after a word of rising is the increase: 增长1.1倍 is ×2.1.
    /// From a negative value the change is measured against its size, as reports write it
    /// (−3.84亿元 → 20.15亿元 is +624.7%); between a loss and a profit written without
    /// signs (`上年同期亏损3.5亿元`) it is not checked.
    ///
    /// In a pipe table, a column headed Change, Variance, Increase (decrease), 增减 or 变动
    /// (a percent change where the heading says % or percent: `本年比上年增减(%)` over
    /// bare numbers, as annual reports print it, or `% Change` over 10.9%) is read as
    /// the change between two year columns: those on either side of it, the two nearest
    /// on its left, or the latest two, whichever it matches in more rows. It is read only
    /// where it matches in every row but one at most and in two at least, and not where
    /// its heading names another measure (constant currency, organic, adjusted); the row
    /// that breaks it is reported.
    ///
    /// ## Why it matters
    /// Readers recompute such figures. A percentage that does not follow from the numbers
    /// beside it means one of the three is wrong.
    ///
    /// ## Example
    /// ```text
    /// Revenue rose 8% to $1.2 billion from $1.0 billion.
    /// ```
    /// (1.2 − 1.0) / 1.0 = +20%, not +8%.
    ///
    /// ## How to silence
    /// Correct the figure that is wrong. Or add
    /// `<!-- claimlint-disable-next-line CL002 -->` above the line.
    pub struct PercentChangeMismatch {
        code: "CL002",
        name: "percent-change-mismatch",
        severity: Error,
    }
}

impl PercentChangeMismatch {
    pub fn check(ctx: &Context) -> Vec<Diagnostic> {
        let stated = ctx
            .relations
            .changes
            .iter()
            .filter_map(|change| check_change(ctx, change));
        let from_period = ctx
            .relations
            .period_changes
            .iter()
            .zip(&ctx.solution.change_from)
            .filter_map(|(change, from)| check_period_change(ctx, change, (*from)?));
        let by_amount = ctx
            .relations
            .changes_by
            .iter()
            .filter_map(|change| check_change_by(ctx, change));
        stated.chain(from_period).chain(by_amount).collect()
    }
}

/// A change from a period whose figure the sentence does not give (`较第一季度`, "from
/// the first"), checked against that period's figure: stated elsewhere, or derived by
/// the solver (`Q1 = 11315辆 − 9535辆 = 1780辆`).
fn check_period_change(ctx: &Context, change: &PeriodChange, from: Figure) -> Option<Diagnostic> {
    let solution = ctx.solution;
    let old = solution.value(from)?;
    let (to, rate) = (&ctx.claims[change.to], &ctx.claims[change.stated]);
    let (b, x) = (quantity(to)?, quantity(rate)?);
    let a = Quantity {
        value: old.point,
        unit: b.unit.clone(),
        approx: Approx::Exact,
        interval: old.interval,
        vague: false,
    };
    let direction = change.direction.as_ref().map(|(d, _)| *d);
    if contradicts_direction(direction, &a, b) {
        return None;
    }
    let text = |c: &Claim| ctx.written(c);
    let stated_from = solution.claim(from);
    let old_text = match stated_from {
        Some(claim) => text(&ctx.claims[claim]).to_string(),
        None => written_like(old.point, &text(to), b.value),
    };
    let (to_text, rate_text) = (text(to), text(rate));
    let computation = Computation::of(
        direction,
        change.multiple_adds_one,
        &a,
        b,
        x,
        (&old_text, &to_text, &rate_text),
    )?;
    if computation.computed.intersects(&computation.stated) {
        return None;
    }
    let name = solution.name(from);
    let (used, steps) = solution.derivation(from);
    let derived = match stated_from {
        Some(_) => String::new(),
        None => format!(", with {name} derived"),
    };
    let diagnostic = PercentChangeMismatch::diagnostic(
        format!(
            "{} `{}` does not match `{old_text} → {}` ({}){derived}",
            computation.what,
            text(rate),
            text(to),
            computation.point,
        ),
        Label::new(rate.mention.span.clone(), "stated change"),
    )
    .with_related(Label::new(
        change.from_span.clone(),
        match stated_from {
            Some(_) => "from this period".to_string(),
            None => format!("{name} (not stated)"),
        },
    ))
    .with_related(Label::new(to.mention.span.clone(), "to"));
    let used: Vec<Used> = used.into_iter().filter(|u| u.claim != change.to).collect();
    Some(
        label_used(ctx, diagnostic, &used, change.stated, "its figure")
            .with_notes(steps)
            .with_note(format!("{} = {}", computation.formula, computation.point))
            .with_note(computation.interval_note(&text(rate))),
    )
}

/// `fell $1.20, or 1.5%, to $79.30`: the amount over the old value, which is the new one
/// less the amount (plus it, after a fall).
fn check_change_by(ctx: &Context, change: &ChangeBy) -> Option<Diagnostic> {
    let claim = |c: usize| &ctx.claims[c];
    let (amount, rate, to) = (claim(change.amount), claim(change.rate), claim(change.to));
    let (d, x, b) = (quantity(amount)?, quantity(rate)?, quantity(to)?);
    if d.value.is_sign_negative() {
        return None;
    }
    let fall = change.direction == Direction::Fall;
    // d / (b ∓ d) = 1 / (b / d ∓ 1): each figure once, for the tightest interval.
    let one = Interval::point(Decimal::ONE);
    let ratio = b.interval.div(&d.interval)?;
    let base = if fall {
        ratio.add(&one)?
    } else {
        ratio.sub(&one)?
    };
    let magnitude = one.div(&base)?.scale(Decimal::ONE_HUNDRED)?;
    let computed = if fall {
        magnitude.scale(Decimal::NEGATIVE_ONE)?
    } else {
        magnitude
    };
    let stated = signed(Some(change.direction), x, &computed)?;
    if computed.intersects(&stated) {
        return None;
    }
    let text = |c: &Claim| ctx.written(c);
    let (old_value, sign, what) = if fall {
        (b.value.checked_add(d.value)?, "+", "a fall")
    } else {
        (b.value.checked_sub(d.value)?, "−", "a rise")
    };
    let old = written_like(old_value, &text(to), b.value);
    let computation = Computation {
        what: "percent change",
        computed,
        stated,
        formula: format!("({} − {old}) / {old}", text(to)),
        point: format!(
            "{}%",
            signed_text(vb_minus_va_over_va(old_value, b.value, x.value)?)
        ),
        amounts_like: None,
    };
    Some(
        PercentChangeMismatch::diagnostic(
            format!(
                "percent change `{}` does not match {what} of `{}` to `{}` ({})",
                text(rate),
                text(amount),
                text(to),
                computation.point
            ),
            Label::new(rate.mention.span.clone(), "stated change"),
        )
        .with_related(Label::new(amount.mention.span.clone(), "the change"))
        .with_related(Label::new(to.mention.span.clone(), "to"))
        .with_note(format!(
            "the old value = {} {sign} {} = {old}",
            text(to),
            text(amount)
        ))
        .with_note(format!("{} = {}", computation.formula, computation.point))
        .with_note(computation.interval_note(&text(rate))),
    )
}

fn quantity(claim: &Claim) -> Option<&Quantity> {
    claim.mention.quantity()
}

fn check_change(ctx: &Context, change: &Change) -> Option<Diagnostic> {
    if change.unchecked.is_some() {
        return None;
    }
    let (from, to) = (&ctx.claims[change.from], &ctx.claims[change.to]);
    let rate = &ctx.claims[change.stated?];
    let (a, b, x) = (quantity(from)?, quantity(to)?, quantity(rate)?);
    let direction = change.direction.as_ref().map(|(d, _)| *d);
    if contradicts_direction(direction, a, b) {
        return None; // CL003 reports it
    }
    let texts = (ctx.written(from), ctx.written(to), ctx.written(rate));
    let written = (&*texts.0, &*texts.1, &*texts.2);
    let in_percent;
    let x = if change.stated_in_percent {
        in_percent = Quantity {
            unit: Unit::Percent,
            ..x.clone()
        };
        &in_percent
    } else {
        x
    };
    let computation = Computation::of(direction, change.multiple_adds_one, a, b, x, written)?;
    if computation.computed.intersects(&computation.stated) {
        return None;
    }
    let text = |c: &Claim| ctx.written(c);
    Some(
        PercentChangeMismatch::diagnostic(
            format!(
                "{} `{}` does not match `{} → {}` ({})",
                computation.what,
                text(rate),
                text(from),
                text(to),
                computation.point
            ),
            Label::new(rate.mention.span.clone(), "stated change"),
        )
        .with_related(Label::new(from.mention.span.clone(), "from"))
        .with_related(Label::new(to.mention.span.clone(), "to"))
        .with_note(format!("{} = {}", computation.formula, computation.point))
        .with_note(computation.interval_note(&text(rate))),
    )
}

/// Whether the direction word says the opposite of what the values do. Intervals that
/// only touch count (`fell to 4.3% from 4.2%`: no value rounds to both, so the new value
/// is above the old whatever they were).
pub(crate) fn contradicts_direction(
    direction: Option<Direction>,
    a: &Quantity,
    b: &Quantity,
) -> bool {
    let below = |x: &Interval, y: &Interval| match (x.high, y.low) {
        (Some(h), Some(l)) => h.value < l.value || h.value == l.value && x != y,
        _ => false,
    };
    match direction {
        Some(Direction::Rise) => below(&b.interval, &a.interval),
        Some(Direction::Fall) => below(&a.interval, &b.interval),
        None => false,
    }
}

/// The change computed from the values, the one stated, and how to show both.
struct Computation<'a> {
    what: &'static str,
    computed: Interval,
    stated: Interval,
    formula: String,
    point: String,
    /// For a difference of amounts, the stated difference's text and value, which the
    /// computed one is written like (`+4 cents`, not +0.04).
    amounts_like: Option<(&'a str, Decimal)>,
}

impl Computation<'_> {
    /// Both intervals, the computed one and the stated one, for the last note.
    fn interval_note(&self, stated_text: &str) -> String {
        let write = |interval: &Interval| match self.amounts_like {
            Some((like, value)) => interval_written_like(interval, like, value),
            None => interval_text_to(interval, Some(2)),
        };
        format!(
            "over the intervals the figures allow, the change is {}; `{stated_text}` allows {}",
            write(&self.computed),
            write(&self.stated)
        )
    }

    /// `written` holds the old and the new value as the text writes them, for the formula,
    /// and the stated change, which a difference of amounts is written like.
    fn of<'a>(
        direction: Option<Direction>,
        multiple_adds_one: bool,
        a: &Quantity,
        b: &Quantity,
        x: &Quantity,
        (va, vb, vx): (&str, &str, &'a str),
    ) -> Option<Computation<'a>> {
        let rates =
            |u: &Unit| matches!(u, Unit::Percent | Unit::PercentagePoint | Unit::BasisPoint);
        match (&x.unit, rates(&a.unit) || rates(&b.unit)) {
            (Unit::Percent, false) => {
                // From a negative value (a loss, an outflow) the change is measured
                // against its size: −3.84 → 20.15 is +624.7%, as reports write it.
                let from_negative = a.interval.high.is_some_and(|h| h.value.is_sign_negative());
                let sign = if from_negative {
                    Decimal::NEGATIVE_ONE
                } else {
                    Decimal::ONE
                };
                let computed = a.interval.percent_change_to(&b.interval)?.scale(sign)?;
                let point = vb_minus_va_over_va(a.value, b.value, x.value)?.checked_mul(sign)?;
                Some(Computation {
                    what: "percent change",
                    stated: signed(direction, x, &computed)?,
                    computed,
                    formula: if from_negative {
                        format!("({vb} − {va}) / |{va}|")
                    } else {
                        format!("({vb} − {va}) / {va}")
                    },
                    point: format!("{}%", signed_text(point)),
                    amounts_like: None,
                })
            }
            (Unit::PercentagePoint | Unit::BasisPoint, true) => {
                let per_point = if x.unit == Unit::BasisPoint {
                    Decimal::ONE_HUNDRED
                } else {
                    Decimal::ONE
                };
                let computed = b.interval.sub(&a.interval)?.scale(per_point)?;
                let point = b.value.checked_sub(a.value)?.checked_mul(per_point)?;
                Some(Computation {
                    what: "change",
                    stated: signed(direction, x, &computed)?,
                    computed,
                    formula: format!("{vb} − {va}"),
                    point: format!("{} {}", signed_text(point), x.unit.label().unwrap_or("")),
                    amounts_like: None,
                })
            }
            (Unit::Multiple, false) => {
                let computed = b.interval.div(&a.interval)?;
                let stated = if multiple_adds_one {
                    x.interval.add(&Interval::point(Decimal::ONE))?
                } else {
                    x.interval
                };
                let point = b.value.checked_div(a.value)?.round_dp(2);
                Some(Computation {
                    what: "multiple",
                    computed,
                    stated,
                    formula: format!("{vb} / {va}"),
                    point: format!("×{}", canonical(point)),
                    amounts_like: None,
                })
            }
            (unit, false) if !rates(unit) && *unit != Unit::Multiple => {
                let computed = b.interval.sub(&a.interval)?;
                let point = b.value.checked_sub(a.value)?;
                Some(Computation {
                    what: "change",
                    stated: signed(direction, x, &computed)?,
                    computed,
                    formula: format!("{vb} − {va}"),
                    point: signed_amount(point, vx, x.value),
                    amounts_like: Some((vx, x.value)),
                })
            }
            _ => None,
        }
    }
}

/// `+$5`, `−4 cents`: a difference written like the stated one.
fn signed_amount(d: Decimal, like: &str, like_value: Decimal) -> String {
    let magnitude = written_like(d.abs(), like, like_value);
    if d.is_sign_negative() {
        format!("−{magnitude}")
    } else {
        format!("+{magnitude}")
    }
}

/// A rate written without a sign takes the direction word's ("fell 18.7 pct" is −18.7%);
/// without a direction word it takes the sign of the computed change.
fn signed(direction: Option<Direction>, x: &Quantity, computed: &Interval) -> Option<Interval> {
    if x.value.is_sign_negative() {
        return Some(x.interval);
    }
    let falling = match direction {
        Some(Direction::Fall) => true,
        Some(Direction::Rise) => false,
        None => computed.high.is_some_and(|h| h.value.is_sign_negative()),
    };
    if falling {
        x.interval.scale(Decimal::NEGATIVE_ONE)
    } else {
        Some(x.interval)
    }
}

/// The percent change from `a` to `b`, to as many decimals as the stated one `x` has (one
/// at least, three at most): beside `0.65%`, +0.55%, not +0.6%.
fn vb_minus_va_over_va(a: Decimal, b: Decimal, x: Decimal) -> Option<Decimal> {
    let places = x.normalize().scale().clamp(1, 3);
    Some(
        b.checked_sub(a)?
            .checked_div(a)?
            .checked_mul(Decimal::ONE_HUNDRED)?
            .round_dp(places),
    )
}

/// `d` with its sign, to one decimal unless it has more (a difference of two rates,
/// 1.38% − 1.56%, is −0.18 points).
fn signed_text(d: Decimal) -> String {
    let s = if d.normalize().scale() > 1 {
        d.normalize().to_string()
    } else {
        format!("{d:.1}")
    };
    if d.is_sign_negative() {
        s.replacen('-', "−", 1)
    } else {
        format!("+{s}")
    }
}
