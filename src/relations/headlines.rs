//! A headline's figure restated in the lead paragraph under it: `U.S. HOUSING STARTS FELL
//! 2.7 PCT IN MAY` … `U.S. housing starts fell 2.7 pct in May to …`,
//! `# Revenue up 12% in the third quarter` … `Revenue rose 12% to $5.1 billion …`.
//!
//! A wire headline states the lead's main figure again in fewer words, so the two are
//! one fact even where the headline names neither subject nor metric the attribution
//! knows. A headline figure is matched only with a figure of the lead that it plainly
//! restates: the one figure of the lead paragraph (the first line of text after the
//! headline) with the same measure and unit, the same role (current or old value), the
//! same kind (a change or a level) and, for a change, the same direction, whose period,
//! subject and metric do not differ from the headline's where both are known, and whose
//! sentence shares a word with the headline beyond the figures and cue words. A lead
//! with two such figures of different values leaves the headline figure unmatched, and
//! `claimlint claims` says so; one whose figure moved the other way (`ROSE 2.7 PCT` …
//! `fell 2.7 pct`) is matched with the two words of direction.

use super::{Change, Direction, Listed};
use crate::attribute::{Claim, Period};
use crate::document::{is_han, joined_by_or};
use crate::extract::{CueKind, Token};
use crate::quantity::{within_factor, Quantity, Unit};
use rust_decimal::Decimal;
use std::collections::HashSet;
use std::ops::Range;
use std::sync::Arc;

/// A headline figure and the figure of the lead that restates it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadlineFigure {
    /// Claim index of the figure in the headline.
    pub headline: usize,
    /// Claim indices of the lead's figures it may restate: one when it is matched.
    pub lead: Vec<usize>,
    /// The headline's word of direction and the lead's, when the one figure of the lead
    /// that restates the headline's moved the other way (`ROSE 2.7 PCT` … `fell 2.7 pct`).
    pub turned: Option<(Range<usize>, Range<usize>)>,
}

impl HeadlineFigure {
    /// The one figure of the lead that restates the headline's, if the lead gives one.
    pub fn restated_by(&self) -> Option<usize> {
        match self.lead[..] {
            [one] => Some(one),
            _ => None,
        }
    }

    pub(super) fn listed(&self) -> Listed {
        Listed {
            kind: "headline figure restated in the lead",
            claims: std::iter::once(self.headline)
                .chain(self.lead.iter().copied())
                .collect(),
            unchecked: self
                .restated_by()
                .is_none()
                .then_some("the lead gives more than one figure the headline's may restate"),
        }
    }
}

/// Words that name neither a subject nor a metric, so sharing them says nothing.
const EMPTY_WORDS: [&str; 22] = [
    "the", "and", "for", "with", "from", "than", "that", "this", "their", "say", "said", "see",
    "will", "has", "have", "had", "was", "were", "year", "month", "quarter", "period",
];

/// At most this many figures in a headline, and in its lead, are read as one.
const MAX_HEADLINE_FIGURES: usize = 8;
const MAX_LEAD_FIGURES: usize = 64;

/// Every headline figure of the document and the lead figures that may restate it.
pub(super) fn read(
    text: &str,
    sections: &[usize],
    tokens: &[Token],
    claims: &[Claim],
    changes: &[Change],
) -> Vec<HeadlineFigure> {
    let reader = Reader {
        text,
        tokens,
        claims,
        changed_from: changes.iter().map(|c| c.from).collect(),
    };
    let mut out = Vec::new();
    for &start in sections {
        let headline = start..line_end(text, start);
        let headline_claims = claims_in(claims, &headline);
        if headline_claims.is_empty() {
            continue;
        }
        let Some(lead) = lead_after(text, sections, headline.end) else {
            continue;
        };
        let lead_claims = claims_in(claims, &lead);
        // A wire lead gives a few figures; a heading or a lead of hundreds is no
        // headline over its summary, and reading it would cost their product.
        if headline_claims.len() > MAX_HEADLINE_FIGURES || lead_claims.len() > MAX_LEAD_FIGURES {
            continue;
        }
        let headline_words = words(text, tokens, &headline);
        let under = Under {
            lead,
            lead_claims,
            headline_words,
        };
        out.extend(headline_claims.filter_map(|h| reader.figure(h, &under)));
    }
    out
}

/// What the document says, as a headline figure's restatement is looked for.
struct Reader<'a> {
    text: &'a str,
    tokens: &'a [Token],
    claims: &'a [Claim],
    changed_from: HashSet<usize>,
}

/// A headline's lead: its bytes and claims, and the headline's own words.
struct Under {
    lead: Range<usize>,
    lead_claims: Range<usize>,
    headline_words: HashSet<String>,
}

impl Reader<'_> {
    /// The lead's restatement of headline figure `h`, or the lead's figures it may be.
    fn figure(&self, h: usize, under: &Under) -> Option<HeadlineFigure> {
        let headline = &self.claims[h];
        let (alike, turned): (Vec<usize>, Vec<usize>) = under
            .lead_claims
            .clone()
            .filter(|&l| self.may_restate(headline, &self.claims[l]))
            .partition(|&l| {
                // (A level has none: `进出口3,258.6亿元 同比增长5.4%` rose by the rate.)
                let way = |c: &Claim| {
                    c.is_change
                        .then(|| self.direction(c).map(|(way, _)| way))
                        .flatten()
                };
                way(headline) == way(&self.claims[l])
            });
        let (stated, others): (Vec<usize>, Vec<usize>) =
            alike.into_iter().partition(|&l| self.written_alike(h, l));
        let figure = |lead: Vec<usize>, turned| HeadlineFigure {
            headline: h,
            lead,
            turned,
        };
        // `接待游客100.0万人次，由上年同期的80.0万人次增至100.0万人次`: figures of one value
        // are one figure to compare with.
        let one_value = |all: &[usize]| {
            let interval = |c: usize| self.claims[c].mention.quantity().map(|q| q.interval);
            all.iter().all(|&c| interval(c) == interval(all[0]))
        };
        match (&stated[..], &others[..], &turned[..]) {
            ([l, ..], _, _) if one_value(&[stated.as_slice(), &others].concat()) => self
                .shares_a_word(under, *l)
                .then(|| figure(vec![*l], None)),
            ([], [], [l]) => self
                .turned(h, *l, under)
                .map(|words| figure(vec![*l], Some(words))),
            ([], _, _) => None,
            _ => Some(figure([stated, others].concat(), None)),
        }
    }

    /// `RAISES PRIME RATE TO 8.25 PCT` … `raised its prime rate to 8.25 pct from eight
    /// pct`: an old value restates only an old value, and a figure only one written in
    /// its unit.
    fn written_alike(&self, h: usize, l: usize) -> bool {
        let old =
            |c: usize| self.changed_from.contains(&c) || after_from(self.tokens, &self.claims[c]);
        let (headline, lead) = (&self.claims[h], &self.claims[l]);
        let units = headline.mention.quantity().zip(lead.mention.quantity());
        let alike = units.is_some_and(|(h, l)| h.unit.is_written_alike(&l.unit));
        old(h) == old(l) && (alike || headline.in_one_local_yuan(self.text, lead))
    }

    /// [`may_restate`], with 元 and the currency it is where it is spent counted as one
    /// (`8月全國賦稅收入1,842億元` in a Taiwanese headline, `新台幣1,842億元` in its lead).
    fn may_restate(&self, headline: &Claim, lead: &Claim) -> bool {
        may_restate(headline, lead, headline.in_one_local_yuan(self.text, lead))
    }

    /// `HOUSING STARTS ROSE 2.7 PCT` over `housing starts fell 2.7 pct`: the one figure of
    /// the lead that restates the headline's but for the word of its direction, with the
    /// same value; the two words.
    fn turned(&self, h: usize, l: usize, under: &Under) -> Option<(Range<usize>, Range<usize>)> {
        let (headline, lead) = (&self.claims[h], &self.claims[l]);
        let (Some((_, said)), Some((_, restated))) =
            (self.direction(headline), self.direction(lead))
        else {
            return None;
        };
        let same_value = headline
            .mention
            .quantity()
            .zip(lead.mention.quantity())
            .is_some_and(|(a, b)| a.interval.intersects(&b.interval));
        (same_value && self.written_alike(h, l) && self.shares_a_word(under, l))
            .then_some((said, restated))
    }

    /// Whether the sentence of the lead that holds claim `l` shares a word with the
    /// headline.
    fn shares_a_word(&self, under: &Under, l: usize) -> bool {
        let sentence = sentence_of(self.tokens, &under.lead, &self.claims[l]);
        !words(self.text, self.tokens, &sentence).is_disjoint(&under.headline_words)
    }

    /// The direction of the rise or fall word right before or after a figure, and the
    /// word.
    fn direction(&self, claim: &Claim) -> Option<(Direction, Range<usize>)> {
        let span = &claim.mention.span;
        // (A rate restating a difference moved its way: `增加118.8億美元或20.6%`.)
        let restated =
            |t: &Token| matches!(t, Token::Mention(m) if joined_by_or(self.text, &m.span, span));
        let index = claim.token;
        let before = self.tokens[..index].iter().rev().find(|t| {
            !matches!(t, Token::Cue(c) if matches!(c.kind, CueKind::RelativePeriod | CueKind::PriorPeriod))
                && !restated(t)
        });
        // (On the figure's own line: the word after a headline's last figure may be the
        // lead's.)
        let same_line = |t: &&Token| {
            let (a, b) = (t.span().end.min(span.start), t.span().start.max(span.end));
            !self.text[a..b].contains('\n')
        };
        [before, self.tokens.get(index + 1)]
            .into_iter()
            .flatten()
            .filter(same_line)
            .find_map(|t| match t {
                Token::Cue(c) if c.kind == CueKind::Rise => Some((Direction::Rise, c.span())),
                Token::Cue(c) if c.kind == CueKind::Fall => Some((Direction::Fall, c.span())),
                _ => None,
            })
    }
}

/// Whether the figure stands right after "from" (`from eight pct`, 由…).
fn after_from(tokens: &[Token], claim: &Claim) -> bool {
    let before = claim.token.checked_sub(1).and_then(|i| tokens.get(i));
    matches!(before, Some(Token::Cue(c)) if c.kind == CueKind::From)
}

fn line_end(text: &str, start: usize) -> usize {
    text[start..].find('\n').map_or(text.len(), |n| start + n)
}

/// The first line of text after the headline, unless it is a heading itself.
fn lead_after(text: &str, sections: &[usize], headline_end: usize) -> Option<Range<usize>> {
    let rest = &text[headline_end..];
    let start = headline_end + rest.len() - rest.trim_start().len();
    let start = text[..start]
        .rfind('\n')
        .map_or(0, |n| n + 1)
        .max(headline_end);
    let lead = start..line_end(text, start);
    let heading = sections.binary_search(&start).is_ok();
    (!heading && !text[lead.clone()].trim().is_empty()).then_some(lead)
}

fn claims_in(claims: &[Claim], bytes: &Range<usize>) -> Range<usize> {
    let first = claims.partition_point(|c| c.mention.span.start < bytes.start);
    let end = claims.partition_point(|c| c.mention.span.start < bytes.end);
    first..end
}

/// Whether the lead's figure `lead` may be a restatement of the headline's `headline`,
/// as far as what is known of both goes: a figure the lead gives beside the one that
/// restates the headline's (`cut 4,000 hourly jobs … and 1,000 salaried jobs` under
/// `TO CUT 5,000 JOBS`) leaves the headline's unmatched.
fn may_restate(headline: &Claim, lead: &Claim, one_yuan: bool) -> bool {
    let (Some(h), Some(l)) = (headline.mention.quantity(), lead.mention.quantity()) else {
        return false;
    };
    let known_alike = |a: Option<&Arc<str>>, b: Option<&Arc<str>>| {
        a.zip(b).is_none_or(|(a, b)| named_in_fewer_words(a, b))
    };
    let plain = |c: &Claim| !c.range_end && c.mention.quantity().is_some_and(|q| !q.vague);
    plain(headline)
        && plain(lead)
        // A bare number in a heading is as often a label (`Version 4.1`, `Top 10`).
        && h.unit != Unit::None
        && (h.unit.is_comparable_with(&l.unit) || one_yuan)
        && (l.unit != Unit::None || bare_restatement(h, l))
        && headline.role == lead.role
        && headline.basis == lead.basis
        && headline.is_change == lead.is_change
        && known_alike(headline.subject.known(), lead.subject.known())
        && known_alike(headline.metric.known(), lead.metric.known())
        && headline
            .period
            .known()
            .zip(lead.period.known())
            .is_none_or(|(a, b)| {
                // (A level's period names the year it is of: `去年同期 of Q1` is a year before.
                // A change's relative period may be the one it is measured from: `rose 20.6%
                // from a year earlier … in October`.)
                let relative = a.relative_to_scope.is_some() || b.relative_to_scope.is_some();
                a == b
                    || of_its_year(&a.text, &b.text)
                    || of_its_year(&b.text, &a.text)
                    || headline.is_change && (relative || measured_in(a) == measured_in(b))
            })
}

/// Whether a bare number of the lead may restate the headline's figure: not a rate
/// (`44.6%` … `a score of 285`), and not a number of another size (`1,842億元` … `今（9）日`).
fn bare_restatement(headline: &Quantity, bare: &Quantity) -> bool {
    let rate = matches!(
        headline.unit,
        Unit::Percent | Unit::PercentagePoint | Unit::BasisPoint
    );
    !rate && within_factor(headline.value, bare.value, Decimal::new(15, 1))
}

/// Whether two known subjects or metrics may be one, the headline naming it in fewer
/// words: `net income` and `net income attributable`, `unemployment rate` and `adjusted
/// unemployment rate` ("seasonally adjusted"), but not `revenue` and `cloud revenue`.
fn named_in_fewer_words(a: &str, b: &str) -> bool {
    const BASES: [&str; 5] = [
        "adjusted ",
        "diluted ",
        "underlying ",
        "recurring ",
        "comparable ",
    ];
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let longer = long
        .strip_prefix(short)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '));
    let on_a_basis = BASES
        .iter()
        .any(|basis| long.strip_prefix(basis) == Some(short));
    longer || on_a_basis
}

/// The period a figure is of, without the period a change is measured from: a headline
/// rarely names the comparison its lead does (`up 12%` … `up 12% from a year earlier`,
/// `a year earlier of Q3`).
/// Whether `dated` is `period` with its year (`2025-H1` of a headline's `H1`, 上半年).
fn of_its_year(period: &str, dated: &str) -> bool {
    dated
        .strip_suffix(period)
        .and_then(|year| year.strip_suffix('-'))
        .is_some_and(|year| year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()))
}

fn measured_in(period: &Period) -> &str {
    period
        .text
        .rsplit_once(" of ")
        .map_or(&period.text, |(_, of)| of)
}

/// The sentence of the lead that holds the claim: between the sentence ends around it.
fn sentence_of(tokens: &[Token], lead: &Range<usize>, claim: &Claim) -> Range<usize> {
    let is_end = |t: &&Token| matches!(t, Token::Cue(c) if c.kind == CueKind::SentenceEnd);
    let in_lead = |t: &&Token| lead.contains(&t.span().start);
    let start = tokens[..claim.token]
        .iter()
        .rev()
        .take_while(in_lead)
        .find(is_end)
        .map_or(lead.start, |end| end.span().end);
    let end = tokens[claim.token..]
        .iter()
        .take_while(in_lead)
        .find(is_end)
        .map_or(lead.end, |end| end.span().start);
    start..end
}

/// The words of a stretch of text that are not a figure or a cue word: English words of
/// three letters or more, and pairs of Han characters. A headline and the sentence of
/// its lead that restates it share one (`HOUSING STARTS` … `housing starts`, `宁德时代`).
fn words(text: &str, tokens: &[Token], bytes: &Range<usize>) -> HashSet<String> {
    let first = tokens.partition_point(|t| t.span().end <= bytes.start);
    // In ASCII lower case, so that token spans still index it.
    let mut plain = text[bytes.clone()].to_ascii_lowercase();
    for token in &tokens[first..] {
        let span = token.span();
        if span.start >= bytes.end {
            break;
        }
        let blank =
            span.start.max(bytes.start) - bytes.start..span.end.min(bytes.end) - bytes.start;
        if plain.is_char_boundary(blank.start) && plain.is_char_boundary(blank.end) {
            plain.replace_range(blank.clone(), &" ".repeat(blank.len()));
        }
    }
    let mut out = HashSet::new();
    for word in plain.split(|c: char| !c.is_alphanumeric()) {
        let han: Vec<char> = word.chars().filter(|&c| is_han(c)).collect();
        out.extend(han.windows(2).map(|pair| pair.iter().collect::<String>()));
        // `CAR SALES` and `sales of new cars`: a plural is its singular.
        let latin = word.strip_suffix('s').unwrap_or(word);
        let empty = EMPTY_WORDS.contains(&word) || EMPTY_WORDS.contains(&latin);
        if latin.len() >= 3 && latin.chars().all(|c| c.is_ascii_alphabetic()) && !empty {
            out.insert(latin.to_string());
        }
    }
    out
}
