//! `claimlint check` over an editorial repository made in the test: what a directory walk
//! checks, nested configuration, suppressions, baselines and exit statuses.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

const WRONG: &str = "Revenue rose 8% to $1.2 billion from $1.0 billion.\n";
const RIGHT: &str = "Revenue rose 20% to $1.2 billion from $1.0 billion.\n";

/// A temporary git repository (or a plain directory where git is missing: the walk
/// reads `.gitignore` either way).
struct Repo {
    dir: tempfile::TempDir,
}

impl Repo {
    fn new(files: &[(&str, &str)]) -> Repo {
        let repo = Repo {
            dir: tempfile::tempdir().unwrap(),
        };
        let git = Command::new("git")
            .args(["init", "-q"])
            .current_dir(repo.path())
            .status();
        if !git.is_ok_and(|s| s.success()) {
            eprintln!("git not available; testing a plain directory");
        }
        for (path, text) in files {
            repo.write(path, text);
        }
        repo
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn write(&self, path: &str, text: &str) {
        let path = self.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    fn claimlint(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_claimlint"))
            .args(args)
            .current_dir(self.path())
            .output()
            .unwrap()
    }

    /// claimlint with `args` and `text` on standard input: its standard output.
    fn claimlint_stdin(&self, args: &[&str], text: &str) -> String {
        let mut child = Command::new(env!("CARGO_BIN_EXE_claimlint"))
            .args(args)
            .current_dir(self.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        // A run that skips standard input (an excluded `--stdin-filename`) may exit before
        // it is written: the pipe it closed is no failure of the test.
        let written = child.stdin.take().unwrap().write_all(text.as_bytes());
        if let Err(e) = written {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
        }
        String::from_utf8(child.wait_with_output().unwrap().stdout).unwrap()
    }

    /// `check --format concise` with `args`: (exit status, stdout lines, stderr).
    fn check(&self, args: &[&str]) -> (i32, Vec<String>, String) {
        let mut all = vec!["check", "--format", "concise"];
        all.extend(args);
        let out = self.claimlint(&all);
        let stdout = String::from_utf8(out.stdout).unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        (
            out.status.code().unwrap(),
            stdout.lines().map(String::from).collect(),
            stderr,
        )
    }
}

/// `path:line: CODE` of each finding line of concise output.
fn findings(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .filter(|l| l.contains(": CL"))
        .map(|l| {
            let mut parts = l.splitn(4, ':');
            let (path, line) = (parts.next().unwrap(), parts.next().unwrap());
            let code = l.split(": ").nth(1).unwrap().split(' ').next().unwrap();
            format!("{path}:{line}: {code}")
        })
        .collect()
}

#[test]
fn a_walk_skips_ignored_hidden_and_other_files() {
    let repo = Repo::new(&[
        (".gitignore", "build/\n"),
        ("news/a.md", WRONG),
        ("news/b.txt", WRONG),
        ("build/a.md", WRONG),
        (".drafts/a.md", WRONG),
        ("tools/convert.py", WRONG),
    ]);
    let (status, out, _) = repo.check(&["."]);
    assert_eq!(status, 1);
    assert_eq!(
        findings(&out),
        ["news/a.md:1: CL002", "news/b.txt:1: CL002"]
    );
    assert_eq!(out.last().unwrap(), "found 2 errors in 2 files");
    let (_, out, _) = repo.check(&["--include", "*.md", "--exclude", "news/b.*", "."]);
    assert_eq!(findings(&out), ["news/a.md:1: CL002"]);
}

#[test]
fn the_nearest_configuration_and_its_overrides_apply() {
    let repo = Repo::new(&[
        (
            "claimlint.toml",
            "[rules]\nseverity = { CL002 = \"warning\" }\n\n[[overrides]]\nfiles = [\"archive\"]\nrules = { ignore = [\"percent-change-mismatch\"] }\n",
        ),
        ("a.md", WRONG),
        ("archive/2019/a.md", WRONG),
        ("desk/.claimlint.toml", "[rules]\nselect = [\"CL001\"]\n"),
        ("desk/a.md", WRONG),
    ]);
    let (status, out, _) = repo.check(&["."]);
    assert_eq!(findings(&out), ["a.md:1: CL002"]);
    assert!(out[0].contains("[warning]"), "{out:?}");
    assert_eq!(status, 0, "a warning does not fail the run");
    let (status, out, _) = repo.check(&["--isolated", "."]);
    assert_eq!(status, 1);
    assert_eq!(findings(&out).len(), 3);
    let (_, out, _) = repo.check(&["--config", "desk/.claimlint.toml", "."]);
    assert!(findings(&out).is_empty(), "{out:?}");
}

#[test]
fn a_bad_configuration_names_file_line_and_key() {
    let repo = Repo::new(&[
        (
            "claimlint.toml",
            "exclude = []\n[rules]\nseverity = { CL001 = \"fatal\" }\n",
        ),
        ("a.md", RIGHT),
    ]);
    let (status, out, err) = repo.check(&["a.md"]);
    assert_eq!(status, 2);
    assert!(out.is_empty());
    assert!(
        err.starts_with("error: claimlint.toml:3:22: `CL001`: unknown variant `fatal`"),
        "{err}"
    );
}

#[test]
fn exit_status_is_0_clean_1_findings_2_unreadable() {
    let repo = Repo::new(&[("clean.md", RIGHT), ("wrong.md", WRONG)]);
    assert_eq!(repo.check(&["clean.md"]).0, 0);
    assert_eq!(repo.check(&["wrong.md"]).0, 1);
    assert_eq!(repo.check(&["missing.md"]).0, 2);
}

#[test]
fn an_unreadable_file_is_reported_and_the_rest_checked() {
    let repo = Repo::new(&[("a.md", WRONG), ("c.md", WRONG)]);
    std::fs::write(repo.path().join("b.md"), b"Revenue \xff rose").unwrap();
    let (status, out, err) = repo.check(&["."]);
    assert_eq!(status, 2);
    assert_eq!(err, "error: b.md: invalid UTF-8 at byte offset 8\n");
    assert_eq!(findings(&out), ["a.md:1: CL002", "c.md:1: CL002"]);
}

#[test]
fn suppressions_silence_and_stale_ones_are_reported() {
    let text = format!(
        "# Results\n\n<!-- claimlint-disable-next-line CL002 -- the desk checked it -->\n{WRONG}\n<!-- claimlint-disable CL001 -->\n{RIGHT}<!-- claimlint-enable -->\n"
    );
    let repo = Repo::new(&[
        ("a.md", &text),
        ("b.txt", &format!("// claimlint-disable-file\n{WRONG}")),
    ]);
    let (status, out, _) = repo.check(&["."]);
    assert_eq!(findings(&out), ["a.md:6: CL900"]);
    assert!(
        out[0].ends_with("`claimlint-disable CL001` silences nothing"),
        "{out:?}"
    );
    assert_eq!(status, 0);
}

#[test]
fn a_baseline_survives_edits_elsewhere_and_catches_a_changed_figure() {
    let article = |intro: &str, rate: &str| {
        format!(
            "# Results\n\n{intro}\n\nRevenue rose {rate} to $1.2 billion from $1.0 billion.\n\nProfit rose 9% to $180 million from $150 million.\n"
        )
    };
    let repo = Repo::new(&[("a.md", &article("The quarter was good.", "8%"))]);
    let (status, _, err) = repo.check(&["--write-baseline", "baseline.json", "."]);
    assert_eq!(
        (status, err.as_str()),
        (0, "recorded 2 findings in baseline.json\n")
    );
    let (status, out, _) = repo.check(&["--baseline", "baseline.json", "."]);
    assert_eq!((status, findings(&out)), (0, vec![]));

    repo.write(
        "a.md",
        &article("The quarter was good.\nIt was long, too.", "8%"),
    );
    let (status, out, _) = repo.check(&["--baseline", "baseline.json", "."]);
    assert_eq!((status, findings(&out)), (0, vec![]), "an unrelated edit");

    repo.write("a.md", &article("The quarter was good.", "7%"));
    let (status, out, _) = repo.check(&["--baseline", "baseline.json", "."]);
    assert_eq!(
        (status, findings(&out)),
        (1, vec!["a.md:5: CL002".to_string()])
    );
}

/// Code scanning and merge requests track a finding by the fingerprint its baseline
/// records, so the three agree and a rewording of the message cannot change them.
#[test]
fn sarif_and_gitlab_fingerprints_are_the_baseline_fingerprints() {
    let repo = Repo::new(&[(
        "a.md",
        "Revenue rose 8% to $1.2 billion from $1.0 billion.\n\nProfit rose 9% to $180 million from $150 million.\n",
    )]);
    repo.check(&["--write-baseline", "baseline.json", "."]);
    let strings_under = |json: &serde_json::Value, key: &str| -> Vec<String> {
        let mut found = Vec::new();
        let mut stack = vec![json];
        while let Some(value) = stack.pop() {
            if let Some(object) = value.as_object() {
                found.extend(object.get(key).and_then(|v| v.as_str()).map(String::from));
                stack.extend(object.values());
            } else if let Some(array) = value.as_array() {
                stack.extend(array.iter().rev());
            }
        }
        found.sort();
        found
    };
    let json = |args: &[&str]| -> serde_json::Value {
        serde_json::from_slice(&repo.claimlint(args).stdout).unwrap()
    };
    let baseline: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(repo.path().join("baseline.json")).unwrap())
            .unwrap();
    let recorded = strings_under(&baseline, "fingerprint");
    assert_eq!(recorded.len(), 2);
    let gitlab = json(&["check", "--format", "gitlab", "."]);
    assert_eq!(strings_under(&gitlab, "fingerprint"), recorded);
    let sarif = json(&["check", "--format", "sarif", "."]);
    assert_eq!(strings_under(&sarif, "claimlint/v2"), recorded);
}

#[test]
fn the_hedge_tolerance_is_configurable() {
    let text = "Halvorsen Systems Inc reported third-quarter revenue of about $1.0 billion on Tuesday.\n\nHalvorsen Systems third-quarter revenue was $1.13 billion, the company said.\n";
    let repo = Repo::new(&[
        ("claimlint.toml", "hedge-tolerance = 0.05\n"),
        ("a.md", text),
    ]);
    let (_, out, _) = repo.check(&["a.md"]);
    assert_eq!(
        findings(&out),
        ["a.md:3: CL001"],
        "about $1.0 billion is at most $1.1 billion"
    );
    let (_, out, _) = repo.check(&["--isolated", "a.md"]);
    assert!(
        findings(&out).is_empty(),
        "the default 10% allows $1.13 billion"
    );
}

#[test]
fn configured_entities_and_metrics_are_attributed() {
    let text = "Norvik reported third-quarter bookings of $1.0 billion on Tuesday.\n\nNorvik said third-quarter bookings were $1.5 billion.\n";
    let repo = Repo::new(&[("a.md", text)]);
    assert!(
        findings(&repo.check(&["a.md"]).1).is_empty(),
        "unknown name and metric"
    );
    repo.write(
        "claimlint.toml",
        "[lexicon]\nentities = [\"company | Norvik | Norvik\"]\nmetrics = [\"bookings | flow | bookings\"]\n",
    );
    assert_eq!(findings(&repo.check(&["a.md"]).1), ["a.md:3: CL001"]);
}

#[test]
fn configured_units_are_read_and_compared() {
    let text = "Norvik reported third-quarter throughput of 4.2 million TEU on Tuesday.\n\n\
                Norvik said third-quarter throughput was 4.6 million twenty-foot equivalent units.\n";
    let lexicon = "[lexicon]\nentities = [\"company | Norvik | Norvik\"]\n\
                   metrics = [\"throughput | flow | throughput\"]\n";
    let repo = Repo::new(&[("a.md", text), ("claimlint.toml", lexicon)]);
    assert!(
        findings(&repo.check(&["a.md"]).1).is_empty(),
        "TEU and twenty-foot are two different things counted"
    );
    let units = "units = [\"TEU | twenty-foot equivalent units\"]\n";
    repo.write("claimlint.toml", &format!("{lexicon}{units}"));
    assert_eq!(findings(&repo.check(&["a.md"]).1), ["a.md:3: CL001"]);
    let out = repo.claimlint(&["check", "--format", "json", "a.md"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let span = |s: &serde_json::Value| {
        let at = |key: &str| s[key].as_u64().unwrap() as usize;
        text[at("start")..at("end")].to_string()
    };
    let finding = &json["diagnostics"][0];
    assert_eq!(
        span(&finding["span"]),
        "4.6 million twenty-foot equivalent units"
    );
    assert_eq!(span(&finding["related"][0]["span"]), "4.2 million TEU");
}

#[test]
fn stdin_is_read_as_the_file_it_is_named_after() {
    let repo = Repo::new(&[("desk/claimlint.toml", "[rules]\nignore = [\"CL002\"]\n")]);
    let text = format!("```\n{WRONG}```\n\n{WRONG}");
    let check = |name: &str| {
        let args = [
            "check",
            "--format",
            "concise",
            "--stdin-filename",
            name,
            "-",
        ];
        let out = repo.claimlint_stdin(&args, &text);
        findings(&out.lines().map(String::from).collect::<Vec<_>>())
    };
    assert_eq!(
        check("a.md"),
        ["a.md:5: CL002"],
        "Markdown: the code block is skipped"
    );
    assert_eq!(check("a.txt").len(), 2, "plain text: both");
    assert!(
        check("desk/a.md").is_empty(),
        "the configuration of desk/ applies"
    );
}

#[test]
fn claims_reads_the_files_and_configuration_check_reads() {
    let repo = Repo::new(&[
        (
            "claimlint.toml",
            "exclude = [\"drafts\"]\n[lexicon]\nunits = [\"标准箱 TEU\"]\n",
        ),
        ("news/a.md", "吞吐量达3200万标准箱。\n"),
        ("news/b.txt", "Revenue was $5 million.\n"),
        ("news/c.rs", "let revenue = 7;\n"),
        ("drafts/d.md", "Revenue was $6 million.\n"),
    ]);
    // (path, text, unit) of every claim listed.
    let listed = |json: &str| -> Vec<(String, String, String)> {
        let json: serde_json::Value = serde_json::from_str(json).unwrap();
        let files = json["files"].as_array().unwrap();
        files
            .iter()
            .flat_map(|f| {
                let claims = f["claims"].as_array().unwrap();
                claims.iter().map(move |c| {
                    let field = |v: &serde_json::Value| v.as_str().unwrap_or("-").to_string();
                    (field(&f["path"]), field(&c["text"]), field(&c["unit"]))
                })
            })
            .collect()
    };
    let claims = |args: &[&str]| {
        let mut all = vec!["claims", "--format", "json"];
        all.extend(args);
        let out = repo.claimlint(&all);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        listed(&String::from_utf8(out.stdout).unwrap())
    };
    let a = ("news/a.md".into(), "3200万标准箱".into(), "标准箱".into());
    let b = ("news/b.txt".into(), "$5 million".into(), "USD".into());
    assert_eq!(
        claims(&["--exclude", "*.txt", "."]),
        std::slice::from_ref(&a)
    );
    assert_eq!(claims(&["."]), [a, b]);
    let isolated = claims(&["--isolated", "."]);
    assert_eq!(isolated.len(), 3, "drafts too: {isolated:?}");
    assert!(isolated.contains(&("news/a.md".into(), "3200万".into(), "-".into())));
    let stdin = repo.claimlint_stdin(
        &[
            "claims",
            "--format",
            "json",
            "--stdin-filename",
            "news/x.md",
            "-",
        ],
        "吞吐量达3200万标准箱。\n",
    );
    assert_eq!(
        listed(&stdin),
        [("news/x.md".into(), "3200万标准箱".into(), "标准箱".into())]
    );
}

#[test]
fn a_named_file_is_checked_though_excluded_unless_exclusion_is_forced() {
    let repo = Repo::new(&[
        ("claimlint.toml", "exclude = [\"drafts\"]\n"),
        ("drafts/a.md", WRONG),
    ]);
    assert!(
        findings(&repo.check(&["."]).1).is_empty(),
        "a walk skips it"
    );
    let named = findings(&repo.check(&["drafts/a.md"]).1);
    assert_eq!(named, ["drafts/a.md:1: CL002"], "named, it is checked");
    let forced = repo.check(&["--force-exclude", "drafts/a.md"]);
    assert_eq!(forced.0, 0);
    assert!(findings(&forced.1).is_empty(), "--force-exclude skips it");
    let stdin = |force: &[&str]| {
        let mut args = vec!["check", "--format", "concise"];
        args.extend(force);
        args.extend(["--stdin-filename", "drafts/b.md", "-"]);
        repo.claimlint_stdin(&args, WRONG)
    };
    assert!(stdin(&[]).contains("CL002"), "stdin is a named file");
    assert!(!stdin(&["--force-exclude"]).contains("CL002"));
    repo.write(
        "claimlint.toml",
        "exclude = [\"drafts\"]\nforce-exclude = true\n",
    );
    assert!(
        findings(&repo.check(&["drafts/a.md"]).1).is_empty(),
        "force-exclude = true skips it"
    );
    let other = repo.check(&["--exclude", "a.md", "drafts/a.md"]);
    assert!(findings(&other.1).is_empty(), "with --exclude too");
}

/// `claimlint diff` reads both texts under the new file's configuration: a finding that
/// exists only through configured lexicons is introduced by the edit that makes it, and
/// a rule the configuration ignores introduces nothing.
#[test]
fn diff_reads_both_texts_under_the_configuration() {
    let old = "Norvik reported third-quarter bookings of $1.0 billion on Tuesday.\n\nNorvik said third-quarter bookings were $1.0 billion.\n";
    let new = old.replace("were $1.0 billion", "were $1.5 billion");
    let lexicon = "[lexicon]\nentities = [\"company | Norvik | Norvik\"]\nmetrics = [\"bookings | flow | bookings\"]\n";
    let repo = Repo::new(&[
        ("old.md", old),
        ("new.md", &new),
        ("claimlint.toml", lexicon),
    ]);
    let introduced = |args: &[&str]| {
        let mut all = vec!["diff", "--format", "json"];
        all.extend(args);
        all.extend(["old.md", "new.md"]);
        let out = repo.claimlint(&all);
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let codes: Vec<String> = json["introduced"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["code"].as_str().unwrap().to_string())
            .collect();
        codes
    };
    assert_eq!(introduced(&[]), ["CL001"]);
    assert!(
        introduced(&["--isolated"]).is_empty(),
        "unknown name and metric"
    );
    repo.write(
        "claimlint.toml",
        &format!("{lexicon}[rules]\nignore = [\"CL001\"]\n"),
    );
    assert!(introduced(&[]).is_empty(), "CL001 is ignored");
}
