//! What claimlint reads a figure to be about, on small texts.

use claimlint::attribute::{Attribution, Basis, Claim, Role, Unattributed};
use claimlint::document::Document;

fn claims(text: &str) -> Vec<Claim> {
    claimlint::analyze(&Document::new("a.txt", text)).claims
}

/// The period text of the claim written `written`, if known.
fn period_of(claims: &[Claim], text: &str, written: &str) -> Option<String> {
    find(claims, text, written)
        .period
        .known()
        .map(|p| p.text.to_string())
}

/// The codes of the findings of `text`.
fn codes(text: &str) -> Vec<&'static str> {
    claimlint::check(&Document::new("a.txt", text))
        .iter()
        .map(|d| d.code)
        .collect()
}

fn find<'c>(claims: &'c [Claim], text: &str, written: &str) -> &'c Claim {
    claims
        .iter()
        .find(|c| &text[c.mention.span.clone()] == written)
        .unwrap_or_else(|| panic!("no claim `{written}`"))
}

/// The subject and the metric of the claim written `written`, when known.
fn subject_of(claims: &[Claim], text: &str, written: &str) -> Option<String> {
    let claim = find(claims, text, written);
    claim.subject.known().map(|s| s.to_string())
}

fn metric_of(claims: &[Claim], text: &str, written: &str) -> Option<String> {
    let claim = find(claims, text, written);
    claim.metric.known().map(|m| m.to_string())
}

#[test]
fn respectively_lists_give_each_figure_its_year_and_role() {
    let text = "Delaney将2023年和2024年特斯拉的每股收益预期从之前的3.00美元/4.25美元分别下调至2.90美元/4.15美元。";
    let all = claims(text);
    for (written, year, role) in [
        ("3.00美元", "2023", Role::Prior),
        ("4.25美元", "2024", Role::Prior),
        ("2.90美元", "2023", Role::Current),
        ("4.15美元", "2024", Role::Current),
    ] {
        let c = find(&all, text, written);
        assert_eq!(c.period.known().map(|p| &*p.text), Some(year), "{written}");
        assert_eq!(c.role, role, "{written}");
        assert_eq!(c.subject.known().map(|s| &**s), Some("Tesla"));
        assert_eq!(c.metric.known().map(|m| &**m), Some("eps"));
        assert_eq!(c.basis, Basis::Estimate);
    }
}

/// `2024-2026年…分别为A、B、C`, `2024年至2026年…分别为`: a span of years that a list
/// counts out gives each figure its year; one that does not keeps the span.
#[test]
fn a_span_of_years_counted_out_by_a_list() {
    for text in [
        "预计公司2024-2026年归母净利润分别为12.3亿元、15.6亿元、18.9亿元。",
        "预计公司2024年至2026年归母净利润分别为12.3亿元、15.6亿元和18.9亿元。",
    ] {
        let all = claims(text);
        for (written, year) in [
            ("12.3亿元", "2024"),
            ("15.6亿元", "2025"),
            ("18.9亿元", "2026"),
        ] {
            let period = find(&all, text, written)
                .period
                .known()
                .map(|p| p.text.to_string());
            assert_eq!(period.as_deref(), Some(year), "{text}: {written}");
        }
    }
    let text = "2008-2023年期间分别有3家和5家公司上市。";
    let all = claims(text);
    let period = find(&all, text, "3家")
        .period
        .known()
        .map(|p| p.text.to_string());
    assert_eq!(period.as_deref(), Some("2008/2023"));
}

#[test]
fn names_introduced_with_a_ticker_or_suffix_are_subjects() {
    let text =
        "Velocore Semiconductor (VLCR.O) said revenue was $2.1 billion. Velocore shares rose 9%. \
                Halvorsen Systems Inc reported net income of $180 million.";
    let all = claims(text);
    let subject = |w: &str| find(&all, text, w).subject.known().cloned();
    assert_eq!(
        subject("$2.1 billion").as_deref(),
        Some("Velocore Semiconductor")
    );
    assert_eq!(subject("9%").as_deref(), Some("Velocore Semiconductor"));
    assert_eq!(
        subject("$180 million").as_deref(),
        Some("Halvorsen Systems Inc")
    );
}

/// "Danish container carrier Nordvik Line reported…": a name right after what it is
/// names a company, also by its first word later; a month or weekday there is no name.
#[test]
fn a_name_after_its_description_is_a_company() {
    let text = "Danish container carrier Nordvik Line reported a fourth-quarter operating profit of $421 million.                 Nordvik's $412 million operating profit beat forecasts.                 The company Tuesday said revenue was $6.8 billion.";
    let all = claims(text);
    assert_eq!(
        subject_of(&all, text, "$421 million").as_deref(),
        Some("Nordvik Line")
    );
    assert_eq!(
        subject_of(&all, text, "$412 million").as_deref(),
        Some("Nordvik Line")
    );
    assert_eq!(codes(text), ["CL001"]);
    let weekday = "The company Tuesday said revenue was $6.8 billion.";
    assert_eq!(subject_of(&claims(weekday), weekday, "$6.8 billion"), None);
}

/// `组件厂商天衡光能`, `煤炭企业秦川煤业`, `同行业公司恒驰股份`: what a company is, before its
/// name, is no part of it, and a rival so introduced is not the topic; `调整对公司` (towards
/// the company) and `回购股份` (buying back shares) name none.
#[test]
fn a_chinese_description_before_a_name_is_no_part_of_it() {
    let text = "光伏组件厂商晶川新能源前三季度营收612.4亿元。\n\n组件厂商天衡光能前三季度营收701.8亿元。\n\n晶川新能源股价下跌2.4%。";
    let all = claims(text);
    assert_eq!(
        subject_of(&all, text, "612.4亿元").as_deref(),
        Some("晶川新能源")
    );
    assert_eq!(
        subject_of(&all, text, "701.8亿元").as_deref(),
        Some("天衡光能")
    );
    assert!(codes(text).is_empty());
    let coal = "煤炭企业晋北能源商品煤产量1.32亿吨，上年同期为1.28亿吨。\n\n同行方面，西部煤炭企业秦川煤业商品煤产量1.21亿吨，上年同期为1.16亿吨。";
    assert_eq!(
        subject_of(&claims(coal), coal, "1.21亿吨").as_deref(),
        Some("秦川煤业")
    );
    assert!(codes(coal).is_empty());
    let peer = "多家券商发布研报，调整对公司的盈利预测。同行业公司恒驰股份第三季度实现归母净利润7.36亿元。";
    assert_eq!(
        subject_of(&claims(peer), peer, "7.36亿元").as_deref(),
        Some("恒驰股份")
    );
}

/// `芯驰科技（下称“芯驰”）`: a declared short name is the company's in later sentences,
/// and where the full name runs on from other characters (`企业芯驰科技`) the short name
/// tells where it starts. `一位接近公司的人士` (a person close to the company) is no name.
#[test]
fn a_declared_short_name_is_the_company() {
    let text = "国内智能驾驶芯片企业芯驰科技（下称“芯驰”）6月18日递交上市申请。\
                截至2023年底，芯驰员工总数达3200人。\
                一位接近公司的人士表示，2023年以公司3500名员工计算，人均薪酬超过50万元。";
    let all = claims(text);
    for written in ["3200人", "3500名"] {
        assert_eq!(
            subject_of(&all, text, written).as_deref(),
            Some("芯驰科技"),
            "{written}"
        );
    }
    assert_eq!(codes(text), ["CL001"]);
    // Quoted in parentheses after a name claimlint does not know, a short name declares
    // nothing: `the Consumer Price Index ("CPI")` is no company.
    let index = "The Consumer Price Index (\"CPI\") rose 3.1% in May. CPI rose 3.4% in April.";
    let all = claims(index);
    assert_eq!(subject_of(&all, index, "3.1%"), None);
}

/// `第三季度公司实现…` is "in the third quarter the company achieved…": a word of time
/// before 公司 is no name, and the company stays the one the text names.
#[test]
fn a_time_before_gongsi_is_no_company_name() {
    let text = "星驰汽车前三季度营收为1053亿元。其中，第三季度公司实现营收350亿元。同时公司净利润为52亿元。";
    let all = claims(text);
    for written in ["1053亿元", "350亿元", "52亿元"] {
        let subject = find(&all, text, written).subject.known().cloned();
        assert_eq!(subject.as_deref(), Some("星驰汽车"), "{written}");
    }
}

/// `电动载人汽车`, `新能源汽车`: a kind of goods before a suffix is no company, and the
/// trade report that lists it last is not about it (but about the economy it names).
#[test]
fn a_kind_of_goods_before_a_suffix_is_no_company() {
    let subject = |text: &str, w: &str| find(&claims(text), text, w).subject.known().cloned();
    let trade = "前10个月我国进出口总值34.32万亿元。其中，电动载人汽车、锂离子蓄电池和太阳能电池合计出口8890亿元。";
    assert_eq!(subject(trade, "34.32万亿元").as_deref(), Some("China"));
    let exports = "新能源汽车出口增长，星驰汽车出口12万辆。";
    assert_eq!(subject(exports, "12万辆").as_deref(), Some("星驰汽车"));
}

/// A name inside a longer word is no mention of it: 三星级酒店 (three-star hotels) is no
/// Samsung, though 三星 alone is.
#[test]
fn a_name_inside_a_longer_word_is_none() {
    let hotels = "澳门三星级酒店入住率为85.2%。";
    assert_eq!(subject_of(&claims(hotels), hotels, "85.2%"), None);
    let samsung = "三星第三季度营业利润为9.18万亿韩元。";
    assert_eq!(
        subject_of(&claims(samsung), samsung, "9.18万亿韩元").as_deref(),
        Some("Samsung")
    );
}

/// A sentence that opens a breakdown (分产品看, "By segment,") gives the figures of the
/// topic's parts, not the topic's own, unless it names a subject itself.
#[test]
fn a_breakdown_sentence_is_not_about_the_topic() {
    let text =
        "腾讯前三季度实现营业总收入1053.16亿元。分产品看，前三季度茅台酒实现营业收入877.77亿元。\
                By segment, cloud revenue was 900 billion yuan. 腾讯分业务看，广告收入为750亿元。";
    let all = claims(text);
    let subject = |w: &str| find(&all, text, w).subject.known().cloned();
    assert_eq!(subject("1053.16亿元").as_deref(), Some("Tencent"));
    assert_eq!(subject("877.77亿元"), None);
    assert_eq!(subject("900 billion yuan"), None);
    assert_eq!(subject("750亿元").as_deref(), Some("Tencent"));
}

/// A Chinese sentence that opens with a name claimlint does not know before its period
/// (`圆通速递10月…`), or a clause that is a name, 为 and a figure, is about that name: not
/// about the topic, nor about the company named before it in the sentence. Words of
/// reference, time and source before a period (`公司10月`, `截至2023年`, `数据显示2023年`)
/// name nobody new.
#[test]
fn an_unknown_chinese_name_opening_a_sentence_or_clause_is_its_subject() {
    let text = "韵达股份10月单票收入2.06元。圆通速递10月单票收入2.24元。\
                单票收入方面，韵达股份为2.06元，申通快递为2.01元。\
                公司10月营业收入45.5亿元。截至2023年末，总资产为300亿元。";
    let all = claims(text);
    let subject = |w: &str| find(&all, text, w).subject.clone();
    let yunda = Attribution::Known("韵达股份".into());
    let other = Attribution::Unknown(Unattributed::OtherSubject);
    assert_eq!(subject("2.24元"), other);
    assert_eq!(subject("2.01元"), other);
    let second_2_06 = all
        .iter()
        .filter(|c| &text[c.mention.span.clone()] == "2.06元")
        .nth(1)
        .map(|c| c.subject.clone());
    assert_eq!(second_2_06, Some(yunda.clone()));
    assert_eq!(subject("45.5亿元"), yunda);
    assert_eq!(subject("300亿元"), yunda);
    assert!(codes(text).is_empty(), "{:?}", codes(text));
}

/// Three misreadings that made CL001s in consistent annual-report text: a year that
/// labels a figure in parentheses (`(2018: $58.3 million)`) gave its year to the figure
/// before it and those after it; values listed "respectively" after periods named one
/// by one took the last period; a dividend a share was earnings per share; a name read as
/// an acronym.
#[test]
fn year_labels_periods_one_by_one_and_dividends() {
    let text = "Acme Corp's revenue was $58.3 million in 2018. Acme Corp's revenue rose to \
                $61.9 million (2018: $58.3 million), and margin was 5.1%.";
    let all = claims(text);
    assert_eq!(period_of(&all, text, "$61.9 million"), None);
    assert_eq!(period_of(&all, text, "5.1%"), None);
    assert!(codes(text).is_empty(), "{:?}", codes(text));
    let text = "Acme Corp's margin was 21% in 2019 and 25% in 2018 on revenue of $575 million \
                and $572 million, respectively. Acme Corp's 2018 revenue was $572 million.";
    let all = claims(text);
    assert_eq!(
        period_of(&all, text, "$575 million").as_deref(),
        Some("2019")
    );
    assert!(codes(text).is_empty(), "{:?}", codes(text));
    let text = "Carver Utilities Co raised its quarterly dividend to 44 cts a share, an \
                indicated annual rate of 1.76 dlrs. Carver Utilities Co earned 1.50 dlrs a share \
                in the quarter.";
    let all = claims(text);
    let metric = |w: &str| find(&all, text, w).metric.known().map(|m| m.to_string());
    assert_eq!(metric("1.76 dlrs").as_deref(), Some("dividend"));
    assert_eq!(metric("1.50 dlrs").as_deref(), Some("eps"));
    assert!(codes(text).is_empty(), "{:?}", codes(text));
    // Balances are metrics of their own, a trade deficit not a budget deficit.
    let text = "China's 1986 budget deficit was 7.08 billion yuan. Britain's trade deficit \
                narrowed to 224 mln stg. 2010年的財政赤字有人民幣1兆元。";
    let all = claims(text);
    let metric = |w: &str| find(&all, text, w).metric.known().map(|m| m.to_string());
    assert_eq!(
        metric("7.08 billion yuan").as_deref(),
        Some("budget deficit")
    );
    assert_eq!(metric("224 mln stg").as_deref(), Some("trade deficit"));
    assert_eq!(metric("人民幣1兆元").as_deref(), Some("budget deficit"));
    // An acronym among the synonyms matches in capitals only: Jane Roe is no ROE.
    let text = "Jane Roe owns 12.4% of the company. Its ROE was 15%.";
    let all = claims(text);
    let metric = |w: &str| find(&all, text, w).metric.known().map(|m| m.to_string());
    assert_eq!(metric("12.4%"), None);
    assert_eq!(metric("15%").as_deref(), Some("return on equity"));
    // Statistics and spending that bulletins and filings name.
    let text = "前三季度全市地区生产总值达5286亿元。The 2023 capital expenditure of £621 million \
                was planned. 社会消费品零售总额1.2万亿元。今年夏粮产量14,898万吨。";
    let all = claims(text);
    let metric = |w: &str| find(&all, text, w).metric.known().map(|m| m.to_string());
    assert_eq!(metric("5286亿元").as_deref(), Some("gdp"));
    assert_eq!(
        metric("£621 million").as_deref(),
        Some("capital expenditure")
    );
    assert_eq!(metric("1.2万亿元").as_deref(), Some("retail sales"));
    assert_eq!(metric("14,898万吨").as_deref(), Some("grain output"));
}

#[test]
fn sources_are_read_in_the_sentence_and_refer_back() {
    let text = "高盛维持对特斯拉的中性评级，并重申其的目标价为275美元。\
                海岳证券将特斯拉的目标价上调至300美元。该券商表示，300美元已反映预期。";
    let all = claims(text);
    let source = |w: &str| find(&all, text, w).source.clone();
    assert_eq!(source("275美元").as_deref(), Some("Goldman Sachs"));
    assert_eq!(source("300美元").as_deref(), Some("海岳证券"));
}

/// Probe 120: estimates a result was measured against, in a clause before, are no source
/// of the company's own figures after them; in the figure's own clause they are.
#[test]
fn estimates_beaten_before_are_no_source_of_what_follows() {
    let text = "Veridian Systems Inc reported revenue above Wall Street estimates as demand \
                accelerated, and raised its full-year adjusted profit forecast to $4.10 a share \
                from $3.95. Its revenue of $14.6 billion beat Wall Street estimates of $14.2 billion.";
    let all = claims(text);
    let source = |w: &str| find(&all, text, w).source.clone();
    assert_eq!(source("$4.10"), None);
    assert_eq!(source("$14.2 billion").as_deref(), Some("Wall Street"));
}

/// Probe 122: `7、8、9月…分别为A、B及C`: months listed by their numbers before one 月 give
/// each figure its month.
#[test]
fn months_listed_before_one_yue_are_counted_out() {
    let text =
        "台積電第三季營收7,596.9億元，7、8、9月營收分別為2,569.2億元、2,509.0億元及2,518.7億元。";
    let all = claims(text);
    let period = |w: &str| period_of(&all, text, w);
    assert_eq!(period("2,569.2億元").as_deref(), Some("07"));
    assert_eq!(period("2,509.0億元").as_deref(), Some("08"));
    assert_eq!(period("2,518.7億元").as_deref(), Some("09"));
}

#[test]
fn relative_periods_belong_to_their_section() {
    let text = "今日特斯拉收跌3.32%\n特斯拉今日收跌3.32%。\n英伟达新闻\n英伟达今日上涨2%。\n";
    let all = claims(text);
    let first = find(&all, text, "3.32%");
    let second = find(&all, text, "2%");
    let (p1, p2) = (
        first.period.known().unwrap(),
        second.period.known().unwrap(),
    );
    assert_eq!(p1.text, p2.text);
    assert_ne!(
        p1.relative_to_scope, p2.relative_to_scope,
        "two pieces, two todays"
    );
}

#[test]
fn a_section_is_about_the_subject_it_names_most_the_first_on_a_tie() {
    let topic = |text: &str| {
        let all = claims(text);
        find(&all, text, "$3 billion").subject.known().cloned()
    };
    let tesla_twice = "Apple delivered 5 phones. Tesla delivered 6 cars. Tesla shares rose 1%. \
                       Revenue was $3 billion.";
    assert_eq!(topic(tesla_twice).as_deref(), Some("Tesla"));
    let both_twice = "Apple delivered 5 phones. Tesla delivered 6 cars. Tesla shares rose 1%. \
                      Apple shares fell 2%. Revenue was $3 billion.";
    assert_eq!(topic(both_twice).as_deref(), Some("Apple"));
}

#[test]
fn unknown_attributes_say_why() {
    let text = "增长了3倍。";
    let all = claims(text);
    let c = find(&all, text, "3倍");
    assert!(c.subject.known().is_none() && c.period.known().is_none());
}

#[test]
fn a_name_before_a_ticker_is_its_last_four_capitalised_words() {
    // A long run of Latin words before the parenthesis, and the ticker given again in
    // later sentences: the name is read from the four words before each parenthesis.
    let lead =
        "according to a filing that analysts and traders read closely on the day ".repeat(20);
    let text = format!(
        "{lead}Northwind Logistics Global Holdings Group (NWLG) said revenue was $2.1 billion. \
         Logistics Global Holdings Group (NWLG) said profit was $300 million. NWLG shares rose 9%."
    );
    let all = claims(&text);
    let subject = |w: &str| find(&all, &text, w).subject.known().cloned();
    for figure in ["$2.1 billion", "$300 million", "9%"] {
        assert_eq!(
            subject(figure).as_deref(),
            Some("Logistics Global Holdings Group"),
            "{figure}"
        );
    }
}

#[test]
fn the_quarter_is_the_quarter_its_section_is_about() {
    // Two sections, each mostly about one quarter: "the quarter" is that quarter in each.
    let text = "Deliveries\n\nTesla delivered 435,059 vehicles in the third quarter of 2023, after \
                466,140 in the second quarter of 2023. Revenue in the third quarter of 2023 was $23.4 billion, \
                the third quarter of 2023 a record. Deliveries in the quarter were 435,059.\n\n\
                # Outlook\n\nTesla expects fourth-quarter 2023 revenue of $25.2 billion. Margins in the \
                fourth quarter of 2023 should improve. Revenue for the quarter should be $25.2 billion.\n";
    let doc = Document::new("a.md", text);
    let all = claimlint::analyze(&doc).claims;
    let period = |written: &str, nth: usize| {
        all.iter()
            .filter(|c| &text[c.mention.span.clone()] == written)
            .nth(nth)
            .and_then(|c| c.period.known().map(|p| p.text.clone()))
    };
    assert_eq!(period("435,059", 0).as_deref(), Some("2023-Q3"));
    assert_eq!(period("$25.2 billion", 1).as_deref(), Some("2023-Q4"));
}

/// 全年 and "full-year" in a section about one year are that year (an annual report of
/// 2023), no year where its years are many, and after another period (今年全年) that one.
#[test]
fn the_year_is_the_year_its_section_is_about() {
    let text = "华辰新能源披露2023年年度报告。公司全年实现归母净利润12.36亿元。2023年华辰新能源归母净利润达到12.36亿元。公司预计今年全年出货量为40GWh。\n\n\
                # 回顾\n\n公司2021年营收80亿元，2022年营收120亿元，全年净利润20亿元。\n";
    let doc = Document::new("a.md", text);
    let all = claimlint::analyze(&doc).claims;
    let period = |written: &str| {
        all.iter()
            .find(|c| &text[c.mention.span.clone()] == written)
            .and_then(|c| c.period.known().map(|p| p.text.clone()))
    };
    assert_eq!(period("12.36亿元").as_deref(), Some("2023"));
    assert_eq!(period("20亿元").as_deref(), Some("the year"));
    // 今年全年 is the whole of 今年, whatever year the section is about.
    assert_eq!(period("40GWh").as_deref(), Some("今年"));
    let restated = text.replacen("达到12.36亿元", "达到12.63亿元", 1);
    let diagnostics = claimlint::check(&Document::new("a.md", &restated));
    assert_eq!(
        diagnostics.iter().map(|d| d.code).collect::<Vec<_>>(),
        ["CL001"]
    );
}

/// The year a section is about is "the year" only from the sentence that first names
/// it: a forecast for 2025 at the end does not date the 全年 target before it.
#[test]
fn the_year_of_a_section_starts_where_it_is_named() {
    let text = "1—11月，远腾汽车累计销售148.36万辆，完成全年165万辆销量目标的89.9%。\
                分析师预计，公司2025年销量有望达到190万辆，同比增长约15%。";
    let all = claims(text);
    assert_eq!(
        period_of(&all, text, "165万辆").as_deref(),
        Some("the year")
    );
    assert_eq!(period_of(&all, text, "190万辆").as_deref(), Some("2025"));
    assert!(codes(text).is_empty());
    // Named first, the year is the section's, and its 全年 figure is restated.
    let named_first = "远腾汽车2025年全年销量目标为165万辆。公司全年销量目标为175万辆。";
    assert_eq!(codes(named_first), ["CL001"]);
}

/// "The $421 million operating profit" names a fact given before and is of its period;
/// a threshold ("the $500 million operating profit target") is not that fact.
#[test]
fn a_figure_written_as_its_noun_is_of_the_period_before() {
    let text = "Nordvik Line Inc reported a fourth-quarter operating profit of $412 million.\n\n\
                The $421 million operating profit was ahead of forecasts. \
                The $500 million operating profit target is out of reach.\n";
    let all = claims(text);
    assert_eq!(period_of(&all, text, "$421 million").as_deref(), Some("Q4"));
    assert_eq!(period_of(&all, text, "$500 million"), None);
    assert_eq!(codes(text), ["CL001"]);
    let possessive = text.replace("The $421 million", "Nordvik's $421 million");
    assert_eq!(codes(&possessive), ["CL001"]);
    let zh = "星驰汽车2024年实现净利润12.7亿元。\n\n业内人士指出，17.2亿元的净利润高于预期。";
    let all = claims(zh);
    assert_eq!(period_of(&all, zh, "17.2亿元").as_deref(), Some("2024"));
    assert_eq!(codes(zh), ["CL001"]);
}

/// The date of a dateline dates the dispatch, not the figures of the lead.
#[test]
fn a_dateline_dates_no_figure() {
    for text in [
        "DUBLIN, Aug 2 - Aerolink carried 4.62 million passengers, up 7% from a year earlier.",
        "LONDON, Feb 7 (Reuters) - Nordvik Line Inc reported revenue of $6.8 billion.",
        "新华社北京12月12日电 星驰汽车营业收入为36.8亿元。",
        // Abbreviated places: full stops that end no sentence.
        "WHITE PLAINS, N.Y., Dec 10 - Texaco Inc said it expects to spend 3.2 billion dlrs.",
        "ST. LOUIS, March 3 - Anheuser-Busch Cos said its shipments rose 4.1 pct.",
    ] {
        let all = claims(text);
        let figure = all
            .iter()
            .find(|c| c.mention.kind() != claimlint::extract::Kind::Date)
            .expect("a figure");
        assert!(figure.period.known().is_none(), "{text}");
    }
    // A date that opens a sentence of the article is its figures' period, and so is
    // one after a sentence that ends before it.
    let text = "Sales rose. Dec 10 - the company said it sold 4,000 tonnes.";
    assert_eq!(
        period_of(&claims(text), text, "4,000 tonnes").as_deref(),
        Some("12-10")
    );
    let text = "Aug 2 - a record day: Aerolink carried 152,000 passengers.";
    assert_eq!(
        period_of(&claims(text), text, "152,000 passengers").as_deref(),
        Some("08-02")
    );
}

/// A large file holds a claim for every figure while its relations are read, so why a
/// value is unknown is a one-byte reason, not a string.
#[test]
fn a_claim_stays_small() {
    assert_eq!(std::mem::size_of::<Claim>(), 120);
}

/// "net" alone is net income in results tables (`Net 5.2 mln vs 4.1 mln`); the measures
/// whose names start with it are others: net debt, net sales, 净利率, 净资产收益率.
#[test]
fn measures_named_net_are_not_all_net_income() {
    let text = "Acme had net profit of $1.9 billion, net debt of $2.6 billion, net sales of $9 billion and net interest income of $2.3 billion. Net 5.2 mln vs 4.1 mln. 星驰汽车净利润为52亿元，净利率为15.2%，净资产收益率为18.1%，北向资金净流入134亿元。华驰汽车归母净利润252.4亿元，扣非净利润234.0亿元。";
    let all = claims(text);
    let metric = |w: &str| find(&all, text, w).metric.known().cloned();
    for (written, expected) in [
        ("$1.9 billion", "net income"),
        ("$2.6 billion", "net debt"),
        ("$9 billion", "revenue"),
        ("$2.3 billion", "net interest income"),
        ("5.2 mln", "net income"),
        ("52亿元", "net income"),
        ("15.2%", "net margin"),
        ("18.1%", "return on equity"),
        ("134亿元", "net inflow"),
        ("252.4亿元", "net income attributable"),
        ("234.0亿元", "adjusted net income"),
    ] {
        assert_eq!(metric(written).as_deref(), Some(expected), "{written}");
    }
}

/// A name after a word of comparison is what the subject is measured against: its own
/// figure follows it in the clause, a figure after a comma is the subject's.
#[test]
fn a_name_compared_with_is_not_the_subject_after_a_comma() {
    let text = "比亚迪Q3营收超过Tesla，约为283.3亿美元。比亚迪营收高于Tesla的251.8亿美元。";
    let all = claims(text);
    let subject = |w: &str| find(&all, text, w).subject.known().cloned();
    assert_eq!(subject("约为283.3亿美元").as_deref(), Some("BYD"));
    assert_eq!(subject("251.8亿美元").as_deref(), Some("Tesla"));
}

/// A prior period marks the figure of its own clause: `上年同期为400亿元；总收入为1672亿元`
/// is this year's revenue, and `净利润为36.8亿元，上年同期为32亿元` this year's profit.
#[test]
fn a_prior_period_does_not_carry_to_other_clauses() {
    let text = "腾讯Q3净利润为530亿元，上年同期为400亿元；总收入为1672亿元。星驰汽车营收为412.5亿元，较上年同期的330亿元增长25%；净利润为36.8亿元，上年同期为32亿元。";
    let all = claims(text);
    let period = |w: &str| period_of(&all, text, w);
    assert_eq!(period("400亿元").as_deref(), Some("上年同期 of Q3"));
    assert_eq!(period("1672亿元"), None);
    assert_eq!(period("36.8亿元"), None);
    assert_eq!(period("32亿元").as_deref(), Some("上年同期"));
}

/// The ends of a range written with "to" restate nothing: a guidance range repeated in
/// the body compared its low end with its high end. "from A to B", "rose X% to B" and
/// "fell $A to $B" are changes.
#[test]
fn the_ends_of_a_range_are_no_restatements() {
    let text = "Apple expects 2025 EPS of $7.30 to $7.45. Analysts had raised their estimate from $1.18 to $1.25. Revenue rose 20% to $1.2 billion. Oil fell $1.20 to $79.30.";
    let all = claims(text);
    let range_end = |w: &str| find(&all, text, w).range_end;
    assert!(range_end("$7.30") && range_end("$7.45"));
    for change in ["$1.18", "$1.25", "20%", "$1.2 billion", "$1.20", "$79.30"] {
        assert!(!range_end(change), "{change}");
    }
    assert_eq!(
        codes(
            "Apple expects 2025 EPS of $7.30 to $7.45. Apple expects 2025 EPS of $7.30 to $7.45."
        ),
        Vec::<&str>::new()
    );
}

/// 上年同期 is the same span a year before the sentence's own period: the prior-year
/// figures of two quarters are two facts, not a restatement.
#[test]
fn the_same_period_a_year_before_belongs_to_its_sentences_period() {
    let text = "米然集团第三季度总收入为925.1亿元，上年同期为708.9亿元。米然集团第二季度总收入为889.0亿元，上年同期为679.6亿元。去年营收为100亿元。";
    let all = claims(text);
    let period = |w: &str| period_of(&all, text, w);
    assert_eq!(period("708.9亿元").as_deref(), Some("上年同期 of Q3"));
    assert_eq!(period("679.6亿元").as_deref(), Some("上年同期 of Q2"));
    assert_eq!(period("100亿元").as_deref(), Some("去年"));
    assert_eq!(codes(text), Vec::<&str>::new());
}

/// A learned Chinese name starts after a preposition (`将恒远电子`), and "than the
/// company" (`低于公司`) names none.
#[test]
fn learned_names_start_after_prepositions() {
    let text = "高盛发布研报，将恒远电子2025年每股收益预测上调至3.42元。新目标价对应16倍市盈率，低于公司过去五年的平均估值18倍。";
    let all = claims(text);
    let subject = |w: &str| find(&all, text, w).subject.known().cloned();
    assert_eq!(subject("3.42元").as_deref(), Some("恒远电子"));
    assert_eq!(subject("18倍").as_deref(), Some("恒远电子"));
}

/// A verb of the analyst's or the report's before 公司 is no part of a name
/// (`预计公司2024年…`, `维持恒远电子…评级`).
#[test]
fn learned_names_start_after_reporting_verbs() {
    let text = "分析师维持恒远电子2025年目标价42元。分析师预计公司2024年营收为86.4亿元。";
    let all = claims(text);
    let subject = |w: &str| find(&all, text, w).subject.known().cloned();
    assert_eq!(subject("42元").as_deref(), Some("恒远电子"));
    assert_ne!(subject("86.4亿元").as_deref(), Some("预计公司"));
}

/// An estimate word earlier in the sentence does not make a reported figure an
/// estimate: "the $2.48 billion in revenue Northfield posted" is the company's actual.
#[test]
fn a_figure_said_to_be_posted_is_no_estimate() {
    let text = "Whitcombe said the company expects its software business, which accounted for \
                a fifth of the $2.48 billion in revenue Northfield posted for the quarter, to \
                keep growing. Analysts expect revenue of $2.6 billion next quarter.";
    let all = claims(text);
    assert_eq!(find(&all, text, "$2.48 billion").basis, Basis::Actual);
    assert_eq!(find(&all, text, "$2.6 billion").basis, Basis::Estimate);
}

/// A full stop before a lower-case word ends an abbreviation (`U.S.`, `Inc.`), not the
/// sentence: the figure keeps the name and the qualifier before it.
#[test]
fn an_abbreviation_does_not_end_a_sentence() {
    let text = "Nimbus Software Inc posted revenue of $3.05 billion. Orion Pharma Inc. said its U.S. revenue rose 10% to $3.62 billion.";
    let all = claims(text);
    let c = find(&all, text, "$3.62 billion");
    assert_eq!(c.subject.known().map(|s| &**s), Some("Orion Pharma Inc"));
    assert_eq!(c.metric.known().map(|m| &**m), Some("U.S. revenue"));
}

/// 全年 after a figure of one of its quarters (in its sentence or the one before) is
/// that quarter's year, though the section names another year more often.
#[test]
fn the_full_year_after_a_quarter_is_its_year() {
    for text in [
        "云帆集团2024年第四季度收入为286.4亿元；全年收入为1048.6亿元。公司2025年收入将达到1140.0亿元。",
        "云帆集团2024年第四季度收入为286.4亿元。全年收入为1048.6亿元。公司2025年收入将达到1140.0亿元。",
    ] {
        let all = claims(text);
        assert_eq!(period_of(&all, text, "1048.6亿元").as_deref(), Some("2024"));
        assert_eq!(find(&all, text, "1140.0亿元").basis, Basis::Estimate);
    }
}

/// Ratios of a bank and incomes of households are their own metrics, not revenue; 一级资本
/// (tier 1 capital) is no broker.
#[test]
fn ratios_that_name_revenue_or_capital_are_their_own_metrics() {
    let text = "该行成本收入比为32.08%。一级资本充足率为17.48%，资本充足率为18.56%。全年居民人均可支配收入41314元。";
    let all = claims(text);
    let metric = |w: &str| find(&all, text, w).metric.known().map(|m| m.to_string());
    assert_eq!(metric("32.08%").as_deref(), Some("cost-to-income ratio"));
    assert_eq!(metric("17.48%").as_deref(), Some("tier 1 capital ratio"));
    assert_eq!(metric("18.56%").as_deref(), Some("capital adequacy ratio"));
    assert_eq!(metric("41314元").as_deref(), Some("disposable income"));
    assert_eq!(find(&all, text, "17.48%").source, None);
}

/// A weekday that dates what was said is no figure's period; one that dates a market
/// move is.
#[test]
fn a_weekday_of_a_statement_is_no_period() {
    let text = "Ferro Motors Corp said on Tuesday that deliveries rose to 1.81 million vehicles. Shares of Ferro Motors Corp fell 3% on Tuesday. 特斯拉周二表示，交付46.3万辆。";
    let all = claims(text);
    assert_eq!(period_of(&all, text, "1.81 million vehicles"), None);
    assert_eq!(period_of(&all, text, "46.3万辆"), None);
    assert_eq!(period_of(&all, text, "3%").as_deref(), Some("tuesday"));
}

#[test]
fn months_ended_on_a_date_are_their_quarter_half_or_year() {
    let text = "Revenue for the quarter ended Sept. 30 rose 8% to $4.37 billion. Revenue for \
                the six months ended June 30, 2019 was $7.8 million. In the year ended Dec. \
                31, 2018, revenue was $14 million. Revenue in the nine months to Sept. 30 was \
                $9 million. The three months ended Sept. 28 brought $2 million. Sales in the \
                first nine months of 2019 were $5 million.";
    let claims = claims(text);
    let period = |written| period_of(&claims, text, written);
    assert_eq!(period("$4.37 billion").as_deref(), Some("Q3"));
    assert_eq!(period("$7.8 million").as_deref(), Some("2019-H1"));
    assert_eq!(period("$14 million").as_deref(), Some("2018"));
    // Nine months from January are the first three quarters, as 前三季度 are.
    assert_eq!(period("$9 million").as_deref(), Some("Q1-Q3"));
    // A quarter that ends on another day than a month's last is no calendar quarter.
    assert_eq!(period("$2 million").as_deref(), Some("09-28"));
    assert_eq!(period("$5 million").as_deref(), Some("2019-Q1-Q3"));
}

#[test]
fn a_document_of_fiscal_periods_keeps_the_day_a_quarter_ended() {
    // Microsoft's fiscal first quarter ends on Sept. 30: its "third quarter" is another.
    let text = "Microsoft's revenue for the quarter ended Sept. 30 was $65.6 billion. \
                Microsoft's fiscal third-quarter revenue was $61.9 billion.";
    let claims = claims(text);
    assert_eq!(
        period_of(&claims, text, "$65.6 billion").as_deref(),
        Some("09-30")
    );
    assert!(codes(text).is_empty());
    let calendar = "Microsoft's revenue for the quarter ended Sept. 30 was $65.6 billion. \
                    Microsoft's third-quarter revenue was $61.9 billion.";
    assert_eq!(codes(calendar), ["CL001"]);
}

#[test]
fn a_span_ended_on_a_date_after_the_figure_is_its_period() {
    let text = "Northfield Instruments Inc. said revenue for the quarter ended Sept. 30 rose to \
                $2.84 billion.\n\nLooking further out, Whitcombe said the business accounted for \
                a fifth of the $2.48 billion in revenue Northfield posted for the three months \
                ended Sept. 30.\n\nNorthfield posted revenue of $2.49 billion for the quarter \
                ended Sept. 30.";
    let claims = claims(text);
    for written in ["$2.84 billion", "$2.48 billion", "$2.49 billion"] {
        assert_eq!(period_of(&claims, text, written).as_deref(), Some("Q3"));
    }
    // A clause that opens with a participle ("Looking further out") names no subject.
    let restated = find(&claims, text, "$2.48 billion");
    assert_eq!(
        restated.subject.known().map(|s| s.to_string()).as_deref(),
        Some("Northfield Instruments Inc")
    );
    assert_eq!(codes(text), ["CL001", "CL001"]);
}

#[test]
fn a_period_closing_a_restated_figure_is_the_period_of_both() {
    let text = "Northfield Industries Inc said net income was 25.2 mln dlrs, or 2.47 dlrs a \
                share, in 1986 against 17.9 mln dlrs, or 1.76 dlrs a share, in 1985.";
    let claims = claims(text);
    let old = find(&claims, text, "17.9 mln dlrs");
    assert_eq!(
        old.metric.known().map(|m| m.to_string()).as_deref(),
        Some("net income")
    );
    assert_eq!(
        period_of(&claims, text, "17.9 mln dlrs").as_deref(),
        Some("1985")
    );
    assert_eq!(
        period_of(&claims, text, "1.76 dlrs").as_deref(),
        Some("1985")
    );
    assert_eq!(
        period_of(&claims, text, "25.2 mln dlrs").as_deref(),
        Some("1986")
    );
    let restated = |value: &str| {
        format!("{text} Northfield Industries Inc said its 1985 net income of {value} mln dlrs was restated.")
    };
    assert!(codes(&restated("17.9")).is_empty());
    assert_eq!(codes(&restated("19.7")), ["CL001"]);
    // A restatement after ", or" has its figure's role: $1.46 is the old value too.
    let veridian = "Veridian Corp's net income fell to $712 million, or $1.38 a share, from \
                    $758 million, or $1.46 a share, in the third quarter. Veridian Corp earned \
                    $1.38 a share in the third quarter.";
    let veridian_claims = self::claims(veridian);
    assert_eq!(find(&veridian_claims, veridian, "$1.46").role, Role::Prior);
    assert!(codes(veridian).is_empty());
}

#[test]
fn a_possessive_that_names_another_owner_is_no_topic() {
    let text = "AMD said third-quarter revenue was $6.82 billion.\n\nThe chip industry's \
                third-quarter revenue was $6.2 billion.\n\nThe company's third-quarter revenue \
                was $6.82 billion, and last year's third-quarter revenue was $5.8 billion.";
    let claims = claims(text);
    let subject = |written| subject_of(&claims, text, written);
    assert_eq!(subject("$6.2 billion"), None);
    assert_eq!(subject("$5.8 billion").as_deref(), Some("AMD"));
    assert!(codes(text).is_empty());
}

/// A price paid for each share (`offering at $24 per share`) is no earnings per share,
/// and what a listing values the company at is no price of a share: both were read so,
/// and the valuation became the factor of a product (CL005) with the shares sold.
#[test]
fn a_price_at_so_much_a_share_and_a_valuation_are_what_they_are() {
    let text = "Brightmoor Health Inc priced its initial public offering at $24 per share. \
                The company sold 18.5 million shares, raising $444 million and valuing it at \
                about $3.1 billion. It earned $1.10 per share last year.";
    let claims = claims(text);
    let metric = |written| metric_of(&claims, text, written);
    assert_eq!(metric("$24").as_deref(), Some("ipo price"));
    assert_eq!(metric("$444 million"), None);
    assert_eq!(metric("about $3.1 billion").as_deref(), Some("valuation"));
    assert_eq!(metric("$1.10").as_deref(), Some("eps"));
    assert!(codes(text).is_empty());
    let wrong = text.replace("$444 million", "$484 million");
    assert_eq!(codes(&wrong), ["CL005"]);
}

/// A company is the topic of its section's figures from the sentence that first names it
/// on, and not before: what comes first is about something else (an ETF's flows before
/// the one stock bought), or about it only where a sentence says so.
#[test]
fn a_company_is_the_topic_from_where_it_is_first_named() {
    let text =
        "沪深300ETF上周净流入29.7亿元。腾讯控股获净买入42.3亿港元，债券ETF上周净流入41.5亿元。\
                腾讯控股上周收涨2.1%。";
    let claims = claims(text);
    let subject = |written| subject_of(&claims, text, written);
    assert_eq!(subject("29.7亿元"), None);
    assert_eq!(subject("42.3亿港元").as_deref(), Some("Tencent"));
    assert_eq!(subject("2.1%").as_deref(), Some("Tencent"));
}

/// Precision probe 69: `Hanwell Group` and its unit `Hanwell Logistics` share the short
/// name `Hanwell`, which then names neither (it named the longer one, the unit); one
/// company written with and without a suffix keeps its short name.
#[test]
fn a_short_name_two_companies_share_names_neither() {
    let text = "Hanwell Group said its 2023 revenue rose to S$23.86 billion.\n\nHanwell Logistics, 58% owned by the group, said its 2023 revenue rose to S$4.23 billion. Hanwell's four divisions had 2023 revenue of S$23.87 billion.";
    let all = claims(text);
    assert_eq!(
        subject_of(&all, text, "S$4.23 billion").as_deref(),
        Some("Hanwell Logistics")
    );
    assert_eq!(subject_of(&all, text, "S$23.87 billion"), None);
    let text = "Lumera Motors Inc said its 2023 revenue rose to $3.1 billion. Lumera's 2023 revenue of $3.15 billion was a record.";
    let all = claims(text);
    assert_eq!(
        subject_of(&all, text, "$3.15 billion").as_deref(),
        Some("Lumera Motors Inc")
    );
}

/// Precision probe 70: an economist's or analyst's bank (`an economist at Westbury Bank`)
/// is a source, not the subject of the figures after it; 合成生物 (an industry) and 另一家
/// (another) name no company. (The industry's figure still takes the topic: a sentence
/// opening with an industry is not yet read as another's.)
#[test]
fn an_analysts_bank_and_industries_with_a_suffix_are_no_subjects() {
    let text = "\"Inflation is cooling,\" said Ann Lee, an economist at Westbury Bank. She expects the rate to fall to 4.5% in December.";
    let all = claims(text);
    assert_eq!(subject_of(&all, text, "4.5%"), None);
    let text = "康远生物前三季度实现营业收入12.6亿元。合成生物行业前三季度营业收入890亿元。另一家股份制银行华信银行净息差为1.63%。";
    let all = claims(text);
    assert_ne!(
        subject_of(&all, text, "890亿元").as_deref(),
        Some("合成生物")
    );
    assert_ne!(
        subject_of(&all, text, "1.63%").as_deref(),
        Some("另一家股份")
    );
}

/// Precision probe 71: a sentence that names a province is not the country's, though it
/// names the country's agency (`海关总署广东分署`).
#[test]
fn a_province_named_beside_the_agency_is_not_the_country() {
    let text = "海关总署数据显示，前10个月我国进出口总值36.02万亿元。\n\n据海关总署广东分署统计，前10个月广东外贸进出口7.4万亿元。";
    let all = claims(text);
    assert_eq!(
        subject_of(&all, text, "36.02万亿元").as_deref(),
        Some("China")
    );
    assert_eq!(subject_of(&all, text, "7.4万亿元"), None);
}

/// A name that ends in a company suffix (`Mining`, `Bank`) starts after a sentence's
/// full stop: the month that ends the sentence before is no part of it.
#[test]
fn a_suffixed_name_starts_after_the_sentence_before() {
    let text = "Sales rose 1.3 pct to 95.20 billion dlrs in January. Mining output fell 0.9 pct. \
                Shares of Holt Mining rose 2.0 pct.";
    let all = claims(text);
    assert_eq!(subject_of(&all, text, "1.3 pct"), None);
    assert_eq!(
        subject_of(&all, text, "2.0 pct").as_deref(),
        Some("Holt Mining")
    );
}

/// A span of quarters before 分别 gives each listed figure its quarter, in order.
#[test]
fn a_span_of_quarters_counted_out_by_a_list() {
    for text in [
        "公司第一至第四季度分别实现营业收入82.15亿元、95.60亿元、98.34亿元和110.33亿元。",
        "第一季度至第四季度，公司分别实现营业收入82.15亿元、95.60亿元、98.34亿元和110.33亿元。",
    ] {
        let all = claims(text);
        for (written, quarter) in [
            ("82.15亿元", "Q1"),
            ("95.60亿元", "Q2"),
            ("98.34亿元", "Q3"),
            ("110.33亿元", "Q4"),
        ] {
            assert_eq!(
                period_of(&all, text, written).as_deref(),
                Some(quarter),
                "{text}"
            );
        }
    }
}
