//! The claimlint command line: parse arguments, run, map the outcome to an exit status
//! (0 clean, 1 findings, 2 usage, configuration or I/O error).

use anyhow::Result;
use claimlint::baseline::Baseline;
use claimlint::config::{self, Policy};
use claimlint::diagnostic::{Diagnostic, Severity};
use claimlint::diff;
use claimlint::document::Document;
use claimlint::files::{self, ConfigChoice, Selection};
use claimlint::git::{self, GitError};
use claimlint::lint;
use claimlint::progress::Progress;
use claimlint::render::claims::{self, FileClaims};
use claimlint::render::diff::{DiffFormat, Revised};
use claimlint::render::{self, Format, Report};
use claimlint::rules::{explain, RULES};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "claimlint",
    version,
    about = "Check numeric claims in prose for internal consistency"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check the figures of the given files for contradictions
    Check(CheckArgs),
    /// Review a revision: changed figures, stale restatements, findings introduced and fixed
    Diff(DiffArgs),
    /// List every figure claimlint reads in the given files, with its exact value and interval
    Claims(ClaimsArgs),
    /// List the rules
    Rules {
        /// Output format
        #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
        format: RulesFormat,
    },
    /// Print a rule's documentation
    Explain {
        /// A rule code (CL001) or name (conflicting-restatement)
        rule: String,
    },
    /// Write a commented starter claimlint.toml in the working directory
    Init,
}

#[derive(clap::Args)]
struct CheckArgs {
    /// Files and directories to check; `-` reads standard input
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    files: FileArgs,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// When to colour human output
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Treat warnings as errors for the exit status (`--deny warnings`)
    #[arg(long, value_enum)]
    deny: Option<Deny>,
    /// Exit with status 0 even when there are findings (2 still reports unreadable paths)
    #[arg(long)]
    exit_zero: bool,
    /// Report only the findings not recorded in this baseline file
    #[arg(long, value_name = "FILE", conflicts_with = "write_baseline")]
    baseline: Option<PathBuf>,
    /// Record the current findings in this baseline file instead of reporting them
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<PathBuf>,
    /// Report only the findings that the working tree introduces against this git revision
    #[arg(long, value_name = "REV")]
    diff_base: Option<String>,
    /// Print how many findings each rule has instead of the findings
    #[arg(long)]
    statistics: bool,
    /// Write the report to this file instead of standard output
    #[arg(long, value_name = "PATH")]
    output_file: Option<PathBuf>,
    /// Print only the findings, without the summary line (human and concise formats)
    #[arg(long, short)]
    quiet: bool,
}

#[derive(clap::Args)]
struct DiffArgs {
    /// OLD and NEW; with --git, the files or directories to compare (default: all changed)
    paths: Vec<PathBuf>,
    /// Compare the working tree with this git revision (`HEAD`, `main`, a commit)
    #[arg(long, value_name = "REV")]
    git: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = DiffFormat::Human)]
    format: DiffFormat,
    /// When to colour human output
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// The new text's configuration applies to both texts
    #[command(flatten)]
    configuration: ConfigArgs,
}

/// Which configuration applies.
#[derive(clap::Args)]
struct ConfigArgs {
    /// Use this configuration file for every path instead of the nearest claimlint.toml
    #[arg(long, value_name = "PATH", conflicts_with = "isolated")]
    config: Option<PathBuf>,
    /// Ignore every configuration file
    #[arg(long)]
    isolated: bool,
}

impl ConfigArgs {
    fn choice(&self) -> ConfigChoice {
        match (&self.config, self.isolated) {
            (Some(path), _) => ConfigChoice::Forced(path.clone()),
            (None, true) => ConfigChoice::Isolated,
            (None, false) => ConfigChoice::Discover,
        }
    }
}

/// Which files, and which configuration.
#[derive(clap::Args)]
struct FileArgs {
    #[command(flatten)]
    configuration: ConfigArgs,
    /// Files a directory walk checks (glob; replaces the configured `include`)
    #[arg(long, value_name = "GLOB")]
    include: Vec<String>,
    /// Files never checked (glob; added to the configured `exclude`)
    #[arg(long, value_name = "GLOB")]
    exclude: Vec<String>,
    /// The name to show for standard input; its configuration is that of this path
    #[arg(long, default_value = "<stdin>")]
    stdin_filename: String,
    /// Skip excluded files even when named on the command line (for pre-commit)
    #[arg(long)]
    force_exclude: bool,
}

impl FileArgs {
    fn selection(&self) -> Selection<'_> {
        Selection {
            config: self.configuration.choice(),
            include: &self.include,
            exclude: &self.exclude,
            stdin_filename: &self.stdin_filename,
            force_exclude: self.force_exclude,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum Deny {
    Warnings,
}

#[derive(Clone, Copy, ValueEnum)]
enum RulesFormat {
    Text,
    Json,
}

#[derive(clap::Args)]
struct ClaimsArgs {
    /// Files and directories to read; `-` reads standard input
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    files: FileArgs,
    /// Output format
    #[arg(long, value_enum, default_value_t = ClaimsFormat::Table)]
    format: ClaimsFormat,
}

#[derive(Clone, Copy, ValueEnum)]
enum ClaimsFormat {
    Table,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => run_check(&args),
        Command::Diff(args) => run_diff(&args),
        Command::Claims(args) => run_claims(&args),
        Command::Rules { format } => run_rules(format),
        Command::Explain { rule } => run_explain(&rule),
        Command::Init => run_init(),
    };
    match result {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.downcast_ref::<std::io::Error>()
        .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}

/// The files under `paths`, each read and made into `make` of it under its policy, in
/// parallel; every path that could not be read is reported on one line and the rest go
/// on. `None` when the configuration cannot be used (reported); else the report and
/// whether a path failed.
fn read_inputs<T: Send>(
    paths: &[PathBuf],
    files: &FileArgs,
    show_progress: bool,
    make: impl Fn(&Document, &Policy) -> T + Sync,
) -> Option<(lint::Report<T>, bool)> {
    let inputs = match files::collect(paths, &files.selection()) {
        Ok(inputs) => inputs,
        Err(e) => {
            eprintln!("error: {e}");
            return None;
        }
    };
    let progress = Progress::new(inputs.files.len(), show_progress);
    let report = lint::read_each(&inputs.files, &|| progress.tick(), make);
    progress.finish();
    for warning in &report.warnings {
        eprintln!("warning: {warning}");
    }
    for error in inputs.errors.iter().chain(&report.errors) {
        eprintln!("error: {error}");
    }
    let failed = !inputs.errors.is_empty() || !report.errors.is_empty();
    Some((report, failed))
}

fn run_claims(args: &ClaimsArgs) -> Result<ExitCode> {
    let analyze =
        |document: &Document, policy: &Policy| claimlint::analyze_with(document, &policy.options);
    let Some((report, failed)) = read_inputs(&args.paths, &args.files, false, analyze) else {
        return Ok(ExitCode::from(2));
    };
    let (documents, analyses): (Vec<Document>, Vec<_>) = report.files.into_iter().unzip();
    let files: Vec<FileClaims> = documents
        .iter()
        .zip(analyses)
        .map(|(document, analysis)| FileClaims::of(document, analysis))
        .collect();
    let rendered = match args.format {
        ClaimsFormat::Table => claims::table(&files),
        ClaimsFormat::Json => claims::json(&files) + "\n",
    };
    std::io::stdout().lock().write_all(rendered.as_bytes())?;
    Ok(if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

fn run_check(args: &CheckArgs) -> Result<ExitCode> {
    let human = matches!(args.format, Format::Human);
    let show_progress = human && std::io::stderr().is_terminal();
    // Each file's policy is kept for --diff-base, which checks its old text the same way.
    let lint =
        |document: &Document, policy: &Policy| (lint::lint(document, policy), policy.clone());
    let Some((report, failed)) = read_inputs(&args.paths, &args.files, show_progress, lint) else {
        return Ok(ExitCode::from(2));
    };
    let (mut files, policies): (Vec<_>, Vec<Policy>) = report
        .files
        .into_iter()
        .map(|(document, (findings, policy))| ((document, findings), policy))
        .unzip();
    if let Some(path) = &args.write_baseline {
        let baseline = Baseline::of(&files);
        baseline.write(path)?;
        eprintln!("recorded {} findings in {}", baseline.len(), path.display());
        return Ok(ExitCode::from(if failed { 2 } else { 0 }));
    }
    if let Some(rev) = &args.diff_base {
        if let Err(e) = keep_introduced(rev, &mut files, &policies) {
            eprintln!("error: {e}");
            return Ok(ExitCode::from(2));
        }
    }
    if let Some(path) = &args.baseline {
        match Baseline::read(path) {
            Ok(baseline) => baseline.remove_known(&mut files),
            Err(e) => {
                eprintln!("error: {e}");
                return Ok(ExitCode::from(2));
            }
        }
    }
    let (documents, diagnostics): (Vec<Document>, Vec<Vec<Diagnostic>>) = files.into_iter().unzip();
    let files: Vec<(&Document, Vec<Diagnostic>)> = documents.iter().zip(diagnostics).collect();
    let color = color_wanted(args.color, args.output_file.is_some());
    let report = Report {
        format: args.format,
        color,
        quiet: args.quiet,
        statistics: args.statistics,
    };
    let rendered = render::report(&files, &report);
    match &args.output_file {
        Some(path) => render::write_report(path, &documents, &rendered)?,
        None => std::io::stdout().lock().write_all(rendered.as_bytes())?,
    }
    let failing = |d: &Diagnostic| d.severity == Severity::Error || args.deny.is_some();
    let found = !args.exit_zero && files.iter().flat_map(|(_, d)| d).any(failing);
    Ok(if failed {
        ExitCode::from(2)
    } else if found {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// `check --diff-base REV`: keep only the findings each file did not have at `rev`, its
/// text then checked under the same policy (configured units, lexicons, suppressions).
fn keep_introduced(
    rev: &str,
    files: &mut [(Document, Vec<Diagnostic>)],
    policies: &[Policy],
) -> Result<(), GitError> {
    git::verify(rev)?;
    for ((document, findings), policy) in files.iter_mut().zip(policies) {
        let Some(old) = git::document_at(rev, Path::new(&document.path))? else {
            continue; // a new file: every finding is new
        };
        let old_findings = lint::lint(&old, policy);
        *findings = diff::findings_not_in(document, findings, &old, &old_findings);
    }
    Ok(())
}

fn run_diff(args: &DiffArgs) -> Result<ExitCode> {
    let pairs = match (&args.git, args.paths.as_slice()) {
        (Some(rev), paths) => git_pairs(rev, paths),
        (None, [old, new]) => Document::read(old)
            .and_then(|o| Ok((o, Document::read(new)?)))
            .map(|pair| vec![pair])
            .map_err(anyhow::Error::from),
        (None, _) => {
            eprintln!("error: `claimlint diff` takes OLD and NEW, or --git REV [PATH...]");
            return Ok(ExitCode::from(2));
        }
    };
    let pairs = match pairs {
        Ok(pairs) => pairs,
        Err(e) => {
            eprintln!("error: {e:#}");
            return Ok(ExitCode::from(2));
        }
    };
    // Both texts are read under the configuration of the new one's path.
    let choice = args.configuration.choice();
    let policies: Result<Vec<Policy>, _> = pairs
        .iter()
        .map(|(_, new)| files::policy_of(Path::new(&new.path), &choice))
        .collect();
    let policies = match policies {
        Ok(policies) => policies,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    let revisions: Vec<Revised> = pairs
        .iter()
        .zip(&policies)
        .map(|((old, new), policy)| Revised {
            old,
            new,
            review: diff::review_with(old, new, policy),
        })
        .collect();
    let color = color_wanted(args.color, false);
    let rendered = render::diff::render(&revisions, args.format, color);
    std::io::stdout().lock().write_all(rendered.as_bytes())?;
    let fails = revisions.iter().any(|r| r.review.fails());
    Ok(if fails {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Each article that changed since `rev`: its text then (empty when new) and now (empty
/// when deleted).
fn git_pairs(rev: &str, paths: &[PathBuf]) -> Result<Vec<(Document, Document)>> {
    git::verify(rev)?;
    let article = |p: &PathBuf| {
        p.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| matches!(e, "md" | "markdown" | "txt"))
    };
    let mut out = Vec::new();
    for path in git::changed_files(rev, paths)?
        .iter()
        .filter(|p| article(p))
    {
        let old = git::document_at(rev, path)?
            .unwrap_or_else(|| Document::new(format!("{rev}:{}", path.display()), ""));
        let new = if path.exists() {
            Document::read(path)?
        } else {
            Document::new(path.display().to_string(), "")
        };
        out.push((old, new));
    }
    Ok(out)
}

/// Colour for `auto` only on a terminal, never into a file or with NO_COLOR set.
fn color_wanted(choice: ColorChoice, to_file: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            !to_file && std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
        }
    }
}

fn run_rules(format: RulesFormat) -> Result<ExitCode> {
    let out = match format {
        RulesFormat::Json => serde_json::to_string_pretty(RULES)? + "\n",
        RulesFormat::Text => RULES
            .iter()
            .map(|r| {
                format!(
                    "{}  {:<26} {:<8} {}\n",
                    r.code,
                    r.name,
                    r.severity.as_str(),
                    r.summary
                )
            })
            .collect(),
    };
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

fn run_init() -> Result<ExitCode> {
    match config::init(Path::new(".")) {
        Ok(path) => {
            eprintln!("wrote {}", path.display());
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("error: {e}");
            Ok(ExitCode::from(2))
        }
    }
}

fn run_explain(rule: &str) -> Result<ExitCode> {
    let Some(meta) = explain(rule) else {
        eprintln!("error: no rule `{rule}`; `claimlint rules` lists them");
        return Ok(ExitCode::from(2));
    };
    let out = format!(
        "{} ({}, {})\n\n{}",
        meta.code,
        meta.name,
        meta.severity,
        meta.documentation()
    );
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
