//! What a figure is measured on besides its metric: earnings excluding items, revenue at
//! constant exchange rates, diluted or pro forma figures. A company reports such a figure
//! beside the reported one, so the two are different facts: `net income of $412 million,
//! or $2.88 per share … Excluding stock-based compensation, it earned $3.10 per share`.
//! The qualifier becomes part of the metric's name (`adjusted eps`), which keeps the two
//! out of one restatement and out of one period sum.

use crate::document::char_floor;
use crate::lexicon::has_word;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use std::ops::Range;
use std::sync::LazyLock;

/// Words right before a metric that name another measure of it, with that measure.
const BEFORE_METRIC: [(&str, &str); 49] = [
    ("adjusted", "adjusted"),
    ("non-gaap", "adjusted"),
    ("underlying", "underlying"),
    ("organic", "organic"),
    ("core", "core"),
    ("comparable", "comparable"),
    ("like-for-like", "like-for-like"),
    ("same-store", "same-store"),
    ("constant-currency", "constant-currency"),
    ("pro forma", "pro forma"),
    ("pro-forma", "pro forma"),
    ("diluted", "diluted"),
    ("operating", "operating"),
    ("recurring", "recurring"),
    ("经调整", "adjusted"),
    ("經調整", "adjusted"),
    ("调整后", "adjusted"),
    ("調整後", "adjusted"),
    ("摊薄", "diluted"),
    ("攤薄", "diluted"),
    ("稀释", "diluted"),
    ("稀釋", "diluted"),
    ("经常性", "recurring"),
    ("經常性", "recurring"),
    ("备考", "pro forma"),
    ("備考", "pro forma"),
    ("可比", "comparable"),
    ("有机", "organic"),
    // A company listed in two places has a target price for each listing (`美股目标价126.0
    // 美元`, `港股目标价122.5港元`).
    ("美股", "US-listed"),
    ("港股", "HK-listed"),
    ("A股", "A-share"),
    ("H股", "H-share"),
    // Lines of business and markets (`data center revenue`, `Orion's U.S. revenue`):
    // restated as themselves, never as the company's whole.
    ("u.s.", "U.S."),
    ("domestic", "domestic"),
    ("international", "international"),
    ("overseas", "overseas"),
    ("data center", "data center"),
    ("automotive", "automotive"),
    ("cloud", "cloud"),
    ("gaming", "gaming"),
    ("advertising", "advertising"),
    ("services", "services"),
    ("hardware", "hardware"),
    ("software", "software"),
    ("subscription", "subscription"),
    ("licensing", "licensing"),
    ("wholesale", "wholesale"),
    ("retail", "retail"),
    ("product", "product"),
];

/// Phrases that put the figures after them in their sentence on another measure
/// (`Excluding items, EPS was $3.10`), or the figure before them in its clause (`EPS
/// was $3.10 excluding items`).
const PHRASES: [(&str, &str); 87] = [
    ("excluding", "adjusted"),
    ("excluding items", "adjusted"),
    ("before special items", "adjusted"),
    ("before one-time", "adjusted"),
    ("before one-off", "adjusted"),
    ("before exceptional", "adjusted"),
    ("on an adjusted basis", "adjusted"),
    ("adjusted for", "adjusted"),
    ("non-gaap", "adjusted"),
    ("at constant exchange rates", "constant-currency"),
    ("at constant currency", "constant-currency"),
    ("at constant currencies", "constant-currency"),
    ("in constant currency", "constant-currency"),
    ("on a constant currency basis", "constant-currency"),
    ("constant currency", "constant-currency"),
    ("on a constant-currency basis", "constant-currency"),
    ("at constant rates", "constant-currency"),
    ("on a pro forma basis", "pro forma"),
    ("on a diluted basis", "diluted"),
    ("on a like-for-like basis", "like-for-like"),
    ("on a comparable basis", "comparable"),
    ("扣除", "adjusted"),
    ("剔除", "adjusted"),
    ("不计", "adjusted"),
    ("不計", "adjusted"),
    ("按固定汇率", "constant-currency"),
    ("按固定匯率", "constant-currency"),
    ("按不变汇率", "constant-currency"),
    ("按可比口径", "comparable"),
    // The target of one listing of a company listed in two places (`HK$117 target for
    // its Hong Kong-listed stock`).
    ("hong kong-listed", "HK-listed"),
    ("hong kong shares", "HK-listed"),
    ("u.s.-listed", "US-listed"),
    ("香港上市", "HK-listed"),
    // A business kept apart from one sold or closed, and a figure had things been other
    // than they were: another measure than the one reported.
    ("from continuing operations", "continuing operations"),
    ("from discontinued operations", "discontinued operations"),
    ("持续经营", "continuing operations"),
    ("持續經營", "continuing operations"),
    ("终止经营", "discontinued operations"),
    ("終止經營", "discontinued operations"),
    ("would have been", "pro forma"),
    // The parent company's own statements beside the group's (`母公司口径下…营业收入61.20
    // 亿元`), and a preliminary report's unaudited figures (`《2024年度业绩快报》中，…营业收入
    // 为86.12亿元`): other measures than the consolidated, audited ones.
    ("母公司口径", "parent-company"),
    ("母公司口徑", "parent-company"),
    ("母公司报表", "parent-company"),
    ("母公司報表", "parent-company"),
    ("parent company only", "parent-company"),
    ("parent-company-only", "parent-company"),
    ("业绩快报", "preliminary"),
    ("業績快報", "preliminary"),
    // A market of the company's (`generated $2.41 billion of revenue in the United
    // States`, `在国内实现营业收入`), restated as itself, never as the company's whole.
    ("in the united states", "U.S."),
    ("in the u.s.", "U.S."),
    ("在国内", "domestic"),
    ("在國內", "domestic"),
    ("在境内", "domestic"),
    ("在境內", "domestic"),
    ("在海外", "overseas"),
    ("在境外", "overseas"),
    // A figure counted in another currency than the one reported (`若以新台幣計算，…年增
    // 16.0%` beside 年增20.6% in dollars), or in real or nominal terms: it changes by
    // another rate.
    ("以美元计", "in-USD"),
    ("以美元計", "in-USD"),
    ("按美元计", "in-USD"),
    ("按美元計", "in-USD"),
    ("in dollar terms", "in-USD"),
    ("in u.s. dollar terms", "in-USD"),
    ("以人民币计", "in-CNY"),
    ("以人民幣計", "in-CNY"),
    ("按人民币计", "in-CNY"),
    ("按人民幣計", "in-CNY"),
    ("in yuan terms", "in-CNY"),
    ("in renminbi terms", "in-CNY"),
    ("以新台币计", "in-TWD"),
    ("以新台幣計", "in-TWD"),
    ("以新臺幣計", "in-TWD"),
    ("按新台幣計", "in-TWD"),
    ("in new taiwan dollar terms", "in-TWD"),
    ("in taiwan dollar terms", "in-TWD"),
    ("in nt dollar terms", "in-TWD"),
    ("以港元计", "in-HKD"),
    ("以港元計", "in-HKD"),
    ("以港币计", "in-HKD"),
    ("以港幣計", "in-HKD"),
    ("in yen terms", "in-JPY"),
    ("in euro terms", "in-EUR"),
    ("in sterling terms", "in-GBP"),
    ("in local currency terms", "local-currency"),
    ("in local-currency terms", "local-currency"),
    ("in local currency", "local-currency"),
    ("in real terms", "real"),
    ("in nominal terms", "nominal"),
];

/// Words that turn from the qualified figure to another one: `Excluding items, EPS was
/// $3.10, compared with reported EPS of $2.88`.
const CONTRASTS: [&str; 12] = [
    "while",
    "whereas",
    "compared with",
    "compared to",
    "versus",
    "against",
    "but",
    "reported",
    "而",
    "相比",
    "较",
    "較",
];

/// The measure phrases of a text, found in one pass, in reading order.
pub(super) struct Qualifiers {
    /// Each phrase's span and measure.
    hits: Vec<(Range<usize>, &'static str)>,
}

/// A noncontiguous NFA: a DFA of these few phrases took 3.5M instructions to build, a
/// third of the start-up of a process that checks a one-line file, and scans no faster
/// here; the contiguous NFA adds 0.1M more for its conversion.
static MATCHER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    let patterns = PHRASES.iter().map(|&(p, _)| p);
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::NoncontiguousNFA))
        .build(patterns)
        .ok()
});

impl Qualifiers {
    pub(super) fn find(text: &str) -> Qualifiers {
        let Some(matcher) = MATCHER.as_ref() else {
            return Qualifiers { hits: Vec::new() };
        };
        let hits = matcher
            .find_iter(text)
            .filter(|hit| whole_word(text, hit.range()))
            .filter_map(|hit| {
                let (_, measure) = PHRASES.get(hit.pattern().as_usize())?;
                Some((hit.range(), *measure))
            })
            .collect();
        Qualifiers { hits }
    }

    /// The metric `name` as measured for the figure at `figure` (a byte range of `text`,
    /// in the sentence `sentence`): with the measures its words (starting at `metric`) or
    /// its sentence name put before it (`adjusted diluted eps`), or as it is.
    pub(super) fn qualified(
        &self,
        name: &str,
        text: &str,
        sentence: &Range<usize>,
        figure: &Range<usize>,
        metric: usize,
    ) -> Option<String> {
        let mut measures = words_before_metric(text, sentence, metric);
        if measures.is_empty() {
            measures.extend(self.measured_on(text, sentence, figure));
        }
        measures.retain(|measure| !name.starts_with(measure));
        measures.dedup();
        (!measures.is_empty()).then(|| format!("{} {name}", measures.join(" ")))
    }

    /// The measure the sentence puts the figure on: a phrase before it with no contrast
    /// between (`Excluding items, EPS was $3.10`), or one after it in its clause (`EPS
    /// was $3.10 excluding items`). Only so far either side is read.
    fn measured_on(
        &self,
        text: &str,
        sentence: &Range<usize>,
        figure: &Range<usize>,
    ) -> Option<&'static str> {
        const BEFORE: usize = 200;
        const AFTER: usize = 80;
        let from = figure.start.saturating_sub(BEFORE).max(sentence.start);
        let first = self.hits.partition_point(|(span, _)| span.start < from);
        let end = self
            .hits
            .partition_point(|(span, _)| span.end <= figure.start);
        // The last phrase before the figure, if no contrast follows it.
        if let Some((span, measure)) = self.hits.get(first..end).and_then(<[_]>::last) {
            let between = text.get(span.end..figure.start)?.to_ascii_lowercase();
            if !CONTRASTS.iter().any(|c| has_word(&between, c)) {
                return Some(measure);
            }
        }
        let to = (figure.end + AFTER).min(sentence.end);
        let next = self
            .hits
            .partition_point(|(span, _)| span.start < figure.end);
        self.hits[next..]
            .iter()
            .take_while(|(span, _)| span.end <= to)
            .map(|&(_, measure)| measure)
            .next()
    }
}

/// The measures named by the words right before a metric, in reading order: `Non-GAAP
/// diluted EPS` is adjusted and diluted.
fn words_before_metric(text: &str, sentence: &Range<usize>, metric: usize) -> Vec<&'static str> {
    let from = char_floor(text, metric.saturating_sub(64)).max(sentence.start);
    let mut before = text.get(from.min(metric)..metric).unwrap_or("");
    let mut measures = Vec::new();
    while let Some((word, measure)) = ends_with_word(before) {
        measures.insert(0, measure);
        let trimmed = before.trim_end();
        before = &trimmed[..trimmed.len() - word.len()];
    }
    measures
}

/// The word of `BEFORE_METRIC` that `text` ends with, spaces aside, and its measure.
fn ends_with_word(text: &str) -> Option<(&'static str, &'static str)> {
    let text = text.trim_end();
    BEFORE_METRIC.iter().copied().find(|&(word, _)| {
        let at = text.len().saturating_sub(word.len());
        text.len() >= word.len()
            && text.is_char_boundary(at)
            && text[at..].eq_ignore_ascii_case(word)
            && whole_word(text, at..text.len())
    })
}

/// Whether the match at `span` of `text` is a whole word: a Latin word continues no
/// word on either side.
fn whole_word(text: &str, span: Range<usize>) -> bool {
    let latin = text[span.clone()].is_ascii();
    let alnum = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    !latin
        || !(alnum(text[..span.start].chars().next_back())
            || alnum(text[span.end..].chars().next()))
}

#[cfg(test)]
mod tests {
    use super::Qualifiers;

    fn measure(sentence: &str, figure: &str, metric: &str) -> Option<String> {
        let at = sentence.find(figure).unwrap();
        let metric = sentence.find(metric).unwrap();
        let figure = at..at + figure.len();
        Qualifiers::find(sentence).qualified("eps", sentence, &(0..sentence.len()), &figure, metric)
    }

    #[test]
    fn a_measure_is_named_before_the_metric_or_in_the_sentence() {
        let s = "Excluding stock-based compensation, Vantora earned $3.10 per share.";
        assert_eq!(measure(s, "$3.10", "per share").unwrap(), "adjusted eps");
        let s = "Non-GAAP diluted EPS was $3.10.";
        assert_eq!(measure(s, "$3.10", "EPS").unwrap(), "adjusted diluted eps");
        let s = "Revenue was $4.46 billion at constant exchange rates.";
        assert_eq!(
            measure(s, "$4.46", "Revenue").unwrap(),
            "constant-currency eps"
        );
        let s = "Excluding items, EPS was $3.10, compared with reported EPS of $2.88.";
        assert_eq!(measure(s, "$2.88", "EPS of"), None);
        let s = "Net income was $412 million, or $2.88 per share.";
        assert_eq!(measure(s, "$2.88", "per share"), None);
        let s = "In New Taiwan dollar terms, revenue rose 16.0%.";
        assert_eq!(measure(s, "16.0%", "revenue").unwrap(), "in-TWD eps");
        let s = "若以新台幣計算，10月營收為2兆1,231億元。";
        assert_eq!(measure(s, "2兆", "營收").unwrap(), "in-TWD eps");
        // "core" in "score" is no qualifier.
        let s = "The score revenue was $5 million.";
        assert_eq!(measure(s, "$5", "revenue"), None);
    }
}
