//! One JSON object per row.

use super::EventWriter;
use crate::error::Result;
use crate::rows::EventRow;
use serde::Serialize;
use std::io::Write;

/// Events as JSON lines.
pub struct JsonlEvents<W: Write>(pub W);

impl<W: Write> EventWriter for JsonlEvents<W> {
    fn event(&mut self, event: &EventRow) -> Result<()> {
        serde_json::to_writer(&mut self.0, event).map_err(std::io::Error::from)?;
        self.0.write_all(b"\n")?;
        Ok(())
    }

    fn finish(&mut self) -> Result<()> {
        Ok(self.0.flush()?)
    }
}

/// Writes each row as one JSON object per line.
pub fn write_jsonl<T: Serialize>(rows: &[T], out: &mut dyn Write) -> Result<()> {
    for row in rows {
        serde_json::to_writer(&mut *out, row).map_err(std::io::Error::from)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}
