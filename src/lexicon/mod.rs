//! Built-in lexicons, kept as data files beside this module: the entities figures are
//! about (and the sources that state them), and the metrics they measure.
//!
//! Matching uses Aho-Corasick automata (one pass over the text for all synonyms, leftmost
//! longest, so `平均目标价` wins over `目标价`); Latin synonyms must stand as whole words.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::ops::Range;
use std::sync::OnceLock;

/// What an entity is: a subject a figure can be about, or a source that states figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityKind {
    Company,
    Index,
    Economy,
    Source,
    /// 该券商, the brokerage: refers back to the source named before.
    SourceRef,
}

/// Whether a metric accumulates over a period, is a level at a moment, a ratio, or a move.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MetricKind {
    Flow,
    Stock,
    Rate,
    Move,
}

/// One line of a lexicon: a canonical name and its class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry<K> {
    pub kind: K,
    pub name: String,
}

/// A match of an entry in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub span: Range<usize>,
    /// Index of the entry in its lexicon.
    pub entry: usize,
}

/// A set of entries with their synonyms, ready to match.
#[derive(Debug)]
pub struct Lexicon<K> {
    pub entries: Vec<Entry<K>>,
    /// The entry each pattern names; `None` for a word that only shields the aliases
    /// inside it (其中 in 其中金额, which names no 中金).
    entry_of_pattern: Vec<Option<usize>>,
    /// The patterns that are acronyms (`ROE`, `EPS`): they match in capitals only, so
    /// that "Jane Roe" names no return on equity.
    acronyms: Vec<Option<String>>,
    matcher: Option<AhoCorasick>,
}

impl<K: Copy> Lexicon<K> {
    /// Build from `(kind, name, synonyms)` (no kind: words that only shield the aliases
    /// inside them); an automaton that cannot be built (it never
    /// happens for texts of this size) leaves the lexicon matching nothing.
    pub fn new(lines: Vec<Line<K>>, case_insensitive: bool) -> Lexicon<K> {
        let mut patterns = Vec::new();
        let mut entry_of_pattern = Vec::new();
        let mut acronyms = Vec::new();
        let mut out = Vec::new();
        for (kind, name, synonyms) in lines {
            let entry = kind.map(|kind| {
                out.push(Entry { kind, name });
                out.len() - 1
            });
            for synonym in synonyms {
                let acronym = synonym.len() >= 2 && synonym.bytes().all(|b| b.is_ascii_uppercase());
                acronyms.push(acronym.then(|| synonym.clone()));
                patterns.push(synonym);
                entry_of_pattern.push(entry);
            }
        }
        let matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(case_insensitive)
            .build(&patterns)
            .ok();
        Lexicon {
            entries: out,
            entry_of_pattern,
            acronyms,
            matcher,
        }
    }

    /// Every match in `text`, in order, Latin synonyms only as whole words. Chinese has
    /// no spaces to tell where a word ends, so an alias is not found inside a word of
    /// the `word` lines that starts before it (其中金额: 其中, not 中金).
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let Some(matcher) = &self.matcher else {
            return Vec::new();
        };
        matcher
            .find_iter(text)
            .filter(|m| whole_word(text, m.start(), m.end()))
            .filter(|m| {
                self.acronyms[m.pattern().as_usize()]
                    .as_deref()
                    .is_none_or(|acronym| &text[m.range()] == acronym)
            })
            .filter_map(|m| {
                Some(Hit {
                    span: m.start()..m.end(),
                    entry: self.entry_of_pattern[m.pattern().as_usize()]?,
                })
            })
            .collect()
    }
}

/// A Latin word must not continue into letters or digits on either side ("Arm" in
/// "Armed", "net" in "network"); CJK has no word boundaries to check.
pub fn whole_word(text: &str, start: usize, end: usize) -> bool {
    let alnum = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    let first = text[start..].chars().next();
    let last = text[..end].chars().next_back();
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !(alnum(first) && alnum(before) || alnum(last) && alnum(after))
}

/// Whether `word` occurs in `text` as a whole word (case as written).
pub fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word)
        .any(|(at, _)| whole_word(text, at, at + word.len()))
}

/// One lexicon line read: its kind, canonical name and synonyms; no kind for a `word`
/// line, whose words shield the aliases inside them.
type Line<K> = (Option<K>, String, Vec<String>);

/// Parse `kind | name | synonym | ...` lines; `#` starts a comment.
fn parse<K>(data: &str, kind_of: impl Fn(&str) -> Option<K>) -> Vec<Line<K>> {
    data.lines()
        .filter_map(|line| parse_line(line, &kind_of))
        .collect()
}

/// One line: entities `kind | name | synonyms…`, metrics `name | kind | synonyms…`.
fn parse_line<K>(line: &str, kind_of: impl Fn(&str) -> Option<K>) -> Option<Line<K>> {
    let line = line.split('#').next().unwrap_or("");
    let mut fields = line.split('|').map(str::trim);
    let first = fields.next()?;
    let second = fields.next()?;
    if first == "word" {
        let words = std::iter::once(second).chain(fields);
        let words: Vec<String> = words.filter(|s| !s.is_empty()).map(String::from).collect();
        return (!words.is_empty()).then(|| (None, String::new(), words));
    }
    let (kind, name) = match kind_of(first) {
        Some(kind) => (kind, second),
        None => (kind_of(second)?, first),
    };
    let synonyms: Vec<String> = fields.filter(|s| !s.is_empty()).map(String::from).collect();
    (!name.is_empty() && !synonyms.is_empty()).then(|| (Some(kind), name.to_string(), synonyms))
}

fn entity_kind(word: &str) -> Option<EntityKind> {
    Some(match word {
        "company" => EntityKind::Company,
        "index" => EntityKind::Index,
        "economy" => EntityKind::Economy,
        "source" => EntityKind::Source,
        "source_ref" => EntityKind::SourceRef,
        _ => return None,
    })
}

fn metric_kind(word: &str) -> Option<MetricKind> {
    Some(match word {
        "flow" => MetricKind::Flow,
        "stock" => MetricKind::Stock,
        "rate" => MetricKind::Rate,
        "move" => MetricKind::Move,
        _ => return None,
    })
}

/// The lexicons attribution reads: the built-in ones, or those extended by configuration.
#[derive(Debug)]
pub struct Lexicons {
    pub entities: Lexicon<EntityKind>,
    pub metrics: Lexicon<MetricKind>,
}

impl Lexicons {
    /// The data files beside this module.
    pub fn builtin() -> &'static Lexicons {
        static LEXICONS: OnceLock<Lexicons> = OnceLock::new();
        LEXICONS.get_or_init(|| {
            Lexicons::extended(&[], &[]).unwrap_or_else(|_| Lexicons {
                entities: Lexicon::new(Vec::new(), false),
                metrics: Lexicon::new(Vec::new(), true),
            })
        })
    }

    /// The built-in lexicons plus more lines in the format of their data files
    /// (`company | Halvorsen Systems | Halvorsen | HLVS`, `bookings | flow | bookings`).
    /// A line that is not in that format is returned as the error.
    pub fn extended<'l>(entities: &[&'l str], metrics: &[&'l str]) -> Result<Lexicons, &'l str> {
        Ok(Lexicons {
            entities: Lexicon::new(
                with_lines(include_str!("entities.txt"), entities, entity_kind)?,
                false,
            ),
            metrics: Lexicon::new(
                with_lines(include_str!("metrics.txt"), metrics, metric_kind)?,
                true,
            ),
        })
    }
}

/// The entries of a data file and of more lines, each of which must be an entry.
fn with_lines<'l, K>(
    data: &str,
    lines: &[&'l str],
    kind_of: fn(&str) -> Option<K>,
) -> Result<Vec<Line<K>>, &'l str> {
    let mut entries = parse(data, kind_of);
    for line in lines {
        entries.push(parse_line(line, kind_of).ok_or(*line)?);
    }
    Ok(entries)
}

/// The built-in entity lexicon (`entities.txt`).
pub fn entities() -> &'static Lexicon<EntityKind> {
    &Lexicons::builtin().entities
}

/// The built-in metric lexicon (`metrics.txt`).
pub fn metrics() -> &'static Lexicon<MetricKind> {
    &Lexicons::builtin().metrics
}

/// A unit of length, mass or area (`measures.txt`): what it measures and its sizes in
/// that measure's base unit (two for an ounce, avoirdupois and troy).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measure {
    pub unit: String,
    pub dimension: String,
    pub sizes: Vec<rust_decimal::Decimal>,
}

/// The measure of a unit as written (`miles`, `公里`), ignoring ASCII case.
pub fn measure_of(unit: &str) -> Option<&'static Measure> {
    static TABLE: OnceLock<Vec<Measure>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        include_str!("measures.txt")
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| {
                let mut fields = line.split('|').map(str::trim);
                let (unit, dimension) = (fields.next()?, fields.next()?);
                let sizes = fields
                    .next()?
                    .split_whitespace()
                    .map(str::parse)
                    .collect::<Result<Vec<_>, _>>()
                    .ok()?;
                Some(Measure {
                    unit: unit.to_string(),
                    dimension: dimension.to_string(),
                    sizes,
                })
            })
            .collect()
    });
    table.iter().find(|m| m.unit.eq_ignore_ascii_case(unit))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_synonym_wins_and_words_are_whole() {
        let m = metrics();
        let text = "华尔街给出的270.8美元的平均目标价; the network's net income";
        let names: Vec<&str> = m
            .find(text)
            .iter()
            .map(|h| m.entries[h.entry].name.as_str())
            .collect();
        assert_eq!(names, ["consensus target price", "net income"]);
    }

    #[test]
    fn configuration_extends_the_lexicons() {
        let extended = Lexicons::extended(
            &["company | Halvorsen | Halvorsen Systems | HLVS"],
            &["bookings | flow | bookings | 订单额"],
        )
        .unwrap();
        let hits = extended.entities.find("HLVS and Tesla");
        assert_eq!(extended.entities.entries[hits[0].entry].name, "Halvorsen");
        assert_eq!(hits.len(), 2);
        assert_eq!(extended.metrics.find("订单额").len(), 1);
        assert_eq!(
            Lexicons::extended(&["firm | X | Y"], &[]).unwrap_err(),
            "firm | X | Y"
        );
    }

    #[test]
    fn every_line_of_the_measures_is_read() {
        let lines = include_str!("measures.txt")
            .lines()
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty());
        for line in lines {
            let unit = line.split('|').next().unwrap().trim();
            assert!(super::measure_of(unit).is_some(), "{line}");
        }
        assert_eq!(super::measure_of("Miles").unwrap().dimension, "length");
    }

    #[test]
    fn prefixes_name_and_symbol() {
        assert_eq!(prefix_of("Exa-Flops").map(|p| p.power_of_ten), Some(18));
        assert_eq!(prefix_of("petaflops").map(|p| p.power_of_ten), Some(15));
        assert_eq!(prefix_of("TB").map(|p| p.power_of_two), Some(40));
        assert_eq!(prefix_of("GB").map(|p| p.power_of_ten), Some(9));
        assert_eq!(prefix_of("Gigantic"), None);
        assert_eq!(prefix_of("TV"), None);
    }

    #[test]
    fn entities_have_kinds() {
        let e = entities();
        let hits = e.find("高盛下调了对特斯拉(TSLA)的盈利预期, Armed Arm");
        let found: Vec<(&str, EntityKind)> = hits
            .iter()
            .map(|h| (e.entries[h.entry].name.as_str(), e.entries[h.entry].kind))
            .collect();
        assert_eq!(
            found,
            [
                ("Goldman Sachs", EntityKind::Source),
                ("Tesla", EntityKind::Company),
                ("Tesla", EntityKind::Company),
                ("Arm", EntityKind::Company),
            ]
        );
    }

    #[test]
    fn an_alias_inside_a_word_names_nothing() {
        let e = entities();
        let names = |text: &str| -> Vec<String> {
            let hits = e.find(text);
            hits.iter()
                .map(|h| e.entries[h.entry].name.clone())
                .collect()
        };
        assert!(names("其中金牌12枚，欧美银行业承压").is_empty());
        assert_eq!(
            names("其中，中金公司预计；美银预计"),
            ["CICC", "Bank of America"]
        );
        assert_eq!(names("其中中金预计"), ["CICC"]);
    }
}

/// A unit prefix: `exa` is 10^18, or 2^60 for data units.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prefix {
    pub name: String,
    pub symbol: char,
    pub power_of_ten: u32,
    pub power_of_two: u32,
}

/// The SI prefix table (`prefixes.txt`).
pub fn prefixes() -> &'static [Prefix] {
    static TABLE: OnceLock<Vec<Prefix>> = OnceLock::new();
    TABLE.get_or_init(|| {
        include_str!("prefixes.txt")
            .lines()
            .map(|line| line.split('#').next().unwrap_or(""))
            .filter_map(|line| {
                let mut fields = line.split_whitespace();
                Some(Prefix {
                    name: fields.next()?.to_string(),
                    symbol: fields.next()?.chars().next()?,
                    power_of_ten: fields.next()?.parse().ok()?,
                    power_of_two: fields.next()?.parse().ok()?,
                })
            })
            .collect()
    })
}

/// The prefix named at the start of a word (`Exa-Flops`) or standing as the symbol
/// before a data unit (`TB`, `GB`).
pub fn prefix_of(word: &str) -> Option<&'static Prefix> {
    const BASE_UNITS: [&str; 9] = [
        "flops", "bytes", "byte", "watts", "watt", "hertz", "b", "w", "hz",
    ];
    let lower = word.to_ascii_lowercase();
    prefixes()
        .iter()
        .find(|p| {
            lower
                .strip_prefix(p.name.as_str())
                .map(|rest| rest.trim_start_matches('-'))
                .is_some_and(|base| BASE_UNITS.contains(&base))
        })
        .or_else(|| {
            let mut chars = word.chars();
            let symbol = chars.next()?;
            let rest: String = chars.collect();
            let data_unit = rest == "B" || rest == "b";
            prefixes()
                .iter()
                .find(|p| data_unit && p.symbol.eq_ignore_ascii_case(&symbol))
        })
}
