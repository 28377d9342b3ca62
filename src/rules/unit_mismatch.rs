use crate::attribute::Claim;
use crate::diagnostic::{Diagnostic, Label};
use crate::quantity::Unit;
use crate::rules::conflicting_restatement::FactKey;
use crate::rules::{declare_rule, Context};
use std::collections::HashMap;

declare_rule! {
    /// A figure restated in another currency or unit, or a percent restated in percentage points.
    ///
    /// ## What it finds
    /// Two statements of the same fact (same subject, metric, period, role and source,
    /// as for CL001) whose units cannot both be right: `275 美元` and later `275元`,
    /// `$30` and `30 euros`, `5%` and `5个百分点`. `$30` and `30美元` are the same unit.
    ///
    /// ## Why it matters
    /// A dropped 美 or a euro sign where a dollar sign belongs changes the figure by a
    /// factor the reader cannot see, and a percent is not a percentage point.
    ///
    /// ## Example
    /// ```text
    /// 高盛重申其目标价为 275 美元。… 高盛维持 275元 目标价不变。
    /// ```
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
            let Some(key) = FactKey::of(claim) else {
                continue;
            };
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
            if restated && !things_counted && !unit(claim).is_comparable_with(unit(earlier)) {
                out.push(diagnostic(ctx, &key, earlier, claim));
            }
        }
        out
    }
}

fn unit(claim: &Claim) -> &Unit {
    claim.mention.quantity().map_or(&Unit::None, |q| &q.unit)
}

fn diagnostic(ctx: &Context, key: &FactKey, earlier: &Claim, later: &Claim) -> Diagnostic {
    let text = |c: &Claim| &ctx.text[c.mention.span.clone()];
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
