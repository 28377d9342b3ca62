//! Products: a count times its unit price is the total (`1,200 shares at $15 each, or
//! $18,000`, `共售出1.2万份，每份售价199元，销售额约293万元`), and a composition of counts.

use super::{Paragraph, Product, Sentence};
use crate::document::char_floor;
use crate::extract::{CueKind, Kind};
use crate::quantity::Unit;

impl Sentence<'_> {
    /// `共售出1.2万份，每份售价199元，销售额约293万元`: after a count and its price, the
    /// sum of money named as the sales (销售额, 成交额) is their product.
    fn sales_after(&self, price: usize) -> Option<usize> {
        const SALES: [&str; 8] = [
            "销售额",
            "銷售額",
            "成交额",
            "成交額",
            "成交金额",
            "成交金額",
            "销售收入",
            "銷售收入",
        ];
        let from = self.claims[price].token + 1;
        (from..self.range.end).find_map(|j| {
            let claim = self.amount(j)?;
            let start = self.span(j).start;
            let before = self.text[..start].trim_end_matches(['为', '為', '达', '達']);
            let named = SALES.iter().any(|word| before.ends_with(word));
            (named && self.claims[claim].mention.kind() == Kind::Money).then_some(claim)
        })
    }

    /// A composition: two or more counts each closed by 组成/consists of, then 那么/so
    /// and the count said to follow. A unit price: a count, a price right after 每股/at,
    /// and a total right after 筹资/raised, in one sentence; or a share count and total
    /// with the offer price stated earlier in the section (`offer_price`).
    pub(super) fn read_products(&self, out: &mut Vec<Product>, offer_price: &mut Option<usize>) {
        // 由六个小号显卡组成: the count precedes 组成; "consists of six cards": it follows.
        let count_of = |cue: usize| {
            let count = |j: usize| {
                self.amount(j)
                    .filter(|&c| self.claims[c].mention.kind() == Kind::Count)
            };
            if self.text[self.span(cue)].is_ascii() {
                (cue + 1..self.clause_end(cue)).find_map(count)
            } else {
                (self.clause_start(cue)..cue).rev().find_map(count)
            }
        };
        let composes: Vec<usize> = self
            .range
            .clone()
            .filter(|&j| self.is_cue(j, CueKind::Compose))
            .collect();
        let factors: Vec<usize> = composes.iter().filter_map(|&j| count_of(j)).collect();
        let conclusion = composes.last().and_then(|&last| {
            let so = (last + 1..self.range.end).find(|&j| self.is_cue(j, CueKind::Conclude))?;
            (so + 1..self.range.end).find_map(|j| self.amount(j))
        });
        if let (true, Some(result)) = (
            factors.len() >= 2 && factors.len() == composes.len(),
            conclusion,
        ) {
            out.push(Product {
                factors,
                result,
                unchecked: None,
            });
        }
        out.extend(self.priced_conclusion());
        let money = |c: usize| self.claims[c].mention.kind() == Kind::Money;
        // The first sum of money right after a cue of the kind (共计采购320辆 … 总额1.6亿元:
        // the count after a word of total is no total).
        let after = |kind: CueKind| {
            self.range
                .clone()
                .filter(|&j| self.is_cue(j, kind) && j + 1 < self.range.end)
                .find_map(|j| self.amount(j + 1).filter(|&c| money(c)))
        };
        let metric_is = |p: usize, names: &[&str]| {
            self.claims[p]
                .metric
                .known()
                .is_some_and(|m| names.contains(&&**m))
        };
        // `发行价格为32.80元/股`: a price written per share after its unit.
        let per_share: Vec<usize> = self
            .range
            .clone()
            .filter(|&j| {
                let after = &self.text[self.span(j).end..];
                after.starts_with("/股") || after.starts_with("／股")
            })
            .filter_map(|j| self.amount(j).filter(|&c| money(c)))
            .collect();
        // `raising $444 million and valuing it at about $3.1 billion`: what the whole
        // company is worth is no price of one share.
        let price_here = after(CueKind::PerUnit)
            .or_else(|| match per_share[..] {
                [price] => Some(price),
                _ => None,
            })
            .filter(|&p| !metric_is(p, &["valuation", "market value"]));
        let is_offer_price = |p: usize| metric_is(p, &["ipo price"]);
        if let Some(price) = price_here.filter(|&p| is_offer_price(p)) {
            *offer_price = Some(price);
        }
        // "raised $660 million": a rise word with an amount as its object is a total, and
        // so is a sum restating the price's product ("at $15 each, or $20,000").
        let total_after_a_cue = after(CueKind::Total).or_else(|| after(CueKind::Rise));
        if price_here.is_none() && total_after_a_cue.is_none() {
            return;
        }
        // The count is the one nearest before the price: `The two concerts sold 52,400
        // tickets at $96` sells tickets; a length (`12米…公交车260台`) counts nothing.
        // (A measure is counted where the price is per its unit: `成交量120万吨，成交均价
        // 每吨98.5元`.)
        let per_measure = price_here.and_then(|p| self.priced_per_measure(p));
        // (An average per thing, `套均面积100平方米`, is no count of them.)
        let counts = |c: &usize| {
            self.claims[*c].mention.kind() == Kind::Count
                && !self.is_an_average(self.claims[*c].token)
                && (!self.unit(*c).is_a_measure()
                    || per_measure.is_some_and(|m| self.counted_in(*c, m)))
        };
        let before_price = price_here.map_or(self.range.end, |p| self.claims[p].token);
        let count = (self.range.start..before_price)
            .rev()
            .filter_map(|j| self.amount(j))
            .find(counts)
            .or_else(|| {
                self.range
                    .clone()
                    .filter_map(|j| self.amount(j))
                    .find(counts)
            });
        // The count stands before its price: `stood at $31.4 billion, or about $2,290 for
        // each of the state's 13.7 million residents` is a quotient.
        let counted_before =
            |p: usize| count.is_some_and(|c| self.claims[c].token < self.claims[p].token);
        let total = total_after_a_cue.or_else(|| {
            price_here
                .filter(|&p| counted_before(p))
                .and_then(|p| self.restated_as_a_sum(p).or_else(|| self.sales_after(p)))
        });
        let Some(total) = total else { return };
        // 发行价定在每股30美元 … 共发行了2200万股，筹资6.6亿美元: the offer price of the
        // section stands for a share count stated later without one.
        // (A count of shares by name: `27家公司…合计募集资金约412亿元` counts companies, and
        // 家 is comparable with any count.)
        let counts_shares = |c: usize| matches!(self.unit(c), Unit::Count(word) if matches!(&**word, "shares" | "share" | "股"));
        let earlier_price = || {
            offer_price.filter(|&p| {
                self.claims[p].scope == self.claims[total].scope && count.is_some_and(counts_shares)
            })
        };
        // `sold 22.5 million shares and existing holders 4.5 million, at $20 each, raising
        // $540 million`: another count in the sentence is part of what was sold; one in
        // another unit (`320辆10.5米纯电动公交车`) says what the things are.
        let counted_once = |count: usize| {
            let one = self.claims[count].token;
            let beside = |c: usize| match self.claims[c].mention.kind() {
                Kind::Number => true,
                Kind::Count => self.unit(c).is_comparable_with(self.unit(count)),
                _ => false,
            };
            // `raised $42 million from the 3 million new shares`: the count the total is
            // of may follow it.
            !self
                .range
                .clone()
                .any(|j| j != one && self.amount(j).is_some_and(beside))
        };
        let count = count.filter(|&c| counted_once(c));
        // `40 buses at $750,000 each and 12 chargers at $95,000 each, for a total of $31.1
        // million`: lots at two prices add up; one count times one price is not the total.
        let mut prices: Vec<usize> = self
            .range
            .clone()
            .filter(|&j| self.is_cue(j, CueKind::PerUnit) && j + 1 < self.range.end)
            .filter_map(|j| self.amount(j + 1).filter(|&c| money(c)))
            .chain(per_share.iter().copied())
            .collect();
        prices.sort_unstable();
        prices.dedup();
        let priced = prices.len();
        if priced > 1 {
            return;
        }
        // `2,000 shares at HK$45 each, or about US$11,500`: a total in another currency
        // converts the product, it does not state it.
        // (And a price of the sentence has its count before it: `回购价格上限为每股45元；…
        // 其余4家公司…合计为11.5亿元` counts companies after another clause's price.)
        let price = price_here
            .filter(|&p| counted_before(p))
            .or_else(earlier_price)
            .filter(|&p| self.unit(p).is_comparable_with(self.unit(total)));
        if let (Some(count), Some(price)) = (count, price) {
            out.push(Product {
                factors: vec![count, price],
                result: total,
                unchecked: self.product_unchecked(count, price, total),
            });
        }
    }

    /// The unit of a measure the price at claim `price` is per (`每平方米2万元`, `每吨98.5元`,
    /// "$300 a tonne" is read from the words before it), if any.
    fn priced_per_measure(&self, price: usize) -> Option<&'static str> {
        const PER_MEASURE: [&str; 10] = [
            "平方米",
            "平米",
            "平方公尺",
            "square",
            "吨",
            "噸",
            "tonne",
            "公斤",
            "kilo",
            "亩",
        ];
        let start = self.span(self.claims[price].token).start;
        let lead =
            self.text[char_floor(self.text, start.saturating_sub(16))..start].to_ascii_lowercase();
        PER_MEASURE
            .iter()
            .find(|word| lead.contains(*word))
            .copied()
    }

    /// The unit written after a slash right after the price at claim `price`: `0.86元/W`,
    /// `23.40元/股`, "$300/tonne".
    fn priced_per_written_unit(&self, price: usize) -> Option<&str> {
        let after = &self.text[self.span(self.claims[price].token).end..];
        let unit = after.strip_prefix(['/', '／'])?;
        let (last, c) = unit
            .char_indices()
            .take_while(|(_, c)| c.is_alphabetic())
            .take(6)
            .last()?;
        Some(&unit[..last + c.len_utf8()])
    }

    /// Whether the figure at claim `count` is counted in the unit `measure` (120万吨 in 吨).
    fn counted_in(&self, count: usize, measure: &str) -> bool {
        let measure = measure.to_ascii_lowercase();
        self.unit(count)
            .label()
            .is_some_and(|unit| unit.to_ascii_lowercase().contains(&measure))
    }

    /// Why a count, its price and a total are not multiplied: the total covers more
    /// than the things counted (`a contract worth $1.9 million that also covers radios`,
    /// `（含土地及配套费用）`, "including commissions", "less a 10% discount"), the count is
    /// per period and the total is not ("1,200 room nights a month … over the year"), the
    /// two are of different periods (`今年…1,200笔 … 自2020年以来合计`), or the price is per
    /// unit of a measure (`每平方米2万元` for 1,000套) or of another unit than the count's
    /// (`0.86元/W` for 两个标段).
    fn product_unchecked(&self, count: usize, price: usize, total: usize) -> Option<&'static str> {
        const COVERS_MORE: [&str; 16] = [
            "includ",
            "cover",
            "discount",
            "less ",
            "commission",
            "fee",
            "plus",
            "含",
            "包括",
            "折扣",
            "优惠",
            "佣金",
            "费用",
            "費用",
            "另",
            "不含",
        ];
        let token = |c: usize| self.claims[c].token;
        let (price_token, total_token) = (token(price), token(total));
        let first = price_token.min(total_token);
        let last = price_token.max(total_token);
        // What stands between them and after the total up to the sentence's end (a
        // bounded look ahead: the words of a parenthesis or a clause).
        let after_total = self.span(total_token).end;
        let reach = char_floor(self.text, (after_total + 60).min(self.text.len()));
        let tail = &self.text[after_total..reach];
        let tail = &tail[..tail
            .find(['。', '.', ';', '；', '\n'])
            .unwrap_or(tail.len())];
        let between = &self.text[self.span(first).end..self.span(last).start];
        let said = format!("{between}{tail}").to_ascii_lowercase();
        let period = |c: usize| self.claims[c].period.known();
        if COVERS_MORE.iter().any(|word| said.contains(word)) {
            Some("the total covers more than the things counted (including, 含, fees, a discount)")
        } else if self.per_period_beside(token(count)) && !self.per_period_beside(total_token) {
            Some("the count is per period (a month) and the total is not")
        } else if period(count)
            .zip(period(total))
            .is_some_and(|(a, b)| a != b)
        {
            Some("the total is of another period than the count")
        } else if self
            .priced_per_measure(price)
            .is_some_and(|measure| !self.counted_in(count, measure))
        {
            Some("the price is per unit of a measure (每平方米), not per thing counted")
        } else if self
            .priced_per_written_unit(price)
            .is_some_and(|unit| !self.counted_in(count, unit))
        {
            Some("the price is per another unit than the count's (0.86元/W for 两个标段)")
        } else {
            None
        }
    }

    /// The sum of money after a unit price and ", or": `1,200 shares at $15 each, or
    /// $20,000`, `at 20 dlrs a share, or 10 mln dlrs`.
    fn restated_as_a_sum(&self, price: usize) -> Option<usize> {
        let token = self.claims[price].token;
        let next = (token + 1..self.range.end).find(|&j| !self.is_cue(j, CueKind::ClauseSep))?;
        let sum = self.amount(next)?;
        let between = self.text[self.span(token).end..self.span(next).start].to_ascii_lowercase();
        let between = ["each", "apiece", "a share", "per share"]
            .iter()
            .find_map(|word| between.trim_start().strip_prefix(word))
            .unwrap_or(&between);
        let says_or = between.trim() == ", or";
        (says_or && self.claims[sum].mention.kind() == Kind::Money).then_some(sum)
    }

    /// `总销量是4527916辆。按照FSD售价12000美金。…假设30%车主购买FSD服务，收入净增长约163亿美金`:
    /// a share taken by supposition of the paragraph's last count, at its last unit
    /// price, makes the amount that follows in the sentence.
    pub(super) fn read_assumed_share(&self, out: &mut Vec<Product>, paragraph: &mut Paragraph) {
        let money = |c: usize| self.claims[c].mention.kind() == Kind::Money;
        let share = self.range.clone().find_map(|i| {
            let next = (i + 1 < self.range.end).then_some(i + 1)?;
            let share = self.amount(next)?;
            let percent = self.claims[share].mention.kind() == Kind::Percent;
            (self.is_cue(i, CueKind::Assume) && percent).then_some((next, share))
        });
        if let (Some((at, share)), Some(count), Some(price)) =
            (share, paragraph.count, paragraph.unit_price)
        {
            let amount = (at + 1..self.range.end)
                .filter_map(|j| self.amount(j))
                .find(|&c| money(c));
            if let Some(amount) =
                amount.filter(|&a| self.unit(a).is_comparable_with(self.unit(price)))
            {
                out.push(Product {
                    factors: vec![count, share, price],
                    result: amount,
                    unchecked: None,
                });
            }
        }
        for j in self.range.clone() {
            let Some(claim) = self.amount(j) else {
                continue;
            };
            match self.claims[claim].mention.kind() {
                Kind::Count => paragraph.count = Some(claim),
                Kind::Money if j > self.range.start && self.is_cue(j - 1, CueKind::PerUnit) => {
                    paragraph.unit_price = Some(claim);
                }
                _ => {}
            }
        }
    }

    /// `30万片…一块A100芯片卖1万美元左右，那么…得花30亿美元`: a price for one piece,
    /// the count nearest before it, and the amount that follows 那么/so.
    fn priced_conclusion(&self) -> Option<Product> {
        let so = self
            .range
            .clone()
            .find(|&j| self.is_cue(j, CueKind::Conclude))?;
        let money = |j: usize| {
            self.amount(j)
                .filter(|&c| self.claims[c].mention.kind() == Kind::Money)
        };
        let price_token = (self.range.start..so).rev().find(|&j| {
            money(j).is_some()
                && (self.clause_start(j)..j).any(|k| self.is_cue(k, CueKind::PerUnit))
        })?;
        let count = (self.range.start..price_token).rev().find_map(|j| {
            self.amount(j)
                .filter(|&c| self.claims[c].mention.kind() == Kind::Count)
        })?;
        let total = (so + 1..self.range.end).find_map(money)?;
        Some(Product {
            factors: vec![count, money(price_token)?],
            result: total,
            unchecked: None,
        })
    }
}
