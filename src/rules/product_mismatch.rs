use crate::diagnostic::{Diagnostic, Label};
use crate::rules::{declare_rule, label_used, Context};
use crate::solver::{Conflict, Constraint, Figure};

declare_rule! {
    /// Factors that do not multiply to the product the text states.
    ///
    /// ## What it finds
    /// A composition chain (`一个大块由六个小号显卡组成，一个小号显卡又由25块芯片组成，那么
    /// …300个芯片`; "a board consists of six cards, each card consists of 25 chips, so
    /// …") whose stated total is not the product of its counts, and a count times a unit
    /// price said to raise or total an amount (`22 million shares at $30 raised $760
    /// million`, `1,200 shares at $15 each, or $20,000`, `单价45万元，总额1.6亿元`; an
    /// average price too: `2.1 million shares at an average price of $64.50, for a total
    /// of $135.5 million`, `成交均价23.40元/股，支付总金额3.70亿元`) that it does not make,
    /// and a share of a count stated earlier in the paragraph, taken at a unit price
    /// stated there too (`总销量是4527916辆。按照FSD售价12000美金。
    /// …假设30%车主购买FSD服务,收入净增长约163亿美金`), and a part listed under its whole
    /// with its share and no other whole named (`资产总额为452.6万亿元。其中，大型商业银行
    /// 资产总额为196.3万亿元，占比43.4%`: 452.6 × 43.4%; `年末全国人口140828万人…其中城镇
    /// 常住人口94350万人，占全国人口比重为67.0%`, of cloud `$720 million, or 60%`), or a figure restated as its share
    /// "of the total" where one larger figure of its measure stands before it in its
    /// sentence, or else in the sentence before (`Imports fell to 14.21 mln kilolitres.
    /// Imports from the Middle East totalled 10.28 mln kilolitres, or 72.3 pct of the
    /// total`), or a share naming a whole stated before its sentence (`实现营业收入386.42亿元
    /// …境内收入301.55亿元，同比增长8.17%，占营业收入的78.04%`: the one figure so labelled,
    /// of the part's period, once another share of it so named agrees). In a pipe table, a
    /// column of percentages beside a column of amounts with 100% on one row (`| Revenue |
    /// $23,406 | 100% |`) gives each row's amount as its share of that row's, where it holds
    /// in every row but one (a share one unit of its last digit off is taken as rounded for
    /// the column to add up to 100%). Counts given with their shares in parentheses (`61,240 White
    /// (70.9%), 12,384 African American (14.3%), 402 Native American (0.5%), 3,917 Asian
    /// (4.5%)`) are of one whole the sentence need not state, each count divided by its
    /// share: where three or more agree on it, a count that does not is reported against
    /// the whole derived from the one that gives it most closely. A sentence that names
    /// the old value it compares with and gives the change by an amount and a rate
    /// (`與2010年…的4,512,670人相比，十年間共增加323,545人，增長7.17%`) states the amount as
    /// the old value times the rate. Products are computed
    /// over the intervals the written figures allow.
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
        ctx.solution
            .conflicts
            .iter()
            .filter_map(
                |conflict| match &ctx.solution.constraints[conflict.constraint] {
                    Constraint::Product {
                        result, factors, ..
                    } => report(ctx, conflict, *result, factors),
                    Constraint::Sum { .. } => None,
                },
            )
            .collect()
    }
}

fn report(
    ctx: &Context,
    conflict: &Conflict,
    result: Figure,
    factors: &[Figure],
) -> Option<Diagnostic> {
    let solution = ctx.solution;
    let result_claim = solution.claim(result)?;
    let formula = factors
        .iter()
        .map(|&f| solution.name(f))
        .collect::<Vec<_>>()
        .join(" × ");
    let point = solution.written_like(conflict.computed.point, result);
    let diagnostic = ProductMismatch::diagnostic(
        format!("`{}` is not `{formula}` (= {point})", solution.name(result)),
        Label::new(
            ctx.claims[result_claim].mention.span.clone(),
            "stated product",
        ),
    );
    Some(
        label_used(ctx, diagnostic, &conflict.claims, result_claim, "factor")
            .with_notes(conflict.steps.iter().cloned())
            .with_note(format!("{formula} = {point}"))
            .with_note(format!(
                "over the intervals the factors allow, the product is {}; `{}` allows {}",
                solution.interval_written_like(&conflict.computed.interval, result),
                solution.name(result),
                solution.interval_written_like(&conflict.stated.interval, result)
            )),
    )
}
