//! Throughput, latency, scaling and memory of `check`, and running time on adversarial
//! input compared with ordinary prose of the same size.
//!
//! `cargo run --release --manifest-path benches/Cargo.toml` prints Markdown tables for the
//! README. The corpus is read from `../shared/corpus/{en,zh}` (beside the repository) when
//! present (`CLAIMLINT_CORPUS` overrides it).
//! `CLAIMLINT_BENCH_QUICK=1` divides the synthetic sizes by ten for a quick look.
//! Times are the best of a few runs of the library pipeline (document → claims →
//! relations → solver → rules), without process start-up or rendering.

use claimlint::document::Document;
use claimlint::render::claims::FileClaims;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const MB: usize = 1 << 20;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--peak-memory") {
        return peak_memory_child(args.get(i + 1).map(String::as_str).unwrap_or(""));
    }
    // Every figure below is one thread unless it says otherwise; the library would read a
    // large text's pieces on every core.
    if rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build_global()
        .is_err()
    {
        eprintln!("could not limit the thread pool to one thread");
        return;
    }
    let scale = if std::env::var_os("CLAIMLINT_BENCH_QUICK").is_some() {
        10
    } else {
        1
    };
    let mut report = String::new();
    corpus_tables(&mut report);
    linearity_tables(&mut report, scale);
    adversarial_table(&mut report, scale);
    diff_table(&mut report, scale);
    memory_table(&mut report, scale);
    print!("{report}");
}

/// Best wall time of `runs` runs of `check` over `documents`.
fn best_of(runs: usize, documents: &[Document]) -> Duration {
    best_time(runs, documents, |d| {
        std::hint::black_box(claimlint::check(d));
    })
}

/// Best wall time of `runs` runs of `read` over `documents`.
fn best_time(runs: usize, documents: &[Document], read: impl Fn(&Document)) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            documents.iter().for_each(&read);
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn mb_per_s(bytes: usize, time: Duration) -> f64 {
    bytes as f64 / MB as f64 / time.as_secs_f64().max(1e-9)
}

fn corpus_dir() -> PathBuf {
    std::env::var_os("CLAIMLINT_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus"))
}

/// The files of `dir` that read as documents, in name order.
fn read_dir_documents(dir: &Path) -> (Vec<PathBuf>, Vec<Document>) {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|path| {
            let document = Document::read(&path).ok()?;
            Some((path, document))
        })
        .unzip()
}

/// The command-line binary of this checkout (`cargo build --release`), or `CLAIMLINT_BIN`.
fn claimlint_binary() -> Option<PathBuf> {
    let path = std::env::var_os("CLAIMLINT_BIN").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/release/claimlint"),
        PathBuf::from,
    );
    path.is_file().then_some(path)
}

/// Median and largest wall time of one `claimlint check` process per file, the best of
/// three each: start-up included, as a pre-commit hook or an editor runs it.
fn process_latency(paths: &[PathBuf]) -> String {
    let Some(binary) = claimlint_binary() else {
        return "binary not built".to_string();
    };
    let run = |path: &PathBuf| {
        let start = Instant::now();
        let status = Command::new(&binary)
            .args(["check", "--exit-zero", "--quiet", "--isolated"])
            .arg(path)
            .stdout(std::process::Stdio::null())
            .status();
        status.is_ok_and(|s| s.success()).then(|| start.elapsed())
    };
    let mut latencies: Vec<Duration> = paths
        .iter()
        .filter_map(|path| (0..3).filter_map(|_| run(path)).min())
        .collect();
    latencies.sort();
    match (latencies.get(latencies.len() / 2), latencies.last()) {
        (Some(median), Some(max)) => format!(
            "{:.1} ms / {:.1} ms",
            median.as_secs_f64() * 1e3,
            max.as_secs_f64() * 1e3
        ),
        _ => "binary failed".to_string(),
    }
}

fn corpus_tables(report: &mut String) {
    let dir = corpus_dir();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let _ = writeln!(
        report,
        "### Corpus ({})\n\n| language | files | MB | claims, 1 thread | check, 1 thread | check, {cores} threads | files/s, 1 thread | per article: median / max | one process per article: median / max | `rg -o` floor |\n|---|---|---|---|---|---|---|---|---|---|",
        dir.display()
    );
    for language in ["en", "zh"] {
        let (paths, documents) = read_dir_documents(&dir.join(language));
        if documents.is_empty() {
            let _ = writeln!(report, "| {language} | corpus not found | | | | | | | | |");
            continue;
        }
        let bytes: usize = documents.iter().map(|d| d.text.len()).sum();
        // What `claimlint claims` does: extraction, attribution, relations.
        let claims = best_time(3, &documents, |d| {
            std::hint::black_box(FileClaims::read(d));
        });
        let one = best_of(3, &documents);
        let all = best_parallel(3, &documents, cores);
        let mut latencies: Vec<Duration> = documents
            .iter()
            .map(|d| best_of(3, std::slice::from_ref(d)))
            .collect();
        latencies.sort();
        let median = latencies[latencies.len() / 2];
        let max = latencies.last().copied().unwrap_or_default();
        let _ = writeln!(
            report,
            "| {language} | {} | {:.2} | {:.2} MB/s | {:.2} MB/s | {:.2} MB/s | {:.0} | {:.2} ms / {:.2} ms | {} | {} |",
            documents.len(),
            bytes as f64 / MB as f64,
            mb_per_s(bytes, claims),
            mb_per_s(bytes, one),
            mb_per_s(bytes, all),
            documents.len() as f64 / one.as_secs_f64().max(1e-9),
            median.as_secs_f64() * 1e3,
            max.as_secs_f64() * 1e3,
            process_latency(&paths),
            rg_floor(&dir.join(language), bytes)
        );
    }
    report.push('\n');
}

/// The files split over `threads` threads, as a directory run splits them.
fn best_parallel(runs: usize, documents: &[Document], threads: usize) -> Duration {
    let chunk = documents.len().div_ceil(threads.max(1)).max(1);
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::thread::scope(|s| {
                for part in documents.chunks(chunk) {
                    s.spawn(move || {
                        for d in part {
                            std::hint::black_box(claimlint::check(d));
                        }
                    });
                }
            });
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// `rg -o` with a number pattern over the same files: the floor of finding digits.
fn rg_floor(dir: &Path, bytes: usize) -> String {
    let run = || {
        let start = Instant::now();
        let status = Command::new("rg")
            .args(["-o", "--no-filename", r"[0-9][0-9.,]*"])
            .arg(dir)
            .stdout(std::process::Stdio::null())
            .status();
        status.ok().map(|_| start.elapsed())
    };
    match (0..5).filter_map(|_| run()).min() {
        Some(time) => format!("{:.1} MB/s", mb_per_s(bytes, time)),
        None => "rg not installed".to_string(),
    }
}

/// Ordinary prose: the corpus articles of both languages, repeated to `size` bytes.
fn prose(size: usize) -> String {
    let dir = corpus_dir();
    let mut articles: Vec<String> = ["en", "zh"]
        .iter()
        .flat_map(|l| read_dir_documents(&dir.join(l)).1)
        .map(|d| d.text)
        .collect();
    if articles.is_empty() {
        articles.push(related_figures_paragraph(0));
    }
    repeat_to(size, |i| articles[i % articles.len()].clone() + "\n\n")
}

/// One paragraph dense with related figures: a from/to change with its rate, parts of
/// a total, quarters under their half, a product, a restatement.
fn related_figures_paragraph(i: usize) -> String {
    let q2 = 9000 + i % 500;
    let h1 = q2 + 1780;
    format!(
        "Company{i} Inc delivered {h1} vehicles in the first half of 2023, of which {q2} in the second quarter. \
         Revenue rose 20% to $1.2 billion from $1.0 billion. Of the quarter's total revenue of $1.2 billion, \
         cloud contributed $720 million, hardware $330 million and services $150 million. \
         The offering of 22 million shares at $30 raised $660 million. \
         公司{i}第三季度营收为36.8亿元，上年同期为32亿元，同比增长15%。其中，海外收入12亿元。\n\n"
    )
}

fn repeat_to(size: usize, piece: impl Fn(usize) -> String) -> String {
    let mut out = String::with_capacity(size + 1024);
    let mut i = 0;
    while out.len() < size {
        out.push_str(&piece(i));
        i += 1;
    }
    out
}

/// `path` says how the text is read: `.md` as Markdown, anything else as plain text.
fn time_text(path: &str, text: &str, runs: usize) -> Duration {
    best_of(runs, &[Document::new(path, text)])
}

/// [`time_text`] with the findings drawn for people, as `claimlint check` prints them.
fn time_check_and_draw(path: &str, text: &str, runs: usize) -> Duration {
    let document = Document::new(path, text);
    best_time(runs, std::slice::from_ref(&document), |d| {
        let files = [(d, claimlint::check(d))];
        std::hint::black_box(claimlint::render::human::render(&files, false));
    })
}

/// Time per byte as the input grows: a related-figures article (the relations and the
/// solver) and the corpus concatenated (attribution over many names, sections, lists).
/// The sizes span 64×: a look through every change at each restatement took a sixth of
/// the time at 4 MB of related figures and more than half at 16 MB.
fn linearity_tables(report: &mut String, scale: usize) {
    let sizes = [MB / 4, MB, 4 * MB, 16 * MB].map(|s| s / scale);
    linearity_table(
        report,
        "An article full of related figures",
        sizes.map(|size| repeat_to(size, related_figures_paragraph)),
    );
    linearity_table(
        report,
        "The corpus, concatenated into one file",
        sizes.map(prose),
    );
}

fn linearity_table(report: &mut String, title: &str, texts: [String; 4]) {
    let _ = writeln!(
        report,
        "### {title}\n\n| size | check | MB/s | time / size, relative to the smallest |\n|---|---|---|---|"
    );
    let mut first: Option<f64> = None;
    for text in texts {
        let time = time_text("bench.txt", &text, 2);
        let per_byte = time.as_secs_f64() / text.len() as f64;
        let base = *first.get_or_insert(per_byte);
        let _ = writeln!(
            report,
            "| {:.2} MB | {:.2} s | {:.2} | {:.2} |",
            text.len() as f64 / MB as f64,
            time.as_secs_f64(),
            mb_per_s(text.len(), time),
            per_byte / base
        );
    }
    report.push('\n');
}

fn adversarial_table(report: &mut String, scale: usize) {
    let size = MB / scale;
    // Best of three and of two: a single run on a shared machine moved the ratios by a
    // fifth from one run of the benchmark to the next.
    let ordinary_text = prose(size);
    let ordinary = time_text("bench.txt", &ordinary_text, 3);
    let ordinary_drawn = time_check_and_draw("bench.txt", &ordinary_text, 3);
    let per_byte = |time: Duration, text: &str| time.as_secs_f64() / text.len() as f64;
    let _ = writeln!(
        report,
        "### Adversarial input ({:.1} MB unless named; ordinary prose of that size: {:.2} s, {:.2} s with its findings drawn for people)\n\n| input | check | × ordinary prose, per byte | check, findings drawn for people | × ordinary prose, per byte |\n|---|---|---|---|---|",
        size as f64 / MB as f64,
        ordinary.as_secs_f64(),
        ordinary_drawn.as_secs_f64()
    );
    let same_metric = |i: usize| format!("特斯拉第三季度交付了{}万辆。", 40 + i % 9);
    // Quotes and list items nested a hundred deep, read as Markdown.
    let nested = |i: usize| {
        let marker = if i % 2 == 0 { "> " } else { "- " };
        format!(
            "{}Revenue rose {}% to $10.5 million in 2023.\n\n",
            marker.repeat(100),
            i % 50
        )
    };
    let cases: Vec<(&str, &str, String)> = vec![
        ("digits, no separators", "bench.txt", "7".repeat(size)),
        ("`1,1,1,…`", "bench.txt", "1,".repeat(size / 2)),
        ("`约约约…`", "bench.txt", "约".repeat(size / 3)),
        ("`万万万…`", "bench.txt", "万".repeat(size / 3)),
        (
            "one line of ten times the size, no breaks",
            "bench.txt",
            prose(10 * size).replace('\n', " "),
        ),
        (
            "the same metric and subject restated",
            "bench.txt",
            repeat_to(size, same_metric),
        ),
        (
            "400-digit numbers, stacked scale words",
            "bench.txt",
            repeat_to(size, |_| format!("{}万亿亿元，", "9".repeat(400))),
        ),
        (
            "Markdown quotes and lists nested 100 deep",
            "bench.md",
            repeat_to(size, nested),
        ),
        // One run of words joined by dots (what an e-mail address starts with), with a
        // trigger at every word: a cue, an index name, a figure with its unit.
        ("`so.so.so.…`", "bench.txt", "so.".repeat(size / 3)),
        ("`DAX-5.DAX-5.…`", "bench.txt", "DAX-5.".repeat(size / 6)),
        ("`5km.5km.…`", "bench.txt", "5km.".repeat(size / 4)),
        // A run of words an `@` follows at every word, with no domain after it.
        ("`a@a@a@…`", "bench.txt", "a@".repeat(size / 2)),
        // A currency sign, which may start an amount, at every byte.
        ("`$$$…`", "bench.txt", "$".repeat(size)),
        // A table whose total rows never add up: every one tries the rows since the
        // heading, which must stay bounded.
        (
            "a table with a total row in every other row",
            "bench.md",
            format!(
                "| | 2024 | 2023 |\n|---|---|---|\n{}",
                "| Total | 1,234 | 5,678 |\n| Part | 2,345 | 6,789 |\n".repeat(size / 50)
            ),
        ),
        // A title needs text after it: found from each line, this was quadratic.
        (
            "a title, then blank lines",
            "bench.txt",
            format!("Title\n{}", "\n".repeat(size)),
        ),
        // Columns and excerpts on one line: measured from the line's start, quadratic.
        (
            "one line of findings (a wrong rate in every sentence)",
            "bench.txt",
            "Revenue rose 20% to $1.5 billion from $1.0 billion. ".repeat(size / 52),
        ),
    ];
    for (name, path, text) in cases {
        let time = time_text(path, &text, 2);
        let drawn = time_check_and_draw(path, &text, 2);
        let ratio = |t: Duration, base: Duration| {
            per_byte(t, &text) / per_byte(base, &ordinary_text).max(1e-12)
        };
        let _ = writeln!(
            report,
            "| {name} | {:.2} s | {:.1} | {:.2} s | {:.1} |",
            time.as_secs_f64(),
            ratio(time, ordinary),
            drawn.as_secs_f64(),
            ratio(drawn, ordinary_drawn)
        );
    }
    report.push('\n');
}

/// `diff` of two revisions, against two `check` runs of them: a long article with a
/// few edits, and a fact restated in every line and revised in every other (each stale
/// restatement is one finding).
fn diff_table(report: &mut String, scale: usize) {
    let _ = writeln!(
        report,
        "### Revision review\n\n| input | two `check` runs | `diff` | ratio |\n|---|---|---|---|"
    );
    let old = prose(200 * 1024 / scale);
    let mut new = old.clone();
    for (from, to) in [("2023", "2024"), ("万", "亿"), ("percent", "pct")] {
        if let Some(at) = new.find(from) {
            new.replace_range(at..at + from.len(), to);
        }
    }
    let name = format!("{} KB article, 3 edits", old.len() / 1024);
    diff_row(report, &name, old, new);
    let restated = |billions: [u32; 2]| {
        (0..2000 / scale)
            .map(|i| {
                let b = billions[i % 2];
                format!("In report {i}, Tesla said its revenue was ${b} billion in 2023.\n")
            })
            .collect::<String>()
    };
    let name = format!(
        "a fact restated {} times, revised in every other line",
        2000 / scale
    );
    diff_row(report, &name, restated([5, 5]), restated([7, 5]));
    report.push('\n');
}

fn diff_row(report: &mut String, name: &str, old: String, new: String) {
    let (old, new) = (Document::new("old.txt", old), Document::new("new.txt", new));
    let checks = best_of(2, &[old.clone(), new.clone()]);
    let diff = (0..2)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(claimlint::diff::review(&old, &new));
            start.elapsed()
        })
        .min()
        .unwrap_or_default();
    let _ = writeln!(
        report,
        "| {name} | {:.2} s | {:.2} s | {:.2} |",
        checks.as_secs_f64(),
        diff.as_secs_f64(),
        diff.as_secs_f64() / checks.as_secs_f64().max(1e-9)
    );
}

/// Peak memory of a child process that checks one large file: prose, and an article
/// full of related figures (about twenty figures and cues in every 430 bytes).
fn memory_table(report: &mut String, scale: usize) {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let _ = writeln!(
        report,
        "### Memory\n\n| file | check, {cores} threads | peak resident memory | target (4 × file + 50 MB) |\n|---|---|---|---|"
    );
    let prose_size = 50 * MB / scale;
    memory_row(report, "of prose", prose(prose_size));
    let figures = repeat_to(16 * MB / scale, related_figures_paragraph);
    memory_row(report, "full of related figures", figures);
    report.push('\n');
}

fn memory_row(report: &mut String, name: &str, text: String) {
    let size = text.len();
    let path = std::env::temp_dir().join("claimlint-bench-large.txt");
    if std::fs::write(&path, text).is_err() {
        return;
    }
    let peak = std::env::current_exe().ok().and_then(|exe| {
        let out = Command::new(exe)
            .arg("--peak-memory")
            .arg(&path)
            .output()
            .ok()?;
        String::from_utf8(out.stdout).ok()
    });
    let _ = std::fs::remove_file(&path);
    let (time, peak) = peak
        .as_deref()
        .and_then(|out| out.trim().split_once('\t'))
        .unwrap_or(("unknown", "unknown"));
    let _ = writeln!(
        report,
        "| {} MB {name} | {time} | {peak} | {} MB |",
        size / MB,
        4 * size / MB + 50
    );
}

/// Reads and checks the file as the command line does (the pool on every core), then
/// prints the time and the peak resident memory, tab-separated.
fn peak_memory_child(path: &str) {
    let start = Instant::now();
    if let Ok(document) = Document::read(Path::new(path)) {
        std::hint::black_box(claimlint::check(&document));
    }
    let time = start.elapsed();
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    // In the table's unit (MB of 2^20 bytes, as the target is), from the kernel's kB.
    let peak = status
        .lines()
        .find_map(|l| {
            l.strip_prefix("VmHWM:")?
                .trim()
                .strip_suffix(" kB")?
                .parse::<f64>()
                .ok()
        })
        .map_or("unknown".to_string(), |kb| format!("{:.1} MB", kb / 1024.0));
    println!("{:.1} s\t{peak}", time.as_secs_f64());
}
