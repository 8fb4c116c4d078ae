//! One sentence being coded.

use super::options::CodeOptions;
use super::when::SentenceTimes;
use chrono::NaiveDate;
use dyad_core::{Document, EventActor};

/// One sentence being coded, with what every entry needs to emit events.
pub(super) struct Sentence<'d> {
    pub doc: &'d Document,
    pub index: usize,
    /// The article's date, else the default date, else none.
    pub anchor: Option<NaiveDate>,
    pub options: &'d CodeOptions,
    pub times: SentenceTimes,
    /// The one international militant group the article names, if any
    /// (found once per article: `sides::article_militant`).
    pub militant: Option<&'d EventActor>,
}
