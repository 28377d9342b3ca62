//! The few git questions revision review asks: a file's text at a revision, and the
//! files that changed since it. Answered by the `git` command, run in the current
//! directory, so it works from any subdirectory of a repository.

use crate::document::{Document, ReadError};
use std::path::{Path, PathBuf};
use std::process::Command;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum GitError {
    #[error("cannot run git: {0}")]
    Spawn(#[source] std::io::Error),
    #[error("git {args}: {message}")]
    Failed { args: String, message: String },
    #[error(transparent)]
    Read(#[from] ReadError),
}

fn git(args: &[&str]) -> Result<std::process::Output, GitError> {
    Command::new("git")
        .args(args)
        .output()
        .map_err(GitError::Spawn)
}

fn failed(args: &[&str], output: &std::process::Output) -> GitError {
    GitError::Failed {
        args: args.join(" "),
        message: String::from_utf8_lossy(&output.stderr).trim().to_string(),
    }
}

/// Fail early, with git's own words, when `rev` names no commit.
pub fn verify(rev: &str) -> Result<(), GitError> {
    let spec = format!("{rev}^{{commit}}");
    let args = ["rev-parse", "--verify", "--quiet", spec.as_str()];
    let output = git(&args)?;
    if output.status.success() {
        Ok(())
    } else {
        Err(GitError::Failed {
            args: args.join(" "),
            message: format!("`{rev}` is not a commit of this repository"),
        })
    }
}

/// `path` (relative to the current directory) as it was at `rev`: `None` when the file
/// did not exist then.
pub fn document_at(rev: &str, path: &Path) -> Result<Option<Document>, GitError> {
    let spec = format!("{rev}:./{}", relative(path).display());
    let exists = git(&["cat-file", "-e", spec.as_str()])?;
    if !exists.status.success() {
        return Ok(None);
    }
    let args = ["show", spec.as_str()];
    let output = git(&args)?;
    if !output.status.success() {
        return Err(failed(&args, &output));
    }
    let name = format!("{rev}:{}", path.display());
    Ok(Some(Document::from_bytes(name, output.stdout)?))
}

/// The files under `paths` (all when empty) that differ between `rev` and the working
/// tree, untracked ones included, relative to the current directory.
pub fn changed_files(rev: &str, paths: &[PathBuf]) -> Result<Vec<PathBuf>, GitError> {
    let paths: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    let mut diff_args = vec!["diff", "--name-only", "--relative", rev, "--"];
    diff_args.extend(paths.iter().map(String::as_str));
    let mut untracked_args = vec!["ls-files", "--others", "--exclude-standard", "--"];
    untracked_args.extend(paths.iter().map(String::as_str));
    let mut out = Vec::new();
    for args in [diff_args, untracked_args] {
        let output = git(&args)?;
        if !output.status.success() {
            return Err(failed(&args, &output));
        }
        out.extend(
            String::from_utf8_lossy(&output.stdout)
                .lines()
                .filter(|l| !l.is_empty())
                .map(PathBuf::from),
        );
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// `path` relative to the current directory when it is inside it.
fn relative(path: &Path) -> PathBuf {
    std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(&cwd).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| path.to_path_buf())
}
