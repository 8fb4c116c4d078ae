//! One JSON object per row.

use crate::error::Result;
use serde::Serialize;
use std::io::Write;

/// Writes each row as one JSON object per line.
pub fn write_jsonl<T: Serialize>(rows: &[T], out: &mut dyn Write) -> Result<()> {
    for row in rows {
        serde_json::to_writer(&mut *out, row).map_err(std::io::Error::from)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}
