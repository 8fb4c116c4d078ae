//! [`EventWriter`]: what every export format implements.

use crate::error::Result;
use crate::rows::EventRow;

/// A format events are written in, one at a time.
pub trait EventWriter {
    /// Writes one event.
    fn event(&mut self, event: &EventRow) -> Result<()>;
    /// Writes what is buffered and the format's trailer.
    fn finish(&mut self) -> Result<()>;
}

/// Writes `rows` with `writer`, then finishes it.
pub fn write_all(writer: &mut dyn EventWriter, rows: &[EventRow]) -> Result<()> {
    for row in rows {
        writer.event(row)?;
    }
    writer.finish()
}
