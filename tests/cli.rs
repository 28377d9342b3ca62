//! The command line on bad and good input: one clear line per problem, the other files
//! still processed, exit status 2 when a path could not be read.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn claimlint(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimlint"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    pipe.write_all(stdin.unwrap_or_default()).unwrap();
    drop(pipe);
    child.wait_with_output().unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn a_missing_path_is_one_line_and_the_rest_is_still_read() {
    let out = claimlint(
        &["claims", "no/such/file.txt", "fixtures/zh/seed.txt"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: no/such/file.txt: no such file or directory\n"
    );
    assert!(stdout(&out).contains("fixtures/zh/seed.txt ("));
}

#[test]
fn claims_walks_a_directory_as_check_does() {
    let out = claimlint(&["claims", "fixtures/en"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let listed: Vec<String> = stdout(&out)
        .lines()
        .filter(|l| !l.starts_with(' '))
        .map(|l| l.split(" (").next().unwrap().to_string())
        .collect();
    let mut expected: Vec<String> = std::fs::read_dir("fixtures/en")
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .filter(|p| p.ends_with(".txt") || p.ends_with(".md"))
        .collect();
    expected.sort();
    assert!(expected.len() > 1);
    assert_eq!(listed, expected);
}

#[test]
fn invalid_utf8_names_file_and_byte_offset() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, b"revenue rose 5%\n\xe6\x97 broken").unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, "up 7%").unwrap();
    let out = claimlint(
        &["claims", bad.to_str().unwrap(), good.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "error: {}: invalid UTF-8 at byte offset 16\n",
            bad.display()
        )
    );
    assert!(stdout(&out).contains("7%"), "the good file is still read");
    assert_eq!(
        std::fs::read(&bad).unwrap(),
        b"revenue rose 5%\n\xe6\x97 broken"
    );
}

#[test]
fn a_binary_file_is_skipped_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("image.png");
    std::fs::write(&bin, b"\x89PNG\r\n\x1a\n\0\0\0 12%").unwrap();
    let out = claimlint(&["claims", bin.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stderr(&out),
        format!("warning: {}: binary file, skipped\n", bin.display())
    );
}

#[test]
fn an_empty_file_is_a_warning_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.md");
    std::fs::write(&empty, "").unwrap();
    let out = claimlint(&["claims", empty.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stderr(&out),
        format!(
            "warning: {}: empty file, nothing to check\n",
            empty.display()
        )
    );
}

#[test]
fn stdin_is_read_with_a_dash() {
    let out = claimlint(
        &[
            "claims",
            "--format",
            "json",
            "--stdin-filename",
            "draft.md",
            "-",
        ],
        Some("特斯拉今日收跌3.32%".as_bytes()),
    );
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["files"][0]["path"], "draft.md");
    let claim = &json["files"][0]["claims"][0];
    assert_eq!(claim["text"], "3.32%");
    assert_eq!(claim["span"]["column"], 8);
}

#[test]
fn json_follows_the_contract() {
    let out = claimlint(
        &["claims", "--format", "json", "fixtures/zh/seed.txt"],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["version"], 1);
    let claims = json["files"][0]["claims"].as_array().unwrap();
    let deliveries = claims.iter().find(|c| c["text"] == "184.2万辆").unwrap();
    for key in [
        "span", "text", "kind", "value", "unit", "approx", "low", "high", "subject", "metric",
        "period",
    ] {
        assert!(deliveries.get(key).is_some(), "missing {key}");
    }
    assert_eq!(deliveries["kind"], "count");
    assert_eq!(deliveries["value"], "1842000");
    assert_eq!(deliveries["unit"], "辆");
    assert_eq!(deliveries["approx"], "exact");
    assert_eq!(deliveries["low"], "1841500");
    assert_eq!(deliveries["high"], "1842500");
    let span = &deliveries["span"];
    let start = span["start"].as_u64().unwrap() as usize;
    let end = span["end"].as_u64().unwrap() as usize;
    let text = std::fs::read_to_string("fixtures/zh/seed.txt").unwrap();
    assert_eq!(&text[start..end], "184.2万辆");
}

/// Relations are listed with the figures they link, and say why a rule cannot check them.
#[test]
fn claims_json_lists_relations_and_why_they_are_unchecked() {
    let out = claimlint(
        &[
            "claims",
            "--format",
            "json",
            "fixtures/corpus/zh/drcd_70c115c0.txt",
            "fixtures/en/shares_mismatch.txt",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let shares = |file: usize| {
        json["files"][file]["relations"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["kind"] == "shares of one whole")
            .cloned()
            .unwrap()
    };
    let overlapping = shares(0);
    let texts: Vec<&str> = overlapping["figures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["39.1％", "89.5％"]);
    assert!(overlapping["unchecked"]
        .as_str()
        .unwrap()
        .contains("overlap"));
    let listed = shares(1);
    assert_eq!(listed["figures"].as_array().unwrap().len(), 3);
    assert!(
        listed.get("unchecked").is_none(),
        "a respectively list is checked"
    );
}

/// A figure no restatement rule compares says why in the claims JSON.
#[test]
fn claims_json_says_why_a_figure_restates_nothing() {
    let text = "华驰汽车前三季度汽车业务收入4011.3亿元。Apple expects 2025 EPS of $7.30 to $7.45. Revenue was $5.2 billion.";
    let out = claimlint(&["claims", "--format", "json", "-"], Some(text.as_bytes()));
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let why = |written: &str| -> Option<String> {
        json["files"][0]["claims"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["text"] == written)
            .and_then(|c| c.get("not_restated"))
            .and_then(|w| w.as_str())
            .map(String::from)
    };
    assert!(why("4011.3亿元").is_some_and(|w| w.contains("segment")));
    assert!(why("$7.45").is_some_and(|w| w.contains("range")));
    assert_eq!(why("$5.2 billion"), None);
}

#[test]
fn unknown_arguments_are_usage_errors() {
    let out = claimlint(&["claims", "--format", "yaml", "x"], None);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn check_exit_status_follows_severity() {
    let errors = claimlint(&["check", "fixtures/en/percent_change_mismatch.txt"], None);
    assert_eq!(errors.status.code(), Some(1));
    let warnings = claimlint(&["check", "fixtures/zh/unit_mismatch.txt"], None);
    assert_eq!(
        warnings.status.code(),
        Some(0),
        "warnings alone do not fail"
    );
    let denied = claimlint(
        &[
            "check",
            "--deny",
            "warnings",
            "fixtures/zh/unit_mismatch.txt",
        ],
        None,
    );
    assert_eq!(denied.status.code(), Some(1));
    let forgiven = claimlint(&["check", "--exit-zero", "fixtures/zh/seed.txt"], None);
    assert_eq!(forgiven.status.code(), Some(0));
    assert!(stdout(&forgiven).contains("error[CL002]"));
    let clean = claimlint(&["check", "fixtures/zh/clean_earnings.txt"], None);
    assert_eq!(clean.status.code(), Some(0));
    assert_eq!(stdout(&clean), "no findings in 1 file\n");
    let missing = claimlint(&["check", "nope.md", "fixtures/zh/seed.txt"], None);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn check_reads_stdin_and_writes_the_json_contract() {
    let text = "Revenue rose 8% to $1.2 billion from $1.0 billion.";
    let out = claimlint(
        &[
            "check",
            "--format",
            "json",
            "--stdin-filename",
            "story.md",
            "-",
        ],
        Some(text.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["version"], 1);
    let d = &json["diagnostics"][0];
    assert_eq!(d["code"], "CL002");
    assert_eq!(d["rule"], "percent-change-mismatch");
    assert_eq!(d["severity"], "error");
    assert_eq!(d["path"], "story.md");
    assert_eq!(d["span"]["start"], 13);
    assert_eq!(d["span"]["column"], 14);
    assert_eq!(d["related"].as_array().unwrap().len(), 2);
    assert_eq!(json["summary"]["errors"], 1);
}

#[test]
fn colour_is_chosen_explicitly() {
    let always = claimlint(
        &[
            "check",
            "--color",
            "always",
            "fixtures/en/direction_mismatch.txt",
        ],
        None,
    );
    assert!(stdout(&always).contains('\x1b'));
    let never = claimlint(
        &[
            "check",
            "--color",
            "never",
            "fixtures/en/direction_mismatch.txt",
        ],
        None,
    );
    assert!(!stdout(&never).contains('\x1b'));
}

#[test]
fn rules_and_explain_print_the_documentation() {
    let rules = claimlint(&["rules"], None);
    let listing = stdout(&rules);
    for code in ["CL001", "CL002", "CL003", "CL007"] {
        assert!(listing.contains(code), "{listing}");
    }
    let explain = claimlint(&["explain", "CL002"], None);
    let doc = stdout(&explain);
    assert!(
        doc.contains("## What it finds") && doc.contains("## How to silence"),
        "{doc}"
    );
    assert_eq!(
        claimlint(&["explain", "CL999"], None).status.code(),
        Some(2)
    );
}

#[test]
fn output_file_takes_the_report_and_never_a_checked_file() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("claimlint.sarif");
    let report_arg = report.to_str().unwrap();
    let out = claimlint(
        &[
            "check",
            "--format",
            "sarif",
            "--output-file",
            report_arg,
            "fixtures/zh/seed.txt",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1), "findings still set the status");
    assert_eq!(stdout(&out), "");
    let log: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    assert_eq!(log["runs"][0]["results"].as_array().unwrap().len(), 3);

    let article = dir.path().join("article.md");
    std::fs::write(&article, "营收增长5%。").unwrap();
    let article_arg = article.to_str().unwrap();
    let out = claimlint(&["check", "--output-file", article_arg, article_arg], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("is a file being checked"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read_to_string(&article).unwrap(), "营收增长5%。");
}

#[test]
fn quiet_and_statistics() {
    let quiet = claimlint(
        &["check", "--quiet", "fixtures/zh/clean_earnings.txt"],
        None,
    );
    assert_eq!(
        (quiet.status.code(), stdout(&quiet)),
        (Some(0), String::new())
    );
    let quiet = claimlint(
        &["check", "-q", "--format", "concise", "fixtures/zh/seed.txt"],
        None,
    );
    assert_eq!(stdout(&quiet).lines().count(), 3);
    assert!(!stdout(&quiet).contains("found"));

    let statistics = claimlint(
        &[
            "check",
            "--statistics",
            "--format",
            "json",
            "fixtures/zh/seed.txt",
            "fixtures/en/percent_change_mismatch.txt",
        ],
        None,
    );
    assert_eq!(statistics.status.code(), Some(1));
    let counts: serde_json::Value = serde_json::from_slice(&statistics.stdout).unwrap();
    assert_eq!(counts[0]["code"], "CL002");
    assert_eq!(counts[0]["name"], "percent-change-mismatch");
    assert_eq!(counts[0]["count"], 2);
    assert_eq!(counts.as_array().unwrap().len(), 3);
}

#[test]
fn rules_json_has_code_name_severity_and_summary() {
    let out = claimlint(&["rules", "--format", "json"], None);
    let rules: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rules = rules.as_array().unwrap();
    assert_eq!(rules.len(), claimlint::rules::RULES.len());
    for (rule, meta) in rules.iter().zip(claimlint::rules::RULES) {
        assert_eq!(rule["code"], meta.code);
        assert_eq!(rule["name"], meta.name);
        assert_eq!(rule["severity"], meta.severity.as_str());
        assert_eq!(rule["summary"], meta.summary);
    }
}

/// Every rule's example in `claimlint explain`, run as `claimlint check` (or, for two
/// revisions written `-` and `+`, as `claimlint diff`), gets that rule's finding: the
/// documentation shows what the tool does. "…" stands for the article between two
/// sentences; the example is read as Markdown, whose lines wrap as the documentation's do.
#[test]
fn every_rule_example_gets_its_finding() {
    let rules = stdout(&claimlint(&["rules"], None));
    let codes: Vec<&str> = rules
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert!(codes.len() >= 9, "{rules}");
    for code in codes {
        let doc = stdout(&claimlint(&["explain", code], None));
        let example = doc
            .split("## Example\n```text\n")
            .nth(1)
            .and_then(|rest| rest.split("```").next())
            .unwrap_or_else(|| panic!("{code} has no text example"));
        let article = |text: &str| text.replace("… ", "\n\n");
        let revision = |mark: &str| -> String {
            let lines: Vec<&str> = example
                .lines()
                .filter_map(|line| line.strip_prefix(mark))
                .collect();
            article(&lines.join("\n"))
        };
        let found = if example.starts_with("- ") {
            let dir =
                std::env::temp_dir().join(format!("claimlint-example-{}", std::process::id()));
            std::fs::create_dir_all(&dir).unwrap();
            let (old, new) = (dir.join("old.md"), dir.join("new.md"));
            std::fs::write(&old, revision("- ")).unwrap();
            std::fs::write(&new, revision("+ ")).unwrap();
            let out = claimlint(
                &["diff", old.to_str().unwrap(), new.to_str().unwrap()],
                None,
            );
            std::fs::remove_dir_all(&dir).unwrap();
            stdout(&out)
        } else {
            let args = [
                "check",
                "-",
                "--stdin-filename",
                "example.md",
                "--format",
                "concise",
            ];
            stdout(&claimlint(&args, Some(article(example).as_bytes())))
        };
        assert!(
            found.contains(&format!("{code} [")) || found.contains(&format!("[{code}]")),
            "{code}: {example}\n{found}"
        );
    }
}
