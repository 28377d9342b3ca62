//! Running the grammar's `document` rule fast: where nothing can start, without pest.
//!
//! `document` tries `mention | cue | opaque` at every position it reaches, and most
//! positions start nothing. The scanner walks the text itself and calls the grammar only
//! where a mention or cue may start, that is where a string of `triggers.rs` occurs
//! (`tests/grammar.rs` derives that file from the grammar). Elsewhere it consumes what
//! `document` would have consumed: a word, a run of Chinese numerals or one character.
//! A trigger that can only be one plain literal of a cue rule is read without pest, and so
//! is a number in a comma list (`1,2,3`), which the grammar reads as a bare amount.
//! Elsewhere the grammar tries only what can start at the trigger: `triggers.rs` names
//! the narrowest of its steps that tries all of it (`cue_step` where only cues can start,
//! `to_word_step` where only "to" can, `date_step` at a month's name), and each step tries
//! the alternatives it has as `step` does, in the same order. None of them tries `email`,
//! which can start at any word: `step` tries it once per run of words that an `@` and a
//! domain follow (`EmailRuns`).
//!
//! The grammar never matches across a line break, and the scanner hands pest the text from
//! the position on, so every lookahead sees what it sees in a whole-document parse.

use super::grammar::{ClaimsParser, Rule};
use pest::iterators::Pair;
use pest::Parser;
use std::cmp::Ordering;
use std::sync::LazyLock;

/// What the scanner found at one position.
pub(super) enum Item<'i> {
    /// A `step` of the grammar (its inner pairs are the tokens); spans are relative to
    /// `offset`.
    Parsed { step: Pair<'i, Rule>, offset: usize },
    /// A cue read from its literal alone.
    Cue {
        rule: Rule,
        start: usize,
        end: usize,
    },
    /// The digits of a number in a list (`1,2,3`), read without pest: a bare amount.
    Listed { start: usize, end: usize },
}

/// One trigger of `triggers.rs`.
struct Trigger {
    /// The string, in lower case.
    pattern: &'static str,
    /// The step that tries what can start where it occurs.
    step: Rule,
    /// The rule it can only be a literal of.
    literal_of: Option<Rule>,
}

/// The triggers, sorted and filed by how they start. No trigger starts with another
/// (`tests/grammar.rs` derives them so), which makes the one that starts a text, if any,
/// the greatest trigger not above it among those filed where the text would be: a binary
/// search of a few. The scanner only asks what starts where it stands, and this table is
/// built in a fraction of a millisecond, where an Aho-Corasick automaton of the 5,000
/// triggers took 5 ms, most of the time of checking a short file.
struct Triggers {
    sorted: Vec<Trigger>,
    /// `file_starts[k]..file_starts[k + 1]`: the triggers filed under `k` (u32: the table
    /// is built by every process, and its pages are the larger part of that).
    file_starts: Vec<u32>,
}

/// Where triggers that start with ASCII are filed: by their first two bytes (a one-byte
/// trigger's second is 0); the others by their first character, after these.
const ASCII_FILES: usize = 0x80 << 8;
const FILES: usize = ASCII_FILES + 0x1_0000;

fn ascii_file(first: u8, second: u8) -> usize {
    usize::from(first) << 8 | usize::from(second)
}

/// The file of a character that is not ASCII (none for one beyond the BMP: no trigger
/// starts with one).
fn char_file(c: char) -> Option<usize> {
    let code = usize::try_from(u32::from(c)).ok()?;
    (code < 0x1_0000).then_some(ASCII_FILES + code)
}

/// The file of a trigger.
fn file_of(pattern: &str) -> Option<usize> {
    let first = pattern.chars().next()?;
    if !first.is_ascii() {
        return char_file(first);
    }
    let mut bytes = pattern.bytes();
    Some(ascii_file(bytes.next()?, bytes.next().unwrap_or(0)))
}

impl Triggers {
    fn new(mut sorted: Vec<Trigger>) -> Triggers {
        sorted.sort_by(|a, b| a.pattern.cmp(b.pattern));
        let mut file_starts = vec![0; FILES + 1];
        for trigger in &sorted {
            if let Some(count) = file_of(trigger.pattern).and_then(|f| file_starts.get_mut(f + 1)) {
                *count += 1;
            }
        }
        for file in 1..file_starts.len() {
            file_starts[file] += file_starts[file - 1];
        }
        Triggers {
            sorted,
            file_starts,
        }
    }

    /// The trigger that starts `rest`, ignoring ASCII case.
    fn at(&self, rest: &str) -> Option<&Trigger> {
        let first = rest.chars().next()?;
        if !first.is_ascii() {
            return self.in_file(char_file(first)?, rest);
        }
        let mut bytes = rest.bytes().map(|b| b.to_ascii_lowercase());
        let first = bytes.next()?;
        // A one-byte trigger is the only one that starts with its byte.
        self.in_file(ascii_file(first, 0), rest)
            .or_else(|| self.in_file(ascii_file(first, bytes.next()?), rest))
    }

    fn start_of(&self, file: usize) -> Option<usize> {
        usize::try_from(*self.file_starts.get(file)?).ok()
    }

    fn in_file(&self, file: usize, rest: &str) -> Option<&Trigger> {
        let rest = rest.as_bytes();
        let filed = self
            .sorted
            .get(self.start_of(file)?..self.start_of(file + 1)?)?;
        let after = filed.partition_point(|t| folded_order(t.pattern.as_bytes(), rest).is_le());
        let trigger = filed.get(after.checked_sub(1)?)?;
        folded_order(trigger.pattern.as_bytes(), rest)
            .is_eq()
            .then_some(trigger)
    }
}

/// How a lower-case `pattern` orders against the start of `text` read in lower case:
/// `Equal` where `text` starts with it.
fn folded_order(pattern: &[u8], text: &[u8]) -> Ordering {
    for (i, &p) in pattern.iter().enumerate() {
        let Some(t) = text.get(i) else {
            return Ordering::Greater;
        };
        match p.cmp(&t.to_ascii_lowercase()) {
            Ordering::Equal => {}
            unequal => return unequal,
        }
    }
    Ordering::Equal
}

/// The triggers as `tests/grammar.rs` derives them: (string, step, the rule it can only be
/// a literal of).
const TRIGGER_LIST: &[(&str, Rule, Option<Rule>)] = &include!("triggers.rs");

static TRIGGERS: LazyLock<Triggers> = LazyLock::new(|| {
    Triggers::new(
        TRIGGER_LIST
            .iter()
            .map(|&(pattern, narrowest, literal_of)| Trigger {
                pattern,
                step: narrowest,
                literal_of,
            })
            .collect(),
    )
});

/// Every item of `text` in reading order, as `document` would find them.
pub(super) fn scan(text: &str, mut visit: impl FnMut(Item<'_>)) {
    let triggers = &*TRIGGERS;
    let mut pos = line_head(text, 0);
    let mut emails = EmailRuns::default();
    while pos < text.len() {
        if let Some(after) = newline(&text[pos..]) {
            pos += after;
            pos += line_head(text, pos);
            continue;
        }
        pos += match triggers.at(&text[pos..]) {
            None => skip(text, pos, &mut emails, &mut visit),
            Some(trigger) => {
                let end = pos + trigger.pattern.len();
                if let Some(rule) = literal_cue(trigger, &text[pos..end]) {
                    visit(Item::Cue {
                        rule,
                        start: pos,
                        end,
                    });
                    end - pos
                } else {
                    let rule = emails.step_at(text, pos, trigger.step);
                    run_step(rule, text, pos, &mut visit)
                }
            }
        };
    }
}

/// The cue rule a trigger is the whole match of, when it is written exactly as the
/// grammar's literal (triggers ignore ASCII case) and cannot start an e-mail address.
fn literal_cue(trigger: &Trigger, found: &str) -> Option<Rule> {
    let rule = trigger.literal_of?;
    let exact = trigger.pattern == found;
    (exact && !found.starts_with(|c: char| c.is_ascii_alphanumeric())).then_some(rule)
}

/// Where no mention or cue can start: the opaque token `document` consumes here, or one
/// character.
fn skip(text: &str, pos: usize, emails: &mut EmailRuns, visit: &mut impl FnMut(Item<'_>)) -> usize {
    let rest = &text[pos..];
    let Some(c) = rest.chars().next() else {
        return 0;
    };
    if c.is_ascii_alphabetic() {
        // An e-mail address is the one mention a trigger does not find.
        if emails.may_start_at(text, pos) {
            return run_step(Rule::step, text, pos, visit);
        }
        ascii_word(rest)
    } else if c.is_ascii_digit() || ('０'..='９').contains(&c) {
        let rule = emails.step_at(text, pos, Rule::mention_or_cue_step);
        run_step(rule, text, pos, visit)
    } else if is_cn_numeral_char(c) {
        rest.chars()
            .take_while(|&c| is_cn_numeral_char(c))
            .map(char::len_utf8)
            .sum()
    } else {
        c.len_utf8()
    }
}

/// `ascii_word`: a letter, then letters and digits, joined by `.-_&'’+`.
fn ascii_word(rest: &str) -> usize {
    let bytes = rest.as_bytes();
    let mut end = 1;
    loop {
        match bytes.get(end) {
            Some(b) if b.is_ascii_alphanumeric() => end += 1,
            Some(b'.' | b'-' | b'_' | b'&' | b'\'' | b'+')
                if bytes.get(end + 1).is_some_and(u8::is_ascii_alphanumeric) =>
            {
                end += 2
            }
            _ if rest[end..].starts_with('’')
                && bytes
                    .get(end + '’'.len_utf8())
                    .is_some_and(u8::is_ascii_alphanumeric) =>
            {
                end += '’'.len_utf8() + 1
            }
            _ => return end,
        }
    }
}

/// Where the scanner tries `email`: at the first position it reaches in a run of letters
/// and digits joined by `._-+` that an `@` and a domain follow. From a later position in
/// the run an address would end at the same `@` and go on with the same domain, so it
/// fails there if it failed at the first; each run is looked at once, however many
/// triggers it holds (`so.so.so…` would otherwise read the rest of the run at every `so`),
/// and each domain once more as the next run (`a@b.c@d.e`).
#[derive(Default)]
struct EmailRuns {
    /// The end of the last run looked at.
    seen_until: usize,
}

impl EmailRuns {
    /// `step` where an address may start at `pos`; elsewhere `narrow`, a step that leaves
    /// `email` out.
    fn step_at(&mut self, text: &str, pos: usize, narrow: Rule) -> Rule {
        if self.may_start_at(text, pos) {
            Rule::step
        } else {
            narrow
        }
    }

    fn may_start_at(&mut self, text: &str, pos: usize) -> bool {
        if pos < self.seen_until {
            return false;
        }
        let (run, address) = email_run(&text[pos..]);
        self.seen_until = pos + run;
        address
    }
}

/// What `email` reads before its `@` at the start of `rest` (letters and digits, joined by
/// `._-+`): its length, and whether `email` matches there: an `@` follows, then a domain
/// (letters and digits joined by dots, at least two parts).
fn email_run(rest: &str) -> (usize, bool) {
    let bytes = rest.as_bytes();
    let local = joined(bytes, b"._-+");
    let domain = bytes.get(local + 1..).unwrap_or_default();
    let address = local > 0
        && bytes.get(local) == Some(&b'@')
        && domain[..joined(domain, b".")].contains(&b'.');
    (local, address)
}

/// The length of the letters and digits at the start of `bytes`, one of `joiners` between
/// each two runs.
fn joined(bytes: &[u8], joiners: &[u8]) -> usize {
    let run_at = |from: usize| {
        bytes[from..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count()
    };
    let mut end = run_at(0);
    while end > 0 && bytes.get(end).is_some_and(|b| joiners.contains(b)) {
        let run = run_at(end + 1);
        if run == 0 {
            break;
        }
        end += 1 + run;
    }
    end
}

/// `cn_char`: the characters of `cn_numeral_run`.
fn is_cn_numeral_char(c: char) -> bool {
    matches!(
        c,
        '零' | '〇'
            | '一'
            | '二'
            | '两'
            | '兩'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '壹'
            | '贰'
            | '貳'
            | '叁'
            | '參'
            | '肆'
            | '伍'
            | '陆'
            | '陸'
            | '柒'
            | '捌'
            | '玖'
            | '十'
            | '百'
            | '千'
            | '拾'
            | '佰'
            | '仟'
            | '万'
            | '萬'
            | '亿'
            | '億'
    )
}

/// `NEWLINE`: the length of the line break `rest` starts with.
fn newline(rest: &str) -> Option<usize> {
    if rest.starts_with("\r\n") {
        Some(2)
    } else if rest.starts_with(['\n', '\r']) {
        Some(1)
    } else {
        None
    }
}

/// `line_start?` at the start of a line: how much of it a list marker takes.
fn line_head(text: &str, pos: usize) -> usize {
    let rest = &text[pos..];
    // A list marker starts with a space, a digit or a parenthesis.
    let may_start = rest.chars().next().is_some_and(|c| {
        c.is_whitespace() && !matches!(c, '\n' | '\r')
            || c.is_ascii_digit()
            || matches!(c, '(' | '（' | '０'..='９')
    });
    if !may_start {
        return 0;
    }
    match ClaimsParser::parse(Rule::line_head, rest) {
        Ok(mut pairs) => pairs.next().map_or(0, |head| head.as_span().end()),
        Err(_) => 0,
    }
}

/// A step of the grammar at `pos`, where a listed number is read without pest. (Where a
/// digit starts, `quantity` can, so the step tries it.)
fn run_step(rule: Rule, text: &str, pos: usize, visit: &mut impl FnMut(Item<'_>)) -> usize {
    if let Some(digits) = listed_number(&text[pos..]) {
        visit(Item::Listed {
            start: pos,
            end: pos + digits,
        });
        return digits;
    }
    parse(rule, text, pos, visit)
}

/// A number of one to three ASCII digits straight before a comma and digits that are no
/// thousands group (`1,2,3`; `12,34`; `1,2345`): the length of its digits. There
/// `listed_number_shape` rules out every form of `mention` but `quantity`, which
/// `bare_figure_shortcut` reads as the digits alone, a bare amount; so a list of figures
/// (`1,1,1,…`) costs the scanner its digits, not an attempt of the grammar at each.
fn listed_number(rest: &str) -> Option<usize> {
    let digits = rest.bytes().take(4).take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let after_comma = rest[digits..].strip_prefix(',')?;
    // `digit ~ (!digit | digit ~ !digit | digit{3})`: one, two, or four and more digits
    // of either width.
    let group = after_comma
        .chars()
        .take(4)
        .take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
        .count();
    matches!(group, 1 | 2 | 4).then_some(digits)
}

/// A step of the grammar (`step`, `cue_step`, …) at `pos`.
fn parse(rule: Rule, text: &str, pos: usize, visit: &mut impl FnMut(Item<'_>)) -> usize {
    let rest = &text[pos..];
    let one_char = rest.chars().next().map_or(1, char::len_utf8);
    let Ok(mut pairs) = ClaimsParser::parse(rule, rest) else {
        return one_char;
    };
    let Some(step) = pairs.next() else {
        return one_char;
    };
    let consumed = step.as_span().end();
    visit(Item::Parsed { step, offset: pos });
    if consumed == 0 {
        one_char
    } else {
        consumed
    }
}

#[cfg(test)]
mod tests {
    use super::super::{
        follows_change_word, misread_alone, push_tokens, tokenize, tokenize_in_pieces, Token,
        DEFAULT_TOLERANCE,
    };
    use super::{ClaimsParser, Rule};
    use pest::Parser;
    use proptest::prelude::*;

    /// What `document` reads in one parse of the whole text, without the tokens read
    /// wrongly where the grammar cannot see what stands before them (as the scanner
    /// leaves them out).
    fn whole_document(text: &str) -> Vec<Token> {
        let mut tokens = Vec::new();
        for pair in ClaimsParser::parse(Rule::document, text).unwrap() {
            let after_change = follows_change_word(&tokens, text, pair.as_span().start());
            let first = tokens.len();
            push_tokens(pair, DEFAULT_TOLERANCE, after_change, &mut tokens);
            let read = tokens.split_off(first);
            tokens.extend(read.into_iter().filter(|t| !misread_alone(text, t)));
        }
        tokens
    }

    /// `step` does not check `start_char` itself: the scanner calls it only at triggers,
    /// digits and words.
    #[test]
    fn every_trigger_starts_with_a_start_char() {
        let triggers = &*super::TRIGGERS;
        for trigger in &triggers.sorted {
            assert!(
                ClaimsParser::parse(Rule::start_char, trigger.pattern).is_ok(),
                "{:?}",
                trigger.pattern
            );
        }
    }

    /// The lookup of `Triggers::at` relies on it: the trigger that starts a text is then
    /// the greatest not above it.
    #[test]
    fn no_trigger_starts_with_another_and_each_has_a_file() {
        let triggers = &*super::TRIGGERS;
        for pair in triggers.sorted.windows(2) {
            assert!(
                !pair[1].pattern.starts_with(pair[0].pattern),
                "{:?} starts with {:?}",
                pair[1].pattern,
                pair[0].pattern
            );
        }
        for trigger in &triggers.sorted {
            assert!(
                super::file_of(trigger.pattern).is_some(),
                "{:?}",
                trigger.pattern
            );
        }
    }

    /// What `Triggers::at` finds by its files, a search of every trigger finds.
    fn assert_lookup_is_a_search_of_every_trigger(text: &str) {
        let triggers = &*super::TRIGGERS;
        for (at, _) in text.char_indices() {
            let rest = &text[at..];
            let lower = rest.to_ascii_lowercase();
            let searched = triggers
                .sorted
                .iter()
                .find(|t| lower.starts_with(t.pattern))
                .map(|t| t.pattern);
            let found = triggers.at(rest).map(|t| t.pattern);
            assert_eq!(found, searched, "at {at} of {text:?}");
        }
    }

    #[test]
    fn the_trigger_lookup_finds_each_trigger_in_any_case() {
        let triggers = &*super::TRIGGERS;
        for trigger in &triggers.sorted {
            let upper = trigger.pattern.to_ascii_uppercase();
            for text in [trigger.pattern, upper.as_str()] {
                for text in [text.to_string(), format!("{text}x 5")] {
                    let found = triggers.at(&text).map(|t| t.pattern);
                    assert_eq!(found, Some(trigger.pattern), "{text:?}");
                }
            }
        }
    }

    fn texts() -> Vec<(String, String)> {
        let mut texts: Vec<(String, String)> = [
            "mail ann.lee+x@example.com or a.b@c now; 5 a@b",
            "U.S. GDP rose 3.5% to $2.1 trillion, up from 2.0. H100 GPT-4 O’Neil's 7 and ’s",
            "一些十万人，一二三四。百分之五十，两百亿美元；三成。一共六个",
            "\n1. item 5\n (2) x 3\r\n3、y 4\r２）z\n\t10．w\n（1）v",
            "the quarter, the previous year, a year earlier. about 5 and approximately 7 at $30 each",
            "today 今日 上周 周一 去年同期 其中 分别 较 相比 10%",
            "",
            "x",
            "1,1,1,1,1,1 约约约5 万万万 数百万 several million dozens of",
            "1,2,3 12,34 1,2345 1,234 1234,5 ,1,1 1,１ １,2 -1,2 1,2.5 99,1a 7,77,777,7777 5,6%",
            "约1,2亿 $1,2 1,2万 1,2-3 1,2年 2019,2020年 3,4月 1,2 to 3 from 1,2 to 3,4",
            "https://example.com/a?b=1 www.x.org 2023-09-18 Q3 2023 FY2024 1990s 9:30 a.m.",
            "March 5, 2023; may 3 May 2019 Table 5 table 5 approximately 5 under $5-7 billion",
            "from July through May, from 250 to 400, from a year earlier, from5 人民币3-5亿 超过3万",
            "march@x.com from@y.org Table5@z.com 三至五成 十九大 一季度 第一 1后面18个零 1+1>2",
            "so.so.so.x@y so.so@x.com 5km.5km.5km@y.org www.x.com@y.org/5 DAX-5.DAX-5@z 5.so@x.io",
            "so a5@b.io 5 c6@d.io x.y e7@f.io a,b8@c.io 5-d9@e.io x 5@e.io so 7@e.io",
            "a@b 5@b. 6@b.c 7@.b 8@b..c 9@b.c5 1@2.3 a@b@c.d 2@x_y.z 3@x.y-z so@a@b.c 4+5@6.7",
        ]
        .iter()
        .map(|t| (t.to_string(), t.to_string()))
        .collect();
        for dir in [
            "fixtures/en",
            "fixtures/zh",
            "fixtures/corpus/en",
            "fixtures/corpus/zh",
        ] {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                let text = std::fs::read_to_string(&path).unwrap();
                texts.push((path.display().to_string(), text));
            }
        }
        texts
    }

    #[test]
    fn the_scanner_reads_what_document_reads() {
        for (name, text) in texts() {
            assert_eq!(tokenize(&text), whole_document(&text), "{name}");
        }
    }

    /// Cut into pieces as small as a line (read in parallel), a text reads as it does whole.
    #[test]
    fn pieces_read_what_the_whole_text_reads() {
        for (name, text) in texts() {
            let whole = tokenize_in_pieces(&text, DEFAULT_TOLERANCE, usize::MAX);
            let by_line = tokenize_in_pieces(&text, DEFAULT_TOLERANCE, 1);
            assert_eq!(by_line, whole, "{name}");
        }
    }

    /// Words and characters that start or end triggers, close together: a trigger spelled
    /// with the characters that may follow it (约 and a digit) must still find every
    /// mention and cue that `document` finds.
    fn trigger_dense_text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            "[约近逾超过多余左右万亿千百十一二两元美%％$￥0-9０-９,.，。、;：:\\- \t\n]{1,3}",
            prop::sample::select(
                &[
                    "about ",
                    "nearly ",
                    "the quarter",
                    "rose ",
                    "fell ",
                    "from ",
                    " to ",
                    "million",
                    "pct",
                    "Q3 ",
                    "2023年",
                    "第三季度",
                    "同比",
                    "增长",
                    "US$",
                    "HK$",
                    "March ",
                    "Table ",
                    "approximately ",
                    "人民币",
                    "超过",
                ][..]
            )
            .prop_map(String::from),
            any::<char>().prop_map(String::from),
        ];
        prop::collection::vec(piece, 0..30).prop_map(|pieces| pieces.concat())
    }

    proptest! {
        // A failing case is shrunk and printed; it is not saved, since a unit test's
        // regression file would be a new top-level directory of the crate.
        #![proptest_config(ProptestConfig {
            failure_persistence: None,
            ..ProptestConfig::default()
        })]
        #[test]
        fn the_scanner_reads_what_document_reads_in_any_text(text in trigger_dense_text()) {
            let whole = whole_document(&text);
            prop_assert_eq!(&tokenize_in_pieces(&text, DEFAULT_TOLERANCE, 1), &whole);
            prop_assert_eq!(tokenize(&text), whole);
        }

        #[test]
        fn the_trigger_lookup_is_a_search_of_every_trigger(text in trigger_dense_text()) {
            assert_lookup_is_a_search_of_every_trigger(&text);
        }
    }
}
