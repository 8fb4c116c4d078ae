//! Exports of the rolled-up events: JSONL, CSV, GDELT 2.0 and Parquet.
//!
//! Each format is an [`EventWriter`] taking one event at a time, so that
//! [`crate::Store::each_event`] exports a store of any size in constant
//! memory (Parquet buffers one row group). JSONL, CSV and Parquet write the
//! columns of [`crate::columns`]; GDELT writes its 61-column layout, which
//! has no place for the mode, so it is fed the events CAMEO counts
//! (`Filter { counted: true, .. }`, docs/gdelt.md).

pub mod csv;
mod fips;
pub mod gdelt;
pub mod jsonl;
pub mod parquet;
mod writer;

pub use self::csv::{write_events_csv, write_mentions_csv, CsvEvents, CsvRows};
pub use self::gdelt::{write_gdelt, GdeltEvents};
pub use self::jsonl::{write_jsonl, JsonlEvents};
pub use self::parquet::{write_parquet, ParquetEvents};
pub use self::writer::{write_all, EventWriter};
