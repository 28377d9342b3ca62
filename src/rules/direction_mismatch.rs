use crate::diagnostic::{Diagnostic, Label};
use crate::relations::Direction;
use crate::rules::percent_change::contradicts_direction;
use crate::rules::{declare_rule, Context};

declare_rule! {
    /// A word of rising with values that fall, or a word of falling with values that rise.
    ///
    /// ## What it finds
    /// A change from one stated value to another whose verb says the opposite of the
    /// values: `将目标价从250美元降低至400美元`, `raised its target from $300 to $250`,
    /// and the levels of a rate (`the jobless rate fell to 4.3% from 4.2%`, `core
    /// inflation slowed to 3.9% from 3.8%`, `失业率从年初的5.6%升至5.2%`). The verb nearest
    /// the values counts (`the annual increase … slowed to`). Only values
    /// whose intervals do not overlap count as a rise or a fall; intervals that only touch
    /// do (no value rounds to both 4.2% and 4.3%).
    ///
    /// ## Why it matters
    /// "Raised" or "cut" is the first thing a reader takes from the sentence; when the
    /// numbers say otherwise, either the verb or a value is wrong.
    ///
    /// ## Example
    /// ```text
    /// The brokerage raised its price target to $250 from $300.
    /// ```
    ///
    /// ## How to silence
    /// Fix the verb or the values. Or add
    /// `<!-- claimlint-disable-next-line CL003 -->` above the line.
    pub struct DirectionMismatch {
        code: "CL003",
        name: "direction-mismatch",
        severity: Error,
    }
}

impl DirectionMismatch {
    pub fn check(ctx: &Context) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for change in &ctx.relations.changes {
            let (from, to) = (&ctx.claims[change.from], &ctx.claims[change.to]);
            let (Some(a), Some(b)) = (from.mention.quantity(), to.mention.quantity()) else {
                continue;
            };
            let Some((direction, word)) = &change.direction else {
                continue;
            };
            // An exchange rate quoted as units per dollar rises when the currency falls
            // (汇价由2,000印尼盾跌至18,000印尼盾, the yen fell to 153 per dollar): its
            // direction words are not about the number.
            let exchange_rate = change.quoted_per_currency
                || [from, to]
                    .iter()
                    .any(|c| c.metric.known().is_some_and(|m| &**m == "exchange rate"));
            if exchange_rate {
                continue;
            }
            if !contradicts_direction(Some(*direction), a, b) {
                continue;
            }
            let text = |span: &std::ops::Range<usize>| &ctx.text[span.clone()];
            let (says, went, does) = match direction {
                Direction::Rise => ("rise", "up", "fall"),
                Direction::Fall => ("fall", "down", "rise"),
            };
            out.push(
                DirectionMismatch::diagnostic(
                    format!(
                        "`{}` says the value went {went}, but `{} → {}` is a {does}",
                        text(word),
                        text(&from.mention.span),
                        text(&to.mention.span)
                    ),
                    Label::new(word.clone(), format!("says {says}")),
                )
                .with_related(Label::new(from.mention.span.clone(), "from"))
                .with_related(Label::new(to.mention.span.clone(), "to")),
            );
        }
        out
    }
}
