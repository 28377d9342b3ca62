//! A document as read from disk or stdin: its path, its text, a line index that
//! turns byte offsets into the line and column a person sees, and its prose view: the
//! text the checks read, of the same length, with what is not prose (Markdown code,
//! markup and front matter; claimlint directives) blanked, so spans index both alike.
//!
//! Reading never modifies the file, and every way it can fail is a typed error that
//! names the file, so the CLI can report it in one line and carry on with the others.

use std::ops::Range;
use std::path::Path;
use std::sync::OnceLock;
use thiserror::Error;

/// An article to check.
#[derive(Debug, Clone)]
pub struct Document {
    pub path: String,
    /// The text as read; renderers show it.
    pub text: String,
    line_starts: Vec<usize>,
    /// How many characters come before every multiple of `CHAR_MARK_STRIDE` bytes, the
    /// end of the text included.
    char_marks: Vec<usize>,
    prose: Prose,
    /// [`Document::section_starts`], found once: attribution and relations both read them.
    sections: OnceLock<Vec<usize>>,
}

/// Bytes between two of `Document::char_marks`.
const CHAR_MARK_STRIDE: usize = 4096;

/// What of a text is prose, and where its structure is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prose {
    /// The text with non-prose bytes replaced by spaces (line breaks kept); `None` when
    /// all of the text is prose.
    pub text: Option<String>,
    /// Where headings start, when the format marks them (Markdown); `None` to guess.
    pub headings: Option<Vec<usize>>,
    /// Comments that may hold claimlint directives (`<!-- … -->`, `# …`, `// …`).
    pub comments: Vec<Range<usize>>,
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
    #[error("{path}: empty file, nothing to check")]
    Empty { path: String },
    /// A directory that could not be walked (the message names it).
    #[error("{0}")]
    Walk(String),
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

impl ReadError {
    /// A binary file is skipped and an empty one has nothing to check: warnings. Every
    /// other failure is an error.
    pub fn is_warning(&self) -> bool {
        matches!(self, ReadError::Binary { .. } | ReadError::Empty { .. })
    }
}

impl Document {
    /// A document from text already in memory (stdin, tests); a path ending in `.md` or
    /// `.markdown` is read as Markdown, any other as plain text.
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Document {
        let path = path.into();
        let text = text.into();
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let prose = if is_markdown(&path) {
            crate::markdown::prose(&text)
        } else {
            plain_prose(&text)
        };
        Document {
            path,
            char_marks: char_marks(&text),
            text,
            line_starts,
            prose,
            sections: OnceLock::new(),
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

    /// The text the checks read: [`Document::text`] with what is not prose blanked.
    pub fn prose(&self) -> &str {
        self.prose.text.as_deref().unwrap_or(&self.text)
    }

    /// Byte ranges of the comments that may hold claimlint directives.
    pub fn comments(&self) -> &[Range<usize>] {
        &self.prose.comments
    }

    /// Byte offsets where sections start: at each heading. Markdown marks its headings;
    /// a plain-text file may concatenate several articles, each under a title, and a
    /// title is a short line without final punctuation that is followed by more text.
    pub fn section_starts(&self) -> &[usize] {
        self.sections.get_or_init(|| self.find_sections())
    }

    fn find_sections(&self) -> Vec<usize> {
        if let Some(headings) = &self.prose.headings {
            return headings.clone();
        }
        let text = self.prose();
        // Read from the end, so that whether text follows a line is known when it is
        // reached (looking ahead from each line would be quadratic in blank lines).
        let mut text_follows = false;
        let mut starts = Vec::new();
        for &start in self.line_starts.iter().rev() {
            let end = text[start..].find('\n').map_or(text.len(), |n| start + n);
            let line = text[start..end].trim();
            if text_follows && is_heading(line) {
                starts.push(start);
            }
            text_follows |= !line.is_empty();
        }
        starts.reverse();
        starts
    }

    /// 1-based line and 1-based column (in Unicode scalar values) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let line_start = self.line_starts[line];
        let column = if self.text.is_char_boundary(offset) {
            self.chars_between(line_start, offset)
        } else {
            0
        };
        (line + 1, column + 1)
    }

    /// Characters in `start..end` (both char boundaries). Counted from the mark before
    /// `end` when the range is longer than the marks' stride: a long line holds many
    /// figures, and counting each column from the line's start would be quadratic.
    fn chars_between(&self, start: usize, end: usize) -> usize {
        let bytes = self.text.as_bytes();
        if end - start <= CHAR_MARK_STRIDE {
            return chars_in(&bytes[start..end]);
        }
        let before = |offset: usize| {
            let mark = offset / CHAR_MARK_STRIDE;
            self.char_marks[mark] + chars_in(&bytes[mark * CHAR_MARK_STRIDE..offset])
        };
        before(end) - before(start)
    }
}

/// The char boundary at or before `offset` (at most the text's length).
pub fn char_floor(text: &str, offset: usize) -> usize {
    let mut at = offset.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The text from the start of the line that holds `offset` up to it, when the line
/// starts within `reach` bytes before it; `None` on a longer line, whose start is not
/// looked for (from every figure of a long line that would be quadratic).
pub fn line_lead(text: &str, offset: usize, reach: usize) -> Option<&str> {
    let end = char_floor(text, offset);
    let window = &text[char_floor(text, end.saturating_sub(reach))..end];
    let line_start = match window.rfind('\n') {
        Some(at) => at + 1,
        None if window.len() == end => 0,
        None => return None,
    };
    Some(&window[line_start..])
}

/// Whether the text before `offset`, spaces after it skipped and ASCII case ignored,
/// ends with one of `words` (lower case, each within the 32 bytes before `offset`).
pub fn preceded_by(text: &str, offset: usize, words: &[&str]) -> bool {
    let end = char_floor(text, offset);
    let window = &text[char_floor(text, end.saturating_sub(32))..end];
    let before = window.trim_end().as_bytes();
    // Compared in place: it runs for every figure, and a lower-case copy of the window
    // was an allocation each time.
    words.iter().any(|word| {
        before
            .len()
            .checked_sub(word.len())
            .is_some_and(|at| before[at..].eq_ignore_ascii_case(word.as_bytes()))
    })
}

/// Whether the figure at `second` restates the one at `first` after ", or" or 或 (`$758
/// million, or $1.46 a share`, `增加118.8億美元或20.6%`).
pub fn joined_by_or(text: &str, first: &Range<usize>, second: &Range<usize>) -> bool {
    text.get(first.end..second.start).is_some_and(|between| {
        let between = between.trim();
        between.eq_ignore_ascii_case(", or") || matches!(between, "或" | "，或" | ",或")
    })
}

/// A Chinese character (CJK ideographs and 〇), the script of Chinese labels and names.
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{3007}' | '\u{3400}'..='\u{9FFF}')
}

/// The char boundary at or after `offset` (at most the text's length).
pub fn char_ceil(text: &str, offset: usize) -> usize {
    let mut at = offset.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

fn char_marks(text: &str) -> Vec<usize> {
    let mut before = 0;
    let mut marks = vec![0];
    for stride in text.as_bytes().chunks(CHAR_MARK_STRIDE) {
        before += chars_in(stride);
        marks.push(before);
    }
    marks
}

/// Characters that start in `bytes`: every byte but UTF-8 continuation bytes
/// (`0b10xx_xxxx`).
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count()
}

fn is_markdown(path: &str) -> bool {
    Path::new(path)
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"))
}

/// Plain text is all prose but for claimlint directives in `#` or `//` comment lines.
fn plain_prose(text: &str) -> Prose {
    let mut comments = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_start();
        let comment = body.strip_prefix('#').or_else(|| body.strip_prefix("//"));
        if comment.is_some_and(|c| c.trim_start().starts_with("claimlint-")) {
            comments.push(start..start + line.trim_end().len());
        }
        start += line.len();
    }
    if comments.is_empty() {
        return Prose::default();
    }
    let mut prose = text.to_string();
    for comment in &comments {
        prose.replace_range(comment.clone(), &" ".repeat(comment.len()));
    }
    Prose {
        text: Some(prose),
        headings: None,
        comments,
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
    fn columns_on_a_line_longer_than_the_marks_stride_count_characters() {
        let line = "特斯拉3.32%, up 5 (¥12) ".repeat(3 * CHAR_MARK_STRIDE / 10);
        let doc = Document::new("t", format!("x\n{line}\nend"));
        let starts = doc.text.char_indices().map(|(i, _)| i);
        for offset in starts.chain([doc.text.len()]).step_by(61) {
            let (line, _) = doc.line_col(offset);
            let line_start = doc.line_starts[line - 1];
            let expected = doc.text[line_start..offset].chars().count() + 1;
            assert_eq!(doc.line_col(offset), (line, expected), "at {offset}");
        }
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
    fn a_title_needs_text_after_it_past_blank_lines() {
        let doc = Document::new("t", "A title\n\n \n\nBody text.\n\nLast line\n\n\t\n");
        assert_eq!(doc.section_starts(), [0]);
    }

    #[test]
    fn directive_lines_are_not_prose_nor_headings() {
        let text = "# claimlint-disable CL001 -- restated 5%\nRevenue rose 5%.\n";
        let doc = Document::new("t.txt", text);
        assert_eq!(doc.comments().len(), 1);
        assert_eq!(doc.comments()[0], 0..40);
        assert_eq!(doc.prose().trim_start(), "Revenue rose 5%.\n");
        assert!(doc.section_starts().is_empty());
    }

    #[test]
    fn markdown_sections_are_its_headings() {
        let doc = Document::new("a.md", "Short title\n\ntext.\n\n# Real\n\ntext.\n");
        assert_eq!(doc.section_starts(), [20]);
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
