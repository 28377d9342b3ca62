//! Attribution: from mentions to claims that know what they are about.
//!
//! A figure becomes comparable with another only through what it is about: its subject
//! (a company or index), its metric, its period, its role in a revision (the old value or
//! the current one), its source (whose estimate it is) and its scope (the article or
//! section it stands in). Each is read from the words around the figure, nearest first:
//! within its clause, then its sentence, then its paragraph. What cannot be read stays
//! unknown, with the reason, and no rule compares on an unknown key.

use crate::document::{char_floor, is_han, joined_by_or, line_lead, preceded_by, Document};
use crate::extract::{Cue, CueKind, Kind, Mention, SharedMention, Token, MAX_SENTENCE_TOKENS};
use crate::lexicon::{self, EntityKind, Hit, Lexicon, Lexicons, MetricKind};
use crate::quantity::within_factor;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind};
use rust_decimal::Decimal;
use std::cmp::Reverse;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::{Arc, LazyLock};

mod qualifier;
use qualifier::Qualifiers;

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
    sections: Vec<usize>,
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
        index_of(&self.sections, offset)
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
/// product's.
fn names_a_place_after(text: &str, metric_end: usize) -> bool {
    const REPORTERS: [&str; 4] = ["Company", "Group", "Bank", "Firm"];
    [" in ", " from ", " of the "].iter().any(|preposition| {
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
const OPENING_WORDS: [&str; 85] = [
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
];

/// Entities found in a document: the built-in lexicon plus names learned from the text.
struct Entities<'t> {
    text: &'t str,
    hits: Vec<(Range<usize>, String, EntityKind)>,
    /// Where metric words start, so a sentence opening with one is not a new name.
    metric_starts: Vec<usize>,
    /// Where words naming a rival start (竞争对手, "rival"), in order.
    rivals: Vec<usize>,
}

impl<'t> Entities<'t> {
    fn new(text: &'t str, metrics: &[Hit], lexicon: &Lexicon<EntityKind>) -> Entities<'t> {
        let mut hits: Vec<(Range<usize>, String, EntityKind)> = lexicon
            .find(text)
            .into_iter()
            .map(|Hit { span, entry }| {
                let e = &lexicon.entries[entry];
                (span, e.name.clone(), e.kind)
            })
            .collect();
        hits.extend(learned_names(text, &hits));
        hits.sort_by_key(|(span, _, _)| span.start);
        Entities {
            text,
            hits,
            metric_starts: metrics.iter().map(|h| h.span.start).collect(),
            rivals: rival_words(text),
        }
    }

    /// Whose figure it is: the source named before it in its sentence, else right after
    /// it in its clause ("the $1.35 analysts had expected"). Never from another
    /// sentence: the next sentence may quote another firm.
    fn source_of(&self, layout: &Layout, place: &Place, span: &Range<usize>) -> Option<&str> {
        let is_source = |k: &EntityKind| matches!(k, EntityKind::Source | EntityKind::SourceRef);
        let (sentence, clause) = (&place.sentence, &place.clause);
        let upto = self.hits.partition_point(|(s, _, _)| s.end <= span.start);
        let before = self.hits[..upto]
            .iter()
            .rev()
            .take_while(|(s, _, _)| sentence.contains(&s.start))
            .find(|(s, _, k)| is_source(k) && !self.in_dateline(s));
        // `revenue of $4.83 billion beat the estimate of nine analysts`: a source after a
        // comparison with expectations is the estimate's, not the figure's.
        let after = || {
            let from = self.hits.partition_point(|(s, _, _)| s.start < span.end);
            self.hits[from..]
                .iter()
                .take_while(|(s, _, _)| clause.contains(&s.start))
                .find(|(_, _, k)| is_source(k))
                .filter(|(s, _, _)| {
                    let between = self.text.get(span.end..s.start).unwrap_or_default();
                    !compares_with_expectations(between)
                })
        };
        let (span, name, kind) = before.or_else(after)?;
        if *kind != EntityKind::SourceRef {
            return Some(name);
        }
        // 该券商, the brokerage: the source named last before it in its paragraph.
        let paragraph = layout.paragraph_bytes(span.start);
        let upto = self.hits.partition_point(|(s, _, _)| s.end <= span.start);
        self.hits[..upto]
            .iter()
            .rev()
            .take_while(|(s, _, _)| paragraph.contains(&s.start))
            .find(|(_, _, k)| *k == EntityKind::Source)
            .map(|(_, name, _)| name.as_str())
    }

    /// Where the sentence names a rival (竞争对手, 对手, "rival") shortly before the figure.
    fn rival_before(&self, sentence_start: usize, offset: usize) -> Option<usize> {
        let from = offset.saturating_sub(160).max(sentence_start);
        let upto = self.rivals.partition_point(|&at| at < offset);
        upto.checked_sub(1)
            .map(|last| self.rivals[last])
            .filter(|&at| at >= from)
    }

    /// "Rival Kitaura Motors posted … Its operating margin rose to 5.7%": a sentence that
    /// opens with "Its" (It, Their, 该公司) is about the company named last before it in
    /// its paragraph, not the article's topic.
    fn referred_back_to(&self, sentence_start: usize, offset: usize) -> Option<&str> {
        const BACK_REFERENCES: [&str; 5] = ["Its", "It", "Their", "该公司", "該公司"];
        let (_, lead) = self.sentence_lead(sentence_start, offset)?;
        let opens = BACK_REFERENCES.iter().any(|r| {
            let word_ends = || !lead[r.len()..].starts_with(|c: char| c.is_ascii_alphanumeric());
            lead.starts_with(r) && (!r.is_ascii() || word_ends())
        });
        if !opens {
            return None;
        }
        let upto = self
            .hits
            .partition_point(|(span, _, _)| span.end <= sentence_start);
        let (span, name, kind) = self.hits[..upto].last()?;
        let between = self.text.get(span.end..sentence_start)?;
        (is_subject(*kind) && !between.contains('\n') && between.len() < 400).then_some(name)
    }

    /// "Separately, Oberlin Bank … said its net income fell … The bank earned $0.87 per
    /// share": a sentence that opens by referring back (It, Its, Their, the bank, the
    /// company) to a sentence of its paragraph that opens with a name claimlint does not
    /// know is about that name too, not the topic. (The sentence before is looked for a
    /// bounded way back.)
    fn refers_back_to_an_unknown_name(&self, sentence_start: usize, offset: usize) -> bool {
        let Some((_, lead)) = self.sentence_lead(sentence_start, offset) else {
            return false;
        };
        let words: Vec<&str> = lead.split_whitespace().take(2).collect();
        let refers_back = match words[..] {
            [first, ..] if ["It", "Its", "Their"].contains(&first) => true,
            ["The", noun] => DESCRIPTIONS.contains(&noun) || ["bank", "group"].contains(&noun),
            _ => false,
        };
        if !refers_back {
            return false;
        }
        let from = char_floor(self.text, sentence_start.saturating_sub(600));
        let before = &self.text[from..sentence_start];
        let paragraph = before.rfind("\n\n").map_or(0, |at| at + 2);
        let body = before[paragraph..].trim_end().trim_end_matches(['.', '。']);
        let full_stop = body.rfind(". ").map(|at| at + 1);
        let ju_hao = body.rfind('。').map(|at| at + '。'.len_utf8());
        let previous = full_stop.max(ju_hao).map_or(paragraph, |at| paragraph + at);
        from + previous < sentence_start
            && self.opens_with_unknown_name(from + previous, sentence_start)
    }

    /// "the 39,800 vehicles Voltra delivered", "the 3,000 vehicles rival Orion shipped": a
    /// capitalised word claimlint does not know, a few plain words after the figure and
    /// before a verb in the past tense, owns the figure; it is not the topic's.
    fn owned_by_an_unknown_name_after(&self, place: &Place, figure_end: usize) -> bool {
        const PAST: [&str; 12] = [
            "sold", "flew", "made", "built", "had", "won", "took", "paid", "spent", "lost",
            "brought", "bought",
        ];
        let clause_end = place.clause.end.min(self.text.len());
        let Some(after) = self.text.get(figure_end..clause_end) else {
            return false;
        };
        if !after.starts_with(' ') {
            return false;
        }
        let plain = |w: &&str| w.chars().all(|c| c.is_ascii_alphabetic());
        let mut words = after
            .split_whitespace()
            .take(5)
            .take_while(plain)
            .peekable();
        let mut leading = 0;
        while words
            .next_if(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
            .is_some()
        {
            leading += 1;
        }
        let (Some(name), Some(verb)) = (words.next(), words.next()) else {
            return false;
        };
        let past = verb.ends_with("ed") || PAST.contains(&verb);
        let capitalised = name.len() > 1 && name.starts_with(|c: char| c.is_ascii_uppercase());
        leading <= 3 && capitalised && past && !OPENING_WORDS.contains(&name)
    }

    /// `SHANGHAI, July 2 (Reuters) - …`: the agency of a dateline filed the story; it is
    /// not the source of the figures in its first sentence.
    fn in_dateline(&self, name: &Range<usize>) -> bool {
        let (before, after) = (&self.text[..name.start], &self.text[name.end..]);
        let dash = after
            .strip_prefix(')')
            .map(|rest| rest.trim_start().starts_with(['-', '–', '—']));
        before.ends_with('(') && dash == Some(true)
    }

    /// What a figure is about: the company, index or economy named before it in its
    /// sentence, else the topic of its section (the one named most often there). The
    /// nearest name in an earlier sentence is often an object (采购英伟达芯片), the topic
    /// rarely is. The flag says whether the subject was named in the figure's sentence.
    fn subject_of<'a>(
        &'a self,
        place: &Place,
        topics: &HashMap<usize, Topic<'a>>,
        figure: &Range<usize>,
    ) -> Result<(&'a str, bool), Unattributed> {
        let (offset, figure_end) = (figure.start, figure.end);
        if self.clause_opens_with_unknown_han_name(place, offset) {
            return Err(Unattributed::OtherSubject);
        }
        let upto = self.hits.partition_point(|(span, _, _)| span.end <= offset);
        let sentence = &place.sentence;
        let named = self.hits[..upto]
            .iter()
            .rev()
            .take_while(|(span, _, _)| sentence.contains(&span.start))
            .find(|(span, _, kind)| {
                is_subject(*kind)
                    && !self.compared_before(span, offset)
                    && !self.in_an_aside(sentence.start, span, offset)
            });
        // `星驰的竞争对手阿星6月交付…`, "rival Voltra sold …": after a rival named where no
        // name claimlint knows follows, the figure is the rival's.
        let rival = self.rival_before(sentence.start, offset);
        if rival.is_some_and(|at| named.is_none_or(|(span, _, _)| span.start < at)) {
            return Err(Unattributed::OtherSubject);
        }
        if let Some((_, name, _)) = named {
            return Ok((name, true));
        }
        if self.opens_with_unknown_name(sentence.start, offset)
            || self.opens_a_breakdown(sentence.start, offset)
        {
            return Err(Unattributed::OtherSubject);
        }
        if let Some(name) = self.named_right_after(place, figure_end) {
            return Ok((name, true));
        }
        if let Some(name) = self.referred_back_to(sentence.start, offset) {
            return Ok((name, false));
        }
        if self.refers_back_to_an_unknown_name(sentence.start, offset) {
            return Err(Unattributed::OtherSubject);
        }
        if self.owned_by_an_unknown_name_after(place, figure_end) {
            return Err(Unattributed::OtherSubject);
        }
        // `沪深300ETF上周净流入29.7亿元。腾讯控股获净买入…`: a figure before the sentence
        // that first names a company is not yet about it (an economy, a report's country,
        // is what all its figures are about).
        let topic = topics
            .get(&place.section)
            .filter(|topic| topic.kind != EntityKind::Company || topic.first_named < sentence.end)
            .ok_or(Unattributed::NoSubject)?;
        Ok((topic.name, false))
    }

    /// "The 42,870 vehicles Voltra delivered", "the 16.2 million passengers Skyline
    /// carried": a name a few plain words after a figure, in its clause, names whose
    /// figure it is when none stands before it in its sentence. (Right after a Chinese
    /// figure it names what is counted: `30万片英伟达A100`.)
    fn named_right_after(&self, place: &Place, figure_end: usize) -> Option<&str> {
        const NOT_ITS_OWN: [&str; 8] = [
            "than", "beat", "beating", "topped", "versus", "compared", "behind", "ahead",
        ];
        let at = self
            .hits
            .partition_point(|(span, _, _)| span.start < figure_end);
        let (span, name, kind) = self.hits.get(at)?;
        // Three short words at most: a bounded look, however far the next name is.
        let between = self
            .text
            .get(figure_end..span.start)
            .filter(|between| between.len() <= 40)?;
        let plain = between
            .chars()
            .all(|c| c.is_ascii_alphabetic() || matches!(c, ' ' | '-'));
        let close = between.starts_with(' ') && between.split_whitespace().count() <= 3;
        let own = || !NOT_ITS_OWN.iter().any(|w| lexicon::has_word(between, w));
        (is_subject(*kind) && place.clause.contains(&span.start) && plain && close && own())
            .then_some(name.as_str())
    }

    /// "Quorix, which competes with Halvern, said revenue fell to $3.61 billion": a name in
    /// an aside set off by commas (", which …,", ", a rival of …,") before the figure is
    /// not whose figure it is.
    fn in_an_aside(&self, sentence_start: usize, name: &Range<usize>, offset: usize) -> bool {
        const OPENERS: [&str; 7] = ["which", "who", "whose", "a", "an", "the", "its"];
        // An aside is short: a bounded look back, however long the sentence.
        let from = char_floor(self.text, name.start.saturating_sub(160)).max(sentence_start);
        let lead = self.text.get(from..name.start).unwrap_or_default();
        let Some(comma) = lead.rfind(',') else {
            return false;
        };
        let opens = lead[comma + 1..]
            .split_whitespace()
            .next()
            .is_some_and(|word| OPENERS.iter().any(|o| word.eq_ignore_ascii_case(o)));
        let closed = self
            .text
            .get(name.end..offset)
            .is_some_and(|between| between.contains(','));
        opens && closed
    }

    /// `比亚迪Q3营收超过Tesla，约为283.3亿美元`: a name after a word of comparison is what
    /// the subject is measured against. A figure of its own follows it in its clause
    /// (`高于特斯拉的251.8亿美元`); one after a comma is the subject's.
    fn compared_before(&self, name: &Range<usize>, offset: usize) -> bool {
        let compared = preceded_by(self.text, name.start, &COMPARISON_WORDS);
        let between = self.text.get(name.end..offset).unwrap_or_default();
        compared && between.contains([',', '，', ';', '；'])
    }

    /// The sentence's text up to `offset` from its first letter or digit, and where that
    /// is, past an adverb set off by a comma that only links it to the sentence before
    /// ("Separately, Oberlin Bank kept …").
    fn sentence_lead(&self, sentence_start: usize, offset: usize) -> Option<(usize, &str)> {
        const LINKING: [&str; 6] = [
            "Separately,",
            "Meanwhile,",
            "Elsewhere,",
            "However,",
            "Also,",
            "Additionally,",
        ];
        let text = self.text.get(sentence_start..offset)?;
        let mut lead = text.trim_start_matches(|c: char| !c.is_alphanumeric());
        if let Some(rest) = LINKING.iter().find_map(|word| lead.strip_prefix(word)) {
            lead = rest.trim_start_matches(|c: char| !c.is_alphanumeric());
        }
        Some((sentence_start + (text.len() - lead.len()), lead))
    }

    /// `分产品看，前三季度茅台酒实现营业收入877.77亿元`, "By segment, cloud revenue was…": a
    /// sentence that opens a breakdown gives the figures of the topic's parts (a product,
    /// a region), not the topic's own.
    fn opens_a_breakdown(&self, sentence_start: usize, offset: usize) -> bool {
        let Some((_, lead)) = self.sentence_lead(sentence_start, offset) else {
            return false;
        };
        opens_a_breakdown(lead)
    }

    /// "Chemicals and plastics had fourth quarter operating profit of 122 mln dlrs",
    /// `圆通速递10月单票收入2.24元`: a sentence that opens with a name claimlint does not
    /// know is about that name (a segment, a product, a company), not about the section's
    /// topic.
    fn opens_with_unknown_name(&self, sentence_start: usize, offset: usize) -> bool {
        let Some((word_start, lead)) = self.sentence_lead(sentence_start, offset) else {
            return false;
        };
        if lead.starts_with(is_han) {
            return self.opens_with_unknown_han_name(word_start, lead);
        }
        let word: String = lead.chars().take_while(char::is_ascii_alphabetic).collect();
        let capitalised = word.chars().next().is_some_and(|c| c.is_ascii_uppercase());
        let known = self.names_or_measures_within(word_start..word_start + 1)
            || OPENING_WORDS.contains(&word.as_str());
        capitalised && word.len() > 1 && !known
    }

    /// A Chinese sentence names what it is about before its period: `圆通速递10月…`,
    /// `某某银行2023年…`.
    fn opens_with_unknown_han_name(&self, word_start: usize, lead: &str) -> bool {
        let run_len = lead
            .char_indices()
            .find(|&(_, c)| !is_han(c))
            .map_or(lead.len(), |(at, _)| at);
        let (run, rest) = lead.split_at(run_len);
        let before_period = rest
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .starts_with(['年', '月', '季', '财', '財']);
        if rest.starts_with(|c: char| c.is_ascii_digit()) && before_period {
            return self.is_unknown_han_name(word_start, run);
        }
        // `宁德时代上半年营业收入…`: a period written in Chinese ends the name, of three
        // characters or more, when what it measures follows in the same run (not
        // `回顾一季度，`, `进入下半年，`).
        HAN_PERIODS.iter().any(|period| {
            run.find(period)
                .filter(|&at| run[..at].chars().count() >= 3 && at + period.len() < run.len())
                .is_some_and(|at| self.is_unknown_han_name(word_start, &run[..at]))
        })
    }

    /// `单票收入方面，圆通速递为2.24元，韵达股份为2.06元，申通快递为2.01元`: in a sentence
    /// that lists figures as name, 为 and figure, clause by clause, a clause that opens with
    /// a name claimlint does not know gives that name's figure, not the one named before
    /// it. (Outside such a list, `总资产为300亿元` opens with a measure.)
    fn clause_opens_with_unknown_han_name(&self, place: &Place, offset: usize) -> bool {
        self.clause_name_before_wei(place.clause.start, offset)
            .is_some_and(|(word_start, name)| self.is_unknown_han_name(word_start, name))
            && self.lists_known_names_before_wei(&place.sentence)
    }

    /// The text between the start of a clause and its figure at `offset` when it is a
    /// name and 为 (or 是), and where it starts.
    fn clause_name_before_wei(&self, clause_start: usize, offset: usize) -> Option<(usize, &str)> {
        let (word_start, lead) = self.sentence_lead(clause_start, offset)?;
        let name = lead.strip_suffix(LINKS)?;
        Some((word_start, name))
    }

    /// Whether a clause of the sentence opens with a subject claimlint knows and 为.
    fn lists_known_names_before_wei(&self, sentence: &Range<usize>) -> bool {
        let first = self
            .hits
            .partition_point(|(span, _, _)| span.start < sentence.start);
        self.hits[first..]
            .iter()
            .take_while(|(span, _, _)| span.start < sentence.end)
            .any(|(span, _, kind)| {
                let opens_clause = span.start == sentence.start
                    || preceded_by(self.text, span.start, &["，", ",", "；", ";"]);
                is_subject(*kind) && opens_clause && self.text[span.end..].starts_with(LINKS)
            })
    }

    /// Whether `run`, at `word_start`, is a name claimlint does not know: two to six
    /// Chinese characters, none of them starting a name or metric claimlint knows, and
    /// no word of time, reference or connection (`截至2023年`, `公司10月`,
    /// `数据显示2023年`).
    fn is_unknown_han_name(&self, word_start: usize, run: &str) -> bool {
        // `组件厂商天衡光能`: what the company is, before its name, is no part of it.
        let described = after_a_description(run);
        let (word_start, run) = (word_start + run.len() - described.len(), described);
        let no_name = HAN_OPENING_WORDS.iter().any(|word| run.starts_with(word))
            || names_a_time(run)
            || names_a_kind(run);
        (2..=6).contains(&run.chars().count())
            && run.chars().all(is_han)
            && !no_name
            && !self.names_or_measures_within(word_start..word_start + run.len())
    }

    /// Whether a name or metric word claimlint knows starts within `bytes`.
    fn names_or_measures_within(&self, bytes: Range<usize>) -> bool {
        let first_hit = self
            .hits
            .partition_point(|(span, _, _)| span.start < bytes.start);
        let first_metric = self.metric_starts.partition_point(|&s| s < bytes.start);
        self.hits
            .get(first_hit)
            .is_some_and(|(span, _, _)| bytes.contains(&span.start))
            || self
                .metric_starts
                .get(first_metric)
                .is_some_and(|s| bytes.contains(s))
    }

    /// The subject named most often in each section; the first named wins a tie.
    fn topics(&self, layout: &Layout) -> HashMap<usize, Topic<'_>> {
        // How often each name is named in each section, and where first. Hashed: a long
        // file names thousands of companies.
        let mut scores: HashMap<(usize, &str), (usize, Reverse<usize>)> = HashMap::new();
        for (order, (span, name, kind)) in self.hits.iter().enumerate() {
            if is_subject(*kind) {
                let section = layout.section(span.start);
                scores
                    .entry((section, name))
                    .or_insert((0, Reverse(order)))
                    .0 += 1;
            }
        }
        let mut best: HashMap<usize, (&str, (usize, Reverse<usize>))> = HashMap::new();
        for ((section, name), score) in scores {
            let topic = best.entry(section).or_insert((name, score));
            if score > topic.1 {
                *topic = (name, score);
            }
        }
        best.into_iter()
            .map(|(section, (name, (_, Reverse(order))))| {
                let (span, _, kind) = &self.hits[order];
                let (first_named, kind) = (span.start, *kind);
                (
                    section,
                    Topic {
                        name,
                        kind,
                        first_named,
                    },
                )
            })
            .collect()
    }
}

/// The company a section names most, which its figures are about where they name none.
struct Topic<'a> {
    name: &'a str,
    kind: EntityKind,
    /// Where the section first names it.
    first_named: usize,
}

fn is_subject(kind: EntityKind) -> bool {
    matches!(
        kind,
        EntityKind::Company | EntityKind::Index | EntityKind::Economy
    )
}

/// Names the text introduces: with a ticker, `Velocore Semiconductor (VLCR.O)` or
/// `蔚来(NIO)` (the name and the ticker then refer to the company), with a declared short
/// name, `芯驰科技（下称“芯驰”）`, by what it is, "container carrier Nordvik Line", or with a
/// corporate suffix, `Halvorsen Systems Inc`, `Harbor Point Securities`, `星驰汽车` (the
/// name with and without the suffix).
fn learned_names(
    text: &str,
    known: &[(Range<usize>, String, EntityKind)],
) -> Vec<(Range<usize>, String, EntityKind)> {
    let suffixed = suffixed_names(text);
    let mut aliases: Vec<(String, String, EntityKind)> = Vec::new();
    for (open, _) in text.match_indices(['(', '（']) {
        let after_open = &text[open..];
        let before = text[..open].trim_end();
        let named = || name_before(before, known, &suffixed);
        // A ticker follows a name claimlint may not know; a declared alias only one it
        // does (`the Consumer Price Index ("CPI")` names no company).
        let (alias, name) = match ticker_in(after_open) {
            Some(ticker) => (
                ticker,
                named().or_else(|| latin_name_before(before).map(|n| (n, EntityKind::Company))),
            ),
            None => match declared_alias(after_open) {
                Some(alias) => (alias, named().or_else(|| stem_name(before, alias))),
                None => continue,
            },
        };
        if let Some((name, kind)) = name {
            aliases.push((alias.to_string(), name.clone(), kind));
            aliases.extend(first_word_alias(&name, &name, kind));
            aliases.push((name.clone(), name, kind));
        }
    }
    for (name, short, kind) in suffixed {
        aliases.extend(first_word_alias(&short, &name, kind));
        aliases.push((short, name.clone(), kind));
        aliases.push((name.clone(), name, kind));
    }
    for name in described_names(text) {
        aliases.extend(first_word_alias(&name, &name, EntityKind::Company));
        aliases.push((name.clone(), name, EntityKind::Company));
    }
    find_aliases(text, known, &aliases)
}

/// What a company is, written before its name in running text: `Danish container carrier
/// Nordvik Line`, `low-cost airline Aerolink`, `chipmaker Velora`.
const DESCRIPTIONS: [&str; 24] = [
    "carrier",
    "airline",
    "maker",
    "chipmaker",
    "automaker",
    "carmaker",
    "company",
    "firm",
    "lender",
    "insurer",
    "retailer",
    "miner",
    "producer",
    "developer",
    "operator",
    "manufacturer",
    "conglomerate",
    "giant",
    "startup",
    "start-up",
    "utility",
    "brewer",
    "supplier",
    "refiner",
];

static DESCRIPTION_MATCHER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(DESCRIPTIONS)
        .ok()
});

/// Names introduced by what they are (`container carrier Nordvik Line reported`): one to
/// three capitalised words right after a description, followed by a lower-case word or
/// punctuation. Months, weekdays and words that open clauses are no names.
fn described_names(text: &str) -> Vec<String> {
    let Some(matcher) = DESCRIPTION_MATCHER.as_ref() else {
        return Vec::new();
    };
    let mut names: Vec<String> = matcher
        .find_iter(text)
        .filter(|m| lexicon::whole_word(text, m.start(), m.end()))
        .filter_map(|m| name_after_description(&text[m.end()..]))
        .collect();
    names.sort();
    names.dedup();
    names
}

fn name_after_description(after: &str) -> Option<String> {
    // Besides the names of periods (months, "First"):
    const NOT_NAMES: [&str; 15] = [
        "The",
        "A",
        "An",
        "In",
        "On",
        "It",
        "Its",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Chief",
    ];
    let rest = after.strip_prefix(' ')?;
    let mut words = Vec::new();
    let mut tail = rest;
    for word in rest.split(' ').take(3) {
        let bare = word.trim_end_matches([',', '.', ';', ':', '\'', '’']);
        let capitalised = bare.chars().next().is_some_and(|c| c.is_ascii_uppercase());
        let wordlike = bare
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "&-".contains(c));
        if !capitalised || !wordlike {
            break;
        }
        words.push(bare);
        tail = &tail[bare.len()..];
        if bare.len() < word.len() {
            break;
        }
        tail = tail.strip_prefix(' ').unwrap_or(tail);
    }
    let first = *words.first()?;
    let ends_well = tail.starts_with(|c: char| c.is_ascii_lowercase() || ",.;:'’(".contains(c));
    let name = words.join(" ");
    let no_name = NOT_NAMES.contains(&first) || PERIOD_NAMES.contains(&first);
    (!no_name && name.len() >= 3 && ends_well).then_some(name)
}

/// The name that ends where `before` ends: one of the lexicon's or a suffixed one
/// (`芯驰科技`).
fn name_before(
    before: &str,
    known: &[(Range<usize>, String, EntityKind)],
    suffixed: &[(String, String, EntityKind)],
) -> Option<(String, EntityKind)> {
    let ending_here = known.partition_point(|(span, _, _)| span.end < before.len());
    let known_name = known
        .get(ending_here)
        .filter(|(span, _, _)| span.end == before.len())
        .map(|(_, name, kind)| (name.clone(), *kind));
    let suffixed_name = || {
        suffixed
            .iter()
            .find(|(name, _, _)| before.ends_with(name.as_str()))
            .map(|(name, _, kind)| (name.clone(), *kind))
    };
    known_name.or_else(suffixed_name)
}

/// `芯驰科技（下称“芯驰”）`, `华牧乳业股份有限公司（以下简称“华牧乳业”）`: a declared short
/// name that the full name starts with tells where the full name starts, in text that
/// runs on without a space.
fn stem_name(before: &str, alias: &str) -> Option<(String, EntityKind)> {
    let near = &before[char_floor(before, before.len().saturating_sub(48))..];
    let at = near.rfind(alias)?;
    let name = &near[at..];
    (name.len() > alias.len()).then(|| (name.to_string(), EntityKind::Company))
}

/// How far after an opening parenthesis a declared alias's closing one is looked for.
const ALIAS_REACH: usize = 48;

/// `（下称“芯驰”）`, `（以下简称“华牧”）`, `("Nordvik")`: the short name the text declares
/// for the name before the parenthesis, quoted, of at most twelve characters.
fn declared_alias(after_open: &str) -> Option<&str> {
    const DECLARATIONS: [&str; 8] = [
        "以下简称",
        "以下簡稱",
        "下称",
        "下稱",
        "简称",
        "簡稱",
        "hereinafter",
        "hereafter",
    ];
    let inner = after_open.get(after_open.chars().next()?.len_utf8()..)?;
    let inner = &inner[..char_floor(inner, ALIAS_REACH)];
    let declared = DECLARATIONS
        .iter()
        .find_map(|word| inner.strip_prefix(word))
        .unwrap_or(inner)
        .trim_start_matches([' ', ':', '：', ',', '，']);
    let quoted = declared.strip_prefix(['“', '"', '「', '『'])?;
    let close = quoted.find(['”', '"', '」', '』'])?;
    let alias = quoted[..close].trim();
    let closes = quoted[close..]
        .chars()
        .nth(1)
        .is_some_and(|c| matches!(c, ')' | '）'));
    let short = (1..=12).contains(&alias.chars().count());
    (closes && short).then_some(alias)
}

/// Where the learned aliases occur as whole words outside the lexicon's names, in one
/// pass over the text (an article with many learned names would otherwise be read once
/// per name).
fn find_aliases(
    text: &str,
    known: &[(Range<usize>, String, EntityKind)],
    aliases: &[(String, String, EntityKind)],
) -> Vec<(Range<usize>, String, EntityKind)> {
    // The same alias is learned at each ticker: the first reading of it wins.
    let mut seen = std::collections::HashSet::new();
    let aliases: Vec<_> = aliases
        .iter()
        .filter(|(alias, _, _)| !alias.is_empty() && seen.insert(alias.as_str()))
        .collect();
    let Ok(matcher) = AhoCorasick::new(aliases.iter().map(|(a, _, _)| a)) else {
        return Vec::new();
    };
    // `known` is sorted and non-overlapping (the lexicon's leftmost-longest matches).
    let covered = |span: &Range<usize>| {
        let next = known.partition_point(|(s, _, _)| s.end <= span.start);
        known.get(next).is_some_and(|(s, _, _)| s.start < span.end)
    };
    // `Oberlin Bank` after `Oberlin Holdings`: a first word learned as a name's short
    // form, followed by another name's word, starts another name.
    let starts_another_name = |m: &aho_corasick::Match| {
        let (alias, name, _) = aliases[m.pattern().as_usize()];
        alias != name && !alias.contains(' ') && followed_by_a_name_word(&text[m.end()..])
    };
    let mut hits: Vec<_> = matcher
        .find_overlapping_iter(text)
        .filter(|m| lexicon::whole_word(text, m.start(), m.end()) && !covered(&m.range()))
        .filter(|m| !starts_another_name(m))
        .map(|m| {
            let (_, name, kind) = aliases[m.pattern().as_usize()];
            (m.range(), name.clone(), *kind)
        })
        .collect();
    // Longest first at a start, then in the order the aliases were learned.
    hits.sort_by_key(|(span, _, _)| (span.start, std::cmp::Reverse(span.end)));
    hits.dedup_by(|b, a| b.0.start < a.0.end);
    hits
}

/// Whether the text starts with a space and a capitalised word that goes on a name
/// (`Bank's`, `Life`), not a title, a word of the market or a date after a company's
/// short name (`Chief Executive`, `Shares`, `CEO`, `Tuesday`).
fn followed_by_a_name_word(after: &str) -> bool {
    const NOT_OF_A_NAME: [&str; 27] = [
        "Chief",
        "Chairman",
        "President",
        "Executive",
        "Shares",
        "Stock",
        "Director",
        "Founder",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
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
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let word: &str = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or_default();
    let mut letters = word.chars();
    letters.next().is_some_and(|c| c.is_ascii_uppercase())
        && letters.next().is_some_and(|c| c.is_ascii_lowercase())
        && !NOT_OF_A_NAME.contains(&word)
}

/// Corporate suffixes: a company's, or a broker's (whose figures are estimates). The
/// words that end the names of airlines, carmakers and drugmakers are a company's too
/// (`Northwind Airlines`, then `Northwind's`).
const COMPANY_SUFFIXES: [&str; 27] = [
    "Airlines",
    "Airways",
    "Motors",
    "Pharmaceuticals",
    "Therapeutics",
    "Technologies",
    "Inc",
    "Corp",
    "Corporation",
    "Co",
    "Ltd",
    "Limited",
    "Group",
    "Holdings",
    "Plc",
    "PLC",
    "AG",
    "NV",
    "SA",
    "SE",
    "SpA",
    "AB",
    "ASA",
    "Oyj",
    "Bhd",
    "Berhad",
    "Tbk",
];
const SOURCE_SUFFIXES: [&str; 5] = ["Securities", "Capital", "Research", "Partners", "Advisors"];
const CJK_SUFFIXES: [(&str, EntityKind); 21] = [
    ("汽车", EntityKind::Company),
    ("煤业", EntityKind::Company),
    ("光能", EntityKind::Company),
    ("机场", EntityKind::Company),
    ("航空", EntityKind::Company),
    ("集团", EntityKind::Company),
    ("公司", EntityKind::Company),
    ("科技", EntityKind::Company),
    ("银行", EntityKind::Company),
    ("股份", EntityKind::Company),
    ("控股", EntityKind::Company),
    ("电子", EntityKind::Company),
    ("能源", EntityKind::Company),
    ("医药", EntityKind::Company),
    ("药业", EntityKind::Company),
    ("制药", EntityKind::Company),
    ("新材", EntityKind::Company),
    ("重工", EntityKind::Company),
    ("证券", EntityKind::Source),
    ("资本", EntityKind::Source),
    ("研究院", EntityKind::Source),
];

/// The corporate suffixes in one automaton: the text is read once, not once a suffix.
struct Suffixes {
    automaton: AhoCorasick,
    /// For each suffix, the kind of name it ends.
    kinds: Vec<EntityKind>,
}

static SUFFIXES: LazyLock<Option<Suffixes>> = LazyLock::new(|| {
    let all: Vec<(&str, EntityKind)> = COMPANY_SUFFIXES
        .iter()
        .map(|&suffix| (suffix, EntityKind::Company))
        .chain(
            SOURCE_SUFFIXES
                .iter()
                .map(|&suffix| (suffix, EntityKind::Source)),
        )
        .chain(CJK_SUFFIXES)
        .collect();
    Some(Suffixes {
        automaton: AhoCorasick::new(all.iter().map(|(suffix, _)| suffix)).ok()?,
        kinds: all.into_iter().map(|(_, kind)| kind).collect(),
    })
});

/// `(full name, short name, kind)` of every suffixed name in the text.
fn suffixed_names(text: &str) -> Vec<(String, String, EntityKind)> {
    let Some(Suffixes { automaton, kinds }) = SUFFIXES.as_ref() else {
        return Vec::new();
    };
    // Overlapping: "Corporation" holds "Corp" and "Co", each a suffix of its own.
    let mut out: Vec<_> = automaton
        .find_overlapping_iter(text)
        .filter_map(|found| {
            let kind = *kinds.get(found.pattern().as_usize())?;
            let (at, suffix) = (found.start(), &text[found.range()]);
            // The Latin suffixes are ASCII, the Chinese ones not.
            if suffix.is_ascii() {
                latin_suffixed(text, at, suffix, kind)
            } else {
                cjk_suffixed(text, at, suffix, kind)
            }
        })
        .collect();
    // Longest first: its aliases are learned first, and the first reading of an alias
    // wins, so `Lumera Motors` and `Lumera` are `Lumera Motors Inc` where the text names
    // it so, not a second company.
    out.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.cmp(b)));
    out.dedup();
    out
}

/// `Halvorsen Systems Inc`: the Latin name of up to three words before a suffix.
fn latin_suffixed(
    text: &str,
    at: usize,
    suffix: &str,
    kind: EntityKind,
) -> Option<(String, String, EntityKind)> {
    if !lexicon::whole_word(text, at, at + suffix.len()) {
        return None;
    }
    let short = latin_name_before(text[..at].trim_end())?;
    (short.split_whitespace().count() <= 3).then(|| (format!("{short} {suffix}"), short, kind))
}

/// `星驰汽车`: two to four Chinese characters before a suffix, not a demonstrative (该公司).
fn cjk_suffixed(
    text: &str,
    at: usize,
    suffix: &str,
    kind: EntityKind,
) -> Option<(String, String, EntityKind)> {
    // `广州白云国际机场`: an airport's name holds 国际 besides its own two to four.
    let international_airport = suffix == "机场" && text[..at].ends_with("国际");
    let longest = if international_airport { 6 } else { 4 };
    let prefix: String = text[..at]
        .chars()
        .rev()
        .take_while(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
        // One more is enough to tell that a name is longer than it may be.
        .take(longest + 1)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    // `将恒远电子…目标价上调`: a preposition before the name is no part of it.
    let prefix = match prefix.strip_prefix(PREPOSITIONS) {
        Some(rest) if rest.chars().count() >= 2 => rest.to_string(),
        _ => prefix,
    };
    // `预计公司2024年…`, `维持恒远电子…评级`: what someone says of a company is no part
    // of its name.
    // (公司 describes the name after it only here, before a suffix: `同行业公司恒驰股份`;
    // opening a sentence, `宣布公司计划…` is the company's.)
    let words = REPORTING_VERBS
        .iter()
        .chain(&CN_DESCRIPTIONS)
        .chain(&["公司"]);
    let prefix = after_the_last(&prefix, words).to_string();
    let chars = prefix.chars().count();
    // 某国际机场, "an international airport": 某 names none.
    let demonstrative =
        prefix.starts_with(['该', '這', '这', '那', '其', '本', '我', '贵', '該', '某']);
    // `低于公司过去五年的平均估值`: "below the company's", 高于, 位于, 对于, 由于; `调整对
    // 公司的盈利预测`: "towards the company".
    let compares = prefix.ends_with(['于', '於']) || prefix.ends_with(PREPOSITIONS);
    let no_name = demonstrative
        || compares
        || names_a_time(&prefix)
        || names_a_kind(&prefix)
        || counts_them(&prefix);
    ((2..=longest).contains(&chars) && !no_name).then(|| {
        let name = format!("{prefix}{suffix}");
        (name.clone(), name, kind)
    })
}

/// What a company is, written right before its name in Chinese (`组件厂商天衡光能`,
/// `煤炭企业秦川煤业`, `新能源车企X`, `同行业公司恒驰股份`): never part of the name.
const CN_DESCRIPTIONS: [&str; 16] = [
    "厂商",
    "廠商",
    "企业",
    "企業",
    "车企",
    "車企",
    "房企",
    "药企",
    "險企",
    "险企",
    "同行",
    "同业",
    "同業",
    "制造商",
    "供应商",
    "运营商",
];

/// The part of a run of Chinese characters after the last description in it: the name.
fn after_a_description(run: &str) -> &str {
    after_the_last(run, &CN_DESCRIPTIONS)
}

/// What follows the last of `words` in `run`; all of it when none stands in it.
fn after_the_last<'r, 'w>(run: &'r str, words: impl IntoIterator<Item = &'w &'w str>) -> &'r str {
    words
        .into_iter()
        .filter_map(|word| run.rfind(word).map(|at| at + word.len()))
        .max()
        .map_or(run, |end| &run[end..])
}

/// Prepositions and markers that stand before a company's name (将, 把, 对, 被, 向, 给,
/// 从, 据, 与, 及), never at the start of one here.
const PREPOSITIONS: [char; 18] = [
    '将', '將', '把', '对', '對', '被', '让', '讓', '给', '給', '向', '从', '從', '据', '據', '与',
    '與', '及',
];

/// Verbs of analysts and reports that stand before a company's name (预计, 认为, 显示,
/// 维持, 看好, 上调, 参考), verbs of dealing in shares (`回购股份`, 增持, 收购: 股份 is the
/// shares), 受 (`主要受汽车制造业拖累`, "weighed on by") and 对手
/// (`竞争对手阿星集团`, a rival), never at the start of one here.
const REPORTING_VERBS: [&str; 39] = [
    "预计", "預計", "预期", "預期", "预测", "預測", "估计", "估計", "认为", "認為", "表示", "显示",
    "顯示", "指出", "披露", "看好", "维持", "維持", "给予", "給予", "建议", "建議", "上调", "上調",
    "下调", "下調", "参考", "參考", "受", "对比", "對比", "对手", "對手", "回购", "回購", "增持",
    "减持", "收购", "收購",
];

/// Whether the characters before 公司 say when, not who: `第三季度公司实现营收` is "in
/// the third quarter the company", `同时公司`, `目前公司` "meanwhile", "now". Company names
/// do not hold an ordinal or a word of time.
fn names_a_time(prefix: &str) -> bool {
    const TIME_CHARS: [char; 9] = ['年', '月', '日', '季', '周', '期', '时', '時', '週'];
    const CONNECTIVES: [&str; 12] = [
        "同时", "此外", "目前", "另外", "因此", "随后", "此前", "之后", "届时", "当前", "如今",
        "近日",
    ];
    // 时代 ("era") names companies: 宁德时代, 时代中国.
    let of_time = |(at, c): (usize, char)| {
        let era = matches!(c, '时' | '時') && prefix[at + c.len_utf8()..].starts_with('代');
        TIME_CHARS.contains(&c) && !era
    };
    prefix.starts_with('第')
        || prefix.char_indices().any(of_time)
        || CONNECTIVES.iter().any(|word| prefix.ends_with(word))
}

/// Whether the characters before a suffix count what they name: `四家快递公司`, `三大银行`,
/// `多家科技公司` are several companies, not one, and `一位接近公司的人士` is a person.
fn counts_them(prefix: &str) -> bool {
    let mut chars = prefix.chars();
    let count = chars
        .next()
        .is_some_and(|c| "一二两兩三四五六七八九十几幾多数數各诸諸".contains(c));
    count
        && chars
            .next()
            .is_some_and(|c| "家个個所座大只隻位名".contains(c))
}

/// Whether the characters before a suffix say what kind of thing, not whose:
/// `电动载人汽车`, `新能源汽车`, `消费电子`, `可再生能源` are goods and industries, and a
/// trade report that lists them made 电动载人汽车 the subject of every figure.
fn names_a_kind(prefix: &str) -> bool {
    const KIND_WORDS: [&str; 21] = [
        "可比",
        "同业",
        // 一级资本 (tier 1 capital) is no broker's name.
        "一级",
        "电动",
        "新能源",
        "燃油",
        "混动",
        "纯电",
        "载人",
        "载货",
        "乘用",
        "商用",
        "智能",
        "国产",
        "进口",
        "二手",
        "消费",
        "可再生",
        "清洁",
        "化石",
        "生物",
    ];
    KIND_WORDS.iter().any(|word| prefix.contains(word))
}

/// "Halvorsen Systems Inc" and "Velocore Semiconductor (VLCR.O)" are "Halvorsen" and
/// "Velocore" in later sentences; a first word under four letters is too common to be one.
fn first_word_alias(
    written: &str,
    name: &str,
    kind: EntityKind,
) -> Option<(String, String, EntityKind)> {
    let first = written.split_whitespace().next()?;
    (first != written && first.len() >= 4).then(|| (first.to_string(), name.to_string(), kind))
}

/// How far after an opening parenthesis a ticker's closing one is looked for: a ticker
/// is short, and looking on to the end of the text from every parenthesis would be
/// quadratic in them.
const TICKER_REACH: usize = 24;

/// `(TSLA)`, `（AMD.US）`, `(VLCR.O)`: one to five capitals, an optional exchange suffix.
fn ticker_in(after_open: &str) -> Option<&str> {
    let inner = after_open.get(after_open.chars().next()?.len_utf8()..)?;
    let close = inner[..char_floor(inner, TICKER_REACH)].find([')', '）'])?;
    let candidate = inner[..close].trim();
    let symbol = candidate.split(['.', '-']).next()?;
    let valid = (1..=5).contains(&symbol.len()) && symbol.chars().all(|c| c.is_ascii_uppercase());
    valid.then_some(symbol)
}

/// Up to four capitalised Latin words right before a parenthesis ("Velocore
/// Semiconductor"), also when glued to CJK text ("制造商VinFast").
fn latin_name_before(before: &str) -> Option<String> {
    // Only the last four words can be the name: the look-back stops there, so a long
    // run of Latin text is not read again at every parenthesis and suffix.
    let mut latin_start = before.len();
    let mut words = 0;
    let mut in_word = false;
    for (i, c) in before.char_indices().rev() {
        if !(c.is_ascii_alphanumeric() || " &.-'".contains(c)) {
            break;
        }
        if c != ' ' {
            in_word = true;
        } else if std::mem::take(&mut in_word) {
            words += 1;
            if words == 4 {
                break;
            }
        }
        latin_start = i;
    }
    // "Rival Tsugawa Corp": a word that says what the company is to another is no part of
    // its name.
    const RELATIONS: [&str; 4] = ["Rival", "Rivals", "Peer", "Competitor"];
    let words: Vec<&str> = before[latin_start..]
        .split_whitespace()
        .rev()
        .take_while(|w| w.chars().next().is_some_and(|c| c.is_ascii_uppercase()))
        .take_while(|w| !RELATIONS.contains(w))
        .collect();
    let name = words.into_iter().rev().collect::<Vec<_>>().join(" ");
    (!name.is_empty()).then_some(name)
}

/// Whether the last figure read is in sentence `sentence` and belongs to a subject
/// claimlint could not name.
fn follows_another_subject(claims: &[Claim], sentence: usize) -> bool {
    claims.last().is_some_and(|last| {
        last.sentence == sentence
            && matches!(
                last.subject,
                Attribution::Unknown(Unattributed::OtherSubject)
            )
    })
}

/// Where the text names a rival (对手, "rival", "rivals"), in order: found once, so each
/// figure's look costs a binary search.
fn rival_words(text: &str) -> Vec<usize> {
    const WORDS: [&str; 4] = ["对手", "對手", "rival", "Rival"];
    let mut found: Vec<usize> = WORDS
        .iter()
        .flat_map(|word| {
            text.match_indices(word).filter_map(move |(at, _)| {
                let end = at + word.len();
                let plural = text[end..].starts_with('s');
                let whole =
                    !word.is_ascii() || lexicon::whole_word(text, at, end + usize::from(plural));
                whole.then_some(at)
            })
        })
        .collect();
    found.sort_unstable();
    found
}

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
    let qualifiers = Qualifiers::find(text);
    let list_periods = respectively_periods(text, tokens, &layout);
    let list_metrics = respectively_metrics(text, tokens, &metrics);
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
        let found = entities.subject_of(&place, &topics, &mention.span);
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
                || preceded_by(text, h.span.start, &PART_WORDS)
                || names_a_place_after(text, h.span.end)
                || said_of_a_unit(text, place.sentence.start, h.span.start)
                || is_rate && names_a_group_after(text, h.span.end)
        });
        let metric_kind = metric_hit.map(|h| metric_lexicon.entries[h.entry].kind);
        let metric = metric_hit.map_or(Attribution::Unknown(Unattributed::NoMetric), |h| {
            let name = &metric_lexicon.entries[h.entry].name;
            let span = &mention.span;
            Attribution::Known(
                match qualifiers.qualified(name, text, &place.sentence, span, h.span.start) {
                    Some(qualified) => names.get(&qualified),
                    None => names.get(name),
                },
            )
        });
        let scope = place.section;
        let current_period = before
            .current_period
            .map(|at| &tokens[at])
            .filter(|t| place.sentence.contains(&t.span().start));
        let prior = before.prior_period.map(|at| &tokens[at]);
        let (listed_token, listed_year) = match list_periods.get(&index) {
            Some(Some(ListedPeriod::Token(p))) => (Some(Some(&tokens[*p])), None),
            Some(Some(ListedPeriod::Year(year))) => (None, Some(*year)),
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
        let period = match listed_year {
            Some(year) => Attribution::Known(Period {
                text: names.get(&year.to_string()),
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

/// "third-quarter", "full-year", "2023", "Q3", "fiscal": a word that names a period
/// before a metric.
fn is_period_word(word: &str) -> bool {
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
const RELATIVE_PERIODS: [(&str, OfItsKind); 2] =
    [("the quarter", names_a_quarter), ("the year", names_a_year)];

fn names_a_quarter(period: &str) -> bool {
    period.contains('Q') && !period.contains('#')
}

/// A calendar year alone (2023), not a fiscal year or a span.
fn names_a_year(period: &str) -> bool {
    period.len() == 4 && period.bytes().all(|b| b.is_ascii_digit())
}

fn says(period: &Attribution<Period>, relative: &str) -> bool {
    matches!(period, Attribution::Known(p) if &*p.text == relative)
}

/// For each section, the period of a kind that more than half of its mentions of that
/// kind name, and the sentence that first names it: figures before it are not of it (a
/// forecast for 2025 at the end does not make an earlier 全年 target 2025's). One pass
/// over the tokens: a large file has many sections and many relative figures.
fn main_periods<'t>(
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
struct MainPeriod<'t> {
    name: &'t str,
    first_sentence: usize,
}

/// A level quoted by a named source without a date (高盛重申目标价为275美元) is its
/// current figure, which restatements in the same section repeat.
fn standing_period(
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

fn is_prior_period(token: &Token) -> bool {
    matches!(token, Token::Cue(c) if c.kind == CueKind::PriorPeriod)
}

/// Whether a weekday says when something was said, not the period of a figure: "the
/// company said on Tuesday", `特斯拉周二表示`; or a date the dispatch of a dateline.
fn dates_a_statement(text: &str, token: &Token) -> bool {
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
        && !lead.contains(['.', '。', '，'])
        && AFTER.iter().any(|mark| after.starts_with(mark))
}

fn is_period(token: &Token) -> bool {
    match token {
        Token::Mention(m) => m.kind() == Kind::Date,
        Token::Cue(c) => matches!(c.kind, CueKind::RelativePeriod | CueKind::PriorPeriod),
    }
}

/// The period `token` names, for a figure of a sentence whose last current period is
/// `current`: `第三季度总收入为925.1亿元，上年同期为708.9亿元` makes 上年同期 the same span
/// a year before 第三季度 (`上年同期 of Q3`), not the same key as the next sentence's
/// 上年同期 of 第二季度.
fn period_in_sentence(
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
struct PeriodReader<'t> {
    text: &'t str,
    scope: usize,
    /// No fiscal periods named in the document: the quarter ended Sept. 30 is the third.
    by_calendar: bool,
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
fn names_fiscal_periods(text: &str) -> bool {
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
struct Names(std::collections::HashSet<Arc<str>>);

impl Names {
    fn get(&mut self, name: &str) -> Arc<str> {
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
fn relative_period_name(written: &str) -> String {
    // "last year's fourth quarter": the possessive names the same period.
    let lower = written
        .to_lowercase()
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .to_string();
    match lower.as_str() {
        "quarterly" | "本季" | "本季度" | "季度" => "the quarter".to_string(),
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
fn nearest_period<'t>(
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
fn opens_as_topic(text: &str, place: &Place, token: &Token) -> bool {
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
fn names_its_year(text: &str, prior: &Token, period: &Token) -> bool {
    text.get(prior.span().end..period.span().start)
        .is_some_and(|between| matches!(between.trim(), "" | "的"))
}

/// `period` in the year before, as `prior` says: `上年同期 of Q3`, `去年 of Q2`.
fn period_of_year_before(
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
fn role_of(tokens: &[Token], place: &Place, index: usize) -> Role {
    let clause = &place.clause;
    let in_clause = tokens[..index]
        .iter()
        .rev()
        .take_while(|t| clause.contains(&t.span().start));
    for token in in_clause {
        let Token::Cue(Cue { kind, .. }) = token else {
            continue;
        };
        match kind {
            CueKind::Prior | CueKind::From => return Role::Prior,
            CueKind::To | CueKind::Rise | CueKind::Fall => return Role::Current,
            _ => {}
        }
    }
    Role::Current
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
    before.is_some_and(change_word) || tokens.get(index + 1).is_some_and(change_word)
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
    let joins = between.is_empty()
        || between.eq_ignore_ascii_case("by")
        || between.eq_ignore_ascii_case("of");
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
    let before = last_estimate.filter(|&at| sentence.contains(&tokens[at].span().start));
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
enum ListedPeriod {
    Token(usize),
    Year(u32),
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
            let between = text.get(tokens[a].span().end..tokens[b].span().start)?;
            if !matches!(between.trim(), "至" | "到" | "-" | "–" | "~" | "～" | "to") {
                return None;
            }
            (year(period(a)?)?, year(period(b)?)?)
        }
        _ => return None,
    };
    (first < last && last - first < 10).then(|| (first..=last).collect())
}

/// For each figure in a respectively list, the period it is matched with, or none
/// where the list names periods but not one per figure (the first list that holds the
/// figure wins).
fn respectively_periods(
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
fn respectively_metrics<'h>(
    text: &str,
    tokens: &[Token],
    metrics: &'h [Hit],
) -> HashMap<usize, &'h Hit> {
    const JOINERS: [&str; 8] = ["和", "、", "及", "与", "與", "and", ",", "，"];
    let joined = |between: &str| {
        let between = between.trim();
        between.is_empty() || JOINERS.contains(&between)
    };
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
        // The figures: a run starting a few characters after 分别.
        let figures: Vec<usize> = tokens[at + 1..]
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
            .collect();
        let named = &metrics[first..=last];
        if named.len() >= 2 && named.len() == figures.len() {
            out.extend(figures.into_iter().zip(named));
        }
    }
    out
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
                    .find(|&i| years_counted_out(text, tokens, &[i]).is_some())
                    .map(|i| vec![i])
            };
            let listed = period_runs.into_iter().next().or_else(year_span);
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
                let periods: Vec<ListedPeriod> = match years_counted_out(text, tokens, &periods) {
                    Some(years) if value_runs.iter().any(|r| r.len() == years.len()) => {
                        years.into_iter().map(ListedPeriod::Year).collect()
                    }
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
