//! One JSON object per row, its keys the columns of [`crate::columns`].

use super::writer::EventWriter;
use crate::columns::{Column, JsonRow, EVENT_COLUMNS};
use crate::error::Result;
use crate::rows::EventRow;
use std::io::Write;

/// Events as JSON lines.
pub struct JsonlEvents<W: Write>(pub W);

impl<W: Write> EventWriter for JsonlEvents<W> {
    fn event(&mut self, event: &EventRow) -> Result<()> {
        write_row(EVENT_COLUMNS, event, &mut self.0)
    }

    fn finish(&mut self) -> Result<()> {
        Ok(self.0.flush()?)
    }
}

fn write_row<R>(columns: &'static [Column<R>], row: &R, out: &mut dyn Write) -> Result<()> {
    serde_json::to_writer(&mut *out, &JsonRow { columns, row }).map_err(std::io::Error::from)?;
    out.write_all(b"\n")?;
    Ok(())
}

/// Writes each row as one JSON object per line, with `columns`.
pub fn write_jsonl<R>(columns: &'static [Column<R>], rows: &[R], out: &mut dyn Write) -> Result<()> {
    for row in rows {
        write_row(columns, row, out)?;
    }
    out.flush()?;
    Ok(())
}
