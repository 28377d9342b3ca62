use crate::diagnostic::{Diagnostic, Label};
use crate::quantity::canonical;
use crate::render::claims::interval_text_to;
use crate::rules::{declare_rule, label_used, Context};
use crate::solver::{Conflict, Constraint, Figure};
use rust_decimal::Decimal;

declare_rule! {
    /// Parts that add up to more than their whole, or less when all of them are given.
    ///
    /// ## What it finds
    /// A whole introduced by 共, 合计, total, in all or of which, and the figures of the same
    /// kind listed as its parts in the same sentence (`其中`/"of which" parts follow the
    /// whole), whose sum, over the intervals the written figures allow, is larger than
    /// the whole can be. A list may leave parts out, so parts that add up to less are
    /// reported only when its last part is the rest (`其他支出457亿元`, "the remaining
    /// 14", "and other products $150 million") or the parts are the three sectors of an
    /// economy (`第一产业增加值…；第二产业增加值…；第三产业增加值…`). Periods of flow metrics add up too (a half is its two quarters, a
    /// year its halves and its quarters): the solver derives the periods the text does
    /// not give (H2 = the year − H1) and reports parts beyond their period, or, when
    /// every part is given, parts that miss it; the notes show each derivation.
    ///
    /// Shares of one whole add up to at most 100%: percentages introduced by 占 or
    /// "accounted for", either listed after 分别/respectively (`分别占GDP的10%、44%、
    /// 46%`) or three or more given one after another in a sentence with nothing between
    /// them but separators and the parts' own counts. Two shares given one by one may be
    /// of groups that overlap (城镇人口占81%，汉族人口占97%), a share after 其中/of which
    /// is part of the one before it, and shares of differently named wholes, of another
    /// period or hedged with 约占 are not added up; the rule stays silent on those. In a
    /// pipe table, a section of percentages under a heading that opens with `%`
    /// (`% Revenues by Geography:`) whose rows repeat the labels of every row a total
    /// above adds up gives their shares of it, which add up to 100% in each column.
    ///
    /// In a pipe table, a row labelled Total (Subtotal, 合计, 总计, 小计) adds up the rows
    /// above it, back to a heading row, column by column, with amounts in parentheses
    /// counted as negative and dashes as zero; a subtotal confirmed by its rows stands for
    /// them in the next total, and a total no section alone adds up to may add up every
    /// row of the sections above it. A row repeating the heading its rows stand under
    /// (`Revenue` above `Wireless`, `Cable` and `Revenue`) is their total, the end of a
    /// roll-forward (`Balance at end of year`) is its start and the movements, an `…,
    /// gross` row sums the rows above it and an `…, net` row under a `Less:` row is the
    /// gross less the deduction; the last row of a table without a total row is the total
    /// of the rows since its heading; a column headed as the year or a total after its
    /// quarters (`| Q1 2024 | … | Q4 2024 | FY2024 |`) is their sum in each row of flows,
    /// and so is a column headed Total (合计) after the columns before it (`| Cars |
    /// Trucks | Buses | Total |`) where every row but one adds up.
    /// The rows are taken as the total's parts only where they
    /// add up to it in some column; then a column where they do not is reported. Columns of prices,
    /// averages and rates, and percentages (`增长(%)`, `YoY %`) other than shares of a
    /// 100% total, are left alone; a row `of which:` or `其中：` is part of the row above
    /// it, and a row `减：` or `Less:` is subtracted.
    ///
    /// ## Why it matters
    /// Parts that exceed their total mean that one of them, or the total, is wrong, and a
    /// reader who adds them up will notice.
    ///
    /// ## Example
    /// ```text
    /// Of the quarter's total revenue of $1.2 billion, cloud software contributed
    /// $720 million, hardware sales $430 million and professional services $150 million.
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
        ctx.solution
            .conflicts
            .iter()
            .filter_map(
                |conflict| match &ctx.solution.constraints[conflict.constraint] {
                    Constraint::Sum { whole, parts, .. } => report(ctx, conflict, *whole, parts),
                    Constraint::Product { .. } => None,
                },
            )
            .collect()
    }
}

/// Parts beyond their whole, or short of it when every part is known.
fn report(
    ctx: &Context,
    conflict: &Conflict,
    whole: Figure,
    parts: &[Figure],
) -> Option<Diagnostic> {
    let (sum, stated) = (&conflict.computed, &conflict.stated);
    let (Some(sum_low), Some(whole_high)) = (sum.interval.low, stated.interval.high) else {
        return None;
    };
    let beyond = sum_low.value > whole_high.value;
    // One wrong part overshoots the whole by a margin; parts adding up to half again
    // the whole or more were not all its parts (a clause that goes on to other things).
    let far_beyond = whole_high
        .value
        .checked_mul(Decimal::new(15, 1))
        .is_none_or(|limit| sum_low.value > limit);
    if beyond && far_beyond {
        return None;
    }
    let solution = ctx.solution;
    let more_or_less = if beyond { "more" } else { "less" };
    let whole_name = solution.name(whole);
    let shares = solution.is_constant(whole);
    // Sums are written like the whole, or like a part where the whole is derived.
    let like = std::iter::once(whole)
        .chain(parts.iter().copied())
        .find(|&f| solution.claim(f).is_some())
        .unwrap_or(whole);
    let write = |value| {
        if shares {
            canonical(value)
        } else {
            solution.written_like(value, like)
        }
    };
    let write_interval = |interval| {
        if shares {
            interval_text_to(interval, Some(2))
        } else {
            solution.interval_written_like(interval, like)
        }
    };
    let total = write(sum.point);
    let direct = || Some(conflict.claims.iter().find(|u| u.toward.is_none())?.claim);
    // A derived whole (H2 = the year − H1) and the 100% that shares add up to have no
    // span: the first part named takes the primary label, and the message gives the
    // whole's value.
    let (primary, label, part, message, percent) = if let Some(claim) = solution.claim(whole) {
        // One part is named as written (`13.2万公里`), not in the whole's way of writing.
        let only_part = match parts {
            [part] => Some(solution.name(*part)),
            _ => None,
        };
        let message = if let Some(part) = only_part {
            format!("the part `{part}` is {more_or_less} than the whole `{whole_name}`")
        } else {
            format!("parts add up to {total}, {more_or_less} than the whole `{whole_name}`")
        };
        (claim, "the whole".to_string(), "part", message, "")
    } else if shares {
        let of = if whole_name.is_empty() {
            "one whole".to_string()
        } else {
            format!("`{whole_name}`")
        };
        let message = format!("shares of {of} add up to {total}%, {more_or_less} than 100%");
        (direct()?, "share".to_string(), "share", message, "%")
    } else {
        let message = format!(
            "parts of {whole_name} add up to {total}, {more_or_less} than {whole_name} = {}",
            write(stated.point)
        );
        (
            direct()?,
            format!("part of {whole_name}"),
            "part",
            message,
            "",
        )
    };
    let diagnostic = TotalMismatch::diagnostic(
        message,
        Label::new(ctx.claims[primary].mention.span.clone(), label),
    );
    let names: Vec<&str> = parts
        .iter()
        .filter(|&&p| solution.value(p).is_some())
        .map(|&p| solution.name(p))
        .collect();
    let addition = (names.len() > 1).then(|| format!("{} = {total}{percent}", names.join(" + ")));
    let bound = if shares && beyond {
        "shares of one whole add up to at most 100%".to_string()
    } else if shares {
        "the shares of every part of one whole add up to 100%".to_string()
    } else {
        format!("`{whole_name}` allows {}", write_interval(&stated.interval))
    };
    Some(
        label_used(ctx, diagnostic, &conflict.claims, primary, part)
            .with_notes(conflict.steps.iter().cloned().chain(addition))
            .with_note(format!(
                "over the intervals the figures allow, the {part}s add up to {}; {bound}",
                write_interval(&sum.interval),
            )),
    )
}
