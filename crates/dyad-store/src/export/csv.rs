//! CSV (RFC 4180 quoting, `\n` line ends) with a header row, written with
//! the `csv` crate; the columns are [`crate::columns`]' tables.

use super::writer::{write_all, EventWriter};
use crate::columns::{Column, EVENT_COLUMNS, MENTION_COLUMNS};
use crate::error::{Result, StoreError};
use crate::rows::{EventRow, MentionRow};
use std::io::Write;

impl From<csv::Error> for StoreError {
    fn from(e: csv::Error) -> Self {
        match e.into_kind() {
            csv::ErrorKind::Io(io) => StoreError::Io(io),
            other => StoreError::Csv(format!("{other:?}")),
        }
    }
}

/// Rows of one table as CSV under its header.
pub struct CsvRows<R: 'static, W: Write> {
    columns: &'static [Column<R>],
    out: csv::Writer<W>,
    header: bool,
}

impl<R, W: Write> CsvRows<R, W> {
    /// A writer of `columns` to `out`; the header goes first, even
    /// without rows.
    pub fn new(columns: &'static [Column<R>], out: W) -> Self {
        CsvRows {
            columns,
            out: csv::WriterBuilder::new().from_writer(out),
            header: false,
        }
    }

    fn header(&mut self) -> Result<()> {
        if !self.header {
            self.header = true;
            self.out.write_record(self.columns.iter().map(|c| c.name))?;
        }
        Ok(())
    }

    /// Writes one row.
    pub fn row(&mut self, row: &R) -> Result<()> {
        self.header()?;
        let cells: Vec<_> = self.columns.iter().map(|c| c.value(row)).collect();
        self.out
            .write_record(cells.iter().map(|v| v.text().into_owned()))?;
        Ok(())
    }

    /// Writes the header if no row came, and flushes.
    pub fn finish(&mut self) -> Result<()> {
        self.header()?;
        Ok(self.out.flush()?)
    }
}

/// Events as CSV lines under a header.
pub type CsvEvents<W> = CsvRows<EventRow, W>;

impl<W: Write> CsvRows<EventRow, W> {
    /// An event writer to `out`.
    pub fn events(out: W) -> Self {
        CsvRows::new(EVENT_COLUMNS, out)
    }
}

impl<W: Write> EventWriter for CsvRows<EventRow, W> {
    fn event(&mut self, event: &EventRow) -> Result<()> {
        self.row(event)
    }

    fn finish(&mut self) -> Result<()> {
        CsvRows::finish(self)
    }
}

/// Writes events as CSV.
pub fn write_events_csv(rows: &[EventRow], out: &mut dyn Write) -> Result<()> {
    write_all(&mut CsvRows::events(out), rows)
}

/// Writes mentions as CSV.
pub fn write_mentions_csv(rows: &[MentionRow], out: &mut dyn Write) -> Result<()> {
    let mut csv = CsvRows::new(MENTION_COLUMNS, out);
    for row in rows {
        csv.row(row)?;
    }
    csv.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::columns::tests::event_row;

    #[test]
    fn cells_are_quoted_only_when_they_must_be() {
        let mut out = Vec::new();
        write_events_csv(&[event_row(true), event_row(false)], &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(
            lines[0],
            EVENT_COLUMNS.iter().map(|c| c.name).collect::<Vec<_>>().join(",")
        );
        assert_eq!(
            lines[1],
            "7,2024-03-01,DEU,Germany,UKR,Ukraine,042,1.9,1,1,3,2,2,Kyiv,UKR,Kyiv City,50.45,30.52,703448,\
             20240301120000,https://news.example/1,\"Germany pledged aid, \"\"soon\"\"\",asserted"
        );
        assert!(lines[2].contains(",2,2,,,,,,,20240301120000,"), "{}", lines[2]);
        // Read back with the csv crate: every row has every column.
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        for record in reader.records() {
            let record = record.unwrap();
            assert_eq!(record.len(), EVENT_COLUMNS.len());
            assert_eq!(&record[21], "Germany pledged aid, \"soon\"");
        }
    }

    #[test]
    fn an_empty_export_is_its_header() {
        let mut out = Vec::new();
        write_mentions_csv(&[], &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with("global_event_id,article,url,date,"), "{text}");
        assert_eq!(text.lines().count(), 1);
    }
}
