//! Publication times, kept at the precision the source gave.

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};
use serde::{Serialize, Serializer};
use std::fmt;

/// When an article was published, as precisely as its source says.
///
/// A dateline that gives only a day has no time; one that gives a time
/// without a zone has no offset. The ISO 8601 form keeps that precision:
///
/// ```
/// use dyad_core::Published;
/// let p = Published::parse_iso("2022-01-21T09:21").unwrap();
/// assert_eq!(p.to_string(), "2022-01-21T09:21");
/// assert_eq!(Published::parse_iso("2022-01-21").unwrap().to_string(), "2022-01-21");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Published {
    /// Calendar day.
    pub date: NaiveDate,
    /// Local time of day, when known.
    pub time: Option<NaiveTime>,
    /// Offset from UTC in minutes, when known.
    pub offset_minutes: Option<i32>,
}

impl Published {
    /// A day without a time.
    pub fn day(date: NaiveDate) -> Published {
        Published {
            date,
            time: None,
            offset_minutes: None,
        }
    }

    /// Parses ISO 8601 forms: `2022-01-21`, `2022-01-21T09:21`,
    /// `2022-01-21 09:21:30`, with optional fraction and `Z` or `±hh:mm`.
    pub fn parse_iso(s: &str) -> Option<Published> {
        let s = s.trim();
        let date = NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()?;
        let rest = &s[10..];
        if rest.is_empty() {
            return Some(Published::day(date));
        }
        let rest = rest.strip_prefix(['T', ' '])?;
        let (clock, offset_minutes) = split_offset(rest)?;
        let clock = clock.split('.').next()?;
        let time = NaiveTime::parse_from_str(clock, "%H:%M:%S")
            .or_else(|_| NaiveTime::parse_from_str(clock, "%H:%M"))
            .ok()?;
        Some(Published {
            date,
            time: Some(time),
            offset_minutes,
        })
    }
}

fn split_offset(rest: &str) -> Option<(&str, Option<i32>)> {
    if let Some(clock) = rest.strip_suffix('Z') {
        return Some((clock, Some(0)));
    }
    match rest.rfind(['+', '-']) {
        Some(at) => {
            let (clock, zone) = rest.split_at(at);
            let sign = if zone.starts_with('-') { -1 } else { 1 };
            let digits: String = zone[1..].chars().filter(|c| *c != ':').collect();
            if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let hours: i32 = digits[..2].parse().ok()?;
            let minutes: i32 = digits[2..].parse().ok()?;
            Some((clock, Some(sign * (hours * 60 + minutes))))
        }
        None => Some((rest, None)),
    }
}

impl fmt::Display for Published {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.date;
        write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day())?;
        let Some(t) = self.time else { return Ok(()) };
        write!(f, "T{:02}:{:02}", t.hour(), t.minute())?;
        if t.second() != 0 {
            write!(f, ":{:02}", t.second())?;
        }
        match self.offset_minutes {
            Some(0) => write!(f, "Z"),
            Some(m) => {
                let sign = if m < 0 { '-' } else { '+' };
                write!(f, "{sign}{:02}:{:02}", m.abs() / 60, m.abs() % 60)
            }
            None => Ok(()),
        }
    }
}

impl Serialize for Published {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        ser.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_forms_round_trip_at_their_precision() {
        for (input, shown) in [
            ("2022-01-21", "2022-01-21"),
            ("2022-01-21T09:21", "2022-01-21T09:21"),
            ("2022-01-21T09:21:00", "2022-01-21T09:21"),
            ("2022-01-21T09:21:07.250Z", "2022-01-21T09:21:07Z"),
            ("2022-01-21 17:05:00+03:00", "2022-01-21T17:05+03:00"),
            ("2022-01-21T17:05:00-0500", "2022-01-21T17:05-05:00"),
        ] {
            assert_eq!(Published::parse_iso(input).unwrap().to_string(), shown, "{input}");
        }
    }

    #[test]
    fn rejects_what_is_not_iso() {
        for bad in [
            "",
            "21/01/2022",
            "2022-13-01",
            "2022-01-21T25:00",
            "2022-01-21Tnoon",
        ] {
            assert!(Published::parse_iso(bad).is_none(), "{bad}");
        }
    }
}
