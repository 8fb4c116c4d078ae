//! Time series of a dyad: per period, events per QuadClass and Goldstein.

use crate::rows::EventRow;
use dyad_core::chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// The length of a period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    /// Calendar days (`2022-01-21`).
    Day,
    /// ISO weeks (`2022-W03`).
    Week,
    /// Calendar months (`2022-01`).
    Month,
}

/// One period of a series.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SeriesRow {
    /// The period's label.
    pub period: String,
    /// Events (rolled up) in the period.
    pub events: u64,
    /// Events of QuadClass 1 (verbal cooperation).
    pub q1: u64,
    /// QuadClass 2 (material cooperation).
    pub q2: u64,
    /// QuadClass 3 (verbal conflict).
    pub q3: u64,
    /// QuadClass 4 (material conflict).
    pub q4: u64,
    /// Sum of the events' Goldstein scores.
    pub goldstein_sum: f64,
    /// Their mean.
    pub goldstein_mean: f64,
}

/// The label of the period a `YYYY-MM-DD` date falls in.
pub fn period_of(date: &str, by: Period) -> String {
    let Ok(d) = NaiveDate::parse_from_str(date, "%Y-%m-%d") else {
        return date.to_owned();
    };
    match by {
        Period::Day => d.format("%Y-%m-%d").to_string(),
        Period::Week => {
            let w = d.iso_week();
            format!("{}-W{:02}", w.year(), w.week())
        }
        Period::Month => d.format("%Y-%m").to_string(),
    }
}

/// Counts events per period, in period order (periods without events
/// are left out, and so are undated events: they fall in no period).
pub fn series(events: &[EventRow], by: Period) -> Vec<SeriesRow> {
    let mut periods: std::collections::BTreeMap<String, SeriesRow> = Default::default();
    for e in events {
        let Some(date) = &e.date else { continue };
        let label = period_of(date, by);
        let row = periods.entry(label.clone()).or_insert_with(|| SeriesRow {
            period: label,
            ..SeriesRow::default()
        });
        row.events += 1;
        match e.quad_class {
            1 => row.q1 += 1,
            2 => row.q2 += 1,
            3 => row.q3 += 1,
            4 => row.q4 += 1,
            _ => {}
        }
        row.goldstein_sum += e.goldstein;
    }
    periods
        .into_values()
        .map(|mut r| {
            r.goldstein_mean = r.goldstein_sum / r.events as f64;
            r
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_are_labelled() {
        let cases = [
            ("2024-03-01", Period::Day, "2024-03-01"),
            ("2024-03-01", Period::Week, "2024-W09"),
            ("2021-01-03", Period::Week, "2020-W53"),
            ("2024-03-01", Period::Month, "2024-03"),
        ];
        for (date, by, label) in cases {
            assert_eq!(period_of(date, by), label, "{date} {by:?}");
        }
    }
}
