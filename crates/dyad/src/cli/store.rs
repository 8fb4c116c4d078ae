//! Arguments of the store commands: `dyad ingest`, `query`, `export`,
//! `series`.

use super::shared::{DictArgs, EventArgs, ReadArgs};
use clap::{Args, ValueEnum};
use dyad_store::{Filter, SideMatch};
use std::path::PathBuf;

/// `--help` examples of `dyad ingest`.
pub const INGEST_EXAMPLES: &str = "\
Articles already stored (same text, by SHA-256) are skipped, so running
the same ingest twice adds nothing. Each batch of articles is committed
at once: an interrupted ingest keeps whole articles only, and running it
again finishes the job. WARC files (.warc, .warc.gz, as Common Crawl News
publishes them) are read record by record; their HTML responses are
articles, and a bad record is reported while the others are read.

Examples:
  dyad ingest examples/                       into ./dyad.db
  dyad ingest --db news.db feeds/*.jsonl.gz CC-NEWS-20240101.warc.gz
  zcat feed.jsonl.gz | dyad ingest --db news.db -
  dyad ingest --recode --db news.db           re-code everything stored (new dictionaries or model)

Exit status: 0 when every input was read, 1 when some input failed (the
others were stored), 2 on a usage error or when the database failed.";

/// Arguments of `dyad ingest`.
#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Articles: files, directories, .gz, .warc(.gz) files, or - for standard input.
    #[arg(value_name = "INPUT", required_unless_present = "recode")]
    pub inputs: Vec<String>,
    /// The database (created if missing).
    #[arg(long, default_value = "dyad.db", value_name = "FILE")]
    pub db: PathBuf,
    /// Re-code every stored article (and the inputs) into a new run; queries
    /// keep reading the old run until the new one commits.
    #[arg(long)]
    pub recode: bool,
    /// Articles per transaction.
    #[arg(long, default_value_t = 64, value_name = "N")]
    pub batch: usize,
    /// Limit the database to this many pages (tests: a full disk).
    #[arg(long, hide = true)]
    pub max_db_pages: Option<i64>,
    #[command(flatten)]
    pub events: EventArgs,
    #[command(flatten)]
    pub dicts: DictArgs,
    #[command(flatten)]
    pub read: ReadArgs,
}

/// `--help` examples of `dyad query`.
pub const QUERY_EXAMPLES: &str = "\
Codes match as prefixes: --actor USA matches USAGOV and USAMIL. Each row is
one mention (an event as one article states it, with its evidence and its
mode); --events rolls mentions up into events (same date, source, target,
CAMEO code) with their mention, source and article counts, and the most
certain mode of their mentions.

Examples:
  dyad query --dyad USA:RUS --both --from 2022-01-01 --to 2022-01-31
  dyad query --actor RUSGOV --cameo 04 --format csv > meetings.csv
  dyad query --quad-class 4 --place UKR --events
  dyad query --text ceasefire --format jsonl";

/// Output formats of `dyad query`.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum QueryFormat {
    /// An aligned table (the default on a terminal).
    Table,
    /// One JSON object per row (the default in pipes).
    Jsonl,
    /// CSV with a header row.
    Csv,
}

/// Selection flags shared by `dyad query`, `dyad export` and `dyad series`.
#[derive(Debug, Args, Default)]
pub struct FilterArgs {
    /// Actor code or prefix, on either side (USA, RUSGOV).
    #[arg(long, value_name = "CODE")]
    pub actor: Option<String>,
    /// Only where the actor of --actor is the source.
    #[arg(long, requires = "actor", conflicts_with = "as_target")]
    pub as_source: bool,
    /// Only where the actor of --actor is the target.
    #[arg(long, requires = "actor")]
    pub as_target: bool,
    /// Source and target code prefixes, SOURCE:TARGET.
    #[arg(long, value_name = "SRC:TGT", value_parser = parse_dyad)]
    pub dyad: Option<(String, String)>,
    /// Also match the dyad the other way round.
    #[arg(long, requires = "dyad")]
    pub both: bool,
    /// CAMEO root or code prefix (04, 042).
    #[arg(long, value_name = "CODE")]
    pub cameo: Option<String>,
    /// QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal
    /// conflict, 4 material conflict.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(1..=4))]
    pub quad_class: Option<u8>,
    /// First event date (YYYY-MM-DD), inclusive.
    #[arg(long, value_name = "DATE")]
    pub from: Option<chrono::NaiveDate>,
    /// Last event date (YYYY-MM-DD), inclusive.
    #[arg(long, value_name = "DATE")]
    pub to: Option<chrono::NaiveDate>,
    /// Place name (part of it) or country code (UKR) of the event.
    #[arg(long, value_name = "PLACE")]
    pub place: Option<String>,
    /// Text the evidence sentence contains.
    #[arg(long, value_name = "TEXT")]
    pub text: Option<String>,
    /// Only mentions of this mode (negated, conditional… are stored by
    /// `dyad ingest --all-modes`).
    #[arg(long, value_enum, value_name = "MODE")]
    pub mode: Option<ModeArg>,
}

/// The modes of events (docs/schema.md).
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum ModeArg {
    /// Said to have happened.
    Asserted,
    /// Announced, planned, promised or threatened.
    Intended,
    /// Might happen.
    Possible,
    /// Depends on a condition.
    Conditional,
    /// Asked about or wondered.
    Hypothetical,
    /// Said not to have happened, or denied.
    Negated,
}

/// Parses `SOURCE:TARGET` (upper-cased).
pub fn parse_dyad(s: &str) -> Result<(String, String), String> {
    match s.split_once(':') {
        Some((a, b)) if !a.is_empty() && !b.is_empty() => {
            Ok((a.to_ascii_uppercase(), b.to_ascii_uppercase()))
        }
        _ => Err(format!("expected SOURCE:TARGET such as USA:RUS, got {s:?}")),
    }
}

impl FilterArgs {
    /// The store filter these flags describe.
    pub fn filter(&self) -> Filter {
        let day = |d: &Option<chrono::NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string());
        Filter {
            actor: self.actor.as_ref().map(|a| a.to_ascii_uppercase()),
            actor_side: match (self.as_source, self.as_target) {
                (true, _) => SideMatch::Source,
                (_, true) => SideMatch::Target,
                _ => SideMatch::Either,
            },
            dyad: self.dyad.clone(),
            both: self.both,
            cameo: self.cameo.clone(),
            quad_class: self.quad_class,
            from: day(&self.from),
            to: day(&self.to),
            place: self.place.clone(),
            text: self.text.clone(),
            mode: self
                .mode
                .and_then(|m| m.to_possible_value())
                .map(|v| v.get_name().to_owned()),
            counted: false,
            limit: None,
        }
    }
}

/// Arguments of `dyad query`.
#[derive(Debug, Args)]
pub struct QueryArgs {
    /// The database.
    #[arg(long, default_value = "dyad.db", value_name = "FILE")]
    pub db: PathBuf,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Roll mentions up into events.
    #[arg(long)]
    pub events: bool,
    /// At most this many rows.
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
    /// Output format (default: table on a terminal, JSONL in pipes).
    #[arg(long, value_enum)]
    pub format: Option<QueryFormat>,
}

/// `--help` examples of `dyad export`.
pub const EXPORT_EXAMPLES: &str = "\
Exports the events of the latest committed run, rolled up as GDELT does
(one row per date, source, target and CAMEO code, with NumMentions,
NumSources, NumArticles) with the most certain mode of their mentions.
The gdelt format is GDELT 2.0's 61-column tab-separated event table
without a header (docs/gdelt.md); having no column for the mode, it keeps
only the mentions CAMEO counts (asserted ones, and intended or possible
ones with an intent code, 03x or 13x) unless --all-modes is given.

Examples:
  dyad export --format gdelt > events.tsv
  dyad export --format csv --out events.csv
  dyad export --format parquet --out events.parquet
  dyad export --format jsonl --dyad USA:RUS --both";

/// Export formats.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum ExportFormat {
    /// One JSON object per event.
    Jsonl,
    /// CSV with a header row.
    Csv,
    /// GDELT 2.0 event table (61 tab-separated columns, no header).
    Gdelt,
    /// Apache Parquet (needs --out).
    Parquet,
}

/// Arguments of `dyad export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The database.
    #[arg(long, default_value = "dyad.db", value_name = "FILE")]
    pub db: PathBuf,
    /// Output format.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Write here instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// GDELT only: also write events CAMEO does not count (negated,
    /// conditional…, stored by `dyad ingest --all-modes`), which the GDELT
    /// layout cannot tell apart. Other formats always carry every mode in
    /// their `mode` column.
    #[arg(long)]
    pub all_modes: bool,
    #[command(flatten)]
    pub filter: FilterArgs,
}

/// `--help` examples of `dyad series`.
pub const SERIES_EXAMPLES: &str = "\
One CSV line per period with events: the period, the number of events
(rolled up as GDELT does), the count of each QuadClass (q1 verbal
cooperation, q2 material cooperation, q3 verbal conflict, q4 material
conflict), and the sum and mean of their Goldstein scores.

Examples:
  dyad series --dyad USA:RUS --by month
  dyad series --dyad USA:RUS --both --by week --from 2022-01-01";

/// Period lengths.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum By {
    /// Days.
    Day,
    /// ISO weeks.
    Week,
    /// Months.
    Month,
}

/// Arguments of `dyad series`.
#[derive(Debug, Args)]
pub struct SeriesArgs {
    /// The database.
    #[arg(long, default_value = "dyad.db", value_name = "FILE")]
    pub db: PathBuf,
    /// Source and target code prefixes, SOURCE:TARGET.
    #[arg(long, value_name = "SRC:TGT", value_parser = parse_dyad)]
    pub dyad: (String, String),
    /// Also count the dyad the other way round.
    #[arg(long)]
    pub both: bool,
    /// Period length.
    #[arg(long, value_enum, default_value_t = By::Month)]
    pub by: By,
    /// First event date (YYYY-MM-DD), inclusive.
    #[arg(long, value_name = "DATE")]
    pub from: Option<chrono::NaiveDate>,
    /// Last event date (YYYY-MM-DD), inclusive.
    #[arg(long, value_name = "DATE")]
    pub to: Option<chrono::NaiveDate>,
}
