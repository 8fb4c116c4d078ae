//! The event tables' harness: a sentence in, its events matched against
//! `SRC>TGT:CODE[@DATE]` items (see `tests/events.rs` for the format).

use chrono::Datelike;
use dyad_core::{DatePrecision, Event};

/// The date of every article: Wednesday 15 June 2022.
pub const DATELINE: &str = "2022-06-15";

pub fn code(text: &str) -> Vec<Event> {
    super::analyze(text, DATELINE).events
}

/// The event's date at its precision.
pub fn when(e: &Event) -> String {
    match e.date_precision {
        DatePrecision::Year => e.date.format("%Y").to_string(),
        DatePrecision::Month => e.date.format("%Y-%m").to_string(),
        DatePrecision::Week => {
            let w = e.date.iso_week();
            format!("{}-W{:02}", w.year(), w.week())
        }
        DatePrecision::Day => e.date.format("%Y-%m-%d").to_string(),
    }
}

pub fn show(e: &Event) -> String {
    let target = e.target.as_ref().map_or("-", |t| t.code.as_str());
    format!(
        "{}>{}:{}@{} ({})",
        e.source.code,
        target,
        e.cameo,
        when(e),
        e.rule
    )
}

/// True when event `e` fits the expected item `want` (`SRC>TGT:CODE[@DATE]`).
pub fn fits(want: &str, e: &Event) -> bool {
    let (sides, rest) = want.split_once(':').expect("SRC>TGT:CODE");
    let (src, tgt) = sides.split_once('>').expect("SRC>TGT");
    let (code, at) = match rest.split_once('@') {
        Some((c, d)) => (c, Some(d)),
        None => (rest, None),
    };
    let target_ok = match (&e.target, tgt) {
        (None, "-") => true,
        (Some(t), p) if p != "-" => t.code.starts_with(p),
        _ => false,
    };
    let code_ok = if code.len() == 2 {
        e.cameo.starts_with(code)
    } else {
        e.cameo == code
    };
    e.source.code.starts_with(src) && target_ok && code_ok && at.is_none_or(|d| when(e) == d)
}

pub fn check(rows: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    for (text, want) in rows {
        let events = code(text);
        let missing: Vec<&str> = want
            .iter()
            .copied()
            .filter(|w| !events.iter().any(|e| fits(w, e)))
            .collect();
        let unexpected: Vec<String> = events
            .iter()
            .filter(|e| !want.iter().any(|w| fits(w, e)))
            .map(show)
            .collect();
        if !missing.is_empty() || !unexpected.is_empty() {
            failures.push(format!(
                "{text:?}: missing {missing:?}, unexpected {unexpected:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} rows failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
