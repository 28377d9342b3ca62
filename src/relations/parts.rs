//! Parts of a whole: the figures after 其中/of which, a colon or a breakdown, and the whole
//! they are parts of (`共…，其中…`, `total revenue of $1.2 billion: cloud $720 million, …`).

use super::{
    clause_ends, common_suffix, groups_cut_across, labels_alike, metric_opening, opens_with_among,
    periods, says_out_of, starts_with_word, Change, PartsOfWhole, Product, Sentence,
    SentencesBefore, TradeSide, TURNS,
};
use crate::attribute::{opens_a_breakdown, Claim, Role};
use crate::document::{char_floor, is_han, joined_by_or, preceded_by};
use crate::extract::{CueKind, Kind};
use crate::quantity::Unit;
use rust_decimal::Decimal;
use std::ops::Range;

/// The Chinese characters `text` ends with (`全市常住人口` of `二、年龄构成 全市常住人口`).
fn trailing_han(text: &str) -> &str {
    text.char_indices()
        .rev()
        .take_while(|&(_, c)| is_han(c))
        .last()
        .map_or("", |(at, _)| &text[at..])
}

/// How many figures before a sentence the whole it names at its opening is looked for.
const NAMED_WHOLE_REACH: usize = 64;

/// Why a part's share after 占 alone is not multiplied out.
const SHARE_OF_WHICH_WHOLE: &str =
    "a share after 占 alone may be of another whole, and no part's share so said agrees with it";

/// Why a share of a whole named before its sentence is not multiplied out.
pub(super) const NAMED_WHOLE_UNCONFIRMED: &str =
    "the figure so labelled before may be another (a quarter's, a segment's), and no share of it so named agrees with it";

/// `占营业收入的55.47%`, `占营业收入的78.04%`: shares of one whole named before their
/// sentences (read with [`NAMED_WHOLE_UNCONFIRMED`]) are multiplied out once one of them
/// agrees with its part and the whole: the label then names that whole.
pub(super) fn confirm_wholes_named_before(claims: &[Claim], products: &mut [Product]) {
    let named = |p: &Product| p.unchecked == Some(NAMED_WHOLE_UNCONFIRMED);
    let confirmed: std::collections::HashSet<usize> = products
        .iter()
        .filter(|p| named(p))
        .filter(|p| share_agrees(claims, p.factors[0], p.factors[1], p.result))
        .map(|p| p.factors[0])
        .collect();
    for product in products.iter_mut().filter(|p| named(p)) {
        if confirmed.contains(&product.factors[0]) {
            product.unchecked = None;
        }
    }
}

/// Whether claim `whole` times the percentage `share` may be claim `part`.
fn share_agrees(claims: &[Claim], whole: usize, share: usize, part: usize) -> bool {
    let interval = |c: usize| claims[c].mention.quantity().map(|q| q.interval);
    let (Some(whole), Some(share), Some(part)) = (interval(whole), interval(share), interval(part))
    else {
        return false;
    };
    share
        .scale(Decimal::new(1, 2))
        .and_then(|fraction| whole.mul(&fraction))
        .is_some_and(|product| product.intersects(&part))
}

/// What a share of the whole it is listed under may say after it.
pub(super) const OF_THE_TOTAL: [&str; 4] = ["of the total", "of total", "of the whole", "of all"];

/// Whether `rest`, the text after a percentage, says it is "of the total" (the whole,
/// all) and names nothing more (not "of the total world trade").
fn of_the_total_after(rest: &str) -> bool {
    let rest = rest.trim_start();
    OF_THE_TOTAL
        .iter()
        .any(|words| rest.strip_prefix(words).is_some_and(clause_ends))
}

/// The metric `rest`, the text after a percentage, names after "of" (`of revenue`, `of
/// total net sales in 2019`, `of GDP`), as the metrics lexicon names it: the whole clause
/// but words of its period.
fn metric_named_after(rest: &str) -> Option<&'static str> {
    let mut name = rest.trim_start().strip_prefix("of ")?;
    while let Some(past) = ["total ", "the ", "its ", "our ", "their "]
        .iter()
        .find_map(|word| name.strip_prefix(word))
    {
        name = past;
    }
    let (metric, after) = metric_opening(name)?;
    let whole_clause = after.trim().is_empty() || starts_with_word(after, &["in", "for", "during"]);
    whole_clause.then_some(metric)
}

/// How many tokens a sentence may hold before a share "of the total" for its total to be
/// looked for there (a sentence of many shares, each looking over the whole sentence,
/// would take time quadratic in its length).
const MOST_TOKENS_BEFORE_A_SHARE: usize = 64;

impl Sentence<'_> {
    /// A whole after 共/total and the figures of its kind after it in the sentence, or
    /// the figures after 其中/of which as parts of the figure before it. Old values of
    /// changes, rates and figures after from/than/previous are not parts.
    pub(super) fn read_parts(
        &self,
        out: &mut Vec<PartsOfWhole>,
        changes: &[Change],
        previous_sentence: Option<Range<usize>>,
        before: &SentencesBefore,
    ) {
        let not_a_part = |j: usize, claim: usize| self.not_a_part(j, claim, changes);
        let same_measure = |whole: usize, c: usize| self.same_measure(whole, c);
        let first_read = out.len();
        if self.range.is_empty() {
            return;
        }
        // A table row lists columns (years, scenarios), not parts of a whole.
        let first = self.span(self.range.start);
        // A table row is short: look back a bounded distance for its line start.
        let window = char_floor(self.text, first.start.saturating_sub(4096));
        let line_start = self.text[window..first.start]
            .rfind('\n')
            .map(|n| window + n + 1);
        if line_start.is_some_and(|l| self.text[l..].trim_start().starts_with('|')) {
            return;
        }
        // `Of the $2.1 billion, $800 million goes to schools and …`: the sentence opens
        // with its whole.
        let opening = self.range.start;
        // (Bare numbers after a whole that names what it counts count the same: `Of the
        // 1,240 jobs to be cut, 610 are in Germany`, `4,862,300 residents in total:
        // 2,031,500 in Central`.)
        let counts_alike = |whole: usize, c: usize| {
            self.same_measure(whole, c)
                || self.claims[whole].mention.kind() == Kind::Count
                    && self.claims[c].mention.kind() == Kind::Number
                    && *self.unit(c) == Unit::None
        };
        if self.opens_with_of_the() {
            out.extend(
                self.parts_of(opening, opening + 1, &not_a_part, &counts_alike)
                    .filter(|parts| !self.groups_may_overlap(parts)),
            );
        }
        // `We replayed 12.4 million requests. Of these, 5.70 million came from the EU,
        // 4.72 million from the US …`: the parts of the one figure of their measure in the
        // sentence before.
        if self.opens_with_of_these() {
            let whole = previous_sentence
                .clone()
                .and_then(|before| self.whole_said_before(opening, before, &not_a_part));
            out.extend(
                whole
                    .and_then(|whole| self.parts_of(whole, opening, &not_a_part, &same_measure))
                    .filter(|parts| {
                        self.measured_as_their_whole(parts) && !self.groups_may_overlap(parts)
                    }),
            );
        }
        // `分区域看，长三角区域销售额为82.6亿元，珠三角区域为47.3亿元…`: the parts of the one
        // figure of their measure in the sentence before, as after 其中.
        // (Not when that sentence is itself a part, `其中，住宅销售额1,842.6亿元`: the
        // breakdown is of the whole before it.)
        // (Nor when the sentence before that gives another figure of the measure: `11月
        // 成交1.26万套。10月份，成交1.06万套。分区域看，…` does not say which month.)
        if opens_a_breakdown(self.lead_of(opening)) {
            let whole = before
                .last()
                .filter(|last| {
                    !(last.is_empty()
                        || self.is_cue(last.start, CueKind::OfWhich)
                        || opens_a_breakdown(self.lead_of(last.start)))
                })
                .and_then(|last| self.whole_said_before(opening, last, &not_a_part))
                .filter(|&whole| {
                    before
                        .earlier()
                        .is_none_or(|earlier| !self.another_whole_in(earlier, whole, &not_a_part))
                });
            out.extend(
                whole
                    .and_then(|whole| self.parts_of(whole, opening, &not_a_part, &same_measure))
                    .filter(|parts| self.measured_as_their_whole(parts)),
            );
        }
        for i in self.range.clone() {
            let in_total = self.is_cue(i, CueKind::Whole) && self.says_in_total(i);
            let whole_token = if in_total {
                // `4,862,300 residents in total: 2,031,500 in Central, …`: the figure before.
                (self.clause_start(i)..i)
                    .rev()
                    .find(|&j| self.amount(j).is_some())
            } else if self.is_cue(i, CueKind::Whole) && !self.total_not_stated(i) {
                (i + 1..self.range.end).find(|&j| self.amount(j).is_some())
            } else if self.is_cue(i, CueKind::OfWhich) {
                self.whole_before(i, changes).or_else(|| {
                    let previous = previous_sentence.clone()?;
                    self.whole_said_before(i + 1, previous.clone(), &not_a_part)
                        .or_else(|| self.whole_said_past(i + 1, previous, before, &not_a_part))
                })
            } else if self.is_cue(i, CueKind::Whole) && i == self.range.start {
                // `Of the total, 30,000 tonnes went to …`: the total of the sentence before.
                previous_sentence
                    .clone()
                    .and_then(|before| self.whole_said_before(i + 1, before, &not_a_part))
            } else {
                continue;
            };
            if let Some(whole_token) = whole_token {
                let list_start = whole_token.max(i) + 1;
                // (`6,840 claims, of which 3,210 were for homes`: bare numbers after "of
                // which" count what the whole counts.)
                let of_which_in_english =
                    self.is_cue(i, CueKind::OfWhich) && self.text[self.span(i)].is_ascii();
                out.extend(if of_which_in_english {
                    self.parts_of(whole_token, list_start, &not_a_part, &counts_alike)
                        .filter(|parts| !self.groups_may_overlap(parts))
                } else if in_total {
                    self.parts_of(whole_token, list_start, &not_a_part, &counts_alike)
                } else {
                    self.parts_of(whole_token, list_start, &not_a_part, &same_measure)
                });
            }
        }
        // (Unless the total has parts after it: `a total of $3 billion: …`.)
        for i in self.range.clone() {
            if !(self.is_cue(i, CueKind::Total) || self.is_cue(i, CueKind::Whole)) {
                continue;
            }
            let parts = self
                .parts_before_a_total(i, &not_a_part)
                .filter(|parts| !out[first_read..].iter().any(|p| p.whole == parts.whole));
            out.extend(parts);
        }
        if let Some(whole_token) = self.whole_before_a_colon(&not_a_part) {
            out.extend(
                self.parts_of(whole_token, whole_token + 1, &not_a_part, &same_measure)
                    .filter(|parts| self.measured_as_their_whole(parts)),
            );
        }
        // `Total revenue was $1.2 billion, of which …`: "total" and "of which" may name
        // one whole and its parts twice.
        let read = out.split_off(first_read);
        for parts in read {
            if !out[first_read..].contains(&parts) {
                out.push(parts);
            }
        }
    }

    /// Whether the figure at token `j` (claim `claim`) stands beside parts without being
    /// one: what they are compared with, their averages (`日均2233万人次`) and the bases of
    /// their shares (`恢复至2019年5.0亿人次的29.6%`).
    fn not_a_part(&self, j: usize, claim: usize, changes: &[Change]) -> bool {
        self.is_rate(claim)
            || changes.iter().any(|c| c.from == claim)
            || self.is_compared_with(j)
            || self.is_an_average(j)
            || self.is_a_base(j)
            || self.is_per_unit(j)
            || self.is_a_threshold(j)
    }

    /// `Imports from the Middle East totalled 10.28 mln kilolitres, or 72.3 pct of the
    /// total`: a figure restated as its share "of the total" is that share of the one
    /// figure of its measure, larger than it, before it in its sentence or else in the
    /// sentence before (`Imports fell … to 14.21 mln kilolitres.`).
    pub(super) fn read_shares_of_the_total(
        &self,
        changes: &[Change],
        sentence_before: Option<Range<usize>>,
        out: &mut Vec<Product>,
    ) {
        let not_a_part = |j: usize, claim: usize| self.not_a_part(j, claim, changes);
        for j in self.range.clone() {
            let Some(share) = self.amount(j).filter(|&c| *self.unit(c) == Unit::Percent) else {
                continue;
            };
            if !of_the_total_after(&self.text[self.span(j).end..]) {
                continue;
            }
            let Some(part_token) = self.figure_restated_by(j) else {
                continue;
            };
            let Some(part) = self.amount(part_token).filter(|&c| !self.is_rate(c)) else {
                continue;
            };
            if out.iter().any(|p| p.result == part) {
                continue;
            }
            // (Only in sentences of ordinary length: each share would look over them all.)
            let unique = |range: Range<usize>| {
                if range.len() > MOST_TOKENS_BEFORE_A_SHARE {
                    return None;
                }
                let mut wholes = self.wholes_in(range, part, &not_a_part);
                let whole = wholes.next();
                whole.filter(|_| wholes.next().is_none())
            };
            // `Wind output rose to 96.8 TWh, while gas-fired output fell to 84.1 TWh, or
            // 26.9% of the total`: the figures before a turn are a sibling's.
            let since_turn = (self.range.start..part_token)
                .rev()
                .find(|&k| self.turns_at(k))
                .map_or(self.range.start, |k| k + 1);
            let whole = unique(since_turn..part_token)
                .or_else(|| {
                    let before = sentence_before.clone()?;
                    unique(before.clone())
                        .filter(|&(token, _)| !self.given_as_a_share(token, before.end))
                })
                .map(|(_, whole)| whole)
                .filter(|&whole| self.larger(whole, part));
            if let Some(whole) = whole {
                out.push(Product {
                    factors: vec![whole, share],
                    result: part,
                    unchecked: None,
                });
            }
        }
    }

    /// `With 78 seats, the Alliance holds 39% of the chamber.`: whether the figure at token
    /// `figure` is given, later in its sentence (ending before token `end`), as a share of
    /// something; then it is a part of that, not the total a share in the next sentence
    /// is "of" (`Women won 74 seats, or 37% of the total`).
    fn given_as_a_share(&self, figure: usize, end: usize) -> bool {
        (figure + 1..end).any(|j| {
            self.amount(j)
                .is_some_and(|c| *self.unit(c) == Unit::Percent)
                && self.text[self.span(j).end..]
                    .trim_start()
                    .starts_with("of ")
        })
    }

    /// Whether claim `a`'s value is larger than claim `b`'s.
    fn larger(&self, a: usize, b: usize) -> bool {
        (self.value_of(a).zip(self.value_of(b))).is_some_and(|(a, b)| a > b)
    }

    /// The text of the sentence whose first token is `first`, from its first letter.
    fn lead_of(&self, first: usize) -> &str {
        let sentence_start = first.checked_sub(1).map_or(0, |j| self.span(j).end);
        self.text[sentence_start..self.span(first).start].trim_start()
    }

    /// Whether parts read from where the sentence does not say "of which" measure what
    /// their whole does: no other metric (`全年营收100亿元。分产品看，A产品毛利30亿元…`) and
    /// no period outside the whole's ("$48 million in 2024: $30 million in 2023 …").
    fn measured_as_their_whole(&self, parts: &PartsOfWhole) -> bool {
        let whole = &self.claims[parts.whole];
        parts.parts.iter().all(|&p| {
            let part = &self.claims[p];
            let metric = part
                .metric
                .known()
                .zip(whole.metric.known())
                .is_none_or(|(part, whole)| part == whole);
            let period = part
                .period
                .known()
                .zip(whole.period.known())
                .is_none_or(|(part, whole)| part == whole || periods::nested(part, whole));
            metric && period
        })
    }

    /// `shipped 48 million doses of its vaccine in the quarter: 21 million to Europe, 15
    /// million to North America …`: a figure a few words before a colon that the next
    /// figure follows is the whole its parts after the colon break down.
    fn whole_before_a_colon(&self, not_a_part: &impl Fn(usize, usize) -> bool) -> Option<usize> {
        // Found from its colon: most sentences have none, and a figure's look is dearer.
        self.range.clone().find_map(|colon| {
            let is_colon = self.is_cue(colon, CueKind::ClauseSep)
                && matches!(&self.text[self.span(colon)], ":" | "：");
            if !is_colon || colon + 1 >= self.range.end || self.amount(colon + 1).is_none() {
                return None;
            }
            // Only words naming a period between the whole and the colon.
            let whole = (self.range.start..colon)
                .rev()
                .find(|&k| !self.is_period(k))?;
            let words = &self.text[self.span(whole).end..self.span(colon).start];
            (words.len() <= 80 && !words.contains('\n') && !self.is_a_group_counted_out(whole))
                .then(|| self.amount(whole))
                .flatten()
                .filter(|&c| !not_a_part(whole, c))
                .map(|_| whole)
        })
    }

    /// The whole the parts after 其中/of which (token `i`) break down: the nearest figure
    /// before it that is no rate or old value of a change (`revenue of $900 million, up 5%
    /// from $857 million a year earlier, of which …`), and a level where the first part
    /// is one (`保有量386.4万辆，比上年末增加28.6万辆，其中新能源汽车20.3万辆`), and not the
    /// figure converted in parentheses (`68,401 km2 (26,410 sq mi), of which …`) or a
    /// density (`32,409 housing units at … 1,493.5 per square mile (576.6/km2), of which`).
    fn whole_before(&self, i: usize, changes: &[Change]) -> Option<usize> {
        let first_part = (i + 1..self.range.end).find(|&j| self.amount(j).is_some());
        let part_is_a_difference = first_part.is_some_and(|j| self.is_a_difference(j));
        (self.range.start..i)
            .rev()
            .find(|&j| {
                self.amount(j).is_some_and(|c| {
                    !self.is_rate(c)
                        && !changes.iter().any(|change| change.from == c)
                        && !self.is_an_average(j)
                        && !self.is_per_unit(j)
                        && !self.is_a_threshold(j)
                        && !self.aside_of_the_figure_before(j)
                        && self.is_a_difference(j) == part_is_a_difference
                })
            })
            .filter(|&j| !self.measures_no_sum(j))
    }

    /// `60岁及以上人口`, "aged 65 or older", "children under 18": a bound that picks a
    /// group, no amount of it.
    pub(super) fn is_a_threshold(&self, j: usize) -> bool {
        const BOUNDS: [&str; 8] = [
            "及以上",
            "以上",
            "及以下",
            "以下",
            " or older",
            " or more",
            " and over",
            " and older",
        ];
        let after = &self.text[self.span(j).end..];
        let bound_after = BOUNDS.iter().any(|bound| {
            after
                .get(..bound.len())
                .is_some_and(|word| word.eq_ignore_ascii_case(bound))
        });
        let quantity = self
            .claim_at(j)
            .and_then(|c| self.claims[c].mention.quantity());
        let bare_bound = quantity.is_some_and(|q| {
            q.unit == Unit::None && (q.interval.low.is_none() || q.interval.high.is_none())
        });
        bound_after || bare_bound
    }

    /// `指数为112.86点。其中，长材指数116.54点`: an index, a price or a rate is no sum of
    /// the figures under it.
    fn measures_no_sum(&self, j: usize) -> bool {
        const NOT_SUMMED: [&str; 12] = [
            "指数", "指數", "价格", "價格", "均价", "均價", "单价", "單價", "寿命", "壽命",
            "index", "price",
        ];
        let start = self.span(j).start;
        let lead = &self.text[char_floor(self.text, start.saturating_sub(24))..start];
        let lead = lead.to_ascii_lowercase();
        NOT_SUMMED.iter().any(|word| lead.contains(word))
    }

    /// `主力资金净流入86.3亿元，其中半导体板块净流入52.7亿元，证券板块净流入48.2亿元`: what
    /// flowed in, net, is no sum of some of its parts, whose other parts may have flowed
    /// out.
    fn is_a_net_flow(&self, j: usize) -> bool {
        const NET_FLOWS: [&str; 8] = [
            "净流入",
            "淨流入",
            "净流出",
            "淨流出",
            "net inflow of",
            "net inflows of",
            "net outflow of",
            "net outflows of",
        ];
        preceded_by(self.text, self.span(j).start, &NET_FLOWS)
    }

    /// Whether the figure at token `j` is by how much one thing exceeds another
    /// (`席位比过半数门槛多出21席，其中…`): the parts after it are of the larger thing.
    fn is_an_excess(&self, j: usize) -> bool {
        const EXCEEDS: [&str; 5] = ["多出", "超出", "高出", "多于", "多於"];
        preceded_by(self.text, self.span(j).start, &EXCEEDS)
    }

    /// `其中民办310所，寄宿制520所，农村640所`: parts after 其中 are a partition when at least
    /// two of their labels (the Chinese words right before each figure) are alike, sharing
    /// their first or last character (长材/板材, 男性/女性, 境内/境外) or making a known pair
    /// (国内/海外, 城镇/乡村, 出口/进口), or one is the rest (其他, or 非 and the other:
    /// 税收/非税); labels of unrelated kinds
    /// name groups that overlap. The noun the whole names is no likeness: in `学校1260所，
    /// 其中民办学校310所，寄宿制学校520所`, 民办 and 寄宿制 are compared. Unlabelled parts
    /// are taken as a partition.
    fn labelled_alike(&self, whole: usize, parts: &[usize]) -> bool {
        let labels: Vec<&str> = parts.iter().map(|&j| self.label_before(j)).collect();
        let shared = common_suffix(&labels);
        let whole_names_it = !shared.is_empty() && self.label_before(whole).contains(shared);
        // `卫生技术人员…，高级职称人员…`: groups of people are named by their traits
        // (a profession, a title), which overlap; the traits are compared, not the noun.
        const PEOPLE: [&str; 6] = ["人员", "人員", "员工", "員工", "职工", "職工"];
        let people = PEOPLE.iter().any(|noun| shared.ends_with(noun));
        labels_alike(&labels, whole_names_it || people)
    }

    /// The Chinese characters right before the figure at token `j`, without 其中 (包括) and
    /// the words that link a label to its figure (为, 有, 达, 共).
    pub(super) fn label_before(&self, j: usize) -> &str {
        let start = self.span(j).start;
        let reach = char_floor(self.text, start.saturating_sub(36));
        let before = &self.text[reach..start];
        let run = trailing_han(before);
        let run = ["其中", "包括", "包含"]
            .iter()
            .find_map(|opening| run.strip_prefix(opening))
            .unwrap_or(run);
        let label = run.trim_end_matches(['为', '為', '是', '有', '达', '達', '共', '计', '計']);
        // `其中分別有980.20万名常住外來人口以及1439.50万名…`: the labels follow the figures.
        const CONNECTIVES: [&str; 9] = ["分别", "分別", "以及", "及", "和", "与", "與", "另", "还"];
        if CONNECTIVES.contains(&label) {
            ""
        } else {
            label
        }
    }

    /// Whether a list that starts at token `list_start` and ends at token `last` says it
    /// names only some parts: `主要包括…其他支出0.6亿元等`, "including", "such as", "among
    /// others", etc.
    fn left_open(&self, list_start: usize, last: usize) -> bool {
        const OPENERS: [&str; 4] = ["包括", "包含", "including", "such as"];
        const CLOSERS: [&str; 5] = ["等", "among others", "etc", "and so on", "among them"];
        let start = self.span(list_start).start;
        let lead = &self.text[char_floor(self.text, start.saturating_sub(16))..start];
        let opens_some = list_start > self.range.start
            && OPENERS
                .iter()
                .any(|opener| self.text[self.span(list_start - 1)].eq_ignore_ascii_case(opener))
            || lead.contains("主要")
            || lead.to_ascii_lowercase().contains("such as");
        let after = self.text[self.span(last).end..].trim_start_matches([' ', ',', '，']);
        opens_some || starts_with_word(after, &CLOSERS)
    }

    /// `其中，第一产业增加值212.74亿元…；第二产业增加值…；第三产业增加值…`: the three
    /// sectors of an economy, each labelled, are every part of its output.
    fn the_three_sectors(&self, parts: &[usize]) -> bool {
        const SECTORS: [[&str; 2]; 3] = [
            ["第一产业", "第一產業"],
            ["第二产业", "第二產業"],
            ["第三产业", "第三產業"],
        ];
        parts.len() == 3
            && parts.iter().zip(SECTORS).all(|(&j, names)| {
                let label = self.label_before(j);
                names.iter().any(|name| label.contains(name))
            })
    }

    /// Whether the figure at token `j` is the rest of a list: its Chinese label opens
    /// with 其他 or 其余 (`其他支出457亿元`), or "other", "others", "remaining" or "rest"
    /// stands between it and the figure before it (`and other products $150 million`,
    /// `the remaining 14`, `with the remaining states accounting for 7.6 billion`).
    fn names_the_rest(&self, j: usize) -> bool {
        const REST_LABELS: [&str; 6] = ["其他", "其它", "其余", "其餘", "剩余", "剩餘"];
        const REST_WORDS: [&str; 4] = ["other", "others", "remaining", "rest"];
        if REST_LABELS
            .iter()
            .any(|rest| self.label_before(j).starts_with(rest))
        {
            return true;
        }
        // From the figure before, past words read as cues (`with the remaining states
        // accounting for 7.6 billion bushels`), within 40 bytes: a bounded look back,
        // however long the sentence.
        let start = self.span(j).start;
        let reach = start.saturating_sub(40);
        let from = (self.range.start..j)
            .rev()
            .take_while(|&k| self.span(k).end >= reach)
            .find(|&k| self.amount(k).is_some())
            .map_or(reach, |k| self.span(k).end);
        let between = self.text[char_floor(self.text, from)..start].to_ascii_lowercase();
        between
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|word| REST_WORDS.contains(&word))
    }

    /// Whether the figure at token `j` stands in parentheses opened right after the figure
    /// before it: `$15.0 million (quarterly installments of $3.75 million)`.
    fn aside_of_the_figure_before(&self, j: usize) -> bool {
        let Some(before) = (self.range.start..j)
            .rev()
            .find(|&k| self.amount(k).is_some())
        else {
            return false;
        };
        let gap = &self.text[self.span(before).end..self.span(j).start];
        gap.trim_start().starts_with(['(', '（']) && !gap.contains([')', '）'])
    }

    /// Whether the sentence opens with "Of these," or "Of those,", before its first token.
    fn opens_with_of_these(&self) -> bool {
        let first = self.range.start;
        first < self.range.end
            && self.is_cue(first, CueKind::ClauseSep)
            && ["Of these", "Of those", "Of them"].contains(&self.lead_of(first).trim_end())
    }

    /// Whether the sentence opens with "Of the" and its first figure: `Of the $2.1
    /// billion, …`.
    fn opens_with_of_the(&self) -> bool {
        let first = self.range.start;
        let lead = self.lead_of(first).trim_end();
        self.amount(first).is_some() && ["Of the", "Of its", "Of this", "Of their"].contains(&lead)
    }

    /// `股票型基金3.36万亿元，混合型基金3.62万亿元，两者合计6.98万亿元`, `…, for a total of
    /// $2.0 billion`: a total said right after its cue (合计, 合共, "a total of") adds up
    /// every figure of its measure before it in its part of the sentence (after 其中 or
    /// a semicolon), all of them parts: no old value, rate, difference or range among
    /// them, and two at least.
    fn parts_before_a_total(
        &self,
        cue: usize,
        not_a_part: &impl Fn(usize, usize) -> bool,
    ) -> Option<PartsOfWhole> {
        let whole_token = cue + 1;
        if whole_token >= self.range.end || !self.adjacent(cue, whole_token) {
            return None;
        }
        let whole = self.amount(whole_token).filter(|&c| !self.is_rate(c))?;
        let in_a_range = |j: usize| self.starts_a_range(j) || self.ends_a_range(j);
        if self.is_an_average(whole_token)
            || self.measures_no_sum(whole_token)
            || self.is_a_net_flow(whole_token)
            || in_a_range(whole_token)
        {
            return None;
        }
        let start = (self.range.start..cue)
            .rev()
            .find(|&j| self.is_semicolon(j) || self.is_cue(j, CueKind::OfWhich))
            .map_or(self.range.start, |j| j + 1);
        let mut parts = Vec::new();
        // (In one unit as written: `31个生产基地及90家工厂，合共288条生产线` counts three
        // kinds of thing.)
        let in_its_unit =
            |c: usize| self.same_measure(whole, c) && self.unit(c) == self.unit(whole);
        for j in start..cue {
            let Some(c) = self.amount(j).filter(|&c| in_its_unit(c)) else {
                continue;
            };
            // (`40 buses at $750,000 each …, for a total of $31.1 million` multiplies.)
            let priced_each = self.is_per_unit(j)
                || starts_with_word(&self.text[self.span(j).end..], &["each", "apiece"]);
            if not_a_part(j, c) || self.is_a_difference(j) || in_a_range(j) || priced_each {
                return None;
            }
            parts.push(c);
        }
        (parts.len() >= 2).then_some(PartsOfWhole {
            whole,
            parts,
            complete: true,
        })
    }

    /// The parts listed from token `list_start` on of the whole at token `whole_token`:
    /// the figures `measured_alike` the whole (claims: the whole, the figure).
    fn parts_of(
        &self,
        whole_token: usize,
        list_start: usize,
        not_a_part: &impl Fn(usize, usize) -> bool,
        measured_alike: &impl Fn(usize, usize) -> bool,
    ) -> Option<PartsOfWhole> {
        let whole = self.amount(whole_token)?;
        if self.is_an_average(whole_token)
            || self.measures_no_sum(whole_token)
            || self.is_an_excess(whole_token)
            || self.is_a_net_flow(whole_token)
        {
            return None;
        }
        // `Total charges of $40 million to $45 million include $12 million of
        // severance`: a whole or a part given as a range has no one value to add.
        let in_a_range = |j: usize| self.starts_a_range(j) || self.ends_a_range(j);
        if in_a_range(whole_token) {
            return None;
        }
        let mut parts: Vec<(usize, usize)> = (list_start..self.range.end)
            .filter_map(|j| self.amount(j).map(|c| (j, c)))
            .filter(|&(j, c)| !not_a_part(j, c) && measured_alike(whole, c))
            // How much a part changed (`其中长材100万吨，增加14万吨`) is no part of a
            // level; of a change (住户贷款增加2.18万亿元，其中，短期贷款增加…) it is.
            .filter(|&(j, _)| !self.is_a_difference(j) || self.is_a_difference(whole_token))
            // `repayments of $15.0 million ($3.75 million a quarter)`: a part's rate per
            // period is no part of a whole that has none, and a figure in parentheses
            // right after another is said of it.
            .filter(|&(j, _)| !self.per_period_beside(j) || self.per_period_beside(whole_token))
            .filter(|&(j, _)| !self.aside_of_the_figure_before(j))
            .filter(|&(j, _)| !self.included_in_the_part_before(j, list_start))
            .collect();
        // `Income was €1.31 billion, of which grants accounted for €412 million, and its
        // endowment was €1.2 billion`: a clause that turns to another measure ends them.
        let turn = (list_start..self.range.end).find(|&j| {
            self.turns_at(j) || {
                let rest = &self.text[self.span(j).end..];
                self.is_cue(j, CueKind::ClauseSep) && opens_with_among(rest)
            }
        });
        parts.retain(|&(j, _)| turn.is_none_or(|t| j < t));
        // A list split by semicolons goes on past them where it is introduced as one
        // (`其中，出口…，增长0.6%；进口…`) or where the clause past the semicolon only adds
        // parts (`其中专任教师2856人；行政人员781人`); one that states a change of its own
        // or says "also" is a sibling of the whole (`其中对越南出口1.35万亿元；对美国出口
        // 3.05万亿元，下降27.8%`, "of which Germany took …; shipments to the Middle East
        // rose 4.1% to …").
        let introduced = list_start < self.range.end && self.is_cue(list_start, CueKind::ClauseSep);
        if let [(first, _), (second, _), ..] = parts[..] {
            let goes_on = self.semicolon_between(first, second)
                && (introduced || !self.a_sibling_follows(first));
            if !goes_on {
                // Parts listed with commas end at a semicolon: what follows it is a
                // sibling of the whole (住户贷款…，其中…，…；非银行业金融机构贷款…).
                let end = (list_start..self.range.end)
                    .find(|&j| self.is_semicolon(j))
                    .unwrap_or(self.range.end);
                parts.retain(|&(j, _)| j < end);
            }
        }
        // `申花队射门19次，其中射正7次；泰山队射门11次，射正4次`: a later part of a list
        // split by semicolons that holds two figures of the measure apart by a comma (not
        // 、) is another whole with its own part, and ends the list.
        let segment_of = |j: usize| (list_start..j).filter(|&k| self.is_semicolon(k)).count();
        let segments: Vec<usize> = parts.iter().map(|&(j, _)| segment_of(j)).collect();
        let comma_between = |a: usize, b: usize| {
            (a..b).any(|k| self.is_cue(k, CueKind::ClauseSep) && !self.is_semicolon(k))
        };
        if let Some(k) = (1..segments.len()).find(|&k| {
            segments[k] > 0
                && segments[k] == segments[k - 1]
                && comma_between(parts[k - 1].0, parts[k].0)
        }) {
            let first_of_segment = segments[..k].partition_point(|&s| s < segments[k]);
            parts.truncate(first_of_segment);
        }
        // `海港队射门17次，其中射正8次，国安队射门11次，射正4次`: a label said again opens
        // another breakdown, of the figure before it, another whole.
        if let Some(k) = self.breakdown_said_again(&parts) {
            parts.truncate(k);
        }
        // `净利润8.62亿元，其中四季度亏损1.66亿元，前三季度盈利10.28亿元`: a loss is a
        // part with a minus sign, which the figure does not carry.
        if parts
            .iter()
            .any(|&(j, _)| in_a_range(j) || self.is_a_loss(j))
        {
            return None;
        }
        // `合計買超215.37億元，其中…自營商賣超8.34億元`: net sales are parts with a minus
        // sign beside net purchases.
        let sides: Vec<Option<TradeSide>> = std::iter::once(whole_token)
            .chain(parts.iter().map(|&(j, _)| j))
            .map(|j| self.trade_side(j))
            .collect();
        if sides.contains(&Some(TradeSide::Buy)) && sides.contains(&Some(TradeSide::Sell)) {
            return None;
        }
        // `前三季度…52.47亿元，其中上半年34.11亿元，第一季度16.66亿元`: a half and its
        // quarter are not two parts of one whole.
        let period = |c: usize| self.claims[c].period.known();
        let nest = parts.iter().enumerate().any(|(k, &(_, a))| {
            parts[k + 1..].iter().any(|&(_, b)| {
                period(a)
                    .zip(period(b))
                    .is_some_and(|(a, b)| periods::nested(a, b))
            })
        });
        if nest {
            return None;
        }
        if let Some(&(last, _)) = parts.last() {
            let listed = self.span(whole_token).end..self.span(last).end;
            if groups_cut_across(&self.text[listed]) {
                return None;
            }
        }
        // (Adding up to more than the whole, with shares of it that add up to more than
        // all of it too, the parts overlap: the figures agree that they do.)
        let tokens: Vec<usize> = parts.iter().map(|&(j, _)| j).collect();
        let claims: Vec<usize> = parts.iter().map(|&(_, c)| c).collect();
        if self.shares_add_up_past_all(&tokens) && self.more_than(&claims, whole) {
            return None;
        }
        let of_which =
            list_start > self.range.start && self.is_cue(list_start - 1, CueKind::OfWhich);
        let after_qizhong = of_which && !self.text[self.span(list_start - 1)].is_ascii();
        if after_qizhong && tokens.len() > 1 && !self.labelled_alike(whole_token, &tokens) {
            return None;
        }
        let mut parts: Vec<usize> = parts.into_iter().map(|(_, c)| c).collect();
        // A partition already complete (城镇人口 + 乡村人口 = 常住人口) is followed by
        // another breakdown of the whole (常住外来人口), not by more of its parts; or the
        // two breakdowns are interleaved (`其中省外游客2960万人次，过夜游客2140万人次，省内
        // 游客3890万人次`).
        if let Some(complete) = (2..parts.len()).find(|&k| self.add_up_to(whole, &parts[..k])) {
            parts.truncate(complete);
        } else if let Some(partition) = self.partition_among(whole, &parts) {
            parts = partition;
        }
        // `共計12.4萬公里，其中高速铁路13.2万公里`: one part after 其中/of which is checked too
        // (it can only be too large), when both say what they count (`10所211工程重点高校，
        // 其中…为985工程院校` names projects).
        let counted = |c: usize| self.claims[c].mention.kind() != Kind::Number;
        let one_part =
            of_which && parts.len() == 1 && counted(whole) && parts.iter().all(|&p| counted(p));
        // (`61,450 were violence …, 52,870 theft, …, with the remaining 6,820`: a list with
        // figures between its parts measured otherwise, as far as the reading goes, is not
        // known to be whole.)
        let measured_otherwise = |last_part: usize| {
            (list_start..last_part).any(|j| {
                self.amount(j).is_some_and(|c| {
                    !self.is_rate(c) && !measured_alike(whole, c) && !not_a_part(j, c)
                })
            })
        };
        let complete = parts.len() >= 2 && {
            let last_part = tokens[parts.len() - 1];
            (self.names_the_rest(last_part) && !self.left_open(list_start, last_part)
                || self.the_three_sectors(&tokens[..parts.len()]))
                && !measured_otherwise(last_part)
        };
        (parts.len() >= 2 || one_part).then_some(PartsOfWhole {
            whole,
            parts,
            complete,
        })
    }

    /// Where in `parts` (token, claim) the whole of a second breakdown stands: right
    /// before the first part whose Chinese label an earlier part has (射正 again).
    fn breakdown_said_again(&self, parts: &[(usize, usize)]) -> Option<usize> {
        let labels: Vec<&str> = parts.iter().map(|&(j, _)| self.label_before(j)).collect();
        let again = (1..labels.len())
            .find(|&k| labels[k].chars().count() >= 2 && labels[..k].contains(&labels[k]))?;
        Some(again - 1)
    }

    /// Whether what follows the first semicolon past the part at token `j`, up to the
    /// next, says it is "also" so (也, 亦) or states a change (a change word, a rate)
    /// where the part's own statement does not.
    fn a_sibling_follows(&self, j: usize) -> bool {
        let Some(semicolon) = (j..self.range.end).find(|&k| self.is_semicolon(k)) else {
            return false;
        };
        if semicolon + 1 >= self.range.end {
            return false;
        }
        let next = (semicolon + 1..self.range.end)
            .find(|&k| self.is_semicolon(k))
            .unwrap_or(self.range.end);
        let states_a_change = |tokens: Range<usize>| {
            tokens
                .into_iter()
                .any(|k| self.is_change_word(k) || self.amount(k).is_some_and(|c| self.is_rate(c)))
        };
        let says_also = ["也", "亦", " also "]
            .iter()
            .any(|word| self.clause_text(semicolon + 1).contains(word));
        says_also || states_a_change(semicolon + 1..next) && !states_a_change(j..semicolon)
    }

    /// Whether the figure at token `j` is said of a part before it in the list that
    /// starts at token `list_start`, not of the whole: `total $652.5 million: … $202.5
    /// million in 2022, including the $65.0 million then outstanding under the revolver,
    /// and $400.0 million in 2024`, `波音737系列287架（含波音737 MAX 8飞机64架）`, `其中医院312个、
    /// …专业公共卫生机构98个，医院中有三级医院45个`.
    fn included_in_the_part_before(&self, j: usize, list_start: usize) -> bool {
        // (The part before of the same measure: `波音737系列287架（含…64架）` names a model.)
        let Some(claim) = self.amount(j) else {
            return false;
        };
        let Some(part) = (list_start..j)
            .rev()
            .find(|&k| self.amount(k).is_some_and(|c| self.same_measure(c, claim)))
        else {
            return false;
        };
        let between = self.text[self.span(part).end..self.span(j).start].to_ascii_lowercase();
        // `…专业公共卫生机构98个，医院中有三级医院45个`: a part broken down in turn.
        [
            "including",
            "of which",
            "of whom",
            "of those",
            "含",
            "其中",
            "中有",
            "当中",
            "之中",
        ]
        .iter()
        .any(|words| between.contains(words))
    }

    /// The whole of parts listed from token `list_start` by a sentence that opens with 其中
    /// or a breakdown (分区域看): `进出口总值34.32万亿元，增长5%。其中，出口19.55万亿元，进口
    /// 14.77万亿元`. It is the one figure of the sentence before measured as the first part
    /// is, none of them an old value (`上年同期为212.5亿元`) or the amount of a change
    /// (`平均每年增加65092人。其中，男性…`); where there are two, which one is broken down
    /// is not said.
    fn whole_said_before(
        &self,
        list_start: usize,
        before: Range<usize>,
        not_a_part: &impl Fn(usize, usize) -> bool,
    ) -> Option<usize> {
        let first_part = (list_start..self.range.end).find_map(|j| self.amount(j))?;
        let mut wholes = self.wholes_in(before, first_part, not_a_part);
        let (whole, _) = wholes.next()?;
        wholes.next().is_none().then_some(whole)
    }

    /// `新能源汽车销量143.0万辆…。新能源汽车销量占汽车销售总量的46.8%…。其中，纯电动汽车销量
    /// 82.4万辆`: where the sentence before (tokens `previous`) gives no figure of the
    /// parts' measure, the whole said in the sentence before it, in the same paragraph.
    fn whole_said_past(
        &self,
        list_start: usize,
        previous: Range<usize>,
        before: &SentencesBefore,
        not_a_part: &impl Fn(usize, usize) -> bool,
    ) -> Option<usize> {
        let first_part = (list_start..self.range.end).find_map(|j| self.amount(j))?;
        let of_the_measure = |j: usize| {
            self.amount(j)
                .is_some_and(|c| self.same_measure(c, first_part))
        };
        let earlier = before.second_last()?;
        let one_paragraph = !earlier.is_empty()
            && earlier.end <= previous.start
            && previous.start < previous.end
            && !self.text[self.span(earlier.end - 1).end..self.span(previous.start).start]
                .contains('\n');
        // (Two parts at least, in the whole's own unit: `出川作戰的57個師中…。…轟炸。其中…
        // 造成7764名市民死亡` lists no part of the divisions.)
        let parts = (list_start..self.range.end)
            .filter(|&j| of_the_measure(j))
            .count();
        if !one_paragraph || parts < 2 || previous.clone().any(of_the_measure) {
            return None;
        }
        self.whole_said_before(list_start, earlier, not_a_part)
            .filter(|&whole| {
                self.amount(whole)
                    .is_some_and(|c| self.unit(c) == self.unit(first_part))
            })
    }

    /// The figures among tokens `range` that may be a whole of parts measured as claim
    /// `measure` is: no old value (`上年同期为212.5亿元`), no amount of a change, no
    /// average (`日均接待游客约856万人次`) and no bound the figure before it passed
    /// (`52846.37亿元，首次突破五万亿元大关`). As (token, claim).
    fn wholes_in<'s>(
        &'s self,
        range: Range<usize>,
        measure: usize,
        not_a_part: &'s impl Fn(usize, usize) -> bool,
    ) -> impl Iterator<Item = (usize, usize)> + 's {
        // A sentence before is read as itself: what its figures are compared with is
        // found within its bounds (`came to 312.4 TWh, up 0.7% from 310.1 TWh`).
        let before = range.end <= self.range.start;
        let sentence = self.reading(if before {
            range.clone()
        } else {
            self.range.clone()
        });
        let start = range.start;
        range.filter_map(move |j| {
            sentence
                .amount(j)
                .filter(|&c| {
                    let alone = sentence.same_measure(c, measure)
                        && !not_a_part(j, c)
                        && !sentence.is_a_difference(j)
                        && !sentence.is_an_average(j)
                        && !sentence.follows_a_prior_period(j)
                        && !sentence.of_a_prior_period_after(j)
                        && !sentence.is_a_group_counted_out(j)
                        && !sentence.passed_by_the_figure_before(start, j);
                    alone && !(before && sentence.is_compared_with(j))
                })
                .map(|c| (j, c))
        })
    }

    /// Whether the groups an English "Of the …"/"Of these"/"of which" sentence counts
    /// may overlap: it says so (`many did both`, `overlap`), two counts add up to more
    /// than their whole without being a known pair that splits it (`186 were first-time
    /// contributors and 263 were independent contributors`; not `women` and `men`), or
    /// the shares given beside them do (`68,511 (43.3%) had children …, 69,284 (43.8%)
    /// were married couples`). Money is split, not shared.
    fn groups_may_overlap(&self, parts: &PartsOfWhole) -> bool {
        const PAIRS: [(&str, &str); 12] = [
            ("men", "women"),
            ("male", "female"),
            ("domestic", "international"),
            ("domestic", "foreign"),
            ("full-time", "part-time"),
            ("undergraduate", "graduate"),
            ("undergraduate", "postgraduate"),
            ("public", "private"),
            ("urban", "rural"),
            ("new", "existing"),
            ("new", "returning"),
            ("first-time", "returning"),
        ];
        let words: Vec<String> = self
            .sentence_text()
            .split(|c: char| !(c.is_alphabetic() || c == '-'))
            .map(|w| w.to_lowercase())
            .map(|w| w.strip_suffix('s').map(str::to_string).unwrap_or(w))
            .collect();
        let says = |word: &str| words.iter().any(|w| w == word);
        let says_overlap = says("both") || says("overlap");
        let a_pair = PAIRS.iter().any(|&(a, b)| says(a) && says(b));
        let counted = matches!(
            self.claims[parts.whole].mention.kind(),
            Kind::Count | Kind::Number
        );
        let two_past_the_whole =
            parts.parts.len() == 2 && self.more_than(&parts.parts, parts.whole);
        says_overlap || counted && (two_past_the_whole && !a_pair || self.shares_past_all(parts))
    }

    /// Whether the percentages right after the parts add up to more than 110%: far past
    /// their rounding, too far to be a slip in one of them.
    fn shares_past_all(&self, parts: &PartsOfWhole) -> bool {
        let share_after = |&part: &usize| {
            let share = self.amount(self.claims[part].token + 1)?;
            let quantity = self.claims[share].mention.quantity()?;
            (quantity.unit == Unit::Percent).then_some(quantity.interval.low?.value)
        };
        let lows: Vec<Decimal> = parts.parts.iter().filter_map(share_after).collect();
        lows.len() >= 2 && lows.iter().sum::<Decimal>() > Decimal::new(110, 0)
    }

    /// Whether the whole cue at token `i` is "in total" or "in all", said after the total.
    fn says_in_total(&self, i: usize) -> bool {
        let word = &self.text[self.span(i)];
        let said_after = word.eq_ignore_ascii_case("in all")
            || word.eq_ignore_ascii_case("total")
                && preceded_by(self.text, self.span(i).start, &["in"]);
        said_after && i > self.range.start
    }

    /// Whether token `j` separates a clause that turns to another measure or subject
    /// (`, while`, `, but`, `，而`; see [`TURNS`]).
    fn turns_at(&self, j: usize) -> bool {
        self.is_cue(j, CueKind::ClauseSep)
            && starts_with_word(&self.text[self.span(j).end..], &TURNS)
    }

    /// `(179 last year)`: whether a word of a prior period follows the figure at token
    /// `j`, making it an old value.
    pub(super) fn of_a_prior_period_after(&self, j: usize) -> bool {
        j + 1 < self.range.end
            && self.is_cue(j + 1, CueKind::PriorPeriod)
            && self.adjacent(j, j + 1)
    }

    /// `Women accounted for 241 (20.0%) of the 1,204 randomized patients`: whether the
    /// figure at token `j` is the group a count before it is counted out of.
    fn is_a_group_counted_out(&self, j: usize) -> bool {
        j > self.range.start && {
            let between = &self.text[self.span(j - 1).end..self.span(j).start];
            says_out_of(between.trim_start_matches([')', '）']))
        }
    }

    /// `52846.37亿元，首次突破五万亿元大关`: whether the figure before token `bound` (from
    /// token `start` on) passed it.
    fn passed_by_the_figure_before(&self, start: usize, bound: usize) -> bool {
        (start..bound)
            .rev()
            .find(|&j| self.amount(j).is_some())
            .is_some_and(|value| self.passed(value, bound))
    }

    /// Whether the tokens `range` give a figure of the measure of the whole at token
    /// `whole` with another value, which a breakdown after both could be of.
    fn another_whole_in(
        &self,
        range: Range<usize>,
        whole: usize,
        not_a_part: &impl Fn(usize, usize) -> bool,
    ) -> bool {
        let Some(w) = self.amount(whole) else {
            return false;
        };
        let value = |c: usize| self.claims[c].mention.quantity().map(|q| q.value);
        self.wholes_in(range, w, not_a_part)
            .any(|(_, c)| value(c) != value(w))
    }

    fn follows_a_prior_period(&self, j: usize) -> bool {
        j > 0 && (self.is_cue(j - 1, CueKind::PriorPeriod) || self.is_cue(j - 1, CueKind::Prior))
    }

    /// Whether the whole cue at token `i` names a total the sentence measures a part
    /// against and does not state: `Chevrolet accounted for 422,183 of the total, GMC
    /// 141,729, …`.
    fn total_not_stated(&self, i: usize) -> bool {
        let start = self.span(i).start;
        // (Words, not spaces: `Of the total, 30,000 tonnes went to …` opens its line.)
        let window = &self.text[char_floor(self.text, start.saturating_sub(24))..start];
        let mut words = window
            .rsplit(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty());
        let is = |word: Option<&str>, any: &[&str]| {
            word.is_some_and(|w| any.iter().any(|a| w.eq_ignore_ascii_case(a)))
        };
        let (last, before_last) = (words.next(), words.next());
        if is(last, &["the", "its", "their"]) && is(before_last, &["of"]) {
            return true;
        }
        // `Of total output, the Ndaba mine contributed 312,500 ounces, …`: a total named in
        // a phrase of its own, with no figure in it.
        is(last, &["of"]) && (i + 1..self.clause_end(i)).all(|j| self.amount(j).is_none())
    }

    /// The sum of the values of `parts`.
    fn value_sum(&self, parts: &[usize]) -> Option<Decimal> {
        parts.iter().try_fold(Decimal::ZERO, |sum, &part| {
            sum.checked_add(self.value_of(part)?)
        })
    }

    fn value_of(&self, claim: usize) -> Option<Decimal> {
        self.claims[claim].mention.quantity().map(|q| q.value)
    }

    /// Whether `parts` add up to more than `whole` over their values.
    fn more_than(&self, parts: &[usize], whole: usize) -> bool {
        (self.value_sum(parts).zip(self.value_of(whole))).is_some_and(|(sum, whole)| sum > whole)
    }

    /// Whether the values of `parts` add up to the value of `whole` to within a thousandth
    /// (the last digit of a long figure, rounded): a coarse whole (`$1.2 billion`) that
    /// the first parts only reach within its rounding is no complete partition.
    fn add_up_to(&self, whole: usize, parts: &[usize]) -> bool {
        let (Some(sum), Some(whole)) = (self.value_sum(parts), self.value_of(whole)) else {
            return false;
        };
        let slack = whole.abs() / Decimal::ONE_THOUSAND;
        sum.checked_sub(whole).is_some_and(|gap| gap.abs() <= slack)
    }

    /// Some of a few `parts`, two or more but not all, that add up to `whole` (see
    /// [`Sentence::add_up_to`]): the others break the whole down another way. Lists of
    /// more than eight parts are not searched (their subsets are too many).
    fn partition_among(&self, whole: usize, parts: &[usize]) -> Option<Vec<usize>> {
        const MOST_PARTS: usize = 8;
        if parts.len() > MOST_PARTS {
            return None;
        }
        let all = (1u32 << parts.len()) - 1;
        (1..all)
            .filter(|mask| mask.count_ones() >= 2)
            .map(|mask| {
                let chosen = parts
                    .iter()
                    .enumerate()
                    .filter(|(k, _)| mask & (1 << k) != 0);
                chosen.map(|(_, &part)| part).collect::<Vec<usize>>()
            })
            .find(|subset| self.add_up_to(whole, subset))
    }

    /// Whether a semicolon (；) stands among the tokens strictly between `a` and `b`.
    pub(super) fn semicolon_between(&self, a: usize, b: usize) -> bool {
        (a + 1..b).any(|j| self.is_semicolon(j))
    }

    pub(super) fn is_semicolon(&self, j: usize) -> bool {
        self.is_cue(j, CueKind::ClauseSep) && matches!(&self.text[self.span(j)], ";" | "；")
    }

    /// Money with money in one currency, a count with counts of the same unit.
    fn same_measure(&self, a: usize, b: usize) -> bool {
        let kind = |c: usize| self.claims[c].mention.kind();
        kind(a) == kind(b) && self.unit(a).is_comparable_with(self.unit(b))
    }

    /// `其中，大型商业银行资产总额为196.3万亿元，同比增长8.1%，占比43.4%`, `of which cloud
    /// contributed $720 million, or 60%`: a share said of a part with no whole named (占比,
    /// ", or"), or with the whole named as its label names it (`占全国人口比重为67.0%`), is
    /// its share of the whole it is listed under, so the whole times the share is the
    /// part. (A whole named otherwise, `占地区生产总值的比重为6.2%` under 工业增加值, may be
    /// another.)
    pub(super) fn read_shares_of_whole(&self, parts: &[PartsOfWhole], out: &mut Vec<Product>) {
        for relation in parts {
            let tokens: Vec<usize> = relation
                .parts
                .iter()
                .map(|&p| self.claims[p].token)
                .collect();
            if !tokens.iter().all(|t| self.range.contains(t)) {
                continue;
            }
            let mut shares = self.shares_listed_respectively(&relation.parts, &tokens);
            if shares.is_empty() {
                for (&part, &token) in relation.parts.iter().zip(&tokens) {
                    let next_part = tokens.iter().copied().filter(|&t| t > token).min();
                    let own_clauses = token + 1..next_part.unwrap_or(self.range.end);
                    let share = self
                        .share_of(relation.whole, token, own_clauses)
                        .or_else(|| self.share_restating(token));
                    shares.extend(share.map(|share| (part, share)));
                }
            }
            // `其中，男性人口为1694946人，占52.16%`: 占 alone names no whole, and may mean
            // the article's total rather than the whole the part is listed under (`60岁及
            // 以上人口为229.9万人，占21.38%，其中65岁及以上人口为151.2万人，占12.09%`). It
            // means this whole when a part's share so said agrees with it.
            let alone = |share: usize| {
                preceded_by(
                    self.text,
                    self.claims[share].mention.span.start,
                    &["占", "佔"],
                )
            };
            let confirmed = shares.iter().any(|&(part, share)| {
                alone(share) && share_agrees(self.claims, relation.whole, share, part)
            });
            for (part, share) in shares {
                let unconfirmed = alone(share) && !confirmed;
                out.push(Product {
                    factors: vec![relation.whole, share],
                    result: part,
                    unchecked: unconfirmed.then_some(SHARE_OF_WHICH_WHOLE),
                });
            }
        }
    }

    /// `全市常住人口中，男性人口为1962430人，占51.02%；女性人口为1883785人，占48.98%`: a
    /// sentence that opens by naming a whole stated before (`全市常住人口为3846215人`,
    /// within [`NAMED_WHOLE_REACH`] figures) gives each part's share of that whole, a part of
    /// a part's too (`，其中65岁及以上人口为590210人，占15.35%`).
    pub(super) fn read_shares_of_a_named_whole(&self, out: &mut Vec<Product>) {
        let Some(name) = self.whole_named_at_opening() else {
            return;
        };
        let Some(whole) = self.figure_labelled_before(name, |_| true) else {
            return;
        };
        let counts: Vec<(usize, usize)> = self
            .range
            .clone()
            .filter_map(|j| self.amount(j).map(|c| (j, c)))
            .filter(|&(_, c)| !self.is_rate(c) && self.same_measure(whole, c))
            .collect();
        for (k, &(token, part)) in counts.iter().enumerate() {
            let next = counts.get(k + 1).map_or(self.range.end, |&(t, _)| t);
            let Some(share) = self.share_of(whole, token, token + 1..next) else {
                continue;
            };
            if !self
                .products_of_this_sentence(out)
                .any(|p| p.result == part && p.unchecked.is_none())
            {
                out.push(Product {
                    factors: vec![whole, share],
                    result: part,
                    unchecked: None,
                });
            }
        }
    }

    /// `境内收入301.55亿元，同比增长8.17%，占营业收入的78.04%`, `net income of $120
    /// million, or 21.6% of revenue`: a share that names its whole may be the part's share
    /// of the one figure so named before (see [`confirm_wholes_named_before`]).
    pub(super) fn read_shares_of_a_whole_named_before(&self, out: &mut Vec<Product>) {
        for j in self.range.clone() {
            let Some(share) = self.amount(j).filter(|&c| *self.unit(c) == Unit::Percent) else {
                continue;
            };
            let Some((part, whole)) = self
                .share_of_a_whole_labelled_before(j)
                .or_else(|| self.share_of_a_metric_named_after(j))
            else {
                continue;
            };
            let multiplied = self
                .products_of_this_sentence(out)
                .any(|p| p.result == part);
            if !multiplied && self.same_measure(whole, part) {
                out.push(Product {
                    factors: vec![whole, share],
                    result: part,
                    unchecked: Some(NAMED_WHOLE_UNCONFIRMED),
                });
            }
        }
    }

    /// `境内收入301.55亿元，同比增长8.17%，占营业收入的78.04%`: the share at token `j` names
    /// its whole (营业收入) right after its part, and the whole is the one figure so
    /// labelled before the sentence (`实现营业收入386.42亿元`). The part is the figure
    /// before the share in its statement, but an old value or the amount of a change. As
    /// (part, whole) claims.
    fn share_of_a_whole_labelled_before(&self, j: usize) -> Option<(usize, usize)> {
        let Some(("", named)) = self.share_names(j) else {
            return None;
        };
        if named.chars().count() < 2 {
            return None;
        }
        let part = self.part_before_its_share(j)?;
        let whole = self.figure_labelled_before(named, |c| self.of_the_period_of(c, part))?;
        Some((part, whole))
    }

    /// `Net income was $120 million, or 21.6% of revenue`: the share at token `j`
    /// restates the figure before it and names a metric after "of" (`of total revenue
    /// in 2019`); the whole is the one figure of that metric before the part, in its
    /// sentence or before it, that is no old value, amount of a change or part's figure
    /// (`segment revenue`). As (part, whole) claims.
    fn share_of_a_metric_named_after(&self, j: usize) -> Option<(usize, usize)> {
        let metric = metric_named_after(&self.text[self.span(j).end..])?;
        let part = self
            .figure_restated_by(j)
            .and_then(|k| self.amount(k))
            .filter(|&c| !self.is_rate(c))?;
        let of_the_metric = |token: usize| {
            self.amount(token).is_some_and(|c| {
                let claim = &self.claims[c];
                claim.metric.known().is_some_and(|m| **m == *metric)
                    && claim.role == Role::Current
                    && !claim.of_a_part
                    && !self.is_compared_with(token)
                    && !self.is_a_difference(token)
            })
        };
        // (Where either period is unsaid the whole may be another period's; only a share
        // that agrees confirms it, see [`confirm_wholes_named_before`].)
        let of_period = |c: usize| {
            (self.period_text(c).zip(self.period_text(part))).is_none_or(|(w, p)| w == p)
        };
        let whole = self.figure_named_before(part, of_the_metric, of_period)?;
        Some((part, whole))
    }

    /// The token of the figure right before the percentage at token `j` that it restates
    /// after ", or" (`10.28 mln kilolitres, or 72.3 pct`).
    fn figure_restated_by(&self, j: usize) -> Option<usize> {
        (self.range.start..j)
            .rev()
            .find(|&k| !self.is_cue(k, CueKind::ClauseSep))
            .filter(|&k| joined_by_or(self.text, &self.span(k), &self.span(j)))
    }

    /// Whether claim `whole` may be of the period of claim `part`: the same where both
    /// are known; no quarter, half or month of a year where only the whole's is
    /// (`第一季度…营业收入33.12亿元` is no whole of a year's segment).
    fn of_the_period_of(&self, whole: usize, part: usize) -> bool {
        match (self.period_text(whole), self.period_text(part)) {
            (Some(w), Some(p)) => w == p,
            (Some(w), None) => {
                !w.starts_with(['Q', 'H'])
                    && !w.contains('-')
                    && w.parse::<u32>().map_or(true, |n| n > 12)
            }
            (None, _) => true,
        }
    }

    /// The canonical period of claim `c`, where known.
    fn period_text(&self, c: usize) -> Option<&str> {
        self.claims[c].period.known().map(|p| &*p.text)
    }

    /// The figure a share at token `share` is said of: the last before it in its
    /// statement that is no rate, old value or amount of a change.
    fn part_before_its_share(&self, share: usize) -> Option<usize> {
        (self.range.start..share)
            .rev()
            .take_while(|&j| !self.is_semicolon(j))
            .find(|&j| self.amount(j).is_some_and(|c| !self.is_rate(c)))
            .filter(|&j| {
                !self.is_compared_with(j)
                    && !self.is_a_difference(j)
                    && !self.follows_a_prior_period(j)
            })
            .and_then(|j| self.amount(j))
    }

    /// The whole a sentence names as it opens, before its first figure: `全市常住人口中，`
    /// (`常住人口`, with 全市, 在 and 中 left out).
    fn whole_named_at_opening(&self) -> Option<&str> {
        let first_figure = self.range.clone().find(|&j| self.amount(j).is_some())?;
        let separator = (self.range.start..first_figure)
            .rev()
            .find(|&j| self.is_cue(j, CueKind::ClauseSep))?;
        let opening = &self.text[self.sentence_bytes().start..self.span(separator).start];
        // (`二、年龄构成 全市常住人口中`: the words right before 中, past a section's title.)
        let name = opening.trim().strip_suffix('中')?;
        let name = trailing_han(name);
        let name = name.strip_prefix('在').unwrap_or(name);
        let name = [
            "全市", "全县", "全縣", "全区", "全區", "全省", "全国", "全國",
        ]
        .iter()
        .find_map(|place| name.strip_prefix(place))
        .unwrap_or(name);
        (2..=10).contains(&name.chars().count()).then_some(name)
    }

    /// The one figure before the sentence whose label ends with `name`, and `of_period`
    /// (see [`Sentence::figure_named_before`]).
    fn figure_labelled_before(
        &self,
        name: &str,
        of_period: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        let sentence_start = self.claims.partition_point(|c| c.token < self.range.start);
        let labelled = |token: usize| self.label_before(token).ends_with(name);
        self.figure_named_before(sentence_start, labelled, of_period)
    }

    /// The one figure `named` (a token's test) among the [`NAMED_WHOLE_REACH`] claims
    /// before claim index `end`, no rate and `of_period` (a claim's test):
    /// `全市常住人口为3846215人` for 常住人口; none when two such figures differ
    /// (`2010年全市常住人口为3650660人` beside it leaves the whole unsaid).
    fn figure_named_before(
        &self,
        end: usize,
        named: impl Fn(usize) -> bool,
        of_period: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        let mut named = (end.saturating_sub(NAMED_WHOLE_REACH)..end)
            .rev()
            .filter_map(|k| {
                let token = self.claims[k].token;
                let claim = self
                    .amount(token)
                    .filter(|&c| !self.is_rate(c) && of_period(c))?;
                named(token).then_some(claim)
            });
        let whole = named.next()?;
        let value = |c: usize| self.claims[c].mention.quantity().map(|q| q.interval);
        named
            .all(|other| value(other) == value(whole))
            .then_some(whole)
    }

    /// The percentage that restates the part at token `part` (`cloud $720 million, or
    /// 60%, and hardware …`, `5.70 million (46%)`), of no other whole (not "or 60% of sales") and no comparison
    /// ("or 9.5% more than"). (Amounts of changes, whose rates follow them so, are no
    /// parts.)
    /// `$1.62 billion, $0.98 billion and $0.76 billion, or 48%, 29% and 23% of the total,
    /// respectively`: as many percentages after the last part, said respectively, are the
    /// parts' shares in order.
    fn shares_listed_respectively(&self, parts: &[usize], tokens: &[usize]) -> Vec<(usize, usize)> {
        let Some(&last) = tokens.last() else {
            return Vec::new();
        };
        let listed = self.rates_listed_after(last);
        let respectively = (last..self.range.end).any(|j| self.is_cue(j, CueKind::Respectively));
        let restated = listed
            .first()
            .is_some_and(|&first| joined_by_or(self.text, &self.span(last), &self.span(first)));
        if listed.len() != parts.len() || !respectively || !restated {
            return Vec::new();
        }
        parts
            .iter()
            .zip(&listed)
            .filter_map(|(&part, &j)| Some((part, self.amount(j)?)))
            .collect()
    }

    fn share_restating(&self, part: usize) -> Option<usize> {
        let next = (part + 1..self.range.end).find(|&j| !self.is_cue(j, CueKind::ClauseSep))?;
        let share = self
            .amount(next)
            .filter(|&c| *self.unit(c) == Unit::Percent)?;
        // (Not a comparison: `$3.61 billion, or 9.5% more than a year ago`.)
        let rest = &self.text[self.span(next).end..];
        // (Nor the first of a list: `, or 48%, 29% and 23% of the total, respectively`.)
        let listed = self.rates_listed_after(next - 1).len() > 1;
        let said_alone = (clause_ends(rest) || of_the_total_after(rest)) && !listed;
        let restates = joined_by_or(self.text, &self.span(part), &self.span(next));
        // `5.70 million (46%) came from the EU region`: alone in parentheses.
        let between = &self.text[self.span(part).end..self.span(next).start];
        let in_parentheses = between.trim() == "(" && rest.starts_with(')');
        (restates && said_alone || in_parentheses).then_some(share)
    }

    /// The one percentage among `tokens` said as the share of the part at token `part` in
    /// claim `whole`: with no whole named (`占比43.4%`), or naming it as the whole's label
    /// does (`年末全国人口…，其中城镇常住人口94350万人，占全国人口比重（常住人口城镇化率）为
    /// 67.0%`); said of the part, not of another of its measures (`毛利占比60%`).
    fn share_of(&self, whole: usize, part: usize, tokens: Range<usize>) -> Option<usize> {
        let (whole_label, part_label) = (
            self.label_before(self.claims[whole].token),
            self.label_before(part),
        );
        let mut shares = tokens.filter_map(|j| {
            let claim = self.amount(j)?;
            let (subject, named) = self.share_names(j)?;
            let of_the_part = subject.is_empty() || subject == part_label;
            let of_the_whole = named.is_empty() || whole_label.contains(named);
            let percent = *self.unit(claim) == Unit::Percent;
            (percent && of_the_part && of_the_whole).then_some(claim)
        });
        let share = shares.next()?;
        shares.next().is_none().then_some(share)
    }

    /// What a Chinese share before the figure at token `j` is said of, and the whole it
    /// names: (税收收入, 一般公共预算收入) in `，税收收入占一般公共预算收入的比重为74.9%`,
    /// (“”, 全国人口) in `，占全国人口的67.0%`, (“”, “”) in `，占比43.4%` and `，占52.16%`;
    /// None where no 占…比重, 占…的, 占比 or 占 alone stands before it in its clause.
    fn share_names(&self, j: usize) -> Option<(&str, &str)> {
        let start = self.span(j).start;
        let window = &self.text[char_floor(self.text, start.saturating_sub(90))..start];
        let zhan = window.rfind(['占', '佔'])?;
        let after = &window[zhan + '占'.len_utf8()..];
        if after.contains(['，', '；', '。', ',', ';']) {
            return None;
        }
        let before = &window[..zhan];
        let subject = before.rfind(['，', '；', '。', ',', ';']).map_or("", |at| {
            before[at..].trim_start_matches(['，', '；', '。', ',', ';'])
        });
        let phrase = ["达到", "为", "為", "达", "達", "是"]
            .iter()
            .find_map(|word| after.strip_suffix(word))
            .unwrap_or(after);
        // `比重（常住人口城镇化率）为`: what the share is called besides.
        let phrase = match phrase.strip_suffix(['）', ')']) {
            Some(inside) => &inside[..inside.rfind(['（', '('])?],
            None => phrase,
        };
        // `占一般公共预算支出的77.8%` names its whole as `…的比重为` does.
        let named = ["比重", "比例"]
            .iter()
            .find_map(|word| phrase.strip_suffix(word))
            // `，占52.16%`: 占 alone before the share names no whole but the part's.
            .or_else(|| matches!(phrase, "比" | "").then_some(""))
            .or_else(|| phrase.strip_suffix('的').filter(|w| !w.is_empty()))?;
        Some((subject, named.strip_suffix('的').unwrap_or(named)))
    }
}
