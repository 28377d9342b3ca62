//! Mentions: every figure the grammar (`grammar/claims.pest`) finds in a text, with its
//! exact value and the interval the writer committed to.
//!
//! The pest parser stays private to this module; the rest of the crate sees typed
//! [`Mention`]s. One function per grammar node turns a parse tree into a value.

mod numeral;
mod scan;
mod units;

use crate::document::{char_floor, preceded_by};
use crate::quantity::{Approx, Currency, Quantity, Unit, DEFAULT_TOLERANCE};
use compact_str::CompactString;
use numeral::Numeral;
use pest::iterators::Pair;
use rayon::prelude::*;
use rust_decimal::Decimal;
use serde::Serialize;
use std::ops::Range;
pub use units::Units;

mod grammar {
    #[derive(pest_derive::Parser)]
    #[grammar = "grammar/claims.pest"]
    pub struct ClaimsParser;
}
use grammar::Rule;

/// What sort of figure a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Number,
    Money,
    Percent,
    Multiple,
    Count,
    Date,
}

impl Kind {
    /// The name used in JSON and tables (`money`).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Number => "number",
            Kind::Money => "money",
            Kind::Percent => "percent",
            Kind::Multiple => "multiple",
            Kind::Count => "count",
            Kind::Date => "date",
        }
    }
}

/// A figure found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Byte range in the text; always on char boundaries.
    pub span: Range<usize>,
    stated: Stated,
}

/// What a figure states: one or the other, never both, so they share their room (a
/// large file holds a mention for every figure while its claims are read).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Stated {
    Amount(Quantity),
    /// The canonical period (2023-09-18, 2023-Q2, FY2025, H1), inline when short.
    Date(CompactString),
}

impl Mention {
    /// A figure that states an amount.
    pub fn amount(span: Range<usize>, quantity: Quantity) -> Mention {
        Mention {
            span,
            stated: Stated::Amount(quantity),
        }
    }

    /// A date, by its canonical period.
    pub fn date(span: Range<usize>, period: &str) -> Mention {
        Mention {
            span,
            stated: Stated::Date(period.into()),
        }
    }

    /// What the figure states, from its unit (a date is a date). Derived, not held: a
    /// large file holds a mention for every figure.
    pub fn kind(&self) -> Kind {
        match &self.stated {
            Stated::Amount(quantity) => kind_of_unit(&quantity.unit),
            Stated::Date(_) => Kind::Date,
        }
    }

    /// The amount, for every kind but `Date`.
    pub fn quantity(&self) -> Option<&Quantity> {
        match &self.stated {
            Stated::Amount(quantity) => Some(quantity),
            Stated::Date(_) => None,
        }
    }

    /// The canonical period, for `Date`.
    pub fn period(&self) -> Option<&str> {
        match &self.stated {
            Stated::Amount(_) => None,
            Stated::Date(period) => Some(period),
        }
    }
}

/// A word that relates figures to each other or places them in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueKind {
    /// 提高, 增长, rose, up.
    Rise,
    /// 下调, 下跌, fell, cut.
    Fall,
    /// 今日, 周一, this year, a week earlier.
    RelativePeriod,
    /// 上年同期, a year earlier: the period a change is measured from.
    PriorPeriod,
    /// 分别, respectively.
    Respectively,
    /// 之前的, previous: the figure after it is the old value.
    Prior,
    /// 年均, a year: a rate per period, not a change between two values.
    PerPeriod,
    /// 预期, expected: the figures beside it are estimates.
    Estimate,
    /// 较, compared with, vs.
    Than,
    /// Exa-Flops: a unit with a prefix, standing alone (the thing a definition defines).
    DefinedUnit,
    /// 相当于, =, equals.
    Define,
    /// 由…组成, consists of.
    Compose,
    /// 那么, so, therefore.
    Conclude,
    /// 每股, at, each: the figure after it is a price per unit.
    PerUnit,
    /// 假设, assuming, if: what follows is a supposition (假设30%车主购买).
    Assume,
    /// 筹资, raised: the figure after it is a total amount.
    Total,
    /// 共, total, in all: the figure after it is a whole.
    Whole,
    /// 其中, of which: the figures after it are parts of the whole before it.
    OfWhich,
    /// 占, accounted for: the percentage after it is a share of a whole.
    ShareOf,
    From,
    To,
    SentenceEnd,
    ClauseSep,
}

/// A cue word and where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    pub kind: CueKind,
    start: usize,
    /// A length rather than an end, so that a cue and its token take 16 bytes: a large
    /// file holds millions of them while its claims are read.
    len: u32,
}

impl Cue {
    /// Where the cue word stands in the text.
    pub fn span(&self) -> Range<usize> {
        self.start..self.start + self.len as usize
    }
}

/// A mention shared by its token and the claim read from it. The `Arc` has no weak
/// count, so a mention takes a 112-byte allocation, not 128: a large file holds one for
/// every figure.
pub type SharedMention = triomphe::Arc<Mention>;

/// The grammar's output in reading order: figures and the cue words between them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    /// Behind a pointer: most tokens are cues, and a document's tokens are held at once,
    /// so a cue should not take a mention's room.
    Mention(SharedMention),
    Cue(Cue),
}

impl From<Mention> for Token {
    fn from(mention: Mention) -> Token {
        Token::Mention(SharedMention::new(mention))
    }
}

/// A sentence longer than this many tokens is cut: no real sentence has that many
/// figures and cue words, and every look-back within a sentence stays bounded, so the
/// time to read a document stays linear however adversarial its text.
pub const MAX_SENTENCE_TOKENS: usize = 96;

impl Token {
    /// A cue over `span`; `None` for a span longer than 4 GiB, which no cue word is.
    fn cue(kind: CueKind, span: Range<usize>) -> Option<Token> {
        let len = u32::try_from(span.len()).ok()?;
        Some(Token::Cue(Cue {
            kind,
            start: span.start,
            len,
        }))
    }

    /// Where the token stands in the text.
    pub fn span(&self) -> Range<usize> {
        match self {
            Token::Mention(m) => m.span.clone(),
            Token::Cue(c) => c.span(),
        }
    }

    /// The token of a text that starts `offset` bytes into the document.
    fn shift(&mut self, offset: usize) {
        match self {
            // A new token: its mention is not shared yet, so this does not copy it.
            Token::Mention(m) => {
                let span = &mut SharedMention::make_mut(m).span;
                *span = span.start + offset..span.end + offset;
            }
            Token::Cue(c) => c.start += offset,
        }
    }
}

/// Every mention in `text`, in reading order.
pub fn extract(text: &str) -> Vec<Mention> {
    tokenize(text)
        .into_iter()
        .filter_map(|token| match token {
            Token::Mention(m) => Some(SharedMention::unwrap_or_clone(m)),
            Token::Cue(_) => None,
        })
        .collect()
}

/// Every mention and cue in `text`, in reading order, hedges at the default tolerance.
pub fn tokenize(text: &str) -> Vec<Token> {
    tokenize_with(text, DEFAULT_TOLERANCE, None)
}

/// A text is read in pieces of about this many bytes, each ending after a line break, in
/// parallel: the grammar never matches or looks across a line break, so a piece that
/// starts a line reads as it does in the whole text.
const PIECE_BYTES: usize = 256 * 1024;

/// Every mention and cue in `text`, in reading order; `tolerance` is how far (relative)
/// 约/about widens a figure and 近/nearly extends it downwards; `units` are the count
/// units a configuration adds.
pub fn tokenize_with(text: &str, tolerance: Decimal, units: Option<&Units>) -> Vec<Token> {
    let mut tokens = tokenize_in_pieces(text, tolerance, PIECE_BYTES);
    if let Some(units) = units {
        units.attach(text, tolerance, &mut tokens);
    }
    // The tokens are held while the claims are read: a large file should not also hold
    // up to as much again of the vector's growth room.
    tokens.shrink_to_fit();
    tokens
}

/// The tokens of `text`, read in pieces of at least `piece_bytes` (tests cut it finer).
fn tokenize_in_pieces(text: &str, tolerance: Decimal, piece_bytes: usize) -> Vec<Token> {
    let pieces = line_pieces(text, piece_bytes);
    if let [piece] = pieces.as_slice() {
        // Most articles: no hand-over to the thread pool.
        return piece_tokens(text, piece.clone(), tolerance);
    }
    // A few pieces per thread at a time, appended in order: reading every piece before
    // joining them would hold the tokens twice.
    let batch = 4 * rayon::current_num_threads();
    let mut tokens = Vec::new();
    for pieces in pieces.chunks(batch) {
        let read: Vec<Vec<Token>> = pieces
            .par_iter()
            .map(|piece| piece_tokens(text, piece.clone(), tolerance))
            .collect();
        tokens.extend(read.into_iter().flatten());
    }
    tokens
}

/// `text` cut into ranges of at least `piece_bytes` (the last may be shorter), each
/// ending just after a line feed, so that no piece splits a line or a CRLF.
fn line_pieces(text: &str, piece_bytes: usize) -> Vec<Range<usize>> {
    let mut pieces = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let from = start.saturating_add(piece_bytes.max(1)).min(text.len());
        let line_end = text.as_bytes()[from..].iter().position(|&b| b == b'\n');
        let end = line_end.map_or(text.len(), |at| from + at + 1);
        pieces.push(start..end);
        start = end;
    }
    pieces
}

/// The tokens of the piece `piece` of `text`, with spans in `text`.
fn piece_tokens(text: &str, piece: Range<usize>, tolerance: Decimal) -> Vec<Token> {
    let base = piece.start;
    let mut tokens = Vec::new();
    scan::scan(&text[piece], |item| match item {
        scan::Item::Parsed { step, offset } => {
            let first = tokens.len();
            let after_change = follows_change_word(&tokens, text, base + offset);
            for pair in step.into_inner() {
                push_tokens(pair, tolerance, after_change, &mut tokens);
            }
            for token in &mut tokens[first..] {
                token.shift(base + offset);
            }
            // The grammar reads from the item on and cannot see what stands before it.
            if tokens[first..].iter().any(|t| misread_alone(text, t)) {
                let read = tokens.split_off(first);
                tokens.extend(read.into_iter().filter(|t| !misread_alone(text, t)));
            }
        }
        scan::Item::Cue { rule, start, end } => {
            tokens.extend(
                cue_kind(rule)
                    .and_then(|kind| Token::cue(kind, base + start..base + end))
                    .filter(|t| !misread_alone(text, t)),
            );
        }
        scan::Item::Listed { start, end } => {
            let span = base + start..base + end;
            tokens.extend(listed_mention(&text[span.clone()], span, tolerance).map(Token::from));
        }
    });
    tokens
}

/// Whether a token the grammar read is none, seen with what stands before it: a unit's
/// label (`单位：亿元`), a model's number (`VX 9090`, `S&P 500`), a note's number
/// (`。2.1公顷` after `注：1.`), the "up" of "made up".
fn misread_alone(text: &str, token: &Token) -> bool {
    let span = token.span();
    match token {
        Token::Mention(mention) => {
            is_unit_label(text, span.clone())
                || numbers_a_model(text, mention)
                || numbers_a_note(text, span)
        }
        Token::Cue(cue) => cue.kind == CueKind::Rise && made_up(text, span),
    }
}

/// `VX 9090`, `RTX 5090`, `S&P 500`, `Model 3`, `骁龙8 Gen 2`, `星耀15 Pro`, `last year's
/// Lumen 8`: digits alone right after a word in capitals, a word that numbers a model or
/// a name the text points at, or right before a model's suffix, name a model or an
/// index, not an amount.
fn numbers_a_model(text: &str, mention: &Mention) -> bool {
    const NUMBERING: [&str; 5] = ["Gen ", "Model ", "Series ", "Mark ", "Version "];
    const SUFFIXES: [&str; 10] = [
        " Pro", " Max", " MAX", " Ultra", " Plus", " Gen", " Mini", " Lite", " Fold", " Flip",
    ];
    let written = &text[mention.span.clone()];
    if mention.kind() != Kind::Number || !written.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let before = &text[..mention.span.start];
    let after = &text[mention.span.end..];
    let suffix_after = SUFFIXES.iter().any(|suffix| {
        after.starts_with(suffix)
            && !after[suffix.len()..].starts_with(|c: char| c.is_ascii_lowercase())
    });
    suffix_after
        || NUMBERING.iter().any(|word| before.ends_with(word))
        || after_capitals(before)
        || after_a_name_pointed_at(before)
        || between_a_count_and_a_name(before, after)
}

/// `delivered 29 787 Dreamliners`: digits right after a count and before a capitalised
/// word name what is counted.
fn between_a_count_and_a_name(before: &str, after: &str) -> bool {
    let after_a_count = before
        .strip_suffix(' ')
        .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()));
    let before_a_name = after
        .strip_prefix(' ')
        .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_uppercase()));
    after_a_count && before_a_name
}

/// Whether `before` ends with a capitalised word the text points at, and a space: `the
/// Lumen `, `last year's Lumen `, `its Round `. Counts follow no such word (`the 8
/// phones`), while names end with a number (`the Russell 2000`, `Tesla's Model 3`).
fn after_a_name_pointed_at(before: &str) -> bool {
    const POINTERS: [&str; 7] = [" the ", "The ", "'s ", "’s ", " its ", " their ", " our "];
    let Some(before) = before.strip_suffix(' ') else {
        return false;
    };
    let word_start = (before.char_indices().rev())
        .find(|(_, c)| !c.is_ascii_alphabetic())
        .map_or(0, |(at, c)| at + c.len_utf8());
    let word = &before[word_start..];
    let capitalised = word.len() >= 2
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word[1..].bytes().all(|b| b.is_ascii_lowercase());
    capitalised && POINTERS.iter().any(|p| before[..word_start].ends_with(p))
}

/// Whether `before` ends with a word in capitals (two or more) and a space: `VX `, `S&P `.
fn after_capitals(before: &str) -> bool {
    let Some(before) = before.strip_suffix(' ') else {
        return false;
    };
    let name: Vec<u8> = before
        .bytes()
        .rev()
        .take_while(|b| b.is_ascii_uppercase() || *b == b'&')
        .collect();
    let word_starts = before.len() == name.len()
        || !before.as_bytes()[before.len() - name.len() - 1].is_ascii_alphanumeric();
    name.iter().filter(|b| b.is_ascii_uppercase()).count() >= 2 && word_starts
}

/// `注：1.因四舍五入…。2.1公顷等于15亩。`: in numbered notes, "2." after a full stop numbers
/// the next note; what follows it is the figure, which is left unread.
fn numbers_a_note(text: &str, span: Range<usize>) -> bool {
    let written = text[span.clone()].as_bytes();
    let numbered = matches!(written, [n, b'.', d, ..] if n.is_ascii_digit() && d.is_ascii_digit());
    let before = &text[..span.start];
    if !numbered || !before.ends_with(['。', '；']) {
        return false;
    }
    // A note is short: a bounded look back for the start of its line.
    let window = &before[char_floor(before, before.len().saturating_sub(600))..];
    let line = window.rsplit('\n').next().unwrap_or(window);
    ["注：1.", "注:1.", "注：1．"]
        .iter()
        .any(|opening| line.starts_with(opening))
}

/// "made up 66.5%", "make up": the parts of a whole, no rise.
fn made_up(text: &str, span: Range<usize>) -> bool {
    text[span.clone()].eq_ignore_ascii_case("up")
        && preceded_by(text, span.start, &[" made", " make", " makes", " making"])
}

/// Whether `span` is a scale and currency without a number that labels the unit of
/// figures given elsewhere: `营收（亿美元）` in a table's heading, `单位：亿元`. Alone
/// (`市值突破万亿美元`) such a word is one of its scale.
fn is_unit_label(text: &str, span: Range<usize>) -> bool {
    const LABELS_BEFORE: [&str; 4] = ["单位：", "单位:", "單位：", "單位:"];
    let (Some(written), Some(before), Some(after)) = (
        text.get(span.clone()),
        text.get(..span.start),
        text.get(span.end..),
    ) else {
        return false;
    };
    let bare_scale = written.starts_with(['万', '千', '百', '十', '亿', '億', '萬'])
        && !written
            .chars()
            .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
    // `单位：人民币亿元`: the currency may be named before the scale.
    let before = ["人民币", "人民幣"]
        .iter()
        .find_map(|currency| before.strip_suffix(currency))
        .unwrap_or(before);
    let in_parentheses = before.ends_with(['(', '（']) && after.starts_with([')', '）']);
    bare_scale && (in_parentheses || LABELS_BEFORE.iter().any(|l| before.ends_with(l)))
}

/// A number in a list (`1,2,3`), which the scanner reads without the grammar: a bare
/// amount, as `bare_figure_shortcut` reads it.
fn listed_mention(digits: &str, span: Range<usize>, tolerance: Decimal) -> Option<Mention> {
    let reading = Reading {
        numeral: numeral::arabic(digits),
        ..Reading::default()
    };
    Some(Mention::amount(span, reading.quantity(tolerance)?))
}

/// Whether the last token read is a word of rising or falling that ends at `at` (or
/// before a 了 that does, or a few words and "by": `increased its workforce by`): what
/// follows it is the amount of the change.
fn follows_change_word(tokens: &[Token], text: &str, at: usize) -> bool {
    let Some(Token::Cue(cue)) = tokens.last() else {
        return false;
    };
    let between = text.get(cue.span().end..at).unwrap_or("x");
    let by = between.strip_suffix(" by ").is_some_and(|words| {
        words.split_whitespace().count() <= 3
            && words
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == ' ' || c == '\'')
    });
    matches!(cue.kind, CueKind::Rise | CueKind::Fall) && (matches!(between, "" | "了") || by)
}

/// The tokens of one item the grammar matched; `after_change`: the item stands right
/// after a word of rising or falling.
fn push_tokens(pair: Pair<Rule>, tolerance: Decimal, after_change: bool, tokens: &mut Vec<Token>) {
    let mention = Token::from;
    match pair.as_rule() {
        Rule::quantity => tokens.extend(quantity_mention(pair, tolerance).map(mention)),
        Rule::range => tokens.extend(range_tokens(pair, tolerance, after_change)),
        Rule::date => tokens.push(mention(date_mention(pair))),
        Rule::vague => tokens.extend(vague_mention(pair).map(mention)),
        Rule::idiom => tokens.extend(idiom_mention(pair).map(mention)),
        Rule::from_period => tokens.extend(from_period_tokens(pair)),
        rule => tokens.extend(cue_kind(rule).and_then(|kind| Token::cue(kind, span_of(&pair)))),
    }
}

/// "from the first quarter" / "from the first": a "from" cue and the period as a date;
/// a bare ordinal is written `#1`, the first period of the new value's kind.
fn from_period_tokens(pair: Pair<Rule>) -> Vec<Token> {
    let span = span_of(&pair);
    let Some(target) = pair.into_inner().next() else {
        return Vec::new();
    };
    let target_span = span_of(&target);
    let period = if target.as_rule() == Rule::period_ordinal {
        english_ordinal(target.as_str()).map(|n| format!("#{n}"))
    } else {
        Some(Period::of(target).canonical())
    };
    let from = Token::cue(CueKind::From, span.start..target_span.start);
    let date = period.map(|period| Token::from(Mention::date(target_span, &period)));
    from.into_iter().chain(date).collect()
}

fn cue_kind(rule: Rule) -> Option<CueKind> {
    Some(match rule {
        Rule::rise => CueKind::Rise,
        Rule::fall => CueKind::Fall,
        Rule::relative_period => CueKind::RelativePeriod,
        Rule::prior_period => CueKind::PriorPeriod,
        Rule::respectively => CueKind::Respectively,
        Rule::prior => CueKind::Prior,
        Rule::per_period => CueKind::PerPeriod,
        Rule::estimate => CueKind::Estimate,
        Rule::than_word => CueKind::Than,
        Rule::defined_unit => CueKind::DefinedUnit,
        Rule::define => CueKind::Define,
        Rule::compose => CueKind::Compose,
        Rule::conclude => CueKind::Conclude,
        Rule::per_unit => CueKind::PerUnit,
        Rule::assume => CueKind::Assume,
        Rule::total_word => CueKind::Total,
        Rule::whole => CueKind::Whole,
        Rule::of_which => CueKind::OfWhich,
        Rule::share_of => CueKind::ShareOf,
        Rule::from_word | Rule::from_pair => CueKind::From,
        Rule::to_word | Rule::to_pair => CueKind::To,
        Rule::sentence_end => CueKind::SentenceEnd,
        Rule::clause_sep => CueKind::ClauseSep,
        _ => return None,
    })
}

fn span_of(pair: &Pair<Rule>) -> Range<usize> {
    pair.as_span().start()..pair.as_span().end()
}

/// Everything a quantity node says, gathered from its descendants.
#[derive(Debug, Default)]
struct Reading {
    negative: bool,
    numeral: Option<Numeral>,
    scale: Option<Decimal>,
    unit: Option<Unit>,
    /// Cents are hundredths of the currency; 成 are tenths (三成 = 30%).
    divisor: Option<Decimal>,
    multiplier: Option<Decimal>,
    /// 2万5千: the 5千 added after the scale.
    tail: Option<Numeral>,
    approx: Option<Approx>,
    /// 5千多, 1000余家: more than the value, below the next step of its last place.
    below_next_place: bool,
}

impl Reading {
    fn of(pair: Pair<Rule>) -> Reading {
        let mut reading = Reading {
            ..Reading::default()
        };
        for node in pair.into_inner().flatten() {
            reading.read(&node);
        }
        reading
    }

    fn read(&mut self, node: &Pair<Rule>) {
        let text = node.as_str();
        match node.as_rule() {
            Rule::sign => self.negative = matches!(text, "-" | "−" | "－"),
            Rule::arabic => self.numeral = numeral::arabic(text),
            Rule::cn_numeral | Rule::cn_numeral_bare | Rule::cn_numeral_any => {
                self.numeral = numeral::chinese(text);
            }
            Rule::en_number_word => self.numeral = numeral::english_word(text),
            Rule::mixed_tail => self.tail = numeral::mixed_tail(text),
            Rule::cn_scale => self.multiply_scale(numeral::chinese_scale_word(text)),
            Rule::bare_scale => {
                self.numeral = Some(Numeral {
                    value: Decimal::ONE,
                    resolution: Decimal::ONE,
                });
                self.multiply_scale(numeral::chinese_scale_word(text));
            }
            Rule::en_scale_word | Rule::en_scale_attached => {
                self.multiply_scale(numeral::english_scale_word(text));
            }
            Rule::percent_sign | Rule::percent_words => self.unit = Some(Unit::Percent),
            Rule::percent_point => self.unit = Some(Unit::PercentagePoint),
            Rule::basis_point => self.unit = Some(Unit::BasisPoint),
            Rule::cn_tenths => {
                self.unit = Some(Unit::Percent);
                self.multiplier = Some(Decimal::TEN);
            }
            Rule::tenths_half => {
                let half = Decimal::new(5, 1);
                self.tail = Some(Numeral {
                    value: half,
                    resolution: half,
                });
            }
            Rule::multiple_word | Rule::multiple_x => self.unit = Some(Unit::Multiple),
            Rule::word_multiple => {
                self.numeral = Some(numeral::word_multiple(text));
                self.unit = Some(Unit::Multiple);
                self.approx.get_or_insert(Approx::Approx);
            }
            Rule::known_unit
            | Rule::hyphen_unit
            | Rule::cn_classifier
            | Rule::en_time_unit
            | Rule::en_noun => {
                self.unit = Some(Unit::Count(text.into()));
            }
            Rule::caps_noun => self.unit = Some(Unit::Count(text.to_lowercase().as_str().into())),
            Rule::per_denominator => {
                if let Some(Unit::Count(unit)) = &self.unit {
                    self.unit = Some(Unit::Count(format!("{}{text}", &**unit).as_str().into()));
                }
            }
            cents @ (Rule::usd_cents
            | Rule::gbp_pence
            | Rule::aud_cents
            | Rule::cad_cents
            | Rule::eur_cents
            | Rule::sgd_cents
            | Rule::hkd_cents) => {
                let currency = match cents {
                    Rule::gbp_pence => Currency::Gbp,
                    Rule::aud_cents => Currency::Aud,
                    Rule::cad_cents => Currency::Cad,
                    Rule::eur_cents => Currency::Eur,
                    Rule::sgd_cents => Currency::Sgd,
                    Rule::hkd_cents => Currency::Hkd,
                    _ => Currency::Usd,
                };
                self.unit = Some(Unit::Money(currency));
                self.divisor = Some(Decimal::ONE_HUNDRED);
            }
            rule => {
                if let Some(currency) = currency(rule) {
                    self.unit = Some(Unit::Money(currency));
                } else if let Some(approx) = hedge(rule) {
                    // The first hedge wins: 约…左右 is still "about".
                    let first = self.approx.is_none();
                    self.approx.get_or_insert(approx);
                    let chinese_more = matches!(rule, Rule::post_more_than | Rule::filler_more);
                    self.below_next_place |= first && chinese_more;
                }
            }
        }
    }

    fn multiply_scale(&mut self, factor: Option<Decimal>) {
        let current = self.scale.unwrap_or(Decimal::ONE);
        self.scale = factor.and_then(|f| current.checked_mul(f));
        if self.scale.is_none() {
            // A scale that overflows makes the amount unreadable.
            self.numeral = None;
        }
    }

    /// The stated amount with scale, sign, cents and tenths applied.
    fn amount(&self) -> Option<Numeral> {
        let mut n = self.numeral?;
        if let Some(scale) = self.scale {
            n = n.scaled(scale)?;
        }
        if let Some(tail) = self.tail {
            n = Numeral {
                value: n.value.checked_add(tail.value)?,
                resolution: tail.resolution,
            };
        }
        if let Some(m) = self.multiplier {
            n = n.scaled(m)?;
        }
        if let Some(d) = self.divisor {
            n = Numeral {
                value: n.value.checked_div(d)?,
                resolution: n.resolution.checked_div(d)?,
            };
        }
        if self.negative {
            n.value = -n.value;
        }
        Some(n)
    }

    fn unit(&self) -> Unit {
        self.unit.clone().unwrap_or(Unit::None)
    }

    fn quantity(&self, tolerance: Decimal) -> Option<Quantity> {
        let n = self.amount()?;
        let approx = self.approx.unwrap_or(Approx::Exact);
        let quantity =
            Quantity::from_written(n.value, n.resolution, self.unit(), approx, tolerance);
        Some(if self.below_next_place {
            quantity.below_next_place()
        } else {
            quantity
        })
    }
}

/// The kind a figure's unit implies.
fn kind_of_unit(unit: &Unit) -> Kind {
    match unit {
        Unit::None => Kind::Number,
        Unit::Percent | Unit::PercentagePoint | Unit::BasisPoint => Kind::Percent,
        Unit::Multiple => Kind::Multiple,
        Unit::Money(_) => Kind::Money,
        Unit::Count(_) => Kind::Count,
    }
}

fn currency(rule: Rule) -> Option<Currency> {
    Some(match rule {
        Rule::usd_prefix | Rule::usd_suffix => Currency::Usd,
        Rule::hkd | Rule::hkd_suffix => Currency::Hkd,
        Rule::cad | Rule::cad_suffix => Currency::Cad,
        Rule::aud | Rule::aud_suffix => Currency::Aud,
        Rule::twd | Rule::twd_suffix => Currency::Twd,
        Rule::sgd => Currency::Sgd,
        Rule::nzd => Currency::Nzd,
        Rule::eur | Rule::eur_suffix => Currency::Eur,
        Rule::gbp | Rule::gbp_suffix => Currency::Gbp,
        Rule::jpy_prefix | Rule::jpy_suffix => Currency::Jpy,
        Rule::cny_prefix | Rule::cny_suffix => Currency::Cny,
        Rule::chf | Rule::chf_suffix => Currency::Chf,
        Rule::inr => Currency::Inr,
        Rule::krw | Rule::krw_suffix => Currency::Krw,
        Rule::dem => Currency::Dem,
        Rule::frf => Currency::Frf,
        Rule::nlg => Currency::Nlg,
        Rule::itl => Currency::Itl,
        _ => return None,
    })
}

fn hedge(rule: Rule) -> Option<Approx> {
    Some(match rule {
        Rule::hedge_approx | Rule::post_approx | Rule::filler_about => Approx::Approx,
        Rule::hedge_nearly => Approx::Nearly,
        Rule::hedge_more_than | Rule::post_more_than | Rule::filler_more => Approx::MoreThan,
        Rule::hedge_at_least | Rule::post_at_least => Approx::AtLeast,
        Rule::hedge_less_than => Approx::LessThan,
        Rule::hedge_at_most | Rule::post_at_most => Approx::AtMost,
        _ => return None,
    })
}

/// The hedge the grammar reads right after `at` (`以上`, `or more`) and where it ends.
fn hedge_after(text: &str, at: usize) -> Option<(Approx, usize)> {
    use pest::Parser;
    let mut parsed = grammar::ClaimsParser::parse(Rule::hedge_after, text.get(at..)?).ok()?;
    let pair = parsed.next()?;
    let end = at + pair.as_span().end();
    let approx = pair.into_inner().find_map(|p| hedge(p.as_rule()))?;
    Some((approx, end))
}

fn quantity_mention(pair: Pair<Rule>, tolerance: Decimal) -> Option<Mention> {
    let span = span_of(&pair);
    let reading = Reading::of(pair);
    Some(Mention::amount(span, reading.quantity(tolerance)?))
}

/// A range shares the scale and unit of its upper end with a bare lower end
/// (`4.5-5万辆`, `$10 to $12 billion`). Where the two ends cannot form one range
/// (`rose 5 pct to 7 pct`, `3-2`), each end is a mention of its own, and a "to"
/// between them is a cue. After a word of change, two amounts of a unit (not percent),
/// the second ten times the first or more, are "by … to": `增加4,700人至122,900人`,
/// `increased its workforce by 4,700 to 122,900 employees`.
fn range_tokens(pair: Pair<Rule>, tolerance: Decimal, after_change: bool) -> Vec<Token> {
    let span = span_of(&pair);
    let (mut low_part, mut high_part, mut to_word, mut zhi) = (None, None, None, None);
    for child in pair.into_inner() {
        match child.as_rule() {
            Rule::range_low => low_part = Some(child),
            Rule::range_to => to_word = Some(span_of(&child)),
            Rule::range_zhi => zhi = Some(span_of(&child)),
            Rule::quantity => high_part = Some(child),
            _ => {}
        }
    }
    let (Some(low_part), Some(high_part)) = (low_part, high_part) else {
        return Vec::new();
    };
    let low_span = span_of(&low_part);
    let mut low = Reading::of(low_part);
    let high_mention = quantity_mention(high_part.clone(), tolerance);
    let high = Reading::of(high_part);
    if joinable(&low, &high, to_word.is_some()) {
        let (own_scale, own_unit) = (low.scale, low.unit.clone());
        low.scale = low.scale.or(high.scale);
        low.unit = low.unit.or_else(|| high.unit.clone());
        if let (Some(l), Some(h)) = (low.amount(), high.amount()) {
            let by_and_to = after_change
                && low.unit.as_ref().is_some_and(|unit| *unit != Unit::Percent)
                && l.value
                    .checked_mul(Decimal::TEN)
                    .is_some_and(|ten| ten <= h.value);
            if l.value < h.value && !by_and_to {
                let quantity =
                    Quantity::range(l.value, l.resolution, h.value, h.resolution, high.unit());
                return vec![Token::from(Mention::amount(span, quantity))];
            }
        }
        // No range after all (grew 5 to 1.05 million): the lower end states only its own.
        (low.scale, low.unit) = (own_scale, own_unit);
    }
    let low_mention = low
        .quantity(tolerance)
        .map(|q| Mention::amount(low_span, q));
    let to_cue = to_word
        .or(zhi)
        .and_then(|span| Token::cue(CueKind::To, span));
    let low_mention = low_mention.map(Token::from);
    low_mention
        .into_iter()
        .chain(to_cue)
        .chain(high_mention.map(Token::from))
        .collect()
}

/// Whether two figures joined by a dash, 至 or "to" are the two ends of one range.
fn joinable(low: &Reading, high: &Reading, joined_by_to: bool) -> bool {
    let units_agree = match (&low.unit, &high.unit) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    };
    if !joined_by_to {
        return units_agree;
    }
    // "to" also reads a change (rose 5 pct to 7 pct): only a bare lower end that borrows
    // the upper end's scale or unit is a range, and one with a unit borrows a scale only
    // from an end of the same unit ($10 to $12 billion; not grew 5% to 2 million).
    let high_carries = high.scale.is_some() || high.unit.is_some();
    let low_bare =
        low.scale.is_none() && (low.unit.is_none() || high.scale.is_some() && high.unit.is_some());
    units_agree && high_carries && low_bare
}

fn date_mention(pair: Pair<Rule>) -> Mention {
    let span = span_of(&pair);
    Mention::date(span, &Period::of(pair).canonical())
}

/// The parts of a date or period, gathered from the grammar's nodes.
#[derive(Debug, Default)]
struct Period {
    year: Option<String>,
    /// The first month of a span of months (1-2月, 前两个月).
    first_month: Option<u32>,
    month: Option<u32>,
    day: Option<u32>,
    quarter: Option<String>,
    half: Option<&'static str>,
    fiscal: bool,
    other: Option<String>,
}

impl Period {
    fn of(pair: Pair<Rule>) -> Period {
        let mut period = Period::default();
        for node in pair.into_inner().flatten() {
            period.read(&node);
        }
        period
    }

    fn read(&mut self, node: &Pair<Rule>) {
        let text = node.as_str();
        match node.as_rule() {
            Rule::year => {
                let year = small_number(text).map(|y| y.to_string());
                // A span of years (2008-2023年) reads as an ISO interval, 2008/2023.
                self.year = match (self.year.take(), year) {
                    (Some(from), Some(to)) => Some(format!("{from}/{to}")),
                    (from, to) => to.or(from),
                };
            }
            Rule::year_tail => {
                let from = self.year.as_deref().and_then(|y| y.parse::<u32>().ok());
                if let (Some(from), Some(tail)) = (from, small_number(text)) {
                    let to = from - from % 100 + tail;
                    let to = if to < from { to + 100 } else { to };
                    self.year = Some(format!("{from}/{to}"));
                }
            }
            Rule::fiscal_year => self.fiscal = true,
            Rule::month | Rule::month_2 => {
                // The second month of 1-2月 ends the span the first one starts.
                self.first_month = self.month.take();
                self.month = small_number(text);
            }
            Rule::months_count => {
                self.first_month = Some(1);
                self.month = small_number(text);
            }
            Rule::en_months_count => {
                self.first_month = Some(1);
                self.month = english_number(text);
            }
            Rule::day | Rule::day_2 | Rule::en_day_node => self.day = small_number(text),
            Rule::en_month => self.month = english_month(text),
            Rule::quarter_number => self.quarter = small_number(text).map(|q| format!("Q{q}")),
            Rule::quarter if text.starts_with('前') => self.quarter = Some("Q1-Q3".into()),
            Rule::half => {
                self.half = Some(if text.starts_with('上') { "H1" } else { "H2" });
            }
            Rule::en_quarter_words => self.quarter = english_ordinal(text).map(|n| format!("Q{n}")),
            // The months as written (04/06): which quarter they are depends on the calendar
            // the document counts by, which attribution knows.
            Rule::en_quarter_months => {
                self.first_month = english_month(text);
                self.month = self.first_month.map(|first| first + 2);
            }
            Rule::en_half_words => {
                self.half = english_ordinal(text).map(|n| if n == 1 { "H1" } else { "H2" })
            }
            // Q3 2023, H1, FY 2024, fiscal 2024: the year is read from its `year` node. A
            // two-digit year (3Q23, FY24) names no century: kept as written.
            Rule::en_fiscal if !has_two_digit_year(text) => self.fiscal = true,
            Rule::en_quarter if !has_two_digit_year(text) => {
                self.quarter = first_digit(text).map(|n| format!("Q{n}"));
            }
            Rule::en_half if !has_two_digit_year(text) => {
                self.half = first_digit(text).map(|n| if n == '1' { "H1" } else { "H2" });
            }
            Rule::en_quarter | Rule::en_half | Rule::en_fiscal | Rule::en_year | Rule::century => {
                self.other = Some(text.split_whitespace().collect::<Vec<_>>().join(" "));
            }
            _ => {}
        }
    }

    /// 2023-09-18, 2023-Q2, FY2025, 09-13, H1, whether written in Chinese or English; a
    /// year span, decade or two-digit year as written (1986-87, 1990s, 3Q23).
    fn canonical(&self) -> String {
        if let Some(other) = &self.other {
            return other.clone();
        }
        let mut parts = Vec::new();
        if let Some(year) = &self.year {
            parts.push(if self.fiscal {
                format!("FY{year}")
            } else {
                year.clone()
            });
        }
        // A span of months reads as an ISO interval: 1-2月 is 01/02. The first months of
        // a quarter or half count from its first month (第二季度前两个月 is 04/05).
        let offset = self.months_before();
        match (self.first_month, self.month) {
            (Some(first), Some(last)) => {
                parts.push(format!("{:02}/{:02}", first + offset, last + offset));
            }
            (None, Some(month)) => parts.push(format!("{month:02}")),
            _ => {}
        }
        if let Some(day) = self.day {
            parts.push(format!("{day:02}"));
        }
        if self.first_month.is_none() {
            parts.extend(self.quarter.clone());
            parts.extend(self.half.map(str::to_string));
        }
        parts.join("-")
    }

    /// The months of the year before the quarter or half that holds a span of months.
    fn months_before(&self) -> u32 {
        let number =
            |p: Option<&str>, kind: char| p.and_then(|p| p.strip_prefix(kind)?.parse::<u32>().ok());
        if self.first_month.is_none() {
            0
        } else if let Some(q) = number(self.quarter.as_deref(), 'Q') {
            3 * q.saturating_sub(1)
        } else if let Some(h) = number(self.half, 'H') {
            6 * h.saturating_sub(1)
        } else {
            0
        }
    }
}

/// Whether a quarter, half or fiscal year is dated with two digits (3Q23, Q3'23, FY24):
/// its digits other than the quarter's or half's own are two.
fn has_two_digit_year(text: &str) -> bool {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let own = usize::from(!text.starts_with(['F', 'f']));
    digits == own + 2
}

fn first_digit(text: &str) -> Option<char> {
    text.chars().find(char::is_ascii_digit)
}

/// A day, month or year written in Arabic or Chinese digits.
fn small_number(text: &str) -> Option<u32> {
    let n = numeral::arabic(text).or_else(|| numeral::chinese(text))?;
    u32::try_from(n.value.trunc().mantissa()).ok()
}

/// "third-quarter" → 3.
fn english_ordinal(text: &str) -> Option<usize> {
    let lower = text.to_ascii_lowercase();
    ["first", "second", "third", "fourth"]
        .iter()
        .position(|w| lower.starts_with(w))
        .map(|i| i + 1)
}

/// "two" → 2, up to "eleven" (the months before the last).
fn english_number(text: &str) -> Option<u32> {
    const NUMBERS: [&str; 10] = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    ];
    let lower = text.to_ascii_lowercase();
    let position = NUMBERS.iter().position(|n| lower == *n)?;
    u32::try_from(position + 2).ok()
}

fn english_month(text: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = text.to_ascii_lowercase();
    let position = MONTHS.iter().position(|m| lower.starts_with(m))?;
    u32::try_from(position + 1).ok()
}

/// 数亿, several million, dozens of: an order of magnitude, never evidence of a conflict.
fn vague_mention(pair: Pair<Rule>) -> Option<Mention> {
    let span = span_of(&pair);
    let mut unit = Unit::None;
    let mut bounds = None;
    for node in pair.into_inner().flatten() {
        let text = node.as_str();
        match node.as_rule() {
            Rule::vague_scale => {
                let scale = numeral::chinese_scale_word(text)
                    .or_else(|| numeral::english_scale_word(text))?;
                bounds = Some((
                    Decimal::TWO.checked_mul(scale)?,
                    Decimal::TEN.checked_mul(scale)?,
                ));
            }
            Rule::vague_plural | Rule::vague_tens_of => bounds = vague_plural(text),
            Rule::cn_classifier => unit = Unit::Count(text.into()),
            rule => {
                if let Some(currency) = currency(rule) {
                    unit = Unit::Money(currency);
                }
            }
        }
    }
    let (low, high) = bounds?;
    Some(Mention::amount(span, Quantity::vague(low, high, unit)))
}

/// dozens of → [24, 144]; hundreds of → [200, 1000]; tens of thousands of → [2·10⁴, 10⁵].
fn vague_plural(text: &str) -> Option<(Decimal, Decimal)> {
    let lower = text.to_ascii_lowercase();
    let magnitude = |word: &str| -> Option<Decimal> {
        let exponent = [
            ("hundreds", 2),
            ("thousands", 3),
            ("millions", 6),
            ("billions", 9),
            ("trillions", 12),
        ]
        .iter()
        .find(|(w, _)| word.contains(w))?
        .1;
        Some(Decimal::from(10u64.pow(exponent)))
    };
    if lower.starts_with("dozens") {
        return Some((Decimal::from(24), Decimal::from(144)));
    }
    if lower.starts_with("scores") {
        return Some((Decimal::from(40), Decimal::from(200)));
    }
    let scale = magnitude(&lower)?;
    let scale = if lower.starts_with("tens of") {
        scale.checked_mul(Decimal::TEN)?
    } else {
        scale
    };
    Some((
        Decimal::TWO.checked_mul(scale)?,
        Decimal::TEN.checked_mul(scale)?,
    ))
}

/// "1后面18个零" is 10^18.
fn idiom_mention(pair: Pair<Rule>) -> Option<Mention> {
    let span = span_of(&pair);
    let zeros = pair
        .into_inner()
        .find(|p| p.as_rule() == Rule::idiom_zeros)
        .and_then(|p| small_number(p.as_str()))?;
    let value = Decimal::try_from_i128_with_scale(10i128.checked_pow(zeros)?, 0).ok()?;
    Some(Mention::amount(
        span,
        Quantity::exact_point(value, Unit::None),
    ))
}

#[cfg(test)]
mod tests {
    use super::line_pieces;

    #[test]
    fn pieces_end_after_a_line_feed_and_cover_the_text() {
        let text = "one\r\ntwo\n\nthree 三\rfour\nfive";
        for size in [0, 1, 2, 5, 9, 100] {
            let pieces = line_pieces(text, size);
            assert_eq!(pieces.first().map(|p| p.start), Some(0));
            assert_eq!(pieces.last().map(|p| p.end), Some(text.len()));
            for pair in pieces.windows(2) {
                assert_eq!(pair[0].end, pair[1].start);
                assert!(text[..pair[0].end].ends_with('\n'), "{size}: {pieces:?}");
            }
        }
        // "\n" alone is shorter than a piece: it joins the line after it.
        assert_eq!(line_pieces(text, 1).len(), 4);
        assert!(line_pieces("", 1).is_empty());
    }

    /// A large file holds a token and a mention for every figure while its claims are
    /// read: these sizes are most of its peak memory.
    #[test]
    fn tokens_and_mentions_stay_small() {
        use std::mem::size_of;
        assert_eq!(size_of::<super::Token>(), 16);
        assert_eq!(size_of::<super::Mention>(), 96);
        assert_eq!(size_of::<crate::quantity::Unit>(), 16);
    }

    #[test]
    fn a_cue_keeps_its_span() {
        let tokens = super::tokenize("Sales rose 5%, then fell.");
        let cues: Vec<_> = tokens
            .iter()
            .filter(|t| matches!(t, super::Token::Cue(_)))
            .map(super::Token::span)
            .collect();
        assert_eq!(cues, [6..10, 13..14, 20..24, 24..25]);
    }
}
