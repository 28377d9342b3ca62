//! Properties of `grammar/claims.pest` itself.

/// The string literals of a stretch of the grammar (comments skipped).
fn literals(grammar: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in grammar.lines() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(open) = rest.find('"') {
            let after = &rest[open + 1..];
            let Some(close) = after.find('"') else { break };
            out.push(after[..close].replace("\\\\", "\\"));
            rest = &after[close + 1..];
        }
    }
    out
}

/// `item` tries mentions and cues only where `start_char` matches; a literal that could
/// begin a mention but is missing from the start set would silently never match.
#[test]
fn every_literal_starts_with_a_start_char() {
    let grammar = std::fs::read_to_string("grammar/claims.pest").unwrap();
    let (rules, start_section) = grammar
        .split_once(
            "// ---------------------------------------------------------------- start characters",
        )
        .unwrap();
    let starts: Vec<char> = literals(start_section)
        .iter()
        .filter_map(|l| l.chars().next())
        .collect();
    let missing: Vec<String> = literals(rules)
        .into_iter()
        .filter(|l| {
            let first = l.chars().next();
            first.is_some_and(|c| {
                !c.is_ascii_alphanumeric() && c != ' ' && c != '\t' && !starts.contains(&c)
            })
        })
        .collect();
    assert!(
        missing.is_empty(),
        "literals whose first char is not in start_char: {missing:?}"
    );
}

// ------------------------------------------------------------------ triggers
//
// `src/extract/scan.rs` runs the grammar only where a mention or cue may start: where one
// of the strings of `src/extract/triggers.rs` occurs. This test derives those strings from
// the grammar and checks the file. After changing the grammar, regenerate it with
//     CLAIMLINT_WRITE_TRIGGERS=1 cargo test --test grammar triggers
// and review the diff.
//
// The derivation over-approximates: every string that `mention` or `cue` can match starts
// with a trigger. It follows each alternative for `DEPTH` characters, treating a
// positive lookahead as a constraint on the characters ahead, and a negative one as ruling
// out the next character where it is one of plain characters (`alnum_end`: no letter or
// digit follows); other negative lookaheads are ignored.

use pest_meta::ast::{Expr, RuleType};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// How many characters of each match the derivation follows.
const DEPTH: usize = 6;
/// The end of input, as a lookahead may require it: one past the last char.
const END: u32 = 0x11_0000;
/// A class of more characters than this ends a trigger (it would expand to too many);
/// the first class may be wider (digits of every script), and so may the second: a
/// one-character trigger followed by what may follow it (约 and a digit, a numeral or a
/// currency sign) keeps the grammar from being tried where nothing can follow (约约).
const WIDEST_CLASS: usize = 40;
const WIDEST_FIRST_CLASS: usize = 128;
const WIDEST_SECOND_CLASS: usize = 192;
/// The derivation keeps at most this many prefixes of an expression.
const MOST_PREFIXES: usize = 1000;
/// Prefixes with the same first classes, this many, are one family: cut together.
const FAMILY: usize = 2;
/// A pattern expands to at most this many trigger strings (at its second character, to
/// at most the second class's width). More strings find fewer places where nothing
/// starts ("a m", "a b", not every "a "), but each one costs a line of the scanner's
/// table, read at start-up: 24 strings made 4,459 triggers, 64 make 5,453 and took 6-7%
/// fewer instructions to check the corpus; 128 make 13,963, and the scanning of either
/// corpus costs the same as with 64 (283M instructions), after a start-up 12M
/// instructions longer.
const MOST_STRINGS: usize = 64;

fn widest(index: usize) -> usize {
    match index {
        0 => WIDEST_FIRST_CLASS,
        1 => WIDEST_SECOND_CLASS,
        _ => WIDEST_CLASS,
    }
}

/// How many strings a pattern may expand to once spelled to its `index`th class.
fn most_strings(index: usize) -> usize {
    if index == 1 {
        WIDEST_SECOND_CLASS
    } else {
        MOST_STRINGS
    }
}

/// A set of characters (and perhaps the end of input) as sorted, disjoint ranges.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Class(Vec<(u32, u32)>);

impl Class {
    fn range(lo: u32, hi: u32) -> Class {
        Class(vec![(lo, hi)])
    }

    fn char(c: char, insensitive: bool) -> Class {
        let class = Class::range(c as u32, c as u32);
        if insensitive && c.is_ascii_alphabetic() {
            let other = if c.is_ascii_lowercase() {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            };
            class.union(&Class::range(other as u32, other as u32))
        } else {
            class
        }
    }

    fn union(&self, other: &Class) -> Class {
        let mut all: Vec<(u32, u32)> = self.0.iter().chain(&other.0).copied().collect();
        all.sort_unstable();
        let mut out: Vec<(u32, u32)> = Vec::new();
        for (lo, hi) in all {
            match out.last_mut() {
                Some(last) if lo <= last.1.saturating_add(1) => last.1 = last.1.max(hi),
                _ => out.push((lo, hi)),
            }
        }
        Class(out)
    }

    fn intersect(&self, other: &Class) -> Class {
        let mut out = Vec::new();
        for &(a, b) in &self.0 {
            for &(c, d) in &other.0 {
                if a.max(c) <= b.min(d) {
                    out.push((a.max(c), b.min(d)));
                }
            }
        }
        out.sort_unstable();
        Class(out)
    }

    /// Every character, and the end of input, that is not in the class.
    fn complement(&self) -> Class {
        let mut out = Vec::new();
        let mut next = 0;
        for &(lo, hi) in &self.0 {
            if lo > next {
                out.push((next, lo - 1));
            }
            next = hi + 1;
        }
        if next <= END {
            out.push((next, END));
        }
        Class(out)
    }

    /// A cheap test: `folded_chars` may still refuse a class that passes.
    fn spellable(&self, index: usize) -> bool {
        let size: u32 = self.0.iter().map(|(lo, hi)| hi - lo + 1).sum();
        self.0.iter().all(|&(_, hi)| hi < END) && size as usize <= 2 * widest(index)
    }

    /// The characters of the class with ASCII letters folded to lower case, if it is
    /// narrow enough to spell out and does not hold the end of input.
    fn folded_chars(&self, widest: usize) -> Option<Vec<char>> {
        let size: u32 = self.0.iter().map(|(lo, hi)| hi - lo + 1).sum();
        if self.0.iter().any(|&(_, hi)| hi >= END) || size as usize > 2 * widest {
            return None;
        }
        let chars: BTreeSet<char> = self
            .0
            .iter()
            .flat_map(|&(lo, hi)| (lo..=hi).filter_map(char::from_u32))
            .map(|c| c.to_ascii_lowercase())
            .collect();
        (chars.len() <= widest).then(|| chars.into_iter().collect())
    }
}

/// The class a builtin matches, when it is one character of a class.
fn plain_class(prefixes: &Prefixes) -> Option<Class> {
    match prefixes.iter().collect::<Vec<_>>().as_slice() {
        [Prefix {
            classes,
            consumed: 1,
            open: true,
        }] if classes.len() == 1 => classes.first().cloned(),
        _ => None,
    }
}

/// The first characters of some matches of an expression: `classes[i]` holds the i-th
/// character. `consumed` of them are matched (the rest are required by a lookahead);
/// `open` says the match may end there, so that what follows it continues at `consumed`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Prefix {
    classes: Vec<Class>,
    consumed: usize,
    open: bool,
}

type Prefixes = BTreeSet<Prefix>;

fn nothing() -> Prefixes {
    [Prefix {
        classes: Vec::new(),
        consumed: 0,
        open: true,
    }]
    .into()
}

fn chars_prefix(classes: Vec<Class>) -> Prefixes {
    let length = classes.len();
    let mut classes = classes;
    classes.truncate(DEPTH);
    [Prefix {
        consumed: classes.len(),
        classes,
        open: length < DEPTH,
    }]
    .into()
}

/// `p` followed by `q`, or `None` where the two contradict.
fn then(p: &Prefix, q: &Prefix) -> Option<Prefix> {
    if !p.open {
        return Some(p.clone());
    }
    let mut classes = p.classes.clone();
    for (i, class) in q.classes.iter().enumerate() {
        let at = p.consumed + i;
        if at >= DEPTH {
            break;
        }
        if at < classes.len() {
            classes[at] = classes[at].intersect(class);
            if classes[at].0.is_empty() {
                return None;
            }
        } else {
            classes.push(class.clone());
        }
    }
    let consumed = p.consumed + q.consumed;
    let mut prefix = Prefix {
        classes,
        consumed: consumed.min(DEPTH),
        open: q.open && consumed < DEPTH,
    };
    // Nothing past a consumed class too wide to spell reaches a trigger: stop there. (A
    // class only looked ahead at, such as a `&han_first` guard's, is narrowed by what
    // follows it.)
    let consumed_wide = (0..prefix.consumed).find(|&i| !prefix.classes[i].spellable(i));
    if let Some(wide) = consumed_wide {
        prefix.classes.truncate(wide);
        prefix.consumed = prefix.consumed.min(wide);
        prefix.open = false;
    }
    Some(prefix)
}

fn sequence(first: &Prefixes, second: &Prefixes) -> Prefixes {
    let mut out = Prefixes::new();
    for p in first {
        if !p.open {
            out.insert(p.clone());
            continue;
        }
        for q in second {
            out.extend(then(p, q));
        }
    }
    merged(out)
}

/// Prefixes that differ only in their last class merged into one (an exact union); then,
/// while there are too many, the largest families (prefixes with the same first classes)
/// cut one class shorter: a shorter prefix admits more, so this is still sound. Cutting
/// only the large families keeps the other triggers long ("in excess of" is not cut to
/// "in " because a hedged Chinese figure has many spellings).
fn merged(prefixes: Prefixes) -> Prefixes {
    let mut prefixes = merged_exactly(prefixes);
    while prefixes.len() > MOST_PREFIXES {
        let families = families(&prefixes);
        let Some(largest) = families.iter().map(|f| f.count).max() else {
            break;
        };
        let cut_to: BTreeMap<&[Class], usize> = families
            .iter()
            .filter(|f| 2 * f.count >= largest)
            .map(|f| (f.stem, f.longest - 1))
            .collect();
        prefixes = merged_exactly(
            prefixes
                .iter()
                .map(|p| match cut_to.get(stem(p)) {
                    Some(&keep) => cut(p.clone(), keep),
                    None => p.clone(),
                })
                .collect(),
        );
    }
    prefixes
}

/// Prefixes with the same first `FAMILY` classes, at least one of them longer.
struct Family<'p> {
    stem: &'p [Class],
    count: usize,
    longest: usize,
}

fn stem(prefix: &Prefix) -> &[Class] {
    &prefix.classes[..prefix.classes.len().min(FAMILY)]
}

/// The families that can be cut shorter. A family's prefixes are next to each other, since
/// prefixes are ordered by their classes.
fn families(prefixes: &Prefixes) -> Vec<Family<'_>> {
    let mut families: Vec<Family> = Vec::new();
    for prefix in prefixes {
        match families.last_mut() {
            Some(family) if family.stem == stem(prefix) => {
                family.count += 1;
                family.longest = family.longest.max(prefix.classes.len());
            }
            _ => families.push(Family {
                stem: stem(prefix),
                count: 1,
                longest: prefix.classes.len(),
            }),
        }
    }
    families.retain(|family| family.longest > FAMILY);
    families
}

fn cut(mut prefix: Prefix, keep: usize) -> Prefix {
    if prefix.classes.len() > keep {
        prefix.classes.truncate(keep);
        prefix.consumed = prefix.consumed.min(keep);
        prefix.open = false;
    }
    prefix
}

fn merged_exactly(prefixes: Prefixes) -> Prefixes {
    let mut by_rest: BTreeMap<(Vec<Class>, usize, bool), Option<Class>> = BTreeMap::new();
    for p in prefixes {
        let mut classes = p.classes;
        let last = classes.pop();
        let entry = by_rest.entry((classes, p.consumed, p.open)).or_insert(None);
        *entry = match (entry.take(), last) {
            (Some(a), Some(b)) => Some(a.union(&b)),
            (a, b) => a.or(b),
        };
    }
    by_rest
        .into_iter()
        .map(|((mut classes, consumed, open), last)| {
            classes.extend(last);
            Prefix {
                classes,
                consumed,
                open,
            }
        })
        .collect()
}

struct Derivation<'g> {
    rules: HashMap<&'g str, &'g Expr>,
    memo: HashMap<String, Prefixes>,
    active: Vec<String>,
}

impl<'g> Derivation<'g> {
    fn of(ast: &'g [pest_meta::ast::Rule]) -> Self {
        Derivation {
            rules: ast.iter().map(|r| (r.name.as_str(), &r.expr)).collect(),
            memo: HashMap::new(),
            active: Vec::new(),
        }
    }

    fn expr(&mut self, expr: &Expr) -> Prefixes {
        match expr {
            Expr::Str(s) => chars_prefix(s.chars().map(|c| Class::char(c, false)).collect()),
            Expr::Insens(s) => chars_prefix(s.chars().map(|c| Class::char(c, true)).collect()),
            Expr::Range(lo, hi) => {
                let bound = |s: &str| s.chars().next().unwrap() as u32;
                chars_prefix(vec![Class::range(bound(lo), bound(hi))])
            }
            Expr::Ident(name) => self.rule(name),
            Expr::PosPred(e) => self
                .expr(e)
                .into_iter()
                .map(|p| Prefix {
                    classes: p.classes,
                    consumed: 0,
                    open: true,
                })
                .collect(),
            Expr::NegPred(e) => match self.plain_classes(e) {
                Some(forbidden) => [Prefix {
                    classes: vec![forbidden.complement()],
                    consumed: 0,
                    open: true,
                }]
                .into(),
                None => nothing(),
            },
            Expr::Seq(a, b) => {
                let first = self.expr(a);
                sequence(&first, &self.expr(b))
            }
            Expr::Choice(a, b) => {
                let mut out = self.expr(a);
                out.extend(self.expr(b));
                merged(out)
            }
            Expr::Opt(e) => {
                let mut out = self.expr(e);
                out.extend(nothing());
                merged(out)
            }
            Expr::Rep(e) => self.repeat(e, 0, None),
            Expr::RepOnce(e) => self.repeat(e, 1, None),
            Expr::RepExact(e, n) => self.repeat(e, *n, Some(*n)),
            Expr::RepMin(e, n) => self.repeat(e, *n, None),
            Expr::RepMax(e, n) => self.repeat(e, 0, Some(*n)),
            Expr::RepMinMax(e, m, n) => self.repeat(e, *m, Some(*n)),
            other => panic!("the trigger derivation does not know {other:?}"),
        }
    }

    /// The characters that one-character alternatives of `expr` match, each unconditionally:
    /// where the next character is one of them, a negative lookahead of `expr` fails.
    /// (Prefixes cannot tell this: they admit more than an expression matches.)
    fn plain_classes(&self, expr: &Expr) -> Option<Class> {
        let class = match expr {
            Expr::Str(s) | Expr::Insens(s) if s.chars().count() == 1 => {
                let c = s.chars().next()?;
                Some(Class::char(c, matches!(expr, Expr::Insens(_))))
            }
            Expr::Range(lo, hi) => {
                let bound = |s: &str| s.chars().next().map(|c| c as u32);
                Some(Class::range(bound(lo)?, bound(hi)?))
            }
            Expr::Ident(name) => match builtin(name) {
                Some(prefixes) => plain_class(&prefixes),
                None => self.plain_classes(self.rules.get(name.as_str())?),
            },
            Expr::Choice(a, b) => {
                let (a, b) = (self.plain_classes(a), self.plain_classes(b));
                a.into_iter().chain(b).reduce(|a, b| a.union(&b))
            }
            _ => None,
        };
        class.filter(|class| !class.0.is_empty())
    }

    /// `min` to `max` repetitions; past `min`, `DEPTH` more cover every prefix, since
    /// each repetition matches at least one character.
    fn repeat(&mut self, e: &Expr, min: u32, max: Option<u32>) -> Prefixes {
        let once = self.expr(e);
        assert!(
            once.iter().all(|p| p.consumed > 0 || !p.open),
            "a repeated expression that can match nothing: {e:?}"
        );
        let last = max.unwrap_or(u32::MAX).min(min + DEPTH as u32);
        let mut current = nothing();
        let mut all = Prefixes::new();
        for count in 0..=last {
            if count >= min {
                all.extend(current.iter().cloned());
            }
            if count < last {
                current = sequence(&current, &once);
            }
        }
        merged(all)
    }

    fn rule(&mut self, name: &str) -> Prefixes {
        if let Some(builtin) = builtin(name) {
            return builtin;
        }
        if let Some(done) = self.memo.get(name) {
            return done.clone();
        }
        assert!(
            !self.active.iter().any(|a| a == name),
            "recursive rule {name}: {:?}",
            self.active
        );
        self.active.push(name.to_string());
        let expr = *self
            .rules
            .get(name)
            .unwrap_or_else(|| panic!("no rule {name}"));
        let prefixes = self.expr(expr);
        self.active.pop();
        self.memo.insert(name.to_string(), prefixes.clone());
        prefixes
    }
}

fn builtin(name: &str) -> Option<Prefixes> {
    let class = |ranges: &[(char, char)]| {
        let class = Class(ranges.iter().map(|&(a, b)| (a as u32, b as u32)).collect());
        chars_prefix(vec![class])
    };
    Some(match name {
        "ANY" => class(&[('\0', char::MAX)]),
        "ASCII" => class(&[('\0', '\x7f')]),
        "ASCII_DIGIT" => class(&[('0', '9')]),
        "ASCII_ALPHA" => class(&[('A', 'Z'), ('a', 'z')]),
        "ASCII_ALPHA_LOWER" => class(&[('a', 'z')]),
        "ASCII_ALPHA_UPPER" => class(&[('A', 'Z')]),
        "ASCII_ALPHANUMERIC" => class(&[('0', '9'), ('A', 'Z'), ('a', 'z')]),
        "NEWLINE" => ["\n", "\r\n", "\r"]
            .iter()
            .flat_map(|s| chars_prefix(s.chars().map(|c| Class::char(c, false)).collect()))
            .collect(),
        "EOI" => [Prefix {
            classes: vec![Class::range(END, END)],
            consumed: 0,
            open: true,
        }]
        .into(),
        _ => return None,
    })
}

/// Where a trigger comes from: a rule tried at the scan position and, for a rule that is
/// a choice, which alternative (`Some` only for an alternative that is a plain literal).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Source {
    rule: String,
    literal: Option<String>,
    /// Tried as a cue, not as a mention.
    cue: bool,
    /// Its place in `step_alternatives`.
    alternative: usize,
}

/// The alternatives of a choice, seen through first-character guards (which the test
/// below checks admit every alternative they guard) and through `!x_shape` guards (which
/// only rule positions out, so each alternative without it admits as much or more).
fn choices(expr: &Expr) -> Vec<&Expr> {
    match expr {
        Expr::Choice(a, b) => {
            let mut out = choices(a);
            out.extend(choices(b));
            out
        }
        Expr::Seq(guard, rest) if guard_name(guard).is_some() || is_negative_shape(guard) => {
            choices(rest)
        }
        other => vec![other],
    }
}

fn is_negative_shape(expr: &Expr) -> bool {
    matches!(expr, Expr::NegPred(inner) if matches!(&**inner, Expr::Ident(name) if name.ends_with("_shape")))
}

/// The trigger strings of a prefix: its classes spelled out, up to the first class too
/// wide to spell.
fn spelled(prefix: &Prefix) -> Vec<String> {
    let mut out = vec![String::new()];
    for (i, class) in prefix.classes.iter().enumerate() {
        let Some(chars) = class.folded_chars(widest(i)) else {
            break;
        };
        if i > 0 && out.len() * chars.len() > most_strings(i) {
            break;
        }
        out = out
            .iter()
            .flat_map(|s| chars.iter().map(move |c| format!("{s}{c}")))
            .collect();
    }
    out
}

/// The rules of `grammar/claims.pest`.
fn claims_grammar() -> Vec<pest_meta::ast::Rule> {
    rules_of(&std::fs::read_to_string("grammar/claims.pest").unwrap())
}

/// The rules of a grammar, as pest_meta reads them.
fn rules_of(grammar: &str) -> Vec<pest_meta::ast::Rule> {
    let pairs = pest_meta::parser::parse(pest_meta::parser::Rule::grammar_rules, grammar)
        .unwrap_or_else(|e| panic!("{e}"));
    pest_meta::parser::consume_rules(pairs).unwrap_or_else(|e| panic!("{e:?}"))
}

/// What `step` tries before `opaque`, in order (in a grammar without `step`, the
/// alternatives of `mention`, then those of `cue`), and how many of them, at the end, are
/// cues. A silent rule that is a choice of rules is opened up (`mention`, `not_quantity`,
/// `distinct_cue`), and a lookahead in front of a choice is distributed over it
/// (`!g ~ (a | b)` tries `!g ~ a`, then `!g ~ b`), which changes no match.
fn step_alternatives(rules: &[pest_meta::ast::Rule]) -> (Vec<Expr>, usize) {
    let body = |name: &str| rules.iter().find(|r| r.name == name).map(|r| &r.expr);
    let cues = alternatives(rules, body("cue").unwrap()).len();
    let all = match body("step") {
        Some(Expr::Opt(choice)) => match &**choice {
            Expr::Choice(tried, _opaque) => alternatives(rules, tried),
            other => panic!("step is not a choice: {other:?}"),
        },
        _ => {
            let mut all = alternatives(rules, body("mention").unwrap());
            all.extend(alternatives(rules, body("cue").unwrap()));
            all
        }
    };
    (all, cues)
}

/// The alternatives of `expr`, opened up as `step_alternatives` says.
fn alternatives(rules: &[pest_meta::ast::Rule], expr: &Expr) -> Vec<Expr> {
    match expr {
        Expr::Choice(a, b) => {
            let mut out = alternatives(rules, a);
            out.extend(alternatives(rules, b));
            out
        }
        Expr::Seq(..) if !unguarded(expr).0.is_empty() => {
            let (guards, core) = unguarded(expr);
            alternatives(rules, &core)
                .iter()
                .map(|alternative| guarded(&guards, alternative))
                .collect()
        }
        Expr::Ident(name) => {
            let silent_choice = rules
                .iter()
                .find(|r| &r.name == name && r.ty == RuleType::Silent)
                .map(|r| alternatives(rules, &r.expr))
                .filter(|inner| {
                    inner.len() > 1
                        && inner
                            .iter()
                            .all(|alternative| matches!(unguarded(alternative).1, Expr::Ident(_)))
                });
            silent_choice.unwrap_or_else(|| vec![expr.clone()])
        }
        other => vec![other.clone()],
    }
}

/// The lookaheads in front of an alternative, and what they guard.
fn unguarded(expr: &Expr) -> (Vec<&Expr>, Expr) {
    let items = sequence_items(expr);
    let guards = items
        .iter()
        .take_while(|item| matches!(item, Expr::PosPred(_) | Expr::NegPred(_)))
        .count();
    match items[guards..]
        .iter()
        .map(|&item| item.clone())
        .reduce(|a, b| Expr::Seq(Box::new(a), Box::new(b)))
    {
        Some(core) => (items[..guards].to_vec(), core),
        None => (Vec::new(), expr.clone()),
    }
}

/// `guards ~ expr`.
fn guarded(guards: &[&Expr], expr: &Expr) -> Expr {
    guards.iter().rev().fold(expr.clone(), |inner, &guard| {
        Expr::Seq(Box::new(guard.clone()), Box::new(inner))
    })
}

/// Every trigger with what it may start.
fn derive_triggers(grammar: &str) -> BTreeMap<String, BTreeSet<Source>> {
    let ast = rules_of(grammar);
    let mut derivation = Derivation::of(&ast);
    let (tried, cues) = step_alternatives(&ast);
    let mut triggers: BTreeMap<String, BTreeSet<Source>> = BTreeMap::new();
    for (alternative, expr) in tried.iter().enumerate() {
        let cue = alternative + cues >= tried.len();
        let (guards, core) = unguarded(expr);
        let (rule, parts) = match &core {
            Expr::Ident(name) => (name.as_str(), choices(derivation.rules[name.as_str()])),
            other => (if cue { "cue" } else { "mention" }, vec![other]),
        };
        // An e-mail address can start with any word; the scanner tries it where a word
        // is followed by `@`.
        if rule == "email" {
            continue;
        }
        for part in parts {
            let literal = match part {
                Expr::Str(s) if guards.is_empty() && matches!(core, Expr::Ident(_)) => {
                    Some(s.clone())
                }
                _ => None,
            };
            for prefix in derivation.expr(&guarded(&guards, part)) {
                for trigger in spelled(&prefix) {
                    assert!(
                        !trigger.is_empty(),
                        "{rule} can start with any of {:?}: no trigger finds it",
                        prefix.classes.first()
                    );
                    triggers.entry(trigger).or_default().insert(Source {
                        rule: rule.to_string(),
                        literal: literal.clone(),
                        cue,
                        alternative,
                    });
                }
            }
        }
    }
    triggers
}

/// The steps of the grammar (`step`, `cue_step`, `to_word_step`, …) with the places in
/// `step_alternatives` of what each tries before `opaque`. A step tries some of the
/// alternatives of `step`, each as `step` writes it (guards included) and in its order,
/// so where nothing else can start it matches what `step` matches.
fn steps(rules: &[pest_meta::ast::Rule]) -> Vec<(String, BTreeSet<usize>)> {
    let (all, _) = step_alternatives(rules);
    let same = |a: &Expr, b: &Expr| {
        format!("{:?}", sequence_items(a)) == format!("{:?}", sequence_items(b))
    };
    let mut steps = Vec::new();
    for rule in rules
        .iter()
        .filter(|rule| rule.name.ends_with("_step") || rule.name == "step")
    {
        let Expr::Opt(choice) = &rule.expr else {
            panic!("{} is not optional", rule.name);
        };
        let Expr::Choice(tried, last) = &**choice else {
            panic!("{} is not a choice", rule.name);
        };
        assert!(
            matches!(&**last, Expr::Ident(name) if name == "opaque"),
            "{} does not end in opaque",
            rule.name
        );
        let mut places = Vec::new();
        for alternative in alternatives(rules, tried) {
            let after = places.last().map_or(0, |&place| place + 1);
            let place = all[after..]
                .iter()
                .position(|other| same(other, &alternative))
                .unwrap_or_else(|| {
                    panic!(
                        "{}: {alternative:?} is not an alternative of step, or out of its order",
                        rule.name
                    )
                });
            places.push(after + place);
        }
        steps.push((rule.name.clone(), places.into_iter().collect()));
    }
    steps
}

/// The triggers: none that starts with another (the shorter one finds the same places,
/// so at most one trigger matches at a position), each with the step that tries the
/// fewest alternatives of `step` among those that try all that can start there, and, for
/// a trigger that can only be one plain literal of a rule (no other trigger starts with
/// it, no other rule starts with it), that rule.
fn triggers_table(grammar: &str) -> Vec<(String, String, Option<String>)> {
    let triggers = derive_triggers(grammar);
    let mut steps = steps(&rules_of(grammar));
    steps.sort_by_key(|(name, places)| (places.len(), name.clone()));
    let mut table = Vec::new();
    for trigger in triggers.keys() {
        let extends_another = trigger
            .char_indices()
            .skip(1)
            .any(|(end, _)| triggers.contains_key(&trigger[..end]));
        if extends_another {
            continue;
        }
        // This trigger and the longer ones it stands for.
        let family: Vec<&Source> = triggers
            .range::<String, _>(trigger..)
            .take_while(|(other, _)| other.starts_with(trigger.as_str()))
            .flat_map(|(_, sources)| sources)
            .collect();
        let starts: BTreeSet<usize> = family.iter().map(|source| source.alternative).collect();
        let (step, _) = steps
            .iter()
            .find(|(_, places)| places.is_superset(&starts))
            .expect("step tries every alternative");
        // A rule tried both as a mention and as a cue is the same rule.
        let readings: BTreeSet<(&String, &Option<String>)> = family
            .iter()
            .map(|source| (&source.rule, &source.literal))
            .collect();
        let literal_of = match readings.into_iter().collect::<Vec<_>>().as_slice() {
            [(rule, Some(literal))] if literal == trigger => Some(rule.to_string()),
            _ => None,
        };
        table.push((trigger.clone(), step.clone(), literal_of));
    }
    table
}

/// The table as the Rust array `src/extract/scan.rs` includes: no parsing at start-up.
fn triggers_file(grammar: &str) -> String {
    let mut out = String::from(
        "// Derived from grammar/claims.pest by tests/grammar.rs; regenerate it with\n\
         //     CLAIMLINT_WRITE_TRIGGERS=1 cargo test --test grammar triggers\n[\n",
    );
    for (trigger, step, literal_of) in triggers_table(grammar) {
        let literal_of =
            literal_of.map_or("None".to_string(), |rule| format!("Some(Rule::{rule})"));
        out.push_str(&format!("    ({trigger:?}, Rule::{step}, {literal_of}),\n"));
    }
    out.push_str("]\n");
    out
}

/// Each step other than `step` is there for some trigger: the narrowest for it.
#[test]
fn every_step_serves_a_trigger() {
    let grammar = std::fs::read_to_string("grammar/claims.pest").unwrap();
    let triggers = triggers_table(&grammar);
    let served: BTreeSet<&str> = triggers.iter().map(|(_, step, _)| step.as_str()).collect();
    for (step, _) in steps(&rules_of(&grammar)) {
        assert!(
            step == "step" || served.contains(step.as_str()),
            "no trigger needs {step}"
        );
    }
}

/// `distinct_cue` is tried before the other cues; no other cue may start where one of its
/// cues does, or the order would change which one matches.
#[test]
fn a_distinct_cue_shares_no_start_with_another_cue() {
    let grammar = std::fs::read_to_string("grammar/claims.pest").unwrap();
    let rules = rules_of(&grammar);
    let distinct_cue = &rules
        .iter()
        .find(|r| r.name == "distinct_cue")
        .unwrap()
        .expr;
    let distinct: BTreeSet<&str> = choices(distinct_cue)
        .into_iter()
        .map(|choice| match choice {
            Expr::Ident(name) => name.as_str(),
            other => panic!("distinct_cue: {other:?} is not a rule"),
        })
        .collect();
    let triggers = derive_triggers(&grammar);
    // The cues of the triggers that start where `trigger` does: its prefixes and extensions.
    let cues_at = |trigger: &str| -> BTreeSet<String> {
        let prefixes = trigger
            .char_indices()
            .skip(1)
            .filter_map(|(end, _)| triggers.get(&trigger[..end]));
        let extensions = triggers
            .range::<str, _>((
                std::ops::Bound::Included(trigger),
                std::ops::Bound::Unbounded,
            ))
            .take_while(|(other, _)| other.starts_with(trigger))
            .map(|(_, sources)| sources);
        prefixes
            .chain(extensions)
            .flatten()
            .filter(|source| source.cue)
            .map(|source| source.rule.clone())
            .collect()
    };
    for (trigger, sources) in &triggers {
        if !sources
            .iter()
            .any(|s| s.cue && distinct.contains(s.rule.as_str()))
        {
            continue;
        }
        let others: Vec<String> = cues_at(trigger)
            .into_iter()
            .filter(|rule| !distinct.contains(rule.as_str()))
            .collect();
        assert!(
            others.is_empty(),
            "{trigger:?} starts a distinct cue and {others:?}"
        );
    }
}

#[test]
fn triggers_file_is_derived_from_the_grammar() {
    let grammar = std::fs::read_to_string("grammar/claims.pest").unwrap();
    let expected = triggers_file(&grammar);
    let path = "src/extract/triggers.rs";
    if std::env::var_os("CLAIMLINT_WRITE_TRIGGERS").is_some() {
        std::fs::write(path, &expected).unwrap();
    }
    let actual = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        actual == expected,
        "{path} is stale: regenerate it with CLAIMLINT_WRITE_TRIGGERS=1 cargo test --test grammar triggers"
    );
}

// ------------------------------------------------------------------ first-character guards

/// `&x_first ~ rest` lets pest give up after one character test where no match of `rest`
/// can start; the guard must admit every first character of `rest`, or `rest` would
/// silently stop matching there. The same holds for a list grouped by its first
/// character (`&^"r" ~ (^"raised" | ^"rose")`, `&('一'..'來') ~ (…)`): a literal put in
/// the wrong group fails here.
#[test]
fn first_character_guards_admit_every_match() {
    let ast = claims_grammar();
    let mut derivation = Derivation::of(&ast);
    let mut guards = Vec::new();
    for rule in &ast {
        first_guards(&rule.name, &rule.expr, &mut guards);
    }
    for (rule, guard, rest) in &guards {
        let admitted = first_chars(&derivation.expr(guard));
        let needed = first_chars(&derivation.expr(rest));
        let missing: Vec<(u32, u32)> = needed
            .0
            .iter()
            .flat_map(|&(lo, hi)| {
                let piece = Class::range(lo, hi);
                let kept = piece.intersect(&admitted);
                let kept_size: u32 = kept.0.iter().map(|(a, b)| b - a + 1).sum();
                (kept_size != hi - lo + 1).then_some((lo, hi))
            })
            .collect();
        assert!(
            missing.is_empty(),
            "{rule}: {guard} does not admit {missing:x?}"
        );
    }
    assert!(guards.len() >= 60, "only {} guards found", guards.len());
}

/// `!digit ~ rest` skips `rest` at a digit (where most mentions start): no match of
/// `rest` may start with one, or it would silently stop matching there.
#[test]
fn digit_guards_skip_only_what_cannot_start_with_a_digit() {
    let ast = claims_grammar();
    let mut derivation = Derivation::of(&ast);
    let digits = first_chars(&derivation.rule("digit"));
    let mut guarded = Vec::new();
    for rule in &ast {
        digit_guarded(&rule.expr, &mut guarded);
    }
    for rest in &guarded {
        let overlap = first_chars(&derivation.expr(rest)).intersect(&digits);
        assert!(
            overlap.0.is_empty(),
            "!digit ~ {rest:?} can start with {overlap:x?}"
        );
    }
    assert!(
        guarded.len() >= 8,
        "only {} digit guards found",
        guarded.len()
    );
}

/// Every `rest` of a `!digit ~ rest` in `expr`.
fn digit_guarded(expr: &Expr, found: &mut Vec<Expr>) {
    if let Expr::Seq(left, right) = expr {
        if matches!(&**left, Expr::NegPred(inner) if matches!(&**inner, Expr::Ident(n) if n == "digit"))
        {
            found.push((**right).clone());
        }
    }
    for sub in sub_expressions(expr) {
        digit_guarded(sub, found);
    }
}

/// `expr` without what only saves work: a `&shape` or `!shape` item of a sequence is
/// dropped, `shortcut | rest` becomes `rest`.
fn without_shapes_and_shortcuts(expr: Expr, shapes: &[String], shortcuts: &[String]) -> Expr {
    let is_shape_guard =
        |item: &Expr| matches!(item, Expr::PosPred(e) | Expr::NegPred(e) if calls(e, shapes));
    expr.map_bottom_up(|expr| match expr {
        Expr::Seq(..) => sequence_items(&expr)
            .into_iter()
            .filter(|item| !is_shape_guard(item))
            .cloned()
            .reduce(|a, b| Expr::Seq(Box::new(a), Box::new(b)))
            .unwrap_or_else(|| panic!("a sequence of shape guards alone: {expr:?}")),
        Expr::Choice(first, rest) if calls(&first, shortcuts) => *rest,
        other => other,
    })
}

/// Whether `expr` is a call of one of the rules `names`.
fn calls(expr: &Expr, names: &[String]) -> bool {
    matches!(expr, Expr::Ident(name) if names.contains(name))
}

/// Whether `expr` calls any of the rules `names`, however deep.
fn names_any(expr: &Expr, names: &[String]) -> bool {
    calls(expr, names)
        || sub_expressions(expr)
            .into_iter()
            .any(|sub| names_any(sub, names))
}

/// The expressions `expr` is made of, one level down.
fn sub_expressions(expr: &Expr) -> Vec<&Expr> {
    match expr {
        Expr::Seq(a, b) | Expr::Choice(a, b) => vec![a, b],
        Expr::Opt(e)
        | Expr::Rep(e)
        | Expr::RepOnce(e)
        | Expr::RepExact(e, _)
        | Expr::RepMin(e, _)
        | Expr::RepMax(e, _)
        | Expr::RepMinMax(e, _, _)
        | Expr::PosPred(e)
        | Expr::NegPred(e)
        | Expr::Push(e) => vec![e],
        _ => Vec::new(),
    }
}

/// Every first-character guard and `rest` in `expr` (of `rule`), at the head of a
/// sequence or inside one: the rule, what the guard looks at and `rest` (what follows the
/// guard in its sequence).
fn first_guards(rule: &str, expr: &Expr, found: &mut Vec<(String, Expr, Expr)>) {
    if !matches!(expr, Expr::Seq(..)) {
        for sub in sub_expressions(expr) {
            first_guards(rule, sub, found);
        }
        return;
    }
    let items = sequence_items(expr);
    for (at, item) in items.iter().enumerate() {
        if let Some(guard) = first_character_guard(item) {
            let rest = items[at + 1..]
                .iter()
                .map(|&e| e.clone())
                .reduce(|a, b| Expr::Seq(Box::new(a), Box::new(b)))
                .unwrap_or_else(|| panic!("{rule}: {guard:?} guards nothing"));
            found.push((rule.to_string(), guard.clone(), rest));
        }
        first_guards(rule, item, found);
    }
}

/// What a first-character guard looks at: `x_first` in `&x_first`, or the one character
/// or range of `&"S"`, `&^"r"`, `&('一'..'來')` in front of a grouped list.
fn first_character_guard(expr: &Expr) -> Option<&Expr> {
    let Expr::PosPred(inner) = expr else {
        return None;
    };
    match &**inner {
        Expr::Str(s) | Expr::Insens(s) if s.chars().count() == 1 => Some(inner),
        Expr::Range(..) => Some(inner),
        _ => guard_name(expr).map(|_| &**inner),
    }
}

/// `x_first` for a guard `&x_first` (a lookahead at the first character of what follows).
fn guard_name(expr: &Expr) -> Option<&str> {
    let Expr::PosPred(inner) = expr else {
        return None;
    };
    match &**inner {
        Expr::Ident(name) if name.ends_with("_first") => Some(name),
        _ => None,
    }
}

/// The items of a sequence, however pest_meta nests it.
fn sequence_items(expr: &Expr) -> Vec<&Expr> {
    match expr {
        Expr::Seq(a, b) => {
            let mut items = sequence_items(a);
            items.extend(sequence_items(b));
            items
        }
        other => vec![other],
    }
}

/// The characters a match can start with; one that may be empty starts with anything.
fn first_chars(prefixes: &Prefixes) -> Class {
    prefixes.iter().fold(Class(Vec::new()), |all, prefix| {
        match prefix.classes.first() {
            Some(class) => all.union(class),
            None => Class::range(0, END),
        }
    })
}

// ------------------------------------------------------------------ bounded depth

/// pest is built without its native stack guard (Cargo.toml: it probed the stack at every
/// rule entry, a tenth of the scanning time). That is safe only while no rule can reach
/// itself: the parser's depth is then bounded by the grammar, whatever the input.
#[test]
fn no_rule_reaches_itself() {
    let ast = claims_grammar();
    let calls: HashMap<&str, Vec<&str>> = ast
        .iter()
        .map(|rule| {
            let mut called = Vec::new();
            rules_called(&rule.expr, &mut called);
            (rule.name.as_str(), called)
        })
        .collect();
    for rule in &ast {
        let mut seen = BTreeSet::new();
        let mut pending = calls[rule.name.as_str()].clone();
        while let Some(callee) = pending.pop() {
            assert_ne!(callee, rule.name, "{} can reach itself", rule.name);
            if seen.insert(callee) {
                pending.extend(calls.get(callee).into_iter().flatten());
            }
        }
    }
    assert!(
        calls["mention"].contains(&"quantity"),
        "rule calls not found"
    );
}

/// The names of the rules `expr` calls.
fn rules_called<'a>(expr: &'a Expr, found: &mut Vec<&'a str>) {
    if let Expr::Ident(name) = expr {
        found.push(name);
    }
    for sub in sub_expressions(expr) {
        rules_called(sub, found);
    }
}

/// `alnum_end` after "from": no digit follows it, so `from5` is no trigger.
#[test]
fn a_negative_lookahead_of_characters_rules_them_out() {
    let triggers = derive_triggers(
        r#"
        mention = { ^"from" ~ !ASCII_ALPHANUMERIC ~ " "? ~ (ASCII_DIGIT | "$") | "x" ~ !("a" ~ "b") ~ ASCII_ALPHA }
        cue = { "y" }
        "#,
    );
    let found: Vec<&str> = triggers.keys().map(String::as_str).collect();
    assert!(
        found.contains(&"from$") && found.contains(&"from 5"),
        "{found:?}"
    );
    assert!(!found.contains(&"from5"), "{found:?}");
    // A lookahead of more than one character rules nothing out.
    assert!(found.contains(&"xa"), "{found:?}");
}

/// 1,728 prefixes under `ab` are cut; the one `in exc` beside them keeps its length.
#[test]
fn too_many_prefixes_cut_only_the_largest_families() {
    let prefix = |s: &str| Prefix {
        classes: s.chars().map(|c| Class::char(c, false)).collect(),
        consumed: s.chars().count(),
        open: false,
    };
    let letters = "bcdefghijklm";
    let mut prefixes: Prefixes = Prefixes::new();
    for a in letters.chars() {
        for b in letters.chars() {
            for c in letters.chars() {
                prefixes.insert(prefix(&format!("ab{a}{b}{c}z")));
            }
        }
    }
    prefixes.insert(prefix("in exc"));
    let merged = merged(prefixes);
    assert!(merged.len() <= MOST_PREFIXES);
    assert!(merged.contains(&prefix("in exc")));
    assert!(merged
        .iter()
        .all(|p| p.classes.len() < 6 || p.classes[0] != Class::char('a', false)));
}

/// A `*_shape` lookahead or `*_shortcut` alternative only saves work: the grammar
/// without it reads every figure the same. A shape guards alternatives that start with a
/// number (`&shape ~`: they are tried only where it matches; `!shape ~`: none of them can
/// match where it does); a shortcut, tried first, reads what a later alternative would.
/// So the two grammars are compared where a number starts: in the fixtures and in the
/// forms the shapes and shortcuts must admit or rule out.
#[test]
fn shapes_and_shortcuts_change_nothing() {
    let rules = claims_grammar();
    let named = |suffix: &str| -> Vec<String> {
        rules
            .iter()
            .map(|rule| rule.name.clone())
            .filter(|name| name.ends_with(suffix))
            .collect()
    };
    let (shapes, shortcuts) = (named("_shape"), named("_shortcut"));
    assert!(!shapes.is_empty() && !shortcuts.is_empty());
    let plain_rules: Vec<_> = rules
        .iter()
        .cloned()
        .map(|rule| pest_meta::ast::Rule {
            expr: without_shapes_and_shortcuts(rule.expr, &shapes, &shortcuts),
            ..rule
        })
        .collect();
    assert!(
        !plain_rules
            .iter()
            .any(|rule| names_any(&rule.expr, &shapes) || names_any(&rule.expr, &shortcuts)),
        "a shape is not a guard in front of what it guards, or a shortcut not the first \
         alternative of a choice"
    );
    let vm = |rules| pest_vm::Vm::new(pest_meta::optimizer::optimize(rules));
    let (guarded, plain) = (vm(rules), vm(plain_rules));
    let read = |vm: &pest_vm::Vm, text: &str| -> Option<Vec<(String, usize, usize)>> {
        let pairs = vm.parse("mention", text).ok()?;
        Some(
            pairs
                .flatten()
                .map(|p| {
                    (
                        p.as_rule().to_string(),
                        p.as_span().start(),
                        p.as_span().end(),
                    )
                })
                .collect(),
        )
    };
    let mut texts: Vec<String> = [
        "2023年",
        "2023 年度",
        "2022-2023年",
        "2022至二〇二三年",
        "2023财年",
        "1至3月",
        "1-三月",
        "3月5日",
        "3 月 5 号",
        "11.27事件",
        "1季度",
        "3季度的前两个月",
        "20世纪90年代",
        "5號",
        "１２月",
        "2023年3月5日",
        "1,1,1",
        "1,2,3 percent",
        "2019,2020",
        "2019，2020年",
        "1,000,1",
        "1,234.5",
        "12,34,5",
        "1,2345",
        "123,4567",
        "1234,5",
        "1,000-2,000辆",
        "-1,2",
        "1.5,2",
        "１，２",
        "3、4月",
        "3、4季度",
        "1;2",
        "2023.",
        "5.",
        "5,",
        "5）",
        "+5%,",
        "1.2.3",
        "0700.HK",
        "10:30",
        "1/2,",
        "5 million",
        "5.2%",
        "3成",
        "3.5成",
        "+2成",
        "18 September 2023",
        "1 May",
        "3Q 2023",
        "1H23",
        "2023-09-18",
        "1990s",
        "1986-87",
        "9:30 a.m.",
        "9 am",
        "10 GMT",
        "3点15分",
        "12:00:05",
        "5 dollars",
        "5 Dollar",
        "5 dlrs",
        "5 U.S. dollars",
        "5 us dlrs",
        "5 USD",
        "5 cents",
        "5 cts",
        "5 hong kong dollars",
        "5 HK dlrs",
        "5 HKD",
        "5 canadian dollars",
        "5 CAD",
        "5 Australian dlrs",
        "5 AUD",
        "5 taiwan dollars",
        "5 TWD",
        "5 euros",
        "5 EUR",
        "5€",
        "5 pounds sterling",
        "5 stg",
        "5 sterling",
        "5 GBP",
        "5 yen",
        "5 JPY",
        "5 yuan",
        "5 renminbi",
        "5 RMB",
        "5 CNY",
        "5 swiss francs",
        "5 CHF",
        "5 KRW",
        "5 marks",
        "5 d-marks",
        "5 french francs",
        "5 francs",
        "5 guilders",
        "5 lire",
        "5-7 dollars",
        "5 percent",
        "5 shares",
        "5万美元",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for dir in [
        "fixtures/en",
        "fixtures/zh",
        "fixtures/corpus/en",
        "fixtures/corpus/zh",
    ] {
        for entry in std::fs::read_dir(dir).unwrap() {
            texts.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
        }
    }
    let mut compared = 0;
    for text in &texts {
        // Where a number starts: a digit of either width or a sign, not inside a number.
        let number_char = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
        let sign = |c: char| matches!(c, '+' | '-' | '−' | '－' | '＋');
        let number_starts = text
            .char_indices()
            .filter(|&(at, c)| (number_char(c) || sign(c)) && !text[..at].ends_with(number_char));
        for (at, _) in number_starts {
            let rest = &text[at..];
            assert_eq!(read(&guarded, rest), read(&plain, rest), "{rest:.40}");
            compared += 1;
        }
    }
    assert!(compared > 1000, "{compared}");
}

/// A literal that an earlier alternative of its choice begins never matches: PEG takes
/// the earlier one and does not come back (`^"expect" | ^"expectations"` followed by
/// `alnum_end` fails on "expectations").
#[test]
fn no_literal_is_shadowed_by_an_earlier_alternative() {
    fn choices<'e>(expr: &'e Expr, out: &mut Vec<Vec<&'e Expr>>) {
        if !matches!(expr, Expr::Choice(..)) {
            for sub in sub_expressions(expr) {
                choices(sub, out);
            }
            return;
        }
        let mut flat = Vec::new();
        flatten(expr, &mut flat);
        for alternative in &flat {
            choices(alternative, out);
        }
        out.push(flat);
    }
    fn flatten<'e>(expr: &'e Expr, out: &mut Vec<&'e Expr>) {
        match expr {
            Expr::Choice(a, b) => {
                flatten(a, out);
                flatten(b, out);
            }
            other => out.push(other),
        }
    }
    // The strings an alternative matches when it is one literal, folded when it ignores
    // case (then only an insensitive earlier one is known to shadow it).
    let literal = |e: &Expr| match e {
        Expr::Str(s) => Some((s.clone(), false)),
        Expr::Insens(s) => Some((s.to_lowercase(), true)),
        _ => None,
    };
    let mut shadowed = Vec::new();
    for rule in claims_grammar() {
        let mut found = Vec::new();
        choices(&rule.expr, &mut found);
        for choice in found {
            let literals: Vec<_> = choice.iter().map(|e| literal(e)).collect();
            for (i, earlier) in literals.iter().enumerate() {
                let Some((a, a_insensitive)) = earlier else {
                    continue;
                };
                for (b, b_insensitive) in literals[i + 1..].iter().flatten() {
                    let b = if *a_insensitive {
                        b.to_lowercase()
                    } else {
                        b.clone()
                    };
                    if b != *a && b.starts_with(a.as_str()) && (*a_insensitive || !b_insensitive) {
                        shadowed.push(format!("{}: {a:?} before {b:?}", rule.name));
                    }
                }
            }
        }
    }
    assert!(shadowed.is_empty(), "shadowed literals: {shadowed:?}");
}
