//! `dyad query`: select mentions (or events) from the store.

use crate::Outcome;
use clap::{Args, ValueEnum};
use dyad_store::columns::{brief_table, EVENT_COLUMNS, MENTION_COLUMNS};
use dyad_store::{Filter, SideMatch, Store};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

/// `--help` examples of `dyad query`.
pub const EXAMPLES: &str = "\
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
