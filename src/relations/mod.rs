//! Relations: the explicit links the text makes between figures.
//!
//! A change names an old value and a new one, and often the percentage or multiple that
//! leads from one to the other and a word for its direction: `从250美元提高至400美元(60%涨幅)`,
//! `rose 3.2 pct to 113,275 tonnes from 109,767`, `$2.1 billion, up 31% from $1.6
//! billion`, `较上年同期的330亿元增长25%`. Relations are read from the cue words the grammar
//! emits between mentions, one sentence at a time; nothing is inferred across sentences.

use crate::attribute::{change_word_measuring, compares_with_expectations, Claim};
use crate::document::{char_floor, is_han, joined_by_or, line_lead, preceded_by};
use crate::extract::{Cue, CueKind, Kind, Token, MAX_SENTENCE_TOKENS};
use crate::quantity::{within_factor, Approx, Currency, Unit};
use rust_decimal::Decimal;
use std::cell::Cell;
use std::collections::{HashSet, VecDeque};
use std::ops::Range;

mod changes;
mod changes_by;
mod counted_shares;
mod headlines;
mod parts;
mod periods;
mod products;
mod shares;
mod tables;
pub use changes_by::ChangeBy;
pub use counted_shares::CountedShares;
pub use headlines::HeadlineFigure;
use periods::PeriodGroups;
pub use periods::{Part, PeriodFigure, PeriodSum};
pub use shares::Shares;
pub use tables::{ColumnSum, Signed};

/// Which side of the market a net trade is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TradeSide {
    Buy,
    Sell,
}

/// Which way a change word says the value went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Rise,
    Fall,
}

/// A stated change from one figure to another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Claim indices of the old and the new value.
    pub from: usize,
    pub to: usize,
    /// Claim index of the percentage or multiple stated for the change.
    pub stated: Option<usize>,
    /// The direction word and its span.
    pub direction: Option<(Direction, Range<usize>)>,
    /// 增长1.1倍, 增长了两倍: in Chinese usage a multiple right after a word of rising is
    /// the increase, so the new value is (N + 1) times the old one.
    pub multiple_adds_one: bool,
    /// Why the stated rate is not checked against the values, when it is not.
    pub unchecked: Option<&'static str>,
    /// The values are the price of another currency in the currency the change is about
    /// (`the yen fell to 153 per dollar`): they rise as it falls, so neither the
    /// direction nor the rate is checked.
    pub quoted_per_currency: bool,
    /// The stated change is a bare number under a table heading that says it is a
    /// percentage (`本年比上年增减(%)`, `% Change`).
    pub stated_in_percent: bool,
}

/// A change measured from a period whose figure the text does not give:
/// `第二季度交付了9535辆，较第一季度增长了500%以上`, `9,535 … up more than 500% from the
/// first`. The old value can only be derived from other figures (see [`crate::solver`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodChange {
    /// Claim index of the new value.
    pub to: usize,
    /// The period of the old value, canonical (`Q1`), or `#n` for the n-th period of the
    /// new value's kind ("from the first").
    pub from_period: String,
    pub from_span: Range<usize>,
    /// The old period's figure in the period algebra of the new one, if it has one.
    pub from: Option<PeriodFigure>,
    pub stated: usize,
    pub direction: Option<(Direction, Range<usize>)>,
    pub multiple_adds_one: bool,
}

/// A unit defined in the text: `Exa-Flops相当于每秒100亿次运算,1后面18个零` gives two
/// values for one exa, `1TB=1024GB` relates two data units.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Definition {
    /// The prefixed unit (its span) and the claim indices of the values given for one.
    Unit {
        unit: Range<usize>,
        values: Vec<usize>,
    },
    /// Two counts in data units said to be equal.
    Equal { left: usize, right: usize },
    /// A length, mass or area given again in another unit: `3 miles (about 4.8 km)`,
    /// `1英里约合1.6公里`; with why it is not checked, when it is not.
    Conversion {
        left: usize,
        right: usize,
        unchecked: Option<&'static str>,
    },
}

/// Figures that multiply to another: `由六个…组成…用25块…组成，那么…300个` (a
/// composition), `22 million shares at $30 raised $660 million` (count × unit price).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Product {
    /// Claim indices of the factors and of the stated product.
    pub factors: Vec<usize>,
    pub result: usize,
    /// Why the factors are not multiplied, when they are not.
    pub unchecked: Option<&'static str>,
}

/// Parts listed under their whole: `total revenue of $1.2 billion, cloud $720 million,
/// hardware $330 million and services $150 million`; `共交付46万辆…其中…8万辆`. A list
/// may leave parts out, so only parts that add up to more than the whole contradict it,
/// unless the last part is the rest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartsOfWhole {
    /// Claim indices of the whole and of its parts.
    pub whole: usize,
    pub parts: Vec<usize>,
    /// The last part is the rest (其他支出, "the remaining $150 million"): every part is
    /// given, so parts that add up to less contradict the whole too.
    pub complete: bool,
}

/// The explicit links between the figures of a document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Relations {
    pub changes: Vec<Change>,
    pub changes_by: Vec<ChangeBy>,
    pub period_changes: Vec<PeriodChange>,
    pub parts: Vec<PartsOfWhole>,
    pub period_sums: Vec<PeriodSum>,
    pub definitions: Vec<Definition>,
    pub products: Vec<Product>,
    pub shares: Vec<Shares>,
    pub counted_shares: Vec<CountedShares>,
    pub column_sums: Vec<ColumnSum>,
    pub headline_figures: Vec<HeadlineFigure>,
}

/// A relation as `claimlint claims` lists it: what kind it is, the claims it links in
/// reading order, and why no rule checks it, when none does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub kind: &'static str,
    pub claims: Vec<usize>,
    pub unchecked: Option<&'static str>,
}

impl Relations {
    /// Every relation read, for `claimlint claims` (period sums are implied by the
    /// periods of the claims, not read, and are not listed).
    pub fn listed(&self) -> Vec<Listed> {
        let listed = |kind, claims: Vec<usize>| Listed {
            kind,
            claims,
            unchecked: None,
        };
        let changes = self.changes.iter().map(|c| Listed {
            kind: "change",
            claims: [c.from, c.to].into_iter().chain(c.stated).collect(),
            unchecked: c.unchecked,
        });
        let period_changes = self
            .period_changes
            .iter()
            .map(|c| listed("change from a period", vec![c.to, c.stated]));
        let changes_by = self.changes_by.iter().map(|c| {
            listed(
                "change by an amount and a rate",
                vec![c.amount, c.rate, c.to],
            )
        });
        let parts = self.parts.iter().map(|p| {
            listed(
                "parts of a whole",
                std::iter::once(p.whole)
                    .chain(p.parts.iter().copied())
                    .collect(),
            )
        });
        let products = self.products.iter().map(|p| Listed {
            kind: "product",
            claims: p.factors.iter().copied().chain([p.result]).collect(),
            unchecked: p.unchecked,
        });
        let definitions = self.definitions.iter().map(|d| match d {
            Definition::Unit { values, .. } => listed("definition", values.clone()),
            Definition::Equal { left, right } => listed("definition", vec![*left, *right]),
            Definition::Conversion {
                left,
                right,
                unchecked,
            } => Listed {
                kind: "conversion",
                claims: vec![*left, *right],
                unchecked: *unchecked,
            },
        });
        let shares = self.shares.iter().map(|s| Listed {
            kind: "shares of one whole",
            claims: s.shares.clone(),
            unchecked: s.unchecked,
        });
        let counted_shares = self.counted_shares.iter().map(|s| Listed {
            kind: "counts with their shares of one whole",
            claims: s
                .pairs
                .iter()
                .flat_map(|&(count, share)| [count, share])
                .collect(),
            unchecked: s.unchecked,
        });
        let column_sums = self.column_sums.iter().map(|s| Listed {
            kind: "total row of a table",
            claims: std::iter::once(&s.total)
                .chain(&s.parts)
                .map(|f| f.claim)
                .collect(),
            unchecked: s.unchecked,
        });
        let headline_figures = self.headline_figures.iter().map(HeadlineFigure::listed);
        let mut out: Vec<Listed> = changes
            .chain(column_sums)
            .chain(headline_figures)
            .chain(period_changes)
            .chain(changes_by)
            .chain(parts)
            .chain(products)
            .chain(definitions)
            .chain(shares)
            .chain(counted_shares)
            .map(|mut l| {
                l.claims.sort_unstable();
                l
            })
            .collect();
        out.sort_by(|a, b| a.claims.cmp(&b.claims));
        out
    }
}

/// Every relation stated in the document, one sentence at a time, and between each
/// headline (a line at one of `sections`) and the lead under it.
pub fn relations(text: &str, sections: &[usize], tokens: &[Token], claims: &[Claim]) -> Relations {
    let mut out = Relations::default();
    let mut offer_price = None;
    let mut paragraph = Paragraph::default();
    let mut previous_end = 0;
    // A breakdown may open a paragraph of its own (`分区域看，…`) under the sentence
    // that gives its whole.
    let mut before = SentencesBefore::default();
    let mut losses = HashSet::new();
    // (Most texts never say it: one look at the text spares a look at every figure.)
    let says_of_the_total = parts::OF_THE_TOTAL.iter().any(|words| text.contains(words));
    for range in sentences(text, tokens) {
        let start = range.start;
        if start < tokens.len() && text[previous_end..tokens[start].span().start].contains('\n') {
            paragraph = Paragraph::default();
        }
        previous_end = range.end.checked_sub(1).map_or(previous_end, |last| {
            tokens[last].span().end.max(previous_end)
        });
        let reader = Sentence {
            text,
            tokens,
            range,
            claims,
            last_claim: Cell::new(0),
        };
        // A change links figures of its own sentence, and sentences share no token: the
        // sentence's changes are all its readers need to see (all of them would make a
        // long file quadratic).
        let mut changes = Vec::new();
        reader.read(&mut changes);
        reader.read_period_changes(&mut out.period_changes);
        reader.read_sequential_changes(&mut out.period_changes);
        reader.read_definitions(&mut out.definitions);
        let parts_before = out.parts.len();
        reader.read_parts(
            &mut out.parts,
            &changes,
            paragraph.previous_sentence.clone(),
            &before,
        );
        reader.read_shares_of_whole(&out.parts[parts_before..], &mut out.products);
        reader.read_shares_of_a_named_whole(&mut out.products);
        reader.read_shares_of_a_whole_named_before(&mut out.products);
        if says_of_the_total {
            reader.read_shares_of_the_total(&changes, before.last(), &mut out.products);
        }
        reader.read_shares(&mut out.shares, &changes);
        reader.read_counted_shares(&mut out.counted_shares);
        reader.read_changes_by(&changes, before.last(), &mut out.changes_by);
        reader.read_change_from_a_named_value(&out.changes_by, &mut out.products);
        out.changes.append(&mut changes);
        reader.read_products(&mut out.products, &mut offer_price);
        reader.read_assumed_share(&mut out.products, &mut paragraph);
        losses.extend(reader.losses());
        paragraph.previous_sentence = Some(reader.range.clone());
        before.push(reader.range);
    }
    let mut tables = tables::read(text, claims);
    out.changes.append(&mut tables.changes);
    out.products.append(&mut tables.products);
    out.shares.append(&mut tables.shares);
    out.column_sums = tables.sums;
    parts::confirm_wholes_named_before(claims, &mut out.products);
    shares::leave_to_their_products(&mut out.shares, &out.products);
    out.headline_figures = headlines::read(text, sections, tokens, claims, &out.changes);
    let periods = PeriodGroups::of(claims, &losses);
    out.period_sums = periods.sums();
    for change in &mut out.period_changes {
        change.from = periods.old_figure(change.to, &change.from_period);
    }
    out
}

/// The last few sentences read, in any paragraph: a breakdown (`分区域看`) breaks down the
/// whole of the last, unless one before it gives another figure of its measure.
#[derive(Default)]
struct SentencesBefore {
    recent: VecDeque<Range<usize>>,
}

impl SentencesBefore {
    /// How many sentences back another figure of a breakdown's measure is looked for.
    const LOOKED_BACK: usize = 4;

    fn push(&mut self, sentence: Range<usize>) {
        if self.recent.len() == Self::LOOKED_BACK {
            self.recent.pop_front();
        }
        self.recent.push_back(sentence);
    }

    fn last(&self) -> Option<Range<usize>> {
        self.recent.back().cloned()
    }

    /// The sentence before the last.
    fn second_last(&self) -> Option<Range<usize>> {
        self.recent.iter().nth_back(1).cloned()
    }

    /// The tokens of the sentences before the last.
    fn earlier(&self) -> Option<Range<usize>> {
        let first = self.recent.front()?;
        let before_last = self.recent.iter().nth_back(1)?;
        Some(first.start..before_last.end)
    }
}

/// What a paragraph has stated so far that a supposition may build on.
#[derive(Default)]
struct Paragraph {
    /// The last count stated: the population a share is taken of.
    count: Option<usize>,
    /// The last price of one unit (售价12000美金, priced at $12,000 each).
    unit_price: Option<usize>,
    /// The tokens of the sentence before: the whole that a sentence opening with 其中
    /// breaks down.
    previous_sentence: Option<Range<usize>>,
}

/// Token ranges of sentences, in order. Found as they are read rather than collected:
/// a large file has hundreds of thousands.
struct Sentences<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// The first token of the sentence being read.
    start: usize,
    /// The next token to look at; past the end once the last sentence is given.
    next: usize,
    /// A sentence that ended on the token that also broke the one before it.
    pending: Option<Range<usize>>,
}

fn sentences<'a>(text: &'a str, tokens: &'a [Token]) -> Sentences<'a> {
    Sentences {
        text,
        tokens,
        start: 0,
        next: 0,
        pending: None,
    }
}

impl Sentences<'_> {
    /// The sentence before `i` ends; the next starts at `next`.
    fn cut(&mut self, i: usize, next: usize) -> Range<usize> {
        let sentence = self.start..i;
        self.start = next;
        sentence
    }
}

impl Iterator for Sentences<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        if let Some(sentence) = self.pending.take() {
            return Some(sentence);
        }
        while let Some(token) = self.tokens.get(self.next) {
            let i = self.next;
            self.next += 1;
            // A line break ends a sentence too: a heading, a list item, a table row; and
            // so does the `|` between table cells.
            let new_line = i > self.start
                && self
                    .text
                    .get(self.tokens[i - 1].span().end..token.span().start)
                    .is_some_and(|between| between.contains(['\n', '|']));
            let broken =
                (new_line || i - self.start >= MAX_SENTENCE_TOKENS).then(|| self.cut(i, i));
            let ended = matches!(token, Token::Cue(c) if c.kind == CueKind::SentenceEnd)
                .then(|| self.cut(i, i + 1));
            match (broken, ended) {
                (Some(broken), ended) => {
                    self.pending = ended;
                    return Some(broken);
                }
                (None, Some(ended)) => return Some(ended),
                (None, None) => {}
            }
        }
        // The last sentence runs to the end, once.
        (self.next == self.tokens.len()).then(|| {
            self.next += 1;
            self.start..self.tokens.len()
        })
    }
}

/// Where to look for the rate of a change: the first rate of a window that follows the
/// change, the last of one that precedes it, or the first of a window after the change
/// if only words that join a change to its rate stand between (`Following`).
enum Window {
    First(Range<usize>),
    Last(Range<usize>),
    Following { after: usize, within: Range<usize> },
}

/// Traits that sort people (or goods) into groups, each named by its words: groups named
/// by two traits overlap (`员工1200人，其中女性700人，35岁以下青年职工600人`), where groups
/// named by one partition their whole (`其中男性…，女性…`). Trade statistics class goods
/// by kind and by technology: 机电产品 and 高新技术产品 share most of their exports; and
/// projects are classed by owner, size and industry (外资项目, 世界500强企业投资项目), and
/// revenue by region and by channel (海外收入, 线上渠道收入).
const TRAITS: [&[&str]; 16] = [
    &[
        "女性",
        "男性",
        "妇女",
        "婦女",
        "女职工",
        "女職工",
        "女干部",
        "女幹部",
    ],
    &["岁", "歲", "青年", "老年", "儿童", "兒童", "未成年"],
    &[
        "博士",
        "硕士",
        "碩士",
        "本科",
        "大专",
        "大專",
        "学历",
        "學歷",
        "学位",
        "學位",
        "研究生",
    ],
    &["职称", "職稱", "教授", "讲师", "講師"],
    &["党员", "黨員", "团员", "團員"],
    &["少数民族", "少數民族", "汉族", "漢族"],
    &["转移安置", "轉移安置", "撤离", "撤離"],
    &["救助", "救济", "救濟"],
    &["机电产品", "機電產品"],
    &["高新技术产品", "高新技術產品"],
    &["劳动密集型", "勞動密集型"],
    // Projects and firms: by owner, by size, by industry.
    &[
        "外资",
        "外資",
        "内资",
        "內資",
        "国有",
        "國有",
        "民营",
        "民營",
        "港澳台",
    ],
    &[
        "500强",
        "500強",
        "规模以上",
        "規模以上",
        "亿元以上",
        "億元以上",
    ],
    &[
        "制造业",
        "製造業",
        "服务业",
        "服務業",
        "高新技术企业",
        "战略性新兴产业",
    ],
    // Revenue by region and by channel (海外收入, 线上渠道收入).
    &[
        "海外",
        "境外",
        "国内",
        "國內",
        "境内",
        "境內",
        "overseas",
        "domestic",
        "international",
    ],
    &[
        "线上", "線上", "线下", "線下", "渠道", "直营", "直營", "经销", "經銷", "online", "offline",
    ],
];

/// Whether the text of a list of parts names groups by more than one trait.
fn groups_cut_across(listed: &str) -> bool {
    TRAITS
        .iter()
        .filter(|words| words.iter().any(|word| listed.contains(word)))
        .count()
        > 1
}

/// Whether the words between two figures count the first out of the second: `71 of the
/// 180 construction firms`, `241 (20.0%) of the 1,204 patients`.
fn says_out_of(between: &str) -> bool {
    ["of the", "of", "out of", "out of the"]
        .iter()
        .any(|words| between.trim().eq_ignore_ascii_case(words))
}

/// Whether `rest`, the text after a figure, holds no word before its clause ends.
fn clause_ends(rest: &str) -> bool {
    rest.split([',', '，', ';', '；', '.', '。', '!', '?', '\n'])
        .next()
        .is_some_and(|clause| !clause.chars().any(char::is_alphanumeric))
}

/// The longest ending all `labels` share, in whole characters.
fn common_suffix<'a>(labels: &[&'a str]) -> &'a str {
    let Some((first, rest)) = labels.split_first() else {
        return "";
    };
    let mut len = first.len();
    for label in rest {
        let shared: usize = first[first.len() - len..]
            .chars()
            .rev()
            .zip(label.chars().rev())
            .take_while(|(a, b)| a == b)
            .map(|(a, _)| a.len_utf8())
            .sum();
        len = shared;
    }
    &first[first.len() - len..]
}

/// Labels that name the rest of a whole (`其他支出`, `其余4.8亿元`).
const REST_OF_A_WHOLE: [&str; 4] = ["其他", "其余", "其它", "其餘"];

/// Labels of two groups that split one whole between them.
const LABEL_PAIRS: [(&str, &str); 16] = [
    ("国内", "海外"),
    ("國內", "海外"),
    ("国内", "国外"),
    ("國內", "國外"),
    ("国内", "境外"),
    ("國內", "境外"),
    ("国内", "入境"),
    ("國內", "入境"),
    ("城镇", "乡村"),
    ("城鎮", "鄉村"),
    ("城镇", "农村"),
    ("城鎮", "農村"),
    ("城市", "农村"),
    ("男", "女"),
    ("出", "进"),
    ("出", "進"),
];

/// Whether two labels name groups that split one whole: a known pair (城镇, 乡村), or
/// the second the rest of the first (`cash consideration 7.2亿元…；其余4.8亿元`).
fn split_in_two(first: &str, second: &str) -> bool {
    // (`居住在城镇的人口`, `居住在乡村的人口`: what both say around the pair is left out.)
    let shared = common_suffix(&[first, second]);
    let (a, b) = (
        first.strip_suffix(shared).unwrap_or(first),
        second.strip_suffix(shared).unwrap_or(second),
    );
    let prefix = a
        .char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((at, _), _)| at);
    let (a, b) = (&a[prefix..], &b[prefix..]);
    // (`年末居住在城镇的人口`: words before the pair in one label only.)
    let pair = LABEL_PAIRS.iter().any(|&(x, y)| {
        (a.contains(x) && b.contains(y) || a.contains(y) && b.contains(x)) && !a.contains(y)
    });
    pair || REST_OF_A_WHOLE.iter().any(|rest| second.starts_with(rest))
}

/// Whether at least two of `labels` are alike (see `Sentence::labelled_alike`), one
/// is the rest or one is missing; with `strip_shared`, what all of them end with (the
/// noun the whole names) is left out.
fn labels_alike(labels: &[&str], strip_shared: bool) -> bool {
    // (`购物及其他收入` last: a list that ends with the rest splits one whole.)
    let the_rest_last = labels
        .last()
        .is_some_and(|l| REST_OF_A_WHOLE.iter().any(|rest| l.contains(rest)));
    if the_rest_last
        || labels
            .iter()
            .any(|l| l.is_empty() || REST_OF_A_WHOLE.iter().any(|rest| l.starts_with(rest)))
    {
        return true;
    }
    let shared = common_suffix(labels);
    let labels: Vec<&str> = labels
        .iter()
        .map(|l| match l.strip_suffix(shared) {
            Some(modifier) if strip_shared && !modifier.is_empty() => modifier,
            _ => l,
        })
        .collect();
    // `税收收入…，非税收入…`: 非 names the rest of what the other label names.
    let complement = |a: &str, b: &str| {
        a.strip_prefix('非')
            .and_then(|rest| rest.chars().next())
            .is_some_and(|first| b.starts_with(first))
    };
    // `沪市成交…，深市成交…`: one character each, places or sides of one noun.
    let one_character = |l: &str| l.chars().count() == 1;
    let alike = |a: &str, b: &str| {
        a.chars().next() == b.chars().next()
            || one_character(a) && one_character(b)
            || a.chars().last() == b.chars().last()
            || complement(a, b)
            || complement(b, a)
            || LABEL_PAIRS.iter().any(|&(x, y)| {
                (a.starts_with(x) && b.starts_with(y)) || (a.starts_with(y) && b.starts_with(x))
            })
    };
    labels
        .iter()
        .enumerate()
        .any(|(k, a)| labels[k + 1..].iter().any(|b| alike(a, b)))
}

/// Words that open a clause about another measure than the parts listed before it.
const TURNS: [&str; 19] = [
    "and its",
    "and their",
    "while",
    "whereas",
    "but",
    "although",
    "而",
    "但",
    "同时",
    "同時",
    "此外",
    // `Revenue was $19 million, of which services $7 million; rival Acme had revenue of
    // $15 million`: a rival's figure is none of the whole's parts.
    "rival",
    "rivals",
    "competitor",
    "competitors",
    "竞争对手",
    "競爭對手",
    "对手",
    "對手",
];

/// Whether `text` opens a clause with a group of the parts before it, "among" them:
/// `专任教师中，具有正高级职称的892人`. What follows breaks that part down, not the
/// whole (其中 opens the whole's own parts).
fn opens_with_among(text: &str) -> bool {
    let text = text.trim_start();
    let clause = text.find(['，', ',']).map_or("", |end| &text[..end]);
    clause.chars().count() >= 2
        && clause.chars().count() <= 10
        && clause.ends_with('中')
        && !clause.ends_with("其中")
        && clause.chars().all(is_han)
}

/// The metric `text` opens its clause with, as the metrics lexicon names it, and the rest
/// of the clause (`offer price` → ipo price).
fn metric_opening(text: &str) -> Option<(&'static str, &str)> {
    let clause = text.split([',', ';', ')', '\n']).next()?;
    let clause = clause.split(". ").next()?.trim_end_matches('.');
    let metrics = crate::lexicon::metrics();
    let hit = metrics
        .find(clause)
        .into_iter()
        .next()
        .filter(|hit| hit.span.start == 0)?;
    Some((
        metrics.entries[hit.entry].name.as_str(),
        &clause[hit.span.end..],
    ))
}

/// Whether `text`, the words before a figure, ends with "than" and perhaps an article
/// or possessive (`more than the`, `lower than its`).
fn says_than(text: &str) -> bool {
    let mut words = text
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty());
    let last = words.next();
    let last = match last {
        Some(w)
            if ["the", "a", "an", "its", "their"].contains(&w.to_ascii_lowercase().as_str()) =>
        {
            words.next()
        }
        _ => last,
    };
    last.is_some_and(|w| w.eq_ignore_ascii_case("than"))
}

/// Whether `text`, spaces skipped, opens with one of `words` (ASCII case ignored, a Latin
/// word whole).
fn starts_with_word(text: &str, words: &[&str]) -> bool {
    let text = text.trim_start();
    words.iter().any(|word| {
        text.get(..word.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(word))
            && !(word.is_ascii()
                && text[word.len()..].starts_with(|c: char| c.is_ascii_alphanumeric()))
    })
}

/// English words that may stand between a change's last value and its rate in the
/// clause after it (`from $250, a cut of 20%`; `from $55.4 billion in February, up
/// 24.4%`; not "may", which is also a verb). Any other word may make the rate another
/// figure's (`to $5 billion, and shares rose 3%`).
const RATE_JOINERS: [&str; 44] = [
    "a",
    "an",
    "or",
    "up",
    "down",
    "by",
    "of",
    "in",
    "the",
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "some",
    "just",
    "over",
    "cut",
    "increase",
    "decrease",
    "rise",
    "gain",
    "jump",
    "decline",
    "drop",
    "fall",
    "reduction",
    "raise",
    "hike",
    "growth",
    "year-on-year",
    "representing",
    "marking",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The same in Chinese, separated by spaces, which a run of characters without spaces
/// must be made of (`至50亿元，同比增长25%`, not `至50亿元，股价上涨3%`); longer ones first.
const RATE_JOINERS_ZH: &str = "较上年同期 较去年同期 较上年 较去年 同比 环比 增长 增加 上涨 上升 提升 \
    提高 下降 下跌 减少 降低 下滑 上调 下调 调升 调降 幅度 增幅 涨幅 降幅 跌幅 为 达 约 了 近 超 逾";

/// Nouns of change that a rate before them measures (`a 24% reduction`), besides the
/// change words the grammar reads.
const CHANGE_NOUNS: [&str; 8] = [
    "reduction",
    "decrease",
    "contraction",
    "expansion",
    "increase",
    "decline",
    "cut",
    "growth",
];

/// Words that put a rate on another basis than the figures beside it (like-for-like
/// sales, growth at constant currency, real wages): with one in its sentence, a rate
/// is not read as the change between those figures.
const OTHER_BASIS: [&str; 23] = [
    "constant currenc",
    "constant exchange",
    "constant-currency",
    "currency-neutral",
    "like-for-like",
    "like for like",
    "organic",
    "comparable-store",
    "comparable store",
    "same-store",
    "same store",
    "adjusted for",
    "adjusting for",
    "inflation-adjusted",
    "in real terms",
    "excluding",
    "固定汇率",
    "剔除",
    "扣除",
    "不计",
    "可比",
    "不变价",
    "实际增长",
];

/// Why a conversion is not checked when a place names its unit.
const IN_A_LOCAL_UNIT: &str =
    "a place or system names the unit as its own (香港1斤, imperial), not the standard one";

/// Why a change's rate is not checked when its sentence names another basis.
const ON_OTHER_BASIS: &str =
    "its sentence puts the rate on another basis than the figures (like-for-like, at constant currency, adjusted)";

/// Why a change's rate is not checked against an old value of another comparison.
const ANOTHER_COMPARISON: &str = "the rate compares with another period than the old value (环比 beside 去年同期, year-on-year beside the previous quarter)";

/// What a rate or an old value is compared with: the same period a year before, or the
/// period just before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Comparison {
    YearOnYear,
    Sequential,
}

/// Whether `text` names a month with "in" and no year: beside an old value, another
/// month than the new value's (`to $310.5 billion in May, compared with $318.2 billion in
/// April`; not `in May 2023`, which may be a year before); beside a rate, the new value's
/// own (`soared 142.7 pct in March to 123,643`).
fn names_a_month(text: &str) -> bool {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let text = text.to_ascii_lowercase();
    MONTHS.iter().any(|month| {
        let named = format!("in {month}");
        text.find(&named).is_some_and(|at| {
            let rest = text[at + named.len()..].trim_start_matches([' ', ',']);
            !(rest.starts_with(|c: char| c.is_ascii_digit()) || rest.starts_with("last year"))
        })
    })
}

/// The comparison `text` names, when it names one only.
fn comparison_named(text: &str) -> Option<Comparison> {
    const YEAR_ON_YEAR: [&str; 15] = [
        "同比",
        "年增",
        "年減",
        "年减",
        "去年同期",
        "上年同期",
        "去年",
        "上年",
        "a year earlier",
        "a year ago",
        "year-on-year",
        "year on year",
        "year-ago",
        "year-earlier",
        "last year",
    ];
    const SEQUENTIAL: [&str; 35] = [
        "环比",
        "環比",
        "月增",
        "月減",
        "月减",
        "季增",
        "季減",
        "季减",
        "上月",
        "上季度",
        "上一季度",
        "sequential",
        "quarter-on-quarter",
        "month-on-month",
        "previous quarter",
        "prior quarter",
        "previous month",
        "last month",
        "in the first quarter",
        "in the second quarter",
        "in the third quarter",
        "in the fourth quarter",
        "上个月",
        "上個月",
        "prior month",
        "preceding month",
        "preceding quarter",
        "a month earlier",
        "a month ago",
        "a quarter earlier",
        "a quarter ago",
        "in q1",
        "in q2",
        "in q3",
        "in q4",
    ];
    let text = text.to_lowercase();
    let year_on_year = YEAR_ON_YEAR.iter().any(|word| text.contains(word));
    let sequential = SEQUENTIAL.iter().any(|word| text.contains(word));
    match (year_on_year, sequential) {
        (true, false) => Some(Comparison::YearOnYear),
        (false, true) => Some(Comparison::Sequential),
        _ => None,
    }
}

/// Why a change between a loss and a profit is not checked.
const ONE_SIDE_A_LOSS: &str =
    "one of its values is a loss (上年同期亏损3.5亿元), whose minus sign the figure does not carry";

/// Why a change across a stock split is not checked.
const ACROSS_A_SPLIT: &str =
    "its sentence names a stock split, which puts the values on different per-share bases";

/// Words of a stock split or bonus issue (after which a share is another share): with
/// one in its sentence, a change of a per-share figure is no change of the same thing.
const SPLIT_WORDS: [&str; 6] = ["split", "拆股", "拆细", "送股", "转增", "股票分割"];

/// Why a change of an exchange rate quoted per another currency is not checked.
const QUOTED_PER_CURRENCY: &str =
    "its values are a currency quoted per another (153 per dollar), which rise as it falls";

/// How a currency is named in English prose, for a sentence about it (`the yen fell`).
/// (Not the dollar: no text prices the dollar in dollars, and "dollar" stands before
/// many a sum in dollars.)
const CURRENCY_NAMES: [(Currency, &[&str]); 7] = [
    (Currency::Jpy, &["yen"]),
    (Currency::Cny, &["yuan", "renminbi"]),
    (Currency::Eur, &["euro"]),
    (Currency::Gbp, &["sterling", "pound"]),
    (Currency::Chf, &["franc"]),
    (Currency::Krw, &["won"]),
    (Currency::Inr, &["rupee"]),
];

/// Whether `text` holds the word "from".
fn says_from(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    lower.match_indices("from").any(|(at, _)| {
        let before = lower[..at].chars().next_back();
        let after = lower[at + 4..].chars().next();
        before.is_none_or(|c| !c.is_ascii_alphanumeric())
            && after.is_none_or(|c| !c.is_ascii_alphanumeric())
    })
}

/// Chinese names of currencies, for a pair quoted as 人民币对美元 or 欧元兑人民币.
const CURRENCY_NAMES_ZH: [&str; 14] = [
    "人民币",
    "美元",
    "日元",
    "欧元",
    "英镑",
    "港元",
    "港币",
    "韩元",
    "卢布",
    "澳元",
    "加元",
    "瑞郎",
    "法郎",
    "卢比",
];

/// Whether `text` names a pair of currencies: a currency, 对 or 兑, another currency.
fn names_a_currency_pair(text: &str) -> bool {
    let starts_with_currency = |s: &str| CURRENCY_NAMES_ZH.iter().any(|c| s.starts_with(c));
    text.match_indices(['对', '兑']).any(|(at, joiner)| {
        let after = &text[at + joiner.len()..];
        starts_with_currency(after) && CURRENCY_NAMES_ZH.iter().any(|c| text[..at].ends_with(c))
    })
}

/// What follows a price quoted per unit of a currency: `153 per dollar`, `151.20 yen to
/// the dollar`.
const PER_CURRENCY: [&str; 4] = ["per ", "a ", "to the ", "against the "];
const CURRENCY_WORDS: [&str; 10] = [
    "dollar",
    "u.s. dollar",
    "us dollar",
    "euro",
    "yen",
    "yuan",
    "pound",
    "sterling",
    "franc",
    "greenback",
];

struct Sentence<'a> {
    text: &'a str,
    tokens: &'a [Token],
    range: Range<usize>,
    /// In reading order, as their tokens are.
    claims: &'a [Claim],
    /// The claim [`Sentence::claim_at`] found last.
    last_claim: Cell<usize>,
}

impl Sentence<'_> {
    /// A reader of the tokens `range` of the same text: a sentence before this one, whose
    /// figures are judged within its own bounds.
    fn reading(&self, range: Range<usize>) -> Sentence<'_> {
        Sentence {
            text: self.text,
            tokens: self.tokens,
            range,
            claims: self.claims,
            last_claim: Cell::new(0),
        }
    }

    fn cue(&self, i: usize) -> Option<&Cue> {
        match &self.tokens[i] {
            Token::Cue(c) => Some(c),
            Token::Mention(_) => None,
        }
    }

    fn span(&self, i: usize) -> Range<usize> {
        self.tokens[i].span()
    }

    fn is_cue(&self, i: usize, kind: CueKind) -> bool {
        self.cue(i).is_some_and(|c| c.kind == kind)
    }

    /// The claim of token `i` if it is a figure that can take part in a change.
    fn amount(&self, i: usize) -> Option<usize> {
        let claim = self.claim_at(i)?;
        let c = &self.claims[claim];
        let q = c.mention.quantity()?;
        (!q.vague && !q.unit.is_duration() && !self.quoted_with_a_slash(i)).then_some(claim)
    }

    /// The claim read from token `i`, if any. Searched rather than indexed (a map from
    /// token to claim would hold an entry for every claim of a large file while the
    /// relations are read), from the claim found last: the readers walk the tokens in
    /// order, so the claim sought is mostly that one or a neighbour.
    fn claim_at(&self, i: usize) -> Option<usize> {
        let last = self.last_claim.get();
        let token = |k: usize| self.claims.get(k).map(|c| c.token);
        let claim = if token(last) == Some(i) {
            last
        } else if token(last + 1) == Some(i) {
            last + 1
        } else if last.checked_sub(1).and_then(token) == Some(i) {
            last - 1
        } else {
            self.claims.binary_search_by_key(&i, |c| c.token).ok()?
        };
        self.last_claim.set(claim);
        Some(claim)
    }

    /// Whether the figure at token `i` is one side of a quote written with a slash: the
    /// bid and offer of a rate (`eased to 3.90/4.00 pct from 4.25/35 pct`), neither of
    /// which is the level.
    fn quoted_with_a_slash(&self, i: usize) -> bool {
        let span = self.span(i);
        let bytes = self.text.as_bytes();
        let slash_beside = span.start.checked_sub(1).is_some_and(|b| bytes[b] == b'/')
            || bytes.get(span.end) == Some(&b'/');
        if !slash_beside {
            return false;
        }
        let slash_joins = |a: usize, b: usize| {
            matches!(self.tokens.get(a), Some(Token::Mention(_)))
                && matches!(self.tokens.get(b), Some(Token::Mention(_)))
                && self.text.get(self.span(a).end..self.span(b).start) == Some("/")
        };
        (i > 0 && slash_joins(i - 1, i)) || slash_joins(i, i + 1)
    }

    fn is_rate(&self, claim: usize) -> bool {
        matches!(
            self.claims[claim].mention.kind(),
            Kind::Percent | Kind::Multiple
        )
    }

    fn unit(&self, claim: usize) -> &Unit {
        self.claims[claim]
            .mention
            .quantity()
            .map_or(&Unit::None, |q| &q.unit)
    }

    /// Whether two figures may be the old and new value of one change: alike, of one
    /// magnitude, and both averages or neither (日均1210万人次 is no value of 4.07亿人次).
    fn compatible(&self, a: usize, b: usize) -> bool {
        self.comparable(a, b)
            && self.same_magnitude(a, b)
            && self.is_an_average(self.claims[a].token) == self.is_an_average(self.claims[b].token)
    }

    /// Whether claim `c` is written with a minus sign.
    fn is_negative(&self, c: usize) -> bool {
        self.claims[c]
            .mention
            .quantity()
            .is_some_and(|q| q.value.is_sign_negative())
    }

    /// The products read in this sentence so far: products are read sentence by sentence,
    /// and each touches a claim of the sentence it was read in.
    fn products_of_this_sentence<'p>(
        &'p self,
        products: &'p [Product],
    ) -> impl Iterator<Item = &'p Product> {
        products.iter().rev().take_while(move |p| {
            std::iter::once(p.result)
                .chain(p.factors.iter().copied())
                .any(|c| self.claims[c].token >= self.range.start)
        })
    }

    /// Whether two claims may be of one measure: no subject or metric known of both
    /// differs.
    fn one_measure(&self, a: usize, b: usize) -> bool {
        let (a, b) = (&self.claims[a], &self.claims[b]);
        let alike = |x: Option<&std::sync::Arc<str>>, y: Option<&std::sync::Arc<str>>| {
            x.zip(y).is_none_or(|(x, y)| x == y)
        };
        alike(a.subject.known(), b.subject.known()) && alike(a.metric.known(), b.metric.known())
    }

    /// Whether two figures measure the same kind of thing in comparable units.
    fn comparable(&self, a: usize, b: usize) -> bool {
        let (ka, kb) = (self.claims[a].mention.kind(), self.claims[b].mention.kind());
        let kinds = ka == kb || matches!((ka, kb), (Kind::Number, _) | (_, Kind::Number));
        // (`新台幣3,142.4億元` and `2,518.7億元` in a Taiwanese report: 元 is the local one.)
        let units = self.unit(a).is_comparable_with(self.unit(b))
            || self.claims[a].in_one_local_yuan(self.text, &self.claims[b]);
        kinds && units && self.is_rate(a) == self.is_rate(b)
    }

    /// Two values a hundredfold apart are not the old and new value of one change but a
    /// misreading: a scale word applied to one side only (1.339 mln → 1.05 billion) or a
    /// dot used as a thousands separator (26,414 → 25.269).
    fn same_magnitude(&self, a: usize, b: usize) -> bool {
        let value = |c: usize| self.claims[c].mention.quantity().map(|q| q.value.abs());
        value(a)
            .zip(value(b))
            .is_some_and(|(x, y)| within_factor(x, y, Decimal::ONE_HUNDRED))
    }

    /// Figures after token `i` up to the next cue that is not a prior or clause word; a
    /// date before the first is the figures' own (从2022年的100亿元).
    fn run_after(&self, i: usize) -> Vec<usize> {
        let mut out = Vec::new();
        for j in i + 1..self.range.end {
            match &self.tokens[j] {
                Token::Mention(m) if out.is_empty() && m.kind() == Kind::Date => {}
                // `from 4,089 a year earlier and year-to-date car sales were up to 14,071`,
                // `from 10,533 units but production of 924 …`: a clause of its own, not a
                // list, goes on after the run.
                Token::Mention(_) if out.last().is_some_and(|&k| self.clause_between(k, j)) => {
                    break
                }
                Token::Mention(_) => match self.amount(j) {
                    Some(claim) if !self.is_rate(claim) => out.push(j),
                    _ => break,
                },
                Token::Cue(c)
                    if matches!(
                        c.kind,
                        CueKind::Prior
                            | CueKind::Respectively
                            | CueKind::RelativePeriod
                            | CueKind::PriorPeriod
                    ) => {}
                Token::Cue(_) => break,
            }
        }
        out
    }

    /// Whether the words between tokens `a` and `b` (outside the tokens between them) are
    /// a clause, not the joints of a list: more than three words in Latin letters, or a
    /// word that turns to another measure ("but", "while").
    fn clause_between(&self, a: usize, b: usize) -> bool {
        let words = || {
            (a..b).flat_map(|k| {
                self.text[self.span(k).end..self.span(k + 1).start]
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .filter(|word| !word.is_empty())
            })
        };
        words().count() > 3 || words().any(|word| starts_with_word(word, &TURNS))
    }

    /// The values of a run that open it measured like its first.
    fn measured_alike_in(&self, run: &[usize]) -> Vec<usize> {
        let first = run.first().and_then(|&j| self.amount(j));
        run.iter()
            .copied()
            .take_while(|&j| {
                first
                    .zip(self.amount(j))
                    .is_some_and(|(a, b)| self.compatible(a, b))
            })
            .collect()
    }

    /// The last `count` values of the run of values that ends at token `last` (the list
    /// `$12,480 for residents and $38,960`), when it has that many.
    fn last_of_run(&self, last: usize, count: usize) -> Option<Vec<usize>> {
        let mut run = vec![last];
        for j in (self.range.start..last).rev() {
            if run.len() == count {
                break;
            }
            match &self.tokens[j] {
                Token::Mention(_) => match self.amount(j) {
                    Some(claim) if !self.is_rate(claim) => run.push(j),
                    _ => break,
                },
                Token::Cue(c) if matches!(c.kind, CueKind::Respectively) => {}
                Token::Cue(_) => break,
            }
        }
        run.reverse();
        (run.len() == count).then_some(run)
    }

    /// `(Corrects percentage rise to 22.9% from 88.5%)`: a correction note names the
    /// wrong value beside the right one, not the old and new values of a change.
    fn in_a_correction_note(&self) -> bool {
        const NOTES: [&str; 5] = ["(corrects", "(correcting", "(updates", "（更正", "(更正"];
        let Some(first) = self.range.clone().next() else {
            return false;
        };
        let Some(lead) = line_lead(self.text, self.span(first).start, 80) else {
            return false;
        };
        let lead = lead.trim_start();
        let lead = &lead[..char_floor(lead, 12)];
        NOTES
            .iter()
            .any(|note| lead.to_lowercase().starts_with(note))
    }

    /// `B…较第一季度增长了X%` and `B, up X% from the first`.
    fn read_period_changes(&self, out: &mut Vec<PeriodChange>) {
        for i in self.range.clone() {
            let from_like = self.is_cue(i, CueKind::Than) || self.is_cue(i, CueKind::From);
            let Some(date) = (i + 1 < self.range.end).then_some(i + 1) else {
                continue;
            };
            let Token::Mention(m) = &self.tokens[date] else {
                continue;
            };
            if !from_like || m.kind() != Kind::Date {
                continue;
            }
            let Some(from_period) = m.period().map(String::from) else {
                continue;
            };
            // The change word and rate follow the period (较第一季度增长了X%) or precede
            // "from" (up X% from the first).
            let after = date + 1..self.clause_end(date);
            // `較第二季的4,808.41億元增加13.7%` gives the old period's figure: a change
            // between two figures, read as one.
            if after
                .clone()
                .any(|j| self.amount(j).is_some_and(|c| !self.is_rate(c)))
            {
                continue;
            }
            let before = self.clause_start(i)..i;
            let (direction, stated) = match self.rate_in(Window::First(after.clone())) {
                Some(rate) => (self.direction_in(after), rate),
                None => match self.rate_in(Window::Last(before.clone())) {
                    Some(rate) => (self.direction_in(before), rate),
                    None => continue,
                },
            };
            // A change in points is a rate's, whose old level follows the period when it
            // is given (比2000年到2010年的年平均增长率0.57%下降0.04个百分点); the new value
            // sought here is an amount.
            if matches!(self.unit(stated), Unit::PercentagePoint | Unit::BasisPoint) {
                continue;
            }
            let new = (self.range.start..i)
                .rev()
                .find(|&j| self.amount(j).is_some_and(|c| !self.is_rate(c)));
            let Some(to) = new.and_then(|j| self.amount(j)) else {
                continue;
            };
            // The change is its stated rate: on another basis, not one between figures.
            if self.on_other_basis(&[to, stated]) {
                return;
            }
            let multiple_adds_one = self.multiple_adds_one(Some(stated));
            out.push(PeriodChange {
                to,
                from_period,
                from_span: m.span.clone(),
                from: None,
                stated,
                direction,
                multiple_adds_one,
            });
        }
    }

    /// `二季度营业收入为483亿元，环比增长12%`, "rose 12% sequentially": a change from the
    /// period just before the new value's, of its length (the quarter before a quarter),
    /// whose figure the article may give elsewhere.
    fn read_sequential_changes(&self, out: &mut Vec<PeriodChange>) {
        const BEFORE: [&str; 2] = ["环比", "環比"];
        const AFTER: [&str; 4] = [
            " sequentially",
            " quarter-on-quarter",
            " quarter on quarter",
            " month-on-month",
        ];
        for i in self.range.clone() {
            let Some(stated) = self.amount(i).filter(|&c| self.is_rate(c)) else {
                continue;
            };
            if matches!(self.unit(stated), Unit::PercentagePoint | Unit::BasisPoint) {
                continue;
            }
            let clause = self.clause_start(i);
            let clause_from = self.clause_bytes(i).start;
            let clause_text = &self.text[clause_from..self.span(i).start.max(clause_from)];
            let after = &self.text[self.span(i).end..];
            let after = &after[..char_floor(after, 24)];
            let word = match BEFORE.iter().find_map(|w| clause_text.find(w)) {
                Some(at) => clause_from + at..clause_from + at + "环比".len(),
                None => match AFTER.iter().find(|w| after.starts_with(*w)) {
                    Some(w) => self.span(i).end..self.span(i).end + w.len(),
                    None => continue,
                },
            };
            // The rate is the first of its clause after the word (`环比增长12%，同比…`).
            if (clause..i).any(|k| {
                self.span(k).start >= word.end && self.amount(k).is_some_and(|c| self.is_rate(c))
            }) {
                continue;
            }
            // The new value: after "to" in the clause (`rose 12% sequentially to $48.3
            // billion`), else the amount before it.
            let amount = |j: &usize| self.amount(*j).filter(|&c| !self.is_rate(c));
            let after_to = (i + 1..self.clause_end(i))
                .find(|&j| self.is_cue(j, CueKind::To))
                .and_then(|to| self.amount(to + 1).filter(|&c| !self.is_rate(c)));
            let before = || (self.range.start..clause).rev().find_map(|j| amount(&j));
            let Some(to) = after_to.or_else(before) else {
                continue;
            };
            if self.on_other_basis(&[to, stated]) {
                continue;
            }
            out.push(PeriodChange {
                to,
                from_period: periods::PREVIOUS.to_string(),
                from_span: word,
                from: None,
                stated,
                direction: self.direction_in(clause..i),
                multiple_adds_one: self.multiple_adds_one(Some(stated)),
            });
        }
    }

    /// `Exa-Flops相当于 … 100亿 … 1后面18个零` (the bare numbers after the definition word
    /// in the sentence, up to a figure in another unit, are values of one unit) and
    /// `1TB=1024GB`.
    fn read_definitions(&self, out: &mut Vec<Definition>) {
        for i in self.range.clone() {
            if let Some(definition) = self.defined_in_parentheses(i) {
                out.push(definition);
            }
            if !self.is_cue(i, CueKind::Define) {
                continue;
            }
            let before = i.checked_sub(1).filter(|&j| j >= self.range.start);
            if let Some(unit) = before.filter(|&j| self.is_cue(j, CueKind::DefinedUnit)) {
                let values: Vec<usize> = (i + 1..self.range.end)
                    .take_while(|&j| !self.is_cue(j, CueKind::Define))
                    .filter_map(|j| self.amount(j))
                    // `One gigawatt is equal to 1,000 megawatts, enough to power roughly
                    // 180,000 homes`: a figure in another unit ends the definition's values.
                    .take_while(|&c| counts_operations(&self.claims[c]))
                    .collect();
                if !values.is_empty() {
                    out.push(Definition::Unit {
                        unit: self.span(unit),
                        values,
                    });
                }
            } else if let (Some(left), Some(right)) = (
                before.and_then(|j| self.amount(j)),
                (i + 1 < self.range.end)
                    .then(|| self.amount(i + 1))
                    .flatten(),
            ) {
                // `16 × 64 GB = 1,024 GB` multiplies: the left figure is a factor, not
                // one unit set equal to another.
                let left_span = self.claims[left].mention.span.clone();
                let multiplied = preceded_by(self.text, left_span.start, &["×", " x", "*", "乘以"]);
                if self.in_data_units(left) && self.in_data_units(right) && !multiplied {
                    out.push(Definition::Equal { left, right });
                } else if !multiplied {
                    out.extend(self.converted(left, right));
                }
            }
        }
    }

    /// `1 terabyte (1,000 megabytes)`, `1TB（即1000MB）`, `3 miles (about 4.8 km)`,
    /// `1英里约合1.6公里`: an amount restated right after it, in parentheses or after 约合,
    /// in another unit of its measure is defined as equal to it.
    fn defined_in_parentheses(&self, i: usize) -> Option<Definition> {
        const OPENINGS: [&str; 9] = [
            "(",
            "（",
            "（即",
            "(i.e.",
            "(i.e.,",
            "约合",
            "約合",
            "（约合",
            "（約合",
        ];
        // The words between a figure and the next one say whether it is restated (a comma
        // and 约合 may be cues); they are read before the figures are looked up, as most
        // figures are restated by nothing.
        let is_mention = |j: usize| matches!(self.tokens[j], Token::Mention(_));
        if !is_mention(i) {
            return None;
        }
        let next = (i + 1..self.range.end).find(|&j| is_mention(j))?;
        let gap = self.text[self.span(i).end..self.span(next).start]
            .trim()
            .trim_start_matches([',', '，'])
            .trim_start();
        let restated = OPENINGS
            .iter()
            .any(|opening| gap.eq_ignore_ascii_case(opening));
        if !restated {
            return None;
        }
        let (left, right) = (self.amount(i)?, self.amount(next)?);
        // Parentheses hold the restatement alone: `约16.1公里（1英里约合1.6公里）` opens a
        // definition of its own.
        let closed = !gap.starts_with(['(', '（'])
            || self.text[self.span(next).end..]
                .trim_start()
                .starts_with([')', '）']);
        if !closed || self.unit(left) == self.unit(right) {
            return None;
        }
        if self.in_data_units(left) && self.in_data_units(right) {
            return Some(Definition::Equal { left, right });
        }
        // `4 feet 10 inches (1.47 meters)`, `7 pounds, 8 ounces (3.4 kg)`: the figure
        // before the parentheses ends a measure written in two units.
        let before = (self.range.start..i)
            .rev()
            .find(|&j| is_mention(j))
            .filter(|&j| {
                let between = self.text[self.span(j).end..self.span(i).start].trim();
                matches!(between, "" | "," | "and")
            });
        if before
            .and_then(|j| self.amount(j))
            .is_some_and(|b| self.converted(b, left).is_some())
        {
            return None;
        }
        self.converted(left, right)
    }

    /// A conversion between two units of one measure (length, mass, area).
    fn converted(&self, left: usize, right: usize) -> Option<Definition> {
        let measure = |c: usize| match self.unit(c) {
            Unit::Count(unit) => crate::lexicon::measure_of(unit),
            _ => None,
        };
        let (from, to) = (measure(left)?, measure(right)?);
        (from.dimension == to.dimension && from.unit != to.unit).then(|| Definition::Conversion {
            left,
            right,
            unchecked: self.in_a_local_unit(left).then_some(IN_A_LOCAL_UNIT),
        })
    }

    /// Whether a place or system names the unit of the figure at claim `left` as its own
    /// (`香港1斤约合605克`, "an imperial gallon"), which is not the standard one.
    fn in_a_local_unit(&self, left: usize) -> bool {
        const LOCAL: [&str; 14] = [
            "香港",
            "港制",
            "台湾",
            "台灣",
            "台制",
            "澳门",
            "澳門",
            "日本",
            "英制",
            "美制",
            "市制",
            "imperial",
            "hong kong",
            "taiwan",
        ];
        let start = self.span(self.claims[left].token).start;
        let lead = &self.text[char_floor(self.text, start.saturating_sub(12))..start];
        let lead = lead.to_ascii_lowercase();
        LOCAL.iter().any(|word| lead.contains(word))
    }

    /// Whether a figure is counted in a unit with a data prefix (TB, megabytes).
    fn in_data_units(&self, claim: usize) -> bool {
        match self.unit(claim) {
            Unit::Count(unit) => crate::lexicon::prefix_of(unit).is_some(),
            _ => false,
        }
    }

    fn is_change_word(&self, j: usize) -> bool {
        (self.is_cue(j, CueKind::Rise) || self.is_cue(j, CueKind::Fall)) && !self.collected(j)
    }

    /// `Of the £2.84 million raised, £1.99 million …`: "raised" right after a figure is
    /// what was collected, not how it moved.
    fn collected(&self, j: usize) -> bool {
        self.text[self.span(j)].eq_ignore_ascii_case("raised")
            && j > self.range.start
            && self.amount(j - 1).is_some()
            && self.adjacent(j - 1, j)
    }

    /// Where the clause holding token `j` starts and ends in the text: between its
    /// separators, words before its first figure or cue (环比) included.
    fn clause_bytes(&self, j: usize) -> Range<usize> {
        let sentence = self.sentence_bytes();
        let start = self.clause_start(j);
        let start = if start > self.range.start {
            self.span(start - 1).end
        } else {
            sentence.start
        };
        let end = self.clause_end(j);
        let end = if end < self.range.end {
            self.span(end).start
        } else {
            sentence.end
        };
        start..end.max(start)
    }

    /// The text of the clause holding token `j`, between its separators.
    fn clause_text(&self, j: usize) -> &str {
        let clause = self.clause_bytes(j);
        self.text.get(clause).unwrap_or("")
    }

    /// First token of the clause holding token `j`.
    fn clause_start(&self, j: usize) -> usize {
        (self.range.start..j)
            .rev()
            .find(|&k| self.is_cue(k, CueKind::ClauseSep))
            .map_or(self.range.start, |k| k + 1)
    }

    /// One past the last token of the clause holding token `j`.
    fn clause_end(&self, j: usize) -> usize {
        (j..self.range.end)
            .find(|&k| self.is_cue(k, CueKind::ClauseSep))
            .unwrap_or(self.range.end)
    }

    /// Whether the figure at token `j` is an average: `日均2233万人次`, `an average of 40`.
    fn is_an_average(&self, j: usize) -> bool {
        preceded_by(
            self.text,
            self.span(j).start,
            &["均", "average of", "average", "averaged"],
        ) || self.measured_on_average(j)
    }

    /// Whether the figure at token `j` counts things added (`18 net new stores`, `300
    /// additional staff`) to a level stated before it in the sentence (`1,214 stores`).
    fn added_to_a_level_before(&self, j: usize) -> bool {
        let Some(added) = self.amount(j) else {
            return false;
        };
        let words = self.text[self.span(j)].to_ascii_lowercase();
        let counts_additions = words
            .split_whitespace()
            .any(|w| matches!(w, "new" | "additional"));
        counts_additions
            && (self.range.start..j).any(|k| {
                self.amount(k)
                    .is_some_and(|level| *self.unit(level) == *self.unit(added))
            })
    }

    /// Whether the clause of the figure at token `j` measures per head or per day shortly
    /// before it: `城镇居民人均消费支出38962元`, `日均车流量达4,182.6万辆次`, "income per capita
    /// of $41,000". Such figures are averages, which add up to no whole and are none.
    fn measured_on_average(&self, j: usize) -> bool {
        const AVERAGED_HAN: [&str; 7] = ["人均", "戶均", "户均", "套均", "日均", "月均", "平均"];
        const AVERAGED_LATIN: [&str; 4] = ["per capita", "per-capita", "per head", "on average"];
        let lead = self.metric_lead(j);
        AVERAGED_HAN.iter().any(|word| lead.contains(word))
            || lead.bytes().any(|b| b.is_ascii_alphabetic()) && {
                let lower = lead.to_ascii_lowercase();
                AVERAGED_LATIN.iter().any(|word| lower.contains(word))
            }
    }

    /// Whether the clause of the figure at token `j` averages it over days or months
    /// (`日均发送旅客1210万人次`): a rate of the period, no level a total compares with.
    fn averaged_over_time(&self, j: usize) -> bool {
        let lead = self.metric_lead(j);
        ["日均", "月均", "daily average"]
            .iter()
            .any(|word| lead.contains(word))
    }

    /// The text of the clause before the figure at token `j` (from the end of the token
    /// before the sentence), where its metric is named: bounded, as a name is short.
    fn metric_lead(&self, j: usize) -> &str {
        // A whole said in the sentence before (`日均接待游客856万人次。其中，…`) stands
        // before the sentences read: its clause starts at the separator before it.
        let clause = if j >= self.range.start {
            self.clause_start(j)
        } else {
            (j.saturating_sub(8)..j)
                .rev()
                .find(|&k| {
                    self.is_cue(k, CueKind::ClauseSep) || self.is_cue(k, CueKind::SentenceEnd)
                })
                .map_or(j.saturating_sub(8), |k| k + 1)
        };
        let start = clause
            .checked_sub(1)
            .map_or(0, |before| self.span(before).end);
        let figure = self.span(j).start;
        let reach = char_floor(self.text, figure.saturating_sub(64));
        &self.text[start.clamp(reach, figure)..figure]
    }

    /// Whether the figure at token `j` is measured per unit of something else, a density
    /// or a price: `5000人/平方千米`, `312人每平方公里`, "40 people per square mile",
    /// `收于每克592.36元`.
    fn is_per_unit(&self, j: usize) -> bool {
        let span = self.span(j);
        let after = &self.text[span.end..];
        let unit_before = self.text[..span.start]
            .chars()
            .rev()
            .take(4)
            .take_while(|&c| is_han(c))
            .any(|c| c == '每');
        unit_before
            || after.starts_with(['/', '／', '每'])
            || after
                .get(..5)
                .is_some_and(|word| word.eq_ignore_ascii_case(" per "))
    }

    /// Whether the figure at token `j` is the base of the share after it: `5.0亿人次的29.6%`.
    fn is_a_base(&self, j: usize) -> bool {
        j + 1 < self.range.end && self.amount(j + 1).is_some_and(|c| self.is_rate(c)) && {
            // `5.0亿人次的`: a measure word the figure's unit left over may stand
            // before 的.
            let between = self.text[self.span(j).end..self.span(j + 1).start].trim();
            between.ends_with('的') && between.chars().count() <= 2
        }
    }

    /// Whether the figure at token `j` is said to be bought or sold, net: `外資買超182.46億元`,
    /// `dealers sold a net $20 million`.
    fn trade_side(&self, j: usize) -> Option<TradeSide> {
        const BOUGHT: [&str; 11] = [
            "买超",
            "買超",
            "净买入",
            "淨買入",
            "净买",
            "淨買",
            "买入",
            "買進",
            "bought",
            "bought a net",
            "bought net",
        ];
        const SOLD: [&str; 11] = [
            "卖超",
            "賣超",
            "净卖出",
            "淨賣出",
            "净卖",
            "淨賣",
            "卖出",
            "賣出",
            "sold",
            "sold a net",
            "sold net",
        ];
        let start = self.span(j).start;
        if preceded_by(self.text, start, &BOUGHT) {
            Some(TradeSide::Buy)
        } else if preceded_by(self.text, start, &SOLD) {
            Some(TradeSide::Sell)
        } else {
            None
        }
    }

    /// Whether the figure at token `j` is said to be a loss or an outflow: `亏损1.66亿元`,
    /// `净流出8,205.44万元`, `a loss of $3 million`, `a $3 million loss`.
    fn is_a_loss(&self, j: usize) -> bool {
        const LOSS_BEFORE: [&str; 13] = [
            "亏损",
            "虧損",
            "亏",
            "虧",
            "净流出",
            "淨流出",
            "流出",
            "loss of",
            "losses of",
            "deficit of",
            "outflow of",
            "outflows of",
            "net outflow of",
        ];
        let span = self.span(j);
        let after = self.text[span.end..].trim_start();
        preceded_by(self.text, span.start, &LOSS_BEFORE)
            || ["loss", "deficit"].iter().any(|word| {
                after
                    .get(..word.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(word))
            })
    }

    /// The claims of the sentence that are losses (`a fourth-quarter loss of $180
    /// million`, `亏损3.5亿元`), among those whose subject and metric are known (the
    /// figures period algebra can take).
    fn losses(&self) -> impl Iterator<Item = usize> + '_ {
        let attributed = |c: &usize| {
            let claim = &self.claims[*c];
            claim.subject.known().is_some() && claim.metric.known().is_some()
        };
        self.range.clone().filter_map(move |j| {
            self.claim_at(j)
                .filter(attributed)
                .filter(|_| self.is_a_loss(j))
        })
    }

    /// Whether the figure at token `j` is a range read as one: `between $5.00 and $5.20`.
    fn is_a_range(&self, j: usize) -> bool {
        self.amount(j)
            .and_then(|c| self.claims[c].mention.quantity())
            .is_some_and(|q| q.approx == Approx::Range)
    }

    /// Whether the figure at token `j` is the upper end of a range: `$9.00 to $9.30`.
    fn ends_a_range(&self, j: usize) -> bool {
        j >= 2
            && self.is_cue(j - 1, CueKind::To)
            && self.amount(j - 2).is_some_and(|c| !self.is_rate(c))
            && self.adjacent(j - 2, j - 1)
            && self.adjacent(j - 1, j)
    }

    /// Whether the figure at token `j` is the lower end of a range: `$9.20 to $9.60`.
    fn starts_a_range(&self, j: usize) -> bool {
        j + 2 < self.range.end && self.ends_a_range(j + 2) && self.amount(j).is_some()
    }

    /// Whether token `b` follows token `a` with nothing but spaces and change words
    /// between them.
    fn right_after(&self, a: usize, b: usize) -> bool {
        (a + 1..b).all(|j| self.is_change_word(j)) && (a..b).all(|j| self.adjacent(j, j + 1))
    }

    /// `declined from 75.8% in 1970 to 85.1% by 2010`: the old value's period, and the
    /// words that lead into it, between tokens `a` and `b`.
    fn only_periods_between(&self, a: usize, b: usize) -> bool {
        (a + 1..b).all(|j| self.is_period(j)) && b > a + 1 && self.only_rate_joiners(a, b)
    }

    /// Whether only spaces stand between tokens `a` and `b`.
    fn adjacent(&self, a: usize, b: usize) -> bool {
        self.text[self.span(a).end..self.span(b).start]
            .trim()
            .is_empty()
    }

    /// Whether the figure at token `j` is what a change word before it measures: `fell
    /// 6.9 million barrels`, `rose by $3 billion` (a level follows "to" or "at").
    fn is_a_difference(&self, j: usize) -> bool {
        change_word_measuring(self.text, self.tokens, j).is_some()
    }

    /// Whether the figure at token `j` names a change with the noun after it: `a $0.5
    /// million increase`, `an 8% decline`.
    fn names_a_change(&self, j: usize) -> bool {
        let before = self.text[..self.span(j).start].trim_end();
        // (`1,200 → 1,450`: the last bytes may be inside a character.)
        let article = [" a", " an"].iter().any(|a| {
            (before.get(before.len().saturating_sub(a.len())..))
                .is_some_and(|tail| tail.eq_ignore_ascii_case(a))
        });
        article && j + 1 < self.range.end && self.is_change_word(j + 1) && self.adjacent(j, j + 1)
    }

    /// `Operating profit was $3.1 billion, compared with $2.5 billion a year earlier, an
    /// increase of 24%`: the change word and the rate follow the old value, with only
    /// [`RATE_JOINERS`] and period words between. The old value must be the prior
    /// period's (a year earlier), and no other period may follow the rate: `compared with
    /// $3.0 billion in the second quarter, up 24% from a year earlier` sets a quarter
    /// beside the new value and measures the rate from another.
    fn change_said_after(&self, old_token: usize, old: usize, new: usize) -> Option<Change> {
        let within = old_token + 1..self.clause_end(self.clause_end(old_token) + 1);
        let stated = self.rate_in(Window::Following {
            after: old_token,
            within: within.clone(),
        })?;
        let rate_token = within.clone().find(|&j| self.amount(j) == Some(stated))?;
        let prior = (old_token + 1..rate_token).any(|j| self.is_cue(j, CueKind::PriorPeriod));
        let measured_from_another = (rate_token + 1..self.clause_end(rate_token))
            .any(|j| self.is_period(j) || self.is_cue(j, CueKind::From));
        if !prior || measured_from_another || !self.ends_its_clause(rate_token) {
            return None;
        }
        let direction = self.direction_in(old_token + 1..rate_token)?;
        Some(self.change(old, new, Some(stated), Some(direction)))
    }

    /// Whether "in" or "of" and a common noun follow the rate at token `j`: `a decline of
    /// 5% in shipments`, `5% of sales` measure something else than the change's values.
    fn rate_of_a_noun(&self, j: usize) -> bool {
        self.followed_by_a_noun(j, &["in ", "of "])
    }

    /// `Renters paying more than 30% of their income on housing rose to 22.6 million`: a
    /// share of something, wherever it stands, is no rate of a change.
    fn share_of_a_noun(&self, j: usize) -> bool {
        self.followed_by_a_noun(j, &["of "])
    }

    /// `Export prices for 12.5% protein wheat fell to $221 from $228`: a rate before a
    /// plain word, where no change word stands before it, says what kind of thing is
    /// meant (a grade, a stake, "4.2 times EBITDA"), not how much something changed;
    /// before a change word (`a 5% rise`) it is one.
    fn describes_a_noun(&self, j: usize) -> bool {
        let end = self.span(j).end;
        let rest = &self.text[end..];
        let word = rest.strip_prefix(' ').unwrap_or_default();
        // "4.2 times EBITDA": a multiple of another measure.
        let multiple = self
            .amount(j)
            .is_some_and(|c| self.claims[c].mention.kind() == Kind::Multiple);
        let plain_word = word
            .starts_with(|c: char| c.is_ascii_lowercase() || multiple && c.is_ascii_uppercase());
        let cue_follows = j + 1 < self.range.end && self.span(j + 1).start == end + 1;
        let after_change_word = j > self.range.start && self.is_change_word(j - 1);
        let describes = plain_word && !cue_follows && !after_change_word;
        describes && !starts_with_word(word, &CHANGE_NOUNS) || self.names_a_grade(j)
    }

    /// `锂辉石精矿（6%品位）`, `纯度99.0%`, "blended at 10%": a rate that says how pure or
    /// rich a product is.
    fn names_a_grade(&self, j: usize) -> bool {
        const GRADES: [&str; 6] = ["品位", "纯度", "純度", "含量", "浓度", "濃度"];
        const SAID_BEFORE: [&str; 5] = ["纯度为", "纯度达", "blended at", "purity of", "grade of"];
        let span = self.span(j);
        let after = &self.text[span.end..];
        GRADES.iter().any(|grade| after.starts_with(grade))
            || preceded_by(self.text, span.start, &GRADES)
            || preceded_by(self.text, span.start, &SAID_BEFORE)
    }

    fn followed_by_a_noun(&self, j: usize, words: &[&str]) -> bool {
        // (`118 (47.0%) of those aged 18-34`: past the parenthesis the share is in.)
        let rest = self.text[self.span(j).end..].trim_start();
        let rest = rest.strip_prefix([')', '）']).map_or(rest, str::trim_start);
        words.iter().any(|word| {
            rest.strip_prefix(word)
                .is_some_and(|noun| noun.starts_with(|c: char| c.is_ascii_lowercase()))
        })
    }

    /// `增长1.1倍`, `增加了两倍`: in Chinese a multiple straight after a word of rising is
    /// the increase (×2.1, ×3); after 到/至 (`增长到3倍`) or in `是…的3倍` it is the new
    /// value's multiple of the old.
    fn multiple_adds_one(&self, stated: Option<usize>) -> bool {
        // (成长/成長: as Taiwan writes 增长.)
        const RISING: [&str; 11] = [
            "增长", "增長", "成长", "成長", "增加", "提高", "上升", "扩大", "擴大", "上涨", "上漲",
        ];
        stated.is_some_and(|claim| {
            let start = self.claims[claim].mention.span.start;
            let before = &self.text[char_floor(self.text, start.saturating_sub(12))..start];
            let before = before.strip_suffix('了').unwrap_or(before);
            RISING.iter().any(|word| before.ends_with(word))
        })
    }

    /// Whether nothing but punctuation follows token `j` up to the end of its clause: `an
    /// increase of 24%, the company said`, not `a decline of 5% in shipments` (another
    /// figure's rate).
    fn ends_its_clause(&self, j: usize) -> bool {
        clause_ends(&self.text[self.span(j).end..])
    }

    fn change(
        &self,
        from: usize,
        to: usize,
        stated: Option<usize>,
        direction: Option<(Direction, Range<usize>)>,
    ) -> Change {
        let multiple_adds_one = self.multiple_adds_one(stated);
        let quoted_per_currency = self.quoted_per_currency(from) || self.quoted_per_currency(to);
        // `净利润1.2亿元，上年同期亏损3.5亿元，同比增长134.3%`: from −3.5 to 1.2, though
        // both figures are written without a sign. (Two losses change as their sizes do.)
        let loss = |c: usize| self.is_a_loss(self.claims[c].token);
        let sign_changes = loss(from) != loss(to);
        let across_a_split = self.names_a_split();
        // `环比下降1.5%，同比增长1.8%，上年同期为1023.9亿元`: the change word goes with a rate
        // of another comparison than the old value's.
        let compared_unlike = stated.is_some_and(|rate| self.compared_unlike(rate, from));
        // `较二季度的-6.21亿元亏损扩大`: a loss written with its sign widens as the value
        // falls; which way the word says the value went is not read.
        let of_a_size = direction.as_ref().is_some_and(|(_, span)| {
            ["扩大", "擴大", "收窄", "widen", "narrow"]
                .iter()
                .any(|word| self.text[span.clone()].contains(word))
        });
        let size_of_negatives = of_a_size && self.is_negative(from) && self.is_negative(to);
        let direction = direction
            .filter(|_| !sign_changes && !across_a_split && !compared_unlike && !size_of_negatives);
        let unchecked = if sign_changes {
            Some(ONE_SIDE_A_LOSS)
        } else if across_a_split {
            Some(ACROSS_A_SPLIT)
        } else if quoted_per_currency {
            Some(QUOTED_PER_CURRENCY)
        } else if compared_unlike {
            Some(ANOTHER_COMPARISON)
        } else {
            stated
                .filter(|&rate| self.on_other_basis(&[from, to, rate]))
                .map(|_| ON_OTHER_BASIS)
        };
        Change {
            from,
            to,
            stated,
            direction,
            multiple_adds_one,
            unchecked,
            quoted_per_currency,
            stated_in_percent: false,
        }
    }

    /// Whether a value is the price of another currency in the currency the sentence is
    /// about: followed by "per dollar" or "to the dollar", written in the currency the
    /// sentence names before its first change word (`the yen fell to 151.20 yen`), or in
    /// a sentence about a pair of currencies (`人民币对美元收盘报7.1235，较上一交易日上涨85
    /// 个基点`: the yuan rose, its price in yuan fell).
    pub(super) fn quoted_per_currency(&self, claim: usize) -> bool {
        let span = self.claims[claim].mention.span.clone();
        let end = char_floor(self.text, self.text.len().min(span.end + 24));
        let after = self.text[span.end..end].to_ascii_lowercase();
        let after = after.trim_start();
        let per_currency = PER_CURRENCY.iter().any(|per| {
            after.strip_prefix(per).is_some_and(|rest| {
                // "$4.31 per pound", "$1.92 a pound": a price of a weight, as metals and
                // crops are quoted; a rate against sterling is "to the pound".
                let weight = matches!(*per, "per " | "a ")
                    && rest.starts_with("pound")
                    && !rest.starts_with("pound sterling");
                !weight && CURRENCY_WORDS.iter().any(|c| rest.starts_with(c))
            })
        });
        let subject = self.subject_before(span.start);
        if per_currency || names_a_currency_pair(subject) {
            return true;
        }
        let Some(Unit::Money(currency)) = self.claims[claim].mention.quantity().map(|q| &q.unit)
        else {
            return false;
        };
        CURRENCY_NAMES
            .iter()
            .filter(|(c, _)| c == currency)
            .flat_map(|(_, names)| names.iter())
            .any(|name| {
                subject
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .any(|word| word.eq_ignore_ascii_case(name))
            })
    }

    /// What the sentence says, on the line of its start, before its first change word
    /// (and before `limit`): its subject.
    fn subject_before(&self, limit: usize) -> &str {
        let subject_end = self
            .range
            .clone()
            .find(|&j| self.is_change_word(j))
            .map_or(limit, |j| self.span(j).start)
            .min(limit);
        &self.text[self.sentence_bytes().start.min(subject_end)..subject_end]
    }

    /// Whether the statement holding the claims `figures` names another basis
    /// ([`OTHER_BASIS`]): their sentence, cut at the semicolons around them, since
    /// `营业收入86.4亿元，同比增长15.2%，上年同期为72.1亿元；扣除非经常性损益后的净利润9.3亿元`
    /// names the basis of another figure.
    fn on_other_basis(&self, figures: &[usize]) -> bool {
        let tokens = figures.iter().map(|&c| self.claims[c].token);
        let (Some(first), Some(last)) = (tokens.clone().min(), tokens.max()) else {
            return false;
        };
        let sentence = self.sentence_bytes();
        let start = (self.range.start..first)
            .rev()
            .find(|&j| self.is_semicolon(j))
            .map_or(sentence.start, |j| self.span(j).end);
        let end = (last..self.range.end)
            .find(|&j| self.is_semicolon(j))
            .map_or(sentence.end, |j| self.span(j).start);
        // (In ASCII lower case, so that byte offsets of the text index it.)
        let statement = self.text[start..end.max(start)].to_ascii_lowercase();
        let first_figure = self.span(first).start.clamp(start, end.max(start)) - start;
        let last_basis = OTHER_BASIS
            .iter()
            .filter_map(|word| statement.rfind(word))
            .max();
        // `Excluding automobiles, sales rose 1.3 pct to 95.20 billion dlrs from 93.98
        // billion`: a part left out in a clause of its own before every figure is left out
        // of them all. (Not an adjustment: `Adjusted for inflation, wages rose 2% to $1,020
        // from $950`, `剔除汇率影响，…` give the figures as they were and the rate adjusted.)
        const ADJUSTMENTS: [&str; 6] =
            ["adjust", "currenc", "exchange", "inflation", "汇率", "匯率"];
        let opening = statement.get(..first_figure).unwrap_or("");
        let opens_the_statement = last_basis.is_some_and(|at| {
            opening
                .get(at..)
                .is_some_and(|after_basis| after_basis.contains([',', '，']))
                && !ADJUSTMENTS.iter().any(|word| opening.contains(word))
        });
        last_basis.is_some() && !opens_the_statement
    }

    /// `raised its dividend to 12 cts after the split from 16 cts`: the old share is not
    /// the new one.
    fn names_a_split(&self) -> bool {
        self.sentence_holds(&SPLIT_WORDS)
    }

    /// Whether the sentence's text, in lower case, holds one of `words` (lower case).
    fn sentence_holds(&self, words: &[&str]) -> bool {
        let text = self.sentence_text().to_lowercase();
        words.iter().any(|word| text.contains(word))
    }

    /// The sentence's text, from the token before it to the token after it, on its line.
    pub(super) fn sentence_text(&self) -> &str {
        &self.text[self.sentence_bytes()]
    }

    /// Where the sentence's text starts and ends: from the token before it to the token
    /// after it, on its line.
    fn sentence_bytes(&self) -> Range<usize> {
        if self.range.is_empty() {
            return 0..0;
        }
        let first = self.span(self.range.start).start;
        let before = self
            .range
            .start
            .checked_sub(1)
            .map_or(0, |before| self.span(before).end);
        let start = self.text[before..first]
            .rfind('\n')
            .map_or(before, |n| before + n + 1);
        let after = self
            .tokens
            .get(self.range.end)
            .map_or(self.text.len(), |after| after.span().start);
        let end = self.text[first..after]
            .find('\n')
            .map_or(after, |n| first + n);
        start..end
    }

    /// The last rise or fall word in the window.
    fn direction_in(&self, window: Range<usize>) -> Option<(Direction, Range<usize>)> {
        window.rev().find_map(|j| {
            let cue = self.cue(j)?;
            let direction = match cue.kind {
                CueKind::Rise => Direction::Rise,
                CueKind::Fall => Direction::Fall,
                _ => return None,
            };
            if self.is_revised(j)
                || self.names_an_event(j)
                || self.names_where_it_happened(j)
                || self.collected(j)
            {
                return None;
            }
            Some((direction, cue.span()))
        })
    }

    /// Whether the change words among tokens `window` all say one direction.
    fn directions_agree_in(&self, window: Range<usize>) -> bool {
        let mut directions = window.filter_map(|j| self.direction_in(j..j + 1).map(|(d, _)| d));
        let first = directions.next();
        directions.all(|d| Some(d) == first)
    }

    /// Whether the change word at token `j` names an event that the values are the odds
    /// or expectations of (`raised the odds of a cut to 85% from 70%`), not their move.
    fn names_an_event(&self, j: usize) -> bool {
        // The last words before it: "of a", then at most two that qualify the event
        // (`of a quarter-point rate cut`, `of a 25-basis-point cut`).
        let start = char_floor(self.text, self.span(j).start.saturating_sub(48));
        let words: Vec<&str> = self.text[start..self.span(j).start]
            .split_whitespace()
            .rev()
            .take(4)
            .collect();
        let qualifiers = |n: usize| {
            words[..n]
                .iter()
                .all(|w| w.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        };
        (0..=2).any(|n| {
            matches!(words.get(n..n + 2), Some([article, of])
                if matches!(*article, "a" | "an") && matches!(*of, "of" | "for"))
                && qualifiers(n)
        })
    }

    /// Whether the change word at token `j` says where its change happened, counted by
    /// the figure after it (`tumours shrank substantially in 312 of the 624 patients`,
    /// `prices rose in 12 of 15 cities`): that figure counts the cases, it did not move.
    fn names_where_it_happened(&self, j: usize) -> bool {
        let Some(next) = (j + 1 < self.range.end).then_some(j + 1) else {
            return false;
        };
        if self.amount(next).is_none() {
            return false;
        }
        let between = &self.text[self.span(j).end..self.span(next).start];
        let mut words = between.split_whitespace();
        let first = words.next();
        let place = match first {
            Some(adverb) if adverb.len() > 2 && adverb.ends_with("ly") => words.next(),
            _ => first,
        };
        matches!(place, Some("in" | "among" | "across")) && words.next().is_none()
    }

    /// Whether the figure at token `j` is the base a rate is counted per (`29.7 offences
    /// per 1,000 residents`, `每10万人`): no value of the measure.
    fn is_counted_per(&self, j: usize) -> bool {
        let before = self.text[..self.span(j).start].trim_end();
        let per = before
            .strip_suffix("per")
            .is_some_and(|rest| !rest.ends_with(|c: char| c.is_alphabetic()));
        before.ends_with('每') || per
    }

    /// Whether the figure at token `j` says by how much (`1,088 more than last year's
    /// 39,610`, `300 fewer`, `比上年多增0.8万人`, `少出生0.6万人`): a difference, no old or
    /// new value.
    fn is_more_or_fewer(&self, j: usize) -> bool {
        const CHINESE: [&str; 7] = ["多增", "少增", "多出", "多出生", "少出生", "多", "少"];
        let after_previous = match j.checked_sub(1) {
            Some(k) if k >= self.range.start => self.span(k).end,
            _ => self.sentence_bytes().start,
        };
        let before = self.text[after_previous..self.span(j).start].trim_end();
        starts_with_word(&self.text[self.span(j).end..], &["more", "fewer", "less"])
            || CHINESE.iter().any(|word| before.ends_with(word))
    }

    /// Whether token `j` opens its clause straight after the separator, with no word
    /// between (`, to 4.50% from 4.25%`; not `, and June was revised to`).
    fn opens_its_clause(&self, j: usize) -> bool {
        j > self.range.start
            && self.clause_start(j) == j
            && self.text[self.span(j - 1).end..self.span(j).start]
                .trim()
                .is_empty()
    }

    /// Whether the word at token `j` is the subject of a revision (`November's increase
    /// was revised to 0.2% from 0.3%`): it names the figure, and says nothing of how the
    /// revision moved it.
    fn is_revised(&self, j: usize) -> bool {
        const REVISED: [&str; 4] = [
            "was revised",
            "were revised",
            "has been revised",
            "is revised",
        ];
        // `increases were revised`: the plural's "s" is no word of its own.
        starts_with_word(
            self.text[self.span(j).end..].trim_start_matches('s'),
            &REVISED,
        )
    }

    /// The percentage or multiple nearest the window's anchored end that is not a rate
    /// per period (年均增长7.1%, 5% a year).
    fn rate_in(&self, window: Window) -> Option<usize> {
        // A rate right after "from" or "to" is a value of a change (to 93.2 pct from
        // 80.2 pct), not the rate of one.
        let is_value = |j: usize| {
            j > self.range.start
                && (self.is_cue(j - 1, CueKind::From) || self.is_cue(j - 1, CueKind::To))
        };
        let is_rate = |j: &usize| {
            self.amount(*j).is_some_and(|c| self.is_rate(c))
                && !self.share_of_a_noun(*j)
                && !self.describes_a_noun(*j)
                && !self.per_period_beside(*j)
                && !is_value(*j)
                && !self.share_of_the_value_before(*j, &is_value)
                && !self.one_of_listed_rates(*j)
        };
        let clip = |w: Range<usize>| w.start..w.end.min(self.range.end);
        let j = match window {
            Window::First(w) => clip(w).find(is_rate),
            Window::Last(w) => clip(w).rev().find(is_rate),
            Window::Following { after, within } => clip(within).find(is_rate).filter(|&j| {
                self.only_rate_joiners(after, j)
                    && !self.rate_of_a_noun(j)
                    && !self.measured_from_another_period(j)
            }),
        }?;
        self.amount(j)
    }

    /// `分别下调0.25个百分点和0.1个百分点，由4.2%降至3.85%`, "cut by 0.25 percentage point in
    /// February and 0.1 percentage point in July": a rate listed with another (dates and
    /// 分别 between them aside) is one step of the change, not the change. (Not beside
    /// one measured from another period: `up 3% sequentially and 7% from $1.22 billion`.)
    fn one_of_listed_rates(&self, j: usize) -> bool {
        let passed_over = |k: &usize| {
            matches!(&self.tokens[*k], Token::Mention(m) if m.kind() == Kind::Date)
                || self.is_cue(*k, CueKind::Respectively)
        };
        let listed_rate = |k: Option<usize>| {
            k.is_some_and(|k| {
                self.amount(k).is_some_and(|c| self.is_rate(c))
                    && !self.measured_from_another_period(k)
            })
        };
        let before = (self.range.start..j).rev().find(|k| !passed_over(k));
        let after = (j + 1..self.range.end).find(|k| !passed_over(k));
        listed_rate(before) || listed_rate(after)
    }

    /// Whether the rate at claim `rate` and the old value at claim `old` name different
    /// comparisons: `环比增长18.3%，同比增长6.2%，去年同期为7934套` gives the year-ago value
    /// of the 6.2%, "rose 10.5% from a year earlier …, up from $3.31 billion in the second
    /// quarter" the previous quarter's value of no rate given.
    fn compared_unlike(&self, rate: usize, old: usize) -> bool {
        if !self.is_rate(rate) {
            return false;
        }
        // The words of a figure: from the figure before it in its clause, past the words
        // that list it after that one (`up 3% sequentially and 17%`: "sequentially" is
        // the 3%'s), to a bounded way after it.
        let around = |claim: usize, before: usize| {
            let token = self.claims[claim].token;
            let reach = char_floor(self.text, self.span(token).start.saturating_sub(before));
            let previous_figure = (self.clause_start(token)..token)
                .rev()
                .find(|&j| self.claim_at(j).is_some())
                .map(|j| self.span(j).end);
            let start = self
                .clause_bytes(token)
                .start
                .max(previous_figure.unwrap_or(0))
                .clamp(reach, self.span(token).start);
            let lead = &self.text[start..self.span(token).start];
            let lead = [" and ", "、", "和", " or "]
                .iter()
                .filter_map(|joiner| lead.rfind(joiner).map(|at| &lead[at + joiner.len()..]))
                .min_by_key(|rest| rest.len())
                .unwrap_or(lead);
            // English names a rate's comparison after it ("12% from a year earlier"); the
            // words before are its subject's ("revenue for the third quarter rose 12%").
            let lead = if claim == rate && lead.is_ascii() {
                ""
            } else {
                lead
            };
            let end = self.span(token).end;
            let after = &self.text[end..char_floor(self.text, (end + 32).min(self.text.len()))];
            let after = &after[..after
                .find([',', '，', ';', '；', '。'])
                .unwrap_or(after.len())];
            comparison_named(&format!("{lead}{after}")).or_else(|| {
                (claim == old && names_a_month(after)).then_some(Comparison::Sequential)
            })
        };
        around(rate, 64)
            .zip(around(old, 24))
            .is_some_and(|(rate, old)| rate != old)
    }

    /// `climbed to $1.21 billion from $1.05 billion a year earlier, an increase of 4% on the
    /// second quarter`: a rate after a change's values that names the quarter or month it
    /// is measured from is that comparison's, not the change's.
    fn measured_from_another_period(&self, j: usize) -> bool {
        const FROM: [&str; 3] = [" on the ", " over the ", " from the "];
        const PERIODS: [&str; 9] = [
            "first quarter",
            "second quarter",
            "third quarter",
            "fourth quarter",
            "previous",
            "prior",
            "preceding",
            "quarter",
            "month",
        ];
        let after = &self.text[self.span(j).end..];
        let own_base = FROM.iter().any(|from| {
            after
                .get(..from.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(from))
                && starts_with_word(&after[from.len()..], &PERIODS)
        });
        own_base
            || starts_with_word(
                after,
                &["sequentially", "quarter-on-quarter", "month-on-month"],
            )
    }

    /// `raised its stake to 418,500 shares, or 9.3 pct, from 337,500 shares, or 7.5 pct`:
    /// a percentage after ", or" next to a change's old or new value is that value's share
    /// of a whole when it stands between the two values or each value has one. After the
    /// last value alone (`increased from $4.0 billion to $5.0 billion, or 25%`), after the
    /// amount of the change (`rose $10 million, or 5%`) or before a comparative (`or 56.5%
    /// lower`) it is the change's rate.
    fn share_of_the_value_before(&self, j: usize, is_value: &impl Fn(usize) -> bool) -> bool {
        let next = (j + 1..self.range.end).find(|&k| !self.is_cue(k, CueKind::ClauseSep));
        let between_values =
            next.is_some_and(|k| self.is_cue(k, CueKind::From) || self.is_cue(k, CueKind::To));
        let parallel = || {
            self.range
                .clone()
                .any(|r| r != j && self.aside_of_a_value(r, is_value))
        };
        self.aside_of_a_value(j, is_value) && (between_values || parallel())
    }

    /// Whether the figure at token `j` is a percentage after ", or" and a change's value,
    /// with no comparative after it.
    fn aside_of_a_value(&self, j: usize, is_value: &impl Fn(usize) -> bool) -> bool {
        const COMPARATIVES: [&str; 8] = [
            "lower", "higher", "less", "more", "down", "up", "below", "above",
        ];
        let is_percentage = self.amount(j).is_some_and(|c| self.is_rate(c));
        let before = (self.range.start..j)
            .rev()
            .find(|&k| self.amount(k).is_some());
        let after = self.text[self.span(j).end..].trim_start();
        let compares = COMPARATIVES.iter().any(|word| {
            after
                .get(..word.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(word))
        });
        is_percentage
            && !compares
            && before.is_some_and(|k| {
                is_value(k) && joined_by_or(self.text, &self.span(k), &self.span(j))
            })
    }

    /// Whether the text between tokens `a` and `b` holds only punctuation,
    /// [`RATE_JOINERS`] and runs of [`RATE_JOINERS_ZH`]. Dates and period words between
    /// them are the value's (`from $100 billion in 2022, up 20%`), and pass with the
    /// words that lead into them ("in", "the").
    fn only_rate_joiners(&self, a: usize, b: usize) -> bool {
        let mut gaps = Vec::new();
        let mut from = self.span(a).end;
        for j in (a + 1..b).filter(|&j| self.is_period(j)) {
            gaps.push(&self.text[from..self.span(j).start]);
            from = self.span(j).end;
        }
        gaps.push(&self.text[from..self.span(b).start]);
        let is_break = |c: char| {
            c.is_whitespace() || (c.is_ascii_punctuation() && c != '-') || "，、；：".contains(c)
        };
        gaps.iter()
            .flat_map(|gap| gap.split(is_break))
            .filter(|word| !word.is_empty())
            .all(|word| {
                if word.is_ascii() {
                    return RATE_JOINERS.contains(&word.to_ascii_lowercase().as_str());
                }
                let mut rest = word;
                while let Some(joiner) = RATE_JOINERS_ZH.split(' ').find(|j| rest.starts_with(j)) {
                    rest = &rest[joiner.len()..];
                }
                rest.is_empty()
            })
    }

    /// Whether the figure at token `j` is what another is compared with: after "than" (a
    /// cue, or the word: `20% more than the $1.05 million`), "from" or a prior period,
    /// past any period words, or after 比 and period words (`比上月3142亿元`; 比 is a cue
    /// only right before a figure), or right before 相比.
    fn is_compared_with(&self, j: usize) -> bool {
        let marks_a_comparison = |k: usize| {
            [
                CueKind::Than,
                CueKind::From,
                CueKind::Prior,
                CueKind::PriorPeriod,
            ]
            .iter()
            .any(|&kind| self.is_cue(k, kind))
        };
        let periods_start = (self.range.start..j)
            .rev()
            .take_while(|&k| !marks_a_comparison(k) && self.is_period(k))
            .last()
            .unwrap_or(j);
        let before = periods_start
            .checked_sub(1)
            .filter(|&k| k >= self.range.start);
        let text_before =
            &self.text[before.map_or(0, |k| self.span(k).end)..self.span(periods_start).start];
        // `与2010年第六次全国人口普查的3,372,905人相比`: the figure right before 相比.
        let before_xiangbi = j + 1 < self.range.end
            && self.is_cue(j + 1, CueKind::Than)
            && self.text[self.span(j + 1)].starts_with('相')
            && self.adjacent(j, j + 1);
        before.is_some_and(marks_a_comparison)
            || periods_start < j && text_before.trim_end().ends_with('比')
            || before_xiangbi
            || says_than(text_before)
            || self.is_a_beaten_estimate(j)
    }

    /// Whether the clause that starts at token `start` opens a list of parts: with an
    /// "of which" cue (其中, 包括, made up of), or "including", which is no cue.
    fn lists_parts(&self, start: usize) -> bool {
        let opening = &self.text[self.span(start - 1).end..self.span(start).start];
        self.is_cue(start, CueKind::OfWhich) || starts_with_word(opening, &["including"])
    }

    /// `$2.05 per share beat estimates of $2.03`: the estimate a figure is measured
    /// against is compared with, not changed.
    fn is_a_beaten_estimate(&self, j: usize) -> bool {
        let Some(cue) = j.checked_sub(1).filter(|&k| k >= self.range.start) else {
            return false;
        };
        let words_from = cue
            .checked_sub(1)
            .filter(|&k| k >= self.range.start)
            .map_or(self.span(cue).start, |k| self.span(k).end);
        let before = self.text.get(words_from..self.span(cue).start);
        self.is_cue(cue, CueKind::Estimate) && before.is_some_and(compares_with_expectations)
    }

    /// A date or a word that names a period (the previous year, quarterly).
    fn is_period(&self, j: usize) -> bool {
        match &self.tokens[j] {
            Token::Mention(m) => m.kind() == Kind::Date,
            Token::Cue(c) => matches!(
                c.kind,
                CueKind::Prior | CueKind::PriorPeriod | CueKind::RelativePeriod
            ),
        }
    }

    fn per_period_beside(&self, j: usize) -> bool {
        let lo = self.range.start.max(j.saturating_sub(2));
        let hi = (j + 2).min(self.range.end);
        (lo..hi).any(|k| {
            self.is_cue(k, CueKind::PerPeriod)
                && !(k < j && self.says_per_period_of_the_figure_before(k))
        })
    }

    /// `customers paying $100,000 a year rose 28%`: a period right after a figure is that
    /// figure's, not the next one's.
    fn says_per_period_of_the_figure_before(&self, k: usize) -> bool {
        k > self.range.start
            && self.amount(k - 1).is_some()
            && self.text[self.span(k - 1).end..self.span(k).start]
                .trim()
                .is_empty()
    }
}

/// A value of a prefixed unit of operations: a bare number (`100亿`, `1后面18个零`) or a
/// count of the operations themselves (`每秒100亿次运算`, `a billion billion
/// calculations`).
fn counts_operations(claim: &Claim) -> bool {
    const OPERATIONS: [&str; 5] = ["次", "次运算", "次運算", "operations", "calculations"];
    match claim.mention.quantity().map(|q| &q.unit) {
        Some(Unit::None) => true,
        Some(Unit::Count(word)) => OPERATIONS.contains(&&**word),
        _ => false,
    }
}
