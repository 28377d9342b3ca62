//! claimlint never panics and every span it reports lies on character boundaries inside
//! the input, whatever the text. Inputs are built from the pieces the grammar and the
//! relations react to, in random order (a fixed-seed generator keeps runs repeatable).

use claimlint::document::Document;
use claimlint::render::claims::{json, table, FileClaims};
use claimlint::render::human;

const PIECES: &[&str] = &[
    "1",
    "23",
    "4,500",
    "0.5",
    "−3",
    "１２",
    "万",
    "亿",
    "万亿",
    "千",
    "百分之",
    "三十",
    "两",
    "一",
    "十",
    "%",
    "个百分点",
    "倍",
    "成",
    "美元",
    "元",
    "$",
    "€",
    "HK$",
    " million",
    "bn",
    "约",
    "近",
    "超过",
    "以上",
    "左右",
    "不到",
    "最高",
    "about ",
    "more than ",
    "up to ",
    "至",
    "-",
    " to ",
    "from ",
    "从",
    "由",
    "较",
    "提高",
    "下调",
    "rose ",
    "fell ",
    "up ",
    "，",
    "。",
    ",",
    ". ",
    "\n",
    "\n# ",
    "| ",
    "其中",
    "占比",
    "占全国人口的比重（城镇化率）为",
    ", or ",
    " of the total",
    "topping ",
    "from a close of ",
    "total ",
    "组成",
    "那么",
    "每股",
    "相当于",
    "Exa-Flops",
    "1TB",
    "=",
    "第",
    "季度",
    "上半年",
    "Q2",
    "2023年",
    "9月",
    "分别",
    "respectively",
    "之前的",
    "上年同期",
    "同比",
    "增长了",
    "特斯拉(TSLA)",
    "高盛",
    "目标价",
    "每股收益",
    "revenue ",
    "Inc ",
    "(ABC.O)",
    "H100",
    "9:30",
    "数亿",
    "several ",
    "the first",
    "1后面",
    "18个零",
    "年均",
    " a year",
    "x",
    "(",
    ")",
    "“",
    "”",
    " ",
    // Session 31's readings: changes named by a noun, multiples, shares in parentheses,
    // old values named before 相比, subgroups and the sectors of an economy.
    " → ",
    " compared with ",
    " a ",
    " increase",
    "%)",
    "（",
    "）",
    "户",
    "of these, ",
    "与",
    "相比，",
    "增加",
    "是",
    "的",
    "倍",
    "第一产业",
    "under ",
    // Session 32's readings: ratios, months counted out, versions, binary units, shares of
    // a metric, net flows, collected money, a bare 升.
    "2∶1",
    "：",
    "比",
    "、",
    "月",
    "分別為",
    "升",
    " version ",
    " GiB",
    " Gbps",
    " TWh",
    ", or ",
    " of revenue",
    " raised",
    ", while ",
    "净流入",
    "母公司口径",
    "业绩快报",
    "成長",
    " higher than ",
    "+0.40x",
    "|",
];

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
}

fn check_everything(text: &str) {
    let document = Document::new("fuzz.txt", text);
    let diagnostics = claimlint::check(&document);
    let claims = FileClaims::read(&document);
    for mention in &claims.mentions {
        assert!(text.is_char_boundary(mention.span.start), "{text:?}");
        assert!(text.is_char_boundary(mention.span.end), "{text:?}");
        assert!(mention.span.start < mention.span.end && mention.span.end <= text.len());
    }
    for d in &diagnostics {
        for span in std::iter::once(&d.primary.span).chain(d.related.iter().map(|l| &l.span)) {
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        }
    }
    let files = [(&document, diagnostics)];
    let _ = human::render(&files, true);
    let _ = claimlint::render::json::render(&files);
    let listing = [claims];
    let _ = table(&listing);
    let _ = json(&listing);
}

#[test]
fn random_mixtures_never_panic() {
    let mut rng = Lcg(0x5eed);
    for _ in 0..3000 {
        let len = 1 + rng.next() % 24;
        let text: String = (0..len)
            .map(|_| PIECES[rng.next() % PIECES.len()])
            .collect();
        check_everything(&text);
    }
}

#[test]
fn degenerate_inputs_never_panic() {
    let long_digits = "9".repeat(10_000);
    let commas = "1,".repeat(5_000);
    let hedges = "约".repeat(5_000);
    let scales = "万".repeat(5_000);
    // A run of words joined by dots, each a trigger: the e-mail check reads the run once.
    let joined_words = "so.".repeat(5_000);
    let joined_names = "DAX-5.".repeat(2_000);
    // Parentheses never closed, and blank lines after a title: each once read to the
    // end of the text.
    let parentheses = "(（".repeat(5_000);
    let blank_lines = format!("Title\n{}", "\n".repeat(20_000));
    // One sentence of shares "of the total", each looking for its total before it.
    let shares_of_the_total = "imports of 5 mln tonnes, or 5 pct of the total, ".repeat(2_000);
    // Headlines over their leads, and a heading of thousands of figures over a lead of
    // as many: each headline figure is compared with the lead's only when both are few.
    let headlines = "SALES UP 5 PCT\n\nSales rose 5 pct, then 6 pct\n\n".repeat(2_000);
    let wide_heading = format!(
        "# {}\n\n{}\n",
        "up 5%, ".repeat(2_000),
        "rose 4%, ".repeat(2_000)
    );
    // Sentences that each open by naming a whole, each looking back for it.
    let named_wholes = "常住人口中，男性人口为5人，占5%。".repeat(3_000);
    for text in [
        "",
        " ",
        "\n\n\n",
        "\u{feff}",
        "\r\n",
        // A figure and a clause separator ending the text: a look for the clause after
        // it ran past the last token (found by the proptest in session 18).
        "0,",
        "0，",
        // A figure in the last clause of a text, whose end is unbounded: the look for a
        // verb of a reported figure after it sliced past the text (found by
        // random_mixtures_never_panic in session 19).
        "−3 to respectively目标价 三十",
        // A new value right after an arrow, compared with another: the look for the
        // article of a change named by a noun (`a $0.5 million increase`) sliced inside
        // the arrow (found by a probe article's notes in session 31).
        "Revenue went 1,200 → 1,450 compared with 1,300 last year.",
        &long_digits,
        &commas,
        &hedges,
        &scales,
        &joined_words,
        &joined_names,
        &parentheses,
        &blank_lines,
        &shares_of_the_total,
        &headlines,
        &wide_heading,
        &named_wholes,
    ] {
        check_everything(text);
    }
}

/// The texts of the figures `check_everything` would list, in order.
fn figure_texts(document: &Document) -> Vec<String> {
    FileClaims::read(document)
        .mentions
        .iter()
        .map(|m| document.text[m.span.clone()].to_string())
        .collect()
}

#[test]
fn a_figure_restated_thousands_of_times_conflicts_once() {
    let restated = "特斯拉第三季度交付了40万辆。".repeat(2_000);
    let same = Document::new("same.txt", restated.as_str());
    assert!(claimlint::check(&same).is_empty());
    let text = format!("{restated}特斯拉第三季度交付了45万辆。");
    let odd = Document::new("odd.txt", text.as_str());
    let findings = claimlint::check(&odd);
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0].code, "CL001");
    assert_eq!(&text[findings[0].primary.span.clone()], "45万辆");
}

#[test]
fn one_long_line_is_read_like_the_lines_it_joins() {
    let paragraph = "Revenue rose 5% to $10.5 million in 2023, the company said. \
                     特斯拉第三季度交付了40万辆，同比增长12%。";
    let lines = vec![paragraph; 500].join("\n");
    let one_line = lines.replace('\n', " ");
    check_everything(&one_line);
    let joined = figure_texts(&Document::new("one.txt", one_line.as_str()));
    assert_eq!(joined.len(), 500 * 6, "{:?}", &joined[..12]);
    assert_eq!(joined, figure_texts(&Document::new("lines.txt", lines)));
}

#[test]
fn deeply_nested_markdown_is_read_to_its_figures() {
    let figure = "Revenue rose 5% to $10.5 million in 2023.";
    let indented: String = (0..300)
        .map(|depth| format!("{}- level {depth}: {figure}\n", "  ".repeat(depth)))
        .collect();
    for text in [
        format!("{}{figure}\n", "> ".repeat(2_000)),
        format!("{}{figure}\n", "- ".repeat(2_000)),
        indented,
    ] {
        let document = Document::new("nested.md", text.as_str());
        let figures = figure_texts(&document);
        assert!(
            figures.iter().any(|f| f == "$10.5 million"),
            "{:?}",
            &figures[..figures.len().min(8)]
        );
        let _ = claimlint::check(&document);
    }
}
