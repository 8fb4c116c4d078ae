//! One sentence being coded.

use super::options::CodeOptions;
use super::when::SentenceTimes;
use chrono::NaiveDate;
use dyad_core::Document;

/// One sentence being coded, with what every entry needs to emit events.
pub(super) struct Sentence<'d> {
    pub doc: &'d Document,
    pub index: usize,
    pub anchor: NaiveDate,
    pub options: &'d CodeOptions,
    pub times: SentenceTimes,
}
