//! Relations: the explicit links the text makes between figures.
//!
//! A change names an old value and a new one, and often the percentage or multiple that
//! leads from one to the other and a word for its direction: `从250美元提高至400美元(60%涨幅)`,
//! `rose 3.2 pct to 113,275 tonnes from 109,767`, `$2.1 billion, up 31% from $1.6
//! billion`, `较上年同期的330亿元增长25%`. Relations are read from the cue words the grammar
//! emits between mentions, one sentence at a time; nothing is inferred across sentences.

use crate::attribute::{
    change_word_measuring, compares_with_expectations, opens_a_breakdown, Claim,
};
use crate::document::{char_floor, is_han, joined_by_or, line_lead, preceded_by};
use crate::extract::{Cue, CueKind, Kind, Token, MAX_SENTENCE_TOKENS};
use crate::quantity::{within_factor, Approx, Currency, Unit};
use rust_decimal::Decimal;
use std::cell::{Cell, OnceCell};
use std::collections::VecDeque;
use std::ops::Range;

mod changes_by;
mod periods;
mod shares;
mod tables;
pub use changes_by::ChangeBy;
use periods::PeriodGroups;
pub use periods::{PeriodFigure, PeriodSum};
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
    /// `1英里约合1.6公里`.
    Conversion { left: usize, right: usize },
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
    pub column_sums: Vec<ColumnSum>,
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
            Definition::Conversion { left, right } => listed("conversion", vec![*left, *right]),
        });
        let shares = self.shares.iter().map(|s| Listed {
            kind: "shares of one whole",
            claims: s.shares.clone(),
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
        let mut out: Vec<Listed> = changes
            .chain(column_sums)
            .chain(period_changes)
            .chain(changes_by)
            .chain(parts)
            .chain(products)
            .chain(definitions)
            .chain(shares)
            .map(|mut l| {
                l.claims.sort_unstable();
                l
            })
            .collect();
        out.sort_by(|a, b| a.claims.cmp(&b.claims));
        out
    }
}

/// Every relation stated in the document, one sentence at a time.
pub fn relations(text: &str, tokens: &[Token], claims: &[Claim]) -> Relations {
    let mut out = Relations::default();
    let mut offer_price = None;
    let mut paragraph = Paragraph::default();
    let mut previous_end = 0;
    // A breakdown may open a paragraph of its own (`分区域看，…`) under the sentence
    // that gives its whole.
    let mut before = SentencesBefore::default();
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
            other_basis: OnceCell::new(),
            last_claim: Cell::new(0),
        };
        // A change links figures of its own sentence, and sentences share no token: the
        // sentence's changes are all its readers need to see (all of them would make a
        // long file quadratic).
        let mut changes = Vec::new();
        reader.read(&mut changes);
        reader.read_period_changes(&mut out.period_changes);
        reader.read_definitions(&mut out.definitions);
        reader.read_parts(
            &mut out.parts,
            &changes,
            paragraph.previous_sentence.clone(),
            &before,
        );
        reader.read_shares(&mut out.shares, &changes);
        reader.read_changes_by(&changes, &mut out.changes_by);
        out.changes.append(&mut changes);
        reader.read_products(&mut out.products, &mut offer_price);
        reader.read_assumed_share(&mut out.products, &mut paragraph);
        paragraph.previous_sentence = Some(reader.range.clone());
        before.push(reader.range);
    }
    let mut tables = tables::read(text, claims);
    out.changes.append(&mut tables.changes);
    out.column_sums = tables.sums;
    let periods = PeriodGroups::of(claims);
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

/// Traits that sort people into groups, each named by its words: groups named by two
/// traits overlap (`员工1200人，其中女性700人，35岁以下青年职工600人`), where groups named
/// by one partition their whole (`其中男性…，女性…`).
const TRAITS: [&[&str]; 8] = [
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
];

/// Whether the text of a list of parts names groups by more than one trait.
fn groups_cut_across(listed: &str) -> bool {
    TRAITS
        .iter()
        .filter(|words| words.iter().any(|word| listed.contains(word)))
        .count()
        > 1
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

/// Whether at least two of `labels` are alike (see `Sentence::labelled_alike`), one
/// is the rest or one is missing; with `strip_shared`, what all of them end with (the
/// noun the whole names) is left out.
fn labels_alike(labels: &[&str], strip_shared: bool) -> bool {
    const PAIRS: [(&str, &str); 16] = [
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
    const REST: [&str; 4] = ["其他", "其余", "其它", "其餘"];
    if labels
        .iter()
        .any(|l| l.is_empty() || REST.iter().any(|rest| l.starts_with(rest)))
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
    let alike = |a: &str, b: &str| {
        a.chars().next() == b.chars().next()
            || a.chars().last() == b.chars().last()
            || complement(a, b)
            || complement(b, a)
            || PAIRS.iter().any(|&(x, y)| {
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
const OTHER_BASIS: [&str; 22] = [
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

/// Why a change's rate is not checked when its sentence names another basis.
const ON_OTHER_BASIS: &str =
    "its sentence puts the rate on another basis than the figures (like-for-like, at constant currency, adjusted)";

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
    /// [`Sentence::on_other_basis`], read once.
    other_basis: OnceCell<bool>,
    /// The claim [`Sentence::claim_at`] found last.
    last_claim: Cell<usize>,
}

impl Sentence<'_> {
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

    /// Whether two figures measure the same kind of thing in comparable units.
    fn comparable(&self, a: usize, b: usize) -> bool {
        let (ka, kb) = (self.claims[a].mention.kind(), self.claims[b].mention.kind());
        let kinds = ka == kb || matches!((ka, kb), (Kind::Number, _) | (_, Kind::Number));
        kinds && self.unit(a).is_comparable_with(self.unit(b)) && self.is_rate(a) == self.is_rate(b)
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

    fn read(&self, out: &mut Vec<Change>) {
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
        .filter(|_| !self.is_rate(b));
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
        let after_prior_period = |j: usize| {
            j > self.range.start
                && self.is_cue(j - 1, CueKind::PriorPeriod)
                && self.amount(j).is_some_and(|c| !self.is_rate(c))
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
        let Some(old) = (self.range.start..word)
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
        let new = (part_start..old).rev().find(|&j| {
            self.amount(j)
                .is_some_and(|b| !self.is_rate(b) && self.compatible(a, b))
                && !self.is_compared_with(j)
                && !self.is_more_or_fewer(j)
                && !self.is_a_difference(j)
        });
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
            if self.on_other_basis() {
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
        (from.dimension == to.dimension && from.unit != to.unit)
            .then_some(Definition::Conversion { left, right })
    }

    /// Whether a figure is counted in a unit with a data prefix (TB, megabytes).
    fn in_data_units(&self, claim: usize) -> bool {
        match self.unit(claim) {
            Unit::Count(unit) => crate::lexicon::prefix_of(unit).is_some(),
            _ => false,
        }
    }

    /// A composition: two or more counts each closed by 组成/consists of, then 那么/so
    /// and the count said to follow. A unit price: a count, a price right after 每股/at,
    /// and a total right after 筹资/raised, in one sentence; or a share count and total
    /// with the offer price stated earlier in the section (`offer_price`).
    /// `共售出1.2万份，每份售价199元，销售额约293万元`: after a count and its price, the
    /// sum of money named as the sales (销售额, 成交额) is their product.
    fn sales_after(&self, price: usize) -> Option<usize> {
        const SALES: [&str; 6] = [
            "销售额",
            "銷售額",
            "成交额",
            "成交額",
            "销售收入",
            "銷售收入",
        ];
        let from = self.claims[price].token + 1;
        (from..self.range.end).find_map(|j| {
            let claim = self.amount(j)?;
            let start = self.span(j).start;
            let before = self.text[..start].trim_end_matches(['为', '為', '达', '達']);
            let named = SALES.iter().any(|word| before.ends_with(word));
            (named && self.claims[claim].mention.kind() == Kind::Money).then_some(claim)
        })
    }

    fn read_products(&self, out: &mut Vec<Product>, offer_price: &mut Option<usize>) {
        // 由六个小号显卡组成: the count precedes 组成; "consists of six cards": it follows.
        let count_of = |cue: usize| {
            let count = |j: usize| {
                self.amount(j)
                    .filter(|&c| self.claims[c].mention.kind() == Kind::Count)
            };
            if self.text[self.span(cue)].is_ascii() {
                (cue + 1..self.clause_end(cue)).find_map(count)
            } else {
                (self.clause_start(cue)..cue).rev().find_map(count)
            }
        };
        let composes: Vec<usize> = self
            .range
            .clone()
            .filter(|&j| self.is_cue(j, CueKind::Compose))
            .collect();
        let factors: Vec<usize> = composes.iter().filter_map(|&j| count_of(j)).collect();
        let conclusion = composes.last().and_then(|&last| {
            let so = (last + 1..self.range.end).find(|&j| self.is_cue(j, CueKind::Conclude))?;
            (so + 1..self.range.end).find_map(|j| self.amount(j))
        });
        if let (true, Some(result)) = (
            factors.len() >= 2 && factors.len() == composes.len(),
            conclusion,
        ) {
            out.push(Product {
                factors,
                result,
                unchecked: None,
            });
        }
        out.extend(self.priced_conclusion());
        let money = |c: usize| self.claims[c].mention.kind() == Kind::Money;
        // The first sum of money right after a cue of the kind (共计采购320辆 … 总额1.6亿元:
        // the count after a word of total is no total).
        let after = |kind: CueKind| {
            self.range
                .clone()
                .filter(|&j| self.is_cue(j, kind) && j + 1 < self.range.end)
                .find_map(|j| self.amount(j + 1).filter(|&c| money(c)))
        };
        let metric_is = |p: usize, names: &[&str]| {
            self.claims[p]
                .metric
                .known()
                .is_some_and(|m| names.contains(&&**m))
        };
        // `发行价格为32.80元/股`: a price written per share after its unit.
        let per_share: Vec<usize> = self
            .range
            .clone()
            .filter(|&j| {
                let after = &self.text[self.span(j).end..];
                after.starts_with("/股") || after.starts_with("／股")
            })
            .filter_map(|j| self.amount(j).filter(|&c| money(c)))
            .collect();
        // `raising $444 million and valuing it at about $3.1 billion`: what the whole
        // company is worth is no price of one share.
        let price_here = after(CueKind::PerUnit)
            .or_else(|| match per_share[..] {
                [price] => Some(price),
                _ => None,
            })
            .filter(|&p| !metric_is(p, &["valuation", "market value"]));
        let is_offer_price = |p: usize| metric_is(p, &["ipo price"]);
        if let Some(price) = price_here.filter(|&p| is_offer_price(p)) {
            *offer_price = Some(price);
        }
        // "raised $660 million": a rise word with an amount as its object is a total, and
        // so is a sum restating the price's product ("at $15 each, or $20,000").
        // The count is the one nearest before the price: `The two concerts sold 52,400
        // tickets at $96` sells tickets; a length (`12米…公交车260台`) counts nothing.
        // (A measure is counted where the price is per its unit: `成交量120万吨，成交均价
        // 每吨98.5元`.)
        let per_measure = price_here.and_then(|p| self.priced_per_measure(p));
        // (An average per thing, `套均面积100平方米`, is no count of them.)
        let counts = |c: &usize| {
            self.claims[*c].mention.kind() == Kind::Count
                && !self.is_an_average(self.claims[*c].token)
                && (!self.unit(*c).is_a_measure()
                    || per_measure.is_some_and(|m| self.counted_in(*c, m)))
        };
        let before_price = price_here.map_or(self.range.end, |p| self.claims[p].token);
        let count = (self.range.start..before_price)
            .rev()
            .filter_map(|j| self.amount(j))
            .find(counts)
            .or_else(|| {
                self.range
                    .clone()
                    .filter_map(|j| self.amount(j))
                    .find(counts)
            });
        // The count stands before its price: `stood at $31.4 billion, or about $2,290 for
        // each of the state's 13.7 million residents` is a quotient.
        let counted_before =
            |p: usize| count.is_some_and(|c| self.claims[c].token < self.claims[p].token);
        let total = after(CueKind::Total)
            .or_else(|| after(CueKind::Rise))
            .or_else(|| {
                price_here
                    .filter(|&p| counted_before(p))
                    .and_then(|p| self.restated_as_a_sum(p).or_else(|| self.sales_after(p)))
            });
        let Some(total) = total else { return };
        // 发行价定在每股30美元 … 共发行了2200万股，筹资6.6亿美元: the offer price of the
        // section stands for a share count stated later without one.
        // (A count of shares by name: `27家公司…合计募集资金约412亿元` counts companies, and
        // 家 is comparable with any count.)
        let counts_shares = |c: usize| matches!(self.unit(c), Unit::Count(word) if matches!(&**word, "shares" | "share" | "股"));
        let earlier_price = || {
            offer_price.filter(|&p| {
                self.claims[p].scope == self.claims[total].scope && count.is_some_and(counts_shares)
            })
        };
        // `sold 22.5 million shares and existing holders 4.5 million, at $20 each, raising
        // $540 million`: another count in the sentence is part of what was sold; one in
        // another unit (`320辆10.5米纯电动公交车`) says what the things are.
        let counted_once = |count: usize| {
            let one = self.claims[count].token;
            let beside = |c: usize| match self.claims[c].mention.kind() {
                Kind::Number => true,
                Kind::Count => self.unit(c).is_comparable_with(self.unit(count)),
                _ => false,
            };
            // `raised $42 million from the 3 million new shares`: the count the total is
            // of may follow it.
            !self
                .range
                .clone()
                .any(|j| j != one && self.amount(j).is_some_and(beside))
        };
        let count = count.filter(|&c| counted_once(c));
        // `40 buses at $750,000 each and 12 chargers at $95,000 each, for a total of $31.1
        // million`: lots at two prices add up; one count times one price is not the total.
        let mut prices: Vec<usize> = self
            .range
            .clone()
            .filter(|&j| self.is_cue(j, CueKind::PerUnit) && j + 1 < self.range.end)
            .filter_map(|j| self.amount(j + 1).filter(|&c| money(c)))
            .chain(per_share.iter().copied())
            .collect();
        prices.sort_unstable();
        prices.dedup();
        let priced = prices.len();
        if priced > 1 {
            return;
        }
        // `2,000 shares at HK$45 each, or about US$11,500`: a total in another currency
        // converts the product, it does not state it.
        // (And a price of the sentence has its count before it: `回购价格上限为每股45元；…
        // 其余4家公司…合计为11.5亿元` counts companies after another clause's price.)
        let price = price_here
            .filter(|&p| counted_before(p))
            .or_else(earlier_price)
            .filter(|&p| self.unit(p).is_comparable_with(self.unit(total)));
        if let (Some(count), Some(price)) = (count, price) {
            out.push(Product {
                factors: vec![count, price],
                result: total,
                unchecked: self.product_unchecked(count, price, total),
            });
        }
    }

    /// The unit of a measure the price at claim `price` is per (`每平方米2万元`, `每吨98.5元`,
    /// "$300 a tonne" is read from the words before it), if any.
    fn priced_per_measure(&self, price: usize) -> Option<&'static str> {
        const PER_MEASURE: [&str; 10] = [
            "平方米",
            "平米",
            "平方公尺",
            "square",
            "吨",
            "噸",
            "tonne",
            "公斤",
            "kilo",
            "亩",
        ];
        let start = self.span(self.claims[price].token).start;
        let lead =
            self.text[char_floor(self.text, start.saturating_sub(16))..start].to_ascii_lowercase();
        PER_MEASURE
            .iter()
            .find(|word| lead.contains(*word))
            .copied()
    }

    /// Whether the figure at claim `count` is counted in the unit `measure` (120万吨 in 吨).
    fn counted_in(&self, count: usize, measure: &str) -> bool {
        self.unit(count)
            .label()
            .is_some_and(|unit| unit.to_ascii_lowercase().contains(measure))
    }

    /// Why a count, its price and a total are not multiplied: the total covers more
    /// than the things counted (`a contract worth $1.9 million that also covers radios`,
    /// `（含土地及配套费用）`, "including commissions", "less a 10% discount"), the count is
    /// per period and the total is not ("1,200 room nights a month … over the year"), the
    /// two are of different periods (`今年…1,200笔 … 自2020年以来合计`), or the price is per
    /// unit of a measure (`每平方米2万元` for 1,000套).
    fn product_unchecked(&self, count: usize, price: usize, total: usize) -> Option<&'static str> {
        const COVERS_MORE: [&str; 16] = [
            "includ",
            "cover",
            "discount",
            "less ",
            "commission",
            "fee",
            "plus",
            "含",
            "包括",
            "折扣",
            "优惠",
            "佣金",
            "费用",
            "費用",
            "另",
            "不含",
        ];
        let token = |c: usize| self.claims[c].token;
        let (price_token, total_token) = (token(price), token(total));
        let first = price_token.min(total_token);
        let last = price_token.max(total_token);
        // What stands between them and after the total up to the sentence's end (a
        // bounded look ahead: the words of a parenthesis or a clause).
        let after_total = self.span(total_token).end;
        let reach = char_floor(self.text, (after_total + 60).min(self.text.len()));
        let tail = &self.text[after_total..reach];
        let tail = &tail[..tail
            .find(['。', '.', ';', '；', '\n'])
            .unwrap_or(tail.len())];
        let between = &self.text[self.span(first).end..self.span(last).start];
        let said = format!("{between}{tail}").to_ascii_lowercase();
        let period = |c: usize| self.claims[c].period.known();
        if COVERS_MORE.iter().any(|word| said.contains(word)) {
            Some("the total covers more than the things counted (including, 含, fees, a discount)")
        } else if self.per_period_beside(token(count)) && !self.per_period_beside(total_token) {
            Some("the count is per period (a month) and the total is not")
        } else if period(count)
            .zip(period(total))
            .is_some_and(|(a, b)| a != b)
        {
            Some("the total is of another period than the count")
        } else if self
            .priced_per_measure(price)
            .is_some_and(|measure| !self.counted_in(count, measure))
        {
            Some("the price is per unit of a measure (每平方米), not per thing counted")
        } else {
            None
        }
    }

    /// The sum of money after a unit price and ", or": `1,200 shares at $15 each, or
    /// $20,000`, `at 20 dlrs a share, or 10 mln dlrs`.
    fn restated_as_a_sum(&self, price: usize) -> Option<usize> {
        let token = self.claims[price].token;
        let next = (token + 1..self.range.end).find(|&j| !self.is_cue(j, CueKind::ClauseSep))?;
        let sum = self.amount(next)?;
        let between = self.text[self.span(token).end..self.span(next).start].to_ascii_lowercase();
        let between = ["each", "apiece", "a share", "per share"]
            .iter()
            .find_map(|word| between.trim_start().strip_prefix(word))
            .unwrap_or(&between);
        let says_or = between.trim() == ", or";
        (says_or && self.claims[sum].mention.kind() == Kind::Money).then_some(sum)
    }

    /// `总销量是4527916辆。按照FSD售价12000美金。…假设30%车主购买FSD服务，收入净增长约163亿美金`:
    /// a share taken by supposition of the paragraph's last count, at its last unit
    /// price, makes the amount that follows in the sentence.
    fn read_assumed_share(&self, out: &mut Vec<Product>, paragraph: &mut Paragraph) {
        let money = |c: usize| self.claims[c].mention.kind() == Kind::Money;
        let share = self.range.clone().find_map(|i| {
            let next = (i + 1 < self.range.end).then_some(i + 1)?;
            let share = self.amount(next)?;
            let percent = self.claims[share].mention.kind() == Kind::Percent;
            (self.is_cue(i, CueKind::Assume) && percent).then_some((next, share))
        });
        if let (Some((at, share)), Some(count), Some(price)) =
            (share, paragraph.count, paragraph.unit_price)
        {
            let amount = (at + 1..self.range.end)
                .filter_map(|j| self.amount(j))
                .find(|&c| money(c));
            if let Some(amount) =
                amount.filter(|&a| self.unit(a).is_comparable_with(self.unit(price)))
            {
                out.push(Product {
                    factors: vec![count, share, price],
                    result: amount,
                    unchecked: None,
                });
            }
        }
        for j in self.range.clone() {
            let Some(claim) = self.amount(j) else {
                continue;
            };
            match self.claims[claim].mention.kind() {
                Kind::Count => paragraph.count = Some(claim),
                Kind::Money if j > self.range.start && self.is_cue(j - 1, CueKind::PerUnit) => {
                    paragraph.unit_price = Some(claim);
                }
                _ => {}
            }
        }
    }

    /// `30万片…一块A100芯片卖1万美元左右，那么…得花30亿美元`: a price for one piece,
    /// the count nearest before it, and the amount that follows 那么/so.
    fn priced_conclusion(&self) -> Option<Product> {
        let so = self
            .range
            .clone()
            .find(|&j| self.is_cue(j, CueKind::Conclude))?;
        let money = |j: usize| {
            self.amount(j)
                .filter(|&c| self.claims[c].mention.kind() == Kind::Money)
        };
        let price_token = (self.range.start..so).rev().find(|&j| {
            money(j).is_some()
                && (self.clause_start(j)..j).any(|k| self.is_cue(k, CueKind::PerUnit))
        })?;
        let count = (self.range.start..price_token).rev().find_map(|j| {
            self.amount(j)
                .filter(|&c| self.claims[c].mention.kind() == Kind::Count)
        })?;
        let total = (so + 1..self.range.end).find_map(money)?;
        Some(Product {
            factors: vec![count, money(price_token)?],
            result: total,
            unchecked: None,
        })
    }

    /// A whole after 共/total and the figures of its kind after it in the sentence, or
    /// the figures after 其中/of which as parts of the figure before it. Old values of
    /// changes, rates and figures after from/than/previous are not parts.
    fn read_parts(
        &self,
        out: &mut Vec<PartsOfWhole>,
        changes: &[Change],
        previous_sentence: Option<Range<usize>>,
        before: &SentencesBefore,
    ) {
        // Beside the parts stand what they are compared with, their averages (`日均2233万
        // 人次`) and the bases of their shares (`恢复至2019年5.0亿人次的29.6%`).
        let not_a_part = |j: usize, claim: usize| {
            self.is_rate(claim)
                || changes.iter().any(|c| c.from == claim)
                || self.is_compared_with(j)
                || self.is_an_average(j)
                || self.is_a_base(j)
                || self.is_per_unit(j)
                || self.is_a_threshold(j)
        };
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
        if self.opens_with_of_the() {
            out.extend(self.parts_of(opening, opening + 1, &not_a_part));
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
                    .and_then(|whole| self.parts_of(whole, opening, &not_a_part))
                    .filter(|parts| self.measured_as_their_whole(parts)),
            );
        }
        for i in self.range.clone() {
            let whole_token = if self.is_cue(i, CueKind::Whole) && !self.total_not_stated(i) {
                (i + 1..self.range.end).find(|&j| self.amount(j).is_some())
            } else if self.is_cue(i, CueKind::OfWhich) {
                self.whole_before(i, changes).or_else(|| {
                    self.whole_said_before(i + 1, previous_sentence.clone()?, &not_a_part)
                })
            } else {
                continue;
            };
            if let Some(whole_token) = whole_token {
                out.extend(self.parts_of(whole_token, whole_token.max(i) + 1, &not_a_part));
            }
        }
        if let Some(whole_token) = self.whole_before_a_colon(&not_a_part) {
            out.extend(
                self.parts_of(whole_token, whole_token + 1, &not_a_part)
                    .filter(|parts| self.measured_as_their_whole(parts)),
            );
        }
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
            (words.len() <= 80 && !words.contains('\n'))
                .then(|| self.amount(whole))
                .flatten()
                .filter(|&c| !not_a_part(whole, c))
                .map(|_| whole)
        })
    }

    /// The whole the parts after 其中/of which (token `i`) break down: the nearest figure
    /// before it that is no rate or old value of a change (`revenue of $900 million, up 5%
    /// from $857 million a year earlier, of which …`), and a level where the first part
    /// is one (`保有量386.4万辆，比上年末增加28.6万辆，其中新能源汽车20.3万辆`).
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
                        && !self.is_a_threshold(j)
                        && self.is_a_difference(j) == part_is_a_difference
                })
            })
            .filter(|&j| !self.measures_no_sum(j))
    }

    /// `60岁及以上人口`, "aged 65 or older": a bound that picks a group, no amount of it.
    fn is_a_threshold(&self, j: usize) -> bool {
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
        BOUNDS.iter().any(|bound| {
            after
                .get(..bound.len())
                .is_some_and(|word| word.eq_ignore_ascii_case(bound))
        })
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
    fn label_before(&self, j: usize) -> &str {
        let start = self.span(j).start;
        let reach = char_floor(self.text, start.saturating_sub(36));
        let before = &self.text[reach..start];
        let run = before
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_han(c))
            .last()
            .map_or("", |(at, _)| &before[at..]);
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

    /// Whether the figure at token `j` is the rest of a list: its Chinese label opens
    /// with 其他 or 其余 (`其他支出457亿元`), or "other", "others", "remaining" or "rest"
    /// stands between it and the figure before it (`and other products $150 million`,
    /// `the remaining 14`).
    fn names_the_rest(&self, j: usize) -> bool {
        const REST_LABELS: [&str; 6] = ["其他", "其它", "其余", "其餘", "剩余", "剩餘"];
        const REST_WORDS: [&str; 4] = ["other", "others", "remaining", "rest"];
        if REST_LABELS
            .iter()
            .any(|rest| self.label_before(j).starts_with(rest))
        {
            return true;
        }
        let start = self.span(j).start;
        let after_previous = (j > self.range.start).then(|| self.span(j - 1).end);
        let from = after_previous
            .unwrap_or(start)
            .max(start.saturating_sub(40));
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

    /// Whether the sentence opens with "Of the" and its first figure: `Of the $2.1
    /// billion, …`.
    fn opens_with_of_the(&self) -> bool {
        let first = self.range.start;
        let lead = self.lead_of(first).trim_end();
        self.amount(first).is_some() && ["Of the", "Of its", "Of this", "Of their"].contains(&lead)
    }

    /// The parts listed from token `list_start` on of the whole at token `whole_token`.
    fn parts_of(
        &self,
        whole_token: usize,
        list_start: usize,
        not_a_part: &impl Fn(usize, usize) -> bool,
    ) -> Option<PartsOfWhole> {
        let whole = self.amount(whole_token)?;
        if self.is_an_average(whole_token)
            || self.measures_no_sum(whole_token)
            || self.is_an_excess(whole_token)
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
            .filter(|&(j, c)| !not_a_part(j, c) && self.same_measure(whole, c))
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
            let rest = &self.text[self.span(j).end..];
            self.is_cue(j, CueKind::ClauseSep)
                && (starts_with_word(rest, &TURNS) || opens_with_among(rest))
        });
        parts.retain(|&(j, _)| turn.is_none_or(|t| j < t));
        if let [(first, _), (second, _), ..] = parts[..] {
            if !self.semicolon_between(first, second) {
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
        let of_which =
            list_start > self.range.start && self.is_cue(list_start - 1, CueKind::OfWhich);
        let after_qizhong = of_which && !self.text[self.span(list_start - 1)].is_ascii();
        let tokens: Vec<usize> = parts.iter().map(|&(j, _)| j).collect();
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
        let complete = parts.len() >= 2 && {
            let last_part = tokens[parts.len() - 1];
            self.names_the_rest(last_part) && !self.left_open(list_start, last_part)
        };
        (parts.len() >= 2 || one_part).then_some(PartsOfWhole {
            whole,
            parts,
            complete,
        })
    }

    /// Whether the figure at token `j` is said of a part before it in the list that
    /// starts at token `list_start`, not of the whole: `total $652.5 million: … $202.5
    /// million in 2022, including the $65.0 million then outstanding under the revolver,
    /// and $400.0 million in 2024`, `波音737系列287架（含波音737 MAX 8飞机64架）`.
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
        ["including", "of which", "of whom", "含"]
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

    /// The figures among tokens `range` that may be a whole of parts measured as claim
    /// `measure` is: no old value (`上年同期为212.5亿元`), no amount of a change and no
    /// average (`日均接待游客约856万人次`). As
    /// (token, claim).
    fn wholes_in<'s>(
        &'s self,
        range: Range<usize>,
        measure: usize,
        not_a_part: &'s impl Fn(usize, usize) -> bool,
    ) -> impl Iterator<Item = (usize, usize)> + 's {
        range.filter_map(move |j| {
            self.amount(j)
                .filter(|&c| {
                    !not_a_part(j, c)
                        && !self.is_a_difference(j)
                        && !self.is_an_average(j)
                        && !self.follows_a_prior_period(j)
                        && self.same_measure(c, measure)
                })
                .map(|c| (j, c))
        })
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
        if preceded_by(self.text, start, &[" of the", " of its", " of their"]) {
            return true;
        }
        // `Of total output, the Ndaba mine contributed 312,500 ounces, …`: a total named in
        // a phrase of its own, with no figure in it.
        let word_before = self.text[..start]
            .trim_end()
            .rsplit(|c: char| !c.is_ascii_alphabetic())
            .next();
        word_before.is_some_and(|w| w.eq_ignore_ascii_case("of"))
            && (i + 1..self.clause_end(i)).all(|j| self.amount(j).is_none())
    }

    /// Whether the values of `parts` add up to the value of `whole` to within a thousandth
    /// (the last digit of a long figure, rounded): a coarse whole (`$1.2 billion`) that
    /// the first parts only reach within its rounding is no complete partition.
    fn add_up_to(&self, whole: usize, parts: &[usize]) -> bool {
        let value = |c: usize| self.claims[c].mention.quantity().map(|q| q.value);
        let sum = parts
            .iter()
            .try_fold(Decimal::ZERO, |sum, &part| sum.checked_add(value(part)?));
        let (Some(sum), Some(whole)) = (sum, value(whole)) else {
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
    fn semicolon_between(&self, a: usize, b: usize) -> bool {
        (a + 1..b).any(|j| self.is_semicolon(j))
    }

    fn is_semicolon(&self, j: usize) -> bool {
        self.is_cue(j, CueKind::ClauseSep) && matches!(&self.text[self.span(j)], ";" | "；")
    }

    /// Money with money in one currency, a count with counts of the same unit.
    fn same_measure(&self, a: usize, b: usize) -> bool {
        let kind = |c: usize| self.claims[c].mention.kind();
        kind(a) == kind(b) && self.unit(a).is_comparable_with(self.unit(b))
    }

    fn is_change_word(&self, j: usize) -> bool {
        self.is_cue(j, CueKind::Rise) || self.is_cue(j, CueKind::Fall)
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

    /// A change introduced by "from"/从/由, in one of three shapes:
    /// `rose 3.2 pct to B from A` (to before from), `从A提高至B` / `from A to B` (to
    /// after from), and `B, up X% from A` (a change word before from, no "to").
    fn change_from(&self, from_cue: usize, out: &mut Vec<Change>) {
        let olds = self.run_after(from_cue);
        let (Some(&first_old), Some(&last_old)) = (olds.first(), olds.last()) else {
            out.extend(self.rate_level_change(from_cue));
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
        let reach = if self.opens_its_clause(from_cue) {
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
            let window = match (words.next(), words.next()) {
                (Some(nearest), Some(_)) => nearest..t,
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
            let after_new = news.last().map_or(t + 1, |&n| n + 1);
            let next_clause_end = self.clause_end(self.clause_end(after_new) + 1);
            let before_from = self.clause_start(from_cue)..from_cue;
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
            let value = |j: usize| {
                self.amount(j).is_some_and(|c| !self.is_rate(c)) && !self.is_compared_with(j)
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
            let mut nearest =
                at_level.or_else(|| (self.range.start..word).rev().find(|&j| value(j)));
            if let Some(aside) = nearest
                .map(|n| self.clause_start(n))
                .filter(|&start| start > self.range.start && self.lists_parts(start))
            {
                nearest = (self.range.start..aside).rev().find(|&j| value(j));
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
                if ends_list
                    || new.is_some_and(|n| self.ends_a_range(n))
                    || self.starts_a_range(last_old)
                {
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
        let direction = self.direction_in(direction_window);
        let rate = if pairs.len() == 1 {
            rate_windows.into_iter().find_map(|w| self.rate_in(w))
        } else {
            None
        };
        for (old, new) in pairs {
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
                    let stated = rate
                        .or_else(|| self.difference(direction.as_ref(), from_cue, a, b))
                        .or_else(|| self.difference_after(old.max(new), a, b));
                    out.push(self.change(a, b, stated, direction.clone()));
                }
            }
        }
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
        let after_old = (old_cue + 2..self.range.end).find(|&j| !self.is_change_word(j));
        let before_new = (self.range.start..from_cue)
            .rev()
            .find(|&j| !self.is_period(j))
            .and_then(|new| new.checked_sub(1));
        let to_cue = [before_new, after_old].into_iter().flatten().find(|&j| {
            j >= self.range.start && j < self.range.end && self.is_cue(j, CueKind::To)
        })?;
        let new = level_after(to_cue)?;
        // A negative rate that "eased" or "narrowed" moved toward zero: the word is about
        // its size, not its sign (deflation eased to -0.2% from -0.5%).
        let negative = |c: usize| {
            self.claims[c]
                .mention
                .quantity()
                .is_some_and(|q| q.value.is_sign_negative())
        };
        if negative(old) || negative(new) {
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
        let stated = self.rate_in(Window::Last(start..first)).or_else(|| {
            self.rate_in(Window::Following {
                after: last_level,
                within: beyond..self.clause_end(self.clause_end(beyond) + 1),
            })
        });
        self.compatible(old, new)
            .then(|| self.change(old, new, stated, Some(direction)))
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
            .find(|&j| percent(j).is_some())
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
    /// of 44 million euros`: the amount of the change named in an aside after its last
    /// value (its period may stand between).
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
        (matches!(article, "a" | "an") && of == "of").then_some(())?;
        self.amount(amount)
            .filter(|&c| c != old && c != new && !self.is_rate(c) && self.compatible(old, c))
    }

    /// `B … 较A增长X%` and `rose 5.9 pct to B compared with A`: the new value is the
    /// figure before 较/compared with; the change word and rate follow A closely
    /// (Chinese) or precede B in its clause (English).
    fn change_than(&self, than_cue: usize, out: &mut Vec<Change>) {
        // Chinese puts the change after A (较A增长25%); English before B.
        let chinese = !self.text[self.span(than_cue)].is_ascii();
        let Some(&old) = self.run_after(than_cue).first() else {
            if chinese {
                out.extend(self.rate_level_than(than_cue));
            }
            return;
        };
        let Some(a) = self.amount(old) else { return };
        // `比上年的6.64万元` names the measure of the figure before it without its words
        // (平均 too; not 日均, a rate of the day); a Chinese comparison's new value is no amount of another change
        // (`比6月末增加11.7亿元，比上年同期的118.5亿元增加27.7亿元`).
        let elliptical = chinese && old > 0 && self.is_period(old - 1);
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
            candidates.find(|&j| {
                !self.is_compared_with(j) && of_named_period(j) && self.holds_topic(j, topic)
            })
        } else {
            let nearest = candidates.next();
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
        // `earned $1.42 a share against expectations of $1.28`: a result beside a forecast
        // of it is a surprise, not a change.
        if (than_cue + 1..old).any(|j| self.is_cue(j, CueKind::Estimate)) {
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
        // `fell by 6.9 million barrels, compared with a 1.0 million-barrel draw` compares
        // two changes, not two levels.
        if !chinese && self.is_a_difference(new) {
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
        // Without a change word "compared with" only sets two figures side by side.
        match direction {
            Some(_) => out.push(self.change(a, b, stated, direction)),
            None if !chinese => out.extend(self.change_said_after(old, a, b)),
            None => {}
        }
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

    /// The text of the clause holding token `j`, between its separators.
    fn clause_text(&self, j: usize) -> &str {
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
        self.text.get(start..end.max(start)).unwrap_or("")
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

    /// Whether the figure at token `j` is an average: `日均2233万人次`, `an average of 40`.
    fn is_an_average(&self, j: usize) -> bool {
        preceded_by(
            self.text,
            self.span(j).start,
            &["均", "average of", "average", "averaged"],
        ) || self.measured_on_average(j)
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
        plain_word && !cue_follows && !after_change_word && !starts_with_word(word, &CHANGE_NOUNS)
    }

    fn followed_by_a_noun(&self, j: usize, words: &[&str]) -> bool {
        let rest = self.text[self.span(j).end..].trim_start();
        words.iter().any(|word| {
            rest.strip_prefix(word)
                .is_some_and(|noun| noun.starts_with(|c: char| c.is_ascii_lowercase()))
        })
    }

    /// `增长1.1倍`, `增加了两倍`: in Chinese a multiple straight after a word of rising is
    /// the increase (×2.1, ×3); after 到/至 (`增长到3倍`) or in `是…的3倍` it is the new
    /// value's multiple of the old.
    fn multiple_adds_one(&self, stated: Option<usize>) -> bool {
        const RISING: [&str; 9] = [
            "增长", "增長", "增加", "提高", "上升", "扩大", "擴大", "上涨", "上漲",
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
        let rest = &self.text[self.span(j).end..];
        rest.split([',', '，', ';', '；', '.', '。', '!', '?', '\n'])
            .next()
            .is_some_and(|clause| !clause.chars().any(char::is_alphanumeric))
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
        let direction = direction.filter(|_| !sign_changes && !across_a_split);
        let unchecked = if sign_changes {
            Some(ONE_SIDE_A_LOSS)
        } else if across_a_split {
            Some(ACROSS_A_SPLIT)
        } else if quoted_per_currency {
            Some(QUOTED_PER_CURRENCY)
        } else {
            stated
                .filter(|_| self.on_other_basis())
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
            after
                .strip_prefix(per)
                .is_some_and(|rest| CURRENCY_WORDS.iter().any(|c| rest.starts_with(c)))
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

    /// Whether the sentence's text (from the token before it to the token after it, on
    /// its line) holds one of [`OTHER_BASIS`].
    fn on_other_basis(&self) -> bool {
        *self.other_basis.get_or_init(|| self.names_other_basis())
    }

    fn names_other_basis(&self) -> bool {
        self.sentence_holds(&OTHER_BASIS)
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
            if self.is_revised(j) || self.names_an_event(j) {
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

    /// Whether the figure at token `j` says by how much (`1,088 more than last year's
    /// 39,610`, `300 fewer`): a difference, no old or new value.
    fn is_more_or_fewer(&self, j: usize) -> bool {
        starts_with_word(&self.text[self.span(j).end..], &["more", "fewer", "less"])
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

    /// A date or a word that names a period (the previous year, quarterly).
    /// Whether the figure at token `j` is what another is compared with: after "than",
    /// "from" or a prior period, past any period words, or after 比 and period words
    /// (`比上月3142亿元`; 比 is a cue only right before a figure).
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
        before.is_some_and(marks_a_comparison)
            || periods_start < j && text_before.trim_end().ends_with('比')
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
