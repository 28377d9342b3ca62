//! Baselines: adopt claimlint on an archive without fixing it first. `check
//! --write-baseline FILE` records the findings of today; `check --baseline FILE` reports
//! only the findings that are not among them.
//!
//! A finding is recorded by its fingerprint: the path, the rule and the claims it is
//! about, as written (whitespace collapsed) — never a line or an offset, so edits
//! elsewhere in the file do not turn old findings into new ones, while a changed figure
//! does. Equal fingerprints are counted: a second copy of a recorded contradiction is new.

use crate::diagnostic::Diagnostic;
use crate::document::Document;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use thiserror::Error;

/// Why a baseline could not be read or written.
#[derive(Debug, Error)]
pub enum BaselineError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: not a claimlint baseline: {message}")]
    Invalid { path: String, message: String },
}

/// What a finding is, independent of where it stands and of the file's name: the rule
/// code and the text of each claim it involves, primary first, whitespace collapsed.
/// `claimlint diff` matches findings across revisions with it.
pub fn finding_key(text: &str, diagnostic: &Diagnostic) -> String {
    std::iter::once(diagnostic.code.to_string())
        .chain(claim_texts(text, diagnostic))
        .collect::<Vec<_>>()
        .join("\u{1f}")
}

/// The text of each claim of a finding, primary first, whitespace collapsed.
fn claim_texts(text: &str, diagnostic: &Diagnostic) -> Vec<String> {
    std::iter::once(&diagnostic.primary)
        .chain(&diagnostic.related)
        .map(|label| normalise(text.get(label.span.clone()).unwrap_or("")))
        .collect()
}

/// A finding's fingerprint: a stable 64-bit FNV-1a hash of its path and
/// [`finding_key`], as 16 hex digits. The machine formats' fingerprints start from it.
pub fn fingerprint(path: &str, text: &str, diagnostic: &Diagnostic) -> String {
    let mut hash = Fnv1a::default();
    hash.write(normalise_path(path).as_bytes());
    hash.write("\u{1f}".as_bytes());
    hash.write(finding_key(text, diagnostic).as_bytes());
    hash.hex()
}

/// 64-bit FNV-1a: a fixed, documented hash, so fingerprints stay the same across Rust
/// versions and platforms (std's `DefaultHasher` promises neither).
pub struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Fnv1a {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv1a {
    pub fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    /// The hash as 16 hex digits.
    pub fn hex(&self) -> String {
        format!("{:016x}", self.0)
    }
}

fn normalise(claim: &str) -> String {
    claim.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `./news/a.md` and `news\a.md` are `news/a.md`.
fn normalise_path(path: &str) -> String {
    let path = path.replace('\\', "/");
    path.strip_prefix("./").unwrap_or(&path).to_string()
}

/// One recorded finding, readable so that a reviewer can see what a baseline accepts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    fingerprint: String,
    path: String,
    code: String,
    claims: Vec<String>,
    count: usize,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BaselineFile {
    version: u32,
    findings: Vec<Entry>,
}

/// The findings a baseline accepts.
#[derive(Debug, Default)]
pub struct Baseline {
    entries: BTreeMap<String, Entry>,
}

impl Baseline {
    /// Record every finding of `files`.
    pub fn of(files: &[(Document, Vec<Diagnostic>)]) -> Baseline {
        let mut baseline = Baseline::default();
        for (document, diagnostics) in files {
            for d in diagnostics {
                let fingerprint = fingerprint(&document.path, &document.text, d);
                baseline
                    .entries
                    .entry(fingerprint.clone())
                    .or_insert_with(|| Entry {
                        fingerprint,
                        path: normalise_path(&document.path),
                        code: d.code.to_string(),
                        claims: claim_texts(&document.text, d),
                        count: 0,
                    })
                    .count += 1;
            }
        }
        baseline
    }

    /// How many findings it records.
    pub fn len(&self) -> usize {
        self.entries.values().map(|e| e.count).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Read a baseline file.
    pub fn read(path: &Path) -> Result<Baseline, BaselineError> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| BaselineError::Io {
            path: name.clone(),
            source,
        })?;
        let file: BaselineFile =
            serde_json::from_str(&text).map_err(|e| BaselineError::Invalid {
                path: name.clone(),
                message: e.to_string(),
            })?;
        if file.version != 1 {
            return Err(BaselineError::Invalid {
                path: name,
                message: format!("version {} is not 1", file.version),
            });
        }
        let entries = file
            .findings
            .into_iter()
            .map(|e| (e.fingerprint.clone(), e))
            .collect();
        Ok(Baseline { entries })
    }

    /// Write it atomically: a temporary file in the same directory, then a rename, so a
    /// reader never sees half a baseline.
    pub fn write(&self, path: &Path) -> Result<(), BaselineError> {
        let io = |source| BaselineError::Io {
            path: path.display().to_string(),
            source,
        };
        let mut findings: Vec<&Entry> = self.entries.values().collect();
        findings.sort_by(|a, b| (&a.path, &a.code, &a.claims).cmp(&(&b.path, &b.code, &b.claims)));
        let file = serde_json::json!({ "version": 1, "findings": findings });
        let text = serde_json::to_string_pretty(&file).map_err(|e| io(e.into()))? + "\n";
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        let mut temp = tempfile::NamedTempFile::new_in(dir).map_err(io)?;
        temp.write_all(text.as_bytes()).map_err(io)?;
        temp.persist(path).map_err(|e| io(e.error))?;
        Ok(())
    }

    /// Drop the findings it records from `files`, each recorded finding at most as many
    /// times as it was recorded.
    pub fn remove_known(&self, files: &mut [(Document, Vec<Diagnostic>)]) {
        let mut left: BTreeMap<&str, usize> = self
            .entries
            .iter()
            .map(|(k, e)| (k.as_str(), e.count))
            .collect();
        for (document, diagnostics) in files {
            diagnostics.retain(|d| {
                let fingerprint = fingerprint(&document.path, &document.text, d);
                match left.get_mut(fingerprint.as_str()) {
                    Some(n) if *n > 0 => {
                        *n -= 1;
                        false
                    }
                    _ => true,
                }
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Label, Severity};

    fn finding(text: &str, primary: &str, related: &str) -> Diagnostic {
        let at = |s: &str| {
            let i = text.find(s).unwrap();
            i..i + s.len()
        };
        Diagnostic::new(
            "CL002",
            "x",
            Severity::Error,
            "m",
            Label::new(at(primary), ""),
        )
        .with_related(Label::new(at(related), ""))
    }

    #[test]
    fn a_fingerprint_ignores_position_and_line_breaks_but_not_figures() {
        let a = "rose 8% to $1.2\nbillion";
        let b = "Intro.\n\nrose 8% to $1.2 billion";
        let c = "rose 9% to $1.2 billion";
        let print = |path, text, p| fingerprint(path, text, &finding(text, p, "$1.2"));
        assert_eq!(print("a.md", a, "8%"), print("./a.md", b, "8%"));
        assert_ne!(print("a.md", a, "8%"), print("a.md", c, "9%"));
        assert_ne!(print("a.md", a, "8%"), print("b.md", a, "8%"));
        assert_eq!(
            finding_key(a, &finding(a, "8%", "$1.2\nbillion")),
            "CL002\u{1f}8%\u{1f}$1.2 billion"
        );
    }

    #[test]
    fn duplicates_are_counted() {
        let text = "rose 8% to $1.2 billion";
        let one = finding(text, "8%", "$1.2");
        let recorded = vec![(Document::new("a.md", text), vec![one.clone()])];
        let baseline = Baseline::of(&recorded);
        let mut now = vec![(Document::new("a.md", text), vec![one.clone(), one])];
        baseline.remove_known(&mut now);
        assert_eq!(now[0].1.len(), 1);
    }

    #[test]
    fn written_baselines_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("baseline.json");
        let text = "rose 8% to $1.2 billion";
        let files = vec![(
            Document::new("a.md", text),
            vec![finding(text, "8%", "$1.2")],
        )];
        Baseline::of(&files).write(&path).unwrap();
        let read = Baseline::read(&path).unwrap();
        assert_eq!(read.len(), 1);
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temp file left"
        );
        std::fs::write(&path, "{\"version\":1,\"findings\":[],\"extra\":1}").unwrap();
        assert!(Baseline::read(&path)
            .unwrap_err()
            .to_string()
            .contains("unknown field"));
    }
}
