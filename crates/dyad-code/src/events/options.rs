//! How a coding run codes.

use chrono::NaiveDate;

/// Options of a coding run.
#[derive(Clone, Copy, Debug, Default)]
pub struct CodeOptions {
    /// Keep negated, hypothetical, conditional and merely possible events
    /// too (each with its `mode`).
    pub all_modes: bool,
    /// The date used for articles without one (default: today).
    pub default_date: Option<NaiveDate>,
}
