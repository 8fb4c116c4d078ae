//! CSV (RFC 4180) with a header row.

use super::EventWriter;
use crate::error::Result;
use crate::rows::{EventRow, MentionRow};
use std::io::Write;

/// Columns of the event CSV, in order.
pub const EVENT_COLUMNS: &[&str] = &[
    "global_event_id",
    "date",
    "source_code",
    "source_name",
    "target_code",
    "target_name",
    "cameo",
    "goldstein",
    "quad_class",
    "is_root",
    "num_mentions",
    "num_sources",
    "num_articles",
    "geo_name",
    "geo_country",
    "geo_admin1",
    "geo_lat",
    "geo_lon",
    "geo_id",
    "date_added",
    "source_url",
    "evidence",
];

/// Columns of the mention CSV, in order.
pub const MENTION_COLUMNS: &[&str] = &[
    "global_event_id",
    "article",
    "url",
    "date",
    "source_code",
    "source_name",
    "target_code",
    "target_name",
    "cameo",
    "goldstein",
    "quad_class",
    "mode",
    "geo_name",
    "geo_country",
    "sentence",
    "sentence_text",
    "span_start",
    "span_end",
    "evidence",
    "trigger",
    "rule",
];

/// Quotes a cell when it holds a comma, quote or line break.
pub fn quote(cell: &str) -> String {
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_owned()
    }
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map_or_else(String::new, T::to_string)
}

/// The cells of one event row, in [`EVENT_COLUMNS`] order.
pub fn event_cells(e: &EventRow) -> Vec<String> {
    vec![
        e.global_event_id.to_string(),
        e.date.clone(),
        e.source_code.clone(),
        e.source_name.clone(),
        e.target_code.clone(),
        e.target_name.clone(),
        e.cameo.clone(),
        e.goldstein.to_string(),
        e.quad_class.to_string(),
        u8::from(e.is_root).to_string(),
        e.num_mentions.to_string(),
        e.num_sources.to_string(),
        e.num_articles.to_string(),
        opt(&e.geo_name),
        opt(&e.geo_country),
        opt(&e.geo_admin1),
        opt(&e.geo_lat),
        opt(&e.geo_lon),
        opt(&e.geo_id),
        e.date_added.clone(),
        e.source_url.clone(),
        e.evidence.clone(),
    ]
}

/// The cells of one mention row, in [`MENTION_COLUMNS`] order.
pub fn mention_cells(m: &MentionRow) -> Vec<String> {
    vec![
        m.global_event_id.to_string(),
        m.article.clone(),
        opt(&m.url),
        m.date.clone(),
        m.source_code.clone(),
        m.source_name.clone(),
        m.target_code.clone(),
        m.target_name.clone(),
        m.cameo.clone(),
        m.goldstein.to_string(),
        m.quad_class.to_string(),
        m.mode.clone(),
        opt(&m.geo_name),
        opt(&m.geo_country),
        m.sentence.to_string(),
        m.sentence_text.clone(),
        m.span_start.to_string(),
        m.span_end.to_string(),
        m.evidence.clone(),
        m.trigger.clone(),
        m.rule.clone(),
    ]
}

/// Writes a header and one CSV line per row.
pub fn write_table<I>(header: &[&str], rows: I, out: &mut dyn Write) -> Result<()>
where
    I: IntoIterator<Item = Vec<String>>,
{
    writeln!(out, "{}", header.join(","))?;
    for cells in rows {
        let line: Vec<String> = cells.iter().map(|c| quote(c)).collect();
        writeln!(out, "{}", line.join(","))?;
    }
    out.flush()?;
    Ok(())
}

/// Writes events as CSV.
pub fn write_events_csv(rows: &[EventRow], out: &mut dyn Write) -> Result<()> {
    super::write_all(&mut CsvEvents::new(out), rows)
}

/// Events as CSV lines under a header.
pub struct CsvEvents<W: Write> {
    out: W,
    header: bool,
}

impl<W: Write> CsvEvents<W> {
    /// A writer to `out`; the header goes first, even without events.
    pub fn new(out: W) -> Self {
        CsvEvents { out, header: false }
    }

    fn header(&mut self) -> Result<()> {
        if !self.header {
            self.header = true;
            writeln!(self.out, "{}", EVENT_COLUMNS.join(","))?;
        }
        Ok(())
    }
}

impl<W: Write> EventWriter for CsvEvents<W> {
    fn event(&mut self, event: &EventRow) -> Result<()> {
        self.header()?;
        let line: Vec<String> = event_cells(event).iter().map(|c| quote(c)).collect();
        writeln!(self.out, "{}", line.join(","))?;
        Ok(())
    }

    fn finish(&mut self) -> Result<()> {
        self.header()?;
        Ok(self.out.flush()?)
    }
}

/// Writes mentions as CSV.
pub fn write_mentions_csv(rows: &[MentionRow], out: &mut dyn Write) -> Result<()> {
    write_table(MENTION_COLUMNS, rows.iter().map(mention_cells), out)
}
