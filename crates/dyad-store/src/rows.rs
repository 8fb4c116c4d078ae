//! The rows queries and exports return. Their columns, as the exports
//! write them, are listed once in [`crate::columns`].

/// One event: the roll-up of every mention of the same (date, source
/// code, target code, CAMEO code), as GDELT counts them.
#[derive(Clone, Debug, PartialEq)]
pub struct EventRow {
    /// Stable id of the (date, source, target, code) key: GLOBALEVENTID.
    pub global_event_id: i64,
    /// Event date, `YYYY-MM-DD`; `None` when nothing dated the event.
    pub date: Option<String>,
    /// Source actor's CAMEO code.
    pub source_code: String,
    /// Source actor's name (from the first mention).
    pub source_name: String,
    /// Target actor's CAMEO code, empty when there is none.
    pub target_code: String,
    /// Target actor's name, empty when there is none.
    pub target_name: String,
    /// CAMEO event code, leading zeros kept.
    pub cameo: String,
    /// Goldstein score of the code.
    pub goldstein: f64,
    /// QuadClass 1–4.
    pub quad_class: i64,
    /// Some mention is in a headline or lead paragraph.
    pub is_root: bool,
    /// Mentions, in all articles.
    pub num_mentions: i64,
    /// Distinct outlets (source, else URL host) among the articles.
    pub num_sources: i64,
    /// Distinct articles.
    pub num_articles: i64,
    /// Where (first mention): place name.
    pub geo_name: Option<String>,
    /// The place's country, ISO 3166-1 alpha-3.
    pub geo_country: Option<String>,
    /// The place's first-level region.
    pub geo_admin1: Option<String>,
    /// Latitude.
    pub geo_lat: Option<f64>,
    /// Longitude.
    pub geo_lon: Option<f64>,
    /// GeoNames id (0 for regions written by hand).
    pub geo_id: Option<i64>,
    /// When the first mentioning article was stored, `YYYYMMDDHHMMSS` UTC.
    pub date_added: String,
    /// URL of the first mentioning article, else its id.
    pub source_url: String,
    /// Evidence of the first mention.
    pub evidence: String,
    /// The most certain mode among the mentions (`asserted` when any
    /// mention asserts the event; order in [`crate::MODES`]).
    pub mode: String,
}

/// One mention: an event as one article states it, with the evidence.
#[derive(Clone, Debug, PartialEq)]
pub struct MentionRow {
    /// The event it rolls up into (GLOBALEVENTID).
    pub global_event_id: i64,
    /// The article's id.
    pub article: String,
    /// The article's URL.
    pub url: Option<String>,
    /// Event date, `YYYY-MM-DD`; `None` when nothing dated the event.
    pub date: Option<String>,
    /// Source actor's CAMEO code.
    pub source_code: String,
    /// Source actor's name.
    pub source_name: String,
    /// Target actor's CAMEO code, empty when there is none.
    pub target_code: String,
    /// Target actor's name.
    pub target_name: String,
    /// CAMEO event code.
    pub cameo: String,
    /// Goldstein score.
    pub goldstein: f64,
    /// QuadClass 1–4.
    pub quad_class: i64,
    /// Modality.
    pub mode: String,
    /// Place name.
    pub geo_name: Option<String>,
    /// Place country.
    pub geo_country: Option<String>,
    /// Sentence index in the article.
    pub sentence: i64,
    /// The sentence's text.
    pub sentence_text: String,
    /// Evidence span start (byte offset in the article text).
    pub span_start: i64,
    /// Evidence span end.
    pub span_end: i64,
    /// The evidence text.
    pub evidence: String,
    /// The trigger word.
    pub trigger: String,
    /// The lexicon rule that fired.
    pub rule: String,
}
