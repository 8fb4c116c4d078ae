//! `dyad series`: a dyad's events per period, as CSV.

use crate::cli::store::*;
use crate::cmd::query::open;
use crate::outcome::Outcome;
use dyad_store::{series, Filter, Period};

/// Runs `dyad series`.
pub fn run(args: SeriesArgs) -> anyhow::Result<Outcome> {
    let store = open(&args.db)?;
    let day = |d: Option<chrono::NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string());
    let filter = Filter {
        dyad: Some(args.dyad),
        both: args.both,
        from: day(args.from),
        to: day(args.to),
        ..Filter::default()
    };
    let by = match args.by {
        By::Day => Period::Day,
        By::Week => Period::Week,
        By::Month => Period::Month,
    };
    let rows = series(&store.events(&filter)?, by);
    let out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut csv = csv::Writer::from_writer(out);
    let mut write = || -> csv::Result<()> {
        csv.write_record([
            "period",
            "events",
            "q1",
            "q2",
            "q3",
            "q4",
            "goldstein_sum",
            "goldstein_mean",
        ])?;
        for r in &rows {
            csv.write_record([
                r.period.clone(),
                r.events.to_string(),
                r.q1.to_string(),
                r.q2.to_string(),
                r.q3.to_string(),
                r.q4.to_string(),
                format!("{:.1}", r.goldstein_sum),
                format!("{:.3}", r.goldstein_mean),
            ])?;
        }
        Ok(csv.flush()?)
    };
    match write().map_err(|e| e.into_kind()) {
        Err(csv::ErrorKind::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(Outcome::Success),
        Err(csv::ErrorKind::Io(e)) => Err(anyhow::Error::new(e).context("cannot write output")),
        Err(other) => Err(anyhow::anyhow!("cannot write output: {other:?}")),
        Ok(()) => Ok(Outcome::Success),
    }
}
