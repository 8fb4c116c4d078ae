//! Reading publication times from dateline lines.
//!
//! Accepts the forms news pages print: `January 21, 2022, 9:21 AM`,
//! `Jan. 21, 2022`, `21 January 2022 14:05 GMT`, `2022-01-21`,
//! `Updated: Friday, Jan 21, 2022 at 9:21 a.m. ET`. A line is a dateline
//! only when almost every word of it belongs to the date.

use chrono::{NaiveDate, NaiveTime};
use dyad_core::Published;

/// English month names, January first.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const FILLERS: &[&str] = &[
    "updated",
    "published",
    "posted",
    "last",
    "on",
    "at",
    "first",
    "modified",
    "date",
    "time",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "et",
    "est",
    "edt",
    "pt",
    "pst",
    "pdt",
    "ct",
    "cst",
    "cdt",
    "bst",
    "cet",
    "cest",
    "msk",
    "ist",
    "of",
    "the",
    "|",
    "-",
    "—",
    "–",
    "/",
    "·",
    "•",
];

/// Month number (1-12) of a month name or abbreviation (`Jan`, `Sept.`).
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    if w.len() < 3 || w.len() > 9 {
        return None;
    }
    let lower = w.to_ascii_lowercase();
    MONTHS
        .iter()
        .position(|m| m.starts_with(lower.as_str()))
        .map(|i| i as u32 + 1)
}

/// English weekday names, Monday first.
pub const WEEKDAYS: [(&str, chrono::Weekday); 7] = [
    ("monday", chrono::Weekday::Mon),
    ("tuesday", chrono::Weekday::Tue),
    ("wednesday", chrono::Weekday::Wed),
    ("thursday", chrono::Weekday::Thu),
    ("friday", chrono::Weekday::Fri),
    ("saturday", chrono::Weekday::Sat),
    ("sunday", chrono::Weekday::Sun),
];

/// The weekday a full weekday name (any case) names.
pub fn weekday(word: &str) -> Option<chrono::Weekday> {
    WEEKDAYS
        .iter()
        .find(|(name, _)| word.eq_ignore_ascii_case(name))
        .map(|(_, d)| *d)
}

#[derive(Default)]
struct Parts {
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
    time: Option<NaiveTime>,
    offset: Option<i32>,
    iso: Option<Published>,
    unknown: usize,
}

/// Parses a dateline line, or returns `None` when the line is not one.
///
/// ```
/// use dyad_text::parse_dateline;
/// let p = parse_dateline("January 21, 2022, 9:21 AM").unwrap();
/// assert_eq!(p.to_string(), "2022-01-21T09:21");
/// assert!(parse_dateline("Talks resumed on January 21, 2022 in Geneva after a pause.").is_none());
/// ```
pub fn parse_dateline(line: &str) -> Option<Published> {
    let line = line.trim();
    if line.is_empty() || line.len() > 90 {
        return None;
    }
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let mut parts = Parts::default();
    let mut i = 0;
    while i < words.len() {
        i += read_word(&words, i, &mut parts);
    }
    if parts.unknown > 1 {
        return None;
    }
    if let Some(iso) = parts.iso {
        return Some(iso);
    }
    let date = NaiveDate::from_ymd_opt(parts.year?, parts.month?, parts.day?)?;
    Some(Published {
        date,
        time: parts.time,
        offset_minutes: parts.time.and(parts.offset),
    })
}

/// Reads the word at `i` into `parts`; returns how many words it used.
fn read_word(words: &[&str], i: usize, parts: &mut Parts) -> usize {
    let w = words[i].trim_matches(|c: char| c == '(' || c == ')' || c == ':' && words[i].len() > 1);
    let lower = w.to_ascii_lowercase();
    let lower = lower.trim_end_matches(':');
    if let Some(p) = Published::parse_iso(w) {
        parts.iso = Some(p);
        return 1;
    }
    if let Some(m) = month_number(w).filter(|_| parts.month.is_none()) {
        parts.month = Some(m);
        return 1;
    }
    if let Some(n) = ordinal_number(lower) {
        if (1000..=2200).contains(&n) && parts.year.is_none() {
            parts.year = Some(n as i32);
            return 1;
        }
        if (1..=31).contains(&n) && parts.day.is_none() {
            parts.day = Some(n);
            return 1;
        }
    }
    if let Some((time, used)) = read_time(words, i) {
        parts.time = Some(time);
        return used;
    }
    match lower {
        "gmt" | "utc" | "z" => parts.offset = Some(0),
        w if FILLERS.contains(&w) => {}
        _ => parts.unknown += 1,
    }
    1
}

fn ordinal_number(w: &str) -> Option<u32> {
    let digits = w
        .strip_suffix("st")
        .or_else(|| w.strip_suffix("nd"))
        .or_else(|| w.strip_suffix("rd"))
        .or_else(|| w.strip_suffix("th"))
        .unwrap_or(w);
    if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// `9:21`, `9:21AM`, `9:21 a.m.`, `14:05:30`: the time and words used.
fn read_time(words: &[&str], i: usize) -> Option<(NaiveTime, usize)> {
    let w = words[i].to_ascii_lowercase();
    let (clock, mut meridiem) = split_meridiem(&w);
    let mut used = 1;
    if meridiem.is_none() {
        if let Some(next) = words.get(i + 1) {
            let next = next.to_ascii_lowercase();
            let (rest, m) = split_meridiem(&next);
            if rest.is_empty() && m.is_some() {
                meridiem = m;
                used = 2;
            }
        }
    }
    let mut fields = clock.split(':');
    let hour: u32 = fields.next()?.parse().ok()?;
    let minute: u32 = fields.next()?.parse().ok()?;
    let second: u32 = fields.next().map_or(Some(0), |s| s.parse().ok())?;
    let hour = match meridiem {
        Some(true) if hour < 12 => hour + 12,
        Some(false) if hour == 12 => 0,
        _ => hour,
    };
    Some((NaiveTime::from_hms_opt(hour, minute, second)?, used))
}

/// Splits `9:21pm` into (`9:21`, Some(true)); `am` alone gives ("", Some(false)).
fn split_meridiem(w: &str) -> (&str, Option<bool>) {
    for (suffix, pm) in [("a.m.", false), ("p.m.", true), ("am", false), ("pm", true)] {
        if let Some(rest) = w.strip_suffix(suffix) {
            return (rest.trim_end(), Some(pm));
        }
    }
    (w, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dateline_forms() {
        for (line, want) in [
            ("January 21, 2022, 9:21 AM", "2022-01-21T09:21"),
            ("Jan. 21, 2022", "2022-01-21"),
            ("2022-01-21", "2022-01-21"),
            ("21 January 2022 14:05 GMT", "2022-01-21T14:05Z"),
            (
                "Updated: Friday, Jan 21, 2022 at 9:21 p.m. ET",
                "2022-01-21T21:21",
            ),
            ("Published 2022-01-21T09:21:00Z", "2022-01-21T09:21Z"),
            ("Sept. 3, 2019 12:00 PM", "2019-09-03T12:00"),
            ("March 4, 2024", "2024-03-04"),
        ] {
            assert_eq!(
                parse_dateline(line).map(|p| p.to_string()).as_deref(),
                Some(want),
                "{line}"
            );
        }
    }

    #[test]
    fn sentences_with_dates_are_not_datelines() {
        for line in [
            "The summit ended on January 21, 2022 without a deal between them.",
            "Talks in Geneva",
            "February 30, 2022",
            "",
        ] {
            assert!(parse_dateline(line).is_none(), "{line}");
        }
    }

    #[test]
    fn month_names_and_abbreviations() {
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("Mar"), Some(3));
        assert_eq!(month_number("may"), Some(5));
        assert_eq!(month_number("Ma"), None);
        assert_eq!(month_number("Marching"), None);
    }
}
