use crate::diagnostic::{Diagnostic, Label};
use crate::quantity::{canonical, Interval};
use crate::relations::PartsOfWhole;
use crate::render::claims::interval_text_to;
use crate::rules::{declare_rule, Context};
use rust_decimal::Decimal;

declare_rule! {
    /// Parts that add up to more than their whole, or less when all of them are given.
    ///
    /// ## What it finds
    /// A whole introduced by 共, 合计, total, in all or of which, and the figures of the same
    /// kind listed as its parts in the same sentence (`其中`/"of which" parts follow the
    /// whole), whose sum, over the intervals the written figures allow, is larger than
    /// the whole can be. A list may leave parts out, so parts that add up to less are
    /// never reported.
    ///
    /// ## Why it matters
    /// Parts that exceed their total mean that one of them, or the total, is wrong, and a
    /// reader who adds them up will notice.
    ///
    /// ## Example
    /// ```text
    /// Of the quarter's total revenue of $1.2 billion, cloud software contributed $720
    /// million, hardware sales $430 million and professional services $150 million.
    /// ```
    /// 720 + 430 + 150 = 1,300 million, more than $1.2 billion.
    ///
    /// ## How to silence
    /// Correct a part or the total. Or add
    /// `<!-- claimlint-disable-next-line CL004 -->` above the line.
    pub struct TotalMismatch {
        code: "CL004",
        name: "total-mismatch",
        severity: Error,
    }
}

impl TotalMismatch {
    pub fn check(ctx: &Context) -> Vec<Diagnostic> {
        let listed = ctx
            .relations
            .parts
            .iter()
            .filter_map(|parts| check_parts(ctx, parts.whole, &parts.parts, false));
        let periods = ctx
            .relations
            .period_sums
            .iter()
            .filter_map(|sum| check_parts(ctx, sum.whole, &sum.parts, sum.complete));
        listed.chain(periods).collect()
    }
}

/// Parts beyond their whole; when `complete` (every sub-period given), parts short of it
/// too.
fn check_parts(ctx: &Context, whole: usize, parts: &[usize], complete: bool) -> Option<Diagnostic> {
    let relation = PartsOfWhole {
        whole,
        parts: parts.to_vec(),
    };
    let quantity = |c: usize| ctx.claims[c].mention.quantity.as_ref();
    let text = |c: usize| &ctx.text[ctx.claims[c].mention.span.clone()];
    let mut sum = Interval::point(Decimal::ZERO);
    let mut point = Decimal::ZERO;
    for &part in &relation.parts {
        let q = quantity(part)?;
        if q.vague {
            return None;
        }
        sum = sum.add(&q.interval)?;
        point = point.checked_add(q.value)?;
    }
    let whole = quantity(relation.whole)?;
    let short = complete
        && matches!((sum.high, whole.interval.low), (Some(h), Some(l)) if h.value < l.value);
    let (Some(sum_low), Some(whole_high)) = (sum.low, whole.interval.high) else {
        return None;
    };
    // One wrong part overshoots the whole by a margin; parts adding up to half again
    // the whole or more were not all its parts (a clause that goes on to other things).
    let far_beyond = whole_high
        .value
        .checked_mul(Decimal::new(15, 1))
        .is_none_or(|limit| sum_low.value > limit);
    let beyond = sum_low.value > whole_high.value && !far_beyond;
    if !beyond && !short {
        return None;
    }
    let relation_word = if beyond { "more" } else { "less" };
    let parts: Vec<&str> = relation.parts.iter().map(|&p| text(p)).collect();
    let mut diagnostic = TotalMismatch::diagnostic(
        format!(
            "parts add up to {}, {relation_word} than the whole `{}`",
            canonical(point),
            text(relation.whole)
        ),
        Label::new(ctx.claims[relation.whole].mention.span.clone(), "the whole"),
    );
    for &part in &relation.parts {
        diagnostic =
            diagnostic.with_related(Label::new(ctx.claims[part].mention.span.clone(), "part"));
    }
    Some(
        diagnostic
            .with_note(format!("{} = {}", parts.join(" + "), canonical(point)))
            .with_note(format!(
                "over the intervals the figures allow, the parts add up to {}; `{}` allows {}",
                interval_text_to(&sum, Some(2)),
                text(relation.whole),
                interval_text_to(&whole.interval, Some(2))
            )),
    )
}
