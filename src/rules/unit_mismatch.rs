use crate::attribute::Claim;
use crate::diagnostic::{Diagnostic, Label};
use crate::document::preceded_by;
use crate::quantity::Unit;
use crate::rules::conflicting_restatement::{close_in_value, intervals_meet, FactKey};
use crate::rules::{declare_rule, Context};
use std::collections::HashMap;

declare_rule! {
    /// A figure restated in another currency or unit, or a percent restated in percentage points.
    ///
    /// ## What it finds
    /// Two statements of the same fact (same subject, metric, period, role and source,
    /// as for CL001) whose units cannot both be right: `275 美元` and later `275元`,
    /// `$30` and `30 euros`, `5%` and `5个百分点`. `$30` and `30美元` are the same unit.
    /// A figure in the sentence of the other, or given as a conversion (`约合236.2亿美元`,
    /// `equivalent to $1.05 billion`), is no restatement, nor is one whose number is more
    /// than 1.5 times the other's: a slip of the unit keeps the number. A rate stated as
    /// a change is compared with another statement of that change only, and only when
    /// the number is the same: `净息差同比下降0.22个百分点` and later `下降0.22%`.
    ///
    /// ## Why it matters
    /// A dropped 美 or a euro sign where a dollar sign belongs changes the figure by a
    /// factor the reader cannot see, and a percent is not a percentage point.
    ///
    /// ## Example
    /// ```text
    /// 高盛重申特斯拉目标价为275美元。… 高盛维持特斯拉275元目标价不变。
    /// ```
    /// The target price was in dollars; its restatement says yuan.
    ///
    /// ## How to silence
    /// Use the same unit in both places, or say why they differ. Or add
    /// `<!-- claimlint-disable-next-line CL007 -->` above the line.
    pub struct UnitMismatch {
        code: "CL007",
        name: "unit-mismatch",
        severity: Warning,
    }
}

impl UnitMismatch {
    pub fn check(ctx: &Context) -> Vec<Diagnostic> {
        let mut first: HashMap<FactKey, usize> = HashMap::new();
        let mut out = Vec::new();
        for (index, claim) in ctx.claims.iter().enumerate() {
            let Some(key) = FactKey::of(claim).or_else(|| FactKey::of_change(claim)) else {
                continue;
            };
            if is_a_conversion(ctx.text, claim) {
                continue;
            }
            let Some(&earlier) = first.get(&key) else {
                first.insert(key, index);
                continue;
            };
            let earlier = &ctx.claims[earlier];
            let restated = earlier.sentence != claim.sentence;
            // 18,000 inverters and 11,315 battery packs are two things counted, not one
            // fact in two units.
            let things_counted = matches!(
                (unit(claim), unit(earlier)),
                (Unit::Count(_), Unit::Count(_))
            );
            let comparable = unit(claim).is_comparable_with(unit(earlier))
                || claim.in_one_local_yuan(ctx.text, earlier);
            // A slip of the unit keeps the number (275 美元, 275元); figures a rate of
            // exchange apart (人民币993.54亿元, 141.58亿美元) are a conversion or two facts.
            // A change in points and in percent may both be right unless the number is
            // the same (a margin of 77% that rose 2.3 points rose 3%).
            let slipped = if key.change {
                intervals_meet(claim, earlier)
            } else {
                close_in_value(claim, earlier)
            };
            if restated && !things_counted && !comparable && slipped {
                out.push(diagnostic(ctx, &key, earlier, claim));
            }
        }
        out
    }
}

/// Whether the figure is given as a conversion of another (`约合236.2億美元`, `折合`,
/// `equivalent to`): the same fact in another unit on purpose.
fn is_a_conversion(text: &str, claim: &Claim) -> bool {
    const CONVERSION_WORDS: [&str; 8] = [
        "约合",
        "約合",
        "折合",
        "相当于",
        "相當於",
        "equivalent to",
        "the equivalent of",
        "or about",
    ];
    preceded_by(text, claim.mention.span.start, &CONVERSION_WORDS)
}

fn unit(claim: &Claim) -> &Unit {
    claim.mention.quantity().map_or(&Unit::None, |q| &q.unit)
}

fn diagnostic(ctx: &Context, key: &FactKey, earlier: &Claim, later: &Claim) -> Diagnostic {
    let text = |c: &Claim| ctx.written(c);
    let label = |c: &Claim| unit(c).label().unwrap_or("-").to_string();
    UnitMismatch::diagnostic(
        format!(
            "{} restated in `{}` as `{}`, first stated in `{}` as `{}`",
            key.describe(),
            label(later),
            text(later),
            label(earlier),
            text(earlier)
        ),
        Label::new(later.mention.span.clone(), format!("in {}", label(later))),
    )
    .with_related(Label::new(
        earlier.mention.span.clone(),
        format!("in {}", label(earlier)),
    ))
}
