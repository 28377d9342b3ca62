//! Economies: the country or currency area a national statistic (GDP, trade, prices,
//! jobs) is of, when its sentence names no company, index or economy claimlint knows: the
//! one economy its sentence names, by name (`中国`, "the U.S.", "China's") or by the
//! agency that publishes its figures (国家统计局, the Commerce Department), not as a partner
//! in trade (`对美国出口`). A sentence that names two or none gives no subject.

use crate::document::{is_han, preceded_by};
use crate::extract::Kind;
use crate::lexicon::whole_word;
use aho_corasick::AhoCorasick;
use std::ops::Range;
use std::sync::LazyLock;

/// The metrics a national statistics office or central bank reports of an economy.
const NATIONAL_STATISTICS: [&str; 16] = [
    "gdp",
    "gnp",
    "trade deficit",
    "trade surplus",
    "budget deficit",
    "unemployment rate",
    "surveyed unemployment rate",
    "registered unemployment rate",
    "retail sales",
    "disposable income",
    "exports",
    "imports",
    "total trade",
    "fx reserves",
    "inflation",
    "nonfarm payrolls",
];

/// Whether a metric (by its lexicon name) is a national statistic.
pub(super) fn is_national_statistic(metric: &str) -> bool {
    NATIONAL_STATISTICS.contains(&metric)
}

/// The agencies that publish national statistics, among the words of [`ECONOMIES`].
const AGENCIES: [&str; 8] = [
    "国家统计局",
    "海关总署",
    "国家外汇管理局",
    "Commerce Department",
    "Labor Department",
    "Bureau of Labor Statistics",
    "Eurostat",
    "Office for National Statistics",
];

/// `进口原油4.5亿吨`, "crude imports of 10.5 million barrels a day": trade counted in
/// tonnes or barrels is of some goods, not the economy's trade (which is in money).
pub(super) fn counts_goods(metric: &str, kind: Kind) -> bool {
    ["exports", "imports", "total trade"].contains(&metric)
        && !matches!(kind, Kind::Money | Kind::Percent)
}

/// Each economy with the words that name it: its names, and its statistics agencies.
const ECONOMIES: [(&str, &[&str]); 25] = [
    (
        "China",
        &[
            "中国",
            "我国",
            "China",
            "Chinese",
            "国家统计局",
            "海关总署",
            "国家外汇管理局",
        ],
    ),
    (
        "United States",
        &[
            "美国",
            "U.S.",
            "US",
            "United States",
            "American",
            "Commerce Department",
            "Labor Department",
            "Bureau of Labor Statistics",
        ],
    ),
    (
        "Euro zone",
        &["欧元区", "euro zone", "eurozone", "euro area", "Eurostat"],
    ),
    ("Japan", &["日本", "Japan", "Japanese"]),
    (
        "Britain",
        &[
            "英国",
            "Britain",
            "British",
            "UK",
            "U.K.",
            "Office for National Statistics",
        ],
    ),
    ("Germany", &["德国", "Germany", "German"]),
    ("India", &["印度", "India", "Indian"]),
    ("South Korea", &["韩国", "South Korea", "South Korean"]),
    ("Canada", &["加拿大", "Canada", "Canadian"]),
    ("Australia", &["澳大利亚", "Australia", "Australian"]),
    ("France", &["法国", "France", "French"]),
    ("Italy", &["意大利", "Italy", "Italian"]),
    ("Spain", &["西班牙", "Spain", "Spanish"]),
    ("Netherlands", &["荷兰", "Netherlands", "Dutch"]),
    ("Switzerland", &["瑞士", "Switzerland", "Swiss"]),
    ("Russia", &["俄罗斯", "Russia", "Russian"]),
    ("Brazil", &["巴西", "Brazil", "Brazilian"]),
    ("Mexico", &["墨西哥", "Mexico", "Mexican"]),
    (
        "Indonesia",
        &["印尼", "印度尼西亚", "Indonesia", "Indonesian"],
    ),
    ("Vietnam", &["越南", "Vietnam", "Vietnamese"]),
    ("Taiwan", &["台湾", "Taiwan"]),
    ("European Union", &["欧盟", "European Union", "EU"]),
    ("ASEAN", &["东盟", "ASEAN"]),
    ("Saudi Arabia", &["沙特", "Saudi Arabia"]),
    // Not an economy of these: a province or region (`海关总署广东分署统计，前10个月广东外贸
    // 进出口7.4万亿元`) stops its sentence from being the country's.
    (
        A_REGION,
        &[
            // (北京 and 上海 as 北京市 and 上海市: a dispatch is datelined 新华社北京….)
            "北京市",
            "天津",
            "河北",
            "山西",
            "内蒙古",
            "辽宁",
            "吉林",
            "黑龙江",
            "上海市",
            "江苏",
            "浙江",
            "安徽",
            "福建",
            "江西",
            "山东",
            "河南",
            "湖北",
            "湖南",
            "广东",
            "广西",
            "海南",
            "重庆",
            "四川",
            "贵州",
            "云南",
            "西藏",
            "陕西",
            "甘肃",
            "青海",
            "宁夏",
            "新疆",
            "香港",
            "澳门",
            "省",
            "自治区",
        ],
    ),
];

/// What a province or region of an economy counts as: no economy of its own.
const A_REGION: &str = "a region";

/// The words of every economy in one automaton, and the economy of each.
static MATCHER: LazyLock<Option<(AhoCorasick, Vec<&'static str>)>> = LazyLock::new(|| {
    let (words, economies): (Vec<&str>, Vec<&str>) = ECONOMIES
        .iter()
        .flat_map(|(economy, words)| words.iter().map(move |word| (*word, *economy)))
        .unzip();
    // An NFA: a DFA of these words took more to build, in every process, than a short
    // article takes to read.
    let matcher = aho_corasick::AhoCorasickBuilder::new()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .kind(Some(aho_corasick::AhoCorasickKind::NoncontiguousNFA))
        .build(words)
        .ok()?;
    Some((matcher, economies))
});

/// Where a document names an economy, in order, and where it names one as a partner in
/// trade (`对美国出口`, "exports to the United States").
pub(super) struct Economies {
    named: Vec<(usize, &'static str)>,
    partners: Vec<Range<usize>>,
}

impl Economies {
    pub(super) fn new(text: &str) -> Economies {
        const PARTNER: [&str; 10] = [
            "对",
            "向",
            "自",
            "从",
            " to",
            " to the",
            " from",
            " from the",
            " with",
            " with the",
        ];
        let mut economies = Economies {
            named: Vec::new(),
            partners: Vec::new(),
        };
        let Some((matcher, names)) = MATCHER.as_ref() else {
            return economies;
        };
        let found = matcher
            .find_iter(text)
            .filter(|m| !text[m.range()].is_ascii() || whole_word(text, m.start(), m.end()));
        for m in found {
            if preceded_by(text, m.start(), &PARTNER) {
                economies.partners.push(m.range());
            } else {
                economies
                    .named
                    .push((m.start(), names[m.pattern().as_usize()]));
            }
        }
        economies
    }

    /// The one economy `sentence` names, if it names one and no other. A sentence that
    /// names none gives none: the article's economy is no subject of a figure whose
    /// sentence may be about a province (`西藏、甘肃、湖北GDP分别增长7.1%、6.1%`) or an
    /// industry (`exports of light trucks`).
    pub(super) fn named_in(&self, sentence: &Range<usize>) -> Option<&'static str> {
        the_one(self.in_sentence(sentence))
    }

    /// Whether `sentence` names economies and `topic`, an economy, is none of them
    /// (`美国经济表现强劲。…日本10月CPI同比上涨2.3%`): its figures are not the topic's.
    pub(super) fn names_others_than(&self, sentence: &Range<usize>, topic: &str) -> bool {
        if !ECONOMIES.iter().any(|&(economy, _)| economy == topic) {
            return false;
        }
        let named = self.in_sentence(sentence);
        (1..=MOST).contains(&named.len()) && named.iter().all(|&(_, economy)| economy != topic)
    }

    fn in_sentence(&self, sentence: &Range<usize>) -> &[(usize, &'static str)] {
        let first = self.named.partition_point(|&(at, _)| at < sentence.start);
        let end = self.named.partition_point(|&(at, _)| at < sentence.end);
        &self.named[first..end.max(first)]
    }

    /// The one economy `sentence` names where its agency says its figures or its name
    /// opens the sentence (`国家统计局发布…`, `新华社北京10月18日电 国家统计局18日发布`): a
    /// sentence opening with a name claimlint does not know may still be about it.
    pub(super) fn reported_in(&self, text: &str, sentence: &Range<usize>) -> Option<&'static str> {
        let economy = self.named_in(sentence)?;
        let lead = text.get(sentence.clone())?;
        let opens_at = sentence.start + (lead.len() - lead.trim_start().len());
        let reported = self.in_sentence(sentence).iter().any(|&(at, _)| {
            at == opens_at || AGENCIES.iter().any(|agency| text[at..].starts_with(agency))
        });
        reported.then_some(economy)
    }

    /// Whether the statistic written at `metric` is of a part of the economy's: of some
    /// goods (`exports of light trucks`, `汽车出口`, `原油进口`) or with a partner
    /// (`对美国出口`, "exports to the United States", "its deficit with China"), not the
    /// economy's whole.
    pub(super) fn of_a_part(&self, text: &str, metric: &Range<usize>) -> bool {
        // Before a Chinese statistic, what may stand without naming goods or people: an
        // economy (中国, 我国, 欧元区, 中国经济, 外贸), a time (10月, 前三季度, 同期), 其中,
        // 累计, 的. (城镇居民 and 农村居民 are parts: their income is not the country's.)
        const NOT_GOODS: [char; 12] = [
            '国', '区', '济', '贸', '月', '年', '季', '度', '期', '中', '计', '的',
        ];
        // "exports of light trucks", not "a deficit of $73.8 billion".
        let of_goods = text[metric.end..]
            .strip_prefix(" of ")
            .is_some_and(|after| after.starts_with(|c: char| c.is_alphabetic()));
        let before = text[..metric.start].chars().next_back();
        let goods_before = before.is_some_and(|c| is_han(c) && !NOT_GOODS.contains(&c));
        // `对美国出口` ends where the statistic starts; "exports to the United States"
        // starts a few bytes after it ends.
        let partner = |range: &Range<usize>| {
            range.end == metric.start || (metric.end..metric.end + 11).contains(&range.start)
        };
        let first = self.partners.partition_point(|p| p.end < metric.start);
        let partner = self.partners[first..]
            .iter()
            .take_while(|p| p.start < metric.end + 11)
            .any(partner);
        of_goods || goods_before || partner
    }
}

/// How many times a sentence may name economies and still be read for them: each figure
/// of a sentence looks, so the look is bounded.
const MOST: usize = 8;

/// The economy all of `named` are, when they are one and a few.
fn the_one(named: &[(usize, &'static str)]) -> Option<&'static str> {
    let &(_, economy) = named.first()?;
    let one = named.len() <= MOST && named.iter().all(|&(_, other)| other == economy);
    (one && economy != A_REGION).then_some(economy)
}
