use crate::diagnostic::{Diagnostic, Label};
use crate::lexicon::{prefix_of, Prefix};
use crate::quantity::{canonical, Interval, Unit};
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
    /// equal in neither decimal nor binary prefixes.
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
    let text = |c: usize| &ctx.text[ctx.claims[c].mention.span.clone()];
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
    let text = |c: usize| &ctx.text[ctx.claims[c].mention.span.clone()];
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
