//! The pipeline the stage tests run: the one `dyad` ships, built once per
//! test binary.

#![allow(dead_code)]

use chrono::NaiveDate;
use dyad_core::Document;
use dyad_pipeline::Pipeline;
use std::sync::OnceLock;

pub mod events;

/// The full pipeline.
pub fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::builder().build().expect("the built-in pipeline"))
}

/// The pipeline without tagging and parsing (names only, no events).
pub fn unparsed() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| {
        Pipeline::builder()
            .no_parse(true)
            .build()
            .expect("the built-in pipeline")
    })
}

/// A `YYYY-MM-DD` date.
pub fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// Every stage on `text`, an article published on `on`.
pub fn analyze(text: &str, on: &str) -> Document {
    pipeline().analyze_text(text, Some(date(on)))
}
