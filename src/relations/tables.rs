//! Tables: the arithmetic a pipe table states by its layout. A row labelled "Total" (合计,
//! 总计, 小计) is the sum of the rows above it, column by column; a "Change" column (增减,
//! 变动) is the difference or the percent change of two year columns.
//!
//! Tables are laid out by hand in many ways (subtotals, rows of ratios or per-share
//! figures under a total, section headings, a total above its parts), so a layout is
//! trusted only where the table confirms it: rows are a breakdown of a total row only
//! when they add up to it in some column, and a change column compares the two year
//! columns it matches in every row but one at most. Columns whose heading names prices,
//! averages, rates or another measure (constant currency) are left alone. The column or row that then breaks the
//! pattern is the table's own contradiction, which CL004 and CL002 report.

use super::{Change, Product, Shares};
use crate::attribute::Claim;
use crate::extract::Kind;
use crate::quantity::{Interval, Unit};
use rust_decimal::Decimal;
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

/// A claim counted with its sign: `(8,982)` in an accounting table is −8,982.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Signed {
    pub claim: usize,
    pub negative: bool,
}

/// A total row's figure in one column and the figures above it that it adds up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnSum {
    pub total: Signed,
    pub parts: Vec<Signed>,
    /// Why the sum is not checked, when it is not.
    pub unchecked: Option<&'static str>,
}

/// The arithmetic of the tables of a text.
#[derive(Debug, Default)]
pub(super) struct TableRelations {
    pub sums: Vec<ColumnSum>,
    pub changes: Vec<Change>,
    pub products: Vec<Product>,
    pub shares: Vec<Shares>,
}

/// Read every table of `text`: a run of three or more lines that open with `|`.
pub(super) fn read(text: &str, claims: &[Claim]) -> TableRelations {
    let mut out = TableRelations::default();
    let mut lines: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let range = start..start + line.trim_end().len();
        start += line.len();
        if line.trim_start().starts_with('|') {
            lines.push(range);
            continue;
        }
        read_table(text, claims, &lines, &mut out);
        lines.clear();
    }
    read_table(text, claims, &lines, &mut out);
    out
}

fn read_table(text: &str, claims: &[Claim], lines: &[Range<usize>], out: &mut TableRelations) {
    if lines.len() < 3 {
        return;
    }
    let rows: Vec<Row> = lines
        .iter()
        .map(|line| Row::read(text, claims, line))
        .collect();
    let columns = Columns::of(text, &rows);
    let first_sum = out.sums.len();
    column_sums(claims, &rows, &columns, &mut out.sums);
    total_columns(text, claims, &rows, &mut out.sums);
    change_columns(claims, &rows, &columns, &mut out.changes);
    share_columns(claims, &rows, &columns, &mut out.products);
    share_sections(claims, &rows, &out.sums[first_sum..], &mut out.shares);
}

/// What a cell holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cell {
    /// One figure and nothing else but its currency sign and the parentheses of a
    /// negative amount.
    Figure(Signed),
    /// `—`, `-`: none, a zero in a sum.
    Dash,
    Empty,
    /// Words, a year, or more than one figure.
    Text,
}

struct Row {
    /// The first cell, in lower case; in a row without figures, the first cell that is
    /// not empty.
    label: String,
    /// Every cell's text and reading, the label's first.
    cells: Vec<(Range<usize>, Cell)>,
}

impl Row {
    fn read(text: &str, claims: &[Claim], line: &Range<usize>) -> Row {
        let pipes: Vec<usize> = text[line.clone()]
            .match_indices('|')
            .map(|(at, _)| line.start + at)
            .collect();
        let cells: Vec<(Range<usize>, Cell)> = pipes
            .windows(2)
            .map(|pair| {
                let span = pair[0] + 1..pair[1];
                let cell = Cell::read(text, claims, &span);
                (span, cell)
            })
            .collect();
        let mut row = Row {
            label: String::new(),
            cells,
        };
        // A heading may stand in the second cell (`|  | % Revenues by Geography: |  |`).
        let label_cells = if row.has_figures() {
            1
        } else {
            row.cells.len()
        };
        row.label = (row.cells.iter().take(label_cells))
            .map(|(span, _)| text[span.clone()].trim())
            .find(|cell| !cell.is_empty())
            .unwrap_or_default()
            .to_lowercase();
        if row.is_deducted() {
            for (_, cell) in row.cells.iter_mut().skip(1) {
                if let Cell::Figure(figure) = cell {
                    figure.negative = true;
                }
            }
        }
        row
    }

    /// A part of the row above it, which the total already holds: `of which: Nimbus
    /// Data`, `其中：并购新增收入`.
    fn is_sub_item(&self) -> bool {
        [
            "of which",
            "其中",
            "including",
            "incl.",
            "thereof",
            "包括",
            "含：",
        ]
        .iter()
        .any(|word| self.label.starts_with(word))
    }

    /// A row subtracted from the total, however its figures are written: `减：库存股 |
    /// 20.00`, `Less: accumulated depreciation | (1,234)`, and the effects of tax and of
    /// minority interests on non-recurring items (`少数股东权益影响额（税后） | 202,098.46`
    /// under `减：所得税影响额`), which such tables always subtract.
    fn is_deducted(&self) -> bool {
        const EFFECTS: [&str; 4] = [
            "所得税影响额",
            "所得稅影響額",
            "少数股东权益影响额",
            "少數股東權益影響額",
        ];
        ["减：", "减:", "減：", "減:", "less:", "less "]
            .iter()
            .any(|word| self.label.starts_with(word))
            || EFFECTS.iter().any(|effect| self.label.contains(effect))
    }

    /// The label without a footnote's digit after it (`Adjusted EBITDA 3`, `Americas (1)`).
    fn label_without_note(&self) -> &str {
        let label = &self.label;
        let note = label
            .strip_suffix(')')
            .and_then(|rest| rest.rsplit_once(" ("))
            .filter(|(_, note)| (1..=2).contains(&note.len()))
            .or_else(|| label.rsplit_once(' ').filter(|(_, note)| note.len() == 1));
        match note {
            Some((before, note)) if note.bytes().all(|b| b.is_ascii_digit()) => before.trim_end(),
            _ => label,
        }
    }

    fn cell(&self, column: usize) -> Cell {
        self.cells
            .get(column)
            .map_or(Cell::Empty, |(_, cell)| *cell)
    }

    fn has_figures(&self) -> bool {
        self.cells
            .iter()
            .skip(1)
            .any(|(_, cell)| matches!(cell, Cell::Figure(_)))
    }

    /// A row that sums the rows above it: `Total revenues`, `Subtotal`, `合计`, `小计`,
    /// `Property and equipment, gross`; the end of a roll-forward (`Balance at end of
    /// year`, `Outstanding at December 31, 2019`, its start being a balance too).
    fn is_total(&self) -> bool {
        const TOTALS: [&str; 8] = [
            "合计", "合計", "总计", "總計", "小计", "小計", "共计", "共計",
        ];
        const ENDS: [&str; 6] = [
            "end of year",
            "end of the year",
            "end of period",
            "end of the period",
            "end of fiscal",
            "ending balance",
        ];
        let label = &self.label;
        label.starts_with("total")
            || label.starts_with("subtotal")
            || label.starts_with("balance")
            || label.starts_with("outstanding at")
            || label.ends_with(", gross")
            || TOTALS.iter().any(|t| label.contains(t))
            || ENDS.iter().any(|end| label.contains(end))
    }

    /// `Property and equipment, net` right under `Less: accumulated depreciation`: the
    /// gross less the deduction.
    fn is_net_of(&self, above: Option<&Row>) -> bool {
        self.label.ends_with(", net") && above.is_some_and(Row::is_deducted)
    }
}

impl Cell {
    fn read(text: &str, claims: &[Claim], span: &Range<usize>) -> Cell {
        let content = text[span.clone()].trim();
        if content.is_empty() {
            return Cell::Empty;
        }
        if matches!(content, "—" | "-" | "–" | "−") {
            return Cell::Dash;
        }
        let first = claims.partition_point(|c| c.mention.span.start < span.start);
        let inside: Vec<usize> = (first..claims.len())
            .take_while(|&c| claims[c].mention.span.end <= span.end)
            .collect();
        let [claim] = inside[..] else {
            return Cell::Text;
        };
        let mention = &claims[claim].mention;
        if mention.kind() == Kind::Date || mention.quantity().is_some_and(|q| q.vague) {
            return Cell::Text;
        }
        let around = [
            &text[span.start..mention.span.start],
            &text[mention.span.end..span.end],
        ];
        let plain = around.iter().all(|side| {
            side.chars()
                .all(|c| c.is_whitespace() || "$€£¥()%".contains(c))
        });
        if !plain {
            return Cell::Text;
        }
        let negative = around[0].contains('(') && around[1].contains(')');
        Cell::Figure(Signed { claim, negative })
    }
}

/// The signed interval of a figure.
fn interval(claims: &[Claim], figure: Signed) -> Option<Interval> {
    let interval = claims[figure.claim].mention.quantity()?.interval;
    if figure.negative {
        interval.scale(Decimal::NEGATIVE_ONE)
    } else {
        Some(interval)
    }
}

fn unit(claims: &[Claim], figure: Signed) -> Option<&Unit> {
    claims[figure.claim].mention.quantity().map(|q| &q.unit)
}

/// How many first rows of a block are dropped, one by one, to find the total's parts:
/// a bound, so that a long table is read in linear time.
const MOST_ROWS_DROPPED: usize = 4;
/// How many rows since its heading a total with subtotals may add up: a table of
/// thousands of rows with a total in every other one is read in linear time.
const MOST_ROWS_SINCE_HEADING: usize = 256;

/// For each total row, the sums of its block in every column where they can be told.
/// Rows since the last heading row (one without figures) are the candidates, then every
/// row since the table's first; a total confirmed by its block stands for it in the
/// blocks of later totals (`Total assets` adds `Total current assets` and the rows after
/// it). A total row is labelled as one (`Total revenues`, 合计) or repeats the heading its
/// rows stand under (`Revenue` above `Wireless`, `Cable`, `Media` and `Revenue`).
fn column_sums(claims: &[Claim], rows: &[Row], columns: &Columns, out: &mut Vec<ColumnSum>) {
    let first_sum = out.len();
    let mut pending: Vec<usize> = Vec::new();
    // Where in `pending` the rows under the last heading start, and the heading.
    let mut section = (0, "");
    for (r, row) in rows.iter().enumerate() {
        if !row.has_figures() {
            section = (pending.len(), row.label_without_note());
            continue;
        }
        if row.is_sub_item() {
            continue;
        }
        let repeats_heading = !section.1.is_empty() && row.label_without_note() == section.1;
        let net = row.is_net_of(r.checked_sub(1).and_then(|above| rows.get(above)));
        if !row.is_total() && !repeats_heading && !net {
            pending.push(r);
            continue;
        }
        let since_heading = &pending[section.0.min(pending.len())..];
        let tails = candidate_tails(rows, since_heading, pending.len());
        let read: Vec<Vec<(ColumnSum, bool)>> = tails
            .iter()
            .map(|&tail| block_sums(claims, rows, columns, &pending[pending.len() - tail..], row))
            .collect();
        match read
            .iter()
            .position(|sums| sums.iter().any(|&(_, holds)| holds))
        {
            Some(k) => {
                pending.truncate(pending.len() - tails[k]);
                out.extend(read[k].iter().map(|(sum, _)| sum.clone()));
            }
            None => out.extend(read.iter().take(1).flatten().map(|(sum, _)| ColumnSum {
                unchecked: Some("no column of the rows above adds up to this total row"),
                ..sum.clone()
            })),
        }
        section.0 = section.0.min(pending.len());
        pending.push(r);
    }
    if first_sum == out.len() {
        out.extend(closing_sum(claims, rows, columns, &pending[section.0..]));
    }
}

/// `| Income before income taxes | $122,803 | $114,517 |` under `| United States |` and
/// `| Foreign |`: the last row of a table with no total row is the total of every row
/// since its heading where they add up to it in some column, to a hundred or more (a
/// sum of small numbers may hold by chance).
fn closing_sum(
    claims: &[Claim],
    rows: &[Row],
    columns: &Columns,
    section: &[usize],
) -> Vec<ColumnSum> {
    let Some((&last, block)) = section.split_last() else {
        return Vec::new();
    };
    if last + 1 != rows.len() || block.len() < 2 {
        return Vec::new();
    }
    let sums = block_sums(claims, rows, columns, block, &rows[last]);
    let large = |sum: &ColumnSum| {
        interval(claims, sum.total)
            .and_then(|i| i.high)
            .is_some_and(|high| high.value.abs() >= Decimal::ONE_HUNDRED)
    };
    if sums.iter().any(|(sum, holds)| *holds && large(sum)) {
        sums.into_iter().map(|(sum, _)| sum).collect()
    } else {
        Vec::new()
    }
}

/// The blocks a total row may add up, as lengths of the tails of the `pending` rows
/// (`all` of them), in the order they are tried: the rows since the last subtotal under
/// the heading, without their first rows (`Net sales` above `Cost of goods sold`,
/// `Depreciation`, `Total cost of goods sold`), a few at most; then every row under the
/// heading, subtotals for their rows; then every row of the table so far (a `Total` under
/// the sections `Equity securities`, `Debt securities`, `Alternative investments`).
fn candidate_tails(rows: &[Row], since_heading: &[usize], all: usize) -> Vec<usize> {
    let after_subtotal = since_heading
        .iter()
        .rposition(|&p| rows[p].is_total())
        .map_or(0, |k| k + 1);
    let since_subtotal = since_heading.len() - after_subtotal;
    let mut tails: Vec<usize> = (0..MOST_ROWS_DROPPED)
        .map(|dropped| since_subtotal.saturating_sub(dropped))
        .filter(|&rows| rows >= 2)
        .collect();
    if after_subtotal > 0 && since_heading.len() <= MOST_ROWS_SINCE_HEADING {
        tails.push(since_heading.len());
    }
    if all > since_heading.len() && all <= MOST_ROWS_SINCE_HEADING {
        tails.push(all);
    }
    tails
}

/// The sum of `block`'s rows in each column where the total row has a figure and every
/// row of the block has a figure or a dash (two figures at least), with whether it holds.
/// A column of percentages is summed only to a total of 100%: a percent change or a
/// margin of a total is no sum of the rows'.
fn block_sums(
    claims: &[Claim],
    rows: &[Row],
    columns: &Columns,
    block: &[usize],
    total_row: &Row,
) -> Vec<(ColumnSum, bool)> {
    let mut out = Vec::new();
    for column in 1..total_row.cells.len() {
        let Cell::Figure(total) = total_row.cell(column) else {
            continue;
        };
        let apart = |flags: &[bool]| flags.get(column).copied().unwrap_or(false);
        if apart(&columns.apart) || apart(&columns.points) {
            continue;
        }
        let mut parts = Vec::new();
        let decidable = block.iter().all(|&r| match rows[r].cell(column) {
            Cell::Figure(part) => {
                parts.push(part);
                true
            }
            Cell::Dash => true,
            Cell::Empty | Cell::Text => false,
        });
        if !decidable || parts.len() < 2 {
            continue;
        }
        let percent = |f: Signed| unit(claims, f) == Some(&Unit::Percent);
        let total_is_whole = claims[total.claim]
            .mention
            .quantity()
            .is_some_and(|q| q.value == Decimal::ONE_HUNDRED);
        let percents = parts.iter().filter(|&&p| percent(p)).count();
        let percent_column = columns.percents.get(column).copied().unwrap_or(false);
        let alike = if percent_column || percent(total) {
            total_is_whole && (percent_column || percents == parts.len())
        } else {
            percents == 0 && one_measure(claims, total, &parts)
        };
        if !alike {
            continue;
        }
        let Some(holds) = sum_holds(claims, total, &parts) else {
            continue;
        };
        let sum = ColumnSum {
            total,
            parts,
            unchecked: None,
        };
        out.push((sum, holds));
    }
    out
}

/// Whether the figures of a column measure one thing: amounts in one currency or of one
/// count, bare numbers beside them (`$132,426` above `122,861`), not a heading's `1 Year`
/// above dollars.
fn one_measure(claims: &[Claim], total: Signed, parts: &[Signed]) -> bool {
    let mut units = std::iter::once(total)
        .chain(parts.iter().copied())
        .filter_map(|f| unit(claims, f))
        .filter(|u| **u != Unit::None);
    let Some(first) = units.next() else {
        return true;
    };
    units.all(|u| u.is_comparable_with(first) && first.is_comparable_with(u))
}

/// Headings of the periods a total column adds up: quarters and halves.
const PART_PERIODS: [&str; 10] = [
    "q1",
    "q2",
    "q3",
    "q4",
    "h1",
    "h2",
    "一季度",
    "二季度",
    "三季度",
    "四季度",
];
/// Headings of a column that totals the periods before it.
const WHOLE_PERIODS: [&str; 8] = [
    "fy",
    "full year",
    "year",
    "total",
    "全年",
    "合计",
    "合計",
    "年度",
];
/// Row labels of figures that do not add up over periods: ratios, averages, levels at a
/// period's end.
const NOT_ADDED_OVER_PERIODS: [&str; 12] = [
    "%", "per ", "margin", "rate", "average", "avg", "end", "balance", "率", "均", "末", "余额",
];

/// `| Metric | Q1 2024 | Q2 2024 | Q3 2024 | Q4 2024 | FY2024 |`: a column headed as a
/// year or a total after columns headed as its quarters (halves) is their sum in each
/// row of flows, where that holds in two rows at least and fails in one at most. Rows of
/// ratios and levels (`Gross margin (%)`, `Active riders, quarter-end`) are left out by
/// their labels, and so is a row whose total is its last period's (a level) or far from
/// the sum of its periods (an average): a row a figure or two off is the contradiction.
fn total_columns(text: &str, claims: &[Claim], rows: &[Row], out: &mut Vec<ColumnSum>) {
    let mut headings = rows.iter().take_while(|row| !row.has_figures());
    let Some((parts, total)) = headings.find_map(|row| {
        periods_and_their_total(text, row).or_else(|| columns_and_their_total(text, row))
    }) else {
        return;
    };
    let readings: Vec<(ColumnSum, bool)> = rows
        .iter()
        .filter(|row| !NOT_ADDED_OVER_PERIODS.iter().any(|w| row.label.contains(w)))
        .filter_map(|row| period_sum(claims, row, &parts, total))
        .collect();
    let holding = readings.iter().filter(|(_, holds)| *holds).count();
    if holding >= 2 && readings.len() - holding <= 1 {
        out.extend(readings.into_iter().map(|(sum, _)| sum));
    }
}

/// The columns a heading row heads as periods (`Q1 2024` … `Q4 2024`), all before the
/// one it heads as their total (`FY2024`, `Total`), right after them.
fn periods_and_their_total(text: &str, heading: &Row) -> Option<(Vec<usize>, usize)> {
    let headings: Vec<String> = (heading.cells.iter())
        .map(|(span, _)| text[span.clone()].trim().to_lowercase())
        .collect();
    let is_part = |h: &String| PART_PERIODS.iter().any(|p| h.contains(p));
    let total = (2..headings.len()).find(|&c| {
        WHOLE_PERIODS.iter().any(|w| headings[c].starts_with(w)) && !is_part(&headings[c])
    })?;
    let parts: Vec<usize> = (1..total).filter(|&c| is_part(&headings[c])).collect();
    (parts.len() >= 2 && parts.len() + 1 == total).then_some((parts, total))
}

/// `| Age | Harmon | Calloway | Other | Undecided | Total |`: the columns between the
/// labels and one headed Total (合计), two or more, as its parts. (Read only where the
/// rows confirm it, as a total over periods is: a column of another measure among them,
/// `Base` or `Change`, leaves the sum unheld.)
fn columns_and_their_total(text: &str, heading: &Row) -> Option<(Vec<usize>, usize)> {
    const TOTALS: [&str; 5] = ["total", "合计", "合計", "总计", "總計"];
    let total = (3..heading.cells.len()).find(|&c| {
        let (span, _) = &heading.cells[c];
        let words = text[span.clone()].trim().to_lowercase();
        TOTALS.contains(&words.as_str())
    })?;
    Some(((1..total).collect(), total))
}

/// A row's total over its periods' figures, and whether it holds; none for a level (the
/// total is the last period's) or an average (the total is far from the sum).
fn period_sum(
    claims: &[Claim],
    row: &Row,
    parts: &[usize],
    total: usize,
) -> Option<(ColumnSum, bool)> {
    let Cell::Figure(total) = row.cell(total) else {
        return None;
    };
    let parts: Vec<Signed> = (parts.iter())
        .map(|&c| match row.cell(c) {
            Cell::Figure(part) => Some(part),
            _ => None,
        })
        .collect::<Option<_>>()?;
    let value = |f: Signed| claims[f.claim].mention.quantity().map(|q| q.value);
    let (total_value, last) = (value(total)?, value(*parts.last()?)?);
    let sum = parts
        .iter()
        .try_fold(Decimal::ZERO, |sum, &p| sum.checked_add(value(p)?))?;
    let near = (sum - total_value).abs() * Decimal::TEN <= total_value.abs();
    if total_value == last || !near || !one_measure(claims, total, &parts) {
        return None;
    }
    let holds = sum_holds(claims, total, &parts)?;
    let sum = ColumnSum {
        total,
        parts,
        unchecked: None,
    };
    Some((sum, holds))
}

/// Whether the parts can add up to the total, over the intervals they allow.
fn sum_holds(claims: &[Claim], total: Signed, parts: &[Signed]) -> Option<bool> {
    let sum = parts
        .iter()
        .try_fold(Interval::point(Decimal::ZERO), |sum, &part| {
            sum.add(&interval(claims, part)?)
        })?;
    Some(sum.intersects(&interval(claims, total)?))
}

/// What the heading rows say of each column: its year, or that it is a change.
struct Columns {
    years: Vec<Option<u32>>,
    /// For each column, whether it is a change, and whether a change in percent.
    changes: Vec<Option<bool>>,
    /// Columns whose heading says they hold no amounts that add up (prices, averages,
    /// rates) or figures on another measure (at constant currency, adjusted).
    apart: Vec<bool>,
    /// Columns of percentages however their cells are written (`增长(%)`, `YoY %`,
    /// `Growth`): added up only to a total of 100, as shares.
    percents: Vec<bool>,
    /// Columns in points (`Change (pp)`): differences of percentages, checked against
    /// year columns but never added up.
    points: Vec<bool>,
}

/// Headings of columns of percentages, or of rates of change.
const PERCENTS: [&str; 10] = [
    "%", "percent", "growth", "yoy", "cagr", "return", "vs.", "增长", "增長", "增速",
];

/// Headings of columns that do not add up, or whose changes are not the year columns':
/// `Weighted average exercise price`, `Percent Change | Constant` (currency).
const APART: [&str; 22] = [
    "price",
    "average",
    "per ",
    "rate",
    "ratio",
    "margin",
    "yield",
    "weighted",
    "constant",
    "currency",
    "organic",
    "adjusted",
    "excluding",
    "pro forma",
    "均价",
    "均價",
    "平均",
    "每股",
    "率",
    "汇率",
    "匯率",
    "可比",
];

impl Columns {
    /// Read from the rows without figures above the first row with figures.
    fn of(text: &str, rows: &[Row]) -> Columns {
        let width = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
        let mut columns = Columns {
            years: vec![None; width],
            changes: vec![None; width],
            apart: vec![false; width],
            percents: vec![false; width],
            points: vec![false; width],
        };
        for row in rows.iter().take_while(|row| !row.has_figures()) {
            for (column, (span, _)) in row.cells.iter().enumerate().skip(1) {
                let heading = text[span.clone()].to_lowercase();
                columns.apart[column] |= APART.iter().any(|w| heading.contains(w));
                columns.points[column] |= in_points(&heading);
                columns.percents[column] |= PERCENTS.iter().any(|w| heading.contains(w));
                if let Some(year) = year_of(&heading) {
                    columns.years[column] = Some(year);
                } else if is_change_heading(&heading) {
                    let percent = heading.contains('%')
                        || heading.contains("percent")
                        || heading.contains('幅');
                    columns.changes[column] = Some(percent);
                }
            }
        }
        // `| Load factor (%) | Change |`: a change beside a column of percentages is in
        // points, which add up no more than the percentages do.
        for column in 2..width {
            let change_of_percentages = columns.percents[column - 1]
                && columns.changes[column - 1].is_none()
                && columns.changes[column] == Some(false);
            columns.points[column] |= change_of_percentages;
        }
        columns
    }

    fn is_year(&self, column: usize) -> bool {
        self.years.get(column).copied().flatten().is_some()
    }

    /// The new and the old year column a change column may compare: the year columns on
    /// either side of it (`| 2019 | Change | 2018 |`), the two nearest on its left
    /// (`| 2019 | 2018 | Change | % Change |`), or the two latest years (`| 2019 | 2018 |
    /// 2017 | Variance |`).
    fn pairings(&self, change: usize) -> Vec<(usize, usize)> {
        let left: Vec<usize> = (1..change)
            .rev()
            .filter(|&c| self.is_year(c))
            .take(2)
            .collect();
        let right = (change + 1..self.years.len()).find(|&c| self.is_year(c));
        let mut latest: Vec<usize> = (1..self.years.len()).filter(|&c| self.is_year(c)).collect();
        latest.sort_by_key(|&c| std::cmp::Reverse(self.years[c]));
        let mut pairs = Vec::new();
        if let (Some(&l), Some(r)) = (left.first(), right) {
            pairs.push((l, r));
        }
        if let [a, b] = left[..] {
            pairs.push((a, b));
        }
        if let [a, b, ..] = latest[..] {
            pairs.push((a, b));
        }
        pairs
            .into_iter()
            .filter_map(|(a, b)| {
                let (ya, yb) = (self.years[a]?, self.years[b]?);
                match ya.cmp(&yb) {
                    std::cmp::Ordering::Greater => Some((a, b)),
                    std::cmp::Ordering::Less => Some((b, a)),
                    std::cmp::Ordering::Equal => None,
                }
            })
            .collect()
    }
}

/// A year heading: `2019`, `Fiscal 2019`, `2019年`, `July 27, 2019` (one number of four
/// digits, a day of the month beside it at most).
fn year_of(heading: &str) -> Option<u32> {
    let numbers: Vec<u32> = heading
        .split(|c: char| !c.is_ascii_digit())
        .filter(|n| !n.is_empty() && n.len() <= 4)
        .filter_map(|n| n.parse().ok())
        .collect();
    let (years, days): (Vec<u32>, Vec<u32>) =
        numbers.iter().partition(|&&n| (1900..=2100).contains(&n));
    match (&years[..], &days[..]) {
        ([year], []) => Some(*year),
        ([year], [day]) if (1..=31).contains(day) => Some(*year),
        _ => None,
    }
}

/// A heading of a column in percentage points or basis points (`Change (pp)`, `bps`,
/// `百分点`), or in points of a change (`Change (pts)`; a league's `Points` add up).
fn in_points(heading: &str) -> bool {
    const PERCENTAGE_POINTS: [&str; 6] = ["pp", "ppt", "ppts", "p.p", "bp", "bps"];
    const POINTS: [&str; 3] = ["pt", "pts", "points"];
    let words: Vec<&str> = heading
        .split(|c: char| !c.is_alphanumeric() && c != '.')
        .map(|word| word.trim_matches('.'))
        .collect();
    let says = |list: &[&str]| words.iter().any(|word| list.contains(word));
    heading.contains("百分点")
        || heading.contains("百分點")
        || says(&PERCENTAGE_POINTS)
        || says(&POINTS) && is_change_heading(heading)
}

fn is_change_heading(heading: &str) -> bool {
    const WORDS: [&str; 10] = [
        "change", "chg", "variance", "increase", "decrease", "增减", "增減", "变动", "變動", "同比",
    ];
    WORDS.iter().any(|w| heading.contains(w))
}

/// For each change column, the rows' changes between the year columns it matches in all
/// rows but one at most (and in two at least).
fn change_columns(claims: &[Claim], rows: &[Row], columns: &Columns, out: &mut Vec<Change>) {
    for (column, percent) in columns.changes.iter().enumerate() {
        let Some(percent) = *percent else {
            continue;
        };
        if columns.apart[column] {
            continue;
        }
        let best = columns
            .pairings(column)
            .into_iter()
            .map(|(new, old)| {
                let readings: Vec<(Change, bool)> = rows
                    .iter()
                    .filter_map(|row| row_change(claims, row, (new, old, column), percent))
                    .collect();
                let holding = readings.iter().filter(|(_, holds)| *holds).count();
                (readings, holding)
            })
            .max_by_key(|(_, holding)| *holding);
        if let Some((readings, holding)) = best {
            if holding >= 2 && readings.len() - holding <= 1 {
                out.extend(readings.into_iter().map(|(change, _)| change));
            }
        }
    }
}

/// A row's change from the old year's figure to the new one's, as its change column
/// states it, and whether the figures allow it. The change's values are the claims',
/// without sign: two amounts in parentheses are read (their change has the size of their
/// magnitudes'), one is not; a percent column must hold percentages, and another a
/// percentage or an amount of the years' kind in each cell.
fn row_change(
    claims: &[Claim],
    row: &Row,
    (new, old, stated): (usize, usize, usize),
    percent: bool,
) -> Option<(Change, bool)> {
    let figure = |column: usize| match row.cell(column) {
        Cell::Figure(f) => Some(f),
        _ => None,
    };
    let (new, old, stated) = (figure(new)?, figure(old)?, figure(stated)?);
    let quantity = |f: Signed| claims[f.claim].mention.quantity();
    let (a, b, x) = (quantity(old)?, quantity(new)?, quantity(stated)?);
    let rate = |u: &Unit| matches!(u, Unit::Percent | Unit::PercentagePoint | Unit::BasisPoint);
    let negative = |q: &crate::quantity::Quantity| q.value.is_sign_negative();
    // Two figures in parentheses change as their magnitudes do; one alone changes sign.
    if old.negative != new.negative || negative(a) || negative(b) || rate(&a.unit) || rate(&b.unit)
    {
        return None;
    }
    // `| Dividend cover (times) | 2.38 | 1.98 | +0.40x |`, `| Net debt / EBITDA | 0.9x |
    // 1.6x | −0.7x |`: a multiple that is the difference, below zero or beside multiples
    // is how far a ratio moved, not the multiple of the old value the new one is.
    let moved_by = || {
        b.interval
            .sub(&a.interval)
            .is_some_and(|d| d.intersects(&x.interval))
    };
    if x.unit == Unit::Multiple && (negative(x) || a.unit == Unit::Multiple || moved_by()) {
        return None;
    }
    // Under a heading that says %, a bare number is a percentage too; under a plain
    // "Change", a cell's own % says it (`| Days on market | 34 | 27 | 7 days |` below
    // `| Median price | $487,000 | $472,000 | 3.2% |`).
    let stated_in_percent = percent && x.unit == Unit::None;
    let in_percent = x.unit == Unit::Percent || stated_in_percent;
    if (percent || rate(&x.unit)) && !in_percent {
        return None;
    }
    let computed = if in_percent {
        a.interval.percent_change_to(&b.interval)?
    } else {
        b.interval.sub(&a.interval)?
    };
    // Unsigned, the stated change takes the sign of the computed one, as CL002 reads it.
    let falling = computed.high.is_some_and(|h| h.value.is_sign_negative());
    let stated_interval = if falling && !negative(x) {
        x.interval.scale(Decimal::NEGATIVE_ONE)?
    } else {
        x.interval
    };
    let change = Change {
        from: old.claim,
        to: new.claim,
        stated: Some(stated.claim),
        direction: None,
        multiple_adds_one: false,
        unchecked: None,
        quoted_per_currency: false,
        stated_in_percent,
    };
    Some((change, computed.intersects(&stated_interval)))
}

/// For each column of percentages beside a column of amounts, where one row gives 100%
/// (`| Revenue | $23,406 | 100% |`): each row's amount as its percentage of that row's
/// (`| Cost of goods sold | 12,704 | 54% |`), read where the column holds in every row but
/// one at most (and in two at least), as change columns are.
fn share_columns(claims: &[Claim], rows: &[Row], columns: &Columns, out: &mut Vec<Product>) {
    for column in 2..columns.apart.len() {
        if columns.changes[column].is_some() || columns.apart[column - 1] {
            continue;
        }
        let pair = |row: &Row| match (row.cell(column - 1), row.cell(column)) {
            (Cell::Figure(amount), Cell::Figure(share)) => Some((amount, share)),
            _ => None,
        };
        let Some(whole) = rows
            .iter()
            .filter_map(pair)
            .find(|&(amount, share)| is_the_whole(claims, share) && !is_rate(claims, amount))
        else {
            continue;
        };
        let readings: Vec<(Product, Fit)> = rows
            .iter()
            .filter_map(pair)
            .filter(|&(_, share)| share.claim != whole.1.claim)
            .filter_map(|(amount, share)| share_of(claims, whole.0, (amount, share)))
            .collect();
        let holding = readings
            .iter()
            .filter(|(_, fit)| *fit == Fit::Holds)
            .count();
        if holding >= 2 && readings.len() - holding <= 1 {
            // (A share a tenth off, `9.2%` for 9.13%, was rounded for the column to add up
            // to 100%: left alone.)
            let checked = readings.into_iter().filter(|(_, fit)| *fit != Fit::Near);
            out.extend(checked.map(|(product, _)| product));
        }
    }
}

/// How many rows above a section of percentages its rows' labels are looked for: a
/// table of thousands of rows is read in linear time.
const MOST_ROWS_ABOVE_SHARES: usize = 64;

/// `% Customer Support Revenues by Geography:` above `| Americas | 57.6% | | 57.2% |`: a
/// section of percentages under a heading that opens with `%`, whose rows repeat the
/// labels of rows a total above adds up (`| Americas | $718,209 | … |` …
/// `| Total Customer Support Revenues | 1,247,915 | … |`), gives those rows' shares of
/// that total, column by column; where a column gives every row's share, they add up to
/// 100%. (Each share is not checked against its row's amount: such sections are rounded
/// to add up to 100%, a tenth off in a row or two.)
fn share_sections(claims: &[Claim], rows: &[Row], sums: &[ColumnSum], out: &mut Vec<Shares>) {
    let sum_of: HashMap<usize, &ColumnSum> = sums
        .iter()
        .filter(|sum| sum.unchecked.is_none())
        .flat_map(|sum| sum.parts.iter().map(move |part| (part.claim, sum)))
        .collect();
    for (heading, row) in rows.iter().enumerate() {
        if row.has_figures() || !row.label.starts_with('%') {
            continue;
        }
        // (A long heading may go on in the row below: `% Revenues by` above `Geography:`.)
        let continued = rows[heading + 1..]
            .iter()
            .take(2)
            .take_while(|r| !r.has_figures())
            .count();
        let above = &rows[heading.saturating_sub(MOST_ROWS_ABOVE_SHARES)..heading];
        // Each share with the amount of its row above, and the sum that amount is in.
        let mut columns: BTreeMap<usize, Vec<(Signed, Signed, &ColumnSum)>> = BTreeMap::new();
        let section = rows[heading + 1 + continued..].iter();
        for share_row in section.take_while(|r| r.has_figures()) {
            let label = share_row.label_without_note();
            let Some(amounts) = above.iter().rev().find(|r| r.label_without_note() == label) else {
                continue;
            };
            for column in 1..share_row.cells.len() {
                if let (Cell::Figure(share), Cell::Figure(amount)) =
                    (share_row.cell(column), amounts.cell(column))
                {
                    if let Some(&sum) = sum_of.get(&amount.claim) {
                        columns
                            .entry(column)
                            .or_default()
                            .push((share, amount, sum));
                    }
                }
            }
        }
        out.extend(
            columns
                .values()
                .filter_map(|shares| every_share_of(claims, shares)),
        );
    }
}

/// The shares of one column of a section of percentages, when they are every part's of
/// one total, each a positive percentage.
fn every_share_of(claims: &[Claim], shares: &[(Signed, Signed, &ColumnSum)]) -> Option<Shares> {
    let &(_, _, sum) = shares.first()?;
    let of_one_total = shares.iter().all(|(_, _, s)| s.total == sum.total);
    let every_part = sum.parts.len() == shares.len()
        && sum
            .parts
            .iter()
            .all(|part| shares.iter().any(|(_, amount, _)| amount == part));
    let percentages = shares
        .iter()
        .all(|&(share, _, _)| !share.negative && unit(claims, share) == Some(&Unit::Percent));
    (of_one_total && every_part && percentages).then(|| Shares {
        whole: String::new(),
        shares: shares.iter().map(|(share, _, _)| share.claim).collect(),
        unchecked: None,
        complete: true,
    })
}

/// `100%`, `100.0%`.
fn is_the_whole(claims: &[Claim], figure: Signed) -> bool {
    let quantity = claims[figure.claim].mention.quantity();
    !figure.negative
        && quantity.is_some_and(|q| q.unit == Unit::Percent && q.value == Decimal::ONE_HUNDRED)
}

fn is_rate(claims: &[Claim], figure: Signed) -> bool {
    unit(claims, figure)
        .is_some_and(|u| matches!(u, Unit::Percent | Unit::PercentagePoint | Unit::BasisPoint))
}

/// A row's amount as its share of the whole's amount, and whether the figures allow it.
/// Both or neither in parentheses: `(405) | (2)%` is a deduction of 2% of revenue.
/// How a row's share fits its amount and the whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fit {
    Holds,
    /// Off by no more than one unit of the share's last digit: rounded for the column to
    /// add up.
    Near,
    Off,
}

fn share_of(
    claims: &[Claim],
    whole: Signed,
    (amount, share): (Signed, Signed),
) -> Option<(Product, Fit)> {
    if amount.negative != share.negative || whole.negative || is_rate(claims, amount) {
        return None;
    }
    let quantity = |f: Signed| claims[f.claim].mention.quantity();
    let (share_q, whole_q, amount_q) = (quantity(share)?, quantity(whole)?, quantity(amount)?);
    let percent = share_q.unit == Unit::Percent;
    if !percent || !one_measure(claims, whole, &[amount]) {
        return None;
    }
    let times_whole = |share: &Interval| whole_q.interval.mul(share)?.scale(Decimal::new(1, 2));
    let (low, high) = (share_q.interval.low?.value, share_q.interval.high?.value);
    let unit_wider = Interval::closed(low - (high - low), high + (high - low));
    let holds = |share: &Interval| {
        times_whole(share).is_some_and(|computed| computed.intersects(&amount_q.interval))
    };
    let fit = if holds(&share_q.interval) {
        Fit::Holds
    } else if holds(&unit_wider) {
        Fit::Near
    } else {
        Fit::Off
    };
    let product = Product {
        factors: vec![share.claim, whole.claim],
        result: amount.claim,
        unchecked: None,
    };
    Some((product, fit))
}
