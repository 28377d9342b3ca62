use crate::diagnostic::{Diagnostic, Label};
use crate::lexicon::{measure_of, prefix_of, Measure, Prefix};
use crate::quantity::{canonical, Approx, Interval, Quantity, Unit};
use crate::relations::Definition;
use crate::rules::{declare_rule, Context};
use rust_decimal::Decimal;

declare_rule! {
    /// A unit or scale defined in the text against its standard value, or against itself.
    ///
    /// ## What it finds
    /// A prefixed unit the text defines (`Exa-Flops相当于每秒100亿次运算`) with a value
    /// other than its SI prefix (exa is 10^18), or with two values that disagree
    /// (`…100亿…1后面18个零`), and two data units said to be equal (`1TB=1024GB`) that are
    /// equal in neither decimal nor binary prefixes. A length, mass or area given again in
    /// another unit (`3 miles (about 4.8 km)`, `1英里约合1.6公里`, `1公顷等于10000平方米`)
    /// is converted from the first figure as written and checked against the second, with
    /// 5% beyond its rounding for a converted value written short (an ounce may be
    /// avoirdupois or troy).
    ///
    /// ## Why it matters
    /// Explanations of units are where readers learn them; a wrong power of ten teaches
    /// the error to everyone who reads it.
    ///
    /// ## Example
    /// ```text
    /// Exa-Flops相当于每秒100亿次运算，1后面18个零。
    /// ```
    /// 100亿 is 10^10; exa, and "1 followed by 18 zeros", are 10^18.
    ///
    /// ## How to silence
    /// Correct the definition. Or add
    /// `<!-- claimlint-disable-next-line CL006 -->` above the line.
    pub struct DefinitionMismatch {
        code: "CL006",
        name: "definition-mismatch",
        severity: Error,
    }
}

impl DefinitionMismatch {
    pub fn check(ctx: &Context) -> Vec<Diagnostic> {
        ctx.relations
            .definitions
            .iter()
            .filter_map(|definition| match definition {
                Definition::Unit { unit, values } => check_unit(ctx, unit, values),
                Definition::Equal { left, right } => check_equal(ctx, *left, *right),
                Definition::Conversion {
                    left,
                    right,
                    unchecked: None,
                } => check_conversion(ctx, *left, *right),
                Definition::Conversion { .. } => None,
            })
            .collect()
    }
}

fn power(base: u64, exponent: u32) -> Option<Decimal> {
    (0..exponent).try_fold(Decimal::ONE, |acc, _| acc.checked_mul(Decimal::from(base)))
}

fn check_unit(
    ctx: &Context,
    unit: &std::ops::Range<usize>,
    values: &[usize],
) -> Option<Diagnostic> {
    let name = &ctx.text[unit.clone()];
    let prefix = prefix_of(name)?;
    let standard = power(10, prefix.power_of_ten)?;
    let value = |c: usize| ctx.claims[c].mention.quantity();
    let text = |c: usize| ctx.written(&ctx.claims[c]);
    let wrong = *values
        .iter()
        .find(|&&c| value(c).is_some_and(|q| !q.interval.contains(standard)))?;
    let agreeing = values.iter().filter(|&&c| c != wrong);
    let mut diagnostic = DefinitionMismatch::diagnostic(
        format!(
            "`{name}` defined as `{}`, but {} is 10^{}",
            text(wrong),
            prefix.name,
            prefix.power_of_ten
        ),
        Label::new(ctx.claims[wrong].mention.span.clone(), "defined here"),
    )
    .with_related(Label::new(unit.clone(), "the unit"));
    for &other in agreeing {
        diagnostic = diagnostic.with_related(Label::new(
            ctx.claims[other].mention.span.clone(),
            format!("also defined as {}", canonical(value(other)?.value)),
        ));
    }
    Some(diagnostic.with_note(format!(
        "`{}` = {}; {} = 10^{} = {}",
        text(wrong),
        canonical(value(wrong)?.value),
        prefix.name,
        prefix.power_of_ten,
        canonical(standard)
    )))
}

/// `1TB=1024GB`: equal in decimal (10^12 = 1000 × 10^9) or binary prefixes.
fn check_equal(ctx: &Context, left: usize, right: usize) -> Option<Diagnostic> {
    let side = |c: usize| -> Option<(&Interval, &'static Prefix)> {
        let q = ctx.claims[c].mention.quantity()?;
        let Unit::Count(unit) = &q.unit else {
            return None;
        };
        Some((&q.interval, prefix_of(unit)?))
    };
    let ((l, lp), (r, rp)) = (side(left)?, side(right)?);
    let equal_in = |base: u64, lexp: u32, rexp: u32| -> Option<bool> {
        let a = l.scale(power(base, lexp)?)?;
        let b = r.scale(power(base, rexp)?)?;
        Some(a.intersects(&b))
    };
    let decimal = equal_in(10, lp.power_of_ten, rp.power_of_ten)?;
    let binary = equal_in(2, lp.power_of_two, rp.power_of_two)?;
    if decimal || binary {
        return None;
    }
    let text = |c: usize| ctx.written(&ctx.claims[c]);
    Some(
        DefinitionMismatch::diagnostic(
            format!(
                "`{}` is not `{}` in decimal or binary prefixes",
                text(left),
                text(right)
            ),
            Label::new(ctx.claims[right].mention.span.clone(), "said to be equal"),
        )
        .with_related(Label::new(ctx.claims[left].mention.span.clone(), "to this"))
        .with_note(format!(
            "1 {} = 1000^{} or 1024^{} of the base unit",
            lp.name,
            lp.power_of_ten / 3,
            lp.power_of_two / 10
        )),
    )
}

/// How far beyond its own rounding a converted value may be written: `100 miles (160 km)`
/// is 160.9 km.
const CONVERSION_SLACK: Decimal = Decimal::from_parts(5, 0, 0, false, 2);

/// The interval a converted figure allows before the slack: its own, or for one said to
/// be about (`约48公里`, `about 4.8 km`) its rounding to the last digit that is not zero
/// (48 ± 0.5, 1,600 ± 50) rather than the width of the hedge: "about" says the conversion
/// was rounded, which the slack allows for.
fn converted_interval(q: &Quantity) -> Option<Interval> {
    if q.approx != Approx::Approx {
        return Some(q.interval);
    }
    let value = q.value.normalize();
    let half = if value.scale() > 0 {
        Decimal::new(5, value.scale() + 1)
    } else {
        let mut unit = Decimal::ONE;
        while !value.is_zero() && (value % (unit * Decimal::TEN)).is_zero() {
            unit *= Decimal::TEN;
        }
        unit / Decimal::TWO
    };
    Some(Interval::closed(
        value.checked_sub(half)?,
        value.checked_add(half)?,
    ))
}

/// `3 miles (about 4.8 km)`: the first figure, as written, in the second's unit, against
/// the interval the second allows (see [`converted_interval`]) widened by
/// [`CONVERSION_SLACK`].
fn check_conversion(ctx: &Context, left: usize, right: usize) -> Option<Diagnostic> {
    let side = |c: usize| -> Option<(&Quantity, &'static Measure)> {
        let q = ctx.claims[c].mention.quantity()?;
        let Unit::Count(unit) = &q.unit else {
            return None;
        };
        Some((q, measure_of(unit)?))
    };
    let ((from, from_unit), (to, to_unit)) = (side(left)?, side(right)?);
    let interval = converted_interval(to)?;
    let low = interval.low?.value;
    let high = interval.high?.value;
    let allowed = Interval::closed(
        low.checked_mul(Decimal::ONE - CONVERSION_SLACK)?,
        high.checked_mul(Decimal::ONE + CONVERSION_SLACK)?,
    );
    let converted: Vec<Decimal> = from_unit
        .sizes
        .iter()
        .flat_map(|a| to_unit.sizes.iter().map(move |b| (a, b)))
        .filter_map(|(a, b)| from.value.checked_mul(*a)?.checked_div(*b))
        .collect();
    if converted.is_empty() || converted.iter().any(|&v| allowed.contains(v)) {
        return None;
    }
    let text = |c: usize| ctx.written(&ctx.claims[c]);
    let nearest = converted
        .iter()
        .map(|v| v.round_sf(3).unwrap_or(*v).normalize());
    let values: Vec<String> = nearest.map(|v| format!("{v} {}", to_unit.unit)).collect();
    Some(
        DefinitionMismatch::diagnostic(
            format!(
                "`{}` is {}, not `{}`",
                text(left),
                values.join(" or "),
                text(right)
            ),
            Label::new(ctx.claims[right].mention.span.clone(), "given as this"),
        )
        .with_related(Label::new(
            ctx.claims[left].mention.span.clone(),
            "converted from this",
        ))
        .with_note(format!(
            "1 {} = {} {}",
            from_unit.unit,
            from_unit
                .sizes
                .iter()
                .filter_map(|a| a.checked_div(to_unit.sizes[0]))
                .map(|v| v.round_sf(4).unwrap_or(v).normalize().to_string())
                .collect::<Vec<_>>()
                .join(" or "),
            to_unit.unit
        )),
    )
}
