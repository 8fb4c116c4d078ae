//! Exports of the rolled-up events: JSONL, CSV, GDELT 2.0 and Parquet.

pub mod csv;
mod fips;
pub mod gdelt;
pub mod jsonl;
pub mod parquet;

pub use self::csv::{write_events_csv, write_mentions_csv};
pub use self::gdelt::write_gdelt;
pub use self::jsonl::write_jsonl;
pub use self::parquet::write_parquet;
