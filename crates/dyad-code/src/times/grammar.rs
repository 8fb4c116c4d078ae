//! The time grammar: at a word, the longest time expression that starts
//! there, with its TIMEX3 type and value. Plain matching over the
//! sentence's lower-cased words and static tables; no allocation per word
//! beyond the value found.

use super::words::{
    number, ordinal, unit, APPROX, PARTS_OF_DAY, REFS, SEASONS, SETS, SPAN_START, VAGUE, ZONES,
};
use crate::times::resolve::{resolve, TimeValue};
use chrono::{Datelike, NaiveDate};
use dyad_core::DatePrecision;
use dyad_text::dateline::{month_number, weekday, MONTHS};

/// A time expression found at a word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// Its length in words.
    pub len: usize,
    /// TIMEX3 type.
    pub kind: &'static str,
    /// TIMEX3 value.
    pub value: String,
    /// A point or period of the calendar that `early`, `late`, `the end
    /// of` may narrow (`late November`).
    anchored: bool,
    /// It keeps a `the` before it (`the third quarter`, `the past two years`).
    takes_the: bool,
    /// It names a fiscal quarter the next `the quarter` may refer to.
    pub names_quarter: bool,
}

impl Found {
    fn new(len: usize, kind: &'static str, value: String) -> Found {
        Found {
            len,
            kind,
            value,
            anchored: false,
            takes_the: false,
            names_quarter: false,
        }
    }

    fn date(len: usize, value: String) -> Found {
        Found {
            anchored: true,
            ..Found::new(len, "DATE", value)
        }
    }

    fn with_the(mut self) -> Found {
        self.takes_the = true;
        self
    }
}

/// One sentence's words, and what they are resolved against.
pub struct Cursor<'a> {
    /// The words in lower case.
    pub words: &'a [String],
    /// The words as written.
    pub written: &'a [&'a str],
    /// The dateline.
    pub anchor: NaiveDate,
    /// The fiscal quarter the article last named (`1989-Q3`), as (year, quarter).
    pub quarter: Option<(i32, u32)>,
    /// The tense of the clause of a word.
    pub tense: &'a dyn Fn(usize) -> Tense,
}

/// The tense of the clause a time expression is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    /// Past, or present perfect.
    Past,
    /// Present, or no verb: the nearest date is meant.
    Present,
    /// A `will` or `shall` clause.
    Future,
}

/// The TIMEX3 value of a resolved time.
pub fn timex_value(v: TimeValue) -> String {
    match v.precision {
        DatePrecision::Day => v.date.format("%Y-%m-%d").to_string(),
        DatePrecision::Week => format!("{}-W{:02}", v.date.iso_week().year(), v.date.iso_week().week()),
        DatePrecision::Month => v.date.format("%Y-%m").to_string(),
        DatePrecision::Year => v.date.format("%Y").to_string(),
        DatePrecision::Unknown => "XXXX".to_owned(),
    }
}

/// A month name as news writes it: capitalised, in full or abbreviated with
/// a period (`December`, `Sept.`), so that the modal `may` is no month.
fn is_month(written: &str) -> bool {
    let Some(n) = month_number(written) else {
        return false;
    };
    let capitalised = written.starts_with(|c: char| c.is_uppercase());
    capitalised && (written.ends_with('.') || written.eq_ignore_ascii_case(MONTHS[n as usize - 1]))
}

fn year_of(w: &str) -> Option<i32> {
    (w.len() == 4)
        .then(|| w.parse::<i32>().ok())
        .flatten()
        .filter(|y| (1000..=2099).contains(y))
}

fn day_of(w: &str) -> Option<u32> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    (digits.len() <= 2 && w.len() <= 4)
        .then(|| digits.parse::<u32>().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

/// Phrases that narrow a calendar expression and stay in it.
const LEADS: &[&[&str]] = &[
    &["the", "end", "of"],
    &["the", "beginning", "of"],
    &["the", "start", "of"],
    &["the", "middle", "of"],
    &["the", "turn", "of"],
    &["end", "of"],
];

impl Cursor<'_> {
    fn future(&self, i: usize) -> bool {
        (self.tense)(i) == Tense::Future
    }

    fn w(&self, i: usize) -> &str {
        self.words.get(i).map(String::as_str).unwrap_or("")
    }

    fn starts(&self, i: usize, phrase: &[&str]) -> bool {
        phrase.iter().enumerate().all(|(k, p)| self.w(i + k) == *p)
    }

    /// Resolves words `i..i+len` with the shared resolver.
    fn resolved(&self, i: usize, len: usize, future: bool) -> Option<Found> {
        let parts: Vec<&str> = self.words[i..i + len].iter().map(String::as_str).collect();
        resolve(&parts, self.anchor, future).map(|v| Found::date(len, timex_value(v)))
    }

    /// The longest expression starting at word `i`.
    pub fn at(&self, i: usize) -> Option<Found> {
        if self.w(i) == "the" {
            let inner = self.narrowed(i + 1).or_else(|| self.core(i + 1));
            if let Some(f) = inner.filter(|f| f.takes_the) {
                return Some(Found { len: f.len + 1, ..f });
            }
        }
        self.narrowed(i).or_else(|| self.core(i))
    }

    /// `early`, `late`, `mid-`, `the end of` before a calendar expression.
    fn narrowed(&self, i: usize) -> Option<Found> {
        let lead = LEADS.iter().find(|p| self.starts(i, p)).map(|p| p.len());
        let lead = lead.or_else(|| {
            let w = self.w(i);
            let modifier = matches!(w, "early" | "late" | "mid" | "earlier" | "later" | "mid-");
            modifier.then(|| 1 + usize::from(self.w(i + 1) == "-"))
        })?;
        let inner = self.at(i + lead).filter(|f| f.anchored)?;
        Some(Found {
            len: inner.len + lead,
            ..inner
        })
    }

    fn core(&self, i: usize) -> Option<Found> {
        self.quantity(i)
            .or_else(|| self.quarter(i))
            .or_else(|| self.month_date(i))
            .or_else(|| self.weekday_or_deictic(i))
            .or_else(|| self.holiday(i))
            .or_else(|| self.relative(i))
            .or_else(|| self.year(i))
            .or_else(|| self.clock(i))
            .or_else(|| self.set(i))
            .or_else(|| self.reference(i))
    }
}

mod calendar;
mod counts;
