//! A document as read from disk or stdin: its path, its text and a line index that
//! turns byte offsets into the line and column a person sees.
//!
//! Reading never modifies the file, and every way it can fail is a typed error that
//! names the file, so the CLI can report it in one line and carry on with the others.

use std::path::Path;
use thiserror::Error;

/// An article to check.
#[derive(Debug, Clone)]
pub struct Document {
    pub path: String,
    pub text: String,
    line_starts: Vec<usize>,
}

/// Why a file could not be read as text.
#[derive(Debug, Error)]
pub enum ReadError {
    #[error("{path}: no such file or directory")]
    NotFound { path: String },
    #[error("{path}: is a directory, expected a file")]
    IsDirectory { path: String },
    #[error("{path}: invalid UTF-8 at byte offset {offset}")]
    InvalidUtf8 { path: String, offset: usize },
    #[error("{path}: binary file, skipped")]
    Binary { path: String },
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

impl ReadError {
    /// A binary file is skipped with a warning; every other failure is an error.
    pub fn is_warning(&self) -> bool {
        matches!(self, ReadError::Binary { .. })
    }
}

impl Document {
    /// A document from text already in memory (stdin, tests).
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Document {
        let text = text.into();
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Document {
            path: path.into(),
            text,
            line_starts,
        }
    }

    /// Read a file as UTF-8 text.
    pub fn read(path: &Path) -> Result<Document, ReadError> {
        let name = path.display().to_string();
        if path.is_dir() {
            return Err(ReadError::IsDirectory { path: name });
        }
        let bytes = std::fs::read(path).map_err(|source| match source.kind() {
            std::io::ErrorKind::NotFound => ReadError::NotFound { path: name.clone() },
            _ => ReadError::Io {
                path: name.clone(),
                source,
            },
        })?;
        Document::from_bytes(name, bytes)
    }

    /// Decode bytes as UTF-8 text; a NUL byte marks a binary file.
    pub fn from_bytes(path: String, bytes: Vec<u8>) -> Result<Document, ReadError> {
        if bytes.contains(&0) {
            return Err(ReadError::Binary { path });
        }
        match String::from_utf8(bytes) {
            Ok(text) => Ok(Document::new(path, text)),
            Err(e) => Err(ReadError::InvalidUtf8 {
                path,
                offset: e.utf8_error().valid_up_to(),
            }),
        }
    }

    /// Byte offset of the start of each line.
    pub fn line_starts(&self) -> &[usize] {
        &self.line_starts
    }

    /// Byte offsets where sections start: at each heading line. A plain-text file may
    /// concatenate several articles, each under a title; a title is a short line without
    /// final punctuation that is followed by more text. In Markdown, `#` lines.
    pub fn section_starts(&self) -> Vec<usize> {
        let lines: Vec<(usize, &str)> = self
            .line_starts
            .iter()
            .map(|&start| {
                let end = self.text[start..]
                    .find('\n')
                    .map_or(self.text.len(), |n| start + n);
                (start, self.text[start..end].trim())
            })
            .collect();
        lines
            .iter()
            .enumerate()
            .filter(|(i, (_, line))| {
                let followed = lines[i + 1..].iter().any(|(_, l)| !l.is_empty());
                followed && is_heading(line)
            })
            .map(|(_, (start, _))| *start)
            .collect()
    }

    /// 1-based line and 1-based column (in Unicode scalar values) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let line_start = self.line_starts[line];
        let column = self
            .text
            .get(line_start..offset)
            .map_or(0, |prefix| prefix.chars().count());
        (line + 1, column + 1)
    }
}

fn is_heading(line: &str) -> bool {
    if line.starts_with('#') {
        return true;
    }
    let chars = line.chars().count();
    let cjk = line.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    let short = if cjk {
        chars <= 40
    } else {
        chars <= 100 && line.split_whitespace().count() <= 14
    };
    let last = line.chars().next_back();
    let open = last.is_some_and(|c| !"。！？.!?；;：:，,、…”\"'）)|".contains(c));
    !line.is_empty() && short && open && !line.starts_with('|')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let doc = Document::new("t", "ab\n特斯拉3.32%\n");
        assert_eq!(doc.line_col(0), (1, 1));
        assert_eq!(doc.line_col(3), (2, 1));
        assert_eq!(doc.line_col(3 + 9), (2, 4));
    }

    #[test]
    fn short_lines_without_final_punctuation_start_sections() {
        let doc = Document::new(
            "t",
            "今日特斯拉收跌3.32%\n正文。\nArm股价大跌\n正文。\n结尾\n",
        );
        assert_eq!(doc.section_starts(), [0, 37]);
    }

    #[test]
    fn invalid_utf8_names_the_offset() {
        let err = Document::from_bytes("x.txt".into(), b"ok\xffno".to_vec()).unwrap_err();
        assert_eq!(err.to_string(), "x.txt: invalid UTF-8 at byte offset 2");
    }

    #[test]
    fn nul_bytes_mean_binary() {
        let err = Document::from_bytes("x.bin".into(), b"a\0b".to_vec()).unwrap_err();
        assert!(err.is_warning());
    }
}
