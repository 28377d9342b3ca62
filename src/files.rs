//! Which files a run checks, and under which configuration.
//!
//! Paths named on the command line are checked as given (`-` is standard input);
//! directories are walked with the `ignore` crate, which skips hidden files and what
//! `.gitignore` and `.ignore` files exclude, and keeps the files the `include` globs
//! select and the `exclude` globs do not. As in ruff, `exclude` leaves a file named on
//! the command line alone unless exclusion is forced (`--force-exclude`, or
//! `force-exclude = true` in its configuration), since tools such as pre-commit name
//! every file they want checked. Each file gets the [`Policy`] of the nearest
//! configuration above it, unless one is forced or all are ignored.

use crate::config::{Config, ConfigError, Globs, Policy};
use crate::document::ReadError;
use std::collections::hash_map::{Entry, HashMap};
use std::path::{Path, PathBuf};

/// Where the configuration comes from.
#[derive(Debug, Clone)]
pub enum ConfigChoice {
    /// The nearest `claimlint.toml` or `.claimlint.toml` above each file.
    Discover,
    /// This file, for every path (`--config`).
    Forced(PathBuf),
    /// None: the defaults (`--isolated`).
    Isolated,
}

/// What the command line says about which files to check.
#[derive(Debug, Clone)]
pub struct Selection<'a> {
    pub config: ConfigChoice,
    /// Replaces the configured `include` when not empty (relative to the working directory).
    pub include: &'a [String],
    /// Added to the configured `exclude` (relative to the working directory).
    pub exclude: &'a [String],
    /// The name standard input is checked as; its configuration is that of this path.
    pub stdin_filename: &'a str,
    /// Whether `exclude` applies to the paths named too (`--force-exclude`).
    pub force_exclude: bool,
}

/// Where a document comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    File(PathBuf),
    Stdin { name: String },
}

/// One document to check and the rule settings that apply to it.
#[derive(Debug, Clone)]
pub struct Input {
    pub source: Source,
    pub policy: Policy,
}

/// The files of a run, and the paths that could not be walked.
#[derive(Debug, Default)]
pub struct Inputs {
    pub files: Vec<Input>,
    pub errors: Vec<ReadError>,
}

/// Find the files to check under `paths`; a configuration that cannot be used stops the run.
pub fn collect(paths: &[PathBuf], selection: &Selection) -> Result<Inputs, ConfigError> {
    let mut resolver = Resolver::new(selection)?;
    let mut inputs = Inputs::default();
    for path in paths {
        if path.as_os_str() == "-" {
            let name = selection.stdin_filename;
            if let Some(policy) = resolver.policy(Path::new(name), false)? {
                inputs.files.push(Input {
                    source: Source::Stdin { name: name.into() },
                    policy,
                });
            }
        } else if path.is_dir() {
            walk(path, &mut resolver, &mut inputs)?;
        } else if let Some(policy) = resolver.policy(path, false)? {
            inputs.files.push(Input {
                source: Source::File(path.clone()),
                policy,
            });
        }
    }
    Ok(inputs)
}

fn walk(dir: &Path, resolver: &mut Resolver, inputs: &mut Inputs) -> Result<(), ConfigError> {
    let walker = ignore::WalkBuilder::new(dir)
        .require_git(false)
        .sort_by_file_name(Ord::cmp)
        .build();
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                inputs.errors.push(ReadError::Walk(e.to_string()));
                continue;
            }
        };
        if !entry.file_type().is_some_and(|t| t.is_file()) {
            continue;
        }
        let path = entry.path().strip_prefix("./").unwrap_or(entry.path());
        if let Some(policy) = resolver.policy(path, true)? {
            inputs.files.push(Input {
                source: Source::File(path.to_path_buf()),
                policy,
            });
        }
    }
    Ok(())
}

/// The policy of one named file under `config`, whatever its configuration excludes
/// (`claimlint diff` reviews the files it is given).
pub fn policy_of(path: &Path, config: &ConfigChoice) -> Result<Policy, ConfigError> {
    let mut resolver = Resolver::new(&Selection {
        config: config.clone(),
        include: &[],
        exclude: &[],
        stdin_filename: "",
        force_exclude: false,
    })?;
    let path = absolute(path);
    Ok(resolver.config_of(&path)?.policy(&path))
}

/// Finds and caches the configuration of each directory.
struct Resolver {
    choice: ConfigChoice,
    forced: Option<Config>,
    cwd: PathBuf,
    include: Option<Globs>,
    exclude: Option<Globs>,
    force_exclude: bool,
    /// Configuration file of each directory looked at, `None` for none.
    nearest: HashMap<PathBuf, Option<PathBuf>>,
    loaded: HashMap<PathBuf, Config>,
}

impl Resolver {
    fn new(selection: &Selection) -> Result<Resolver, ConfigError> {
        let cwd = absolute(Path::new("."));
        let cli_globs = |patterns: &[String]| -> Result<Option<Globs>, ConfigError> {
            if patterns.is_empty() {
                return Ok(None);
            }
            Globs::new(&cwd, patterns.iter().map(String::as_str))
                .map(Some)
                .map_err(|(pattern, e)| ConfigError::Glob {
                    pattern: pattern.to_string(),
                    message: e.kind().to_string(),
                })
        };
        let forced = match &selection.config {
            ConfigChoice::Forced(path) => Some(Config::load(&absolute(path))?),
            _ => None,
        };
        Ok(Resolver {
            choice: selection.config.clone(),
            forced,
            include: cli_globs(selection.include)?,
            exclude: cli_globs(selection.exclude)?,
            force_exclude: selection.force_exclude,
            cwd,
            nearest: HashMap::new(),
            loaded: HashMap::new(),
        })
    }

    /// The policy of `path`, or `None` when it is not checked: a file found by a walk
    /// that is excluded or not included, a named one only when exclusion is forced.
    fn policy(&mut self, path: &Path, walked: bool) -> Result<Option<Policy>, ConfigError> {
        let path = absolute(path);
        let cli_included = self.include.as_ref().map(|g| g.matches(&path));
        let cli_excluded = self.exclude.as_ref().is_some_and(|g| g.matches(&path));
        let force_exclude = self.force_exclude;
        let config = self.config_of(&path)?;
        let excluded = cli_excluded || config.exclude.matches(&path);
        let keep = if walked {
            !excluded && cli_included.unwrap_or_else(|| config.include.matches(&path))
        } else {
            !(excluded && (force_exclude || config.force_exclude))
        };
        Ok(keep.then(|| config.policy(&path)))
    }

    fn config_of(&mut self, path: &Path) -> Result<&Config, ConfigError> {
        let dir = absolute(path)
            .parent()
            .map_or_else(|| self.cwd.clone(), Path::to_path_buf);
        let file = match self.choice {
            ConfigChoice::Forced(_) | ConfigChoice::Isolated => None,
            ConfigChoice::Discover => self
                .nearest
                .entry(dir.clone())
                .or_insert_with(|| crate::config::find(&dir))
                .clone(),
        };
        let config = match self.loaded.entry(file.clone().unwrap_or_default()) {
            Entry::Occupied(loaded) => loaded.into_mut(),
            Entry::Vacant(slot) => slot.insert(match (&file, &self.forced) {
                (Some(file), _) => Config::load(file)?,
                (None, Some(forced)) => forced.clone(),
                (None, None) => Config::default_at(&self.cwd),
            }),
        };
        Ok(config)
    }
}

/// `path` made absolute against the working directory, without resolving links.
pub fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}
