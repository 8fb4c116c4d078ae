//! One module per subcommand.

pub mod analyze;
pub mod bench;
pub mod code;
pub mod dict;
pub mod eval;
pub mod eval_events;
pub mod export;
pub mod ingest;
pub mod query;
pub mod quotes;
pub mod seed;
pub mod series;
pub mod timex;
pub mod train;
