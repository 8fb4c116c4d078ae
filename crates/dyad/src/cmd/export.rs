//! `dyad export`: every event of the store in one format.

use crate::cmd::query::{open, FilterArgs};
use crate::Outcome;
use anyhow::Context;
use clap::{Args, ValueEnum};
use dyad_store::export;
use std::io::Write;
use std::path::PathBuf;

/// `--help` examples of `dyad export`.
pub const EXAMPLES: &str = "\
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

/// Runs `dyad export`.
pub fn run(args: ExportArgs) -> anyhow::Result<Outcome> {
    if args.format == ExportFormat::Parquet && args.out.is_none() {
        anyhow::bail!("--format parquet needs --out FILE (Parquet is not written to standard output)");
    }
    let store = open(&args.db)?;
    let out: Box<dyn Write + Send> = match &args.out {
        Some(path) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(path).with_context(|| format!("{}: cannot create", path.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout())),
    };
    let mut writer: Box<dyn export::EventWriter> = match args.format {
        ExportFormat::Jsonl => Box::new(export::JsonlEvents(out)),
        ExportFormat::Csv => Box::new(export::CsvEvents::events(out)),
        ExportFormat::Gdelt => Box::new(export::GdeltEvents(out)),
        ExportFormat::Parquet => Box::new(export::ParquetEvents::new(out)?),
    };
    let mut filter = args.filter.filter();
    filter.counted = args.format == ExportFormat::Gdelt && !args.all_modes;
    let written = store
        .each_event(&filter, &mut |e| writer.event(&e))
        .and_then(|()| writer.finish());
    match written {
        Err(dyad_store::StoreError::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        other => other.context("cannot write the export")?,
    }
    Ok(Outcome::Success)
}
