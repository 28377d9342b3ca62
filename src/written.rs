//! Values the rules compute (a sum, a product, a derived period) written the way the
//! article writes the figure they stand beside: `$1.3 billion` next to `$1.2 billion`,
//! `136.06万亿元` next to `126.06万亿元`, rather than 1300000000 and 136060000000000.

use crate::document::is_han;
use crate::quantity::{Bound, Interval};
use rust_decimal::{Decimal, RoundingStrategy};
use std::str::FromStr;

/// `value` written like `like`, the text of a figure whose value is `like_value`.
pub fn written_like(value: Decimal, like: &str, like_value: Decimal) -> String {
    write(
        value,
        Form::of(like, like_value),
        RoundingStrategy::MidpointAwayFromZero,
    )
}

/// An interval written like `like`, each end rounded outward: `[$1.298 billion, ∞)`.
pub fn interval_written_like(interval: &Interval, like: &str, like_value: Decimal) -> String {
    let form = Form::of(like, like_value);
    interval_text_with(interval, |value, strategy| write(value, form, strategy))
}

/// "[2.85, 2.95]", "(500, ∞)", "(−∞, 20]", each end written by `write` with the
/// rounding that keeps the interval whole.
pub fn interval_text_with(
    interval: &Interval,
    write: impl Fn(Decimal, RoundingStrategy) -> String,
) -> String {
    let low = interval.low.map_or("(−∞".to_string(), |b: Bound| {
        let bracket = if b.inclusive { '[' } else { '(' };
        format!(
            "{bracket}{}",
            write(b.value, RoundingStrategy::ToNegativeInfinity)
        )
    });
    let high = interval.high.map_or("∞)".to_string(), |b: Bound| {
        let bracket = if b.inclusive { ']' } else { ')' };
        format!(
            "{}{bracket}",
            write(b.value, RoundingStrategy::ToPositiveInfinity)
        )
    });
    format!("{low}, {high}")
}

fn write(value: Decimal, form: Option<Form>, strategy: RoundingStrategy) -> String {
    form.and_then(|form| form.write(value, strategy))
        .unwrap_or_else(|| grouped(value.round_dp_with_strategy(2, strategy)))
}

/// How a figure is written around its number: `$` and ` billion` around `1.2`, which
/// stands for 10^9 times itself.
#[derive(Clone, Copy)]
struct Form<'a> {
    /// What is attached to the number before it (a currency sign), without a hedge
    /// word (about, 约) or a sign.
    prefix: &'a str,
    /// The scale word and unit after it, without a hedge (左右, or so).
    suffix: &'a str,
    scale: Decimal,
    decimals: u32,
    grouped: bool,
}

impl<'a> Form<'a> {
    /// None where `like` has no number in digits of which `like_value` is a power-of-ten
    /// multiple: Chinese numerals, a range, a negative figure.
    fn of(like: &'a str, like_value: Decimal) -> Option<Form<'a>> {
        let start = like.find(|c: char| c.is_ascii_digit())?;
        let numeral = like.get(start..start + numeral_len(like.get(start..)?))?;
        let written = Decimal::from_str(&numeral.replace(',', "")).ok()?;
        let scale = like_value.checked_div(written)?;
        if !is_power_of_ten(scale) {
            return None;
        }
        let before = like.get(..start)?;
        let attached = before
            .char_indices()
            .rev()
            .take_while(|&(_, c)| !(c.is_whitespace() || is_han(c)))
            .last()
            .map_or(before.len(), |(at, _)| at);
        let prefix = before
            .get(attached..)?
            .trim_start_matches(['+', '-', '−', '－', '＋']);
        let decimals = numeral
            .split_once('.')
            .map_or(0, |(_, fraction)| fraction.len());
        Some(Form {
            prefix,
            suffix: without_post_hedge(like.get(start + numeral.len()..)?),
            scale,
            decimals: u32::try_from(decimals).ok()?,
            grouped: numeral.contains(','),
        })
    }

    /// To two more decimal places than the figure is written with, and at least as many
    /// (`$0.20` like `$5.10`).
    fn write(&self, value: Decimal, strategy: RoundingStrategy) -> Option<String> {
        let mut number = value
            .checked_div(self.scale)?
            .round_dp_with_strategy(self.decimals + 2, strategy)
            .normalize();
        if number.scale() < self.decimals {
            number.rescale(self.decimals);
        }
        let digits = if self.grouped {
            grouped(number.abs())
        } else {
            number.abs().to_string()
        };
        let sign = if number.is_sign_negative() && !number.is_zero() {
            "-"
        } else {
            ""
        };
        Some(format!("{sign}{}{digits}{}", self.prefix, self.suffix))
    }
}

/// The length of the number in digits that `text` starts with: `1,234.5`.
fn numeral_len(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut end = 0;
    while let Some(&b) = bytes.get(end) {
        let joins_digits = matches!(b, b',' | b'.')
            && end > 0
            && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
        if !(b.is_ascii_digit() || joins_digits) {
            break;
        }
        end += 1;
    }
    end
}

fn is_power_of_ten(d: Decimal) -> bool {
    if !d.is_sign_positive() || d.is_zero() {
        return false;
    }
    let mut mantissa = d.normalize().mantissa();
    while mantissa % 10 == 0 {
        mantissa /= 10;
    }
    mantissa == 1
}

/// The words after a figure that hedge it (`hedge_after` in the grammar): a computed
/// value is not hedged.
fn without_post_hedge(suffix: &str) -> &str {
    const POST_HEDGES: [&str; 14] = [
        "左右",
        "上下",
        "前后",
        "以上",
        "以下",
        "以内",
        "有余",
        "有多",
        "出头",
        "出頭",
        " or so",
        " or more",
        " or less",
        " or fewer",
    ];
    POST_HEDGES
        .iter()
        .find_map(|hedge| suffix.strip_suffix(hedge))
        .unwrap_or(suffix)
}

/// The digits of `value` with its integer part grouped in thousands: `1,300,000,000`.
pub fn grouped(value: Decimal) -> String {
    let text = value.normalize().to_string();
    let (sign, unsigned) = text
        .strip_prefix('-')
        .map_or(("", text.as_str()), |rest| ("-", rest));
    let (integer, fraction) = unsigned
        .split_once('.')
        .map_or((unsigned, None), |(i, f)| (i, Some(f)));
    let mut out = sign.to_string();
    for (i, digit) in integer.chars().enumerate() {
        if i > 0 && (integer.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    if let Some(fraction) = fraction {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::Interval;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn a_value_takes_the_scale_sign_and_unit_of_the_figure_beside_it() {
        let cases = [
            ("1300000000", "$1.2 billion", "1200000000", "$1.3 billion"),
            (
                "136060000000000",
                "126.06万亿元",
                "126060000000000",
                "136.06万亿元",
            ),
            (
                "2700000000000",
                "2.5 trillion yen",
                "2500000000000",
                "2.7 trillion yen",
            ),
            ("1300", "1,200 employees", "1200", "1,300 employees"),
            ("660000000", "$760 million", "760000000", "$660 million"),
            ("0.9", "86 cents", "0.86", "90 cents"),
            ("22000", "40,000 inverters", "40000", "22,000 inverters"),
            ("1234567", "500万辆", "5000000", "123.46万辆"),
            ("-8000", "40,000 inverters", "40000", "-8,000 inverters"),
            ("-1300000000", "$1.2 billion", "1200000000", "-$1.3 billion"),
            // A hedge before or after the figure is not the computed value's.
            ("1300", "about 1,200 jobs", "1200", "1,300 jobs"),
            ("13600000000", "约120亿元", "12000000000", "136亿元"),
            ("13600000000", "120亿元左右", "12000000000", "136亿元"),
            ("1300", "1,200 or more", "1200", "1,300"),
            // To two more decimals than the figure is written with.
            ("1.23456", "1.2", "1.2", "1.235"),
            ("10", "3", "3", "10"),
            ("0.2", "$5.10", "5.1", "$0.20"),
        ];
        for (value, like, like_value, expected) in cases {
            assert_eq!(
                written_like(d(value), like, d(like_value)),
                expected,
                "{like}"
            );
        }
    }

    #[test]
    fn without_a_power_of_ten_between_text_and_value_the_digits_are_grouped() {
        let cases = [
            // Chinese numerals, a range, a negative figure, no digits.
            ("50000", "五万辆", "50000"),
            ("1300000000", "$1-1.4 billion", "1200000000"),
            ("1300", "-1,200", "-1200"),
            ("1300", "a dozen", "12"),
        ];
        for (value, like, like_value) in cases {
            assert_eq!(
                written_like(d(value), like, d(like_value)),
                grouped(d(value))
            );
        }
        assert_eq!(grouped(d("1300000000")), "1,300,000,000");
        assert_eq!(grouped(d("-1234.50")), "-1,234.5");
        assert_eq!(grouped(d("999")), "999");
    }

    #[test]
    fn an_interval_is_rounded_outward_in_the_figure_s_terms() {
        let interval = Interval::closed(d("1298512345"), d("1301487654"));
        assert_eq!(
            interval_written_like(&interval, "$1.2 billion", d("1200000000")),
            "[$1.298 billion, $1.302 billion]"
        );
        let unbounded = Interval {
            low: None,
            ..interval
        };
        assert_eq!(
            interval_written_like(&unbounded, "五万", d("50000")),
            "(−∞, 1,301,487,654]"
        );
    }
}
