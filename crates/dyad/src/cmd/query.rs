//! `dyad query`: select mentions (or events) from the store.

use crate::cli::store::*;
use crate::outcome::Outcome;
use dyad_store::columns::{brief_table, EVENT_COLUMNS, MENTION_COLUMNS};
use dyad_store::Store;
use std::io::{IsTerminal, Write};

/// Opens an existing database, with the path in the error.
pub fn open(db: &std::path::Path) -> anyhow::Result<Store> {
    if !db.exists() {
        anyhow::bail!(
            "{}: no such database (create it with dyad ingest --db {0})",
            db.display()
        );
    }
    Ok(Store::open_existing(db)?)
}

/// Runs `dyad query`.
pub fn run(args: QueryArgs) -> anyhow::Result<Outcome> {
    let store = open(&args.db)?;
    let mut filter = args.filter.filter();
    filter.limit = args.limit;
    let stdout = std::io::stdout();
    let format = args.format.unwrap_or(if stdout.is_terminal() {
        QueryFormat::Table
    } else {
        QueryFormat::Jsonl
    });
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written = if args.events {
        let rows = store.events(&filter)?;
        match format {
            QueryFormat::Jsonl => dyad_store::export::write_jsonl(EVENT_COLUMNS, &rows, &mut out),
            QueryFormat::Csv => dyad_store::export::write_events_csv(&rows, &mut out),
            QueryFormat::Table => table(&brief_table(EVENT_COLUMNS, &rows), &mut out),
        }
    } else {
        let rows = store.mentions(&filter)?;
        match format {
            QueryFormat::Jsonl => dyad_store::export::write_jsonl(MENTION_COLUMNS, &rows, &mut out),
            QueryFormat::Csv => dyad_store::export::write_mentions_csv(&rows, &mut out),
            QueryFormat::Table => table(&brief_table(MENTION_COLUMNS, &rows), &mut out),
        }
    };
    match written {
        Err(dyad_store::StoreError::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        other => other?,
    }
    Ok(Outcome::Success)
}

/// Prints rows as left-aligned columns; cells are cut at 60 characters.
fn table(rows: &[Vec<String>], out: &mut dyn Write) -> dyad_store::Result<()> {
    let cut = |s: &str| -> String {
        let s = s.replace(['\n', '\t'], " ");
        if s.chars().count() > 60 {
            s.chars().take(59).chain(['…']).collect()
        } else {
            s
        }
    };
    let cells: Vec<Vec<String>> = rows.iter().map(|r| r.iter().map(|c| cut(c)).collect()).collect();
    let widths: Vec<usize> = (0..cells.first().map_or(0, Vec::len))
        .map(|i| cells.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    for row in &cells {
        let line: Vec<String> = row.iter().zip(&widths).map(|(c, w)| format!("{c:<w$}")).collect();
        writeln!(out, "{}", line.join("  ").trim_end())?;
    }
    out.flush()?;
    Ok(())
}
