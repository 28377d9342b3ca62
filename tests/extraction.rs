//! Table-driven tests of what the grammar reads: every surface form the extraction
//! issue lists, in Chinese, English and mixed text, and the things that contain digits
//! but are not figures.

use claimlint::extract::{extract, Mention};
use claimlint::quantity::{canonical, Bound};

/// One mention rendered as `kind value unit approx low high`, with `-inf`/`inf` for
/// unbounded sides and `(`/`)` marking open bounds.
fn describe(text: &str, mention: &Mention) -> String {
    let Some(q) = mention.quantity() else {
        let period = mention.period().unwrap_or_default();
        return format!("date {period} [{}]", &text[mention.span.clone()]);
    };
    let low = q.interval.low.map_or("-inf".to_string(), |b: Bound| {
        format!(
            "{}{}",
            if b.inclusive { "" } else { "(" },
            canonical(b.value)
        )
    });
    let high = q.interval.high.map_or("inf".to_string(), |b: Bound| {
        format!(
            "{}{}",
            canonical(b.value),
            if b.inclusive { "" } else { ")" }
        )
    });
    let approx = serde_json::to_value(q.approx).unwrap();
    format!(
        "{} {} {} {} {} {}{}",
        serde_json::to_value(mention.kind())
            .unwrap()
            .as_str()
            .unwrap(),
        canonical(q.value),
        q.unit.label().unwrap_or("-"),
        approx.as_str().unwrap(),
        low,
        high,
        if q.vague { " vague" } else { "" },
    )
}

#[track_caller]
fn assert_reads(cases: &[(&str, &str)]) {
    let mut failures = Vec::new();
    for (text, expected) in cases {
        let mentions = extract(text);
        let got: Vec<String> = mentions.iter().map(|m| describe(text, m)).collect();
        if got != [expected.to_string()] {
            failures.push(format!(
                "{text:?}\n    expected {expected}\n    got      {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[track_caller]
fn assert_nothing(texts: &[&str]) {
    let mut failures = Vec::new();
    for text in texts {
        let got: Vec<String> = extract(text).iter().map(|m| describe(text, m)).collect();
        if !got.is_empty() {
            failures.push(format!("{text:?} gave {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Digits grouped by thousands that end on ",000" are rounded to thousands (wire copy
/// writes 408,000 tonnes for 408 thousand); every other written digit is significant.
#[test]
fn arabic_numbers_signs_and_full_width() {
    assert_reads(&[
        ("4527916", "number 4527916 - exact 4527915.5 4527916.5"),
        ("1,234.56", "number 1234.56 - exact 1234.555 1234.565"),
        ("12,000", "number 12000 - exact 11500 12500"),
        ("12,345", "number 12345 - exact 12344.5 12345.5"),
        ("-3.5%", "percent -3.5 % exact -3.55 -3.45"),
        ("+2%", "percent 2 % exact 1.5 2.5"),
        ("−3.5%", "percent -3.5 % exact -3.55 -3.45"),
        ("１０％", "percent 10 % exact 9.5 10.5"),
        ("１２３", "number 123 - exact 122.5 123.5"),
    ]);
}

#[test]
fn chinese_numerals_and_scale_words() {
    assert_reads(&[
        ("六家", "count 6 家 exact 6 6"),
        ("二十", "number 20 - exact 15 25"),
        ("一百二十三", "number 123 - exact 122.5 123.5"),
        ("三千五百万", "number 35000000 - exact 34500000 35500000"),
        ("两万", "number 20000 - exact 15000 25000"),
        ("百分之三十", "percent 30 % exact 25 35"),
        ("184.2万", "number 1842000 - exact 1841500 1842500"),
        ("4.45亿", "number 445000000 - exact 444500000 445500000"),
        (
            "1.2万亿",
            "number 1200000000000 - exact 1150000000000 1250000000000",
        ),
        (
            "3千亿",
            "number 300000000000 - exact 250000000000 350000000000",
        ),
    ]);
}

#[test]
fn english_scale_words_and_abbreviations() {
    assert_reads(&[
        ("1.5 million", "number 1500000 - exact 1450000 1550000"),
        ("$2bn", "money 2000000000 USD exact 1500000000 2500000000"),
        ("3.4m", "number 3400000 - exact 3350000 3450000"),
        ("£200m", "money 200000000 GBP exact 199500000 200500000"),
        (
            "2.3 trillion",
            "number 2300000000000 - exact 2250000000000 2350000000000",
        ),
        ("12 thousand", "number 12000 - exact 11500 12500"),
        ("15.3 mln", "number 15300000 - exact 15250000 15350000"),
        // A wire headline's capitals.
        (
            "15.1 BILLION DLRS",
            "money 15100000000 USD exact 15050000000 15150000000",
        ),
        (
            "12.4 MLN TONNES",
            "count 12400000 tonnes exact 12350000 12450000",
        ),
        ("15 CTS", "money 0.15 USD exact 0.145 0.155"),
        ("1,200 JOBS", "count 1200 jobs exact 1199.5 1200.5"),
    ]);
}

#[test]
fn money_with_the_currency_before_or_after() {
    assert_reads(&[
        ("$275", "money 275 USD exact 274.5 275.5"),
        (
            "US$1.2 billion",
            "money 1200000000 USD exact 1150000000 1250000000",
        ),
        ("275 美元", "money 275 USD exact 274.5 275.5"),
        (
            "163亿美金",
            "money 16300000000 USD exact 16250000000 16350000000",
        ),
        (
            "折合人民币将近30万",
            "money 300000 CNY nearly 270000 305000",
        ),
        ("RMB 300,000", "money 300000 CNY exact 299500 300500"),
        ("HK$35.20", "money 35.2 HKD exact 35.195 35.205"),
        ("177 US cents", "money 1.77 USD exact 1.765 1.775"),
        ("177 Australian cents", "money 1.77 AUD exact 1.765 1.775"),
        ("45 euro cents", "money 0.45 EUR exact 0.445 0.455"),
        ("4.2p", "money 0.042 GBP exact 0.0415 0.0425"),
        ("212p", "money 2.12 GBP exact 2.115 2.125"),
        ("5.9 pence", "money 0.059 GBP exact 0.0585 0.0595"),
        (
            "新台幣7,596.9億元",
            "money 759690000000 TWD exact 759685000000 759695000000",
        ),
        (
            "7,596.9億元新台幣",
            "money 759690000000 TWD exact 759685000000 759695000000",
        ),
        ("€3.5bn", "money 3500000000 EUR exact 3450000000 3550000000"),
        ("¥1,000", "money 1000 JPY exact 500 1500"),
        (
            "1.88 billion dollars",
            "money 1880000000 USD exact 1875000000 1885000000",
        ),
        (
            "65468亿元",
            "money 6546800000000 CNY exact 6546750000000 6546850000000",
        ),
        ("Shr 25 cts", "money 0.25 USD exact 0.245 0.255"),
        ("nine mln stg", "money 9000000 GBP exact 8500000 9500000"),
        (
            "达到万亿美元",
            "money 1000000000000 USD exact 500000000000 1500000000000",
        ),
    ]);
    // The unit a table's heading or a paragraph gives its figures in is none of them.
    assert_nothing(&[
        "| 项目 | 营收（亿美元） |",
        "营收(亿元)",
        "单位：亿元",
        "單位:億元",
        "单位：人民币亿元",
        "营收（人民币亿元）",
    ]);
}

/// Large figures as Taiwan and Hong Kong write them: digits after a scale word count
/// in units or in the smaller scale after them, and 兆 is 10^12 but before a unit
/// (兆瓦, megawatts). No digits before a date word are a tail.
#[test]
fn digits_after_a_scale_word_and_zhao() {
    assert_reads(&[
        ("46萬2,315人", "count 462315 人 exact 462315 462315"),
        ("103萬0572人", "count 1030572 人 exact 1030572 1030572"),
        (
            "新臺幣2兆8,813億",
            "money 2881300000000 TWD exact 2881250000000 2881350000000",
        ),
        ("1億4,800萬", "number 148000000 - exact 147995000 148005000"),
        (
            "7.4兆美元",
            "money 7400000000000 USD exact 7350000000000 7450000000000",
        ),
        ("100兆瓦", "count 100 兆瓦 exact 99.5 100.5"),
        (
            "4549.5万千瓦",
            "count 45495000 千瓦 exact 45494500 45495500",
        ),
        ("2万5千", "number 25000 - exact 24500 25500"),
    ]);
    let text = "約20萬2019年";
    let claims = claimlint::analyze(&claimlint::document::Document::new("a.txt", text)).claims;
    assert_eq!(&text[claims[0].mention.span.clone()], "約20萬");
}

#[test]
fn percents_points_tenths_and_multiples() {
    assert_reads(&[
        ("3.32%", "percent 3.32 % exact 3.315 3.325"),
        ("百分之五", "percent 5 % exact 4.5 5.5"),
        ("0.5个百分点", "percent 0.5 pp exact 0.45 0.55"),
        ("0.5 percentage points", "percent 0.5 pp exact 0.45 0.55"),
        ("25 basis points", "percent 25 bp exact 24.5 25.5"),
        ("rose 3.2 pct", "percent 3.2 % exact 3.15 3.25"),
        ("三成", "percent 30 % exact 25 35"),
        ("兩成半", "percent 25 % exact 22.5 27.5"),
        ("逾七成", "percent 70 % more_than (65 inf"),
        ("35倍", "multiple 35 x exact 34.5 35.5"),
        ("五倍多", "multiple 5 x more_than (4.5 6)"),
        ("3x", "multiple 3 x exact 2.5 3.5"),
        // A place before a share is not the head of an index or a ranking.
        ("占全球27.5%", "percent 27.5 % exact 27.45 27.55"),
        ("世界12%", "percent 12 % exact 11.5 12.5"),
    ]);
}

#[test]
fn counts_with_a_classifier_or_unit() {
    assert_reads(&[
        ("46万辆", "count 460000 辆 exact 455000 465000"),
        ("2200万股", "count 22000000 股 exact 21995000 22005000"),
        ("30万片", "count 300000 片 exact 295000 305000"),
        ("1万个", "count 10000 个 exact 5000 15000"),
        (
            "4.45亿英里",
            "count 445000000 英里 exact 444500000 445500000",
        ),
        (
            "460,000 vehicles",
            "count 460000 vehicles exact 459500 460500",
        ),
        ("300个芯片", "count 300 个 exact 300 300"),
        // The noun after an adjective that picks which is what is counted.
        (
            "1,284,231 valid votes",
            "count 1284231 votes exact 1284231 1284231",
        ),
        ("3,217 full-time staff", "count 3217 staff exact 3217 3217"),
        ("18 net new stores", "count 18 stores exact 17.5 18.5"),
        ("five largest customers", "count 5 customers exact 4.5 5.5"),
        ("22 raw materials", "count 22 materials exact 21.5 22.5"),
        (
            "214 flu-related hospitalizations",
            "count 214 hospitalizations exact 213.5 214.5",
        ),
        ("12 state-owned banks", "count 12 banks exact 11.5 12.5"),
        ("68,401 km2", "count 68401 km2 exact 68400.5 68401.5"),
        ("68,401 km²", "count 68401 km² exact 68400.5 68401.5"),
        ("26,410 sq mi", "count 26410 sq mi exact 26409.5 26410.5"),
        (
            "5,500,000 square kilometres",
            "count 5500000 square kilometres exact 5499500 5500500",
        ),
        (
            "734,000 square miles",
            "count 734000 square miles exact 733500 734500",
        ),
        ("88 positive tests", "count 88 tests exact 87.5 88.5"),
        (
            "277,500 short tons",
            "count 277500 tons exact 277499.5 277500.5",
        ),
        ("60席", "count 60 席 exact 60 60"),
        ("过去20年", "count 20 年 exact 19.5 20.5"),
        ("12 weeks", "count 12 weeks exact 11.5 12.5"),
        ("six factories", "count 6 factories exact 5.5 6.5"),
        ("8-mm", "count 8 mm exact 7.5 8.5"),
        (
            "2.16 mln tonnes",
            "count 2160000 tonnes exact 2155000 2165000",
        ),
        ("100 Exa-Flops", "count 100 Exa-Flops exact 99.5 100.5"),
        ("1TB", "count 1 TB exact 0.5 1.5"),
        // Binary sizes and bit rates are units of their own.
        ("1.2 GiB", "count 1.2 GiB exact 1.15 1.25"),
        ("175 MiB", "count 175 MiB exact 174.5 175.5"),
        ("9.4 Gbps", "count 9.4 Gbps exact 9.35 9.45"),
        ("油耗6升", "count 6 升 exact 5.5 6.5"),
        // 升 is the verb where "to", a level or a rate follows.
        ("7.10升至", "number 7.1 - exact 7.095 7.105"),
        ("由2.1升到", "number 2.1 - exact 2.05 2.15"),
        // A unit per another is a rate, in a unit of its own.
        (
            "5487.4公斤/公顷",
            "count 5487.4 公斤/公顷 exact 5487.35 5487.45",
        ),
        // (A density is no whole number of people.)
        (
            "1230人/平方公里",
            "count 1230 人/平方公里 exact 1229.5 1230.5",
        ),
    ]);
}

#[test]
fn hedges_widen_or_open_the_interval() {
    assert_reads(&[
        (
            "约380亿",
            "number 38000000000 - approx 34150000000 41850000000",
        ),
        (
            "大约10亿美元",
            "money 1000000000 USD approx 850000000 1150000000",
        ),
        ("25%左右", "percent 25 % approx 22 28"),
        ("about 5%", "percent 5 % approx 4 6"),
        ("around $30", "money 30 USD approx 26.5 33.5"),
        ("roughly 40 pct", "percent 40 % approx 35.5 44.5"),
        ("近16%", "percent 16 % nearly 14.4 16.5"),
        (
            "将近800亿美元",
            "money 80000000000 USD nearly 72000000000 80050000000",
        ),
        ("nearly 5%", "percent 5 % nearly 4.5 5.5"),
        ("almost 5%", "percent 5 % nearly 4.5 5.5"),
        ("超过500%", "percent 500 % more_than (499.5 inf"),
        ("逾5%", "percent 5 % more_than (4.5 inf"),
        (
            "超1150亿元",
            "money 115000000000 CNY more_than (114950000000 inf",
        ),
        ("超三成", "percent 30 % more_than (25 inf"),
        ("逾兩成半", "percent 25 % more_than (22.5 inf"),
        ("30万多行", "count 300000 行 more_than (295000 400000)"),
        ("1000余家", "count 1000 家 more_than 1000 2000)"),
        // 多 and 余 stop below the next step of the last place: 5千多 is under 6,000,
        // 30多亿 under 4 billion; "more than" and 超过 have no such bound.
        ("5千多户", "count 5000 户 more_than (4500 6000)"),
        ("1万6千多户", "count 16000 户 more_than (15500 17000)"),
        (
            "30多亿元",
            "money 3000000000 CNY more_than (2950000000 4000000000)",
        ),
        ("超过5000户", "count 5000 户 more_than (4999.5 inf"),
        ("more than 5%", "percent 5 % more_than (4.5 inf"),
        (
            "over $1 billion",
            "money 1000000000 USD more_than (500000000 inf",
        ),
        ("500%以上", "percent 500 % at_least 499.5 inf"),
        ("至少5%", "percent 5 % at_least 4.5 inf"),
        // A negated bound: 不超过 is at most, 不低于 at least (not "more than" 3亿元).
        ("不超过3亿元", "money 300000000 CNY at_most -inf 350000000"),
        ("不低于1.5亿股", "count 150000000 股 at_least 145000000 inf"),
        // 買超 is net buying: its 超 says no "more than".
        (
            "外資買超186億元",
            "money 18600000000 CNY exact 18550000000 18650000000",
        ),
        ("at least 5%", "percent 5 % at_least 4.5 inf"),
        ("不到5%", "percent 5 % less_than -inf 5.5)"),
        ("少于5%", "percent 5 % less_than -inf 5.5)"),
        ("less than 5%", "percent 5 % less_than -inf 5.5)"),
        ("under 5%", "percent 5 % less_than -inf 5.5)"),
        ("最高达到80%", "percent 80 % at_most -inf 80.5"),
        ("高达4万美元", "money 40000 USD at_most -inf 45000"),
        ("up to 5%", "percent 5 % at_most -inf 5.5"),
    ]);
}

#[test]
fn ranges_share_scale_and_unit() {
    assert_reads(&[
        ("4.5万至5万辆", "count 45000 辆 range 44500 55000"),
        ("4.5-5万辆", "count 45000 辆 range 44500 55000"),
        ("2-3年", "count 2 年 range 1.5 3.5"),
        (
            "$10 to $12 billion",
            "money 10000000000 USD range 9500000000 12500000000",
        ),
        ("between 5% and 7%", "percent 5 % range 4.5 7.5"),
        ("10-12%", "percent 10 % range 9.5 12.5"),
        ("5 to 7 pct", "percent 5 % range 4.5 7.5"),
    ]);
}

#[test]
fn a_change_is_two_figures_not_a_range() {
    let text = "rose 3.2 pct to 113,275 tonnes from 109,767";
    let got: Vec<String> = extract(text).iter().map(|m| describe(text, m)).collect();
    assert_eq!(
        got,
        [
            "percent 3.2 % exact 3.15 3.25",
            "count 113275 tonnes exact 113274.5 113275.5",
            "number 109767 - exact 109766.5 109767.5",
        ]
    );
    let text = "从250美元提高至400美元";
    assert_eq!(extract(text).len(), 2);
    let text = "from $10 to $12 billion";
    assert_eq!(extract(text).len(), 2, "from … to … is a change");
    // A rate before "to" and a scaled amount after it: the rate borrows nothing, whether
    // the scaled lower end would be above the upper (1.05 million) or below it (416 mln).
    for (text, rate, amount) in [
        (
            "grew 5% to 1.05 million",
            "percent 5 % exact 4.5 5.5",
            "number 1050000 - exact 1045000 1055000",
        ),
        (
            "rose 11.3 pct to 416 mln",
            "percent 11.3 % exact 11.25 11.35",
            "number 416000000 - exact 415500000 416500000",
        ),
    ] {
        let got: Vec<String> = extract(text).iter().map(|m| describe(text, m)).collect();
        assert_eq!(got, [rate, amount], "{text}");
    }
    // After a word of change, 至 between an amount and one ten times it or more says "by
    // … to"; a narrower pair, or a pair of rates, is a range the change falls within.
    for (text, figures) in [
        ("比上年增加4,700人至122,900人", 2),
        ("同比增加3.2亿元至45.6亿元", 2),
        ("同比增加了3.2亿元至45.6亿元", 2),
        ("预计同比增加2.5亿元至3.2亿元", 1),
        ("预计同比增长50%至80%", 1),
        ("营收3.2亿元至45.6亿元", 1),
    ] {
        assert_eq!(extract(text).len(), figures, "{text}");
    }
}

#[test]
fn dates_and_periods_are_dates() {
    assert_reads(&[
        ("2023年9月18日", "date 2023-09-18 [2023年9月18日]"),
        ("9月13日", "date 09-13 [9月13日]"),
        ("2024年2月", "date 2024-02 [2024年2月]"),
        ("2025财年", "date FY2025 [2025财年]"),
        ("第三季度", "date Q3 [第三季度]"),
        ("2023年第二季度", "date 2023-Q2 [2023年第二季度]"),
        ("Q3", "date Q3 [Q3]"),
        ("3Q23", "date 3Q23 [3Q23]"),
        ("FY2024", "date FY2024 [FY2024]"),
        ("H1", "date H1 [H1]"),
        ("上半年", "date H1 [上半年]"),
        ("Sept. 18", "date 09-18 [Sept. 18]"),
        ("1998年以来", "date 1998 [1998年]"),
        ("in 1986", "date 1986 [1986]"),
        ("7 月份", "date 07 [7 月份]"),
        ("2008-2023年", "date 2008/2023 [2008-2023年]"),
        // A span may end in the last two digits of its second year (a Hong Kong budget).
        ("2025-26年度", "date 2025/2026 [2025-26年度]"),
        ("1999-00年度", "date 1999/2000 [1999-00年度]"),
        // Spans of months are ISO intervals, not their last month.
        ("1-2月", "date 01/02 [1-2月]"),
        ("2023年1至5月", "date 2023-01/05 [2023年1至5月]"),
        ("前两个月", "date 01/02 [前两个月]"),
        ("第二季度前两个月", "date 04/05 [第二季度前两个月]"),
        ("一季度的前两个月", "date 01/02 [一季度的前两个月]"),
        (
            "2023年下半年前三个月",
            "date 2023-07/09 [2023年下半年前三个月]",
        ),
        ("2024年前两个月", "date 2024-01/02 [2024年前两个月]"),
        ("前11个月", "date 01/11 [前11个月]"),
        ("the first two months", "date 01/02 [first two months]"),
        ("June 30, 2019", "date 2019-06-30 [June 30, 2019]"),
        // English quarters, halves and fiscal years read as the Chinese and word forms do;
        // a two-digit year names no century and stays as written.
        ("Q3 2023", "date 2023-Q3 [Q3 2023]"),
        ("3Q2023", "date 2023-Q3 [3Q2023]"),
        (
            "the third quarter of 2023",
            "date 2023-Q3 [third quarter of 2023]",
        ),
        ("Q3'23", "date Q3'23 [Q3'23]"),
        ("H2 2024", "date 2024-H2 [H2 2024]"),
        ("1H24", "date 1H24 [1H24]"),
        ("FY 2024", "date FY2024 [FY 2024]"),
        ("fiscal 2024", "date FY2024 [fiscal 2024]"),
        ("fiscal year 2024", "date FY2024 [fiscal year 2024]"),
        ("FY24", "date FY24 [FY24]"),
    ]);
}

#[test]
fn idioms_and_vague_amounts() {
    assert_reads(&[
        (
            "1后面18个零",
            "number 1000000000000000000 - exact 1000000000000000000 1000000000000000000",
        ),
        (
            "数亿",
            "number 200000000 - range 200000000 1000000000 vague",
        ),
        ("数百万", "number 2000000 - range 2000000 10000000 vague"),
        (
            "数亿美元",
            "money 200000000 USD range 200000000 1000000000 vague",
        ),
        (
            "several million",
            "number 2000000 - range 2000000 10000000 vague",
        ),
        ("dozens of", "number 24 - range 24 144 vague"),
        ("hundreds of", "number 200 - range 200 1000 vague"),
    ]);
}

#[test]
fn things_with_digits_that_are_not_figures() {
    assert_nothing(&[
        "a 1080p stream",
        "one in five adults",
        "1 in 4 households",
        // Stock codes in parentheses after a name (A shares, Hong Kong).
        "岚山电子（002815）",
        "小米集团(01810)",
        // Quotes in eighths and quarters: their decimal value is not read.
        "1-1/2",
        "$5.81-1/2",
        "5.75-3/4",
        "H100",
        "A100芯片",
        "Model 3",
        "FSD V12",
        "HW4.0",
        "Dojo D1芯片",
        "L4",
        "L5级别",
        "GPT-4",
        "Windows 11",
        "COVID-19",
        "5G",
        "3D",
        "标普500指数",
        "S&P 500",
        "罗素2000指数",
        "世界500强",
        "世界500強企業",
        "财富500",
        "Nasdaq-100",
        "Russell 2000",
        "第七家",
        "第9周",
        "No. 1",
        "(0700.HK)",
        "9:30 a.m.",
        "5.26:1",
        "3:2",
        "按2∶1的比例",
        "比分2：1",
        "降至约2.6比1",
        "以3比1战胜",
        "version 2.1.3",
        "V1.0版本",
        "https://example.com/2023/report-500",
        "ir2023@example.com",
        "1+1>2",
        "周五股价",
        "零部件",
        "一家公司",
        "三分之一",
        "五四运动",
        "如图2所示",
        "ITEM 7",
        "党的十九大",
        "十三五规划",
        "二十国集团",
        "one of the analysts",
        "one analyst said",
    ]);
    // A verb after a figure, regular or not, does not name what it counts.
    assert_reads(&[
        ("667,041 traded", "number 667041 - exact 667040.5 667041.5"),
        ("700 went to Europe", "number 700 - exact 699.5 700.5"),
        ("1,200 sold abroad", "number 1200 - exact 1199.5 1200.5"),
        ("18 became", "number 18 - exact 17.5 18.5"),
        // Nor does an adverb or a conjunction.
        ("29,000 coming from", "number 29000 - exact 28500 29500"),
        ("503 previously", "number 503 - exact 502.5 503.5"),
        ("127,903 because", "number 127903 - exact 127902.5 127903.5"),
    ]);
}

#[test]
fn list_markers_at_line_start_are_not_figures() {
    let text = "1、Dojo 有潜力\n2. Revenue\n(3) 收入";
    assert!(extract(text).is_empty());
}

#[test]
fn spans_cover_the_figure_and_its_hedge() {
    let spans = |text: &str| -> Vec<String> {
        extract(text)
            .iter()
            .map(|m| text[m.span.clone()].to_string())
            .collect()
    };
    assert_eq!(
        spans("英伟达预计在2025财年产生约380亿美元的自由现金流"),
        ["2025财年", "约380亿美元"]
    );
    // A currency named before a Chinese figure is still counted in 元 after it.
    assert_eq!(
        spans("营收新台幣3,142.4億元，港币50亿元"),
        ["新台幣3,142.4億元", "港币50亿元"]
    );
}

#[test]
fn adversarial_numerals_produce_no_panic_and_no_absurd_value() {
    let huge = "9".repeat(400);
    assert!(extract(&huge).is_empty(), "400 digits do not fit a decimal");
    let stacked = format!("1{}", "万亿".repeat(10));
    assert!(extract(&stacked).is_empty(), "stacked scale words overflow");
    for text in ["约约约约约", "万万万万", "1,1,1,1,1", "$$$$", "____1____"] {
        let _ = extract(text);
    }
}

#[test]
fn table_names_agree_with_the_json_contract() {
    use claimlint::extract::Kind;
    use claimlint::quantity::Approx;
    for a in [
        Approx::Exact,
        Approx::Approx,
        Approx::Nearly,
        Approx::AtLeast,
        Approx::MoreThan,
        Approx::AtMost,
        Approx::LessThan,
        Approx::Range,
    ] {
        assert_eq!(serde_json::to_value(a).unwrap(), a.name());
    }
    for k in [
        Kind::Number,
        Kind::Money,
        Kind::Percent,
        Kind::Multiple,
        Kind::Count,
        Kind::Date,
    ] {
        assert_eq!(serde_json::to_value(k).unwrap(), k.name());
    }
}
