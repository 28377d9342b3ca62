//! Changes said with from/than: `从A提高至B`, `rose 3.2 pct to B from A`, `B, up X% from A`,
//! `比上年的9.6万人多出3.2万人`, and a rate's level change.

use super::{
    clause_ends, metric_opening, says_from, says_out_of, Change, Direction, Sentence, Window,
};
use crate::attribute::compares_with_expectations;
use crate::document::{is_han, joined_by_or};
use crate::extract::{CueKind, Token};
use crate::quantity::{Approx, Unit};
use std::ops::{Range, RangeInclusive};

const LEVEL_OR_ADDED: &str =
    "the level stated before this number added (1,214 stores after opening 18 new ones) may be what changed instead";

impl Sentence<'_> {
    /// The changes of the sentence: those said with from/than, since a prior period, and
    /// to a new value.
    pub(super) fn read(&self, out: &mut Vec<Change>) {
        if self.in_a_correction_note() {
            return;
        }
        for i in self.range.clone() {
            if self.is_cue(i, CueKind::From) {
                self.change_from(i, out);
            } else if self.is_cue(i, CueKind::Than) || self.is_comparative(i) {
                self.change_than(i, out);
            }
        }
        for i in self.range.clone() {
            if self.is_change_word(i) {
                self.change_since_prior_period(i, out);
            }
            if self.is_cue(i, CueKind::To) {
                if let Some(change) = self
                    .change_grew_to(i, out)
                    .or_else(|| self.change_to_then_prior(i, out))
                {
                    out.push(change);
                }
            }
        }
        out.extend(self.range.clone().filter_map(|i| self.multiple_of(i)));
        let restated: Vec<Change> = out
            .iter()
            .filter_map(|c| self.figure_beside_its_stated(c))
            .collect();
        out.extend(restated);
    }

    /// `decreased by $2,415 or 17.9% to $11,062 … from $13,477`, `an increase of $26.5
    /// million, or 6.4 percent`: the amount a change's rate is given beside, joined by
    /// "or" (或), is its difference, and the percentage beside its difference its rate,
    /// checked as well.
    fn figure_beside_its_stated(&self, change: &Change) -> Option<Change> {
        let stated = change.stated?;
        let in_percent = |c: usize| *self.unit(c) == Unit::Percent;
        let token = self.claims[stated].token;
        let joined = |a: usize, b: usize| {
            let between = self.text[self.span(a).end..self.span(b).start].trim();
            ["or", ", or", "或", "，或"]
                .iter()
                .any(|or| between.eq_ignore_ascii_case(or))
        };
        let figure = |j: &usize| !self.is_cue(*j, CueKind::ClauseSep);
        let before = (self.range.start..token).rev().find(figure);
        let after = (token + 1..self.range.end).find(figure);
        let beside =
            (before.filter(|&j| joined(j, token))).or(after.filter(|&j| joined(token, j)))?;
        let other = self.amount(beside)?;
        let alike = if in_percent(stated) {
            !self.is_rate(other) && self.comparable(other, change.to)
        } else {
            !self.is_rate(stated) && in_percent(other)
        };
        (alike && other != change.from && other != change.to).then(|| {
            self.change(
                change.from,
                change.to,
                Some(other),
                change.direction.clone(),
            )
        })
    }

    /// `新能源汽车出口12.8万辆，是上年同期5.12万辆的2.5倍`: the figure before 是 (为) is the
    /// multiple at token `i` of the figure right before its 的, past the words of its
    /// period.
    fn multiple_of(&self, i: usize) -> Option<Change> {
        let multiple = self
            .amount(i)
            .filter(|&c| *self.unit(c) == Unit::Multiple)?;
        let old_token = i.checked_sub(1).filter(|&j| j >= self.range.start)?;
        let old = self.amount(old_token)?;
        if &self.text[self.span(old_token).end..self.span(i).start] != "的" {
            return None;
        }
        let new_token = (self.range.start..old_token)
            .rev()
            .find(|&j| !self.is_period(j) && !self.is_cue(j, CueKind::ClauseSep))?;
        let new = self.amount(new_token)?;
        let between = &self.text[self.span(new_token).end..self.span(old_token).start];
        let says_is = between
            .trim_start_matches(['，', ',', ' '])
            .starts_with(['是', '为', '為']);
        (says_is && !self.is_rate(new) && self.comparable(old, new))
            .then(|| self.change(old, new, Some(multiple), None))
    }

    /// Whether token `i` is "higher" or "lower" before "than": `were 9% higher than the
    /// 1,510 sold a year earlier` compares as "compared with" does, its direction said.
    fn is_comparative(&self, i: usize) -> bool {
        self.is_change_word(i)
            && matches!(
                self.text[self.span(i)].to_ascii_lowercase().as_str(),
                "higher" | "lower"
            )
            && self.text[self.span(i).end..].starts_with(" than ")
    }

    /// `330亿元增长25%至412.5亿元`: old value, change word, rate, "to", new value, in one
    /// clause and without "from".
    fn change_grew_to(&self, to_cue: usize, found: &[Change]) -> Option<Change> {
        let start = self.clause_start(to_cue);
        let rate_token = (start..to_cue).rev().find(|&j| self.amount(j).is_some())?;
        let rate = self.amount(rate_token).filter(|&c| self.is_rate(c))?;
        let word = rate_token
            .checked_sub(1)
            .filter(|&j| j >= start && self.is_change_word(j))?;
        // English puts the subject, not the old value, before the verb (the Russell 2000
        // gained 1.1% to 2,065.30): this order is read in Chinese only.
        if self.text[self.span(word)].is_ascii() {
            return None;
        }
        let old = word.checked_sub(1).filter(|&j| j >= start)?;
        let a = self.amount(old).filter(|&c| !self.is_rate(c))?;
        let b = self
            .run_after(to_cue)
            .first()
            .and_then(|&j| self.amount(j))?;
        if !self.compatible(a, b) || found.iter().any(|c| c.stated == Some(rate)) {
            return None;
        }
        let direction = self.direction_in(word..word + 1);
        Some(self.change(a, b, Some(rate), direction))
    }

    /// `净利润下降至5亿元，上年同期为4亿元`, `同比增长15%至2.3亿元，上年同期为1.9亿元`: a
    /// word of change and 至 give the new value; the old one follows a prior period (上年同期,
    /// 此前) as the next figure of the sentence but rates, before any semicolon. The rate
    /// stands between the word and 至, or after the new value.
    fn change_to_then_prior(&self, to_cue: usize, found: &[Change]) -> Option<Change> {
        if self.text[self.span(to_cue)].is_ascii() {
            return None;
        }
        let clause = self.clause_start(to_cue);
        let direction = self.direction_in(clause..to_cue)?;
        // A rate's new level (`上调至3.2%`) is no run of amounts.
        let new_token = self
            .run_after(to_cue)
            .first()
            .copied()
            .or_else(|| (to_cue + 1 < self.range.end).then_some(to_cue + 1))?;
        let b = self.amount(new_token)?;
        if found.iter().any(|c| c.to == b || c.from == b) {
            return None;
        }
        let old_token = (new_token + 1..self.range.end)
            .take_while(|&j| !self.is_semicolon(j))
            .find(|&j| {
                self.amount(j)
                    .is_some_and(|c| self.is_rate(c) == self.is_rate(b) && c != b)
            })?;
        // `此前预测为3.5%`: what the old value was may stand between.
        let before_old = old_token - 1;
        let cue_before = if self.is_cue(before_old, CueKind::Estimate) {
            before_old - 1
        } else {
            before_old
        };
        let after_prior = [CueKind::PriorPeriod, CueKind::Prior]
            .iter()
            .any(|&kind| self.is_cue(cue_before, kind))
            || self.names_the_period_before(cue_before);
        let a = self.amount(old_token).filter(|_| after_prior)?;
        // `平均客座率提升至81.3%，上年同期为83.6%`: the old value is the same measure's, said
        // without its words (平均 too).
        if !(self.comparable(a, b) && self.same_magnitude(a, b)) {
            return None;
        }
        let rate = [
            Window::Last(clause..to_cue),
            Window::First(new_token + 1..old_token),
        ]
        .into_iter()
        .find_map(|window| self.rate_in(window))
        // (A rate's new level changes by points: `上修0.21個百分點至3.31%，前次預測為3.10%`.)
        .filter(|&r| {
            !self.is_rate(b) || matches!(self.unit(r), Unit::PercentagePoint | Unit::BasisPoint)
        });
        Some(self.change(a, b, rate, Some(direction)))
    }

    /// `回落至5.3%，上月为5.2%`: 上月, 上季度, 上周 name the period before the figure's, as
    /// 上年同期 names the year before.
    fn names_the_period_before(&self, j: usize) -> bool {
        const LAST_PERIODS: [&str; 8] = [
            "上月",
            "上个月",
            "上個月",
            "上季度",
            "上一季度",
            "上周",
            "上週",
            "上财年",
        ];
        self.is_cue(j, CueKind::RelativePeriod) && LAST_PERIODS.contains(&&self.text[self.span(j)])
    }

    /// `净利润为36.8亿元，上年同期为32亿元，同比增长15%`: the old value is the figure
    /// that follows a prior-period word (before the change word, or after its rate:
    /// `同比增长2.50%，上年为8427.7亿元`), the new one the figure before it; the rate
    /// follows the change word. Only rates no other change has claimed, and only in the
    /// old value's part of the sentence: no semicolon and no other figure between them
    /// (`资产11.36万亿元，较上年末的10.52万亿元增长8.0%；存款8.91万亿元，较上年末增长9.2%`),
    /// and not for values that already have their rate (`…增长8.0%，贷款增长8.4%`).
    fn change_since_prior_period(&self, word: usize, out: &mut Vec<Change>) {
        let Some(rate) = self.rate_in(Window::First(word + 1..self.clause_end(word))) else {
            return;
        };
        if out.iter().any(|c| c.stated == Some(rate)) {
            return;
        }
        // (Not `比上年多增0.8万人`, by how much.)
        let after_prior_period = |j: usize| {
            j > self.range.start
                && self.is_cue(j - 1, CueKind::PriorPeriod)
                && self.amount(j).is_some_and(|c| !self.is_rate(c))
                && !self.is_more_or_fewer(j)
        };
        // `营业收入8217.0亿元，同比增长2.50%，上年为8427.7亿元`: the old value may also
        // follow the rate, as the next figure but rates in the same part of the sentence,
        // when the prior period says it "was" (为) that value (`比上年2062亿元增长` is the
        // old value of the next change).
        let rate_token = self.claims[rate].token;
        let says_it_was = |j: usize| {
            self.text
                .get(self.span(j - 1).end..self.span(j).start)
                .is_some_and(|between| matches!(between.trim(), "为" | "為" | "是"))
        };
        let old_after_rate = || {
            (rate_token + 1..self.range.end)
                .take_while(|&j| !self.is_semicolon(j))
                .find(|&j| self.amount(j).is_some_and(|c| !self.is_rate(c)))
                .filter(|&j| after_prior_period(j) && says_it_was(j))
        };
        // (Before the change word, only in its own part of the sentence: `较上年同期的
        // 125.0亿元增长12.0%；净利润8.4亿元，同比增长20.0%，上年同期为7.0亿元`.)
        let own_part = (self.range.start..word)
            .rev()
            .find(|&j| self.is_semicolon(j))
            .map_or(self.range.start, |j| j + 1);
        let Some(old) = (own_part..word)
            .rev()
            .find(|&j| after_prior_period(j))
            .or_else(old_after_rate)
        else {
            return;
        };
        let Some(a) = self.amount(old) else { return };
        let another_figure =
            (old + 1..word).any(|j| self.amount(j).is_some_and(|c| !self.is_rate(c)));
        if another_figure || self.semicolon_between(old, word) {
            return;
        }
        // The new value stands in the old one's part of the sentence: `10月平均时薪为
        // 35.46美元，9月为35.32美元；上年同期为34.10美元` names October's year-ago value
        // after September's, and which figure it is compared with is not said.
        let part_start = (self.range.start..old)
            .rev()
            .find(|&j| self.is_semicolon(j))
            .map_or(self.range.start, |j| j + 1);
        // (Not what the change word before it measures: `70650万吨，比上年增加1109万吨，
        // 增长1.6%，上年为69541万吨` grew by 1109万吨.)
        let new = (part_start..old)
            .rev()
            .find(|&j| {
                self.amount(j)
                    .is_some_and(|b| !self.is_rate(b) && self.compatible(a, b))
                    && !self.is_compared_with(j)
                    && !self.is_more_or_fewer(j)
                    && !self.is_a_difference(j)
            })
            .map(|j| self.value_past_a_bound(j).unwrap_or(j));
        let has_its_rate = |b: usize| {
            out.iter()
                .any(|c| (c.from, c.to) == (a, b) && c.stated.is_some())
        };
        if let Some(b) = new
            .and_then(|j| self.amount(j))
            .filter(|&b| !has_its_rate(b))
        {
            let direction = self.direction_in(word..word + 1);
            out.push(self.change(a, b, Some(rate), direction));
        }
    }

    /// A change introduced by "from"/从/由, in one of three shapes:
    /// `rose 3.2 pct to B from A` (to before from), `从A提高至B` / `from A to B` (to
    /// after from), and `B, up X% from A` (a change word before from, no "to").
    pub(super) fn change_from(&self, from_cue: usize, out: &mut Vec<Change>) {
        let olds = self.run_after(from_cue);
        let (Some(&first_old), Some(&last_old)) = (olds.first(), olds.last()) else {
            match self.rate_levels_listed(from_cue) {
                Some(listed) => out.extend(listed),
                None => out.extend(self.rate_level_change(from_cue)),
            }
            return;
        };
        // `from 3.63 million across 220 matches`: the old values are those measured like
        // the first.
        let listed_olds = self.measured_alike_in(&olds);
        let previous_from = (self.range.start..from_cue)
            .rev()
            .find(|&j| self.is_cue(j, CueKind::From))
            .map_or(self.range.start, |j| j + 1);
        // "to B" belongs to this "from" in its clause, or in the clause just before when
        // "from" opens its own (rose 11.3 pct to 416 mln, from 374 mln).
        let clause = self.clause_start(from_cue);
        let reach = if self.opens_its_clause(from_cue) || self.opens_with_a_period_before(from_cue)
        {
            self.clause_before_asides(clause)
        } else {
            clause
        };
        let since = previous_from.max(reach);
        let change_word_before = from_cue > self.range.start && self.is_change_word(from_cue - 1);
        // (Not past a change word of its own: `rose 8.3% … to 291.4 trillion talers and
        // was up 0.9% from 288.8 trillion` compares with "from" what "up" moved.)
        let to_before = (since..from_cue)
            .rev()
            .find(|&j| self.is_cue(j, CueKind::To))
            .filter(|&t| !change_word_before && !(t + 1..from_cue).any(|j| self.is_change_word(j)));
        // After a verb of change (fell from 96 to 64, 从40亿元下降至50亿元) "to" is this
        // change's only right after the old value: `up from 348.1 mln and for the
        // two-month period available miles declined to 745.3 mln` closes another. After
        // "up" or "down" the old value is a range: `EPS of $9.00 to $9.30, down from $9.20
        // to $9.60`.
        let adverb_before = change_word_before
            && matches!(
                self.text[self.span(from_cue - 1)]
                    .to_ascii_lowercase()
                    .as_str(),
                "up" | "down"
            );
        let to_after = (last_old + 1..self.clause_end(from_cue))
            .take_while(|&j| !self.is_cue(j, CueKind::From))
            .find(|&j| self.is_cue(j, CueKind::To))
            .filter(|&t| {
                !change_word_before
                    || !adverb_before
                        && (self.right_after(last_old, t) || self.only_periods_between(last_old, t))
            });
        let (news, direction_window, rate_windows) = if let Some(t) = to_before {
            // Another "to" before this one closes a change of its own: `Shares rose 2.8%
            // to $69.12 after the company raised its forecast to $4.5 billion from $4.47
            // billion`.
            // `rose $10 million, or 5%, to $210 million from $200 million`: a "to" that
            // opens its clause goes on the clause before it and its asides.
            // (Not one that only its clause's tokens open: `Sales rose, and June was
            // revised to 118,000 from 179,000` says nothing of how June moved.)
            let clause = self.clause_start(t);
            let start = if self.opens_its_clause(t) {
                self.clause_before_asides(clause).max(previous_from)
            } else {
                clause.max(since)
            };
            let window = (start..t)
                .rev()
                .find(|&j| self.is_cue(j, CueKind::To))
                .map_or(start, |j| j + 1)..t;
            // `Huaxin rose 9.1% after it said revenue rose to 4.62 billion yuan from 3.88
            // billion yuan`: of two change words, the one nearest "to" moved its value;
            // a rate after the other is that one's.
            let mut words = window.clone().rev().filter(|&j| self.is_change_word(j));
            // (`The rise in starts included a 5.1 pct increase in September starts to
            // 1,168,000 from 1,111,000`: a rate right before the nearest word is its own.)
            let window = match (words.next(), words.next()) {
                (Some(nearest), Some(_)) => {
                    let rate_before = nearest.checked_sub(1).filter(|&r| {
                        r >= window.start
                            && self.adjacent(r, nearest)
                            && self.amount(r).is_some_and(|c| self.is_rate(c))
                    });
                    rate_before.unwrap_or(nearest)..t
                }
                _ => window,
            };
            let after_old = last_old + 1;
            (
                self.run_after(t),
                window.clone(),
                vec![
                    Window::Last(window),
                    Window::Following {
                        after: last_old,
                        within: after_old..self.clause_end(self.clause_end(after_old) + 1),
                    },
                ],
            )
        } else if let Some(t) = to_after {
            // `raised it to between 1.9 million and 2.0 million, from 1.7 million to 1.9
            // million`: after a range, "from A to B" is the range it revises.
            if (since..from_cue).any(|j| self.is_a_range(j)) {
                return;
            }
            let news = self.run_after(t);
            // `27.90% from 25 to 44, 24.70% from 45 to 64`: bare numbers from one to
            // another with no word of change are a range (of ages), no change.
            let moved = (since..t).any(|j| self.is_change_word(j));
            if !moved && self.is_bare(first_old) && news.first().is_some_and(|&n| self.is_bare(n)) {
                return;
            }
            let after_new = news.last().map_or(t + 1, |&n| n + 1);
            let next_clause_end = self.clause_end(self.clause_end(after_new) + 1);
            let before_from = self.since_last_conjunction(self.clause_start(from_cue)..from_cue);
            (
                news,
                since..t,
                vec![
                    Window::First(from_cue..t),
                    Window::Following {
                        after: after_new - 1,
                        within: after_new..next_clause_end,
                    },
                    Window::Last(before_from),
                ],
            )
        } else {
            let Some(word) = (since..from_cue).rev().find(|&j| self.is_change_word(j)) else {
                return;
            };
            // `Sales were $100 million, down 19% from $123.5 million in the previous
            // quarter but up 27% from $78.7 million a year earlier`: the first comparison's
            // old value is not the second's new one.
            // `The population, made up of 3.66 million citizens and 0.54 million
            // residents, grew 0.5% from 4.18 million`, `Sales of $5 billion, including $2
            // billion from cloud, rose 10%`: a part listed in an aside before the change
            // word is not what changed; the whole, if given, stands before its parts.
            // (Nor what another change word measured: `closed at $9,812, up $323 from
            // $9,489, and up 16.9% from $8,390` compares $8,390 with the level; nor the
            // base of a rate: `29.7 offences per 1,000 residents, down from 31.2`; nor an
            // estimate: `$1.42, above the $1.35 analysts had expected and up 30% from`.)
            let value = |j: usize| {
                self.amount(j).is_some_and(|c| !self.is_rate(c))
                    && !self.is_compared_with(j)
                    && !self.is_a_difference(j)
                    && !self.is_counted_per(j)
                    && !self.names_an_estimate_after(j)
            };
            // `shipments to the United States up 12% at 141,000 from 125,900`: "at" after
            // the word names the new level.
            let at_level = (word + 1..from_cue)
                .find(|&j| {
                    self.is_cue(j, CueKind::PerUnit)
                        && self.text[self.span(j)].eq_ignore_ascii_case("at")
                })
                .map(|j| j + 1)
                .filter(|&j| j < from_cue && value(j));
            // `The Greens won 14 seats, the Rural Coalition slipped from 12`: a clause that
            // names what changed is about no figure of the clauses before.
            let own_subject = self.names_what_changed(word);
            let mut nearest = at_level
                .or_else(|| (self.range.start..word).rev().find(|&j| value(j)))
                .filter(|&j| !own_subject || j >= self.clause_start(word))
                .map(|j| self.value_past_a_bound(j).unwrap_or(j));
            if let Some(aside) = nearest
                .map(|n| self.clause_start(n))
                .filter(|&start| start > self.range.start && self.lists_parts(start))
            {
                nearest = (self.range.start..aside).rev().find(|&j| value(j));
            }
            // `ended October with 1,214 stores after opening 18 net new stores, up from
            // 1,196`: either the level or the number added may be what went up.
            if let Some(added) = nearest.filter(|&n| self.added_to_a_level_before(n)) {
                out.extend(
                    self.amount(first_old)
                        .zip(self.amount(added))
                        .map(|(old, added)| Change {
                            unchecked: Some(LEVEL_OR_ADDED),
                            ..self.change(old, added, None, None)
                        }),
                );
                return;
            }
            // `$12,480 and $38,960, up 2.0% and 3.5% from $12,235 and $37,643`: a list of
            // old values pairs, in order, with the list of new values that ends before the
            // word.
            if listed_olds.len() > 1 {
                let Some(news) = nearest.and_then(|n| self.last_of_run(n, listed_olds.len()))
                else {
                    return;
                };
                // `142,300 and 96,450, respectively, up 20.0% and down 4.7% from 118,600
                // and 101,200`: words of both directions, one a pair; none is every pair's.
                let words = news.last().map_or(word, |&n| n + 1)..from_cue;
                let direction = if self.directions_agree_in(words) {
                    word..word + 1
                } else {
                    word..word
                };
                (news, direction, Vec::new())
            } else {
                let Some(new) = nearest.map(|n| self.value_changed(n, first_old)) else {
                    return;
                };
                // `$3.00 and $4.25 for 2023 and 2024, respectively, down from $3.10 and
                // $4.40`: the figure next to the word ends a list, whose values each have
                // their own old value.
                let ends_list =
                    new.is_some_and(|n| (n..word).any(|j| self.is_cue(j, CueKind::Respectively)));
                // `EPS of $9.00 to $9.30, down from $9.20 to $9.60`: ranges, whose ends are not
                // each other's old and new values.
                let new_range = new.filter(|&n| self.ends_a_range(n));
                if let Some(n) = new_range.filter(|_| self.starts_a_range(last_old)) {
                    out.extend(self.ranges_apart(n - 2..=n, last_old..=last_old + 2, word));
                    return;
                }
                if ends_list || new_range.is_some() || self.starts_a_range(last_old) {
                    return;
                }
                // The rate nearest "from" is its own: `up 3% sequentially and 7% from $1.22
                // billion a year earlier`. Else a new value reached by "to" has the rate of its
                // clause: `rose 3.7% in May from a year earlier to $26.14 billion, up from
                // $24.36 billion`.
                // (Not when that clause has an old value of its own: `rose 5% to $2.1 billion
                // from $2.0 billion, and profit rose from $300 million`.)
                let reached = new
                    .and_then(|n| n.checked_sub(1))
                    .filter(|&to| to >= self.range.start && self.is_cue(to, CueKind::To))
                    .filter(|&to| !(to + 1..from_cue).any(|j| self.is_cue(j, CueKind::From)));
                let own_clause = reached.map(|to| Window::Last(self.clause_start(to)..to));
                (
                    new.into_iter().collect(),
                    word..word + 1,
                    std::iter::once(Window::Last(word..from_cue))
                        .chain(own_clause)
                        .collect(),
                )
            }
        };
        // `exports fell 1.2% to 121,000, from 411,000 and 122,500`: a list of old values
        // has no one new value to pair with.
        let pairs: Vec<(usize, usize)> = if listed_olds.len() == news.len() {
            listed_olds
                .iter()
                .copied()
                .zip(news.iter().copied())
                .collect()
        } else if listed_olds.len() == 1 {
            news.first()
                .map(|&n| vec![(first_old, n)])
                .unwrap_or_default()
        } else {
            return;
        };
        // `The minimum macOS version was raised from 10.9 to 10.15`: bare numbers in a
        // clause of versions number releases (10.15 comes after 10.9), not amounts.
        let bare = |&(old, new): &(usize, usize)| self.is_bare(old) && self.is_bare(new);
        if pairs.iter().all(bare) && self.says_version(from_cue) {
            return;
        }
        let direction = self.direction_in(direction_window);
        let rate = if pairs.len() == 1 {
            rate_windows.into_iter().find_map(|w| self.rate_in(w))
        } else {
            None
        };
        // `分别从42 ms、250 ms降至30 ms、150 ms，降幅分别为29%和40%`: a list of changes takes
        // the rates listed after it in order, when there are as many.
        let last_value = pairs.iter().map(|&(old, new)| old.max(new)).max();
        let listed_rates = last_value
            .filter(|_| pairs.len() > 1)
            .and_then(|j| self.rates_listed_in_the_clause_after(j, pairs.len()));
        for (k, &(old, new)) in pairs.iter().enumerate() {
            if let (Some(a), Some(b)) = (self.amount(old), self.amount(new)) {
                // `Attendance averaged 41,200, down 6% from 45,800`: an old value right
                // after "from" names no measure of its own and is the new one's, unless a
                // total before the average is what changed (`handled 4.84 million
                // passengers, an average of 156,000 a day, up 2.8% from 4.71 million`).
                let total_before = || {
                    (self.range.start..new).any(|k| {
                        self.amount(k).is_some_and(|c| {
                            !self.is_rate(c) && self.comparable(a, c) && !self.is_an_average(k)
                        })
                    })
                };
                let measured_alike = self.compatible(a, b)
                    || self.adjacent(from_cue, old)
                        && self.comparable(a, b)
                        && self.same_magnitude(a, b)
                        && !total_before();
                if measured_alike {
                    // `从5.6亿元收窄至3.3亿元，亏损收窄41.1%`, "up from $699, an increase of 14%":
                    // the rate may open the next clause.
                    let stated_with = rate
                        .or_else(|| self.difference(direction.as_ref(), from_cue, a, b))
                        .or_else(|| self.difference_after(old.max(new), a, b));
                    let stated_after = match &listed_rates {
                        Some(rates) => rates.get(k).copied(),
                        None if pairs.len() == 1 => self.rate_in_the_clause_after(old.max(new)),
                        None => None,
                    };
                    let stated = stated_with.or(stated_after);
                    out.push(self.change(a, b, stated, direction.clone()));
                    // `从400.3亿元增至454.7亿元，增加54.4亿元，增长13.6%`: a rate may open the
                    // clause after the difference's.
                    let rate_after_difference = stated
                        .filter(|&d| pairs.len() == 1 && !self.is_rate(d))
                        .and_then(|d| self.rate_in_the_clause_after(self.claims[d].token));
                    out.extend(
                        rate_after_difference
                            .map(|r| self.change(a, b, Some(r), direction.clone())),
                    );
                    // `由7.02亿元减少至6.14亿元，增长12.5%`: the word before a rate in a
                    // clause of its own, after the values, says which way it went too
                    // (not "a decline of 0.3% after adjusting for inflation").
                    let said_after = stated.filter(|&r| {
                        let token = self.claims[r].token;
                        self.clause_start(token) > old.max(new)
                            && clause_ends(&self.text[self.span(token).end..])
                    });
                    out.extend(
                        said_after
                            .and_then(|r| self.direction_before_in_its_clause(r))
                            .filter(|(own, _)| direction.as_ref().is_none_or(|(d, _)| d != own))
                            .map(|own| self.change(a, b, None, Some(own))),
                    );
                }
            }
        }
    }

    /// The direction the change word before claim `rate` in its clause says (`，增长12.5%`).
    fn direction_before_in_its_clause(&self, rate: usize) -> Option<(Direction, Range<usize>)> {
        let token = self.claims[rate].token;
        self.direction_in(self.clause_start(token)..token)
    }

    /// Whether the figure at token `j` is an estimate or target by the words right after
    /// it (`2% target`, `3%左右的年度预期目标`): the next token of its clause, but periods,
    /// is one, with no punctuation between.
    fn names_an_estimate_after(&self, j: usize) -> bool {
        let end = self.clause_end(j);
        // (Not an estimate the figure beat: `$2.05 per share beat estimates of $2.03`.)
        (j + 1..end).find(|&k| !self.is_period(k)).is_some_and(|k| {
            let between = &self.text[self.span(j).end..self.span(k).start];
            self.is_cue(k, CueKind::Estimate)
                && !between.contains(|c: char| c.is_ascii_punctuation() || "，、；：".contains(c))
                && !compares_with_expectations(between)
        })
    }

    /// Whether the words right after the figure at token `j` name a metric (`the $74.50
    /// offer price`) that claim `other` is not known to be of.
    fn names_another_measure_after(&self, j: usize, other: usize) -> bool {
        let named = metric_opening(self.text[self.span(j).end..].trim_start());
        named.is_some_and(|(metric, _)| {
            self.claims[other]
                .metric
                .known()
                .is_none_or(|m| **m != *metric)
        })
    }

    /// Whether token `j` is a figure with no unit.
    fn is_bare(&self, j: usize) -> bool {
        self.amount(j).is_some_and(|c| *self.unit(c) == Unit::None)
    }

    /// Whether the clause of token `j` speaks of versions (`version`, 版本).
    fn says_version(&self, j: usize) -> bool {
        let clause = self.clause_text(j);
        clause.to_ascii_lowercase().contains("version") || clause.contains("版本")
    }

    /// Whether English words right before the change word at token `word`, with no token
    /// of its clause between, name what changed (`the Rural Coalition slipped`): words
    /// other than those joining the clause to the one before, pronouns, verbs of being
    /// and adverbs (`, its profit rising`, `, and sharply down`).
    fn names_what_changed(&self, word: usize) -> bool {
        const JOINERS: [&str; 5] = ["and", "but", "while", "or", "yet"];
        const NO_SUBJECT: [&str; 12] = [
            "its", "their", "his", "her", "which", "that", "a", "an", "was", "were", "is", "are",
        ];
        // (Past the clause's figures: `, 20% more than the $1.05 million in Q2 and up`.)
        let start = match word.checked_sub(1) {
            Some(k) if k >= self.clause_start(word) && k >= self.range.start => self.span(k).end,
            _ => self.clause_bytes(word).start,
        };
        let before = &self.text[start..self.span(word).start];
        if !before.is_ascii() {
            return false;
        }
        // (Words before a joiner end the clause before: `up 5% from the prior quarter and
        // up 12%`.)
        let words: Vec<String> = before
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_ascii_lowercase)
            .collect();
        let own = words
            .iter()
            .rposition(|w| JOINERS.contains(&w.as_str()))
            .map_or(&words[..], |joiner| &words[joiner + 1..]);
        own.first()
            .is_some_and(|first| !NO_SUBJECT.contains(&first.as_str()) && !first.ends_with("ly"))
    }

    /// The tokens of `window` after the last word that joins another clause to the one
    /// its last token opens: a rate before "and" is the other clause's change (`Users grew
    /// 9.7% and ARPPU rose from $80.09 to $80.98`, `付费用户环比增长9.7%以及ARPPU由80.09元提升至
    /// 80.98元`).
    fn since_last_conjunction(&self, window: Range<usize>) -> Range<usize> {
        const JOINERS: [&str; 7] = [" and ", " while ", " but ", "以及", "，而", "同时", "同時"];
        let joined = |j: &usize| {
            let gap = &self.text[self.span(*j).end..self.span(j + 1).start];
            JOINERS.iter().any(|w| gap.contains(w))
        };
        let start = window
            .clone()
            .rev()
            .find(joined)
            .map_or(window.start, |j| j + 1);
        start..window.end
    }

    /// `fell to 2.60 mln tonnes, white value, at the end of February from 2.50 mln`: the
    /// clause of token `j` opens with words naming a period, then `j`.
    fn opens_with_a_period_before(&self, j: usize) -> bool {
        const PERIOD_WORDS: [&str; 8] = ["at", "the", "end", "of", "in", "on", "by", "during"];
        let clause = self.clause_start(j);
        if clause == self.range.start || clause == j || !(clause..j).all(|k| self.is_period(k)) {
            return false;
        }
        let between = |a: usize, b: usize| &self.text[self.span(a).end..self.span(b).start];
        (clause - 1..j).all(|k| {
            between(k, k + 1)
                .split_whitespace()
                .all(|word| PERIOD_WORDS.iter().any(|w| word.eq_ignore_ascii_case(w)))
        })
    }

    /// `$3.30 billion to $3.33 billion, down from $3.25 billion to $3.29 billion`: a range
    /// (tokens of its ends) wholly above or below the old one moved from its nearest end;
    /// ranges that overlap say no direction. (A rate between ranges is no one number's.)
    fn ranges_apart(
        &self,
        new: RangeInclusive<usize>,
        old: RangeInclusive<usize>,
        word: usize,
    ) -> Option<Change> {
        let quantity = |j: usize| self.claims[self.amount(j)?].mention.quantity();
        let apart = |low: usize, high: usize| {
            let (low, high) = (quantity(low)?, quantity(high)?);
            Some(low.value > high.value && !low.interval.intersects(&high.interval))
        };
        let (from, to) = if apart(*new.start(), *old.end())? {
            (*old.end(), *new.start())
        } else if apart(*old.start(), *new.end())? {
            (*old.start(), *new.end())
        } else {
            return None;
        };
        let (a, b) = (self.amount(from)?, self.amount(to)?);
        self.compatible(a, b)
            .then(|| self.change(a, b, None, self.direction_in(word..word + 1)))
    }

    /// `fell to 4.3% from 4.0%`, `rose from 4.0% to 4.3%`: the rates right after "to" and
    /// "from", next to each other, are a rate's new and old levels, with a change word
    /// before them in the clause. The rate stated with them, before them or after them as
    /// a change's rate is after its values, is checked only in points (`up 0.3 percentage
    /// point`): a percent beside levels may mean either.
    fn rate_level_change(&self, from_cue: usize) -> Option<Change> {
        let level_after = |cue: usize| {
            self.amount(cue + 1)
                .filter(|&c| cue + 1 < self.range.end && self.is_rate(c))
        };
        // The old level's period may stand between (由9月的2.6%回落至2.9%).
        let old_cue = (from_cue + 1..self.range.end)
            .find(|&j| !self.is_period(j))
            .map_or(from_cue, |j| j - 1);
        let old = level_after(old_cue)?;
        // "to" before "from" (fell to B from A; B's period may stand between: fell to
        // 4.8% in the second quarter from 4.4%), or after A, past a change word in
        // Chinese (从A升至B).
        // (Past the change in points: 由3.10%上修0.21個百分點至3.31%.)
        let in_points = |j: usize| {
            self.amount(j)
                .filter(|&c| matches!(self.unit(c), Unit::PercentagePoint | Unit::BasisPoint))
        };
        let after_old = (old_cue + 2..self.range.end)
            .find(|&j| !self.is_change_word(j) && in_points(j).is_none());
        let points_between = after_old.and_then(|to| (old_cue + 2..to).find_map(in_points));
        let before_new = (self.range.start..from_cue)
            .rev()
            .find(|&j| !self.is_period(j))
            .and_then(|new| new.checked_sub(1));
        let to_cue = [before_new, after_old]
            .into_iter()
            .flatten()
            .find(|&j| j >= self.range.start && j < self.range.end && self.is_cue(j, CueKind::To));
        let Some(to_cue) = to_cue else {
            return self.rate_level_before_its_change(from_cue, old);
        };
        // `cut its forecast to 2.6%, from 2.8% to 3.0% previously`: a rate reached by "to"
        // before "from A to B" is the new level, and A to B the range it revises, as
        // "previously" says after it.
        let new = level_after(to_cue)?;
        let previously = self.text[self.claims[new].mention.span.end..]
            .trim_start()
            .starts_with("previously");
        if to_cue > from_cue {
            let clause = self.clause_start(from_cue);
            let start = if self.opens_its_clause(from_cue) {
                self.clause_before_asides(clause)
            } else {
                clause
            };
            let reached_before = self
                .since_last_conjunction(start..from_cue)
                .any(|j| self.is_cue(j, CueKind::To) && level_after(j).is_some());
            if reached_before || previously {
                return None;
            }
        }
        // A negative rate that "eased" or "narrowed" moved toward zero: the word is about
        // its size, not its sign (deflation eased to -0.2% from -0.5%).
        if self.is_negative(old) || self.is_negative(new) {
            return None;
        }
        let (first, last) = (from_cue.min(to_cue), from_cue.max(to_cue));
        // `lifted its policy rate by 50 basis points on Thursday, to 4.50% from 4.25%`:
        // a "to" that opens its clause goes on the clause before it.
        let clause = self.clause_start(first);
        let start = if self.opens_its_clause(first) {
            self.clause_before_asides(clause)
        } else {
            clause
        };
        let direction = self.direction_in(start..last)?;
        // The level after the later cue ends the pair; a rate may follow it.
        let (last_level, beyond) = (last + 1, last + 2);
        let stated = points_between.filter(|_| to_cue > from_cue);
        let stated = stated
            .or_else(|| self.rate_in(Window::Last(start..first)))
            .or_else(|| {
                self.rate_in(Window::Following {
                    after: last_level,
                    within: beyond..self.clause_end(self.clause_end(beyond) + 1),
                })
            });
        self.compatible(old, new)
            .then(|| self.change(old, new, stated, Some(direction)))
    }

    /// `raised its forecasts for 2025 and 2026 to 2.75% and 2.2%, from 2.5% and 1.9%,
    /// respectively`: a list of rates after "to" and one as long after "from", said
    /// respectively, are new and old levels in order, moved the way the word before "to"
    /// says.
    fn rate_levels_listed(&self, from_cue: usize) -> Option<Vec<Change>> {
        let olds = self.rates_listed_after(from_cue);
        let respectively = self
            .range
            .clone()
            .any(|j| self.is_cue(j, CueKind::Respectively));
        if olds.len() < 2 || !respectively {
            return None;
        }
        let to_cue = (self.range.start..from_cue)
            .rev()
            .find(|&j| self.is_cue(j, CueKind::To))?;
        let news = self.rates_listed_after(to_cue);
        if news.len() != olds.len() || news.last().is_some_and(|&n| n > from_cue) {
            return None;
        }
        let direction = self.direction_in(self.clause_start(to_cue)..to_cue)?;
        let changes = olds.iter().zip(&news).map(|(&old, &new)| {
            let (a, b) = (self.amount(old)?, self.amount(new)?);
            let alike = self.compatible(a, b) && !self.is_negative(a) && !self.is_negative(b);
            alike.then(|| self.change(a, b, None, Some(direction.clone())))
        });
        changes.collect()
    }

    /// The percentages listed right after token `i` (`2.75% and 2.2%`, `48%, 29% and
    /// 23%`), past commas and the word "respectively".
    pub(super) fn rates_listed_after(&self, i: usize) -> Vec<usize> {
        let percent = |j: usize| {
            j < self.range.end
                && self
                    .amount(j)
                    .is_some_and(|c| *self.unit(c) == Unit::Percent)
        };
        let mut out = Vec::new();
        for j in i + 1..self.range.end {
            match self.amount(j) {
                Some(_) if percent(j) => out.push(j),
                Some(_) => break,
                None if self.is_cue(j, CueKind::Respectively) => {}
                None if self.is_cue(j, CueKind::ClauseSep)
                    && (out.is_empty() || percent(j + 1)) => {}
                None => break,
            }
        }
        out
    }

    /// `operated at 79.6 pct of capacity in February, up 0.2 percentage point from 79.4
    /// pct`: without "to", a rate's new level is the rate of its measure nearest before
    /// the change word right before "from" (its stated change aside), in the sentence.
    fn rate_level_before_its_change(&self, from_cue: usize, old: usize) -> Option<Change> {
        let stated_between = |j: usize| self.amount(j).is_some_and(|c| self.is_rate(c));
        let word = (self.range.start..from_cue)
            .rev()
            .take_while(|&j| self.is_change_word(j) || stated_between(j))
            .find(|&j| self.is_change_word(j))?;
        // (`was 2.8% in October, above the central bank's 2% target and up from 2.6%`: past
        // a target. `fell to 4.0% from 4.5% a year earlier, and was down from 4.2% last
        // month`: past another comparison's old value, to the level it was compared with.)
        let mut past_an_old_value = false;
        let level = (self.range.start..word).rev().find(|&j| {
            if self.is_cue(j, CueKind::From) {
                return !std::mem::take(&mut past_an_old_value);
            }
            let value = self.amount(j).is_some();
            if value && j > self.range.start && self.is_cue(j - 1, CueKind::From) {
                past_an_old_value = true;
                return false;
            }
            value && !self.names_an_estimate_after(j)
        })?;
        let new = self
            .amount(level)
            .filter(|&c| self.is_rate(c) && self.one_measure(c, old))?;
        // A rate of growth changes as a level does (`the CPI rose 3.2%, down from 3.4%`),
        // not one of a fall: `Sales fell 3%, up from a 5% decline` moved toward zero.
        let grew = matches!(
            self.direction_in(level.saturating_sub(1)..level),
            Some((Direction::Rise, _))
        );
        let a_fall = self.claims[old].is_change || self.claims[new].is_change && !grew;
        let unlike = self.is_negative(old) || self.is_negative(new) || a_fall;
        if unlike || !self.compatible(old, new) {
            return None;
        }
        let direction = self.direction_in(word..word + 1)?;
        let stated = self.rate_in(Window::First(word + 1..from_cue));
        Some(self.change(old, new, stated, Some(direction)))
    }

    /// `失业率为4.7%，较上月的5.2%下降0.5个百分点`, `较上月的5.2%下降0.5个百分点，至4.7%`: a
    /// rate compared with its earlier level (its period may stand between 较 and it)
    /// changes by points, and its new level is the rate before 较 in the sentence or the
    /// one after 至 past the change.
    fn rate_level_than(&self, than_cue: usize) -> Option<Change> {
        let end = self.clause_end(than_cue);
        let old_token = (than_cue + 1..end).find(|&j| !self.is_period(j))?;
        let percent = |j: usize| self.amount(j).filter(|&c| *self.unit(c) == Unit::Percent);
        let old = percent(old_token)?;
        let after = old_token + 1..end;
        let direction = self.direction_in(after.clone())?;
        let stated_token = after.clone().find(|&j| self.amount(j).is_some())?;
        let stated = self
            .amount(stated_token)
            .filter(|&c| matches!(self.unit(c), Unit::PercentagePoint | Unit::BasisPoint))?;
        let before = (self.range.start..than_cue)
            .rev()
            .find(|&j| percent(j).is_some() && !self.names_an_estimate_after(j))
            .filter(|&j| !self.is_compared_with(j));
        let after_to = || {
            let to = stated_token + 1..(stated_token + 3).min(self.range.end);
            let to = to.clone().find(|&j| self.is_cue(j, CueKind::To))?;
            (stated_token + 1..to)
                .all(|j| self.is_cue(j, CueKind::ClauseSep))
                .then_some(to + 1)
        };
        let new = percent(before.or_else(after_to)?)?;
        Some(self.change(old, new, Some(stated), Some(direction)))
    }

    /// `The CET1 ratio rose 60 basis points to 14.6%, compared with 14.2%`: a rate reached
    /// by "to" right before "compared with" is the new level of the rate after it, moved
    /// by the change word and the rate before "to" in its clause, where that rate is in
    /// points or the rate after is said of an earlier period ("a year earlier").
    fn rate_level_compared_with(&self, than_cue: usize) -> Option<Change> {
        let percent = |j: usize| self.amount(j).filter(|&c| *self.unit(c) == Unit::Percent);
        let old_token = (than_cue + 1..self.clause_end(than_cue)).find(|&j| !self.is_period(j))?;
        let old = percent(old_token)?;
        let new_token = (self.range.start..than_cue)
            .rev()
            .find(|&j| !self.is_period(j) && !self.is_cue(j, CueKind::ClauseSep))?;
        let new = percent(new_token)?;
        let to = new_token
            .checked_sub(1)
            .filter(|&t| t >= self.range.start && self.is_cue(t, CueKind::To))?;
        if self.is_negative(old) || self.is_negative(new) {
            return None;
        }
        let start = self.clause_start(to);
        let direction = self.direction_in(start..to)?;
        let stated = self.rate_in(Window::Last(start..to));
        // (Only where the rate is said of an earlier period, or the change in points
        // between: `expects the policy rate to fall to 3.9% by the end of 2025, compared
        // with 3.4% in the projections issued in September` compares two forecasts.)
        let in_points = stated
            .is_some_and(|c| matches!(self.unit(c), Unit::PercentagePoint | Unit::BasisPoint));
        (in_points || self.of_a_prior_period_after(old_token))
            .then(|| self.change(old, new, stated, Some(direction)))
    }

    /// `increased by 119 employees, from 1,501 … to 1,620`, `从42.4亿元增加3.2亿元至45.6亿元`:
    /// an amount of the values' kind right after the change word, that is neither value, is the
    /// stated difference; words naming what changed, its period or that it is an
    /// estimate, may stand between (`raised the quarterly dividend by 2 cents`, `cut its
    /// 2024 forecast by 10 cents`). ("rose to 2.16 mln" has "to" there, not an amount.)
    fn difference(
        &self,
        direction: Option<&(Direction, Range<usize>)>,
        from_cue: usize,
        old: usize,
        new: usize,
    ) -> Option<usize> {
        let (_, word_span) = direction?;
        // The word stands before "from" in English and after it in Chinese (从A增加X至B).
        let word = self.range.clone().find(|&j| self.span(j) == *word_span)?;
        let next = (word + 1..self.range.end)
            .find(|&j| !(self.is_period(j) || self.is_cue(j, CueKind::Estimate)))
            .filter(|&j| j != from_cue)?;
        self.amount(next)
            .filter(|&c| c != old && c != new && !self.is_rate(c) && self.compatible(old, c))
    }

    /// `climbed to 212 million euros from 168 million euros a year earlier, an increase
    /// of 44 million euros`, `从400.3亿元增至454.7亿元，增加54.4亿元`: the amount of the
    /// change named in an aside after its last value (its period may stand between).
    fn difference_after(&self, last_value: usize, old: usize, new: usize) -> Option<usize> {
        let sep = (last_value + 1..self.range.end).find(|&j| !self.is_period(j))?;
        let word = sep + 1;
        let amount = word + 1;
        if amount >= self.range.end
            || !self.is_cue(sep, CueKind::ClauseSep)
            || !self.is_change_word(word)
        {
            return None;
        }
        let article = self.text[self.span(sep).end..self.span(word).start].trim();
        let of = self.text[self.span(word).end..self.span(amount).start].trim();
        // (`，增加54.4亿元`: in Chinese the word alone.)
        let chinese = self.text[self.span(word)].starts_with(is_han);
        let english = matches!(article, "a" | "an") && of == "of";
        (english || chinese && article.is_empty() && of.is_empty()).then_some(())?;
        self.amount(amount)
            .filter(|&c| c != old && c != new && !self.is_rate(c) && self.compatible(old, c))
    }

    /// `B … 较A增长X%` and `rose 5.9 pct to B compared with A`: the new value is the
    /// figure before 较/compared with; the change word and rate follow A closely
    /// (Chinese) or precede B in its clause (English).
    pub(super) fn change_than(&self, than_cue: usize, out: &mut Vec<Change>) {
        // Chinese puts the change after A (较A增长25%); English before B.
        let chinese = !self.text[self.span(than_cue)].is_ascii();
        let Some(&old) = self.run_after(than_cue).first() else {
            out.extend(if chinese {
                self.rate_level_than(than_cue)
            } else {
                self.rate_level_compared_with(than_cue)
            });
            return;
        };
        let Some(a) = self.amount(old).filter(|_| !self.is_more_or_fewer(old)) else {
            return;
        };
        // "compared with 71 of the 180 construction firms, or 39%": a count out of a
        // group is compared as its share, not as a level.
        if !chinese && self.counted_out_of(old) {
            return;
        }
        // `比上年的6.64万元` names the measure of the figure before it without its words
        // (平均 too; not 日均, a rate of the day); a Chinese comparison's new value is no amount of another change
        // (`比6月末增加11.7亿元，比上年同期的118.5亿元增加27.7亿元`).
        let elliptical = chinese
            && old > 0
            && (self.is_period(old - 1)
                || old - 1 == than_cue && self.names_only_a_point(than_cue, old));
        let alike = |j: usize, b: usize| {
            if elliptical && !self.averaged_over_time(j) {
                self.comparable(a, b) && self.same_magnitude(a, b)
            } else {
                self.compatible(a, b)
            }
        };
        let mut candidates = (self.range.start..than_cue).rev().filter(|&j| {
            self.amount(j)
                .is_some_and(|b| !self.is_rate(b) && alike(j, b))
                && !self.is_more_or_fewer(j)
                && !(chinese && self.is_a_difference(j))
        });
        // `营收2760亿元，比上月3142亿元减少，比上年2062亿元增长33.8%`: the figure of an
        // earlier comparison is its old value, not this one's new. In English it also
        // owns the change word before it: `cut it to 80.7 million from 82.5 million,
        // compared with 78.0 million last year` compares the new value with last year's.
        // `第三季營收為5,467.33億元，其中9月營收1,804.30億元；第三季營收較第二季…增加13.7%，
        // 較去年同期…減少10.8%`: a clause that names its period before 較 compares that
        // period's figure, and so do the comparisons that follow it.
        let mut subject_clause = self.clause_start(than_cue);
        while subject_clause > self.range.start && self.is_cue(subject_clause, CueKind::Than) {
            subject_clause = self.clause_start(subject_clause - 1);
        }
        let named_period = (subject_clause..than_cue).find_map(|j| match &self.tokens[j] {
            Token::Mention(m) => m.period(),
            Token::Cue(_) => None,
        });
        let of_named_period = |j: usize| {
            named_period.is_none_or(|period| {
                self.amount(j)
                    .and_then(|c| self.claims[c].period.known())
                    .is_some_and(|p| p.text.ends_with(period))
            })
        };
        let topic = self.topic_before(than_cue);
        let new = if chinese {
            let fits = |j: usize| {
                !self.is_compared_with(j) && of_named_period(j) && self.holds_topic(j, topic)
            };
            candidates
                .find(|&j| fits(j))
                .map(|j| self.value_past_a_bound(j).unwrap_or(j))
        } else {
            let nearest = candidates
                .next()
                .map(|j| self.value_past_a_bound(j).unwrap_or(j));
            // `15,381, an increase of 579, compared with 14,802`: the amount the change
            // word measures is the change; the new value stands before it.
            let nearest = match nearest {
                Some(j) if self.is_a_difference(j) => candidates
                    .next()
                    .filter(|&j| self.only_its_change_follows(j, than_cue))
                    .or(nearest),
                _ => nearest,
            };
            nearest
                .filter(|&j| !self.is_compared_with(j))
                .and_then(|j| self.value_changed(j, old))
        };
        let (Some(new), Some(b)) = (new, new.and_then(|j| self.amount(j))) else {
            return;
        };
        // `earned $1.42 a share against expectations of $1.28`, `rose 9% to $1.12 billion,
        // compared with the $1.16 billion analysts had expected`: a result beside a
        // forecast of it is a surprise, not a change; `jumped 34.2% to $72.47, compared
        // with the $74.50 offer price`: a figure that names another measure right after
        // it is no earlier value of the new one.
        let estimated = (than_cue + 1..old).any(|j| self.is_cue(j, CueKind::Estimate))
            || self.claims[a].source != self.claims[b].source;
        if estimated || !chinese && self.names_another_measure_after(old, b) {
            return;
        }
        // `rose to $150.00 and $120.80, respectively, versus $144.09 and $110.02`: lists,
        // whose values each have their own old value; and `售价分别为4,299元、4,999元和
        // 5,699元，其中起售价较…3,999元上涨300元` compares one of the list, not its last.
        let listed = |range: Range<usize>| {
            range
                .into_iter()
                .any(|j| self.is_cue(j, CueKind::Respectively))
        };
        if listed(new..than_cue) || listed(self.clause_start(new)..new) {
            return;
        }
        // `fell by 6.9 million barrels, compared with a 1.0 million-barrel draw` and `a $0.5
        // million increase …, compared with a $1.2 million release` compare two changes,
        // not two levels.
        if !chinese && (self.is_a_difference(new) || self.names_a_change(new)) {
            return;
        }
        // `The 1,840 homes sold … were 9% higher than the 1,510`: the comparative is the
        // change word, and its rate stands between the two values.
        let comparative = self.is_comparative(than_cue).then(|| {
            if self.is_cue(than_cue, CueKind::Rise) {
                Direction::Rise
            } else {
                Direction::Fall
            }
        });
        if let Some(direction) = comparative {
            // `a record that beat the 8.41 million of 2019 and was 9.7% higher than …`:
            // the figure before "and" is another comparison's; which one this compares
            // is not said where the reader looks.
            // `0.6 metres higher than the previous record of 8.1 metres`: the figure right
            // before the comparative is the difference, and the new level is not said.
            if self.adjacent(new, than_cue) {
                return;
            }
            let between = &self.text[self.span(new).end..self.span(than_cue).start];
            if [" and ", " but ", " while "]
                .iter()
                .any(|w| between.contains(w))
            {
                return;
            }
            let stated = self.rate_in(Window::Last(new + 1..than_cue));
            out.push(self.change(a, b, stated, Some((direction, self.span(than_cue)))));
            return;
        }
        let after_old = if chinese {
            old + 1..(old + 4).min(self.clause_end(old))
        } else {
            old + 1..old + 1
        };
        let before_new = self.clause_start(new)..new;
        // `Sales rose 8.7% from September and were 23 million, compared with 21.7
        // million`: a change word before the new value in its clause goes with the
        // "from" there, not with "compared with".
        let clause_text = &self.text[self.span(before_new.start).start..self.span(new).start];
        if !chinese && says_from(clause_text) {
            return;
        }
        // `目标价由220港元上调18%至260港元，较收盘价208.6港元有24.6%的上行空间`: the change
        // word and rate before a new value that has its own old value are that change's.
        let before_new = if out.iter().any(|c| c.to == b && c.from != a) {
            before_new.start..before_new.start
        } else {
            before_new
        };
        // `Staff totalled 15,381, an increase of 579, or 3.9%, compared with 14,802`: in
        // English the change word may follow the new value instead.
        let after_new = if chinese || !self.only_its_change_follows(new, than_cue) {
            than_cue..than_cue
        } else {
            new + 1..than_cue
        };
        let direction = self
            .direction_in(before_new.clone())
            .or_else(|| self.direction_in(after_old.clone()))
            .or_else(|| self.direction_in(after_new.clone()));
        // `比去年的9.6万人多出3.2万人`: the amount right after the change word is the
        // difference.
        let difference = || {
            let word = old + 1;
            if !chinese || word + 1 >= self.range.end || !self.is_change_word(word) {
                return None;
            }
            self.amount(word + 1)
                .filter(|&c| c != b && !self.is_rate(c) && self.compatible(a, c))
        };
        let difference_after_new = || {
            after_new.clone().find_map(|j| {
                self.amount(j)
                    .filter(|&c| self.is_a_difference(j) && self.compatible(a, c))
            })
        };
        let stated = self
            .rate_in(Window::Last(before_new))
            .or_else(|| self.rate_in(Window::First(after_old)))
            .or_else(difference)
            .or_else(|| self.rate_in(Window::First(after_new.clone())))
            .or_else(difference_after_new);
        // `较年初上涨5.8元，涨幅达31.2%`: the rate of a change said by its amount may follow
        // in a clause of its own.
        let rate_after_the_amount = stated
            .filter(|&c| chinese && !self.is_rate(c))
            .and_then(|c| self.rate_in_the_clause_after(self.claims[c].token));
        // Without a change word "compared with" only sets two figures side by side.
        match direction {
            Some(_) => {
                out.push(self.change(a, b, stated, direction));
                out.extend(rate_after_the_amount.map(|rate| self.change(a, b, Some(rate), None)));
            }
            None if !chinese => out.extend(self.change_said_after(old, a, b)),
            None => {}
        }
    }

    /// The rate opening the clause after the one of token `j` with a word for a change's
    /// rate or a bare change word (`，涨幅达31.2%`, `，增长1.6%`, ", an increase of 14%", ", a
    /// 14% increase"), not one comparing with another period (`，同比上涨12%`).
    fn rate_in_the_clause_after(&self, j: usize) -> Option<usize> {
        // ", an increase of 14%" or ", a 14% increase".
        const CHANGES_LATIN: [&str; 8] = [
            "increase", "rise", "gain", "jump", "decline", "decrease", "drop", "fall",
        ];
        const OPENERS: [&str; 22] = [
            "涨幅",
            "漲幅",
            "增幅",
            "降幅",
            "跌幅",
            "升幅",
            "减幅",
            "減幅",
            "增长",
            "增長",
            "成長",
            "上涨",
            "上漲",
            "上升",
            "下降",
            "下跌",
            "减少",
            "減少",
            "亏损收窄",
            "虧損收窄",
            "亏损扩大",
            "虧損擴大",
        ];
        let separator = self.clause_end(j);
        if separator >= self.range.end || self.is_semicolon(separator) {
            return None;
        }
        let next = separator + 1;
        let end = self.clause_end(next);
        let rate = (next..end).find(|&k| self.amount(k).is_some())?;
        let lead = self.text[self.span(separator).end..self.span(rate).start].trim();
        let opens = OPENERS.iter().any(|word| lead.starts_with(word));
        let compares = ["同比", "环比", "較", "较", "比", "与"]
            .iter()
            .any(|word| lead.contains(word));
        // In English the rate ends its clause: "a decline of 5% in shipments" is another
        // figure's, "an increase of 4% on the second quarter" another comparison's.
        let lower = lead.to_ascii_lowercase();
        let after = &self.text[self.span(rate).end..];
        // ("a 56% increase and the earliest surge in five seasons": "and" adds another.)
        let ends_clause = |rest: &str| {
            rest.starts_with(['.', ',', ';']) || rest.starts_with(" and ") || rest.is_empty()
        };
        let opener = lower
            .strip_prefix("an ")
            .or_else(|| lower.strip_prefix("a "));
        let noun_before = opener.and_then(|o| o.strip_suffix(" of"));
        let said_in_latin = match noun_before {
            Some(noun) => CHANGES_LATIN.contains(&noun) && ends_clause(after),
            None => {
                matches!(lower.as_str(), "a" | "an")
                    && CHANGES_LATIN.iter().any(|noun| {
                        (after.strip_prefix(' ').and_then(|a| a.strip_prefix(noun)))
                            .is_some_and(&ends_clause)
                    })
            }
        };
        let said_as_the_rate = opens && !compares && lead.chars().count() <= 6 || said_in_latin;
        self.amount(rate)
            .filter(|&c| said_as_the_rate && self.is_rate(c))
    }

    /// The `count` rates that open the clause after the one of token `j` (see
    /// [`Self::rate_in_the_clause_after`]) and list one per change: `，降幅分别为29%和40%`.
    fn rates_listed_in_the_clause_after(&self, j: usize, count: usize) -> Option<Vec<usize>> {
        let first = self.claims[self.rate_in_the_clause_after(j)?].token;
        let rates: Vec<usize> = (first..self.clause_end(first))
            .filter_map(|k| self.amount(k))
            .collect();
        (rates.len() == count && rates.iter().all(|&c| self.is_rate(c))).then_some(rates)
    }

    /// `预估为34,690美元，首度突破3.4万美元，较去年…`, "was $1.05 billion, topping $1 billion
    /// for the first time, up from …": a bound in a clause of its own (token `bound`)
    /// that the figure of the clause before it passed is said of that figure, which is
    /// the value.
    pub(super) fn value_past_a_bound(&self, bound: usize) -> Option<usize> {
        let separator = self.clause_start(bound).checked_sub(1)?;
        if separator < self.range.start {
            return None;
        }
        let value = (self.clause_start(separator)..separator)
            .rev()
            .find(|&j| self.amount(j).is_some())?;
        self.passed(value, bound).then_some(value)
    }

    /// Whether the figure at token `value` passed the bound at token `bound` (more than,
    /// at least): measured alike, and within it.
    pub(super) fn passed(&self, value: usize, bound: usize) -> bool {
        let quantity = |j: usize| self.claims[self.amount(j)?].mention.quantity();
        let (Some(limit), Some(passed)) = (quantity(bound), quantity(value)) else {
            return false;
        };
        let (Some(a), Some(b)) = (self.amount(value), self.amount(bound)) else {
            return false;
        };
        // (Not `compatible`: `人均` before the value makes it an average, and the bound too.)
        let alike = self.comparable(a, b) && self.same_magnitude(a, b);
        matches!(limit.approx, Approx::AtLeast | Approx::MoreThan)
            && alike
            && limit.interval.contains(passed.value)
    }

    /// Whether the figure at token `j` is counted out of the figure right after it: "71
    /// of the 180 construction firms", "3 out of 10".
    fn counted_out_of(&self, j: usize) -> bool {
        let next = j + 1;
        if next >= self.range.end || self.amount(next).is_none() {
            return false;
        }
        says_out_of(&self.text[self.span(j).end..self.span(next).start])
    }

    /// Whether only a moment and the unit priced stand between 较 (token `than_cue`) and
    /// the old value (token `old`): `较年初的每公斤22.6元` is the new value's measure then.
    fn names_only_a_point(&self, than_cue: usize, old: usize) -> bool {
        const POINTS: [&str; 6] = ["年初", "年末", "年底", "月初", "月末", "季初"];
        let between = &self.text[self.span(than_cue).end..self.span(old).start];
        let between = POINTS
            .iter()
            .find_map(|point| between.strip_prefix(point))
            .unwrap_or(between);
        let between = between.strip_prefix('的').unwrap_or(between);
        let priced = between
            .strip_prefix('每')
            .map(|unit| unit.chars().count() <= 3);
        between.is_empty() || priced == Some(true)
    }

    /// Whether only the new value's change stands between it (token `new`) and "compared
    /// with": its change word, its rate and the amount the word measures (`15,381, up
    /// 579, or 3.9%, compared with`), in the new value's sentence, with no other figure,
    /// "from" or clause of its own ("and", "while").
    fn only_its_change_follows(&self, new: usize, than_cue: usize) -> bool {
        let between = &self.text[self.span(new).end..self.span(than_cue).start];
        let another_clause = [" and ", " but ", " while ", " with ", ";"]
            .iter()
            .any(|w| between.contains(w));
        let figures_are_its_change = (new + 1..than_cue).all(|j| {
            self.amount(j)
                .is_none_or(|c| self.is_rate(c) || self.is_a_difference(j))
        });
        !another_clause && !says_from(between) && between.len() < 80 && figures_are_its_change
    }

    /// Which figure a change word before it moves, given the nearest one, `nearest`, and
    /// the old value's token `old`. Not a part named in an English "of which" aside
    /// (`Spending, of which the police account for $430 million, rose 4.4% from $1.58
    /// billion`). When `nearest` restates the figure before it after ", or" (`45.678 per
    /// 100 kilos, or 456.78 a tonne, down from 46.864`; `$412 million, or $2.88 a share,
    /// down from $2.50`), whichever of the two alone fits the old value, and none when
    /// both may.
    fn value_changed(&self, nearest: usize, old: usize) -> Option<usize> {
        let in_aside = (self.clause_start(nearest)..nearest)
            .any(|k| self.is_cue(k, CueKind::OfWhich) && self.text[self.span(k)].is_ascii());
        if in_aside {
            return None;
        }
        let Some(restated) = self.restated_before(nearest) else {
            return Some(nearest);
        };
        let a = self.amount(old)?;
        let fits = |j: usize| self.amount(j).is_some_and(|b| self.compatible(a, b));
        match (fits(restated), fits(nearest)) {
            (true, false) => Some(restated),
            (false, true) => Some(nearest),
            _ => None,
        }
    }

    /// The figure that the one at token `j` restates after ", or", both no rate.
    fn restated_before(&self, j: usize) -> Option<usize> {
        let before = (self.range.start..j)
            .rev()
            .find(|&k| self.amount(k).is_some())?;
        let is_value = |k: usize| self.amount(k).is_some_and(|c| !self.is_rate(c));
        let joined = joined_by_or(self.text, &self.span(before), &self.span(j));
        (joined && is_value(before) && is_value(j)).then_some(before)
    }

    /// The words right before 较, after the token before it (`；观影人次较上年的1.29亿增长
    /// 26.4%` → 观影人次), without the adverbs that may follow them (则, 也).
    fn topic_before(&self, than_cue: usize) -> &str {
        let start = if than_cue > self.range.start {
            self.span(than_cue - 1).end
        } else {
            self.sentence_bytes().start
        };
        let end = self.span(than_cue).start;
        let mut topic = self.text.get(start..end.max(start)).unwrap_or("").trim();
        while let Some(rest) = ["则", "則", "也", "亦", "均", "都"]
            .iter()
            .find_map(|adverb| topic.strip_suffix(adverb))
        {
            topic = rest.trim_end();
        }
        topic
    }

    /// Whether the clause of the figure at token `j` names `topic`, when it is a name
    /// (two Chinese characters or more): `与2023年的67.65亿元票房相比，…；观影人次较上年的
    /// 1.29亿增长26.4%` compares admissions, not the box office before the semicolon.
    fn holds_topic(&self, j: usize, topic: &str) -> bool {
        if topic.chars().count() < 2 || !topic.chars().all(is_han) {
            return true;
        }
        self.clause_text(j).contains(topic)
    }

    /// The start of the clause before the one starting at token `clause`, passing over
    /// asides: one that restates a value in other terms (`rose to $612 million, or $1.53
    /// per share, from $540 million`), or one with no figure and no change word (`fell
    /// 2.2% to 141.85 yen, its lowest since late December, from 143.57 yen`).
    fn clause_before_asides(&self, clause: usize) -> usize {
        let mut start = self.clause_start(clause.saturating_sub(1));
        while start > self.range.start && start < self.range.end {
            let end = self.clause_end(start);
            let restates = self.text[self.span(start - 1).end..self.span(start).start]
                .trim_start()
                .to_ascii_lowercase()
                .starts_with("or ");
            let says_no_figure =
                (start..end).all(|j| self.amount(j).is_none() && !self.is_change_word(j));
            if !restates && !says_no_figure {
                break;
            }
            start = self.clause_start(start - 1);
        }
        start
    }
}
