//! Checking many files: read and check each in parallel, apply its suppressions and
//! rule settings, and return the results in a deterministic order (by path).

use crate::config::Policy;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, ReadError};
use crate::files::{Input, Source};
use crate::Analysis;
use rayon::prelude::*;
use std::io::Read;

/// The findings in one document, after suppressions and rule settings.
pub fn lint(document: &Document, policy: &Policy) -> Vec<Diagnostic> {
    settle(
        document,
        policy,
        crate::check_with(document, &policy.options),
    )
}

/// [`lint`] of an analysis already made under `policy`'s options.
pub fn lint_analysis(document: &Document, analysis: &Analysis, policy: &Policy) -> Vec<Diagnostic> {
    settle(document, policy, crate::check_analysis(document, analysis))
}

/// Findings after the document's suppressions and the policy's rule settings.
fn settle(document: &Document, policy: &Policy, found: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut diagnostics = policy.apply(crate::suppress::apply(document, found));
    crate::diagnostic::sort(&mut diagnostics);
    diagnostics
}

/// What a run found: every document read, with what was made of it (by default its
/// findings).
#[derive(Debug)]
pub struct Report<T = Vec<Diagnostic>> {
    /// Every document read, with what was made of it, sorted by path.
    pub files: Vec<(Document, T)>,
    /// Files skipped or read with a warning (binary, empty).
    pub warnings: Vec<ReadError>,
    /// Files that could not be read.
    pub errors: Vec<ReadError>,
}

/// Read every input and make `make` of it under its policy (`lint` checks it), in
/// parallel; `done` is called after each file.
pub fn read_each<T: Send>(
    inputs: &[Input],
    done: &(dyn Fn() + Sync),
    make: impl Fn(&Document, &Policy) -> T + Sync,
) -> Report<T> {
    let outcomes: Vec<Result<(Document, T), ReadError>> = inputs
        .par_iter()
        .map(|input| {
            let made = read(&input.source).map(|document| {
                let made = make(&document, &input.policy);
                (document, made)
            });
            done();
            made
        })
        .collect();
    let mut report = Report {
        files: Vec::new(),
        warnings: Vec::new(),
        errors: Vec::new(),
    };
    for outcome in outcomes {
        match outcome {
            Ok((document, made)) => {
                if document.text.trim().is_empty() {
                    let path = document.path.clone();
                    report.warnings.push(ReadError::Empty { path });
                }
                report.files.push((document, made));
            }
            Err(e) if e.is_warning() => report.warnings.push(e),
            Err(e) => report.errors.push(e),
        }
    }
    report.files.sort_by(|a, b| a.0.path.cmp(&b.0.path));
    report
}

fn read(source: &Source) -> Result<Document, ReadError> {
    match source {
        Source::File(path) => Document::read(path),
        Source::Stdin { name } => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|source| ReadError::Io {
                    path: name.clone(),
                    source,
                })?;
            Document::from_bytes(name.clone(), bytes)
        }
    }
}
