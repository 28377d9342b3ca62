//! `claimlint check` on the fixtures: which rule fires where, the rendered output as
//! reviewed snapshots, and the clean real articles staying clean.

use claimlint::diagnostic::Diagnostic;
use claimlint::document::Document;
use claimlint::render::human::{render_with, Options};
use claimlint::render::{human, json, report, Format, Report};
use clap::ValueEnum;
use std::path::Path;
use unicode_width::UnicodeWidthStr;

fn check(path: &str) -> (Document, Vec<Diagnostic>) {
    let document = Document::read(Path::new(path)).unwrap();
    let diagnostics = claimlint::check(&document);
    (document, diagnostics)
}

fn codes(path: &str) -> Vec<&'static str> {
    check(path).1.iter().map(|d| d.code).collect()
}

/// The codes of the findings in a small text.
fn codes_in(text: impl Into<String>) -> Vec<&'static str> {
    claimlint::check(&Document::new("a.txt", text))
        .iter()
        .map(|d| d.code)
        .collect()
}

/// Each of the small texts has no finding.
fn assert_silent(texts: &[&str]) {
    for &text in texts {
        assert_eq!(codes_in(text), [] as [&str; 0], "{text}");
    }
}

/// The message of the one finding in a small text.
#[track_caller]
fn only_message(text: &str) -> String {
    let found = claimlint::check(&Document::new("a.txt", text));
    assert_eq!(found.len(), 1, "{text}");
    found[0].message.clone()
}

/// A sentence with a figure put in: no finding with the right one, one finding of `code`
/// with the wrong one.
#[track_caller]
fn assert_right_and_wrong(sentence: impl Fn(&str) -> String, right: &str, wrong: &str, code: &str) {
    assert_silent(&[&sentence(right)]);
    let wrong = sentence(wrong);
    assert_eq!(codes_in(wrong.as_str()), [code], "{wrong}");
}

/// Each mutated fixture changes one figure of a clean article; exactly the rule for that
/// change fires, once, besides the findings of the article it was made from.
#[test]
fn each_mutation_fires_its_rule_once() {
    let seed = codes("fixtures/zh/seed.txt");
    let cases: [(&str, &[&str], &str); 26] = [
        ("fixtures/zh/seed_restated_eps.txt", &seed, "CL001"),
        ("fixtures/zh/seed_percent_change.txt", &seed, "CL002"),
        ("fixtures/zh/seed_direction.txt", &seed, "CL003"),
        ("fixtures/zh/seed_unit.txt", &seed, "CL007"),
        ("fixtures/zh/restated_conflict.txt", &[], "CL001"),
        ("fixtures/zh/percent_change_mismatch.txt", &[], "CL002"),
        ("fixtures/zh/direction_mismatch.txt", &[], "CL003"),
        ("fixtures/zh/unit_mismatch.txt", &[], "CL007"),
        ("fixtures/en/restated_eps_conflict.txt", &[], "CL001"),
        ("fixtures/en/percent_change_mismatch.txt", &[], "CL002"),
        ("fixtures/en/direction_mismatch.txt", &[], "CL003"),
        ("fixtures/en/unit_mismatch.txt", &[], "CL007"),
        ("fixtures/en/first_half_derived_mismatch.txt", &[], "CL002"),
        ("fixtures/en/offering_product_mismatch.txt", &[], "CL005"),
        ("fixtures/en/parts_total_mismatch.txt", &[], "CL004"),
        ("fixtures/en/derived_chain_mismatch.txt", &[], "CL002"),
        ("fixtures/en/shares_mismatch.txt", &[], "CL004"),
        ("fixtures/zh/shares_mismatch.txt", &[], "CL004"),
        ("fixtures/en/table_change_mismatch.md", &[], "CL002"),
        ("fixtures/en/table_total_mismatch.md", &[], "CL004"),
        ("fixtures/en/headline_restated_mismatch.txt", &[], "CL001"),
        ("fixtures/en/clean_housing_starts.txt", &[], ""),
        ("fixtures/en/clean_shipments.txt", &[], ""),
        ("fixtures/zh/clean_earnings.txt", &[], ""),
        ("fixtures/en/clean_earnings.txt", &[], ""),
        ("fixtures/en/clean_offering.txt", &[], ""),
    ];
    let mut failures = Vec::new();
    for (path, base, code) in cases {
        let mut expected: Vec<&str> = base.to_vec();
        expected.extend((!code.is_empty()).then_some(code));
        expected.sort_unstable();
        let mut got = codes(path);
        got.sort_unstable();
        if got != expected {
            failures.push(format!("{path}: expected {expected:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Real articles (CC-licensed copies from ../shared/corpus) and the clean wire-style
/// fixtures: a finding here would be a false alarm.
#[test]
fn clean_articles_have_no_findings() {
    let mut paths: Vec<String> = Vec::new();
    for dir in ["fixtures/corpus/en", "fixtures/corpus/zh"] {
        for entry in std::fs::read_dir(dir).unwrap() {
            paths.push(entry.unwrap().path().display().to_string());
        }
    }
    paths.extend(
        [
            "fixtures/en/clean_deliveries.txt",
            "fixtures/en/clean_offering.txt",
            "fixtures/en/clean_traps.txt",
            "fixtures/en/clean_earnings_release.md",
            "fixtures/en/clean_benchmark_report.md",
            "fixtures/zh/clean_traps.txt",
            "fixtures/zh/clean_annual_report.txt",
            "fixtures/zh/clean_statistics_bulletin.txt",
            "fixtures/zh/clean_private_placement.txt",
            "fixtures/zh/clean_household_registry.txt",
            "fixtures/zh/clean_city_bulletin.txt",
            "fixtures/en/clean_stake_filing.txt",
            "fixtures/en/clean_segment_table.md",
            "fixtures/en/clean_balance_table.md",
        ]
        .map(String::from),
    );
    let noisy: Vec<String> = paths
        .iter()
        .filter_map(|p| {
            let (document, diagnostics) = check(p);
            (!diagnostics.is_empty()).then(|| human::concise(&[(&document, diagnostics)]))
        })
        .collect();
    assert!(noisy.is_empty(), "\n{}", noisy.join("\n"));
}

/// The seed's three contradictions, each with its arithmetic, and nothing else: not the
/// two tellings of Goldman's EPS revision, the $275 target stated three times, 250 → 400
/// (60%), 收跌3.32% vs 狂飙10.09%, Dojo's two investments, the S&P 500 daily vs year to
/// date, FCF for two fiscal years, GDPNow now vs a week earlier, Instacart now vs 2021,
/// nor the consistent products (2200万股 × 30美元, 30万片 × 1万美元, 1TB = 1024GB).
#[test]
fn the_seed_has_exactly_its_three_contradictions() {
    let (_, diagnostics) = check("fixtures/zh/seed.txt");
    let found: Vec<(&str, &str)> = diagnostics
        .iter()
        .map(|d| (d.code, d.notes[0].as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("CL002", "Q1 = 11315辆 − 9535辆 = 1780辆"),
            (
                "CL006",
                "`100亿` = 10000000000; exa = 10^18 = 1000000000000000000"
            ),
            ("CL005", "六个 × 25块 = 150个"),
        ]
    );
    assert_eq!(
        diagnostics[0].notes[1],
        "(9535辆 − 1780辆) / 1780辆 = +435.7%"
    );
}

/// Correcting a contradiction of the seed removes exactly its finding.
#[test]
fn corrected_seed_figures_are_silent() {
    let seed = std::fs::read_to_string("fixtures/zh/seed.txt").unwrap();
    for (before, after, gone) in [
        ("集成了300个芯片", "集成了150个芯片", "CL005"),
        ("每秒100亿一次运算,", "每秒", "CL006"),
        ("增长了500%以上", "增长了400%以上", "CL002"),
    ] {
        assert!(seed.contains(before), "{before}");
        let document = Document::new("seed.txt", seed.replacen(before, after, 1));
        let got: Vec<&str> = claimlint::check(&document).iter().map(|d| d.code).collect();
        assert!(
            !got.contains(&gone) && got.len() == 2,
            "{before} → {after}: {got:?}"
        );
    }
}

/// Human output is reviewed per fixture; JSON follows DESIGN.md.
#[test]
fn rendered_findings() {
    insta::glob!("../fixtures", "{en,zh}/*.txt", |path| {
        let (document, diagnostics) = check(path.to_str().unwrap());
        if diagnostics.is_empty() {
            return;
        }
        let mut document = document;
        document.path = path
            .strip_prefix(env!("CARGO_MANIFEST_DIR"))
            .unwrap_or(path)
            .display()
            .to_string();
        let files = [(&document, diagnostics)];
        insta::assert_snapshot!("human", human::render(&files, false));
        insta::assert_snapshot!("json", json::render(&files));
    });
}

/// A Chinese and an English fixture, given out of path order (output must sort them).
fn two_fixtures() -> [(Document, Vec<Diagnostic>); 2] {
    [
        check("fixtures/zh/seed.txt"),
        check("fixtures/en/percent_change_mismatch.txt"),
    ]
}

fn report_of(files: &[(Document, Vec<Diagnostic>)], report_options: Report) -> String {
    let files: Vec<(&Document, Vec<Diagnostic>)> =
        files.iter().map(|(d, diags)| (d, diags.clone())).collect();
    report(&files, &report_options)
}

fn plain(format: Format) -> Report {
    Report {
        format,
        color: false,
        quiet: false,
        statistics: false,
    }
}

/// Every format of `check --format` on the same findings, reviewed. Human and JSON
/// output of every fixture are in `rendered_findings`.
#[test]
fn every_format_is_snapshotted() {
    let files = two_fixtures();
    for &format in Format::value_variants() {
        if matches!(format, Format::Human | Format::Json) {
            continue;
        }
        let name = format.to_possible_value().unwrap().get_name().to_string();
        let mut out = report_of(&files, plain(format));
        if format == Format::Sarif {
            out = without_rule_documentation(&out);
        }
        insta::assert_snapshot!(format!("format_{name}"), out);
    }
    let quiet = Report {
        quiet: true,
        ..plain(Format::Concise)
    };
    insta::assert_snapshot!("format_concise_quiet", report_of(&files, quiet));
    let statistics = Report {
        statistics: true,
        ..plain(Format::Human)
    };
    insta::assert_snapshot!("statistics", report_of(&files, statistics));
}

/// The SARIF log with each rule's summary and documentation checked against the
/// registry and left out, so that editing a rule's doc comment does not change the
/// snapshot of every format.
fn without_rule_documentation(sarif: &str) -> String {
    let mut log: serde_json::Value = serde_json::from_str(sarif).unwrap();
    let rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array_mut()
        .unwrap();
    assert_eq!(rules.len(), claimlint::rules::RULES.len());
    for (rule, meta) in rules.iter_mut().zip(claimlint::rules::RULES) {
        assert_eq!(rule["id"], meta.code);
        assert_eq!(rule["shortDescription"]["text"], meta.summary);
        let documentation = meta.documentation();
        assert!(documentation.contains("## What it finds"));
        assert_eq!(rule["help"]["text"], documentation);
        assert_eq!(rule["help"]["markdown"], documentation);
        let rule = rule.as_object_mut().unwrap();
        rule.remove("shortDescription");
        rule.remove("help");
    }
    serde_json::to_string_pretty(&log).unwrap()
}

/// Machine formats are the same bytes whatever order the files come in.
#[test]
fn machine_formats_do_not_depend_on_input_order() {
    let files = two_fixtures();
    let [a, b] = two_fixtures();
    let reversed = [b, a];
    for &format in Format::value_variants() {
        assert_eq!(
            report_of(&files, plain(format)),
            report_of(&reversed, plain(format)),
            "{format:?}"
        );
    }
}

/// The SARIF log is valid against the SARIF 2.1.0 JSON schema (`tests/schemas/`, the
/// OASIS schema as shipped in the serde-sarif crate), with a path that needs
/// percent-encoding; a log with a misspelt level is not, so the validator is at work.
#[test]
fn sarif_is_valid_against_the_2_1_0_schema() {
    // The official schema's `language` patterns have a stray `]`, which strict
    // ECMA-262 regexes reject, and so does the validator when it checks the schema
    // itself. Escaped, the `]` is the same literal character it is in lax regexes.
    let official = include_str!("schemas/sarif-schema-2.1.0.json");
    let stray = "-[a-zA-Z]{2}]?$";
    assert_eq!(official.matches(stray).count(), 2);
    let schema: serde_json::Value =
        serde_json::from_str(&official.replace(stray, r"-[a-zA-Z]{2}\\]?$")).unwrap();
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    let mut files = two_fixtures();
    files[1].0.path = "<stdin> 报告 #1.md".to_string();
    let log: serde_json::Value =
        serde_json::from_str(&report_of(&files, plain(Format::Sarif))).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");

    let results = log["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 4);
    let related = |r: &serde_json::Value| r["relatedLocations"].as_array().unwrap().len();
    let total_related: usize = two_fixtures()
        .iter()
        .flat_map(|(_, d)| d)
        .map(|d| d.related.len())
        .sum();
    assert_eq!(results.iter().map(related).sum::<usize>(), total_related);

    let mut broken = log.clone();
    broken["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(!validator.is_valid(&broken));
}

/// Human output for one document, laid out for 80 columns, without colour.
fn drawn_in_80_columns(document: &Document, diagnostics: Vec<Diagnostic>) -> String {
    let options = Options {
        color: false,
        width: 80,
    };
    render_with(&[(document, diagnostics)], &options)
}

fn assert_fit_80_columns<'a>(lines: impl IntoIterator<Item = &'a str>) {
    for line in lines {
        assert!(line.width() <= 80, "{line:?} is {} wide", line.width());
    }
}

#[test]
fn human_output_fits_80_columns_under_cjk_text() {
    let (document, diagnostics) = check("fixtures/zh/seed_percent_change.txt");
    let out = drawn_in_80_columns(&document, diagnostics);
    let source_lines: Vec<&str> = out.lines().filter(|l| l.contains(" │ …")).collect();
    assert!(!source_lines.is_empty());
    assert_fit_80_columns(source_lines);
    let lines: Vec<&str> = out.lines().collect();
    let at = lines.iter().position(|l| l.contains("65%涨幅")).unwrap();
    let source = lines[at];
    let caret_line = lines[at + 1];
    let caret_column = caret_line[..caret_line.find('^').unwrap()].width();
    let figure_column = source[..source.find("65%").unwrap()].width();
    assert_eq!(caret_column, figure_column, "carets stand under `65%`");
}

/// One line of 4,000 sentences, each with a finding: every excerpt is cut to the width
/// around its own figures, with the line and column of the file.
#[test]
fn findings_on_one_long_line_are_drawn_around_their_figures() {
    let text = (0..4000)
        .map(|i| format!("In report {i}, revenue rose 20% to $1.5 billion from $1.0 billion. "))
        .collect::<String>();
    let document = Document::new("long.txt", text.as_str());
    let diagnostics = claimlint::check(&document);
    assert_eq!(diagnostics.len(), 4000);
    let last = diagnostics.last().map(|d| d.primary.span.start).unwrap();
    let out = drawn_in_80_columns(&document, diagnostics);
    assert_fit_80_columns(out.lines().filter(|l| l.contains(" │ ")));
    let (_, column) = document.line_col(last);
    assert_eq!(column, text[..last].chars().count() + 1);
    assert!(out.contains(&format!("long.txt:1:{column}")));
    assert!(out.contains("… In report 3999, revenue rose 20% to $1.5 billion from $1.0 billion."));
}

#[test]
fn every_message_follows_the_style() {
    for path in [
        "fixtures/zh/seed_unit.txt",
        "fixtures/en/direction_mismatch.txt",
        "fixtures/en/percent_change_mismatch.txt",
        "fixtures/zh/seed_restated_eps.txt",
    ] {
        for d in check(path).1 {
            let problems = claimlint::diagnostic::message_style_problems(&d.message);
            assert!(problems.is_empty(), "{}: {problems:?}", d.message);
        }
    }
}

/// The patterns that once raised false alarms still carry real checks: change one
/// figure of each and the right rule fires.
#[test]
fn regression_patterns_still_catch_a_changed_figure() {
    let clean = std::fs::read_to_string("fixtures/en/clean_regressions.txt").unwrap();
    let cases = [
        ("rose 25 pct to 408,000", "rose 35 pct to 408,000", "CL002"),
        ("fell 37 pct to 516,000", "fell 27 pct to 516,000", "CL002"),
        (
            "rose 14.4 pct to 40,131",
            "rose 24.4 pct to 40,131",
            "CL002",
        ),
        (
            "rose 11.3 pct to 416 mln",
            "rose 21.3 pct to 416 mln",
            "CL002",
        ),
        ("an increase of 43 pct", "an increase of 53 pct", "CL002"),
        ("an increase of 25 pct", "an increase of 35 pct", "CL002"),
        (
            "declined to 97,487 tonnes",
            "rose to 97,487 tonnes",
            "CL003",
        ),
        ("rose to 93.2 pct", "fell to 93.2 pct", "CL003"),
        ("up from 60,200 tonnes", "down from 60,200 tonnes", "CL003"),
    ];
    for (before, after, code) in cases {
        assert!(clean.contains(before), "{before}");
        let document = Document::new("regressions.txt", clean.replacen(before, after, 1));
        let got: Vec<&str> = claimlint::check(&document).iter().map(|d| d.code).collect();
        assert_eq!(got, [code], "{before} → {after}");
    }
}

/// Two rates after "from" and "to" are a rate's old and new levels: their direction is
/// checked, and the change stated beside them in points; a percent there may mean points
/// or percent, and is not checked.
#[test]
fn rate_levels_are_checked_for_direction_and_points() {
    assert_eq!(
        codes_in("The jobless rate fell from 4.0% to 4.3%."),
        ["CL003"]
    );
    for (wrong, code) in [
        (
            "The jobless rate rose 0.5 percentage points to 4.3% from 4.0%.",
            "CL002",
        ),
        (
            "The jobless rate rose to 4.3% from 4.0%, up 0.5 percentage point.",
            "CL002",
        ),
        (
            "The yield fell 8 basis points to 4.11% from 4.15%.",
            "CL002",
        ),
        ("失业率从5.1%下降至5.4%。", "CL003"),
    ] {
        assert_eq!(codes_in(wrong), [code], "{wrong}");
    }
    assert_silent(&[
        "The jobless rate rose 0.3 percentage points to 4.3% from 4.0%.",
        "The jobless rate rose 20% to 4.3% from 4.0%.",
        "The jobless rate rose to 4.3% from 4.0%, up 0.3 percentage point.",
        "The yield fell 4 basis points to 4.11% from 4.15%.",
        "城镇化率从52.6%提高到58.5%。",
    ]);
}

/// "Improved" says better, not up (a loss or a jobless rate improves by falling), and a
/// negative rate that eased moved toward zero: neither is a direction to check.
#[test]
fn words_about_size_or_merit_are_not_a_direction() {
    assert_silent(&[
        "Its net loss improved to $5 million from $8 million.",
        "The trade deficit improved to $50 billion from $60 billion.",
        "Unemployment improved to 4.0% from 4.3%.",
        "Deflation eased to -0.2% from -0.5% in March.",
    ]);
}

/// A rate on another basis (like-for-like, adjusted for inflation, at constant
/// exchange rates) is not the change between the reported figures beside it, and
/// `claimlint claims` says why; the same rate without the basis is.
#[test]
fn rates_on_another_basis_are_not_checked_against_the_figures() {
    let qualified =
        "Sales rose 9% on a like-for-like basis to 5.2 billion euros from 4.9 billion euros.";
    let document = Document::new("a.txt", qualified);
    let claims = claimlint::render::claims::FileClaims::read(&document);
    let why = claims.relations.iter().find_map(|r| r.unchecked);
    assert!(why.is_some_and(|w| w.contains("another basis")), "{why:?}");
    assert_silent(&[
        qualified,
        "Adjusted for inflation, wages rose 2% to $1,020 from $950 a week.",
        "剔除汇率影响，营收从49亿美元增长15%至52亿美元。",
    ]);
    for plain in [
        "Sales rose 9% to 5.2 billion euros from 4.9 billion euros.",
        "营收从49亿美元增长15%至52亿美元。",
    ] {
        assert_eq!(codes_in(plain), ["CL002"], "{plain}");
    }
}

/// A rate joined by "and" (以及) to another subject's change from one value to another is
/// its own subject's, not that change's.
#[test]
fn a_rate_before_and_is_not_the_next_changes() {
    let english =
        |rate: &str| format!("Paying users grew 9.7% and ARPPU rose {rate} from $80.09 to $80.98.");
    assert_right_and_wrong(english, "1.1%", "2.1%", "CL002");
    let chinese =
        |rate: &str| format!("付费用户环比增长9.7%以及ARPPU由80.09元提升至80.98元，增幅{rate}。");
    assert_right_and_wrong(chinese, "1.1%", "2.1%", "CL002");
}

/// A clause that names what changed before its change word (`the Rural Coalition
/// slipped`) is about no figure of the clause before it; one that opens with the change
/// word (`, down 9% from`) or a pronoun (`, its profit rising`) is.
#[test]
fn a_change_with_its_own_subject_is_not_the_clause_befores() {
    assert_silent(&[
        "The Greens rose to 14 seats from 11, the Rural Coalition slipped to nine from 12, and independents held all four of their seats.",
        "The Greens won 14 seats, while the Rural Coalition slipped from 12.",
    ]);
    let opening = |rate: &str| format!("Sales were $100 million, down {rate} from $120 million.");
    assert_right_and_wrong(opening, "16.7%", "19%", "CL002");
    let pronoun = |rate: &str| {
        format!("The bank earned $2.19 billion, its profit rising {rate} from $1.82 billion.")
    };
    assert_right_and_wrong(pronoun, "20%", "12%", "CL002");
    // A value after "more than" is compared with; the second comparison is the first
    // value's too.
    let second = |rate: &str| {
        format!("In-app purchase revenue for the quarter was $1.26 million, 20% more than the $1.05 million earned in Q2 and up {rate} from $680,000 in Q3 2023.")
    };
    assert_right_and_wrong(second, "85%", "95%", "CL002");
}

/// Bare numbers raised in a clause about versions number releases: 10.15 comes after
/// 10.9. An amount with a unit beside the word "version" is still an amount.
#[test]
fn versions_are_no_amounts() {
    assert_silent(&[
        "The minimum supported macOS version was raised from 10.9 to 10.15, and the minimum glibc from 2.17 to 2.28.",
        "- Raised the minimum macOS version from 10.9 to 10.13 and the minimum FreeBSD version from 12.4 to 13.2.",
    ]);
    let with_unit =
        |rate: &str| format!("In the new version, the binary shrank {rate} from 12.5 MB to 10 MB.");
    assert_right_and_wrong(with_unit, "20%", "30%", "CL002");
}

/// "0.6 metres higher than the previous record": the figure right before "higher than"
/// is the difference; the new level it reaches is not said there.
#[test]
fn a_figure_right_before_higher_than_is_the_difference() {
    assert_silent(&[
        "The river peaked at 8.7 metres, 2.2 metres above flood stage of 6.5 metres and 0.6 metres higher than the previous record of 8.1 metres set in 1998.",
        "Prices were 30 cents lower than the $4.10 a gallon paid last week.",
    ]);
}

/// `分别从42 ms、250 ms降至30 ms、150 ms，降幅分别为29%和40%`: a list of changes takes the
/// rates listed after it in order; with another count of rates, none.
#[test]
fn listed_changes_take_listed_rates_in_order() {
    let latency = |rate: &str| {
        format!("简单地说，p50 和 p99 分别从 42 ms、250 ms 降至 30 ms、150 ms，降幅分别为 29% 和 {rate}。")
    };
    assert_right_and_wrong(latency, "40%", "30%", "CL002");
    assert_silent(&["p50 和 p99 分别从 42 ms、250 ms 降至 30 ms、150 ms，降幅为 40%。"]);
}

/// Probe 122, as Taiwan and Hong Kong write: 成長1.5倍 is +150% (×2.5) as 增长 is; 按年升
/// 12.1% is a rise; 7、8、9月 are three months, so no month restates another; a bare 億元
/// beside 新台幣 is the local dollar.
#[test]
fn taiwan_and_hong_kong_wording() {
    let exports =
        |times: &str| format!("海關出口金額達180億美元，較去年同期的72億美元成長{times}倍。");
    assert_right_and_wrong(exports, "1.5", "2.5", "CL002");
    // A bare 億元 beside 新台幣 is the local dollar: the change between them is checked.
    let revenue = |rate: &str| {
        format!("台積電10月合併營收為新台幣3,142.4億元，較9月的2,518.7億元增加{rate}。")
    };
    assert_right_and_wrong(revenue, "24.8%", "42.8%", "CL002");
    assert_silent(&[
        "訪港旅客按年升12.1%　零售銷貨仍跌5.9%\n\n首十個月訪港旅客人次按年上升12.1%，零售銷貨價值下跌5.9%。",
        "台積電9月營收為2,518.7億元。台積電第三季營收7,596.9億元，7、8、9月營收分別為2,569.2億元、2,509.0億元及2,518.7億元。",
    ]);
}

/// Probe 123: "the £2.84 million raised" was collected, not moved; a list of parts with
/// figures between them measured otherwise (`52,870 theft`) is not known to be whole,
/// though it ends with "the remaining".
#[test]
fn money_raised_and_lists_read_in_part() {
    assert_silent(&[
        "Of the £2.84 million raised, £1.99 million (70%) will fund emergency shelter beds, £570,000 (20%) will pay for hot meals and the rest, £280,000 (10%), will support our advice service.",
        "Of the 184,320 offences, 61,450 were violence against the person, 52,870 theft, 24,630 criminal damage and arson, 14,210 burglary, 12,960 public order offences and 11,380 drug offences, with the remaining 6,820 in other categories.",
    ]);
    let offences = |rest: &str| {
        format!("Of the 184,320 offences, 61,450 were violent offences, 52,870 were thefts and the remaining {rest} were other offences.")
    };
    assert_right_and_wrong(offences, "70,000", "60,000", "CL004");
}

/// Probe 118: a figure with Markdown emphasis inside it (`**60** basis points`) is written
/// in messages as the article reads, without the blanked markup.
#[test]
fn messages_write_a_figure_without_its_markup() {
    let found = claimlint::check(&Document::new(
        "a.md",
        "The ratio rose **60** basis points to 14.6%, compared with 14.2% a year earlier.\n",
    ));
    assert_eq!(found.len(), 1);
    assert!(
        found[0].message.contains("`60 basis points`"),
        "{}",
        found[0].message
    );
}

/// Probe 118: "rose 60 basis points to 14.6%, compared with 14.2%": a rate reached by
/// "to" before "compared with" is the new level of the rate after it.
#[test]
fn a_rate_level_compared_with_its_earlier_level() {
    let cet1 = |bp: &str| {
        format!(
            "The CET1 ratio rose {bp} basis points to 14.6%, compared with 14.2% a year earlier."
        )
    };
    assert_right_and_wrong(cet1, "40", "60", "CL002");
    let npl = |direction: &str| {
        format!("The NPL ratio {direction} to 1.2% in June, compared with 1.5% a year earlier.")
    };
    assert_right_and_wrong(npl, "fell", "rose", "CL003");
    // Two forecasts side by side: no change from one to the other.
    assert_silent(&["New projections showed the median policymaker expects the policy rate to fall to 3.9% by the end of 2025, compared with 3.4% in the projections issued in September."]);
}

/// Probe 119: the word before a change's rate in a clause of its own after the values
/// says which way they went too (`由7.02亿元减少至6.14亿元，增长12.5%`).
#[test]
fn the_word_before_a_rate_said_after_has_its_direction() {
    let tax = |word: &str| {
        format!("受房地产市场调整影响，契税预计由7.02亿元减少至6.14亿元，{word}12.5%。")
    };
    assert_right_and_wrong(tax, "下降", "增长", "CL003");
    let sales =
        |word: &str| format!("Sales fell to $6.14 million from $7.02 million, {word} 12.5%.");
    assert_right_and_wrong(sales, "down", "up", "CL003");
}

/// A yield per hectare and the same yield per mu beside it are two units: the change
/// compares the figures per hectare.
#[test]
fn a_unit_per_another_is_its_own_unit() {
    let text = |rate: &str| {
        format!(
            "全省粮食单产5487.4公斤/公顷（每亩365.8公斤），比上年的5424.7公斤/公顷增加62.7公斤/公顷，增长{rate}。"
        )
    };
    assert_right_and_wrong(text, "1.16%", "1.36%", "CL002");
}

/// "to an index of 108.3" names the new value; a basis that opens the sentence in a
/// clause of its own ("Excluding automobiles,") is the basis of every figure after it.
#[test]
fn new_values_of_an_index_and_bases_that_open_the_sentence() {
    let index =
        |rate: &str| format!("Mining output fell {rate} pct to an index of 108.3 from 109.3.");
    assert_right_and_wrong(index, "0.9", "1.9", "CL002");
    let excluding = |rate: &str| {
        format!(
            "Excluding automobiles, sales rose {rate} pct in February to 95.20 billion dlrs \
             from 93.98 billion dlrs in January."
        )
    };
    assert_right_and_wrong(excluding, "1.3", "2.3", "CL002");
    // (A basis between the rate and the figures is the rate's alone.)
    assert_silent(&[
        "Sales rose 4.0% excluding currency effects to $95.2 billion from $93.98 billion.",
    ]);
}

/// A rate's level before "up … from" changes from the level after "from", by the points
/// stated between; a level of another measure, or a rate of change, does not.
#[test]
fn a_rate_level_changes_from_the_level_after_from() {
    let capacity = |points: &str| {
        format!(
            "Factories operated at 79.6 pct of capacity in February, up {points} percentage \
             point from 79.4 pct in January."
        )
    };
    assert_right_and_wrong(capacity, "0.2", "0.5", "CL002");
    let inflation =
        |word: &str| format!("Inflation was 3.2% in March, {word} from 2.9% in February.");
    assert_right_and_wrong(inflation, "up", "down", "CL003");
    let growth = |word: &str| {
        format!("In the 12 months through March, the CPI rose 3.2%, {word} from 3.4%.")
    };
    assert_right_and_wrong(growth, "down", "up", "CL003");
    assert_silent(&[
        "Unemployment fell to 4.1% while inflation rose, up 0.3 points from 2.5%.",
        "Sales fell 3%, up from a 5% decline.",
    ]);
}

/// The old value of a share price may be the close of a named day, or the close a
/// change in later trading started from.
#[test]
fn a_share_price_changes_from_the_close() {
    let close =
        |rate: &str| format!("Its shares fell {rate} to $41.36 from Tuesday's close of $46.58.");
    assert_right_and_wrong(close, "11.2%", "12.2%", "CL002");
    // Probe 125: "last Friday's close of".
    let friday = |rate: &str| {
        format!(
            "Brent crude futures settled at $82.46 a barrel, up $1.73, or {rate}, from last \
             Friday's close of $80.73."
        )
    };
    assert_right_and_wrong(friday, "2.1%", "3.1%", "CL002");
    let after_hours = |rate: &str| {
        format!("Shares rose {rate} to $148.20 in extended trading after closing at $139.42.")
    };
    assert_right_and_wrong(after_hours, "6.3%", "7.3%", "CL002");
}

/// Quarters listed with 分别 add up to the half-year they make; a share naming a whole
/// stated before its sentence (占营业收入的) is checked once another share of it agrees.
#[test]
fn quarters_listed_and_shares_of_a_whole_named_before() {
    let halves = |first_half: &str| {
        format!(
            "华辰电气全年实现营业收入386.42亿元。分季度看，公司第一至第四季度分别实现营业收入\
             82.15亿元、95.60亿元、98.34亿元和110.33亿元，其中上半年合计{first_half}亿元。"
        )
    };
    assert_right_and_wrong(halves, "177.75", "178.75", "CL004");
    let segments = |share: &str| {
        format!(
            "华辰电气2023年实现营业收入386.42亿元。分业务看，输配电设备业务收入214.36亿元，\
             同比增长9.08%，占营业收入的{share}%。分地区看，境内收入301.55亿元，同比增长8.17%，\
             占营业收入的78.04%。"
        )
    };
    assert_right_and_wrong(segments, "55.47", "57.47", "CL005");
    // Bare numbers listed before the last one's scale are not the half-year's quarters.
    assert_silent(&["华信精密2023年营收286.54亿元 净利润同比增长13.73%\n\n本报讯 华信精密（股票代码：002xxx）昨晚披露2023年年度报告。报告期内，公司实现营业收入286.54亿元，比上年的254.99亿元增长12.37%；实现归属于上市公司股东的净利润21.46亿元，比上年的18.87亿元增长13.73%，净利率为7.49%。\n\n分季度看，公司第一至第四季度分别实现营业收入62.18、68.95、74.33和81.08亿元，收入规模逐季攀升。其中，上半年实现营业收入131.13亿元，同比增长7.96%；下半年实现营业收入155.41亿元，同比增长16.39%，第四季度收入占全年的28.30%。"]);
    // One share alone, of a figure so labelled that may be another, is not checked.
    assert_silent(&[
        "第一季度，公司实现营业收入33.12亿元。分产品看，精密结构件收入86.25亿元，占营业收入的比重为56.98%。",
    ]);
}

/// "X, or 21.6% of revenue": a share naming its whole by a metric after "of" is the part's
/// share of the one figure of that metric before it, checked once another share of it
/// agrees; a share alone, or of a metric stated twice with two values, is not checked.
#[test]
fn shares_of_a_metric_named_after_of() {
    let margins = |share: &str| {
        format!(
            "Acme Corp reported third-quarter revenue of $555.0 million. Gross profit was $249.8 \
             million, or 45.0% of revenue, and operating income was $67.2 million, or 12.1% of \
             revenue. Net income was $120.0 million, or {share}% of total revenue."
        )
    };
    assert_right_and_wrong(margins, "21.6", "31.6", "CL005");
    assert_silent(&[
        "Acme Corp reported third-quarter revenue of $555.0 million. Net income was $120.0 million, or 31.6% of revenue.",
        "Revenue was $555.0 million in the quarter and $1.62 billion in the nine months. Gross profit was $249.8 million, or 45.0% of revenue, and net income was $120.0 million, or 7.4% of revenue.",
    ]);
}

/// A date before the value after "from" or "to" is the value's (从2022年的100亿元), and
/// so is one after it, before the rate (`from $100 billion in 2022, up 20%`), as is
/// "a revised" before it.
#[test]
fn values_after_their_dates_are_read() {
    let text =
        |rate: &str| format!("公司营业收入从2022年的100亿元增长到2023年的120亿元，增幅达{rate}。");
    assert_right_and_wrong(text, "20%", "30%", "CL002");
    let english = |rate: &str| {
        format!("Revenue rose to $120 billion in 2023 from $100 billion in 2022, up {rate}.")
    };
    assert_right_and_wrong(english, "20%", "30%", "CL002");
    let revised = |rate: &str| {
        format!(
            "The trade deficit widened to $68.9 billion in March from a revised \
             $55.4 billion in February, up {rate}."
        )
    };
    assert_right_and_wrong(revised, "24.4%", "34.4%", "CL002");
}

/// "grew 5% to 1.05 million": the rate keeps its own size (it was read as 5 million
/// percent, borrowed from the amount after "to").
#[test]
fn a_rate_before_a_scaled_amount_keeps_its_size() {
    let text = |rate: &str| {
        format!("The city's population grew {rate} to 1.05 million from 1.00 million in 2010.")
    };
    assert_right_and_wrong(text, "5%", "15%", "CL002");
}

/// `净利润为36.8亿元，上年同期为32亿元，同比增长15%`: a change measured from the same period
/// a year before, stated without "from".
#[test]
fn year_on_year_changes_are_checked() {
    let clean = std::fs::read_to_string("fixtures/zh/clean_earnings.txt").unwrap();
    for (before, after) in [
        ("净利润为36.8亿元", "净利润为46.8亿元"),
        ("上年同期为35万辆", "上年同期为30万辆"),
    ] {
        assert!(clean.contains(before), "{before}");
        let document = Document::new("earnings.txt", clean.replacen(before, after, 1));
        let got: Vec<&str> = claimlint::check(&document).iter().map(|d| d.code).collect();
        assert_eq!(got, ["CL002"], "{before} → {after}");
    }
}

/// Changes whose stated amount or rate was left out: an amount named in an aside after
/// the last value (", an increase of 44 million euros"), a rate after a figure that has
/// its own period ("customers paying $100,000 a year rose 28%"), and the amount after
/// 多出 when a period stands between 比 and the old value (`比去年的9.6万人多出3.2万人`).
#[test]
fn amounts_and_rates_of_changes_said_around_them() {
    let wages = |amount: &str| {
        format!("The wage bill climbed to 212 million euros in the 2023-24 season from 168 million euros a year earlier, an increase of {amount} million euros.")
    };
    assert_right_and_wrong(wages, "44", "54", "CL002");
    let customers = |rate: &str| {
        format!("The number of customers paying more than $100,000 a year rose {rate} to 1,450 from 1,180.")
    };
    assert_right_and_wrong(customers, "23%", "28%", "CL002");
    let runners = |more: &str| format!("本届赛事共有12.8万人报名，比去年的9.6万人多出{more}万人。");
    assert_right_and_wrong(runners, "3.2", "2.2", "CL002");
    // The new value of such a comparison is the figure before it of the measure (an
    // average too), not the amount of the change before it or a figure of another
    // measure: each was a CL003 once 比 read a period before its old value.
    assert_silent(&[
        "软件开发岗位平均起薪为每人每月8,000元，比上年的7,400元增加600元；智能制造类岗位平均起薪为每人每月6,850元，比上年的6,500元增加350元。",
        "截至9月末，公司在手订单金额为146.2亿元，比6月末增加11.7亿元，比上年同期的118.5亿元增加27.7亿元。",
        "在岗职工年平均工资为11.26万元，折合每月约9,383元；私营单位年平均工资为6.85万元，比上年的6.64万元增加2,100元。",
    ]);
    let wages =
        |more: &str| format!("私营单位年平均工资为6.85万元，比上年的6.64万元增加{more}元。");
    assert_right_and_wrong(wages, "2,100", "3,100", "CL002");
}

/// Parts of a whole said in the sentence before: after 其中 with labels where one is the
/// rest of the other (税收收入/非税收入), and in a breakdown (分区域看), in a paragraph of
/// its own too, of the one figure of the measure that is no year-ago value (and not of a
/// part, `其中，住宅销售额…`, nor where the sentence before that gives another month's);
/// parts of another metric are none, nor a part's own part (`（含…64架）`).
#[test]
fn parts_of_a_whole_said_before() {
    let budget = |rest: &str| {
        format!("2024年全市一般公共预算收入预计为1035.0亿元，增长5.0%。其中，税收收入812.0亿元，非税收入{rest}亿元。")
    };
    assert_right_and_wrong(budget, "223.0", "263.0", "CL004");
    let regions = |west: &str| {
        format!("2024年9月，公司实现合同销售金额186.4亿元，同比下降12.3%，上年同期为212.5亿元；实现合同销售面积108.2万平方米。\n\n分区域看，长三角区域销售额为82.6亿元，珠三角区域为47.3亿元，京津冀区域为31.2亿元，中西部区域为{west}亿元。")
    };
    assert_right_and_wrong(regions, "25.3", "34.9", "CL004");
    assert_silent(&[
        "全年营收100亿元。分产品看，A产品毛利润30亿元，B产品毛利润80亿元。",
        "1-9月，全市商品房销售额2,137.8亿元，同比下降11.2%。其中，住宅销售额1,842.6亿元，下降10.4%。分区域看，中心城区商品房销售额1,126.4亿元，近郊区702.5亿元，远郊区308.9亿元。",
        "11月东州新房成交1.26万套。10月份，东州新房成交1.06万套。分区域看，滨江区成交3,820套，高新区成交2,960套，临湖区成交2,410套，其他各区合计成交3,410套。",
        "公司机队共计712架，其中空客A320系列318架，波音737系列287架（含波音737 MAX 8飞机64架），宽体机95架，C919飞机12架。",
        "11月全市新建商品住宅成交1.26万套，环比增长18.9%。按此计算，当月新房成交金额约435.3亿元。\n\n10月份，东州新房成交1.06万套，成交均价为每平方米32,540元。\n\n分区域看，滨江区成交3,820套，高新区成交2,960套，临湖区成交2,410套，其他各区合计成交3,410套。",
    ]);
}

/// A whole a few words before a colon and its parts after it: "Revenue was $48 million in
/// the quarter: $21 million from Europe, …", parts of its period (not of other years).
#[test]
fn parts_after_a_colon() {
    let regions = |europe: &str| {
        format!("Revenue was $48 million in the quarter: {europe} million from Europe, $15 million from North America, $9 million from Asia and $5 million from Latin America.")
    };
    assert_right_and_wrong(regions, "$19", "$25", "CL004");
    assert_silent(&[
        "Shares closed at $48: analysts had expected $45 and $50.",
        "Its revenue was $48 million in 2024: $30 million in 2023 and $25 million in 2022 were lower.",
    ]);
    let halves = |first: &str| {
        format!("Revenue was $48 million in 2024: {first} million in the first half and $25 million in the second half.")
    };
    assert_right_and_wrong(halves, "$23", "$30", "CL004");
}

/// What is no amount of a change or a sum: the "up" of "made up", a model's or an
/// index's number after a word in capitals (`VX 9090`, `S&P 500`) or before a model's
/// suffix (`星耀15 Pro`, `骁龙8 Gen 2`), a price per unit written before its figure
/// (`每克592.36元`), which is no whole of parts, a note's number (`注：1.…。2.1公顷`);
/// 产量 is no 销量, and the odds of "a 25-basis-point cut" no cut. Each was a finding in
/// a consistent article.
#[test]
fn models_prices_per_unit_and_made_up() {
    assert_silent(&[
        "星耀15 Pro跑分超过218万分，较搭载骁龙8 Gen 2的上一代产品（约168万分）提升约30%。",
        "新机提供三个版本，售价分别为4,299元、4,999元和5,699元，其中起售价较上一代星耀14 Pro的3,999元上涨300元。",
        "远腾汽车11月销量16.84万辆。公司11月汽车销量16.84万辆，产量17.26万辆。",
        "Markets raised the odds of a 25-basis-point cut at the December meeting to about 85% from 70% before the data.",
        "The working-age population of 15 to 64 made up 66.5%, or about 5.63 million.",
        "注：1.因四舍五入，部分数据分项合计与总计略有差异。2.1公顷等于15亩。",
        "VX 9090的显存带宽达到1.79TB/s，较上一代VX 8090的1.01TB/s提升约77%。",
        "黄金合约当日收于每克592.36元。多家金店足金饰品价格突破每克800元，其中某品牌报每克806元。",
    ]);
    let bandwidth = |rate: &str| {
        format!("VX 9090的显存带宽达到1.79TB/s，较上一代VX 8090的1.01TB/s提升约{rate}。")
    };
    assert_right_and_wrong(bandwidth, "77%", "47%", "CL002");
    let index = |rate: &str| format!("The S&P 500 rose {rate} to 5,600 from 5,533.");
    assert_right_and_wrong(index, "1.2%", "2.2%", "CL002");
}

/// A rate measured from another base than the change beside it: year on year (同比)
/// beside a change from the month before, "on the second quarter" after values a year
/// apart, a share price's move before the revenue that "rose to", the rate of an earlier
/// change in the sentence; and a share of something ("more than 30% of their income"),
/// a grade ("12.5% protein wheat") or a multiple of another measure ("4.2 times EBITDA")
/// is no rate of a change at all. Each was a CL002 in a consistent article.
#[test]
fn rates_measured_from_another_base_are_not_the_changes() {
    assert_silent(&[
        "10月份全市社会消费品零售总额为1,286.4亿元，比上月增加42.8亿元，同比增长3.8%。",
        "10月份全市进出口总额为2,286亿元，比上月减少94亿元，同比增长4.2%。",
        "9月末人民币存款余额为10.2万亿元，比上年末增加5,000亿元，同比增长8.0%。",
        "Premium cabin revenue climbed to $1.21 billion from $1.05 billion a year earlier, an increase of 4% on the second quarter.",
        "Streaming revenue climbed to $2.31 billion from $1.94 billion, an increase of 6% on the first quarter.",
        "Renters paying more than 30% of their income on housing rose to 22.6 million from 21.9 million, a gain of 700,000.",
        "Huaxin Semiconductor rose 9.1% after it said first-half revenue rose to 4.62 billion yuan from 3.88 billion yuan, a gain of 740 million yuan.",
        "Export prices for 12.5% protein wheat fell to $221 a tonne this week from $228 a week earlier.",
        "Net debt fell to £18.2 billion from £19.6 billion, or 4.2 times EBITDA.",
    ]);
    // "rose 8.3% … to 291.4 trillion talers … and was up 0.9% from 288.8 trillion": the
    // old value after "from" is what "up" compares with, and 0.9% its rate.
    let money = |rate: &str| {
        format!("Broad M2 money supply rose 8.3% from a year earlier to 291.4 trillion talers at the end of June and was up {rate} from 288.8 trillion at the end of May.")
    };
    assert_right_and_wrong(money, "0.9%", "1.9%", "CL002");
    // "up 12% at 141,000 from 125,900": the level after "at" is the new value, not the
    // first change's (`to 352,000 vehicles`).
    let exports = |rate: &str| {
        format!("Japan's exports of passenger cars rose 8% in January to 352,000 vehicles from 326,000, with shipments to the United States up {rate} at 141,000 from 125,900.")
    };
    assert_right_and_wrong(exports, "12%", "15%", "CL002");
    let output = |rate: &str| format!("产量2,168.4万吨，比上年增产42.7万吨，同比增长{rate}。");
    assert_right_and_wrong(output, "2.0%", "3.0%", "CL002");
    let revenue = |rate: &str| {
        format!("Revenue climbed to $1.21 billion from $1.05 billion a year earlier, an increase of {rate}.")
    };
    assert_right_and_wrong(revenue, "15%", "4%", "CL002");
}

/// `提升至81.3%，上年同期为83.6%`: a level after 至 and the same measure's a year before in
/// the next clause are a change, when the new value is an average (平均客座率) and when a
/// price is given for its unit (`下降至每吨2.93万元`); both were read as no change.
#[test]
fn a_level_then_its_year_ago_value_is_a_change() {
    let load_factor = |verb: &str| format!("当月平均客座率{verb}至81.3%，上年同期为83.6%。");
    assert_right_and_wrong(load_factor, "下降", "提升", "CL003");
    let cost =
        |verb: &str| format!("铜精矿单位现金成本{verb}至每吨2.93万元，上年同期为每吨2.71万元。");
    assert_right_and_wrong(cost, "上升", "下降", "CL003");
    // 上月, 上季度 name the period before, as 上年同期 the year before.
    let jobless = |verb: &str| format!("2月份，全国城镇调查失业率{verb}至5.3%，上月为5.2%。");
    assert_right_and_wrong(jobless, "上升", "回落", "CL003");
}

/// A year-on-year rate is another figure's when its clause, or a part of the sentence
/// after a semicolon, has a figure of its own, or when the values before it already have
/// their rate: each sentence here was a finding against the first pair.
#[test]
fn a_later_year_on_year_rate_is_not_the_first_pairs() {
    assert_silent(&[
        "华为出货量为1170万台，较去年同期的557万台增长110.1%；苹果同比下降6.6%。",
        "营业收入1653.41亿元，较上年同期的1688.87亿元下降2.1%；净利润同比增长3.4%。",
        "资产11.36万亿元，较上年末10.52万亿元增长8.0%，贷款增长8.4%。",
        "资产总额11.36万亿元，较上年末的10.52万亿元增长8.0%；存款总额8.91万亿元，较上年末增长9.2%。",
        "华为出货量为1170万台，上年同期为557万台；苹果同比下降6.6%。",
        "10月平均时薪为35.46美元，9月为35.32美元；上年同期为34.10美元，同比增长4.0%。",
        "资产11.36万亿元，上年末为10.52万亿元，存款8.91万亿元，增长9.2%。",
    ]);
    let own_clause = |rate: &str| format!("净利润为36.8亿元，上年同期为32亿元，同比增长{rate}。");
    assert_right_and_wrong(own_clause, "15%", "25%", "CL002");
}

/// "compared with" sets a level beside a level. Beside the amount a change word
/// measures (`fell by 6.9 million barrels`) it compares two changes, and after a change
/// from an old value it compares the new value with a third: each sentence here was a
/// CL003, in English wire-style articles written to be consistent.
#[test]
fn compared_with_a_change_or_an_old_value_is_no_change() {
    assert_silent(&[
        "Inventories fell by 6.9 million barrels, compared with a 1.0 million-barrel draw.",
        "Inventories fell 6.9 million barrels, compared with a 1.0 million-barrel build.",
        "SovEcon cut its forecast for Russia's wheat crop to 80.7 million tons from 82.5 million, compared with 78.0 million last year.",
        "Sales rose 8.7% from September and were 23 million, compared with 21.7 million.",
        // Probe 95: "by only" still measures the change.
        "In the test the temperature of the cell rose by only 7 C, compared with more than 500 C for a conventional cell.",
    ]);
    assert_eq!(
        codes_in("Revenue fell to $3.1 billion, compared with $2.5 billion a year earlier."),
        ["CL003"]
    );
}

/// `422,183 of the total` measures a part against a total the sentence does not state:
/// the next figure is no whole.
#[test]
fn a_part_of_the_total_is_not_the_whole_of_the_next() {
    assert_silent(&[
        "Chevrolet accounted for 422,183 of the total, GMC 141,729, Buick 89,861 and Cadillac 65,828.",
    ]);
    let stated = |part: &str| {
        format!("GM's sales came to a total of 719,601, with Chevrolet at {part}, GMC at 141,729, Buick at 89,861 and Cadillac at 65,828.")
    };
    assert_right_and_wrong(stated, "422,183", "522,183", "CL004");
}

/// 其中 opening a sentence breaks down the figure of the sentence before measured as
/// its parts are, when there is one such figure and it is no change's amount.
#[test]
fn parts_after_a_full_stop_break_down_the_sentence_before() {
    let trade = |imports: &str| {
        format!("全年货物进出口总额417568亿元，比上年增长5.0%。其中，出口237726亿元，增长7.1%；进口{imports}亿元，增长2.3%。")
    };
    assert_right_and_wrong(trade, "179842", "189842", "CL004");
    let census = |men: &str| {
        format!("全市常住人口为3249425人，共增加232889人，增长7.72%。其中，男性人口为{men}人，女性人口为1554479人。")
    };
    assert_right_and_wrong(census, "1694946", "1794946", "CL004");
    assert_silent(&[
        "利润总额6000亿元，营业收入90000亿元。其中，出口19.55万亿元，进口14.87万亿元。",
        "平均每年增加65092人。其中，男性为3306182人，女性为3126030人。",
        "进出口总值34.32万亿元。\n其中，出口19.55万亿元，进口14.87万亿元。",
    ]);
}

/// A change in percentage points after a period is a rate's, not a change of the
/// amount before it: `增加7206万人，…，比2000年到2010年的年平均增长率0.57%下降0.04个百分点`
/// was read as 7206万人 measured from 2000–2010.
#[test]
fn a_change_in_points_from_a_period_is_no_amounts() {
    let period_changes = |text: &str| {
        claimlint::analyze(&Document::new("a.txt", text))
            .relations
            .period_changes
            .len()
    };
    assert_eq!(period_changes("全国人口共141178万人，增加7206万人，增长5.38%，年平均增长率为0.53%，比2000年到2010年的年平均增长率0.57%下降0.04个百分点。"), 0);
    assert_eq!(
        period_changes("第二季度交付了9535辆，较第一季度增长了500%以上。"),
        1
    );
}

/// A verb of change before "from A to B" makes A the old value and B the new one (`fell
/// from 96 to 64`, as 从40亿元下降至50亿元). The "to" must follow A: a later "to" closes
/// another change. After "up" or "down", and beside "$9.00 to $9.30", the figures are
/// ranges.
#[test]
fn a_verb_of_change_before_from_a_to_b() {
    let fell = |to: &str| format!("Revenue fell from $4.0 billion to {to}.");
    assert_right_and_wrong(fell, "$3.2 billion", "$5.0 billion", "CL003");
    let rose =
        |rate: &str| format!("Revenue increased from $4.0 billion to $5.0 billion, or {rate}.");
    assert_right_and_wrong(rose, "25%", "30%", "CL002");
    assert_silent(&[
        "Cost at $98.32 dropped from $25.52 to $11.10.",
        "At 8,192 tokens, batch size fell from 96 to 64.",
        "Available seat miles for the month totaled 352.8 mln, up from 348.1 mln and for the two-month period available miles declined to 745.3 mln from the 751.7 mln reported for the same period of 1986.",
        "EPS of $9.00 to $9.30, down from $9.20 to $9.60.",
        "EPS of $9.30, down from $9.20 to $9.60.",
    ]);
}

/// A total or a part given as a range (`$40 million to $45 million`) has no one value to
/// add up: the range's ends are neither a whole and its part nor two parts.
#[test]
fn a_range_is_no_whole_and_no_part() {
    assert_silent(&[
        "Total charges of $40 million to $45 million include $12 million of severance.",
        "Total revenue of $1.315 billion to $1.325 billion, over the $0.51 billion reported a year earlier.",
        "A total of $100 million, including $40 million to $45 million of severance and $70 million of impairments.",
    ]);
    let charges = |severance: &str| {
        format!("Total charges of $40 million include {severance} of severance and $12 million of impairments.")
    };
    assert_right_and_wrong(charges, "$28 million", "$32 million", "CL004");
}

/// In `X，比上月A减少，比上年B增长p%` the change from B is X's: A is what X was compared
/// with before, not a new value.
#[test]
fn a_second_comparison_is_the_first_figures() {
    let two = |rate: &str| format!("营收2760亿元，比上月3142亿元减少，比上年2062亿元增长{rate}。");
    assert_right_and_wrong(two, "33.8%", "43.8%", "CL002");
    assert_silent(&["單月合併營收約新台幣2,760.58億元，較10月的3,142.40億元減少12.2%，較去年同期的2,061.98億元增加33.9%。"]);
}

/// A loss among the parts is a part with a minus sign its figure does not carry: the
/// parts are not added up.
#[test]
fn a_loss_among_the_parts_is_not_added() {
    assert_silent(&[
        "净利润8.62亿元，其中四季度亏损1.66亿元，前三季度盈利10.28亿元。",
        "Net income was $8.6 million, of which the fourth quarter had a $1.7 million loss and the first three quarters $10.3 million.",
    ]);
    let profit = |q4: &str| format!("净利润8.62亿元，其中四季度{q4}亿元，前三季度7.28亿元。");
    assert_right_and_wrong(profit, "1.34", "2.66", "CL004");
}

/// Net sales beside net purchases are parts with a minus sign: they are not added.
#[test]
fn net_sales_beside_net_purchases_are_not_added() {
    assert_silent(&[
        "三大法人合計買超215.37億元，其中外資買超182.46億元，投信買超41.25億元，自營商賣超8.34億元。",
        "Institutions bought a net $150 million, of which foreign funds bought $90 million, trusts bought $80 million and dealers sold $20 million.",
    ]);
    let bought = |trusts: &str| {
        format!("Institutions bought a net $150 million, of which foreign funds bought $90 million and trusts bought ${trusts} million.")
    };
    assert_right_and_wrong(bought, "60", "80", "CL004");
    // Probe 120: a net inflow is no sum of the sectors named after it, whose others may
    // have flowed out.
    assert_silent(&["当日主力资金净流入86.3亿元，其中半导体板块净流入52.7亿元，证券板块净流入48.2亿元；银行、煤炭板块则分别遭主力资金净流出21.4亿元和9.6亿元。"]);
}

/// Parts whose periods nest (a half and its first quarter) are no partition of a whole.
#[test]
fn nested_periods_are_not_added_as_parts() {
    assert_silent(&[
        "前三季度公司累计实现营业收入52.47亿元，其中上半年为34.11亿元，第一季度为16.66亿元，第二季度为17.45亿元。",
    ]);
    let quarters = |q3: &str| {
        format!("前三季度公司累计实现营业收入52.47亿元，其中第一季度为16.66亿元，第二季度为17.45亿元，第三季度为{q3}亿元。")
    };
    assert_right_and_wrong(quarters, "18.36", "28.36", "CL004");
}

/// `专任教师中，…`: a clause opening with one of the parts, "among" it, breaks that part
/// down; its figures are not more parts of the whole.
#[test]
fn a_breakdown_of_a_part_is_not_added_to_the_whole() {
    assert_silent(&[
        "学校现有教职工4237人，其中专任教师2856人；专任教师中，具有正高级职称的892人、副高级职称的1104人。",
    ]);
    let staff = |others: &str| {
        format!("学校现有教职工4237人，其中专任教师2856人；行政人员{others}人、工勤人员600人。")
    };
    assert_right_and_wrong(staff, "781", "1781", "CL004");
}

/// A number written in full-width digits has a full-width point: `６５．１０％`.
#[test]
fn full_width_decimals_are_one_figure() {
    assert_silent(&["投票率６５．１０％，較四年前的６８．３０％下降３．２個百分點。"]);
    let revenue = |rate: &str| format!("营收从２．５亿元提高至４．０亿元，增长{rate}。");
    assert_right_and_wrong(revenue, "６０％", "７０％", "CL002");
}

/// `Of total output, the Ndaba mine contributed 312,500 ounces, …`: a total named in an
/// opening phrase without its figure is not the first part.
#[test]
fn a_total_named_without_its_figure_is_not_the_first_part() {
    assert_silent(&[
        "Of total output, the Ndaba mine contributed 312,500 ounces, Tshiredi 224,800 ounces and Bosveld 121,600 ounces.",
    ]);
    let output = |total: &str| {
        format!("Of total output of {total} ounces, the Ndaba mine contributed 312,500 ounces, Tshiredi 224,800 ounces and Bosveld 121,600 ounces.")
    };
    assert_right_and_wrong(output, "658,900", "600,000", "CL004");
}

/// A figure on another measure (excluding items, adjusted, at constant exchange rates)
/// is another fact than the reported one; two statements on the same measure still
/// compare.
#[test]
fn a_figure_on_another_measure_is_another_fact() {
    assert_silent(&[
        "Vantora Systems Inc reported second-quarter net income of $412 million, or $2.88 per share. Excluding stock-based compensation, Vantora earned $3.10 per share in the second quarter.",
        "Ellesmere Utilities Corp reported 2023 earnings of $6.12 per share. On an adjusted basis, Ellesmere Utilities Corp earned $5.95 per share in 2023.",
        "Teramont Group Inc reported fiscal 2024 revenue of $4,420.6 million. At constant exchange rates, Teramont Group Inc's fiscal 2024 revenue would have been $4,455.0 million.",
        "Vantora Systems Inc reported second-quarter EPS of $2.88. Vantora Systems Inc's adjusted EPS for the second quarter was $3.10.",
    ]);
    let adjusted = |again: &str| {
        format!("Vantora Systems Inc reported second-quarter net income of $412 million, or $2.88 per share. Excluding stock-based compensation, Vantora earned $3.10 per share in the second quarter. Excluding stock-based compensation, Vantora Systems Inc earned {again} per share in the second quarter.")
    };
    assert_right_and_wrong(adjusted, "$3.10", "$3.20", "CL001");
}

/// `the $3.41 billion reported for the first quarter of 2024`: the period after a
/// participle and a preposition is the figure's own.
#[test]
fn a_period_after_a_participle_is_the_figures_own() {
    let sentences = |restated: &str| {
        format!("Northwind Digital Corp posted second-quarter revenue of $3.87 billion. Second-quarter revenue was 13.5% higher than the $3.41 billion reported for the first quarter of 2024. Northwind Digital Corp reported first-quarter 2024 revenue of {restated}.")
    };
    assert_right_and_wrong(sentences, "$3.41 billion", "$3.51 billion", "CL001");
}

/// An outflow among the parts is a part with a minus sign, as a loss is.
#[test]
fn an_outflow_among_the_parts_is_not_added() {
    assert_silent(&[
        "全年经营活动产生的现金流量净额为29,422.24万元，其中第一季度为净流出8,205.44万元；第四季度净流入21,407.33万元。",
    ]);
}

/// `第三季營收較第二季的…增加13.7%，較去年同期的…減少10.8%`: comparisons whose clause
/// names a period compare that period's figure, not a part of it stated in between; a
/// period followed by its own figure is a change between two figures.
#[test]
fn a_comparison_names_the_period_of_its_new_value() {
    let quarter = |rate: &str| {
        format!("第三季營收為5,467.33億元，其中9月營收1,804.30億元；第三季營收較第二季的4,808.41億元增加13.7%，較去年同期的6,131.43億元減少{rate}。")
    };
    assert_right_and_wrong(quarter, "10.8%", "12.8%", "CL002");
}

/// `从去年同期的32.6万辆增至45.1万辆`: the old value's period between 从 and the value.
#[test]
fn a_period_may_stand_between_from_and_the_old_value() {
    let sales = |rate: &str| {
        format!("前三季度，远航汽车销量从去年同期的32.6万辆增至45.1万辆，增幅达{rate}。")
    };
    assert_right_and_wrong(sales, "38.3%", "48.3%", "CL002");
}

/// A rate compared with its earlier level changes by points: `较上月的5.2%下降0.5个百分点`,
/// its new level before 较 or after 至.
#[test]
fn a_rate_compared_with_its_earlier_level_changes_by_points() {
    let before = |points: &str| format!("失业率为4.7%，较上月的5.2%下降{points}个百分点。");
    assert_right_and_wrong(before, "0.5", "0.8", "CL002");
    let after = |points: &str| format!("失业率较上月的5.2%下降{points}个百分点，至4.7%。");
    assert_right_and_wrong(after, "0.5", "0.8", "CL002");
    let turnout =
        |points: &str| format!("投票率６５．１０％，較四年前的６８．３０％下降{points}個百分點。");
    assert_right_and_wrong(turnout, "３．２", "３．５", "CL002");
}

/// `eased to 3.90/4.00 pct from 4.25/35 pct`: the bid and offer of a quote are neither a
/// level nor the rate of a change.
#[test]
fn a_quote_with_a_slash_is_no_change() {
    assert_silent(&[
        "Dealers said call money eased to 3.90/4.00 pct from 4.25/35 pct yesterday.",
        "Call money eased to 3.90/4.00 pct from 4.25/4.35 pct.",
    ]);
}

/// `2兆6,161.10億元` is one figure (decimals in the tail before a smaller scale word), and
/// `前10月` the first ten months, not October.
#[test]
fn taiwanese_large_figures_and_first_months() {
    let revenue = |rate: &str| {
        format!("台積電前11月營收2兆6,161.10億元，較去年同期的1兆9,789.03億元增加{rate}。")
    };
    assert_right_and_wrong(revenue, "32.2%", "22.2%", "CL002");
    assert_silent(&["台積電10月營收2,918.20億元。\n\n台積電前10月累計營收3,100.00億元。"]);
}

/// `comprised`, `comprising`, `consisting of` list the parts of the figure before them.
#[test]
fn comprised_lists_parts() {
    let profit = |services: &str| {
        format!("Operating profit of $842 million comprised $515 million from retail, $268 million from wholesale and ${services} million from services.")
    };
    assert_right_and_wrong(profit, "59", "131", "CL004");
}

/// Round 4 of the session's probes: a change from a negative value is measured against
/// its size; a loss beside a profit changes sign, unwritten; a product in one currency
/// is no total in another, nor of a count named after it; a measure in two units (`4
/// feet 10 inches`) is converted whole or not at all; shares of "their" or 各自 wholes are
/// not added; a metric "in" a named region is a part's.
#[test]
fn signs_currencies_and_wholes_of_their_own() {
    let cash = |rate: &str| {
        format!("经营活动产生的现金流量净额为20.15亿元，上年同期为-3.84亿元，同比增长{rate}。")
    };
    assert_right_and_wrong(cash, "624.5%", "524.5%", "CL002");
    assert_silent(&[
        "基本每股收益为-0.12元，上年同期为-0.45元，同比增长73.3%。",
        "子公司实现净利润1.2亿元，上年同期亏损3.5亿元，同比增长134.3%。",
        "Harbor Biotech sold 3.5 million shares at $14 apiece; the company raised $42 million from the 3 million new shares, and existing holders sold the rest.",
        "An investor bought 2,000 shares at HK$45 each, or about US$11,500.",
        "The runner stands 4 feet 10 inches (1.47 meters).",
        "The baby weighed 7 pounds, 8 ounces (3.4 kg).",
        "Northgate and Eastfield accounted for 57% and 68% of grocery sales in their home provinces, respectively.",
        "甲、乙两家公司的海外收入分别占各自营收的45%和60%。",
        "台積電第四季在中國市場的營收為新台幣781億元。\n\n台積電第四季在亞太市場的營收為新台幣695億元。",
        "Apple's revenue in Greater China was $15.0 billion in the quarter.\n\nApple's revenue in Europe was $20.1 billion in the quarter.",
    ]);
}

/// `were 9% higher than the 1,510`: "higher than" and "lower than" compare as "compared
/// with" does, with their direction and the rate before them.
#[test]
fn higher_than_and_lower_than_compare_two_values() {
    let costs = |rate: &str| {
        format!("Costs of $5.2 million were {rate} lower than the $5.8 million spent in 2023.")
    };
    assert_right_and_wrong(costs, "10%", "20%", "CL002");
    let revenue = |rate: &str| {
        format!("Second-quarter revenue of $3.87 billion was {rate} higher than the $3.41 billion reported for the first quarter.")
    };
    assert_right_and_wrong(revenue, "13.5%", "23.5%", "CL002");
    assert_silent(&[
        "Its share price is higher than the $30 offer.",
        "Isla Marena received 8.73 million foreign visitors last year, the ministry said, a record that beat the 8.41 million of 2019 and was 9.7% higher than the 7.96 million of 2022.",
    ]);
}

/// A figure given as a conversion of another (约合, 折合, equivalent to) restates it in
/// another currency on purpose.
#[test]
fn a_conversion_is_no_restatement_in_another_unit() {
    assert_silent(&[
        "台積電第三季營收新台幣7,596.9億元。台積電第三季營收達7,596.9億元新台幣，約合236.2億美元。",
        "Tesla's third-quarter revenue was 180 billion yuan. Tesla's third-quarter revenue of 180 billion yuan was equivalent to $25.2 billion.",
    ]);
    assert_eq!(
        codes_in("台積電第三季營收新台幣7,596.9億元。台積電第三季營收達7,596.9億美元。"),
        ["CL007"]
    );
}

/// A slip of the unit keeps the number: figures a rate of exchange apart are a
/// conversion or two facts, not a restatement in another currency.
#[test]
fn a_restatement_in_another_unit_keeps_the_number() {
    assert_silent(&[
        "拼享控股第三季度营收为人民币993.54亿元。\n\n按美元计，拼享控股第三季度营收为141.58亿美元。",
        "莱茵精工2023年实现营业收入18.42亿欧元。宁远集团2023年营业收入为1320.6亿元人民币。",
    ]);
    assert_eq!(
        codes_in(
            "拼享控股第三季度营收为人民币993.54亿元。\n\n拼享控股第三季度营收为993.54亿美元。"
        ),
        ["CL007"]
    );
}

/// A segment's, business's or region's figure (`汽车业务收入`, `境内收入`, `segment
/// revenue`) is no restatement of the company's whole.
#[test]
fn a_part_of_the_business_does_not_restate_the_whole() {
    assert_silent(&[
        "华驰汽车前三季度营业收入5023.5亿元。华驰汽车前三季度汽车业务收入4011.3亿元。",
        "华驰汽车前三季度营业收入5023.5亿元。华驰汽车前三季度境内收入4011.3亿元。",
        "Acme Corp had revenue of $1.06 billion last year. Acme Corp had cloud segment revenue of $0.9 billion last year.",
    ]);
    assert_eq!(
        codes_in("华驰汽车前三季度营业收入5023.5亿元。华驰汽车前三季度营业收入4011.3亿元。"),
        ["CL001"]
    );
}

/// A company listed in two places has a target price for each listing (`美股目标价`,
/// `港股目标价`): neither restates the other.
#[test]
fn each_listing_has_its_own_target_price() {
    assert_silent(&[
        "中金公司给予云帆集团美股目标价126.0美元。\n\n中金公司给予云帆集团港股目标价122.5港元。",
    ]);
    assert_eq!(
        codes_in("中金公司给予云帆集团目标价126.0美元。\n\n中金公司给予云帆集团目标价126.0港元。"),
        ["CL007"]
    );
}

/// A bank's NPL ratio restated with another value conflicts; the ratio of a kind of
/// loan (`对公贷款不良率`, `信用卡不良率`, "for corporate loans") or of a group of workers
/// (`青年失业率`, "the jobless rate for Black workers") is another fact, and a survey's
/// unemployment rate is not a register's.
#[test]
fn rates_of_a_group_or_kind_do_not_restate_the_whole() {
    assert_right_and_wrong(
        |v| format!("东江银行2024年上半年不良贷款率为1.32%。东江银行2024年上半年不良率为{v}。"),
        "1.32%",
        "1.56%",
        "CL001",
    );
    assert_right_and_wrong(
        |v| {
            format!("Acme Bank Corp reported an NPL ratio of 1.32% for 2024. Acme Bank Corp reported an NPL ratio of {v} for 2024.")
        },
        "1.32%",
        "1.56%",
        "CL001",
    );
    assert_silent(&[
        "东江银行2024年上半年不良贷款率为1.32%。东江银行2024年上半年对公贷款不良率为1.56%。东江银行2024年上半年信用卡不良率为1.56%。",
        "Acme Bank Corp reported an NPL ratio of 1.32% for 2024. Acme Bank Corp reported an NPL ratio for corporate loans of 1.56% for 2024. Acme Bank Corp reported an NPL ratio among small businesses of 1.56% for 2024.",
        "中国经济2023年失业率为5.2%。中国经济2023年青年失业率为6.1%，大城市城镇调查失业率为5.0%，城镇调查失业率为5.1%，城镇登记失业率为5.5%。",
        "In the U.S. economy, the unemployment rate rose to 4.1% in 2024. In the U.S. economy, the jobless rate for Black workers rose to 4.4% in 2024, and the unemployment rate among women was 4.4% in 2024.",
        "In the U.S. economy, the unemployment rate rose to 4.1% in 2024. In the U.S. economy, the jobless rate for Hispanic workers rose to 4.4% in 2024.",
    ]);
    assert_eq!(
        codes_in("In the U.S. economy, the unemployment rate rose to 4.1% in 2024. In the U.S. economy, the jobless rate was 4.4% in 2024."),
        ["CL001"]
    );
}

/// The false alarms of session 19's precision round, each cut to its sentences: a
/// forecast "guided for" (the company's guidance, not analysts' estimates), a listing
/// ("Hong Kong-listed"), a line of business (`U.S. revenue`, `data center revenue`), an
/// industry's average, a kind of loan (零售, 个人经营贷), a name glued to 受, the year of
/// 全年 after a quarter of it, and a forecast with 将达到.
#[test]
fn segments_averages_and_forecasts_are_other_facts() {
    assert_silent(&[
        "Nimbus Software Inc posted fourth-quarter revenue of $3.05 billion. Nimbus had guided for fourth-quarter revenue of $2.96 billion.",
        "Orion Pharma Inc posted third-quarter revenue of $5.12 billion. Orion's U.S. revenue rose 10% to $3.62 billion in the third quarter.",
        "Silvercrest Semiconductor Inc said second-quarter revenue was $7.6 billion. Silvercrest's second-quarter data center revenue rose 41% to $6.1 billion.",
        "截至2024年末，华信银行不良贷款率为1.26%。截至2024年末，华信银行1.26%的不良贷款率低于商业银行1.50%的行业平均水平。",
        "截至2024年末，华信银行不良贷款率为1.26%。2024年末华信银行零售不良率为1.02%。",
        "截至2024年末，江海银行不良贷款率为1.17%。2024年末，江海银行个人经营贷不良率为1.64%。",
        "2024年重庆GDP为32193.2亿元。2024年广州GDP为31032.5亿元，主要受汽车制造业拖累。",
        "云帆集团2024年第四季度收入为286.4亿元；全年收入为1048.6亿元。公司2025年收入将达到1140.0亿元。",
        "Nimbus Software Inc posted fourth-quarter revenue of $3.05 billion, above estimates of $2.98 billion. In November, Nimbus had guided for fourth-quarter revenue of $2.96 billion.",
        "Morgan Stanley lifts Jinyu Technology Group target price to $120.\nMorgan Stanley's HK$117 target for Jinyu Technology Group's Hong Kong-listed stock is the highest on the Street.",
    ]);
    // The company's guidance restated is checked against itself.
    assert_right_and_wrong(
        |v| {
            format!("Nimbus Software Inc had guided for fourth-quarter revenue of $2.96 billion, above estimates of $2.98 billion. Nimbus Software Inc had guided for fourth-quarter revenue of {v}, its chief executive said.")
        },
        "$2.96 billion",
        "$2.99 billion",
        "CL001",
    );
    // A line of business restated as itself is still checked.
    assert_right_and_wrong(
        |v| {
            format!("Silvercrest Semiconductor Inc said second-quarter data center revenue was $6.1 billion. Silvercrest's second-quarter data center revenue rose 41% to {v}.")
        },
        "$6.1 billion",
        "$6.7 billion",
        "CL001",
    );
}

/// A correction names the wrong value it replaces: that value is what was published
/// before, no restatement of the corrected one. (`东岳新材`: 新材, 药业, 制药 and 重工 end
/// company names.)
#[test]
fn a_value_written_in_error_is_no_restatement() {
    assert_silent(&[
        "东岳新材称，公司将第四季度营业收入13.26亿元误写为12.36亿元。更正后，东岳新材2023年第四季度营业收入为13.26亿元。",
        "Harlow Pharma Inc posted fourth-quarter revenue of $1.32 billion. Harlow Pharma Inc said its fourth-quarter revenue was incorrectly stated as $1.23 billion in an earlier release.",
        "东岳新材年报摘要将2023年营业收入误写为\"86.42亿元\"。\n\n东岳新材2023年实现营业收入68.42亿元。",
        "Halvorsen Foods Inc. said its release incorrectly stated 2023 revenue as $1.84 billion.\n\nHalvorsen Foods reported 2023 revenue of $1.48 billion.",
    ]);
    assert_right_and_wrong(
        |v| {
            format!(
                "东岳新材2023年第四季度营业收入为13.26亿元。东岳新材2023年第四季度营业收入为{v}。"
            )
        },
        "13.26亿元",
        "12.36亿元",
        "CL001",
    );
}

/// The old value may follow the rate when the prior period says what it was
/// (`同比增长2.49%，上年同期为8427.7亿元`, `（上年同期为76.8亿元）`); a figure after
/// `比上年` is the next change's.
#[test]
fn a_prior_value_after_the_rate_is_the_old_value() {
    assert_right_and_wrong(
        |v| format!("该行营业收入8637.6亿元，同比增长{v}，上年同期为8427.7亿元。"),
        "2.49%",
        "2.94%",
        "CL002",
    );
    assert_right_and_wrong(
        |v| {
            format!(
                "公司实现营业收入86.4亿元，同比增长{v}（上年同期为76.8亿元）；基本每股收益0.76元。"
            )
        },
        "12.5%",
        "18.6%",
        "CL002",
    );
    assert_silent(&["营收2760亿元，比上月3142亿元减少12.2%，比上年2062亿元增长33.8%。"]);
}

/// 元 alone is the local currency where it is spent: a Taiwanese headline's 億元 is the
/// body's 新台幣. Beside 美元 it is still a dropped 美.
#[test]
fn a_bare_yuan_is_the_local_dollar() {
    assert_silent(&["台積電11月營收2,760.58億元，年增33.9%。\n\n台積電11月合併營收約新台幣2,760.58億元，較去年同期增加33.9%。"]);
    assert_eq!(
        codes_in("台積電11月營收2,760.58億元，年增33.9%。\n\n台積電11月合併營收約2,760.58億美元，較去年同期增加33.9%。"),
        ["CL007"]
    );
}

/// `rose to $612 million, or $1.53 per share, from $540 million`: an aside that restates
/// the new value in other terms, or says no figure (`its lowest since late December`),
/// does not part "to" from "from".
#[test]
fn an_aside_between_to_and_from_is_passed_over() {
    let earnings = |verb: &str| {
        format!("Net income {verb} to $612 million, or $1.53 per share, from $540 million, or $1.35 per share.")
    };
    assert_right_and_wrong(earnings, "rose", "fell", "CL003");
    let rate = |rate: &str| {
        format!("Net income rose {rate} to $612 million, or $1.53 per share, from $540 million, or $1.35 per share.")
    };
    assert_right_and_wrong(rate, "13%", "10%", "CL002");
    let lowest = |rate: &str| {
        format!("The dollar fell {rate} to 141.85 yen, its lowest since late December, from 143.57 yen.")
    };
    assert_right_and_wrong(lowest, "1.2%", "2.2%", "CL002");
}

/// A percentage after ", or" next to a change's old or new value is that value's share
/// of a whole (`to 418,500 shares, or 9.3 pct, from 337,500 shares, or 7.5 pct`); next to
/// the amount of the change, or with a comparative after it, it is the change's rate,
/// also when "to" opens a clause of its own (`rose $10 million, or 5%, to $210 million`).
#[test]
fn a_percentage_beside_a_value_is_its_share_beside_the_change_its_rate() {
    assert_silent(&[
        "The group raised its stake to 418,500 shares, or 9.3 pct, from 337,500 shares, or 7.5 pct.",
        "Unemployment rose to 412,000, or 8.1 pct of the workforce, from 390,000, or 7.7 pct.",
    ]);
    let amount = |rate: &str| {
        format!("Revenue rose $10 million, or {rate}, to $210 million from $200 million.")
    };
    assert_right_and_wrong(amount, "5%", "8%", "CL002");
    let woolworth =
        |rate: &str| format!("Domestic sales increased {rate} pct, to 249 mln from 233 mln.");
    assert_right_and_wrong(woolworth, "7.1", "9.1", "CL002");
    // Of two change words, the one nearest "to" has the rate right before it.
    let nearest = |rate: &str| {
        format!("The seasonally adjusted rise in starts included a {rate} pct increase in September single-family starts to 1,168,000 from 1,111,000 in August.")
    };
    assert_right_and_wrong(nearest, "5.1", "5.4", "CL002");
    let lower = |rate: &str| format!("Cost dropped from $25.52 to $11.10, or {rate} lower.");
    assert_right_and_wrong(lower, "56.5%", "46.5%", "CL002");
}

/// Beside the parts after 其中 stand figures that are no parts: how much a part changed,
/// an average, the base of a share. Each sentence here was a CL004.
#[test]
fn changes_averages_and_bases_beside_parts_are_no_parts() {
    assert_silent(&[
        "产量112万吨，其中长材100万吨，增加14万吨。",
        "指数为112.86点。其中，长材指数116.54点，环比上升4.08点。",
        "发送旅客1.52亿人次，其中6天发送1.34亿人次，日均2233万人次。",
        "全年旅客运输量6.2亿人次，其中国际航线1.48亿人次，恢复至2019年5.0亿人次的29.6%。",
    ]);
    let parts = |steel: &str| format!("产量112万吨，其中长材{steel}万吨，板材20万吨，增加14万吨。");
    assert_right_and_wrong(parts, "92", "102", "CL004");
}

/// A count at a unit price makes the sum said after ", or" or a word of total (总额,
/// 总金额); a price after the count it divides is no factor.
#[test]
fn a_count_at_a_price_and_its_sum() {
    let shares = |sum: &str| format!("He bought 1,200 shares at $15 each, or {sum}.");
    assert_right_and_wrong(shares, "$18,000", "$20,000", "CL005");
    let buses = |sum: &str| format!("共计采购320辆10.5米纯电动公交车，单价45万元，总额{sum}亿元。");
    assert_right_and_wrong(buses, "1.44", "1.6", "CL005");
    assert_silent(&["General obligation debt stood at $31.4 billion, or about $2,290 for each of the state's 13.7 million residents."]);
}

/// Lots at two prices add up to their total; one count times one price is no product
/// of it. A price written per share after its unit (`32.80元/股`) is a factor when it is
/// the sentence's one price, not beside the highest and lowest of a buyback; an offer
/// price stated before stands for a count of shares, not of companies (`27家`).
#[test]
fn lots_at_two_prices_are_no_product_of_one() {
    assert_silent(&[
        "The city bought 40 buses at $750,000 each and 12 chargers at $95,000 each, for a total of $31.1 million.",
        "12 wide-body jets at $110 million each and 20 narrow-body jets at $52 million each, for a total of $2.36 billion.",
        "公司累计回购股份1250万股，最高成交价为25.88元/股，最低成交价为21.30元/股，成交总金额为2.95亿元。",
        "公司本次公开发行新股6,000万股，发行价格为每股38.50元，募集资金总额为23.10亿元。今年以来，科创板共有27家公司首发上市，合计募集资金约412亿元。",
    ]);
    let listing = |total: &str| {
        format!("公司本次公开发行股票6000万股，发行价格为32.80元/股，募集资金总额为{total}亿元。")
    };
    assert_right_and_wrong(listing, "19.68", "21.68", "CL005");
}

/// What is no restatement of a company's total or part of a population: a segment's
/// figure (`乘用车销量`, `新能源汽车销量`), the figures of companies a headline counts
/// (`四家快递公司`: several, not one), and a density (`5000人/平方千米`).
#[test]
fn segments_counted_companies_and_densities() {
    assert_silent(&[
        "星驰汽车11月销量30.2万辆。11月乘用车销量29.8万辆。",
        "星驰汽车11月销量30.2万辆。11月，新能源汽车销量27.6万辆。",
        "四家快递公司公布10月数据。10月，顺丰单票收入2.24元。10月，韵达单票收入2.06元。",
        "该市常住人口38.5万人，其中市区人口38.2万人，人口密度约为5000人/平方千米。",
    ]);
    let restated =
        |again: &str| format!("星驰汽车11月销量30.2万辆。11月，星驰汽车销量{again}万辆。");
    assert_right_and_wrong(restated, "30.2", "29.8", "CL001");
}

/// Groups of people named by two traits (sex and age, degree and title, relocated and in
/// need of aid) overlap: such a 其中 list is no partition. Groups named by one trait are.
#[test]
fn groups_named_by_two_traits_overlap() {
    assert_silent(&[
        "受灾人口12.6万人，其中紧急转移安置8.8万人，需紧急生活救助5.1万人。",
        "公司共有员工1200人，其中女性700人，35岁以下青年职工600人。",
        "全年城镇新增就业68.4万人，其中女性31.2万人，35岁以下青年42.7万人。",
        "学校有专任教师2,860人，其中正高级职称720人，具有博士学位的2,310人。",
    ]);
    let staff = |women: &str| format!("公司共有员工1200人，其中男性500人，女性{women}人。");
    assert_right_and_wrong(staff, "700", "800", "CL004");
}

/// One part after 其中 is checked too, when it and its whole count something: it can only
/// be too large. An average, an index or a price is no whole, and a bound that picks a
/// group (`60岁及以上`) is no amount (each silent sentence was a finding of the first
/// version).
#[test]
fn one_part_after_qizhong() {
    let rail = |fast: &str| format!("全国铁路营业里程共計15.5萬公里，其中高速铁路{fast}万公里。");
    assert_right_and_wrong(rail, "4.2", "16.2", "CL004");
    let found = claimlint::check(&Document::new("a.txt", rail("16.2")));
    assert_eq!(
        found[0].message,
        "the part `16.2万公里` is more than the whole `15.5萬公里`"
    );
    // 包括 lists parts as 其中 does (DRCD's Dubai census).
    let dubai = |women: &str| {
        format!("杜拜酋長國的人口總數為1,771,000人，包括1,370,000名男性和{women}名女性。")
    };
    assert_right_and_wrong(dubai, "401,000", "501,000", "CL004");
    assert_silent(&[
        "假期全国高速公路日均车流量达4,182.6万辆次，比平日增长28.1%，其中1月1日车流量最高，达4,561.3万辆次。",
        "指数为112.86点。其中，长材指数116.54点，环比上升4.08点。",
        "60岁及以上人口占21.6%，其中65岁及以上人口占15.8%。",
        "目前上海拥有10所211工程重点高校，其中上海交通大学、复旦大学为985工程院校。",
    ]);
}

/// Parts after 其中 whose labels are of unrelated kinds (民办, 寄宿制, 农村) name groups that
/// overlap; labels alike in a character, a known pair, the rest (其他) or labels after
/// the figures make a partition.
#[test]
fn parts_after_qizhong_labelled_alike_partition_their_whole() {
    assert_silent(&[
        "学校1260所，其中民办310所，寄宿制520所，农村640所。",
        "年末全市共有各级各类学校1260所，其中民办学校310所，寄宿制学校520所，农村学校640所。",
        "村里312個，其中再生社區85個，5G村里256個。",
    ]);
    let schools = |private: &str| format!("学校1260所，其中公办950所，民办{private}所。");
    assert_right_and_wrong(schools, "310", "410", "CL004");
    let segments = |cars: &str| format!("营收900亿元，其中汽车业务{cars}亿元，其他300亿元。");
    assert_right_and_wrong(segments, "600", "700", "CL004");
    let shanghai = |local: &str| {
        format!("上海市內共有2419.70万名常住人口，其中分別有980.20万名常住外來人口以及{local}万名常住户籍人口。")
    };
    assert_right_and_wrong(shanghai, "1439.50", "1639.50", "CL004");
}

/// `净利润下降至5.1亿元，上年同期为4.2亿元`: a word of change and 至 give the new value,
/// a prior period after it in the sentence the old one, and their rate stands before
/// 至 or after the new value.
#[test]
fn a_change_to_a_value_then_its_prior_period() {
    let profit = |verb: &str| format!("净利润{verb}至4.2亿元，上年同期为5.1亿元。");
    assert_right_and_wrong(profit, "下降", "增长", "CL003");
    let fees = |rate: &str| format!("手续费收入同比增长{rate}至2.3亿元，上年同期为1.9亿元。");
    assert_right_and_wrong(fees, "21%", "35%", "CL002");
    let forecast = |verb: &str| format!("IMF将全球经济增长预期{verb}至3.2%，此前预测为3.5%。");
    assert_right_and_wrong(forecast, "下调", "上调", "CL003");
    let births = |verb: &str| format!("去年出生人口{verb}至902万人，上一年为956万人。");
    assert_right_and_wrong(births, "减少", "增加", "CL003");
}

/// doubled, tripled, quadrupled, 翻了一番 and 翻两番 state a multiple in a word, about as
/// exact as "about twice": ×1.85 nearly doubles, ×1.5 does not double.
#[test]
fn a_multiple_said_in_a_word() {
    let stations =
        |new: &str| format!("The number of charging stations doubled to {new} from 200.");
    assert_right_and_wrong(stations, "410", "300", "CL002");
    let stores = |new: &str| format!("门店数量从两年前的120家增至{new}家，翻了一番。");
    assert_right_and_wrong(stores, "250", "300", "CL002");
    let exports = |old: &str| format!("Exports tripled to 9,000 tonnes from {old} tonnes.");
    assert_right_and_wrong(exports, "3,100", "4,100", "CL002");
    assert_silent(&[
        "Investment in Canada nearly doubled to 15.9 billion from 8.6 billion.",
        "Sales more than doubled to $410 million from $198 million.",
        "Sales doubled last year, and profit doubled as well.",
    ]);
}

/// Words that say what a value is may stand between "to" and it (`to a seasonally
/// adjusted 1,493,000 units`), and the old value's period between it and "to" (`from
/// $124.0 million in 2018 to $175.5 million`).
#[test]
fn described_values_and_periods_inside_a_change() {
    let starts = |rate: &str| {
        format!("Housing starts fell {rate} pct in September to a seasonally adjusted 1,493,000 units from 1,502,000 units.")
    };
    assert_right_and_wrong(starts, "0.6", "6.6", "CL002");
    let revenue = |rate: &str| {
        format!(
            "Revenue increased by {rate} from $124.0 million in 2018 to $175.5 million in 2019."
        )
    };
    assert_right_and_wrong(revenue, "41.5%", "54.5%", "CL002");
}

/// Words of change in -ing are read, and the nearest to the values decides: in
/// `Elevation gain dropping to 95 metres`, "gain" is a noun.
#[test]
fn words_of_change_in_ing() {
    let gain = |verb: &str| format!("Elevation gain {verb} to 95 metres from 140 metres.");
    assert_right_and_wrong(gain, "dropping", "climbing", "CL003");
    let price = |verb: &str| format!("Shares ended the week {verb} to $38 from $31.");
    assert_right_and_wrong(price, "surging", "sliding", "CL003");
}

/// In Chinese a multiple straight after a word of rising is the increase: 增长1.1倍 is
/// ×2.1, as 增长了两倍 is ×3, whatever the form of the change (由A增至B, 较A). Words of
/// change are read in traditional characters too (增長, 減少, 擴大).
#[test]
fn chinese_multiples_and_words_of_change() {
    let firms = |multiple: &str| {
        format!("高新技术企业数量由2018年的612家增加到2023年的1,286家，增长{multiple}倍。")
    };
    assert_right_and_wrong(firms, "1.1", "2.1", "CL002");
    let profit = |multiple: &str| format!("净利润由3.2亿元增至8.9亿元，增长约{multiple}倍。");
    assert_right_and_wrong(profit, "1.8", "2.8", "CL002");
    let traditional = |verb: &str| format!("營收由新臺幣500億元{verb}至新臺幣450億元。");
    assert_right_and_wrong(traditional, "減少", "增長", "CL003");
}

/// The whole that 其中/of which breaks down is the figure before it that is no rate and
/// no old value, and of the parts' kind: a level for levels, a change for changes. What
/// is no part of it: a part's rate per period, figures measured per head, and a clause
/// that turns to another measure (", and its", ", while", 而) or to a rival; a product
/// line's revenue (`组件收入`, "cloud revenue") is a part, no restatement of the whole.
/// Each sentence here was a finding (CL004, CL001), the one with the wrong whole twice.
#[test]
fn the_whole_of_a_breakdown_and_what_is_no_part_of_it() {
    assert_silent(&[
        "Total debt decreased by $40.0 million, reflecting repayments of $15.0 million ($3.75 million a quarter) and net repayments of $25.0 million.",
        "Total debt decreased by $40.0 million, reflecting repayments of $15.0 million (quarterly installments of $3.75 million) and net repayments of $25.0 million.",
        "Income was €1.31 billion, of which grants accounted for €412 million, and its endowment was €1.2 billion.",
        "Sales were 120 mln dlrs, of which exports were 50 mln dlrs, while the order book stood at 90 mln dlrs.",
        "Revenue was $19 million, of which services $7 million; rival Acme had revenue of $15 million.",
        "营收19亿元，其中服务收入7亿元；竞争对手甲公司营收15亿元。",
        "晶耀能源前三季度组件出货量为48.6GW，组件平均售价为每瓦0.86元，组件收入约418亿元。前三季度公司实现营业收入462.8亿元。",
        "Nimbus said cloud revenue was $4.1 billion in the quarter. Nimbus reported revenue of $9.8 billion for the quarter.",
        "Kestrel reported revenue of $900 million, up 5% from $857 million a year earlier, of which $500 million came from industrial, $250 million from consumer and $130 million from services.",
        "年末全省民用汽车保有量386.4万辆，比上年末增加28.6万辆，其中新能源汽车20.3万辆，增加9.2万辆。",
        "全年全体居民人均消费支出33815元，增长8.6%，其中城镇居民人均消费支出38962元，农村居民人均消费支出22487元。",
    ]);
    let people = |women: &str| format!("人口1萬8,642人，其中男性9,873人，女性{women}人。");
    assert_right_and_wrong(people, "8,769", "9,769", "CL004");
    assert_silent(&["歲出編列新臺幣2兆8,813億元，其中社會福利支出6,885億元，教育支出5,650億元。"]);
    let kestrel = |industrial: &str| {
        format!("Kestrel reported revenue of $900 million, up 5% from $857 million a year earlier, of which {industrial} came from industrial, $250 million from consumer and $130 million from services.")
    };
    assert_right_and_wrong(kestrel, "$500 million", "$600 million", "CL004");
    let sales = |exports: &str| {
        format!("营收合计80亿元，同比增长9.6%，其中手机、家电和互联网服务收入分别为{exports}、28亿元和12亿元。")
    };
    assert_right_and_wrong(sales, "40亿元", "45亿元", "CL004");
}

/// One figure compared twice, `B, down X% from A1 … but up Y% from A2`: each comparison
/// starts from B, not from the other's old value, and takes the rate nearest its "from".
#[test]
fn a_figure_compared_twice_is_the_new_value_of_both() {
    assert_silent(&[
        "Sales were $100 million, down 19% from $123.5 million in the previous quarter but up 27% from $78.7 million a year earlier.",
        "Sales were $131 million, up 7% from $122 million a year earlier and up 3% from $127 million in the first quarter.",
        "He put 1986 revenue at 222.03 billion yuan, against a budgeted 214.17 billion, and up from 185.41 billion in 1985.",
    ]);
    let twice = |rate: &str| {
        format!("Revenue was $1.31 billion, up 3% sequentially and {rate} from $1.22 billion a year earlier.")
    };
    assert_right_and_wrong(twice, "7%", "17%", "CL002");
}

/// A revised range (`to between X and Y, from A to B`) and two lists compared
/// (`$150.00 and $120.80, respectively, versus $144.09 and $110.02`) pair no single old
/// value with a new one: each sentence here was a finding.
#[test]
fn revised_ranges_and_compared_lists_are_not_one_change() {
    assert_silent(&[
        "It raised its forecast for net additions to between 1.9 million and 2.0 million, from 1.7 million to 1.9 million.",
        "It cut its outlook to between $5.00 and $5.20, from $5.20 to $5.50.",
        "RevPAR rose to $150.00 and $120.80, respectively, versus $144.09 and $110.02.",
    ]);
}

/// `X and Y, up a% and b% from A and B`: a list of old values pairs in order with the
/// list of new values before the change word, and with no one new value reached by "to";
/// each silent sentence here was a finding on its first old value.
#[test]
fn a_list_of_old_values_pairs_with_a_list_of_new_ones() {
    assert_silent(&[
        "Tuition is $12,480 for residents and $38,960 for nonresidents, up 2.0% and 3.5% from $12,235 and $37,643.",
        "Imports rose 6.1% to 436,000 TEUs and exports fell 1.2% to 121,000 TEUs, from 411,000 and 122,500.",
    ]);
    let airports = |shannon_before: &str| {
        format!(
            "Dublin and Shannon rose to 1.92 million and 0.41 million, up 5.5% and 2.5% from 1.82 million and {shannon_before} million."
        )
    };
    assert_right_and_wrong(airports, "0.40", "0.45", "CL003");
    // A count after the old value is no second old value: the change is still read.
    let attendance = |rate: &str| {
        format!("Total attendance climbed {rate} to 4.05 million from 3.63 million across 220 regular-season matches.")
    };
    assert_right_and_wrong(attendance, "11.6%", "10.4%", "CL002");
}

/// A list whose last part is the rest (其他, "the remaining") gives every part: parts that
/// add up to less than the whole contradict it too. Without the rest, a short list may
/// leave parts out and stays silent.
#[test]
fn parts_ending_with_the_rest_add_up_to_the_whole() {
    let budget = |health: &str| {
        format!("全区一般公共预算支出安排1286亿元，其中教育268亿元、社会保障和就业215亿元、卫生健康{health}亿元、城乡社区支出196亿元、其他支出457亿元。")
    };
    assert_right_and_wrong(budget, "150", "132", "CL004");
    let seats = |labour: &str| {
        format!("Of the 30 seats, the Greens won 12 seats, Labour {labour} seats and independents the remaining 14 seats.")
    };
    assert_right_and_wrong(seats, "4", "1", "CL004");
    assert_silent(&[
        "全区一般公共预算支出安排1286亿元，其中教育268亿元、社会保障和就业215亿元、卫生健康132亿元、城乡社区支出196亿元、交通运输457亿元。",
        // 主要包括…等 names some parts only, whatever the last is called.
        "政府性基金预算支出安排12.8亿元，主要包括城乡社区支出10.5亿元、其他支出0.6亿元等。",
    ]);
}

/// `共售出1.2万份，每份售价199元，销售额约293万元`: the sales after a count and its price
/// are their product.
#[test]
fn sales_after_a_count_and_its_price_are_their_product() {
    let promo = |sales: &str| format!("活动期间共售出1.2万份，每份售价199元，销售额{sales}。");
    assert_right_and_wrong(promo, "约239万元", "约293万元", "CL005");
}

/// A correction note names the wrong value beside the right one, not a change.
#[test]
fn a_correction_note_is_no_change() {
    assert_silent(&["(Corrects percentage rise to 22.9% from 88.5%)\n\nProfit rose 22.9%."]);
    let rise = |verb: &str| format!("Profit {verb} to 22.9% from 18.5% of sales.");
    assert_right_and_wrong(rise, "rose", "fell", "CL003");
}

/// What was hoped for, aimed for, budgeted or planned (原本希望, 原计划) is no actual
/// figure: each sentence here was a finding against the figure reported.
#[test]
fn hopes_and_plans_are_not_the_figures_reported() {
    assert_silent(&[
        "Danish container carrier Nordvik Line reported a second-quarter operating profit of $412 million. The $450 million operating profit the company had hoped for proved out of reach.",
        "Danish container carrier Nordvik Line reported a second-quarter operating profit of $412 million. The $450 million operating profit management had aimed for proved out of reach.",
        "Danish container carrier Nordvik Line reported a second-quarter operating profit of $412 million. The $450 million operating profit it had budgeted proved out of reach.",
        "远航汽车三季度营收186.2亿元。公司原本希望三季度营收达到200亿元。",
    ]);
}

/// A target revised from the value stated before is not restated with another: the
/// text says it changed, and later statements are compared with the new value.
#[test]
fn a_revision_from_the_stated_value_is_no_restatement() {
    let target = |later: &str| {
        format!("前三季度，云驰汽车累计交付28.6万辆，仅完成年初设定的45万辆全年目标的63.6%。\n\n同日，云驰汽车宣布，公司将全年销量目标由45万辆下调至42万辆。\n\n云驰汽车全年销量目标为{later}。")
    };
    assert_right_and_wrong(target, "42万辆", "45万辆", "CL001");
    // Recalled as past (曾, 年初), the value before the revision is background.
    assert_silent(&[
        "远航汽车将全年交付目标由45万辆下调至42万辆。今年年初，公司曾将全年交付目标定为45万辆。",
        "远航汽车宣布将全年交付目标下调至42万辆。年初，公司将全年交付目标定为45万辆。",
    ]);
    let stale = claimlint::check(&Document::new("a.txt", target("45万辆")));
    assert!(
        stale[0]
            .message
            .ends_with("restated as `45万辆`, revised to `42万辆`"),
        "{}",
        stale[0].message
    );
}

/// A headline's figure is the lead's, restated in fewer words: a wire headline in capitals,
/// a Chinese title and a Markdown heading.
#[test]
fn a_headline_figure_restated_in_the_lead() {
    let wire = |rate: &str| {
        format!("U.S. HOUSING STARTS FELL {rate} IN MAY\n\nWASHINGTON, June 16 - U.S. housing starts fell 2.7 pct in May to a seasonally adjusted annual rate of 1,620,000 units, the Commerce Department said.\n")
    };
    assert_right_and_wrong(wire, "2.7 PCT", "2.9 PCT", "CL001");
    let deficit = |amount: &str| {
        format!("CHINA SAYS 1986 BUDGET DEFICIT {amount} YUAN\n\nPEKING, March 26 - China posted a budget deficit of 7.08 billion yuan in 1986, after a surplus of 2.82 billion in 1985.\n")
    };
    assert_right_and_wrong(deficit, "7.08 BILLION", "7.01 BILLION", "CL001");
    let title = |rate: &str| {
        format!("宁德时代上半年净利润增长{rate}\n\n宁德时代周二公布，今年上半年实现营业收入1520亿元，同比增长8.5%；归母净利润约120亿元，同比增长11.8%。\n")
    };
    assert_right_and_wrong(title, "12%", "15%", "CL001");
    let heading = |rate: &str| {
        format!("# Q3 revenue up {rate} as cloud grows\n\nContoso reported third-quarter revenue of $5.1 billion, up 12% from a year earlier, as cloud sales grew 31%.\n")
    };
    // A forecast ("SEES"), and a seasonally adjusted rate the headline calls the rate.
    let forecast = |amount: &str| {
        format!("TEXACO SEES 1988 CAPITAL SPENDING AT {amount}\n\nWHITE PLAINS, N.Y., Dec 10 - Texaco Inc said it expects to spend 3.2 billion dlrs on capital projects in 1988, up from an estimated 2.9 billion dlrs this year.\n")
    };
    assert_right_and_wrong(forecast, "3.2 BILLION DLRS", "3.4 BILLION DLRS", "CL001");
    let jobless = |rate: &str| {
        format!("CANADA JOBLESS RATE FALLS TO {rate}\n\nOTTAWA, Sept 4 - Canada's seasonally adjusted unemployment rate fell to 7.8 pct in August from 8.1 pct in July, Statistics Canada said.\n")
    };
    assert_right_and_wrong(jobless, "7.8 PCT", "7.6 PCT", "CL001");
    // A level beside its year-ago value and a rate: the rate's word is not the level's,
    // and the year-ago value is of another period.
    let trade = |amount: &str| {
        format!("东岭省一季度进出口{amount} 同比增长5.4%\n\n本报讯 今年一季度，东岭省货物贸易进出口总值3,258.6亿元，较去年同期的3,091.7亿元增长5.4%。\n")
    };
    assert_right_and_wrong(trade, "3,258.6亿元", "3,285.6亿元", "CL001");
    // 元 in a Taiwanese headline is the lead's 新台幣, and a day's number is no amount.
    let taxes = |amount: &str| {
        format!("8月全國賦稅收入{amount} 年增11.3%\n\n財政部今（9）日公布，8月全國賦稅收入實徵淨額為新台幣1,842億元，較去年同月增加187億元，年增11.3%。\n")
    };
    assert_right_and_wrong(taxes, "1,842億元", "1,824億元", "CL001");
    let turnout = |rate: &str| {
        format!("Turnout rises to {rate}\n\nTurnout rose to 44.6%, with 285 polling stations reporting.\n")
    };
    assert_right_and_wrong(turnout, "44.6%", "46.4%", "CL001");
    let markdown = |text: String| claimlint::check(&Document::new("a.md", text));
    assert!(markdown(heading("12%")).is_empty());
    assert_eq!(markdown(heading("14%"))[0].code, "CL001");
    assert_eq!(
        only_message(&wire("2.9 PCT")),
        "the headline's `2.9 PCT` is restated as `2.7 pct` in the lead"
    );
    // The same figure said to have moved the other way.
    let way = |word: &str| {
        format!("U.S. HOUSING STARTS {word} 2.7 PCT IN MAY\n\nWASHINGTON, June 16 - U.S. housing starts fell 2.7 pct in May to a seasonally adjusted annual rate of 1,620,000 units.\n")
    };
    assert_right_and_wrong(way, "FELL", "ROSE", "CL001");
    assert_eq!(
        only_message(&way("ROSE")),
        "the headline's `ROSE 2.7 PCT` is restated as `fell 2.7 pct` in the lead"
    );
}

/// A headline figure is matched only with the one figure of the lead that may restate
/// it: not when the lead gives two (the headline may sum them or name either), not with
/// a change the other way, an old value, another unit or a figure that shares no word
/// with the headline, and not when it is only a number.
#[test]
fn a_headline_figure_the_lead_does_not_plainly_restate() {
    assert_silent(&[
        "GM TO CUT 5,000 JOBS\n\nDETROIT, Nov 6 - General Motors Corp said it would cut 4,000 jobs at its Michigan plants and 1,000 elsewhere.\n",
        "STOCKS CLOSE 1.4 PCT HIGHER\n\nNEW YORK, Aug 8 - The Dow Jones industrial average closed up 1.2 pct at 2,594.23 after a gain of 1.5 pct in early trade.\n",
        "GOLD FIELDS OUTPUT FALLS 15 PCT\n\nJOHANNESBURG, May 3 - Gold Fields Ltd said output fell sharply in the half year, while shipments rose 13 pct.\n",
        "BANK CUTS PRIME RATE TO 8.25 PCT\n\nNEW YORK, May 15 - Harbor Trust Co cut its prime rate to 8.25 pct from 8.5 pct.\n",
        "WIDGET SALES UP 12 PCT\n\nBOSTON, May 3 - Acme Inc said its shipments rose 10 pct in April.\n",
        "ACME SALES UP 12 PCT\n\nBOSTON, May 3 - Acme Inc said its sales fell 3 pct in April.\n",
        // A rate is not restated as a bare number beside its restatement.
        "Turnout rises to 44.6%\n\nTurnout rose to 44.6%, with 285 polling stations reporting.\n",
        "## Version 4.1\n\nVersion 4.2 adds three new settings.\n",
        "国家统计局：11月CPI同比上涨0.5%\n\n国家统计局12月9日发布数据显示，11月份全国居民消费价格同比上涨0.5%，环比下降0.6%。\n",
    ]);
}

/// Each sentence here was a finding: the amount of a change read as the new level
/// (`比上年增加1109万吨，增长1.6%，上年为69541万吨`), and what a total includes read as
/// the total restated.
#[test]
fn an_increase_and_an_included_part_are_not_levels() {
    assert_silent(&[
        "全国粮食总产量70650万吨，比上年增加1109万吨，增长1.6%，上年为69541万吨。",
        "Staff totalled 15,381, an increase of 579, up 3.9%, compared with 14,802 last year.",
        "Larkspur Foods Corp had revenue of $3.1 billion last year. Larkspur Foods Corp's sales last year included $2.2 billion from frozen meals.",
    ]);
    let grain = |rate: &str| {
        format!("全国粮食总产量70650万吨，比上年增加1109万吨，增长{rate}，上年为69541万吨。")
    };
    assert_right_and_wrong(grain, "1.6%", "2.6%", "CL002");
}

/// "from a peak of 7.96 trillion euros" names the old value, and "a 24% reduction" the
/// change's rate: neither was read.
#[test]
fn an_old_value_described_and_a_rate_before_a_noun_of_change() {
    let portfolio = |rate: &str| {
        format!("The portfolio fell to 6.42 trillion euros from a peak of 7.96 trillion euros, down {rate}.")
    };
    assert_right_and_wrong(portfolio, "19%", "24%", "CL002");
    let reduction = |rate: &str| {
        format!("The portfolio fell to 6.42 trillion euros from 7.96 trillion euros, a {rate} reduction.")
    };
    assert_right_and_wrong(reduction, "19%", "24%", "CL002");
    let jobless = |verb: &str| format!("Unemployment {verb} to 4.4% from a record low of 3.4%.");
    assert_right_and_wrong(jobless, "rose", "fell", "CL003");
}

/// Two cuts listed with their months are steps of the change, not the change: each
/// sentence here was a finding on one step.
#[test]
fn a_rate_listed_with_another_is_one_step_of_the_change() {
    assert_silent(&[
        "5年期以上LPR在2月和7月分别下调0.25个百分点和0.1个百分点，由年初的4.2%降至3.85%。",
        "The rate was cut by 0.25 percentage point in February and 0.1 percentage point in July, to 3.85% from 4.2% at the start of the year.",
    ]);
    // One cut alone is the change.
    let one_cut = |cut: &str| format!("5年期以上LPR下调{cut}，由年初的4.2%降至3.85%。");
    assert_right_and_wrong(one_cut, "0.35个百分点", "0.25个百分点", "CL002");
}

/// `Of the $2.1 billion, …`: a sentence that opens with its whole lists its parts, but
/// groups that may overlap (probes 116 and 119).
#[test]
fn a_sentence_opening_with_of_the_whole_lists_its_parts() {
    let budget = |roads: &str| {
        format!("Of the $2.1 billion, $800 million goes to schools and {roads} to roads.")
    };
    assert_right_and_wrong(budget, "$1.3 billion", "$1.5 billion", "CL004");
    // Groups of people that may overlap: said to (`many did both`), or two past their
    // whole that are no known pair (first-time and independent; not women and men).
    assert_silent(&[
        "Of the 1,240 volunteers, 820 helped in our warehouses and 610 delivered parcels; many did both.",
        "Of the 412, 186 were first-time contributors and 263 were independent contributors.",
        "Of the 29,370 students, 21,650 are undergraduates and 8,620 are international.",
    ]);
    let respondents =
        |men: &str| format!("Of the 412 respondents, 236 were women and {men} were men.");
    assert_right_and_wrong(respondents, "176", "196", "CL004");
    // Probe 123: "in total" after the whole names the figure before it, whose bare
    // numbers after the colon count what it counts.
    let regions = |central: &str| {
        format!("The state had 4,862,300 residents in total: {central} in Central, 1,214,600 in the North, 987,400 in the South and 628,800 in the West.")
    };
    assert_right_and_wrong(regions, "2,031,500", "2,301,500", "CL004");
}

/// "revised up to 43,000" is the direction of a revision, not "up to" (at most): read as
/// a bound, the revision took its new value from another clause.
#[test]
fn revised_up_to_is_a_direction() {
    assert_silent(&[
        "The November figure was revised down to 212,000, while October's gain was revised up to 43,000 from 36,000.",
        "November fell to 212,000 and October was revised up to 43,000 from 36,000.",
    ]);
    let revised =
        |direction: &str| format!("October's gain was revised {direction} to 43,000 from 36,000.");
    assert_right_and_wrong(revised, "up", "down", "CL003");
}

/// "edged up to 62.6%" is a small rise to a value, not "up to" (at most): read as a bound,
/// the rise had no new value and a fall under it went unseen.
#[test]
fn edged_up_to_is_a_direction() {
    let jobless =
        |verb: &str| format!("The jobless rate {verb} to 3.9% in May from 4.0% in April.");
    for verb in ["edged", "ticked", "inched", "crept", "moved"] {
        assert_right_and_wrong(
            jobless,
            &format!("{verb} down"),
            &format!("{verb} up"),
            "CL003",
        );
    }
}

/// `从42.4亿元增加3.2亿元至45.6亿元`: the amount right after the change word, between the
/// two values, is the stated difference, as "rose $200 million to … from …" is in English.
#[test]
fn a_chinese_change_by_an_amount_states_the_difference() {
    let revenue = |by: &str| format!("公司营业收入从上年同期的42.4亿元增加{by}至45.6亿元。");
    assert_right_and_wrong(revenue, "3.2亿元", "3.5亿元", "CL002");
}

/// `收于每克586.20元` is a price, not the day's move a 上涨 beside it names: read as moves,
/// a futures price and a jeweller's price of one day were one fact.
#[test]
fn a_word_of_moving_names_no_level() {
    assert_silent(&[
        "中国人民银行公布了数据。黄金现货20日收于每克585.36元，上涨1.06%；黄金期货收于每克586.20元。20日，金饰价格报每克768元，较年初的每克628元上涨22.3%。",
    ]);
}

/// `864.3亿元超预期`, "$4.83 billion beat the average estimate": the figure measured
/// against expectations is the actual one, not an estimate.
#[test]
fn a_figure_that_beats_expectations_is_no_estimate() {
    let quarter = |restated: &str| {
        format!("启明科技三季度营收864.3亿元超预期。三季度，启明科技营业收入{restated}，高于预期的856.0亿元。")
    };
    assert_right_and_wrong(quarter, "864.3亿元", "846.3亿元", "CL001");
}

/// `净息差同比下降0.22个百分点` restated as `同比下降0.22%`: a change in points restated in
/// percent. A change in percent with another number may be right (a margin of 77% that
/// rose 2.3 points rose 3%).
#[test]
fn a_change_in_points_restated_in_percent() {
    let margin = |restated: &str| {
        format!("嘉泰银行前三季度净息差为1.74%，同比下降0.22个百分点。该行表示，嘉泰银行前三季度净息差同比下降{restated}，降幅有所收窄。")
    };
    assert_right_and_wrong(margin, "0.22个百分点", "0.22%", "CL007");
    assert_silent(&[&margin("12%")]);
}

/// 1至9月 and 前三季度, "the April-June quarter" and "the second quarter" are one period
/// where the document counts by the calendar; in one that counts fiscal quarters the
/// April-June quarter is no second quarter. A name right after the figure ("The 42,870
/// vehicles Voltra delivered") says whose it is.
#[test]
fn months_that_make_a_quarter_are_the_quarter() {
    let airport = |restated: &str| {
        format!("1至9月，首都机场完成旅客吞吐量4215万人次。前三季度首都机场{restated}的旅客吞吐量已恢复至2019年同期的九成。")
    };
    assert_right_and_wrong(airport, "4215万人次", "4125万人次", "CL001");
    let deliveries = |restated: &str| {
        format!("Voltra Motors delivered 48,270 vehicles in the second quarter. The {restated} vehicles Voltra delivered in the April-June quarter set a record.")
    };
    assert_right_and_wrong(deliveries, "48,270", "42,870", "CL001");
    assert_silent(&[
        "Voltra Motors, whose fiscal year starts in October, delivered 48,270 vehicles in the second quarter. The 42,870 vehicles Voltra delivered in the April-June quarter set a record.",
    ]);
}

/// `SHANGHAI, July 2 (Reuters) - …`: the agency that filed the story is not the source of
/// the first sentence's figures, which later sentences restate.
#[test]
fn the_agency_of_a_dateline_is_no_source() {
    let story = |restated: &str| {
        format!("SHANGHAI, July 2 (Reuters) - Voltra Motors delivered 48,270 vehicles in the second quarter, up 41% from a year earlier.\n\nVoltra's second-quarter deliveries of {restated} vehicles set a record.\n")
    };
    assert_right_and_wrong(story, "48,270", "42,870", "CL001");
}

/// "12.6 million passengers": the figure's own unit names what it counts.
#[test]
fn a_unit_can_name_the_metric() {
    let airline = |restated: &str| {
        format!("Skyline Airways carried 12.6 million passengers in the first half. He said the {restated} passengers Skyline carried in the first half were a record.")
    };
    assert_right_and_wrong(airline, "12.6 million", "16.2 million", "CL001");
}

/// "$4.83 billion beat the average estimate of $4.25 billion from nine analysts": the
/// analysts are the estimate's source, not the reported figure's.
#[test]
fn analysts_after_a_beat_are_the_estimates_source() {
    let quarter = |restated: &str| {
        format!("Northbridge Ltd's second-quarter revenue of $4.83 billion beat the average estimate of $4.25 billion from nine analysts. Northbridge Ltd's second-quarter revenue of {restated} was a record.")
    };
    assert_right_and_wrong(quarter, "$4.83 billion", "$4.38 billion", "CL001");
}

/// "rose 3.7% in May from a year earlier to $26.14 billion, up from $24.36 billion": the
/// rate of the clause that reaches the new value is the change's; "fell to 4.1% in the
/// third quarter from 4.4%": the new level's period may stand before "from".
#[test]
fn a_change_split_by_its_periods() {
    let exports = |rate: &str| {
        format!("Exports rose {rate} in May from a year earlier to $26.14 billion, up from $24.36 billion in May 2023.")
    };
    assert_right_and_wrong(exports, "7.3%", "3.7%", "CL002");
    let jobless = |rate: &str| {
        format!("The unemployment rate fell {rate} to 4.1% in the third quarter from 4.4% in the second quarter.")
    };
    assert_right_and_wrong(
        jobless,
        "0.3 percentage points",
        "0.6 percentage points",
        "CL002",
    );
    let direction = |verb: &str| {
        format!("The jobless rate {verb} to 4.8% in the second quarter from 4.4% in the first.")
    };
    assert_right_and_wrong(direction, "rose", "fell", "CL003");
}

/// `岚山电子（002815）`: a stock code is no figure, and no part of a sentence's products.
#[test]
fn a_stock_code_is_no_figure() {
    let buyback = |total: &str| {
        format!("岚山电子（002815）公告称，公司以集中竞价方式回购股份1256.38万股，成交均价23.47元/股，支付总金额{total}。")
    };
    assert_right_and_wrong(buyback, "2.95亿元", "2.59亿元", "CL005");
}

/// Figures of other companies than the topic: an airport named in full
/// (`广州白云国际机场`), a rival (`竞争对手阿星集团`), a name claimlint does not know right
/// after the figure ("The 39,800 vehicles Voltra delivered"), and the old value of that
/// name's change. 4-6月 in a report of fiscal quarters (财季) is no calendar Q2.
#[test]
fn figures_of_other_subjects_are_theirs() {
    assert_silent(&[
        "深圳机场上半年旅客吞吐量3261.8万人次。广州白云国际机场上半年旅客吞吐量3862.5万人次。",
        "腾远控股二季度营收1262亿元。同期，竞争对手阿星集团二季度营收1325亿元。",
        "Orion Motors delivered 41,200 vehicles in the second quarter, up 35.2% from 30,480 a year earlier. The 39,800 vehicles Voltra delivered in the second quarter were up 18.1% from 33,700 a year earlier.",
        "丰越汽车第二财季营业利润为2457亿日元。丰越汽车4-6月营业利润为2443亿日元。",
    ]);
}

/// What changed is the figure before the change word, not an estimate it beat ("$2.05
/// per share beat estimates of $2.03, but were down 20.2% from $2.57") nor a part listed
/// in an aside ("made up of … 0.54 million permanent residents, grew 0.5% from 4.18
/// million").
#[test]
fn the_value_that_changed_is_no_estimate_or_part() {
    let earnings = |rate: &str| {
        format!("Adjusted earnings of $2.05 per share beat estimates of $2.03, but were down {rate} from $2.57 a year earlier.")
    };
    assert_right_and_wrong(earnings, "20.2%", "25.2%", "CL002");
    assert_silent(&[
        "The resident population, made up of 3.66 million citizens and 0.54 million permanent residents, grew 0.5% from 4.18 million.",
    ]);
    let sales = |rate: &str| {
        format!(
            "Sales of $5.0 billion, including $2.0 billion from cloud, rose {rate} from $4.5 billion."
        )
    };
    assert_right_and_wrong(sales, "11.1%", "15%", "CL002");
}

/// "inches up to 3.8%" in a headline's present tense, and "increased its workforce by
/// 4,700 to 122,900": the new value of a change, not a bound or a range.
#[test]
fn present_tense_rises_and_changes_by_an_amount() {
    let rate = |verb: &str| format!("Inflation {verb} to 3.8% in May from 3.6% in April.");
    assert_right_and_wrong(rate, "inches up", "inches down", "CL003");
    assert_right_and_wrong(rate, "ticks up", "ticks down", "CL003");
    let workforce = |by: &str| {
        format!("Vantor increased its workforce by {by} to 122,900 employees from 118,200 a year earlier.")
    };
    assert_right_and_wrong(workforce, "4,700", "7,400", "CL002");
}

/// "posts $612 million third-quarter profit": profit alone is net income, and a date
/// between a figure and its metric is the metric's period. Profit before tax, gross
/// profit and profit-taking are not.
#[test]
fn profit_is_net_income() {
    let story = |headline: &str| {
        format!("Meridian Airlines Inc posts {headline} third-quarter profit\n\nMeridian Airlines Inc lifted its third-quarter profit to $612 million from $540 million a year earlier.\n")
    };
    assert_right_and_wrong(story, "$612 million", "$621 million", "CL001");
    assert_silent(&[
        "Meridian Airlines Inc's third-quarter pretax profit was $702 million. Meridian Airlines Inc's third-quarter profit was $612 million.",
    ]);
}

/// Relations that are not what they seem: the odds of "a quarter-point cut" rise; a
/// list after 其中 ends where another whole begins (split by semicolons, or broken down
/// again with a label said before: 射正 … 国安队射门11次，射正4次); a closing price
/// after 较 compares the new target with the price, not with the rate of the target's own
/// change; "profit rose from $300 million" is no change of the sales before it.
#[test]
fn relations_that_are_not_what_they_seem() {
    assert_silent(&[
        "Financial markets raised the odds of a quarter-point cut at the Fed's meeting to about 85% from 70%.",
        "Traders raised the odds of a cut to 85% from 70%.",
        "申花队射门19次，其中射正7次；泰山队射门11次，射正4次。",
        "海港队共完成射门17次，其中射正8次，国安队射门11次，射正4次。",
        "目标价由220港元上调18%至260港元，较收盘价208.6港元有24.6%的上行空间。",
        "Sales rose 5% to $2.1 billion from $2.0 billion, and profit rose from $300 million.",
    ]);
}

/// Figures that are no restatement of the topic's: a correction's wrong value ("An earlier
/// version of this story gave … as", "… incorrectly said … was"), a previous target (前次目标价), an unknown company
/// that opens its sentence before a period (`宁德时代上半年`), and a rival's figures after
/// "Its" (the company named last, not the topic), and a name in an aside (", which
/// competes with Halvern,"), which is not the sentence's subject; a name before the
/// aside is; nor is a company the topic of figures before the sentence that first names
/// it (`沪深300ETF上周净流入…。腾讯控股获净买入…`).
#[test]
fn figures_that_restate_nothing() {
    let halvern = |value: &str| {
        format!("Halvern Semiconductor Corp's second-quarter revenue was $4.55 billion. Revenue at Halvern, the chipmaker, was {value} in the second quarter.")
    };
    assert_right_and_wrong(halvern, "$4.55 billion", "$4.65 billion", "CL001");
    assert_silent(&[
        "Rheinwerk AG said third-quarter revenue rose 3.9% to 4.83 billion euros from 4.65 billion euros a year earlier.\n\nAn earlier version of this story gave Rheinwerk's third-quarter revenue as 4.38 billion euros.\n",
        "Tessellate Systems Inc's revenue rose 41% to $512 million in 2024 from $363 million a year earlier. An earlier version of this story incorrectly said Tessellate's 2024 revenue was $521 million.",
        "Tessellate Systems Inc's revenue rose 41% to $512 million in 2024 from $363 million a year earlier. A previous version of this story said Tessellate's 2024 revenue was $521 million.",
        "Halvern Semiconductor Corp's second-quarter revenue was $4.55 billion. Quorix, which competes with Halvern, said fiscal second-quarter revenue fell 6.5% to $3.61 billion from $3.86 billion.",
        "Halvern Semiconductor Corp's second-quarter revenue was $4.55 billion. Quorix, a smaller rival of Halvern, said second-quarter revenue was $3.61 billion.",
        "沪深300ETF上周净流入29.7亿元。腾讯控股获净买入42.3亿港元，债券ETF上周净流入41.5亿元。",
        "华泰证券给予比亚迪目标价360元。\n\n华泰证券给予比亚迪的前次目标价为320元。\n",
        "宁德时代上半年营业收入1712.35亿元。\n\n亿纬锂能上半年营业收入1650.20亿元，比亚迪装车量为53.3GWh。\n",
        "Hoshino Motor Corp's operating margin in the April-June quarter widened to 5.4% from 5.0%.\n\nRival Kitaura Motors posted operating profit of 587.9 billion yen. Its operating margin in the April-June quarter rose to 5.7% from 5.1%.\n",
    ]);
}

/// Airlines (`云海航空`) and rivals (`星驰的竞争对手阿星`) are subjects of their own, 某 names
/// no airport, 利息净收入 is no revenue, 净利差 no net income, and 微增 is a change.
#[test]
fn airlines_rivals_and_bank_measures() {
    assert_silent(&[
        "上半年，天翔航空累计完成旅客运输量7,310.8万人次。上半年，云海航空累计完成旅客运输量4,905.6万人次。某国际机场上半年完成旅客吞吐量3,524.6万人次。",
        "星驰的竞争对手阿星6月交付新车6.12万辆，上年同期为3.36万辆。蓝湾汽车6月销量为2.03万辆，上年同期为2.49万辆。",
        "华信银行2024年营业收入为2,846.3亿元。华信银行2024年利息净收入为1,972.4亿元。",
        "华信银行2024年净利润微增1.2%。华信银行2024年净利差为1.71%。",
        "10月份，民航共完成旅客运输量5516.2万人次，恢复至2019年同期的103.5%。国际航线旅客运输量恢复至2019年同期的约七成。",
    ]);
}

/// `更正前：…`: the sentence a correction replaced gives no facts to restate.
#[test]
fn the_text_before_a_correction_is_retracted() {
    assert_silent(&[
        "更正前：2024年，恒邦精密科技实现营业收入86.08亿元。\n\n更正后：2024年，恒邦精密科技实现营业收入68.08亿元。\n",
    ]);
}

/// `归母净利润和扣非净利润分别为9.87亿元和9.12亿元`: each figure of a 分别 list measures
/// the metric named in its place, not the last one named.
#[test]
fn a_respectively_list_of_metrics() {
    let results = |restated: &str| {
        format!("星辰集团上半年归母净利润和扣非净利润分别为9.87亿元和9.12亿元。星辰集团上半年扣非净利润为{restated}。")
    };
    assert_right_and_wrong(results, "9.12亿元", "9.21亿元", "CL001");
}

/// "177 US cents" is $1.77: read as the number 177, `down from 180 cents` ($1.80) was a
/// rise.
#[test]
fn cents_of_a_named_currency_are_money() {
    let dividend = |direction: &str| {
        format!("It declared a dividend of 177 US cents per share, {direction} from 180 cents.")
    };
    assert_right_and_wrong(dividend, "down", "up", "CL003");
}

/// Where one respondent may give several answers (可多选, could choose up to three),
/// the shares of the answers overlap and add up to more than 100%; so do groups the text
/// says overlap (交叉统计), traits of one group, whose counts are labelled unlike
/// (女性, 35岁以下, 学历), unlike parts labelled alike (城镇, 乡村), and shares far past
/// 100% with two of them alone past it.
#[test]
fn shares_of_several_answers_overlap() {
    assert_silent(&[
        "在“最希望改善的领域”（最多选三项）中，选择医疗的受访者占42%，选择教育的占37%，选择住房的占35%。",
        "（可多选）医疗占42%，教育占37%，住房占35%。",
        "省内游客、过夜游客和乡村旅游游客分别占游客总量的73.7%、40.0%和33.9%，三类游客存在交叉统计。",
        "Phones priced above $600 made up 24% of shipments, while 5G-capable models accounted for 71% and AI phones for 18%.",
        "新一届村委会成员共112人。其中，女性成员31人，占27.7%；35岁以下成员24人，占21.4%；大专及以上学历成员58人，占51.8%。",
        // Far past 100%, two shares alone past it: groups cut more than one way.
        "Of September's DAU, Android users accounted for 58%, Pro subscribers for 9% and users outside the US for 71%.",
        "换个角度看，在全部贡献者中，企业贡献者占 46%，首次贡献者占 40%，中国大陆以外的贡献者占 58%。",
    ]);
    assert_eq!(codes_in("医疗占42%，教育占37%，住房占35%。"), ["CL004"]);
    assert_eq!(
        codes_in("Android users accounted for 58%, Pro subscribers for 9% and iOS users for 41%."),
        ["CL004"]
    );
    let people = |rural: &str| {
        format!("全市常住人口1000万人。其中，城镇人口600万人，占60.0%；乡村人口350万人，占{rural}；外来人口50万人，占5.0%。")
    };
    // Each share is its part's of the whole: the wrong one is named (CL005), not summed.
    assert_right_and_wrong(people, "35.0%", "45.0%", "CL005");
}

/// A change in binary sizes (GiB) or bit rates (Gbps) is checked as in any unit; a
/// GiB is no GB, so the two are not compared.
#[test]
fn binary_sizes_and_bit_rates_change_as_any_unit() {
    let memory = |rate: &str| format!("Memory fell from 1.6 GiB to 1.2 GiB, a {rate} reduction.");
    assert_right_and_wrong(memory, "25%", "40%", "CL002");
    let link = |rate: &str| format!("Throughput rose {rate} to 12.0 Gbps from 10.0 Gbps.");
    assert_right_and_wrong(link, "20%", "30%", "CL002");
    assert_silent(&["Peak memory rose to 1.2 GiB from 1.2 GB."]);
}

/// A data size restated in other units in parentheses defines one by the other.
#[test]
fn a_data_size_restated_in_parentheses_is_a_definition() {
    let english = |size: &str| format!("Free storage rises to 1 terabyte ({size} gigabytes).");
    assert_right_and_wrong(english, "1,024", "3,000", "CL006");
    let chinese = |size: &str| format!("存储空间为1TB（即{size}GB）。");
    assert_right_and_wrong(chinese, "1000", "100", "CL006");
}

/// A length, mass or area restated in another unit (in parentheses, after 约合, or set
/// equal) is converted from the first figure as written: rounded conversions pass, a
/// wrong factor does not. Parentheses that open a definition of their own
/// (`约16.1公里（1英里约合1.6公里）`) restate nothing.
#[test]
fn conversions_between_units_of_one_measure() {
    let miles = |km: &str| format!("Jacksonville is about 340 miles ({km} km) from Miami.");
    assert_right_and_wrong(miles, "550", "340", "CL006");
    let mile = |km: &str| format!("1英里约合{km}公里。");
    assert_right_and_wrong(mile, "1.6", "1.2", "CL006");
    let hectare = |m2: &str| format!("1公頃等於{m2}平方公尺。");
    assert_right_and_wrong(hectare, "10,000", "1,000", "CL006");
    let mu = |m2: &str| format!("新建高标准农田5.2万亩，约合{m2}公顷。");
    assert_right_and_wrong(mu, "3467", "5200", "CL006");
    // Joined by a hyphen, and in pounds.
    let pipeline = |km: &str| format!("The 12-mile ({km}-km) pipeline opened in May.");
    assert_right_and_wrong(pipeline, "19", "25", "CL006");
    let bomb = |kg: &str| format!("It dropped a 500-pound ({kg} kg) bomb.");
    assert_right_and_wrong(bomb, "227", "327", "CL006");
    let truck = |kg: &str| format!("The truck weighs 4,500 pounds ({kg} kg).");
    assert_right_and_wrong(truck, "2,041", "3,100", "CL006");
    // "About" says the conversion is rounded, not that it may be a sixth off.
    let marathon = |km: &str| format!("马拉松全程26.2英里（约{km}公里）。");
    assert_right_and_wrong(marathon, "42", "48", "CL006");
    assert_silent(&[
        "路线全长约16.1公里（1英里约合1.61公里）。",
        "The race covers 100 miles (160 km).",
        "The trail is 1 mile (about 2 km) long.",
        "A troy ounce (31.1 grams) of gold costs $2,450; an ounce (28 grams) of tea, $4.",
    ]);
}

/// `16 × 64 GB = 1,024 GB` multiplies: the figure after × is a factor, not a unit set
/// equal to another (a CL006 in a consistent hardware spec sheet).
#[test]
fn a_product_of_data_sizes_is_no_definition() {
    assert_silent(&[
        "16 × 64 GB = 1,024 GB.",
        "- 16 DIMM slots x 64 GB = 1,024 GB of DDR5-4800.",
        "8 块 × 80 GB = 640 GB。",
    ]);
    assert_eq!(codes_in("1TB=100GB"), ["CL006"]);
}

/// A prefixed unit's values are the bare numbers (or counts of operations) right after
/// its definition word: a figure in another unit ends them, and what follows it
/// (`enough to power roughly 180,000 homes`) defines nothing.
#[test]
fn a_figure_in_another_unit_ends_a_definition() {
    assert_silent(&[
        "One gigawatt is equal to 1,000 megawatts, enough to power roughly 180,000 U.S. homes.",
    ]);
    assert_eq!(codes_in("Exa-Flops相当于每秒100亿次运算。"), ["CL006"]);
}

/// Changing a figure of a consistent relation adds exactly the finding of its rule:
/// period algebra for flow metrics (quarters under their year, a half made of its
/// quarters), a share count times its offer price stated earlier, and a count times the
/// price of one piece (30万片 × 一块1万美元左右 = 30亿美元). A stated Q1 that no longer
/// fits its half also no longer fits the growth stated from it: two findings.
#[test]
fn mutations_of_consistent_relations_are_found() {
    let seed = std::fs::read_to_string("fixtures/zh/seed.txt").unwrap();
    let deliveries = std::fs::read_to_string("fixtures/en/clean_deliveries.txt").unwrap();
    let shipments = std::fs::read_to_string("fixtures/en/clean_shipments.txt").unwrap();
    let warsaw = std::fs::read_to_string("fixtures/corpus/zh/xquad_zh_Warsaw.txt").unwrap();
    let prc = std::fs::read_to_string("fixtures/corpus/zh/zhwiki_025fce_part03.txt").unwrap();
    for (text, before, after, code) in [
        (
            &seed,
            "特斯拉销量预测下调至46万辆",
            "特斯拉销量预测下调至146万辆",
            &["CL004"][..],
        ),
        (&seed, "筹资6.6亿美元", "筹资7.6亿美元", &["CL005"]),
        (&seed, "得花30亿美元", "得花60亿美元", &["CL005"]),
        (
            &seed,
            "收入净增长约163亿美金",
            "收入净增长约263亿美金",
            &["CL005"],
        ),
        (
            &shipments,
            "up more than 300% from the first",
            "up more than 400% from the first",
            &["CL002"],
        ),
        (
            &shipments,
            "delivered 40,000 inverters in 2023",
            "delivered 30,000 inverters in 2023",
            &["CL004"],
        ),
        (&warsaw, "犹太人占 35.7%", "犹太人占 45.7%", &["CL004"]),
        (&prc, "10%、44%、46%", "10%、48%、46%", &["CL004"]),
        (
            &deliveries,
            "first-quarter deliveries of 1,780",
            "first-quarter deliveries of 2,780",
            &["CL004", "CL002"],
        ),
    ] {
        assert!(text.contains(before), "{before}");
        let clean = claimlint::check(&Document::new("a.txt", text.as_str()));
        let changed = claimlint::check(&Document::new("a.txt", text.replacen(before, after, 1)));
        let new: Vec<&str> = changed
            .iter()
            .filter(|d| {
                !clean
                    .iter()
                    .any(|c| c.code == d.code && c.message == d.message)
            })
            .map(|d| d.code)
            .collect();
        assert_eq!(new, code, "{before} → {after}");
    }
}

/// `A增长X%至B`: a change stated without "from" (Chinese word order only).
#[test]
fn grew_by_to_is_a_change() {
    assert!(codes_in("营收由330亿元增长25%至412.5亿元。").is_empty());
    assert!(codes_in("营收330亿元增长25%至412.5亿元。").is_empty());
    assert_eq!(codes_in("营收330亿元增长35%至412.5亿元。"), ["CL002"]);
    // English puts the subject before the verb: 18,104.22 is not the old value.
    assert!(codes_in(
        "the Nasdaq-100 added 1.5% to 18,104.22 and the Russell 2000 gained 1.1% to 2,065.30."
    )
    .is_empty());
}

/// A share taken by supposition of a count stated earlier in the paragraph, at a unit
/// price stated there too: count × share × price is the amount that follows.
#[test]
fn assumed_share_of_a_count_at_a_unit_price() {
    let text = |amount: &str| {
        format!(
            "Lumera has sold 4,527,916 vehicles since 2008. Its driving software is priced at \
             $12,000. Assuming 30% of owners buy it, revenue would rise by about {amount}."
        )
    };
    assert_right_and_wrong(text, "$16.3 billion", "$26.3 billion", "CL005");
    // The count and the price must come first, in the same paragraph.
    let apart = text("$26.3 billion").replace("2008. ", "2008.\n\n");
    assert!(codes_in(&apart).is_empty());
}

/// Composition chains in English put the count after "consists of".
#[test]
fn english_compositions_are_products() {
    let text = |total: &str| {
        format!("Each board consists of six cards, and each card consists of 25 chips, so a board holds {total} chips.")
    };
    assert_right_and_wrong(text, "150", "300", "CL005");
}

/// Shares sold at a price make the proceeds, when one count is all that was sold: a
/// second count (the holders' shares) is part of it.
#[test]
fn proceeds_are_shares_times_price_when_one_count_is_sold() {
    let offering =
        |raised: &str| format!("The company sold 22 million shares at $30 each, raising {raised}.");
    assert_right_and_wrong(offering, "$660 million", "$760 million", "CL005");
    assert_silent(&["The company sold 22.5 million shares and existing holders 4.5 million, at $20 each, raising $540 million."]);
}

/// `increased by 119 employees, from 1,501 … to 1,620`: a stated difference.
#[test]
fn stated_differences_are_checked() {
    let text = |by: &str| {
        format!("Headcount increased by {by} employees, from 1,501 employees at June 30, 2018 to 1,620 employees at June 30, 2019.")
    };
    assert_right_and_wrong(text, "119", "219", "CL002");
    // The period of what changed may stand between the change word and the difference.
    let dividend = |by: &str| {
        format!(
            "The board raised the quarterly dividend by {by} to 24 cents a share from 20 cents."
        )
    };
    assert_right_and_wrong(dividend, "4 cents", "2 cents", "CL002");
    let forecast = |by: &str| {
        format!("The company cut its 2024 forecast by {by} to $5.10 a share from $5.30 a share.")
    };
    assert_right_and_wrong(forecast, "20 cents", "30 cents", "CL002");
}

/// `fell $1.20, or 1.5%, to $79.30`: a change given as an amount and as a rate, with the
/// new value; the old value is the new one less the amount (plus it, after a fall).
#[test]
fn a_change_by_an_amount_and_a_rate_is_checked() {
    type Sentence = fn(&str) -> String;
    let cases: [(Sentence, &str, &str); 18] = [
        (
            |rate| format!("Brent crude fell $1.20, or {rate}, to $79.30 a barrel."),
            "1.5%",
            "3.5%",
        ),
        (
            |rate| format!("The index rose 120 points, or {rate}, to 8,120."),
            "1.5%",
            "2.5%",
        ),
        (
            |rate| format!("Revenue rose {rate} ($1.5 billion) to $51.5 billion."),
            "3%",
            "5%",
        ),
        (
            |rate| format!("布伦特原油下跌1.2美元，或{rate}，至79.3美元。"),
            "1.5%",
            "3.5%",
        ),
        (
            |rate| format!("Output rose 60,260 tonnes, or {rate}, last year to 471,891 tonnes."),
            "14.6 pct",
            "24.6 pct",
        ),
        (
            |rate| {
                format!("Brent crude futures fell $1.20, or {rate}, to settle at $79.30 a barrel.")
            },
            "1.5%",
            "3.5%",
        ),
        (
            |rate| format!("Brent crude futures settled up $1.57, or {rate}, at $81.68 a barrel."),
            "1.96%",
            "2.96%",
        ),
        (
            |rate| format!("纽约原油期货价格下跌2.14美元，或{rate}，收于每桶75.33美元。"),
            "2.76%",
            "3.76%",
        ),
        (
            |rate| format!("上证综指下跌15.3点，或{rate}，报3051.2点。"),
            "0.5%",
            "1.5%",
        ),
        // As Xinhua writes market reports: the amount, the new value, then the rate.
        (
            |rate| format!("道琼斯工业平均指数下跌200.5点，收于38500.3点，跌幅为{rate}。"),
            "0.52%",
            "1.52%",
        ),
        (
            |rate| format!("轻质原油期货价格上涨2.14美元，收于每桶75.33美元，涨幅为{rate}。"),
            "2.92%",
            "3.92%",
        ),
        // Hong Kong and Taiwan write points 點, rates 升幅 and 漲幅, and may close last.
        (
            |rate| format!("恒生指數收報23,456.78點，升312.45點或{rate}。"),
            "1.35%",
            "1.55%",
        ),
        (
            |rate| format!("恒指收市報23,456.78點，升312.45點，升幅{rate}。"),
            "1.35%",
            "1.55%",
        ),
        (
            |rate| format!("加權指數終場上漲245.3點，漲幅{rate}，收在22,950.41點。"),
            "1.08%",
            "1.28%",
        ),
        // Or the new value first, then its change from the day before.
        (
            |rate| {
                format!(
                    "玉米3月合约收于每蒲式耳4.8225美元，比前一交易日上涨5.75美分，涨幅为{rate}。"
                )
            },
            "1.21%",
            "2.21%",
        ),
        // Or from the period before, as statistics bulletins write.
        (
            |rate| format!("全年粮食总产量2,168.4万吨，比上年增产42.7万吨，增长{rate}。"),
            "2.0%",
            "3.0%",
        ),
        (
            |rate| format!("2023年全国农民工总量29753万人，比上年增加191万人，增长{rate}。"),
            "0.6%",
            "0.9%",
        ),
        (
            |rate| format!("Sales were $5.2 billion, up $400 million, or {rate}."),
            "8.3%",
            "9.3%",
        ),
    ];
    for (sentence, right, wrong) in cases {
        assert_right_and_wrong(sentence, right, wrong, "CL002");
    }
    // A percentage of something else is no restatement of the change.
    assert_silent(&["Sales rose $2 billion, or 25% of group sales, to $42 billion."]);
}

/// A currency quoted per another (`the yen fell to 153 per dollar`, `the yen fell to
/// 151.20 yen`) rises in number as it falls: neither its direction nor its rate is
/// checked. A sum of money or another currency's price keeps its checks.
#[test]
fn exchange_rates_quoted_per_currency_are_not_checked() {
    assert_silent(&[
        "The yen fell to 153 per dollar from 150 on Monday.",
        "The yen weakened past 150, and fell to 151.20 yen from 149.80 yen.",
        "The yen fell 3.00 yen, or 2.0%, to 153.00 yen per dollar.",
        "The yen strengthened to 140 per dollar from 150, rising 7%.",
        "人民币对美元收盘报7.1235，较上一交易日7.1320上涨85个基点。",
        "人民币兑美元中间价报7.1020，较前一交易日的7.1072上涨52个基点。",
    ]);
    for text in [
        "The dollar fell to 153 yen from 150 yen.",
        "Its revenue in dollar terms fell to $5.2 billion from $4.8 billion.",
        "Toyota's yen-based profit fell to $5.2 billion from $4.8 billion.",
    ] {
        assert_eq!(codes_in(text), ["CL003"], "{text}");
    }
}

/// `compared with $2.5 billion a year earlier, an increase of 24%`: the change word and
/// rate after an old value of the prior period. A quarter set beside the new value, with
/// a rate measured from a year earlier, is no such change.
#[test]
fn a_change_said_after_a_prior_value_is_checked() {
    let text = |rate: &str| {
        format!("Operating profit was $3.1 billion, compared with $2.5 billion a year earlier, an increase of {rate}.")
    };
    assert_right_and_wrong(text, "24%", "14%", "CL002");
    assert_silent(&[
        "Revenue was $3.1 billion, compared with $3.0 billion in the second quarter, up 24% from a year earlier.",
        "Revenue was $3.1 billion, compared with $3.0 billion in the second quarter, up 24% year on year.",
        "Revenue was $3.1 billion, compared with $3.0 billion a year earlier, and shares rose 24%.",
        "Revenue was $3.1 billion, compared with $3.0 billion a year earlier, up 24% from the previous quarter.",
        "Revenue was $3.1 billion, compared with $2.5 billion a year earlier, a decline of 5% in shipments offset by higher prices.",
    ]);
}

/// A rate after a change's values is the change's unless it is "in" or "of" something
/// else: `a decline of 5% in shipments`, `5% of group sales`.
#[test]
fn a_rate_of_a_noun_is_not_the_change() {
    let text = |rate: &str| {
        format!("Revenue rose to $3.1 billion from $2.5 billion, an increase of {rate}.")
    };
    assert_right_and_wrong(text, "24%", "14%", "CL002");
    assert_silent(&[
        "Revenue rose to $3.1 billion from $2.5 billion, a decline of 5% in shipments offset by higher prices.",
        "Revenue rose to $3.1 billion from $2.5 billion, or 5% of group sales.",
    ]);
}

/// A rate before another change's value is that change's: `Shares rose 2.8% to $69.12
/// after the company raised its forecast to $4.5 billion from $4.47 billion`.
#[test]
fn a_rate_belongs_to_the_change_of_its_own_value() {
    assert_silent(&["Shares of Zoom Video rose 2.8% to $69.12 after the company raised its annual revenue forecast to $4.5 billion from $4.47 billion."]);
    let forecast = |rate: &str| {
        format!("Shares rose 2.8% to $69.12 after the company raised its forecast by {rate} to $4.5 billion from $4.47 billion.")
    };
    assert_right_and_wrong(forecast, "0.7%", "5%", "CL002");
}

/// Parts listed with commas after 其中/of which end at a semicolon: what follows it is a
/// sibling of the whole. Parts listed with semicolons go on to the sentence's end.
#[test]
fn parts_listed_with_commas_end_at_a_semicolon() {
    let loans = |short: &str| {
        format!("上半年住户贷款增加2.18万亿元，其中，短期贷款增加{short}万亿元，中长期贷款增加1.58万亿元；非银行业金融机构贷款增加0.3万亿元。")
    };
    assert_right_and_wrong(loans, "0.6", "0.8", "CL004");
    let english = |short: &str| {
        format!("Household loans rose 2.18 trillion yuan, of which short-term loans rose {short} trillion yuan and medium- and long-term loans 1.58 trillion yuan; loans to non-bank financial institutions rose 0.3 trillion yuan.")
    };
    assert_right_and_wrong(english, "0.6", "0.8", "CL004");
    let trade = |imports: &str| {
        format!("全年进出口总值41.76万亿元，其中，出口23.77万亿元，增长0.6%；进口{imports}万亿元，下降0.3%。")
    };
    assert_right_and_wrong(trade, "17.99", "19.99", "CL004");
}

/// Parts that already add up to their whole end the list: what follows is another
/// breakdown of the whole (常住外来人口 after 城镇人口 and 乡村人口).
#[test]
fn a_complete_partition_ends_the_parts() {
    let population = |urban: &str| {
        format!("2021年末，北京市常住人口2188.6万人，其中城镇人口{urban}万人，乡村人口272.5万人，常住外来人口834.8万人。")
    };
    assert_right_and_wrong(population, "1916.1", "2016.1", "CL004");
}

/// A share's whole is named up to punctuation, a quote or a dash.
#[test]
fn a_whole_is_named_up_to_a_dash_or_a_quote() {
    for text in [
        "Wind, solar and trading accounted for 48%, 37% and 21% of full-year revenue — respectively — last year.",
        "Wind, solar and trading accounted for 48%, 37% and 21% of \"full-year revenue\", respectively.",
    ] {
        let diagnostics = claimlint::check(&Document::new("a.txt", text));
        let messages: Vec<&str> = diagnostics.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            messages,
            ["shares of `full-year revenue` add up to 106%, more than 100%"],
            "{text}"
        );
    }
}

/// A difference of amounts is written like the amounts, not in the currency's units.
#[test]
fn a_difference_is_written_like_its_values() {
    let diagnostics = claimlint::check(&Document::new(
        "a.txt",
        "The board raised the dividend by 2 cents to 24 cents from 20 cents.",
    ));
    let d = &diagnostics[0];
    assert_eq!(
        d.message,
        "change `2 cents` does not match `20 cents → 24 cents` (+4 cents)"
    );
    assert_eq!(d.notes[0], "24 cents − 20 cents = +4 cents");
}

/// Shares of one whole beyond 100%: three or more given one after another, or a list
/// after 分别/respectively; never shares that may overlap, nest or be of other wholes.
#[test]
fn shares_of_one_whole_add_up_to_at_most_100_percent() {
    for (text, expected) in [
        (
            "天主教徒占56.2%，犹太人占45.7%，新教徒占2.8%。",
            &["CL004"][..],
        ),
        ("天主教徒占56.2%，犹太人占35.7%，新教徒占2.8%。", &[]),
        (
            "三大产业分别占地区生产总值的2.1%、40.4%和61.5%。",
            &["CL004"],
        ),
        (
            "Wind and trading accounted for 58% and 47% of revenue, respectively.",
            &["CL004"],
        ),
        // Two shares given one by one may be of groups that overlap.
        ("城镇人口占总人口的81.2%，汉族人口占97.4%。", &[]),
        // 其中 nests a share in the one before it.
        (
            "60岁以上占22.1%，其中65岁以上占14.3%，15至59岁占63.4%。",
            &[],
        ),
        // Two wholes named.
        (
            "石油出口占出口总收入的98%，占国家总收入的83%，占就业的5%。",
            &[],
        ),
        // Approximate shares (约占) are not added up.
        ("农业约占55%，工业约占30%，服务业约占25%。", &[]),
        // Another period between two shares: the same part at another time.
        ("A占56%，B占40%，2013年C占15%。", &[]),
        // Far beyond the whole: not the parts of one partition.
        ("A占80%，B占70%，C占60%。", &[]),
        (
            "Oil accounted for 61% of exports and 42% of capital spending.",
            &[],
        ),
        // The verb said once: "accounted for 48%, technicians for 35% and …".
        (
            "Engineers accounted for 48%, technicians for 35% and managers for 27%.",
            &["CL004"],
        ),
        (
            "Engineers accounted for 38%, technicians for 35% and managers for 27%.",
            &[],
        ),
        (
            "Oil accounted for 40% of revenue, for 65% of profit and for 30% of jobs.",
            &[],
        ),
    ] {
        assert_eq!(codes_in(text), expected, "{text}");
    }
}

/// Months and spans of months add up inside their quarter: the first two months never
/// exceed the quarter, and a quarter's months add up to it.
#[test]
fn months_add_up_to_their_quarter() {
    for (text, expected) in [
        (
            "星驰汽车一季度交付4.1万辆。星驰汽车1-2月交付3.2万辆，3月交付0.9万辆。",
            &[][..],
        ),
        (
            "星驰汽车一季度交付4.1万辆。星驰汽车1-2月交付3.2万辆，3月交付1.1万辆。",
            &["CL004"],
        ),
        ("星驰汽车前两个月交付4.5万辆，一季度交付4.1万辆。", &["CL004"]),
        ("星驰汽车前两个月交付3.5万辆，一季度交付4.1万辆。", &[]),
        (
            "In the first quarter, Tesla delivered 41,000 vehicles. In the first two months, Tesla delivered 45,000 vehicles.",
            &["CL004"],
        ),
        // The full year is a period of its own, not the period of the sentence before.
        (
            "星驰汽车前三季度交付12万辆，全年交付15万辆，第四季度交付3万辆。",
            &[],
        ),
        (
            "星驰汽车前三季度交付12万辆，全年交付15万辆，第四季度交付5万辆。",
            &["CL004"],
        ),
    ] {
        assert_eq!(codes_in(text), expected, "{text}");
    }
}

#[test]
fn a_quarter_restated_in_another_form_is_the_same_period() {
    // "Q3 2023" and "the third quarter of 2023" name one quarter: a restated figure for
    // it with another value conflicts; the same value, or another quarter, does not.
    let text = |second: &str| {
        format!(
            "Tesla delivered 435,059 vehicles in Q3 2023, the company said.\n\n\
             Tesla delivered {second}, up from a year earlier.\n"
        )
    };
    assert_eq!(
        codes_in(text("453,059 vehicles in the third quarter of 2023")),
        ["CL001"]
    );
    assert!(codes_in(text("435,059 vehicles in the third quarter of 2023")).is_empty());
    assert!(codes_in(text("453,059 vehicles in the second quarter of 2023")).is_empty());
}

/// Session 17's probes: "a range of" and "ranged from" give the ends of one range; a
/// stock split puts per-share values on different bases; a prior period that opens its
/// sentence is the period of the sentence's figures; shopping festivals (双11, 618大促)
/// are no numbers; an average is no old or new value of a total.
#[test]
fn ranges_splits_topics_festivals_and_averages() {
    assert_silent(&[
        "It raised its EPS forecast to a range of $7.95 to $8.05, from $7.80 to $7.95.",
        "The middle 50% ranged from 1480 to 1560.",
        "It raised its dividend to 12 cts after the split from 16 cts before the split.",
        "华驰科技第三季度实现营业收入52.36亿元。上年同期，公司第三季度营业收入为48.43亿元。",
        "双11期间GMV较2023年双11增长26.6%。",
        "618大促期间，GMV较去年618大促增长20%。",
    ]);
    let travellers = |rate: &str| {
        format!("春运期间，全国铁路累计发送旅客4.84亿人次，日均发送旅客1210万人次，比2019年同期的4.07亿人次增长{rate}。")
    };
    assert_right_and_wrong(travellers, "18.9%", "28.9%", "CL002");
    let dividend = |new: &str| format!("It raised its dividend to {new} cts from 16 cts.");
    assert_right_and_wrong(dividend, "18", "12", "CL003");
}

/// Values whose intervals only touch are apart (no value rounds to both 4.2% and 4.3%),
/// and a rise or fall word that a revision's sentence opens with names its figure.
#[test]
fn touching_values_have_a_direction() {
    let jobless = |old: &str| format!("The unemployment rate fell to 4.3% in August from {old}.");
    assert_right_and_wrong(jobless, "4.4%", "4.2%", "CL003");
    let profit = |old: &str| format!("归母净利润下降至5亿元，上年同期为{old}亿元。");
    assert_right_and_wrong(profit, "6", "4", "CL003");
    assert_silent(&[
        "November's increase was revised to 0.2% from 0.3%.",
        "The unemployment rate rose to 4.3% in August from 4.3%.",
    ]);
}

/// A rate's old level may follow its period (`由9月的2.6%回落至`), and margins, gaps and
/// losses widen and narrow.
#[test]
fn rate_levels_after_a_period_and_widening_margins() {
    let inflation = |new: &str| format!("同比涨幅由9月的2.6%回落至{new}。");
    assert_right_and_wrong(inflation, "2.3%", "2.9%", "CL003");
    let margin = |points: &str| {
        format!("Gross margin widened {points} percentage points to 41.5% from 39.1%.")
    };
    assert_right_and_wrong(margin, "2.4", "3.2", "CL002");
    let loss = |new: &str| format!("The net loss narrowed to ${new} million from $118 million.");
    assert_right_and_wrong(loss, "62", "162", "CL003");
}

/// A "to" that words open its clause (`, and June was revised to`) takes no direction or
/// change from the clause before; one that opens it straight after the comma does.
#[test]
fn a_revision_in_its_own_clause_borrows_no_direction() {
    assert_silent(&[
        "Sales rose, and June was revised to 118,000 from 179,000.",
        "July was revised down to show 89,000 added, while June was revised to 118,000 from 179,000.",
    ]);
    let revenue = |rate: &str| {
        format!("Revenue rose $10 million, or {rate}, to $210 million from $200 million.")
    };
    assert_right_and_wrong(revenue, "5%", "9%", "CL002");
}

/// A restated broker's estimate of a company named after a preposition (`将恒远电子`).
#[test]
fn an_estimate_restated_after_a_preposition() {
    let eps = |value: &str| {
        format!("高盛将恒远电子2025年每股收益预测由3.05元上调至3.42元。\n\n按照高盛的预测，恒远电子2025年每股收益为{value}元。")
    };
    assert_right_and_wrong(eps, "3.42", "3.24", "CL001");
}

/// A company named by the word that ends airlines', carmakers' and drugmakers' names is
/// a subject, also by its first word (`Northwind Airlines`, `Northwind's`).
#[test]
fn airlines_and_drugmakers_are_subjects() {
    let revenue = |value: &str| {
        format!("Northwind Airlines reported third-quarter revenue of $4.82 billion on Tuesday.\n\nShe said Northwind's third-quarter revenue of ${value} billion was a record.")
    };
    assert_right_and_wrong(revenue, "4.82", "4.28", "CL001");
}

/// A prior year right before a period (`去年第二季度`) is that period of the year before.
#[test]
fn last_years_quarter_is_no_restatement_of_this_years() {
    assert_silent(&["远航汽车第二季度交付132620辆。\n\n去年第二季度，公司交付新车88650辆。"]);
    let deliveries = |value: &str| {
        format!("远航汽车去年第二季度交付88650辆。\n\n去年第二季度，远航汽车交付新车{value}辆。")
    };
    assert_right_and_wrong(deliveries, "88650", "86650", "CL001");
}

/// A respectively list whose periods do not pair one by one with its values (`4月至6月分别
/// 交付A、B和C`) gives them no period rather than the last one; parts after an excess
/// (`多出21席，其中…`) are of the larger thing, not of the excess; 国内 and 入境 (境外, 国外)
/// part a whole between them.
#[test]
fn unpaired_list_periods_and_excesses() {
    assert_silent(&[
        "远航汽车6月交付48120辆。\n\n公司4月至6月分别交付41689辆、42811辆和48120辆。",
        "全国民主联盟的席位比过半数门槛多出21席，其中泰卢固之乡党获得16席，人民党获得12席。",
    ]);
    let visitors = |inbound: &str| {
        format!("全市共接待游客1,860万人次，其中国内游客1,720万人次，入境游客{inbound}万人次。")
    };
    assert_right_and_wrong(visitors, "140", "210", "CL004");
    let months = |value: &str| {
        format!("远航汽车6月交付48120辆。\n\n公司5月和6月分别交付42811辆和{value}辆。")
    };
    assert_right_and_wrong(months, "48120", "46120", "CL001");
}

/// "trimmed" and "slashed" are words of falling.
#[test]
fn trimmed_and_slashed_fall() {
    let wages =
        |new: &str| format!("It trimmed its wage bill to £{new} million from £128 million.");
    assert_right_and_wrong(wages, "122", "142", "CL003");
}

/// A rate's levels after a "to" that opens its clause take their change word and
/// points from the clause before (`lifted its policy rate by 50 basis points on
/// Thursday, to 4.50% from 4.25%`).
#[test]
fn rate_levels_in_a_clause_of_their_own() {
    let policy = |points: &str| {
        format!("The central bank lifted its policy rate by {points} basis points on Thursday, to 4.50% from 4.25%.")
    };
    assert_right_and_wrong(policy, "25", "50", "CL002");
}

/// "last year's fourth quarter" is the fourth quarter of the year before, and a figure
/// "more than" another says by how much, not the new value.
#[test]
fn last_years_possessive_and_more_than() {
    assert_silent(&[
        "Acme Inc delivered 1,200 cars in the fourth quarter.\n\nIn last year's fourth quarter, Acme delivered 900 cars.",
    ]);
    let enrolment = |rate: &str| {
        format!("A record 40,698 students are enrolled at Haldane State University this fall, 1,088 more than last year's 39,610, an increase of {rate}.")
    };
    assert_right_and_wrong(enrolment, "2.7%", "3.7%", "CL002");
}

/// Session 18's precision round: a noun of change before the verb, a part in an "of
/// which" aside, a figure restated after ", or", a comparison of another topic across
/// a semicolon, a sum of shares, a part of a part.
#[test]
fn the_changed_value_and_the_parts_are_the_ones_the_text_names() {
    assert_silent(&[
        "The annual increase in core inflation slowed to 3.8% from 3.9% in February.",
        "Spending, of which the police account for $430 million, rose 4.4% from $1.58 billion.",
        "The rebate was 45.678 per 100 kilos, or 456.78 a tonne, down from 46.864.",
        "与2023年的67.65亿元票房相比，今年票房增长18.5%；观影人次较上年的1.29亿增长26.4%。",
        "3纳米占销售额的20%，5纳米占32%，7纳米占17%，合计占69%。",
        "Payments total $100 million: $60 million in 2022, including $30 million under the revolver, and $40 million in 2024.",
    ]);
    // The verb nearest the values still says which way they moved, ", or" keeps the
    // figure that fits the old value, and 观影人次 compares its own figure.
    let inflation = |new: &str| format!("Core inflation slowed to {new} from 3.9% in February.");
    assert_right_and_wrong(inflation, "3.8%", "4.0%", "CL003");
    let earnings = |old: &str| {
        format!("Net income was $412 million, or $2.88 a share, down from {old} a share.")
    };
    assert_right_and_wrong(earnings, "$3.10", "$2.50", "CL003");
    let admissions = |rate: &str| format!("观影人次为1.63亿，较上年的1.29亿增长{rate}。");
    assert_right_and_wrong(admissions, "26.4%", "36.4%", "CL002");
    let payments = |last: &str| {
        format!("Payments total $100 million: $60 million in 2022, including $30 million under the revolver, and ${last} million in 2024.")
    };
    assert_right_and_wrong(payments, "40", "50", "CL004");
}

/// 降至, 升至: the verb before "to" says which way a rate moved.
#[test]
fn a_one_character_verb_before_zhi_gives_the_direction() {
    let unemployment = |points: &str| format!("失业率从5.6%降至5.2%，下降{points}个百分点。");
    assert_right_and_wrong(unemployment, "0.4", "0.9", "CL002");
    let rate = |new: &str| format!("贷款利率从3.2%升至{new}。");
    assert_right_and_wrong(rate, "3.6%", "3.0%", "CL003");
}

/// 从年初的1.56%: the moment the old value was measured may stand between 从 and it, and
/// the points the values give are shown to their last digit.
#[test]
fn a_rate_from_the_start_of_the_year() {
    let loans = |points: &str| format!("不良贷款率从年初的1.56%降至1.38%，下降{points}个百分点。");
    assert_right_and_wrong(loans, "0.18", "0.28", "CL002");
    let cover =
        |points: &str| format!("拨备覆盖率从上年末的182.4%升至196.7%，提高{points}个百分点。");
    assert_right_and_wrong(cover, "14.3", "4.3", "CL002");
    let message = only_message(&loans("0.28"));
    assert!(message.contains("(−0.18 pp)"), "{message}");
}

/// An average changes from an old value that names no measure of its own, unless a
/// total before the average is what changed.
#[test]
fn an_average_from_a_bare_old_value() {
    let attendance =
        |rate: &str| format!("Attendance averaged 41,200 this fall, down {rate} from 45,800.");
    assert_right_and_wrong(attendance, "10%", "6%", "CL002");
    assert_silent(&[
        "Harry Reid International Airport handled 4.84 million passengers in March, an average of about 156,000 a day, up 2.8% from 4.71 million.",
    ]);
}

/// An average price times the count is the total: "at an average price of", 成交均价,
/// and "bringing in" says the total.
#[test]
fn an_average_price_times_the_count() {
    let buyback = |total: &str| {
        format!("The company repurchased 2.1 million shares at an average price of $64.50, for a total of ${total} million.")
    };
    assert_right_and_wrong(buyback, "135.5", "145.5", "CL005");
    let tickets = |total: &str| {
        format!("The team sold 18,500 season tickets at an average price of $1,150, bringing in ${total} million.")
    };
    assert_right_and_wrong(tickets, "21.3", "23.5", "CL005");
    let repurchase = |total: &str| {
        format!("公司累计回购股份1,580万股，成交均价23.40元/股，支付总金额{total}亿元。")
    };
    assert_right_and_wrong(repurchase, "3.70", "4.12", "CL005");
}

/// Session 18's second precision round, on the readings of its first commits: fiscal
/// calendars a text shows without the word "fiscal", differences read as levels, a prior
/// year past "to", a qualifier after "Based on", a result against a forecast, a rate
/// named between a metric and its figure.
#[test]
fn fiscal_calendars_differences_and_rates_named_before_the_figure() {
    assert_silent(&[
        "Microsoft said revenue for the quarter ended March 31, its third quarter, rose 17% to $61.9 billion from $52.9 billion.\n\nRevenue was $56.5 billion in the quarter ended Sept. 30, its first quarter.",
        "BHP Group said revenue for the year ended June 30, 2024 rose 3.5% to $55.7 billion.\n\nRevenue in the first half was $27.2 billion.\n\nRevenue for the six months to June 30 was $28.5 billion.",
        "农业银行营业收入从上年的3682.79亿元增至3697.14亿元。\n\n农业银行上年营业收入为3682.79亿元。",
        "AMD said third-quarter revenue was $6.82 billion.\n\nBased on constant currency, third-quarter revenue was $6.9 billion.",
        "Nvidia said first-quarter revenue was $26.04 billion.\n\nFirst-quarter revenue rose $18.85 billion from a year earlier.",
        "晶耀科技2024年营业收入30.5亿元，上年为100.7亿元。\n\n晶耀科技2024年营业收入较上年减少70.2亿元。",
        "Wells Fargo's shares jumped 5.6% after it earned $1.42 a share against expectations of $1.28.",
        "农业银行上半年净利润1334亿元 不良率降至1.32%\n\n上半年净利息收益率为1.45%。",
    ]);
    // The same texts with a real slip still speak.
    let calendar = |restated: &str| {
        format!("Northwind Inc said revenue for the quarter ended Sept. 30 rose to $4.37 billion.\n\nNorthwind's third-quarter revenue of ${restated} billion was a record.")
    };
    assert_right_and_wrong(calendar, "4.37", "4.73", "CL001");
}

/// Things counted one by one are whole numbers: five parts that are one medal apart in
/// sum are not within rounding of the whole, though each part's rounding interval is
/// half a medal wide; a length is no count and keeps its rounding. A count figure
/// restated one off is another count.
#[test]
fn counted_things_are_whole() {
    let medals = |rest: &str| {
        format!("在本届运动会上，代表团共获得奖牌38枚，其中金牌12枚、银牌9枚、铜牌7枚、纪念奖牌5枚，其余{rest}枚为特别奖。")
    };
    assert_right_and_wrong(medals, "5", "3", "CL004");
    let seats = |last: &str| {
        format!("Of the 120 seats, the Labour Alliance won 45 seats, the Civic Party 38 seats, the Greens 19 seats and independents the remaining {last} seats.")
    };
    assert_right_and_wrong(seats, "18", "16", "CL004");
    assert_silent(&[
        "全线总长38公里，其中隧道12公里、桥梁9公里、高架7公里、路基5公里，其余3公里为站场。",
    ]);
}

/// "15,381, an increase of 579, or 3.9%, compared with 14,802": in English the change
/// word, its amount and its rate may follow the new value before "compared with"; a
/// change set beside another change (`a fall of 6.9 million barrels, compared with a
/// 1.0 million-barrel draw`) compares no levels.
#[test]
fn a_change_between_the_new_value_and_compared_with() {
    let rate = |rate: &str| {
        format!("Velora Inc said staff totalled 15,381 at the end of 2024, an increase of 579, or {rate}, compared with 14,802 a year earlier.")
    };
    assert_right_and_wrong(rate, "3.9%", "4.9%", "CL002");
    let amount = |amount: &str| {
        format!("Velora Inc said staff totalled 15,381 at the end of 2024, an increase of {amount} compared with 14,802 a year earlier.")
    };
    assert_right_and_wrong(amount, "579", "679", "CL002");
    let word = |word: &str| {
        format!("Velora Inc said staff totalled 15,381, {word} 3.9% compared with 14,802 a year earlier.")
    };
    assert_right_and_wrong(word, "up", "down", "CL003");
    assert_silent(&[
        "Crude stocks stood at 420 million barrels, a fall of 6.9 million barrels, compared with a 1.0 million-barrel draw a week earlier.",
        "Revenue was $5.2 billion, and profit rose 10%, compared with $4.9 billion a year earlier.",
        "Sales were 23 million, up 8.7% from September, compared with 21.7 million a year earlier.",
    ]);
}

/// A figure after `；` counted by a classifier (28.7万架次) is no part of a weight before
/// 其中 (86.3万吨).
#[test]
fn a_classifier_counts_no_part_of_a_weight() {
    assert_silent(&[
        "2024年，澄湾国际机场完成货邮吞吐量86.3万吨，同比增长12.1%，其中跨境电商货物增长尤为明显；完成飞机起降128.7万架次，同比增长6.4%。",
    ]);
}

/// A daily average said before 其中 is no whole of the day's figure after it
/// (`日均接待游客约856万人次。其中，…单日接待游客1120万人次`); a whole said so is.
#[test]
fn a_daily_average_before_qizhong_is_no_whole() {
    assert_silent(&[
        "假期全省日均接待游客约856万人次。其中，10月3日为客流高峰日，单日接待游客1120万人次。",
    ]);
    let total = |part: &str| format!("假期全省共接待游客5856万人次。其中，省外游客{part}万人次。");
    assert_right_and_wrong(total, "2120", "6120", "CL004");
}

/// Shares listed one a year (`2022年至2024年…分别为35%、38%和41%`) are a series, not
/// the split of one whole.
#[test]
fn shares_of_different_years_are_not_added() {
    assert_silent(&["2022年至2024年，线上销售占比分别为35%、38%和41%。"]);
    let split =
        |last: &str| format!("2024年，线上、线下和批发渠道的销售占比分别为35%、38%和{last}%。");
    assert_right_and_wrong(split, "27", "41", "CL004");
}

/// "up 20.0% and down 4.7% from 118,600 and 101,200": each pair has its own word, so
/// neither word is checked against every pair.
#[test]
fn listed_changes_with_words_of_both_directions() {
    assert_silent(&["Voltara and Brennik delivered 142,300 and 96,450 vehicles, respectively, up 20.0% and down 4.7% from 118,600 and 101,200 a year earlier."]);
    let word = |word: &str| {
        format!("Voltara and Brennik delivered 142,300 and 106,450 vehicles, respectively, {word} 20.0% and 5.2% from 118,600 and 101,200 a year earlier.")
    };
    assert_silent(&[&word("up")]);
    assert_eq!(codes_in(word("down")), ["CL003", "CL003"]);
}

/// A dividend paid per share is no earnings per share; a profit per share is.
#[test]
fn a_dividend_per_share_is_no_eps() {
    assert_silent(&["Oberlin Holdings reported first-half earnings per share of 46.9 cents. Oberlin Holdings declared an interim dividend of 36 cents per share for the first half."]);
    let eps = |value: &str| {
        format!("Oberlin Holdings reported first-half earnings per share of 46.9 cents. Oberlin Holdings said first-half profit was {value} cents per share.")
    };
    assert_right_and_wrong(eps, "46.9", "36", "CL001");
}

/// A subsidiary's or unit's figure is not its parent's (`其子公司`, "its banking unit"),
/// nor is that of a company whose name shares the parent's first word (`Oberlin Bank`).
#[test]
fn a_subsidiary_is_not_its_parent() {
    assert_silent(&[
        "国兴控股上半年净利润62.8亿元。其子公司上半年净利润51.3亿元。",
        "Oberlin Holdings first-half net profit was $2.46 billion. Its banking unit posted first-half net profit of $2.10 billion.",
        "Oberlin Holdings' first-half net profit was $2.46 billion. Oberlin Bank's first-half net profit was $2.10 billion.",
    ]);
    let restated = |value: &str| {
        format!("Oberlin Holdings' first-half net profit was $2.46 billion, the company said. Oberlin Tuesday said its first-half net profit was ${value} billion.")
    };
    assert_right_and_wrong(restated, "2.46", "2.10", "CL001");
}

/// Two breakdowns of one whole after 其中 (by severity and by where the injured are;
/// by origin and by stay): the parts that add up to the whole are one, the others
/// another, and nothing is added across them.
#[test]
fn two_breakdowns_after_qizhong() {
    assert_silent(&[
        "共有527人受伤，其中重伤68人，已出院389人，仍在住院138人。",
        "全年共接待游客6850万人次，其中省外游客2960万人次，过夜游客2140万人次，省内游客3890万人次。",
    ]);
    let housing = |last: &str| {
        format!("全年新开工保障性住房5.8万套，其中公租房2.2万套，保障性租赁住房3.2万套，共有产权住房{last}万套。")
    };
    assert_right_and_wrong(housing, "0.4", "1.1", "CL004");
}

/// A count, its price per piece (每套, 每笔, 户均, "at an average price of") and the
/// total after 合计, 总投资, "generating" or "returning" are a product; a price in
/// another clause before a count of companies is none.
#[test]
fn products_said_with_more_words() {
    let buyback = |total: &str| {
        format!("Redfern bought back 12.5 million shares at an average price of $48.20 each, returning ${total} million to shareholders.")
    };
    assert_right_and_wrong(buyback, "602.5", "620", "CL005");
    let homes = |total: &str| {
        format!("The company sold 1,420 apartments last year at an average price of $385,000, generating ${total} million in sales revenue.")
    };
    assert_right_and_wrong(homes, "546.7", "477.4", "CL005");
    let loans = |total: &str| {
        format!("该行累计发放普惠型小微企业贷款1.26万笔，户均48万元，合计{total}亿元。")
    };
    assert_right_and_wrong(loans, "60.5", "105.8", "CL005");
    let flats = |total: &str| {
        format!("首批推出320套住宅，按照每套均价265万元计算，首批销售额约{total}亿元。")
    };
    assert_right_and_wrong(flats, "8.48", "9.48", "CL005");
    assert_silent(&["化工企业万和新材拟回购15亿元至20亿元，回购价格上限为每股45元；医药企业康泰生物拟回购5亿元至10亿元；其余4家公司拟回购金额上限合计为11.5亿元。"]);
}

/// The count of a product is the one nearest before the price, and counts things (no
/// length, no average per thing; a measure only at a price per its unit); a total that
/// covers more (fees, a discount, other items), a count per period with a total that is
/// not, a total of another period and a price per unit of a measure multiply to nothing.
#[test]
fn which_count_a_price_multiplies() {
    let buses =
        |total: &str| format!("本次共采购12米纯电动公交车260台，单价158万元，总金额{total}亿元。");
    assert_right_and_wrong(buses, "4.108", "5.108", "CL005");
    let tickets = |total: &str| {
        format!("The two concerts sold 52,400 tickets at an average price of $96, generating ${total} million in ticket revenue.")
    };
    assert_right_and_wrong(tickets, "5.03", "6.03", "CL005");
    let carbon =
        |total: &str| format!("挂牌协议交易成交量120万吨，成交均价每吨98.5元，成交额{total}亿元。");
    assert_right_and_wrong(carbon, "1.182", "1.82", "CL005");
    assert_silent(&[
        "The city bought 30 patrol cars at $52,000 each, in a contract worth $1.9 million that also covers radios and training.",
        "项目新建安置住房1,200套，每套建安成本45万元，总投资8.6亿元（含土地及配套费用）。",
        "The company bought back 1,200,000 shares at an average price of $45.10 each, for a total of $54.2 million including commissions.",
        "The school bought 500 tickets at $40 each, less a 10% group discount, for a total of $18,000.",
        "The hotel sold 1,200 room nights a month at an average price of $150, generating $2.16 million over the year.",
        "当月成交1,000套，套均面积100平方米，成交均价每平方米2万元，合计成交金额20亿元。",
    ]);
}

/// Groups of people after 其中 (人员, 职工) are compared by their traits: 卫生技术人员
/// and 高级职称人员 are no partition of the staff.
#[test]
fn parts_named_by_one_noun_are_compared_by_their_modifiers() {
    assert_silent(&["医院现有职工4,860人，其中卫生技术人员4,215人，高级职称人员1,032人。"]);
    let staff =
        |women: &str| format!("医院现有职工4,860人，其中男性职工2,115人，女性职工{women}人。");
    assert_right_and_wrong(staff, "2,745", "2,945", "CL004");
}

/// "Separately, Oberlin Bank …. The bank …": a sentence set off by a linking adverb
/// opens with its name, and one that refers back to it is about it too.
#[test]
fn a_name_after_separately_and_the_sentence_that_refers_back_to_it() {
    assert_silent(&[
        "Oberlin Holdings declared a quarterly dividend of $0.42 per share.\n\nSeparately, Oberlin Bank kept its quarterly dividend at $0.30 per share.",
        "Oberlin Holdings declared a quarterly dividend of $0.42 per share.\n\nSeparately, Marlin Bank said its quarterly net income fell to $31.2 million. The bank kept its quarterly dividend at $0.30 per share.",
    ]);
}

/// A price per a unit written after a slash (`0.86元/W`) multiplies a count in that unit
/// only: two tender lots at 0.86 yuan a watt make no total.
#[test]
fn a_price_per_a_written_unit_multiplies_only_counts_in_it() {
    assert_silent(&["本次集采共分两个标段。两个标段第一中标候选人均为同一家企业，中标单价0.86元/W，总金额为15.48亿元。"]);
    let shares = |total: &str| format!("Halvern sold 2,000 shares at $15/share, raising ${total}.");
    assert_right_and_wrong(shares, "30,000", "40,000", "CL005");
}

/// Another basis (扣除, excluding) named in another statement of the sentence, past a
/// semicolon, leaves a change's rate checked.
#[test]
fn another_basis_past_a_semicolon_is_another_statements() {
    let revenue = |rate: &str| {
        format!("公司实现营业收入86.4亿元，同比增长{rate}%，上年同期为72.1亿元；扣除非经常性损益后的净利润9.3亿元。")
    };
    assert_right_and_wrong(revenue, "19.8", "15.2", "CL002");
    // An old value given after the rate, past another change's before the semicolon.
    let profit = |profit: &str| {
        format!("今年前三季度公司实现营业收入140.0亿元，较上年同期的125.0亿元同比增长12.0%；实现归属于上市公司股东的净利润{profit}，同比增长20.0%，上年同期为7.0亿元。")
    };
    assert_right_and_wrong(profit, "8.4亿元", "8.7亿元", "CL002");
    assert_silent(&[
        "剔除汇率影响，公司营业收入86.4亿元，同比增长15.2%，上年同期为72.1亿元。",
        "Sales rose 15.2% to $86.4 million from $72.1 million, excluding acquisitions.",
    ]);
}

/// `蔚来、小鹏、零跑10月分别交付…`: the companies listed before 分别 each own the figure
/// in their place; the one claimlint does not know owns its own, not its neighbour's.
#[test]
fn companies_listed_before_respectively_own_their_figures() {
    assert_silent(&[
        "蔚来、小鹏、零跑10月分别交付20976辆、23917辆和38177辆。小鹏汽车10月交付23917辆。",
    ]);
    let xpeng = |restated: &str| {
        format!(
            "蔚来、小鹏、零跑10月分别交付20976辆、23917辆和38177辆。小鹏汽车10月交付{restated}辆。"
        )
    };
    assert_right_and_wrong(xpeng, "23917", "23971", "CL001");
}

/// Net income from continuing operations, had there been no charge, or as first reported
/// before a restatement is another figure than the net income reported.
#[test]
fn other_measures_and_earlier_versions_of_a_figure_are_no_restatement() {
    let lead = "Norbridge Industrial Corp's third-quarter net income climbed to $612 million.";
    assert_silent(&[
        &format!("{lead} Norbridge Industrial Corp's net income from continuing operations was $645 million in the third quarter."),
        &format!("{lead} Without the charge, Norbridge Industrial Corp's third-quarter net income would have been $645 million."),
        &format!("{lead} Norbridge Industrial Corp's third-quarter net income was originally reported as $598 million."),
        "启航汽车已完成全年40万辆交付目标的71.9%。启航汽车年初曾定下全年交付45万辆的目标。",
    ]);
    let restated = |value: &str| {
        format!("{lead} Norbridge Industrial Corp's net income was ${value} million in the third quarter.")
    };
    assert_right_and_wrong(restated, "612", "645", "CL001");
}

/// A part broken down in turn after the list (`医院中有三级医院45个`), and goods classed
/// both by kind and by technology, are no further parts of the whole.
#[test]
fn a_part_broken_down_in_turn_and_goods_classed_two_ways() {
    assert_silent(&[
        "全年出口商品总额3168.2亿元，其中机电产品出口2386.5亿元，高新技术产品出口1402.7亿元。",
    ]);
    let institutions = |public_health: &str| {
        format!("全市共有医疗卫生机构5210个，其中医院312个、基层医疗卫生机构4780个、专业公共卫生机构{public_health}个，医院中有三级医院45个。")
    };
    assert_right_and_wrong(institutions, "98", "128", "CL004");
}

/// `香港1斤约合605克`: a unit a place names as its own is not the standard one.
#[test]
fn a_local_unit_is_not_the_standard_one() {
    assert_silent(&["香港街市每斤（香港1斤约合605克）售价约20港元。"]);
    assert_eq!(
        codes_in("内地菜市场每斤（1斤约合605克）售价约15元。"),
        ["CL006"]
    );
}

/// `较年初的每公斤22.6元上涨5.8元，涨幅达31.2%`: the old value after 较 and a moment measures
/// what the new one does (an average price too), and a rate opening the next clause is
/// the rate of the change said by its amount; one comparing with another period is not.
#[test]
fn a_rate_in_the_clause_after_a_change_by_an_amount() {
    let pork = |rate: &str| {
        format!("全国猪肉平均价格为每公斤28.4元，较年初的每公斤22.6元上涨5.8元，涨幅达{rate}%。")
    };
    assert_right_and_wrong(pork, "25.7", "31.2", "CL002");
    let grain =
        |rate: &str| format!("粮食产量70650万吨，比上年的69541万吨增加1109万吨，增长{rate}%。");
    assert_right_and_wrong(grain, "1.6", "2.6", "CL002");
    assert_silent(&["猪肉价格为28.4元，较上月的22.6元上涨5.8元，同比上涨12%。"]);
}

/// 环比 and "sequentially" compare with the period just before, whose figure the article
/// may give in another sentence; a deal's total named 成交金额 is the product of its
/// count and price.
#[test]
fn sequential_changes_and_the_amount_of_a_block_trade() {
    let quarter = |rate: &str| {
        format!("比亚迪一季度营业收入为420亿元，同比增长14.8%。比亚迪二季度营业收入为483亿元，环比增长{rate}%，同比增长20.1%。")
    };
    assert_right_and_wrong(quarter, "15", "12", "CL002");
    let english = |rate: &str| {
        format!("Halvorsen Systems Inc reported first-quarter revenue of $42.0 billion. Second-quarter revenue rose {rate}% sequentially to $48.3 billion.")
    };
    assert_right_and_wrong(english, "15", "12", "CL002");
    // The quarter before the first is of another year, which the article does not give.
    assert_silent(&["比亚迪四季度营业收入为420亿元。比亚迪一季度营业收入为483亿元，环比增长12%。"]);
    let block = |total: &str| format!("成交量为356万股，成交均价23.40元/股，成交金额{total}万元。");
    assert_right_and_wrong(block, "8330", "9330", "CL005");
}

/// `下调至每日120万桶，上月的预测为每日97万桶`: the unit a rate is given for stands between
/// 至 and the new value.
#[test]
fn a_rate_per_day_after_to() {
    let demand = |new: &str, old: &str| {
        format!("国际能源署将全球石油需求增长预期下调至每日{new}万桶，上月的预测为每日{old}万桶。")
    };
    assert_silent(&[&demand("97", "120")]);
    assert_eq!(codes_in(demand("120", "97")), ["CL003"]);
}

/// `Of the 1,240 jobs to be cut, 610 are in Germany, 380 in France and the remaining
/// 250 …`: bare numbers after an opening whole count what it counts.
#[test]
fn bare_numbers_after_of_the_count_the_whole() {
    let jobs = |rest: &str| {
        format!("Of the 1,240 jobs to be cut, 610 are in Germany, 380 in France and the remaining {rest} at its plant in Poland, the company said.")
    };
    assert_right_and_wrong(jobs, "250", "290", "CL004");
    assert_silent(&[
        "Of the 287 aircraft in its fleet, 64 are Boeing 737 MAX 8 jets.",
        "Of the $2.1 billion, 800 goes to schools.",
    ]);
}

/// "Okafor told analysts that … revenue of $4.5 billion": analysts told are the
/// audience, not the source of an estimate.
#[test]
fn analysts_told_are_no_source() {
    let restated = |value: &str| {
        format!("Harlow Dynamics Inc reported third-quarter revenue of $4.2 billion on Thursday.\n\nChief Executive Maria Okafor told analysts on a conference call that Harlow's third-quarter revenue of ${value} billion was a record.")
    };
    assert_right_and_wrong(restated, "4.2", "4.5", "CL001");
}

/// Precision probe 60: a market of the company's, 营业总收入 beside 营业收入, projects
/// classed by owner and industry, shares of each reporting period, a loss among the
/// periods, inflation-adjusted rates, and a rate of another comparison than the old
/// value's.
#[test]
fn figures_of_other_scopes_measures_and_comparisons() {
    assert_silent(&[
        "Arcturus Systems Inc reported third-quarter revenue of $3.43 billion. In the third quarter, Arcturus generated $2.41 billion of revenue in the United States.",
        "华岳电气股份有限公司2023年在国内实现营业收入153.27亿元。公司第四季度实现营业收入56.30亿元，前三季度合计实现营业收入130.12亿元。",
        "锦江酿酒股份有限公司前三季度实现营业总收入98.64亿元。前三季度，公司营业收入为97.21亿元。",
        "全年新引进产业项目486个，其中外资项目137个，世界500强企业投资项目41个，先进制造业项目352个。",
        "报告期内，公司向前五名客户合计的销售额占当期营业收入的比例分别为45.2%、38.7%和30.1%。",
        "Meridian Lines Ltd posted net income of $2.35 billion for 2023, including a fourth-quarter loss of $180 million. Its net income for the first nine months was $2.53 billion.",
        "Spending rises to $14.2 billion from $13.7 billion, a decline of 0.3% after adjusting for inflation.",
        "Revenue rose 10.5% from a year earlier to $3.43 billion, up from $3.31 billion in the second quarter.",
        "11月新房成交8426套，环比增长18.3%，同比增长6.2%，去年同期为7934套。",
    ]);
    let projects = |foreign: &str| {
        format!("全年新引进产业项目486个，其中内资项目349个，外资项目{foreign}个。")
    };
    assert_right_and_wrong(projects, "137", "157", "CL004");
    let homes = |rate: &str| format!("11月新房成交8426套，同比增长{rate}%，去年同期为7934套。");
    assert_right_and_wrong(homes, "6.2", "18.3", "CL002");
    // The period of the rate's subject names no comparison of the rate's.
    let revenue = |rate: &str| {
        format!("Revenue for the fiscal third quarter ended Oct. 31 rose {rate}% to $2.85 billion from $2.62 billion a year earlier.")
    };
    assert_right_and_wrong(revenue, "8.8", "12", "CL002");
}

/// Precision probe 61: after a part and a semicolon, a clause that says "also" or states a
/// change its part does not is a sibling of the whole; a change word of a rate of
/// another comparison says nothing of the old value; revenue by region and by channel
/// overlaps.
#[test]
fn siblings_past_a_semicolon_and_breakdowns_two_ways() {
    assert_silent(&[
        "诺里斯本赛季共11次登上领奖台，其中7次夺冠；皮亚斯特里也已拿下7个分站冠军。",
        "EU shipments rose 2.9% to 0.846 trillion yen, of which Germany took 0.212 trillion yen; shipments to the Middle East rose 4.1% to 0.655 trillion yen.",
        "我国对东盟出口4.12万亿元，其中对越南出口1.35万亿元；对美国出口3.05万亿元，下降27.8%。",
        "第三季度营收1042.3亿元，环比下降1.5%，同比增长1.8%，上年同期为1023.9亿元。",
        "公司实现营收1131.2亿元，其中海外收入497.7亿元，线上渠道收入702.3亿元。",
    ]);
    let trade = |imports: &str| {
        format!("全年进出口总值41.76万亿元，其中出口23.77万亿元，增长0.6%；进口{imports}万亿元，下降0.3%。")
    };
    assert_right_and_wrong(trade, "17.99", "19.99", "CL004");
    let quarter =
        |old: &str| format!("第三季度营收1042.3亿元，同比增长1.8%，上年同期为{old}亿元。");
    assert_right_and_wrong(quarter, "1023.9", "1123.9", "CL003");
}

/// `从5.6亿元收窄至3.3亿元，亏损收窄41.1%`: the rate of a change said with 从…至 may open
/// the next clause; a loss narrows as its size does.
#[test]
fn a_rate_in_the_clause_after_a_change_from_to() {
    let loss = |rate: &str| format!("公司净亏损从5.6亿元收窄至3.3亿元，亏损收窄{rate}%。");
    assert_right_and_wrong(loss, "41.1", "51.1", "CL002");
    let revenue = |rate: &str| format!("公司营收从5.6亿元增长至7.3亿元，增幅{rate}%。");
    assert_right_and_wrong(revenue, "30.4", "20.4", "CL002");
}

/// Precision probe 62: cents of another currency, a count out of a group compared as a
/// share, a product's grade, and a loss written with its sign that widens.
#[test]
fn cents_grades_groups_and_signed_losses() {
    assert_silent(&[
        "Passenger yield was 11.4 Singapore cents, down 2.6% from 11.7 cents.",
        "Of the 210 retailers surveyed, 139, or 66%, expected to raise prices, compared with 71 of the 180 construction firms, or 39%.",
        "锂辉石精矿（6%品位）价格报760美元/吨，较年初的1060美元/吨下跌28.3%。",
        "三季度归母净利润-8.05亿元，较二季度的-6.21亿元亏损环比扩大1.84亿元。",
    ]);
    let yield_ = |old: &str| {
        format!("Passenger yield was 11.4 Singapore cents, down 2.6% from {old} Singapore cents.")
    };
    assert_right_and_wrong(yield_, "11.7", "12.7", "CL002");
    let spodumene = |rate: &str| {
        format!("锂辉石精矿（6%品位）价格报760美元/吨，较年初的1060美元/吨下跌{rate}%。")
    };
    assert_right_and_wrong(spodumene, "28.3", "18.3", "CL002");
}

/// Precision probes 63 and 64: the number of a product's name the text points at
/// (`last year's Lumen 8`) is no old value, and what a company sells of one product is
/// no restatement of its revenue; the rate of a change may open the next clause in
/// English too.
#[test]
fn named_models_products_sold_and_a_rate_after_the_change() {
    assert_silent(&[
        "The phone will start at $799, up from $699 for last year's Lumen 8, an increase of about 14%.",
        "Calder Pharmaceuticals said third-quarter revenue rose 12% to $2.77 billion.\n\n\
         Calder Pharmaceuticals said third-quarter sales of its cystic fibrosis drug Trikafta rose 13% to $2.5 billion.",
    ]);
    let phone = |rate: &str| {
        format!("The phone will start at $799, up from $699 for last year's Lumen 8, an increase of about {rate}%.")
    };
    assert_right_and_wrong(phone, "14", "24", "CL002");
    let sold = |what: &str| {
        format!(
            "Calder Pharmaceuticals said third-quarter revenue rose 12% to $2.77 billion.\n\n\
             Calder Pharmaceuticals said third-quarter sales of its {what} rose 13% to $2.5 billion."
        )
    };
    assert_right_and_wrong(sold, "cystic fibrosis drug", "products", "CL001");
    let revenue = |rate: &str| {
        format!(
            "Revenue was $799 million, up from $699 million a year earlier, a {rate}% increase."
        )
    };
    assert_right_and_wrong(revenue, "14", "24", "CL002");
}

/// Recall probe 64: a Chinese name claimlint does not know, opening a sentence before a
/// period and what a company reports, names the company (not `机构预测2025年…` nor
/// `某券商将公司2024年…`), so its restatements and its quarters are checked.
#[test]
fn a_han_name_reporting_a_period_is_learned() {
    let restated = |again: &str| {
        format!("华晶半导体第三季度实现营业收入156.3亿元。\n\n华晶半导体表示，三季度{again}亿元的营收创下单季历史新高。")
    };
    assert_right_and_wrong(restated, "156.3", "165.3", "CL001");
    let quarters = |second: &str| {
        format!("海川电器2024年上半年实现营业收入486.2亿元。海川电器一季度实现营业收入228.5亿元，二季度实现营业收入{second}亿元。")
    };
    assert_right_and_wrong(quarters, "257.7", "247.7", "CL004");
    // Probe 127: a place's name may start like a word that names no one (贵, "your";
    // 上, "last").
    for name in ["贵州茅台", "上海电气"] {
        let restated = |again: &str| {
            format!("{name}上半年营业收入218.64亿元，同比增长9.2%。\n\n{name}上半年营业收入{again}亿元。")
        };
        assert_right_and_wrong(restated, "218.64", "216.84", "CL001");
    }
    assert_silent(&[
        "贵公司上半年营业收入218.64亿元。贵公司上半年营业收入216.84亿元。",
        "机构预测2025年归母净利润平均为10.9亿元。机构预测2025年归母净利润区间为9.8亿元至12.0亿元。",
        "某券商将公司2024年归母净利润预测由47.2亿元上调至50.1亿元。某券商将公司2024年营收预测上调至300亿元。",
    ]);
}

/// Precision probe 62, with the company's name learned: an estimate word before a
/// semicolon (`高于市场一致预期的100.40亿元；`) does not make the figure after it an
/// estimate, so the forecasts of it restate nothing.
#[test]
fn an_estimate_word_stops_at_a_semicolon() {
    assert_silent(&[
        "比亚迪一季度实现营业收入102.58亿元，高于市场一致预期的100.40亿元；实现归母净利润15.87亿元，较市场一致预期的14.90亿元高出6.5%。\n\n\
         此前，18家机构对公司一季度归母净利润的预测区间为14.20亿元至15.60亿元，平均值为14.90亿元。",
    ]);
}

/// Recall probe 64: a sentence opening with a title quotes someone of the topic, whose
/// figures are the topic's.
#[test]
fn a_title_opening_a_sentence_is_no_other_subject() {
    let quoted = |again: &str| {
        format!(
            "Harbor Logistics Inc said on Thursday its third-quarter revenue climbed 9% to $4.2 billion.\n\n\
             Chief Executive Maria Lindqvist said the {again} billion in quarterly revenue reflected higher volumes."
        )
    };
    assert_right_and_wrong(quoted, "$4.2", "$4.5", "CL001");
}

/// Recall probe 64: the rest of a list named before words read as a cue (`with the
/// remaining states accounting for`), and an old value priced per unit after 由 (`由去年
/// 同期的每公斤9.80元降至8.60元`).
#[test]
fn the_remaining_part_and_an_old_price_per_unit() {
    let crops = |rest: &str| {
        format!("Of the 15.1 billion bushels, Iowa will produce 2.6 billion bushels, Illinois 2.3 billion bushels, Nebraska 1.8 billion bushels, with the remaining states accounting for {rest} billion bushels.")
    };
    assert_right_and_wrong(crops, "8.4", "7.6", "CL004");
    let eggs = |rate: &str| {
        format!("全国鸡蛋平均批发价格由去年同期的每公斤9.80元降至8.60元，下降{rate}%。")
    };
    assert_right_and_wrong(eggs, "12.2", "8.2", "CL002");
}

/// Precision probe 65, Chinese articles on several companies claimlint learns or does not
/// know: whose figure is it when another company opens the sentence or the one before
/// (`美凯电器的业绩快报显示，其…`, `京弘光学也披露了三季报。公司…`), after 同期 or 其中
/// (a province, a business), after a description with 的, or a verb before 公司.
#[test]
fn figures_of_other_chinese_companies_and_businesses() {
    assert_silent(&[
        "临峰微电子前三季度实现营业收入38.62亿元。主营功率芯片的睿芯科技前三季度实现营业收入52.40亿元。",
        "澄海电器2024年实现归母净利润11.28亿元。美凯电器的业绩快报显示，其2024年归母净利润14.9亿元。",
        "澄海电器去年净利润增长17.6% 增速快于美凯电器\n\n澄海电器2月28日晚间披露业绩快报。公司2024年实现归母净利润11.28亿元。美凯电器2024年归母净利润14.9亿元。",
        "江苏省前三季度实现地区生产总值101628.4亿元。同期，广东省前三季度实现地区生产总值103271.9亿元。",
        "智能手表产品线上半年实现营收24.37亿元，已超过TWS耳机成为公司第一大产品线。智能家居产品线上半年实现营收22.15亿元。",
        "华晶半导体上半年实现营业收入26.10亿元。其中，消费电子业务上半年实现营收22.15亿元。",
        "恒屏光电前三季度实现营业收入137.25亿元。恒屏光电三季度营收同比增长12.4%；京弘光学前三季度实现营业收入126.48亿元。",
        "恒屏光电三季度营收增长12.4%\n\n恒屏光电晚间披露三季报。公司三季度实现营业收入48.36亿元。\n\n京弘光学也披露了三季报。公司三季度实现营业收入45.72亿元。",
    ]);
    // The company learned still owns its own restatement.
    let restated = |again: &str| {
        format!("恒屏光电前三季度实现营业收入137.25亿元。同期，京弘光学前三季度实现营业收入126.48亿元。恒屏光电表示，前三季度{again}亿元的营收创新高。")
    };
    assert_right_and_wrong(restated, "137.25", "173.25", "CL001");
}

/// Precision probe 65: a model's number between a count and its name (`29 737 MAX jets`,
/// `29 787 Dreamliners`) is no count.
#[test]
fn a_model_number_after_a_count() {
    assert_silent(&[
        "Boeing delivered 29 787 Dreamliners in the quarter, down from 34 a year earlier.",
    ]);
    let jets = |rate: &str| {
        format!("Boeing delivered 29 737 MAX jets in March, up {rate}% from 24 a year earlier.")
    };
    assert_right_and_wrong(jets, "21", "41", "CL002");
}

/// Precision probe 66: a broker named without 证券 before its forecast of the company
/// (`国泰君安预计公司…`, `国泰君安的预测…`) is the forecast's source, and a sentence opening
/// with a clause that says "before" (`此前于1月10日披露的业绩预告中，预计…`) gives an old
/// forecast.
#[test]
fn brokers_without_a_suffix_and_forecasts_said_before() {
    assert_silent(&[
        "天禾药业发布年报。国泰君安预计公司2026年归母净利润为11.6亿元。市场一致预期公司2026年归母净利润为11.9亿元。",
        "天禾药业发布年报。国泰君安的预测相对保守，预计公司2026年归母净利润为11.6亿元。市场一致预期公司2026年归母净利润为11.9亿元。",
        "东湖药业此前于1月10日披露的业绩预告中，预计2024年归母净利润为3.6亿元至4.0亿元。公司现预计2024年归母净利润为4.35亿元至4.65亿元。",
        "公告显示，东湖药业此前于1月10日披露的业绩预告中，预计2024年归母净利润为3.6亿元至4.0亿元。公司现预计2024年归母净利润为4.35亿元至4.65亿元。",
    ]);
    let broker = |again: &str| {
        format!("天禾药业发布年报。国泰君安预计公司2026年归母净利润为11.6亿元。国泰君安预计公司2026年归母净利润为{again}亿元，对应市盈率20倍。")
    };
    assert_right_and_wrong(broker, "11.6", "12.6", "CL001");
}

/// Precision probe 67: a suffix followed by 务 or by a business word (`创新药业务收入`,
/// `汽车电子业务`) ends no company's name: the business's figures were given to a company
/// named 创新药业, which then owned the brokers' forecasts of the article's company.
#[test]
fn a_business_named_with_a_suffix_is_no_company() {
    assert_silent(&[
        "分业务看，创新药业务收入22.4亿元，占比40%。\n\n兴业在研报中表示，海辰生物2024年净利润预计为9.8亿元。一致预期显示，海辰生物2024年营收为63.5亿元，净利润为9.6亿元。",
    ]);
}

/// Precision probe 69: a peer named after a linking phrase (`同行方面，`, "Among its
/// peers,") or after "another" and what it is (`另一家电巨头`) gives its own figures, not
/// the topic's.
#[test]
fn a_peer_after_a_linking_phrase_gives_its_own_figures() {
    assert_silent(&[
        "美佳集团2023年实现归属于上市公司股东的净利润337.20亿元，同比增长14.10%。\n另一家电巨头格力达电器2023年实现归母净利润290.17亿元，同比增长18.41%。",
        "中远海通2023年净利润同比降78%\n\n中远海通董事会建议派发2023年末期股息每股人民币0.75元。\n\n另一家航运企业东方海外国际公布，2023年末期股息为每股0.52美元。",
        "晶科光能第三季度实现营业收入318.3亿元，同比下降9.21%。\n\n同行方面，隆基绿能第三季度实现营业收入294.6亿元，同比下降14.0%。",
        "东方航空10月旅客运输量为1126.5万人次，同比增长12.39%。\n\n同行方面，中国国航10月旅客运输量为1088.6万人次，同比增长15.6%。",
        "Pacific Crest Airways reported third-quarter revenue of $4.23 billion, up 12.5% from a year earlier.\n\nAmong its peers, Skylark Air posted third-quarter revenue of $3.91 billion.",
    ]);
}

/// Recall probes 64 and 68: restatements missed because a figure's subject or period was
/// not read: a person introduced by a title and then quoted by surname, a bank or a
/// chemicals maker named by its suffix, 当月 for the month named before, and a month
/// written out alone.
#[test]
fn restatements_by_a_person_a_suffixed_name_that_month_and_a_month_alone() {
    let surname = |again: &str| {
        format!("Harbor Logistics Inc said its third-quarter revenue climbed 9% to $4.2 billion.\n\nChief Executive Maria Lindqvist said demand was strong.\n\nLindqvist said the ${again} billion in quarterly revenue reflected higher volumes.")
    };
    assert_right_and_wrong(surname, "4.2", "4.5", "CL001");
    let bancorp = |again: &str| {
        format!("Pacific Crest Bancorp said its second-quarter net income rose to $3.8 billion.\n\nPacific Crest's second-quarter net income of ${again} billion was its highest since 2022.")
    };
    assert_right_and_wrong(bancorp, "3.8", "3.6", "CL001");
    let chemicals = |again: &str| {
        format!("明远化工前三季度实现营业收入56.3亿元。\n\n明远化工前三季度{again}亿元的营业收入创历史新高。")
    };
    assert_right_and_wrong(chemicals, "56.3", "65.3", "CL001");
    let that_month = |again: &str| {
        format!("比亚迪11日发布数据显示，10月份，汽车销量43.2万辆，同比增长49.6%。\n\n比亚迪表示，当月{again}万辆的汽车销量再创历史新高。")
    };
    assert_right_and_wrong(that_month, "43.2", "34.2", "CL001");
    let month_alone = |again: &str| {
        format!("Nordvik Airlines said it carried 4.21 million passengers in July.\n\nThe {again} million passengers Nordvik Airlines carried in July were a record.")
    };
    assert_right_and_wrong(month_alone, "4.21", "4.12", "CL001");
}

/// Recall probes 64 and 68: a national statistic whose sentence names its economy (by
/// name or by the agency that publishes it) is that economy's, and restated with another
/// value it is found; an economy named as a partner in trade (`对美国出口`) or a sentence
/// that names two gives no subject.
#[test]
fn national_statistics_are_their_economys() {
    let gdp = |again: &str| {
        format!("国家统计局18日发布初步核算结果，前三季度国内生产总值949746亿元，同比增长4.8%。\n\n中国宏观经济研究院一位研究员分析说，前三季度GDP总量达到{again}亿元。")
    };
    assert_right_and_wrong(gdp, "949746", "959746", "CL001");
    let deficit = |again: &str| {
        format!("The U.S. trade deficit narrowed to $73.8 billion in September, the Commerce Department said.\n\nThe U.S. trade deficit in September was ${again} billion, smaller than expected.")
    };
    assert_right_and_wrong(deficit, "73.8", "78.3", "CL001");
    assert_silent(&[
        "中国10月出口额为3000亿美元。\n\n10月对美国出口额为450亿美元。",
        "中国10月出口额为3000亿美元。\n\n中国10月对美国出口额为450亿美元。",
        "China's exports rose to $300 billion in October.\n\nChina's exports to the United States fell to $45 billion in October, while U.S. exports to China were $12 billion in October.",
        // Goods: counted in tonnes, or named before the statistic or after "of".
        "海关总署数据显示，1—10月，我国累计进口原油4.5亿吨。1—10月，我国累计进口煤炭4.35亿吨。",
        "German exports of light trucks fell to 7,800 in September. German exports of heavy trucks rose to 5,500 in September.",
        "国家统计局数据显示，前三季度全国居民人均可支配收入30941元。前三季度，国家统计局称城镇居民人均可支配收入41183元。",
        // Partners after the statistic (probe 71).
        "Japan's exports to the United States fell 3.8% to 1.78 trillion yen in October.\n\nJapan's exports to China rose 1.5% to 1.62 trillion yen in October.",
        // Another economy's figure in an article about one: not the topic's.
        "美国经济表现强劲，美国9月CPI同比上涨2.4%。\n\n欧元区9月CPI同比上涨1.7%。日本9月CPI同比上涨2.5%。",
        // A figure whose sentence names no economy is no economy's.
        "国家统计局数据显示，前三季度国内生产总值949746亿元。\n\n前三季度，西藏、甘肃、湖北GDP分别为2000亿元、8000亿元和40000亿元。",
    ]);
}

/// Precision probe 72: a change word that says where its change happened (`shrank in
/// 312 of the 624 patients`) gives no direction to the figures; a percentage in
/// parentheses with words of its own (`lost 5 (71.1% win rate)`) restates no amount;
/// things added after a level (`1,214 stores after opening 18 net new stores, up from
/// 1,196`) are not known to be what changed. Each still reads its ordinary form.
#[test]
fn words_beside_a_change_that_are_not_its_direction_or_rate() {
    assert_silent(&[
        "Tumours shrank substantially in 312 of the 624 patients on the drug, an objective response rate of 50.0%, compared with 206 patients, or 33.0%, in the chemotherapy group.",
        "Prices rose in 12 of the 15 cities surveyed, compared with 9 cities a month earlier.",
        "- Record: won 27, drew 6, lost 5 (71.1% win rate)",
    ]);
    assert_eq!(
        codes_in("Sales fell in March to 500 units from 400 units."),
        ["CL003"]
    );
    // Things added after a level: either may be what went up, so neither is checked; with
    // no level before them the added things are the value.
    let stores = "The retailer ended October with 1,214 stores after opening 18 net new stores during the month, up from 1,196 at the end of September.";
    assert_silent(&[stores]);
    // `claimlint claims` says why.
    let listed = claimlint::analyze(&Document::new("a.txt", stores))
        .relations
        .listed();
    assert_eq!(listed.len(), 1);
    assert!(listed[0]
        .unchecked
        .is_some_and(|why| why.contains("level stated before")));
    assert_eq!(
        codes_in("Acme sold 500 new cars in March, down from 400 a year earlier."),
        ["CL003"]
    );
    let by = |rate: &str| {
        format!("Revenue was $5.2 billion, up $400 million ({rate}) from a year earlier.")
    };
    assert_right_and_wrong(by, "8.3%", "9.3%", "CL002");
}

/// Precision probe 74: "losing", "shed" and "retreated" say a fall as "lost" does, and a
/// change told with them by an amount and a rate is checked.
#[test]
fn losing_and_shedding_are_falls() {
    let wti = |rate: &str| {
        format!(
            "U.S. crude fell for a third session, losing 87 cents, or {rate}, to $71.63 a barrel."
        )
    };
    assert_right_and_wrong(wti, "1.2%", "2.1%", "CL002");
    let index = |to: &str| format!("The index shed 120 points, or 1.5%, to {to}.");
    assert_right_and_wrong(index, "7,880", "8,880", "CL002");
}

/// Precision probe 74: a close then its change by points and a rate, with no base named
/// (`报3386.52点，上涨23.18点，涨幅0.69%`), is a change from the close before; a level
/// compared with its old value keeps that old value out of it.
#[test]
fn a_close_then_its_change_from_the_close_before() {
    let close = |rate: &str| format!("截至收盘，上证指数报3386.52点，上涨23.18点，涨幅{rate}。");
    assert_right_and_wrong(close, "0.69%", "0.96%", "CL002");
    assert_silent(&[
        "2024年末全市常住人口为1268.47万人，比上年末的1259.12万人增加9.35万人，增长0.74%。",
        "全市高考报名人数为6.82万人，较上年的6.35万人增加0.47万人，增长7.4%。",
        "10月销量5万辆，增加0.5万辆，同比增长25%。",
    ]);
}

/// Precision probe 75: a level then "an increase of" its amount and rate; a rate "a 56%
/// increase" followed by "and" another noun; hyphenated adjectives before a counted noun
/// ("214 flu-related hospitalizations"); an old value "from a close of" (probe 76).
#[test]
fn an_increase_of_an_amount_and_a_rate_after_its_level() {
    let budget = |rate: &str| {
        format!("Revenue was $5.2 billion, an increase of $400 million, or {rate}, from a year earlier.")
    };
    assert_right_and_wrong(budget, "8.3%", "9.3%", "CL002");
    let flu = |rate: &str| {
        format!(
            "Officials reported 214 flu-related hospitalizations last week, up from 137 the \
             week before, a {rate} increase and the earliest surge in five seasons."
        )
    };
    assert_right_and_wrong(flu, "56%", "65%", "CL002");
    let close = |old: &str| format!("Shares fell to $212.50 after the bell from a close of {old}.");
    assert_right_and_wrong(close, "$233.60", "$203.60", "CL003");
    // (A level with words after it may not be what increased.)
    assert_silent(&[
        "Revenue was $5.2 billion for the year, an increase of $400 million, or 9.3%, from 2023.",
    ]);
}

/// Precision probe 77: "$1.92 per pound" prices a weight (copper, coffee), not sterling;
/// its change is checked like any price's.
#[test]
fn a_price_per_pound_is_a_price_of_a_weight() {
    let copper = |rate: &str| {
        format!("Net cash costs rose {rate} to $1.92 per pound in the quarter from $1.71.")
    };
    assert_right_and_wrong(copper, "12.3%", "15%", "CL002");
    let coffee = |old: &str| format!("Arabica coffee fell to $2.41 a pound from {old}.");
    assert_right_and_wrong(coffee, "$2.58", "$2.28", "CL003");
}

/// Precision probe 77: "up from its previous guidance of" a range names the old range, and
/// a range wholly below it is a fall; ranges that overlap say no direction.
#[test]
fn a_forecast_range_compared_with_the_previous_one() {
    let guidance = |old: &str| {
        format!(
            "The company now expects to produce 580,000 to 600,000 tonnes this year, up from \
             its previous guidance of {old} tonnes."
        )
    };
    assert_right_and_wrong(
        guidance,
        "530,000 to 550,000",
        "630,000 to 650,000",
        "CL003",
    );
    assert_silent(&[
        "It expects 590,000 to 640,000 tonnes, up from its previous forecast of 600,000 to 620,000 tonnes.",
    ]);
}

/// Precision probe 77: a part listed after 其中 or "of which" with its share and no whole
/// named (占比, ", or 60%") is that share of the whole it is listed under; a share of a
/// named whole may be of another, a share of another measure (`毛利占比`) is not the
/// part's, and a rate after a change's amount is the change's.
#[test]
fn a_part_and_its_share_of_the_whole_it_is_listed_under() {
    let banks = |share: &str| {
        format!(
            "三季度末，银行业金融机构资产总额为452.6万亿元，同比增长6.8%。其中，大型商业银行资产\
             总额为196.3万亿元，同比增长8.1%，占比{share}；股份制商业银行资产总额为72.8万亿元，\
             同比增长3.9%，占比16.1%。"
        )
    };
    assert_right_and_wrong(banks, "43.4%", "45.4%", "CL005");
    let revenue = |share: &str| {
        format!(
            "Total revenue was $1.2 billion, of which cloud contributed $720 million, or {share}, \
             and hardware $330 million."
        )
    };
    assert_right_and_wrong(revenue, "60%", "66%", "CL005");
    assert_silent(&[
        "全市工业增加值为3105.2亿元，其中，高技术制造业增加值为512.3亿元，占全市地区生产总值的比重为6.2%。",
        "公司营收100亿元，其中A业务营收40亿元，毛利占比60%。",
        "Total revenue was $1.2 billion, of which cloud contributed $720 million, or 16% of sales.",
        "Total assets were $6.15 billion, of which loans were $3.61 billion, or 9.5% more than a year ago, and securities $1.2 billion.",
        "Total revenue was $1.2 billion, of which cloud contributed $720 million, or 12% above plan, and hardware $330 million.",
        "Total revenue was $5 billion, of which cloud contributed $2 billion, up $200 million, or 11%, and hardware $1.3 billion.",
    ]);
}

/// Precision probe 78: parts labelled by one character each of one noun (沪市, 深市) are
/// a breakdown of the whole before them; a computed percent change is written to the
/// stated one's decimals (`0.65%` against +0.55%, not +0.6%).
#[test]
fn turnover_of_the_two_markets_and_a_close_to_two_decimals() {
    let turnover = |shenzhen: &str| {
        format!("两市成交额1.52万亿元，其中，沪市成交6125亿元，深市成交{shenzhen}亿元。")
    };
    assert_right_and_wrong(turnover, "9075", "9975", "CL004");
    let message = only_message("上证指数报3402.15点，上涨18.62点，涨幅0.65%。");
    assert!(message.ends_with("(+0.55%)"), "{message}");
}

/// Probe 79: a range and the range it replaces, each written as two figures ("$9.00 to
/// $9.30, up from $9.50 to $9.60"), compare by their nearest ends when they lie apart;
/// ranges that overlap or touch within rounding say no direction.
#[test]
fn a_range_wholly_below_the_range_it_replaces_is_a_fall() {
    let eps =
        |word: &str| format!("The company sees EPS of $9.00 to $9.30, {word} from $9.50 to $9.60.");
    assert_right_and_wrong(eps, "down", "up", "CL003");
    assert_silent(&[
        "The company sees EPS of $9.00 to $9.30, up from $9.20 to $9.60.",
        "Revenue of $3.30 billion to $3.33 billion, down from $3.25 billion to $3.29 billion previously.",
    ]);
}

/// Probe 79: the period or unit an old value is given for may stand after 由/从
/// (`由每月2000元提高到3000元`), as after 至.
#[test]
fn an_old_value_given_per_month() {
    let allowance = |new: &str| format!("赡养老人专项附加扣除标准，由每月2000元提高到{new}。");
    assert_right_and_wrong(allowance, "3000元", "1500元", "CL003");
    let wage = |rate: &str| format!("最低工资标准从每月2320元上调至每月2420元，涨幅{rate}。");
    assert_right_and_wrong(wage, "4.3%", "5.3%", "CL002");
}

/// Probe 81: "Of the total," opening a sentence names no figure: the total is the one of
/// the sentence before in its paragraph (not the first part after the comma).
#[test]
fn of_the_total_is_the_total_of_the_sentence_before() {
    let tender = |rest: &str| {
        format!(
            "The Commission authorised the export of 71,500 tonnes of white sugar. Of the \
             total, 30,000 tonnes went to French traders, 25,000 tonnes to West German houses \
             and the remaining {rest} tonnes to British traders."
        )
    };
    assert_right_and_wrong(tender, "16,500", "26,500", "CL004");
}

/// Probe 83 (traditional Chinese, as DRCD writes): 個 counts anything as 个 does, the
/// traditional forms of the other units compare with the simplified ones, a rate opens
/// its clause with 增長 as with 增长, and 成長 is a rise.
#[test]
fn traditional_classifiers_count_what_simplified_ones_do() {
    let districts =
        |city: &str| format!("全市共分38個區，其中原高雄市轄{city}區，原高雄縣轄27區。");
    assert_right_and_wrong(districts, "11", "21", "CL004");
    let cars = |rate: &str| format!("去年銷量由12.0萬輛增加至15.0萬輛，增長{rate}。");
    assert_right_and_wrong(cars, "25%", "35%", "CL002");
    let revenue = |new: &str| format!("營收由100億元成長至{new}億元。");
    assert_right_and_wrong(revenue, "120", "90", "CL003");
}

/// Probes 80 and 82 (1987-style wire copy): a figure restated as its share "of the total"
/// is that share of the one figure of its measure before it in its sentence, or else in
/// the sentence before, even across a paragraph break; with two such figures there, or a
/// smaller one, it is left alone. Probe 118: a figure before ", while" is a sibling's.
#[test]
fn a_share_of_the_total_stated_in_the_sentence_before() {
    let imports = |share: &str| {
        format!(
            "Japan's crude oil imports fell 7.8 pct in January from a year earlier to 14.21 mln \
             kilolitres.\n\nImports from the Middle East totalled 10.28 mln kilolitres, or \
             {share} of the total, against 10.96 mln a year earlier."
        )
    };
    assert_right_and_wrong(imports, "72.3 pct", "77.3 pct", "CL005");
    let cars = |share: &str| {
        format!(
            "Car sales rose to 63,482 units, of which North American-built cars were 42,110 \
             units, or {share} of the total."
        )
    };
    assert_right_and_wrong(cars, "66.3 pct", "60.3 pct", "CL005");
    assert_silent(&[
        "Exports were 14.21 mln kilolitres and imports 12.02 mln kilolitres. Crude from the Gulf was 10.28 mln kilolitres, or 50 pct of the total.",
        "Imports were 9.1 mln kilolitres. Crude from the Gulf was 10.28 mln kilolitres, or 50 pct of the total.",
        "Japan imported 14 mln tonnes in January. Company A shipped 2 mln tonnes, or 3 pct of the total world trade.",
        "Canadian sales rose to $1.02 billion, while online sales were $0.87 billion, or 21.1% of the total.",
    ]);
    // A figure before a turn (", while") is a sibling's, not the total; an old value in
    // the sentence before is compared with, not the total either.
    let generation = |share: &str| {
        format!(
            "Total generation came to 312.4 terawatt-hours (TWh), up 0.7% from 310.1 TWh in \
             2023. Wind output rose 19.2% to 96.8 TWh, giving it a 31.0% share of the mix, \
             while gas-fired output fell 12.0% to 84.1 TWh, or {share} of the total."
        )
    };
    assert_right_and_wrong(generation, "26.9%", "29.6%", "CL005");
}

/// Probe 120: a figure compared with someone's estimate (`the $1.16 billion analysts had
/// expected`), with a figure naming another measure right after it (`the $74.50 offer
/// price`), or beside a target (`above the central bank's 2% target and up from 2.6%`,
/// `低于3%左右的年度预期目标`) is no change between the two.
#[test]
fn estimates_offers_and_targets_are_no_earlier_values() {
    assert_silent(&[
        "Within services, revenue from security software rose 9% to $1.12 billion, compared with the $1.16 billion analysts had expected.",
        "Halvorsen's shares jumped 34.2% to $72.47 in premarket trading, compared with the $74.50 offer price.",
        "Core PCE inflation, the Fed's preferred gauge, was 2.8% in October, above the central bank's 2% target and up from 2.6% in June.",
        "10月份，全国居民消费价格同比上涨0.3%，低于3%左右的年度预期目标，涨幅比上月的0.4%回落0.1个百分点。",
    ]);
    let cpi = |word: &str| {
        format!("10月份，全国居民消费价格同比上涨0.3%，低于3%左右的年度预期目标，涨幅比上月的0.4%{word}0.1个百分点。")
    };
    assert_right_and_wrong(cpi, "回落", "扩大", "CL003");
    let software = |rate: &str| {
        format!("Revenue from security software rose {rate} to $1.12 billion, compared with $1.03 billion a year earlier.")
    };
    assert_right_and_wrong(software, "9%", "19%", "CL002");
}

/// Probe 119: the parent company's own statements (母公司口径) and a preliminary report's
/// figures (业绩快报) are other measures than the group's audited ones, so they restate
/// nothing; said without those words, the same figures do.
#[test]
fn parent_company_and_preliminary_figures_restate_nothing() {
    let lead = "2024年，华辰能源实现营业收入86.47亿元，同比增长16.66%。";
    for other in [
        "母公司口径下，华辰能源2024年实现营业收入61.20亿元。",
        "华辰能源于2025年2月28日披露的《2024年度业绩快报》中，2024年营业收入为86.12亿元。",
    ] {
        assert_silent(&[&format!("{lead}{other}")]);
    }
    assert_eq!(
        codes_in(format!("{lead}华辰能源2024年实现营业收入86.12亿元。")),
        ["CL001"]
    );
}

/// Probe 118: a ratio written with the ratio sign, a full-width colon or 比 (`按2∶1的比例`,
/// `约2.6比1`) states no amount, so its 1 is no whole of the arms after 其中.
#[test]
fn a_ratio_is_no_whole() {
    let arms = |treated: &str| {
        format!("共入组612例患者，按2∶1的比例随机分配，其中{treated}例接受治疗，204例接受安慰剂。")
    };
    assert_right_and_wrong(arms, "408", "418", "CL004");
    // Probe 121: `降至约2.6比1` is a ratio's new level, no fall from 1 to 2.6.
    assert_silent(&[
        "2000年每5.2名在职缴费人员供养1名退休人员；到2023年，这一比例已降至约2.6比1。",
    ]);
}

/// Probe 84 (Taiwan's statistics office, in traditional characters): a bound the value
/// passed (`首度突破3.4萬美元`, "topping $1 billion for the first time"), in a clause of
/// its own, stands between the value and its comparison; the value is the figure before
/// it.
#[test]
fn a_milestone_passed_is_not_the_value_compared() {
    let income = |by: &str| {
        format!(
            "今年平均每人GDP預估為34,690美元，首度突破3.4萬美元，較去年的32,320美元增加{by}美元。"
        )
    };
    assert_right_and_wrong(income, "2,370", "2,570", "CL002");
    let revenue = |rate: &str| {
        format!(
            "Revenue was $1.05 billion, topping $1 billion for the first time, up {rate} from \
             $850 million."
        )
    };
    assert_right_and_wrong(revenue, "23.5%", "30%", "CL002");
    // After a year-ago value (比上年的…增长), and as the whole a breakdown breaks down.
    let gdp = |rate: &str| {
        format!(
            "全省地区生产总值52846.37亿元，首次突破五万亿元大关，按现价计算比上年的49731.85亿元增长{rate}。"
        )
    };
    assert_right_and_wrong(gdp, "6.26%", "6.56%", "CL002");
    let industries = |third: &str| {
        format!(
            "全省地区生产总值52846.37亿元，首次突破五万亿元大关。分产业看，第一产业增加值4215.62亿元，\
             第二产业增加值20318.47亿元，第三产业增加值{third}亿元。"
        )
    };
    assert_right_and_wrong(industries, "28312.28", "28912.28", "CL004");
    // A bound alone is the value, in bound form: at least $1 billion allows 20%.
    assert_silent(&[
        "Sales topped $1 billion, up 20% from $850 million.",
        "Exports were $5 billion and imports topped $4 billion, down from $4.5 billion.",
    ]);
}

/// Probe 85 (XQuAD-style geography): areas in km2, km² and sq mi are units, converted
/// into each other, and a whole with its conversion in parentheses keeps its parts.
#[test]
fn areas_their_conversions_and_their_parts() {
    let island = |part: &str| {
        format!(
            "Tasmania's area is 68,401 km2 (26,410 sq mi), of which the main island covers \
             {part}."
        )
    };
    assert_right_and_wrong(
        island,
        "64,519 km2 (24,911 sq mi)",
        "74,519 km2 (28,772 sq mi)",
        "CL004",
    );
    let lake = |miles: &str| format!("The lake covers 120 km² ({miles} sq mi).");
    assert_right_and_wrong(lake, "46", "56", "CL006");
    let drought = |km2: &str| {
        format!("The affected region was 1,160,000 square miles ({km2} km2) of rainforest.")
    };
    assert_right_and_wrong(drought, "3,000,000", "3,600,000", "CL006");
}

/// Probe 86 (a statistics communiqué): a part's share of a whole it names as the whole's
/// label does (`占全国人口比重（常住人口城镇化率）为67.0%`, `占总面积的36.3%`) is its share
/// of the whole it is listed under; a whole named otherwise may be another.
#[test]
fn a_part_and_its_share_of_the_whole_named_as_its_label() {
    let urban = |share: &str| {
        format!(
            "年末全国人口140828万人，比上年末减少139万人。其中城镇常住人口94350万人，占全国人口\
             比重（常住人口城镇化率）为{share}，比上年末提高0.8个百分点。"
        )
    };
    assert_right_and_wrong(urban, "67.0%", "69.0%", "CL005");
    let water = |share: &str| {
        format!(
            "瓦士本市的总面积为16.0平方公里，其中10.2平方公里为陆地面积，5.8平方公里为水域面积，\
             占总面积的{share}。"
        )
    };
    assert_right_and_wrong(water, "36.3%", "46.3%", "CL005");
    assert_silent(&[
        "年末全国人口140828万人。其中城镇常住人口94350万人，占全国就业人员的比重为50.0%。",
    ]);
}

/// Figure mutations in the corpus's DRCD census articles (session 29): a part's share
/// after 占 alone (`男性人口为1694946人，占52.16%`) is its share of the whole it is listed
/// under when a part's share so said agrees; a part of a part (`其中65岁及以上人口
/// …，占8.37%`) may give its share of the article's total, and stays unread alone.
#[test]
fn a_share_after_zhan_alone_is_the_parts_when_one_agrees() {
    let census = |share: &str| {
        format!(
            "全市常住人口为3249425人。其中，男性人口为1694946人，占{share}；女性人口为1554479人，占47.84%。"
        )
    };
    assert_right_and_wrong(census, "52.16%", "52.19%", "CL005");
    assert_silent(&[
        // Neither share is of this whole: each is of the whole the nested list is part of.
        "60岁及以上人口为778088人，占12.09%，其中65岁及以上人口为538231人，占8.37%。",
        "全市常住人口为6432212人。其中，60岁及以上人口为778088人，占12.09%；65岁及以上人口为538231人，占8.37%。",
    ]);
}

/// Probe 93 (articles a helper session wrote, each figure mutated in turn): shares of
/// one whole that end with the rest (`购物及其他收入`) split it, though their labels are
/// unlike; a year-on-year rate after a change from the same period a year before is that
/// change's (`由上年同期的80.0万人次增至100.0万人次，同比增长25.0%`); 人次 counts visits; a
/// headline figure the lead gives twice is compared with that value.
#[test]
fn probe_93_shares_with_the_rest_rates_said_year_on_year_and_visits() {
    let spending = |first: &str| {
        format!("从消费结构看，住宿收入1.95亿元，占旅游综合收入的{first}；餐饮收入1.30亿元，占20.0%；门票及景区内交通收入1.04亿元，占16.0%；购物及其他收入2.21亿元，占34.0%。")
    };
    assert_right_and_wrong(spending, "30.0%", "30.3%", "CL004");
    let visitors = |rate: &str| {
        format!(
            "全县共接待游客100.0万人次，由上年同期的80.0万人次增至100.0万人次，同比增长{rate}。"
        )
    };
    assert_right_and_wrong(visitors, "25.0%", "28.0%", "CL002");
    // Compared with another period than the old value's, the rate is another change's.
    assert_silent(&["全县游客由上月的80.0万人次增至100.0万人次，同比增长12.0%。"]);
    let headline = |rate: &str| {
        format!("云岭县国庆假期接待游客100万人次 增长{rate}\n\n今年国庆假期期间，云岭县共接待游客100.0万人次，同比增长25.0%；实现旅游综合收入6.5亿元，较上年同期的5.2亿元增长25.0%。\n")
    };
    assert_right_and_wrong(headline, "25%", "28%", "CL001");
}

/// Probe 94 (census bulletins): a sentence that opens by naming a whole stated before
/// (`全市常住人口中，`) gives its parts' shares of that whole, a nested part's too.
#[test]
fn shares_of_a_whole_a_sentence_opens_with() {
    let census = |share: &str| {
        format!("一、总人口 全市常住人口为3846215人。\n\n二、年龄构成 全市常住人口中，0—14岁人口为612345人，占15.92%；60岁及以上人口为835100人，占21.71%，其中65岁及以上人口为590210人，占{share}。\n")
    };
    assert_right_and_wrong(census, "15.35%", "15.65%", "CL005");
    assert_silent(&[
        // Another whole than the one stated before is named.
        "全市常住人口为3846215人。\n\n户籍人口中，男性人口为1962430人，占49.02%。\n",
        // A figure the sentence does not open by naming.
        "全市常住人口为3846215人。\n\n其中，外来人口为962430人，占31.02%。\n",
        // Two figures of the name before: which is the whole is not said.
        "全市常住人口为3846215人。2010年，全市常住人口为3650660人。\n\n全市常住人口中，男性人口为1962430人，占51.02%。\n",
    ]);
}

/// Probe 94 (a migration report in Markdown): "Of these," opens the parts of the figure
/// of the sentence before, and a percentage alone in parentheses after a part is its
/// share of that whole.
#[test]
fn parts_of_these_and_their_shares_in_parentheses() {
    let regions = |apac: &str| {
        format!("We replayed 12.4 million recorded requests against the new cluster. Of these, 5.70 million came from the EU region, 4.72 million from the US and {apac} from APAC.")
    };
    assert_right_and_wrong(regions, "1.98 million", "2.98 million", "CL004");
    let shares = |eu: &str| {
        format!("We replayed 12.4 million recorded requests. Of these, 5.70 million ({eu}) came from the EU region, 4.72 million (38%) from the US and 1.98 million (16%) from APAC.")
    };
    assert_right_and_wrong(shares, "46%", "49%", "CL005");
    assert_silent(&[
        // Words of its own in the parentheses: no share of the whole.
        "We replayed 12.4 million requests. Of these, 5.70 million (up 9%) came from the EU region and 4.72 million from the US.",
    ]);
}

/// Two shares said one by one split one whole when their groups are a known pair
/// (男性/女性, 居住在城镇/居住在乡村) or the second is the rest (其余); other pairs of
/// groups may overlap.
#[test]
fn two_shares_of_a_pair_or_of_the_rest_split_one_whole() {
    let sexes = |female: &str| {
        format!("全市常住人口中，男性人口为1458320人，占50.91%；女性人口为1406211人，占{female}。")
    };
    assert_right_and_wrong(sexes, "49.09%", "49.39%", "CL004");
    let towns = |rural: &str| {
        format!("全市常住人口中，居住在城镇的人口为1733042人，占60.50%；居住在乡村的人口为1131489人，占{rural}。")
    };
    assert_right_and_wrong(towns, "39.50%", "40.50%", "CL004");
    let year_end = |rural: &str| {
        format!("年末居住在城镇的人口为781460人，占72.1%；居住在乡村的人口为303100人，占{rural}。")
    };
    assert_right_and_wrong(year_end, "27.9%", "28.9%", "CL004");
    let consideration = |rest: &str| {
        format!("交易对价分两部分支付：现金对价7.2亿元，占总对价的60.0%；其余4.8亿元以股份支付，占{rest}。")
    };
    assert_right_and_wrong(consideration, "40.0%", "40.3%", "CL004");
    assert_silent(&["全县少数民族人口为21.3万人，占39.1%；农业人口为48.7万人，占89.5%。"]);
}

/// Direction flips over the corpus's Reuters texts (session 28): "to a preliminary" and
/// "from a preliminary" (provisional, estimated) name the new and the old value.
#[test]
fn preliminary_values_are_values() {
    let stocks = |word: &str| {
        format!(
            "Refined copper stocks {word} to a preliminary 277,500 short tons at the end of \
             December from a preliminary 270,000 short tons at the end of November."
        )
    };
    assert_right_and_wrong(stocks, "increased", "decreased", "CL003");
    let combined = |word: &str| {
        format!("Combined stocks {word} to a preliminary 470,600 tons from 464,400 tons.")
    };
    assert_right_and_wrong(combined, "rose", "fell", "CL003");
}

/// Direction flips over the corpus's Reuters texts (session 28): an old value after
/// "from the", after a possessive ("up from December's 15,008", "from last year's 119.2
/// mln"), an old value whose run a clause of many words ends (`from 4,089 a year
/// earlier and year-to-date car sales were up to 14,071`), and a "from" after a period
/// that opens its clause.
#[test]
fn old_values_after_the_and_possessives() {
    let zinc = |word: &str| {
        format!("Stocks of slab zinc totalled 14,780 tonnes, {word} from December's 15,008.")
    };
    assert_right_and_wrong(zinc, "down", "up", "CL003");
    let miles = |word: &str| {
        format!("Available miles {word} to 745.3 mln from the 751.7 mln reported for the same period of 1986.")
    };
    assert_right_and_wrong(miles, "declined", "increased", "CL003");
    let cars = |word: &str| {
        format!(
            "Domestic car sales during March {word} to 6,403 from 4,089 a year earlier and \
             year-to-date car sales were up to 14,071 from 12,937 last year."
        )
    };
    assert_right_and_wrong(cars, "rose", "fell", "CL003");
    // A "from" whose clause opens with its period, after an aside: `…, white value, at
    // the end of February from 2.50 mln`.
    let sugar = |word: &str| {
        format!(
            "West German sugar stocks {word} to 2.60 mln tonnes, white value, at the end of \
             February from 2.50 mln at the same time a year earlier."
        )
    };
    assert_right_and_wrong(sugar, "rose", "fell", "CL003");
    let models = |word: &str| {
        format!(
            "Manufacture of the 911 and 928 models {word} six pct to 11,122 from 10,533 units \
             but production of 924 and 944 models was cut by 12 pct to 14,754 units from 16,848."
        )
    };
    assert_right_and_wrong(models, "rose", "fell", "CL003");
}

/// Direction flips over the corpus's Chinese texts (session 28): 多 after a figure stops
/// below the next step of its last place (`由5千多户增加到1万6千多户`: 5,000 to 6,000, then
/// 16,000 to 17,000), so the direction of a change between such figures is known.
#[test]
fn more_than_in_chinese_stops_below_the_next_place() {
    let firms = |word: &str| format!("日均新设企业由5千多户{word}到1万6千多户。");
    assert_right_and_wrong(firms, "增加", "减少", "CL003");
    // 超过 has no upper bound: more than 5,000 may be more than 16,000.
    assert_silent(&["日均新设企业由超过5000户减少到1万6千多户。"]);
}

/// Taiwan's reports say a rise or fall on the year, quarter or month before as 年增, 季減,
/// 月增: change words that name their comparison, so a year-on-year rate is not checked
/// against last month's value (and 年增长, 年增加 stay the words they are).
#[test]
fn taiwan_year_on_year_and_month_on_month_words() {
    let revenue =
        |rate: &str| format!("鴻海11月營收為6,540億元，較去年同期的5,824億元年增{rate}。");
    assert_right_and_wrong(revenue, "12.3%", "22.3%", "CL002");
    let cut = |word: &str| format!("營收由5,824億元{word}至6,540億元。");
    assert_right_and_wrong(cut, "年增", "年減", "CL003");
    assert_silent(&[
        "營收6,540億元，較上月的6,222億元增加5.1%，年增12.3%。",
        "台積電10月營收3,142億元，年減5.2%，較9月的2,518億元增加24.8%。",
        "全年增长5.2%，去年增加3.1%。",
    ]);
}

/// DRCD's city articles: a census count, then its change since the census before named
/// by 同…相比, by an amount and a rate, in the same sentence or the next; with two
/// counts of the measure in the sentence before, neither is known to be the level.
#[test]
fn a_change_since_the_census_named_with_tong_xiangbi() {
    let next = |rate: &str| {
        format!(
            "全市常住人口為6432212人。同第五次全國人口普查相比，十年共增加650918人，增長{rate}。"
        )
    };
    assert_right_and_wrong(next, "11.26%", "13.26%", "CL002");
    let same = |rate: &str| {
        format!("全市常住人口為3249425人，同第五次全國人口普查相比，共增加232889人，增長{rate}。")
    };
    assert_right_and_wrong(same, "7.72%", "8.72%", "CL002");
    assert_silent(&[
        "全市常住人口為6432212人，其中男性3306182人。同第五次全國人口普查相比，十年共增加650918人，增長13.26%。",
    ]);
}

/// Probe 103 (an election): a figure its sentence gives as a share of something (`With
/// 78 seats, the Alliance holds 39% of the chamber`) is a part, not the total a share in
/// the next sentence is "of".
#[test]
fn a_part_given_as_a_share_is_no_total_of_the_next_sentence() {
    assert_silent(&[
        "With 78 seats, the Civic Alliance holds 39% of the chamber. Women won 74 seats, or 37% of the total, a record.",
    ]);
    let women = |share: &str| {
        format!("The Civic Alliance won 78 seats. Women won 24 seats, or {share} of the total.")
    };
    assert_right_and_wrong(women, "30.8%", "40.8%", "CL005");
}

/// Probe 103 (a rate decision): a central bank's policy rate is a metric of its own, so
/// the rate it was cut to in the lead restates no inflation rate of the headline.
#[test]
fn a_policy_rate_restates_no_inflation_rate() {
    assert_silent(&[
        "Norland central bank cuts rates by 25 bps as inflation slows to 3.1%\n\nLINDHOLM, Nov. 6 (Wire) - The Central Bank of Norland cut its benchmark policy rate by 25 basis points to 4.25% on Thursday, hours after data showed annual inflation slowed.",
        "The bank cut its policy rate to 4.25% and its deposit rate to 4.00%. The policy rate was 4.50% before the cut.",
    ]);
}

/// Probe 106 (a tax note): a figure that names a change with the noun after it (`a $0.5
/// million increase`) compared with another year's is one change beside another, not a
/// level that rose from the other.
#[test]
fn a_change_named_by_a_noun_compared_with_another_is_no_level() {
    assert_silent(&[
        "The rate rose, driven by a $0.5 million increase in the valuation allowance in 2019, compared with a $1.2 million release of valuation allowance in 2018.",
        "Sales showed a $0.5 million increase in 2019, compared with $1.2 million in 2018.",
    ]);
    let sales = |word: &str| {
        format!("Sales {word} to $0.5 million in 2019, compared with $1.2 million in 2018.")
    };
    assert_right_and_wrong(sales, "fell", "rose", "CL003");
}

/// XQuAD's census paragraphs (and probe 107's translation of one): counts given with
/// their shares in parentheses are of one whole the sentence does not state, which each
/// count divided by its share gives; where three agree on it, a fourth that does not is
/// wrong. The count of a share is the first figure of its phrase (`3,530 个来自两个或更多
/// 种族的人（4.1%）` counts 3,530), and a sign makes a change (`(+5%)`).
#[test]
fn counts_with_their_shares_agree_on_one_whole() {
    let census = |asian: &str| {
        format!(
            "The racial makeup of the city was 61,240 White (70.9%), 12,384 African American \
             (14.3%), 402 Native American (0.5%), {asian} Asian (4.5%), and 3,530 from two or \
             more races (4.1%)."
        )
    };
    assert_right_and_wrong(census, "3,917", "4,917", "CL005");
    assert!(only_message(&census("4,917")).starts_with("`4,917` is not"));
    // A share written as a bound gives no whole, and leaves the others to agree.
    let bounded = |asian: &str| {
        format!(
            "The racial makeup of the city was 61,240 White (70.9%), 12,384 African American \
             (14.3%), 40 Pacific Islander (<0.1%), {asian} Asian (4.5%), and 3,530 from two or \
             more races (4.1%)."
        )
    };
    assert_right_and_wrong(bounded, "3,917", "4,917", "CL005");
    let translated = |asian: &str| {
        format!(
            "该市的种族构成为 61,240 个白人（70.9%），12,384 个非裔美国人（14.3%），{asian} 个亚裔\
             （4.5%），以及 3,530 个来自两个或更多种族的人（4.1%）。"
        )
    };
    assert_right_and_wrong(translated, "3,917", "4,917", "CL005");
    assert!(only_message(&translated("4,917")).starts_with("`4,917 个` is not"));
    assert_silent(&[
        // Wrong by a little, the count may be the odd one or the one whose whole is
        // narrowest: the others agree as well with either.
        &census("3,947"),
        // A share that names its own whole is of that one.
        "Of the 500 participants, 260 (52.0%) were women, 240 (48.0%) men and 120 (24.0%) smokers, and 45 (17.3%) of the women had diabetes.",
        // Two that agree may be a subgroup's.
        "In the poll, 540 (45%) said yes, while among the 300 women 120 (40%) said no and 60 (20%) were undecided.",
        "Sales were 1,200 (+5%) in Asia, 900 (+3%) in Europe, 700 (+10%) at home and 100 (+50%) online.",
    ]);
}

/// Probe 107 (a census in traditional characters): a sentence naming the old value it
/// compares with (`與2010年第六次全國人口普查的4,512,670人相比`) and giving the change by an
/// amount and a rate: the amount is the old value times the rate.
#[test]
fn a_change_by_an_amount_and_a_rate_from_a_named_old_value() {
    let census = |rate: &str| {
        format!(
            "全市常住人口為4,836,215人，其中男性2,461,932人。與2010年第六次全國人口普查的\
             4,512,670人相比，十年間共增加323,545人，增長{rate}，年平均增長率為0.69%。"
        )
    };
    assert_right_and_wrong(census, "7.17%", "7.71%", "CL005");
    let amount = |by: &str| format!("与上年同期的120亿元相比，增加{by}亿元，增长25.0%。");
    assert_right_and_wrong(amount, "30", "36", "CL005");
}

/// zhwiki and DRCD's economies (and probe 107): the three sectors, each labelled, are
/// every part of the output they are listed under, so parts that add up to less
/// contradict it too.
#[test]
fn the_three_sectors_are_every_part_of_the_output() {
    let output = |whole: &str| {
        format!(
            "2022年，全市實現地區生產總值{whole}億元，比上年增長4.2%。其中，第一產業增加值212.74億元，\
             增長3.1%；第二產業增加值2,169.90億元，增長5.0%；第三產業增加值2,935.82億元，增長3.7%。"
        )
    };
    assert_right_and_wrong(output, "5,318.46", "5,318.96", "CL004");
    assert_silent(&[
        "2022年，全市实现地区生产总值5,400亿元。其中，第一产业增加值212.74亿元，工业增加值2,169.90亿元，第三产业增加值2,935.82亿元。",
    ]);
}

/// Probes 102 and 104 (Chinese wire copy): `A是B的N倍` gives the ratio of A to B, past
/// the words of B's period; `增长N倍` beside it adds one.
#[test]
fn a_figure_said_to_be_a_multiple_of_another() {
    let exports = |times: &str| {
        format!("其中，新能源汽车出口12.8万辆，是上年同期5.12万辆的{times}倍，同比增长1.5倍。")
    };
    assert_right_and_wrong(exports, "2.5", "2.8", "CL002");
    let revenue = |times: &str| format!("营收为120亿元，为上年80亿元的{times}倍。");
    assert_right_and_wrong(revenue, "1.5", "2.5", "CL002");
}

/// Probe 104: a sentence opening with 其中 breaks down the whole of the sentence before
/// the last where the last gives no figure of the parts' measure (only rates), in one
/// paragraph.
#[test]
fn parts_after_qizhong_of_the_whole_two_sentences_back() {
    let trade = |imports: &str| {
        format!(
            "前三季度，全国进出口总值34.32万亿元，增长5%。进出口增速比上半年加快0.9个百分点。\
             其中，出口19.55万亿元，进口{imports}万亿元。"
        )
    };
    assert_right_and_wrong(trade, "14.77", "14.97", "CL004");
    assert_silent(&[
        "前三季度，全国进出口总值34.32万亿元，增长5%。\n\n进出口增速比上半年加快0.9个百分点。其中，出口19.55万亿元，进口14.97万亿元。",
        "前三季度，全国进出口总值34.32万亿元，增长5%。一般贸易进出口20.1万亿元。其中，出口19.55万亿元，进口14.97万亿元。",
    ]);
}

/// Probe 108 (census paragraphs, English and Chinese): a density is no whole of the
/// parts after "of which"; bare numbers "from 25 to 44" with no word of change are a
/// range of ages; a bound that picks a group ("children under 18") is no count of it;
/// shares after "of these" are of a subgroup; the figure right before 相比 is what is
/// compared with, neither a whole nor a new value; and parts given with shares that add
/// up to more than all of the whole overlap.
#[test]
fn census_paragraphs_read_as_they_are_meant() {
    assert_silent(&[
        "There were 32,409 housing units at an average density of 1,493.5 per square mile (576.6/km2), of which 30,118 were occupied and 2,291 (7.1%) were vacant.",
        "In the county, the population was spread out with 24.10% under the age of 18, 8.60% from 18 to 24, 27.90% from 25 to 44, 24.70% from 45 to 64, and 14.70% who were 65 years of age or older.",
        "Of the 4,281 residents for whom poverty status was determined, 402 (9.4%) lived below the poverty line, including 118 of the 861 children under 18 (13.7%) and 61 of the 791 residents aged 65 or older (7.7%).",
        "There were 1,842 households, out of which 512 (27.8%) had children under the age of 18 living in them, 924 (50.2%) were married couples living together, 168 (9.1%) had a female householder with no husband present, 71 (3.9%) had a male householder with no wife present, and 679 (36.9%) were non-families. 541 households (29.4%) were made up of individuals; of these 541 one-person households, 247 (45.7%) were occupied by someone 65 years of age or older.",
        "根据2020年第七次全国人口普查，全市常住人口为3,486,217人。与2010年第六次全国人口普查的3,372,905人相比，十年共增加113,312人，增长3.36%，年平均增长率为0.33%。其中，男性人口为1,772,540人，占50.84%；女性人口为1,713,677人，占49.16%。",
        "根据2019年的官方统计，克拉斯诺维茨共有 1,236,480 名登记居民，比2009年的 1,201,350 人增加了 35,130 人（2.9%）。",
        "那里有 8,612 户，其中 2,619 户（30.41%）有不到18岁的孩子在家里生活，4,998 户（58.04%）是婚姻夫妇住在一起，612 户（7.11%）有一位女户主而没有丈夫，2,709 户（31.46%）为非家庭户。",
    ]);
}

/// TAT-QA's MD&A prose: the amount a change's rate is given beside, joined by "or", is
/// the change's difference, checked against its old and new values as the rate is.
#[test]
fn the_amount_beside_a_rate_is_the_difference() {
    let selling = |by: &str| {
        format!(
            "Selling expenses decreased by ${by} or 17.9% to $11,062 during the year ended \
             December 31, 2019 from $13,477 during the same period in 2018."
        )
    };
    assert_right_and_wrong(selling, "2,415", "2,418", "CL002");
    let rate_first = |by: &str| {
        format!("Revenue rose 8.3%, or ${by} million, to $5.2 billion from $4.8 billion.")
    };
    assert_right_and_wrong(rate_first, "400", "700", "CL002");
    // Probe 124: the rate beside the difference is the change's too, and in Chinese
    // the difference and the rate may each open a clause after the values.
    let police = |rate: &str| {
        format!(
            "The police budget rises to $438.5 million from $412.0 million, an increase of \
             $26.5 million, or {rate} percent, and will pay for 1,240 positions."
        )
    };
    assert_right_and_wrong(police, "6.4", "7.4", "CL002");
    let revenue = |by: &str, rate: &str| {
        format!("营业收入从400.3亿元增至454.7亿元，增加{by}亿元，增长{rate}%。")
    };
    assert_right_and_wrong(|by| revenue(by, "13.6"), "54.4", "55.4", "CL002");
    assert_right_and_wrong(|rate| revenue("54.4", rate), "13.6", "15.6", "CL002");
}

/// Probe 112 (a trial abstract, a survey, exam results): a group a count is counted out
/// of (`241 (20.0%) of the 1,204 randomized patients:`) is no whole of the list after it,
/// a share in parentheses followed by "of" (`118 (47.0%) of those aged 18-34`) is no rate
/// of a change, and a figure followed by a prior period (`(179 last year)`) is no whole.
#[test]
fn shares_of_their_own_groups_in_reports() {
    assert_silent(&[
        "The remaining 1,204 patients were randomized 1:1; 602 (50.0%) were assigned to tenaprozide and 602 (50.0%) to placebo. Women accounted for 241 (20.0%) of the 1,204 randomized patients: 118 (19.6%) in the tenaprozide group and 123 (20.4%) in the placebo group.",
        "Use declined with age, from 118 (47.0%) of those aged 18-34 to 109 (31.9%) of those aged 35-54 and 69 (30.4%) of those aged 55 or older.",
        "This year 186 students in Year 11 sat GCSE examinations (179 last year). Of these, 139 (74.7%) achieved a standard pass in both English and Mathematics, compared with 132 of 179 (73.7%) in 2023.",
    ]);
}

/// Probes 124–126 (a commodities wrap, a labour report, home sales): a second comparison
/// in a sentence measures the level, not the amount the first one moved by (`up $323,
/// … and up 16.9% from $8,390`) nor the first one's old value (`fell to 4.0% from 4.5%
/// a year earlier, and was also down from 4.2% last month`); a year-on-year rate is no
/// rate of a change from last month's value, whatever names the month.
#[test]
fn a_second_comparison_measures_the_level() {
    let copper = |rate: &str| {
        format!(
            "Three-month copper closed at $9,812 a metric ton, up $323, or 3.4%, from $9,489 \
             a week ago, and up {rate} from $8,390 a year earlier."
        )
    };
    assert_right_and_wrong(copper, "16.9%", "26.9%", "CL002");
    let jobless = |word: &str| {
        format!(
            "The unemployment rate fell to 4.0% from 4.5% a year earlier, and was also {word} \
             from 4.2% last month."
        )
    };
    assert_right_and_wrong(jobless, "down", "up", "CL003");
    // (A month named beside the rate is the new value's.)
    let options = |rate: &str| {
        format!(
            "Agricultural options on futures soared {rate} pct in March to 123,643 contracts, \
             up from 50,938 a year ago."
        )
    };
    assert_right_and_wrong(options, "142.7", "152.7", "CL002");
    assert_silent(&[
        "Revenue was $14.6 billion, up $1.2 billion from the prior quarter and up 12% from $13.0 billion a year earlier.",
        "Sales reached 4.28 million, up 110,000 from April and down 1.8% from 4.36 million a year earlier.",
        "Inflation rose to 3.4% from 3.1% a year earlier, and was also up from 3.3% last month.",
        "Home sales rose 3% from a year earlier to 1,030 units in April, but were down from 1,040 units in March.",
        "Exports grew 8.5% year on year to $310.5 billion in May, compared with $318.2 billion in April.",
        "Exports grew 8.5% year on year to $310.5 billion in May, compared with $318.2 billion a month earlier.",
        "Exports grew 8.5% year on year to $310.5 billion in May, compared with $318.2 billion in the prior month.",
    ]);
}

/// Probe 124 (Taiwan's export orders): a lead that gives the headline's rate of growth
/// in dollars, restating a difference (`增加118.8億美元或20.6%`), and another in New Taiwan
/// dollars leaves the headline's rate unmatched, not restated as the second.
#[test]
fn a_headline_rate_beside_one_in_another_currency() {
    assert_silent(&[
        "# 10月外銷訂單695.4億美元 年增20.6%\n\n經濟部今日公布10月外銷訂單金額為695.4億美元，較上年同月增加118.8億美元或20.6%。若以新台幣計算，10月外銷訂單為2兆1,231億元，年增16.0%。\n",
        "# Taiwan export orders rise 20.6% in October\n\nTAIPEI - Export orders rose 20.6% from a year earlier to $66.5 billion in October. In New Taiwan dollar terms, orders rose 16.0%.\n",
    ]);
}

/// Probe 127 (a retailer, a central bank): "from A to B previously" after a new level
/// or range is the range it revises, not a change from A to B.
#[test]
fn a_revised_range_is_no_change() {
    assert_silent(&[
        "It narrowed its full-year comparable sales growth forecast to 2.0% to 2.5%, from 1.5% to 2.5% previously.",
        "The Federal Reserve cut its benchmark rate by 25 basis points to a range of 4.25% to 4.50%, from 4.50% to 4.75% previously.",
        "The company cut its forecast to 1.0% to 1.5%, from 2.0% to 3.0% previously.",
        "It lowered its outlook to 1.0%-1.5%, from 1.5% to 2.0% previously.",
        "It cut its growth forecast to 2.6%, from 2.8% to 3.0% previously.",
    ]);
    let fell = |word: &str| format!("The jobless rate {word} from 4.0% to 3.5% in May.");
    assert_right_and_wrong(fell, "fell", "rose", "CL003");
}

/// Probe 128 (solar capacity, Taiwan's mortgage rates): a headline's period without its
/// year is the lead's with it (上半年, 2025年1—6月), and a headline's mortgage rate is
/// not the central bank's discount rate in the lead.
#[test]
fn a_headline_period_without_its_year() {
    let solar = |gw: &str| {
        format!(
            "# 上半年全国新增光伏装机212.2吉瓦\n\n国家能源局发布数据显示，2025年1—6月，全国新增光伏发电装机{gw}吉瓦，同比增长107.1%。\n"
        )
    };
    assert_right_and_wrong(solar, "212.2", "212.5", "CL001");
    assert_silent(&[
        "# 上半年全国新增光伏装机212.2吉瓦\n\n2025年1—6月，全国新增光伏发电装机212.2吉瓦；新增风电装机51.4吉瓦。风电、光伏合计新增装机263.6吉瓦。\n",
        "# 五大銀行房貸利率升至2.185%\n\n央行理監事會決議升息半碼，重貼現率由2%升至2.125%。\n",
    ]);
}

/// Probe 127 (an insurer's claims, a university's applications): bare numbers after an
/// English "of which" (made up of) count what the whole counts, unless the groups may
/// overlap, as a census's households do when the shares beside them pass 100%.
#[test]
fn bare_counts_after_of_which_are_parts() {
    let applications = |international: &str| {
        format!(
            "The university received 31,540 applications, made up of 22,815 from domestic \
             students and {international} from international students."
        )
    };
    assert_right_and_wrong(applications, "8,725", "8,755", "CL004");
    let claims = |vehicles: &str| {
        format!(
            "Insurers received 6,840 claims, of which 3,210 were for homes, 1,490 for \
             vehicles and {vehicles} for businesses."
        )
    };
    assert_right_and_wrong(claims, "2,140", "2,340", "CL004");
    assert_silent(&[
        "There were 158,349 households, of which 68,511 (43.3%) had children under the age of 18 living in them, 69,284 (43.8%) were opposite-sex married couples living together, 30,547 (19.3%) had a female householder with no husband present, 11,698 (7.4%) had a male householder with no wife present.",
        "The county had 4,210 households, of which 1,102 had children under the age of 18 and 3,108 did not.",
    ]);
}

/// Rates listed after "to" and "from", said respectively, are levels paired in order.
#[test]
fn rate_levels_listed_respectively() {
    let forecasts = |word: &str| {
        format!(
            "The bank {word} its growth forecasts for 2025 and 2026 to 2.75% and 2.2%, from \
             2.5% and 1.9%, respectively."
        )
    };
    assert_silent(&[&forecasts("raised")]);
    // (Each pair the word says moved the wrong way.)
    assert_eq!(codes_in(forecasts("lowered")), ["CL003", "CL003"]);
}

/// Probe 128 (a bank's margin, Taiwan's forecasts): a rate's change in points between
/// its old level and 至 (由A收窄X至B), or before 至 with the old level after
/// (上修X至B，前次預測為A), is checked; 收窄 says the value went down.
#[test]
fn a_rate_level_changes_by_points_in_chinese() {
    let margin = |bp: &str| format!("净息差由上年的1.90%收窄{bp}个基点至1.72%。");
    assert_right_and_wrong(margin, "18", "28", "CL002");
    let revised = |pp: &str| format!("主計總處將今年經濟成長率由3.10%上修{pp}個百分點至3.31%。");
    assert_right_and_wrong(revised, "0.21", "0.31", "CL002");
    let before =
        |pp: &str| format!("主計總處將今年經濟成長率上修{pp}個百分點至3.31%，前次預測為3.10%。");
    assert_right_and_wrong(before, "0.21", "0.31", "CL002");
    let narrowed = |to: &str| format!("净息差由上年的1.90%收窄至{to}。");
    assert_right_and_wrong(narrowed, "1.72%", "1.92%", "CL003");
}

/// Probe 129 (crime figures, a statistics bulletin, customs data): the base a rate is
/// counted per is no value (`29.7 offences per 1,000 residents, down from 31.2`); 多增
/// and 多 say by how much (`比上年多增0.8万人，增长3.4%`); and `2019年同期` is the same
/// span of 2019, not the year, so no year holds this year's first three quarters.
#[test]
fn bases_differences_and_the_same_span_of_a_year() {
    let rate = |word: &str| {
        format!("The violence rate was 29.7 offences per 1,000 residents, {word} from 31.2.")
    };
    assert_right_and_wrong(rate, "down", "up", "CL003");
    let jobs = |rate: &str| format!("全年城镇新增就业24.6万人，比上年多增0.8万人，增长{rate}。");
    assert_right_and_wrong(jobs, "3.4%", "4.4%", "CL002");
    let grain = |rate: &str| format!("全年粮食产量1,373.6万吨，比上年多25.6万吨，增长{rate}。");
    assert_right_and_wrong(grain, "1.9%", "2.9%", "CL002");
    assert_silent(&[
        "全年出生人口10.3万人，比上年少出生0.6万人，下降5.5%。",
        "前三季度，我国货物贸易进出口总值32.33万亿元，同比增长5.3%。\n\n前三季度，我国进出口规模为历史同期最高，较2019年同期的22.91万亿元增长41.1%。",
    ]);
}

/// Probe 130 (chip earnings, fund assets): an estimate the figure is compared with is
/// not the value that changed (`$1.42, above the $1.35 analysts had expected and up 30%
/// from $1.09`); shares listed after the last part, respectively, are the parts' in
/// order; and a headline figure the article states again as itself is not restated by
/// the lead's other figure.
#[test]
fn estimates_listed_shares_and_headlines_stated_again() {
    let eps = |rate: &str| {
        format!(
            "Norvane earned $1.42 per share, above the $1.35 analysts had expected and up \
             {rate} from $1.09 a year earlier."
        )
    };
    assert_right_and_wrong(eps, "30%", "40%", "CL002");
    let shares = |europe: &str| {
        format!(
            "Revenue was $3.36 billion: the Americas contributed $1.62 billion, Europe $0.98 \
             billion and Asia-Pacific $0.76 billion, or 48%, {europe} and 23% of the total, \
             respectively."
        )
    };
    assert_right_and_wrong(shares, "29%", "19%", "CL005");
    assert_silent(&[
        "# 公募基金总规模升至30.84万亿元 债券型基金单月增加4400亿元\n\n截至2024年6月末，我国境内公募基金资产净值合计30.84万亿元，较5月末的30.23万亿元增加0.61万亿元。\n\n## 分类型\n\n6月末，债券型基金规模为9.85万亿元，较5月末的9.41万亿元增加4400亿元。\n",
    ]);
}

/// A total said after its parts (合计, 合共, "for a total of") adds up the figures of its
/// measure before it, in one unit as written.
#[test]
fn a_total_after_its_parts() {
    let funds = |total: &str| {
        format!("股票型基金规模3.36万亿元，混合型基金规模3.62万亿元，两者合计{total}万亿元。")
    };
    assert_right_and_wrong(funds, "6.98", "7.08", "CL004");
    let quarters = |total: &str| {
        format!("公司第一季度、第二季度、第三季度分别实现营业收入108.25亿元、115.47亿元和128.46亿元，合计{total}亿元。")
    };
    assert_right_and_wrong(quarters, "352.18", "353.18", "CL004");
    let regions = |total: &str| {
        format!(
            "Sales in Europe were $1.2 billion and sales in Asia $0.8 billion, for a total of \
             ${total} billion."
        )
    };
    assert_right_and_wrong(regions, "2.0", "2.2", "CL004");
    assert_silent(&[
        "集团共经营31个生产基地及90家工厂，合共288条生产线。",
        "营业收入10亿元，其中A业务6亿元、B业务4亿元，合计10亿元。",
    ]);
}

/// Probe 132 (an electric-vehicle maker's deliveries): a part word before its metric,
/// past a word that sums it and the models it lists (`增程车型（L6、L7、L8）合计交付`), or
/// right before the figure (`交付的新车中，增程车型19,635辆`), makes the figure a part's,
/// no restatement of the total.
#[test]
fn parts_named_before_a_sum_or_a_figure() {
    assert_silent(&[
        "# 远航汽车10月交付38,462辆\n\n远航汽车10月交付新车38,462辆，同比增长32.5%。\n\n按动力类型划分，10月增程车型（L6、L7、L8）合计交付31,207辆，占比81.1%。\n",
        "# 星驰汽车11月交付26,850辆\n\n星驰汽车11月交付新车26,850辆。\n\n按动力类型看，11月交付的新车中，增程车型19,635辆，纯电车型7,215辆，增程车型占比为73.1%。\n",
    ]);
    let restated = |again: &str| {
        format!("# 远航汽车10月交付38,462辆\n\n远航汽车10月交付新车38,462辆，同比增长32.5%。\n\n远航汽车10月共交付{again}辆。\n")
    };
    assert_right_and_wrong(restated, "38,462", "38,642", "CL001");
}

/// Probe 131 (a province's economy, an airline's traffic): four shares past 105% cut one
/// whole in ways that cross; 当月 is not the month a figure was compared with; a name
/// in the lexicon is not read inside a metric word (`航空客运量` holds no 空客); and a
/// name claimlint does not know after a month, or after whose data says it, is its
/// figure's subject.
#[test]
fn crossing_shares_that_month_and_names_after_a_month() {
    assert_silent(&[
        "高技术制造业增加值占规上工业的比重为16.8%，装备制造业占比为35.2%，消费品制造业占比为22.6%，原材料制造业占比为31.9%。",
        "# 东海航空3月运营数据\n\n3月份，东海航空客座率84.60%，较2月份的84.57%微升0.03个百分点。\n\n当月，东海航空旅客运输量1226.62万人次。\n\n2月份，东海航空旅客运输量为1137.50万人次。\n",
        "东海航空3月份客运量1226.62万人次，同比增长7.01%。\n\n3月份南海航空客运量1180.20万人次，同比增长5.36%。\n",
        "东海航空3月份客运量1226.62万人次，同比增长7.01%。\n\n同日公布的数据显示，3月份南海航空客运量1180.20万人次。\n",
        "3月份，东海航空旅客运输量1226.62万人次，同比增长7.01%。\n\n另据公告，3月份春秋航空旅客运输量1180.20万人次，同比增长5.36%。\n",
    ]);
    let shares = |last: &str| {
        format!("国内航线、国际航线、地区航线旅客运输量占比分别为88.6%、9.6%和{last}。")
    };
    assert_right_and_wrong(shares, "1.8%", "4.8%", "CL004");
}

/// Probe 131 (a market report): a source named after a figure in a clause of its own
/// (`after Hollister Securities raised its price target`) is not the figure's.
#[test]
fn a_source_in_a_clause_of_its_own() {
    assert_silent(&[
        "Nvidia shares rose 5.0% to $142.18 from $135.40 on Friday after Hollister Securities raised its price target.\n\nHollister Securities raised its Nvidia price target to $175 from $160 on Friday.\n",
    ]);
}

/// Probe 132 (a UK trading update): pence written `p` are hundredths of a pound.
#[test]
fn pence_are_money() {
    let dividend = |rate: &str| {
        format!("The board raised the interim dividend {rate} to 4.2p from 3.9p a share.")
    };
    assert_right_and_wrong(dividend, "7.7%", "17.7%", "CL002");
}
