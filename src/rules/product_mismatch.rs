use crate::diagnostic::{Diagnostic, Label};
use crate::quantity::Interval;
use crate::relations::Product;
use crate::render::claims::interval_text_to;
use crate::rules::{declare_rule, Context};

declare_rule! {
    /// Factors that do not multiply to the product the text states.
    ///
    /// ## What it finds
    /// A composition chain (`一个大块由六个小号显卡组成，一个小号显卡又由25块芯片组成，那么
    /// …300个芯片`; "a board consists of six cards, each card consists of 25 chips, so
    /// …") whose stated total is not the product of its counts, and a count times a unit
    /// price said to raise an amount (`22 million shares at $30 raised $760 million`)
    /// that it does not make. Products are computed over the intervals the written
    /// figures allow.
    ///
    /// ## Why it matters
    /// A total that does not follow from its own factors is the easiest error for a
    /// reader to check, and the most embarrassing to leave in print.
    ///
    /// ## Example
    /// ```text
    /// The offering of 22 million shares at $30 raised $760 million.
    /// ```
    /// 22 million × $30 = $660 million.
    ///
    /// ## How to silence
    /// Correct a factor or the total. Or add
    /// `<!-- claimlint-disable-next-line CL005 -->` above the line.
    pub struct ProductMismatch {
        code: "CL005",
        name: "product-mismatch",
        severity: Error,
    }
}

impl ProductMismatch {
    pub fn check(ctx: &Context) -> Vec<Diagnostic> {
        ctx.relations
            .products
            .iter()
            .filter_map(|product| check_product(ctx, product))
            .collect()
    }
}

fn check_product(ctx: &Context, product: &Product) -> Option<Diagnostic> {
    let quantity = |c: usize| ctx.claims[c].mention.quantity.as_ref();
    let text = |c: usize| &ctx.text[ctx.claims[c].mention.span.clone()];
    let mut computed = Interval::point(rust_decimal::Decimal::ONE);
    let mut point = rust_decimal::Decimal::ONE;
    for &factor in &product.factors {
        let q = quantity(factor)?;
        computed = computed.mul(&q.interval)?;
        point = point.checked_mul(q.value)?;
    }
    let result = quantity(product.result)?;
    if computed.intersects(&result.interval) {
        return None;
    }
    let factors: Vec<&str> = product.factors.iter().map(|&f| text(f)).collect();
    let formula = factors.join(" × ");
    let point = crate::quantity::canonical(point);
    let mut diagnostic = ProductMismatch::diagnostic(
        format!("`{}` is not `{formula}` (= {point})", text(product.result)),
        Label::new(
            ctx.claims[product.result].mention.span.clone(),
            "stated product",
        ),
    );
    for &factor in &product.factors {
        diagnostic = diagnostic.with_related(Label::new(
            ctx.claims[factor].mention.span.clone(),
            "factor",
        ));
    }
    Some(
        diagnostic
            .with_note(format!("{formula} = {point}"))
            .with_note(format!(
                "over the intervals the factors allow, the product is {}; `{}` allows {}",
                interval_text_to(&computed, Some(2)),
                text(product.result),
                interval_text_to(&result.interval, Some(2))
            )),
    )
}
