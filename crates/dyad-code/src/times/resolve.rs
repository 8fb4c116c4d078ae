//! A minimal time resolver for clause-level dating: the time expression
//! that governs a clause, resolved against the dateline.
//!
//! `in 2014` → 2014 (year), `in December` → the last December before the
//! dateline in a past clause (month), `Friday` → the Friday on or before it,
//! `last week` → the previous ISO week, `yesterday`, `next month`…

use chrono::{Datelike, Duration, NaiveDate};
use dyad_core::DatePrecision;
use dyad_text::dateline::{month_number, weekday};

/// A resolved time: the first day of its period, and the period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeValue {
    /// First day of the period.
    pub date: NaiveDate,
    /// The period.
    pub precision: DatePrecision,
}

fn week_start(d: NaiveDate) -> NaiveDate {
    d - Duration::days(d.weekday().num_days_from_monday() as i64)
}

fn day(d: NaiveDate) -> TimeValue {
    TimeValue {
        date: d,
        precision: DatePrecision::Day,
    }
}

fn month(y: i32, m: u32) -> Option<TimeValue> {
    Some(TimeValue {
        date: NaiveDate::from_ymd_opt(y, m, 1)?,
        precision: DatePrecision::Month,
    })
}

fn shift_month(d: NaiveDate, by: i32) -> Option<TimeValue> {
    let total = d.year() * 12 + d.month0() as i32 + by;
    month(total.div_euclid(12), total.rem_euclid(12) as u32 + 1)
}

/// The date a TIMEX3 value names, at its precision: `2022-01-21` (and
/// times of that day), `2022-W04`, `2021-12`, `2014`. Durations, sets,
/// seasons, quarters, decades and reference words name no date.
pub fn value_of(value: &str) -> Option<TimeValue> {
    let ymd = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    let (y, rest) = (value.get(..4)?, value.get(4..).unwrap_or(""));
    let year: i32 = y.parse().ok().filter(|_| y.bytes().all(|b| b.is_ascii_digit()))?;
    match rest.len() {
        0 => Some(TimeValue {
            date: NaiveDate::from_ymd_opt(year, 1, 1)?,
            precision: DatePrecision::Year,
        }),
        3 if rest.starts_with('-') && rest[1..].bytes().all(|b| b.is_ascii_digit()) => {
            month(year, rest[1..].parse().ok()?)
        }
        4 if rest.starts_with("-W") => {
            let week: u32 = rest[2..].parse().ok()?;
            Some(TimeValue {
                date: NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Mon)?,
                precision: DatePrecision::Week,
            })
        }
        _ if rest.len() >= 6 && (rest.len() == 6 || rest.as_bytes()[6] == b'T') => {
            value.get(..10).and_then(ymd).map(day)
        }
        _ => None,
    }
}

/// Resolves the words of a time expression against `anchor` (the
/// dateline); `future` when the clause looks ahead.
pub fn resolve(words: &[&str], anchor: NaiveDate, future: bool) -> Option<TimeValue> {
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let has = |w: &str| lower.iter().any(|x| x == w);
    let year = lower.iter().find_map(|w| {
        w.parse::<i32>()
            .ok()
            .filter(|y| (1900..=2100).contains(y) && w.len() == 4)
    });
    let month_no = lower.iter().find_map(|w| month_number(w));
    let day_no = lower.iter().find_map(|w| {
        w.trim_end_matches(&['s', 't', 'n', 'd', 'r', 'h'][..])
            .parse::<u32>()
            .ok()
            .filter(|d| (1..=31).contains(d) && w.len() <= 4)
    });
    if let Some(m) = month_no {
        let y = year.unwrap_or_else(|| {
            let (ay, am) = (anchor.year(), anchor.month());
            if future && m < am {
                ay + 1
            } else if !future && m > am {
                ay - 1
            } else {
                ay
            }
        });
        return match day_no {
            Some(d) => NaiveDate::from_ymd_opt(y, m, d).map(day),
            None => month(y, m),
        };
    }
    if let Some(y) = year {
        return Some(TimeValue {
            date: NaiveDate::from_ymd_opt(y, 1, 1)?,
            precision: DatePrecision::Year,
        });
    }
    if let Some(wd) = lower.iter().find_map(|w| weekday(w)) {
        let back =
            (anchor.weekday().num_days_from_monday() as i64 - wd.num_days_from_monday() as i64).rem_euclid(7);
        let date = if future && back != 0 {
            anchor + Duration::days(7 - back)
        } else {
            anchor - Duration::days(back)
        };
        return Some(day(date));
    }
    let relative = |unit: &str, by: i64| -> Option<TimeValue> {
        match unit {
            "week" => Some(TimeValue {
                date: week_start(anchor + Duration::days(7 * by)),
                precision: DatePrecision::Week,
            }),
            "month" => shift_month(anchor, by as i32),
            "year" => Some(TimeValue {
                date: NaiveDate::from_ymd_opt(anchor.year() + by as i32, 1, 1)?,
                precision: DatePrecision::Year,
            }),
            _ => None,
        }
    };
    for unit in ["week", "month", "year"] {
        if has(unit) || has(&format!("{unit}end")) {
            if has("last") || has("past") || has("previous") {
                return relative(unit, -1);
            }
            if has("next") || has("coming") {
                return relative(unit, 1);
            }
            if has("this") || has("earlier") || has("later") {
                return relative(unit, 0);
            }
        }
    }
    if has("yesterday") {
        return Some(day(anchor - Duration::days(1)));
    }
    if has("tomorrow") {
        return Some(day(anchor + Duration::days(1)));
    }
    if has("today") || has("tonight") {
        return Some(day(anchor));
    }
    if has("ago") {
        let n = lower
            .iter()
            .find_map(|w| w.parse::<i64>().ok().or_else(|| number_word(w)))?;
        let unit_days = if has("days") || has("day") {
            1
        } else if has("weeks") || has("week") {
            7
        } else {
            return None;
        };
        return Some(day(anchor - Duration::days(n * unit_days)));
    }
    None
}

fn number_word(w: &str) -> Option<i64> {
    [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ]
    .iter()
    .position(|n| *n == w)
    .map(|p| p as i64 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timex_values_name_their_periods() {
        let v = |s: &str| value_of(s).map(|t| (t.date.to_string(), t.precision));
        assert_eq!(v("2022-01-21"), Some(("2022-01-21".into(), DatePrecision::Day)));
        assert_eq!(
            v("2022-01-21TMO"),
            Some(("2022-01-21".into(), DatePrecision::Day))
        );
        assert_eq!(v("2022-W04"), Some(("2022-01-24".into(), DatePrecision::Week)));
        assert_eq!(v("2021-12"), Some(("2021-12-01".into(), DatePrecision::Month)));
        assert_eq!(v("2014"), Some(("2014-01-01".into(), DatePrecision::Year)));
        for none in ["P3D", "PRESENT_REF", "2022-SU", "2022-Q1", "199", "XXXX-12"] {
            assert_eq!(v(none), None, "{none}");
        }
    }

    fn at(words: &str, future: bool) -> Option<(String, DatePrecision)> {
        let anchor = NaiveDate::from_ymd_opt(2022, 1, 21).unwrap();
        let w: Vec<&str> = words.split(' ').collect();
        resolve(&w, anchor, future).map(|t| (t.date.to_string(), t.precision))
    }

    #[test]
    fn resolves_against_the_dateline() {
        use DatePrecision::*;
        assert_eq!(at("in December", false), Some(("2021-12-01".into(), Month)));
        assert_eq!(at("in 2014", false), Some(("2014-01-01".into(), Year)));
        assert_eq!(at("Friday", false), Some(("2022-01-21".into(), Day)));
        assert_eq!(at("on Monday", false), Some(("2022-01-17".into(), Day)));
        assert_eq!(at("on Monday", true), Some(("2022-01-24".into(), Day)));
        assert_eq!(at("last week", false), Some(("2022-01-10".into(), Week)));
        assert_eq!(at("next week", true), Some(("2022-01-24".into(), Week)));
        assert_eq!(at("yesterday", false), Some(("2022-01-20".into(), Day)));
        assert_eq!(at("on March 3 , 2019", false), Some(("2019-03-03".into(), Day)));
        assert_eq!(at("last month", false), Some(("2021-12-01".into(), Month)));
        assert_eq!(at("two days ago", false), Some(("2022-01-19".into(), Day)));
        assert_eq!(at("the talks", false), None);
    }
}
