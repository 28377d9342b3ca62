//! Output for people: rustc-style diagnostics drawn by codespan-reporting, and a
//! concise one-line-per-finding form for editors and grep.
//!
//! ```text
//! error[CL002]: percent change `500%以上` does not match `1780 → 9535` (+435.7%)
//!   ┌─ articles/zh.md:3:59
//!   │
//! 3 │ … 季度交付了9535辆电动汽车,较第一季度的交付量增长了500%以上。VinFast表示, …
//!   │             ----                                   ^^^^^^^^ stated change
//!   │             │
//!   │             Q2
//! 3 │ … 公司在2023年上半年共交付了11315辆电动汽车。VinFast将于9月21日美股盘前公 …
//!   │                             ----- H1 total
//!   │
//!   = Q1 = 11315 − 9535 = 1780
//!   = (9535 − 1780) / 1780 = +435.7%, not above +500%
//! ```
//!
//! Articles are prose: one Markdown paragraph is often one line of several hundred
//! characters. codespan prints whole lines, so each diagnostic is drawn over an
//! *excerpt* of its document: every line it labels, cut to the terminal width around
//! the labels, with `…` where text was left out; labels too far apart for one row get
//! a row each (above, line 3 twice). Line and column numbers stay those of the file
//! (the excerpt implements codespan's `Files` with the real numbers), and codespan
//! itself lines carets up under CJK text by display width.

use crate::diagnostic::{in_order, Diagnostic, Severity, Summary};
use crate::document::{char_ceil, char_floor, Document};
use codespan_reporting::diagnostic as cs;
use codespan_reporting::files::{Error as FilesError, Files};
use codespan_reporting::term::termcolor::{Ansi, ColorSpec, NoColor, WriteColor};
use codespan_reporting::term::{self, Config};
use std::collections::BTreeMap;
use std::io::Write;
use std::ops::Range;
use unicode_width::UnicodeWidthChar;

/// The width human output is laid out for unless told otherwise.
pub const DEFAULT_WIDTH: usize = 80;

/// How to draw human output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// ANSI colours (codespan's default styles).
    pub color: bool,
    /// Terminal columns that source lines are cut to (label messages may run past).
    pub width: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            color: false,
            width: DEFAULT_WIDTH,
        }
    }
}

/// Every finding of every document, rustc-style, then the summary line
/// (`found 2 errors and 1 warning in 3 files`). Documents are ordered by path and
/// findings by offset; every document counts as a file checked.
pub fn render(files: &[(&Document, Vec<Diagnostic>)], color: bool) -> String {
    render_with(
        files,
        &Options {
            color,
            ..Options::default()
        },
    )
}

/// [`render`] with explicit options.
pub fn render_with(files: &[(&Document, Vec<Diagnostic>)], options: &Options) -> String {
    let summary = summary_line(&Summary::of(files), options.color);
    render_quiet(files, options) + &String::from_utf8_lossy(&summary)
}

/// [`render_with`] without the summary line (`--quiet`): nothing when nothing is found.
pub fn render_quiet(files: &[(&Document, Vec<Diagnostic>)], options: &Options) -> String {
    let config = Config::default();
    let mut out = Vec::new();
    for (document, diagnostics) in in_order(files) {
        for diagnostic in diagnostics {
            let excerpt = Excerpt::new(document, diagnostic, options.width);
            let drawn = excerpt.diagnostic(diagnostic);
            match emit(options.color, &config, &excerpt, &drawn) {
                Ok(bytes) => out.extend(bytes),
                // Only reachable through a bug in `Excerpt`; never lose the finding.
                Err(_) => {
                    out.extend(concise_line(document, diagnostic).bytes());
                    out.push(b'\n');
                }
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// One line per finding, `path:line:col: CL001 [error] message`, then the summary
/// line. Same order as [`render`].
pub fn concise(files: &[(&Document, Vec<Diagnostic>)]) -> String {
    concise_quiet(files) + &Summary::of(files).to_string() + "\n"
}

/// [`concise`] without the summary line (`--quiet`).
pub fn concise_quiet(files: &[(&Document, Vec<Diagnostic>)]) -> String {
    let mut out = String::new();
    for (document, diagnostics) in in_order(files) {
        for diagnostic in diagnostics {
            out.push_str(&concise_line(document, diagnostic));
            out.push('\n');
        }
    }
    out
}

fn concise_line(document: &Document, diagnostic: &Diagnostic) -> String {
    let (line, column) = document.line_col(diagnostic.primary.span.start);
    format!(
        "{}:{line}:{column}: {} [{}] {}",
        document.path,
        diagnostic.code,
        diagnostic.severity,
        diagnostic.message.replace(['\n', '\r'], " ")
    )
}

fn summary_line(summary: &Summary, color: bool) -> Vec<u8> {
    let text = format!("{summary}\n");
    if !color {
        return text.into_bytes();
    }
    let mut w = Ansi::new(Vec::new());
    let spec = ColorSpec::new().set_bold(true).clone();
    // Writing to a Vec cannot fail.
    let _ = w.set_color(&spec);
    let _ = w.write_all(text.trim_end().as_bytes());
    let _ = w.reset();
    let _ = w.write_all(b"\n");
    w.into_inner()
}

fn emit(
    color: bool,
    config: &Config,
    excerpt: &Excerpt<'_>,
    diagnostic: &cs::Diagnostic<()>,
) -> Result<Vec<u8>, FilesError> {
    if color {
        let mut w = Ansi::new(Vec::new());
        term::emit_to_write_style(&mut w, config, excerpt, diagnostic)?;
        Ok(w.into_inner())
    } else {
        let mut w = NoColor::new(Vec::new());
        term::emit_to_write_style(&mut w, config, excerpt, diagnostic)?;
        Ok(w.into_inner())
    }
}

/// What one diagnostic shows of its document, as the source codespan draws from: the
/// rows, laid end to end with `\n` after each. A row is a line of the document, or a
/// part of it cut to the width around some of the labels; a line whose labels are too
/// far apart to share a row becomes several rows with the same line number.
struct Excerpt<'a> {
    document: &'a Document,
    text: String,
    rows: Vec<Row>,
    /// The row of each label: primary first, then related in order.
    label_rows: Vec<usize>,
}

struct Row {
    /// The line index codespan sees: consecutive for adjacent rows, with a gap (drawn
    /// as `·`) where lines were left out.
    index: usize,
    /// 1-based line number in the document.
    number: usize,
    /// Where the row sits in `Excerpt::text` (without its `\n`).
    range: Range<usize>,
    /// Where the kept text starts in `Excerpt::text` (after any `… `).
    at: usize,
    /// The kept text, as a range of the document.
    kept: Range<usize>,
}

/// A line of the document with the labels on it.
struct SourceLine {
    start: usize,
    content_end: usize,
    labels: Vec<LineLabel>,
}

/// A label's number and its byte range in a line.
type LineLabel = (usize, Range<usize>);

const ELLIPSIS_LEFT: &str = "… ";
const ELLIPSIS_RIGHT: &str = " …";
/// Display width of both ellipses.
const ELLIPSES_WIDTH: usize = 4;

impl<'a> Excerpt<'a> {
    fn new(document: &'a Document, diagnostic: &Diagnostic, width: usize) -> Excerpt<'a> {
        let text = document.text.as_str();
        let mut lines: BTreeMap<usize, SourceLine> = BTreeMap::new();
        let mut label_count = 0;
        for (n, label) in labels(diagnostic).enumerate() {
            label_count += 1;
            let span = clip(document, &label.span);
            let (start, content_end) = line_bounds(document, span.start);
            let index = document.line_col(start).0 - 1;
            lines
                .entry(index)
                .or_insert_with(|| SourceLine {
                    start,
                    content_end,
                    labels: Vec::new(),
                })
                .labels
                .push((n, (span.start - start)..(span.end - start)));
        }
        // codespan would draw the single line between two labelled lines instead of
        // a `·`; show it (cut to the width) rather than hide it.
        let indices: Vec<usize> = lines.keys().copied().collect();
        for pair in indices.windows(2) {
            if pair[1] == pair[0] + 2 {
                if let Some(before) = lines.get(&pair[0]) {
                    let (start, content_end) =
                        line_bounds(document, next_line_start(text, before.content_end));
                    lines.insert(
                        pair[0] + 1,
                        SourceLine {
                            start,
                            content_end,
                            labels: Vec::new(),
                        },
                    );
                }
            }
        }

        // Source lines are drawn after `{number} │ `.
        let gutter = digits(lines.keys().next_back().map_or(1, |i| i + 1)) + 3;
        let budget = width.saturating_sub(gutter).max(20);
        let mut excerpt = Excerpt {
            document,
            text: String::new(),
            rows: Vec::new(),
            label_rows: vec![0; label_count],
        };
        let mut previous: Option<usize> = None;
        for (line_index, line) in lines {
            let content = &text[line.start..line.content_end];
            for (i, (kept, members)) in rows(content, &line.labels, budget).into_iter().enumerate()
            {
                // Rows of one line, and adjacent lines, are consecutive; a gap of more
                // than one makes codespan draw `·` for the lines left out.
                let adjacent = i > 0 || previous.is_some_and(|p| p + 1 == line_index);
                let index = match excerpt.rows.last() {
                    Some(last) if adjacent => last.index + 1,
                    Some(last) => last.index + 3,
                    None => 0,
                };
                for n in members {
                    excerpt.label_rows[n] = excerpt.rows.len();
                }
                let begin = excerpt.text.len();
                if kept.start > 0 {
                    excerpt.text.push_str(ELLIPSIS_LEFT);
                }
                let at = excerpt.text.len();
                excerpt.text.push_str(&content[kept.clone()]);
                if kept.end < content.len() {
                    excerpt.text.push_str(ELLIPSIS_RIGHT);
                }
                excerpt.rows.push(Row {
                    index,
                    number: line_index + 1,
                    range: begin..excerpt.text.len(),
                    at,
                    kept: (line.start + kept.start)..(line.start + kept.end),
                });
                excerpt.text.push('\n');
            }
            previous = Some(line_index);
        }
        excerpt
    }

    /// The codespan diagnostic, with spans into the excerpt.
    fn diagnostic(&self, diagnostic: &Diagnostic) -> cs::Diagnostic<()> {
        let severity = match diagnostic.severity {
            Severity::Error => cs::Severity::Error,
            Severity::Warning => cs::Severity::Warning,
        };
        let mut drawn = cs::Diagnostic::new(severity)
            .with_code(diagnostic.code)
            .with_message(&diagnostic.message)
            .with_notes(diagnostic.notes.clone());
        for (n, label) in labels(diagnostic).enumerate() {
            let style = if n == 0 {
                cs::LabelStyle::Primary
            } else {
                cs::LabelStyle::Secondary
            };
            let span = clip(self.document, &label.span);
            let range = self
                .label_rows
                .get(n)
                .and_then(|&r| self.rows.get(r))
                .map_or(0..0, |row| {
                    let at = |offset: usize| {
                        row.at + offset.max(row.kept.start).min(row.kept.end) - row.kept.start
                    };
                    at(span.start)..at(span.end)
                });
            drawn = drawn.with_label(cs::Label::new(style, (), range).with_message(&label.message));
        }
        drawn
    }

    fn row(&self, index: usize) -> Result<&Row, FilesError> {
        self.rows
            .iter()
            .find(|r| r.index == index)
            .ok_or(FilesError::LineTooLarge {
                given: index,
                max: self.rows.last().map_or(0, |r| r.index),
            })
    }
}

impl<'f, 'a: 'f> Files<'f> for Excerpt<'a> {
    type FileId = ();
    type Name = &'f str;
    type Source = &'f str;

    fn name(&'f self, (): ()) -> Result<&'f str, FilesError> {
        Ok(&self.document.path)
    }

    fn source(&'f self, (): ()) -> Result<&'f str, FilesError> {
        Ok(&self.text)
    }

    fn line_index(&'f self, (): (), byte_index: usize) -> Result<usize, FilesError> {
        Ok(self
            .rows
            .iter()
            .find(|r| byte_index <= r.range.end)
            .or(self.rows.last())
            .map_or(0, |r| r.index))
    }

    fn line_number(&'f self, (): (), line_index: usize) -> Result<usize, FilesError> {
        Ok(self.row(line_index)?.number)
    }

    fn line_range(&'f self, (): (), line_index: usize) -> Result<Range<usize>, FilesError> {
        Ok(self.row(line_index)?.range.clone())
    }

    /// The column in the document, not in the excerpt.
    fn column_number(
        &'f self,
        (): (),
        line_index: usize,
        byte_index: usize,
    ) -> Result<usize, FilesError> {
        let row = self.row(line_index)?;
        let offset = row.kept.start + byte_index.saturating_sub(row.at);
        Ok(self.document.line_col(offset.min(row.kept.end)).1)
    }
}

fn labels(diagnostic: &Diagnostic) -> impl Iterator<Item = &crate::diagnostic::Label> {
    std::iter::once(&diagnostic.primary).chain(&diagnostic.related)
}

/// `span` on char boundaries of the document's text, and within the line where it starts
/// (a label that runs on into the next line is cut at the end of its first).
fn clip(document: &Document, span: &Range<usize>) -> Range<usize> {
    let text = document.text.as_str();
    let start = char_floor(text, span.start);
    let (_, content_end) = line_bounds(document, start);
    start..char_ceil(text, span.end.min(content_end).max(start))
}

/// Start of the line holding `offset`, and the end of its content (before `\r\n`/`\n`).
/// From the document's line index: a line may be megabytes long.
fn line_bounds(document: &Document, offset: usize) -> (usize, usize) {
    let text = document.text.as_str();
    let starts = document.line_starts();
    let line = starts.partition_point(|&start| start <= offset);
    let start = line.checked_sub(1).map_or(0, |before| starts[before]);
    let end = starts.get(line).map_or(text.len(), |next| next - 1);
    let content_end = if end > start && text.as_bytes()[end - 1] == b'\r' {
        end - 1
    } else {
        end
    };
    (start, content_end.max(offset.min(end)))
}

fn next_line_start(text: &str, content_end: usize) -> usize {
    text[content_end..]
        .find('\n')
        .map_or(text.len(), |i| content_end + i + 1)
}

fn digits(n: usize) -> usize {
    n.to_string().len()
}

/// Display width of a char as codespan counts it (tabs approximated as 4).
fn char_width(c: char) -> usize {
    if c == '\t' {
        4
    } else {
        c.width().unwrap_or(0)
    }
}

/// A char of a word that spaces delimit, numbers such as `$5,078.65` and `-3.2%`
/// included (CJK characters are words each).
fn in_word(c: char) -> bool {
    char_width(c) == 1 && (c.is_alphanumeric() || "'’-.,%$_".contains(c))
}

/// What a row should not start with after `… `: spaces and the punctuation that
/// closes a clause.
fn skip_at_start(c: char) -> bool {
    c.is_whitespace() || ",.;:!?)]}，。、；：！？）」』".contains(c)
}

/// How to show one line in rows of at most `budget` columns: the whole line if it
/// fits; else one row per group of labels that fit together, each cut around its
/// labels with as much context as fits (more after the labels than before), without
/// cutting words or repeating text of the row before. Returns each row's byte range
/// of `line` and the labels (by number) it shows.
fn rows(line: &str, labels: &[LineLabel], budget: usize) -> Vec<(Range<usize>, Vec<usize>)> {
    let mut out = Vec::new();
    for (part, labels) in parts(line, labels, budget) {
        let shift = |r: Range<usize>| part.start + r.start..part.start + r.end;
        out.extend(
            rows_of_part(&line[part.clone()], &labels, budget)
                .into_iter()
                .map(|(kept, members)| (shift(kept), members)),
        );
    }
    out
}

/// The stretches of a line that its rows can show: around each label as many bytes as
/// `budget` columns can hold on either side (four a column, but for zero-width chars),
/// joined where they meet, each with its labels (as ranges of the stretch). Labels
/// close enough to share a row share a stretch, and a line of megabytes is measured
/// only near its labels. A line without labels is shown from its start.
fn parts(line: &str, labels: &[LineLabel], budget: usize) -> Vec<(Range<usize>, Vec<LineLabel>)> {
    let reach = 4 * (budget + 1);
    let mut by_start: Vec<&LineLabel> = labels.iter().collect();
    by_start.sort_by_key(|(_, span)| span.start);
    let mut out: Vec<(Range<usize>, Vec<LineLabel>)> = Vec::new();
    for (n, span) in by_start {
        let start = char_floor(line, span.start.saturating_sub(reach));
        let end = char_ceil(line, span.end.saturating_add(reach));
        match out.last_mut() {
            Some((part, members)) if start <= part.end => {
                part.end = part.end.max(end);
                members.push((*n, span.clone()));
            }
            _ => out.push((start..end, vec![(*n, span.clone())])),
        }
    }
    if out.is_empty() {
        out.push((0..char_ceil(line, reach), Vec::new()));
    }
    for (part, members) in &mut out {
        for (_, span) in members {
            *span = span.start - part.start..span.end - part.start;
        }
    }
    out
}

/// [`rows`] for one of its [`parts`].
fn rows_of_part(
    line: &str,
    labels: &[LineLabel],
    budget: usize,
) -> Vec<(Range<usize>, Vec<usize>)> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut cols = Vec::with_capacity(chars.len() + 1);
    let mut col = 0;
    for &(_, c) in &chars {
        cols.push(col);
        col += char_width(c);
    }
    cols.push(col);
    let all = labels.iter().map(|(n, _)| *n).collect();
    if col <= budget {
        return vec![(0..line.len(), all)];
    }
    let width = |r: &Range<usize>| cols[r.end] - cols[r.start];
    let char_at = |byte: usize| chars.partition_point(|&(i, _)| i < byte);

    // Label spans in chars (an empty one still shows a caret), grouped while a group
    // and its ellipses fit in the budget.
    let mut spans: Vec<(Range<usize>, usize)> = labels
        .iter()
        .map(|(n, l)| {
            let start = char_at(l.start);
            (start..char_at(l.end).max(start + 1).min(chars.len()), *n)
        })
        .collect();
    spans.sort_by_key(|(r, n)| (r.start, r.end, *n));
    let mut groups: Vec<(Range<usize>, Vec<usize>)> = Vec::new();
    for (span, n) in spans {
        match groups.last_mut() {
            Some((core, members))
                if width(&(core.start..span.end.max(core.end))) + ELLIPSES_WIDTH <= budget =>
            {
                core.end = core.end.max(span.end);
                members.push(n);
            }
            _ => groups.push((span, vec![n])),
        }
    }
    if groups.is_empty() {
        // A line shown only for continuity: its beginning.
        groups.push((0..0, Vec::new()));
    }

    let mut out = Vec::new();
    let mut floor = 0;
    for (core, members) in groups {
        let room = budget.saturating_sub(width(&core) + ELLIPSES_WIDTH);
        let mut w = core.clone();
        let grow_left = |w: &mut Range<usize>, limit: usize| {
            while w.start > floor && width(&(w.start - 1..w.end)) <= limit {
                w.start -= 1;
            }
        };
        grow_left(&mut w, width(&core) + room * 2 / 5);
        while w.end < chars.len() && width(&(w.start..w.end + 1)) <= width(&core) + room {
            w.end += 1;
        }
        grow_left(&mut w, width(&core) + room);
        // Do not cut words, nor keep spaces or a clause's end next to an ellipsis.
        let at = |i: usize| chars[i].1;
        if w.start > 0 && in_word(at(w.start - 1)) {
            while w.start < core.start && in_word(at(w.start)) {
                w.start += 1;
            }
        }
        if w.start > 0 {
            while w.start < core.start && skip_at_start(at(w.start)) {
                w.start += 1;
            }
        }
        if w.end < chars.len() && in_word(at(w.end)) {
            while w.end > core.end && in_word(at(w.end - 1)) {
                w.end -= 1;
            }
        }
        if w.end < chars.len() {
            while w.end > core.end && at(w.end - 1).is_whitespace() {
                w.end -= 1;
            }
        }
        floor = w.end;
        let byte = |i: usize| chars.get(i).map_or(line.len(), |c| c.0);
        out.push((byte(w.start)..byte(w.end), members));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text of each row for labels given as byte ranges.
    fn kept<'a>(line: &'a str, labels: &[LineLabel], budget: usize) -> Vec<&'a str> {
        rows(line, labels, budget)
            .into_iter()
            .map(|(r, _)| &line[r])
            .collect()
    }

    #[test]
    fn short_lines_are_kept_whole() {
        assert_eq!(kept("abc 275 def", &[(0, 4..7)], 20), ["abc 275 def"]);
    }

    #[test]
    fn long_lines_are_cut_around_the_label_between_words() {
        let line = format!("{} 275 {}", "word ".repeat(20), "text ".repeat(20));
        let at = line.find("275").unwrap_or(0);
        let pieces = kept(&line, &[(0, at..at + 3)], 30);
        assert_eq!(pieces.len(), 1);
        assert!(pieces[0].contains("275"));
        assert!(pieces[0].len() + ELLIPSES_WIDTH <= 30, "{pieces:?}");
        assert!(
            pieces[0].starts_with("word") && pieces[0].ends_with("text"),
            "{pieces:?}"
        );
    }

    #[test]
    fn distant_labels_get_a_row_each() {
        let line = format!("x1{}y2{}", "中".repeat(100), "文".repeat(100));
        let second = line.find('y').unwrap_or(0);
        let rows = rows(&line, &[(0, 0..2), (1, second..second + 2)], 40);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].1, [0]);
        assert_eq!(rows[1].1, [1]);
        assert!(line[rows[0].0.clone()].starts_with("x1"));
        assert!(line[rows[1].0.clone()].contains("y2"));
        assert!(rows[0].0.end <= rows[1].0.start, "rows overlap: {rows:?}");
        for (r, _) in &rows {
            let width: usize = line[r.clone()].chars().map(char_width).sum();
            assert!(width + ELLIPSES_WIDTH <= 40, "{width}");
        }
    }

    #[test]
    fn a_long_line_is_cut_as_if_measured_whole() {
        let line = "Revenue rose 5% to $1.2 billion, 营收增长15%至36.8亿元；".repeat(400);
        let at = |n: usize| line.match_indices('5').nth(n).map_or(0, |(i, _)| i);
        let labels = [
            (0, at(1)..at(1) + 1),
            (1, at(2)..at(2) + 1),
            (2, at(3)..at(3) + 1),
            (3, at(300)..at(300) + 1),
            (4, at(790)..at(790) + 1),
        ];
        for budget in [20, 40, 77] {
            assert_eq!(
                rows(&line, &labels, budget),
                rows_of_part(&line, &labels, budget),
                "budget {budget}"
            );
            assert!(rows(&line, &labels, budget).len() >= 3, "budget {budget}");
        }
        assert_eq!(rows(&line, &[], 40), rows_of_part(&line, &[], 40));
    }

    #[test]
    fn line_bounds_drop_crlf() {
        let document = Document::new("t", "ab\r\ncd\n");
        assert_eq!(line_bounds(&document, 0), (0, 2));
        assert_eq!(line_bounds(&document, 4), (4, 6));
        assert_eq!(line_bounds(&document, 7), (7, 7));
    }

    #[test]
    fn clip_keeps_char_boundaries_and_one_line() {
        let text = "高盛275\n美元";
        let document = Document::new("t", text);
        assert_eq!(clip(&document, &(1..4)), 0..6);
        assert_eq!(clip(&document, &(6..100)), 6..9);
        assert_eq!(clip(&document, &(100..200)), text.len()..text.len());
    }
}
