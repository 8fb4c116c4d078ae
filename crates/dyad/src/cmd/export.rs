//! `dyad export`: every event of the store in one format.

use crate::cli::store::*;
use crate::cmd::query::open;
use crate::outcome::Outcome;
use anyhow::Context;
use dyad_store::export;
use std::io::Write;

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
