//! Counted units: durations (`three years`, `the past two months`),
//! distances from the dateline (`two days ago`), repetitions (`daily`),
//! and fiscal quarters and halves.

use super::{number, ordinal, unit, year_of, Cursor, Found, APPROX, SETS, SPAN_START, VAGUE};
use chrono::{Datelike, Duration};

/// A count of units: how many (None: `several`), the unit's letter, whether
/// it is a clock unit, and the words it took.
struct Count {
    n: Option<u32>,
    unit: &'static str,
    clock: bool,
    len: usize,
}

impl Cursor<'_> {
    /// `twenty four` → 24, `twenty-four` → 24, `12` → 12; with its length.
    fn count_at(&self, j: usize) -> Option<(u32, usize)> {
        let n = number(self.w(j))?;
        if n >= 20 && n % 10 == 0 && !self.w(j).starts_with(|c: char| c.is_ascii_digit()) {
            let hyphen = usize::from(self.w(j + 1) == "-");
            if let Some(d) = number(self.w(j + 1 + hyphen)).filter(|d| (1..10).contains(d)) {
                return Some((n + d, 2 + hyphen));
            }
        }
        Some((n, 1))
    }

    /// A count of units from word `i`: `[past] [more than] two [-] years`.
    fn count(&self, i: usize) -> Option<Count> {
        let mut j = i + usize::from(SPAN_START.contains(&self.w(i)));
        if let Some(p) = APPROX.iter().find(|p| self.starts(j, p)) {
            j += p.len();
        }
        let n = if matches!(self.w(j), "a" | "an" | "one") && unit(self.w(j + 1)).is_some() {
            // A rate (`$2 million a year`, `seats a week`) or `a second
            // time` is no duration.
            let before = if j > 0 { self.w(j - 1) } else { "" };
            let rate = before.ends_with(|c: char| c.is_ascii_digit())
                || matches!(before, "million" | "billion" | "seats" | "flights" | "hours");
            let shifted = matches!(self.w(j + 2), "ago" | "earlier" | "later" | "before");
            if self.w(j) != "one" && (rate && !shifted || self.w(j + 1) == "second") {
                return None;
            }
            j += 1;
            Some(1)
        } else if self.starts(j, &["a", "couple", "of"]) {
            j += 3;
            Some(2)
        } else if self.starts(j, &["a", "few"]) || VAGUE.contains(&self.w(j)) {
            j += if self.w(j) == "a" { 2 } else { 1 };
            None
        } else if let Some((n, len)) = self.count_at(j).filter(|(n, _)| *n < 1000) {
            j += len;
            // A range (`two to three weeks`) counts as its first number.
            if matches!(self.w(j), "to" | "or") && self.count_at(j + 1).is_some() {
                j += 1 + self.count_at(j + 1).map_or(0, |(_, l)| l);
            }
            Some(n)
        } else if let Some(f) = self.glued(i, j) {
            return Some(f);
        } else if j > i && (self.w(j).ends_with('s') || matches!(self.w(j), "decade" | "century")) {
            if !self.w(j).ends_with('s') {
                let (letter, _) = unit(self.w(j))?;
                return Some(Count {
                    n: Some(1),
                    unit: letter,
                    clock: false,
                    len: j + 1 - i,
                });
            }
            None
        } else {
            return None;
        };
        j += usize::from(matches!(self.w(j), "-" | "more" | "additional"));
        let (letter, clock) = unit(self.w(j))?;
        let plural = self.w(j).ends_with('s');
        // A title (`60 Minutes`) is no duration.
        if self
            .written
            .get(j)
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
            && j > i
        {
            return None;
        }
        // An age (`a 40-year-old`) or a singular after a vague count is none.
        let fraction = letter == "Q" && self.w(j + 1) == "of";
        if self.is_age(j + 1) || fraction || (n.is_none() && !plural) {
            return None;
        }
        Some(Count {
            n,
            unit: letter,
            clock,
            len: j + 1 - i,
        })
    }

    /// A count glued to its unit in one word: `30-year`, `16-hour`.
    fn glued(&self, i: usize, j: usize) -> Option<Count> {
        let (n, u) = self.w(j).split_once('-')?;
        let n = number(n).filter(|n| *n < 1000)?;
        let (letter, clock) = unit(u).filter(|_| !u.ends_with('s') && !self.is_age(j + 1))?;
        Some(Count {
            n: Some(n),
            unit: letter,
            clock,
            len: j + 1 - i,
        })
    }

    /// True when word `w` goes on `-old` (`a 6-year-old`).
    fn is_age(&self, w: usize) -> bool {
        matches!(self.w(w), "old" | "-old") || self.w(w) == "-" && self.w(w + 1) == "old"
    }

    /// A bare plural after `for` or `in` (`for years`): an unknown count.
    fn bare(&self, i: usize) -> Option<Found> {
        let w = self.w(i);
        let before = if i > 0 { self.w(i - 1) } else { "" };
        let plural = w.ends_with('s') && matches!(before, "for" | "in" | "within" | "over");
        let (letter, clock) = unit(w).filter(|_| plural && !matches!(self.w(i + 1), "of" | "'" | "-"))?;
        let t = if clock { "T" } else { "" };
        Some(Found::new(1, "DURATION", format!("P{t}X{letter}")))
    }

    pub(super) fn quantity(&self, i: usize) -> Option<Found> {
        if let Some(f) = self.bare(i) {
            return Some(f);
        }
        let c = self.count(i)?;
        let end = i + c.len;
        let back = match self.w(end) {
            "ago" | "earlier" | "before" => -1,
            "later" | "hence" => 1,
            "from" if self.w(end + 1) == "now" => 1,
            _ => 0,
        };
        if back != 0 && !SPAN_START.contains(&self.w(i)) {
            let len = c.len + 1 + usize::from(self.w(end) == "from");
            let vague = if back < 0 { "PAST_REF" } else { "FUTURE_REF" };
            let value = match c.n {
                Some(_) => self.shifted(&c, back)?,
                None => vague.to_string(),
            };
            return Some(Found::date(len, value));
        }
        let (n, letter) = match (c.n, c.unit) {
            (Some(n), "DE") => (Some(10 * n), "Y"),
            (Some(n), "CE") => (Some(100 * n), "Y"),
            (n, u) => (n, u),
        };
        let n = n.map_or("X".to_string(), |n| n.to_string());
        let t = if c.clock { "T" } else { "" };
        let value = format!("P{t}{n}{letter}");
        if c.n == Some(1) && i > 0 && matches!(self.w(i - 1), "times" | "once" | "twice" | "%" | "percent") {
            return Some(Found::new(c.len, "SET", value));
        }
        Some(Found::new(c.len, "DURATION", value).with_the())
    }

    /// The date `c` units before (`by` = -1) or after the dateline.
    fn shifted(&self, c: &Count, by: i64) -> Option<String> {
        let n = i64::from(c.n?) * by;
        let a = self.anchor;
        Some(match c.unit {
            "D" if !c.clock => (a + Duration::days(n)).format("%Y-%m-%d").to_string(),
            "W" => {
                let w = (a + Duration::days(7 * n)).iso_week();
                format!("{}-W{:02}", w.year(), w.week())
            }
            "M" if !c.clock => {
                let total = a.year() as i64 * 12 + a.month0() as i64 + n;
                format!("{}-{:02}", total.div_euclid(12), total.rem_euclid(12) + 1)
            }
            "Y" => match self.quarter {
                Some((y, q)) if n == -1 => format!("{}-Q{q}", y - 1),
                _ => (a.year() as i64 + n).to_string(),
            },
            "DE" => (a.year() as i64 + 10 * n).to_string(),
            _ => return None,
        })
    }

    /// `daily`, `every week`, `per year`, `every Friday`.
    pub(super) fn set(&self, i: usize) -> Option<Found> {
        if let Some((_, v)) = SETS.iter().find(|(w, _)| *w == self.w(i)) {
            return Some(Found::new(1, "SET", v.to_string()));
        }
        if !matches!(self.w(i), "every" | "each" | "per") {
            return None;
        }
        if let Some(d) = dyad_text::dateline::weekday(self.w(i + 1)) {
            let value = format!("XXXX-WXX-{}", d.number_from_monday());
            return Some(Found::new(2, "SET", value));
        }
        let (letter, clock) = unit(self.w(i + 1)).filter(|_| !self.w(i + 1).ends_with('s'))?;
        let t = if clock { "T" } else { "" };
        Some(Found::new(2, "SET", format!("P{t}1{letter}")))
    }

    /// Fiscal quarters and halves: `the third quarter`, `third-quarter`,
    /// `the fiscal first half`, `the latest quarter`, `the year-ago quarter`.
    pub(super) fn quarter(&self, i: usize) -> Option<Found> {
        let fiscal = |j: usize| j + usize::from(self.w(j) == "fiscal");
        let j = fiscal(i);
        // `the 1988 third quarter`, `this year's third quarter`.
        let (before, j) = match self.year_before(j) {
            Some((y, len)) if ordinal(self.w(j + len)).is_some() => (Some(y), j + len),
            Some((y, 1)) => (Some(y), j),
            _ => (None, j),
        };
        if let Some(q) = ordinal(self.w(j)) {
            let k = fiscal(j + 1 + usize::from(self.w(j + 1) == "-"));
            let half = match self.w(k) {
                "quarter" => false,
                "half" if q <= 2 => true,
                _ => return None,
            };
            let mut len = k + 1 - i;
            let year = if self.w(k + 1) == "of" {
                year_of(self.w(k + 2)).inspect(|_| len += 2)
            } else {
                None
            };
            let value = self.nth_period(q, half, year.or(before), i);
            let f = Found::date(len, value).with_the();
            return Some(Found {
                names_quarter: !half,
                ..f
            });
        }
        if let Some(y) = before.filter(|_| matches!(self.w(j + 1), "quarter" | "period")) {
            let (_, q) = self.current_quarter();
            return Some(Found::date(2, format!("{y}-Q{q}")).with_the());
        }
        let ago = self.starts(j, &["year", "-", "ago"]) || self.starts(j, &["year", "-", "earlier"]);
        if ago && matches!(self.w(j + 3), "quarter" | "period") {
            let (y, q) = self.current_quarter();
            return Some(Found::date(j + 4 - i, format!("{}-Q{q}", y - 1)).with_the());
        }
        if let Some(q) = ordinal(self.w(j + 3)).filter(|_| ago && self.w(j + 4) == "quarter") {
            let y = self.current_quarter().0;
            return Some(Found::date(j + 5 - i, format!("{}-Q{q}", y - 1)).with_the());
        }
        if ago {
            let value = match self.quarter {
                Some((y, q)) => format!("{}-Q{q}", y - 1),
                None => (self.anchor.year() - 1).to_string(),
            };
            return Some(Found::date(3, value));
        }
        let latest = matches!(self.w(j), "latest" | "current" | "recent" | "same" | "this");
        let k = j + usize::from(latest);
        let period = self.w(k) == "quarter" || latest && self.w(k) == "period";
        let after_the = i > 0 && self.w(i - 1) == "the";
        if period && (latest || after_the) {
            let (y, q) = self.current_quarter();
            return Some(Found::date(k + 1 - i, format!("{y}-Q{q}")).with_the());
        }
        None
    }

    /// The quarter the article talks about: the last it named, else the
    /// last one finished before the dateline.
    fn current_quarter(&self) -> (i32, u32) {
        self.quarter.unwrap_or_else(|| {
            let q = self.anchor.month0() / 3 + 1;
            if q == 1 {
                (self.anchor.year() - 1, 4)
            } else {
                (self.anchor.year(), q - 1)
            }
        })
    }

    /// Quarter or half `n`: of `year` when given, else the one the
    /// dateline's year has reached (the year before in a past clause).
    fn nth_period(&self, n: u32, half: bool, year: Option<i32>, i: usize) -> String {
        let (letter, now) = if half {
            ("H", self.anchor.month0() / 6 + 1)
        } else {
            ("Q", self.anchor.month0() / 3 + 1)
        };
        let y = year.unwrap_or(self.anchor.year() - i32::from(n > now && !self.future(i)));
        format!("{y}-{letter}{n}")
    }

    /// A year before a quarter: `1988` (one word), `this year 's` (three).
    fn year_before(&self, j: usize) -> Option<(i32, usize)> {
        if let Some(y) = year_of(self.w(j)) {
            return Some((y, 1));
        }
        let by = match self.w(j) {
            "this" => 0,
            "last" => -1,
            "next" => 1,
            _ => return None,
        };
        (self.w(j + 1) == "year" && self.w(j + 2) == "'s").then_some((self.anchor.year() + by, 3))
    }
}
