//! claimlint: checks numeric claims in prose for internal consistency.
//!
//! The pipeline runs one way: [`document`] (text, lines) → [`extract`] (mentions with
//! exact quantities) → claims → relations → rules → diagnostics → renderers.
#![warn(clippy::print_stdout, clippy::print_stderr)]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

// The generated parser names `alloc` when pest is built without `std` (see Cargo.toml).
extern crate alloc;
pub mod attribute;
pub mod baseline;
pub mod config;
pub mod diagnostic;
pub mod diff;
pub mod document;
pub mod extract;
pub mod files;
pub mod git;
pub mod lexicon;
pub mod lint;
pub mod markdown;
pub mod progress;
pub mod quantity;
pub mod relations;
pub mod render;
pub mod rules;
pub mod solver;
pub mod suppress;
pub mod written;

use attribute::Claim;
use diagnostic::Diagnostic;
use document::Document;
use relations::Relations;

/// Everything claimlint reads in one document.
pub struct Analysis {
    /// Every figure and date, in reading order.
    pub mentions: Vec<extract::SharedMention>,
    /// The figures (not dates) with their attribution, in reading order.
    pub claims: Vec<Claim>,
    pub relations: Relations,
    /// The arithmetic of the relations, solved.
    pub solution: solver::Solution,
}

/// How figures are read.
#[derive(Debug, Clone)]
pub struct Options {
    /// How far (relative) 约/about widens a figure and 近/nearly extends it downwards.
    pub hedge_tolerance: rust_decimal::Decimal,
    /// Entity and metric lexicons extended by configuration; `None` for the built-in ones.
    pub lexicons: Option<std::sync::Arc<lexicon::Lexicons>>,
    /// Count units added by configuration; `None` for none.
    pub units: Option<std::sync::Arc<extract::Units>>,
}

impl Options {
    /// The lexicons attribution reads.
    pub fn lexicons(&self) -> &lexicon::Lexicons {
        self.lexicons
            .as_deref()
            .unwrap_or_else(|| lexicon::Lexicons::builtin())
    }
}

impl Default for Options {
    fn default() -> Options {
        Options {
            hedge_tolerance: quantity::DEFAULT_TOLERANCE,
            lexicons: None,
            units: None,
        }
    }
}

/// Read a document: figures, what they are about, and how they relate.
pub fn analyze(document: &Document) -> Analysis {
    analyze_with(document, &Options::default())
}

/// [`analyze`] with other [`Options`].
pub fn analyze_with(document: &Document, options: &Options) -> Analysis {
    let tokens = tokenize(document, options);
    let (claims, relations) = read_tokens(document, &tokens, options);
    let mentions = tokens
        .into_iter()
        .filter_map(|token| match token {
            extract::Token::Mention(m) => Some(m),
            extract::Token::Cue(_) => None,
        })
        .collect();
    let solution = solver::solve(document.prose(), &claims, &relations);
    Analysis {
        mentions,
        claims,
        relations,
        solution,
    }
}

/// The figures and cue words of a document's prose, with the configured units.
fn tokenize(document: &Document, options: &Options) -> Vec<extract::Token> {
    extract::tokenize_with(
        document.prose(),
        options.hedge_tolerance,
        options.units.as_deref(),
    )
}

/// The claims and relations a document's tokens state.
fn read_tokens(
    document: &Document,
    tokens: &[extract::Token],
    options: &Options,
) -> (Vec<Claim>, Relations) {
    let claims = attribute::attribute_with(document, tokens, options.lexicons());
    let relations =
        relations::relations(document.prose(), document.section_starts(), tokens, &claims);
    (claims, relations)
}

/// Every finding in one document, in order of position.
pub fn check(document: &Document) -> Vec<Diagnostic> {
    check_with(document, &Options::default())
}

/// [`check`] with other [`Options`].
pub fn check_with(document: &Document, options: &Options) -> Vec<Diagnostic> {
    // The tokens (the bulk of the memory for a large file) are dropped before solving.
    let (claims, relations) = {
        let tokens = tokenize(document, options);
        read_tokens(document, &tokens, options)
    };
    let solution = solver::solve(document.prose(), &claims, &relations);
    findings(document, &claims, &relations, &solution)
}

/// The findings of an analysis already made (`claimlint diff` reads each text once).
pub fn check_analysis(document: &Document, analysis: &Analysis) -> Vec<Diagnostic> {
    findings(
        document,
        &analysis.claims,
        &analysis.relations,
        &analysis.solution,
    )
}

/// Every rule over what was read, in order of position.
fn findings(
    document: &Document,
    claims: &[Claim],
    relations: &Relations,
    solution: &solver::Solution,
) -> Vec<Diagnostic> {
    let mut diagnostics = rules::run(&rules::Context {
        text: document.prose(),
        claims,
        relations,
        solution,
    });
    diagnostic::sort(&mut diagnostics);
    diagnostics
}
