//! `claimlint diff`: revision pairs in both languages, every output format, and the git
//! modes (`diff --git REV`, `check --diff-base REV`) in a repository made in the test.

use claimlint::diff::{review, Status};
use claimlint::document::Document;
use claimlint::render::diff::{render, DiffFormat, Revised};
use std::path::Path;
use std::process::{Command, Output};

fn read(path: &str) -> Document {
    Document::read(Path::new(path)).unwrap()
}

/// (old, new) fixture pairs; the old text of most is an existing fixture.
const PAIRS: [(&str, &str, &str); 5] = [
    (
        "seed_eps_stale",
        "fixtures/zh/seed.txt",
        "fixtures/diff/seed_new.txt",
    ),
    (
        "zh_corrected",
        "fixtures/zh/seed.txt",
        "fixtures/diff/zh_corrected_new.txt",
    ),
    (
        "en_moved",
        "fixtures/en/clean_deliveries.txt",
        "fixtures/diff/en_moved_new.txt",
    ),
    (
        "en_rewritten",
        "fixtures/en/clean_deliveries.txt",
        "fixtures/diff/en_rewritten_new.txt",
    ),
    (
        "en_percent_fixed",
        "fixtures/en/percent_change_mismatch.txt",
        "fixtures/en/clean_earnings.txt",
    ),
];

#[test]
fn every_format_of_every_pair_is_snapshotted() {
    for (name, old, new) in PAIRS {
        let (old, new) = (read(old), read(new));
        let revised = [Revised {
            old: &old,
            new: &new,
            review: review(&old, &new),
        }];
        for format in [
            DiffFormat::Human,
            DiffFormat::Json,
            DiffFormat::Markdown,
            DiffFormat::Github,
        ] {
            let label = format!("{name}_{format:?}").to_lowercase();
            insta::assert_snapshot!(label, render(&revised, format, false));
        }
    }
}

#[test]
fn a_corrected_figure_with_its_twin_left_stale_fails_the_review() {
    let (old, new) = (
        read("fixtures/zh/seed.txt"),
        read("fixtures/diff/seed_new.txt"),
    );
    let r = review(&old, &new);
    let changed: Vec<_> = r
        .changes
        .iter()
        .filter(|c| c.status == Status::Changed)
        .collect();
    assert_eq!(changed.len(), 1);
    assert_eq!(r.stale.len(), 1);
    assert_eq!(r.stale[0].code, "CL008");
    assert!(r.fails());
}

#[test]
fn a_fact_changed_in_several_places_reports_each_stale_restatement_once() {
    let text = |billions: [u32; 4]| {
        let places = ["In March", "In April", "In May", "In June"];
        places
            .iter()
            .zip(billions)
            .map(|(place, b)| {
                format!("{place}, Tesla said its revenue was ${b} billion in 2023.\n")
            })
            .collect::<String>()
    };
    let (old, new) = (text([5, 5, 5, 5]), text([7, 5, 7, 5]));
    let r = review(
        &Document::new("old.txt", old),
        &Document::new("new.txt", new.as_str()),
    );
    let changed = r.changes.iter().filter(|c| c.status == Status::Changed);
    assert_eq!(changed.count(), 2);
    let stale: Vec<usize> = r.stale.iter().map(|d| d.primary.span.start).collect();
    let kept: Vec<usize> = new.match_indices("$5 billion").map(|(at, _)| at).collect();
    assert_eq!(stale, kept);
    assert!(r
        .stale
        .iter()
        .all(|d| d.message.contains("from `$5 billion` to `$7 billion`")));
}

#[test]
fn moved_and_reworded_figures_are_not_changes() {
    let old = read("fixtures/en/clean_deliveries.txt");
    for new in [
        "fixtures/diff/en_moved_new.txt",
        "fixtures/diff/en_rewritten_new.txt",
    ] {
        let r = review(&old, &read(new));
        assert!(r.changes.is_empty(), "{new}: {:?}", r.changes);
        assert!(!r.fails());
    }
}

#[test]
fn a_corrected_percentage_fixes_its_finding() {
    let old = read("fixtures/en/percent_change_mismatch.txt");
    let new = read("fixtures/en/clean_earnings.txt");
    let r = review(&old, &new);
    assert_eq!(r.fixed.len(), 1);
    assert_eq!(r.fixed[0].code, "CL002");
    assert!(r.introduced.is_empty());
    assert!(!r.fails());
}

/// `184.2万辆` → `190万辆` is one change, not a removal and an addition.
#[test]
fn cjk_figures_align_character_by_character() {
    let old = Document::new("a.txt", "特斯拉今年全年销量预计为184.2万辆，高于去年。");
    let new = Document::new("a.txt", "特斯拉今年全年销量预计为190万辆，高于去年。");
    let r = review(&old, &new);
    let statuses: Vec<Status> = r.changes.iter().map(|c| c.status).collect();
    assert_eq!(statuses, [Status::Changed]);
}

const SAID: &str = "Halvorsen Systems Inc said third-quarter revenue";
const REPORTED: &str = "Halvorsen Systems Inc reported third-quarter revenue of";

/// A temporary git repository with one committed article.
struct Repo {
    dir: tempfile::TempDir,
}

impl Repo {
    fn new() -> Option<Repo> {
        let repo = Repo {
            dir: tempfile::tempdir().unwrap(),
        };
        std::fs::create_dir(repo.dir.path().join("news")).unwrap();
        repo.write("news/a.md", &format!("# Results\n\n{SAID} rose 20% to $1.2 billion from $1.0 billion.\n\n{REPORTED} $1.2 billion, ahead of forecasts.\n"));
        let ok = [
            &["init", "-q"][..],
            &["add", "."],
            &[
                "-c",
                "user.name=t",
                "-c",
                "user.email=t@t",
                "commit",
                "-qm",
                "first",
            ],
        ]
        .iter()
        .all(|args| repo.git(args).status.success());
        ok.then_some(repo)
    }

    fn write(&self, path: &str, text: &str) {
        std::fs::write(self.dir.path().join(path), text).unwrap();
    }

    fn git(&self, args: &[&str]) -> Output {
        Command::new("git")
            .args(args)
            .current_dir(self.dir.path())
            .output()
            .unwrap()
    }

    /// Commit everything in the working tree.
    fn commit(&self, message: &str) {
        self.git(&["add", "."]);
        let author = ["-c", "user.name=t", "-c", "user.email=t@t"];
        let status = self.git(&[&author[..], &["commit", "-qm", message]].concat());
        assert!(status.status.success(), "{status:?}");
    }

    fn claimlint(&self, dir: &str, args: &[&str]) -> (i32, String) {
        let out = Command::new(env!("CARGO_BIN_EXE_claimlint"))
            .args(args)
            .current_dir(self.dir.path().join(dir))
            .output()
            .unwrap();
        (
            out.status.code().unwrap(),
            String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap(),
        )
    }
}

#[test]
fn diff_against_a_git_revision_from_a_subdirectory() {
    let Some(repo) = Repo::new() else {
        eprintln!("git not available; skipped");
        return;
    };
    // Change the figure in one place only: its restatement goes stale.
    repo.write("news/a.md", &format!("# Results\n\n{SAID} rose 40% to $1.4 billion from $1.0 billion.\n\n{REPORTED} $1.2 billion, ahead of forecasts.\n"));
    std::fs::write(
        repo.dir.path().join("news/b.md"),
        "Profit was $5 million.\n",
    )
    .unwrap();
    let (status, out) = repo.claimlint("news", &["diff", "--git", "HEAD", "--format", "markdown"]);
    assert_eq!(status, 1, "{out}");
    assert!(out.contains("| $1.2 billion | $1.4 billion |"), "{out}");
    assert!(out.contains("CL008"), "{out}");
    assert!(
        out.contains("| b.md | 1:12 |  | $5 million | added |"),
        "{out}"
    );
    let (status, out) = repo.claimlint("news", &["diff", "--git", "no-such-rev"]);
    assert_eq!(status, 2, "{out}");
}

#[test]
fn check_with_a_diff_base_reports_only_new_findings() {
    let Some(repo) = Repo::new() else {
        eprintln!("git not available; skipped");
        return;
    };
    // An old finding committed, then a new one added in the working tree.
    repo.write(
        "news/a.md",
        "Revenue rose 8% to $1.2 billion from $1.0 billion.\n",
    );
    repo.commit("second");
    repo.write("news/a.md", "Revenue rose 8% to $1.2 billion from $1.0 billion.\n\nCosts fell 10% to $90 million from $120 million.\n");
    let (status, out) = repo.claimlint(".", &["check", "--format", "concise", "news"]);
    assert_eq!(status, 1);
    assert_eq!(out.matches("CL002").count(), 2, "{out}");
    let (status, out) = repo.claimlint(
        ".",
        &[
            "check",
            "--format",
            "concise",
            "--diff-base",
            "HEAD",
            "news",
        ],
    );
    assert_eq!(status, 1, "{out}");
    assert_eq!(out.matches("CL002").count(), 1, "{out}");
    assert!(out.contains("Costs") || out.contains("10%"), "{out}");
}

#[test]
fn a_diff_base_reads_the_old_text_under_the_same_configuration() {
    let Some(repo) = Repo::new() else {
        eprintln!("git not available; skipped");
        return;
    };
    // A finding only the configured unit reveals, committed, then an unrelated edit.
    repo.write(
        "claimlint.toml",
        "[lexicon]\nentities = [\"company | Norvik | Norvik\"]\n\
         metrics = [\"throughput | flow | throughput\"]\n\
         units = [\"TEU | twenty-foot equivalent units\"]\n",
    );
    let text = "Norvik reported third-quarter throughput of 4.2 million TEU on Tuesday.\n\n\
                Norvik said third-quarter throughput was 4.6 million twenty-foot equivalent units.\n";
    repo.write("news/a.md", text);
    repo.commit("units");
    repo.write("news/a.md", &format!("{text}\nAn unrelated line.\n"));
    let check = |more: &[&str]| {
        let mut args = vec!["check", "--format", "concise"];
        args.extend(more);
        args.push("news");
        repo.claimlint(".", &args).1
    };
    assert_eq!(check(&[]).matches("CL001").count(), 1);
    let out = check(&["--diff-base", "HEAD"]);
    assert!(
        !out.contains("CL001"),
        "an old finding is not introduced: {out}"
    );
}
