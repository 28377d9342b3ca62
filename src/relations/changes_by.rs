//! A change given twice, as an amount and as a rate, with the new value but not the old
//! one: `Brent crude fell $1.20, or 1.5%, to $79.30 a barrel`, `the index rose 120
//! points, or 1.5%, to 8,120`, `rose 3% ($1.5 billion) to $51.5 billion`. The old value
//! is the new one less the amount (plus it, after a fall), so the rate can be checked.
//!
//! Read only in its tight form: the change word, then the amount and the rate in either
//! order joined by "or" (或) or parentheses, then "to" (至, 到, "to settle at", 收于) and
//! the new value, with nothing else between them but commas and words naming a period
//! (or the new value first: `Sales were $5.2 billion, up $400 million, or 8.3%`);
//! or, as Xinhua writes market reports, the amount, the new value and the rate
//! (`下跌200.5点，收于38500.3点，跌幅为0.52%`), or the new value, then its change from the
//! day before (`收于每蒲式耳4.8225美元，比前一交易日上涨5.75美分，涨幅为1.21%`) or the
//! period before, as statistics bulletins write (`产量2,168.4万吨，比上年增产42.7万吨，增长
//! 2.0%`).
//! An amount of the new value's kind and unit and a percentage (not points: a change of a
//! rate in points and in percent is another matter) are required, and no currency quoted
//! per another (`the yen fell 3 yen, or 2%, to 153 per dollar`: the old value is not the
//! new one plus the amount).

use super::{Change, Direction, Product, Sentence};
use crate::extract::CueKind;
use crate::quantity::Unit;
use std::ops::Range;

/// What stands before the new value instead of "to": `fell $1.20, or 1.5%, to settle at
/// $79.30`, `settled up $1.57, or 1.96%, at $81.68`, `下跌2.14美元，或2.76%，收于75.33美元`,
/// `上漲245.3點，漲幅1.08%，收在22,950.41點`.
const SETTLES_AT: [&str; 16] = [
    "at",
    "to settle at",
    "to close at",
    "to end at",
    "to finish at",
    "to trade at",
    "to stand at",
    "收于",
    "收於",
    "收在",
    "收报",
    "收報",
    "报收于",
    "報收於",
    "报",
    "報",
];

/// What introduces the rate after the new value: `收于38500.3点，跌幅为0.52%`,
/// `比上年增产42.7万吨，增长2.0%`.
const RATE_WORDS: [&str; 28] = [
    "跌幅为",
    "涨幅为",
    "跌幅",
    "涨幅",
    "跌幅达",
    "涨幅达",
    "跌幅為",
    "漲幅為",
    "漲幅",
    "跌幅達",
    "漲幅達",
    "升幅",
    "升幅為",
    "升幅为",
    "降幅为",
    "增幅为",
    "增长",
    "增長",
    "增加",
    "上升",
    "提高",
    "下降",
    "减少",
    "減少",
    "降低",
    "同比增长",
    "同比下降",
    "同比增長",
];

/// What stands between a new value and its change from the day or period before:
/// `收于每蒲式耳4.8225美元，比前一交易日上涨5.75美分`, `产量2,168.4万吨，比上年增产42.7万吨`.
const PRIOR_PERIOD: [&str; 20] = [
    "比前一交易日",
    "较前一交易日",
    "比上一交易日",
    "较上一交易日",
    "比上年",
    "较上年",
    "較上年",
    "比上年末",
    "较上年末",
    "較上年末",
    "比上年同期",
    "较上年同期",
    "較上年同期",
    "比去年",
    "较去年",
    "較去年",
    "比上月",
    "较上月",
    "比上月末",
    "较上月末",
];

/// Whether `text` opens by naming what a change is measured against: `同第五次全國人口普查
/// 相比，共`, `与上年相比，`.
fn names_what_it_compares_with(text: &str) -> bool {
    const COMPARED_WITH: [&str; 4] = ["同", "与", "與", "和"];
    COMPARED_WITH.iter().any(|w| text.starts_with(w)) && text.contains("相比")
}

/// `fell $1.20, or 1.5%, to $79.30`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeBy {
    /// Claim indices of the amount, the rate and the new value.
    pub amount: usize,
    pub rate: usize,
    pub to: usize,
    pub direction: Direction,
}

impl Sentence<'_> {
    /// Every change given by an amount and a rate in the sentence, but for new values a
    /// change from a stated old value already has.
    pub(super) fn read_changes_by(
        &self,
        changes: &[Change],
        sentence_before: Option<Range<usize>>,
        out: &mut Vec<ChangeBy>,
    ) {
        for word in self.range.clone() {
            let Some(change) = self.change_by(word, sentence_before.clone()) else {
                continue;
            };
            // `fell for a third session, losing 87 cents, or 1.2%, to $71.63`: both words
            // lead to the one change, read last.
            let known = changes.iter().any(|c| c.to == change.to) || out.last() == Some(&change);
            if !known {
                out.push(change);
            }
        }
    }

    /// `與2010年第六次全國人口普查的4,512,670人相比，十年間共增加323,545人，增長7.17%`: a
    /// sentence that opens by naming the old value it compares with (與…的A相比) and gives
    /// the change by an amount and a rate: the amount is the old value times the rate.
    /// (Not where the change was read with its new value.)
    pub(super) fn read_change_from_a_named_value(&self, read: &[ChangeBy], out: &mut Vec<Product>) {
        let opening = self.range.start..self.clause_end(self.range.start);
        let Some(than) = opening
            .filter(|&j| j > self.range.start)
            .find(|&j| self.is_cue(j, CueKind::Than) && &self.text[self.span(j)] == "相比")
        else {
            return;
        };
        let named = self.text[self.sentence_bytes().start..self.span(than).end]
            .trim_start_matches(['。', '！', '？', '\n', ' ']);
        let Some(old) = self
            .amount(than - 1)
            .filter(|_| names_what_it_compares_with(named) && self.adjacent(than - 1, than))
        else {
            return;
        };
        let Some(word) = (than + 1..self.range.end).find(|&j| self.is_change_word(j)) else {
            return;
        };
        let mut next = (word + 1..self.range.end)
            .filter(|&j| !(self.is_cue(j, CueKind::ClauseSep) || self.is_change_word(j)));
        let (Some(by), Some(rate)) = (next.next(), next.next()) else {
            return;
        };
        if !self.rate_word_between(by, rate) {
            return;
        }
        let (Some(by), Some(rate)) = (self.amount(by), self.amount(rate)) else {
            return;
        };
        let alike = self.is_percent(rate) && !self.is_rate(by) && self.comparable(by, old);
        if alike && !read.iter().any(|c| c.amount == by) {
            out.push(Product {
                factors: vec![old, rate],
                result: by,
                unchecked: None,
            });
        }
    }

    fn change_by(&self, word: usize, sentence_before: Option<Range<usize>>) -> Option<ChangeBy> {
        let (direction, _) = self.direction_in(word..word + 1)?;
        // The rate words of Xinhua's form (跌幅为) are change words too.
        let mut next = (word + 1..self.range.end)
            .filter(|&j| !(self.is_cue(j, CueKind::ClauseSep) || self.is_change_word(j)));
        let (first, second) = (next.next()?, next.next()?);
        let (a, b, to_token) = if self.restated(first, second) {
            let to = self
                .new_value_after(second)
                .or_else(|| self.new_value_just_before(word))?;
            (first, second, to)
        } else if let Some(to) = self.next_figure(second).filter(|&third| {
            self.rate_word_between(first, second) && self.settles_at(second, third)
        }) {
            // `上漲245.3點，漲幅1.08%，收在22,950.41點`: the new value after both.
            (first, second, to)
        } else if self.rate_word_between(first, second) {
            // 收于每蒲式耳4.8225美元，比前一交易日上涨5.75美分，涨幅为1.21%: the new value
            // first, then the change from the day or period before.
            // (Not an old value: `比上年末的1259.12万人增加9.35万人`.)
            let by = [first, second]
                .into_iter()
                .filter_map(|t| self.amount(t))
                .find(|&c| !self.is_percent(c))?;
            let in_sentence = (self.range.start..word)
                .rev()
                .find(|&j| self.amount(j).is_some_and(|c| self.comparable(c, by)))
                .filter(|&j| !self.is_compared_with(j));
            let Some(to) = in_sentence else {
                let to = self.level_before(word, by, sentence_before?)?;
                return self.finish(first, second, to, direction);
            };
            let base = self.gap(to, word);
            // `报3386.52点，上涨23.18点，涨幅0.69%`: with no base named, the change is from
            // the close or the period before.
            // (`，同第五次全國人口普查相比，共增加232889人`: what it names.)
            let from_the_period_before = base.is_empty()
                || PRIOR_PERIOD.contains(&base.as_str())
                || names_what_it_compares_with(&base);
            // `比上月增加42.8亿元，同比增长3.8%`: a rate of the year before is not the
            // rate of a change from the month before (or from the end of last year).
            let year_on_year = self.gap(first, second).starts_with("同比");
            let a_year_before = base.contains('年') && !base.ends_with('末');
            let same_base = !year_on_year || a_year_before;
            (from_the_period_before && same_base).then_some((first, second, to))?
        } else {
            // 下跌200.5点，收于38500.3点，跌幅为0.52%: the new value between them.
            let third = self.next_figure(second)?;
            let xinhua = self.settles_at(first, second) && self.rate_word_between(second, third);
            xinhua.then_some((first, third, second))?
        };
        self.finish(a, b, to_token, direction)
    }

    /// The change by the amount and the rate at tokens `a` and `b` (either order) to the
    /// new value at token `to_token`, when their measures allow it.
    fn finish(
        &self,
        a: usize,
        b: usize,
        to_token: usize,
        direction: Direction,
    ) -> Option<ChangeBy> {
        let (to, a, b) = (self.amount(to_token)?, self.amount(a)?, self.amount(b)?);
        let (amount, rate) = if self.is_percent(b) { (a, b) } else { (b, a) };
        let is_amount = |c: usize| !self.is_rate(c) && self.comparable(c, to);
        let quoted = self.quoted_per_currency(amount) || self.quoted_per_currency(to);
        (self.is_percent(rate) && is_amount(amount) && !self.is_rate(to) && !quoted).then_some(
            ChangeBy {
                amount,
                rate,
                to,
                direction,
            },
        )
    }

    /// `全市常住人口為6432212人。同第五次全國人口普查相比，十年共增加650918人，增長11.26%`: a
    /// sentence that opens by naming what it compares with (同…相比, 与…相比) and gives a
    /// change (the word at token `word`) by an amount (claim `by`) and a rate, with no
    /// figure of the amount's measure before them, changes the one figure of that measure
    /// in the sentence before.
    fn level_before(&self, word: usize, by: usize, sentence_before: Range<usize>) -> Option<usize> {
        let last = sentence_before.clone().last()?;
        let lead = self.text[self.span(last).end..self.span(word).start]
            .trim_start_matches(['。', '！', '？', '\n', ' ']);
        if !names_what_it_compares_with(lead) {
            return None;
        }
        let mut levels = sentence_before.filter(|&j| {
            self.amount(j)
                .is_some_and(|c| !self.is_rate(c) && self.comparable(c, by))
        });
        levels.next().filter(|_| levels.next().is_none())
    }

    /// The new value after a change restated: after "to" (至), or "to settle at" (收于).
    fn new_value_after(&self, second: usize) -> Option<usize> {
        let after = (second + 1..self.range.end)
            .find(|&j| !(self.is_cue(j, CueKind::ClauseSep) || self.is_period(j)))?;
        if self.is_cue(after, CueKind::To) && self.only_closing(second, after) {
            return self.run_after(after).first().copied();
        }
        // "to settle at $79.30": "at" is a cue of its own (a price per unit).
        (after..self.range.end)
            .find(|&j| !self.is_cue(j, CueKind::PerUnit))
            .filter(|&j| self.amount(j).is_some() && self.settles_at(second, j))
    }

    /// The new value a comma before the change word: `Sales were $5.2 billion, up $400
    /// million, or 8.3%`, `were $5.2 billion, an increase of $400 million, or 8.3%`.
    fn new_value_just_before(&self, word: usize) -> Option<usize> {
        let before = (self.range.start..word)
            .rev()
            .find(|&j| !self.is_cue(j, CueKind::ClauseSep))?;
        let gap = self.gap(before, word);
        let next_to = matches!(gap.as_str(), "" | "a" | "an");
        // (`比2009年的 1,201,350 人增加了 35,130 人（2.9%）` compares with the figure.)
        let level = self.amount(before).is_some() && !self.is_compared_with(before);
        (level && next_to).then_some(before)
    }

    /// The token after token `j` past commas and change words.
    fn next_figure(&self, j: usize) -> Option<usize> {
        (j + 1..self.range.end)
            .find(|&k| !(self.is_cue(k, CueKind::ClauseSep) || self.is_change_word(k)))
    }

    fn is_percent(&self, claim: usize) -> bool {
        *self.unit(claim) == Unit::Percent
    }

    /// The words between tokens `a` and `b`, without the punctuation around them, in
    /// lower case, and without 点 (index points, which the grammar reads as no unit).
    fn gap(&self, a: usize, b: usize) -> String {
        let gap = &self.text[self.span(a).end..self.span(b).start];
        let gap = gap.strip_prefix(['点', '點']).unwrap_or(gap);
        gap.trim_matches([' ', ',', '，', ')', '）'])
            .to_ascii_lowercase()
    }

    /// Whether the text between tokens `a` and `b` says the second restates the first:
    /// "or" (或) or parentheses around the second alone (not `lost 5 (71.1% win rate)`,
    /// which names another figure).
    fn restated(&self, a: usize, b: usize) -> bool {
        match self.gap(a, b).as_str() {
            "or" | "或" => true,
            "(" | "（" => self.text[self.span(b).end..]
                .trim_start()
                .starts_with([')', '）']),
            _ => false,
        }
    }

    /// Whether the words between tokens `a` and `b` say that `b` is where the value
    /// ended: `to settle at $79.30`, `收于每桶75.33美元`, `收于每蒲式耳4.8225美元`.
    fn settles_at(&self, a: usize, b: usize) -> bool {
        let gap = self.gap(a, b);
        SETTLES_AT.contains(&gap.as_str())
            || gap
                .strip_prefix("收于每")
                .is_some_and(|unit| (1..=3).contains(&unit.chars().count()))
    }

    /// Whether the words between tokens `a` and `b` introduce `b` as the change's rate
    /// (`，跌幅为0.52%`).
    fn rate_word_between(&self, a: usize, b: usize) -> bool {
        RATE_WORDS.contains(&self.gap(a, b).as_str())
    }

    /// Whether only commas, spaces, a closing parenthesis and words naming a period
    /// (`rose 60,260 tonnes, or 14.6 pct, last year to 471,891 tonnes`) stand between
    /// tokens `a` and `b`.
    fn only_closing(&self, a: usize, b: usize) -> bool {
        let closing = |from: usize, to: usize| {
            self.text[from..to]
                .chars()
                .all(|c| matches!(c, ' ' | ',' | '，' | ')' | '）'))
        };
        let mut from = self.span(a).end;
        for j in a + 1..b {
            if !(self.is_period(j) || self.is_cue(j, CueKind::ClauseSep)) {
                return false;
            }
            if self.is_period(j) {
                if !closing(from, self.span(j).start) {
                    return false;
                }
                from = self.span(j).end;
            }
        }
        closing(from, self.span(b).start)
    }
}
