//! Calendar expressions: dates, weekdays, `yesterday`, `last week`,
//! seasons, years and decades, clock times and the reference words.

use super::{day_of, is_month, number, weekday, year_of, Cursor, Found, PARTS_OF_DAY, REFS, SEASONS, ZONES};
use super::{month_number, Tense};
use chrono::{Datelike, Duration, NaiveDate};

const RELATIVE: &[&str] = &["last", "next", "this", "past", "coming", "previous"];
/// How a holiday's day is found in its month.
enum Holiday {
    Fixed(u32),
    Nth(chrono::Weekday, u8),
    AfterFirstMonday,
}

const DEICTIC: &[&str] = &["yesterday", "today", "tomorrow", "tonight"];
const DECADES: &[&str] = &[
    "tens",
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
];

impl Cursor<'_> {
    /// `Sept. 30`, `March 3, 2019`, `21 January 2022`, `August 1988`,
    /// `December`, `Friday, Oct. 23`, `mid-November`.
    pub(super) fn month_date(&self, i: usize) -> Option<Found> {
        let lead = match (weekday(self.w(i)).is_some(), self.w(i + 1)) {
            (true, ",") => 2,
            (true, _) if self.written.get(i + 1).is_some_and(|w| is_month(w)) => 1,
            _ => 0,
        };
        let j = i + lead;
        let written = *self.written.get(j)?;
        if let Some(m) = written.strip_prefix("mid-").filter(|m| is_month(m)) {
            let parts = [m.to_lowercase()];
            let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
            let future = self.month_future(month_number(m)?, j, false);
            let v = crate::times::resolve::resolve(&parts, self.anchor, future)?;
            return Some(Found::date(1, super::timex_value(v)));
        }
        let mut n = if is_month(written) {
            1 + usize::from(day_of(self.w(j + 1)).is_some())
        } else if day_of(self.w(j)).is_some() && self.written.get(j + 1).is_some_and(|w| is_month(w)) {
            2
        } else {
            return None;
        };
        if self.w(j + n) == "," && year_of(self.w(j + n + 1)).is_some() {
            n += 2;
        } else if year_of(self.w(j + n)).is_some() {
            n += 1;
        } else if let Some(y) = (self.w(j + n) == "nineteen").then(|| self.year(j + n)).flatten() {
            // `January nineteen ninety-seven`.
            let m = month_number(self.w(j))?;
            return Some(Found::date(lead + n + y.len, format!("{}-{m:02}", y.value)));
        } else if self.w(j + n + 1) == "year" {
            // `June last year`, `April next year`.
            let by = match self.w(j + n) {
                "this" => 0,
                "last" => -1,
                "next" => 1,
                _ => 2,
            };
            if by != 2 {
                let f = self.resolved(j, n, false)?;
                let y = self.anchor.year() + by;
                let rest = f.value.split_once('-').map_or("", |(_, r)| r).to_string();
                return Some(Found::date(lead + n + 2, format!("{y}-{rest}")));
            }
        }
        let m = month_number(self.w(j)).or_else(|| month_number(self.w(j + 1)))?;
        let day = n > 1 && day_of(self.w(j + 1)).or(day_of(self.w(j))).is_some();
        let f = self.resolved(j, n, self.month_future(m, j + n - 1, day))?;
        Some(self.of_year(Found { len: n + lead, ..f }, i))
    }

    /// Whether month `m` without a year is the next one rather than the
    /// last: the next in a future clause, the last for a month alone in a
    /// past clause, else the next when it comes within four months (news
    /// dates coming events in past clauses: `payable Dec. 1`).
    fn month_future(&self, m: u32, w: usize, day: bool) -> bool {
        let ahead = (m + 12 - self.anchor.month()) % 12;
        match (self.tense)(w) {
            Tense::Future => true,
            Tense::Past if !day => false,
            _ => ahead <= 4,
        }
    }

    /// `Thanksgiving Day`, `Christmas`, `Election Day`: fixed and
    /// weekday-counted holidays, in the year the tense points to.
    pub(super) fn holiday(&self, i: usize) -> Option<Found> {
        let (len, m, day) = match (self.w(i), self.w(i + 1)) {
            ("thanksgiving", next) => (
                1 + usize::from(next == "day"),
                11,
                Holiday::Nth(chrono::Weekday::Thu, 4),
            ),
            ("election", "day") => (2, 11, Holiday::AfterFirstMonday),
            ("christmas", next) => (1 + usize::from(next == "day"), 12, Holiday::Fixed(25)),
            ("independence", "day") => (2, 7, Holiday::Fixed(4)),
            _ => return None,
        };
        let y = self.anchor.year() + i32::from(self.month_future(m, i, true) && m < self.anchor.month())
            - i32::from(!self.month_future(m, i, true) && m > self.anchor.month());
        let date = match day {
            Holiday::Fixed(d) => NaiveDate::from_ymd_opt(y, m, d)?,
            Holiday::Nth(wd, n) => NaiveDate::from_weekday_of_month_opt(y, m, wd, n)?,
            Holiday::AfterFirstMonday => {
                NaiveDate::from_weekday_of_month_opt(y, m, chrono::Weekday::Mon, 1)? + Duration::days(1)
            }
        };
        Some(Found::date(len, date.format("%Y-%m-%d").to_string()))
    }

    /// `the summer of 1989`: a season or month given its year after `of`.
    fn of_year(&self, f: Found, i: usize) -> Found {
        let end = i + f.len;
        let Some(y) = (self.w(end) == "of").then(|| year_of(self.w(end + 1))).flatten() else {
            return f;
        };
        let value = match f.value.split_once('-') {
            Some((_, rest)) if f.value.len() <= 7 => format!("{y}-{rest}"),
            _ => return f,
        };
        Found {
            len: f.len + 2,
            value,
            ..f
        }
    }

    /// `Friday`, `Friday morning`, `last Friday`, `yesterday`, `this
    /// morning`, `last night`, `tonight`.
    pub(super) fn weekday_or_deictic(&self, i: usize) -> Option<Found> {
        let w = self.w(i);
        let lead =
            usize::from(matches!(w, "last" | "next" | "this" | "coming") && weekday(self.w(i + 1)).is_some());
        let j = i + lead;
        if weekday(self.w(j)).is_none() && !DEICTIC.contains(&self.w(j)) {
            return self.part_of_today(i);
        }
        let day = match weekday(self.w(j)) {
            Some(d) => Found::date(1, self.weekday_date(d, w, j).format("%Y-%m-%d").to_string()),
            None => self.resolved(j, 1, false)?,
        };
        match PARTS_OF_DAY.iter().find(|(p, _)| *p == self.w(j + 1)) {
            Some((_, suffix)) => Some(Found {
                kind: "TIME",
                value: format!("{}T{suffix}", day.value),
                ..Found::date(lead + 2, String::new())
            }),
            None => Some(Found { len: lead + 1, ..day }),
        }
    }

    /// The date of weekday `d` named at word `j` after `lead` (`last`,
    /// `next`): the one before the dateline in a past clause or after
    /// `last`, after it in a future clause or after `next`, else the nearest.
    fn weekday_date(&self, d: chrono::Weekday, lead: &str, j: usize) -> NaiveDate {
        let a = self.anchor;
        let back =
            (a.weekday().num_days_from_monday() as i64 - d.num_days_from_monday() as i64).rem_euclid(7);
        let ahead = (7 - back) % 7;
        let days = match (lead, (self.tense)(j)) {
            ("last", _) => -(if back == 0 { 7 } else { back }),
            ("next" | "coming", _) => {
                if ahead == 0 {
                    7
                } else {
                    ahead
                }
            }
            (_, Tense::Past) => -back,
            (_, Tense::Future) => ahead,
            (_, Tense::Present) if ahead <= 1 && ahead > 0 => ahead,
            (_, Tense::Present) => -back,
        };
        a + Duration::days(days)
    }

    /// `this morning`, `last night`.
    fn part_of_today(&self, i: usize) -> Option<Found> {
        let (_, suffix) = PARTS_OF_DAY.iter().find(|(p, _)| *p == self.w(i + 1))?;
        let day = match self.w(i) {
            "this" => self.anchor,
            "last" if self.w(i + 1) == "night" => self.anchor - Duration::days(1),
            _ => return None,
        };
        let value = format!("{}T{suffix}", day.format("%Y-%m-%d"));
        Some(Found {
            kind: "TIME",
            ..Found::date(2, value)
        })
    }

    /// `last week`, `this year`, `next month`, `the weekend`, `last
    /// November`, `this summer`, `this century`.
    pub(super) fn relative(&self, i: usize) -> Option<Found> {
        let w = self.w(i);
        let next = self.w(i + 1);
        if let Some(f) = self.season(i) {
            return Some(f);
        }
        let after_the = i > 0 && self.w(i - 1) == "the";
        if after_the && next == "year" && matches!(w, "full" | "fiscal") {
            return Some(match w {
                "full" => Found::date(2, self.anchor.year().to_string()).with_the(),
                _ => Found::new(2, "DURATION", "P1Y".into()).with_the(),
            });
        }
        if w == "year" && next == "-" && self.w(i + 2) == "end" {
            return Some(Found::date(3, format!("{}-12-31", self.anchor.year())));
        }
        // `by year end`, `before the year's end`.
        if w == "year" && (next == "end" || next == "'s" && self.w(i + 2) == "end") {
            return Some(Found::date(
                if next == "end" { 2 } else { 3 },
                self.anchor.year().to_string(),
            ));
        }
        if w == "year" && after_the && !matches!(next, "'s" | "-" | "ago" | "earlier" | "before" | "two") {
            // `in the year`, `the end of the year`: this year; else a year long.
            let before = if i > 1 { self.w(i - 2) } else { "" };
            if matches!(before, "of" | "in" | "during") {
                return Some(Found::date(1, self.anchor.year().to_string()).with_the());
            }
            return Some(Found::new(1, "DURATION", "P1Y".into()).with_the());
        }
        if w == "weekend" && after_the {
            return self.weekend(i64::from(self.future(i)), 1).map(Found::with_the);
        }
        if w == "current" && self.w(i + 1 + usize::from(self.w(i + 1) == "fiscal")) == "year" {
            let len = 2 + usize::from(self.w(i + 1) == "fiscal");
            return Some(Found::date(len, self.anchor.year().to_string()).with_the());
        }
        if !RELATIVE.contains(&w) {
            return None;
        }
        let future = match w {
            "next" | "coming" => true,
            "last" | "past" | "previous" => false,
            _ => self.future(i),
        };
        if next == "weekend" {
            let by = match w {
                "next" | "coming" => 1,
                "last" | "past" | "previous" => -1,
                _ => i64::from(future),
            };
            return self.weekend(by, 2);
        }
        if next == "century" && w == "this" {
            return Some(Found::date(2, (self.anchor.year() / 100).to_string()));
        }
        let month = self.written.get(i + 1).is_some_and(|m| is_month(m));
        // A title (`This Week`) is no expression.
        if !month
            && self
                .written
                .get(i + 1)
                .is_some_and(|m| m.starts_with(|c: char| c.is_uppercase()))
        {
            return None;
        }
        if matches!(w, "this" | "last") && month {
            // `last February` in early March is a year back, not a week.
            let m = month_number(next)?;
            let am = self.anchor.month();
            let y = match w {
                "last" => self.anchor.year() - i32::from(m > am) - i32::from((am + 12 - m) % 12 <= 1),
                _ => self.anchor.year(),
            };
            return Some(Found::date(2, format!("{y}-{m:02}")));
        }
        if matches!(next, "week" | "month" | "year") || month {
            return self.resolved(i, 2, future).map(Found::with_the);
        }
        None
    }

    /// The weekend after the dateline (`by` = 1), before it (-1), or the
    /// last one begun (0): a dateline on a Saturday or Sunday is in it.
    fn weekend(&self, by: i64, len: usize) -> Option<Found> {
        let in_weekend = self.anchor.weekday().number_from_monday() >= 6;
        let weeks = match by {
            0 if in_weekend => 0,
            0 => -1,
            1 if in_weekend => 1,
            1 => 0,
            _ => -1,
        };
        let w = (self.anchor + Duration::days(7 * weeks)).iso_week();
        Some(Found::date(len, format!("{}-W{:02}-WE", w.year(), w.week())))
    }

    /// `this summer`, `last fall`, `the winter`, `next spring`.
    fn season(&self, i: usize) -> Option<Found> {
        let lead = matches!(
            self.w(i),
            "this" | "last" | "next" | "the" | "early" | "late" | "past"
        );
        let (_, code, first) = SEASONS
            .iter()
            .find(|(s, _, _)| *s == self.w(i + 1))
            .filter(|_| lead)?;
        let (y, m) = (self.anchor.year(), self.anchor.month());
        let started = m >= *first;
        let year = match self.w(i) {
            "last" | "past" => y - 1 + i32::from(started && m >= first + 3),
            "next" => y + i32::from(started),
            "this" => y,
            _ if self.future(i) => y + i32::from(started && m >= first + 3),
            _ => y - i32::from(!started),
        };
        Some(self.of_year(Found::date(2, format!("{year}-{code}")), i))
    }

    /// `1990`, `fiscal 1989`, `the 1990s`, `nineteen ninety-six`, `the year two thousand`.
    pub(super) fn year(&self, i: usize) -> Option<Found> {
        let w = self.w(i);
        if w == "fiscal" {
            return self.year(i + 1).map(|f| Found { len: f.len + 1, ..f });
        }
        if let Some(rest) = ["mid-", "post-", "pre-"].iter().find_map(|p| w.strip_prefix(p)) {
            let y = year_of(rest).or_else(|| rest.strip_suffix('s').and_then(year_of))?;
            let decade = rest.ends_with('s');
            let value = if decade {
                (y / 10).to_string()
            } else {
                y.to_string()
            };
            return Some(Found::date(1, value).with_the());
        }
        if let Some(y) = year_of(w) {
            let unit = matches!(self.w(i + 1), "%" | "percent" | "people" | "troops" | "members");
            if unit || i > 0 && self.w(i - 1) == "$" {
                return None;
            }
            return Some(Found::date(1, y.to_string()));
        }
        if let Some(y) = w.strip_suffix('s').and_then(year_of).filter(|y| y % 10 == 0) {
            return Some(Found::date(1, (y / 10).to_string()).with_the());
        }
        if let Some(n) = w.strip_suffix(|c: char| c.is_ascii_alphabetic()) {
            let n = n
                .trim_end_matches(|c: char| c.is_ascii_alphabetic())
                .parse::<u32>()
                .ok();
            if let Some(n) = n.filter(|n| (1..=30).contains(n) && self.w(i + 1) == "century") {
                return Some(Found::date(2, (n - 1).to_string()).with_the());
            }
        }
        if let Some(d) = DECADES.iter().position(|d| *d == w) {
            return (i > 0 && self.w(i - 1) == "the")
                .then(|| Found::date(1, (191 + d).to_string()).with_the());
        }
        if w == "nineteen" {
            let (n, len) = self.count_after(i + 1)?;
            return (10..100)
                .contains(&n)
                .then(|| Found::date(1 + len, (1900 + n).to_string()));
        }
        if self.starts(i, &["year", "two", "thousand"]) {
            return Some(Found::date(3, "2000".into()).with_the());
        }
        None
    }

    fn count_after(&self, j: usize) -> Option<(u32, usize)> {
        let n = number(self.w(j))?;
        let hyphen = usize::from(self.w(j + 1) == "-");
        match number(self.w(j + 1 + hyphen)).filter(|d| (1..10).contains(d) && n >= 20) {
            Some(d) => Some((n + d, 2 + hyphen)),
            None => Some((n, 1)),
        }
    }

    /// `9:21 a.m.`, `10 p.m. EST`, `noon`, `midnight`.
    pub(super) fn clock(&self, i: usize) -> Option<Found> {
        let w = self.w(i);
        let (mut h, min, mut len) = if let Some((h, m)) = w.split_once(':') {
            let h: u32 = h.parse().ok().filter(|h| *h < 24)?;
            let m: u32 = m.parse().ok().filter(|v: &u32| *v < 60 && m.len() == 2)?;
            (h, m, 1)
        } else if let Some(h) = number(w).filter(|h| (1..=12).contains(h)) {
            if !matches!(self.w(i + 1), "a.m." | "p.m." | "am" | "pm" | "o'clock") {
                return None;
            }
            (h, 0, 1)
        } else {
            return match w {
                "noon" | "midday" => Some(self.at_clock(i, 1, 12, 0)),
                "midnight" => Some(self.at_clock(i, 1, 24, 0)),
                _ => None,
            };
        };
        match self.w(i + 1) {
            "a.m." | "am" => {
                h %= 12;
                len += 1;
            }
            "p.m." | "pm" => {
                h = h % 12 + 12;
                len += 1;
            }
            "o'clock" => len += 1,
            _ => {}
        }
        len += usize::from(ZONES.contains(&self.w(i + len)));
        Some(self.at_clock(i, len, h, min))
    }

    /// A clock time at word `i`, on the day a weekday or `today` after it
    /// names (`noon Thursday`), else on the dateline.
    fn at_clock(&self, i: usize, len: usize, h: u32, m: u32) -> Found {
        let at = i + len + usize::from(self.w(i + len) == ",");
        let day_word = self.w(at);
        let on = match weekday(day_word) {
            Some(d) => Some(Found::date(
                1,
                self.weekday_date(d, "", at).format("%Y-%m-%d").to_string(),
            )),
            None if DEICTIC.contains(&day_word) => self.resolved(at, 1, false),
            None => self.month_date(at).filter(|f| f.value.len() == 10),
        };
        let (day, len) = match on {
            Some(d) => (d.value, at - i + d.len),
            None => (self.anchor.format("%Y-%m-%d").to_string(), len),
        };
        Found {
            kind: "TIME",
            ..Found::date(len, format!("{day}T{h:02}:{m:02}"))
        }
    }

    /// `now`, `currently`, `recently`, `the past`, `the future`, `soon`.
    pub(super) fn reference(&self, i: usize) -> Option<Found> {
        let (words, value) = REFS.iter().find(|(p, _)| self.starts(i, p))?;
        Some(Found::new(words.len(), "DATE", value.to_string()))
    }
}
