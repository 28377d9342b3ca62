//! Configuration: `claimlint.toml` or `.claimlint.toml`, the nearest one above each file.
//!
//! ```toml
//! hedge-tolerance = 0.05            # 约/about: ± 5% (default 10%)
//! include = ["*.md", "*.txt"]        # files a directory walk checks
//! exclude = ["drafts", "*.tmp.md"]   # skipped by a walk
//! force-exclude = true               # and when named on the command line
//!
//! [lexicon]                          # more lines for src/lexicon/*.txt
//! entities = ["company | Halvorsen Systems | Halvorsen | HLVS"]
//! metrics = ["bookings | flow | bookings | 订单额"]
//! units = ["TEU 标准箱", "boe | barrels of oil equivalent"]  # like src/count_units.txt
//!
//! [rules]
//! ignore = ["CL007"]                 # codes or names
//! severity = { CL001 = "error" }
//!
//! [[overrides]]
//! files = ["archive/**"]
//! rules = { ignore = ["CL001"] }
//! ```
//!
//! Globs are relative to the directory of the file that states them; a glob matches a
//! path when it matches the path or one of its parent directories, or (as in
//! `.gitignore`) the name of one of them. A file is read whole
//! before use and every unknown key or bad value is an error naming file, line and key.
//! What a file's findings are then subject to is its [`Policy`].

use crate::diagnostic::{Diagnostic, Severity};
use crate::extract::Units;
use crate::lexicon::Lexicons;
use crate::rules::RULES;
use crate::Options;
use globset::{Glob, GlobSet, GlobSetBuilder};
use rust_decimal::prelude::FromPrimitive;
use rust_decimal::Decimal;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use thiserror::Error;
use toml::Spanned;

/// The names a configuration file may have, in order of preference within a directory.
pub const FILE_NAMES: [&str; 2] = ["claimlint.toml", ".claimlint.toml"];

/// What a directory walk checks when no `include` is configured.
pub const DEFAULT_INCLUDE: [&str; 3] = ["*.md", "*.markdown", "*.txt"];

/// The starter file `claimlint init` writes.
pub const STARTER: &str = include_str!("config/starter.toml");

/// Why a configuration could not be used.
#[derive(Debug, Error)]
pub enum ConfigError {
    #[error("{path}:{line}:{column}: `{key}`: {message}")]
    Invalid {
        path: String,
        line: usize,
        column: usize,
        key: String,
        message: String,
    },
    #[error("{path} already exists; not overwritten")]
    Exists { path: String },
    #[error("invalid glob `{pattern}`: {message}")]
    Glob { pattern: String, message: String },
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct FileSyntax {
    hedge_tolerance: Option<Spanned<f64>>,
    #[serde(default)]
    lexicon: LexiconSyntax,
    include: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    exclude: Vec<Spanned<String>>,
    #[serde(default)]
    force_exclude: bool,
    #[serde(default)]
    rules: RulesSyntax,
    #[serde(default)]
    overrides: Vec<OverrideSyntax>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RulesSyntax {
    select: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    ignore: Vec<Spanned<String>>,
    #[serde(default)]
    severity: BTreeMap<Spanned<String>, Severity>,
}

/// Lines in the format of `src/lexicon/entities.txt`, `metrics.txt` and
/// `src/count_units.txt`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct LexiconSyntax {
    #[serde(default)]
    entities: Vec<Spanned<String>>,
    #[serde(default)]
    metrics: Vec<Spanned<String>>,
    #[serde(default)]
    units: Vec<Spanned<String>>,
}

fn lines(list: &[Spanned<String>]) -> Vec<&str> {
    list.iter().map(|s| s.get_ref().as_str()).collect()
}

impl LexiconSyntax {
    /// The built-in lexicons extended by these lines; `None` when there are none.
    fn extended(&self) -> Result<Option<Arc<Lexicons>>, (Range<usize>, String)> {
        if self.entities.is_empty() && self.metrics.is_empty() {
            return Ok(None);
        }
        let lexicons =
            Lexicons::extended(&lines(&self.entities), &lines(&self.metrics)).map_err(|bad| {
                let span = self
                    .entities
                    .iter()
                    .chain(&self.metrics)
                    .find(|s| s.get_ref() == bad)
                    .map_or(0..0, Spanned::span);
                let message =
                    "not `kind | name | alias…` (entities) or `name | kind | synonym…` (metrics)";
                (span, message.to_string())
            })?;
        Ok(Some(Arc::new(lexicons)))
    }

    /// The configured count units; `None` when there are none.
    fn units(&self) -> Result<Option<Arc<Units>>, (Range<usize>, String)> {
        if self.units.is_empty() {
            return Ok(None);
        }
        let units = Units::parse(&lines(&self.units)).map_err(|(index, why)| {
            let span = self.units.get(index).map_or(0..0, Spanned::span);
            (span, why)
        })?;
        Ok(Some(Arc::new(units)))
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct OverrideSyntax {
    files: Vec<Spanned<String>>,
    #[serde(default)]
    rules: RulesSyntax,
}

/// Rule settings with every code checked against the registry.
#[derive(Debug, Clone, Default)]
struct Rules {
    select: Option<BTreeSet<&'static str>>,
    ignore: BTreeSet<&'static str>,
    severity: BTreeMap<&'static str, Severity>,
}

/// Globs and the directory they are relative to.
#[derive(Debug, Clone)]
pub struct Globs {
    root: PathBuf,
    set: GlobSet,
}

impl Globs {
    /// Globs relative to `root`; an invalid glob is returned with its error.
    pub fn new<'p>(
        root: &Path,
        patterns: impl IntoIterator<Item = &'p str>,
    ) -> Result<Globs, (&'p str, globset::Error)> {
        let mut builder = GlobSetBuilder::new();
        for pattern in patterns {
            let trimmed = pattern.trim_end_matches('/');
            builder.add(Glob::new(trimmed).map_err(|e| (pattern, e))?);
        }
        let set = builder.build().map_err(|e| ("", e))?;
        Ok(Globs {
            root: root.to_path_buf(),
            set,
        })
    }

    /// Whether `path` (absolute) or one of its directories below the root matches, as
    /// a path relative to the root or, like in `.gitignore`, by its name alone.
    pub fn matches(&self, path: &Path) -> bool {
        let relative = path.strip_prefix(&self.root).unwrap_or(path);
        relative
            .ancestors()
            .take_while(|p| !p.as_os_str().is_empty())
            .any(|p| self.set.is_match(p) || p.file_name().is_some_and(|n| self.set.is_match(n)))
    }
}

/// One configuration file, read and checked.
#[derive(Debug, Clone)]
pub struct Config {
    /// The file it was read from; `None` for the defaults.
    pub path: Option<PathBuf>,
    options: Options,
    pub include: Globs,
    pub exclude: Globs,
    /// Whether `exclude` applies to files named on the command line too.
    pub force_exclude: bool,
    rules: Rules,
    overrides: Vec<(Globs, Rules)>,
}

impl Config {
    /// The defaults, with globs relative to `root`.
    pub fn default_at(root: &Path) -> Config {
        let globs = |patterns: &[&str]| {
            Globs::new(root, patterns.iter().copied()).unwrap_or_else(|_| Globs {
                root: root.to_path_buf(),
                set: GlobSet::empty(),
            })
        };
        Config {
            path: None,
            options: Options::default(),
            include: globs(&DEFAULT_INCLUDE),
            exclude: globs(&[]),
            force_exclude: false,
            rules: Rules::default(),
            overrides: Vec::new(),
        }
    }

    /// Read a configuration file (`path` absolute, so its globs have a root).
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let source = std::fs::read_to_string(path).map_err(|source| ConfigError::Io {
            path: shown(path),
            source,
        })?;
        Config::parse(path, &source)
    }

    /// Parse the text of the configuration file at `path`.
    pub fn parse(path: &Path, source: &str) -> Result<Config, ConfigError> {
        let invalid = |span: Range<usize>, message: String| {
            let (line, column, key) = locate(source, span);
            ConfigError::Invalid {
                path: shown(path),
                line,
                column,
                key,
                message,
            }
        };
        let syntax: FileSyntax = toml::from_str(source).map_err(|e| {
            let message = e.message().trim().to_string();
            invalid(e.span().unwrap_or(0..0), message)
        })?;
        let root = path.parent().unwrap_or(Path::new(""));
        let globs = |patterns: &[Spanned<String>]| {
            Globs::new(root, patterns.iter().map(|p| p.get_ref().as_str())).map_err(|(bad, e)| {
                let span = patterns
                    .iter()
                    .find(|p| p.get_ref() == bad)
                    .map_or(0..0, Spanned::span);
                invalid(span, e.kind().to_string())
            })
        };
        let rules = |r: &RulesSyntax| Rules::check(r).map_err(|(span, m)| invalid(span, m));
        let include = match &syntax.include {
            Some(patterns) => globs(patterns)?,
            None => Config::default_at(root).include,
        };
        let mut overrides = Vec::new();
        for o in &syntax.overrides {
            overrides.push((globs(&o.files)?, rules(&o.rules)?));
        }
        let mut options = Options::default();
        if let Some(tolerance) = &syntax.hedge_tolerance {
            options.hedge_tolerance = Decimal::from_f64(*tolerance.get_ref())
                .filter(|t| (Decimal::ZERO..Decimal::ONE).contains(t))
                .ok_or_else(|| {
                    invalid(tolerance.span(), "must be at least 0 and below 1".into())
                })?;
        }
        let lexicon = &syntax.lexicon;
        options.lexicons = lexicon.extended().map_err(|(span, m)| invalid(span, m))?;
        options.units = lexicon.units().map_err(|(span, m)| invalid(span, m))?;
        Ok(Config {
            path: Some(path.to_path_buf()),
            options,
            include,
            exclude: globs(&syntax.exclude)?,
            force_exclude: syntax.force_exclude,
            rules: rules(&syntax.rules)?,
            overrides,
        })
    }

    /// The rule settings for one file (absolute path): the file's `[rules]`, then each
    /// override whose `files` match, in order.
    pub fn policy(&self, file: &Path) -> Policy {
        let mut policy = Policy {
            options: self.options.clone(),
            ..Policy::default()
        };
        policy.layer(&self.rules);
        for (files, rules) in &self.overrides {
            if files.matches(file) {
                policy.layer(rules);
            }
        }
        policy
    }
}

impl Rules {
    fn check(syntax: &RulesSyntax) -> Result<Rules, (Range<usize>, String)> {
        let code = |s: &Spanned<String>| {
            rule_code(s.get_ref()).ok_or_else(|| {
                let message = format!("no rule `{}`; `claimlint rules` lists them", s.get_ref());
                (s.span(), message)
            })
        };
        let codes = |list: &[Spanned<String>]| list.iter().map(code).collect();
        Ok(Rules {
            select: syntax.select.as_deref().map(codes).transpose()?,
            ignore: codes(&syntax.ignore)?,
            severity: syntax
                .severity
                .iter()
                .map(|(k, v)| Ok((code(k)?, *v)))
                .collect::<Result<_, _>>()?,
        })
    }
}

/// A path as messages show it: relative to the working directory when below it.
fn shown(path: &Path) -> String {
    let cwd = std::env::current_dir().unwrap_or_default();
    path.strip_prefix(&cwd)
        .unwrap_or(path)
        .display()
        .to_string()
}

/// The code of a rule given by code (`CL001`) or name (`conflicting-restatement`).
fn rule_code(selector: &str) -> Option<&'static str> {
    RULES
        .iter()
        .find(|r| r.code.eq_ignore_ascii_case(selector) || r.name == selector)
        .map(|r| r.code)
}

/// Line, column and key of a span of a TOML text: the key itself when the span is one,
/// else the key the value in the span is assigned to (the last before its `=`).
fn locate(source: &str, span: Range<usize>) -> (usize, usize, String) {
    let start = span.start.min(source.len());
    let end = span.end.clamp(start, source.len());
    let before = source.get(..start).unwrap_or("");
    let line_start = before.rfind('\n').map_or(0, |n| n + 1);
    let line = before.matches('\n').count() + 1;
    let column = before[line_start..].chars().count() + 1;
    let spanned = source.get(start..end).unwrap_or("");
    let is_key = source[end..].trim_start().starts_with('=');
    let key = match before[line_start..].rsplit_once('=') {
        Some((head, _)) if !is_key => head.rsplit(['{', ',', '[']).next().unwrap_or(head),
        _ => spanned,
    };
    (line, column, key.trim().trim_matches('"').to_string())
}

/// Which rules report in one file, and at what severity.
#[derive(Debug, Clone, Default)]
pub struct Policy {
    /// How figures are read.
    pub options: Options,
    ignored: BTreeSet<&'static str>,
    severity: BTreeMap<&'static str, Severity>,
}

impl Policy {
    fn layer(&mut self, rules: &Rules) {
        if let Some(select) = &rules.select {
            self.ignored = RULES
                .iter()
                .map(|r| r.code)
                .filter(|c| !select.contains(c))
                .collect();
        }
        self.ignored.extend(&rules.ignore);
        self.severity.extend(&rules.severity);
    }

    /// Whether findings of the rule `code` are reported.
    pub fn reports(&self, code: &str) -> bool {
        !self.ignored.contains(code)
    }

    /// The findings of the reported rules, at their configured severity.
    pub fn apply(&self, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
        diagnostics
            .into_iter()
            .filter(|d| self.reports(d.code))
            .map(|d| match self.severity.get(d.code) {
                Some(&severity) => d.with_severity(severity),
                None => d,
            })
            .collect()
    }
}

/// Write the commented starter file into `dir`; an existing configuration is never
/// overwritten.
pub fn init(dir: &Path) -> Result<PathBuf, ConfigError> {
    let path = dir.join(FILE_NAMES[0]);
    let io = |source| ConfigError::Io {
        path: path.display().to_string(),
        source,
    };
    if let Some(existing) = FILE_NAMES.iter().map(|n| dir.join(n)).find(|p| p.exists()) {
        return Err(ConfigError::Exists {
            path: existing.display().to_string(),
        });
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(io)?;
    std::io::Write::write_all(&mut file, STARTER.as_bytes()).map_err(io)?;
    Ok(path)
}

/// The nearest configuration file in `dir` or a directory above it.
pub fn find(dir: &Path) -> Option<PathBuf> {
    dir.ancestors()
        .flat_map(|d| FILE_NAMES.iter().map(move |name| d.join(name)))
        .find(|p| p.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(source: &str) -> Result<Config, String> {
        Config::parse(Path::new("/repo/claimlint.toml"), source).map_err(|e| e.to_string())
    }

    #[test]
    fn unknown_keys_name_file_line_and_key() {
        let err = parse("exclude = []\n\n[rules]\nignor = [\"CL001\"]\n").unwrap_err();
        assert!(
            err.starts_with("/repo/claimlint.toml:4:1: `ignor`: unknown field `ignor`"),
            "{err}"
        );
    }

    #[test]
    fn bad_values_name_their_key() {
        let err = parse("[rules]\nseverity = { CL001 = \"fatal\" }\n").unwrap_err();
        assert!(
            err.starts_with("/repo/claimlint.toml:2:22: `CL001`: unknown variant `fatal`"),
            "{err}"
        );
        let err = parse("[rules]\nignore = [\"CL001\", \"CL099\"]\n").unwrap_err();
        assert_eq!(
            err,
            "/repo/claimlint.toml:2:20: `ignore`: no rule `CL099`; `claimlint rules` lists them"
        );
        let err = parse("exclude = [\"a[\"]\n").unwrap_err();
        assert!(
            err.starts_with("/repo/claimlint.toml:1:12: `exclude`: "),
            "{err}"
        );
    }

    #[test]
    fn overrides_layer_on_the_file_rules() {
        let config = parse(
            "[rules]\nselect = [\"CL001\", \"percent-change-mismatch\"]\nseverity = { CL001 = \"error\" }\n\
             [[overrides]]\nfiles = [\"archive\"]\nrules = { ignore = [\"CL002\"] }\n",
        )
        .unwrap();
        let here = config.policy(Path::new("/repo/news/a.md"));
        assert!(here.reports("CL001") && here.reports("CL002") && !here.reports("CL003"));
        assert_eq!(here.severity.get("CL001"), Some(&Severity::Error));
        let archive = config.policy(Path::new("/repo/archive/2019/a.md"));
        assert!(archive.reports("CL001") && !archive.reports("CL002"));
    }

    #[test]
    fn globs_match_the_path_or_a_directory_of_it() {
        let config = parse("exclude = [\"drafts/\", \"*.tmp.md\", \"old\"]\n").unwrap();
        assert!(config.exclude.matches(Path::new("/repo/news/old/a.md")));
        assert!(config.exclude.matches(Path::new("/repo/drafts/x/a.md")));
        assert!(config.exclude.matches(Path::new("/repo/news/a.tmp.md")));
        assert!(!config.exclude.matches(Path::new("/repo/news/a.md")));
        assert!(config.include.matches(Path::new("/repo/news/a.md")));
        assert!(!config.include.matches(Path::new("/repo/news/a.rs")));
    }

    #[test]
    fn the_hedge_tolerance_is_read_and_checked() {
        let config = parse("hedge-tolerance = 0.05\n").unwrap();
        let policy = config.policy(Path::new("/repo/a.md"));
        assert_eq!(policy.options.hedge_tolerance, Decimal::new(5, 2));
        let err = parse("hedge-tolerance = 1.5\n").unwrap_err();
        assert_eq!(
            err,
            "/repo/claimlint.toml:1:19: `hedge-tolerance`: must be at least 0 and below 1"
        );
    }

    #[test]
    fn lexicon_lines_are_checked() {
        let err =
            parse("[lexicon]\nmetrics = [\"bookings | flow | bookings\", \"oops\"]\n").unwrap_err();
        assert!(
            err.starts_with("/repo/claimlint.toml:2:42: `metrics`: not `kind | name"),
            "{err}"
        );
    }

    #[test]
    fn unit_lines_are_checked() {
        let config = parse("[lexicon]\nunits = [\"TEU 标准箱\"]\n").unwrap();
        let policy = config.policy(Path::new("/repo/a.md"));
        assert!(policy.options.units.is_some());
        let err = parse("[lexicon]\nunits = [\"TEU\", \"TEU\"]\n").unwrap_err();
        assert_eq!(
            err,
            "/repo/claimlint.toml:2:17: `units`: `TEU` is on two lines"
        );
    }

    #[test]
    fn the_starter_file_is_valid() {
        parse(STARTER).unwrap();
    }
}
