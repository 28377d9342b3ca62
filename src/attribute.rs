//! Attribution: from mentions to claims that know what they are about.
//!
//! A figure becomes comparable with another only through what it is about: its subject
//! (a company or index), its metric, its period, its role in a revision (the old value or
//! the current one), its source (whose estimate it is) and its scope (the article or
//! section it stands in). Each is read from the words around the figure, nearest first:
//! within its clause, then its sentence, then its paragraph. What cannot be read stays
//! unknown, with the reason, and no rule compares on an unknown key.

use crate::document::{char_floor, joined_by_or, preceded_by, Document};
use crate::extract::{Cue, CueKind, Kind, Mention, SharedMention, Token, MAX_SENTENCE_TOKENS};
use crate::lexicon::{self, Hit, Lexicon, Lexicons, MetricKind};
use crate::quantity::{within_factor, Currency, Unit};
use rust_decimal::Decimal;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

mod economies;
mod entities;
mod periods;
mod qualifier;
mod respectively;
use economies::{counts_goods, is_national_statistic, Economies};
use entities::{follows_another_subject, Entities};
use periods::{
    dates_a_statement, is_period, is_period_word, is_prior_period, main_periods, names_a_month,
    names_fiscal_periods, names_its_year, nearest_period, opens_as_topic, period_in_sentence,
    period_of_year_before, relative_period_name, says, standing_period, Names, PeriodReader,
    RELATIVE_PERIODS, THAT_MONTH,
};
use qualifier::Qualifiers;
use respectively::{
    respectively_metrics, respectively_periods, respectively_subjects, ListedPeriod,
};

/// A value read from the text, or why it could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Attribution<T> {
    Known(T),
    Unknown(Unattributed),
}

/// Why a figure's subject, metric or period could not be read. A byte, not the
/// sentence that says it: a large file holds a claim for every figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unattributed {
    NoSubject,
    OtherSubject,
    NoMetric,
    NoPeriod,
    /// A value a correction says was written in error (误写为, "an earlier version of
    /// this story gave … as"): never restated.
    WrittenInError,
}

impl Unattributed {
    /// What `claimlint claims` says of it.
    pub fn reason(self) -> &'static str {
        match self {
            Unattributed::NoSubject => {
                "no company, index or economy named in its sentence, and its section has no topic"
            }
            Unattributed::OtherSubject => {
                "its sentence or clause opens with a name claimlint does not know, or with a breakdown (by segment, 分产品), or it is an industry's average, so it is not the topic's"
            }
            Unattributed::NoMetric => "no metric word in its clause or sentence",
            Unattributed::NoPeriod => "no date or period word in its sentence",
            Unattributed::WrittenInError => "a value a correction says was written in error",
        }
    }
}

impl<T> Attribution<T> {
    pub fn known(&self) -> Option<&T> {
        match self {
            Attribution::Known(value) => Some(value),
            Attribution::Unknown(_) => None,
        }
    }
}

/// The period a figure refers to. Relative periods (今日, this year) mean something
/// only inside their own article, so they carry the scope they stand in.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Period {
    pub text: Arc<str>,
    pub relative_to_scope: Option<usize>,
}

/// The old value of a revision, or the value now stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Current,
    Prior,
}

/// A reported figure, or someone's estimate, forecast or target of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    Actual,
    Estimate,
}

/// A figure with everything claimlint could read about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub mention: SharedMention,
    /// Index of the mention in the token stream it was read from.
    pub token: usize,
    pub subject: Attribution<Arc<str>>,
    /// Whether the subject is named in the figure's own sentence (not the section topic).
    pub subject_named: bool,
    pub metric: Attribution<Arc<str>>,
    pub metric_kind: Option<MetricKind>,
    pub period: Attribution<Period>,
    pub role: Role,
    pub basis: Basis,
    /// A rate stated as a change (rose 14.4 pct, 收跌3.32%, 60%涨幅), not a level.
    pub is_change: bool,
    /// Its metric is a part's: what the subject reports of a segment, a business or a
    /// region (`汽车业务收入`, `境内收入`, `segment revenue`), which no figure of the whole
    /// restates.
    pub of_a_part: bool,
    /// An end of a range written with "to" (`EPS of $7.30 to $7.45`): neither end is the
    /// fact's value, so neither restates one.
    pub range_end: bool,
    /// Whose figure it is; `None` is the article's own voice.
    pub source: Option<Arc<str>>,
    /// The section the figure stands in (0 before the first heading).
    pub scope: usize,
    pub sentence: usize,
}

impl Claim {
    /// Whether one of two figures is written in 元 alone and the other in a currency that
    /// is 元 where it is spent: `台積電11月營收2,760.58億元` in a Taiwanese headline is the
    /// body's `新台幣2,760.58億元`, as 元 in Hong Kong is the 港元. (A bare 元 beside 美元 is a
    /// dropped 美.)
    pub(crate) fn in_one_local_yuan(&self, text: &str, other: &Claim) -> bool {
        let in_money = |c: &Claim, currencies: &[Currency]| {
            let unit = c.mention.quantity().map(|q| &q.unit);
            matches!(unit, Some(Unit::Money(m)) if currencies.contains(m))
        };
        let only_yuan = |c: &Claim| {
            let written = &text[c.mention.span.clone()];
            in_money(c, &[Currency::Cny])
                && ["元", "圆"].iter().any(|yuan| written.contains(yuan))
                && !["人民币", "人民幣", "RMB", "CNY", "¥", "￥"]
                    .iter()
                    .any(|explicit| written.contains(explicit))
        };
        let local = [Currency::Twd, Currency::Hkd];
        only_yuan(self) && in_money(other, &local) || only_yuan(other) && in_money(self, &local)
    }

    /// Why no restatement rule (CL001, CL007) compares the figure with another, when
    /// none does though its attributes are known: it is not the value of a fact.
    pub fn not_restated(&self) -> Option<&'static str> {
        if self.mention.quantity().is_some_and(|q| q.vague) {
            Some("a vague amount (数亿, several million)")
        } else if self.is_change {
            Some("a rate stated as a change, not a level")
        } else if self.of_a_part {
            Some("a figure of a segment, business or region, or one a total includes, which no figure of the whole restates")
        } else if self.range_end {
            Some("an end of a range written with \"to\", not the fact's value")
        } else {
            None
        }
    }
}

/// Sentence, clause, paragraph and section boundaries as sorted byte offsets.
///
/// A paragraph ends a sentence and a sentence ends a clause, but each boundary is held
/// once, in the list of its own kind (a large file holds millions of them while its
/// claims are read): a sentence is the stretch between two paragraph or sentence
/// boundaries, a clause the stretch between two of any kind.
struct Layout<'d> {
    /// The document's own line starts: a line is a paragraph.
    paragraphs: &'d [usize],
    /// Sentence ends within paragraphs.
    sentence_ends: Vec<usize>,
    /// Clause ends within sentences.
    clause_ends: Vec<usize>,
    sections: &'d [usize],
}

fn index_of(starts: &[usize], offset: usize) -> usize {
    starts.partition_point(|&s| s <= offset)
}

/// The bytes of the unit (between two of `starts`) that holds `offset`: two offsets
/// have the same `index_of` exactly when one range holds both, so a look-back tests each
/// token against the range instead of searching the boundaries again.
fn unit_of(starts: &[usize], offset: usize) -> Range<usize> {
    numbered_unit_of(starts, offset).1
}

/// `index_of` and `unit_of` from one search.
fn numbered_unit_of(starts: &[usize], offset: usize) -> (usize, Range<usize>) {
    let index = index_of(starts, offset);
    let start = index.checked_sub(1).map_or(0, |before| starts[before]);
    (
        index,
        start..starts.get(index).copied().unwrap_or(usize::MAX),
    )
}

/// The bytes two units that hold the same offset share: its unit among the boundaries of
/// both lists.
fn within(outer: Range<usize>, inner: Range<usize>) -> Range<usize> {
    outer.start.max(inner.start)..outer.end.min(inner.end)
}

impl<'d> Layout<'d> {
    fn new(document: &'d Document, tokens: &[Token]) -> Layout<'d> {
        let mut sentence_ends = Vec::new();
        let mut clause_ends = Vec::new();
        let mut in_sentence = 0;
        for token in tokens {
            in_sentence += 1;
            if in_sentence > MAX_SENTENCE_TOKENS {
                sentence_ends.push(token.span().start);
                in_sentence = 0;
            }
            if let Token::Cue(cue) = token {
                match cue.kind {
                    CueKind::SentenceEnd => {
                        sentence_ends.push(cue.span().end);
                        in_sentence = 0;
                    }
                    CueKind::ClauseSep => clause_ends.push(cue.span().end),
                    _ => {}
                }
            }
        }
        // The boundaries are held while the claims are read: a large file should not
        // also hold up to as much again of the vectors' growth room.
        for ends in [&mut sentence_ends, &mut clause_ends] {
            ends.sort_unstable();
            ends.shrink_to_fit();
        }
        Layout {
            paragraphs: document.line_starts(),
            sentence_ends,
            clause_ends,
            sections: document.section_starts(),
        }
    }

    fn sentence_bytes(&self, offset: usize) -> Range<usize> {
        within(
            self.paragraph_bytes(offset),
            unit_of(&self.sentence_ends, offset),
        )
    }
    fn paragraph_bytes(&self, offset: usize) -> Range<usize> {
        unit_of(self.paragraphs, offset)
    }
    /// Where `offset` stands, looked up once for all the look-backs of one figure.
    fn place(&self, offset: usize) -> Place {
        let (paragraphs_before, paragraph) = numbered_unit_of(self.paragraphs, offset);
        let (ends_before, in_paragraph) = numbered_unit_of(&self.sentence_ends, offset);
        let sentence = within(paragraph, in_paragraph);
        Place {
            clause: within(sentence.clone(), unit_of(&self.clause_ends, offset)),
            sentence,
            // How many boundaries of either list come before it: its index in the two
            // lists merged.
            sentence_index: paragraphs_before + ends_before,
            section: self.section(offset),
        }
    }
    fn section(&self, offset: usize) -> usize {
        index_of(self.sections, offset)
    }
}

/// The sentence and clause (byte ranges) and the section a figure stands in.
struct Place {
    sentence: Range<usize>,
    clause: Range<usize>,
    sentence_index: usize,
    section: usize,
}

/// Words after which a figure is what a total includes: a part of it.
const INCLUDED: [&str; 6] = [
    "included",
    "includes",
    "include",
    "including",
    "包括",
    "包含",
];

/// Words right before a metric that make it a part's (`汽车业务收入`, `境内收入`,
/// `海外营收`, `中国区营收`, `乘用车销量`, `segment revenue`, `the division's sales`), or a
/// group's.
const PART_WORDS: [&str; 87] = [
    "业务",
    "業務",
    // 国际航线旅客运输量: the passengers of international routes.
    "航线",
    "航線",
    "板块",
    "板塊",
    "分部",
    "境内",
    "境內",
    "境外",
    "海外",
    "国内",
    "國內",
    "地区",
    "地區",
    "区",
    "區",
    "产品",
    "產品",
    "部门",
    "部門",
    "segment",
    "segment's",
    "division",
    "division's",
    "unit's",
    "business's",
    "segments",
    "乘用车",
    "乘用車",
    "商用车",
    "商用車",
    "车型",
    "車型",
    // Product lines: `组件收入`, `广告收入`, "cloud revenue".
    "组件",
    "組件",
    "硅片",
    "电池片",
    "電池片",
    "广告",
    "廣告",
    "游戏",
    "遊戲",
    "手机",
    "手機",
    "advertising",
    "cloud",
    "新能源汽车",
    "新能源汽車",
    "新能源车",
    "新能源車",
    "电动车",
    "電動車",
    "市场的",
    "市場的",
    "地区的",
    "地區的",
    // Groups of workers and borrowers: `青年失业率`, `31个大城市城镇调查失业率`,
    // `16-24岁劳动力失业率`, `对公贷款不良率`, `youth unemployment rate`.
    "青年",
    "劳动力",
    "勞動力",
    "大城市",
    "对公",
    "對公",
    "个人",
    "個人",
    "贷款",
    "貸款",
    "信用卡",
    "按揭",
    "credit card",
    "mortgage",
    "corporate",
    "consumer",
    "零售",
    "消费贷",
    "消費貸",
    "经营贷",
    "經營貸",
    "房地产",
    "房地產",
    "小微",
    "分行",
    "母行",
    "sme",
    "youth",
    "teen",
    "teenage",
];

/// Words that start the name of a period (`in March`, `for Q4`, `in Fiscal 2024`).
const PERIOD_NAMES: [&str; 22] = [
    "Q",
    "H",
    "FY",
    "Fiscal",
    "First",
    "Second",
    "Third",
    "Fourth",
    "Full",
    "Calendar",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `其子公司上半年净利润51.3亿元`, "Oberlin Bank, its banking unit, posted net profit
/// of …": a figure said in a sentence that opens on a subsidiary or unit of the company
/// is that part's, not its parent's (a bounded look back from the metric).
fn said_of_a_unit(text: &str, sentence_start: usize, metric_at: usize) -> bool {
    const UNITS_HAN: [&str; 6] = ["子公司", "旗下", "下属", "下屬", "附属公司", "附屬公司"];
    const UNITS_LATIN: [&str; 7] = [
        "unit",
        "subsidiary",
        "subsidiaries",
        "arm",
        "division",
        "affiliate",
        "units",
    ];
    let from = char_floor(text, metric_at.saturating_sub(96)).max(sentence_start);
    let lead = text.get(from..metric_at).unwrap_or_default();
    if UNITS_HAN.iter().any(|w| lead.contains(w)) {
        return true;
    }
    let lower = lead.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "its" | "their")
            && words[i + 1..]
                .iter()
                .take(3)
                .any(|u| UNITS_LATIN.contains(u))
    })
}

/// `revenue in Greater China`, `revenue from North America`, `sales of the Model Y`: a
/// metric followed by "in", "from" or "of the" and a name (not a period's: `in March`,
/// `in Q4`, `in Fiscal 2024`; nor the reporter's: `of the Group`) is a region's or a
/// product's; so is one followed by "of its" (`sales of its cystic fibrosis drug`) but
/// for all it sells (`of its products`).
fn names_a_place_after(text: &str, metric_end: usize) -> bool {
    const REPORTERS: [&str; 4] = ["Company", "Group", "Bank", "Firm"];
    const EVERYTHING_SOLD: [&str; 3] = ["products", "goods", "services"];
    let of_its = word_after(text, metric_end, " of its ").is_some_and(|word| {
        word.starts_with(|c: char| c.is_ascii_alphabetic()) && !EVERYTHING_SOLD.contains(&word)
    });
    of_its
        || [" in ", " from ", " of the "].iter().any(|preposition| {
            word_after(text, metric_end, preposition).is_some_and(|word| {
                let named = word.starts_with(|c: char| c.is_ascii_uppercase());
                let period = PERIOD_NAMES.iter().any(|p| word.starts_with(p)) || word == "The";
                named && !period && !REPORTERS.contains(&word)
            })
        })
}

/// `the jobless rate for Black workers`, `the unemployment rate among young people`: a
/// rate followed by "for" or "among" and who (not when: `for March`, `for the quarter`,
/// `for 2023`) is a group's.
fn names_a_group_after(text: &str, metric_end: usize) -> bool {
    const NOT_WHO: [&str; 10] = [
        "the", "this", "that", "its", "their", "last", "next", "each", "all", "both",
    ];
    let among = word_after(text, metric_end, " among ");
    let for_whom = word_after(text, metric_end, " for ").filter(|word| {
        let word = word.to_ascii_lowercase();
        let fiscal_year = word
            .strip_prefix("fy")
            .is_some_and(|year| year.starts_with(|c: char| c.is_ascii_digit()));
        word.starts_with(|c: char| c.is_ascii_alphabetic())
            && !NOT_WHO.contains(&word.as_str())
            && !PERIOD_NAMES.iter().any(|p| word.eq_ignore_ascii_case(p))
            && !is_period_word(&word)
            && !fiscal_year
    });
    among.is_some_and(|word| !word.is_empty()) || for_whom.is_some()
}

/// The word after `metric_end` and `preposition` (written with its spaces), if the
/// preposition follows there.
fn word_after<'t>(text: &'t str, metric_end: usize, preposition: &str) -> Option<&'t str> {
    let after = text.get(metric_end..)?.strip_prefix(preposition)?;
    after.split(|c: char| !c.is_ascii_alphanumeric()).next()
}

/// Words before what a subject is compared with (`超过Tesla`, `ahead of Ford`).
const COMPARISON_WORDS: [&str; 16] = [
    "超过",
    "超過",
    "高于",
    "高於",
    "低于",
    "低於",
    "超越",
    "领先",
    "領先",
    "落后于",
    "落後於",
    "不及",
    "than",
    "ahead of",
    "behind",
    "surpassing",
];

/// Words that open a breakdown of a whole into parts (see `opens_a_breakdown`).
const BREAKDOWN_OPENERS: [&str; 30] = [
    "分产品",
    "分业务",
    "分地区",
    "分区域",
    "分行业",
    "分产业",
    "分板块",
    "分部门",
    "分渠道",
    "分品类",
    "分领域",
    "分城乡",
    "按产品",
    "按业务",
    "按地区",
    "按区域",
    "按行业",
    "按板块",
    "按常住地",
    "从产品",
    "从业务",
    "从地区",
    "从区域",
    "by segment",
    "by region",
    "by product",
    "by business",
    "by division",
    "by geography",
    "by unit",
];

/// Whether `lead`, a sentence from its first letter, opens a breakdown of a whole into
/// parts (`分区域看，…`, "By segment, …").
pub(crate) fn opens_a_breakdown(lead: &str) -> bool {
    BREAKDOWN_OPENERS.iter().any(|opener| {
        lead.get(..opener.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(opener))
    })
}

/// The words that link a name to its figure in `圆通速递为2.24元`.
const LINKS: [char; 3] = ['为', '為', '是'];

/// Words that open a Chinese sentence before its period without naming what it is
/// about: references (公司, 该行, 本公司, 其), sources (据, 数据显示), times (今年, 全年, 截至)
/// and connectives (同时, 但, 随着).
/// Periods written in Chinese that may follow a name at the start of a sentence
/// (`宁德时代上半年…`).
const HAN_PERIODS: [&str; 12] = [
    "上半年",
    "下半年",
    "前三季度",
    "一季度",
    "二季度",
    "三季度",
    "四季度",
    "第一季度",
    "第二季度",
    "第三季度",
    "第四季度",
    "全年",
];

const HAN_OPENING_WORDS: [&str; 76] = [
    "公司", "集团", "集團", "该", "該", "这", "這", "本", "其", "我", "贵", "貴", "今", "去", "明",
    "前", "上", "下", "全", "同", "此", "另", "但", "而", "并", "並", "且", "据", "據", "根据",
    "根據", "截", "从", "從", "在", "随", "隨", "受", "由", "因", "对", "對", "与", "與", "若",
    "如", "当", "當", "自", "至", "于", "於", "过去", "過去", "未来", "未來", "最近", "近", "仅",
    "僅", "共", "每", "预计", "預計", "预期", "預期", "数据", "數據", "统计", "統計", "报告",
    "報告", "合计", "合計", "累计", "累計",
];

/// Words that open a sentence without naming what it is about.
const OPENING_WORDS: [&str; 99] = [
    "The",
    "It",
    "Its",
    "In",
    "For",
    "On",
    "At",
    "As",
    "But",
    "And",
    "He",
    "She",
    "They",
    "We",
    "This",
    "That",
    "These",
    "Those",
    "Analysts",
    "Shares",
    "Separately",
    "Meanwhile",
    "However",
    "Also",
    "According",
    "During",
    "After",
    "Before",
    "By",
    "With",
    "Without",
    "While",
    "A",
    "An",
    "Earlier",
    "Last",
    "Next",
    "From",
    "Under",
    "Then",
    "First",
    "Second",
    "Third",
    "Fourth",
    "Full",
    "Fiscal",
    "Quarterly",
    "Annual",
    // Words that open a clause before its subject: "Looking further out, Whitcombe said".
    "Looking",
    "Speaking",
    "Excluding",
    "Including",
    "Compared",
    "Asked",
    "Overall",
    "Still",
    "Later",
    "Elsewhere",
    "Despite",
    "Although",
    "When",
    "If",
    "Since",
    "Over",
    "Through",
    "Among",
    "Besides",
    "Yet",
    "So",
    "Now",
    "Today",
    "Here",
    "There",
    "Instead",
    "Even",
    "Only",
    "Until",
    "Once",
    "Following",
    "Given",
    "Based",
    "Further",
    "Additionally",
    "Nonetheless",
    "Nevertheless",
    // A title opens a sentence that quotes someone of the topic: "Chief Executive Maria
    // Lindqvist said the $4.5 billion in quarterly revenue…".
    "Chief",
    "CEO",
    "CFO",
    "Chairman",
    "Chairwoman",
    "President",
    "Executive",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    // A basis before a metric: "Adjusted earnings rose to $1.42 per share".
    "Adjusted",
    "Excluding",
    "Underlying",
    "Diluted",
];

/// Read every figure of `document` into a claim.
pub fn attribute(document: &Document, tokens: &[Token]) -> Vec<Claim> {
    attribute_with(document, tokens, Lexicons::builtin())
}

/// [`attribute`] with other lexicons (extended by configuration).
pub fn attribute_with(document: &Document, tokens: &[Token], lexicons: &Lexicons) -> Vec<Claim> {
    let text = document.prose();
    let layout = Layout::new(document, tokens);
    let metric_lexicon = &lexicons.metrics;
    let metrics = metric_lexicon.find(text);
    let entities = Entities::new(text, &metrics, &lexicons.entities);
    let economies = Economies::new(text);
    let qualifiers = Qualifiers::find(text);
    let list_periods = respectively_periods(text, tokens, &layout);
    let list_metrics = respectively_metrics(text, tokens, &metrics);
    let list_subjects = respectively_subjects(text, tokens, &entities.subjects());
    let topics = entities.topics(&layout);
    // Sized exactly: on a large file the claims are the largest allocation.
    let figures = tokens
        .iter()
        .filter(|t| matches!(t, Token::Mention(m) if m.kind() != Kind::Date))
        .count();
    let mut claims: Vec<Claim> = Vec::with_capacity(figures);
    let mut names = Names::default();
    let mut last = LastSeen::default();
    let by_calendar = !names_fiscal_periods(text);
    for (index, token) in tokens.iter().enumerate() {
        let before = last;
        if !spans_the_period_before(text, tokens, index)
            && ended_on_the_date_after(text, tokens, index).is_none()
            && !dates_a_statement(text, token)
        {
            last.pass(index, token);
        }
        let Token::Mention(mention) = token else {
            continue;
        };
        if mention.kind() == Kind::Date {
            continue;
        }
        let offset = mention.span.start;
        let place = layout.place(offset);
        let found = match list_subjects.get(&index) {
            Some(&listed) => listed
                .map(|name| (name, true))
                .ok_or(Unattributed::OtherSubject),
            None => entities.subject_of(&place, &topics, &mention.span),
        };
        let is_change = is_change(text, tokens, &place, index);
        // A word of moving (上涨, 跌幅) measures a change or a percentage, not a level or
        // count beside it (`收于每克586.20元`).
        let measures_a_move = is_change || mention.kind() == Kind::Percent;
        // `priced its offering at $24 per share`: a price paid for each share, not
        // earnings per share.
        let priced_each = mention.kind() == Kind::Money && preceded_by(text, offset, &[" at"]);
        let fits = |h: &Hit| {
            (measures_a_move || metric_lexicon.entries[h.entry].kind != MetricKind::Move)
                && !(priced_each && is_per_unit_synonym(text, h))
        };
        let metric_hit = list_metrics
            .get(&index)
            .copied()
            .or_else(|| nearest_metric(text, &metrics, &place, tokens, index, fits));
        let national = metric_hit
            .is_some_and(|h| is_national_statistic(&metric_lexicon.entries[h.entry].name));
        let economy_named = national
            .then(|| economies.named_in(&place.sentence))
            .flatten();
        let found = match found {
            Ok((_, false)) if metric_hit.is_some_and(|h| owned_by_another(text, &place, h)) => {
                Err(Unattributed::OtherSubject)
            }
            Ok(_) if an_average_of_others(text, &mention.span) => Err(Unattributed::OtherSubject),
            // `The 39,800 vehicles Voltra delivered were up 18.1% from 33,700`: a figure
            // that names no subject goes on with its sentence's other subject, not the topic.
            Ok((_, false)) if follows_another_subject(&claims, place.sentence_index) => {
                Err(Unattributed::OtherSubject)
            }
            // `美国经济表现强劲。…日本10月CPI同比上涨2.3%`: a national statistic is of the
            // economy its sentence names, not of the section's topic.
            Ok((_, false)) | Err(Unattributed::NoSubject) if economy_named.is_some() => {
                economy_named
                    .map(|economy| (economy, true))
                    .ok_or(Unattributed::NoSubject)
            }
            Ok((topic, false)) if economies.names_others_than(&place.sentence, topic) => {
                Err(Unattributed::OtherSubject)
            }
            Err(Unattributed::OtherSubject) if national => economies
                .reported_in(text, &place.sentence)
                .map(|economy| (economy, true))
                .ok_or(Unattributed::OtherSubject),
            found => found,
        };
        let subject_named = found.is_ok_and(|(_, named)| named);
        let subject = match found {
            Ok((s, _)) => Attribution::Known(names.get(s)),
            Err(why) => Attribution::Unknown(why),
        };
        let estimate = estimate_cue(text, tokens, &place, index, before.estimate);
        let source = entities
            .source_of(&layout, &place, &mention.span)
            .or_else(|| {
                estimate
                    .filter(|&at| is_guidance(text, &tokens[at]))
                    .map(|_| "guidance")
            })
            .map(|s| names.get(s));
        // `Larkspur's sales last year included $2.2 billion from frozen meals`: what a
        // total includes is a part of it.
        let included = preceded_by(text, mention.span.start, &INCLUDED);
        let of_a_part = metric_hit.is_some_and(|h| {
            let is_rate = metric_lexicon.entries[h.entry].kind == MetricKind::Rate;
            included
                || national && economies.of_a_part(text, &h.span)
                || counts_goods(&metric_lexicon.entries[h.entry].name, mention.kind())
                || names_a_part_before(text, h.span.start)
                // (`交付的新车中，增程车型19,635辆`: or before the figure.)
                || names_a_part_before(text, mention.span.start)
                || names_a_place_after(text, h.span.end)
                || said_of_a_unit(text, place.sentence.start, h.span.start)
                || is_rate && names_a_group_after(text, h.span.end)
        });
        let metric_kind = metric_hit.map(|h| metric_lexicon.entries[h.entry].kind);
        let metric = metric_hit.map_or(Attribution::Unknown(Unattributed::NoMetric), |h| {
            let name = &metric_lexicon.entries[h.entry].name;
            let span = &mention.span;
            // "The U.S. trade deficit": the economy itself, not a market of it.
            let of_itself = |qualified: &str| national && qualified.starts_with("U.S. ");
            Attribution::Known(
                match qualifiers.qualified(name, text, &place.sentence, span, h.span.start) {
                    Some(qualified) if !of_itself(&qualified) => names.get(&qualified),
                    _ => names.get(name),
                },
            )
        });
        let scope = place.section;
        let current_period = before
            .current_period
            .map(|at| &tokens[at])
            .filter(|t| place.sentence.contains(&t.span().start));
        let prior = before.prior_period.map(|at| &tokens[at]);
        let (listed_token, counted_out) = match list_periods.get(&index) {
            Some(Some(ListedPeriod::Token(p))) => (Some(Some(&tokens[*p])), None),
            Some(Some(spanned)) => (None, spanned.counted_out()),
            Some(None) => (Some(None), None),
            None => (None, None),
        };
        let period = listed_token
            .unwrap_or_else(|| {
                let last_period = past_the_old_value(tokens, index, &place, &before);
                nearest_period(text, tokens, &place, index, last_period)
            })
            .map(|t| {
                // `上年同期，公司第三季度营业收入为48.43亿元`, `去年第二季度`: the period
                // of the year before.
                let of_the_year_before = prior.filter(|p| {
                    !is_prior_period(t)
                        && (opens_as_topic(text, &place, p) || names_its_year(text, p, t))
                });
                let reader = PeriodReader {
                    text,
                    scope,
                    by_calendar,
                };
                match of_the_year_before {
                    Some(prior) => period_of_year_before(reader, prior, t, &mut names),
                    None => period_in_sentence(reader, t, current_period, &mut names),
                }
            })
            .map_or_else(
                || standing_period(metric_kind, source.is_some(), scope),
                Attribution::Known,
            );
        let in_error = written_in_error(text, &mention.span) || retracted(text, &place.sentence);
        let period = match counted_out {
            Some(period) => Attribution::Known(Period {
                text: names.get(&period),
                relative_to_scope: None,
            }),
            None if in_error => Attribution::Unknown(Unattributed::WrittenInError),
            None => period,
        };
        claims.push(Claim {
            mention: SharedMention::clone(mention),
            token: index,
            subject,
            subject_named,
            metric,
            metric_kind,
            period,
            role: match claims.last() {
                // `from $758 million, or $1.46 a share`: a restatement has its figure's role.
                Some(last) if joined_by_or(text, &last.mention.span, &mention.span) => last.role,
                _ if in_error => Role::Prior,
                _ => role_of(tokens, &place, index),
            },
            basis: if estimate.is_some() {
                Basis::Estimate
            } else {
                Basis::Actual
            },
            is_change,
            of_a_part,
            range_end: is_a_range_end(text, tokens, index),
            source,
            scope,
            sentence: place.sentence_index,
        });
    }
    resolve_relative_periods(&mut claims, tokens, &layout);
    resolve_that_month(&mut claims, text, tokens, &layout);
    date_references_back(&mut claims, text, &metrics, metric_lexicon);
    claims
}

/// "The $421 million operating profit was ahead of forecasts", `专家指出，6.59亿吨的粮食总
/// 产量，为…`: a figure written as the noun it measures, after "the" (its, this, that, a
/// possessive) or opening its clause before 的, names a fact the text has given, and is of that
/// fact's period: the one of the last figure before it in its section with its subject
/// and metric, when it names no period of its own.
fn date_references_back(
    claims: &mut [Claim],
    text: &str,
    metrics: &[Hit],
    metric_lexicon: &Lexicon<MetricKind>,
) {
    // One pass: the last period of each section, subject, metric, role and basis (a
    // year-ago value or an estimate is not the fact) as it goes. An estimate refers back
    // to no stated fact.
    type Fact = (usize, Arc<str>, Arc<str>, Role, Basis, bool);
    let mut last_dated: HashMap<Fact, Attribution<Period>> = HashMap::new();
    for claim in claims.iter_mut() {
        let (Some(subject), Some(metric)) = (claim.subject.known(), claim.metric.known()) else {
            continue;
        };
        let key = (
            claim.scope,
            Arc::clone(subject),
            Arc::clone(metric),
            claim.role,
            claim.basis,
            claim.is_change,
        );
        if claim.period.known().is_some() {
            last_dated.insert(key, claim.period.clone());
        } else if claim.basis == Basis::Actual
            && refers_back(text, &claim.mention.span, metrics, metric_lexicon, metric)
        {
            if let Some(period) = last_dated.get(&key) {
                claim.period = period.clone();
            }
        }
    }
}

/// Whether the figure at `span` is followed by the name of its metric (after 的 in
/// Chinese) and is definite: after "the", "its", "this" or "that", or opening its
/// clause before 的.
fn refers_back(
    text: &str,
    span: &Range<usize>,
    metrics: &[Hit],
    metric_lexicon: &Lexicon<MetricKind>,
    metric: &str,
) -> bool {
    let next = metrics.partition_point(|h| h.span.start < span.end);
    let Some(hit) = metrics.get(next) else {
        return false;
    };
    let between = text.get(span.end..hit.span.start).unwrap_or("x");
    let names_it = metric.contains(metric_lexicon.entries[hit.entry].name.as_str());
    let definite = match between {
        " " => text[char_floor(text, span.start.saturating_sub(24))..span.start]
            .split_whitespace()
            .next_back()
            .is_some_and(|word| {
                // "Nordvik's $412 million operating profit": a possessive is definite.
                word.ends_with("'s")
                    || word.ends_with("’s")
                    || ["the", "its", "this", "that"]
                        .iter()
                        .any(|article| word.eq_ignore_ascii_case(article))
            }),
        "的" => {
            let before = text[..span.start].trim_end();
            before.is_empty()
                || before.ends_with(['，', '。', '；', '：', '\n'])
                || before.ends_with(['这', '該', '该', '此'])
        }
        _ => false,
    };
    // `the $10 billion revenue target`, `1万亿元的营收大关`: a threshold, not the fact.
    const THRESHOLDS: [&str; 12] = [
        "target",
        "goal",
        "mark",
        "threshold",
        "milestone",
        "level",
        "barrier",
        "目标",
        "目標",
        "大关",
        "大關",
        "关口",
    ];
    let after = text[hit.span.end..].trim_start();
    let threshold = THRESHOLDS.iter().any(|word| {
        after
            .get(..word.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
    });
    names_it && definite && !threshold
}

/// "The quarter" in a section that is about one quarter (more than half of its quarter
/// mentions name it) is that quarter, and "the year" (全年, full-year) in one about one
/// year is that year: an earnings story about the third quarter says "quarterly
/// deliveries" for Q3, and an annual report of 2023 says 全年 for 2023. Before that, "the
/// year" after figures of one year or its quarters in its sentence or the one before is
/// that year (`2024年第四季度收入为286.4亿元。全年收入为1048.6亿元`).
fn resolve_relative_periods(claims: &mut [Claim], tokens: &[Token], layout: &Layout) {
    for (relative, names_one) in RELATIVE_PERIODS {
        if !claims.iter().any(|c| says(&c.period, relative)) {
            continue;
        }
        let main_periods = main_periods(tokens, layout, names_one);
        for index in 0..claims.len() {
            if !says(&claims[index].period, relative) {
                continue;
            }
            let in_sentence = (relative == "the year")
                .then(|| year_named_before(claims, index))
                .flatten();
            let period = in_sentence.or_else(|| {
                main_periods
                    .get(&claims[index].scope)
                    .filter(|main| main.first_sentence <= claims[index].sentence)
                    .map(|main| Arc::from(main.name))
            });
            if let Some(text) = period {
                claims[index].period = Attribution::Known(Period {
                    text,
                    relative_to_scope: None,
                });
            }
        }
    }
}

/// `10月份，新能源汽车销量143.2万辆……当月134.2万辆的新能源汽车销量`: 当月 is the month last
/// named before it in its section, not one compared with (`较2月份的84.57%`); with none,
/// its figure has no period (two of them in one section may be of different months).
fn resolve_that_month(claims: &mut [Claim], text: &str, tokens: &[Token], layout: &Layout) {
    const COMPARED_WITH: [&str; 7] = ["较", "較", "比", "与", "與", "从", "由"];
    let compared = |at: usize| COMPARED_WITH.iter().any(|w| text[..at].ends_with(w));
    let mut read = 0;
    let mut last_month: Option<(&str, usize)> = None;
    for claim in claims.iter_mut() {
        for token in &tokens[read..claim.token] {
            if let Token::Mention(m) = token {
                let named = m
                    .period()
                    .filter(|p| names_a_month(p) && !compared(m.span.start));
                if let Some(month) = named {
                    last_month = Some((month, layout.section(m.span.start)));
                }
            }
        }
        read = read.max(claim.token);
        if !says(&claim.period, THAT_MONTH) {
            continue;
        }
        claim.period = match last_month.filter(|&(_, section)| section == claim.scope) {
            Some((month, _)) => Attribution::Known(Period {
                text: month.into(),
                relative_to_scope: None,
            }),
            None => Attribution::Unknown(Unattributed::NoPeriod),
        };
    }
}

/// The one year the figures before claim `index` in its sentence and the sentence before
/// it in its paragraph are of, whole or in part (`2024-Q4` is of 2024); none where they
/// name two years.
fn year_named_before(claims: &[Claim], index: usize) -> Option<Arc<str>> {
    let sentence = claims[index].sentence;
    let mut years = claims[..index]
        .iter()
        .rev()
        .take_while(|c| c.sentence + 1 >= sentence)
        .filter_map(|c| {
            let period = &c.period.known()?.text;
            let year = period.get(..4)?;
            let rest = &period[4..];
            (year.bytes().all(|b| b.is_ascii_digit()) && (rest.is_empty() || rest.starts_with('-')))
                .then_some(year)
        });
    let year = years.next()?;
    years.all(|other| other == year).then(|| Arc::from(year))
}

/// The last period before token `index` that can be its figure's: not a prior period
/// with "to" between (`营业收入从上年的3682.79亿元增至3697.14亿元`: 上年 is the old
/// value's), whose place the last current period takes.
fn past_the_old_value(
    tokens: &[Token],
    index: usize,
    place: &Place,
    before: &LastSeen,
) -> Option<usize> {
    // Only a period of the figure's sentence is its own: the look back stays in it.
    let to_since = |at: usize| {
        place.sentence.contains(&tokens[at].span().start)
            && tokens[at + 1..index]
                .iter()
                .any(|t| matches!(t, Token::Cue(c) if c.kind == CueKind::To))
    };
    match before.period {
        Some(at) if is_prior_period(&tokens[at]) && to_since(at) => before.current_period,
        period => period,
    }
}

/// Whether token `index` is 全年 or "full-year" straight after another period (`今年全年`,
/// `2023年全年`, `2024 full-year`): the whole of that period, which stays the figures'.
fn spans_the_period_before(text: &str, tokens: &[Token], index: usize) -> bool {
    let Some(before) = index.checked_sub(1).map(|b| &tokens[b]) else {
        return false;
    };
    let Token::Cue(cue) = &tokens[index] else {
        return false;
    };
    cue.kind == CueKind::RelativePeriod
        && relative_period_name(&text[cue.span()]) == "the year"
        && is_period(before)
        && text[before.span().end..cue.span().start].trim().is_empty()
}

/// The date token after token `at` when `at` names the span that ends on it: "the
/// quarter" or a duration ("the three months") before "ended", "ending" or "to" and the
/// date.
fn ended_on_the_date_after(text: &str, tokens: &[Token], at: usize) -> Option<usize> {
    let date = tokens
        .get(at + 1)
        .filter(|t| matches!(t, Token::Mention(m) if m.kind() == Kind::Date))?;
    let between = text.get(tokens[at].span().end..date.span().start)?.trim();
    let ended = ["ended", "ending", "to"]
        .iter()
        .any(|word| between.eq_ignore_ascii_case(word));
    let names_a_span = || match &tokens[at] {
        Token::Cue(c) => c.kind == CueKind::RelativePeriod,
        Token::Mention(m) => m.quantity().is_some_and(|q| q.unit.is_duration()),
    };
    (ended && names_a_span()).then_some(at + 1)
}

/// Whether a figure is an average of others than its subject: `低于商业银行1.50%的行业平均
/// 水平`, `above the industry average of 1.5%`, `1.5%, the sector average`.
fn an_average_of_others(text: &str, figure: &Range<usize>) -> bool {
    const AFTER: [&str; 7] = [
        "行业平均",
        "行業平均",
        "行业均值",
        "行業均值",
        "同业平均",
        "同業平均",
        "平均水平",
    ];
    const AFTER_LATIN: [&str; 3] = ["industry average", "sector average", "peer average"];
    const BEFORE_LATIN: [&str; 4] = [
        "industry average of",
        "sector average of",
        "peer average of",
        "industry average",
    ];
    let Some(after) = text.get(figure.end..) else {
        return false;
    };
    let after = after.trim_start_matches([' ', ',', '的']);
    let after = after
        .get(..4)
        .filter(|the| the.eq_ignore_ascii_case("the "))
        .map_or(after, |_| &after[4..]);
    let starts_with = |word: &str| {
        after
            .as_bytes()
            .get(..word.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(word.as_bytes()))
    };
    AFTER.iter().chain(&AFTER_LATIN).any(|w| starts_with(w))
        || preceded_by(text, figure.start, &BEFORE_LATIN)
}

/// Whether an English metric word is owned by a possessive that names neither the
/// topic nor a period (`The chip industry's third-quarter revenue`): the figure is that
/// owner's, not the section topic's. "The company's", "the bank's" and the like refer to
/// the topic; "last year's", "2023's" name periods.
fn owned_by_another(text: &str, place: &Place, metric: &Hit) -> bool {
    const REFERS_TO_THE_TOPIC: [&str; 20] = [
        "company",
        "firm",
        "group",
        "bank",
        "lender",
        "insurer",
        "carrier",
        "airline",
        "automaker",
        "carmaker",
        "chipmaker",
        "retailer",
        "maker",
        "producer",
        "manufacturer",
        "operator",
        "giant",
        "corporation",
        "conglomerate",
        "brand",
    ];
    const PERIOD_WORDS: [&str; 8] = [
        "year",
        "quarter",
        "month",
        "week",
        "today",
        "yesterday",
        "half",
        "period",
    ];
    let start = place
        .clause
        .start
        .max(char_floor(text, metric.span.start.saturating_sub(64)));
    let Some(before) = text.get(start..metric.span.start) else {
        return false;
    };
    // The words between the possessive and the metric may only name its period.
    let mut words = before.split_whitespace().rev().peekable();
    while words.next_if(|w| is_period_word(w)).is_some() {}
    let Some(owner) = words.next() else {
        return false;
    };
    let Some(name) = owner
        .strip_suffix("'s")
        .or_else(|| owner.strip_suffix("’s"))
    else {
        return false;
    };
    let name = name.to_ascii_lowercase();
    !name.is_empty()
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && !REFERS_TO_THE_TOPIC.contains(&name.as_str())
        && !PERIOD_WORDS.contains(&name.as_str())
}

/// Whether a metric's synonym ends with "at" (`valued at`), which names the figure after.
fn ends_with_at(written: &str) -> bool {
    written.len() > 3 && written[written.len() - 3..].eq_ignore_ascii_case(" at")
}

/// Whether a metric's synonym names a measure per unit (`per share`, `a share`).
fn is_per_unit_synonym(text: &str, hit: &Hit) -> bool {
    let written = &text[hit.span.clone()];
    ["per ", "a "].iter().any(|lead| {
        written
            .get(..lead.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(lead))
    })
}

/// Metric words of what is paid for each share, which "per share" after the figure
/// does not turn into earnings per share.
const PAID_A_SHARE: [&str; 5] = ["dividend", "payout", "股息", "派息", "分红"];

/// The metric synonym nearest before the figure in its clause, else the first after it
/// in its clause (275 美元目标价), else the nearest before it in its sentence.
fn nearest_metric<'h>(
    text: &str,
    hits: &'h [Hit],
    place: &Place,
    tokens: &[Token],
    index: usize,
    fits: impl Fn(&Hit) -> bool,
) -> Option<&'h Hit> {
    let span = tokens[index].span();
    let upto = hits.partition_point(|h| h.span.end <= span.start);
    let (clause, sentence) = (&place.clause, &place.sentence);
    let in_sentence_before = || {
        hits[..upto]
            .iter()
            .rev()
            .take_while(|h| sentence.contains(&h.span.start))
            .filter(|h| fits(h))
    };
    let before = in_sentence_before().next();
    // `净利润1334亿元 不良率降至1.32%`, `净利润率为12%`: a rate named between the metric
    // and the figure is what the figure measures, not the metric.
    // (A rate's name stands close to its figure: a bounded look back.)
    let no_rate_between = |h: &&Hit| {
        let from = char_floor(text, span.start.saturating_sub(24)).max(h.span.end);
        text.get(from..span.start)
            .is_none_or(|between| !["率", "比例", "比重"].iter().any(|w| between.contains(w)))
    };
    // `$1.40 per share`: a measure per unit right after the figure is what it measures,
    // whatever stands before (`quarterly profit of $1.40 per share`).
    let per_unit_after = hits[upto..]
        .iter()
        .find(|h| h.span.start >= span.end)
        .filter(|h| {
            text[span.end..h.span.start].trim().is_empty()
                && is_per_unit_synonym(text, h)
                && fits(h)
        });
    // (But a dividend is paid a share: `a dividend of 36 cents per share`.)
    let paid_a_share = before.filter(|h| {
        let written = text[h.span.clone()].to_ascii_lowercase();
        clause.contains(&h.span.start) && PAID_A_SHARE.iter().any(|w| written.contains(w))
    });
    if per_unit_after.is_some() && paid_a_share.is_none() {
        return per_unit_after;
    }
    let before = before.filter(no_rate_between);
    if let Some(h) = before.filter(|h| clause.contains(&h.span.start)) {
        return Some(h);
    }
    // `9.64 million passengers`: the figure's own unit names what it counts.
    let own_unit = hits[upto..]
        .iter()
        .take_while(|h| h.span.start < span.end)
        .find(|h| h.span.start > span.start && h.span.end <= span.end && fits(h));
    if own_unit.is_some() {
        return own_unit;
    }
    // A date between is the metric's period (`$612 million third-quarter profit`).
    let next_mention_start = tokens[index + 1..]
        .iter()
        .find_map(|t| match t {
            Token::Mention(m) if m.kind() != Kind::Date => Some(m.span.start),
            _ => None,
        })
        .unwrap_or(usize::MAX);
    let after = hits[upto..]
        .iter()
        .skip_while(|h| h.span.start < span.end)
        .take_while(|h| clause.contains(&h.span.start) && h.span.start < next_mention_start)
        // `raising $444 million and valuing it at $3.1 billion`: words that end with "at"
        // introduce the figure after them.
        .filter(|h| !ends_with_at(&text[h.span.clone()]))
        .find(|h| fits(h));
    // `rose to $1.26 billion, or $2.10 a share, from $1.05 billion`: a metric word right
    // after another figure ("a share") is that figure's, not the sentence's, when the two
    // are a hundredfold apart (`$3.00 and $4.25 a share …, down from $3.10` are alike).
    let value = |m: &Mention| m.quantity().map(|q| q.value);
    let apart = |a: Decimal, b: Decimal| !within_factor(a, b, Decimal::ONE_HUNDRED);
    let own = match &tokens[index] {
        Token::Mention(m) => value(m),
        Token::Cue(_) => None,
    };
    let labels_another_figure = |h: &&Hit| {
        let last = tokens.partition_point(|t| t.span().end <= h.span.start);
        last.checked_sub(1).is_some_and(|at| match &tokens[at] {
            Token::Mention(m) => {
                text[m.span.end..h.span.start].trim().is_empty()
                    && value(m)
                        .zip(own)
                        .is_some_and(|(theirs, own)| apart(theirs, own))
            }
            Token::Cue(_) => false,
        })
    };
    after.or_else(|| {
        in_sentence_before()
            .find(|h| !labels_another_figure(h))
            .filter(no_rate_between)
    })
}

/// The last period and the last estimate word before a token, kept while the tokens are
/// read in order, so that looking back through a sentence costs nothing however many
/// tokens it has (a token's sentence and clause are contiguous runs of tokens, so the last
/// one before it is the nearest one in them, if any is).
#[derive(Clone, Copy, Default)]
struct LastSeen {
    period: Option<usize>,
    /// The last period that is no prior period (上年同期 is a year before it).
    current_period: Option<usize>,
    /// The last prior period.
    prior_period: Option<usize>,
    estimate: Option<usize>,
}

impl LastSeen {
    fn pass(&mut self, index: usize, token: &Token) {
        if is_period(token) {
            self.period = Some(index);
            if is_prior_period(token) {
                self.prior_period = Some(index);
            } else {
                self.current_period = Some(index);
            }
        }
        if matches!(token, Token::Cue(c) if c.kind == CueKind::Estimate) {
            self.estimate = Some(index);
        }
    }
}

/// Whether a figure is a wrong value a correction names (`将第四季度营业收入13.26亿元误写为
/// “12.36亿元”`, "incorrectly stated 2023 revenue as $1.84 billion", "An earlier version
/// of this story gave … revenue as 4.38 billion euros", "… incorrectly said its revenue
/// was $521 million"): what was published before, not the fact restated.
fn written_in_error(text: &str, figure: &Range<usize>) -> bool {
    const IN_ERROR: [&str; 8] = [
        "误写为",
        "誤寫為",
        "误写成",
        "误为",
        "誤為",
        "误作",
        "错写为",
        "錯寫為",
    ];
    const IN_ERROR_LATIN: [&str; 7] = [
        "incorrectly",
        "mistakenly",
        "erroneously",
        "misprinted",
        "misstated",
        "an earlier version of this",
        "a previous version of this",
    ];
    const QUOTES: [char; 7] = ['"', '“', '「', '『', '‘', '\'', ' '];
    let start = char_floor(text, figure.start.saturating_sub(160));
    let Some(before) = text.get(start..figure.start) else {
        return false;
    };
    let before = before.trim_end_matches(QUOTES);
    // Every cue ends in one of these: most figures are ruled out by one character.
    if !before.ends_with([
        '为', '為', '成', '作', 's', 'S', 'e', 'E', 'f', 'F', 't', 'T',
    ]) {
        return false;
    }
    let end = start + before.len();
    if preceded_by(text, end, &IN_ERROR) {
        return true;
    }
    // "… as $1.84 billion", "… said revenue was $521 million".
    preceded_by(text, end, &[" as", " was", " were", " of", " at"]) && {
        // The sentence so far, for the adverb before what was misstated "as" the figure.
        let sentence = before
            .rsplit(['.', '。', ';', '；'])
            .next()
            .unwrap_or(before);
        let sentence = sentence.to_ascii_lowercase();
        IN_ERROR_LATIN.iter().any(|word| sentence.contains(word))
    }
}

/// Whether a sentence gives the text a correction replaced (`更正前：2024年，公司实现营业
/// 收入86.08亿元`): its figures were written in error.
fn retracted(text: &str, sentence: &Range<usize>) -> bool {
    let opening = text.get(sentence.start..).unwrap_or_default().trim_start();
    opening.starts_with("更正前")
}

/// Prior when the figure follows 之前的/previous or "from" in its clause, with no
/// "to", rise or fall word in between (从之前的3.00美元…下调至2.90美元: 3.00 is prior,
/// 2.90 is current).
///
/// Clauses before the figure's that hold no figure but dates, one of which says
/// "before", set the sentence in the past too: `公告显示，公司此前于1月10日披露的业绩预告中，
/// 预计…为3.6亿元至4.0亿元` (not when a figure stands before them: `…30万片英伟达A100芯片的
/// 算力,之前很火的Chatgpt…,一块A100芯片卖1万美元左右`).
fn role_of(tokens: &[Token], place: &Place, index: usize) -> Role {
    let (clause, sentence) = (&place.clause, &place.sentence);
    let in_sentence = tokens[..index]
        .iter()
        .rev()
        .take_while(|t| sentence.contains(&t.span().start));
    let mut said_before = false;
    for token in in_sentence {
        let in_clause = clause.contains(&token.span().start);
        match token {
            Token::Mention(m) if !in_clause && m.kind() != Kind::Date => return Role::Current,
            Token::Mention(_) => {}
            Token::Cue(Cue { kind, .. }) => match kind {
                CueKind::Prior | CueKind::From if in_clause => return Role::Prior,
                CueKind::Prior => said_before = true,
                CueKind::To | CueKind::Rise | CueKind::Fall => return Role::Current,
                _ => {}
            },
        }
    }
    if said_before {
        Role::Prior
    } else {
        Role::Current
    }
}

/// Whether a part word (车型, 业务) stands before a metric word or figure at `metric`,
/// past a word that sums it and the models it lists (`增程车型（L6、L7、L8）合计交付`).
fn names_a_part_before(text: &str, metric: usize) -> bool {
    const SUMS: [&str; 6] = ["合计", "合計", "共计", "共計", "共", "累计"];
    let start = char_floor(text, metric.saturating_sub(96));
    let mut before = text[start..metric].trim_end();
    if let Some(sum) = SUMS.iter().find(|sum| before.ends_with(*sum)) {
        before = before[..before.len() - sum.len()].trim_end();
    }
    if let Some(open) = before
        .strip_suffix(['）', ')'])
        .and_then(|inner| inner.rfind(['（', '(']))
    {
        before = before[..open].trim_end();
    }
    preceded_by(text, start + before.len(), &PART_WORDS)
}

/// A percentage or multiple right after a rise or fall word in its clause, or right
/// before one (60%涨幅).
fn is_change(text: &str, tokens: &[Token], place: &Place, index: usize) -> bool {
    let Token::Mention(m) = &tokens[index] else {
        return false;
    };
    if !matches!(m.kind(), Kind::Percent | Kind::Multiple) {
        return is_a_difference(text, tokens, index);
    }
    // doubled, 翻了一番: the word is the change.
    let written = text[m.span.clone()].to_ascii_lowercase();
    if ["doubled", "tripled", "quadrupled", "番"]
        .iter()
        .any(|word| written.ends_with(word))
    {
        return true;
    }
    let clause = &place.clause;
    let change_word = |t: &Token| is_change_word(t) && clause.contains(&t.span().start);
    let before = tokens[..index]
        .iter()
        .rev()
        .find(|t| {
            !matches!(t, Token::Cue(c) if matches!(c.kind, CueKind::RelativePeriod | CueKind::PriorPeriod))
        });
    // `增加118.8億美元或20.6%`, `up $323, or 3.4%`: the rate restates a difference.
    let restates_a_difference = index.checked_sub(1).is_some_and(|previous| {
        matches!(tokens[previous], Token::Mention(_))
            && joined_by_or(text, &tokens[previous].span(), &m.span)
            && is_a_difference(text, tokens, previous)
    });
    before.is_some_and(change_word)
        || tokens.get(index + 1).is_some_and(change_word)
        || restates_a_difference
}

fn is_change_word(token: &Token) -> bool {
    matches!(token, Token::Cue(c) if matches!(c.kind, CueKind::Rise | CueKind::Fall))
}

/// The word of change right before the figure at token `index` that it measures (`fell
/// 6.9 million barrels`, `rose by $3 billion`, `增加12.6万人`).
pub(crate) fn change_word_measuring<'t>(
    text: &str,
    tokens: &'t [Token],
    index: usize,
) -> Option<&'t Token> {
    let word = &tokens[index.checked_sub(1)?];
    let between = text
        .get(word.span().end..tokens[index].span().start)?
        .trim();
    // (`rose by only 7 C`, `fell just 2%`: a word that says how little still measures.)
    let joins = ["", "by", "of", "by only", "by just", "only", "just"]
        .iter()
        .any(|joint| between.eq_ignore_ascii_case(joint));
    (is_change_word(word) && joins).then_some(word)
}

/// Whether an amount says by how much something moved: right after a word of change
/// (`revenue rose $18.85 billion from a year earlier`, `增加12.6万人`) or right before
/// "higher" or "lower" (`was $2 billion higher than`). Not after a word that also takes
/// a total or a level as its object (`raised $660 million`, `lost $5 million`).
fn is_a_difference(text: &str, tokens: &[Token], index: usize) -> bool {
    const TAKES_A_LEVEL: [&str; 6] = ["raised", "raise", "raises", "raising", "lost", "hiked"];
    let span = tokens[index].span();
    let is_one_of =
        |t: &Token, words: &[&str]| words.iter().any(|w| text[t.span()].eq_ignore_ascii_case(w));
    let after_word = change_word_measuring(text, tokens, index)
        .is_some_and(|word| !is_one_of(word, &TAKES_A_LEVEL));
    let before_comparative = tokens.get(index + 1).is_some_and(|t| {
        is_change_word(t)
            && is_one_of(t, &["higher", "lower"])
            && text[span.end..t.span().start].trim().is_empty()
    });
    after_word || before_comparative
}

/// Whether the figure at `index` and a figure of its kind beside it are joined by "to"
/// alone, with no "from" or change word before them: `$7.30 to $7.45` (`from $1.18 to
/// $1.25`, `rose 20% to $1.2 billion` and `fell $1.20 to $79.30` are changes; a range
/// written `$7.30-$7.45` or `between … and …` is one figure).
fn is_a_range_end(text: &str, tokens: &[Token], index: usize) -> bool {
    let kind = |i: usize| match tokens.get(i) {
        Some(Token::Mention(m)) if m.kind() != Kind::Date => Some(m.kind()),
        _ => None,
    };
    let cue = |i: usize| match tokens.get(i) {
        Some(Token::Cue(c)) => Some(c.kind),
        _ => None,
    };
    let adjacent = |a: usize, b: usize| {
        text.get(tokens[a].span().end..tokens[b].span().start)
            .is_some_and(|between| between.trim().is_empty())
    };
    let opens_a_change =
        |i: usize| matches!(cue(i), Some(CueKind::From | CueKind::Rise | CueKind::Fall));
    let joined = |low: usize| {
        kind(low).is_some()
            && kind(low) == kind(low + 2)
            && cue(low + 1) == Some(CueKind::To)
            && adjacent(low, low + 1)
            && adjacent(low + 1, low + 2)
            && !low.checked_sub(1).is_some_and(opens_a_change)
    };
    joined(index) || index.checked_sub(2).is_some_and(joined)
}

/// The estimate word (预期, expected, target) that makes the figure an estimate: between
/// it and the next figure of its clause, else before it in its sentence, unless a verb
/// of a reported figure stands beside it (`the company expects …, a fifth of the $2.48
/// billion in revenue Northfield posted`).
fn estimate_cue(
    text: &str,
    tokens: &[Token],
    place: &Place,
    index: usize,
    last_estimate: Option<usize>,
) -> Option<usize> {
    let (sentence, clause) = (&place.sentence, &place.clause);
    let is_estimate = |t: &Token| matches!(t, Token::Cue(c) if c.kind == CueKind::Estimate);
    let up_to_next_figure = tokens[index + 1..]
        .iter()
        .take_while(|t| !matches!(t, Token::Mention(_)) && clause.contains(&t.span().start))
        .count();
    let figure_end = tokens[index].span().end;
    let after = (index + 1..index + 1 + up_to_next_figure)
        .find(|&at| is_estimate(&tokens[at]))
        .filter(|&at| {
            let between = text.get(figure_end..tokens[at].span().start);
            !between.is_some_and(compares_with_expectations)
        });
    // `高于市场一致预期的100.40亿元；实现归母净利润15.87亿元`: past a semicolon, another
    // statement, which an estimate word before it does not reach.
    let before = last_estimate.filter(|&at| {
        let cue = tokens[at].span();
        sentence.contains(&cue.start)
            && !text
                .get(cue.end..tokens[index].span().start)
                .is_some_and(|between| between.contains(['；', ';']))
    });
    after.or(before.filter(|_| {
        let figure = tokens[index].span();
        // The last clause of a text runs on to the end (`clause.end` is then unbounded).
        let next_figure = tokens
            .get(index + 1 + up_to_next_figure)
            .map_or(clause.end, |t| t.span().start)
            .min(clause.end)
            .min(text.len());
        !text
            .get(figure.end..next_figure)
            .is_some_and(names_a_reported_figure)
    }))
}

/// Whether the words between a figure and an estimate word after it measure the figure
/// against the estimate (`864.3亿元超预期`, `$4.83 billion beat the average estimate`,
/// `compared with expectations`): the figure is then the actual one. Such a word stands
/// close to the figure: only the first words are read, so a far source costs nothing.
pub(crate) fn compares_with_expectations(between: &str) -> bool {
    const NEAR: usize = 96;
    const CJK: [&str; 10] = [
        "超", "高于", "低于", "不及", "好于", "逊于", "优于", "符合", "胜于", "差于",
    ];
    const LATIN: [&str; 17] = [
        "beat",
        "beats",
        "beating",
        "topped",
        "tops",
        "missed",
        "misses",
        "exceeded",
        "exceeds",
        "above",
        "below",
        "ahead",
        "short",
        "surpassed",
        "versus",
        "compared",
        "line",
    ];
    let between = &between[..char_floor(between, NEAR.min(between.len()))];
    CJK.iter().any(|w| between.contains(w)) || LATIN.iter().any(|w| lexicon::has_word(between, w))
}

/// Whether an estimate word is the company's own guidance (`had guided for`, 指引), which
/// is another source than analysts' estimates of the same figure.
fn is_guidance(text: &str, cue: &Token) -> bool {
    const GUIDANCE: [&str; 4] = ["guided", "guidance", "outlook", "指引"];
    text.get(cue.span())
        .is_some_and(|word| GUIDANCE.iter().any(|g| word.eq_ignore_ascii_case(g)))
}

/// Whether the words after a figure say it was reported: "the $2.48 billion in revenue
/// Northfield posted", "the $412 million it booked". Past tense only: "expected to
/// report" is the estimate's.
fn names_a_reported_figure(after: &str) -> bool {
    const REPORTED: [&str; 5] = ["posted", "reported", "booked", "recorded", "logged"];
    REPORTED.iter().any(|verb| lexicon::has_word(after, verb))
}
