//! Count units a configuration adds (`[lexicon] units`).
//!
//! The grammar's units are literals, and pest cannot take literals at run time, so a
//! configured unit is attached after the grammar has read the figure: where a figure's
//! number is directly followed (after optional space) by a configured unit, the figure
//! takes that unit and its span grows to cover it. The longest match wins, against the
//! other configured units and against a count unit the grammar read (`3 barrels` yields
//! to `3 barrels of oil equivalent`); a currency, percent or multiple is never replaced.
//! A hedge after the unit (`3200万标准箱以上`) is read by the grammar's `hedge_after`, as
//! it is after a built-in unit.

use super::{hedge_after, Mention, SharedMention, Token};
use crate::quantity::{count_class, Approx, CountUnit, Quantity, Unit};
use rust_decimal::Decimal;
use std::collections::HashSet;
use std::ops::Range;
use std::sync::Arc;

/// The space the grammar allows between a number and its unit (`inline_space`).
const INLINE_SPACE: [char; 6] = [' ', '\t', '\u{00A0}', '\u{2009}', '\u{202F}', '\u{3000}'];

/// Configured count units, each with its class.
#[derive(Debug, Default)]
pub struct Units {
    /// Every member and its class, longest first, so the first that matches is the
    /// longest.
    members: Vec<(String, Arc<str>)>,
}

impl Units {
    /// Units from lines in the format of `count_units.txt`: one class per line, members
    /// separated by whitespace, or by `|` when a member has several words
    /// (`boe | barrels of oil equivalent`, `litres per 100 km |`). A line naming a member of a built-in class
    /// adds its other members to that class. A bad line is returned as its index and
    /// what is wrong with it.
    pub fn parse(lines: &[&str]) -> Result<Units, (usize, String)> {
        let mut members = Vec::new();
        let mut seen = HashSet::new();
        for (index, line) in lines.iter().enumerate() {
            let class = class_line(line, &mut seen).map_err(|why| (index, why))?;
            members.extend(class);
        }
        members.sort_by_key(|(member, _): &(String, Arc<str>)| std::cmp::Reverse(member.len()));
        Ok(Units { members })
    }

    /// Give each figure the configured unit that directly follows its number, and drop
    /// the tokens the grown figure now covers (a numeral or cue inside the unit).
    pub(super) fn attach(&self, text: &str, tolerance: Decimal, tokens: &mut Vec<Token>) {
        let mut covered_to = 0;
        tokens.retain_mut(|token| {
            if token.span().start < covered_to {
                return false;
            }
            if let Token::Mention(mention) = token {
                // Not shared yet: the claims are read after the units are attached.
                if let Some(end) = self.extend(text, tolerance, SharedMention::make_mut(mention)) {
                    covered_to = end;
                }
            }
            true
        });
    }

    /// Put the longest configured unit at the place of the mention's unit (or after its
    /// number when it has none) when it reaches at least as far, with the hedge after it;
    /// returns the new end.
    fn extend(&self, text: &str, tolerance: Decimal, mention: &mut Mention) -> Option<usize> {
        let quantity = mention.quantity()?;
        let (unit_start, unit_end) = match &quantity.unit {
            Unit::None => (mention.span.end, mention.span.end),
            Unit::Count(unit) => {
                let start = mention.span.start + text.get(mention.span.clone())?.rfind(&**unit)?;
                (start, start + unit.len())
            }
            _ => return None,
        };
        let (found, class) = self.longest_at(text, unit_start)?;
        if found.end < unit_end {
            return None;
        }
        let word = text.get(found.clone())?;
        let mut quantity = Quantity {
            unit: Unit::Count(CountUnit::configured(word, Arc::clone(class))),
            ..quantity.clone()
        };
        let mut span = mention.span.start..mention.span.end.max(found.end);
        if let Some((approx, end)) = hedge_after(text, span.end) {
            span.end = end;
            if let Some(hedged) = hedged(&quantity, approx, tolerance) {
                quantity = hedged;
            }
        }
        *mention = Mention::amount(span, quantity);
        Some(mention.span.end)
    }

    /// The longest member at `at` (after optional space) and its class.
    fn longest_at(&self, text: &str, at: usize) -> Option<(Range<usize>, &Arc<str>)> {
        let rest = text.get(at..)?;
        let start = at + rest.len() - rest.trim_start_matches(INLINE_SPACE).len();
        let rest = &text[start..];
        self.members.iter().find_map(|(member, class)| {
            let len = matched_len(rest, member)?;
            Some((start..start + len, class))
        })
    }
}

/// An exact figure with a hedge found after its unit: the interval its written
/// resolution (the width of its exact interval) allows under `approx`. `None` for a
/// figure already hedged, a range or a vague amount.
fn hedged(quantity: &Quantity, approx: Approx, tolerance: Decimal) -> Option<Quantity> {
    if quantity.approx != Approx::Exact || quantity.vague {
        return None;
    }
    let (low, high) = (quantity.interval.low?, quantity.interval.high?);
    let resolution = high.value.checked_sub(low.value)?;
    let unit = quantity.unit.clone();
    Some(Quantity::from_written(
        quantity.value,
        resolution,
        unit,
        approx,
        tolerance,
    ))
}

/// The members of one line with their class, each added to `seen` (lower-cased).
fn class_line(line: &str, seen: &mut HashSet<String>) -> Result<Vec<(String, Arc<str>)>, String> {
    let members: Vec<String> = if line.contains('|') {
        line.split('|')
            .map(|m| m.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|m| !m.is_empty())
            .collect()
    } else {
        line.split_whitespace().map(str::to_string).collect()
    };
    if members.is_empty() {
        return Err("no unit".into());
    }
    if let Some(bare) = members.iter().find(|m| !m.chars().any(char::is_alphabetic)) {
        return Err(format!("`{bare}` has no letter"));
    }
    let mut builtin: Vec<&str> = members.iter().filter_map(|m| count_class(m)).collect();
    builtin.sort_unstable();
    builtin.dedup();
    let class: Arc<str> = match builtin.as_slice() {
        [] => members[0].to_lowercase().into(),
        [class] => (*class).into(),
        [a, b, ..] => return Err(format!("units of two built-in classes, `{a}` and `{b}`")),
    };
    for member in &members {
        if !seen.insert(member.to_lowercase()) {
            return Err(format!("`{member}` is on two lines"));
        }
    }
    Ok(members
        .into_iter()
        .map(|m| (m, Arc::clone(&class)))
        .collect())
}

/// The length of `member` at the start of `text`, ASCII case ignored; a member ending
/// in a Latin letter or digit must end a word there, and may take a plural `s` or `es`.
fn matched_len(text: &str, member: &str) -> Option<usize> {
    let head = text.get(..member.len())?;
    if !head.eq_ignore_ascii_case(member) {
        return None;
    }
    if !member.ends_with(|c: char| c.is_ascii_alphanumeric()) {
        return Some(member.len());
    }
    let ends_word =
        |end: usize| !text[end..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_');
    ["", "s", "es"]
        .iter()
        .map(|plural| (plural, member.len() + plural.len()))
        .find(|&(plural, end)| {
            text.get(member.len()..end)
                .is_some_and(|p| p.eq_ignore_ascii_case(plural))
                && ends_word(end)
        })
        .map(|(_, end)| end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokenize_with;
    use crate::quantity::DEFAULT_TOLERANCE;

    fn units(lines: &[&str]) -> Units {
        Units::parse(lines).unwrap()
    }

    /// (text, unit label) of each figure of `text` read with `lines` configured.
    fn figures(lines: &[&str], text: &str) -> Vec<(String, Option<String>)> {
        let units = units(lines);
        tokenize_with(text, DEFAULT_TOLERANCE, Some(&units))
            .into_iter()
            .filter_map(|t| match t {
                Token::Mention(m) => {
                    let unit = m.quantity()?.unit.label().map(str::to_string);
                    Some((text[m.span.clone()].to_string(), unit))
                }
                Token::Cue(_) => None,
            })
            .collect()
    }

    fn figure(text: &str, unit: &str) -> (String, Option<String>) {
        (text.to_string(), Some(unit.to_string()))
    }

    #[test]
    fn a_configured_unit_extends_a_bare_figure() {
        let lines = ["标准箱 标箱 TEU", "boe | barrels of oil equivalent"];
        assert_eq!(
            figures(&lines, "吞吐量达3200万标准箱。"),
            [figure("3200万标准箱", "标准箱")]
        );
        assert_eq!(
            figures(&lines, "It pumped 5.2 million boe, or 3 Boes."),
            [figure("5.2 million boe", "boe"), figure("3 Boes", "Boes")]
        );
    }

    #[test]
    fn the_longest_unit_wins_over_a_count_unit_the_grammar_read() {
        let lines = ["boe | barrels of oil equivalent", "桶油当量"];
        assert_eq!(
            figures(&lines, "output of 3 barrels of oil equivalent a day"),
            [figure(
                "3 barrels of oil equivalent",
                "barrels of oil equivalent"
            )]
        );
        assert_eq!(
            figures(&lines, "日产30万桶油当量"),
            [figure("30万桶油当量", "桶油当量")]
        );
        assert_eq!(figures(&lines, "日产30万桶原油"), [figure("30万桶", "桶")]);
    }

    #[test]
    fn a_latin_unit_must_end_a_word_and_money_keeps_its_currency() {
        let lines = ["Mtoe"];
        assert_eq!(figures(&lines, "5 Mtoed"), [("5".to_string(), None)]);
        assert_eq!(figures(&lines, "$5 Mtoe"), [figure("$5", "USD")]);
    }

    #[test]
    fn a_hedge_after_the_unit_is_read() {
        let units = units(&["标准箱", "boe"]);
        let read = |text: &str| {
            let tokens = tokenize_with(text, DEFAULT_TOLERANCE, Some(&units));
            let Some(Token::Mention(m)) = tokens.into_iter().next() else {
                panic!("no figure in {text}");
            };
            let interval = m.quantity().map(|q| (q.approx, q.interval));
            (text[m.span.clone()].to_string(), interval)
        };
        let (span, read_at_least) = read("吞吐量3200万标准箱以上。");
        assert_eq!(span, "3200万标准箱以上");
        let (approx, interval) = read_at_least.unwrap();
        assert_eq!(approx, Approx::AtLeast);
        assert_eq!(interval.low.unwrap().value, Decimal::from(31_995_000));
        assert_eq!(interval.high, None);
        let (span, read_more) = read("about 5 boe or more");
        assert_eq!(span, "about 5 boe or more");
        assert_eq!(read_more.unwrap().0, Approx::Approx, "the first hedge wins");
    }

    #[test]
    fn tokens_inside_a_grown_figure_are_dropped() {
        let text = "It uses 5.6 litres per 100 km.";
        assert_eq!(figures(&[], text).len(), 2, "5.6 litres, 100 km");
        assert_eq!(
            figures(&["litres per 100 km |"], text),
            [figure("5.6 litres per 100 km", "litres per 100 km")]
        );
    }

    #[test]
    fn configured_classes_compare_like_built_in_ones() {
        let classes = units(&["TEU | twenty-foot equivalent units", "桶 bbls"]);
        let unit = |word: &str| {
            let (_, class) = classes.longest_at(word, 0).unwrap();
            Unit::Count(CountUnit::configured(word, Arc::clone(class)))
        };
        let teu = unit("twenty-foot equivalent units");
        assert!(teu.is_comparable_with(&unit("TEU")));
        assert!(!teu.is_comparable_with(&Unit::Count("tonnes".into())));
        // A member of a built-in class joins it: bbls counts barrels.
        assert!(unit("bbls").is_comparable_with(&Unit::Count("barrels".into())));
        assert!(!unit("bbls").is_comparable_with(&teu));
    }

    #[test]
    fn bad_lines_say_what_is_wrong() {
        let err = |lines: &[&str]| Units::parse(lines).unwrap_err();
        assert_eq!(err(&["TEU", " "]).0, 1);
        assert_eq!(err(&[" | "]).1, "no unit");
        assert_eq!(err(&["%"]).1, "`%` has no letter");
        assert_eq!(err(&["TEU", "teu"]).1, "`teu` is on two lines");
        assert_eq!(
            err(&["吨 桶"]).1,
            "units of two built-in classes, `barrel` and `tonne`"
        );
    }
}
