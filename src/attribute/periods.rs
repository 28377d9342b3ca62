//! Periods: which span of time a figure is of (`2023年第三季度`, "the nine months to Sept.
//! 30", 上年同期), read from the figure's clause, its sentence and the article's main
//! periods, with relative periods resolved against the date of the statement.

use super::{ended_on_the_date_after, Attribution, Layout, Period, Place, Unattributed};
use crate::document::{line_lead, preceded_by};
use crate::extract::{CueKind, Kind, Mention, Token};
use crate::lexicon::MetricKind;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind};
use std::collections::HashMap;
use std::ops::Range;
use std::sync::{Arc, LazyLock};

/// "third-quarter", "full-year", "2023", "Q3", "fiscal": a word that names a period
/// before a metric.
pub(super) fn is_period_word(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    lower.ends_with("-quarter")
        || lower.ends_with("-half")
        || lower.ends_with("-year")
        || lower.starts_with(|c: char| c.is_ascii_digit())
        || [
            "q1",
            "q2",
            "q3",
            "q4",
            "h1",
            "h2",
            "fiscal",
            "annual",
            "quarterly",
        ]
        .contains(&lower.as_str())
}

/// Whether a named period (`2023-Q3`, `2023`) is of a relative period's kind.
type OfItsKind = fn(&str) -> bool;

/// Each relative period, and which named periods are of its kind.
pub(super) const RELATIVE_PERIODS: [(&str, OfItsKind); 2] =
    [("the quarter", names_a_quarter), ("the year", names_a_year)];

/// What 当月 is called: the month named last (see `resolve_that_month`).
pub(super) const THAT_MONTH: &str = "that month";

/// A month (`2024-10`, or `10` in a text that gives no year).
pub(super) fn names_a_month(period: &str) -> bool {
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    match period.split_once('-') {
        Some((year, month)) => year.len() == 4 && month.len() == 2 && digits(year) && digits(month),
        None => period.len() == 2 && digits(period),
    }
}

fn names_a_quarter(period: &str) -> bool {
    period.contains('Q') && !period.contains('#')
}

/// A calendar year alone (2023), not a fiscal year or a span.
fn names_a_year(period: &str) -> bool {
    period.len() == 4 && period.bytes().all(|b| b.is_ascii_digit())
}

pub(super) fn says(period: &Attribution<Period>, relative: &str) -> bool {
    matches!(period, Attribution::Known(p) if &*p.text == relative)
}

/// For each section, the period of a kind that more than half of its mentions of that
/// kind name, and the sentence that first names it: figures before it are not of it (a
/// forecast for 2025 at the end does not make an earlier 全年 target 2025's). One pass
/// over the tokens: a large file has many sections and many relative figures.
pub(super) fn main_periods<'t>(
    tokens: &'t [Token],
    layout: &Layout,
    names_one: OfItsKind,
) -> HashMap<usize, MainPeriod<'t>> {
    let mut named: HashMap<usize, Vec<(&str, usize)>> = HashMap::new();
    for token in tokens {
        let Token::Mention(m) = token else { continue };
        let Some(period) = m.period() else {
            continue;
        };
        if m.kind() == Kind::Date && names_one(period) {
            named
                .entry(layout.section(m.span.start))
                .or_default()
                .push((period, m.span.start));
        }
    }
    named
        .into_iter()
        .filter_map(|(section, periods)| {
            let mut counts: HashMap<&str, usize> = HashMap::new();
            for (p, _) in &periods {
                *counts.entry(p).or_default() += 1;
            }
            let &(name, first) = periods
                .iter()
                .find(|(p, _)| 2 * counts[p] > periods.len())?;
            let first_sentence = layout.place(first).sentence_index;
            Some((
                section,
                MainPeriod {
                    name,
                    first_sentence,
                },
            ))
        })
        .collect()
}

/// The period most of a section's mentions of a kind name, and the sentence that first
/// names it.
pub(super) struct MainPeriod<'t> {
    pub(super) name: &'t str,
    pub(super) first_sentence: usize,
}

/// A level quoted by a named source without a date (高盛重申目标价为275美元) is its
/// current figure, which restatements in the same section repeat.
pub(super) fn standing_period(
    kind: Option<MetricKind>,
    has_source: bool,
    scope: usize,
) -> Attribution<Period> {
    if kind == Some(MetricKind::Stock) && has_source {
        Attribution::Known(Period {
            text: "current".into(),
            relative_to_scope: Some(scope),
        })
    } else {
        Attribution::Unknown(Unattributed::NoPeriod)
    }
}

pub(super) fn is_prior_period(token: &Token) -> bool {
    matches!(token, Token::Cue(c) if c.kind == CueKind::PriorPeriod)
}

/// Whether a weekday says when something was said, not the period of a figure: "the
/// company said on Tuesday", `特斯拉周二表示`; or a date the dispatch of a dateline.
pub(super) fn dates_a_statement(text: &str, token: &Token) -> bool {
    if let Token::Mention(m) = token {
        return m.kind() == Kind::Date && in_a_dateline(text, &m.span);
    }
    const WEEKDAYS: [&str; 21] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "周一",
        "周二",
        "周三",
        "周四",
        "周五",
        "周六",
        "周日",
        "星期一",
        "星期二",
        "星期三",
        "星期四",
        "星期五",
        "星期六",
        "星期日",
    ];
    const SAID_BEFORE: [&str; 8] = [
        "said",
        "said on",
        "says",
        "announced",
        "announced on",
        "reported on",
        "told reporters on",
        "statement on",
    ];
    const SAID_AFTER: [&str; 7] = ["表示", "宣布", "公布", "发布", "發布", "称", "稱"];
    let Token::Cue(cue) = token else {
        return false;
    };
    let span = cue.span();
    let is_weekday = || {
        text.get(span.clone())
            .is_some_and(|word| WEEKDAYS.iter().any(|day| word.eq_ignore_ascii_case(day)))
    };
    if cue.kind != CueKind::RelativePeriod || !is_weekday() {
        return false;
    }
    let said_after = text
        .get(span.end..)
        .is_some_and(|after| SAID_AFTER.iter().any(|verb| after.starts_with(verb)));
    said_after || preceded_by(text, span.start, &SAID_BEFORE)
}

/// `DUBLIN, Aug 2 - Aerolink carried…`, `LONDON, Feb 7 (Reuters) -`, `新华社北京12月12日电`:
/// a date that a short line opening (a place, an agency) leads into and a dash, an
/// agency in parentheses or 电/讯 follows dates the dispatch.
fn in_a_dateline(text: &str, span: &Range<usize>) -> bool {
    const AFTER: [&str; 9] = ["-", "—", "–", "(", "（", "电", "電", "讯", "訊"];
    let Some(lead) = line_lead(text, span.start, 49) else {
        return false;
    };
    let after = text[span.end..].trim_start();
    !lead.trim().is_empty()
        && lead.len() <= 48
        && !lead.contains(['。', '，'])
        && only_abbreviated(lead)
        && AFTER.iter().any(|mark| after.starts_with(mark))
}

/// Whether every full stop in a dateline's opening abbreviates (`WHITE PLAINS, N.Y.,`,
/// `ST. LOUIS,`, `Calif.,`) rather than ends a sentence.
fn only_abbreviated(lead: &str) -> bool {
    lead.match_indices('.').all(|(at, _)| {
        let next = lead[at + 1..].chars().next();
        let word = lead[..at]
            .rsplit(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or_default();
        let short_capital =
            (1..=3).contains(&word.len()) && word.starts_with(|c: char| c.is_ascii_uppercase());
        next.is_some_and(|c| c == ',' || c.is_ascii_uppercase()) || short_capital
    })
}

pub(super) fn is_period(token: &Token) -> bool {
    match token {
        Token::Mention(m) => m.kind() == Kind::Date,
        Token::Cue(c) => matches!(c.kind, CueKind::RelativePeriod | CueKind::PriorPeriod),
    }
}

/// The period `token` names, for a figure of a sentence whose last current period is
/// `current`: `第三季度总收入为925.1亿元，上年同期为708.9亿元` makes 上年同期 the same span
/// a year before 第三季度 (`上年同期 of Q3`), not the same key as the next sentence's
/// 上年同期 of 第二季度.
pub(super) fn period_in_sentence(
    reader: PeriodReader,
    token: &Token,
    current: Option<&Token>,
    names: &mut Names,
) -> Period {
    let text = reader.text;
    let period = period_of_token(reader, token, names);
    // 上年同期, a year earlier: the same span a year before; 去年 and "last year" are a
    // year of their own.
    let written = text[token.span()].to_ascii_lowercase();
    let same_span_before = ["同期", "earlier", "ago", "same period"]
        .iter()
        .any(|word| written.contains(word));
    // `较2019年同期的22.91万亿元`: the same span of a year named, not the whole year.
    if matches!(token, Token::Mention(_)) && text[token.span().end..].starts_with("同期") {
        let own = format!("{}同期", period.text);
        let text = match current.filter(|c| c.span() != token.span()) {
            Some(current) => format!("{own} of {}", period_of_token(reader, current, names).text),
            None => own,
        };
        return Period {
            text: names.get(&text),
            relative_to_scope: None,
        };
    }
    let Some(current) = current.filter(|_| is_prior_period(token) && same_span_before) else {
        return period;
    };
    let current = period_of_token(reader, current, names);
    Period {
        text: names.get(&format!("{} of {}", period.text, current.text)),
        relative_to_scope: period.relative_to_scope,
    }
}

/// What reading a period token needs besides the token: the text, the figure's section
/// and whether the document counts quarters by the calendar.
#[derive(Clone, Copy)]
pub(super) struct PeriodReader<'t> {
    pub(super) text: &'t str,
    pub(super) scope: usize,
    /// No fiscal periods named in the document: the quarter ended Sept. 30 is the third.
    pub(super) by_calendar: bool,
}

fn period_of_token(reader: PeriodReader, token: &Token, names: &mut Names) -> Period {
    let text = reader.text;
    match token {
        Token::Mention(m) => {
            let name = if reader.by_calendar {
                let named = months_ended_on(text, m).or_else(|| m.period().map(str::to_string));
                named.map(|period| calendar_name(&period).unwrap_or(period))
            } else {
                m.period().map(str::to_string)
            };
            Period {
                text: match name {
                    Some(name) => names.get(&name),
                    None => names.get(&text[m.span.clone()]),
                },
                relative_to_scope: None,
            }
        }
        Token::Cue(c) => Period {
            text: names.get(&relative_period_name(&text[c.span()])),
            relative_to_scope: Some(reader.scope),
        },
    }
}

/// A span of months that is a quarter, a half or the first three quarters of a calendar
/// year, named as those are: `04/06` (1-6月, the April-June quarter) is `Q2`,
/// `2023-01/09` is `2023-Q1-Q3`, so 1-9月 and 前三季度 are one period.
fn calendar_name(period: &str) -> Option<String> {
    let start = period.len().checked_sub(5)?;
    let (year, months) = (period.get(..start)?, period.get(start..)?);
    let name = match months {
        "01/03" => "Q1",
        "04/06" => "Q2",
        "07/09" => "Q3",
        "10/12" => "Q4",
        "01/06" => "H1",
        "07/12" => "H2",
        "01/09" => "Q1-Q3",
        _ => return None,
    };
    (year.is_empty() || year.ends_with('-')).then(|| format!("{year}{name}"))
}

/// Whether the text speaks of fiscal periods, whose quarters the calendar does not name
/// (Microsoft's fiscal first quarter ends on Sept. 30): "fiscal 2024", 财年, a quarter it
/// names itself ("the quarter ended Sept. 30, its first quarter") or a year that ends
/// in another month than December ("the year ended June 30").
pub(super) fn names_fiscal_periods(text: &str) -> bool {
    static SIGNS: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
        const MONTHS: [&str; 11] = [
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
        ];
        let ordinals = ["first", "second", "third", "fourth"];
        let quarters = ordinals.map(|o| format!("its {o} quarter"));
        let years = ["year ended ", "year ending ", "year to "]
            .iter()
            .flat_map(|lead| MONTHS.map(|month| format!("{lead}{month}")));
        // 财年, 财季: a fiscal year or quarter in Chinese.
        let chinese = ["财年", "財年", "财季", "財季", "会计年度", "會計年度"].map(str::to_string);
        let signs: Vec<String> = std::iter::once("fiscal".to_string())
            .chain(chinese)
            .chain(quarters)
            .chain(years)
            .collect();
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::NoncontiguousNFA))
            .build(signs)
            .ok()
    });
    SIGNS.as_ref().is_none_or(|signs| signs.is_match(text))
}

/// Words before "ended" and a date that say how many months end on it.
const MONTHS_ENDED: [(&str, u32); 10] = [
    ("quarter", 3),
    ("three months", 3),
    ("3 months", 3),
    ("six months", 6),
    ("6 months", 6),
    ("nine months", 9),
    ("9 months", 9),
    ("twelve months", 12),
    ("12 months", 12),
    ("year", 12),
];

/// `the quarter ended Sept. 30`, `the six months to June 30, 2023`: the months that end
/// on a month's last day, named as such a period is named (`Q3`, `2023-H1`, `01/09`, a
/// year), for the figure is the quarter's, not the day's. None for months that end on
/// another day or reach into the year before.
fn months_ended_on(text: &str, date: &Mention) -> Option<String> {
    let before = text[..date.span.start].trim_end();
    let before = ["ended", "ending", "to"]
        .iter()
        .find_map(|word| strip_word_suffix(before, word))?
        .trim_end();
    let months = MONTHS_ENDED
        .iter()
        .find_map(|(words, months)| strip_word_suffix(before, words).map(|_| *months))?;
    let (year, month, day) = year_month_day(date.period()?)?;
    let last_day = match month {
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if !(last_day..=last_day + u32::from(month == 2)).contains(&day) {
        return None;
    }
    let first = (month + 1)
        .checked_sub(months)
        .filter(|&first| first >= 1)?;
    let span = match (months, month) {
        (3, _) if month % 3 == 0 => format!("Q{}", month / 3),
        (6, 6 | 12) => format!("H{}", month / 6),
        (12, _) => return year.map(str::to_string),
        _ => format!("{first:02}/{month:02}"),
    };
    Some(year.map_or_else(|| span.clone(), |year| format!("{year}-{span}")))
}

/// `text` without `word` at its end (ASCII case ignored, a whole word).
fn strip_word_suffix<'t>(text: &'t str, word: &str) -> Option<&'t str> {
    let start = text.len().checked_sub(word.len())?;
    let (rest, end) = (text.get(..start)?, &text[start..]);
    let whole = !rest.ends_with(|c: char| c.is_alphanumeric());
    (end.eq_ignore_ascii_case(word) && whole).then_some(rest)
}

/// The year, month and day of a canonical date (`2023-09-30`, `09-30`).
fn year_month_day(canonical: &str) -> Option<(Option<&str>, u32, u32)> {
    let mut parts = canonical.rsplit('-');
    let day = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let year = parts.next().filter(|y| y.len() == 4);
    Some((year, month, day)).filter(|_| parts.next().is_none())
}

/// One shared copy of each name the claims of a document repeat (subjects, metrics,
/// periods, sources): a large file has hundreds of thousands of claims and few names.
#[derive(Default)]
pub(super) struct Names(std::collections::HashSet<Arc<str>>);

impl Names {
    pub(super) fn get(&mut self, name: &str) -> Arc<str> {
        if let Some(shared) = self.0.get(name) {
            return Arc::clone(shared);
        }
        let shared: Arc<str> = Arc::from(name);
        self.0.insert(Arc::clone(&shared));
        shared
    }
}

/// One name for each relative period however it is written ("quarterly" and "the
/// quarter" are both the article's quarter).
pub(super) fn relative_period_name(written: &str) -> String {
    // "last year's fourth quarter": the possessive names the same period.
    let lower = written
        .to_lowercase()
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .to_string();
    match lower.as_str() {
        "quarterly" | "本季" | "本季度" | "季度" | "当季" | "当季度" => {
            "the quarter".to_string()
        }
        "当月" => THAT_MONTH.to_string(),
        "今天" => "今日".to_string(),
        "全年" | "全年度" | "the full year" | "full-year" | "full year" => {
            "the year".to_string()
        }
        _ => lower,
    }
}

/// The date or period word nearest before the figure in its clause, else the first
/// after it in its clause ("11,315 vehicles in the first half"), else the nearest before
/// it in its sentence.
pub(super) fn nearest_period<'t>(
    text: &str,
    tokens: &'t [Token],
    place: &Place,
    index: usize,
    last_period: Option<usize>,
) -> Option<&'t Token> {
    let (sentence, clause) = (&place.sentence, &place.clause);
    // `$61.9 million (2018: $58.3 million)`: a period that labels a figure in
    // parentheses is that figure's alone.
    let figure_start = tokens[index].span().start;
    let labels_another = |t: &&Token| {
        labels_a_figure(text, t)
            && text
                .get(t.span().end..figure_start)
                .is_none_or(|between| between.contains([')', '）']))
    };
    // `net income was 25.2 mln dlrs … in 1986 against 17.9 mln dlrs`: an English period
    // before "against" or "compared with" is the other side's.
    let compared_since = |at: usize| {
        tokens[at + 1..index].iter().any(
            |t| matches!(t, Token::Cue(c) if c.kind == CueKind::Than && text[c.span()].is_ascii()),
        )
    };
    let before = last_period
        .filter(|&at| !(sentence.contains(&tokens[at].span().start) && compared_since(at)))
        .map(|at| &tokens[at])
        .filter(|t| !labels_another(t));
    let in_clause_before = before.filter(|t| clause.contains(&t.span().start));
    // A period after the next figure belongs to that figure. (`the three months ended
    // Sept. 30` names the date's span: no figure, no period but the date.)
    let names_a_span = |at: usize| ended_on_the_date_after(text, tokens, at).is_some();
    let is_figure = |at: usize| {
        matches!(&tokens[at], Token::Mention(m) if m.kind() != Kind::Date) && !names_a_span(at)
    };
    let in_clause_after = || {
        (index + 1..tokens.len())
            .take_while(|&at| clause.contains(&tokens[at].span().start) && !is_figure(at))
            .map(|at| (at, &tokens[at]))
            .find(|&(at, t)| {
                is_period(t)
                    && !labels_a_figure(text, t)
                    && !names_a_span(at)
                    && !dates_a_statement(text, t)
            })
            .map(|(_, t)| t)
    };
    // A prior period marks its own clause's figure (`上年同期为400亿元；总收入为1672亿元`):
    // a date or a current period carries through the sentence, a prior one does not.
    // One that opens the sentence before a comma is its topic (`上年同期，…`), and does.
    let carries = |t: &&Token| !is_prior_period(t) || opens_as_topic(text, place, t);
    period_right_after(text, tokens, index)
        .or(in_clause_before)
        .or_else(in_clause_after)
        .or_else(|| period_after_asides(text, tokens, place, index))
        .or_else(|| before.filter(|t| sentence.contains(&t.span().start) && carries(t)))
}

/// `17.9 mln dlrs, or 1.76 dlrs a share, in 1985`: a clause that only names a period
/// ("in 1985", "for the year") after a figure's clause and its ", or" restatements is
/// the period of them all.
fn period_after_asides<'t>(
    text: &str,
    tokens: &'t [Token],
    place: &Place,
    index: usize,
) -> Option<&'t Token> {
    const JOINS: [&str; 4] = ["in", "in the", "for", "for the"];
    let in_sentence = |at: &usize| {
        tokens
            .get(*at)
            .is_some_and(|t| place.sentence.contains(&t.span().start))
    };
    let mut at = index + 1;
    loop {
        // The next clause separator, then what opens the clause after it.
        let sep = (at..tokens.len())
            .take_while(in_sentence)
            .find(|&k| matches!(&tokens[k], Token::Cue(c) if c.kind == CueKind::ClauseSep))?;
        let next = Some(sep + 1).filter(in_sentence)?;
        let lead = text
            .get(tokens[sep].span().end..tokens[next].span().start)?
            .trim();
        let is_figure = matches!(&tokens[next], Token::Mention(m) if m.kind() != Kind::Date);
        if is_period(&tokens[next]) && JOINS.iter().any(|j| lead.eq_ignore_ascii_case(j)) {
            let ends = tokens
                .get(next + 1)
                .is_none_or(|t| !in_sentence(&(next + 1)) || matches!(t, Token::Cue(_)));
            return ends.then_some(&tokens[next]);
        }
        if !(is_figure && lead.eq_ignore_ascii_case("or")) {
            return None;
        }
        at = next + 1;
    }
}

/// Whether a prior period opens its sentence before a comma (`上年同期，公司…`, `A year
/// earlier, revenue was…`): the period of the whole sentence.
pub(super) fn opens_as_topic(text: &str, place: &Place, token: &Token) -> bool {
    let span = token.span();
    is_prior_period(token)
        && text
            .get(place.sentence.start..span.start)
            .is_some_and(|before| before.trim().is_empty())
        && text
            .get(span.end..)
            .is_some_and(|after| after.starts_with([',', '，']))
}

/// Whether a prior year stands right before a period and names its year: `去年第二季度`,
/// `last year's fourth quarter`.
pub(super) fn names_its_year(text: &str, prior: &Token, period: &Token) -> bool {
    text.get(prior.span().end..period.span().start)
        .is_some_and(|between| matches!(between.trim(), "" | "的"))
}

/// `period` in the year before, as `prior` says: `上年同期 of Q3`, `去年 of Q2`.
pub(super) fn period_of_year_before(
    reader: PeriodReader,
    prior: &Token,
    period: &Token,
    names: &mut Names,
) -> Period {
    let (prior, period) = (
        period_of_token(reader, prior, names),
        period_of_token(reader, period, names),
    );
    Period {
        text: names.get(&format!("{} of {}", prior.text, period.text)),
        relative_to_scope: prior.relative_to_scope,
    }
}

/// Whether a period opens parentheses as a label: `(2018: $58.3 million)`.
fn labels_a_figure(text: &str, token: &Token) -> bool {
    let span = token.span();
    let opens = text
        .get(..span.start)
        .is_some_and(|before| before.trim_end().ends_with(['(', '（']));
    let colon = text
        .get(span.end..)
        .is_some_and(|after| after.starts_with([':', '：']));
    opens && colon
}

/// "45,000 vehicles in the second quarter", "$3.41 billion reported for the first
/// quarter": in English a period joined to the figure by a preposition (after a
/// participle) is its own, whatever period the clause named before it.
fn period_right_after<'t>(text: &str, tokens: &'t [Token], index: usize) -> Option<&'t Token> {
    const JOINS: &[&str] = &[
        "in",
        "in the",
        "for",
        "for the",
        "during",
        "during the",
        "over",
        "over the",
    ];
    let after = tokens.get(index + 1)?;
    let next = ended_on_the_date_after(text, tokens, index + 1).map_or(after, |date| &tokens[date]);
    if !is_period(next) {
        return None;
    }
    let between = text
        .get(tokens[index].span().end..after.span().start)?
        .trim();
    // `the $3.41 billion reported for the first quarter`: a participle may come between.
    let between = match between.split_once(' ') {
        Some((word, rest))
            if word.len() > 4
                && word.ends_with("ed")
                && word.bytes().all(|b| b.is_ascii_lowercase()) =>
        {
            rest
        }
        _ => between,
    };
    JOINS
        .iter()
        .any(|j| between.eq_ignore_ascii_case(j))
        .then_some(next)
}
