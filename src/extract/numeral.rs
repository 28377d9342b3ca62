//! Values of the numerals the grammar recognised: Arabic (with separators and
//! full-width digits), Chinese (with place and scale words) and English number words.
//!
//! Each numeral yields its value and its resolution, the value of one unit in its last
//! written digit: the precision the writer committed to (`2.90` → 0.01, `三千五百万`
//! → 1,000,000). All arithmetic is checked; a numeral too large for a decimal yields
//! `None` and produces no claim.

use rust_decimal::Decimal;

/// A numeral's value and the resolution of its last written digit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Numeral {
    pub value: Decimal,
    pub resolution: Decimal,
}

impl Numeral {
    /// Multiply value and resolution by a scale word (万, million).
    pub fn scaled(self, factor: Decimal) -> Option<Numeral> {
        Some(Numeral {
            value: self.value.checked_mul(factor)?,
            resolution: self.resolution.checked_mul(factor)?,
        })
    }
}

/// `1,234.56`, `１２３`, `６５．１０`, `4527916`.
pub fn arabic(text: &str) -> Option<Numeral> {
    // Most numbers are plain ASCII digits: read in place, not copied.
    let ascii: std::borrow::Cow<str> = if text.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        text.into()
    } else {
        text.chars()
            .filter(|c| *c != ',')
            .map(|c| match c {
                '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
                '．' => '.',
                other => other,
            })
            .collect::<String>()
            .into()
    };
    let value: Decimal = ascii.parse().ok()?;
    let decimals = ascii.split_once('.').map_or(0, |(_, frac)| frac.len());
    let resolution = Decimal::try_new(1, u32::try_from(decimals).ok()?).ok()?;
    // A writer who groups digits and ends on ",000" has rounded to thousands: wire copy
    // writes 408,000 tonnes for 408 thousand, so its zeros are not significant.
    let zero_groups = text.rsplit(',').take_while(|g| *g == "000").count();
    let is_grouped_integer = decimals == 0 && text.contains(',') && zero_groups > 0;
    let resolution = if is_grouped_integer {
        Decimal::from(1000u64.checked_pow(u32::try_from(zero_groups).ok()?)?)
    } else {
        resolution
    };
    Some(Numeral { value, resolution })
}

fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '兩' | '贰' | '貳' => 2,
        '三' | '叁' | '參' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

fn chinese_place(c: char) -> Option<u64> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1_000,
        _ => return None,
    })
}

fn chinese_scale(c: char) -> Option<u64> {
    Some(match c {
        '万' | '萬' => 10_000,
        '亿' | '億' => 100_000_000,
        '兆' => 1_000_000_000_000,
        _ => return None,
    })
}

/// The product of a run of scale characters: `万亿` → 10^12, `千亿` → 10^11.
pub fn chinese_scale_word(text: &str) -> Option<Decimal> {
    text.chars().try_fold(Decimal::ONE, |acc, c| {
        let factor = chinese_scale(c).or_else(|| chinese_place(c))?;
        acc.checked_mul(Decimal::from(factor))
    })
}

/// `million` → 10^6, `bn` → 10^9, `k` → 10^3.
pub fn english_scale_word(text: &str) -> Option<Decimal> {
    let exponent = match text.to_ascii_lowercase().as_str() {
        "thousand" | "k" => 3,
        "million" | "mln" | "mn" | "m" | "mio" => 6,
        "billion" | "bln" | "bn" | "b" => 9,
        "trillion" | "trln" | "tn" | "trn" => 12,
        "hundred" => 2,
        _ => return None,
    };
    Some(Decimal::from(10u64.pow(exponent)))
}

/// The `5千` of `2万5千`, the `2,315` of `46萬2,315`, the `8,813億` of `2兆8,813億`:
/// digits, times the place or scale word after them if any.
pub fn mixed_tail(text: &str) -> Option<Numeral> {
    let digits_end = text
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(text.len());
    let (digits, place) = text.split_at(digits_end);
    arabic(digits)?.scaled(chinese_scale_word(place)?)
}

/// The multiple a word says: doubled and 翻一番 ×2, tripled ×3, quadrupled and 翻两番 ×4.
pub fn word_multiple(text: &str) -> Numeral {
    let lower = text.to_ascii_lowercase();
    let times: u32 = if lower.starts_with("tripled") {
        3
    } else if lower.starts_with("quadrupled") || text.contains(['两', '兩']) {
        4
    } else {
        2
    };
    // Said to a tenth: "doubled" is ×1.8 at a stretch, not ×1.5.
    Numeral {
        value: Decimal::from(times),
        resolution: Decimal::new(1, 1),
    }
}

/// Chinese numerals: `二十`, `一百二十三`, `三千五百万`, `一亿二千万`, `三点五亿`, and
/// plain digit strings such as `二〇二三`.
pub fn chinese(text: &str) -> Option<Numeral> {
    let (integer_part, fraction_part) = match text.split_once('点') {
        Some((i, f)) => (i, Some(f)),
        None => (text, None),
    };
    if integer_part.chars().all(|c| chinese_digit(c).is_some()) && fraction_part.is_none() {
        return digit_string(integer_part);
    }
    let mut numeral = place_value(integer_part)?;
    if let Some(fraction) = fraction_part {
        let digits: String = fraction
            .chars()
            .take_while(|c| chinese_digit(*c).is_some())
            .collect();
        let scale_chars = &fraction[digits.len()..];
        let fraction_value = digit_string(&digits)?;
        let places = u32::try_from(digits.chars().count()).ok()?;
        let fraction = fraction_value
            .value
            .checked_div(Decimal::from(10u64.checked_pow(places)?))?;
        numeral = Numeral {
            value: numeral.value.checked_add(fraction)?,
            resolution: Decimal::try_new(1, places).ok()?,
        };
        numeral = numeral.scaled(chinese_scale_word(scale_chars)?)?;
    }
    Some(numeral)
}

/// `二〇二三` → 2023: digits read one by one.
fn digit_string(text: &str) -> Option<Numeral> {
    if text.is_empty() {
        return None;
    }
    let value = text.chars().try_fold(Decimal::ZERO, |acc, c| {
        acc.checked_mul(Decimal::TEN)?
            .checked_add(Decimal::from(chinese_digit(c)?))
    })?;
    Some(Numeral {
        value,
        resolution: Decimal::ONE,
    })
}

/// The place-value reading: digits multiply the place word after them, scale words
/// (万, 亿) close a section, and stacked scale words multiply (万亿 = 10^12).
fn place_value(text: &str) -> Option<Numeral> {
    let mut total = Decimal::ZERO;
    let mut section = Decimal::ZERO;
    let mut digit: Option<Decimal> = None;
    let mut resolution = Decimal::ONE;
    let mut last_scale: Option<u64> = None;
    for c in text.chars() {
        if let Some(d) = chinese_digit(c) {
            digit = Some(Decimal::from(d));
            resolution = Decimal::ONE;
        } else if let Some(place) = chinese_place(c) {
            let place = Decimal::from(place);
            section =
                section.checked_add(digit.take().unwrap_or(Decimal::ONE).checked_mul(place)?)?;
            resolution = place;
        } else if let Some(scale) = chinese_scale(c) {
            let factor = Decimal::from(scale);
            let pending = section.checked_add(digit.take().unwrap_or(Decimal::ZERO))?;
            section = Decimal::ZERO;
            total = if pending.is_zero() || last_scale.is_some_and(|last| scale >= last) {
                // Stacked (万亿) or a larger scale after a smaller one: multiply all so far.
                total.checked_add(pending)?.checked_mul(factor)?
            } else {
                total.checked_add(pending.checked_mul(factor)?)?
            };
            resolution = resolution.checked_mul(factor)?;
            last_scale = Some(scale);
        } else {
            return None;
        }
    }
    let value = total
        .checked_add(section)?
        .checked_add(digit.unwrap_or(Decimal::ZERO))?;
    Some(Numeral { value, resolution })
}

/// English number words: `nine`, `twenty-five`, `a` (before a scale word).
pub fn english_word(text: &str) -> Option<Numeral> {
    let lower = text.to_ascii_lowercase();
    let value = match lower.split_once('-') {
        Some((tens, ones)) => english_unit(tens)? + english_unit(ones)?,
        None => english_unit(&lower)?,
    };
    Some(Numeral {
        value: Decimal::from(value),
        resolution: Decimal::ONE,
    })
}

fn english_unit(word: &str) -> Option<u32> {
    const WORDS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if word == "a" {
        return Some(1);
    }
    if let Some(i) = WORDS.iter().position(|w| *w == word) {
        return u32::try_from(i).ok();
    }
    let i = TENS.iter().position(|w| *w == word)?;
    u32::try_from(i * 10 + 20).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn arabic_numerals_keep_their_precision() {
        for (text, value, resolution) in [
            ("4527916", "4527916", "1"),
            ("1,234.56", "1234.56", "0.01"),
            ("12,000", "12000", "1000"),
            ("12,500", "12500", "1"),
            ("3,000,000", "3000000", "1000000"),
            ("2.90", "2.90", "0.01"),
            ("１２３", "123", "1"),
        ] {
            let n = arabic(text).unwrap();
            assert_eq!((n.value, n.resolution), (d(value), d(resolution)), "{text}");
        }
    }

    #[test]
    fn chinese_numerals_read_place_and_scale() {
        for (text, value, resolution) in [
            ("六", "6", "1"),
            ("二十", "20", "10"),
            ("一百二十三", "123", "1"),
            ("三千五百万", "35000000", "1000000"),
            ("两万", "20000", "10000"),
            ("一亿二千万", "120000000", "10000000"),
            ("十万亿", "10000000000000", "10000000000000"),
            ("三点五亿", "350000000", "10000000"),
            ("二〇二三", "2023", "1"),
            ("十八", "18", "1"),
            ("零点五", "0.5", "0.1"),
            ("一千零八", "1008", "1"),
        ] {
            let n = chinese(text).unwrap();
            assert_eq!((n.value, n.resolution), (d(value), d(resolution)), "{text}");
        }
    }

    #[test]
    fn scale_words_multiply() {
        assert_eq!(chinese_scale_word("万亿"), Some(d("1000000000000")));
        assert_eq!(chinese_scale_word("千亿"), Some(d("100000000000")));
        assert_eq!(english_scale_word("bn"), Some(d("1000000000")));
        assert_eq!(english_scale_word("Million"), Some(d("1000000")));
    }

    #[test]
    fn stacked_scales_overflow_to_none_not_panic() {
        assert_eq!(chinese_scale_word(&"亿".repeat(40)), None);
        assert_eq!(chinese(&format!("一{}", "亿".repeat(40))), None);
        assert_eq!(arabic(&"9".repeat(400)), None);
    }

    #[test]
    fn english_number_words() {
        assert_eq!(english_word("nine").unwrap().value, d("9"));
        assert_eq!(english_word("Twenty-five").unwrap().value, d("25"));
        assert_eq!(english_word("a").unwrap().value, d("1"));
        assert_eq!(english_word("zillion"), None);
    }
}
