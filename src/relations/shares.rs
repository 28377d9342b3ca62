//! Shares of one whole: `天主教徒占56.2%，犹太人占35.7%，希腊东正教徒占5%`,
//! `第一產業、第二產業和第三產業分别占國內生產毛額的10%、44%、46%`, `cloud accounted for
//! 60% of revenue and hardware accounted for 45% of revenue`. Percentages that split one
//! whole cannot add up to more than 100%.
//!
//! Which whole a share is of, and whether two shares split the same one, is easy to
//! misread (`石油出口收入占出口總收入的98%，占國家總收入的83%` names two wholes;
//! `60歲及以上…占12.09%，其中65歲及以上…占8.37%` nests one share in another), so a run of
//! shares is read only where the text makes it plain: shares introduced one after another
//! in one sentence by 占/accounted for (or by a repeated "for" when the verb is said
//! once), with nothing between them but clause separators and the parts' own counts. A
//! whole named after the cue (占总人口的) must be the same for every share of the run. A
//! list after 分别/respectively is a partition by itself. Any other word the grammar knows
//! between two shares (其中/of which, a period, a change) ends the run. Two shares given
//! one by one, an approximate share (约占), or shares of different periods (one a
//! year) leave the run unchecked, and
//! `claimlint claims` says so.

use super::{labels_alike, split_in_two, starts_with_word, Change, Product, Sentence, TURNS};
use std::collections::HashSet;

use crate::document::{char_floor, preceded_by};
use crate::extract::{CueKind, Kind, Token};
use crate::quantity::Unit;
use rust_decimal::Decimal;

const TWO_ONE_BY_ONE: &str = "two shares given one by one may be of groups that overlap";

/// Percentages the text gives as shares of one whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shares {
    /// The whole as the text names it (`总人口`, `revenue`); empty when it is implicit.
    pub whole: String,
    /// Claim indices of the shares.
    pub shares: Vec<usize>,
    /// Why the shares are not added up, when they are not.
    pub unchecked: Option<&'static str>,
    /// Every part of the whole has its share (a table's section of percentages beside
    /// the rows a total adds up), so the shares add up to 100%, not only at most.
    pub complete: bool,
}

/// `城镇人口600万人，占60.0%；乡村人口350万人，占35.0%`: a run whose shares are each
/// multiplied out with their part and whole is checked there, where a wrong one is named,
/// and not also summed.
pub(super) fn leave_to_their_products(runs: &mut [Shares], products: &[Product]) {
    let multiplied: HashSet<usize> = products
        .iter()
        .filter(|p| p.unchecked.is_none())
        .flat_map(|p| p.factors.iter().copied())
        .collect();
    for run in runs {
        if run.unchecked.is_none() && run.shares.iter().all(|s| multiplied.contains(s)) {
            run.unchecked = Some("each share is checked as its part's share of the whole (CL005)");
        }
    }
}

/// The shares one cue introduces, or a run of them.
struct Run {
    whole: String,
    shares: Vec<usize>,
    /// Token index of the last share.
    last: usize,
    /// 分别占…10%、44%、46%: a list that is a partition by itself, so nothing joins it.
    closed: bool,
    /// No share of the run is approximate (约占).
    exact: bool,
}

/// Words before and after a whole's name that only say "share": 占比, 占有率达到了.
const SHARE_WORDS_BEFORE: &[&str] = &["有率", "了", "有", "据", "據", "比"];
const SHARE_WORDS_AFTER: &[&str] = &[
    "比重",
    "比例",
    "比率",
    "达到了",
    "达到",
    "達到了",
    "達到",
    "达",
    "達",
    "为",
    "為",
    "是",
    "了",
];

/// Words that make the share after them a sum of shares: `合计占69%`, `together
/// accounted for 69%`.
const SUM_WORDS: [&str; 13] = [
    "合计",
    "合計",
    "共计",
    "共計",
    "总计",
    "總計",
    "一共",
    "共",
    "together",
    "combined",
    "in all",
    "in total",
    "altogether",
];

/// How far after an English share its whole (`of total revenue`) is looked for.
const WHOLE_NAME_REACH: usize = 60;

/// Words that say one respondent may give several answers, whose shares overlap.
const SEVERAL_ANSWERS: [&str; 14] = [
    "多选",
    "多選",
    "多项选择",
    "最多选",
    "more than one answer",
    "multiple answers",
    "more than one option",
    "could choose up to",
    // `三类游客存在交叉统计`: groups the text says overlap.
    "交叉统计",
    "交叉統計",
    "存在交叉",
    "重复统计",
    "重複統計",
    "overlap",
];

impl Sentence<'_> {
    /// Runs of two shares or more of one whole.
    pub(super) fn read_shares(&self, out: &mut Vec<Shares>, changes: &[Change]) {
        // `（可多选）医疗占42%，教育占37%，住房占35%`: the answers of one person add up to
        // more than one share. (The text is read only where a share is stated.)
        let has_shares = self.range.clone().any(|j| self.is_cue(j, CueKind::ShareOf));
        let several_answers = || {
            let text = self.sentence_text().to_lowercase();
            SEVERAL_ANSWERS.iter().any(|words| text.contains(words))
        };
        if !has_shares || several_answers() {
            return;
        }
        let first = out.len();
        let mut run: Option<Run> = None;
        for cue in self.range.clone() {
            if !self.is_cue(cue, CueKind::ShareOf) {
                continue;
            }
            // `…7纳米占17%，合计占69%`: the sum of the shares before, not one more.
            if preceded_by(self.text, self.span(cue).start, &SUM_WORDS) {
                out.extend(run.take().and_then(Run::finished));
                continue;
            }
            let item = self.shares_after(cue, changes);
            match (&mut run, item) {
                (Some(current), Some(item)) if self.continues(current, cue, &item) => {
                    current.shares.extend(item.shares);
                    current.last = item.last;
                    current.exact &= item.exact;
                }
                (_, item) => {
                    out.extend(run.take().and_then(Run::finished));
                    run = item;
                }
            }
        }
        out.extend(run.and_then(Run::finished));
        for shares in &mut out[first..] {
            // `城镇人口…，占60.50%；乡村人口…，占39.50%`, `现金7.2亿元，占60.0%；其余4.8亿元…，
            // 占40.0%`: two groups that split one whole.
            let split = self.groups_split_in_two(&shares.shares);
            if split && shares.unchecked == Some(TWO_ONE_BY_ONE) {
                shares.unchecked = None;
            }
            if shares.unchecked.is_some() {
                continue;
            }
            if self.cut_more_than_one_way(&shares.shares) {
                shares.unchecked = Some(
                    "the shares add up to far more than 100%, two of them alone past it: the groups they are of overlap",
                );
            } else if !split && self.groups_named_unlike(&shares.shares) {
                shares.unchecked = Some(
                    "the groups the shares are of are named unlike (女性, 35岁以下, 学历), so they may overlap",
                );
            } else if self.of_periods_unlike(&shares.shares) || self.says_each_period() {
                shares.unchecked = Some(
                    "the shares are of different periods (2022年至2024年…分别为35%、38%和41%)",
                );
            }
        }
    }

    /// Whether three shares or more add up to far more than 100% (past 110%), two of them
    /// alone to more than 100%, or four or more past 105% by more than a slip of one digit
    /// in one share could add: `Android users accounted for 58%, Pro subscribers for 9%
    /// and users outside the US for 71%` cuts one whole in ways that cross, as do
    /// `高技术制造业…16.8%，装备制造业…35.2%，消费品制造业…22.6%，原材料制造业…31.9%`
    /// (106.5%: high-tech within equipment), while a slip in one share of a partition
    /// (56.2%, 45.7%, 5%, 2.8%: 109.7%, ten points past) seldom reaches so far.
    fn cut_more_than_one_way(&self, shares: &[usize]) -> bool {
        let bounds: Vec<(Decimal, Decimal)> = shares
            .iter()
            .filter_map(|&c| {
                let interval = self.claims[c].mention.quantity()?.interval;
                Some((interval.low?.value, interval.high?.value))
            })
            .collect();
        let mut lows: Vec<Decimal> = bounds.iter().map(|&(low, _)| low).collect();
        lows.sort_unstable_by(|a, b| b.cmp(a));
        let low_sum: Decimal = lows.iter().sum();
        let high_sum: Decimal = bounds.iter().map(|&(_, high)| high).sum();
        let two_past_all = lows.iter().take(2).sum::<Decimal>() > Decimal::ONE_HUNDRED;
        let far_past = two_past_all && low_sum > Decimal::from(110);
        // (A slip of one digit adds d × 10^k points: 0.1 to 0.9, 1 to 9, or 10 to 90.)
        let excess = (low_sum - Decimal::ONE_HUNDRED)..=(high_sum - Decimal::ONE_HUNDRED);
        let one_digit = (1..=9).any(|d| {
            [Decimal::new(d, 1), Decimal::from(d), Decimal::from(d * 10)]
                .iter()
                .any(|slip| excess.contains(slip))
        });
        shares.len() >= 3 && far_past
            || shares.len() >= 4 && low_sum > Decimal::from(105) && !one_digit
    }

    /// Whether the sentence gives its figures for each of several periods it does not
    /// name one by one (`报告期内…占当期营业收入的比例分别为`, 报告期各期, 近三年).
    fn says_each_period(&self) -> bool {
        const EACH_PERIOD: [&str; 9] = [
            "各期",
            "近三年",
            "近两年",
            "近五年",
            "最近三年",
            "历年",
            "各年度",
            "逐年",
            "報告期各期",
        ];
        self.sentence_holds(&EACH_PERIOD)
            || self.sentence_holds(&["报告期", "報告期"]) && self.sentence_holds(&["当期", "當期"])
    }

    /// Whether every share has a period of its own: one share a year is a series, not a
    /// split of one whole.
    fn of_periods_unlike(&self, shares: &[usize]) -> bool {
        let periods: Option<Vec<_>> = shares
            .iter()
            .map(|&c| self.claims[c].period.known())
            .collect();
        periods.is_some_and(|periods| {
            let distinct: std::collections::HashSet<_> = periods.iter().collect();
            distinct.len() == periods.len()
        })
    }

    /// `其中，女性成员31人，占27.7%；35岁以下成员24人，占21.4%；大专及以上学历成员58人，占
    /// 51.8%`: each share after a count of its own, the counts labelled unlike (see
    /// `Sentence::labelled_alike`): traits of one group, not parts of it.
    fn groups_named_unlike(&self, shares: &[usize]) -> bool {
        self.group_labels(shares)
            .is_some_and(|labels| labels.len() >= 2 && !labels_alike(&labels, true))
    }

    /// Whether two shares are of a pair of groups or of a group and the rest.
    fn groups_split_in_two(&self, shares: &[usize]) -> bool {
        matches!(self.group_labels(shares).as_deref(), Some([a, b]) if split_in_two(a, b))
    }

    /// The labels of the counts the shares are said of (`女性成员31人，占27.7%`), if each
    /// has one right before it.
    fn group_labels(&self, shares: &[usize]) -> Option<Vec<&str>> {
        let count_before = |share: usize| {
            let token = self.claims[share].token;
            (self.range.start..token)
                .rev()
                .find(|&j| self.amount(j).is_some_and(|c| !self.is_rate(c)))
                .filter(|&j| j + 3 >= token)
        };
        shares
            .iter()
            .map(|&share| count_before(share).map(|j| self.label_before(j)))
            .collect()
    }

    /// Whether the shares after `cue` split the whole of `run`: nothing but separators
    /// and counts between them, and no other whole named.
    fn continues(&self, run: &Run, cue: usize, item: &Run) -> bool {
        let only_separators = (run.last + 1..cue).all(|j| match &self.tokens[j] {
            Token::Cue(c) => matches!(c.kind, CueKind::ClauseSep | CueKind::Respectively),
            Token::Mention(m) => !matches!(m.kind(), Kind::Date | Kind::Percent),
        });
        // `made up 24% of shipments, while 5G-capable models accounted for 71%`: a clause
        // that turns sets another grouping beside the first.
        let turns = (run.last + 1..cue).any(|j| {
            self.is_cue(j, CueKind::ClauseSep)
                && starts_with_word(&self.text[self.span(j).end..], &TURNS)
        });
        !run.closed
            && !item.closed
            && only_separators
            && !turns
            && (item.whole.is_empty() || item.whole == run.whole)
    }

    /// The share `cue` introduces (占总人口的10.1%), or all of them after 分别/respectively
    /// (分别占了36.9%和18.8%). `None` when what follows is not plainly a share: another
    /// cue first (占比提高了5%), a figure that is not a percentage, a percentage that is a
    /// value of a change (占世界经济比重从11.4%提高到15%).
    fn shares_after(&self, cue: usize, changes: &[Change]) -> Option<Run> {
        let cue_text = &self.text[self.span(cue)];
        // English lists shares with commas (48%, 37% and 21% of revenue, respectively),
        // Chinese with 、 and 和 inside one clause.
        let english = cue_text.is_ascii();
        let mut listed =
            (self.clause_start(cue)..cue).any(|j| self.is_cue(j, CueKind::Respectively));
        let mut shares = Vec::new();
        let mut tokens = Vec::new();
        for j in cue + 1..self.range.end {
            match &self.tokens[j] {
                // A period belongs to the whole's name: 占2013年GDP的10%.
                Token::Mention(m) if m.kind() == Kind::Date && shares.is_empty() => {}
                Token::Mention(_) => match self.share(j, changes) {
                    Some(share) => {
                        shares.push(share);
                        tokens.push(j);
                    }
                    None if shares.is_empty() => return None,
                    None => break,
                },
                Token::Cue(c) if c.kind == CueKind::Respectively => listed = true,
                Token::Cue(c) if c.kind == CueKind::ClauseSep && english && !shares.is_empty() => {}
                Token::Cue(_) if shares.is_empty() => return None,
                Token::Cue(_) => break,
            }
        }
        // "… 21% of full-year revenue, respectively": the word may close the clause.
        let clause_end = self.clause_end(*tokens.last()?);
        listed |= (*tokens.last()? + 1..(clause_end + 2).min(self.range.end))
            .any(|j| self.is_cue(j, CueKind::Respectively));
        let first = *tokens.first()?;
        let whole = match (english, listed) {
            (false, _) => whole_name(&self.text[self.span(cue).end..self.span(first).start]),
            (true, true) => self.whole_after(*tokens.last()?),
            (true, false) => self.whole_after(first),
        };
        if !listed {
            let elided = if english {
                self.elided_shares(&whole, &tokens[1..])
            } else {
                0
            };
            shares.truncate(1 + elided);
            tokens.truncate(1 + elided);
        }
        let last = *tokens.last()?;
        Some(Run {
            whole,
            shares,
            last,
            closed: listed,
            exact: cue_text.is_ascii() || cue_text.starts_with(['占', '佔']),
        })
    }

    /// "engineers accounted for 38% of staff, technicians for 35% and managers for 27%":
    /// how many of the shares after the first repeat "for" without the verb, each of the
    /// first one's `whole` or of none named.
    fn elided_shares(&self, whole: &str, rest: &[usize]) -> usize {
        rest.iter()
            .take_while(|&&j| {
                let after_for = self.text[..self.span(j).start].trim_end().ends_with(" for");
                let of = self.whole_after(j);
                after_for && (of.is_empty() || of == whole)
            })
            .count()
    }

    /// The claim of token `j` if it is a percentage that is not a value of a change.
    fn share(&self, j: usize, changes: &[Change]) -> Option<usize> {
        let claim = self.amount(j)?;
        let in_change = changes
            .iter()
            .any(|c| c.from == claim || c.to == claim || c.stated == Some(claim));
        (*self.unit(claim) == Unit::Percent && !in_change).then_some(claim)
    }

    /// `accounted for 60% of total revenue, …`: the words after "of" up to punctuation
    /// or the next figure.
    fn whole_after(&self, last: usize) -> String {
        let start = self.span(last).end;
        let end = char_floor(self.text, start + WHOLE_NAME_REACH);
        let after = self.text[start..end].trim_start();
        let Some(name) = after.strip_prefix("of ") else {
            return String::new();
        };
        // The name ends at punctuation, a quote or a dash (`of full-year revenue — a
        // record`), and may itself be quoted.
        let name = name
            .trim_start_matches(['"', '“'])
            .split(|c: char| ",;:.!?()\n\"“”—–".contains(c) || c.is_ascii_digit())
            .next()
            .unwrap_or("");
        let name = name.trim().to_lowercase();
        name.strip_prefix("the ").unwrap_or(&name).to_string()
    }
}

impl Run {
    /// The shares of a run of two or more, and whether they split one whole. Two shares
    /// given one by one may be of groups that overlap (少數民族人口占總人口的39.1％，
    /// 農業人口占89.5％); a list after 分别/respectively, or three shares in a row, are
    /// read as the parts of one whole.
    fn finished(self) -> Option<Shares> {
        // `分别占各自营收的45%和60%`, `57% and 68% of grocery sales in their home
        // provinces, respectively`: each share is of its own whole.
        let each_its_own = ["各自", "their", "its own", "each"]
            .iter()
            .any(|word| self.whole.contains(word));
        let unchecked = if !self.exact {
            Some("an approximate share (约占) cannot be added up exactly")
        } else if each_its_own {
            Some("each share is of its own whole (各自, their)")
        } else if !self.closed && self.shares.len() == 2 {
            Some(TWO_ONE_BY_ONE)
        } else {
            None
        };
        (self.shares.len() >= 2).then_some(Shares {
            whole: self.whole,
            shares: self.shares,
            unchecked,
            complete: false,
        })
    }
}

/// The whole named between 占 and the share: up to its 的 (占总人口的10.1% → 总人口),
/// without the words that only say "share" (占比, 占有率达到).
fn whole_name(between: &str) -> String {
    let mut name = between.split('的').next().unwrap_or("").trim();
    while let Some(rest) = SHARE_WORDS_BEFORE.iter().find_map(|w| name.strip_prefix(w)) {
        name = rest.trim_start();
    }
    while let Some(rest) = SHARE_WORDS_AFTER.iter().find_map(|w| name.strip_suffix(w)) {
        name = rest.trim_end();
    }
    name.to_string()
}

#[cfg(test)]
mod tests {
    use super::whole_name;

    #[test]
    fn whole_names_drop_share_words() {
        assert_eq!(whole_name("总人口的"), "总人口");
        assert_eq!(whole_name("全国水电装机的比例为 "), "全国水电装机");
        assert_eq!(whole_name("比"), "");
        assert_eq!(whole_name("有率達到了"), "");
        assert_eq!(whole_name("全球"), "全球");
        assert_eq!(whole_name(" "), "");
        assert_eq!(whole_name("重慶轄區面積的"), "重慶轄區面積");
    }
}
