//! Entities: the companies, places and people a figure can be about, from the built-in
//! lexicon and from the text (names with a suffix, `Danish carrier Nordvik Line`, aliases
//! declared in parentheses), and which of them a figure's sentence is about.

use super::{
    compares_with_expectations, opens_a_breakdown, Attribution, Claim, Layout, Place, Unattributed,
    COMPARISON_WORDS, HAN_OPENING_WORDS, HAN_PERIODS, LINKS, OPENING_WORDS, PART_WORDS,
    PERIOD_NAMES,
};
use crate::document::{char_floor, is_han, preceded_by};
use crate::lexicon::{self, has_word, EntityKind, Hit, Lexicon};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder};
use std::cmp::Reverse;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

/// Entities found in a document: the built-in lexicon plus names learned from the text.
pub(super) struct Entities<'t> {
    text: &'t str,
    hits: Vec<(Range<usize>, String, EntityKind)>,
    /// Where metric words start, so a sentence opening with one is not a new name.
    metric_starts: Vec<usize>,
    /// Where words naming a rival start (竞争对手, "rival"), in order.
    rivals: Vec<usize>,
    /// The words of people's names the text introduces with a title, sorted.
    people: Vec<String>,
}

impl<'t> Entities<'t> {
    pub(super) fn new(
        text: &'t str,
        metrics: &[Hit],
        lexicon: &Lexicon<EntityKind>,
    ) -> Entities<'t> {
        // (A name that shares characters with a metric word is part of another word:
        // `东海航空客运量` holds no 空客, Airbus.)
        let crosses_a_metric = |span: &Range<usize>| {
            let first = metrics.partition_point(|m| m.span.start < span.start.saturating_sub(64));
            metrics[first..]
                .iter()
                .take_while(|m| m.span.start < span.end)
                .any(|m| crosses(&m.span, span))
        };
        let mut hits: Vec<(Range<usize>, String, EntityKind)> = lexicon
            .find(text)
            .into_iter()
            .filter(|hit| !crosses_a_metric(&hit.span))
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
            people: people_named(text),
        }
    }

    /// Whose figure it is: the source named before it in its sentence, else right after
    /// it in its clause ("the $1.35 analysts had expected"). Never from another
    /// sentence: the next sentence may quote another firm.
    pub(super) fn source_of(
        &self,
        layout: &Layout,
        place: &Place,
        span: &Range<usize>,
    ) -> Option<&str> {
        // `Okafor told analysts that revenue was $4.5 billion`, `向分析师表示`: analysts
        // told are the audience, not the source of the figure.
        const TOLD: [&str; 8] = [
            " told",
            "telling",
            "briefed",
            "briefing",
            "said to",
            "call with",
            "meeting with",
            "向",
        ];
        let is_source = |k: &EntityKind| matches!(k, EntityKind::Source | EntityKind::SourceRef);
        let told = |s: &Range<usize>| preceded_by(self.text, s.start, &TOLD);
        let (sentence, clause) = (&place.sentence, &place.clause);
        // `reported revenue above Wall Street estimates …, and raised its forecast to
        // $4.10-$4.25`: estimates a result was measured against, in a clause before, are
        // not the source of the figures after.
        let measured_against = |s: &Range<usize>| {
            let window = &self.text[char_floor(self.text, s.start.saturating_sub(24))..s.start];
            !clause.contains(&s.start) && compares_with_expectations(window)
        };
        let upto = self.hits.partition_point(|(s, _, _)| s.end <= span.start);
        let before = self.hits[..upto]
            .iter()
            .rev()
            .take_while(|(s, _, _)| sentence.contains(&s.start))
            .find(|(s, _, k)| {
                is_source(k) && !self.in_dateline(s) && !told(s) && !measured_against(s)
            });
        // `revenue of $4.83 billion beat the estimate of nine analysts`: a source after a
        // comparison with expectations is the estimate's, not the figure's.
        let after = || {
            let from = self.hits.partition_point(|(s, _, _)| s.start < span.end);
            self.hits[from..]
                .iter()
                .take_while(|(s, _, _)| clause.contains(&s.start))
                .find(|(s, _, k)| is_source(k) && !told(s))
                // (Nor one in a clause of its own: `rose 5.0% to $142.18 from $135.40 after
                // Hollister Securities raised its price target`.)
                .filter(|(s, _, _)| {
                    let between = self.text.get(span.end..s.start).unwrap_or_default();
                    let subordinate = ["after", "as", "because", "since", "when", "before"]
                        .iter()
                        .any(|word| has_word(&between.to_ascii_lowercase(), word));
                    !compares_with_expectations(between) && !subordinate
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
    ///
    /// "The bank" (the lender, the airline) refers back so to a name that says it is one
    /// (`Marlin Bank`, `Nordvik Airlines`).
    fn referred_back_to(&self, sentence_start: usize, offset: usize) -> Option<&str> {
        const BACK_REFERENCES: [&str; 5] = ["Its", "It", "Their", "该公司", "該公司"];
        let (_, lead) = self.sentence_lead(sentence_start, offset)?;
        let opens = BACK_REFERENCES.iter().any(|r| {
            let word_ends = || !lead[r.len()..].starts_with(|c: char| c.is_ascii_alphanumeric());
            lead.starts_with(r) && (!r.is_ascii() || word_ends())
        });
        let described = lead
            .strip_prefix("The ")
            .and_then(|rest| rest.split([' ', '\'', '’']).next())
            .and_then(|noun| {
                KINDS_BY_NAME
                    .iter()
                    .find(|(nouns, _)| nouns.contains(&noun))
            });
        if !opens && described.is_none() {
            return None;
        }
        let upto = self
            .hits
            .partition_point(|(span, _, _)| span.end <= sentence_start);
        let (span, name, kind) = self.hits[..upto].last()?;
        let between = self.text.get(span.end..sentence_start)?;
        let says_it = described.is_none_or(|(_, endings)| {
            name.rsplit(' ')
                .next()
                .is_some_and(|last| endings.contains(&last))
        });
        (is_subject(*kind) && says_it && !between.contains('\n') && between.len() < 400)
            .then_some(name)
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
        const HAN_BACK_REFERENCES: [&str; 4] = ["公司", "该公司", "該公司", "其"];
        let words: Vec<&str> = lead.split_whitespace().take(2).collect();
        let refers_back = match words[..] {
            [first, ..] if ["It", "Its", "Their"].contains(&first) => true,
            ["The", noun] => DESCRIPTIONS.contains(&noun) || ["bank", "group"].contains(&noun),
            _ => HAN_BACK_REFERENCES.iter().any(|r| lead.starts_with(r)),
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

    /// The names a figure can be about (companies, indices, economies) and where they
    /// stand, in order.
    pub(super) fn subjects(&self) -> Vec<(Range<usize>, &str)> {
        self.hits
            .iter()
            .filter(|(_, _, kind)| is_subject(*kind))
            .map(|(span, name, _)| (span.clone(), name.as_str()))
            .collect()
    }

    /// What a figure is about: the company, index or economy named before it in its
    /// sentence, else the topic of its section (the one named most often there). The
    /// nearest name in an earlier sentence is often an object (采购英伟达芯片), the topic
    /// rarely is. The flag says whether the subject was named in the figure's sentence.
    pub(super) fn subject_of<'a>(
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
    /// is, past what only links it to the sentence before (see [`past_linking`]).
    fn sentence_lead(&self, sentence_start: usize, offset: usize) -> Option<(usize, &str)> {
        let text = self.text.get(sentence_start..offset)?;
        let lead = past_linking(text.trim_start_matches(|c: char| !c.is_alphanumeric()));
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
        // `3月份南海航空客运量1180.20万人次`: a month or year first, then the name before
        // what it measures.
        let after_digits = lead.trim_start_matches(|c: char| c.is_ascii_digit());
        let past_date = ["年", "月份", "月"]
            .iter()
            .find_map(|unit| after_digits.strip_prefix(unit))
            .filter(|_| after_digits.len() < lead.len());
        if let Some(rest) = past_date.filter(|rest| rest.starts_with(is_han)) {
            return self.name_before_its_metric(word_start + lead.len() - rest.len(), rest);
        }
        let word: String = lead.chars().take_while(char::is_ascii_alphabetic).collect();
        let capitalised = word.chars().next().is_some_and(|c| c.is_ascii_uppercase());
        let known = self.names_or_measures_within(word_start..word_start + 1)
            || OPENING_WORDS.contains(&word.as_str())
            || self.people.binary_search(&word).is_ok();
        capitalised && word.len() > 1 && !known
    }

    /// Whether the Chinese characters `run`, at `word_start`, open with a name claimlint
    /// does not know right before a metric word (`南海航空客运量`), of four characters or
    /// more: a shorter one is as often a place (`2007年印尼的国民生产总值`, `中国国内生产总值`).
    fn name_before_its_metric(&self, word_start: usize, run: &str) -> bool {
        let run_len = run
            .char_indices()
            .find(|&(_, c)| !is_han(c))
            .map_or(run.len(), |(at, _)| at);
        let first = self.metric_starts.partition_point(|&m| m <= word_start);
        self.metric_starts[first..]
            .iter()
            .take_while(|&&m| m < word_start + run_len)
            .next()
            .is_some_and(|&m| {
                let name = &run[..m - word_start];
                name.chars().count() >= 4 && self.is_unknown_han_name(word_start, name)
            })
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
        // (A business or a region of the topic, `消费电子业务上半年实现营收`, is another's
        // figure too, whatever kind of goods it names.)
        let before_a_period = HAN_PERIODS.iter().any(|period| {
            run.find(period)
                .filter(|&at| run[..at].chars().count() >= 3 && at + period.len() < run.len())
                .is_some_and(|at| {
                    let name = &run[..at];
                    self.is_unknown_han_name(word_start, name)
                        || PART_WORDS.iter().any(|word| name.ends_with(word))
                })
        });
        // `美凯电器的业绩快报显示`, `京弘显示也披露了三季报`: or a report of it, or its
        // reporting one.
        before_a_period
            || word_after_a_name(run, &REPORTS_OF_IT, 3)
                .is_some_and(|(at, _)| self.is_unknown_han_name(word_start, &run[..at]))
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
        let no_name = opens_without_a_name(run) || names_a_time(run) || names_a_kind(run);
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
    pub(super) fn topics(&self, layout: &Layout) -> HashMap<usize, Topic<'_>> {
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
pub(super) struct Topic<'a> {
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
    let shared = shared_short_names(&suffixed);
    for (name, short, kind) in suffixed {
        if !shared.contains(&short) {
            aliases.extend(first_word_alias(&short, &name, kind));
            aliases.push((short, name.clone(), kind));
        }
        aliases.push((name.clone(), name, kind));
    }
    for name in described_names(text) {
        aliases.extend(first_word_alias(&name, &name, EntityKind::Company));
        aliases.push((name.clone(), name, EntityKind::Company));
    }
    for name in han_names_reporting(text) {
        aliases.push((name.clone(), name, EntityKind::Company));
    }
    for name in han_forecasters(text) {
        aliases.push((name.clone(), name, EntityKind::Source));
    }
    find_aliases(text, known, &aliases)
}

/// Whether two spans overlap without either holding the other.
fn crosses(a: &Range<usize>, b: &Range<usize>) -> bool {
    let holds = |outer: &Range<usize>, inner: &Range<usize>| {
        outer.start <= inner.start && inner.end <= outer.end
    };
    a.start < b.end && b.start < a.end && !holds(a, b) && !holds(b, a)
}

/// A sentence's opening past an adverb set off by a comma that only links it to the
/// sentence before ("Separately, Oberlin Bank kept …", `同行方面，隆基绿能…`) and past a
/// description of the name that follows (`另一家电巨头格力达电器…`).
fn past_linking(lead: &str) -> &str {
    const LINKING: [&str; 22] = [
        "Separately,",
        "Meanwhile,",
        "Elsewhere,",
        "However,",
        "Also,",
        "Additionally,",
        "Among its peers,",
        "Among peers,",
        "Among its rivals,",
        "By comparison,",
        "In comparison,",
        "By contrast,",
        "In contrast,",
        "同期，",
        "此外，",
        "另外，",
        "相比之下，",
        "与此同时，",
        "同时，",
        "其中，",
        "同行方面，",
        "同行中，",
    ];
    // (`同日公布的数据显示，3月份南海航空…`, `另据公告，3月份春秋航空…`: and past whose
    // data says it, before the first comma of the lead's first characters: `lead` runs
    // to the text's end.)
    const SAYS: [&str; 4] = ["显示", "顯示", "表明", "称"];
    let mut lead = lead;
    if let Some(rest) = LINKING.iter().find_map(|word| lead.strip_prefix(word)) {
        lead = rest.trim_start_matches(|c: char| !c.is_alphanumeric());
    }
    let opening = &lead[..char_floor(lead, 64)];
    let said = opening.find('，').and_then(|at| {
        let head = &lead[..at];
        let says = SAYS.iter().any(|word| head.ends_with(word))
            || ["另据", "据", "據"]
                .iter()
                .any(|word| head.starts_with(word));
        let short = head.chars().all(is_han) && head.chars().count() <= 14;
        (says && short).then(|| &lead[at + '，'.len_utf8()..])
    });
    past_another_description(said.unwrap_or(lead))
}

/// `另一家电巨头格力达电器`, `另一家航运企业东方海外国际`: the name after "another" and
/// what it is.
fn past_another_description(lead: &str) -> &str {
    const WHAT_IT_IS: [&str; 6] = ["巨头", "企业", "公司", "龙头", "车企", "厂商"];
    let Some(rest) = lead.strip_prefix("另一家") else {
        return lead;
    };
    word_after_a_name(rest, &WHAT_IT_IS, 0)
        .map(|(at, len)| &rest[at + len..])
        .filter(|name| name.starts_with(is_han))
        .unwrap_or(lead)
}

/// `Hanwell Group` and its unit `Hanwell Logistics`: a short name two companies share
/// names neither (not `Lumera Motors` and `Lumera Motors Inc`, one company).
fn shared_short_names(
    suffixed: &[(String, String, EntityKind)],
) -> std::collections::HashSet<String> {
    let mut first_named: HashMap<&str, &str> = HashMap::new();
    let mut shared = std::collections::HashSet::new();
    for (name, short, _) in suffixed {
        let other = *first_named.entry(short).or_insert(name);
        if !other.starts_with(name.as_str()) && !name.starts_with(other) {
            shared.insert(short.clone());
        }
    }
    shared
}

/// `国泰君安预计公司2026年…`, `申万宏源维持公司…`, `国泰君安的预测相对保守`, `兴业在研报
/// 中表示`: Chinese characters that open a sentence or clause before a verb of forecasting
/// and the company, or before its forecast or research note, name a broker, whose figures are its estimates. (Before a year,
/// `天禾药业预计2024年…`, the company forecasts its own; a name learned as a company's
/// first stays one.)
fn han_forecasters(text: &str) -> Vec<String> {
    let Some(forecasting) = FORECASTING.as_ref() else {
        return Vec::new();
    };
    // From each (rare) verb back to its clause's start, a bounded look: a name is short.
    let mut names: Vec<String> = forecasting
        .find_iter(text)
        .filter_map(|found| {
            let before = &text[..found.start()];
            let window = &before[char_floor(before, before.len().saturating_sub(24))..];
            let opens = window.rfind(['。', '！', '？', '；', '，', '\n']);
            let run = match opens {
                Some(at) => &window[at..],
                None if window.len() == before.len() => window,
                None => return None,
            };
            let run = run.trim_start_matches(|c: char| !is_han(c) || "。！？；，".contains(c));
            opening_han_name(run).map(str::to_string)
        })
        .collect();
    names.sort();
    names.dedup();
    names
}

/// What a broker's name stands before (see [`han_forecasters`]), in one automaton.
static FORECASTING: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasick::new([
        "预计公司",
        "預計公司",
        "预测公司",
        "預測公司",
        "预计该公司",
        "預計該公司",
        "维持公司",
        "維持公司",
        "给予公司",
        "給予公司",
        "的预测",
        "的預測",
        "的研报",
        "的研報",
        "在研报中",
        "在研報中",
    ])
    .ok()
});

/// Where the first of `words` starts after the first `shortest` to six characters of
/// `run`, and its length (the longest of those starting there): a name is short, so only
/// its first places are looked at, however long the run.
fn word_after_a_name(run: &str, words: &[&str], shortest: usize) -> Option<(usize, usize)> {
    const LONGEST_NAME: usize = 6;
    run.char_indices()
        .skip(shortest)
        .take(LONGEST_NAME + 1 - shortest)
        .find_map(|(at, _)| {
            let starting = words.iter().filter(|word| run[at..].starts_with(*word));
            starting
                .map(|word| (at, word.len()))
                .max_by_key(|&(_, len)| len)
        })
}

/// What follows a company's name where a sentence reports for it: `美凯电器的业绩快报显示`,
/// `京弘显示也披露了三季报`, `澄海电器2月28日晚间披露`.
const REPORTS_OF_IT: [&str; 15] = [
    "此前披露",
    "此前发布",
    "此前公布",
    "的业绩",
    "的業績",
    "的财报",
    "的財報",
    "的公告",
    "也披露",
    "也发布",
    "也公布",
    "披露",
    "发布",
    "公布",
    "晚间",
];

/// `华晶半导体第三季度实现营业收入`, `海川电器2024年上半年净利润`: Chinese characters that
/// open a sentence before a period and what a company reports of it name the company.
fn han_names_reporting(text: &str) -> Vec<String> {
    // (After a semicolon too: `…同比增长12.4%；京弘显示前三季度实现营业收入…`.)
    let sentence_starts = std::iter::once(0).chain(
        text.match_indices(['。', '！', '？', '；', '\n'])
            .map(|(at, mark)| at + mark.len()),
    );
    // Spaces are trimmed up to a line's end, where the next start is: trimming blank
    // lines from each of them would read a run of them again from every line.
    let mut names: Vec<String> = sentence_starts
        .map(|start| text[start..].trim_start_matches(|c: char| c.is_whitespace() && c != '\n'))
        .filter_map(|lead| name_reporting(past_linking(lead)))
        .map(str::to_string)
        .collect();
    names.sort();
    names.dedup();
    names
}

/// The name a sentence opening with `lead` reports for, if it does.
fn name_reporting(lead: &str) -> Option<&str> {
    const REPORTED: [&str; 14] = [
        "实现",
        "實現",
        "营业收入",
        "營業收入",
        "营业总收入",
        "營業總收入",
        "营收",
        "營收",
        "净利润",
        "淨利潤",
        "归母净利润",
        "歸母淨利潤",
        "归属于",
        "歸屬於",
    ];
    let run_len = lead
        .char_indices()
        .find(|&(_, c)| !is_han(c))
        .map_or(lead.len(), |(at, _)| at);
    let run = &lead[..run_len];
    let reports = |after_period: &str| REPORTED.iter().any(|word| after_period.starts_with(word));
    // The period written in Chinese within the run (`上半年`), or a year in digits after it.
    // (The first period: 三季度 stands in 第三季度.)
    let in_run = word_after_a_name(run, &HAN_PERIODS, 2)
        .and_then(|(at, len)| reports(&run[at + len..]).then(|| &run[..at]));
    let name = in_run.or_else(|| {
        let after_year = lead[run_len..]
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .strip_prefix('年')
            .filter(|_| lead[run_len..].starts_with(|c: char| c.is_ascii_digit()))?;
        let after_period = HAN_PERIODS
            .iter()
            .find_map(|period| after_year.strip_prefix(period))
            .unwrap_or(after_year);
        reports(after_period).then_some(run)
    })?;
    let name = opening_han_name(name)?;
    (!PART_WORDS.iter().any(|word| name.ends_with(word))).then_some(name)
}

/// `run`, opening a sentence or clause, when all of it is a name: not `机构预测`, `某券商将
/// 公司` (a name after other words) nor what opens a sentence without naming anyone.
fn opening_han_name(run: &str) -> Option<&str> {
    let name = han_name(run, 6).filter(|&n| n.len() == run.len())?;
    (!opens_without_a_name(name) && name.chars().all(is_han)).then_some(name)
}

/// Whether Chinese characters open with a word that names no one (`上月`, `该公司`,
/// `贵司`), not with a place whose name starts like one (`上海电气`, `贵州茅台`).
fn opens_without_a_name(run: &str) -> bool {
    const PLACES: [&str; 5] = ["上海", "贵州", "貴州", "贵阳", "貴陽"];
    HAN_OPENING_WORDS.iter().any(|word| run.starts_with(word))
        && !PLACES.iter().any(|place| run.starts_with(place))
}

/// What "the bank" or "the airline" refers back to: a name ending in one of the words.
const KINDS_BY_NAME: [(&[&str], &[&str]); 6] = [
    (&["bank", "lender"], &["Bank", "Bancorp", "Bancshares"]),
    (&["airline", "carrier"], &["Airlines", "Airways"]),
    (&["automaker", "carmaker"], &["Motors"]),
    (&["drugmaker"], &["Pharmaceuticals", "Therapeutics"]),
    (&["chipmaker"], &["Semiconductor"]),
    (&["retailer"], &["Stores"]),
];

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

/// Every word of the people's names the text introduces by a title, before the name
/// (`Chief Executive Maria Lindqvist`, `analyst Jane Ortiz`) or after it (`Tom Reyes, the
/// company's chief financial officer`): a sentence opening with one (`Lindqvist said the
/// $4.5 billion…`) quotes a person, and names no other subject.
fn people_named(text: &str) -> Vec<String> {
    let names = read_at_words(TITLE_MATCHER.as_ref(), text, |m| {
        name_after_description(&text[m.end()..]).or_else(|| name_before_title(&text[..m.start()]))
    });
    sorted_unique(
        names
            .iter()
            .flat_map(|name| name.split(' ').map(str::to_string)),
    )
}

/// What `read` makes of each whole word `matcher` finds in `text`.
fn read_at_words(
    matcher: Option<&AhoCorasick>,
    text: &str,
    read: impl Fn(&aho_corasick::Match) -> Option<String>,
) -> Vec<String> {
    let Some(matcher) = matcher else {
        return Vec::new();
    };
    matcher
        .find_iter(text)
        .filter(|m| lexicon::whole_word(text, m.start(), m.end()))
        .filter_map(|m| read(&m))
        .collect()
}

fn sorted_unique(names: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut names: Vec<String> = names.into_iter().collect();
    names.sort();
    names.dedup();
    names
}

/// `Tom Reyes, the company's `: two or three capitalised words before a comma and at
/// most a few lower-case or possessive words, ending where a title starts.
fn name_before_title(before: &str) -> Option<String> {
    let window = &before[char_floor(before, before.len().saturating_sub(40))..];
    let (name_part, between) = window.rsplit_once(", ")?;
    // (Not `Harbor Logistics Inc, whose chief executive`: a company before its officer.)
    let describes = between.is_empty()
        || ["the ", "a ", "an ", "its ", "their "]
            .iter()
            .any(|article| between.starts_with(article))
        || between
            .split_whitespace()
            .next()
            .is_some_and(|word| word.ends_with("'s") || word.ends_with("’s"));
    let names: Vec<&str> = name_part
        .rsplit(' ')
        .take_while(|word| {
            word.starts_with(|c: char| c.is_ascii_uppercase())
                && word
                    .chars()
                    .all(|c| c.is_ascii_alphabetic() || "-'’".contains(c))
        })
        .take(3)
        .collect();
    (describes && names.len() >= 2 && between.len() <= 30)
        .then(|| names.into_iter().rev().collect::<Vec<_>>().join(" "))
}

/// The titles that introduce a person's name.
const TITLES: [&str; 26] = [
    "Chief Executive",
    "Chief Executive Officer",
    "chief executive",
    "chief executive officer",
    "Chief Financial Officer",
    "chief financial officer",
    "Chief Operating Officer",
    "chief operating officer",
    "CEO",
    "CFO",
    "Chairman",
    "chairman",
    "Chairwoman",
    "chairwoman",
    "President",
    "president",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "analyst",
    "economist",
    "strategist",
    "Governor",
    "Minister",
    "Secretary",
    "founder",
];

static TITLE_MATCHER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    // An NFA, like the economies' words: built in every process.
    AhoCorasickBuilder::new()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .kind(Some(aho_corasick::AhoCorasickKind::NoncontiguousNFA))
        .build(TITLES)
        .ok()
});

/// Names introduced by what they are (`container carrier Nordvik Line reported`): one to
/// three capitalised words right after a description, followed by a lower-case word or
/// punctuation. Months, weekdays and words that open clauses are no names.
fn described_names(text: &str) -> Vec<String> {
    sorted_unique(read_at_words(DESCRIPTION_MATCHER.as_ref(), text, |m| {
        name_after_description(&text[m.end()..])
    }))
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
const COMPANY_SUFFIXES: [&str; 39] = [
    "Airlines",
    "Airways",
    "Motors",
    "Pharmaceuticals",
    "Therapeutics",
    "Technologies",
    "Bancorp",
    "Bancshares",
    "Bank",
    "Stores",
    "Foods",
    "Industries",
    "Semiconductor",
    "Brands",
    "Mining",
    "Steel",
    "Logistics",
    "Chemicals",
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
const CJK_SUFFIXES: [(&str, EntityKind); 30] = [
    ("汽车", EntityKind::Company),
    ("化工", EntityKind::Company),
    ("生物", EntityKind::Company),
    ("电器", EntityKind::Company),
    ("电气", EntityKind::Company),
    ("矿业", EntityKind::Company),
    ("物流", EntityKind::Company),
    ("光电", EntityKind::Company),
    ("半导体", EntityKind::Company),
    ("微电子", EntityKind::Company),
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
    // "an economist at Westbury Bank": the firm of someone quoted gives estimates.
    const EMPLOYS: [&str; 6] = [
        "analyst at",
        "analysts at",
        "economist at",
        "economists at",
        "strategist at",
        "strategists at",
    ];
    let named_at = text[..at].trim_end().len().saturating_sub(short.len());
    let kind = if preceded_by(text, named_at, &EMPLOYS) {
        EntityKind::Source
    } else {
        kind
    };
    // The World Bank, the European Central Bank, The Bank of Canada: no company.
    const PUBLIC_BANKS: [&str; 7] = [
        "World",
        "Central",
        "Reserve",
        "Development",
        "Investment",
        "National",
        "People's",
    ];
    let public = short.split(' ').next() == Some("The")
        || PUBLIC_BANKS.iter().any(|word| short.ends_with(word));
    if suffix == "Bank" && public {
        return None;
    }
    (short.split_whitespace().count() <= 3).then(|| (format!("{short} {suffix}"), short, kind))
}

/// `星驰汽车`: two to four Chinese characters before a suffix, not a demonstrative (该公司).
fn cjk_suffixed(
    text: &str,
    at: usize,
    suffix: &str,
    kind: EntityKind,
) -> Option<(String, String, EntityKind)> {
    // `创新药业务收入`, `汽车电子业务`: a business or a line of goods, not a company.
    let after = &text[at + suffix.len()..];
    if suffix.ends_with('业') && after.starts_with('务')
        || ["业务", "業務", "板块", "板塊", "产品", "產品"]
            .iter()
            .any(|part| after.starts_with(part))
    {
        return None;
    }
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
    let name = han_name(&prefix, longest)?;
    let name = format!("{name}{suffix}");
    Some((name.clone(), name, kind))
}

/// The name that ends a run of Chinese characters, of two to `longest`: not what stands
/// before it (a preposition, a verb of reporting, a description) nor a run that names no
/// company (a demonstrative, a time, a kind of goods, a count).
fn han_name(run: &str, longest: usize) -> Option<&str> {
    // `主营功率芯片的睿芯科技`: what the company does, before 的, is no part of its name.
    let run = run.rsplit('的').next().unwrap_or(run);
    // `将恒远电子…目标价上调`: a preposition before the name is no part of it.
    let run = match run.strip_prefix(PREPOSITIONS) {
        Some(rest) if rest.chars().count() >= 2 => rest,
        _ => run,
    };
    // `预计公司2024年…`, `维持恒远电子…评级`: what someone says of a company is no part
    // of its name.
    // (公司 describes the name after it only here, before a suffix: `同行业公司恒驰股份`;
    // opening a sentence, `宣布公司计划…` is the company's.)
    let words = REPORTING_VERBS
        .iter()
        .chain(&CN_DESCRIPTIONS)
        .chain(&["公司"]);
    let name = after_the_last(run, words);
    // 某国际机场, "an international airport": 某 names none (nor 贵, "your", but in a
    // place's name: 贵州茅台).
    let demonstrative = opens_without_a_name(name) && name.starts_with(['贵', '貴'])
        || name.starts_with(['该', '這', '这', '那', '其', '本', '我', '該', '某', '另']);
    // `低于公司过去五年的平均估值`: "below the company's", 高于, 位于, 对于, 由于; `调整对
    // 公司的盈利预测`: "towards the company".
    let compares = name.ends_with(['于', '於']) || name.ends_with(PREPOSITIONS);
    let no_name =
        demonstrative || compares || names_a_time(name) || names_a_kind(name) || counts_them(name);
    ((2..=longest).contains(&name.chars().count()) && !no_name).then_some(name)
}

/// What a company is, written right before its name in Chinese (`组件厂商天衡光能`,
/// `煤炭企业秦川煤业`, `新能源车企X`, `同行业公司恒驰股份`): never part of the name.
const CN_DESCRIPTIONS: [&str; 18] = [
    "巨头",
    "龙头",
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
const REPORTING_VERBS: [&str; 46] = [
    "预计",
    "預計",
    "预期",
    "預期",
    "预测",
    "預測",
    "估计",
    "估計",
    "认为",
    "認為",
    "表示",
    "显示",
    "顯示",
    "指出",
    "披露",
    "看好",
    "维持",
    "維持",
    "给予",
    "給予",
    "建议",
    "建議",
    "上调",
    "上調",
    "下调",
    "下調",
    "参考",
    "參考",
    "受",
    "对比",
    "對比",
    "对手",
    "對手",
    "回购",
    "回購",
    "增持",
    "减持",
    "收购",
    "收購",
    "成为",
    "成為",
    "作为",
    "作為",
    "拖累",
    "具体到",
    "具體到",
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
    const KIND_WORDS: [&str; 29] = [
        "可比",
        // 联营公司, 合营公司: an associate, a joint venture, whichever.
        "联营",
        "合营",
        // Industries named as the suffixes of companies are: 家用电器, 合成生物, 冷链物流,
        // 功率半导体, 有色矿业.
        "家用",
        "合成",
        "冷链",
        "功率",
        "有色",
        // 上市公司: listed companies, any of them.
        "上市",
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
        .take_while(|w| !RELATIONS.contains(w) && !ends_a_sentence(w))
        .collect();
    let name = words.into_iter().rev().collect::<Vec<_>>().join(" ");
    (!name.is_empty()).then_some(name)
}

/// `… from 93.98 billion dlrs in January. Mining output fell`: a word and a full stop
/// end the sentence before a name, unless the word is an abbreviation (`U.S.`, `Co.`,
/// `St.`; a month's, `Jan.`, ends a sentence as the month does).
fn ends_a_sentence(word: &str) -> bool {
    const MONTHS: [&str; 11] = [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    word.strip_suffix('.').is_some_and(|stem| {
        !stem.contains('.') && (stem.chars().count() > 3 || MONTHS.contains(&stem))
    })
}

/// Whether the last figure read is in sentence `sentence` and belongs to a subject
/// claimlint could not name.
pub(super) fn follows_another_subject(claims: &[Claim], sentence: usize) -> bool {
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
