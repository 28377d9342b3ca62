//! The claimlint command line: parse arguments, run, map the outcome to an exit status
//! (0 clean, 1 findings, 2 usage, configuration or I/O error).

use anyhow::Result;
use claimlint::document::{Document, ReadError};
use claimlint::extract::extract;
use claimlint::render::claims::{self, FileClaims};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{Read, Write};
use std::path::PathBuf;
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
    /// List every figure claimlint reads in the given files, with its exact value and interval
    Claims(ClaimsArgs),
}

#[derive(clap::Args)]
struct ClaimsArgs {
    /// Files to read; `-` reads standard input
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = ClaimsFormat::Table)]
    format: ClaimsFormat,
    /// The name to show for standard input
    #[arg(long, default_value = "<stdin>")]
    stdin_filename: String,
}

#[derive(Clone, Copy, ValueEnum)]
enum ClaimsFormat {
    Table,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Claims(args) => run_claims(&args),
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

/// Read every path, reporting each failure on one line and going on with the rest.
/// Returns the documents read and whether any path failed.
fn read_documents(paths: &[PathBuf], stdin_filename: &str) -> (Vec<Document>, bool) {
    let mut documents = Vec::new();
    let mut failed = false;
    for path in paths {
        let read = if path.as_os_str() == "-" {
            read_stdin(stdin_filename)
        } else {
            Document::read(path)
        };
        match read {
            Ok(document) => {
                if document.text.trim().is_empty() {
                    eprintln!("warning: {}: empty file, nothing to check", document.path);
                }
                documents.push(document);
            }
            Err(e) if e.is_warning() => eprintln!("warning: {e}"),
            Err(e) => {
                eprintln!("error: {e}");
                failed = true;
            }
        }
    }
    (documents, failed)
}

fn read_stdin(name: &str) -> Result<Document, ReadError> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|source| ReadError::Io {
            path: name.to_string(),
            source,
        })?;
    Document::from_bytes(name.to_string(), bytes)
}

fn run_claims(args: &ClaimsArgs) -> Result<ExitCode> {
    let (documents, failed) = read_documents(&args.paths, &args.stdin_filename);
    let files: Vec<FileClaims> = documents
        .iter()
        .map(|document| FileClaims {
            document,
            mentions: extract(&document.text),
        })
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
