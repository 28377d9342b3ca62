//! The arithmetic of pipe tables: total rows and change columns, read only where the table
//! confirms its own layout.

use claimlint::document::Document;

fn codes(table: &str) -> Vec<&'static str> {
    claimlint::check(&Document::new("t.md", table))
        .iter()
        .map(|d| d.code)
        .collect()
}

/// The relations `claimlint claims` lists for a table, with why each is unchecked.
fn listed(table: &str) -> Vec<(&'static str, Option<&'static str>)> {
    claimlint::analyze(&Document::new("t.md", table))
        .relations
        .listed()
        .into_iter()
        .map(|l| (l.kind, l.unchecked))
        .collect()
}

const REGIONS: &str = "\
| (In thousands) | 2019 | Change | 2018 |
|---|---|---|---|
| Americas | $132,426 | $(19,045) | $151,471 |
| EMEA | 122,861 | (8,982) | 131,843 |
| Asia Pacific | 29,649 | (3,294) | 32,943 |
| Total revenues | 284,936 | (31,321) | 316,257 |
";

#[test]
fn a_total_row_adds_up_the_rows_above_it_with_their_signs() {
    assert_eq!(codes(REGIONS), [] as [&str; 0]);
    let wrong_part = REGIONS.replace(
        "| EMEA | 122,861 | (8,982) |",
        "| EMEA | 122,861 | (9,982) |",
    );
    // The change column's sum and the EMEA row's change both break.
    let mut found = codes(&wrong_part);
    found.sort_unstable();
    assert_eq!(found, ["CL002", "CL004"]);
    let wrong_total = REGIONS.replace(
        "| 284,936 | (31,321) | 316,257 |",
        "| 284,936 | (31,321) | 318,257 |",
    );
    let mut found = codes(&wrong_total);
    found.sort_unstable();
    assert_eq!(found, ["CL002", "CL004"]);
}

#[test]
fn a_subtotal_stands_for_its_rows_in_the_next_total() {
    let table = "\
| (In millions) | 2024 | 2023 |
|---|---|---|
| Cash | $212.4 | $186.9 |
| Receivables | 318.7 | 297.3 |
| Total current assets | 531.1 | 484.2 |
| Property | 874.1 | 802.5 |
| Goodwill | 233.6 | 233.6 |
| Total assets | $1,638.8 | $1,520.3 |
";
    assert_eq!(codes(table), [] as [&str; 0]);
    let wrong = table.replace(
        "| Goodwill | 233.6 | 233.6 |",
        "| Goodwill | 233.6 | 243.6 |",
    );
    assert_eq!(codes(&wrong), ["CL004"]);
}

/// A row above the parts (`Net sales` above the costs their total adds up) is left out.
#[test]
fn rows_above_the_parts_are_left_out() {
    let table = "\
| | 2019 | 2018 |
|---|---|---|
| Net sales | $ 93,662 | $ 103,350 |
| Cost of goods sold | $ 68,367 | $ 74,646 |
| Depreciation expense | 3,146 | 2,846 |
| Total cost of goods sold | $ 71,513 | $ 77,492 |
";
    assert_eq!(codes(table), [] as [&str; 0]);
    let wrong = table.replace("| 3,146 | 2,846 |", "| 3,246 | 2,846 |");
    assert_eq!(codes(&wrong), ["CL004"]);
}

/// A row labelled as deducted (`减：`, `Less:`) is subtracted, in parentheses or not.
#[test]
fn a_deducted_row_is_subtracted() {
    let equity = "\
| 项目 | 期末余额 | 期初余额 |
|---|---:|---:|
| 股本 | 100.00 | 100.00 |
| 资本公积 | 50.00 | 50.00 |
| 减：库存股 | 20.00 | - |
| 未分配利润 | 70.00 | 40.00 |
| 所有者权益合计 | 200.00 | 190.00 |
";
    assert_eq!(codes(equity), [] as [&str; 0]);
    assert_eq!(
        codes(&equity.replace("| 70.00 | 40.00 |", "| 90.00 | 40.00 |")),
        ["CL004"]
    );
    let property = "\
| | 2024 | 2023 |
|---|---|---|
| Buildings | 840 | 800 |
| Equipment | 410 | 380 |
| Less: accumulated depreciation | (350) | (300) |
| Total property, net | 900 | 880 |
";
    assert_eq!(codes(property), [] as [&str; 0]);
}

/// A column of rates however its cells are written (`增长(%)`, `YoY %`) is no sum; a row
/// `of which:` or `其中：` is part of the row above it, not another part of the total.
#[test]
fn rate_columns_and_sub_items_are_not_added() {
    let growth = "\
| 项目 | 2023年 | 2024年 | 增长(%) |
|---|---|---|---|
| 税收收入 | 182.45 | 193.60 | 6.1 |
| 非税收入 | 41.20 | 38.75 | -5.9 |
| 小计 | 223.65 | 232.35 | 3.9 |
";
    assert_eq!(codes(growth), [] as [&str; 0]);
    let yoy = "\
| | Q4 2024 | Q4 2023 | YoY % |
|---|---|---|---|
| Net interest income | 5,120 | 4,710 | 8.7 |
| Noninterest income | 2,310 | 2,390 | -3.3 |
| Total revenue | 7,430 | 7,100 | 4.6 |
";
    assert_eq!(codes(yoy), [] as [&str; 0]);
    let of_which = "\
| | 2024 | 2023 |
|---|---|---|
| Recurring | 6,140 | 5,310 |
| of which: Nimbus Data (acquired) | 212 | — |
| Non-recurring | 3,789 | 3,634 |
| Total | 9,929 | 8,944 |
";
    assert_eq!(codes(of_which), [] as [&str; 0]);
    assert_eq!(
        codes(&of_which.replace("| 3,789 | 3,634 |", "| 3,989 | 3,634 |")),
        ["CL004"]
    );
}

/// Probe 124 (an airline's traffic): changes of a load factor, in points, are no parts
/// of the total's change, whether the heading says points or only sits beside a column
/// of percentages.
#[test]
fn changes_in_points_are_not_added() {
    let table = |heading: &str| {
        format!(
            "\
| Q3 2025 | Flights | Passengers (m) | Change (%) | Load factor (%) | {heading} |
|---|---:|---:|---:|---:|---:|
| Domestic | 61,240 | 7.1 | +2.9 | 80.2 | +0.2 |
| International | 30,115 | 5.3 | +12.8 | 86.0 | +1.7 |
| Total | 91,355 | 12.4 | +6.9 | 84.1 | +1.3 |
"
        )
    };
    for heading in ["Change (pp)", "Change (pts)", "Change", "变动（百分点）"] {
        assert_eq!(codes(&table(heading)), [] as [&str; 0], "{heading}");
    }
    assert_eq!(
        codes(&table("Change (pp)").replace("| 12.4 |", "| 12.9 |")),
        ["CL004"]
    );
    // A league's points are no change in points: they add up.
    let league = "\
| Venue | Played | Won | Goals for | Points |
|---|---:|---:|---:|---:|
| Home | 19 | 14 | 41 | 45 |
| Away | 19 | 8 | 27 | 30 |
| Total | 38 | 22 | 68 | 78 |
";
    assert_eq!(codes(league), ["CL004"]);
}

/// Rows that add up in no column are not the total's parts: nothing is checked, and
/// `claims` says why.
#[test]
fn rows_that_add_up_nowhere_are_no_breakdown() {
    let table = "\
| | 2024 | 2023 |
|---|---|---|
| Revenue | 900 | 800 |
| Cost of sales | 500 | 450 |
| Total gross profit | 400 | 350 |
";
    assert_eq!(codes(table), [] as [&str; 0]);
    let unchecked: Vec<_> = listed(table)
        .into_iter()
        .filter(|(kind, _)| *kind == "total row of a table")
        .collect();
    assert_eq!(unchecked.len(), 2);
    assert!(unchecked.iter().all(|(_, why)| why.is_some()));
}

/// A row that repeats the heading its rows stand under is their total (footnote digits
/// aside), and a `%Chg` column is a percent change.
#[test]
fn a_row_repeating_its_heading_totals_the_rows_under_it() {
    let table = "\
| (In millions of dollars) | 2018 1 | 2017 1 | %Chg |
|---|---|---|---|
| Revenue |  |  |  |
| Wireless | 9,200 | 8,569 | 7 |
| Cable | 3,932 | 3,894 | 1 |
| Corporate items and intercompany eliminations 2 | (204) | (247) | (17) |
| Revenue | 12,928 | 12,216 | 6 |
| Total service revenue 2 | 10,974 | 10,550 | 4 |
";
    assert_eq!(codes(table), [] as [&str; 0]);
    let wrong_part = table.replace("| 3,932 | 3,894 | 1 |", "| 3,952 | 3,894 | 1 |");
    assert_eq!(codes(&wrong_part), ["CL004"]);
    let wrong_change = table.replace("| 9,200 | 8,569 | 7 |", "| 9,200 | 8,569 | 9 |");
    assert_eq!(codes(&wrong_change), ["CL002"]);
}

/// A total under several headed sections adds up every row of them, when no section
/// alone adds up to it.
#[test]
fn a_total_under_sections_adds_up_all_their_rows() {
    let table = "\
| December 31 | 2019 | 2018 |
|---|---|---|
| Equity securities |  |  |
| Canadian | 1,017 | 844 |
| Foreign | 4,534 | 3,770 |
| Debt securities |  |  |
| Canadian | 13,216 | 12,457 |
| Money market | 219 | 327 |
| Total | 18,986 | 17,398 |
";
    assert_eq!(codes(table), [] as [&str; 0]);
    let wrong = table.replace("| 4,534 | 3,770 |", "| 4,584 | 3,770 |");
    assert_eq!(codes(&wrong), ["CL004"]);
}

/// A column of percentages beside amounts, with 100% on one row, gives each row's share
/// of that row's amount; one that holds in no more than one row is no such column, and a
/// share one unit of its last digit off is rounded for the column to add up.
#[test]
fn a_percent_of_the_whole_column_is_each_rows_share() {
    let table = "\
| For the year ended | 2019 | 2019 | 2018 | 2018 |
|---|---|---|---|---|
| Revenue | $23,406 | 100% | $30,391 | 100% |
| Cost of goods sold | 12,704 | 54% | 12,500 | 41% |
| Gross margin | 10,702 | 46% | 17,891 | 59% |
| Research and development | 2,441 | 10% | 2,141 | 7% |
| Interest income (expense), net | (77) | (0.3)% | (222) | (1)% |
";
    assert_eq!(codes(table), [] as [&str; 0]);
    let wrong = table.replace("| 12,704 | 54% |", "| 12,704 | 57% |");
    assert_eq!(codes(&wrong), ["CL005"]);
    // One unit off (54.28% written 55%) is rounding for the column to add up to 100%.
    let rounded = table.replace("| 12,704 | 54% |", "| 12,704 | 55% |");
    assert_eq!(codes(&rounded), [] as [&str; 0]);
    let changes = "\
| | 2019 | Change | 2018 |
|---|---|---|---|
| Licences | 400 | 100% | 200 |
| Services | 330 | 10% | 300 |
| Hardware | 90 | -10% | 100 |
";
    assert_eq!(codes(changes), [] as [&str; 0]);
    assert!(listed(changes).iter().all(|(kind, _)| *kind != "product"));
}

/// A roll-forward's end is its start and the movements; an asset's net value is its gross
/// less the deduction right above it; a subtotal stands for its rows.
#[test]
fn balances_net_values_and_subtotals_are_totals() {
    let roll_forward = "\
| Accumulated depreciation (in thousands) | 2019 | 2018 |
|---|---|---|
| Balance at beginning of year | $329,531 | $298,416 |
| Depreciation and amortization expense | 45,219 | 41,873 |
| Retirements and disposals | (12,688) | (9,512) |
| Foreign currency translation | 407 | (1,246) |
| Balance at end of year | $362,469 | $329,531 |
";
    assert_eq!(codes(roll_forward), [] as [&str; 0]);
    let wrong = roll_forward.replace("| 45,219 |", "| 45,249 |");
    assert_eq!(codes(&wrong), ["CL004"]);
    let options = "\
| | Options, 2019 | Options, 2018 | Weighted average exercise price, 2019 |
|---|---|---|---|
| Outstanding at January 1 | 1,200 | 1,100 | $25.10 |
| Granted | 300 | 250 | 31.00 |
| Exercised | (200) | (120) | 20.50 |
| Forfeited | (50) | (30) | 28.00 |
| Outstanding at December 31 | 1,250 | 1,200 | 27.15 |
";
    assert_eq!(codes(options), [] as [&str; 0]);
    let wrong = options.replace("| 1,250 |", "| 1,280 |");
    assert_eq!(codes(&wrong), ["CL004"]);
    let net = "\
| | 2019 | 2018 |
|---|---|---|
| Land | $18,450 | $18,450 |
| Buildings | 214,386 | 198,127 |
| Machinery and equipment | 356,912 | 331,504 |
| Property and equipment, gross | 589,748 | 548,081 |
| Less: accumulated depreciation | (262,469) | (229,531) |
| Property and equipment, net | $327,279 | $318,550 |
";
    assert_eq!(codes(net), [] as [&str; 0]);
    let wrong = net.replace("| $327,279 |", "| $327,579 |");
    assert_eq!(codes(&wrong), ["CL004"]);
    let subtotal = "\
| | 2019 | 2018 |
|---|---|---|
| Salaries | $8,471 | $5,823 |
| Professional fees | 850 | 362 |
| Subtotal | 9,321 | 6,185 |
| Stock-based compensation | 2,260 | 2,520 |
| Total operating expense | $11,581 | $8,705 |
";
    assert_eq!(codes(subtotal), [] as [&str; 0]);
    let wrong = subtotal.replace("| 9,321 |", "| 9,351 |");
    // (The subtotal then contradicts its rows, and the total the subtotal's.)
    assert_eq!(codes(&wrong), ["CL004", "CL004"]);
}

/// Prices, averages and percentages other than shares of 100% are not summed.
#[test]
fn columns_that_do_not_add_up_are_left_alone() {
    let table = "\
| | Shares | Weighted average price | % of total | Growth % |
|---|---|---|---|---|
| Plan A | 1,200 | $14.20 | 40.0% | 5.0% |
| Plan B | 1,800 | $16.40 | 60.0% | 7.0% |
| Total | 3,000 | $15.52 | 100.0% | 6.2% |
";
    assert_eq!(codes(table), [] as [&str; 0]);
    let wrong = table.replace("| 60.0% |", "| 70.0% |");
    assert_eq!(codes(&wrong), ["CL004"]);
}

#[test]
fn a_change_column_compares_the_year_columns_it_matches() {
    let table = "\
| (In thousands) | 2024 | 2023 | $ Change | % Change |
|---|---|---|---|---|
| Products | $412,380 | $371,950 | $40,430 | 10.9% |
| Instruments | 188,215 | 176,402 | 11,813 | 6.7% |
| Services | 96,044 | 96,310 | (266) | (0.3)% |
| Total | $696,639 | $644,662 | $51,977 | 8.1% |
";
    assert_eq!(codes(table), [] as [&str; 0]);
    let wrong_rate = table.replace("| 11,813 | 6.7% |", "| 11,813 | 7.6% |");
    assert_eq!(codes(&wrong_rate), ["CL002"]);
    // Between the years on either side of it, or the latest two of three.
    let between = "\
| | 2019 | Change | 2018 |
|---|---|---|---|
| Net cash from operations | $223,630 | $66,080 | $283,710 |
| Net cash used in investing | (692,999) | (618,400) | (74,599) |
| Net cash from financing | 368,120 | 360,855 | 7,265 |
";
    assert_eq!(codes(between), ["CL002"]);
    let latest = "\
| | July 27, 2019 | July 28, 2018 | July 29, 2017 | Variance in Dollars | Variance in Percent |
|---|---|---|---|---|---|
| Research | $ 6,577 | $ 6,332 | $6,059 | $245 | 8% |
| Sales | 9,571 | 9,242 | 9,184 | 329 | 4% |
| Administration | 1,827 | 2,144 | 1,993 | (317) | -15% |
";
    assert_eq!(codes(latest), ["CL002"]);
}

/// Under a heading that says % (`本年比上年增减(%)`, `% Change`), bare numbers are
/// percentages, as annual reports print them.
#[test]
fn a_percent_heading_makes_its_bare_numbers_percentages() {
    let table = "\
| 项目 | 2024年 | 2023年 | 本年比上年增减(%) |
|---|---|---|---|
| 营业收入（亿元） | 486.25 | 432.18 | 12.51 |
| 归属于上市公司股东的净利润（亿元） | 38.64 | 33.05 | 16.91 |
| 扣非净利润（亿元） | 35.17 | 30.88 | 13.89 |
| 基本每股收益（元/股） | 1.52 | 1.30 | 16.92 |
";
    assert_eq!(codes(table), [] as [&str; 0]);
    assert_eq!(codes(&table.replace("| 13.89 |", "| 13.98 |")), ["CL002"]);
    let english = "\
| ($ millions) | 2024 | 2023 | % Change |
|---|---|---|---|
| Products | 412 | 372 | 10.8 |
| Services | 96 | 88 | 9.1 |
| Licensing | 203 | 188 | 9.0 |
";
    assert_eq!(codes(english), ["CL002"]);
    assert_eq!(
        codes(&english.replace("| 9.0 |", "| 8.0 |")),
        [] as [&str; 0]
    );
}

/// Probe 123: a column headed Total after two or more columns is their sum in each row,
/// read where every row but one confirms it; a column of another measure among them
/// leaves it unread.
#[test]
fn a_total_column_adds_up_the_columns_before_it() {
    let table = "\
| Region | Cars | Trucks | Buses | Total |
|---|---|---|---|---|
| North | 1,240 | 310 | 45 | 1,595 |
| South | 980 | 275 | 38 | 1,293 |
| West | 1,105 | 402 | 51 | 1,558 |
";
    assert_eq!(codes(table), [] as [&str; 0]);
    assert_eq!(codes(&table.replace("| 1,293 |", "| 1,393 |")), ["CL004"]);
    let other_measure = "\
| Region | Cars | Change | Total |
|---|---|---|---|
| North | 1,240 | 5% | 1,595 |
| South | 980 | 3% | 1,293 |
";
    assert_eq!(codes(other_measure), [] as [&str; 0]);
}

/// Probe 119: a multiple in a change column that is the difference (`+0.40x` beside
/// 2.38 and 1.98), below zero or beside multiples is how far a ratio moved, not a
/// multiple of the old value; the rows of amounts around it are still checked.
#[test]
fn a_ratio_moved_by_a_multiple_is_no_multiple() {
    let table = "\
| Measure | 2024 | 2023 | Change |
|---|---|---|---|
| Revenue ($m) | 1,250 | 1,000 | 25.0% |
| Operating profit ($m) | 300 | 250 | 20.0% |
| Net profit ($m) | 210 | 175 | 20.0% |
| Dividend cover (times) | 2.38 | 1.98 | +0.40x |
| Net debt / EBITDA | 0.9x | 1.6x | −0.7x |
";
    assert_eq!(codes(table), [] as [&str; 0]);
    assert_eq!(
        codes(&table.replacen("| 20.0% |", "| 25.0% |", 1)),
        ["CL002"]
    );
}

/// A change column that misses in two rows, or whose heading names another measure
/// (constant currency), is not read as the change between its year columns.
#[test]
fn a_change_column_the_table_does_not_confirm_is_left_alone() {
    let constant = "\
| | | | Percent Change | |
|---|---|---|---|---|
| (Dollars in millions) | 2019 | Actual | Constant | 2018 |
| Developed technology | $857 | 13% | 14% | $758 |
| Cloud services | 712 | -3% | -3% | 731 |
| Other | 120 | -9% | -9% | 131 |
| Total amortization | $1,689 | 4% | 4% | $1,620 |
";
    assert_eq!(codes(constant), [] as [&str; 0]);
    let two_misses = "\
| | 2024 | 2023 | Change |
|---|---|---|---|
| A | 110 | 100 | 10 |
| B | 220 | 200 | 30 |
| C | 330 | 300 | 40 |
| D | 440 | 400 | 40 |
";
    assert_eq!(codes(two_misses), [] as [&str; 0]);
}

/// Under a plain "Change" heading, each cell says whether it is a percent change (`3.2%`)
/// or a change by an amount (`7 days`), as market summaries mix them.
#[test]
fn a_change_column_may_mix_percentages_and_amounts() {
    let housing = "\
| Measure | October 2026 | October 2025 | Change |
|---|---|---|---|
| Median price | $487,000 | $472,000 | 3.2% |
| Closed sales | 3,410 | 3,628 | -6.0% |
| Active listings | 9,870 | 8,364 | 18.0% |
| Days on market | 34 | 27 | 7 days |
";
    assert_eq!(codes(housing), [] as [&str; 0]);
    assert_eq!(codes(&housing.replace("| -6.0% |", "| -8.0% |")), ["CL002"]);
    assert_eq!(
        codes(&housing.replace("| 7 days |", "| 9 days |")),
        ["CL002"]
    );
}

/// TAT-QA's revenue tables (OpenText): a section of percentages under a `%` heading,
/// whose rows repeat the labels of every row the total adds up, gives their shares of it,
/// which add up to 100% in each column: rounded so, a share may be a tenth off its row's
/// amount divided by the total (9.2% of 235,316 is 21,649, not 21,475), and only the sum
/// is checked.
#[test]
fn a_section_of_shares_by_geography_adds_up_to_100() {
    let table = "\
| (In thousands) | 2019 | Change | 2017 |
|---|---|---|---|
| Revenues: |  |  |  |
| Americas | $132,426 | $20,827 | $111,599 |
| EMEA | 122,861 | 20,619 | 102,242 |
| Asia Pacific | 29,649 | 8,174 | 21,475 |
| Total Revenues | 284,936 | 49,620 | 235,316 |
| % Revenues by |  |  |  |
| Geography: |  |  |  |
| Americas | 46.5% |  | 47.4% |
| EMEA | 43.1% |  | 43.4% |
| Asia Pacific | 10.4% |  | 9.2% |
";
    assert_eq!(codes(table), [] as [&str; 0]);
    let shares = listed(table)
        .iter()
        .filter(|&&l| l == ("shares of one whole", None))
        .count();
    assert_eq!(shares, 2);
    for wrong in [
        "| Americas | 46.5% |  | 47.7% |",
        "| Americas | 46.5% |  | 47.1% |",
    ] {
        let table = table.replace("| Americas | 46.5% |  | 47.4% |", wrong);
        assert_eq!(codes(&table), ["CL004"], "{wrong}");
    }
    // Without a row's share, the others add up to less.
    let partial = table.replace("| Asia Pacific | 10.4% |  | 9.2% |\n", "");
    assert_eq!(codes(&partial), [] as [&str; 0]);
}

/// TAT-QA (Oracle): the heading of a section may stand in the second cell, and a label
/// may carry a footnote's number in parentheses (`Americas (1)`), which is no part of
/// the label the shares repeat.
#[test]
fn a_section_of_shares_under_a_heading_in_the_second_cell() {
    let table = "\
| (Dollars in millions) | 2019 | Actual | 2018 |
|---|---|---|---|
|  | Revenues: |  |  |
| Americas (1) | $18,410 | 2% | $18,030 |
| EMEA (1) | 9,168 | 0% | 9,163 |
| Asia Pacific (1) | 5,004 | 3% | 4,848 |
| Total revenues (1) | 32,582 | 2% | 32,041 |
|  | % Revenues by Geography: |  |  |
| Americas | 57% |  | 56% |
| EMEA | 28% |  | 29% |
| Asia Pacific | 15% |  | 15% |
";
    assert_eq!(codes(table), [] as [&str; 0]);
    let wrong = table.replace("| EMEA | 28% |  | 29% |", "| EMEA | 28% |  | 27% |");
    assert_eq!(codes(&wrong), ["CL004"]);
}

/// TAT-QA (long-lived assets by country) and probe 106 (income by jurisdiction): the
/// last row of a table without a total row is the total of the rows since its heading
/// where they add up to it in some column, to a hundred or more; small numbers may add
/// up by chance.
#[test]
fn the_last_row_of_a_table_without_a_total_may_be_one() {
    let table = "\
| (In thousands) | 2019 | 2018 |
|---|---|---|
| United States | $84,316 | $71,902 |
| Foreign | 38,487 | 42,615 |
| Income before income taxes | $122,803 | $114,517 |
";
    assert_eq!(codes(table), [] as [&str; 0]);
    let wrong = table.replace(
        "| Foreign | 38,487 | 42,615 |",
        "| Foreign | 38,487 | 42,645 |",
    );
    assert_eq!(codes(&wrong), ["CL004"]);
    let small = "\
| Sites | 2019 | 2018 |
|---|---|---|
| Plants | 10 | 20 |
| Depots | 5 | 5 |
| Offices opened | 15 | 10 |
";
    assert_eq!(codes(small), [] as [&str; 0]);
    assert!(listed(small)
        .iter()
        .all(|(kind, _)| *kind != "total row of a table"));
}

/// Probe 111 (a quarterly KPI report): a column headed as the year or a total after its
/// quarters is their sum in each row of flows; rows of ratios, averages and levels at a
/// quarter's end are left out.
#[test]
fn a_year_column_adds_up_its_quarters() {
    let table = "\
| Metric | Q1 2024 | Q2 2024 | Q3 2024 | Q4 2024 | FY2024 |
|---|---:|---:|---:|---:|---:|
| Revenue ($M) | 48.2 | 53.7 | 57.9 | 61.4 | 221.2 |
| Gross profit ($M) | 17.4 | 20.1 | 22.6 | 24.5 | 84.6 |
| New sign-ups (k) | 212 | 248 | 231 | 274 | 965 |
| Active riders, quarter-end (k) | 1,184 | 1,262 | 1,319 | 1,406 | 1,406 |
| Employees | 310 | 322 | 340 | 351 | 351 |
| Revenue per ride ($) | 4.90 | 4.87 | 4.88 | 4.99 | 4.91 |
| Gross margin (%) | 36.1 | 37.4 | 39.0 | 39.9 | 38.2 |
";
    assert_eq!(codes(table), [] as [&str; 0]);
    let wrong = table.replace("| 48.2 | 53.7 | 57.9 |", "| 48.2 | 53.0 | 57.9 |");
    assert_eq!(codes(&wrong), ["CL004"]);
    // The quarters may be headed in a second heading row, their total as the year.
    let second = "\
|  | 2024 |  |  |  |  |
|---|---|---|---|---|---|
| (In millions) | Q1 | Q2 | Q3 | Q4 | Year |
| Revenue | 48.2 | 53.7 | 57.9 | 61.4 | 221.2 |
| Gross profit | 17.4 | 20.1 | 22.6 | 24.5 | 84.6 |
| Operating income | 5.0 | 6.1 | 7.2 | 8.3 | 26.6 |
";
    assert_eq!(codes(second), [] as [&str; 0]);
    let wrong = second.replace("| 17.4 | 20.1 |", "| 17.4 | 21.1 |");
    assert_eq!(codes(&wrong), ["CL004"]);
}

/// Probe 113 (an A-share annual report): the effects of tax and of minority interests on
/// non-recurring items are both subtracted, the second without a `减：` of its own.
#[test]
fn non_recurring_items_less_their_tax_and_minority_effects() {
    let table = "\
| 非经常性损益项目 | 2024年金额 | 2023年金额 | 2022年金额 |
| --- | ---: | ---: | ---: |
| 非流动性资产处置损益 | 105,031.01 | 2,330,166.96 | 1,508,919.21 |
| 计入当期损益的政府补助 | 16,276,208.81 | 15,840,895.13 | 12,007,999.74 |
| 公允价值变动损益 | 5,717,099.48 | -2,373,624.70 | 1,942,200.80 |
| 单独进行减值测试的应收款项减值准备转回 | 1,276,624.46 | — | 1,207,321.94 |
| 除上述各项之外的其他营业外收入和支出 | -968,970.67 | -240,885.94 | -1,668,267.37 |
| 减：所得税影响额 | 3,483,675.94 | 2,309,873.37 | 2,210,401.92 |
| 少数股东权益影响额（税后） | 202,098.46 | 314,969.00 | — |
| 合计 | 18,720,218.69 | 12,931,709.08 | 12,787,772.40 |
";
    assert_eq!(codes(table), [] as [&str; 0]);
    let wrong = table.replace("| 202,098.46 |", "| 208,098.46 |");
    assert_eq!(codes(&wrong), ["CL004"]);
}
