//! Lists matched in order (分别, respectively): `2023年和2024年…分别为3.00美元和4.25美元` gives
//! each figure its period, `归母净利润和扣非净利润分别为…` its metric, `蔚来、小鹏、零跑10月分别交付…`
//! its subject.

use super::periods::is_period;
use super::Layout;
use crate::document::char_floor;
use crate::extract::{CueKind, Kind, Token, MAX_SENTENCE_TOKENS};
use crate::lexicon::Hit;
use std::collections::HashMap;
use std::ops::Range;

/// "2023年和2024年 … 分别 … 3.00美元/4.25美元": a list of periods matched in order with
/// each list of as many figures in the same sentence.
struct RespectivelyList {
    periods: Vec<ListedPeriod>,
    values: Vec<Vec<usize>>,
    /// Runs of values beside a run of periods of another length (`4月至6月分别交付A、B和
    /// C`): each value has a period of its own, which the list does not say.
    unmatched: Vec<Vec<usize>>,
}

/// A period a list matches with a figure: a period token, or one year of a span that the
/// list counts out (`2024-2026年…分别为A、B、C`).
#[derive(Debug, Clone, Copy)]
pub(super) enum ListedPeriod {
    Token(usize),
    Year(u32),
    Quarter(u32),
    Month(u32),
}

impl ListedPeriod {
    /// The canonical period of a year or quarter a span counts out.
    pub(super) fn counted_out(self) -> Option<String> {
        match self {
            ListedPeriod::Token(_) => None,
            ListedPeriod::Year(year) => Some(year.to_string()),
            ListedPeriod::Quarter(quarter) => Some(format!("Q{quarter}")),
            ListedPeriod::Month(month) => Some(format!("{month:02}")),
        }
    }
}

/// `第一至第四季度分别实现营业收入A、B、C和D`, `第一季度至第四季度，…分别…`: the quarters of
/// a span named by one token (第四季度, Q4) with its first quarter written before 至 or 到,
/// or by two quarters joined by 至, 到 or a dash.
fn quarters_counted_out(text: &str, tokens: &[Token], periods: &[usize]) -> Option<Vec<u32>> {
    let quarter = |i: usize| -> Option<u32> {
        let Token::Mention(m) = &tokens[i] else {
            return None;
        };
        m.period()?.strip_prefix('Q')?.parse().ok()
    };
    let (first, last) = match *periods {
        [one] => {
            let before = text.get(..tokens[one].span().start)?;
            let before = before
                .strip_suffix('至')
                .or_else(|| before.strip_suffix('到'))?;
            const FIRSTS: [(&str, u32); 6] = [
                ("一", 1),
                ("二", 2),
                ("三", 3),
                ("1", 1),
                ("2", 2),
                ("3", 3),
            ];
            let first = FIRSTS
                .iter()
                .find_map(|(numeral, n)| before.ends_with(numeral).then_some(*n))?;
            (first, quarter(one)?)
        }
        [a, b] => {
            if !joins_a_span(text.get(tokens[a].span().end..tokens[b].span().start)?) {
                return None;
            }
            (quarter(a)?, quarter(b)?)
        }
        _ => return None,
    };
    (first < last && last <= 4).then(|| (first..=last).collect())
}

/// The years of a span named by one token (`2024-2026年`, read `2024/2026`) or by two
/// joined by 至, 到 or a dash (`2024年至2026年`).
fn years_counted_out(text: &str, tokens: &[Token], periods: &[usize]) -> Option<Vec<u32>> {
    let period = |i: usize| match &tokens[i] {
        Token::Mention(m) => m.period(),
        Token::Cue(_) => None,
    };
    let year = |p: &str| p.parse::<u32>().ok();
    let (first, last) = match *periods {
        [one] => {
            let (a, b) = period(one)?.split_once('/')?;
            (year(a)?, year(b)?)
        }
        [a, b] => {
            if !joins_a_span(text.get(tokens[a].span().end..tokens[b].span().start)?) {
                return None;
            }
            (year(period(a)?)?, year(period(b)?)?)
        }
        _ => return None,
    };
    (first < last && last - first < 10).then(|| (first..=last).collect())
}

/// `7、8、9月营收分别为A、B及C`: the months of a list whose numbers share the 月 of its
/// last, which alone is a period token (`periods`).
fn months_counted_out(text: &str, tokens: &[Token], periods: &[usize]) -> Option<Vec<u32>> {
    let [last] = *periods else {
        return None;
    };
    let Token::Mention(m) = &tokens[last] else {
        return None;
    };
    let month: u32 = m.period()?.parse().ok().filter(|m| (1..=12).contains(m))?;
    let before = text.get(
        char_floor(text, tokens[last].span().start.saturating_sub(24))..tokens[last].span().start,
    )?;
    let mut listed: Vec<u32> = Vec::new();
    let mut rest = before;
    while let Some(head) = rest.strip_suffix('、') {
        let digits = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let number = head[head.len() - digits..]
            .parse()
            .ok()
            .filter(|m| (1..=12).contains(m))?;
        listed.insert(0, number);
        rest = &head[..head.len() - digits];
    }
    listed.push(month);
    let ascending = listed.windows(2).all(|pair| pair[0] < pair[1]);
    (listed.len() >= 2 && ascending).then_some(listed)
}

/// Whether the text between two periods makes them the ends of a span (至, 到, a dash).
fn joins_a_span(between: &str) -> bool {
    matches!(between.trim(), "至" | "到" | "-" | "–" | "~" | "～" | "to")
}

/// For each figure in a respectively list, the period it is matched with, or none
/// where the list names periods but not one per figure (the first list that holds the
/// figure wins).
pub(super) fn respectively_periods(
    text: &str,
    tokens: &[Token],
    layout: &Layout,
) -> HashMap<usize, Option<ListedPeriod>> {
    let mut periods = HashMap::new();
    for list in respectively_lists(text, tokens, layout) {
        for run in &list.values {
            for (&figure, &period) in run.iter().zip(&list.periods) {
                periods.entry(figure).or_insert(Some(period));
            }
        }
        for &figure in list.unmatched.iter().flatten() {
            periods.entry(figure).or_insert(None);
        }
    }
    periods
}

/// `归母净利润和扣非净利润分别为9.87亿元和9.12亿元`: where the metrics named right before
/// 分别 (respectively), joined by 和, 、 or "and", are as many as the figures right after
/// it, each figure measures its own, in order.
pub(super) fn respectively_metrics<'h>(
    text: &str,
    tokens: &[Token],
    metrics: &'h [Hit],
) -> HashMap<usize, &'h Hit> {
    let mut out = HashMap::new();
    for (at, token) in tokens.iter().enumerate() {
        if !matches!(token, Token::Cue(c) if c.kind == CueKind::Respectively) {
            continue;
        }
        let cue = token.span();
        // The metrics: a run ending a few characters before 分别.
        let upto = metrics.partition_point(|h| h.span.end <= cue.start);
        let Some(last) = upto.checked_sub(1) else {
            continue;
        };
        if text
            .get(metrics[last].span.end..cue.start)
            .is_none_or(|gap| gap.len() > 12)
        {
            continue;
        }
        let mut first = last;
        while first > 0
            && text
                .get(metrics[first - 1].span.end..metrics[first].span.start)
                .is_some_and(joined)
        {
            first -= 1;
        }
        let figures = run_after(text, tokens, at);
        let named = &metrics[first..=last];
        if named.len() >= 2 && named.len() == figures.len() {
            out.extend(figures.into_iter().zip(named));
        }
    }
    out
}

/// `蔚来、小鹏、零跑10月分别交付20976辆、23917辆和38177辆`: where the clause before 分别
/// lists items joined by 、, 和 or 及, two or more of them naming subjects (`subjects`:
/// the names claimlint knows and where they stand, in order), each figure of the run
/// after it is of the subject named in its place, or of none the list says (an item
/// with no name claimlint knows, or items and figures not as many).
pub(super) fn respectively_subjects<'n>(
    text: &str,
    tokens: &[Token],
    subjects: &[(Range<usize>, &'n str)],
) -> HashMap<usize, Option<&'n str>> {
    const ITEM_JOINERS: [char; 5] = ['、', '和', '及', '与', '與'];
    let mut out = HashMap::new();
    for (at, token) in tokens.iter().enumerate() {
        if !matches!(token, Token::Cue(c) if c.kind == CueKind::Respectively) {
            continue;
        }
        let cue = token.span();
        let reach = char_floor(text, cue.start.saturating_sub(120));
        let clause = &text[reach..cue.start];
        let clause_start = clause
            .rfind(['，', ',', '；', ';', '。', '：', ':', '\n'])
            .map_or(reach, |i| {
                reach + i + clause[i..].chars().next().map_or(1, char::len_utf8)
            });
        let items: Vec<Range<usize>> = text[clause_start..cue.start]
            .split(ITEM_JOINERS)
            .scan(clause_start, |start, item| {
                let range = *start..*start + item.len();
                let joiner = text[range.end..].chars().next().map_or(0, char::len_utf8);
                *start = range.end + joiner;
                Some(range)
            })
            .collect();
        let named_in = |item: &Range<usize>| {
            subjects
                .iter()
                .find(|(span, _)| item.start <= span.start && span.end <= item.end)
                .map(|(_, name)| *name)
        };
        let names: Vec<Option<&str>> = items.iter().map(named_in).collect();
        let mut distinct: Vec<&str> = names.iter().flatten().copied().collect();
        distinct.sort_unstable();
        distinct.dedup();
        if distinct.len() < 2 {
            continue;
        }
        let figures = run_after(text, tokens, at);
        if figures.len() == names.len() {
            out.extend(figures.into_iter().zip(names));
        } else {
            out.extend(figures.into_iter().map(|figure| (figure, None)));
        }
    }
    out
}

/// The figures right after the 分别 (respectively) at token `at`: a run starting a few
/// characters after it, joined by 和, 、 or "and".
fn run_after(text: &str, tokens: &[Token], at: usize) -> Vec<usize> {
    let cue = tokens[at].span();
    tokens[at + 1..]
        .iter()
        .enumerate()
        .take(MAX_SENTENCE_TOKENS)
        .scan(cue.end, |end, (k, t)| {
            let Token::Mention(m) = t else { return None };
            let gap = text.get(*end..m.span.start)?;
            let near = if *end == cue.end {
                gap.len() <= 15
            } else {
                joined(gap)
            };
            (near && m.kind() != Kind::Date).then(|| {
                *end = m.span.end;
                at + 1 + k
            })
        })
        .collect()
}

/// Whether the text between two listed items or figures joins them (和, 、, "and").
fn joined(between: &str) -> bool {
    const JOINERS: [&str; 8] = ["和", "、", "及", "与", "與", "and", ",", "，"];
    let between = between.trim();
    between.is_empty() || JOINERS.contains(&between)
}

/// Runs of tokens satisfying `member`, joined by at most `gap` bytes of text without a
/// clause separator.
fn runs(
    text: &str,
    tokens: &[Token],
    range: Range<usize>,
    gap: usize,
    member: impl Fn(&Token) -> bool,
) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut last_end = None;
    for i in range {
        let token = &tokens[i];
        if !member(token) {
            if matches!(token, Token::Cue(c) if c.kind == CueKind::ClauseSep)
                || matches!(token, Token::Mention(_))
            {
                last_end = None;
            }
            continue;
        }
        let span = token.span();
        let joined = last_end.is_some_and(|end: usize| {
            span.start >= end
                && span.start - end <= gap
                && !text[end..span.start].contains(['，', ',', '；', ';', '。'])
        });
        if joined {
            if let Some(run) = out.last_mut() {
                run.push(i);
            }
        } else {
            out.push(vec![i]);
        }
        last_end = Some(span.end);
    }
    out.retain(|run| run.len() >= 2);
    out
}

fn respectively_lists(text: &str, tokens: &[Token], layout: &Layout) -> Vec<RespectivelyList> {
    let mut lists = Vec::new();
    let mut start = 0;
    while start < tokens.len() {
        let sentence = layout.sentence_bytes(tokens[start].span().start);
        let end = tokens[start..]
            .iter()
            .position(|t| !sentence.contains(&t.span().start))
            .map_or(tokens.len(), |n| start + n);
        let has_cue = tokens[start..end]
            .iter()
            .any(|t| matches!(t, Token::Cue(c) if c.kind == CueKind::Respectively));
        if has_cue {
            let period_runs = runs(text, tokens, start..end, 18, is_period);
            let value_runs = runs(
                text,
                tokens,
                start..end,
                9,
                |t| matches!(t, Token::Mention(m) if m.kind() != Kind::Date),
            );
            // `2024-2026年…分别为`: one token that names a span of years lists them.
            let year_span = || {
                (start..end)
                    .find(|&i| {
                        years_counted_out(text, tokens, &[i]).is_some()
                            || quarters_counted_out(text, tokens, &[i]).is_some()
                    })
                    .map(|i| vec![i])
            };
            // `7、8、9月…分别为`: months listed by their numbers before one 月.
            let months = (start..end)
                .find_map(|i| months_counted_out(text, tokens, &[i]).map(|months| (i, months)));
            let listed = months
                .as_ref()
                .map(|&(i, _)| vec![i])
                .or_else(|| period_runs.into_iter().next())
                .or_else(year_span);
            // `21% in 2019 and 25% in 2018 on revenue of $575 million and $572 million,
            // respectively`: the periods named one by one, when no run lists them, for
            // values of one kind (not `$1.1 million or 11%`).
            let one_by_one = listed.is_none();
            let named_one_by_one = || {
                let all: Vec<usize> = (start..end).filter(|&i| is_period(&tokens[i])).collect();
                (all.len() >= 2).then_some(all)
            };
            let kind = |i: &usize| match &tokens[*i] {
                Token::Mention(m) => Some(m.kind()),
                Token::Cue(_) => None,
            };
            if let Some(periods) = listed.or_else(named_one_by_one) {
                let years = years_counted_out(text, tokens, &periods).map(|years| {
                    years
                        .into_iter()
                        .map(ListedPeriod::Year)
                        .collect::<Vec<_>>()
                });
                let quarters = || {
                    quarters_counted_out(text, tokens, &periods)
                        .map(|quarters| quarters.into_iter().map(ListedPeriod::Quarter).collect())
                };
                let months = || {
                    months.map(|(_, months)| months.into_iter().map(ListedPeriod::Month).collect())
                };
                let periods: Vec<ListedPeriod> = match years.or_else(quarters).or_else(months) {
                    Some(spanned) if value_runs.iter().any(|r| r.len() == spanned.len()) => spanned,
                    _ => periods.into_iter().map(ListedPeriod::Token).collect(),
                };
                let (values, unmatched): (Vec<_>, Vec<_>) = value_runs
                    .into_iter()
                    .filter(|r| !one_by_one || r.iter().all(|i| kind(i) == kind(&r[0])))
                    .partition(|r| r.len() == periods.len());
                let unmatched = if one_by_one { Vec::new() } else { unmatched };
                lists.push(RespectivelyList {
                    periods,
                    values,
                    unmatched,
                });
            }
        }
        start = end;
    }
    lists
}
