//! Static word tables of the time grammar.

/// Number words up to twenty, then the tens.
const SMALL: &[&str] = &[
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
    "twenty",
];
const TENS: &[&str] = &["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// The value of a number word or numeral (`three`, `12`, `thirty`).
pub fn number(w: &str) -> Option<u32> {
    if !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()) {
        return w.parse().ok();
    }
    if let Some(n) = SMALL.iter().position(|s| *s == w) {
        return Some(n as u32);
    }
    TENS.iter().position(|s| *s == w).map(|n| 30 + 10 * n as u32)
}

/// The ordinal of a quarter or half (`first`, `3rd`, `fourth`).
pub fn ordinal(w: &str) -> Option<u32> {
    match w {
        "first" | "1st" => Some(1),
        "second" | "2nd" => Some(2),
        "third" | "3rd" => Some(3),
        "fourth" | "4th" => Some(4),
        _ => None,
    }
}

/// A calendar unit as TIMEX3 writes it in durations: (letter, is a clock unit).
pub fn unit(w: &str) -> Option<(&'static str, bool)> {
    let singular = w.strip_suffix('s').unwrap_or(w);
    Some(match singular {
        "second" => ("S", true),
        "minute" => ("M", true),
        "hour" => ("H", true),
        "day" => ("D", false),
        "week" => ("W", false),
        "month" => ("M", false),
        "year" => ("Y", false),
        "decade" => ("DE", false),
        "quarter" => ("Q", false),
        "century" | "centurie" => ("CE", false),
        _ => return None,
    })
}

/// Vague counts: `several years` → `PXY`.
pub const VAGUE: &[&str] = &["several", "few", "many", "some", "numerous"];

/// Words before a count that stay in the expression (`more than two years`).
pub const APPROX: &[&[&str]] = &[
    &["more", "than"],
    &["less", "than"],
    &["fewer", "than"],
    &["up", "to"],
    &["at", "least"],
    &["almost"],
    &["nearly"],
];

/// Words before a count of units that stay in it (`the past two years`).
pub const SPAN_START: &[&str] = &["past", "last", "next", "first", "coming", "previous", "final"];

/// Parts of the day and their TIMEX3 suffixes.
pub const PARTS_OF_DAY: &[(&str, &str)] = &[
    ("morning", "MO"),
    ("afternoon", "AF"),
    ("evening", "EV"),
    ("night", "NI"),
];

/// Seasons, their TIMEX3 suffixes and their first month.
pub const SEASONS: &[(&str, &str, u32)] = &[
    ("spring", "SP", 3),
    ("summer", "SU", 6),
    ("fall", "FA", 9),
    ("autumn", "FA", 9),
    ("winter", "WI", 12),
];

/// Words and phrases of the TIMEX3 reference values.
pub const REFS: &[(&[&str], &str)] = &[
    (&["now"], "PRESENT_REF"),
    (&["currently"], "PRESENT_REF"),
    (&["current"], "PRESENT_REF"),
    (&["nowadays"], "PRESENT_REF"),
    (&["these", "days"], "PRESENT_REF"),
    (&["at", "present"], "PRESENT_REF"),
    (&["the", "present"], "PRESENT_REF"),
    (&["recently"], "PAST_REF"),
    (&["recent", "years"], "PAST_REF"),
    (&["recent", "weeks"], "PAST_REF"),
    (&["recent", "days"], "PAST_REF"),
    (&["lately"], "PAST_REF"),
    (&["the", "past"], "PAST_REF"),
    (&["the", "near", "future"], "FUTURE_REF"),
    (&["the", "future"], "FUTURE_REF"),
];

/// Words that repeat a unit: `daily` → `P1D`.
pub const SETS: &[(&str, &str)] = &[
    ("daily", "P1D"),
    ("nightly", "P1D"),
    ("weekly", "P1W"),
    ("monthly", "P1M"),
    ("hourly", "PT1H"),
    ("yearly", "P1Y"),
];

/// Time zones that may follow a clock time.
pub const ZONES: &[&str] = &[
    "est", "edt", "gmt", "utc", "pst", "pdt", "cst", "cdt", "mst", "mdt", "et", "bst", "cet",
];
